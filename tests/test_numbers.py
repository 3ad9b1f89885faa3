"""Arabic amounts: digits, words, scales, duals, qualifiers, currencies."""
import doctest

import pytest

from coalition_kg.loaders import lexicon, numbers
from coalition_kg.loaders.numbers import find_amounts, ordinal_value


def one(text, lex=None):
    found = find_amounts(text, lex=lex or lexicon.default())
    assert found, text
    return found[0]


@pytest.mark.parametrize("text,value,qualifier,currency", [
    ("قرابة 150 مليون دولار", 150e6, "about", "USD"),
    ("بأكثر من 300 مليون دولار", 300e6, "more_than", "USD"),
    ("أزيد من 100 مليون دولار", 100e6, "more_than", "USD"),
    ("نحو 50 مليون دولار", 50e6, "about", "USD"),
    ("حوالي مليار يورو", 1e9, "about", "EUR"),
    ("بحوالي 3 ملايين جنيه إسترليني", 3e6, "about", "GBP"),
    ("٤٣٦ مليون دولار", 436e6, "exact", "USD"),
    ("1,4 مليون شخص", 1.4e6, "exact", None),
    ("10,000 مقاتل", 10000, "exact", None),
    ("2.5 مليار دولار", 2.5e9, "exact", "USD"),
    ("خمسة ملايين دولار", 5e6, "exact", "USD"),
    ("مئة وخمسون مليون دولار", 150e6, "exact", "USD"),
    ("ثلاثمئة مليون دولار", 300e6, "exact", "USD"),
    ("خمسة وعشرون مليون يورو", 25e6, "exact", "EUR"),
    ("مليون ونصف دولار", 1.5e6, "exact", "USD"),
    ("ألفان من المقاتلين", 2000, "exact", None),
    ("ملياري دولار", 2e9, "exact", "USD"),
    ("ما يقرب من 10000 من مقاتلي داعش", 10000, "about", None),
    ("تسع عشرة دولة", 19, "exact", None),
    ("ما لا يقل عن 20 مليون دولار", 20e6, "at_least", "USD"),
])
def test_amounts(text, value, qualifier, currency):
    a = one(text)
    assert a.value == pytest.approx(value)
    assert a.qualifier == qualifier
    assert a.currency == currency


def test_range_and_percent():
    a = one("ما بين 5 آلاف إلى 7 آلاف عضو")
    assert (a.value, a.upper, a.qualifier) == (5000, 7000, "range")
    assert one("بنسبة 68% مقارنة").percent
    assert one("100 في المئة من الأراضي").percent


def test_counted_noun_and_year():
    a = one("ثماني دول أعضاء")
    assert (a.value, a.unit) == (8, "دول")
    assert one("في عام 2014").year_like


def test_ambiguous_currency_resolved_by_country():
    a = one("20 مليون درهم")
    assert a.currency is None and set(a.currency_options) >= {"MAD", "AED"}
    assert numbers.resolve_currency(a.currency_options, ["MA"]) == "MAD"
    assert numbers.resolve_currency(a.currency_options, ["AE"]) == "AED"


def test_ordinals():
    assert ordinal_value("لتصبح العضو الرابع والثمانين") == 84
    assert ordinal_value("العضو الخامس عشر") == 15


def test_doctests():
    r = doctest.testmod(numbers)
    assert r.attempted > 0 and r.failed == 0


def test_ra_decimal_fraction_first():
    """Egyptian papers' decimal: ``4ر12 مليار`` is 12.4 billion (the fraction written first)."""
    from coalition_kg.loaders.numbers import find_amounts
    got = [(a.value, a.currency) for a in find_amounts("قدمت الدول أكثر من 4ر12 مليار دولار وتعهدت بـ 5ر1 مليار يورو")]
    assert got == [(12.4e9, "USD"), (1.5e9, "EUR")]
    assert [a.value for a in find_amounts("بلغ عددهم 25 شخصا في 3 مدن")] == [25, 3]


def test_a_plural_scale_without_a_number_is_no_amount():
    """``بمليارات الدولارات`` (billions of dollars) states no amount; ``ثلاثة ملايين`` does."""
    lex = lexicon.default()
    assert find_amounts("قدم التحالف مساعدات بمليارات الدولارات وآلاف الأطنان", lex=lex) == []
    assert one("قدمت ثلاثة ملايين دولار").value == 3e6


@pytest.mark.parametrize("text,value,currency", [
    ("نصف مليار دولار", 500_000_000, "USD"),          # a fraction before a scale
    ("بربع مليون يورو", 250_000, "EUR"),
    ("مليار ونصف المليار دولار", 1_500_000_000, "USD"),   # the scale said again after ونصف
])
def test_fractions_of_a_scale(text, value, currency):
    got = find_amounts(text, lex=lexicon.default())
    assert [(a.value, a.currency) for a in got] == [(value, currency)]


def test_one_sum_told_in_two_scales():
    """مليار و200 مليون دولار is 1.2 billion, 2 مليار و500 مليون 2.5 billion; two sums of one
    scale (10 ملايين و5 ملايين) stay two."""
    assert [(a.value, a.currency) for a in find_amounts("قدمت مليار و200 مليون دولار")] == [(1.2e9, "USD")]
    assert [a.value for a in find_amounts("نحو 2 مليار و500 مليون يورو")] == [2.5e9]
    assert [a.value for a in find_amounts("10 ملايين و5 ملايين دولار")] == [10e6, 5e6]
