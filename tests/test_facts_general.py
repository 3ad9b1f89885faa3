"""Kinds of error in meetings, pledges and memberships, each shown on made-up sentences
(none copied from the corpus): a construction, its variants, and a near-miss that must not fire."""
import pytest
from helpers_facts import facts


def joined(text):
    return sorted(m["state"] for m in facts(text)["memberships"] if m["event"] == "joined")


# --- the thing joined must be the coalition (or its members), not a group, a state's side or a meeting
@pytest.mark.parametrize("text", [
    "وقال التحالف الدولي إن آلاف المقاتلين من تونس وفرنسا انضموا إلى صفوف داعش.",
    "وقال التحالف الدولي إن عشرات الشبان من المغرب التحقوا بصفوف داعش في ليبيا.",
    "وانضمت ألمانيا إلى فرنسا وبريطانيا في الدعوة إلى تعزيز التحالف الدولي.",
    "فانضمت الكويت إلى القمة الافتراضية للتحالف الدولي يوم الخميس.",
    "وانضمت قطر إلى اجتماع التحالف الدولي عبر الفيديو.",
    "وتنضم اليابان الى الاتحاد الأوروبي في تمويل مشاريع التحالف الدولي.",
    "وانضمت كرواتيا إلى دول أخرى في إدانة الهجوم، بحسب التحالف الدولي.",
])
def test_joining_something_other_than_the_coalition_is_no_joining(text):
    assert joined(text) == []


@pytest.mark.parametrize("text, state", [
    ("والتحقت بلجيكا بصفوف التحالف الدولي.", "Belgium"),
    ("وانضمت تونس رسميا إلى عضوية التحالف الدولي.", "Tunisia"),
    ("وانضمت كرواتيا إلى أكثر من 60 دولة في التحالف الدولي.", "Croatia"),
    ("أعلنت سنغافورة أنها ستدعم التحالف الدولي لتنضم بذلك إلى 33 دولة تشارك في التحالف.", "Singapore"),
    ("وانضمت موريتانيا للتحالف الدولي إلى جانب اليمن.", "Mauritania"),
])
def test_joining_the_coalition_or_its_members(text, state):
    assert state in joined(text)


# --- the joiner as the press names it: its capital (انضمت دمشق), its government by nisba after
# the verb (انضمت الحكومة الصومالية), بلاده of a head of state named by title and nisba; the
# coalition in the construct state (تحالف مكافحة داعش) or with its leader before its aim
@pytest.mark.parametrize("text, state", [
    ("وانضمت مقديشو رسميا إلى التحالف الدولي ضد داعش.", "Somalia"),
    ("وانضمت الحكومة الصومالية إلى التحالف الدولي ضد داعش.", "Somalia"),
    ("الرئيس الصومالي يعلن انضمام بلاده إلى التحالف الدولي ضد داعش", "Somalia"),
    ("وانضمت الصومال إلى تحالف مكافحة داعش بقيادة واشنطن.", "Somalia"),
    ("وانضمت الصومال إلى تحالف دولي تقوده الولايات المتحدة لمحاربة تنظيم داعش.", "Somalia"),
])
def test_the_joiner_and_the_coalition_as_the_press_names_them(text, state):
    assert joined(text) == [state]


# --- the latest joiner named after its phrase; the leader written glued; a joining done without
@pytest.mark.parametrize("text, expected", [
    ("وكانت أحدث المنضمين إلى التحالف الدولي الذي تقوده واشنطن، جمهورية بيرو.", ["Peru"]),
    ("وانضمت بيرو إلى تحالف يقوده الولاياتالمتحدة، لمكافحة تنظيم الدولة الإسلامية.", ["Peru"]),
    ("وأبدت بيرو استعدادها لدعم العراق من دون الانضمام إلى التحالف الدولي.", []),
    ("وتعمل بيرو مع العراق بدلا من الانضمام إلى التحالف الدولي ضد داعش.", []),
])
def test_latest_joiner_glued_leader_and_without_joining(text, expected):
    assert joined(text) == expected


@pytest.mark.parametrize("text", [
    "وانضمت الصومال إلى تحالف مكافحة الإرهاب الذي تقوده السعودية، بحسب مسؤول في التحالف الدولي.",
    "وعقد الاجتماع في مقديشو بحضور مسؤولين من التحالف الدولي ضد داعش، قبل أن ينضم إليهم آخرون.",
])
def test_a_capital_or_another_alliance_is_no_joiner(text):
    assert joined(text) == []


# --- a joining told as possible, expected, needed, demanded, conditional or asked about has not happened
@pytest.mark.parametrize("text", [
    "وقد تنضم إندونيسيا إلى التحالف الدولي في وقت لاحق.",
    "ومن المتوقع أن تنضم الفلبين إلى التحالف الدولي الشهر المقبل.",
    "ويرجح مراقبون أن تنضم الفلبين إلى التحالف الدولي قريبا.",
    "وشدد على ضرورة انضمام ليبيا إلى التحالف الدولي بعد تشكيل حكومة موحدة.",
    "وطالب البرلمان الليبي الحكومة بالانضمام إلى التحالف الدولي ضد داعش.",
    "وحثت واشنطن بغداد على الانضمام إلى التحالف الدولي.",
    "ولو انضمت الجزائر إلى التحالف الدولي لتغيرت المعادلة.",
    "وفي حال انضمام باكستان إلى التحالف الدولي سيرتفع العدد.",
    "هل تنضم الهند إلى التحالف الدولي؟",
])
def test_irrealis_joining_is_no_joining(text):
    assert joined(text) == []


@pytest.mark.parametrize("text, state", [
    ("وقد انضمت النرويج إلى التحالف الدولي في سبتمبر.", "Norway"),
    ("وكانت السويد قد انضمت إلى التحالف الدولي عام 2015.", "Sweden"),
])
def test_qad_with_the_perfect_is_a_joining(text, state):
    assert joined(text) == [state]


# --- a state with a preposition glued on after the coalition (التحالف الدولي بالعراق) is where, not who
@pytest.mark.parametrize("text, state", [
    ("وكذلك وافقت هولندا على الانضمام إلى التحالف الدولي بالعراق، دون أن ترسل قوات.", "Netherlands"),
    ("وقررت الحكومة البلجيكية الانضمام للتحالف الدولي بسوريا والعراق.", "Belgium"),
    ("وانضمت إلى التحالف الدولي بنين والنيجر.", "Benin"),
    ("ورحب الوزير بالمغرب التي انضمت مؤخرا إلى التحالف الدولي.", "Morocco"),
])
def test_a_place_after_the_coalition_is_no_joiner(text, state):
    got = joined(text)
    assert state in got and not {"Iraq", "Syria"} & set(got)


# --- the subject of the verb governing a join noun: past a long adverbial, never inside a phrase
@pytest.mark.parametrize("text, state", [
    ("وقد أعلنت الحكومة الأسترالية بعد اجتماع طارئ للمجلس الوزاري في كانبيرا مساء الأحد انضمامها إلى التحالف الدولي.",
     "Australia"),
    ("وأكدت الولايات المتحدة في بيان أن كندا أعلنت في وقت متأخر من مساء أمس انضمامها إلى التحالف الدولي.", "Canada"),
    ("وأعلنت فرنسا بعد محادثات مطولة مع المسؤولين في العراق والأردن انضمامها إلى التحالف الدولي.", "France"),
    ("وأعلنت تونس انضمامها إلى التحالف الدولي.", "Tunisia"),
])
def test_the_subject_of_a_join_noun_far_back_and_not_in_a_phrase(text, state):
    assert joined(text) == [state]


# --- بلاده in a reported clause is the country of the titled person inside that clause
@pytest.mark.parametrize("text, state", [
    ("أعلن المبعوث الأمريكي أن الرئيس السوري سيعلن الأسبوع المقبل انضمام بلاده رسميا إلى التحالف الدولي.", "Syria"),
    ("وقال الوزير الفرنسي إن نظيره التونسي أكد انضمام بلاده إلى التحالف الدولي.", "Tunisia"),
    ("وذكرت الخارجية الأمريكية أن رئيس الوزراء العراقي أعلن أن بلاده انضمت إلى التحالف الدولي.", "Iraq"),
    ("وقال وزير الدفاع البريطاني إن بلاده انضمت إلى التحالف الدولي.", "United Kingdom"),
])
def test_his_country_is_the_reported_subjects(text, state):
    assert joined(text) == [state]


# --- member, partner, part or founder of something other than the coalition
@pytest.mark.parametrize("text", [
    "وأصبحت العراق شريكا أساسيا في الحرب على داعش بدعم من التحالف الدولي.",
    "وباتت تركيا عضوا فاعلا في حلف الناتو منذ عقود، بحسب التحالف الدولي.",
    "وأصبح الأردن جزءا من الحل في سوريا، كما يقول التحالف الدولي.",
    "وتعد الأردن من الدول المؤسسة لجامعة الدول العربية وهي عضو في التحالف الدولي.",
    "وقال إن الكويت من أوائل الدول التي انضمت إلى منظمة التعاون الإسلامي، وتدعم التحالف الدولي.",
    "وقال التحالف الدولي إن تنظيم داعش جند شبانا من تونس انضموا إلى صفوفه.",
])
def test_member_of_something_else_is_no_joining(text):
    assert joined(text) == []


@pytest.mark.parametrize("text, state", [
    ("وأصبحت زامبيا عضوا جديدا في التحالف الدولي.", "Zambia"),
    ("وصارت موريتانيا شريكا في التحالف الدولي ضد داعش.", "Mauritania"),
    ("وباتت كينيا جزءا من التحالف الدولي.", "Kenya"),
    ("وأكد التحالف الدولي أن زامبيا أصبحت عضوا فيه.", "Zambia"),
    ("البحرين من أوائل الدول التي التحقت بالتحالف الدولي.", "Bahrain"),
    ("ورحب التحالف الدولي بانضمام توغو إلى عضويته.", "Togo"),
])
def test_member_of_the_coalition(text, state):
    assert joined(text) == [state]


