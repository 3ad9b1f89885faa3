"""Pages, entity pages, search, limits and the SERVICE/LOAD guard."""
from __future__ import annotations

import pytest

from coalition_kg.server import guard
from coalition_kg.graph.sparql import match_text

FRANCE = "/id/entity/Q142"


def test_home_and_editor(client):
    assert client.get("/").status_code == 200
    html = client.get("/editor").get_data(as_text=True)
    assert "/yasgui/yasgui.min.js" in html and "Yasgui" in html


def test_entity_page_html_and_turtle(client):
    html = client.get(FRANCE, headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "France" in html and "فرنسا" in html and "wikidata.org/entity/Q142" in html
    r = client.get(FRANCE, headers={"Accept": "text/turtle"})
    assert r.mimetype == "text/turtle" and b"Q142" in r.data
    assert client.get("/id/entity/Q000000000").status_code == 404


def test_article_text_is_escaped():
    from coalition_kg.server.pages import highlight

    out = str(highlight("<b>x</b> قال الوزير", [(9, 12)], "9-12"))
    assert "&lt;b&gt;" in out and '<mark id="ev-9-12" class="current">قال</mark>' in out


def test_search_arabic(client):
    r = client.get("/search", query_string={"q": "فرنسا"})
    assert "/id/entity/Q142" in r.get_data(as_text=True)


@pytest.mark.parametrize("text,query", [("أنتوني بلينكن", "بلينكين"), ("الولايات المتحدة الأمريكية", "ولايات"),
                                         ("وزيرة الدفاع", "وزيره"), ("مُحَمَّد", "محمد"), ("مصطفى", "مصطفي")])
def test_matches(text, query):
    assert match_text(text, query)


def test_matches_in_sparql(client):
    q = ('PREFIX ckg: <https://w3id.org/coalition-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
         'SELECT DISTINCT ?s WHERE { ?s rdfs:label ?l FILTER(ckg:matches(?l, "فرنسا")) }')
    rows = client.get("/sparql", query_string={"query": q}).get_json()["results"]["bindings"]
    assert {"type": "uri", "value": "https://w3id.org/coalition-kg/id/entity/Q142"} in [r["s"] for r in rows]


def test_service_guard():
    assert guard.service_iris("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }")
    guard.check_services("SELECT * { SERVICE <https://query.wikidata.org/sparql> {} }",
                         ["https://query.wikidata.org/sparql"])
    for bad in ("SELECT * { SERVICE <http://127.0.0.1:7878/query> {} }", "SELECT * { SERVICE ?x {} }",
                "PREFIX l: <http://localhost/> SELECT * { SERVICE SILENT l:q {} }"):
        with pytest.raises(guard.Refused):
            guard.check_services(bad, ["https://query.wikidata.org/sparql"])
    with pytest.raises(guard.Refused):
        guard.check_update("LOAD <http://example.org/x>", [])


def test_service_refused_over_http(client):
    r = client.get("/sparql", query_string={"query": "SELECT * { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 403 and b"not allowed" in r.data


def test_row_cap_announced(built_store):
    from coalition_kg.server import create_app

    c = create_app(store=built_store, ROW_CAP=3).test_client()
    r = c.get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o }"})
    assert len(r.get_json()["results"]["bindings"]) == 3
    assert r.headers["X-SPARQL-Row-Cap"] == "3" and r.headers["X-SPARQL-Truncated"].startswith("true")
    page = c.get("/queries/wikidata_linked").get_data(as_text=True)
    assert "<!-- results truncated" in page


def test_timeout_kills_the_query(built_store):
    import time

    from coalition_kg.server import create_app

    c = create_app(store=built_store, QUERY_TIMEOUT=1.5, QUERY_WORKERS=1).test_client()
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    t = time.monotonic()
    r = c.get("/sparql", query_string={"query": slow})
    assert r.status_code == 503 and b"time limit" in r.data
    assert time.monotonic() - t < 10
    # the killed worker was replaced: the pool still answers
    assert c.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_request_size_limit(built_store):
    from coalition_kg.server import create_app

    c = create_app(store=built_store, MAX_CONTENT_LENGTH=1000).test_client()
    r = c.post("/sparql", data="ASK {}" + " " * 2000, content_type="application/sparql-query")
    assert r.status_code == 413


# --- the ontology at its namespace IRI -------------------------------------------------------------

@pytest.mark.parametrize("accept,mimetype,marker", [
    ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "text/html", b"<!DOCTYPE html>"),
    ("text/turtle", "text/turtle", b"owl:Ontology"),
    ("application/rdf+xml", "application/rdf+xml", b"<rdf:RDF"),
    ("application/ld+json", "application/ld+json", b"@id"),
    ("application/n-triples", "application/n-triples", b"<http://www.w3.org/2002/07/owl#Ontology>"),
    ("text/turtle;q=0.5, application/rdf+xml", "application/rdf+xml", b"<rdf:RDF"),
    ("*/*", "text/html", b"<!DOCTYPE html>"),
])
def test_ontology_content_negotiation(client, accept, mimetype, marker):
    for path in ("/ontology", "/ontology/0.2.0"):
        r = client.get(path, headers={"Accept": accept})
        assert r.status_code == 200 and r.mimetype == mimetype, (path, accept, r.mimetype)
        assert marker in r.data
        assert "Accept" in r.headers.get("Vary", "")


def test_ontology_turtle_parses_and_direct_links(client):
    import rdflib

    r = client.get("/ontology", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.data, format="turtle")
    assert (rdflib.URIRef("https://w3id.org/coalition-kg/ontology"), rdflib.RDF.type, rdflib.OWL.Ontology) in g
    ttl = client.get("/ontology.ttl", headers={"Accept": "text/html"})  # a file link ignores Accept
    assert ttl.status_code == 200 and ttl.mimetype == "text/turtle" and ttl.data == r.data
    assert client.get("/ontology.rdf").mimetype == "application/rdf+xml"
    assert client.get("/ontology.jsonld").mimetype == "application/ld+json"
    assert client.get("/ontology.exe").status_code == 404


def test_ontology_not_acceptable_and_unknown_version(client):
    r = client.get("/ontology", headers={"Accept": "image/png"})
    assert r.status_code == 406 and b"text/turtle" in r.data and "Accept" in r.headers.get("Vary", "")
    assert client.get("/ontology/9.9.9", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.head("/ontology", headers={"Accept": "text/turtle"}).status_code == 200


def test_home_links_ontology(client):
    html = client.get("/").get_data(as_text=True)
    assert 'href="/ontology"' in html and 'href="/ontology.ttl"' in html
