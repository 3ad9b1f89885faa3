"""The store: generations swapped atomically, idempotent loads, replacement and aliases."""
import pytest
from pyoxigraph import Store

from coalition_kg.graph.store import Reader, StoreDir, StoreError, load_document
from coalition_kg.graph.vocab import ENTITIES_GRAPH
from coalition_kg.loaders.article import Article
from coalition_kg.loaders.pipeline import extract

TEXT = ("انطلقت في العاصمة الإيطالية روما أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش عام 2021، "
        "وقال وزير الخارجية الإيطالي لويجي دي مايو إن التحالف قوي.")


def _doc(text=TEXT, id="a", source="src/a.txt"):
    return extract(Article(id=id, text=text, source=source))


def _graphs(store):
    return sorted(str(g) for g in store.named_graphs())


def test_load_is_idempotent_and_aliases_share_one_graph(tmp_path):
    store = Store(str(tmp_path / "s"))
    assert load_document(store, _doc()) == "added"
    n = len(store)
    assert load_document(store, _doc()) == "unchanged"
    assert len(store) == n
    assert load_document(store, _doc(id="copy", source="src/copy.txt")) == "alias"
    assert len(_graphs(store)) == 2  # the shared entity graph and one article graph


def test_changed_text_under_same_source_replaces_the_article(tmp_path):
    store = Store(str(tmp_path / "s"))
    load_document(store, _doc())
    before = _graphs(store)
    assert load_document(store, _doc(text=TEXT.replace("قوي", "باق"))) == "replaced"
    after = _graphs(store)
    assert len(after) == len(before) and after != before
    assert str(ENTITIES_GRAPH) in after


def test_failed_build_never_becomes_current(tmp_path):
    root = StoreDir(tmp_path / "s")
    with root.writer() as st:
        load_document(st, _doc())
    good = root.current()
    with pytest.raises(RuntimeError):
        with root.writer() as st:
            load_document(st, _doc(text=TEXT + " أمس", source="other"))
            raise RuntimeError("crash in the middle")
    assert root.current() == good
    assert len(list(Store.read_only(str(good)).named_graphs())) == 2
    assert sorted(p.name for p in root.root.iterdir()) == ["current", good.name]  # no half generation, no lock


def test_reader_follows_new_generations_and_writers_are_exclusive(tmp_path):
    root = StoreDir(tmp_path / "s")
    with pytest.raises(StoreError, match="build one first"):
        Reader(root).store()
    with root.writer() as st:
        load_document(st, _doc())
    reader = Reader(root)
    first = len(reader.store())
    with root.writer() as st:
        with pytest.raises(StoreError, match="another process is writing"):
            with root.writer():
                pass
        load_document(st, _doc(text=TEXT + " أمس", id="b", source="b"))
    assert len(reader.store()) > first


def _all_quads(root: StoreDir) -> set[str]:
    return {str(q) for q in root.open_read().quads_for_pattern(None, None, None)}


def test_same_articles_give_the_same_graph_whatever_order_or_batches(tmp_path):
    from coalition_kg.cli import main
    from coalition_kg.paths import BUNDLED_ARTICLES

    files = sorted(BUNDLED_ARTICLES.glob("*.txt"))
    one = tmp_path / "one"
    assert main(["build", *map(str, files), "--store", str(one), "-q"]) == 0
    batches = tmp_path / "batches"
    rev = files[::-1]
    for batch in (rev[:2], rev[2:3], rev[3:]):
        assert main(["build", *map(str, batch), "--store", str(batches), "-q"]) == 0
    assert _all_quads(StoreDir(one)) == _all_quads(StoreDir(batches))
