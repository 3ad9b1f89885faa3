"""Identity: an article is updated by its source (path relative to the corpus root, URL or
JSONL id) and deduplicated by its content; no absolute local path ever reaches the graph."""
import json
import shutil

import pytest

from coalition_kg.cli import main
from coalition_kg.graph.store import StoreDir
from coalition_kg.paths import BUNDLED_ARTICLES

EDITED = "002_d5cbd30fbde2856f.txt"  # announces the coalition's 601 million dollar target
TEXT = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في مدينة مراكش اليوم لبحث الأوضاع في منطقة الساحل."


def _corpus(where):
    """The bundled articles, one in a subfolder, plus a JSONL file."""
    where.mkdir(parents=True)
    files = sorted(BUNDLED_ARTICLES.glob("*.txt"))
    for f in files[:-1]:
        shutil.copy(f, where / f.name)
    (where / "sub").mkdir()
    shutil.copy(files[-1], where / "sub" / files[-1].name)
    rows = [{"id": "j1", "text": TEXT}, {"id": "j2", "text": TEXT + " أمس", "url": "https://example.org/j2"}]
    (where / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return where


def _select(store, q, capsys):
    capsys.readouterr()
    assert main(["query", "--store", str(store), "--format", "json",
                 "PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>\n" + q]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]["bindings"]
    return [{k: v["value"] for k, v in r.items()} for r in rows]


def _sources(store, capsys):
    return sorted(r["s"] for r in _select(store, "SELECT ?s WHERE { GRAPH ?g { ?a ckg:source ?s } }", capsys))


def test_same_corpus_from_two_locations_exports_byte_for_byte(tmp_path, capsys):
    exports = []
    for where in (tmp_path / "one" / "corpus", tmp_path / "two" / "much" / "deeper" / "copy"):
        _corpus(where)
        store, out = where.parent / "store", where.parent / "export.nq"
        assert main(["build", str(where), "--store", str(store), "-q"]) == 0
        assert main(["export", "--store", str(store), "--format", "nquads", "--out", str(out)]) == 0
        exports.append(out.read_bytes())
    assert exports[0] == exports[1] and len(exports[0]) > 100_000
    assert str(tmp_path).encode() not in exports[0] and b"file:" not in exports[0]
    assert _sources(store, capsys) == ["000_e5b1e9325b1daa71.txt", "001_b3cf3c6784e5fd8c.txt",
                                       "002_d5cbd30fbde2856f.txt", "003_2d581c0cf4459ed4.txt",
                                       "batch.jsonl#j1", "https://example.org/j2", "sub/004_f724d4bf8a2b4533.txt"]


PLEDGES = """SELECT (COUNT(*) AS ?n) (SUM(?amount) AS ?total) WHERE {
  GRAPH ?g { ?p a ckg:Pledge ; ckg:amount ?amount } }"""
GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a ckg:Article } }"


def test_rebuilding_an_edited_file_replaces_its_facts(tmp_path, capsys):
    corpus, store = _corpus(tmp_path / "corpus"), tmp_path / "store"
    assert main(["build", str(corpus), "--store", str(store), "-q"]) == 0
    before = _select(store, PLEDGES, capsys)[0]
    f = corpus / EDITED
    f.write_text(f.read_text(encoding="utf-8").replace("601 مليون", "650 مليون"), encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(corpus), "--store", str(store), "-q"]) == 0
    assert "1 replaced, 6 unchanged" in capsys.readouterr().err
    after = _select(store, PLEDGES, capsys)[0]
    assert after["n"] == before["n"]  # the edited article's pledges are not counted twice
    assert int(after["total"]) - int(before["total"]) == 49_000_000
    assert _select(store, GRAPHS, capsys)[0]["n"] == "7"
    assert main(["query", "--store", str(store), "--format", "json", "--canned", "pledges_totals"]) == 0
    totals = {(r["donor_label"]["value"], r["total"]["value"], r["pledges"]["value"])
              for r in json.loads(capsys.readouterr().out)["results"]["bindings"]}
    assert ("Global Coalition", "650000000", "1") in totals


def test_one_file_however_its_path_is_spelled_is_one_article(tmp_path, capsys, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    store = str(tmp_path / "store")
    statuses = []
    for spelling in ("a/b.txt", "./a/b.txt", str(tmp_path / "a" / "b.txt"), "a/../a/b.txt"):
        capsys.readouterr()
        assert main(["build", spelling, "--store", store, "-q"]) == 0
        statuses.append(capsys.readouterr().err.split(": ")[1].split(";")[0])
    assert statuses == ["1 added", "1 unchanged", "1 unchanged", "1 unchanged"]
    assert main(["build", "a/b.txt", "./a/b.txt", "--store", store, "-q"]) == 0  # given twice: read once
    assert "1 unchanged;" in capsys.readouterr().err
    assert _sources(store, capsys) == ["b.txt"]


def test_url_names_the_article_wherever_its_file_is(tmp_path, capsys):
    corpus, store = tmp_path / "corpus", str(tmp_path / "store")
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "a.meta.json").write_text(json.dumps({"url": "https://example.org/n/1"}))
    assert main(["build", str(corpus), "--store", store, "-q"]) == 0
    (corpus / "a.txt").rename(corpus / "renamed.txt")
    (corpus / "a.meta.json").rename(corpus / "renamed.meta.json")
    (corpus / "renamed.txt").write_text(TEXT + " وقال إن الاجتماع مهم.", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(corpus), "--store", store, "-q"]) == 0
    assert "1 replaced;" in capsys.readouterr().err
    assert _sources(store, capsys) == ["https://example.org/n/1"]


def test_the_rdf_mapping_refuses_an_absolute_source():
    from coalition_kg.graph.rdf import document_quads
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    for bad in ("/home/me/corpus/a.txt", "C:\\corpus\\a.txt", "c:/corpus/a.txt"):
        with pytest.raises(ValueError, match="absolute local path"):
            document_quads(extract(Article(id="a", text=TEXT, source=bad)))
    assert document_quads(extract(Article(id="a", text=TEXT, source="sub/a.txt")))


def test_a_store_never_holds_the_corpus_location(tmp_path):
    corpus = _corpus(tmp_path / "somewhere")
    assert main(["build", str(corpus), "--store", str(tmp_path / "s"), "-q"]) == 0
    store = StoreDir(tmp_path / "s").open_read()
    assert not [q for q in store.quads_for_pattern(None, None, None) if str(tmp_path) in str(q.object)]