# --- a relative clause's pronoun: masculine إليه is the coalition, feminine إليها a group of its own;
# a state name starting with ل (ليبيا) is no preposition
@pytest.mark.parametrize("text, states", [
    ("ويشارك في التحالف الدولي الذي انضمت إليه مصر عام 2014 نحو 60 دولة.", ["Egypt"]),
    ("وتقود واشنطن التحالف الدولي، الذي انضمت إليه لاحقا الأردن والبحرين.", ["Bahrain", "Jordan"]),
    ("وأسست واشنطن والرباط مجموعة خاصة بإفريقيا ضمن التحالف الدولي، وانضمت إليها السعودية العام الماضي.", []),
    ("وشكلت باريس قوة بحرية في إطار التحالف الدولي التحقت بها بلجيكا.", []),
    ("وانضمت ليبيا للتحالف الإسلامي العسكري بقيادة السعودية، وليس للتحالف الدولي.", []),
    ("وانضمت ليبيا للتحالف الدولي ضد داعش.", ["Libya"]),
])
def test_relative_pronoun_and_names_starting_with_lam(text, states):
    assert joined(text) == states


# --- a headline topic before a colon (البحرين: …) is the subject of a clause that has none
@pytest.mark.parametrize("text, states", [
    ("البحرين: كانت من أوائل الدول التي أعلنت انضمامها للتحالف وآخر مساهمة لها كان بإرسال مقاتلات.", ["Bahrain"]),
    ("الأردن: أعلنت انضمامها إلى التحالف الدولي في سبتمبر.", ["Jordan"]),
    ("الكويت: كانت قد انضمت إلى التحالف الدولي في 2014.", ["Kuwait"]),
    ("الكويت: الانضمام إلى التحالف الدولي ليس مطروحا.", []),
    ("قطر: دول جديدة انضمت إلى التحالف الدولي.", []),
    ("قطر: رحبت بانضمام تونس إلى التحالف الدولي.", ["Tunisia"]),
    ("مصر: نفت انضمامها إلى التحالف الدولي.", []),
])
def test_headline_topic_is_the_subject_of_a_subjectless_clause(text, states):
    assert joined(text) == states


def pledges(text):
    return sorted((p["donor"], p["amount"], p["currency"], p["status"]) for p in facts(text)["pledges"])


# --- "his country" owning the verbal noun before the cue (تقديم بلاده منحة), and a speaker whose
# state is only in his title's nationality adjective (السفير الأمريكي لدى العراق)
@pytest.mark.parametrize("text, donor", [
    ("اعلن السفير الامريكي لدى العراق دوغلاس سليمان اليوم عن تقديم بلاده منحة مالية جديدة للعراق تبلغ 150 مليون دولار.",
     "United States"),
    ("وأكد الوزير الياباني تارو كونو تقديم بلاده هبة بقيمة 5 ملايين دولار للعراق.", "Japan"),
    ("وأعلن القنصل الفرنسي في أربيل أوليفييه ديكوتينيي أن بلاده خصصت مليوني يورو للنازحين.", "France"),
])
def test_his_country_owning_the_verbal_noun(text, donor):
    assert [p[0] for p in pledges(text)] == [donor]


# --- a verb of giving with its object pronoun glued on, in a relative clause (التي قدمتها X)
@pytest.mark.parametrize("text, expected", [
    ("وأوضح أن المنح السابقة التي قدمتها الولايات المتحدة للعراق بلغت نحو 1.3 مليار دولار.",
     ("United States", 1.3e9, "USD", "past")),
    ("وقال إن المساعدات التي رصدتها اليابان للنازحين بلغت 40 مليون دولار.", ("Japan", 4e7, "USD", "new")),
    ("وقال إن الأموال التي خصصتها كندا وقدرها 25 مليون دولار ستصرف العام المقبل.", ("Canada", 2.5e7, "USD", "new")),
])
def test_giving_verb_with_object_pronoun(text, expected):
    assert pledges(text) == [expected]


# --- بلاده in a later sentence: the country of the speaker's title adjective at his first mention
def test_his_country_from_the_title_at_his_first_mention():
    text = ("قال السفير الكندي في عمان ماثيو سميث إن التحالف ناجح. "
            "وأضاف أن بلاده خصصت 3 ملايين دولار للأردن.")
    assert [p[0] for p in pledges(text)] == ["Canada"]


# --- a total of gifts whose giver a relative clause names (المساعدات التي تقدمها برلين) is that giver's
@pytest.mark.parametrize("text, donor", [
    ("وقدرت الحكومة حجم المساعدات التي تقدمها النرويج للعراق بنحو 50 مليون دولار.", "Norway"),
    ("وبلغ حجم المساعدات التي قدمتها اليابان للعراق 200 مليون دولار.", "Japan"),
    ("وقال المتحدث إن مجموع التبرعات التي تلقتها كينيا بلغ 3.4 مليار دولار.", "Donor states"),
    ("وبلغ مجموع التبرعات 2 مليار دولار.", "Donor states"),
])
def test_a_total_of_one_givers_gifts(text, donor):
    assert [p[0] for p in pledges(text)] == [donor]


# --- سبق أن / سبق لـX أن (it happened before that): an earlier pledge, past; لـX after سبق is its subject
@pytest.mark.parametrize("text, expected", [
    ("وسبق أن أعلنت اليابان تقديم 20 مليون دولار للنازحين.", [("Japan", 2e7, "USD", "past")]),
    ("وسبق لكندا أن تعهدت بتقديم 15 مليون دولار للعراق.", [("Canada", 1.5e7, "USD", "past")]),
    ("وأعلنت اليابان تقديم 20 مليون دولار لما سبق أن وصفته بالأزمة.", [("Japan", 2e7, "USD", "new")]),
])
def test_previously_is_past(text, expected):
    assert pledges(text) == expected


def meetings(text, published):
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    d = extract(Article(id="t", source="t", text=text, metadata={"published": published}))
    return [((d.entities[m.city].name_en if m.city in d.entities else m.city), m.date) for m in d.meetings]


# --- a meeting held "in <state>" and an article opening with a city of that state: that city
@pytest.mark.parametrize("text, published, city", [
    ("عمان 15 نوفمبر 2017 / عقد في الاردن اليوم (الاربعاء)، اجتماع لدول التحالف الدولي ضد داعش.", "2017-11-15", "Amman"),
    # the catalogue knows that day's political directors' meeting in Morocco: Skhirat, near Rabat
    ("الرباط 26 يونيو / عقد في المغرب اليوم الثلاثاء اجتماع للمديرين السياسيين لدول التحالف الدولي ضد داعش.",
     "2018-06-26", "Skhirat"),
    ("الرباط 26 يونيو / عقد في المغرب اليوم الثلاثاء اجتماع لدول التحالف الدولي ضد داعش.", "2019-06-26", "Rabat"),
    ("عقد في الأردن اليوم الأربعاء اجتماع لدول التحالف الدولي ضد داعش.", "2017-11-15", None),
])
def test_held_in_a_state_whose_city_opens_the_article(text, published, city):
    assert meetings(text, published)[0][0] == city


# --- a verb of witnessing, opening or closing (شهدت، انطلقت) is a meeting only with a meeting noun
@pytest.mark.parametrize("text, expected", [
    ("وشهدت العاصمة بروكسل في مارس الماضي هجمات دامية، بحسب التحالف الدولي ضد داعش.", []),
    ("وانطلقت اليوم الحملة الجوية للتحالف الدولي ضد داعش في سوريا.", []),
    ("وانطلقت في روما اليوم أعمال اجتماع التحالف الدولي ضد داعش.", [("Rome", "2017-11-16")]),
])
def test_witnessing_an_event_is_no_meeting(text, expected):
    assert meetings(text, "2017-11-16") == expected


# --- a venue after a hosting verb with its conjunction (واستضافت الكويت، فاحتضنت)
def test_venue_after_a_host_verb_with_its_conjunction():
    got = meetings("واستضافت الكويت اليوم الثلاثاء وزراء خارجية التحالف الدولي ضد داعش.", "2017-11-16")
    assert got[0][0] == "Kuwait City"


# --- the day of a statement (بيان صدر مساء أمس السبت، تصريح أدلى به صباح اليوم) is not the meeting's
@pytest.mark.parametrize("text, expected", [
    ("وبحسب بيان للخارجية صدر مساء أمس السبت، فإن الوزير بحث التحضير لاجتماع التحالف الدولي ضد داعش في واشنطن.",
     ("Washington", "2021-06")),
    ("واجتمع وزراء التحالف الدولي ضد داعش أمس السبت في روما، وفق بيان.", ("Rome", "2021-06-26")),
    ("وعقد اجتماع التحالف الدولي ضد داعش مساء أمس في روما.", ("Rome", "2021-06-27")),
])
def test_the_day_of_a_statement_is_not_the_meetings(text, expected):
    assert meetings(text, "2021-06-28")[0] == expected


# --- the day a medium reports (حسبما ذكرت الوكالة، اليوم الخميس) is not the meeting's; the meeting's
# own relative day (غدا الأحد) in an article dated by its month gives that month
@pytest.mark.parametrize("text, published, expected", [
    ("جاء ذلك في كلمة للوزير خلال مشاركته في الاجتماع الوزاري للتحالف الدولي ضد داعش بالعاصمة الأمريكية واشنطن، "
     "حسبما ذكرت وكالة الأنباء، اليوم الخميس.", "2019-02-07", ("Washington", "2019-02-06")),
    ("وأفادت وكالة الأنباء الكويتية اليوم الخميس بأن وزراء التحالف الدولي ضد داعش اجتمعوا في واشنطن.", "2019-02-07",
     ("Washington", "2019-02-06")),
    ("واجتمع وزراء التحالف الدولي ضد داعش اليوم الخميس في واشنطن، حسبما ذكرت وكالة الأنباء.", "2019-02-07",
     ("Washington", "2019-02-07")),
])
def test_the_day_a_medium_reports_is_not_the_meetings(text, published, expected):
    assert meetings(text, published)[0] == expected


