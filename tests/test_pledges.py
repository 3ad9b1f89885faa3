"""Pledges: donors (named, by title, by capital, collective), amounts, qualifiers, status."""
from helpers_facts import facts

HEAD = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"


def pledges(text):
    return facts(HEAD + text)["pledges"]


def test_title_only_donor_is_the_state():
    p = pledges("وشارك وزير الخارجية الأمريكي مايك بومبيو في الاجتماع.\n"
                "وتعهد وزير الخارجية الأمريكي بتقديم 200 مليون دولار لدعم الاستقرار في سوريا.")
    assert len(p) == 1
    assert (p[0]["donor"], p[0]["amount"], p[0]["currency"], p[0]["status"]) == ("United States", 200e6, "USD", "new")
    assert p[0]["announced_by"] == "Mike Pompeo"
    assert "Syria" in p[0]["recipients"]


def test_capital_inside_complement_and_words():
    p = pledges("وأعلن وزير الخارجية جان إيف لودريان أن باريس ستقدم حوالي أربعة ملايين يورو للنازحين.")
    assert p and p[0]["donor"] == "France" and p[0]["amount"] == 4e6
    assert p[0]["qualifier"] == "about" and p[0]["currency"] == "EUR"


def test_target_past_and_collective():
    p = pledges("وأطلق الوزراء حملة بهدف جمع 500 مليون دولار للمناطق المحررة، وقد أعلنت خمس دول أعضاء عن تعهدات "
                "بأكثر من 200 مليون دولار.\nوكانت السعودية قد قدمت في العام الماضي 100 مليون دولار.")
    kinds = {(x["donor"], x["amount"], x["status"], x["qualifier"]) for x in p}
    assert ("Global Coalition", 500e6, "target", "exact") in kinds
    assert ("Coalition members (5)", 200e6, "new", "more_than") in kinds
    assert ("Saudi Arabia", 100e6, "past", "exact") in kinds


def test_no_pledge_without_money_or_cue():
    assert pledges("وقال إن 10 آلاف مقاتل ما زالوا محتجزين.") == []


def test_nationality_on_the_money_is_not_the_purpose():
    p = pledges("وأعلنت بريطانيا تقديم 50 مليون جنيه إسترليني بريطانية لدعم الاستقرار في العراق.")
    assert p and p[0]["donor"] == "United Kingdom" and p[0]["currency"] == "GBP"
    assert p[0]["purpose"].startswith("لدعم")
    p = pledges("وأعلن الوزير تخصيص 20 مليون دولار للسوريين والعراقيين.")
    assert not p or p[0]["purpose"].startswith("للسوريين")
