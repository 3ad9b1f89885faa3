"""The real-news corpus (tests/realnews): clean of the hidden test set, gold strings verbatim,
and the extractor above its bars on the dev and the locked test split.

The locked test split is scored here but never tuned on (tests/realnews/split.yaml). The bars
guard what the extractor reached (2026-12-06 06:20: dev 159 articles, macro 0.926, attributed
0.946; test 70 articles, macro 0.743, attributed 0.772; at 23:30 the same day: dev 282, 0.930 and
0.924; test 116, 0.758 and 0.786; 2026-12-07: dev 310, 0.921 and 0.919; test 132, 0.756 and 0.792;
later that day: dev 337, 0.922 and 0.916; test 153, 0.761 and 0.802; third session: dev 361, 0.922 and 0.907;
test 175, 0.741 and 0.779; fourth session: dev 361, 0.940 and 0.921; test 183, 0.747 and 0.776; all of these with the
annotators' publication dates given as metadata; fifth session, with text and URL only: dev 361, 0.901 and 0.921;
test 191, 0.713 and 0.772). Issue 9's targets are dev >= 0.90 (met) and
test >= 0.85 with claims attributed >= 0.85 (NOT met: the rules still fit the articles they were
written from better than unseen ones); raise the test bars as that gap closes.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from coalition_kg.loaders.evaluate import evaluate, f1_table, format_table

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "realnews"
SHARED_TOOLS = ROOT.parent / "shared" / "tools"


def test_corpus_has_no_page_of_the_hidden_test_set():
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".yaml", ".md"))
    texts = sorted((CORPUS / "articles").glob("*.txt"))
    run = subprocess.run([sys.executable, str(SHARED_TOOLS / "check_corpus_urls.py"), *map(str, files),
                          "--texts", *map(str, texts)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{len(texts)} text(s) checked, 0 refused" in run.stdout + run.stderr


def test_gold_is_verbatim_and_the_split_is_whole():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "check_realnews.py"), str(CORPUS)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
    split = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
    ids = {p.stem for p in (CORPUS / "articles").glob("*.txt")}
    assert set(split["dev"]) | set(split["test"]) == ids and not set(split["dev"]) & set(split["test"])
    assert len(ids) >= 45 and 0.28 <= len(split["test"]) / len(ids) <= 0.4  # about a third


# dev lowered from 0.93 / 0.93 on 2026-12-06 night: 23 new dev articles (letters aq, ar, as) joined it untuned;
# to 0.91 on 2026-12-07: letters au, av, ay (28) joined it, ay untuned (0.720); test attributed raised to 0.77;
# later that day test raised to 0.75 / 0.79 (153 articles: 0.761 / 0.802); third session lowered to 0.74 / 0.78:
# 14 new test articles joined it untuned (bg 0.829, bi 0.683 with attributed 0.542 on arrival): 167, 0.751 / 0.786;
# dev to 0.91 / 0.90: letter bk (statements, attributed 0.659 on arrival) joined it; test to 0.73 / 0.77: letter bj
# (0.721, attributed 0.596 on arrival) joined it: 175 articles, 0.741 / 0.779; fourth session dev raised to 0.93 / 0.91
# (0.940 / 0.921), test macro to 0.74 (183 articles with letter bl: 0.747 / 0.776)
# fifth session: the sidecars' `published` (the annotators' reconstruction) is no longer the extractor's metadata
# (renamed published_known): with what a crawler has, start code dev 0.894, test 0.694 (191 with letter bm); bars to
# 0.89 / 0.91 and 0.70 / 0.76; sixth session (dev 0.926 / 0.922, test 0.726 / 0.773) dev macro raised to 0.91
@pytest.mark.parametrize("part,macro,attributed", [("dev", 0.91, 0.91), ("test", 0.70, 0.76)])
def test_quality_on_real_news(part, macro, attributed):
    tallies, _ = evaluate(CORPUS / "gold" / f"{part}.yaml", [CORPUS / "articles"])
    f1 = f1_table(tallies)
    assert f1["macro"] >= macro, format_table(tallies)
    assert f1["claims attributed"] >= attributed, format_table(tallies)


def test_every_evidence_is_the_text_at_its_offsets():
    """Each fact's evidence, on every real article, is exactly the article's text between its
    start and end (roles once had empty spans whose end came before their start)."""
    from coalition_kg.loaders.article import read_all
    from coalition_kg.loaders.pipeline import extract

    wrong = []
    for art in read_all([CORPUS / "articles"], lambda e: None):
        doc = extract(art)
        for facts in (doc.claims, doc.pledges, doc.memberships, doc.meetings, doc.roles, doc.designations):
            for f in facts:
                wrong += [(art.id, type(f).__name__, ev.start, ev.end) for ev in f.evidence
                          if not (0 <= ev.start < ev.end <= len(doc.text) and doc.text[ev.start:ev.end] == ev.text)]
    assert wrong == []
