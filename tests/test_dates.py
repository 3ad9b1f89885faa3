"""Dates: month names of all regions, weekdays against the publication date, datelines."""
from coalition_kg.loaders import lexicon
from coalition_kg.loaders.article import Article
from coalition_kg.loaders.dates import find_dates, resolve_weekday
from coalition_kg.loaders.pipeline import extract
import datetime as dt


def test_month_names_and_double_names():
    lex = lexicon.default()
    for text, iso in [("في 14 شتنبر 2016", "2016-09-14"), ("يوم 2 كانون الأول/ديسمبر 2015", "2015-12-02"),
                      ("في28جويلية 2020", "2020-07-28"), ("الثلاثاء (5 آب 2017)", "2017-08-05"),
                      # both names side by side, as the Levantine press and wires write them
                      ("يوم 9 مارس آذار 2017 في", "2017-03-09"), ("في 3 حزيران (يونيو) 2019", "2019-06-03")]:
        ds = [d for d in find_dates(text, lex) if d.day]
        assert ds and ds[0].iso() == iso, text
        assert text[ds[0].start:ds[0].end].strip()


def test_weekday_resolves_on_or_before_reference():
    assert resolve_weekday(2, dt.date(2016, 7, 21)) == dt.date(2016, 7, 20)


def test_publication_from_metadata_dateline_and_published_line_not_header_date():
    doc = extract(Article(id="a", source="a", text="عمان – 4 أيار 2016: اجتمع وزراء التحالف الدولي ضد داعش اليوم."))
    assert (doc.published, doc.published_source) == ("2016-05-04", "dateline")
    doc = extract(Article(id="b", source="b", text="نشر في 9 نيسان 2016\nاجتمع وزراء التحالف الدولي ضد داعش في عمان أمس."))
    assert doc.published == "2016-04-09"
    doc = extract(Article(id="c", source="c", text="السبت 1 فبراير 2025\nاجتمع وزراء التحالف الدولي ضد داعش في عمان أمس الجمعة لبحث الوضع."))
    assert doc.published is None


def test_hijri_dates_numeric_header_stamps_and_partial_metadata():
    from coalition_kg.loaders import lexicon
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.dates import find_dates
    from coalition_kg.loaders.pipeline import extract

    lex = lexicon.default()
    d, = [x for x in find_dates("صدر البيان في 3 شوال 1445 هـ.", lex)]
    assert (d.iso(), d.calendar, d.written) == ("2024-04-12", "hijri", "1445-10-03")
    assert [x.calendar for x in find_dates("قال رجب إن صفر في 2020", lex)] == ["gregorian"]
    doc = extract(Article(id="t", source="t", text="أخبار\n\nسياسة |  09:15 - 03/02/2029\n\n"
                          "قال الوزير إن التحالف الدولي ضد داعش قوي."))
    assert (doc.published, doc.published_source) == ("2029-02-03", "header")
    doc = extract(Article(id="t", source="t", metadata={"published": "2029-02"}, text="قال الوزير إن التحالف قوي."))
    assert (doc.published, doc.published_precision) == ("2029-02", "month")


def test_ordinal_day_names():
    from coalition_kg.loaders import lexicon
    from coalition_kg.loaders.dates import find_dates
    lex = lexicon.default()
    assert [d.iso() for d in find_dates("يعقد في الحادي والعشرين من آذار 2031", lex)] == ["2031-03-21"]
    assert [(d.day, d.month) for d in find_dates("في الخامس عشر من أيار", lex)] == [(15, 5)]
    assert [d.iso() for d in find_dates("العدد الأول من المجلة صدر في مايو 2020", lex)] == ["2020-05"]


def test_sidecar_date_as_the_page_prints_it():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    doc = extract(Article(id="t", source="t", metadata={"published": "08/06/2031"}, text="قال الوزير إن التحالف قوي."))
    assert (doc.published, doc.published_precision, doc.published_source) == ("2031-06-08", "day", "metadata")


def test_day_dates_in_digits_in_running_text():
    """``يوم 13/2/2018.`` in a sentence is a day date (day first); a page's time stamp is not."""
    from coalition_kg.loaders import lexicon
    from coalition_kg.loaders.dates import find_dates
    lex = lexicon.default()
    got = [d.iso() for d in find_dates("وعقد الاجتماع يوم 13/2/2018. وانتهى في 2018/02/14 مساء", lex)]
    assert got == ["2018-02-13", "2018-02-14"]
    assert [d.iso() for d in find_dates("العالم | 12:27 - 11/06/2025", lex)] == ["2025"]


def test_a_span_of_days_is_dated_by_its_first_day():
    lex = lexicon.default()
    for text, iso in [("اجتمعوا خلال يومي 4 و 5 أبريل2016 في", "2016-04-04"), ("من 7 إلى 9 يونيو 2019", "2019-06-07"),
                      ("في 12-14 شباط 2018", "2018-02-12"), ("في 14 شباط 2018", "2018-02-14")]:
        assert [d.iso() for d in find_dates(text, lex) if d.day] == [iso], text
    # a year before the day is no span's first day
    assert [d.day for d in find_dates("عام 2016 و 5 أبريل", lex) if d.month] == [5]


def test_the_coalitions_age_tells_the_year():
    from coalition_kg.loaders.dates import coalition_age_year
    from coalition_kg.loaders.normalize import norm
    assert coalition_age_year(norm("وفي الذكرى الخامسة لتأسيس التحالف الدولي ضد داعش")) == 2019
    assert coalition_age_year(norm("بعد سبع سنوات من الحرب على داعش")) == 2021
    assert coalition_age_year(norm("مع مرور 8 أعوام على انطلاق التحالف")) == 2022
    assert coalition_age_year(norm("منذ خمس سنوات قال الوزير")) is None   # an age of nothing named


