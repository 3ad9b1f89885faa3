"""Bad input fails loudly: `build` exits 1 and names every failed or skipped path with its
reason (stderr and --report JSON), --strict loads nothing, one bad byte is a warning and a
mostly undecodable file a refusal. Real files, folders, links and FIFOs; the CLI as a process."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from coalition_kg.graph.store import StoreDir
from coalition_kg.loaders.article import (MAX_UNDECODABLE, ArticleError, count_articles, decode, find_inputs,
                                          read_all, read_file)

TEXT = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في مدينة مراكش اليوم لبحث الأوضاع في منطقة الساحل."
ROME = ("انطلقت في العاصمة الإيطالية روما أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش عام 2021، "
        "وقال وزير الخارجية الإيطالي لويجي دي مايو إن التحالف قوي.")


def _cli(*args, drop_dac=False, cwd=None):
    """``coalition-kg`` as users run it. ``drop_dac``: without the capabilities that let root
    read any folder (chmod 000 means nothing to root otherwise)."""
    cmd = [sys.executable, "-m", "coalition_kg.cli", *map(str, args)]
    if drop_dac and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root and no setpriv to drop CAP_DAC_OVERRIDE: a chmod 000 folder stays readable")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=300)


def _bad_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text(ROME, encoding="utf-8")
    (corpus / "sub" / "other.txt").write_text(TEXT, encoding="utf-8")
    locked = corpus / "locked"
    locked.mkdir()
    (locked / "hidden_article.txt").write_text(TEXT + " أمس", encoding="utf-8")
    locked.chmod(0)
    (corpus / "sub" / "back").symlink_to("..")          # a folder link to an ancestor
    (corpus / "self").symlink_to("self")                 # a link to itself (ELOOP)
    (corpus / "dangling.txt").symlink_to("nowhere.txt")  # target missing
    os.mkfifo(corpus / "pipe.txt")                       # reading it would block the build
    (corpus / "notes.md").write_text(TEXT, encoding="utf-8")  # not an article file type
    one_bad = (ROME + " الأحد").encode("utf-8").replace("روما".encode(), "روما".encode() + b"\xff", 1)
    (corpus / "one_bad_byte.txt").write_bytes(one_bad)
    damaged = bytearray((TEXT * 3).encode("utf-8"))
    for i in range(0, len(damaged), 20):  # 5% of the bytes
        damaged[i] = 0xFF
    (corpus / "damaged.txt").write_bytes(bytes(damaged))
    rows = [{"id": "x1", "text": TEXT + " اليوم"}, {"id": "x2", "text": TEXT + " غدا"}, {"id": "x1", "text": ROME}]
    (corpus / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return corpus


def test_build_names_every_bad_input_and_exits_1(tmp_path):
    corpus, store, report = _bad_corpus(tmp_path), tmp_path / "store", tmp_path / "report.json"
    try:
        proc = _cli("build", corpus, "--store", store, "--report", report, "-q", drop_dac=True)
    finally:
        (corpus / "locked").chmod(0o755)
    assert proc.returncode == 1, proc.stderr
    rep = json.loads(report.read_text(encoding="utf-8"))
    failed = {(os.path.relpath(f["path"], corpus), f["line"]): f["reason"] for f in rep["failed"]}
    skipped = {os.path.relpath(f["path"], corpus): f["reason"] for f in rep["skipped"]}
    assert failed.keys() == {("locked", None), ("dangling.txt", None), ("damaged.txt", None), ("batch.jsonl", 3)}
    assert "unreadable folder" in failed["locked", None] and "Permission denied" in failed["locked", None]
    assert "broken symlink" in failed["dangling.txt", None]
    assert "mostly undecodable" in failed["damaged.txt", None]
    assert "repeated id 'x1' (first on line 1)" in failed["batch.jsonl", 3]
    assert skipped.keys() == {"sub/back", "self", "pipe.txt", "notes.md"}
    assert "not an article file type" in skipped["notes.md"]
    assert "symlink loop" in skipped["sub/back"] and "symlink loop" in skipped["self"]
    assert "not a regular file" in skipped["pipe.txt"]
    assert [(os.path.basename(w["path"]), w["reason"]) for w in rep["warnings"]] == [
        ("one_bad_byte.txt", "1 undecodable byte replaced by U+FFFD")]
    assert rep["articles"] == {"added": 5} and rep["committed"] and rep["exit_status"] == 1
    assert "4 input(s) failed" in proc.stderr
    for path in ("locked", "dangling.txt", "damaged.txt", "batch.jsonl line 3", "sub/back", "pipe.txt"):
        assert f"{corpus / path}: " in proc.stderr  # stderr names each one too
    assert "warning: " + str(corpus / "one_bad_byte.txt") in proc.stderr


def test_strict_stops_at_the_first_failure_and_loads_nothing(tmp_path):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ROME, encoding="utf-8")
    assert _cli("build", corpus, "--store", store, "-q").returncode == 0
    before = StoreDir(store).current()
    (corpus / "b.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "c.txt").write_bytes(b"")
    proc = _cli("build", corpus, "--store", store, "-q", "--strict", "--report", tmp_path / "r.json")
    assert proc.returncode == 1 and "stopped at the first failure" in proc.stderr
    assert StoreDir(store).current() == before  # b.txt, read before c.txt, did not become current
    assert sorted(p.name for p in store.iterdir()) == ["current", before.name]
    rep = json.loads((tmp_path / "r.json").read_text())
    assert not rep["committed"] and rep["mode"] == "strict" and len(rep["failed"]) == 1
    proc = _cli("build", corpus, "--store", store, "-q", "--keep-going")
    assert proc.returncode == 1 and "1 added" in proc.stderr and "1 unchanged" in proc.stderr


def test_clean_input_exits_0_even_with_a_skip_and_a_warning(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(ROME.encode("utf-8") + b"\xfe")
    (corpus / "loop").symlink_to(".")
    proc = _cli("build", corpus, "--store", tmp_path / "store", "-q")
    assert proc.returncode == 0, proc.stderr
    assert "skipped: " in proc.stderr and "symlink loop" in proc.stderr and "warning: " in proc.stderr


def test_one_bad_byte_is_replaced_and_a_damaged_file_refused(tmp_path):
    good = TEXT.encode("utf-8")
    text, warnings = decode(TEXT[:15].encode() + b"\xc3" + TEXT[15:].encode(), "f")
    assert text == TEXT[:15] + "\ufffd" + TEXT[15:] and warnings == ["1 undecodable byte replaced by U+FFFD"]
    n = int(len(good) * MAX_UNDECODABLE) + 2  # just past the threshold
    damaged = b"\xff" * n + good
    with pytest.raises(ArticleError, match=r"mostly undecodable: \d+ of \d+ bytes"):
        decode(damaged, "f")
    assert decode(b"\xff" + good * 2, "f")[0].endswith(TEXT)  # under the threshold: loads
    assert decode(TEXT.encode("cp1256"), "f") == (TEXT, [])   # a legacy encoding is no damage


def test_jsonl_repeated_id_and_url_refuse_the_later_line(tmp_path):
    f = tmp_path / "b.jsonl"
    rows = [{"id": "a", "text": "x"},                                   # fails: no Arabic, claims nothing
            {"id": "a", "text": TEXT, "url": "https://e.org/1"},          # so this one is the first "a"
            {"id": "b", "text": TEXT + " أمس", "url": "https://e.org/1"},  # repeated url
            {"id": "a", "text": TEXT + " غدا"}]                             # repeated id
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    errors = []
    arts = list(read_all([f], errors.append))
    assert [(a.id, a.line) for a in arts] == [("a", 2)]
    assert [(e.line, e.reason.split(": ")[0]) for e in errors] == [
        (1, "no Arabic text found (is this the right file?)"),
        (3, "repeated url 'https://e.org/1' (first on line 2)"), (4, "repeated id 'a' (first on line 2)")]
    assert count_articles(next(find_inputs([f], errors.append))) == 4  # progress counts articles, not files


def test_jsonl_bad_byte_in_one_line_is_a_warning_on_that_line(tmp_path):
    f = tmp_path / "b.jsonl"
    line = json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False).encode("utf-8")
    f.write_bytes(line + b"\n" + line.replace(b'"a"', b'"b"').replace("مراكش".encode(), b"\xff" + "مراكش".encode()))
    a, b = read_file(f)
    assert a.warnings == [] and b.warnings == ["1 undecodable byte replaced by U+FFFD"] and b.line == 2
    assert "\ufffdمراكش" in b.text


def test_same_relative_source_under_two_roots_refuses_the_later(tmp_path):
    for d, text in (("x", TEXT), ("y", ROME)):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text(text, encoding="utf-8")
    errors = []
    arts = list(read_all([tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt", tmp_path / "x" / "." / "a.txt"],
                         errors.append))
    assert [a.text for a in arts] == [TEXT]  # x/a.txt once, though given twice
    assert len(errors) == 1 and "same source 'a.txt'" in errors[0].reason and errors[0].path == str(tmp_path / "y" / "a.txt")
