"""The /sparql fast path (server/fastpath.py) answers a plain GET query exactly as the Flask app
does — same status, headers and bytes — without entering the app; everything else still goes
through the app, and a query that fails is run once."""
from __future__ import annotations

import pytest
from flask import request_started
from werkzeug.test import Client

from coalition_kg.server import create_app

SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
CASES = [
    ("ASK {}", "application/sparql-results+json", 200),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv", 200),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "application/sparql-results+xml, text/csv;q=0.5", 200),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 30", "application/sparql-results+json", 200),  # cut by ROW_CAP
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", "text/turtle", 200),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", "application/sparql-results+json", 406),
    ("SELECT * WHERE { ?s ?p ", "application/json", 400),  # the app's error shape
    ("SELECT * WHERE { ?s ?p ", "text/plain", 400),
    ("BASE <rel/> SELECT * WHERE { BIND(<x> AS ?x) }", "text/tab-separated-values", 200),  # base IRI
    (SLOW, "application/json", 503),  # the time limit
]


@pytest.fixture()
def apps(built_store):
    app = create_app(store=built_store, ROW_CAP=20, QUERY_TIMEOUT=1.0)
    entered = []
    request_started.connect(lambda sender, **kw: entered.append(1), app, weak=False)
    return app, entered


def _get(wsgi, query, accept):
    r = Client(wsgi).get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    return r.status_code, [(k, v) for k, v in r.headers.items() if k != "Date"], r.get_data()


@pytest.mark.parametrize("query,accept,status", CASES)
def test_a_plain_query_is_answered_as_the_app_answers_it(apps, query, accept, status):
    app, _ = apps
    fast, through_app = _get(app, query, accept), _get(app.wsgi_app.inner, query, accept)
    assert fast == through_app
    assert fast[0] == status


def test_the_common_case_does_not_enter_the_app_and_the_rest_does(apps):
    app, entered = apps
    c = app.test_client()
    assert c.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
    assert entered == []
    assert c.get("/sparql", query_string={"query": "ASK {}", "format": "json"}).status_code == 200
    assert c.post("/sparql", data={"query": "ASK {}"}).status_code == 200
    etag = c.get("/sparql", query_string={"query": "ASK {}"}).headers["ETag"]
    assert c.get("/sparql", query_string={"query": "ASK {}"}, headers={"If-None-Match": etag}).status_code == 304
    assert len(entered) == 3


def test_a_failing_query_runs_once(apps):
    app, _ = apps
    parts = app.extensions["coalition_kg"]
    real, runs = parts["pool"], []

    class Counting:  # the real engine, counted
        def run(self, *args, **kwargs):
            runs.append(1)
            return real.run(*args, **kwargs)

    parts["pool"] = Counting()
    r = app.test_client().get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p "})
    assert r.status_code == 400 and runs == [1]


def test_a_hook_added_to_the_app_is_never_skipped(apps):
    app, _ = apps
    app.before_request(lambda: ("closed for maintenance", 503))
    assert app.test_client().get("/sparql", query_string={"query": "ASK {}"}).status_code == 503
