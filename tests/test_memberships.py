"""Memberships (joined / observer / member), designations and roles."""
import pytest
from helpers_facts import facts

HEAD = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"


def test_joined_with_count():
    f = facts(HEAD + "ورحب الوزراء بانضمام كينيا وفيجي إلى التحالف، ليرتفع عدد أعضائه إلى 79.")
    got = {(m["state"], m["event"], m["member_count_after"]) for m in f["memberships"]}
    assert got == {("Kenya", "joined", 79), ("Fiji", "joined", 79)}


def test_ordinal_count_and_observer():
    f = facts(HEAD + "ورحب الوزراء بانضمام بوركينا فاسو إلى التحالف لتصبح العضو الرابع والثمانين.\n"
              "ورحب الوزراء بمشاركة طاجيكستان وأوزبكستان كمراقبين في الاجتماع.")
    got = {(m["state"], m["event"], m["member_count_after"]) for m in f["memberships"]}
    assert ("Burkina Faso", "joined", 84) in got
    assert ("Tajikistan", "observer", None) in got and ("Uzbekistan", "observer", None) in got


def test_member_list():
    f = facts(HEAD + "ويضم التحالف 60 دولة منها فرنسا وبريطانيا والأردن.")
    assert {m["state"] for m in f["memberships"] if m["event"] == "member"} >= {"France", "United Kingdom", "Jordan"}


def test_designation_and_role():
    f = facts(HEAD + "وقال وزير الخارجية الأمريكي مايك بومبيو إن بلاده فرضت عقوبات على أبو محمد العدناني ، وهو قيادي في التنظيم.")
    assert f["designations"] and f["designations"][0]["by"] == "United States"
    assert any(r["person"] == "Mike Pompeo" and r["state"] == "United States" for r in f["roles"])


def test_member_list_ends_at_the_clause():
    from helpers_facts import facts
    f = facts("اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في بروكسل اليوم.\n"
              "وقال الوزير إن التحالف يضم اليوم أكثر من 60 دولة، وإن طائراته نفذت غارات في العراق وسوريا.\n"
              "ويضم التحالف دولا عربية منها الأردن والمغرب، وكذلك السعودية.")
    members = {m["state"] for m in f["memberships"] if m["event"] == "member"}
    assert {"Jordan", "Morocco"} <= members and not members & {"Iraq", "Syria"}


def test_speaker_announces_own_state_joined_in_the_press_wording():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    d = extract(Article(id="t", source="t", text="وقال وزير الخارجية الأردني ناصر جودة إن بلاده انضمت إلى الائتلاف الدولي ضد الإرهاب."))
    assert [(d.entities[m.state].name_en, m.event) for m in d.memberships] == [("Jordan", "joined")]


def test_new_member_announcements_by_rank_or_as_new_partner():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    def joined(text):
        d = extract(Article(id="t", source="t", text=text))
        return [(d.entities[m.state].name_en, m.event, m.member_count_after) for m in d.memberships]

    assert joined("أصبحت غانا العضو رقم 88 في التحالف الدولي ضد داعش.") == [("Ghana", "joined", 88)]
    assert joined("رحب التحالف الدولي ضد داعش بجمهورية بنين شريكا جديدا.") == [("Benin", "joined", None)]
    assert joined("وانضمت كل من العراق والأردن إلى التحالف الدولي ضد داعش، فيما حضرت مصر الاجتماع.") == \
        [("Iraq", "joined", None), ("Jordan", "joined", None)]
    # a founding member or a "main partner" is no announcement of joining
    assert joined("وكانت فرنسا العضو المؤسس في التحالف الدولي ضد داعش.") == []
    assert joined("وقالت ألمانيا إن الشريك الأساسي في التحالف الدولي هو العراق.") == []


