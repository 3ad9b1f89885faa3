"""Distributed extraction on a real Dask cluster of worker processes (``distributed.LocalCluster``),
written into a real ``oxigraph serve``: the graph is the one a single-process build makes."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import ROOT
from test_remote_store import start_oxigraph  # noqa: F401  (fixture)

from coalition_kg.cli import main
from coalition_kg.graph.distributed import corpus_inputs, partitions
from coalition_kg.graph.remote import RemoteStore

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as c:
        yield c.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The bundled articles (Rome 2021 reported by two of them), our own (HTML, Windows-1256),
    the corpus made to disagree (one text under two sources) and a JSON Lines file repeating
    three of them under other ids (in two pieces when partitions hold two articles): meetings,
    pledges and sources shared across partitions."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "data/articles", root / "bundled")
    shutil.copytree(ROOT / "tests/articles", root / "own")
    texts = sorted((ROOT / "data/articles").glob("*.txt"))[:3]
    rows = [{"id": f"again-{i}", "text": p.read_text(encoding="utf-8")} for i, p in enumerate(texts)]
    (root / "feed").mkdir()
    (root / "feed/batch.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                           encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory):
    """The single-process build of the corpus, exported as N-Quads, and its report."""
    store, report = tmp_path_factory.mktemp("single"), tmp_path_factory.mktemp("r") / "single.json"
    assert main(["build", str(corpus), "--store", str(store), "--jobs", "1", "-q", "--report", str(report)]) == 0
    out = tmp_path_factory.mktemp("x") / "single.nq"
    assert main(["export", "--store", str(store), "--format", "nquads", "--out", str(out), "-q"]) == 0
    return out.read_bytes(), json.loads(report.read_text())


def test_partitions_split_the_corpus(corpus):
    inputs = corpus_inputs([str(corpus)], pytest.fail)
    parts = partitions(inputs, size=2)
    assert len(parts) >= 8
    pieces = [p for part in parts for p in part]
    assert [p.input.rel for p in pieces if p.input.rel != "feed/batch.jsonl"] == \
        [i.rel for i in inputs if i.rel != "feed/batch.jsonl"]
    assert [p.lines for p in pieces if p.input.rel == "feed/batch.jsonl"] == [(1, 2), (3, 3)]
    lines = [a.line for p in pieces if p.lines for a in p.read()]
    assert lines == [1, 2, 3]  # numbered as in the whole file


def test_dask_build_into_remote_store_is_the_single_process_graph(cluster, corpus, single, start_oxigraph,  # noqa: F811
                                                                  tmp_path, monkeypatch):
    import coalition_kg.graph.distributed as dist

    monkeypatch.setattr(dist, "PARTITION_ARTICLES", 2)  # many partitions over both workers
    url = start_oxigraph()
    report = tmp_path / "report.json"
    assert main(["build", str(corpus), "--engine", "dask", "--scheduler", cluster, "--store", url, "-q",
                 "--report", str(report)]) == 0
    out = tmp_path / "dask.nq"
    assert main(["export", "--store", url, "--format", "nquads", "--out", str(out)]) == 0
    nquads, counts = single
    assert out.read_bytes() == nquads  # no blank nodes: equal quads are isomorphic graphs
    assert json.loads(report.read_text())["articles"] == counts["articles"]
    assert counts["articles"]["alias"] >= 3  # texts met again under other sources merged, not repeated
    # a second build extracts nothing: every text is known; the graph is unchanged
    assert main(["build", str(corpus), "--engine", "dask", "--scheduler", cluster, "--store", url, "-q",
                 "--report", str(report)]) == 0
    again = json.loads(report.read_text())
    assert (again["extracted"], again["articles"]) == (0, {"unchanged": sum(counts["articles"].values())})
    assert main(["export", "--store", url, "--format", "nquads", "--out", str(out)]) == 0
    assert out.read_bytes() == nquads
    # pledges reported by several articles (extracted on different workers) are one node each,
    # with every reporting article's graph: the US pledge of 436M at Rome 2021 is read in three
    # articles; one of the corpus made to disagree reads it otherwise (another node, its own)
    rows = list(RemoteStore.oxigraph_server(url).query(
        "PREFIX ckg: <https://w3id.org/coalition-kg/ontology#> SELECT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE { "
        "GRAPH ?g { ?p a ckg:Pledge ; ckg:amount ?amount ; ckg:donor <https://w3id.org/coalition-kg/id/entity/Q30> } "
        "FILTER(?amount = 436000000) } GROUP BY ?p"))
    assert sorted(int(r["n"].value) for r in rows) == [1, 3]


def test_dask_build_of_a_glob_into_a_store_directory(cluster, corpus, single, tmp_path):
    store = tmp_path / "store"
    assert main(["build", str(corpus / "**" / "*"), "--engine", "dask", "--scheduler", cluster,
                 "--store", str(store), "-q"]) == 0
    out = tmp_path / "glob.nq"
    assert main(["export", "--store", str(store), "--format", "nquads", "--out", str(out), "-q"]) == 0
    assert out.read_bytes() == single[0]


def test_dask_build_reports_bad_inputs(cluster, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "ok.txt").write_bytes((ROOT / "data/articles/000_e5b1e9325b1daa71.txt").read_bytes())
    report = tmp_path / "report.json"
    assert main(["build", str(corpus), "--engine", "dask", "--scheduler", cluster, "--store",
                 str(tmp_path / "store"), "-q", "--report", str(report)]) == 1
    got = json.loads(report.read_text())
    assert got["articles"] == {"added": 1}
    assert [f["path"].rsplit("/", 1)[-1] for f in got["failed"]] == ["empty.txt"]
    assert "empty.txt" in capsys.readouterr().err


def test_unreachable_scheduler_costs_nothing(start_oxigraph, capsys, monkeypatch):  # noqa: F811
    import coalition_kg.cli
    from conftest import free_port

    monkeypatch.setattr(coalition_kg.cli, "SCHEDULER_TIMEOUT", 2)

    url = start_oxigraph()
    assert main(["build", "--store", url, "-q"]) == 0
    before = len(RemoteStore.oxigraph_server(url))
    dead = f"tcp://127.0.0.1:{free_port()}"
    assert main(["build", "--fresh", "--engine", "dask", "--scheduler", dead, "--store", url, "-q"]) == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
    assert len(RemoteStore.oxigraph_server(url)) == before  # --fresh dropped nothing
    assert main(["build", "--engine", "dask", "--store", url, "-q"]) == 2
    assert "needs --scheduler" in capsys.readouterr().err