def test_tomorrow_in_an_article_dated_by_its_month():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    d = extract(Article(id="t", source="t", metadata={"published": "2017-01"}, text=(
        "أفادت وكالة الأنباء، اليوم السبت، أن الرياض تستضيف، غدا الأحد، مؤتمر دول التحالف الدولي ضد داعش.")))
    assert d.meetings[0].date == "2017-01"


# --- one official meeting another (مع السفير، نظيره past a long subject) or a press conference held:
# no meeting of the coalition
@pytest.mark.parametrize("text, expected", [
    ("واجتمع الرئيس العراقي اليوم الخميس مع السفير الأمريكي في بغداد لبحث دعم التحالف الدولي ضد داعش.", []),
    ("والتقى وزير الدفاع البريطاني نظيره الفرنسي في باريس اليوم لبحث عمليات التحالف الدولي ضد داعش.", []),
    ("والتقى رئيس الوزراء العراقي بالمبعوث الأمريكي للتحالف الدولي في بغداد اليوم.", []),
    ("وعقد التحالف الدولي ضد داعش مؤتمرا صحفيا في بغداد اليوم الخميس.", []),
    ("واجتمع وزراء خارجية دول التحالف الدولي ضد داعش في الكويت اليوم الخميس.", [("Kuwait City", "2018-05-10")]),
])
def test_one_official_meeting_another_or_a_press_conference(text, expected):
    assert meetings(text, "2018-05-10") == expected


# --- the coalition as the topic of another's meeting (اجتماعها … لبحث دعم التحالف) makes no coalition meeting;
# a definite الاجتماع is the one already told of
@pytest.mark.parametrize("text, expected", [
    ("وعقدت الحكومة العراقية اجتماعها الأسبوعي في بغداد اليوم لبحث دعم التحالف الدولي.", []),
    ("وترأس رئيس الوزراء اجتماعا للمجلس الوزاري للأمن الوطني في بغداد لبحث عمليات التحالف الدولي.", []),
    ("وعقد في روما اليوم اجتماع للتحالف الدولي ضد داعش لبحث دعم العراق.", [("Rome", "2018-05-10")]),
    ("وقال المتحدث إن الاجتماع الذي عقد في روما اليوم فرصة لتقييم التقدم الذي أحرزه التحالف الدولي.",
     [("Rome", "2018-05-10")]),
])
def test_the_coalition_as_a_meetings_topic(text, expected):
    assert meetings(text, "2018-05-10") == expected


# --- another body as the meeting verb's subject (عقد مجلس الأمن جلسة، اجتمع مجلس الأمن) holds its own meeting;
# a host (استضاف الناتو اجتماعا للتحالف) does not
@pytest.mark.parametrize("text, cities", [
    ("وعقد مجلس الأمن الدولي جلسة في نيويورك اليوم لبحث خطر داعش، بمشاركة ممثل التحالف الدولي.", []),
    ("واجتمع مجلس الأمن الدولي في نيويورك اليوم بحضور ممثل عن التحالف الدولي ضد داعش.", []),
    ("وعقد التحالف الدولي ضد داعش اجتماعا في روما اليوم.", ["Rome"]),
    ("واستضاف حلف الناتو في بروكسل اليوم اجتماعا لوزراء دفاع التحالف الدولي ضد داعش.", ["Brussels"]),
])
def test_another_body_meeting_as_subject(text, cities):
    assert [m[0] for m in meetings(text, "2018-05-10")] == cities


# --- money of a trade (a purchase, a contract, a sale, frozen assets) is no aid
@pytest.mark.parametrize("text, expected", [
    ("واشترت السعودية أسلحة أمريكية بقيمة 110 مليارات دولار.", []),
    ("ووقعت قطر عقدا لشراء طائرات بقيمة 12 مليار دولار.", []),
    ("وأعلنت وزارة الخزانة الأمريكية تجميد أصول بقيمة 10 ملايين دولار تعود لتنظيم داعش.", []),
    ("وأعلنت اليابان تقديم قرض بقيمة 500 مليون دولار للعراق.", [("Japan", 5e8, "USD", "new")]),
])
def test_trade_is_no_aid(text, expected):
    assert pledges(text) == expected


# --- a pledge denied, studied, possible, conditional or asked of others is none made
@pytest.mark.parametrize("text, expected", [
    ("وطالب العراق المجتمع الدولي بتقديم 100 مليار دولار لإعادة الإعمار.", []),
    ("ودعا الوزير الدول المانحة إلى تقديم مليار دولار إضافية.", []),
    ("وقد تقدم ألمانيا 50 مليون يورو إذا وافق البرلمان.", []),
    ("ولم تقدم فرنسا بعد الـ 20 مليون يورو التي وعدت بها.", []),
    ("وتدرس اليابان تقديم 30 مليون دولار للعراق.", []),
    ("وقالت إيطاليا إنها لن تقدم 10 ملايين يورو.", []),
    ("وقالت كندا إنها لا تزال ملتزمة بتقديم 20 مليون دولار.", [("Canada", 2e7, "USD", "new")]),
    ("ولم تكتف بريطانيا بذلك بل تعهدت بتقديم 30 مليون جنيه إسترليني.", [("United Kingdom", 3e7, "GBP", "new")]),
])
def test_a_pledge_not_made(text, expected):
    assert pledges(text) == expected


# --- a sum told in parts, each after و and below the scale before it (ثلاثة ملايين و322 ألفاً و145)
@pytest.mark.parametrize("text, value", [
    ("ثلاثة ملايين و322 ألفاً و145 دولار", 3322145),
    ("مليار و200 مليون و50 ألف دولار", 1200050000),
    ("2 مليون و300 ألف و5 دولارات", 2300005),
    ("قتل 3 آلاف و200 مقاتل", 3200),
])
def test_a_sum_told_in_parts(text, value):
    from coalition_kg.loaders.numbers import find_amounts
    assert [a.value for a in find_amounts(text)] == [value]


def test_years_and_separate_sums_stay_apart():
    from coalition_kg.loaders.numbers import find_amounts
    assert [a.value for a in find_amounts("في عامي 2014 و2015")] == [2014, 2015]
    assert [a.value for a in find_amounts("5 ملايين دولار و20 ألف يورو")] == [5e6, 2e4]


# --- aid in kind handed over (سلّم … أسلحة بقيمة، أعلن عن تسليم): delivered, past; the noun's first
# complement is who receives; after إن the subject stands before the verb
@pytest.mark.parametrize("text, expected", [
    ("وسلم التحالف الدولي قوات الأمن العراقية أسلحة وذخيرة بقيمة 3 ملايين دولار.",
     [("Global Coalition", 3e6, "USD", "past")]),
    ("وأعلنت السفارة الأمريكية تسليم الجيش اللبناني معدات بقيمة 16 مليون دولار.",
     [("United States", 1.6e7, "USD", "past")]),
    ("وقال التحالف إن قوة المهام المشتركة سلمت قوات البيشمركة أسلحة بقيمة ثلاثة ملايين و322 ألفاً و145 دولار.",
     [("Global Coalition", 3322145, "USD", "past")]),
    ("وقالت الخارجية إن كندا خصصت 15 مليون دولار للاجئين.", [("Canada", 1.5e7, "USD", "new")]),
    ("وسلمت الشرطة المتهم إلى القضاء بعد ضبط 5 ملايين دولار بحوزته.", []),
])
def test_aid_in_kind_handed_over(text, expected):
    assert pledges(text) == expected


# --- a joining put off, put to a vote, called for in vain, or denied by its predicate (غير مطروح)
@pytest.mark.parametrize("text, expected", [
    ("وأرجأ البرلمان الكويتي التصويت على الانضمام إلى التحالف الدولي.", []),
    ("ولا تزال البرازيل خارج التحالف الدولي رغم دعوات الانضمام.", []),
    ("وقالت الصين إن انضمامها إلى التحالف الدولي غير مطروح.", []),
    ("وقال المسؤول إن انضمام الجزائر إلى التحالف الدولي مستبعد حاليا.", []),
    ("وأعلنت تونس انضمامها إلى التحالف الدولي ضد داعش غير أن البرلمان لم يصادق بعد.", ["Tunisia"]),
    ("وقال إن انضمام تونس إلى التحالف الدولي يعكس التزامها بمحاربة الإرهاب غير المسبوق.", ["Tunisia"]),
])
def test_a_joining_put_off_or_denied_by_its_predicate(text, expected):
    assert joined(text) == expected


# --- a pledge announced in a speech at the meeting (في كلمته أمام الاجتماع) is new there, pluperfect or not
@pytest.mark.parametrize("text, status", [
    ("وكان وزير الخارجية الأميركي قد أعلن في كلمته الافتتاحية للاجتماع عن تقديم الولايات المتحدة 148 مليون دولار.",
     "new"),
    ("وكانت اليابان قد أعلنت في كلمتها أمام المؤتمر تقديم 20 مليون دولار.", "new"),
    ("وكانت اليابان قد أعلنت الشهر الماضي تقديم 20 مليون دولار.", "past"),
])
def test_pledged_in_a_speech_at_the_meeting(text, status):
    assert [p[3] for p in pledges(text)] == [status]


