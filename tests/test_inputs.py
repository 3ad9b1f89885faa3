"""Own test articles as inputs: Windows-1256 and HTML give the text, chrome is dropped,
sentences point into the decoded text."""
from pathlib import Path

from coalition_kg.loaders.article import read_file
from coalition_kg.loaders.pipeline import extract

ARTS = Path(__file__).parent / "articles"


def test_cp1256_article_decodes_and_extracts():
    art, = read_file(ARTS / "own_cp1256.txt")
    assert "تيلرسون" in art.text
    doc = extract(art)
    for s in doc.sentences:
        assert art.text[s.start:s.end] == s.text
    assert doc.meetings and doc.meetings[0].key == "washington-2017"


def test_html_article_main_text_and_publication_date():
    art, = read_file(ARTS / "own_html.html")
    assert "تسجيل الدخول" not in art.text and art.metadata.get("published") == "2023-06-09"
    doc = extract(art)
    assert doc.published == "2023-06-09" and doc.meetings[0].key == "riyadh-2023"
    assert doc.meetings[0].date == "2023-06-08" and doc.meetings[0].date_source == "text"


def test_same_text_in_two_encodings_has_one_hash(tmp_path):
    art, = read_file(ARTS / "own_cp1256.txt")
    (tmp_path / "copy.txt").write_text(art.text, encoding="utf-8")
    copy, = read_file(tmp_path / "copy.txt")
    assert copy.content_hash == art.content_hash and copy.id != art.id