def test_own_state_of_a_speaker_of_unknown_nationality():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract
    d = extract(Article(id="t", source="t", text="وقال الناطق سامر خليل إن تونس تدعم الجهود، وإن بلاده انضمت إلى التحالف الدولي."))
    assert [(d.entities[m.state].name_en, m.event) for m in d.memberships] == [("Tunisia", "joined")]


def test_joining_by_the_subject_of_a_possessed_or_decided_join():
    """``أعلنت X انضمامها`` / ``قررت X الانضمام``: the subject before the verbal noun joined."""
    f = facts("أعلنت ماليزيا الأربعاء انضمامها إلى التحالف الدولي ضد داعش.")
    assert {(m["state"], m["event"]) for m in f["memberships"]} == {("Malaysia", "joined")}
    f = facts("وقالت مصادر إن حكومة الفلبين قررت أمس الانضمام رسميا إلى التحالف الدولي ضد داعش.")
    assert {m["state"] for m in f["memberships"]} == {"Philippines"}


def test_joining_list_after_a_count_noun():
    """``انضمام ثلاث دول هي: A وB وC``: the count noun and هي/هما open the list."""
    f = facts("وأعلن البيت الأبيض انضمام ثلاث دول هي: بنين وتوغو والنيجر إلى التحالف الدولي.")
    assert {m["state"] for m in f["memberships"] if m["event"] == "joined"} == {"Benin", "Togo", "Niger"}
    f = facts("ورحب الوزراء بانضمام دولتين هما غانا وبوركينا فاسو إلى التحالف.")
    assert {m["state"] for m in f["memberships"] if m["event"] == "joined"} == {"Ghana", "Burkina Faso"}


def test_an_organisation_joins():
    """International organisations and alliances join too (the gold names them as states)."""
    f = facts("أعلن الاتحاد الأفريقي انضمامه إلى التحالف الدولي لهزيمة داعش.")
    assert {m["state"] for m in f["memberships"]} == {"African Union"}
    f = facts("ورحب التحالف الدولي بانضمام منظمة الإنتربول إليه.")
    assert {m["state"] for m in f["memberships"]} == {"INTERPOL"}


def test_a_welcoming_state_is_not_a_joiner():
    f = facts("ورحبت فرنسا بانضمام كينيا إلى التحالف الدولي ضد داعش.")
    assert {m["state"] for m in f["memberships"]} == {"Kenya"}


def test_became_a_member_and_join_verbs_with_their_conjunction():
    """``أصبحت X عضوا`` / ``X أصبحت عضوا فيه`` / ``حصلت X على عضوية التحالف`` / ``وتنضم كل من …``
    are joinings; a wish (تريد أن يصبح X عضوا) is not."""
    joined = lambda t: {m["state"] for m in facts(t)["memberships"] if m["event"] == "joined"}  # noqa: E731
    assert joined("وأعلن التحالف الدولي ضد داعش أن زامبيا أصبحت عضوا فيه.") == {"Zambia"}
    assert joined("وأصبحت أوزبكستان عضوا كامل العضوية في التحالف الدولي ضد داعش.") == {"Uzbekistan"}
    assert joined("وحصلت السويد على عضوية التحالف الدولي ضد داعش.") == {"Sweden"}
    assert joined("وتنضم كل من غينيا وغامبيا إلى التحالف الدولي ضد داعش.") == {"Guinea", "Gambia"}
    assert joined("وقالت فرنسا إنها تريد أن يصبح الأردن عضوا فاعلا في التحالف الدولي ضد داعش.") == set()


def test_joiners_after_the_coalition_and_the_newest_member():
    """``انضمت إلى التحالف الدولي دولتان هما …`` (the joiners after the coalition) and ``X أحدث
    الدول المنضمة`` (the newest member)."""
    joined = lambda t: {m["state"] for m in facts(t)["memberships"] if m["event"] == "joined"}  # noqa: E731
    assert joined("وانضمت إلى التحالف الدولي دولتان جديدتان هما غانا وبنين.") == {"Ghana", "Benin"}
    assert joined("وانضمت إلى التحالف الدولي ضد داعش كل من غينيا بيساو وموزمبيق.") == {"Guinea-Bissau", "Mozambique"}
    assert joined("وتعد زيمبابوي أحدث الدول المنضمة إلى التحالف الدولي.") == {"Zimbabwe"}


