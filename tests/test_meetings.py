"""Meetings: identification by day date, by venue city + catalogue, weekday contradictions,
mentioned-only meetings kept apart, and an order-independent merge across articles."""
from coalition_kg.loaders.article import Article
from coalition_kg.loaders.pipeline import extract
from coalition_kg.loaders.report import meetings_json, report


def doc(text, id="t", **meta):
    return extract(Article(id=id, source=id, text=text, metadata=meta))


def test_weekday_and_publication_date_identify_a_meeting_named_nowhere():
    d = doc("أوسلو – اجتمع أعضاء التحالف الدولي ضد داعش يوم الخميس لبحث الخطوات المقبلة.", published="2016-07-22")
    m = d.meetings[0]
    assert (m.key, m.date, m.date_source) == ("washington-2016", "2016-07-21", "text")
    assert d.entities[m.city].name_en == "Washington"


def test_city_and_kind_date_from_catalogue_with_weekday_check():
    d = doc("انطلقت في مدينة مراكش اليوم الأربعاء أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش بحضور الوزراء.")
    m = d.meetings[0]
    assert (m.key, m.date, m.date_source) == ("marrakesh-2022", "2022-05-11", "catalogue")
    assert "agrees" in m.date_note
    d = doc("انطلقت في مدينة مراكش اليوم السبت أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش بحضور الوزراء.")
    assert d.meetings[0].date == "2022-05-11" and "contradicts" in d.meetings[0].date_note


def test_announced_and_other_meetings_are_separate():
    d = doc("عقد الاجتماع الوزاري للتحالف الدولي ضد داعش في العاصمة المغربية الرباط. "
            "وأعلن الوزراء أنهم يعتزمون عقد الاجتماع المقبل في لاهاي في 2026.")
    keys = [m.key for m in d.meetings]
    assert len(keys) == 2 and d.meetings[1].announced and keys[0] != keys[1]
    assert d.entities[d.meetings[0].city].name_en == "Rabat"


def test_capital_by_adjective_and_chairs_and_member_count():
    d = doc("احتضنت العاصمة الفرنسية، يوم الثلاثاء (2 حزيران 2015)، اجتماعاً مصغراً لوزراء خارجية دول التحالف "
            "الدولي ضد داعش، وترأسه وزير الخارجية الفرنسي لوران فابيوس. ويضم التحالف 62 دولة.")
    m = d.meetings[0]
    assert m.key == "paris-2015-small-group" and m.date == "2015-06-02"
    assert [d.entities[c].name_en for c in m.chairs] == ["France"]


def test_merge_across_articles_is_order_independent_and_same_text_is_marked():
    a = doc("انطلقت في مدينة مراكش اليوم الأربعاء أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش.", id="a")
    b = doc("مراكش – 11 ماي 2022: احتضنت مراكش اليوم الأربعاء الاجتماع الوزاري للتحالف الدولي ضد داعش.", id="b")
    c = doc("انطلقت في مدينة مراكش اليوم الأربعاء أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش.", id="c")
    assert meetings_json([a, b]) == meetings_json([b, a])
    row, = meetings_json([a, b])
    assert row["date_source"] == "text" and row["articles"] == ["a", "b"]
    arts = {x["article"]["id"]: x["article"] for x in report([a, b, c])["articles"]}
    assert arts["a"]["same_as"] == ["c"] and "same_as" not in arts["b"]


def test_year_less_day_takes_the_publication_year():
    d = doc("استضافت العاصمة الإسبانية مدريد اجتماعا للمجموعة المصغرة للتحالف الدولي ضد داعش يوم 4 آذار الجاري.",
            published="2031-03-05")
    assert (d.meetings[0].date, d.meetings[0].date_source) == ("2031-03-04", "text")


def test_announced_weekday_is_the_next_one():
    d = doc("اجتمع وزراء التحالف الدولي ضد داعش في أوسلو. ومن المقرر عقد مشاورات في واشنطن الأربعاء "
            "بين وزراء التحالف الدولي.", published="2030-01-01")   # a Tuesday
    other = next(m for m in d.meetings if d.entities[m.city].name_en == "Washington")
    assert other.date == "2030-01-02" and other.announced


def test_same_city_mention_is_the_reported_meeting_and_dates_it():
    d = doc("عقد أعضاء التحالف الدولي ضد داعش اجتماعا قرب واشنطن. "
            "وقال الوزير أمس الأحد إن المانحين اجتمعوا في مؤتمر بواشنطن.", published="2030-01-07")
    assert len(d.meetings) == 1
    assert (d.meetings[0].date, d.meetings[0].date_source) == ("2030-01-06", "text")


def test_no_year_guessed_and_cityless_meetings_stay_apart():
    a = doc("عقد التحالف الدولي ضد داعش اجتماعا عن بعد. وتأسس التحالف في 2014.", id="a")
    b = doc("عقد التحالف الدولي ضد داعش اجتماعا افتراضيا. وتأسس التحالف في 2014.", id="b")
    assert a.meetings[0].date is None
    assert len(meetings_json([a, b])) == 2


def test_city_state_named_as_venue_is_its_capital():
    d = doc("وأضاف الوزير خلال اجتماع للتحالف الدولي ضد داعش يعقد في الكويت أن العمل مستمر.")
    assert d.entities[d.meetings[0].city].name_en == "Kuwait City"


def test_an_official_meeting_a_counterpart_is_no_coalition_meeting():
    d = doc("وأكد الوزير أن الرئيس التقى نظيره الفرنسي يوم الإثنين وأبدى رغبته في الانضمام إلى التحالف الدولي ضد داعش.",
            published="2030-01-08")
    assert d.meetings == []


def test_earlier_statement_is_not_a_past_meeting():
    d = doc("بدأ في العاصمة باريس اليوم الثلاثاء اجتماع مصغر لوزراء التحالف الدولي ضد داعش. "
            "وكان المتحدث قد صرح في وقت سابق أن مؤتمرا سينظم اليوم في باريس.", published="2030-01-08")
    assert len(d.meetings) == 1


def test_host_state_names_the_one_catalogue_meeting_it_hosted():
    d = doc("وصل الوزير للمشاركة في الاجتماع الوزاري للتحالف الدولي ضد داعش الذي تستضيفه دولة الكويت هذا الأسبوع.")
    assert d.meetings[0].key == "kuwait-2018" and d.meetings[0].date_source == "catalogue"


def test_preview_ordinal_day_and_the_day_of_the_telling():
    d = doc("أعلن دبلوماسيون، الخميس، أن وزراء التحالف الدولي ضد داعش سيعقدون اجتماعهم الأسبوع المقبل في بروكسل. "
            "ويبحث اجتماع الثالث من كانون الأول برئاسة الوزير التنسيق بين أعضاء التحالف الدولي.",
            published="2014-11-27")
    assert [(m.key, m.date) for m in d.meetings] == [("brussels-2014", "2014-12-03")]


def test_for_the_year_is_not_when_a_meeting_was_held():
    d = doc("يعقد الاجتماع الوزاري للتحالف الدولي ضد داعش الخميس في الرياض. "
            "وأعلنت السعودية في أيلول الماضي، خلال اجتماع المديرين السياسيين للتحالف الدولي الذي انعقد في لاهاي، "
            "استضافتها الاجتماع القادم للعام 2023.", published="2023-06-06")
    hague = next(m for m in d.meetings if d.entities[m.city].name_en == "The Hague")
    assert hague.date[:4] == "2022"