# --- a giving pointed to, recalled or praised (أشار إلى تقديم، أشاد بتقديم) is one done: past
@pytest.mark.parametrize("text, status", [
    ("وأشار إلى تقديم الكويت ما يقارب بليوني دولار لتخفيف المعاناة الإنسانية.", ["past"]),
    ("وأشاد الوزير بتقديم السعودية 100 مليون دولار لمشاريع الاستقرار.", ["past"]),
    ("وأعلنت اليابان عن تقديم 50 مليون دولار إضافية.", ["new"]),
])
def test_a_giving_pointed_to_is_past(text, status):
    assert [p[3] for p in pledges(text)] == status


# --- a fundraising goal the speaking minister calls ours (هدفنا، نسعى) is his state's
@pytest.mark.parametrize("text, donor", [
    ("وقال وزير الخارجية الأمريكي مايك بومبيو: لكننا نحث دولكم على التعهد نحو هدفنا بجمع أكثر من 700 مليون دولار.",
     "United States"),
    ("وقال المبعوث: يسعى التحالف لجمع مليار دولار لإعادة الاستقرار.", "Global Coalition"),
])
def test_our_goal_is_the_speakers_state(text, donor):
    assert [(p[0], p[3]) for p in pledges(text)] == [(donor, "target")]


# --- a giving told as the sequel of an earlier decision or announcement (عقب القرار …، بعد إعلان …): past
@pytest.mark.parametrize("text, status", [
    ("وأضافت الخارجية الفرنسية: عقب القرار الذي اتخذه رئيس الجمهورية ببذل جهد استثنائي وتخصيص مبلغ بقيمة 50 مليون يورو.",
     "past"),
    ("وبعد إعلان الحكومة اليابانية تقديم 20 مليون دولار، رحبت بغداد بالخطوة.", "past"),
    ("وأعلنت اليابان بعد اجتماع الحكومة تقديم 20 مليون دولار.", "new"),
])
def test_the_sequel_of_an_earlier_decision(text, status):
    assert [p[3] for p in pledges(text)] == [status]


# --- a receiving verb with its subject inside (حصل العراق على): the giver is after من, never the recipient
@pytest.mark.parametrize("text, expected", [
    ("وحصل العراق على 50 مليون دولار من اليابان.", [("Japan", 5e7, "USD", "new")]),
    ("وحصلت الحكومة العراقية على 50 مليون دولار من اليابان لدعم النازحين.", [("Japan", 5e7, "USD", "new")]),
    ("وحصل العراق على وعود بقيمة 50 مليون دولار.", []),
])
def test_received_with_its_subject_inside(text, expected):
    assert pledges(text) == expected


def observers(text):
    return sorted(m["state"] for m in facts(text)["memberships"] if m["event"] == "observer")


# --- an observer of another organisation (بصفة مراقب في اجتماعات حلف الناتو، في الأمم المتحدة) is none of ours
@pytest.mark.parametrize("text, expected", [
    ("وشارك العراق بصفة مراقب في اجتماعات حلف الناتو، حسب التحالف الدولي.", []),
    ("وتتمتع فلسطين بصفة مراقب في الأمم المتحدة، بحسب التحالف الدولي.", []),
    ("وشاركت تركيا بصفة مراقب في اجتماع التحالف الدولي.", ["Türkiye"]),
    ("وانضمت البرازيل إلى التحالف الدولي بصفة مراقب.", ["Brazil"]),
])
def test_observer_of_another_organisation(text, expected):
    assert observers(text) == expected


# --- observer status as the press writes it: the definite noun after صفة, the observers named
# after the phrase, a long coalition name between the join and the status; the press's own
# "observers" (commentators) are none
@pytest.mark.parametrize("text, expected", [
    ("وحضر اجتماع التحالف الدولي بصفة مراقب ممثلون عن بيرو وتشيلي.", ["Chile", "Peru"]),
    ("وشاركت بيرو وتشيلي بصفة المراقب في اجتماع التحالف الدولي.", ["Chile", "Peru"]),
    ("وانضمت بيرو إلى التحالف الدولي لهزيمة تنظيم داعش بصفة عضو مراقب.", ["Peru"]),
    ("ويرى المراقبون أن بيرو قد تنضم إلى التحالف الدولي.", []),
    ("وقال المراقب الأممي إن بيرو تدعم التحالف الدولي.", []),
])
def test_observer_status_as_the_press_writes_it(text, expected):
    assert observers(text) == expected
    assert joined(text) == []


# --- every sister of كان that means "became" (أضحى، غدا، أمسى) makes a member as أصبح does
@pytest.mark.parametrize("text, expected", [
    ("وأضحت زامبيا عضوا في التحالف الدولي.", ["Zambia"]),
    ("وغدت كينيا شريكا في التحالف الدولي ضد داعش.", ["Kenya"]),
    ("وأمست الصومال جزءا من الحل، بحسب التحالف الدولي.", []),
])
def test_sisters_of_became(text, expected):
    assert joined(text) == expected


def amounts(text):
    from coalition_kg.loaders.lexicon import default
    from coalition_kg.loaders.numbers import find_amounts
    return [(a.value, a.currency) for a in find_amounts(text, lex=default())]


# --- the nominative dual in construct before its currency (مليونا دولار = 2 million); مليونا alone is one
@pytest.mark.parametrize("text, expected", [
    ("مليونا دولار", [(2e6, "USD")]),
    ("مليارا يورو", [(2e9, "EUR")]),
    ("ملياري دولار", [(2e9, "USD")]),
    ("قدمت مليونا من الدولارات", [(1e6, None)]),
])
def test_dual_construct_before_currency(text, expected):
    assert amounts(text) == expected


# --- a currency symbol written after the number (50 مليون $) as before it ($50 مليون)
@pytest.mark.parametrize("text", ["50 مليون $", "$50 مليون"])
def test_currency_symbol_after_the_number(text):
    assert amounts(text) == [(5e7, "USD")]


# --- the Arabic comma as a decimal point between digits (20،3 مليار يورو); a list's comma is not
@pytest.mark.parametrize("text, expected", [
    ("أي 20،3 مليار يورو.", [(20.3e9, "EUR")]),
    ("في 2014،2015", [(2014, None), (2015, None)]),
    ("بلغ 3، 5 و7", [(3, None), (5, None), (7, None)]),
])
def test_arabic_comma_as_decimal_point(text, expected):
    assert amounts(text) == expected


# --- another coalition's meeting (التحالف الإسلامي العسكري، التحالف العربي) is not the Global Coalition's
@pytest.mark.parametrize("text, cities", [
    ("وعقد التحالف الإسلامي العسكري لمحاربة الإرهاب اجتماعا لوزراء الدفاع في الرياض اليوم.", []),
    ("واجتمع قادة التحالف العربي في اليمن بالرياض اليوم لبحث العمليات.", []),
    ("وعقدت مجموعة التركيز الخاصة بأفريقيا التابعة للتحالف الدولي اجتماعا في الرباط اليوم.", ["Rabat"]),
])
def test_another_coalitions_meeting(text, cities):
    assert [m[0] for m in meetings(text, "2018-05-10")] == cities


# --- the year written in the sentence that places the meeting in its city is the meeting's year
@pytest.mark.parametrize("text, expected", [
    ("وذكّر الوزير باجتماع التحالف الدولي الذي عقد في الكويت عام 2017.", ("Kuwait City", "2017")),
    ("واجتمع وزراء التحالف الدولي ضد داعش في الكويت في 13 فبراير 2018.", ("Kuwait City", "2018-02-13")),
    ("وعقد في روما اليوم اجتماع التحالف الدولي ضد داعش، الذي تأسس عام 2014.", ("Rome", "2018-05-10")),
])
def test_the_year_placing_the_meeting(text, expected):
    assert meetings(text, "2018-05-10")[0] == expected


# --- a venue told as the capital of a state named after عاصمة (عاصمة فرنسا، عاصمة جمهورية بنين)
@pytest.mark.parametrize("text, city", [
    ("واجتمع وزراء التحالف الدولي ضد داعش في عاصمة فرنسا اليوم.", "Paris"),
    ("واجتمعت دول التحالف الدولي ضد داعش في عاصمة جمهورية بنين اليوم.", "Porto-Novo"),
])
def test_the_capital_of_a_named_state(text, city):
    assert meetings(text, "2018-05-10")[0][0] == city


def test_the_capital_of_a_state_is_its_one_catalogue_meeting_that_year():
    got = meetings("واجتمعت دول التحالف الدولي ضد داعش في عاصمة جمهورية بنين.", "2023-11-16")
    assert got[0] == ("Cotonou", "2023-11-15")


# --- بلاده of a speaker whose title holds his state's name (وزير خارجية كينيا) as well as its adjective
@pytest.mark.parametrize("text, state", [
    ("وقال وزير خارجية كينيا إن بلاده انضمت للتحالف الدولي لأنها تعاني من الإرهاب.", "Kenya"),
    ("وقال وزير الخارجية الغاني إن بلاده انضمت للتحالف الدولي.", "Ghana"),
])
def test_his_country_named_in_his_title(text, state):
    assert joined(text) == [state]


# --- a day of the month an article is dated to by month only (يوم 15 شباط الجاري) takes that
# month's year; today (اليوم) after a hosting verb whose subject stands between is the meeting's day
@pytest.mark.parametrize("text, published, expected", [
    ("أعلنت الوزيرة أن وزراء دفاع دول التحالف الدولي ضد داعش سيعقدون اجتماعا يوم 15 شباط الجاري في ميونخ.",
     "2019-02", [("Munich", "2019-02-15")]),
    ("أعلنت الوزيرة أن وزراء دفاع دول التحالف الدولي ضد داعش سيعقدون اجتماعا يوم 15 آذار في ميونخ.",
     "2019-02", [("Munich", None)]),
    ("تستضيف المملكة العربية السعودية، اليوم في الرياض، مؤتمر دول التحالف ضد تنظيم داعش.",
     "2017-01-15", [("Riyadh", "2017-01-15")]),
])
def test_a_day_dated_by_the_articles_month_or_today(text, published, expected):
    assert meetings(text, published) == expected