def test_a_joining_denied_refused_or_only_asked_for_is_none():
    joined = lambda t: {m["state"] for m in facts(t)["memberships"]}  # noqa: E731
    assert joined("ونفت إيران انضمامها إلى التحالف الدولي ضد داعش.") == set()
    assert joined("ورفضت تركيا الانضمام إلى التحالف الدولي في ذلك الوقت.") == set()
    assert joined("ولم تنضم الصين إلى التحالف الدولي ضد داعش.") == set()
    assert joined("وطلبت إندونيسيا الانضمام إلى التحالف الدولي ضد داعش.") == set()
    assert joined("وقررت ماليزيا الانضمام إلى التحالف الدولي ضد داعش.") == {"Malaysia"}


def test_a_time_phrase_between_commas_keeps_the_joiner_in_its_clause():
    """``أعلنت فيجي، يوم الخميس، انضمامها``: the day set off by commas does not cut the state off
    from the join noun it owns."""
    f = facts("أعلنت فيجي، يوم الخميس، انضمامها إلى التحالف الدولي ضد داعش.")
    assert {(m["state"], m["event"]) for m in f["memberships"]} == {("Fiji", "joined")}


def test_states_named_as_places_are_not_members_listed():
    """``اجتماع يضم وزراء دول التحالف في سوريا … ببلجيكا``: where the fight or the meeting is,
    not states the coalition is said to include."""
    f = facts(HEAD + "وعقد أول اجتماع يضم وزراء الدفاع في التحالف الذي يقاتل داعش في سوريا والعراق بمقر الحلف ببلجيكا.")
    assert [m for m in f["memberships"] if m["event"] == "member"] == []
    f = facts(HEAD + "ويضم التحالف دولا منها فرنسا وكندا.")
    assert {m["state"] for m in f["memberships"] if m["event"] == "member"} == {"France", "Canada"}


def test_states_that_formed_the_coalition_joined_it():
    """``ويذكر أن كلا من فرنسا وكندا قد شكلت تحالفا ضد داعش``: founders joined; not when what was
    formed is no alliance against ISIS, nor the coalition forming something."""
    f = facts("ويذكر أن كلا من فرنسا وكندا ودولا أخرى قد شكلت تحالفا ضد تنظيم داعش الأسبوع الماضي.")
    assert {(m["state"], m["event"]) for m in f["memberships"]} == {("France", "joined"), ("Canada", "joined")}
    f = facts("وقالت فرنسا إن التحالف الدولي ضد داعش شكل لجنة جديدة.")
    assert f["memberships"] == []


def test_joining_in_any_form_of_its_two_verbs_and_their_nouns():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    def joined(text):
        d = extract(Article(id="t", source="t", text=text))
        return [(d.entities[m.state].name_en, m.event, m.member_count_after) for m in d.memberships]

    assert joined("والتحقت بنما بالتحالف الدولي ضد داعش هذا الأسبوع.") == [("Panama", "joined", None)]
    assert joined("ووقعت غينيا وثيقة للانضمام إلى التحالف الدولي ضد داعش.") == [("Guinea", "joined", None)]
    # the speaker's country as the subject of the verb governing the noun, the speaker a bare title
    assert joined("وقال وزير الخارجية الكيني إن بلاده قررت الانضمام إلى التحالف الدولي ضد داعش.") == \
        [("Kenya", "joined", None)]
    # a wish or an invitation is no joining
    assert joined("وأبدت بنما رغبتها في الانضمام إلى التحالف الدولي ضد داعش.") == []
    assert joined("ووجهت فرنسا دعوة إلى بنما للانضمام إلى التحالف الدولي ضد داعش.") == []