def test_amman_or_oman_by_context():
    def city(text):
        d = doc(text)
        return d.entities[d.meetings[0].city].name_en if d.meetings and d.meetings[0].city else None
    assert city("اجتمع وزراء التحالف الدولي ضد داعش في عمّان اليوم.") == "Amman"
    assert city("اجتمع وزراء التحالف الدولي ضد داعش في عمان بدعوة من وزير الخارجية الأردني.") == "Amman"
    assert city("اجتمع وزراء التحالف الدولي ضد داعش في عُمان.") is None


def test_online_meeting_is_the_catalogues_virtual_one_of_that_year_or_none():
    text = "يستضيف الوزير اجتماعا افتراضيا لوزراء خارجية التحالف الدولي ضد داعش لمراجعة الحملة."
    m = doc(text, published="2021-03-29").meetings[0]
    assert (m.key, m.city, m.date, m.date_source) == ("virtual-2021-small-group", None, "2021-03-30", "catalogue")
    assert doc(text).meetings[0].date is None     # which year's? not said: no date


def test_the_datelines_date_is_the_telling_not_the_meeting():
    """``بروكسل 4 ديسمبر 2014 (رويترز)``: the date before the agency dates the report; the
    meeting is the weekday's (أمس الأربعاء)."""
    d = doc("بروكسل 4 ديسمبر 2014 (رويترز) اجتمع وزراء خارجية التحالف الدولي ضد داعش أمس الأربعاء في بروكسل.",
            published="2014-12-04")
    assert (d.meetings[0].key, d.meetings[0].date) == ("brussels-2014", "2014-12-03")


def test_political_directors_spelled_mudara_are_the_small_group():
    d = doc("ناقش المدراء السياسيون لدول التحالف الدولي ضد داعش في اجتماع بروما مستقبل الحملة.",
            published="2016-02-03")
    assert d.meetings[0].key == "rome-2016-small-group"


def test_the_leads_today_dates_a_meeting_reported_without_a_day():
    """``اليوم الأربعاء`` in the lead of a same-day report dates the meeting it then reports."""
    d = doc("دعا الرئيس الأمريكي اليوم الأربعاء شركاء التحالف الدولي إلى استعادة مقاتليهم.\n"
            "وجاءت دعوته في كلمة خلال اجتماع لوزراء خارجية دول التحالف.", published="2019-02-06")
    assert (d.meetings[0].key, d.meetings[0].date) == ("washington-2019", "2019-02-06")


def test_no_meeting_without_a_place_or_a_day():
    """A meeting word with neither a city nor a day (only the publication's year) is no fact;
    nor is another body's meeting in a city with no date at all."""
    d = doc("وقال الوزير إن اجتماعات التحالف الدولي ضد داعش ستبحث دعم الجيش.", published="2015-10-03")
    assert d.meetings == []
    d = doc("وقالت الخارجية إن التحالف الدولي ضد داعش يواصل عمله.\n"
            "وكان الوزير متوجها إلى أوسلو للمشاركة في قمة رؤساء دول الحلف.", published="2017-05-25")
    assert [m.key for m in d.meetings if m.city] == []


def test_press_conferences_counterparts_and_other_bodies_are_no_coalition_meeting():
    """A press conference (مؤتمر صحفي), one minister with his counterpart (مع نظيره) and another
    organisation's meeting (اجتماع لمجلس الأمن، قمة الناتو) in a sentence naming the coalition."""
    for text in ("وقال وزير الخارجية خلال مؤتمر صحفي في الموصل إن التحالف الدولي ضد داعش باق.",
                 "وجاء ذلك في اجتماع عقده وزير الخارجية الفرنسي مع نظيره الأردني في عمّان حول التحالف الدولي ضد داعش.",
                 "وبحث اجتماع لمجلس الأمن الدولي في نيويورك دور التحالف الدولي ضد داعش."):
        assert doc(text, published="2017-05-01").meetings == [], text


def test_yesterday_alone_dates_the_meeting_and_no_other_years_meeting_is_guessed():
    """``في بروكسل أمس`` is the day before publication (the catalogue's small group that day);
    a dated article's undated meeting in a city is never another year's catalogue meeting."""
    d = doc("اجتمع وزراء التحالف الدولي ضد داعش في بروكسل أمس.", published="2021-12-03")
    assert (d.meetings[0].key, d.meetings[0].date, d.meetings[0].date_source) == \
        ("brussels-2021-small-group", "2021-12-02", "text")
    d = doc("عقد وزراء التحالف الدولي ضد داعش اجتماعا في بروكسل لبحث الحملة.", published="2019-06-01")
    assert (d.meetings[0].key, d.meetings[0].date) == ("brussels-2019", "2019")


def test_defence_ministers_meeting_is_the_defence_ministerial_of_that_day():
    """Defence ministers (وزراء دفاع) meeting on the day the foreign ministers met elsewhere are
    the catalogue's defence ministerial, not the plenary of that day."""
    d = doc("اجتمع وزراء دفاع دول التحالف الدولي ضد داعش اليوم الثلاثاء لبحث مصير المعتقلين.",
            published="2018-02-13")
    m = d.meetings[0]
    assert (m.key, m.kind, m.date) == ("rome-2018-defense", "defense_ministerial", "2018-02-13")
    assert d.entities[m.city].name_en == "Rome"


def test_relative_days_of_several_words_and_today_after_a_meeting_word():
    """``أول من أمس`` is two days before publication (not ``أمس``); ``اليوم`` right after a
    meeting word dates it, while ``اليوم`` elsewhere (nowadays) does not."""
    d = doc("شارك الوزير في الاجتماع الوزاري للتحالف الدولي ضد داعش الذي عقد أول من أمس في واشنطن.",
            published="2019-02-08")
    assert (d.meetings[0].key, d.meetings[0].date) == ("washington-2019", "2019-02-06")
    d = doc("عقد وزراء دفاع التحالف الدولي ضد داعش اجتماعا لهم اليوم في ميونخ.", published="2020-02-14")
    assert (d.meetings[0].date, d.meetings[0].date_precision) == ("2020-02-14", "day")
    # (a city with no catalogue meeting: Munich's of 14 Feb 2020 would date it)
    d = doc("عقد وزراء دفاع التحالف الدولي ضد داعش اجتماعا في لشبونة لبحث ما يواجهه العالم اليوم.",
            published="2020-02-14")
    assert (d.meetings[0].date, d.meetings[0].date_precision) == ("2020-02", "month")   # the report's month, no day


def test_a_weekday_with_an_imperfect_meeting_verb_is_the_next_one():
    """``يستضيف … الخميس`` in a Wednesday paper is the next day, not the Thursday before."""
    d = doc("يستضيف وزير الخارجية الأمريكي الخميس الاجتماع الوزاري للتحالف الدولي ضد داعش في واشنطن.",
            published="2016-07-20")
    assert (d.meetings[0].key, d.meetings[0].date) == ("washington-2016", "2016-07-21")
    d = doc("استضاف وزير الخارجية الأمريكي الخميس الاجتماع الوزاري للتحالف الدولي ضد داعش في واشنطن.",
            published="2016-07-22")
    assert d.meetings[0].date == "2016-07-21"


