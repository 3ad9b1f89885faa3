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
    wd = "https://query.wikidata.org/sparql"
    plan = guard.plan_query(f"SELECT * {{ SERVICE <{wd}> {{ ?s ?p ?o }} }}", [wd])
    assert plan.endpoints == [wd] and guard.RELAY + "0" in plan.text and wd not in plan.text
    # SILENT to a refused endpoint: rewritten to a target that fails, so SILENT gives no rows
    silent = guard.plan_query("PREFIX l: <http://localhost/> SELECT * { SERVICE SILENT l:q {} }", [wd])
    assert silent.endpoints == [] and guard.REFUSED_TARGET in silent.text
    for bad in ("SELECT * { SERVICE <http://127.0.0.1:7878/query> {} }", "SELECT * { SERVICE ?x {} }",
                "PREFIX l: <http://localhost/> SELECT * { SERVICE l:q {} }"):
        with pytest.raises(guard.Refused):
            guard.plan_query(bad, [wd])
    with pytest.raises(guard.Refused):
        guard.check_update("LOAD <http://example.org/x>")


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


def test_timeout_answers_503_and_the_server_goes_on(built_store):
    """On the real server: a query past the time limit is answered 503 at the limit, and the
    next query is answered (the stopped query runs on, niced, until its process is replaced)."""
    import time

    import requests

    from conftest import serve

    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with serve(built_store, "--query-timeout", "1.5") as url:
        t = time.monotonic()
        r = requests.get(f"{url}/sparql", params={"query": slow}, timeout=60)
        assert r.status_code == 503 and "time limit" in r.text
        assert time.monotonic() - t < 10
        assert requests.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=30).status_code == 200


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


# --- entity pages as profiles (server/profile.py) ---------------------------------------------------

BLINKEN = "/id/person/antony_blinken"
ROME_2021 = "/id/meeting/rome-2021"


def _profile_part(html: str) -> str:
    """The page above the raw tables (which are collapsed in a <details>)."""
    assert '<details class="raw"' in html
    return html.split('<details class="raw"', 1)[0]


def test_person_profile_claims_roles_and_evidence(client):
    html = client.get(BLINKEN, headers={"Accept": "text/html"}).get_data(as_text=True)
    top = _profile_part(html)
    assert '<span class="ar" lang="ar" dir="rtl">أنتوني بلينكن</span>' in top and "Antony Blinken" in top
    assert "https://w3id.org/coalition-kg/id/person/antony_blinken" in top  # the IRI, in the header
    for section in ("Roles", "Claims", "Pledges", "Meetings"):
        assert f"<h2>{section}" in top
    assert "وزير الخارجية الأميركي" in top and 'href="/id/entity/Q30"' in top  # title as written + state
    # the claim "وأكد", its sentence (Arabic, right-to-left) and a link to it highlighted in its article
    row = next(r for r in top.split("<tr>") if '<span lang="ar" dir="rtl" class="verb">وأكد</span>' in r)
    assert ('<q lang="ar" dir="rtl">وأكد وزير الخارجية الأميركي أنتوني بلينكن التزام الولايات المتحدة بالقضاء'
            in row)
    assert "statement" in row and 'href="/id/meeting/riyadh-2023"' in row
    import re

    link = re.search(r'<a class="evidence-link" href="(/id/article/[0-9a-f]+\?ev=(\d+)-(\d+)#ev-\2-\3)"', row)
    assert link, row
    article = client.get(link.group(1).replace("&amp;", "&"), headers={"Accept": "text/html"}).get_data(as_text=True)
    assert f'<mark id="ev-{link.group(2)}-{link.group(3)}" class="current">وأكد' in article
    # no raw IRI of a claim, role or pledge is shown as text above the raw tables
    assert not re.search(r">[^<]*(claim|role|pledge)/[0-9a-f]", top)
    assert "436,000,000 USD" in top and 'href="/id/meeting/rome-2021"' in top


def test_meeting_profile(client):
    html = client.get(ROME_2021, headers={"Accept": "text/html"}).get_data(as_text=True)
    top = _profile_part(html)
    assert "Rome 2021 (ministerial)" in top and '<span class="ar" lang="ar" dir="rtl">اجتماع التحالف في روما 2021</span>' in top
    assert '<span class="date">2021-06-28</span>' in top and "catalogue" in top and "text" in top
    assert top.count('<span class="date">') == 1  # the date stated by two articles, shown once
    assert 'href="/id/entity/Q220"' in top  # Rome, the city
    chairs = top.split("Chaired by", 1)[1].split("</dd>", 1)[0]
    assert 'href="/id/entity/Q38"' in chairs and 'href="/id/entity/Q30"' in chairs and ">Italy<" in chairs
    assert ">83<" in top  # member count
    # the pledge is reported by two articles: one row with both sentences
    assert top.count("436,000,000 USD") == 1
    pledge = next(r for r in top.split("<tr>") if "436,000,000 USD" in r)
    assert pledge.count('class="evidence-link"') == 2 and ">United States<" in pledge and ">Antony Blinken<" in pledge
    assert "<h2>Claims" in top and ">Luigi Di Maio<" in top
    reported = top.split("Reported in", 1)[1].split("</dl>", 1)[0]
    assert reported.count('href="/id/article/') == 2