def test_the_nth_state_of_the_coalition():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    def joined(text):
        d = extract(Article(id="t", source="t", text=text))
        return [(d.entities[m.state].name_en, m.event, m.member_count_after) for m in d.memberships]

    assert joined("وباتت بنما الدولة رقم 91 في التحالف الدولي ضد داعش.") == [("Panama", "joined", 91)]
    assert joined("وأعلنت بنما انضمامها إلى التحالف الدولي ضد داعش، لتكون الدولة الحادية والتسعين.") == \
        [("Panama", "joined", 91)]
    # the Islamic State is no rank
    assert joined("وقالت بنما إن الدولة الإسلامية تهدد التحالف الدولي.") == []


def test_states_coordinated_before_the_verb_and_the_coalition_of_the_sentence_before():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    def joined(text):
        d = extract(Article(id="t", source="t", text=text))
        return [(d.entities[m.state].name_en, m.event) for m in d.memberships]

    assert joined("وكانت كندا، والدنمارك انضمتا إلى التحالف الدولي ضد داعش.") == \
        [("Canada", "joined"), ("Denmark", "joined")]
    # no coalition in the sentence: the one named just before, when the verb has no object of its own
    assert joined("ودعت واشنطن الدول إلى الانضمام إلى التحالف الدولي ضد داعش. لكن النرويج وبولندا انضمت منذ "
                  "الأحد.") == [("Norway", "joined"), ("Poland", "joined")]
    assert joined("ودعت واشنطن الدول إلى الانضمام إلى التحالف الدولي ضد داعش. وانضمت النرويج إلى حلف آخر.") == []


def test_the_newest_member_and_the_members_number_after_the_verb():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    def joined(text):
        d = extract(Article(id="t", source="t", text=text))
        return [(d.entities[m.state].name_en, m.event, m.member_count_after) for m in d.memberships]

    assert joined("ورحب الوزير ببنما بوصفها العضو الأحدث في التحالف الدولي ضد داعش.") == [("Panama", "joined", None)]
    assert joined("وكانت بنما آخر دولة تنضم إلى التحالف الدولي ضد داعش.") == [("Panama", "joined", None)]
    assert joined("وانضمت بنما إلى التحالف الدولي ضد داعش لتصبح الدولة العضو رقم 91.") == [("Panama", "joined", 91)]


def test_a_join_as_the_result_of_the_clause_before_and_its_mistyped_verb():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    def joined(text):
        d = extract(Article(id="t", source="t", text=text))
        return [(d.entities[m.state].name_en, m.event) for m in d.memberships]

    # لتنضم بذلك: the sentence's subject joined; ض typed ظ counts only with إلى after it
    assert joined("أعلنت البرتغال أمس أنها سترسل مدربين للتحالف الدولي ضد داعش، لتنضم بذلك إلى 40 دولة.") == \
        [("Portugal", "joined")]
    assert joined("قررت بولندا دعم التحالف الدولي ضد داعش, لتنظم بذلك إلى الدول الأعضاء.") == [("Poland", "joined")]
    assert joined("قالت بولندا إنها تنظم مؤتمرا عن التحالف الدولي ضد داعش.") == []
    # a call to join is no joining
    assert joined("ودعت البرتغال النمسا لتنضم إلى التحالف الدولي ضد داعش.") == []


def test_a_join_noun_coordinated_with_the_clause_before_shares_its_subject():
    from coalition_kg.loaders.article import Article
    from coalition_kg.loaders.pipeline import extract

    def joined(text):
        d = extract(Article(id="t", source="t", text=text))
        return [(d.entities[m.state].name_en, m.event) for m in d.memberships]

    assert joined("وقال الرئيس إن تشاد قررت تعزيز قواتها على الحدود، والانضمام إلى التحالف الدولي ضد داعش.") == \
        [("Chad", "joined")]
    # a refusal before the comma governs the coordinated noun too
    assert joined("وقال الرئيس إن تشاد رفضت إرسال قوات، والانضمام إلى التحالف الدولي ضد داعش.") == []