def test_an_announced_meetings_yearless_day_is_the_next_one():
    """``سيجتمعون في 20 يوليو تموز`` in a paper of 13 July is this year's 20 July, not last year's."""
    d = doc("قالت الوزارة إن وزراء الدفاع في التحالف الدولي ضد داعش سيجتمعون في بروكسل في 20 يوليو تموز.",
            published="2016-07-13")
    m = next(m for m in d.meetings if m.announced)
    assert (m.date, m.date_precision) == ("2016-07-20", "day")


def test_a_place_reached_is_the_venue_and_small_places_are_known():
    """``وصل كوبنهاغن`` (arrived in) names the venue (the city, not Denmark's government), and a
    venue outside the big cities (الصخيرات) is a place the gazetteer knows."""
    d = doc("ويشارك العراق بوفد يترأسه وزير الدفاع الذي وصل كوبنهاغن، الأحد، لحضور اجتماع وزراء الدفاع "
            "في التحالف الدولي ضد داعش. ويبحث الاجتماع مرحلة ما بعد النصر في مدينة الموصل.")
    m = d.meetings[0]
    assert (d.entities[m.city].name_en, m.key, m.date_source) == ("Copenhagen", "copenhagen-2017-defense", "catalogue")
    d = doc("اجتمع المدراء السياسيون للتحالف الدولي ضد داعش بالصخيرات يوم الثلاثاء.", published="2018-06-27")
    assert (d.entities[d.meetings[0].city].name_en, d.meetings[0].date) == ("Skhirat", "2018-06-26")


def test_near_a_city_is_the_venue_the_text_names_elsewhere():
    """``قرب العاصمة واشنطن`` then ``في قاعدة أندروز``: one meeting, at the base, not in Washington."""
    d = doc("قالت الوزارة إن وزراء دفاع التحالف الدولي ضد داعش سيجتمعون قرب العاصمة واشنطن في 20 يوليو تموز.\n"
            "وقالت إن الاجتماع سيعقد في قاعدة أندروز.", published="2016-07-13")
    assert [(d.entities[m.city].name_en, m.date) for m in d.meetings] == [("Joint Base Andrews", "2016-07-20")]


def test_chiefs_of_defence_are_not_their_ministers():
    """Senior defence officials (كبار مسؤولي الدفاع) at a base: the one chiefs-of-defence meeting
    the catalogue holds there, not the defence ministers' meeting at the same base."""
    d = doc("اجتمع رئيس هيئة الأركان مع كبار مسؤولي الدفاع في دول التحالف الدولي ضد داعش بقاعدة أندروز الجوية.")
    assert (d.meetings[0].key, d.meetings[0].date) == ("andrews-2014-chods", "2014-10-14")


def test_a_coalition_format_meeting_reported_without_naming_the_coalition():
    """``تعهد وزراء دفاع سبع دول … أثناء اجتماع لهم في باريس أمس`` in an article about the
    coalition is its defence ministers' meeting (dated by أمس), though that sentence does not
    name the coalition; another body's defence ministers (الحلف) are not."""
    d = doc("تعهد وزراء دفاع خمس دول بتكثيف العمليات أثناء اجتماع لهم في لشبونة أمس.\n"
            "وقال الوزير إن الدول تشارك في التحالف ضد داعش.", published="2019-03-05")
    assert [(d.entities[m.city].name_en, m.date) for m in d.meetings] == [("Lisbon", "2019-03-04")]
    d = doc("اجتمع وزراء دفاع دول حلف شمال الأطلسي في لشبونة أمس.\n"
            "وقال الوزير إن الدول تشارك في التحالف ضد داعش.", published="2019-03-05")
    assert d.meetings == []


def test_an_undated_text_names_the_catalogue_meeting_by_city_and_weekday():
    # no publication date: Washington alone is several catalogue meetings, on a Thursday only one
    d = doc("وقال الوزير في اجتماع التحالف الدولي ضد داعش الذي عقد بمدينة واشنطن مساء الخميس إن الحرب مستمرة.")
    assert [(m.date, m.date_source) for m in d.meetings] == [("2016-07-21", "catalogue")]
    # no weekday: still ambiguous, no guess
    d = doc("وقال الوزير في اجتماع التحالف الدولي ضد داعش الذي عقد بمدينة واشنطن إن الحرب مستمرة.")
    assert [m.date for m in d.meetings] == [None]


def test_a_weekday_picks_the_catalogue_meeting_when_the_texts_year_is_another_events():
    # Niamey: a one-day meeting on Wednesday 26 Oct 2022 and a two-day plenary on Wed-Thu 1-2
    # March 2023. The year 2022 is Marrakesh's; the closing Thursday is the plenary's second day.
    text = ("تبنت مجموعة التركيز الخاصة بإفريقيا التابعة للتحالف الدولي ضد داعش أمس الخميس في ختام اجتماعها "
            "العام المنعقد على مدى يومين بنيامي خطة عملها، تعزيزا لتوجهات الاجتماع الوزاري المنعقد بمراكش في ماي 2022.")
    assert [m.date for m in doc(text).meetings] == ["2023-03-01"]
    # the year named is the meeting's and its row is dated to the month only: it is kept
    text = ("استضافت العاصمة الإيطالية روما أمس الثلاثاء اجتماع المديرين السياسيين للمجموعة المصغرة للتحالف "
            "الدولي ضد داعش لمراجعة حملة التحالف لعام 2023.")
    assert [m.key for m in doc(text).meetings] == ["rome-2023-small-group"]


def test_a_meeting_with_one_official_is_a_visits_talks():
    text = ("ويزور المبعوث الخاص للتحالف الدولي ضد داعش المغرب الأسبوع المقبل، إلى جانب لقاء مع وزير الدفاع "
            "السعودي الموجود بمدينة طنجة.")
    assert doc(text, published="2015-09-04").meetings == []
    # with the ministers of the coalition's states: a meeting
    d = doc(text.replace("لقاء مع وزير الدفاع السعودي الموجود", "لقاء مع وزراء دفاع دول التحالف"), published="2015-09-04")
    assert [d.entities[m.city].name_en for m in d.meetings] == ["Tangier"]


def test_a_briefing_by_video_is_no_meeting():
    d = doc("وقال المتحدث باسم التحالف الدولي ضد داعش في مؤتمر عبر الفيديو من بغداد اليوم الثلاثاء إن العمليات مستمرة.",
            published="2015-11-24")
    assert d.meetings == []


def test_the_dead_sea_resort_is_a_venue():
    d = doc("عقد أمس في منطقة البحر الميت في الأردن اجتماع للتحالف الدولي ضد داعش.", published="2019-05-03")
    assert [(d.entities[m.city].name_en, m.date) for m in d.meetings] == [("Dead Sea", "2019-05-02")]


def test_a_closing_report_dates_the_meeting_from_its_first_day():
    text = "أقرت مجموعة التركيز الإفريقية للتحالف الدولي ضد داعش أمس الخميس في ختام اجتماعها المنعقد على مدى يومين بنيامي خطة عمل."
    d = doc(text, published="2024-06-14")
    assert [m.date for m in d.meetings] == ["2024-06-12"]      # Thursday 13 June was its second day
    d = doc(text.replace(" المنعقد على مدى يومين", ""), published="2024-06-14")
    assert [m.date for m in d.meetings] == ["2024-06-13"]