def test_the_general_assemblys_session_tells_the_year():
    from coalition_kg.loaders.dates import unga_session_year
    from coalition_kg.loaders.normalize import norm
    assert unga_session_year(norm("على هامش أعمال الدورة الحادية والسبعين للجمعية العامة للأمم المتحدة")) == 2016
    assert unga_session_year(norm("خلال الدورة 78 للجمعية العامة")) == 2023
    assert unga_session_year(norm("في الدورة الثانية من المحادثات")) is None


def test_more_ways_the_press_dates_a_meeting():
    """Two days ago (قبل يومين), this morning (صباح اليوم, never "nowadays"), and an ordinal day
    of "the month of" (الثامن من شهر يونيو الجاري)."""
    s = "اجتمع وزراء خارجية التحالف الدولي ضد داعش في أوتاوا {}."
    for when, pub, day in [("قبل يومين", "2023-06-10", "2023-06-08"), ("صباح اليوم", "2023-06-08", "2023-06-08"),
                           ("في الثامن من شهر يونيو الجاري", "2023-06-10", "2023-06-08")]:
        d = extract(Article(id="t", source="t", text=s.format(when), metadata={"published": pub}))
        assert [m.date for m in d.meetings] == [day], when
    # a verb of telling right after it: the day of the telling, no meeting's
    d = extract(Article(id="t", source="t", metadata={"published": "2023-06-08"},
                        text="وفي وقت سابق صباح اليوم، قال الوزير إن بلاده تشارك في أعمال التحالف الدولي ضد داعش."))
    assert all(m.date != "2023-06-08" for m in d.meetings)


def test_a_date_in_the_pages_address_when_no_metadata_gives_one():
    """A page stored as text keeps its address: the date a crawler reads there (htmldate's
    Y/M/D, a compact day, a year and month) dates the article; metadata still comes first,
    and an address without a date leaves the text to decide."""
    text = "قال الوزير إن التحالف الدولي ضد داعش قوي."
    for url, expected in [("https://7al.net/2020/09/06/x", ("2020-09-06", "day")),
                          ("https://sarabic.ae/20210330/x", ("2021-03-30", "day")),
                          ("http://elaph.com/Web/News/2016/2/1071414.html", ("2016-02", "month"))]:
        doc = extract(Article(id="u", source=url, metadata={"url": url}, text=text))
        assert (doc.published, doc.published_precision, doc.published_source) == (*expected, "url"), url
    doc = extract(Article(id="u", source="u", metadata={"url": "https://7al.net/2020/09/06/x", "published": "2020-09-05"},
                          text=text))
    assert (doc.published, doc.published_source) == ("2020-09-05", "metadata")
    doc = extract(Article(id="u", source="u", metadata={"url": "https://x.com/article/20201399/1"},
                          text="عمان – 4 أيار 2016: اجتمع وزراء التحالف الدولي ضد داعش اليوم."))
    assert (doc.published, doc.published_source) == ("2016-05-04", "dateline")


def test_an_address_with_a_month_is_refined_by_the_pages_day_in_it():
    """An address dates a page to a month (…/2016/05/…); a header stamp or a dateline of a day
    in that month, its year written or not (برلين في 28 مايو / وام), gives the day. A day in
    another month is some other date on the page: the address's month is kept."""
    url = "https://x.blogspot.com/2016/05/blog-post_679.html"
    body = "\nترأست الإمارات الاجتماع الخامس لمجموعة العمل المعنية بالاستقرار التابعة للتحالف الدولي ضد داعش."
    for head, expected in [("برلين في 28 مايو / وام", ("2016-05-28", "day")),
                           ("عنوان الخبر\nالإثنين ٢٧ مايو ٢٠١٦ الساعة ٧:٠٦ مساءً", ("2016-05-27", "day")),
                           ("برلين في 28 يونيو / وام", ("2016-05", "month")),
                           ("عنوان الخبر\n11 يونيو 2016 - 20:22", ("2016-05", "month"))]:
        d = extract(Article(id="m", source=url, metadata={"url": url}, text=head + body))
        assert (d.published, d.published_precision) == expected, head


def test_header_stamps_as_bylines_print_them():
    """A date among the page's header lines: beside a clock time, under a section's name, in
    another digit set, in English after تاريخ النشر, a stored page's own ``date`` field (month
    precision kept); the page's first line showing a weekday and a month's name is a site's
    clock (the crawl day), not the publication."""
    body = "\nقال وزير الخارجية إن التحالف الدولي ضد داعش سيواصل عمله في العراق وسوريا خلال الأشهر المقبلة."
    for head, expected in [("عنوان الخبر\n11 مايو 2022 - 20:22", "2022-05-11"),
                           ("عنوان الخبر عن التحالف\n● أخبار عربية ١٤ يناير ٢٠١٥", "2015-01-14"),
                           ("العنوان\nتاريخ النشر: 28th, January 2024 GMT", "2024-01-28"),
                           ("مذكرة إعلامية\n15 تشرين الثاني، 2017", "2017-11-15"),
                           ("الخميس 2020/06/04", "2020-06-04"),
                           (" date 2021-03 أكدت الوزيرة", "2021-03")]:
        doc = extract(Article(id="h", source="h", text=head + "\n" + body))
        assert doc.published == expected, head
    doc = extract(Article(id="h", source="h", text="الثلاثاء 30 أبريل 2024\nعنوان الخبر\n" + body))
    assert doc.published is None