# --- two articles telling one meeting no catalogue row names get one key (its city, year, month)
def test_reports_of_one_uncatalogued_meeting_share_a_key():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    a = extract(Article(id="a", source="a", metadata={"published": "2016-10-23"}, text=(
        "تستضيف الكويت غدا اجتماعا لممثلي دول التحالف الدولي ضد داعش لبحث تمويل التنظيم.")))
    b = extract(Article(id="b", source="b", metadata={"published": "2016-10-24"}, text=(
        "وقال الوزير خلال اجتماع مجموعة التحالف الدولي ضد داعش الذي عقد في الكويت إن العمل كثير.")))
    assert [m.key for m in a.meetings] == [m.key for m in b.meetings] == ["kuwait-city-2016-10"]


# --- the giver of a pledge: not a word inside a longer name (داعش in التحالف الدولي ضد داعش, before
# إنه قدم); the sentence's subject for a verb of an explaining clause (حيث دفعت); an announcing verb
# governs "its donation" across its subject (أعلنت دولة الإمارات عن تبرعها: new, not recalled)
@pytest.mark.parametrize("text, expected", [
    ("وقال التحالف الدولي ضد داعش إنه قدم مساعدات للجيش العراقي بقيمة 90 مليون دولار.",
     [("Global Coalition", 9e7, "USD", "past")]),
    ("ودعمت النرويج التحالف الدولي ضد داعش بقوة، حيث دفعت للعراق حتى الآن نحو 12 مليون دولار.",
     [("Norway", 1.2e7, "USD", "past")]),
    ("وأعلنت دولة الكويت عن تبرعها بمبلغ 12 مليون دولار لدعم جهود التحالف الدولي ضد داعش.",
     [("Kuwait", 1.2e7, "USD", "new")]),
])
def test_the_giver_across_names_clauses_and_subjects(text, expected):
    assert pledges(text) == expected


# --- a joining conditioned, offered, a candidacy, discussed, or needing approval has not happened
@pytest.mark.parametrize("text", [
    "واشترطت بيرو للانضمام إلى التحالف الدولي ضد داعش ضمانات.",
    "وبيرو مرشحة للانضمام إلى التحالف الدولي ضد داعش.",
    "وعرضت بيرو الانضمام إلى التحالف الدولي ضد داعش.",
    "وناقش الوزراء انضمام بيرو إلى التحالف الدولي ضد داعش.",
    "وأشارت بيرو إلى أن الانضمام إلى التحالف الدولي ضد داعش يتطلب موافقة البرلمان.",
])
def test_a_joining_not_yet_done(text):
    assert joined(text) == []


# --- a working group's meeting is not the catalogue's ministerial in that city; one meeting told
# twice in an article (its day, then its month) is one
def test_a_working_groups_meeting_is_no_catalogue_ministerial():
    got = meetings("وشارك المتحدث باسم الخارجية في اجتماع مجموعة العمل المعنية بالاتصال في التحالف الدولي ضد داعش "
                   "في لندن.", None)
    assert got == [("London", None)]


def test_one_meeting_told_by_its_day_and_its_month():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    d = extract(Article(id="t", source="t", text=(
        "مراكش تحتضن اجتماعا للتحالف الدولي ضد تنظيم داعش\n"
        "تحتضن مدينة مراكش في 11 ماي المقبل اجتماعا للتحالف الدولي ضد تنظيم داعش بمشاركة وزير الخارجية الأمريكي.\n"
        "وأكدت الوزيرة مشاركتها في الاجتماع الوزاري للتحالف الدولي ضد داعش، المرتقب عقده بمراكش يوم 11 ماي المقبل.")))
    assert [m.date for m in d.meetings] == ["2022-05-11"]


# --- the giver named after the amount (500 مليون دولار من السعودية، والتي صرفت: spent, so past) —
# not what the money bought (ما يعادل 347 مليون دولار من معدات … إلى حكومة العراق); the latest
# of the gifts a state made (وآخرها مساهمة بقيمة …, given, so past); a speaker named by his post alone gives for
# the post's nationality (كشف وزير الخارجية الإيطالي، اليوم، عن تقديم حكومة بلاده …)
@pytest.mark.parametrize("text, expected", [
    ("وخصصت منح للنازحين خلال مؤتمر التحالف الدولي ضد داعش، قدرت ب 200 مليون دولار من الكويت والتي صرفت "
     "عبر الأمم المتحدة.", [("Kuwait", 2e8, "USD", "past")]),
    ("وقام التحالف الدولي ضد داعش بتسليم ما يعادل 90 مليون دولار من معدات القاعدة إلى حكومة العراق.",
     [("Global Coalition", 9e7, "USD", "past")]),
    ("وأشار الوزير إلى المساهمات التي بذلتها الكويت منذ تأسيس التحالف الدولي ضد داعش، وآخرها مساهمة مالية "
     "بقيمة 20 مليون دولار.", [("Kuwait", 2e7, "USD", "past")]),      # the latest of those given: past (al01)
    ("كشف وزير الخارجية الكويتي، اليوم الخميس، عن تقديم حكومة بلاده منحة إلى العراق بلغت قيمتها 20 مليون دولار "
     "دعما للتحالف الدولي ضد داعش.", [("Kuwait", 2e7, "USD", "new")]),
])
def test_the_giver_after_the_amount_or_in_the_list_or_by_post(text, expected):
    assert pledges(text) == expected


# --- مراقبة is "monitoring" unless it qualifies a state or body (كدولة مراقبة)
@pytest.mark.parametrize("text, expected", [
    ("وحذرت بيرو من مراقبة التحالف الدولي ضد داعش للحدود.", []),
    ("وتشارك بيرو في التحالف الدولي ضد داعش كدولة مراقبة.", ["Peru"]),
])
def test_monitoring_is_no_observer_status(text, expected):
    assert observers(text) == expected


# --- a person's state, for every reader of it (pledges, roles): the nationality in his post even
# after a region his post covers (وزير شؤون الشرق الأوسط البريطاني، فلان), or right before his
# name with a posting between (القنصل الفرنسي في أربيل فلان)
def test_the_state_of_a_post_after_its_region():
    f = facts("قال وزير شؤون الشرق الأوسط البريطاني، توماس ألدن، إن بلاده قدمت 225 ألف استرليني للتحالف الدولي ضد داعش.")
    assert [(r["person"], r["state"]) for r in f["roles"]] == [("توماس ألدن", "United Kingdom")]
    assert [p["donor"] for p in f["pledges"]] == ["United Kingdom"]


# --- goods received with their value (تسلم الجانب العراقي ممتلكات بقيمة …) were delivered: past, and
# from the coalition however it is named, the same pledge as its handing-over told again; a state's
# department gives for its state (البنتاغون → the United States)
def test_goods_received_and_a_department_as_donor():
    got = pledges("أخلى التحالف الدولي ضد داعش قاعدة كي 1، وتسلم الجانب العراقي من التحالف الدولي ممتلكات بقيمة "
                  "مليون دولار.\nوقال التحالف الدولي ضد داعش إنه سلم ممتلكات بقيمة مليون دولار للجانب العراقي.")
    assert got == [("Global Coalition", 1e6, "USD", "past")]
    assert pledges("وقدمت وزارة الدفاع الأمريكية 40 مليون دولار لدعم التحالف الدولي ضد داعش.") == \
        [("United States", 4e7, "USD", "past")]


# --- a contribution's total raised to the sum is money given (the new sum is among it); helping
# to raise with the helpers between; a pledging verb's subject gives by its verbal noun, not the
# announcer; a state completing a noun of purpose (لاستقرار العراق) gets; a funding goal announced
# is a target; an undated article is as late as the meeting it reports
@pytest.mark.parametrize("text, expected", [
    ("وبذلك ترتفع مساهمة هولندا الإجمالية إلى 65.4 مليون دولار أمريكي.", [("Netherlands", 6.54e7, "USD", "past")]),
    ("يرفع هذا الالتزام الجديد الذي جرى التوقيع عليه اليوم إجمالي مساهمة هولندا في مشروع إعادة الاستقرار إلى 72 مليون يورو.",
     [("Netherlands", 7.2e7, "EUR", "past")]),
    # the new grant itself, with no total: new
    ("وقدمت هولندا منحة إضافية قدرها 23 مليون دولار لمشروع إعادة الاستقرار.", [("Netherlands", 2.3e7, "USD", "new")]),
    ("وساعد أعضاء التحالف في جمع أكثر من 20 مليار دولار من المساعدات الإنسانية.",
     [("Global Coalition", 2e10, "USD", "past")]),
    ("أعلن برنامج الأمم المتحدة الإنمائي أن كوريا الجنوبية تعهدت بالتبرع بأربعة ملايين دولار أمريكي إلى البرنامج.",
     [("South Korea", 4e6, "USD", "new")]),
    ("أعلن برنامج الأمم المتحدة الإنمائي عن التبرع بأربعة ملايين دولار أمريكي لإعادة بناء العراق.",
     [("United Nations Development Programme", 4e6, "USD", "new")]),
    ("هولندا تجدد دعمها لاستقرار العراق بمنحة قدرها 15 مليون يورو", [("Netherlands", 1.5e7, "EUR", "new")]),
    ("وقال بلينكن: نعلن اليوم عن هدف تمويل حملة لإرساء الاستقرار بقيمة تفوق 601 مليون دولار بقليل.",
     [("Global Coalition", 6.01e8, "USD", "target")]),
])
def test_totals_helpers_governing_verbs_purposes_and_goals(text, expected):
    assert pledges(text) == expected