def test_a_preview_days_before_names_the_meeting_by_its_capital_and_the_day_of_the_telling_is_not_its_day():
    # العاصمة الإيطالية = Rome; الجمعة dates the telling; the one catalogue meeting there
    # within two weeks after publication is this one, on its day
    d = doc("قال مسؤول في الخارجية الأميركية، الجمعة، إن شركاء التحالف الدولي ضد داعش سيبحثون إعادة "
            "الإعمار في اجتماع نهاية الأسبوع الجاري بالعاصمة الإيطالية.", published="2021-06-25")
    got = [(m.key, m.date, m.date_precision, m.date_source) for m in d.meetings]
    assert ("rome-2021", "2021-06-28", "day", "catalogue") in got
    # published months before: the year only, as for any announced meeting
    d = doc("قال مسؤول في الخارجية الأميركية، الجمعة، إن شركاء التحالف الدولي ضد داعش سيبحثون إعادة "
            "الإعمار في اجتماع نهاية الأسبوع الجاري بالعاصمة الإيطالية.", published="2021-03-05")
    assert all(m.date != "2021-06-28" for m in d.meetings)


def test_a_summit_of_another_community_of_states_is_no_coalition_meeting():
    d = doc("وكان الرئيس التشادي أعلن، في كلمته أمام القمة الأفريقية، بأديس أبابا، الأحد، أن بلاده قررت "
            "الانضمام للتحالف الدولي ضد داعش.", published="2019-02-11")
    assert [m.key for m in d.meetings if "addis" in m.key or (m.city and d.entities[m.city].name_en == "Addis Ababa")] == []


def test_an_undated_texts_day_and_month_in_the_venue_state_name_one_catalogue_meeting():
    # no year, no publication date: 28 June in Italy is one catalogue meeting (Rome 2021)
    d = doc("أعلنت مصادر دبلوماسية عن اجتماع جديد للتحالف الدولي ضد داعش في إيطاليا. "
            "الاجتماع، المقرر له الثامن والعشرين من يونيو القادم، سيبحث تمويل الاستقرار.")
    assert [(m.key, m.date, m.date_source) for m in d.meetings] == [("rome-2021", "2021-06-28", "catalogue")]
    # a day no catalogue meeting was held on: no meeting is guessed
    d = doc("أعلنت مصادر دبلوماسية عن اجتماع جديد للتحالف الدولي ضد داعش في إيطاليا. "
            "الاجتماع، المقرر له الثالث من يناير القادم، سيبحث تمويل الاستقرار.")
    assert all(m.date_source != "catalogue" for m in d.meetings)


def test_a_dateline_on_its_own_line_dates_the_article_and_a_host_of_its_state_places_the_meeting():
    d = doc("بروكسل - 3 ديسمبر 2014\nاحتضنت الحكومة البلجيكية اليوم اجتماعا لوزراء خارجية التحالف الدولي ضد داعش.")
    assert (d.published, d.published_source) == ("2014-12-03", "dateline")
    assert [(m.key, m.date) for m in d.meetings] == [("brussels-2014", "2014-12-03")]


def test_here_in_a_report_is_the_datelines_city_but_a_dateline_alone_is_no_venue():
    here = doc("الكويت، 13 فبراير (كونا) -- انطلقت هنا اليوم أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش.")
    assert [m.key for m in here.meetings] == ["kuwait-2018"]
    filed = doc("الرياض - 6 فبراير 2019\nشارك وزير الخارجية السعودي اليوم في اجتماع وزراء التحالف الدولي ضد داعش.")
    assert all(m.city != "wd:Q3692" for m in filed.meetings)


def test_a_city_and_a_day_without_its_year_are_the_one_catalogue_meeting_held_there_that_day():
    hit = doc("احتضنت العاصمة الأمريكية واشنطن، يوم 6 فبراير الماضي، اجتماع وزراء التحالف الدولي ضد داعش.")
    assert [(m.key, m.date, m.date_source) for m in hit.meetings] == [("washington-2019", "2019-02-06", "catalogue")]
    none = doc("اجتمع وزراء التحالف الدولي ضد داعش في واشنطن يوم 9 مارس.")
    assert [(m.key, m.date) for m in none.meetings] == [("washington-undated", None)]


def test_a_meeting_on_the_sidelines_of_another_bodys_summit_is_the_coalitions():
    d = doc("على هامش قمة حلف الناتو في بروكسل يوم 12 يوليو 2018، اجتمع وزراء التحالف الدولي ضد داعش.")
    assert [(m.key, m.date) for m in d.meetings] == [("brussels-2018-small-group", "2018-07-12")]
    assert doc("وعقدت قمة حلف الناتو في بروكسل بحضور أعضاء التحالف الدولي ضد داعش.").meetings == []


def test_the_venue_and_first_day_of_a_closing_report_come_from_the_meeting_told_next():
    d = doc("اختتم في النمسا، اليوم الخميس، الاجتماع الأول لمجموعة عمل المقاتلين الأجانب التابعة للتحالف الدولي ضد "
            "داعش.\nوقالت الخارجية النمساوية إن الاجتماع، الذي انطلق في فيينا أمس، ناقش تبادل المعلومات.",
            published="2019-05-16")
    m = d.meetings[0]
    assert d.entities[m.city].name_en == "Vienna" and (m.date, m.date_source) == ("2019-05-15", "text")
    # a meeting in the same sentence shape that names another day and no start is not this one
    d = doc("اختتم في النمسا، اليوم الخميس، الاجتماع الأول لمجموعة عمل المقاتلين الأجانب التابعة للتحالف الدولي ضد "
            "داعش.\nوقالت الخارجية النمساوية إن الاجتماع، الذي عقد في فيينا في 2 مايو، ناقش تبادل المعلومات.",
            published="2019-05-16")
    assert d.meetings[0].date == "2019-05-16"


def test_a_coalition_format_placed_by_its_state_or_another_city_of_it_is_the_one_catalogue_meeting():
    # a focus group in another city of the state where the catalogue's one of that year was held
    d = doc("انعقد في مدينة بورتو نوفو اجتماع مجموعة التركيز الإفريقية التابعة للتحالف الدولي ضد داعش.",
            published="2023-11-18")
    assert (d.meetings[0].key, d.meetings[0].date_source) == ("cotonou-2023-focus-group", "catalogue")
    # a small group placed only by its state, in an undated text
    d = doc("يعقد التحالف الدولي ضد داعش اجتماعا مصغرا في إسبانيا لبحث الوضع في سوريا.")
    assert d.meetings[0].key == "madrid-2025-small-group"
    # a state with no such meeting in the catalogue: no guess
    d = doc("يعقد التحالف الدولي ضد داعش اجتماعا مصغرا في البرتغال لبحث الوضع في سوريا.")
    assert all(m.date_source != "catalogue" for m in d.meetings)


def test_political_directors_pick_the_small_group_of_their_level():
    d = doc("شهدت العاصمة البلجيكية بروكسل اجتماعا لكبار الممثلين الدبلوماسيين من المجموعة المصغرة للتحالف الدولي "
            "ضد داعش.")
    assert d.meetings[0].key == "brussels-2021-small-group"
    d = doc("شهدت العاصمة البلجيكية بروكسل اجتماعا لوزراء المجموعة المصغرة للتحالف الدولي ضد داعش.")
    assert d.meetings[0].key != "brussels-2021-small-group"


