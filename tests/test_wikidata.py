"""``coalition-kg link`` against a real HTTP server that speaks the Wikibase Action API, and the
decisions file it appends to and every build applies.

No mock of the client: a small Flask app on a free loopback port answers ``wbsearchentities``
and ``wbgetentities`` with JSON shaped like Wikidata's (``search[].id/label/match``,
``entities[Q].labels/aliases/claims[P][].mainsnak.datavalue.value.id``), for a few persons and an
organisation of the bundled graph that the lexicon leaves without a QID. The QIDs are canned
(illustrative), not Wikidata's, so every test works on its own decisions file, never the bundled one.
"""
from __future__ import annotations

import json
import logging
import os
import re
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


@pytest.fixture(scope="module")
def undecided_store(tmp_path_factory) -> Path:
    """The bundled articles built without the bundled decisions (an empty decisions file): the
    linker's tests need every person and organisation undecided, whatever data/links.tsv holds."""
    store = tmp_path_factory.mktemp("undecided")
    empty = store.parent / "no-decisions.tsv"
    empty.write_text("", encoding="utf-8")
    build = _run("build", "--store", str(store), "-q", env={"COALITION_KG_LINKS": str(empty)})
    assert build.returncode == 0, build.stderr
    return store


@pytest.fixture()
def store_copy(undecided_store, tmp_path) -> Path:
    """A private copy of the undecided store (a RocksDB backup made current)."""
    root = tmp_path / "store"
    root.mkdir()
    StoreDir(undecided_store).open_read().backup(str(root / "gen-copy"))
    os.symlink("gen-copy", root / "current")
    return root


@pytest.fixture()
def decisions(tmp_path) -> Path:
    """An empty decisions file of the test's own (the bundled one holds real decisions)."""
    return tmp_path / "links.tsv"