def test_a_contribution_dated_before_the_reported_meeting_is_past():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    text = ("عقد في الرياض اليوم الخميس 8 حزيران 2023 الاجتماع الوزاري للتحالف الدولي ضد داعش.\n"
            "وفي آب من العام 2018، أعلنت السعودية عن مساهمة بقيمة 100 مليون دولار أمريكي للتحالف الدولي.")
    d = extract(Article(id="t", source="t", text=text))
    assert [(p.amount, p.status) for p in d.pledges] == [(1e8, "past")]
    d = extract(Article(id="t", source="t", text=text.replace("آب من العام 2018", "آب من العام 2023")))
    assert [(p.amount, p.status) for p in d.pledges] == [(1e8, "new")]


# --- joinings told by the states "as new members" before it, the new members listed after the
# coalition, the coalition taking states into its ranks (ضم … إلى صفوفه، قبول … إلى عضويته)
@pytest.mark.parametrize("text, states", [
    ("ورحب الوزراء بجمهورية الكونغو الديمقراطية وموزمبيق كعضوين جديدين في التحالف الدولي.",
     ["Democratic Republic of the Congo", "Mozambique"]),
    ("ومن الأعضاء الجدد في التحالف الدولي موريتانيا واليمن.", ["Mauritania", "Yemen"]),
    ("وأعلن التحالف الدولي عن ضم زامبيا إلى صفوفه.", ["Zambia"]),
    ("وقرر التحالف الدولي قبول توغو وغانا إلى عضويته.", ["Ghana", "Togo"]),
])
def test_new_members_and_states_taken_in(text, states):
    assert joined(text) == states


def test_taken_into_something_else_is_no_joining():
    assert joined("وقرر التحالف الدولي ضم ممثلين عن العراق إلى اللجنة.") == []


# --- observers: a state "as an observer state" (كدولة مراقبة), bodies listed after بصفة مراقب مثل; India by its
# name with the article (هند is a given name: الهند is no ordinary word)
def test_observers_by_a_state_noun_and_in_a_list():
    def observers(text):
        return sorted(m["state"] for m in facts(text)["memberships"] if m["event"] == "observer")
    assert observers("وحضرت الهند اجتماع التحالف الدولي كدولة مراقبة.") == ["India"]
    assert observers("وشاركت في الاجتماع الوزاري للتحالف الدولي 80 دولة ومنظمات دولية بصفة مراقب مثل الاتحاد الأفريقي.") \
        == ["African Union"]
    # monitoring is no observer status
    assert observers("وتتولى قوات التحالف الدولي مراقبة الحدود مع الهند.") == []


# --- the donors' pledges in construct (تعهدات المانحين بلغت …): theirs, together
def test_the_pledges_of_a_collective_in_construct():
    assert pledges("وقال الوزير إن تعهدات المانحين بلغت 30 مليار دولار.") == [("Donor states", 3e10, "USD", "new")]


# --- a state completing an aid noun in construct (دعم العراق) gets the money; a contribution
# (إسهام) that thereby reached a sum is money given
@pytest.mark.parametrize("text, expected", [
    ("وقال وزير الخارجية الألماني فرانك فالتر شتاينماير إن بلاده تعتزم دعم العراق في إعادة الإعمار بـ160 مليون يورو إضافية.",
     [("Germany", 1.6e8, "EUR", "new")]),
    ("وقال البرنامج إن إسهام النرويج في دعم الصندوق يكون قد بلغ بذلك عشرة ملايين دولار خلال العام الحالي.",
     [("Norway", 1e7, "USD", "past")]),
])
def test_aid_in_construct_and_a_contribution_reached(text, expected):
    assert pledges(text) == expected


# --- "another" sum in bare dollars is in the dollars of the sum before it (its euros aside); a US sum
# told after a Canadian one stays in US dollars
def test_another_sum_in_the_same_dollars():
    assert pledges("وأعلنت كندا عزمها تقديم مساعدات 158 مليون دولار كندي (110 ملايين يورو) كمساعدة إنسانية وضمانة "
                   "بقيمة مئتي مليون دولار أخرى لقروض من البنك الدولي.") == \
        [("Canada", 1.58e8, "CAD", "new"), ("Canada", 2e8, "CAD", "new")]
    assert pledges("وأعلنت كندا تقديم 158 مليون دولار كندي، فيما أعلنت الولايات المتحدة تقديم 200 مليون دولار.") == \
        [("Canada", 1.58e8, "CAD", "new"), ("United States", 2e8, "USD", "new")]


def test_a_sum_retold_in_bare_dollars_is_the_same():
    assert pledges("تعهدت كندا بتقديم 158 مليون دولار كندي كمساعدة إنسانية. وقال الوزير الكندي إن كل مبلغ الـ158 "
                   "مليون دولار تقريبا سيخصص للاحتياجات الأساسية.") == [("Canada", 1.58e8, "CAD", "new")]


# --- seventh session of 2026-12-07 (a blind probe of meeting reports): the imperfect of a meeting
# verb looks ahead (تشهد … الخميس: the coming Thursday); a host named by its state, or by one of that
# state's ministries, places the meeting in the catalogue's one row there (with a day and month, the
# one on that day); a delegate heading to a city to attend places it there; a venue outside a capital
# told as the capital (Skhirat as Rabat)
@pytest.mark.parametrize("text, published, expected", [
    ("تشهد العاصمة السعودية الرياض، الخميس، التئام الاجتماع الوزاري للتحالف الدولي ضد داعش.", "2023-06-07",
     [("Riyadh", "2023-06-08")]),
    ("شهدت العاصمة السعودية الرياض، الخميس، التئام الاجتماع الوزاري للتحالف الدولي ضد داعش.", "2023-06-07",
     [("Riyadh", "2023-06-01")]),
    ("احتضن المغرب، اليوم، الاجتماع الوزاري للتحالف الدولي ضد داعش.", None, [("Marrakesh", "2022-05-11")]),
    ("تستضيف الخارجية الأمريكية في السادس من فبراير المقبل اجتماعا للتحالف الدولي ضد داعش.", None,
     [("Washington", "2019-02-06")]),
    ("وأعلنت الخارجية الأمريكية أن وفدا سيتوجه إلى الرباط للمشاركة في اجتماع للتحالف الدولي ضد داعش ينعقد الثلاثاء "
     "المقبل.", None,
     [("Skhirat", "2018-06-26")]),
])
def test_hosts_venues_and_days_ahead(text, published, expected):
    assert meetings(text, published) == expected


def test_a_host_state_with_several_meetings_and_no_day_dates_nothing():
    # the United States hosted several ministerials: without a day or a year the text names none
    assert meetings("تستضيف الخارجية الأمريكية اجتماعا للتحالف الدولي ضد داعش.", None) == []


# --- an undated article's years told by who held office (the lexicon's post and its years): they narrow
# the catalogue's rows in the city; the same man in a later post, or called former, tells nothing
@pytest.mark.parametrize("text, expected", [
    ("وناقش وزير الخارجية العراقي محمد علي الحكيم على هامش الاجتماع الوزاري للتحالف الدولي ضد داعش المنعقد في "
     "واشنطن العلاقات الثنائية.", [("Washington", "2019-02-06")]),
    ("وقال وزير الخارجية العراقي محمد علي الحكيم في الاجتماع الوزاري المصغر للتحالف الدولي ضد داعش الذي تجري "
     "أعماله في واشنطن إن العراق شاكر.", [("Washington", "2019-11-14")]),
    ("وناقش وزير الخارجية العراقي السابق محمد علي الحكيم على هامش الاجتماع الوزاري للتحالف الدولي ضد داعش "
     "المنعقد في واشنطن العلاقات الثنائية.", [("Washington", None)]),
    ("والتقى وزير الدولة للشؤون الخارجية السعودي عادل الجبير على هامش الاجتماع الوزاري للتحالف الدولي ضد داعش "
     "المنعقد في واشنطن نظراءه.", [("Washington", None)]),
])
def test_officials_in_office_narrow_the_years(text, expected):
    assert meetings(text, None) == expected


# --- a numeric date month first only when it cannot be day first (a site on an American template)
def test_a_header_date_month_first():
    got = meetings("التحالف الدولي يجدد التزامه\n  • 11/22/2019\n  • 00:00\nوقال بيان صادر بعد الاجتماع الذي عقد يومي "
                   "19 و20 نوفمبر في لوكسمبورج للتحالف الدولي ضد داعش إن التنظيم هزم.", None)
    assert got == [("Luxembourg", "2019-11-19")]


# --- enrolment (انخراط) in the coalition is a joining; enrolment in a war is not
@pytest.mark.parametrize("text, expected", [
    ("أعلن رئيس الحكومة التونسية انخراط تونس في التحالف الدولي ضد تنظيم داعش.", ["Tunisia"]),
    ("وأكدت الولايات المتحدة، العضو في التحالف الدولي، انخراطها في الحرب على التنظيم في سوريا.", []),
])
def test_enrolment_in_the_coalition(text, expected):
    assert joined(text) == expected


# --- a meeting named by its city in construct (لاجتماع جدة), before the coalition had its name (ضد
# تنظيم الدولة); the city after a definite meeting noun is no such name
def test_a_meeting_named_by_its_city():
    assert meetings("قال البيان الختامي لاجتماع جدة، الخميس، إن عشر دول عربية وافقت على الانضمام إلى حملة عسكرية "
                    "ضد تنظيم الدولة.", None) == [("Jeddah", "2014-09-11")]
    assert meetings("قال البيان الختامي لاجتماع جدة، الخميس، إن الدول اتفقت على تعزيز التجارة.", None) == []


# --- a venue outside the city the press names (Andrews "in Washington") with its kind; defence and
# foreign ministers together are the plenary in the city itself
@pytest.mark.parametrize("text, expected", [
    ("وشارك قائد الجيش في اجتماع واشنطن لقادة جيوش دول التحالف الدولي ضد داعش.", [("Joint Base Andrews", "2014-10-14")]),
    ("رحب وزراء دفاع وخارجية التحالف الدولي ضد داعش في اجتماعهم المشترك في واشنطن أمس الأول (الخميس) بالتقدم.",
     [("Washington", "2016-07-21")]),
])
def test_a_venue_near_the_named_city(text, expected):
    assert meetings(text, "2016-07-23" if "الخميس" in text else None) == expected