def test_state_profile_memberships(client):
    top = _profile_part(client.get("/id/entity/Q974", headers={"Accept": "text/html"}).get_data(as_text=True))
    assert "<h2>Memberships" in top and "joined" in top and 'href="/id/meeting/rome-2021"' in top


def test_profile_helpers():
    from coalition_kg.server.profile import amount, vocab

    assert amount("436000000") == "436,000,000" and amount("1500000.50") == "1,500,000.50"
    assert vocab("https://w3id.org/coalition-kg/ontology#claimtype_praise") == "praise"
    assert vocab("https://w3id.org/coalition-kg/ontology#status_new", "ar") == "جديد"


def test_profile_escapes_graph_text(tmp_path):
    """Labels, sentences and verbs come from news text: escaped everywhere, never markup."""
    from coalition_kg.server import create_app

    c = create_app(store=tmp_path / "s", UPDATE_TOKEN="t0k").test_client()
    evil = "<script>alert(1)</script>"
    ckg, i = "https://w3id.org/coalition-kg/ontology#", "https://w3id.org/coalition-kg/id/"
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    upd = f"""INSERT DATA {{
      GRAPH <https://w3id.org/coalition-kg/graph/entities> {{
        <{i}person/x> a <{ckg}Person> ; <http://www.w3.org/2000/01/rdf-schema#label> "{evil}"@en , "{evil}"@ar .
        <{i}meeting/m> a <{ckg}Meeting> ; <http://www.w3.org/2000/01/rdf-schema#label> "<b>m</b>"@en . }}
      GRAPH <https://w3id.org/coalition-kg/graph/article/a> {{
        <{i}claim/a-1> a <{ckg}Claim> ; <{ckg}speaker> <{i}person/x> ; <{ckg}speechVerb> "<i>v</i>"@ar ;
          <{ckg}atMeeting> <{i}meeting/m> ; <{ckg}evidence> <{i}evidence/a-1> .
        <{i}evidence/a-1> <{nif}anchorOf> "<img src=x onerror=alert(1)>"@ar ; <{nif}beginIndex> 0 ;
          <{nif}endIndex> 5 ; <{nif}referenceContext> <{i}article/a> .
        <{i}article/a> <{ckg}articleId> "<u>id</u>" . }} }}"""
    assert c.post("/sparql", data={"update": upd}, headers={"Authorization": "Bearer t0k"}).status_code == 204
    html = c.get("/id/person/x", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html and "&lt;i&gt;v&lt;/i&gt;" in html
    assert "&lt;b&gt;m&lt;/b&gt;" in html and "&lt;u&gt;id&lt;/u&gt;" in html
    for raw in ("<script>", "<img", "<i>v", "<b>m", "<u>id"):
        assert raw not in html


# --- charts and article pages (server/charts.py, profile.article_facts) ------------------------------

def test_charts_never_mix_currencies_or_statuses_one_bar_per_meeting(client):
    html = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    figures = {(f.split('data-status="', 1)[1].split('"')[0], f.split('data-currency="', 1)[1].split('"')[0]): f
               for f in html.split('<figure class="pledges"')[1:]}
    assert set(figures) == {("new", "USD"), ("target", "USD")}  # the 601M target is not a pledge
    new = figures[("new", "USD")].split("</figure>")[0]
    assert "601,000,000" not in new and "601,000,000" in figures[("target", "USD")]
    assert new.count(">Rome 2021 (ministerial)<") == 2  # one bar label in the SVG, one table row
    assert "<svg" in new and '<table class="chart-data">' in new and "436,000,000" in new
    membership = html.split('<figure class="membership">', 1)[1].split("</figure>")[0]
    assert "<svg" in membership and "<td>Togo</td>" in membership and '<td class="num">86</td>' in membership


def test_article_page_has_sources_and_facts_with_evidence(client):
    top = client.get("/queries/articles_per_meeting", query_string={"meeting": "Rome 2021"}).get_data(as_text=True)
    import re

    article = re.search(r'href="(/id/article/[0-9a-f]+)"', top.split('<table class="results"', 1)[1]).group(1)
    html = client.get(article, headers={"Accept": "text/html", "Accept-Language": "en"}).get_data(as_text=True)
    assert '<table class="publications">' in html and "<h2>Sources" in html
    facts = html.split('<table class="profile article-facts">', 1)[1].split("</table>", 1)[0]
    assert ">Pledge</a>" in facts and ">United States</a>" in facts and 'class="evidence-link" href="?ev=' in facts
    ev = re.search(r'href="\?ev=(\d+)-(\d+)#ev-\1-\2"', facts)
    assert f'<mark id="ev-{ev.group(1)}-{ev.group(2)}"' in html  # the fact's evidence is highlighted in the text