def test_join_by_government_nisba_and_new_partner_and_more_verb_forms():
    f = facts(HEAD + "وقررت الحكومة الكينية الانضمام إلى التحالف.\n"
              "وباتت زامبيا الشريك الجديد في التحالف.\n"
              "وقال الوزير التشادي: انضممنا إلى التحالف قبل عام.")
    joined = {m["state"] for m in f["memberships"] if m["event"] == "joined"}
    assert {"Kenya", "Zambia"} <= joined


def test_active_member_or_a_wish_is_no_joining():
    f = facts(HEAD + "وباتت زامبيا العضو الأنشط في التحالف.\n"
              "وتأمل الحكومة الكينية الانضمام إلى التحالف.")
    assert not [m for m in f["memberships"] if m["event"] == "joined"]


def test_states_after_a_join_verb_with_its_coalition_glued_and_newly_joined_states():
    f = facts(HEAD + "والتحقت بالتحالف كل من تونس وليبيا.\n"
              "ورحب الوزراء بالدول المنضمة حديثا إلى التحالف وهي بنين وغانا.\n"
              "وقدم الوزير التهنئة للحكومة الصومالية بمناسبة انضمامها إلى التحالف.")
    joined = {m["state"] for m in f["memberships"] if m["event"] == "joined"}
    assert joined == {"Tunisia", "Libya", "Benin", "Ghana", "Somalia"}


def test_states_that_joined_at_any_date_are_no_new_joining():
    f = facts(HEAD + "وتشارك الدول المنضمة إلى التحالف مثل فرنسا وبريطانيا في الاجتماع.")
    assert not [m for m in f["memberships"] if m["event"] == "joined"]


# kinds of joining found on made-up sentences: (the sentences after HEAD, the states that joined)
JOIN_KINDS = {
    "another coalition or body as the object is no joining": (
        "وأعلنت سلطنة عمان انضمامها إلى التحالف الإسلامي العسكري لمحاربة الإرهاب.\n"
        "وانضمت ماليزيا إلى التحالف العربي في اليمن.\nوانضمت بنما إلى التحالف الدولي.", {"Panama"}),
    "a time or manner word between the verb and who joined": (
        "وانضمت، الأربعاء، جمهورية غانا رسميا إلى صفوف التحالف.\nكما انضمت رسميا توغو إلى التحالف الدولي.",
        {"Ghana", "Togo"}),
    "verbs that join only the coalition named as object": (
        "وانخرطت الصومال في التحالف الدولي منذ عامين.\nودخلت ليبيا التحالف الدولي بعد موافقة حكومتها.\n"
        "ودخلت القوات العراقية مدينة تكريت بدعم من التحالف الدولي.\nوانخرطت فرنسا في الحملة الجوية للتحالف.",
        {"Somalia", "Libya"}),
    "an organ of the state joins for it, unless it did not": (
        "وصادق البرلمان التونسي على الانضمام للتحالف الدولي.\nولم يصادق البرلمان العراقي على الانضمام إلى التحالف.",
        {"Tunisia"}),
    "accepted as member, the latest named, an auxiliary before the verb": (
        "وتم قبول موزمبيق عضوا في التحالف الدولي.\n"
        "وقد انضمت إلى التحالف حتى اليوم 86 دولة ومنظمة، آخرها بنين.\nوكانت غينيا قد انضمت إلى التحالف عام 2019.",
        {"Mozambique", "Benin", "Guinea"}),
}


@pytest.mark.parametrize("text,joined", JOIN_KINDS.values(), ids=JOIN_KINDS.keys())
def test_kinds_of_joining(text, joined):
    assert {m["state"] for m in facts(HEAD + text)["memberships"]} == joined


