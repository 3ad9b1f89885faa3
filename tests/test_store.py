"""The store: generations swapped atomically, idempotent loads, replacement and aliases."""
import pytest
from pyoxigraph import Store

from coalition_kg.graph.store import Reader, StoreDir, StoreError, load_document, write_op
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


# --- writes over HTTP: the write head, written in place and published by checkpoint -------------

def _quad(i):
    from pyoxigraph import Literal, NamedNode, Quad

    return Quad(NamedNode("http://x.example/s"), NamedNode("http://x.example/p"), Literal(str(i)),
                NamedNode("http://x.example/g"))


@write_op
def _add(store, i):
    store.add(_quad(i))


@write_op
def _add_then_fail(store, i):
    store.add(_quad(i))
    raise RuntimeError("crash in the middle")


@write_op
def _add_while_building(store, i, root):
    with pytest.raises(StoreError, match="another process is writing"):
        with StoreDir(root).writer():
            pass
    store.add(_quad(i))


def test_writes_go_in_place_into_one_head_and_each_is_published(tmp_path):
    root = StoreDir(tmp_path / "s")
    head, reader, gens = root.head(), Reader(root), []
    for i in range(3):
        head.write(_add, i)
        gens.append(root.current())
        assert _quad(i) in reader.store()  # a reader sees each write on its next request
    assert len(set(gens)) == 3 and root.previous() == gens[-2]
    heads = [p.name for p in root.root.glob("head-*")]
    assert len(heads) == 1  # the same head took the three writes: no copy per write
    assert {p.name for p in root.root.iterdir()} == {"current", "previous", gens[-2].name, gens[-1].name, *heads}
    assert StoreDir(str(tmp_path / "s")).head() is head  # one head per store and process
    assert len(Store.read_only(str(gens[-1]))) == 3


def test_a_failed_write_publishes_nothing_of_itself(tmp_path):
    root = StoreDir(tmp_path / "s")
    root.head().write(_add, 0)
    before = root.current()
    with pytest.raises(RuntimeError, match="crash in the middle"):
        root.head().write(_add_then_fail, 1)
    assert root.current() == before
    root.head().write(_add, 2)
    after = root.open_read()
    assert _quad(0) in after and _quad(2) in after and _quad(1) not in after


def test_a_build_between_two_writes_loses_neither(tmp_path):
    root = StoreDir(tmp_path / "s")
    root.head().write(_add, 0)
    with root.writer() as st:  # what `coalition-kg build` does, between two requests
        load_document(st, _doc())
    root.head().write(_add, 1)
    store = root.open_read()
    assert _quad(0) in store and _quad(1) in store and ENTITIES_GRAPH in set(store.named_graphs())


def test_a_build_during_a_write_fails_at_once_and_a_write_during_a_build_after_a_wait(tmp_path, monkeypatch):
    import time

    from coalition_kg.graph import store as store_module

    root = StoreDir(tmp_path / "s")
    root.head().write(_add_while_building, 0, str(root.root))
    monkeypatch.setattr(store_module, "WRITE_WAIT", 0.3)
    with root.writer() as st:
        st.add(_quad(1))
        started = time.monotonic()
        with pytest.raises(StoreError, match="another process is writing"):
            root.head().write(_add, 2)
        assert time.monotonic() - started >= 0.3  # it waited for the build before giving up
    store = root.open_read()
    assert _quad(0) in store and _quad(1) in store and _quad(2) not in store


def _write_in_another_process(root: StoreDir, update: str) -> None:
    """What a second server process does with an update: ``protocol.run_update`` on the head."""
    import subprocess
    import sys

    code = ("import sys; from coalition_kg.graph.store import StoreDir; "
            "from coalition_kg.server.protocol import run_update; "
            "StoreDir(sys.argv[1]).head().write(run_update, sys.argv[2], 'http://x.example/')")
    subprocess.run([sys.executable, "-c", code, str(root.root), update], check=True, timeout=120)


def test_a_write_waits_for_another_writer_that_finishes(tmp_path):
    import threading
    import time

    root = StoreDir(tmp_path / "s")
    locked = threading.Event()

    def other_writer():  # another server process's write, say
        with root.locked():
            locked.set()
            time.sleep(0.2)

    t = threading.Thread(target=other_writer)
    t.start()
    locked.wait()
    root.head().write(_add, 0)  # waits for the lock instead of failing
    t.join()
    assert _quad(0) in root.open_read()


def test_another_process_sends_its_writes_to_the_head_and_a_gone_ones_head_is_taken_over(tmp_path):
    from coalition_kg.server import protocol  # noqa: F401  (its write ops, as a server has them)

    root = StoreDir(tmp_path / "s")
    _write_in_another_process(root, "INSERT DATA { <http://x.example/a> <http://x.example/p> 1 }")
    (gone,) = [p.name for p in root.root.glob("head-*")]  # its head, its process gone
    root.head().write(_add, 0)  # no live head: this process makes its own, the gone one is removed
    (ours,) = [p.name for p in root.root.glob("head-*")]
    assert ours != gone
    _write_in_another_process(root, "INSERT DATA { <http://x.example/b> <http://x.example/p> 2 }")
    assert [p.name for p in root.root.glob("head-*")] == [ours]  # sent here, no second head
    store = root.open_read()
    assert len(store) == 3 and _quad(0) in store
    assert not dict(root.gc())  # nothing to collect: the head is held


def test_a_query_running_across_writes_keeps_its_generation_until_it_ends(tmp_path):
    """Each write removes generations older than previous; one a query still reads stays (its
    lease) until the query ends. Without the lease the old handle failed with 'No such file'
    on a table file RocksDB opened lazily."""
    root = StoreDir(tmp_path / "s")
    head, reader = root.head(), Reader(root)
    for i in range(20):
        head.write(_add, i)
    with reader.using() as store:
        gen = root.current()
        for i in range(20, 23):  # three writes: gen is no longer current nor previous
            head.write(_add, i)
        assert gen.is_dir()
        assert len(list(store.quads_for_pattern(None, None, None))) == 20 and _quad(7) in store
    assert len(reader.store()) == 23  # the reader follows current, and gives the old one up
    removed = [name for name, _ in root.gc()]
    assert gen.name in removed and not gen.exists()


def test_a_generation_no_reader_uses_is_removed_by_the_next_write(tmp_path):
    root = StoreDir(tmp_path / "s")
    head = root.head()
    head.write(_add, 0)
    first = root.current()
    head.write(_add, 1)
    head.write(_add, 2)
    assert not first.exists()