# --- who held office dates an undated text only with the catalogue's one row there in those years: a
# span of weekdays picks no row, and a text's years outside the tenure do not stop it
def test_a_tenure_with_a_span_of_days_picks_nothing():
    assert meetings("وقال وزير الدفاع الأمريكي آشتون كارتر ووزير الخارجية جون كيري إن دول التحالف الدولي ضد داعش "
                    "قررت عقد اجتماع يومي الأربعاء والخميس في العاصمة الأمريكية واشنطن.", None) == [("Washington", None)]


# --- another body's people meeting (قادة الحلف … خلال قمة في وارسو: "the alliance" is NATO in an article
# that names it); a year that bounds a period is no meeting's date; a yearly gathering's edition dates an
# undated article (the 55th Munich Security Conference: 2019)
def test_another_bodys_summit_and_a_period():
    assert meetings("وقال الأمين العام لحلف شمال الأطلسي إن الحلف يدعم التحالف الدولي ضد داعش. وأوضح أن قادة "
                    "الحلف اتفقوا خلال قمة في وارسو على إرسال مدربين إلى العراق.", None) == []
    assert meetings("وقال المتحدث إن دول التحالف الدولي ضد داعش اجتمعت في وارسو، حيث كان للتحالف وجود هناك خلال "
                    "الفترة من 2004 حتى 2011.", None) == [("Warsaw", None)]


def test_the_edition_of_a_yearly_gathering_dates_an_undated_article():
    got = meetings("تنطلق اليوم أعمال مؤتمر ميونخ الدولي للأمن بدورته الخامسة والخمسين.\nوقالت الوزيرة إن وزراء دفاع "
                   "دول التحالف الدولي ضد داعش سيجتمعون في ميونخ لبحث مستقبل التحالف.", None)
    assert got == [("Munich", "2019")]


# --- seventh session: a donor's aid total reached (ليصل إجمالي حجم مساعدات طوكيو إلى) is past, a
# conference's total of pledges is not; money an actor raised last year is past and its own; the same
# sum rounded once is one pledge; a supply told in the present (يزوّد) gives to the one after the verb
@pytest.mark.parametrize("text, expected", [
    ("أعلنت الحكومة اليابانية أمس عن تقديم 22.7 مليون دولار مساعدات للنازحين العراقيين، ليصل إجمالي حجم مساعدات "
     "طوكيو ضمن هذه الفئات إلى 25.5 مليون دولار.", [("Japan", 2.27e7, "USD", "new"), ("Japan", 2.55e7, "USD", "past")]),
    ("ولفت المبعوث إلى أن التحالف الدولي جمع العام الماضي 445 مليون دولار لدعم الاستقرار في سوريا والعراق.",
     [("Global Coalition to Defeat ISIS", 4.45e8, "USD", "past")]),
    ("تعهدت الولايات المتحدة بتخصيص 148 مليون دولار للاستقرار. وأعلن الوزير أن الولايات المتحدة ستخصص 148,7 مليون "
     "دولار لهذا الصندوق.", [("United States", 1.48e8, "USD", "new")]),
    ("التحالف الدولي يزوّد الجيش العراقي بأسلحة بقيمة 5 مليارات دولار", [("Global Coalition", 5e9, "USD", "past")]),
])
def test_totals_raised_money_and_supplies(text, expected):
    assert pledges(text) == expected


# --- shares of a sum (150 مليونًا منها …، و50 مليونًا الإمارات): in its currency, told as it was, each by the
# state named; a share for a state (و75 مليون يورو لسوريا) is no gift of that state's, and millions of
# people are no money
def test_shares_of_a_sum():
    assert pledges("والتزم شركاء واشنطن في التحالف الدولي بتخصيص 300 مليون دولار لصالح العملية، 150 مليونًا منها "
                   "قدمتها السعودية، و50 مليونًا الإمارات.") == \
        [("Global Coalition", 3e8, "USD", "new"), ("Saudi Arabia", 1.5e8, "USD", "new"),
         ("United Arab Emirates", 5e7, "USD", "new")]
    assert pledges("وأعلنت ألمانيا تخصيص مبلغ 150 مليون يورو للعراق و75 مليون يورو لسوريا.") == \
        [("Germany", 7.5e7, "EUR", "new"), ("Germany", 1.5e8, "EUR", "new")]
    assert pledges("وقدمت الإمارات 300 مليون دولار للنازحين البالغ عددهم مليونا شخص.") == \
        [("United Arab Emirates", 3e8, "USD", "past")]


# --- the weekday after the meeting's works (تبدأ أعماله الخميس) before the day of a journey; a meeting
# with a committee is two parties' talks; chairing with a counterpart (سيترأس … مع نظيره) is co-chairing
@pytest.mark.parametrize("text, expected", [
    ("يتوجه وزير الخارجية المصري سامح شكري، مساء اليوم الثلاثاء، إلى العاصمة الأمريكية واشنطن للمشاركة في المؤتمر "
     "الوزاري للتحالف الدولي ضد داعش، المقرر أن تبدأ أعماله الخميس المقبل.", [("Washington", "2016-07-21")]),
    ("وقال المتحدث إن اللجنة العسكرية العليا العراقية عقدت أمس في العاصمة بغداد اجتماعا مع اللجنة العسكرية العليا "
     "للتحالف الدولي ضد داعش.", []),
    ("وسيترأس بلينكن مع نظيره السعودي، الخميس، في الرياض، اجتماعا للدول الأعضاء في التحالف الدولي ضد داعش.",
     [("Riyadh", "2023-06-08")]),
    ("والتقى بلينكن مع نظيره السعودي في الرياض على هامش اجتماع التحالف الدولي ضد داعش.", []),
])
def test_days_committees_and_co_chairs(text, expected):
    assert meetings(text, None) == expected


# --- a donors' or a support conference in a city is a gathering of its own, not the coalition's
def test_a_support_conference_is_no_coalition_meeting():
    text = ("وصل وزير الخارجية إلى العاصمة البريطانية لندن، مساء الأربعاء، يشارك فيها في مؤتمر دعم سوريا والمنطقة "
            "والذي يبدأ صباح الخميس. وكان الوزير قد شارك في اجتماع التحالف الدولي ضد داعش في روما.")
    assert [c for c, _ in meetings(text, "2016-02-04")] == ["Rome"]


# --- eighth session: a meeting held to build the coalition is its own (before it had its name); an
# undated report's اليوم is the weekday its lead gives, which picks the catalogue row that fell on it
def test_a_meeting_to_build_the_coalition_is_the_coalitions():
    text = ("نقلت الوكالة أنباء عن المساعي الأمريكية لبناء تحالف دولي لمواجهة داعش. حيث يعقد وزير الخارجية الأمريكي "
            "جون كيري، الأربعاء والخميس، في جدة اجتماعاً مع وزراء خارجية عرب، لبحث سبل التصدي لتنظيم داعش، وبناء "
            "تحالف دولي ضده.")
    assert meetings(text, None) == [("Jeddah", "2014-09-11")]
    assert meetings(text.replace("وبناء تحالف دولي ضده", "وتعزيز التعاون"), None) == []


def test_an_undated_reports_today_is_the_weekday_its_lead_gives():
    text = ("قال وزير الخارجية البريطاني، فيليب هاموند، اليوم الثلاثاء، إن التحالف الدولي متحد. وتابع هاموند في "
            "بيان، بعد مشاركته اليوم في مؤتمر التحالف الدولي للتصدي لداعش، والذي عقد في باريس، إن التحالف ملتزم.")
    assert meetings(text, None) == [("Paris", "2015-06-02")]      # the Tuesday row, not 2014's Monday
    assert meetings(text.replace("الثلاثاء", "الاثنين"), None) == [("Paris", "2014-09-15")]


def test_the_leader_and_the_places_of_a_coalition_with_its_count_are_no_members_listed():
    """ضم 14 دولة بقيادة الولايات المتحدة لمحاربة داعش في العراق وسوريا: the leader after بقيادة and the
    places (the second joined by و to the first) are not a list of members."""
    text = ("والسعودية عضو فاعل في التحالف الدولي الذي ضم 14 دولة بقيادة الولايات المتحدة الأمريكية لمحاربة "
            "الإرهاب الناجم من تحركات تنظيم داعش في العراق وسوريا.")
    assert [m for m in facts(text)["memberships"] if m["event"] == "member"] == []
    listed = facts("ويضم التحالف الدولي ضد داعش عدة دول منها فرنسا وبريطانيا وألمانيا.")["memberships"]
    assert {m["state"] for m in listed} >= {"France", "United Kingdom", "Germany"}


def test_an_undated_leads_day_and_month_date_the_meeting_a_later_sentence_places():
    text = ("قال وزير الخارجية الفرنسي لوران فابيوس، الثلاثاء 2 يونيو/حزيران إن الحرب ضد داعش ستكون طويلة.\n"
            "وأكد فابيوس، خلال مؤتمر صحفي على هامش مؤتمر التحالف الدولي في باريس، أن جهود التحالف مستمرة.")
    assert meetings(text, None) == [("Paris", "2015-06-02")]


@pytest.mark.parametrize("group", ["تنظيم الدولة الإسلامية", "تننظيم الدولة الإسلامية", "داعش"])
def test_a_meeting_to_counter_the_group_one_word_before_its_name(group):
    text = f"بدأ اجتماع تستضيفه مدينة جدة السعودية، الخميس، بمشاركة أمريكا و11 دولة لبحث مكافحة {group}."
    assert meetings(text, "2014-09-11") == [("Jeddah", "2014-09-11")]