@pytest.mark.parametrize("text, joined", [
    ("وأعلن التحالف أن النيجر التحقت بالتحالف إلى جانب كل من جمهورية تشاد وبنين.", {"Niger", "Chad", "Benin"}),
    ("وانضمت غانا إلى التحالف الدولي ضد داعش رفقة توغو.", {"Ghana", "Togo"}),
    ("وقالت الوزيرة إن الفلبين انضمت مع ماليزيا إلى التحالف.", {"Philippines", "Malaysia"}),
])
def test_joined_alongside_others(text, joined):
    """States a join names as joining along with the joiner (إلى جانب، رفقة، مع) joined too."""
    f = facts(HEAD + text)
    assert {m["state"] for m in f["memberships"] if m["event"] == "joined"} == joined


@pytest.mark.parametrize("text, joined", [
    ("وانضمت ثلاث دول أفريقية إلى التحالف هي غينيا ومالي والنيجر.", {"Guinea", "Mali", "Niger"}),
    ("وقد انضمت إلى التحالف هذا العام كل من غامبيا وغينيا بيساو.", {"Gambia", "Guinea-Bissau"}),
    ("ورحب الوزراء بالأعضاء الجدد في التحالف: بوركينا فاسو وتوغو.", {"Burkina Faso", "Togo"}),
    ("واستقبل التحالف عضوين جديدين هما الصومال وجيبوتي.", {"Somalia", "Djibouti"}),
    ("وأكدت فرنسا دعمها للشركاء الجدد في التحالف.", set()),
    ("وقال مسؤول أمريكي إن سوريا ستنضم إلى التحالف الدولي ضد داعش.", {"Syria"}),
    ("وقال الوزير إن تونس تدرس أن تنضم إلى التحالف.", set()),
])
def test_joinings_told_in_other_orders(text, joined):
    """The count noun before the coalition (انضمت ثلاث دول … إلى التحالف هي), a time aside
    before the list, the new members after a colon, a join to come (ستنضم); a plan is none."""
    f = facts(HEAD + text)
    assert {m["state"] for m in f["memberships"] if m["event"] == "joined"} == joined


@pytest.mark.parametrize("text, joined", [
    ("وتعد السنغال ثالث دولة أفريقية تنضم إلى التحالف الدولي.", {"Senegal"}),
    ("وكانت الأرجنتين أول دولة لاتينية تلتحق بالتحالف.", {"Argentina"}),
    ("وصارت ماليزيا جزءا من التحالف الدولي ضد داعش.", {"Malaysia"}),
])
def test_the_nth_state_to_join_and_becoming_part_of_the_coalition(text, joined):
    f = facts(HEAD + text)
    assert {m["state"] for m in f["memberships"] if m["event"] == "joined"} == joined


@pytest.mark.parametrize("text, joined", [
    ("وأكد الوزير أن الأردن من الدول المؤسسة للتحالف الدولي ضد داعش.", {"Jordan"}),
    ("وكانت السعودية من أوائل الدول التي انضمت إلى التحالف في 2014.", {"Saudi Arabia"}),
    ("وانضمت بريطانيا إلى الضربات الجوية التي يشنها التحالف في سوريا.", set()),
    ("وانضمت كندا إلى العمليات العسكرية للتحالف الدولي في العراق.", set()),
])
def test_founders_and_the_first_to_join_but_not_who_joined_the_strikes(text, joined):
    """Among the founding states, or the first to join: joined. Joining the strikes or the
    operations is a contribution to the coalition's war, no joining of the coalition."""
    f = facts(HEAD + text)
    assert {m["state"] for m in f["memberships"] if m["event"] == "joined"} == joined


