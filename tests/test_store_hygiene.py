"""Store hygiene: a build killed with SIGKILL leaves nothing that the next build or `gc`
does not remove; only current and previous generations stay; the serving generation has no
write-ahead log left and is packed; `stats` reports quads and disk use. Real processes, a real
RocksDB store on disk."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import Store

from conftest import children, survivors

from coalition_kg.cli import main
from coalition_kg.graph.store import StoreDir, _settle, disk_bytes, load_document, wal_bytes
from coalition_kg.loaders.article import read_all
from coalition_kg.loaders.pipeline import extract
from coalition_kg.paths import BUNDLED_ARTICLES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """600 synthetic articles: a build that takes seconds, long enough to be killed mid-way."""
    out = tmp_path_factory.mktemp("big") / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--n", "600", "--out", str(out)],
                   check=True, capture_output=True)
    return out


def _entries(store: Path) -> set[str]:
    return {p.name for p in store.iterdir()}


def _written(gen: Path) -> int:
    """Bytes a build wrote into its generation: files not hard-linked from the one before
    (its write-ahead log, or the SST files of a bulk-loaded batch)."""
    try:
        return sum(st.st_size for st in (f.stat() for f in gen.iterdir()) if st.st_nlink == 1)
    except OSError:  # a file RocksDB removed while we looked
        return 0


def _kill_mid_build(corpus: Path, store: Path) -> None:
    """Start a build and SIGKILL it once it is writing its new generation."""
    before = _entries(store)
    proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.cli", "build", str(corpus), "--store", str(store),
                             "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            new = [store / n for n in _entries(store) - before if n.startswith("gen-")]
            if new and _written(new[0]) > 1_000_000:  # articles are going in
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the build ended before it could be killed: make the corpus bigger"
        workers = children(proc.pid)
        assert workers, "the build runs its extraction in worker processes (--jobs: every core)"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert survivors(workers) == []  # the workers die with their build (PR_SET_PDEATHSIG)


@pytest.mark.parametrize("cleaner", ["gc", "build"])
def test_a_killed_build_leaves_nothing_that_gc_or_the_next_build_keeps(tmp_path, big_corpus, capsys, cleaner):
    store = tmp_path / "store"
    assert main(["build", "--store", str(store), "-q"]) == 0
    root = StoreDir(store)
    good, quads = root.current(), len(root.open_read())
    _kill_mid_build(big_corpus, store)
    left = _entries(store) - {"current", good.name}
    assert ".lock" in left and any(n.startswith("gen-") for n in left), left  # what the dead build left
    assert root.current() == good and len(root.open_read()) == quads          # and it never served
    if cleaner == "gc":
        assert main(["gc", "--store", str(store)]) == 0
        assert "removed gen-" in capsys.readouterr().out
        assert _entries(store) == {"current", good.name}
    else:
        assert main(["build", "--store", str(store), "-q"]) == 0  # the same articles: no new generation
        assert _entries(store) == {"current", good.name}
    assert len(root.open_read()) == quads


def test_half_made_links_and_orphans_are_removed(tmp_path):
    root = StoreDir(tmp_path / "store")
    with root.writer() as st:
        load_document(st, extract(next(read_all([BUNDLED_ARTICLES], print))))
    orphan = root.root / "gen-20200101T000000-1-1"
    Store(str(orphan)).flush()  # a real RocksDB directory, as a dead writer leaves it
    os.symlink(orphan.name, root.root / ".current-4242")  # died between the link and the rename
    (root.root / ".lock").touch()
    removed = dict(root.gc())
    assert set(removed) == {orphan.name, ".current-4242"} and removed[orphan.name] > 0
    assert _entries(root.root) == {"current", root.current().name}


def test_only_current_and_previous_generations_stay(tmp_path):
    root = StoreDir(tmp_path / "store")
    names = []
    for text in ("أولا", "ثانيا", "ثالثا", "رابعا"):
        art = next(read_all([BUNDLED_ARTICLES], print))
        art.text += " " + text
        with root.writer() as st:
            load_document(st, extract(art))
        names.append(root.current().name)
    assert len(set(names)) == 4
    assert root.previous().name == names[-2]
    assert _entries(root.root) == {"current", "previous", names[-2], names[-1]}
    assert len(Store.read_only(str(root.previous()))) > 0  # a reader still on it can go on


def test_gc_waits_for_no_writer(tmp_path, capsys):
    root = StoreDir(tmp_path / "store")
    with root.writer():
        assert main(["gc", "--store", str(root.root)]) == 2
        assert "another process is writing" in capsys.readouterr().err
        assert (root.root / ".lock").exists()
    assert not (root.root / ".lock").exists()


def test_serving_generation_has_no_write_ahead_log_and_is_packed(tmp_path, big_corpus):
    # the same articles loaded as a build loads them, before the generation is settled
    raw = tmp_path / "raw"
    store = Store(str(raw))
    for art in read_all([big_corpus], print):
        load_document(store, extract(art))
    quads = len(store)
    store.flush()
    del store
    raw_wal, raw_disk = wal_bytes(raw), disk_bytes(raw)
    assert raw_wal > raw_disk / 2  # what the issue saw: the log outweighs the data
    packed = _settle(raw, compact=True)
    assert wal_bytes(packed) == 0 and disk_bytes(packed) < (raw_disk - raw_wal) * 0.8
    assert len(Store.read_only(str(packed))) == quads

    # the CLI does the same; a small update then shares the packed files instead of copying them
    root = StoreDir(tmp_path / "store")
    assert main(["build", str(big_corpus), "--store", str(root.root), "-q"]) == 0
    assert wal_bytes(root.current()) == 0
    first = disk_bytes(root.current())
    assert main(["build", str(BUNDLED_ARTICLES / "000_e5b1e9325b1daa71.txt"), "--store", str(root.root), "-q"]) == 0
    assert wal_bytes(root.current()) == 0 and disk_bytes(root.root) < first * 1.2


def test_stats_reports_quads_disk_and_generations(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["build", "--store", str(store), "-q"]) == 0
    assert main(["build", str(BUNDLED_ARTICLES / "000_e5b1e9325b1daa71.txt"), "--store", str(store), "-q",
                 "--fresh"]) == 0
    capsys.readouterr()
    assert main(["stats", "--store", str(store), "--format", "json"]) == 0
    st = json.loads(capsys.readouterr().out)
    root = StoreDir(store)
    assert st["quads"] == len(root.open_read()) > 0
    assert st["current_bytes"] == disk_bytes(root.current())
    assert st["bytes_per_quad"] == round(st["current_bytes"] / st["quads"], 1)
    assert sorted(g["role"] for g in st["generations"]) == ["current", "previous"]
    assert main(["stats", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    for label in ("quads", "disk bytes", "bytes per quad", "generations     2", "current", "previous"):
        assert label in out


def test_an_engine_of_its_own_removes_its_slot_folder(tmp_path):
    """Every app made without a server's shared slot folder made one in /tmp and left it there
    (386 of them had piled up from the tests)."""
    import gc

    from coalition_kg.graph.engine import Engine

    engine = Engine(tmp_path)
    folder = engine.slots.folder
    assert folder.is_dir()
    del engine
    gc.collect()
    assert not folder.exists()
