"""Every canned query parses, runs with its example parameters, and answers through the API."""
from __future__ import annotations

import pytest

from coalition_kg.graph import canned

QUERIES = canned.load_all()
# every canned query returns rows on the bundled graph with its example parameters (or none, for
# those without examples); a new query joins this set once the bundled articles carry its facts
HAVE_ROWS = {"articles_mentioning", "articles_per_meeting", "claims_by_speaker", "claims_mentioning",
             "copresence", "entity", "meeting_roles", "meetings", "membership_growth", "persons_roles",
             "pledges", "pledges_by_meeting", "pledges_totals", "unlinked", "wikidata_linked"}


def test_at_least_twelve_with_headers():
    assert len(QUERIES) >= 12
    for q in QUERIES.values():
        assert q.title and q.title_ar and q.description, q.name


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_runs_with_examples(client, name):
    q = QUERIES[name]
    r = client.get(f"/api/queries/{name}", query_string=q.examples())
    assert r.status_code == 200, r.get_data(as_text=True)
    rows = r.get_json()["results"]["bindings"]
    if name in HAVE_ROWS:
        assert rows, f"{name} returned no rows on the bundled graph"
    page = client.get(f"/queries/{name}", query_string=q.examples())
    assert page.status_code == 200 and q.title_ar in page.get_data(as_text=True)


def test_csv_and_bad_param(client):
    r = client.get("/api/queries/wikidata_linked?format=csv")
    assert r.status_code == 200 and r.mimetype == "text/csv" and "France" in r.get_data(as_text=True)
    assert client.get("/api/queries/entity?nope=1").status_code == 400
    assert client.get("/api/queries/entity?entity=not%20an%20iri").status_code == 400


def test_openapi(client):
    doc = client.get("/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert set(f"/api/queries/{n}" for n in QUERIES) <= set(doc["paths"])
    params = doc["paths"]["/api/queries/entity"]["get"]["parameters"]
    assert params[0]["name"] == "entity" and "name" in params[0]["schema"]["description"]
