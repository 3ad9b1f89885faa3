"""Extraction quality on the project's gold standards (tests/gold/), with the same matching
rules as the referee (coalition_kg.loaders.evaluate).

Bars: on the five bundled articles (seeds) macro-F1 >= 0.95 and claims-attributed F1 >= 0.90;
on the project's own test articles (other meetings and outlets) the bars are set at what the
extractor reaches today, to catch regressions.
"""
from pathlib import Path

from coalition_kg.loaders.evaluate import evaluate, f1_table, format_table

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def test_seeds_quality():
    tallies, _ = evaluate(GOLD / "seeds.yaml", [ROOT / "data" / "articles"])
    f1 = f1_table(tallies)
    assert f1["macro"] >= 0.95, format_table(tallies, details=True)
    assert f1["claims attributed"] >= 0.90, format_table(tallies, details=True)


def test_own_articles_quality():
    tallies, _ = evaluate(GOLD / "own.yaml", [ROOT / "tests" / "articles"])
    f1 = f1_table(tallies)
    # today: macro 0.983, claims attributed 0.917
    assert f1["macro"] >= 0.95, format_table(tallies, details=True)
    assert f1["claims attributed"] >= 0.88, format_table(tallies, details=True)
