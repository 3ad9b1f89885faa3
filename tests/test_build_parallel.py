"""Parallel and incremental builds (issue 11 item 4): `build --jobs 2` gives the N-Quads
`--jobs 1` gives, byte for byte; a second build of the same corpus extracts nothing; an edited
article is replaced and only it (and a new one) are extracted; a --strict stop while workers
run leaves nothing current and no worker behind. Real corpus (the 48 real-news articles), real
store, real worker processes; the CLI in this process (its workers are spawned)."""
import json
import multiprocessing
import shutil
from pathlib import Path

import pytest

from coalition_kg.cli import main
from coalition_kg.graph.store import StoreDir

REALNEWS = Path(__file__).resolve().parent / "realnews" / "articles"
N_REAL = len(list(REALNEWS.glob("*.txt")))


def _build(store, *paths, jobs, report=None, extra=()):
    args = ["build", *map(str, paths), "--store", str(store), "--jobs", str(jobs), "-q", *extra]
    if report is not None:
        args += ["--report", str(report)]
    return main(args)


def _nquads(store, tmp_path, name) -> bytes:
    out = tmp_path / f"{name}.nq"
    assert main(["export", "--format", "nquads", "--store", str(store), "--out", str(out)]) == 0
    return out.read_bytes()


@pytest.fixture()
def corpus(tmp_path):
    # a copy we may edit; the sidecars come along (they give the articles their URLs)
    return Path(shutil.copytree(REALNEWS, tmp_path / "corpus"))


def test_jobs_2_and_jobs_1_give_identical_nquads(tmp_path, corpus):
    assert _build(tmp_path / "one", corpus, jobs=1) == 0
    assert _build(tmp_path / "two", corpus, jobs=2) == 0
    one, two = _nquads(tmp_path / "one", tmp_path, "one"), _nquads(tmp_path / "two", tmp_path, "two")
    assert len(one.splitlines()) > 5000
    assert one == two


def test_second_build_extracts_nothing(tmp_path, corpus):
    store, first, second = tmp_path / "store", tmp_path / "first.json", tmp_path / "second.json"
    assert _build(store, corpus, jobs=2, report=first) == 0
    before = _nquads(store, tmp_path, "before")
    assert _build(store, corpus, jobs=2, report=second) == 0
    r1, r2 = json.loads(first.read_text()), json.loads(second.read_text())
    assert (r1["extracted"], r1["articles"]) == (N_REAL, {"added": N_REAL})
    assert (r2["extracted"], r2["articles"]) == (0, {"unchanged": N_REAL})
    assert _nquads(store, tmp_path, "after") == before


def test_edited_article_is_replaced_and_only_new_text_is_extracted(tmp_path, corpus):
    store, report = tmp_path / "store", tmp_path / "report.json"
    assert _build(store, corpus, jobs=2) == 0
    edited = corpus / "rn-a01.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nوأكد المتحدث أن الاجتماع المقبل سيعقد في روما.",
                      encoding="utf-8")
    (corpus / "rn-new.txt").write_text((corpus / "rn-a02.txt").read_text(encoding="utf-8") + " اليوم",
                                       encoding="utf-8")
    assert _build(store, corpus, jobs=2, report=report) == 0
    r = json.loads(report.read_text())
    assert r["extracted"] == 2
    assert r["articles"] == {"unchanged": N_REAL - 1, "replaced": 1, "added": 1}
    # the edited article has one graph, holding the new text
    fresh = tmp_path / "fresh"
    assert _build(fresh, corpus, jobs=1) == 0
    graphs = {line.rsplit(b" ", 2)[-2] for line in _nquads(store, tmp_path, "inc").splitlines()}
    fresh_graphs = {line.rsplit(b" ", 2)[-2] for line in _nquads(fresh, tmp_path, "fresh").splitlines()}
    assert graphs == fresh_graphs


def test_strict_stop_with_workers_running_commits_nothing(tmp_path, corpus):
    store = tmp_path / "store"
    (corpus / "zz-empty.txt").write_bytes(b"")  # read after every other article: the workers are busy
    assert _build(store, corpus, jobs=2, extra=["--strict"]) == 1
    assert StoreDir(store).current() is None
    assert multiprocessing.active_children() == []


def test_a_build_that_changes_nothing_keeps_the_current_generation(tmp_path, corpus):
    store = tmp_path / "store"
    assert _build(store, corpus, jobs=2) == 0
    before = StoreDir(store).current()
    assert _build(store, corpus, jobs=2) == 0
    assert StoreDir(store).current() == before
    assert sorted(p.name for p in store.iterdir()) == ["current", before.name]
