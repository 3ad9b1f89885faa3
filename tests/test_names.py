"""Canned-query parameters by name: an IRI, a QID or any Arabic or English label or surface form
(normalised as the loaders normalise), resolved on the server and bound as an RDF term; an
unknown or ambiguous name is a 400 listing the candidates. Labels in tables and …Label columns."""
from __future__ import annotations

import csv
import io

import pytest

US = "https://w3id.org/coalition-kg/id/entity/Q30"
ROME_2021 = "https://w3id.org/coalition-kg/id/meeting/rome-2021"


def _donors(client, donor) -> set[str]:
    r = client.get("/api/queries/pledges", query_string={"donor": donor})
    assert r.status_code == 200, r.get_data(as_text=True)
    return {b["donor"]["value"] for b in r.get_json()["results"]["bindings"]}


@pytest.mark.parametrize("donor", [US, "Q30", "United States", "united states", "الولايات المتحدة",
                                   "الولايات المتّحدة", "الولايات المتحده"])
def test_donor_by_iri_qid_label_and_normalised_form(client, donor):
    assert _donors(client, donor) == {US}


@pytest.mark.parametrize("meeting", [ROME_2021, "Rome 2021", "Rome 2021 (ministerial)", "اجتماع التحالف في روما 2021",
                                     "روما 2021", "rome-2021"])
def test_meeting_by_name(client, meeting):
    rows = client.get("/api/queries/meeting_roles", query_string={"meeting": meeting}).get_json()["results"]["bindings"]
    assert {r["meeting"]["value"] for r in rows} == {ROME_2021}


def test_surface_form_is_a_name(client):
    # "واشنطن" is a surface form of the United States in the bundled articles (the capital as metonym)
    assert _donors(client, "واشنطن") == {US}


def test_unknown_name_is_400_with_candidates(client):
    r = client.get("/api/queries/pledges", query_string={"donor": "الولايات"}, headers={"Accept": "application/json"})
    assert r.status_code == 400
    body = r.get_json()
    assert "no actor is named" in body["error"] and US in body["detail"]  # a near candidate, by a shared word
    assert client.get("/api/queries/pledges", query_string={"donor": "Q999999999"}).status_code == 400


def test_ambiguous_name_is_400_listing_each(tmp_path):
    """Two persons labelled alike: the name is refused, both listed; each IRI still works."""
    from coalition_kg.server import create_app

    c = create_app(store=tmp_path / "s", UPDATE_TOKEN="t").test_client()
    i, ckg = "https://w3id.org/coalition-kg/id/", "https://w3id.org/coalition-kg/ontology#"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    upd = f"""INSERT DATA {{ GRAPH <https://w3id.org/coalition-kg/graph/entities> {{
      <{i}person/a> a <{ckg}Person> ; <{rdfs}label> "محمد علي"@ar , "Mohamed Ali"@en .
      <{i}person/b> a <{ckg}Person> ; <{rdfs}label> "مُحمّد علي"@ar , "Muhammad Ali"@en . }} }}"""
    assert c.post("/sparql", data={"update": upd}, headers={"Authorization": "Bearer t"}).status_code == 204
    r = c.get("/api/queries/claims_by_speaker", query_string={"speaker": "محمد علي"},
              headers={"Accept": "application/json"})
    assert r.status_code == 400 and "ambiguous" in r.get_json()["error"]
    assert f"{i}person/a" in r.get_json()["detail"] and f"{i}person/b" in r.get_json()["detail"]
    assert c.get("/api/queries/claims_by_speaker", query_string={"speaker": "Muhammad Ali"}).status_code == 200


def test_kind_narrows_the_candidates(client):
    """روما is the city; as a donor (an actor) it names nothing."""
    assert client.get("/api/queries/pledges", query_string={"donor": "روما"}).status_code == 400
    assert client.get("/api/queries/articles_mentioning", query_string={"entity": "روما"}).status_code == 200


def test_name_is_bound_not_spliced(client):
    evil = 'x" } UNION { ?s ?p ?o } #'
    assert client.get("/api/queries/pledges", query_string={"donor": evil}).status_code == 400


def test_completion_endpoint_and_datalist(client):
    got = client.get("/api/names", query_string={"q": "الولايات"}).get_json()
    assert got[0]["iri"] == US and got[0]["en"] == "United States"
    meetings = client.get("/api/names", query_string={"q": "rome", "kind": "meeting"}).get_json()
    assert [m["iri"] for m in meetings] == [ROME_2021]
    html = client.get("/queries/pledges", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'list="names-donor"' in html and '<datalist id="names-donor">' in html
    assert '<option value="United States">' in html.split('<datalist id="names-donor">', 1)[1].split("</datalist>")[0]


def test_json_and_csv_keep_iris_and_add_label_columns(client):
    data = client.get("/api/queries/pledges", query_string={"donor": "Q30"}).get_json()
    assert data["head"]["vars"][:4] == ["pledge", "meeting", "meetingLabel", "donor"]
    row = data["results"]["bindings"][0]
    assert row["donor"] == {"type": "uri", "value": US} and row["donorLabel"]["value"] == "United States"
    r = client.get("/api/queries/meeting_roles", query_string={"format": "csv", "lang": "ar"})
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert {"meeting", "meetingLabel", "actor", "actorLabel"} <= set(rows[0])
    assert any(x["actor"] == US and x["actorLabel"] == "الولايات المتحدة" for x in rows)
    tsv = client.get("/api/queries/meeting_roles", query_string={"format": "tsv"}).get_data(as_text=True)
    assert tsv.splitlines()[0].split("\t")[:2] == ["?meeting", "?meetingLabel"]


def test_html_table_shows_labels_linked_with_iri_on_hover(client):
    html = client.get("/queries/meeting_roles", query_string={"meeting": "Rome 2021"},
                      headers={"Accept-Language": "ar"}).get_data(as_text=True)
    table = html.split('<table class="results"', 1)[1]
    assert f'<a href="/id/entity/Q30" title="{US}" dir="auto">الولايات المتحدة</a>' in table