def _run(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coalition_kg.cli", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def _link(store: Path, endpoint: str, decisions: Path, *extra) -> subprocess.CompletedProcess:
    return _run("link", "--online", "--store", str(store), "--endpoint", endpoint, "--decisions", str(decisions),
                "--types", "person,organization", "-q", *extra)


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _same_as(store: Path, by: str = "wikidata-search") -> dict[str, str]:
    q = prefixes_sparql() + """SELECT ?e ?wd WHERE { GRAPH <https://w3id.org/coalition-kg/graph/entities> {
        ?e owl:sameAs ?wd ; ckg:linkedBy "%s" ; ckg:wikidataId ?id } }""" % by
    return {_local(r["e"].value): _local(r["wd"].value) for r in StoreDir(store).open_read().query(q)}


def _unlinked(store: Path) -> set[str]:
    out = _run("query", "--store", str(store), "--canned", "unlinked", "--format", "json")
    assert out.returncode == 0, out.stderr
    return {_local(b["entity"]["value"]) for b in json.loads(out.stdout)["results"]["bindings"]}


def _rows(decisions: Path) -> dict[str, tuple[str, str]]:
    """local id -> (decision, qid), the last row per entity."""
    from coalition_kg.graph.wikidata import read_decisions

    return {k.rsplit("/", 1)[-1]: (d.decision, d.qid) for k, d in read_decisions(decisions).final.items()}


def test_link_online_against_a_wikidata_api_server(store_copy, wikidata, decisions):
    endpoint, log = wikidata
    before = _unlinked(store_copy)
    assert set(LINKED) | set(UNLINKED) <= before

    run = _link(store_copy, endpoint, decisions)
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

    # every answer became a decision: links, review when unsure, nil when nothing fits
    rows = _rows(decisions)
    assert {k: v for k, v in rows.items() if v[0] == "link"} == {k: ("link", q) for k, q in LINKED.items()}
    assert rows["geir_pedersen"] == ("review", "Q90020")  # the first of two equal candidates, for a person
    assert rows["luigi_di_maio"] == ("nil", "NIL")
    assert len(rows) == len(before & _people_and_orgs(store_copy))

    # backoff: Tillerson's search was refused once with 429, then retried and answered
    tillerson = [e for e in log if e["search"] == THROTTLED]
    assert len(tillerson) == 2
    assert "1 retried" in run.stderr
    assert all(e["ua"].startswith("coalition-kg/") for e in log)

    # a second run asks nothing: every entity has its decision; no new generation either
    gen = StoreDir(store_copy).current()
    n_requests, size = len(log), decisions.stat().st_size
    again = _link(store_copy, endpoint, decisions, "--no-cache")
    assert again.returncode == 0, again.stderr
    assert _same_as(store_copy) == LINKED
    assert StoreDir(store_copy).current() == gen
    assert len(log) == n_requests and decisions.stat().st_size == size
    assert "linked 0 of 0" in again.stderr and "0 HTTP request(s)" in again.stderr


def _people_and_orgs(store: Path) -> set[str]:
    q = prefixes_sparql() + """SELECT ?e WHERE { GRAPH <https://w3id.org/coalition-kg/graph/entities> {
        VALUES ?t { ckg:Person ckg:Organization } ?e a ?t } }"""
    return {_local(r["e"].value) for r in StoreDir(store).open_read().query(q)}


def test_a_rejected_candidate_stays_rejected(store_copy, wikidata, decisions):
    endpoint, _ = wikidata
    decisions.write_text("id\tqid\tdecision\tlabel\tscore\twho\twhen\treason\n"
                         "person/antony_blinken\tQ90001\treject\tAntony Blinken\t\treviewer\t2026-01-01\t"
                         "a namesake\n", encoding="utf-8")
    run = _link(store_copy, endpoint, decisions, "--no-cache")
    assert run.returncode == 0, run.stderr
    assert "antony_blinken" not in _same_as(store_copy)
    assert _same_as(store_copy) == {k: v for k, v in LINKED.items() if k != "antony_blinken"}
    assert _rows(decisions)["antony_blinken"] == ("nil", "NIL")  # the family-name item does not fit either


def test_every_build_applies_the_decisions_offline(store_copy, wikidata, decisions, tmp_path):
    endpoint, log = wikidata
    assert _link(store_copy, endpoint, decisions).returncode == 0
    # a person's decision: a link with no score, and a rejection that cancels an online link
    with decisions.open("a", encoding="utf-8") as f:
        f.write("person/faisal_bin_farhan\tQ90050\tlink\tFaisal bin Farhan\t\treviewer\t2026-01-02\tevidence\n")
        f.write("organization/sdf\tQ90040\treject\tSDF\t\treviewer\t2026-01-02\tnot this item\n")
    n_requests = len(log)
    fresh = tmp_path / "fresh"
    build = _run("build", "--store", str(fresh), "--fresh", "-q", env={"COALITION_KG_LINKS": str(decisions)})
    assert build.returncode == 0, build.stderr
    assert _same_as(fresh) == {k: v for k, v in LINKED.items() if k != "sdf"}
    assert _same_as(fresh, by="review") == {"faisal_bin_farhan": "Q90050"}
    assert len(log) == n_requests  # offline: the build asked nothing

    # `link` without --online brings a store built before the decisions up to date
    assert _same_as(store_copy, by="review") == {}
    offline = _run("link", "--store", str(store_copy), "--decisions", str(decisions), "-q")
    assert offline.returncode == 0, offline.stderr
    assert _same_as(store_copy, by="review") == {"faisal_bin_farhan": "Q90050"}


def test_report_lists_unlinked_entities_by_mentions(store_copy, decisions):
    decisions.write_text("id\tqid\tdecision\tlabel\tscore\twho\twhen\treason\n"
                         "person/geir_pedersen\tNIL\tnil\tGeir Pedersen\t\treviewer\t2026-01-01\tno item fits\n",
                         encoding="utf-8")
    run = _run("link", "--report", "--store", str(store_copy), "--decisions", str(decisions), "--types", "person")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()[2:]
    cells = [re.split(r"\s{2,}", ln) for ln in lines]  # entity, type, articles, statements, decision, reason
    labels = [c[0] for c in cells]
    assert labels.index("Antony Blinken") < labels.index("Rex Tillerson")  # 4 articles before 1
    articles = [int(c[2]) for c in cells]
    assert articles == sorted(articles, reverse=True) and articles[0] > articles[-1]
    pedersen = next(ln for ln in lines if ln.startswith("Geir Pedersen"))
    assert "nil NIL" in pedersen and "no item fits" in pedersen
    assert "1 nil" in run.stderr


def test_dry_run_writes_nothing(store_copy, wikidata, decisions):
    endpoint, _ = wikidata
    gen = StoreDir(store_copy).current()
    run = _link(store_copy, endpoint, decisions, "--dry-run", "--no-cache")
    assert run.returncode == 0, run.stderr
    assert "would link 3 of" in run.stderr
    assert _same_as(store_copy) == {}
    assert StoreDir(store_copy).current() == gen
    assert not decisions.exists()


def test_min_score_and_limit(store_copy, wikidata, decisions):
    endpoint, _ = wikidata
    run = _link(store_copy, endpoint, decisions, "--min-score", "0.99", "--no-cache")
    assert run.returncode == 0, run.stderr
    # Blinken scores 1.0 (Arabic label, Q5, P27 Q30, English label); SDF's one-step subclass does not
    assert _same_as(store_copy) == {"antony_blinken": "Q90001", "rex_tillerson": "Q90010"}
    assert "< 0.99" in run.stdout
    assert _rows(decisions)["sdf"] == ("review", "Q90040")


def test_endpoint_down_is_reported_not_fatal(store_copy, decisions):
    run = _link(store_copy, f"http://127.0.0.1:{free_port()}/w/api.php", decisions, "--no-cache", "--limit", "2",
                "--timeout", "1", "--retries", "1")
    assert run.returncode == 1
    assert "not tried after an earlier failure" in run.stdout
    assert _same_as(store_copy) == {}
    assert not decisions.exists()  # an error is no decision: the entity is asked again next time


def test_progress_counts_entities_on_a_terminal(store_copy, wikidata, decisions):
    from test_export import on_terminal

    endpoint, _ = wikidata
    status, seen = on_terminal(["link", "--online", "--store", str(store_copy), "--endpoint", endpoint,
                                "--decisions", str(decisions), "--types", "person", "--no-cache"])
    assert status == 0
    n = len(_rows(decisions))  # one decision per person asked
    assert b"link: 100%" in seen and f"{n}/{n}".encode() in seen and b"entity/s" in seen


def test_retry_after_forms():
    from email.utils import formatdate
    import time

    from coalition_kg.graph.wikidata import _retry_after

    assert _retry_after("3") == 3.0
    assert _retry_after(None) is None and _retry_after("soon") is None
    assert 50 < _retry_after(formatdate(time.time() + 60, usegmt=True)) <= 60
