"""``coalition-kg link`` against a real HTTP server that speaks the Wikibase Action API.

No mock of the client: a small Flask app on a free loopback port answers ``wbsearchentities``
and ``wbgetentities`` with JSON shaped like Wikidata's (``search[].id/label/match``,
``entities[Q].labels/aliases/claims[P][].mainsnak.datavalue.value.id``), for a few persons and an
organisation of the bundled graph that the lexicon leaves without a QID. The QIDs are canned
(illustrative), not Wikidata's.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from flask import Flask, Response, jsonify, request
from werkzeug.serving import make_server

from coalition_kg.graph.store import StoreDir
from coalition_kg.graph.vocab import prefixes_sparql

from conftest import free_port

# -- canned Wikidata -------------------------------------------------------------------------


def _snak_item(pid: str, qid: str) -> dict:
    return {"mainsnak": {"snaktype": "value", "property": pid, "hash": f"h{pid}{qid}",
                         "datavalue": {"value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid},
                                       "type": "wikibase-entityid"},
                         "datatype": "wikibase-item"},
            "type": "statement", "id": f"{qid}$0000", "rank": "normal"}


def _item(qid: str, ar: str, en: str, desc: str = "", aliases_ar=(), **claims) -> dict:
    return {"type": "item", "id": qid,
            "labels": {"ar": {"language": "ar", "value": ar}, "en": {"language": "en", "value": en}},
            "descriptions": {"en": {"language": "en", "value": desc}} if desc else {},
            "aliases": {"ar": [{"language": "ar", "value": a} for a in aliases_ar]} if aliases_ar else {},
            "claims": {pid: [_snak_item(pid, q) for q in qs] for pid, qs in claims.items()}}


ITEMS = {
    # Antony Blinken (ckg:country Q30): the human with US citizenship, and a family-name item
    "Q90001": _item("Q90001", "أنتوني بلينكن", "Antony Blinken", "American diplomat",
                    aliases_ar=["بلينكن"], P31=["Q5"], P27=["Q30"]),
    "Q90002": _item("Q90002", "بلينكن", "Blinken", "family name", P31=["Q101352"]),
    # Rex Tillerson: served only after a 429 (Retry-After: 1)
    "Q90010": _item("Q90010", "ريكس تيلرسون", "Rex Tillerson", "American businessman",
                    P31=["Q5"], P27=["Q30"]),
    # Geir Pedersen (no ckg:country; a role for Syria, Q858, which is no citizenship): two
    # Norwegian humans with the same Arabic name -> ambiguous
    "Q90020": _item("Q90020", "غير بيدرسون", "Geir Pedersen", "Norwegian diplomat", P31=["Q5"], P27=["Q20"]),
    "Q90021": _item("Q90021", "غير بيدرسون", "Geir Pedersen", "Norwegian footballer", P31=["Q5"], P27=["Q20"]),
    # Luigi Di Maio (ckg:country Q38): the only candidate is a French namesake -> P27 contradicts
    "Q90030": _item("Q90030", "لويجي دي مايو", "Luigi Di Maio", "French painter", P31=["Q5"], P27=["Q142"]),
    # SDF: instance of a class that is a subclass of organization (one P279 step)
    "Q90040": _item("Q90040", "قوات سوريا الديمقراطية", "Syrian Democratic Forces", "alliance of militias",
                    aliases_ar=["قسد"], P31=["Q90041"], P17=["Q858"]),
    "Q90041": _item("Q90041", "تحالف عسكري", "military coalition", P279=["Q43229"]),
}
SEARCH = {
    "أنتوني بلينكن": ["Q90001", "Q90002"],
    "ريكس تيلرسون": ["Q90010"],
    "غير بيدرسون": ["Q90020", "Q90021"],
    "لويجي دي مايو": ["Q90030"],
    "قوات سوريا الديمقراطية": ["Q90040"],
}
THROTTLED = "ريكس تيلرسون"
LINKED = {"antony_blinken": "Q90001", "rex_tillerson": "Q90010", "sdf": "Q90040"}
UNLINKED = {"geir_pedersen": "ambiguous", "luigi_di_maio": "P27 Q142"}


def _wikidata_app(log: list) -> Flask:
    app = Flask("fake-wikidata")
    throttled = {"done": False}

    @app.get("/w/api.php")
    def api():
        args = request.args
        log.append({"action": args.get("action"), "search": args.get("search"), "ids": args.get("ids"),
                    "ua": request.headers.get("User-Agent", "")})
        if args.get("format") != "json":
            return jsonify({"error": {"code": "badformat", "info": "format=json expected"}})
        if args.get("action") == "wbsearchentities":
            text, lang = args["search"], args.get("language")
            if text == THROTTLED and not throttled["done"]:
                throttled["done"] = True
                return Response("Too many requests", status=429, headers={"Retry-After": "1"},
                                mimetype="text/plain")
            hits = []
            for qid in SEARCH.get(text, [])[: int(args.get("limit", 7))]:
                it = ITEMS[qid]
                label = it["labels"][lang]["value"]
                hits.append({"id": qid, "title": qid, "pageid": int(qid[1:]), "repository": "wikidata",
                             "url": f"//www.wikidata.org/wiki/{qid}",
                             "concepturi": f"http://www.wikidata.org/entity/{qid}",
                             "display": {"label": {"value": label, "language": lang}},
                             "label": label, "description": it["descriptions"].get("en", {}).get("value", ""),
                             "match": {"type": "label", "language": lang, "text": text}})
            return jsonify({"searchinfo": {"search": text}, "search": hits, "success": 1})
        if args.get("action") == "wbgetentities":
            props = set(args.get("props", "").split("|"))
            langs = set(args.get("languages", "").split("|"))
            out = {}
            for qid in args["ids"].split("|"):
                it = ITEMS.get(qid)
                if it is None:
                    out[qid] = {"id": qid, "missing": ""}
                    continue
                ent = {"type": "item", "id": qid}
                for prop in ("labels", "descriptions", "aliases"):
                    if prop in props:
                        ent[prop] = {k: v for k, v in it[prop].items() if k in langs}
                if "claims" in props:
                    ent["claims"] = it["claims"]
                out[qid] = ent
            return jsonify({"entities": out, "success": 1})
        return jsonify({"error": {"code": "unknown_action", "info": "Unrecognized value for parameter \"action\""}})

    return app


@pytest.fixture()
def wikidata():
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    log: list = []
    port = free_port()
    server = make_server("127.0.0.1", port, _wikidata_app(log), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/w/api.php", log
    finally:
        server.shutdown()
        thread.join(10)


@pytest.fixture()
def store_copy(built_store, tmp_path) -> Path:
    """A private copy of the shared built store (a RocksDB backup made current)."""
    root = tmp_path / "store"
    root.mkdir()
    StoreDir(built_store).open_read().backup(str(root / "gen-copy"))
    os.symlink("gen-copy", root / "current")
    return root


def _link(store: Path, endpoint: str, *extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coalition_kg.cli", "link", "--store", str(store),
                           "--endpoint", endpoint, "--types", "person,organization", "-q", *extra],
                          capture_output=True, text=True, timeout=120)


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _same_as(store: Path) -> dict[str, str]:
    q = prefixes_sparql() + """SELECT ?e ?wd WHERE { GRAPH <https://w3id.org/coalition-kg/graph/entities> {
        ?e owl:sameAs ?wd ; ckg:linkedBy "wikidata-search" ; ckg:wikidataId ?id ; ckg:linkScore ?score } }"""
    return {_local(r["e"].value): _local(r["wd"].value) for r in StoreDir(store).open_read().query(q)}


def _unlinked(store: Path) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "coalition_kg.cli", "query", "--store", str(store),
                          "--canned", "unlinked", "--format", "json"], capture_output=True, text=True, check=True)
    return {_local(b["entity"]["value"]) for b in json.loads(out.stdout)["results"]["bindings"]}


def test_link_against_a_wikidata_api_server(store_copy, wikidata):
    endpoint, log = wikidata
    before = _unlinked(store_copy)
    assert set(LINKED) | set(UNLINKED) <= before

    run = _link(store_copy, endpoint)
    assert run.returncode == 0, run.stderr
    assert _same_as(store_copy) == LINKED
    after = _unlinked(store_copy)
    assert not set(LINKED) & after
    assert set(UNLINKED) <= after and before - after == set(LINKED)

    # the table says what was linked and why the others were not
    lines = {label: next(ln for ln in run.stdout.splitlines() if ln.startswith(label + "  "))
             for label in ("Antony Blinken", "Geir Pedersen", "Luigi Di Maio")}
    assert "linked" in lines["Antony Blinken"] and "Q90001" in lines["Antony Blinken"]
    for label, why in (("Geir Pedersen", "ambiguous"), ("Luigi Di Maio", "P27 Q142")):
        assert "skipped" in lines[label] and why in lines[label], lines[label]
    # the family-name item was seen and rejected by type, not by chance
    assert "Q90002" not in run.stdout

    # backoff: Tillerson's search was refused once with 429, then retried and answered
    tillerson = [e for e in log if e["search"] == THROTTLED]
    assert len(tillerson) == 2
    assert "1 retried" in run.stderr
    assert all(e["ua"].startswith("coalition-kg/") for e in log)

    # a second run is idempotent: same links, no new generation, nothing refetched (cache)
    gen = StoreDir(store_copy).current()
    n_requests = len(log)
    again = _link(store_copy, endpoint)
    assert again.returncode == 0, again.stderr
    assert _same_as(store_copy) == LINKED
    assert StoreDir(store_copy).current() == gen
    assert len(log) == n_requests
    assert "linked 0 of" in again.stderr and "0 HTTP request(s)" in again.stderr


def test_dry_run_writes_nothing(store_copy, wikidata):
    endpoint, _ = wikidata
    gen = StoreDir(store_copy).current()
    run = _link(store_copy, endpoint, "--dry-run", "--no-cache")
    assert run.returncode == 0, run.stderr
    assert "would link 3 of" in run.stderr
    assert _same_as(store_copy) == {}
    assert StoreDir(store_copy).current() == gen


def test_min_score_and_limit(store_copy, wikidata):
    endpoint, _ = wikidata
    run = _link(store_copy, endpoint, "--min-score", "0.99", "--no-cache")
    assert run.returncode == 0, run.stderr
    # Blinken scores 1.0 (Arabic label, Q5, P27 Q30, English label); SDF's one-step subclass does not
    assert _same_as(store_copy) == {"antony_blinken": "Q90001", "rex_tillerson": "Q90010"}
    assert "< 0.99" in run.stdout


def test_endpoint_down_is_reported_not_fatal(store_copy):
    run = _link(store_copy, f"http://127.0.0.1:{free_port()}/w/api.php", "--no-cache", "--limit", "2",
                "--timeout", "1", "--retries", "1")
    assert run.returncode == 1
    assert "not tried after an earlier failure" in run.stdout
    assert _same_as(store_copy) == {}


def test_retry_after_forms():
    from email.utils import formatdate
    import time

    from coalition_kg.graph.wikidata import _retry_after

    assert _retry_after("3") == 3.0
    assert _retry_after(None) is None and _retry_after("soon") is None
    assert 50 < _retry_after(formatdate(time.time() + 60, usegmt=True)) <= 60