def test_today_of_a_statement_is_the_day_of_the_telling_not_of_the_meeting():
    d = doc("أعلنت الوزارة في بيان صدر اليوم الجمعة أن وزير الخارجية حضر الاجتماع الوزاري للتحالف الدولي ضد داعش في "
            "واشنطن.", published="2016-07-22")
    assert (d.meetings[0].date, d.meetings[0].date_source) == ("2016-07-21", "catalogue")
    d = doc("انطلقت اليوم الجمعة في واشنطن أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش.", published="2016-07-22")
    assert (d.meetings[0].date, d.meetings[0].date_source) == ("2016-07-22", "text")


def test_the_date_of_an_agency_dateline_is_the_reports_not_the_meetings():
    d = doc("الدوحة 3 مارس 2016 (شينخوا) ترأست قطر الاجتماع الثالث لمجموعة العمل المعنية بالاستقرار في إطار التحالف "
            "الدولي ضد داعش الذي استضافته العاصمة الدوحة.", published="2016-03-03")
    m = d.meetings[0]
    assert d.entities[m.city].name_en == "Doha" and (m.date, m.date_precision) == ("2016", "year")


def test_an_undated_texts_day_and_month_name_the_one_catalogue_meeting_of_that_kind_that_day():
    # no publication date: 30 March is the one online meeting of the catalogue held that day
    d = doc("يستضيف الوزيران اجتماعا افتراضيا يوم 30 مارس الجاري للتحالف الدولي ضد داعش.\n"
            "وقال المتحدث إن الاجتماع سيبحث الوضع في العراق.")
    assert (d.meetings[0].key, d.meetings[0].date_source) == ("virtual-2021-small-group", "catalogue")
    # a day no online meeting of the catalogue was held: no guess
    d = doc("يستضيف الوزيران اجتماعا افتراضيا يوم 17 مارس الجاري للتحالف الدولي ضد داعش.")
    assert all(m.date_source != "catalogue" for m in d.meetings)


def test_a_preview_is_about_the_meeting_it_announces_first():
    """The first coalition meeting told is announced for a weekday in a city, though the
    sentence opens with a verb of telling; the later "the meeting" / "Thursday's meeting" with no
    city of their own are that meeting, not a cityless one of last Thursday."""
    d = doc("أعلنت الخارجية الفرنسية أن التحالف الدولي ضد داعش سيعقد اجتماعا الخميس المقبل في لشبونة. "
            "وقالت الخارجية إن الشركاء في التحالف سيشاركون في الاجتماع لبحث دعم العراق. "
            "وبعد اجتماع الخميس يتوجه الوزير إلى مدريد.", published="2019-03-04")
    assert [(d.entities[m.city].name_en if m.city else None, m.date, m.announced) for m in d.meetings] == \
        [("Lisbon", "2019-03-07", True)]


def test_a_date_of_the_meeting_before_is_not_this_ones_and_today_in_a_month_dated_article():
    """The date after بعد الجلسة الافتتاحية belongs to that earlier session; the session held
    "today" in an article dated only by its month is of that month."""
    d = doc("الجلسة العامة اليوم لشركاء التحالف الدولي ضد داعش هي الثانية التي تعقد في أوتاوا، وذلك بعد "
            "الجلسة الافتتاحية بتاريخ 5 مارس 2016.", published="2016-09")
    m = d.meetings[0]
    assert (d.entities[m.city].name_en, m.date, m.date_precision) == ("Ottawa", "2016-09", "month")


def test_an_undated_texts_year_told_by_the_coalitions_age_and_a_ministerial_on_the_small_groups_day():
    """No publication date: "after five years of engagement" is 2019; a ministerial meeting in
    Washington on a Thursday that year is the small group's ministerial (the plenary of 2019 was
    a Wednesday), not the Thursday ministerial of 2016."""
    d = doc("التقى وزراء من التحالف الدولي ضد داعش في اجتماع وزاري انعقد الخميس بواشنطن، وأشادوا بما تحقق "
            "بعد خمس سنوات من الانخراط في الحرب على التنظيم.")
    m = d.meetings[0]
    assert (m.key, m.date) == ("washington-2019-small-group", "2019-11-14")


def test_a_meeting_held_against_isis_before_the_coalition_had_its_name():
    """An article that never names the coalition: a conference held to fight ISIS is its
    meeting; its span of days (الأحد والاثنين) holds the catalogue's day, which dates it."""
    d = doc("تستضيف فرنسا الأحد والاثنين في باريس مؤتمرا دوليا للتصدي لتنظيم داعش بمشاركة وزراء خارجية "
            "عشرين دولة.", published="2014-09-12")
    m = d.meetings[0]
    assert (m.key, m.date, m.date_source) == ("paris-2014", "2014-09-15", "catalogue")
    # a conference on rebuilding, though the war on ISIS is named after it, is none
    d = doc("وعقد في الكويت المؤتمر الدولي حول إعادة إعمار العراق الذي دمرته الحرب ضد داعش.", published="2018-02-14")
    assert d.meetings == []


def test_a_day_the_text_gives_instead_of_the_catalogues_names_the_meeting_of_that_day():
    """The text's day replaces a catalogue date: the meeting is no longer that catalogue row
    (whose day differs) but the one held that day, or none."""
    d = doc("اجتمع شركاء التحالف الدولي ضد داعش في واشنطن. وقال مسؤول إن اجتماعا بواشنطن عقد أمس الجمعة.",
            published="2017-03-25")
    m = d.meetings[0]
    assert m.date == "2017-03-24" and m.key != "washington-2017"
    d = doc("اجتمع وزراء دفاع التحالف الدولي ضد داعش في واشنطن. وقال وزير إن اجتماعا بواشنطن عقد أمس الأربعاء.",
            published="2016-07-21")
    assert (d.meetings[0].key, d.meetings[0].date) == ("andrews-2016-defense", "2016-07-20")


def test_talks_with_many_ministers_and_two_meetings_in_one_city_and_year_months_apart():
    """Talks (محادثات) held today with a counterpart and a dozen ministers of the coalition are
    its meeting, not a bilateral one; meetings no catalogue row names, in one city and year but
    months apart, stay two meetings across articles."""
    a = doc("يجري اليوم وزير الدفاع الأميركي محادثات في أوسلو مع نظيره النرويجي و12 وزير دفاع من التحالف "
            "الدولي ضد داعش.", id="a", published="2017-10-24")
    b = doc("اجتمع وزراء دفاع التحالف الدولي ضد داعش في أوسلو اليوم الثلاثاء.", id="b", published="2017-03-07")
    rows = meetings_json([a, b])
    assert sorted((r["city"], r["date"]) for r in rows) == [("Oslo", "2017-03-07"), ("Oslo", "2017-10-24")]


def test_a_meeting_just_reported_in_its_city_without_a_day_is_of_the_reports_month():
    """No day for a meeting just reported in its city (not announced, not past): the month of
    a report dated to the day, not a day guessed; with no city, nothing."""
    d = doc("استضافت العاصمة أوسلو اجتماعا لمجموعة العمل التابعة للتحالف الدولي ضد داعش.", published="2017-05-27")
    m = d.meetings[0]
    assert (m.date, m.date_precision) == ("2017-05", "month")
    d = doc("استضافت العاصمة أوسلو اجتماعا لمجموعة العمل التابعة للتحالف الدولي ضد داعش.", published="2017-06-02")
    assert (d.meetings[0].date, d.meetings[0].date_precision) == ("2017", "year")


