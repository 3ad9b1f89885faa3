"""Reading inputs: encodings, HTML, JSON Lines, sidecars, and clear errors for bad files."""
import json

import pytest

from coalition_kg.loaders.article import ArticleError, read_all, read_file

TEXT = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في مدينة مراكش اليوم لبحث الأوضاع في منطقة الساحل."


def test_utf8_and_cp1256_give_the_same_article(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(TEXT.encode("cp1256"))
    a, = read_file(tmp_path / "a.txt")
    b, = read_file(tmp_path / "b.txt")
    assert a.text == b.text == TEXT
    assert a.content_hash == b.content_hash and a.id == "a" and b.id == "b"


def test_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2022-05-11", "outlet": "Hespress"}))
    art, = read_file(tmp_path / "a.txt")
    assert art.metadata == {"published": "2022-05-11", "outlet": "Hespress"}
    assert [a.id for a in read_all([tmp_path], print)] == ["a"]  # the sidecar is not an article


def test_jsonl_bad_line_is_reported_and_the_rest_kept(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([json.dumps({"id": "one", "text": TEXT, "outlet": "X"}, ensure_ascii=False),
                            "{not json", json.dumps({"id": "two"}),
                            json.dumps({"id": "three", "text": TEXT + " أمس"}, ensure_ascii=False)]))
    errors = []
    arts = list(read_all([f], errors.append))
    assert [a.id for a in arts] == ["one", "three"]
    assert arts[0].metadata == {"outlet": "X"}
    assert [str(e) for e in errors] == [f"{f} line 2: invalid JSON: Expecting property name enclosed in double quotes",
                                        f'{f} line 3: each line must be an object with a "text" string']


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"), (b"\x00\x01\x02\xff\xfe" * 50, "not text"), (b"hello world, no arabic here " * 5, "no Arabic"),
])
def test_bad_files_name_file_and_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    errors = []
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    arts = list(read_all([f, good, tmp_path / "missing.txt"], errors.append))
    assert [a.id for a in arts] == ["good"]
    assert str(errors[0]).startswith(str(f)) and reason in errors[0].reason
    assert "no such file" in str(errors[1])


def test_html_main_text(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(f"""<!doctype html><html><head><title>خبر</title></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav>
    <article><h1>التحالف يجتمع</h1><p>{TEXT}</p><p>{TEXT.replace('مراكش', 'روما')}</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>""", encoding="utf-8")
    art, = read_file(f)
    assert "مراكش" in art.text and "روما" in art.text
    assert "الرئيسية" not in art.text and "جميع الحقوق" not in art.text
    with pytest.raises(ArticleError):
        list(read_file(tmp_path / "nope.html"))
