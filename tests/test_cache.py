"""The result cache: answers kept per store generation, ETag / Last-Modified / 304, off by env."""
from __future__ import annotations

import shutil

from coalition_kg.cli import main

Q = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}


def _client(store, monkeypatch, env=None):
    from coalition_kg.server import create_app

    if env is not None:
        monkeypatch.setenv("COALITION_KG_RESULT_CACHE", env)
    app = create_app(store=store)
    app.config.update(TESTING=True)
    return app, app.test_client()


def test_repeated_query_is_served_from_the_cache_with_a_304(built_store, monkeypatch):
    app, c = _client(built_store, monkeypatch)
    first = c.get("/sparql", query_string=Q)
    assert first.status_code == 200 and first.headers["ETag"] and first.headers["Last-Modified"]
    cache = app.extensions["coalition_kg"]["cache"]
    assert first.headers["ETag"].strip('"') in cache._lru
    again = c.get("/sparql", query_string=Q, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    canned = c.get("/api/queries/meetings", query_string={"city_en": "Rome"})
    assert canned.status_code == 200 and canned.headers["ETag"].strip('"') in cache._lru


def test_a_new_generation_changes_the_answer_and_its_etag(built_store, tmp_path, monkeypatch):
    store = tmp_path / "store"
    shutil.copytree(built_store, store, symlinks=True)
    app, c = _client(store, monkeypatch)
    before = c.get("/sparql", query_string=Q)
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text("أعلنت اليابان انضمامها إلى التحالف الدولي ضد داعش في طوكيو.\n", encoding="utf-8")
    assert main(["build", "--store", str(store), str(extra), "--quiet"]) == 0
    after = c.get("/sparql", query_string=Q, headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]
    n = lambda r: int(r.get_json()["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert n(after) > n(before)


def test_cache_off_by_environment(built_store, monkeypatch):
    app, c = _client(built_store, monkeypatch, env="off")
    r = c.get("/sparql", query_string=Q)
    assert r.status_code == 200 and len(app.extensions["coalition_kg"]["cache"]._lru) == 0