def test_an_undated_text_placing_its_meeting_nowhere_names_the_one_catalogue_meeting_of_the_year_it_implies():
    """No city, no date, no publication date: the coalition's age gives the year; the meeting is
    the catalogue's only one that year, and none when that year held several."""
    text = ("بمناسبة الذكرى {} لتأسيس التحالف الدولي ضد داعش، ترأس وزير الخارجية الاجتماع بحضور وفود "
            "الدول الأعضاء.")
    d = doc(text.format("العاشرة"))
    assert [(m.key, m.date) for m in d.meetings] == [("washington-2024", "2024-09-30")]
    assert doc(text.format("الثامنة")).meetings == []


def test_convene_is_a_meeting_verb():
    """يلتئم / التأم (convene): the ministers convening tomorrow in a city meet there then."""
    d = doc("يلتئم وزراء خارجية التحالف الدولي ضد داعش غدا في الرياض.", published="2023-06-07")
    assert [(d.entities[m.city].name_en, m.date) for m in d.meetings] == [("Riyadh", "2023-06-08")]


def test_an_undated_meeting_on_the_margins_of_the_general_assembly_is_of_its_sessions_year():
    d = doc("شارك الوزير في اجتماع المجموعة المصغرة للتحالف الدولي ضد داعش الذي عقد في نيويورك على هامش "
            "الدورة الرابعة والسبعين للجمعية العامة للأمم المتحدة.")
    m = d.meetings[0]
    assert (d.entities[m.city].name_en, m.date, m.date_precision) == ("New York City", "2019", "year")


def test_an_announced_meeting_is_dated_by_its_relative_day_and_never_a_catalogue_meeting_held_before():
    """سيجتمعون غدا في بروكسل, published in 2021: tomorrow, not Brussels' only ministerial (2014)."""
    d = doc("قال مسؤول إن وزراء التحالف الدولي ضد داعش سيجتمعون غدا في بروكسل.", published="2021-12-01")
    assert [(d.entities[m.city].name_en, m.date) for m in d.meetings] == [("Brussels", "2021-12-02")]


def test_a_conference_scheduled_for_a_day_is_dated_by_that_day_not_by_the_telling():
    """أكدت إيران، أمس السبت، … المؤتمر الدولي المقرر غدا الاثنين في باريس: the day after المقرر is
    the conference's (Saturday is the telling's); a conference against ISIS in a catalogue meeting's
    city on its very day is that meeting, though the sentence does not name the coalition."""
    d = doc("أكدت إيران، أمس السبت، أنها لا ترغب المشاركة في المؤتمر الدولي المقرر غدا الاثنين في باريس "
            "لتنظيم عمليات التصدي لمسلحي الدولة الإسلامية. وتقود واشنطن التحالف الدولي ضد التنظيم.",
            published="2014-09-14")
    assert [(m.key, m.date, m.announced) for m in d.meetings] == [("paris-2014", "2014-09-15", True)]
    d = doc("أكدت إيران، أمس السبت، أنها لا ترغب المشاركة في المؤتمر الدولي المقرر غدا الاثنين في باريس "
            "لبحث الأزمة في ليبيا. وتقود واشنطن التحالف الدولي ضد التنظيم.", published="2014-09-14")
    assert [(m.key, m.date) for m in d.meetings] == [("paris-2014-09", "2014-09-15")]   # on Libya: another


def test_meeting_a_council_or_troops_on_a_visit_is_no_coalition_meeting():
    """مبعوث التحالف … زار شمال سوريا، أمس الأربعاء، والتقى بالمجلس: an envoy meets a body on a visit."""
    d = doc("كشف عضو بمجلس محلي أن مبعوث التحالف الدولي إلى سوريا زار شمال سوريا، أمس الأربعاء، والتقى بالمجلس "
            "لبحث إدارة مدينة الرقة.", published="2017-06-29")
    assert d.meetings == []


def test_a_meeting_at_an_organisations_headquarters_is_in_its_seat_on_the_day_given():
    """قبيل مغادرته مساء الخميس 11 شباط/فبراير مقر حلف شمال الأطلسي: NATO's seat is Brussels; the day
    of the year (no year, no publication date) picks the catalogue row before the weekday alone."""
    d = doc("وقال وزير الدفاع الكويتي قبيل مغادرته مساء الخميس 11 شباط/فبراير مقر حلف شمال الأطلسي، بعد "
            "مشاركته في اجتماع البلدان الأعضاء في التحالف الدولي ضد داعش، إن القواعد الجوية مفتوحة.")
    m = d.meetings[0]
    assert (m.key, m.date, d.entities[m.city].name_en) == ("brussels-2016-defense", "2016-02-11", "Brussels")


def test_meeting_patterns_are_written_in_the_folded_letters_they_are_matched_against():
    # the sentence is folded before matching (رئيس → رييس, مؤتمر → موتمر, على → علي): a pattern
    # spelled with hamza or alif maqsura never matched (talks "with the prime minister" were a meeting)
    # (and the word lists of every stage: الفائت "last" never matched الفايت)
    import importlib
    import pkgutil
    import re
    import coalition_kg.loaders as stages
    from coalition_kg.loaders import meetings
    from coalition_kg.loaders.normalize import fold
    patterns = {k: v.pattern for k, v in vars(meetings).items() if isinstance(v, re.Pattern)}
    assert patterns and {k: p for k, p in patterns.items() if fold(p) != p} == {}
    letters, unfolded = set("أإآىةؤئ"), {}     # the letters the normaliser folds into others
    for info in pkgutil.iter_modules(stages.__path__):
        for k, v in vars(importlib.import_module(f"coalition_kg.loaders.{info.name}")).items():
            if not k.startswith("__") and isinstance(v, (set, frozenset, tuple, dict)) and v and \
                    all(isinstance(w, str) for w in v):
                unfolded.update({f"{info.name}.{k}": w for w in v if letters & set(w)})
    assert unfolded == {}


def test_talks_by_telephone_or_with_one_official_are_no_meeting():
    for s in ("وكان وزير الخارجية قد أجرى، مساء أول أمس، مباحثات هاتفية مع الأمين العام للجامعة العربية "
              "داعيا إلى دعم التحالف الدولي ضد داعش.",
              "وخلال زيارتها إلى بغداد التقت الوزيرة قوات التحالف الدولي وأجرت محادثات مع رئيس الوزراء العراقي.",
              "وأجرى الوزير محادثات مع وزير الدفاع العراقي بشأن دعم التحالف الدولي ضد داعش."):
        assert doc(s, published="2017-11-29").meetings == [], s
    # talks beside a meeting of the coalition leave the meeting
    d = doc("اجتمع وزراء التحالف الدولي ضد داعش في باريس اليوم، وأجرى الوزير محادثات مع رئيس الوزراء العراقي.",
            published="2016-10-25")
    assert [m.city and d.entities[m.city].name_en for m in d.meetings] == ["Paris"]


def test_a_conference_ahead_and_a_meeting_closed_over_days():
    d = doc("وقال الوزير إن المؤتمر المقبل للتحالف الدولي ضد داعش في الرياض سيبحث إعادة الإعمار.", published="2018-01-10")
    assert d.meetings and d.meetings[0].announced
    d = doc("وفي ختام اجتماعهم في الكويت الذي استمر ثلاثة أيام، قال وزراء التحالف الدولي ضد داعش اليوم الخميس إن …",
            published="2018-02-15")
    assert d.meetings[0].date == "2018-02-13"