def test_a_sum_told_as_coming_with_the_pledge_before_has_its_giver():
    got = pledges("أعلنت بريطانيا أنها ستقدم نحو 109 ملايين دولار لدعم الاستقرار. ويترافق ذلك مع تخصيص 19,9 مليون "
                  "دولار في العامين المقبلين للحاجات الإنسانية في سوريا.")
    assert got == [("United Kingdom", 1.99e7, "USD", "new"), ("United Kingdom", 1.09e8, "USD", "new")]
    assert pledges("ويترافق ذلك مع تخصيص 19,9 مليون دولار للحاجات الإنسانية.") == []     # no pledge before it


# --- a plural verb's collective subject further back in its clause is the donor, not the state
# that speaks (a minister's) or one named after the verb
@pytest.mark.parametrize("text, donor", [
    ("وقال وزير الخارجية الأمريكي إن المانحين خلال مؤتمر واشنطن تعهدوا بتخصيص ملياري دولار للعراق.", "Donor states"),
    ("وأعلن الوزير أن الدول المانحة في اجتماع أمس ببروكسل تعهدوا بتقديم 300 مليون دولار.", "Donor states"),
    ("وقال المبعوث إن حلفاء التحالف الدولي، بقيادة الولايات المتحدة، تعهدوا بالمساهمة بما مجموعه 150 مليون دولار.",
     "Global Coalition"),
])
def test_a_plural_verbs_collective_subject_back_in_its_clause(text, donor):
    assert [p[0] for p in pledges(text)] == [donor]


def test_a_collective_before_the_clause_of_another_giver_is_not_its_donor():
    got = pledges("وقال المانحون في مؤتمر الكويت إن اليابان تعهدت بتقديم 100 مليون دولار.")
    assert [p[0] for p in got] == ["Japan"]


# --- a total "become" (وبذلك يصبح إجمالي المساهمة) is what was given so far; a receiving verb
# before إن is not the cue of the giving told after it
def test_a_contributions_total_that_becomes_a_sum_is_money_given():
    got = pledges("وقالت البعثة إن ألمانيا قدمت منحة جديدة قدرها 3.9 ملايين دولار إلى الصندوق، وبذلك يصبح إجمالي "
                  "المساهمة الألمانية في الصندوق 16 مليون دولار.")
    assert got == [("Germany", 3.9e6, "USD", "new"), ("Germany", 1.6e7, "USD", "past")]


@pytest.mark.parametrize("received", ["تلقت (المدى برس)، نسخة منه", "تلقته الوكالة"])
def test_a_received_copy_is_not_the_sums_cue(received):
    got = pledges(f"وقالت البعثة في بيان {received} إن ألمانيا قدمت منحة جديدة قدرها 3.9 ملايين دولار إلى الصندوق.")
    assert got == [("Germany", 3.9e6, "USD", "new")]


# --- an observer status told after "alongside" is of those after it, not of those named before
@pytest.mark.parametrize("alongside", ["إلى جانب", "بالإضافة إلى", "فضلا عن"])
def test_observers_are_those_after_alongside(alongside):
    got = facts("ويشارك في اجتماع التحالف الدولي ضد داعش الأمين العام لحلف شمال الأطلسي ينس شتولتنبرغ والممثل الأعلى "
                f"للاتحاد الأوروبي جوسيب بوريل {alongside} ممثلي بعض الدول الأفريقية المدعوة بصفة مراقب.")["memberships"]
    assert [m for m in got if m["event"] == "observer"] == []


def test_an_observer_named_before_its_status_still_is_one():
    got = facts("وشارك في اجتماع التحالف الدولي ضد داعش الاتحاد الأفريقي بصفة مراقب.")["memberships"]
    assert [(m["state"], m["event"]) for m in got] == [("African Union", "observer")]


# --- an undated meeting placed in a city whose report counts the states: the one catalogue
# meeting of that format there with the coalition of that size (Washington: 68 in March 2017)
def test_a_count_of_states_picks_the_citys_meeting_of_that_size():
    text = ("وأفاد الوزير، لدى ترؤسه أمس الأول في واشنطن وفد بلاده في الاجتماع الوزاري لدول التحالف الدولي ضد "
            "تنظيم داعش، بأن بلاده ملتزمة. وشاركت 68 دولة في الاجتماع الوزاري للتحالف الدولي.")
    assert meetings(text, None) == [("Washington", "2017-03-22")]


# the states told by their number, definite (اجتماعات الدول الـ68 التي تقاتل داعش), are the coalition
# itself: a lead that names no coalition still reports its meeting; a subset counted (وزراء دفاع 26
# بلدا) is not the coalition as a whole
@pytest.mark.parametrize("states, date", [("الدول ال68", "2017-03-22"), ("الدول الـ 68", "2017-03-22"),
                                          ("26 دولة", None)])
def test_the_states_told_by_their_number_are_the_coalition(states, date):
    text = (f"بدأت في واشنطن أمس، بمشاركة وزير الخارجية سامح شكري، اجتماعات {states} التي تقاتل تنظيم داعش. "
            "ويمكن للوزير خلال هذه الاجتماعات طمأنة دول التحالف بشأن المخاوف. ويأتي هذا الاجتماع في واشنطن بعد شهرين.")
    assert meetings(text, None) == [("Washington", date)]


# a lead that places a meeting of a coalition format in a city without naming the coalition, then
# the coalition's own sentences that only refer back to "the meeting": the lead's meeting (the one
# Paris meeting of the coalition's defence ministers); a lead that only returns to a city is none
@pytest.mark.parametrize("lead, expected", [
    ("يجتمع في باريس اليوم الأربعاء وزراء دفاع الولايات المتحدة وفرنسا وبريطانيا وأربع دول أخرى لبحث الحرب ضد "
     "تنظيم داعش.", [("Paris", "2016-01-20")]),
    ("عاد وزير الدفاع إلى بغداد بعد أن شارك باجتماع وزراء دفاع ضد داعش.", []),
])
def test_a_lead_naming_no_coalition_places_its_meeting(lead, expected):
    text = lead + " ووصف وزير الدفاع الأمريكي الاجتماع بأنه فرصة لمحادثات بين المساهمين الرئيسيين في التحالف الدولي."
    assert meetings(text, None) == expected


# foreign and defence ministers together, in a city, undated: the city's one joint meeting in the
# catalogue (Washington, 21 July 2016); foreign ministers alone there are several meetings
@pytest.mark.parametrize("who, date", [("لوزراء خارجية ودفاع دول التحالف", "2016-07-21"),
                                       ("لوزراء الخارجية والدفاع في دول التحالف", "2016-07-21"),
                                       ("لوزراء خارجية دول التحالف", None)])
def test_foreign_and_defence_ministers_together_pick_the_joint_meeting(who, date):
    text = (f"وقال الأمين العام للمنظمة خلال اجتماع في واشنطن {who} الدولي ضد داعش أمس إن المنظمة ستلعب "
            "دورا في الحملة.")
    assert meetings(text, None) == [("Washington", date)]


@pytest.mark.parametrize("count", ["59", "21"])
def test_a_count_no_meeting_there_had_leaves_it_undated(count):
    text = ("وأفاد الوزير، لدى ترؤسه أمس الأول في واشنطن وفد بلاده في الاجتماع الوزاري لدول التحالف الدولي ضد "
            f"تنظيم داعش، بأن بلاده ملتزمة. وشاركت {count} دولة في الاجتماع الوزاري للتحالف الدولي.")
    assert meetings(text, None) == [("Washington", None)]


# --- several catalogue meetings in a city that year: the one of the publication's month
# (Brussels 2018: its defence ministers in June, the small group's ministers on 12 July)
@pytest.mark.parametrize("published, date", [("2018-07", "2018-07-12"), ("2018-07-20", "2018-07-12"), ("2018-03", "2018")])
def test_the_citys_meeting_of_the_publications_month(published, date):
    text = "وقال الوزير خلال كلمة له في الاجتماع الوزاري لدول التحالف الدولي ضد داعش في العاصمة البلجيكية بروكسل إن التحالف قوي."
    assert meetings(text, published) == [("Brussels", date)]


# --- an undated meeting placed only by its host state: the years its officials held office pick
# the one the state hosted then (Saudi Arabia: Jeddah 2014, Riyadh 2023; Blinken: 2021-2025)
def test_the_hosts_meeting_in_the_years_its_officials_held_office():
    text = ("وشدد الوزير في مداخلة في المؤتمر الوزاري للتحالف الدولي ضد داعش الذي استضافته المملكة العربية السعودية، "
            "وافتتحه وزير الخارجية الأميركي أنتوني بلينكن، على أهمية استمرار التحالف.")
    assert meetings(text, None) == [("Riyadh", "2023-06-08")]
    assert meetings(text.replace("وزير الخارجية الأميركي أنتوني بلينكن", "الوزير"), None) == []


# --- a list of past meetings by year and place: each year goes with the place written with it
def test_a_year_goes_with_the_place_written_with_it_in_a_list():
    text = ("أعلن الرئيس الأمريكي باراك أوباما عن تشكيل تحالف دولي لمكافحة داعش. وعقدت الاجتماعات الوزارية "
            "السابقة كما يلي: (في عام 2014م في جدة، وعام 2015م في باريس، وعام 2016م في روما).")
    assert meetings(text, None) == [("Jeddah", "2014")]


def test_a_state_announcing_that_it_will_join():
    """أعلنت تونس أنها ستنضم: "that it" before the join verb is the announcing state; a minister
    joining a meeting (إنه سينضم إلى اجتماع) is none."""
    assert joined("وأعلنت تونس أنها ستنضم إلى التحالف الدولي ضد داعش.") == ["Tunisia"]
    assert joined("وقال الوزير الفرنسي إنه سينضم إلى اجتماع التحالف الدولي.") == []
