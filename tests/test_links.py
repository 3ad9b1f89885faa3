"""The bundled link decisions (``data/links.tsv``) and the review behind them
(``data/links_reviewed.tsv``) against the graph built from the bundled articles."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coalition_kg.graph.store import StoreDir
from coalition_kg.graph.vocab import prefixes_sparql
from coalition_kg.graph.wikidata import LINK, NIL, REVIEWED_BY, decisions_path, local_id, read_decisions
from coalition_kg.paths import DATA

REVIEWED = DATA / "links_reviewed.tsv"


def _reviewed() -> dict[str, dict]:
    with REVIEWED.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
    assert len({r["id"] for r in rows}) == len(rows), "one review row per entity"
    return {r["id"]: r for r in rows}


@pytest.fixture(scope="module")
def typed(built_store) -> dict[str, tuple[str, str | None]]:
    """local id -> (Person or Organization, QID or None) of every person and organisation of the bundled graph."""
    q = prefixes_sparql() + """SELECT ?e ?t ?q WHERE { GRAPH <https://w3id.org/coalition-kg/graph/entities> {
        VALUES ?t { ckg:Person ckg:Organization } ?e a ?t OPTIONAL { ?e ckg:wikidataId ?q } } }"""
    return {local_id(r["e"].value): (r["t"].value.rsplit("#", 1)[-1], r["q"].value if r["q"] else None)
            for r in StoreDir(built_store).open_read().query(q)}


@pytest.fixture(scope="module")
def people_and_orgs(typed) -> dict[str, str | None]:
    return {k: q for k, (_, q) in typed.items()}


def test_the_bundled_file_is_the_default_and_parses():
    assert decisions_path() == Path(DATA / "links.tsv")
    d = read_decisions()
    assert d.rows, "the bundled decisions file holds decisions"
    assert all(r.who and r.when for r in d.rows)


def test_every_unlinked_person_and_organisation_was_reviewed(people_and_orgs):
    reviewed = _reviewed()
    unlinked = {k for k, q in people_and_orgs.items() if q is None}
    assert unlinked, "the bundled graph has persons or organisations without a QID"
    assert unlinked <= set(reviewed)
    assert set(reviewed) <= set(people_and_orgs), "a review row names an entity the graph lacks"
    for key, row in reviewed.items():
        assert row["status"] in ("link", "nil", "left") and row["evidence"] and row["note"], row


def test_decisions_agree_with_their_review(people_and_orgs):
    reviewed = _reviewed()
    d = read_decisions()
    for key, row in d.final.items():
        assert key in people_and_orgs, key  # a decision names an entity the graph has
        if row.who.startswith(REVIEWED_BY):  # a person's decision shows its evidence
            assert reviewed[key]["status"] == row.decision and reviewed[key]["qid"] == row.qid, key
        if row.decision == NIL:
            assert row.qid == "NIL" and len(row.reason) > 20, row
    for key, r in reviewed.items():
        if r["status"] in (LINK, NIL):
            assert d.final[key].decision == r["status"], key


def test_no_two_entities_share_a_qid(people_and_orgs):
    qids = [q for q in people_and_orgs.values() if q]
    assert len(qids) == len(set(qids))


def test_link_counts(typed):
    """The numbers the README gives, kept true: per type, linked / nil / left."""
    d = read_decisions()
    counts: dict[str, dict[str, int]] = {}
    for key, (kind, qid) in typed.items():
        state = "linked" if qid else ("nil" if key in d.final and d.final[key].decision == NIL else "left")
        counts.setdefault(kind, {"linked": 0, "nil": 0, "left": 0})[state] += 1
    assert counts == {"Person": {"linked": 3, "nil": 0, "left": 6},
                      "Organization": {"linked": 8, "nil": 2, "left": 7}}