def test_the_date_of_the_statement_is_not_the_meetings_and_last_july_is_of_the_telling_year():
    d = doc("وذكرت الوزارة في بيان نشر مساء أمس الجمعة، 28 آب 2020، ان التحالف الدولي ضد داعش عقد نهاية "
            "شهر تموز الماضي اجتماعا لمجموعة مكافحة تمويل داعش في روما.", published="2020-08-29")
    assert [(m.date, m.date_source) for m in d.meetings] == [("2020-07", "text")]
    # the statement's day names a meeting that came between: then it is the meeting's
    d = doc("وذكرت الوزارة في بيان عن اجتماع التحالف الدولي ضد داعش الذي عقد في روما يوم 28 آب 2020 أن …",
            published="2020-08-30")
    assert [m.date for m in d.meetings] == ["2020-08-28"]


def test_a_meeting_named_after_its_city_is_held_there():
    # اجتماع باريس، مؤتمر لندن: the capital after a meeting noun in construct is the city, not
    # its government (باريس alone may stand for France)
    d = doc("وقال الوزير إن اجتماع باريس للتحالف الدولي ضد داعش أمس الأول خرج بإستراتيجيات جديدة.",
            published="2016-01-22")
    assert [(d.entities[m.city].name_en, m.date) for m in d.meetings] == [("Paris", "2016-01-20")]
    assert not [e for e in d.entities.values() if e.name_en == "France" and "باريس" in e.surfaces]


def test_a_meeting_that_will_convene_or_is_scheduled_is_announced():
    for s in ("دعا التحالف الدولي ضد داعش وزراء دفاع 26 دولة للمشاركة في اجتماع بروكسل الذي سينعقد بعد ثلاثة أسابيع.",
              "وقال الوزير إن اجتماعا مقررا في لندن لوزراء دفاع التحالف الدولي ضد داعش سيبحث الخطط."):
        d = doc(s, published="2016-01-22")
        assert d.meetings and all(m.announced for m in d.meetings), s


def test_a_council_in_its_session_holds_its_own_meeting():
    # a cabinet welcoming the coalition's statement from Rome "in its meeting today": the day is
    # the cabinet's, and its session no meeting of the coalition
    d = doc("رحب مجلس الوزراء، في اجتماعه اليوم الإثنين، ببيان وزراء خارجية دول التحالف الدولي ضد داعش "
            "الصادر في روما.", published="2016-02-08")
    assert not [m for m in d.meetings if m.date == "2016-02-08"]
    d = doc("وأكد وزراء التحالف الدولي ضد داعش في اجتماعهم اليوم الإثنين في روما عزمهم.", published="2016-02-02")
    assert [m.date for m in d.meetings] == ["2016-02-01"]


def test_a_meeting_today_held_where_the_speakers_are_on_the_sidelines_of_an_event_today():
    d = doc("وقال وزير الدفاع الأمريكي في مؤتمر صحفي على هامش مؤتمر الأمن المنعقد في ميونيخ اليوم (الجمعة) إن "
            "العمل لم ينته. ووصف الوضع بأنه معقد، وقال: ناقشناه في اجتماع التحالف الدولي ضد داعش اليوم.",
            published="2020-02-14")
    assert [(d.entities[m.city].name_en, m.date) for m in d.meetings] == [("Munich", "2020-02-14")]
    # an event elsewhere on another day places nothing
    d = doc("وقال الوزير على هامش مؤتمر الأمن المنعقد في ميونيخ الأسبوع الماضي إن العمل لم ينته. "
            "وقال: ناقشناه في اجتماع التحالف الدولي ضد داعش اليوم.", published="2020-02-20")
    assert all(m.city is None for m in d.meetings)


def test_an_undated_meeting_told_by_its_member_count_is_the_one_ministerial_of_that_many():
    d = doc("وأعلن المتحدث باسم الخارجية الأمريكية أن روسيا لن تشارك في الاجتماع الوزاري لـ 68 دولة في التحالف "
            "الدولي ضد داعش.")
    assert [(m.key, m.date) for m in d.meetings] == [("washington-2017", "2017-03-22")]
    # a count no ministerial had leaves it unplaced
    d = doc("وأعلن المتحدث أن روسيا لن تشارك في الاجتماع الوزاري لـ 61 دولة في التحالف الدولي ضد داعش.")
    assert [m.key for m in d.meetings if m.date] == []


def test_military_commanders_of_the_members_are_chiefs_of_defence():
    """The members' military commanders (القادة العسكريون) meeting at a base are its chiefs of
    defence: the catalogue's one chiefs' meeting there, though the text gives no year (and
    Tuesday in the Levantine spelling الثلثاء)."""
    d = doc("يلتقي القادة العسكريون لدول التحالف الدولي ضد داعش في اجتماع بقاعدة أندروز يوم الثلثاء لبحث سير الحملة.")
    m = d.meetings[0]
    assert (m.key, m.date) == ("andrews-2014-chods", "2014-10-14")
    assert "agrees" in (m.date_note or "")


def test_a_later_session_told_first_does_not_date_the_meeting():
    """The host received the delegates on the conference's second day (told first); the text
    says the conference began the day before: the meeting's date is its first day."""
    d = doc("استقبل وزير الدفاع أمس الجمعة (12 مارس 2027) رؤساء أركان دول التحالف الدولي ضد داعش في اجتماع بالرياض. "
            "وكان رؤساء أركان دول التحالف قد بدأوا الخميس اجتماعهم في العاصمة الرياض.", published="2027-03-13")
    assert [m.date for m in d.meetings][:1] == ["2027-03-11"]


def test_a_day_a_week_earlier_is_another_event_not_the_opening():
    """Near miss: an earlier day more than a few days before is no first day of the same meeting."""
    d = doc("اجتمع رؤساء أركان دول التحالف الدولي ضد داعش أمس الجمعة (12 مارس 2027) في الرياض. "
            "وكان رؤساء أركان دول التحالف قد عقدوا اجتماعا يوم 2 مارس 2027 في الرياض.", published="2027-03-13")
    assert d.meetings[0].date == "2027-03-12"


def test_a_meeting_on_a_catalogue_day_in_its_city_is_that_meeting_though_isis_is_not_named():
    """In an article about the coalition, a regional meeting held in the catalogue meeting's city
    on its very day is that meeting (one key, merged with other articles), not a second one."""
    text = ("قال دبلوماسيون إن واشنطن تسعى إلى توسيع التحالف الدولي ضد داعش. "
            "ويعقد في باريس يوم غد الاثنين اجتماع دولي يضم وزراء خارجية عشرين دولة.")
    d = doc(text, published="2014-09-14")
    assert [(m.key, m.date) for m in d.meetings] == [("paris-2014", "2014-09-15")]
    # near miss: another day there is another meeting, keyed by its own day
    d = doc(text, published="2014-09-21")
    assert [(m.key, m.date) for m in d.meetings] == [("paris-2014-09", "2014-09-22")]


def test_another_bodys_summit_named_again_is_not_the_coalitions_meeting():
    """A NATO summit told first, then "the summit" in a sentence where the coalition is only a
    topic (the alliance should join it), then "the Brussels summit": no coalition meeting."""
    d = doc("ويصادق القادة على الخطة الخميس في قمة قادة حلف شمال الأطلسي (ناتو) في بروكسل. "
            "وسبق الرئيس الأمريكي القمة بمطالبة الحلف بالانضمام إلى التحالف ضد تنظيم داعش. "
            "وقال مسؤول إن الرئيس سيطالب الحلفاء خلال قمة بروكسل بزيادة الإنفاق.", published="2030-05-20")
    assert d.meetings == []