def test_one_member_singled_out_is_no_list_of_members():
    """يضم 83 عضوا من بينها X، التي …: X is named to say more about it, not listed as a member;
    a list after the same words stays one."""
    f = facts(HEAD + "ويضم التحالف 83 عضوا من بينها كندا، التي تؤكد التزامها بهزيمة التنظيم.")
    assert not [m for m in f["memberships"] if m["event"] == "member"]
    f = facts(HEAD + "ويضم التحالف 83 عضوا من بينها كندا وفرنسا.")
    assert {m["state"] for m in f["memberships"] if m["event"] == "member"} == {"Canada", "France"}


def test_joining_as_an_observer_is_an_observer():
    f = facts(HEAD + "وانضمت البرازيل إلى التحالف بصفة مراقب.")
    assert {(m["state"], m["event"]) for m in f["memberships"]} == {("Brazil", "observer")}


@pytest.mark.parametrize("text, joined", [
    ("وكانت كندا البلد الوحيد الذي استجاب لدعوة الرئيس الأمريكي للانضمام إلى التحالف.", {"Canada"}),
    ("وقبلت تونس دعوة الانضمام إلى التحالف الدولي.", {"Tunisia"}),
    ("ودعت فرنسا تونس إلى الانضمام إلى التحالف.", set()),
])
def test_a_call_to_join_answered_is_a_joining(text, joined):
    """A call or invitation to join is none (settlement 14), but one answered or accepted
    (استجاب لدعوة، قبلت دعوة الانضمام) is: the joiner is who answered."""
    f = facts(HEAD + text)
    assert {m["state"] for m in f["memberships"] if m["event"] == "joined"} == joined


def test_a_roles_evidence_spans_its_name_and_title_in_either_order():
    f = facts("وأكد توماس ألدن، وزير الخارجية البريطاني، دعم بلاده للتحالف الدولي ضد داعش.")
    (r,) = [r for r in f["roles"] if r["person"] == "توماس ألدن"]
    assert r["start"] < r["end"] and "توماس ألدن" in r["evidence"] and "وزير الخارجية" in r["evidence"]


@pytest.mark.parametrize("text, joined", [
    ("وأصبحت غانا الدولة العضو رقم 86 في التحالف.", ("Ghana", 86)),       # الدولة العضو: no ordinal of الدولة
    ("وصارت الفلبين الشريك الرابع والسبعين في التحالف.", ("Philippines", 74)),
    ("والتحالف يرحب بالفلبين كشريك جديد.", ("Philippines", None)),          # welcomed as a new partner
    ("إستونيا عضو جديد في التحالف.", ("Estonia", None)),                     # a headline's nominal sentence
    ("ورحبت فرنسا بعضو جديد في التحالف.", None),                              # welcoming one unnamed
    ("وأصبحت فرنسا الدولة الأكثر مشاركة في التحالف.", None),                 # a superlative, no rank
])
def test_a_member_by_its_number_or_as_a_new_partner(text, joined):
    got = [(m["state"], m["member_count_after"]) for m in facts(HEAD + text)["memberships"] if m["event"] == "joined"]
    assert got == ([joined] if joined else [])


def test_observers_in_the_dual():
    """وتحضر كل من طاجيكستان وأوزبكستان الاجتماع بصفة دولتين مراقبتين: the dual of observer states."""
    f = facts(HEAD + "وتحضر كل من طاجيكستان وأوزبكستان الاجتماع بصفة دولتين مراقبتين.")
    assert {(m["state"], m["event"]) for m in f["memberships"]} == {("Tajikistan", "observer"), ("Uzbekistan", "observer")}


@pytest.mark.parametrize("text", [
    # the urger and the one urged stand between the verb of urging and the join word
    "في حين تحض الولايات المتحدة وفرنسا هذا البلد على الانضمام إلى التحالف.",
    "وتدعو واشنطن الحكومة الماليزية إلى الانضمام إلى التحالف.",
    # a call or requests to join, refused or received
    "رفضت إيران نداء من الولايات المتحدة للانضمام إلى التحالف.",
    "وقال الوزير إن هولندا تلقت طلبات من فرنسا وبريطانيا للانضمام إلى التحالف.",
])
def test_a_call_or_an_urging_to_join_is_no_joining(text):
    assert [m for m in facts(HEAD + text)["memberships"] if m["event"] == "joined"] == []