def test_a_coalition_meeting_on_the_sidelines_of_a_summit_is_still_reported():
    """Near miss: after the alliance's summit, the coalition's ministers meeting (a verb of their
    own) are the coalition's meeting."""
    d = doc("ويصادق القادة على الخطة الخميس في قمة قادة حلف شمال الأطلسي (ناتو) في بروكسل. "
            "واجتمع وزراء خارجية التحالف الدولي ضد داعش في بروكسل على هامش القمة.", published="2030-05-20")
    assert [d.entities[m.city].name_en for m in d.meetings] == ["Brussels"]


def test_a_city_fought_over_is_no_venue():
    """The city the fighters liberated (حرروا مدينة …) is the battle's, not a meeting's venue."""
    d = doc("وقال القائد إن الاجتماعات الوزارية للتحالف الدولي ضد داعش لا تكفي، فالمقاتلون حرروا مدينة الموصل بأنفسهم.")
    assert d.meetings == [] or all(m.city is None for m in d.meetings)


def test_the_venue_stays_when_the_battle_is_the_topic():
    """Near miss: ministers meeting in one city to discuss taking another: the first is the venue."""
    d = doc("اجتمع وزراء دفاع التحالف الدولي ضد داعش في مدينة أربيل لبحث خطة تحرير مدينة الموصل.", published="2030-03-02")
    assert [d.entities[m.city].name_en for m in d.meetings] == ["Erbil"]


def test_a_cityless_meeting_dated_only_by_the_telling_day_is_not_kept():
    """A spokesman told "today" that the coalition's withdrawal began with a committee's first
    meeting: no city, no catalogue meeting that day — the day is the telling's, no fact."""
    d = doc("أعلن المتحدث باسم الحكومة، اليوم الخميس، أن انسحاب قوات التحالف الدولي بدأ منذ الاجتماع الأول للجنة المشتركة.",
            published="2030-01-10")
    assert d.meetings == []


def test_a_cityless_report_on_a_catalogue_meetings_day_is_kept():
    """Near miss: told on the very day the catalogue holds a coalition meeting: that meeting."""
    d = doc("أكد الوزير اليوم الأربعاء أن اجتماع التحالف الدولي ضد داعش كان مثمرا للغاية.", published="2022-05-11")
    assert [m.key for m in d.meetings] == ["marrakesh-2022"]


def test_a_meeting_announced_within_a_span_takes_the_year_the_span_ends_in():
    """Told in mid-December that a coalition meeting will be held in Rome "within six weeks":
    next year's (the catalogue's Rome meeting of that year), not the publication's year."""
    d = doc("سيعقد التحالف الدولي ضد داعش اجتماعا لوزرائه في روما خلال ستة أسابيع، بحسب الوزير.",
            published="2015-12-15")
    assert [(m.key, m.date[:4]) for m in d.meetings] == [("rome-2016-small-group", "2016")]


def test_a_span_ending_in_the_same_year_keeps_the_publications_year():
    """Near miss: told in March, "within two weeks" stays in that year."""
    d = doc("سيعقد التحالف الدولي ضد داعش اجتماعا لوزرائه في مدينة أربيل خلال أسبوعين، بحسب الوزير.",
            published="2030-03-02")
    assert [m.date[:4] for m in d.meetings] == ["2030"]


def test_military_commanders_beside_the_ministers_leave_a_plenary_its_kind():
    """Near miss: foreign ministers meeting with the military commanders present: a ministerial."""
    d = doc("اجتمع وزراء خارجية دول التحالف الدولي ضد داعش بحضور القادة العسكريين في واشنطن أمس الأربعاء.",
            published="2017-03-23")
    assert (d.meetings[0].kind, d.meetings[0].key) == ("ministerial", "washington-2017")


def test_a_date_in_brackets_after_another_city_is_that_meetings():
    # the third small-group ministerial, in Rome, after London (January 2015) and Paris (June 2015):
    # neither bracketed date is Rome's; "ministerial" names the catalogue's ministerial small group
    d = doc('القمة الوزارية التي ستعقدها المجموعة الصغيرة للتحالف الدولي ضد داعش في روما هي الثالثة من نوعها، '
            'بعد لقائي القمة اللذين جريا في "لندن" (يناير 2015) و"باريس" (يونيو 2015).')
    assert [(m.key, m.date) for m in d.meetings if d.entities[m.city].name_en == "Rome"] == \
        [("rome-2016-small-group", "2016-02-02")]


def test_a_meeting_about_isis_on_a_catalogue_meetings_very_day_there_is_that_meeting():
    """الاجتماع الوزاري لمكافحة داعش، المعقود في واشنطن في 21 تموز/يوليو (the coalition unnamed):
    the text gives the day of the catalogue's Washington meeting, so both reports merge."""
    a = doc("٢٢ يوليو، ٢٠١٦\nانضم الإنتربول إلى التحالف.\nوقال الأمين العام يورغن شتوك الذي يشارك في الاجتماع "
            "الوزاري لمكافحة داعش، المعقود في واشنطن في 21 تموز/يوليو، إن الشرطة في الخطوط الأمامية.", id="a")
    b = doc("اجتمع وزراء خارجية ودفاع دول التحالف الدولي ضد داعش في واشنطن يوم 21 يوليو 2016.", id="b")
    rows = meetings_json([a, b])
    assert [(r["key"], r["date"], r["articles"]) for r in rows] == [("washington-2016", "2016-07-21", ["a", "b"])]


def test_the_day_a_minister_arrived_is_not_the_meetings_day():
    """بلينكن الذي وصل الثلاثاء إلى السعودية …، أوضح أن الهدف من الاجتماع: the journey's day; the
    meeting is the one the text dates (اليوم الخميس (8 حزيران 2023))."""
    d = doc("08-06-2023\nجاء الإعلان في مستهل اجتماع وزاري للتحالف الدولي ضد داعش في الرياض، اليوم الخميس (8 حزيران "
            "2023).\nوزير الخارجية الأميركي أنتوني بلينكن الذي وصل الثلاثاء إلى السعودية في زيارة تستمر ثلاثة أيام، "
            "أوضح أن الهدف من الاجتماع هو جمع 601 مليون دولار.")
    assert [(m.key, m.date) for m in d.meetings] == [("riyadh-2023", "2023-06-08")]


def test_the_city_an_embassy_sits_in_is_no_venue():
    """القائم بأعمال سفارة هولندا في بغداد … عبر التحالف الدولي: where the mission sits, no venue."""
    d = doc("أما القائم بأعمال سفارة هولندا في بغداد، يان فان ويجن، فصرح أن هولندا تشارك بفاعلية عبر التحالف "
            "الدولي ضد تنظيم داعش في مساندة حكومة العراق.")
    assert d.meetings == []


def test_a_city_state_named_with_its_title_is_its_capital():
    """الاجتماع الوزاري للتحالف الدولي ضد داعش في دولة الكويت: Kuwait City, as في الكويت is."""
    d = doc("الخميس - 25 أبريل 2024\nورأس الوزير وفد الدولة إلى الاجتماع الوزاري للتحالف الدولي ضد داعش في دولة "
            "الكويت الثلاثاء.")
    assert [d.entities[m.city].name_en for m in d.meetings] == ["Kuwait City"]