def test_a_joining_told_in_the_pluperfect_after_its_subject_with_those_alongside():
    f = facts(HEAD + "وأوقفت الإمارات غاراتها، علما أن الإمارات كانت انضمت للتحالف الدولي إلى جانب 4 دول عربية أخرى هي "
              "السعودية والبحرين وقطر والأردن.")
    got = {m["state"] for m in f["memberships"] if m["event"] == "joined"}
    assert got == {"United Arab Emirates", "Saudi Arabia", "Bahrain", "Qatar", "Jordan"}


@pytest.mark.parametrize("text,state", [
    # a request to join that the coalition accepts: the one who asked joined
    ("ووافق التحالف على طلب الفلبين الانضمام إليه.", "Philippines"),
    # a joining fronted in a time clause points ahead to the subject after its comma
    ("وبعد انضمامها إلى التحالف، شاركت الفلبين في عدة اجتماعات.", "Philippines"),
])
def test_a_request_accepted_and_a_fronted_joining_are_joinings(text, state):
    assert [(m["state"], m["event"]) for m in facts(HEAD + text)["memberships"]] == [(state, "joined")]


def test_a_request_not_yet_accepted_is_no_joining():
    assert facts(HEAD + "وقالت الوزارة إن طلب الفلبين الانضمام قيد الدرس.")["memberships"] == []


@pytest.mark.parametrize("text", [
    "وتتردد باكستان في الانضمام إلى التحالف.",
    "واستبعدت روسيا الانضمام إلى التحالف.",
    "وتستعد الفلبين للانضمام إلى التحالف.",
    "وتتحفظ الجزائر على الانضمام إلى التحالف.",
])
def test_a_joining_hesitated_over_ruled_out_or_prepared_for_has_not_happened(text):
    assert facts(HEAD + text)["memberships"] == []


@pytest.mark.parametrize("text", [
    "استقبل رئيس الإقليم المبعوث الخاص للتحالف الدولي ضد داعش والوفد المرافق له الذي ضم كلا من السفير الأمريكي "
    "لدى العراق والسفير البريطاني وممثلين عن ألمانيا وإيطاليا.",
    "وعقد في بغداد اجتماع للتحالف الدولي ضد داعش ضم ممثلين عن الولايات المتحدة وبريطانيا وفرنسا وأستراليا.",
    "والتقى الوزير بوفد عسكري من التحالف الدولي يضم ضباطا من فرنسا وبريطانيا.",
])
def test_who_a_delegation_or_meeting_holds_is_no_member_list(text):
    """The subject of ضم is a delegation or a meeting (of the coalition, or named after it):
    its people attend; settlement 25 gives attending no membership."""
    assert _members(text) == []


def test_the_coalition_that_holds_states_still_lists_its_members():
    """Near-miss: the relative clause after the coalition's name is the coalition's."""
    assert {s for s, e in _members("وقال إن التحالف الذي يضم السعودية والإمارات والأردن والبحرين سيواصل الضربات.")
            if e == "member"} == {"Saudi Arabia", "United Arab Emirates", "Jordan", "Bahrain"}


def _members(text):
    return [(m["state"], m["event"]) for m in facts(text)["memberships"]]


@pytest.mark.parametrize("text", ["كما انضم الاتحاد الأفريقي إلى التحالف الدولي ضد داعش بصفة مراقب.",
                                  "وقد أعلن الاتحاد الأفريقي انضمامه إلى التحالف الدولي بصفة مراقب."])
def test_a_body_joins_as_an_observer_as_a_state_does(text):
    assert _members(text) == [("African Union", "observer")]
