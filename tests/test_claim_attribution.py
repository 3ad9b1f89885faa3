"""Claims and their speakers as the Arabic press writes them (issue 9, item 2): unnamed
officials, ministries' and embassies' statements, the pluperfect (وكان … قد), "each of",
honorific pronouns, the source of a quoted statement, and the content of a quoted act.
Sentences written for these tests (made-up people)."""
import pytest
from helpers_facts import facts

HEAD = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"


def claims(text):
    return facts(HEAD + text)["claims"]


def test_unnamed_official_is_not_a_named_person_of_that_state():
    cl = claims("وقال الرئيس الفرنسي إيمانويل ماكرون إن الحرب طويلة.\n"
                "ثم أكد مسؤول فرنسي أن الاجتماع سيستمر يومين.\n"
                "وقال دبلوماسيون إن البيان جاهز.")
    assert cl[1]["speaker"] == "France" and "مسؤول فرنسي" in cl[1]["speaker_ar"]
    assert cl[2]["speaker"] == "دبلوماسيون"


def test_the_official_is_the_named_official_not_the_head_of_state():
    cl = claims("وقال الرئيس الأمريكي جو بايدن إن الحرب طويلة.\n"
                "وأعلنت مساعدة وزير الخارجية الأمريكي سارة ميلر عن دعم جديد.\n"
                "وأكدت المسؤولة الأمريكية أن التحالف موحد.")
    assert cl[2]["speaker"] == cl[1]["speaker"] != cl[0]["speaker"]


def test_a_ministry_statement_and_the_bare_statement_after_it():
    cl = claims("وقال بيان الخارجية التونسية إن الاجتماع ناجح.\nوأوضح البيان أن تونس ستشارك في العمليات.")
    assert [c["speaker"] for c in cl] == ["Ministry of Foreign Affairs (Tunisia)"] * 2


def test_an_embassy_statement_in_a_sentence_then_the_statement():
    cl = claims("وفي بيان صدر اليوم، أوضحت السفارة الإيطالية أن الوفد وصل.\nوشدد البيان على أن الدعم مستمر.")
    assert [c["speaker"] for c in cl] == ["Embassy of Italy"] * 2


def test_pluperfect_and_each_of():
    cl = claims("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن التحالف قوي.\n"
                "وكان وزير الخارجية النرويجي يوهان بيرغ قد أعلن أن بلاده ستقدم الدعم.\n"
                "في حين رأى كل من وزير الخارجية الأردني سمير الخطيب ووزير الخارجية التونسي نبيل "
                "العياري أن الحل سياسي.")
    assert [c["speaker"] for c in cl] == ["Antony Blinken", "يوهان بيرغ", "سمير الخطيب"]


def test_honorific_pronoun_is_the_person_named_before():
    cl = claims("وترأس وفد الدولة معالي الدكتور سالم العبيدلي، وزير الدولة للشؤون الخارجية.\n"
                "وأكد معاليه أن الحرب على الإرهاب طويلة.")
    assert cl[-1]["speaker"] == "سالم العبيدلي"


def test_a_body_named_before_its_acronym_in_brackets_speaks_and_speaks_again():
    cl = claims("أعلنت بعثة الأمم الخاصة لمساعدة العراق (يونامي)، الثلاثاء، أن ألمانيا قدمت 10 ملايين يورو.\n"
                "وأضافت البعثة أن البرنامج يعمل.\n"
                "وأكدت دائرة الأمم المتحدة للإجراءات المتعلقة بإزالة الألغام أن العمل مستمر.")
    assert [c["speaker"][:5] for c in cl[:2]] == ["UNAMI", "UNAMI"]
    # an adjective's ب complement is inside the body's name (المتعلقة بإزالة), no telling of it
    assert cl[2]["speaker"] == "دائرة الأمم المتحدة للإجراءات المتعلقة بإزالة الألغام"


# who speaks, by kind (text, [(speaker, verb)]): one made-up text each
_WHO_SPEAKS = {
    # سيادته, the Iraqi ministries' honorific, as معاليه
    "iraqi-honorific": ("وألقى وزير الخارجية العراقي إبراهيم الجعفري كلمة في الاجتماع.\n"
                        "واضاف سيادته أن ما تحققه قواتنا المسلحة كبير.", [("Ibrahim al-Jaafari", "واضاف")]),
    # طمأن (reassured) a statement, وطالبهم (urged them) a call with its object pronoun
    "reassuring-urging-them": ("طمأن وزير الخارجية الأمريكي مايك بومبيو الحلفاء يوم الأربعاء بأن الولايات المتحدة "
                               "ملتزمة.\nوطالبهم بتجديد الالتزام بهدف إلحاق الهزيمة بالتنظيم.",
                               [("Mike Pompeo", "طمأن"), ("Mike Pompeo", "وطالبهم")]),
    # الدول المنضوية في التحالف (enrolled in it) speak for it, as الدول المشاركة فيه; كرر is a verb of speech
    "states-enrolled": ("وعدت الدول المنضوية في التحالف الدولي بتقديم حزمة مساعدات جديدة.\nكررت الدول المشاركة في "
                        "التحالف الدولي ضد تنظيم داعش اليوم خلال اجتماعها في روما عزمها على دحره.",
                        [("Global Coalition", "وعدت"), ("Global Coalition", "كررت")]),
    # عن متحدث رسمي قوله: an indefinite spokesman is an unnamed source, as مسؤول is
    "unnamed-spokesman": ("ونقلت الوكالة عن متحدث رسمي قوله إن الهجوم فشل.", [("متحدث رسمي", "ونقلت")]),
    # جاء الإعلان في مستهل الاجتماع places the act told before, as جاء ذلك does; جاء في البيان is one
    "placing-the-announcement": ("وأعلن بلينكن أن الولايات المتحدة ستخصص 148.7 مليون دولار. جاء الإعلان في مستهل "
                                 "اجتماع وزاري للتحالف الدولي ضد داعش في مراكش. وجاء في البيان الختامي أن التحالف باق.",
                                 [("Antony Blinken", "وأعلن"), ("Global Coalition", "وجاء")]),
    # أحمد الوزير، المتحدث باسم …: الوزير is his family name (the post follows the comma), so he
    # speaks, not the person named in the sentence before
    "family-name-a-post-word": ("وقال شيخموس أحمد إن الوضع صعب.\nوأكد أحمد الوزير، المتحدث باسم وزارة الداخلية في "
                                "دمشق، أن المخيم جزء من الاتفاقية.",
                                [("شيخموس أحمد", "وقال"), ("أحمد الوزير", "وأكد")]),
    # وزراء خارجية 23 دولة: the ministers at the table, not the person of the sentence before
    "ministers-of-counted-states": ("وقال وزير الخارجية الأمريكي جون كيري إن التحالف قوي.\nواستبعد وزراء خارجية 23 "
                                    "دولة في ختام اجتماعهم في روما القيام بأي تدخل عسكري في ليبيا.",
                                    [("John Kerry", "وقال"), ("Coalition ministers", "واستبعد")]),
    # ووفقا لما ذكرته الوزارة: the ministry's act; with the sentence's own verb of speech after the
    # source (، قال الوزير) it only relays that act (inside what was told, فإن … تعهدوا, it does not)
    "according-to-what-a-body-told": ("ووفقا لما ذكرته وزارة الخارجية القطرية في بيان لها اليوم، شارك الوزير في "
                                      "الاجتماع.", [("Ministry of Foreign Affairs (Qatar)", "ذكرته")]),
    "according-to-what-then-a-speaker": ("ووفقا لما ذكرته وزارة الخارجية الكويتية في بيان لها، قال وزير الخارجية "
                                         "الكويتي أحمد ناصر المحمد الصباح إن التحالف موحد.",
                                         [("أحمد ناصر المحمد الصباح", "قال")]),
    # فلان: مشاركة الإمارات … تؤكد موقفها: the verb belongs to the headline's content, the name says it
    "colon-headline-content-verb": ("علي النعيمي: مشاركة الإمارات بريا ضد داعش تؤكد موقفها السياسي\nقال الدكتور علي "
                                    "النعيمي، رئيس تحرير بوابة العين الإخبارية، إن المشاركة مهمة.",
                                    [("علي النعيمي", None), ("علي النعيمي", "قال")]),
    # a topic label with no verb of speech (المغرب: المشاركة في اجتماع …) says nothing
    "colon-topic-label": ("المغرب: المشاركة في اجتماع التحالف الدولي بروما\nقال الوزير إن المشاركة مهمة.",
                          [("الوزير", "قال")]),
    # الصفدي خلال اجتماع دولي ضد داعش: …: where he spoke, between his name and the colon
    "colon-headline-at-a-meeting": ("الصفدي خلال اجتماع دولي ضد داعش: ضم الاحتلال أراض فلسطينية سيقوض جهود السلام\n"
                                    "عمان - قال وزير الخارجية أيمن الصفدي إن الإرهاب خطر.",
                                    [("Ayman Safadi", None), ("Ayman Safadi", "قال")]),
}


@pytest.mark.parametrize("text, acts", _WHO_SPEAKS.values(), ids=_WHO_SPEAKS.keys())
def test_who_speaks(text, acts):
    assert [(c["speaker"], c["verb"]) for c in claims(text)] == acts


def test_a_newspaper_relaying_a_statement_is_no_second_act():
    cl = claims('وقال وزير الخارجية الأردني سمير الخطيب في تصريح أوردته صحيفة "الغد" إن "التحالف باق حتى '
                'هزيمة التنظيم".')
    assert [(c["speaker"], c["verb"]) for c in cl] == [("سمير الخطيب", "وقال")]


def test_quoted_content_is_the_quote_not_the_speaker():
    cl = claims('وقال وزير الخارجية الأردني سمير الخطيب: "التحالف باق حتى هزيمة التنظيم".')
    assert cl[0]["content"] == "التحالف باق حتى هزيمة التنظيم"


def test_bayyana_with_shadda_is_a_speech_verb():
    cl = claims("وقال وزير الخارجية الأردني سمير الخطيب إن التحالف قوي.\nوبيّن الوزير أن الدعم مستمر.")
    assert [c["verb"] for c in cl] == ["وقال", "وبيّن"]


def test_title_in_apposition_then_title_with_nisba_is_that_person():
    cl = claims("التقى الشيخ صباح ناصر الحمد الجابر نائب رئيس مجلس الوزراء ووزير الخارجية في الكويت أمس "
                "وفدا من التحالف.\n"
                "وجدد وزير الخارجية الكويتي التأكيد على دعم بلاده للتحالف.")
    assert cl[-1]["speaker"] == "صباح ناصر الحمد الجابر"


def test_act_reported_inside_another_keeps_both_and_does_not_carry():
    cl = claims("وقال المتحدث باسم الحكومة الأردنية سامي النجار إن الاجتماع انتهى.\n"
                "وأوضح أن وزير الخارجية الأمريكي أنتوني بلينكن، أكد أن التحالف سيواصل عمله.\n"
                "وأضاف أن الوفود غادرت.")
    got = [(c["speaker"], c["verb"]) for c in cl]
    assert ("Antony Blinken", "أكد") in got
    outer = next(c for c in cl if c["verb"] == "وأوضح")
    assert outer["speaker"] == "سامي النجار" and outer["evidence"].endswith("عمله.")
    assert cl[-1]["speaker"] == "سامي النجار"


def test_no_subject_across_a_colon():
    cl = claims("وقال وزير الخارجية الأردني سمير الخطيب إن التحالف قوي.\nوتابع: تنظيم داعش ما زال يهدد المنطقة.")
    assert cl[-1]["speaker"] == "سمير الخطيب"


def test_participles_after_a_semicolon_or_before_reported_speech_and_feminine_forms():
    cl = claims("وقال وزير الخارجية الأردني سمير الخطيب إن التحالف قوي؛ مبرزا أن الدعم مستمر.\n"
                'وأكد الخطيب أن المقاتلين يحاولون التمدد مضيفا "يجب ألا نسمح بذلك".\n'
                "وقالت وزيرة الخارجية الليبية سعاد المبروك إن بلادها مستعدة، منبهة للتطورات الأخيرة.")
    verbs = [c["verb"] for c in cl]
    assert "مبرزا" in verbs and "مضيفا" in verbs and "منبهة" in verbs


def test_connective_before_verb_and_new_verbs():
    cl = claims("وقال وزير الخارجية الأردني سمير الخطيب إن التحالف قوي.\n"
                "لهذا أوضح المسؤول الأردني أن الدعم مستمر.\nواتهم الخطيب التنظيم بتجنيد الأطفال.\n"
                "وهدد الخطيب بالانسحاب من الاتفاق.")
    assert [c["verb"] for c in cl] == ["وقال", "أوضح", "واتهم", "وهدد"]


def test_bare_title_is_the_minister_titled_without_nationality():
    cl = claims("وشارك الشيخ خالد بن سالم آل ثامر وزير الخارجية في الاجتماع.\n"
                "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن التحالف قوي.\n"
                "وأكد وزير الخارجية أن بلاده تدعم الحل السياسي.")
    assert cl[-1]["speaker"] == "خالد بن سالم آل ثامر"


def test_headline_colon_with_a_title_and_its_complement():
    text = ("المبعوث الأميركي للتحالف الدولي لمحاربة داعش: لا انسحاب قريبا\n"
            'قال المبعوث الأميركي للتحالف الدولي لمحاربة "داعش"، جون هيل، إن القوات باقية.')
    cl = facts(text)["claims"]
    assert [c["speaker"] for c in cl] == ["جون هيل", "جون هيل"]


def test_accused_noun_with_bi_is_the_object_not_the_speaker():
    cl = claims("وقال وزير الخارجية الأردني سمير الخطيب إن التحالف قوي.\nواتهم إيران بدعم الجماعات المسلحة.")
    assert [c["speaker"] for c in cl] == ["سمير الخطيب", "سمير الخطيب"]


def test_a_government_or_side_of_a_state_speaks_for_it():
    cl = claims("وأكدت الحكومة العراقية أن الانسحاب سيتم على مراحل.\n"
                "وجدد الجانبان الأميركي والإسباني التزامهما بدعم التحالف.")
    assert cl[0]["speaker"] == "Iraq" and "الحكومة العراقية" in cl[0]["speaker_ar"]
    assert cl[1]["speaker"] == "United States" and cl[1]["co_speakers"] == ["Spain"]


def test_kept_silent_is_no_claim_and_relative_act_with_its_own_subject_is():
    cl = claims("لكن واشنطن التزمت الصمت إزاء الخطة.\n"
                "وجاء ذلك ليؤكد ما كشف عنه المتحدث باسم الحكومة الأردنية سامي النجار، حيث أعلن أن الوفد وصل.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("سامي النجار", "كشف"), ("سامي النجار", "أعلن")]


def test_speech_acts_told_by_a_verbal_noun():
    cl = claims("وأشار المراسل إلى تأكيد بلينكن أن الإرهاب يتمدد في أفريقيا.\n"
                "وجاءت الزيارة غداة إعلان التحالف الدولي عن انضمام دولة جديدة.\n"
                "وصدرت تأكيدات من الحكومة العراقية بأن الانسحاب سيتم.\n"
                "وأربك الإعلان الأمريكي المفاجئ الحلفاء.\n"
                "وعقد الاجتماع بدعوة من وزير الخارجية الأردني سمير الخطيب.")
    got = {(c["speaker"], c["verb"]) for c in cl}
    assert {("Antony Blinken", "تأكيد"), ("Global Coalition to Defeat ISIS", "إعلان"), ("Iraq", "تأكيدات"),
            ("United States", "الإعلان")} <= got
    assert not [c for c in cl if c["verb"] == "بدعوة"]
    assert not claims("وتصاعدت الضغوط مع تجدد دعوة روسيا إلى الانسحاب من المنطقة.")


def test_present_tense_opening_a_report_with_its_subject_and_inna():
    cl = claims("وتقول القيادة المركزية الأمريكية إن الغارات مستمرة.\nويقول الناس في المدينة كلاما كثيرا.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("United States Central Command (CENTCOM)", "وتقول")]


def test_idh_clause_is_its_own_act_and_feminine_participle_and_statistics_source():
    cl = claims('وقال وزير الخارجية الأردني سمير الخطيب إن الحرب طويلة.\n'
                'وإذ أكد أن "الأردن شريك في المعركة"، أكد أنه "لا يجوز ترك البلاد".\n'
                "وأكدت الإمارات أن الحرب تتطلب تضافر الجهود، مشددةً على أهمية الجانب الفكري.\n"
                "وبحسب إحصائية صادرة عن التحالف الدولي، تعد الأردن من أهم الداعمين.\n"
                "وأدرك التحالف أن التهديد مستمر.")
    got = [(c["speaker"], c["verb"]) for c in cl]
    assert got[1:3] == [("سمير الخطيب", "أكد"), ("سمير الخطيب", "أكد")]
    assert ("United Arab Emirates", "مشددةً") in got
    assert ("Global Coalition to Defeat ISIS", "وبحسب") in got
    assert ("Global Coalition to Defeat ISIS", "وأدرك") in got


def test_unnamed_sources_keep_their_qualifiers_and_their_body():
    cl = claims("وقال مسؤول في وزارة الدفاع الأمريكية إن الغارات مستمرة.\n"
                "وقال مصدر دبلوماسي غربي إن الاجتماع ناجح.\nوقال دبلوماسيون أوروبيون إن الخطة جاهزة.")
    assert cl[0]["speaker"] == "United States Department of Defense (Pentagon)"
    assert [c["speaker"] for c in cl[1:]] == ["مصدر دبلوماسي غربي", "دبلوماسيون أوروبيون"]


def test_a_title_with_its_complement_before_the_verb_is_the_subject():
    # SVO with a long title: its prepositional complement (إلى …، في …) stands between title and verb
    cl = claims("وقال وزير الخارجية الكندي سامر الحداد إن الدعم مستمر.\n"
                "ووزير الخارجية الكندي في الحكومة الجديدة قال إن الاجتماع مهم.\n"
                "وصل بريت ماكغورك إلى بغداد.\n"
                "المبعوث الأمريكي الخاص إلى التحالف الدولي ضد داعش أعلن أن بلاده سترسل مدربين.")
    assert [c["speaker"] for c in cl[:2]] == ["سامر الحداد"] * 2
    assert cl[2]["verb"] == "أعلن" and cl[2]["speaker"] == "Brett McGurk"


def test_the_medium_told_is_not_the_speaker():
    # أكد لقناة … / صرح للصحفيين: the ل-phrase after the verb is whom one told
    cl = claims("وكان مصدر أمني أردني أكد لقناة المملكة أن الحدود آمنة.\n"
                "وصرح للصحفيين وزير الخارجية الإسباني بأن بلاده ستشارك.")
    assert cl[0]["speaker"] == "Jordan"
    assert cl[1]["speaker"] == "Spain" or "وزير الخارجية الإسباني" in (cl[1].get("speaker_ar") or [cl[1]["speaker"]])


def test_a_plural_verb_keeps_its_pronoun_subject():
    # وشكروا الأردن: the plural verb's subject is its pronoun (the participants), the noun its object
    cl = claims("وأشاد المشاركون في الاجتماع بجهود الحكومة العراقية.\n"
                "كما شكروا الأردن على استضافة اللاجئين، وشددوا على أهمية التنسيق.")
    assert [c["verb"] for c in cl] == ["وأشاد", "شكروا", "وشددوا"]
    assert cl[1]["speaker"] == cl[2]["speaker"] == cl[0]["speaker"] != "Jordan"


def test_a_name_after_the_title_its_complement_and_a_comma():
    cl = claims("وأعلن منسق البيت الأبيض لشؤون الشرق الأوسط والتحالف الدولي، بريت ماكغورك، أن الدعم مستمر.\n"
                "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الحرب طويلة.")
    assert cl[0]["speaker"] == "Brett McGurk" != cl[1]["speaker"]


def test_according_to_with_the_preposition_glued():
    # وفقا لوكالة …، طبقا للوزير: ل written on the source's first word
    cl = claims("ووفقا لوكالة رويترز، فإن الاجتماع انتهى بلا بيان.\n"
                "وطبقا لقرار الحكومة، فإن الدعم مستمر.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Reuters", "ووفقا")]


def test_the_source_is_the_source_introduced_before():
    # وذكر المصدر: the unnamed source an earlier sentence introduced, in its own words
    cl = claims("قال مصدر دبلوماسي في تصريحات صحفية إن دول الحلف قررت الانضمام إلى التحالف.\n"
                "وذكر المصدر أن هذا القرار يتطلب تصديقا من رؤساء الدول المشاركة في القمة المقبلة.")
    assert [c["speaker"] for c in cl] == ["مصدر دبلوماسي"] * 2


def test_a_statement_from_its_issuers():
    # بيان من / صادر من: the issuer follows من as it follows عن; a descriptor (الدول المنظمة) may stand first
    cl = claims("قال بيان من الدول المنظمة النرويج والسويد إن المؤتمر جمع أكثر من مليار دولار.\n"
                "وأكد بيان صادر من الخارجية التونسية أن تونس ستشارك.")
    assert [c["speaker"] for c in cl] == ["Norway", "Ministry of Foreign Affairs (Tunisia)"]


def test_a_comma_between_the_subject_after_kana_and_its_verb():
    cl = claims("وقال وزير الخارجية الكندي سامر الحداد إن الدعم مستمر.\n"
                "وكانت وزارة الدفاع الإيطالية، أعلنت صباح اليوم أن طائراتها قصفت مواقع للتنظيم.")
    assert cl[1]["speaker"] != cl[0]["speaker"] and "وزارة الدفاع الإيطالية" in cl[1]["speaker_ar"]


def test_the_meeting_and_its_documents_speak_for_the_coalition():
    cl = claims("وقال وزير الخارجية الكندي سامر الحداد إن الدعم مستمر.\n"
                "وشدد الاجتماع على أهمية التنسيق بين الدول.\n"
                "كما أكد وزراء الخارجية أن الدعم مستمر.\n"
                "وأكدت الوثيقة الختامية أن التحالف موحد.\n"
                "ووصف الحداد الاجتماع بأنه ناجح.\n"
                "ووصف الاجتماع بأنه ناجح جدا ومثمر للغاية.")
    assert [c["speaker"] for c in cl] == ["سامر الحداد", "Global Coalition", "Coalition ministers",
                                          "Global Coalition", "سامر الحداد", "سامر الحداد"]


def test_quoted_by_a_medium_and_in_the_words_of():
    # نقلت الوكالة عن X: X speaks, the agency relays; على لسان X: in X's words; على حد قوله: no new act
    cl = claims("ونقلت وكالة الأنباء الفرنسية عن مسؤول عراقي أن الحدود مغلقة.\n"
                "وجاء على لسان وزير الخارجية الأردني أيمن الصفدي أن الأردن سيشارك.\n"
                "وأضاف الصفدي أن الحرب طويلة على حد قوله.")
    assert [c["speaker"] for c in cl] == ["Iraq", "Ayman Safadi", "Ayman Safadi"]


def test_a_title_no_one_answers_to_speaks_by_its_words():
    # no person named: the title (with its body) stands for the speaker, before or after the verb
    cl = claims("وزير الخارجية الكندي قال إن الاجتماع مهم.\n"
                "وقالت المتحدثة باسم الخارجية البريطانية إن لندن ستشارك.")
    assert [c["speaker"] for c in cl] == ["وزير الخارجية الكندي", "المتحدثة باسم الخارجية البريطانية"]


def test_a_government_in_a_state_speaks_for_it():
    cl = claims("وأعلنت الحكومة في كندا أنها سترسل مدربين إلى العراق.")
    assert cl[0]["speaker"] == "Canada"


def test_the_name_after_a_titles_complement_is_the_speaker():
    """A title with a long complement and then the name, no comma between (المتحدث باسم الوزارة
    فلان، المبعوث الرئاسي في الخارجية للتحالف ضد داعش فلان): the named person speaks; a name
    after ل is whom one speaks to."""
    cl = claims("وقال المتحدث باسم الوزارة سامي الفرحان إن الوفد وصل.\n"
                "وأضاف أن الاجتماع مهم.\n"
                "وقال المبعوث الرئاسي في الخارجية الأمريكية للتحالف الدولي ضد داعش جون ستيرلينغ إن الدعم مستمر.")
    assert [c["speaker"] for c in cl[:3]] == ["سامي الفرحان", "سامي الفرحان", "جون ستيرلينغ"], cl


def test_a_qualifier_after_an_honorific_does_not_hide_the_name():
    """``الجنرال المتقاعد فلان`` (retired), ``السفير السابق فلان`` (former): the named person speaks."""
    cl = claims("قال الجنرال المتقاعد مارك هيلدن إن جهود التحالف تضعف التنظيم.\n"
                "وقال السفير السابق كمال الراوي إن الوضع معقد.")
    assert [c["speaker"] for c in cl[:2]] == ["مارك هيلدن", "كمال الراوي"], cl


def test_a_relative_clause_between_the_subject_and_its_verb():
    """``وكان فلان، الذي شارك في اللقاء، قد أكد``: the clause set off by commas belongs to the
    subject before it, which speaks."""
    cl = claims("وكان الأمين العام لحلف شمال الأطلسي سامي الفرحان، الذي شارك في اللقاء، قد أكد أن القرارات مهمة.")
    assert [c["speaker"] for c in cl] == ["سامي الفرحان"], cl


def test_a_speech_verb_after_haythu_is_said_by_the_person_the_sentence_names():
    """``والتقى الرئيس فلان بالمشاركين حيث أكد …``: the clause after حيث continues the sentence's
    own subject, not the speaker of the sentence before."""
    cl = claims("وقال وزير الخارجية الكندي سامي الفرحان إن الوفد وصل.\n"
                "والتقى الرئيس الأمريكي جو بايدن بالمشاركين حيث أكد أن الحملة في بدايتها، موضحا أن النجاحات كثيرة.")
    assert [c["speaker"] for c in cl] == ["سامي الفرحان", "Joe Biden", "Joe Biden"], cl


@pytest.mark.parametrize("when", ["عندما", "حين", "حينما"])
def test_a_speech_verb_after_when_is_said_by_the_main_clauses_person(when):
    """``طرح السناتور فلان سؤالا مشابها عندما قال إن …``: "when he said", the doer of the main
    clause speaks, not the speaker of the sentence before."""
    cl = claims("وقال وزير الخارجية الكندي سامي الفرحان إن الوفد وصل.\n"
                f"وقبل سنة طرح السناتور الأمريكي كريم الهادي سؤالا مشابها {when} قال إن المقاتلات تعود بحمولتها.")
    assert [c["speaker"] for c in cl] == ["سامي الفرحان", "كريم الهادي"], cl


@pytest.mark.parametrize("act", ["وأكد قناعته بأنه يجب على بلاده الانضمام إلى التحالف.",
                                 "وجدد التزامه بأن بلاده ستدعم التحالف."])
def test_a_possessed_noun_after_the_verb_is_its_object_not_a_name(act):
    """``وأكد قناعته بأنه``: "his conviction", a word of the language with a pronoun, is what he
    affirmed; the speaker carries on (a rare word there would be a name no list knows)."""
    cl = claims("وقال وزير الخارجية الكندي سامي الفرحان إن الوفد وصل.\n" + act)
    assert [c["speaker"] for c in cl] == ["سامي الفرحان", "سامي الفرحان"], cl


def test_a_bodys_words_before_the_verb_are_its_subject():
    """``الوزارةُ أوضحت في بيانٍ أن``: the bare ministry before its verb is the ministry named before
    (and the statement it issued speaks for it next); a body no list knows speaks by its words."""
    cl = claims("وأكدت وزارة الخارجية الأمريكية أن الاجتماع سيعقد.\n"
                "الوزارةُ أوضحت في بيانٍ أن الوزير سيستضيف الاجتماع.\nالبيانُ أضاف أن الوزراء سيناقشون الخطة.\n"
                "مجلس الأمن الوطني قال إن الخطة جاهزة.")
    assert [c["speaker"] for c in cl] == ["United States Department of State"] * 3 + ["مجلس الأمن الوطني"], cl


def test_haythu_after_another_act_is_said_by_the_person_named_last():
    """``وقالت الوزارة إن … بعد زيارة قام بها فلان لبغداد حيث أعلن …``: the person named last
    before حيث speaks the subordinate act, not the ministry of the sentence's first act."""
    cl = claims("وقالت وزارة الدفاع الأمريكية إن الاجتماع مهم بعد زيارة قام بها الوزير الكندي سامي الفرحان "
                "لبغداد حيث أعلن زيادة الدعم.")
    assert cl[-1]["speaker"] == "سامي الفرحان" and cl[-1]["verb"] == "أعلن", cl


def test_the_regime_or_kingdom_of_a_nisba_is_the_state():
    """``النظام السوري``، ``المملكة المغربية`` speak for the state, as ``الحكومة العراقية`` does."""
    cl = claims("وقال النظام السوري إن الاجتماع غير شرعي.\nوأكدت المملكة المغربية أنها ستواصل دعم التحالف.")
    assert [c["speaker"] for c in cl] == ["Syria", "Morocco"], cl


def test_a_relayed_source_ends_where_what_it_said_begins():
    """``ونقلت صحيفة … عن مصادر إن الولايات المتحدة …``: the unnamed sources speak, not the state
    named in what they said."""
    cl = claims("ونقلت صحيفة محلية عن مصادر إن الولايات المتحدة اختارت الكويت لاستضافة الاجتماع.")
    assert [c["speaker"] for c in cl] == ["مصادر"], cl


def test_a_verb_with_an_object_pronoun_in_a_relative_clause_is_no_act():
    """``أكد الوزير أن الهدف هو القضاء على التنظيم الذي وصفه بأنه ورم``: what the minister called
    ISIS is part of his act, not a second one cutting it short."""
    cl = claims("وأكد وزير الخارجية الكندي سامي الفرحان أن الهدف هو القضاء على التنظيم الذي وصفه بأنه ورم خبيث.")
    assert [c["verb"] for c in cl] == ["وأكد"] and "ورم خبيث" in cl[0]["evidence"], cl


def test_a_statement_with_an_adjective_before_its_states_nisba():
    """``بيان رسمي إماراتي``: the state of the nisba issued it, not the coalition."""
    cl = claims("وأكد بيان رسمي إماراتي أن المحادثات تناولت التعاون العسكري.")
    assert [c["speaker"] for c in cl] == ["United Arab Emirates"], cl


def test_expressed_with_a_long_titled_subject_before_its_preposition():
    """``عبّر وزير الدفاع الكندي فلان، عن قناعته``: a two-word verb (عبر عن) whose preposition
    comes after a titled subject; عبر alone (via, across) is no verb of speech."""
    cl = claims("وعبر وزير الدفاع الكندي سامي الفرحان، عن قناعته بوحدة موقف دول التحالف.\n"
                "ووصل الوفد عبر الحدود إلى بغداد.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("سامي الفرحان", "وعبر")], cl


def test_a_verb_after_fi_waqt_opens_its_clause():
    """``…، في وقت شددت السعودية أنها …`` (while): the verb opens a clause with its own subject."""
    cl = claims("وجددت الوزيرة التزامها بمكافحة التطرف، في وقت شددت السعودية أنها ستستمر في حربها.")
    assert ("Saudi Arabia", "شددت") in [(c["speaker"], c["verb"]) for c in cl], cl


def test_according_to_someones_words_is_attributed_to_him():
    """``ووفق كلام فلان``، ``بحسب تصريحات فلان``: the words, then whose they are."""
    cl = claims("وقال وزير الخارجية الكندي سامي الفرحان إن الحلف جاهز.\n"
                "ويريد الحلف مهمات جديدة، ووفق كلام الفرحان “يتعلق الأمر بالأولويات”.")
    assert cl[-1]["speaker"] == "سامي الفرحان" and cl[-1]["verb"] == "ووفق", cl


def test_by_her_saying_is_an_act_of_the_person_named_before():
    """``وهيأت الوزيرة فلانة البرلمان الألماني لالتزام طويل بقولها: "…"``: the person named before
    says it (not the state of an adjective in between)."""
    cl = claims("وهيأت المستشارة الألمانية أنجيلا ميركل البرلمان الألماني لالتزام طويل بقولها: \"الحرب طويلة\".")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Angela Merkel", "بقولها")], cl   # in the lexicon now


def test_what_came_in_a_text_is_its_authors_claim():
    from helpers_facts import facts
    head = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"
    cl = facts(head + "وجاء في البيان الختامي للاجتماع أن الخلايا تتراجع.")["claims"]
    assert [(c["verb"], c["speaker"]) for c in cl] == [("وجاء", "Global Coalition")]
    cl = facts(head + "وورد في تغريدة لوزارة الخارجية الفرنسية أن باريس تدين الهجوم.")["claims"]
    assert [(c["verb"], c["speaker"]) for c in cl] == [("وورد", "Ministry of Foreign Affairs (France)")]
    # a bare "the post" is the text of whoever spoke before
    cl = facts(head + "وقالت السفارة الأمريكية في عمان إن الهجوم مدان.\nوجاء في التدوينة: \"نقف مع الأردن\".")["claims"]
    assert [c["speaker"] for c in cl if c["verb"] == "وجاء"] == [cl[0]["speaker"]]
    # جاء ذلك في كلمة: where something was said, no act of its own
    assert facts(head + "وجاء ذلك في كلمة ألقاها الوزير في بغداد.")["claims"] == []


def test_a_medium_relaying_unnamed_sources_answers_for_them():
    from helpers_facts import facts
    head = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"
    cl = facts(head + "ونقلت وكالة أنباء «توكاي»، اليابانية، عن مصادر قريبة من ملف العلاقات الفرنسية أن الدعم مستمر.")["claims"]
    assert [(c["verb"], c["speaker"], c["co_speakers"]) for c in cl] == [("ونقلت", "توكاي", ["مصادر قريبة من"])]
    # the source's place is not whose it is
    cl = facts(head + "وكان تلفزيون كاروان قد نقل عن مصادر محلية في العراق أن الهجوم وقع.")["claims"]
    assert [(c["verb"], c["speaker"]) for c in cl] == [("نقل", "كاروان")]
    # a named source speaks itself
    cl = facts(head + "ونقلت وكالة أنباء «توكاي» عن وزير الخارجية الياباني تارو كونو قوله إن الدعم مستمر.")["claims"]
    assert [c["speaker"] for c in cl if c["verb"] == "ونقلت"] == ["تارو كونو"]


def test_a_press_statement_of_a_ministry_is_the_ministrys():
    from helpers_facts import facts
    head = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"
    cl = facts(head + "وذكر بيان صحافي لوزارة الخارجية النرويجية أن الاجتماع ناجح.\nوأضاف البيان أن العمل مستمر.")["claims"]
    assert [c["speaker"] for c in cl] == ["Ministry of Foreign Affairs (Norway)"] * 2


def test_a_rank_before_a_name_found_without_it_still_names_the_speaker():
    from helpers_facts import facts
    head = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"
    cl = facts(head + "وقال الكولونيل كريس هولستيد وهو متحدث باسم التحالف في رسالة إنه شاهد التقارير.")["claims"]
    assert [(c["verb"], c["speaker"]) for c in cl] == [("وقال", "كريس هولستيد")]
    # mid-sentence, after a fronted phrase, the rank and name are still the verb's own subject
    cl = facts(head + "وعن الوضع في سوريا قال الكولونيل كريس هولستيد إن المعارك مستمرة.")["claims"]
    assert [(c["verb"], c["speaker"]) for c in cl] == [("قال", "كريس هولستيد")]


def test_a_title_then_a_rank_with_its_qualifier_then_the_name():
    from helpers_facts import facts
    head = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"
    cl = facts(head + "وقال رئيس الأركان العامة بالجيش الكويتي الفريق ركن سالم عادل الصقر إن الجهود مستمرة.")["claims"]
    assert [(c["verb"], c["speaker"]) for c in cl] == [("وقال", "سالم عادل الصقر")]


def test_a_bare_title_is_the_holder_of_the_whole_title_not_of_one_of_its_words():
    from helpers_facts import facts
    head = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"
    cl = facts(head + "حذر وزير الخارجية البحريني الشيخ سالم بن حمد آل مبارك من إيران.\n"
               "وشارك معالي الشيخ سالم بن حمد آل مبارك وزير الخارجية وسعادة الفريق الركن يوسف بن حمد "
               "المنصوري وزير شؤون الدفاع في الاجتماع.\nوأكد وزير الخارجية في كلمته حرص البحرين على المشاركة.")["claims"]
    assert cl[-1]["verb"] == "وأكد" and cl[-1]["speaker"] == cl[0]["speaker"]


def test_a_colon_headline_with_the_speaker_in_quotation_marks():
    from helpers_facts import facts
    cl = facts('"التحالف الدولي": سنواصل الضربات في سوريا\n\nوقال المتحدث إن العمليات مستمرة.')["claims"]
    assert cl[0]["verb"] is None and cl[0]["speaker"] == "Global Coalition to Defeat ISIS"


def test_the_speaker_after_stacked_posts_a_complement_and_an_initial():
    # two posts in a row, the second with a complement, then an address and an initial (د.)
    c = claims("وأكد نائب رئيس الوزراء وزير الدولة لشؤون الاستثمار الشيخ د. سالم الفارس الخالد التزام "
               "الكويت بأهداف التحالف.")
    # the name ends before the verbal noun التزام (its ال is no article)
    assert len(c) == 1 and c[0]["speaker"].endswith("سالم الفارس الخالد")


def test_the_coalitions_forces_speak_for_the_coalition():
    c = claims("وقالت قوات التحالف الدولي في بيان إن طائراتها نفذت 9 غارات قرب الرقة.")
    assert [(x["speaker"], x["verb"]) for x in c] == [("Global Coalition to Defeat ISIS", "وقالت")]
    # the forces of another body are not the coalition
    c = claims("وقالت قوات سوريا الديمقراطية في بيان إن مقاتليها تقدموا قرب الرقة.")
    assert all(x["speaker"] != "Global Coalition to Defeat ISIS" for x in c)


def test_the_official_alone_is_the_person_named_before():
    c = claims("ونقلت رويترز عن المبعوث الخاص جيمس دوران قوله إن التحالف يتقدم.\n"
               "واعتبر المسؤول أن الضربات الجوية تضعف التنظيم.")
    assert c[-1]["verb"] == "واعتبر" and c[-1]["speaker"] == "جيمس دوران"
    # an unnamed official introduced before is still that source, not the named person
    c = claims("وقال الوزير الكندي جون سميث إن التحالف يتقدم.\nوقال مسؤول أمريكي إن الغارات مستمرة.\n"
               "وأضاف المسؤول أن التنظيم يتراجع.")
    assert c[-1]["speaker"] != "John Smith" and "سميث" not in c[-1]["speaker"]


def test_a_bare_statement_right_after_a_bodys_words_is_that_bodys():
    c = claims("وأعربت منظمة الصحة العالمية عن قلقها من الأوضاع في المخيمات. وحض البيان الدول على زيادة الدعم.")
    assert [x["speaker"] for x in c if x["verb"] == "وحض"] == ["World Health Organization"]
    # no body spoke before: the coalition's own statement, as before
    c = claims("وحض البيان الدول على زيادة الدعم.")
    assert [x["speaker"] for x in c if x["verb"] == "وحض"] == ["Global Coalition"]


def test_an_envoy_of_a_state_named_after_the_title_is_the_envoy_the_text_names():
    c = claims("قال مبعوث الولايات المتحدة للتحالف إن التنظيم يتراجع.\n"
               "ونقلت وكالة رويترز عن المبعوث الأمريكي جيمس دوران قوله إن الغارات مستمرة.")
    assert [x["speaker"] for x in c][:1] == ["جيمس دوران"]


def test_the_agency_alone_is_the_news_agency_the_article_named():
    c = claims("ونقلت وكالة أنباء «ميراي» اليابانية عن مسؤول قوله إن طوكيو ستساهم.\n"
               "وأشارت الوكالة إلى أن المساهمة ستذهب إلى النازحين.")
    got = [x["speaker"] for x in c if x["verb"] == "وأشارت"]
    assert len(got) == 1 and "ميراي" in got[0]


def test_an_unnamed_official_told_according_to_a_named_source_is_one_act_of_that_source():
    c = claims("وذكرت وكالة رويترز أن طوكيو ستساهم.\n"
               "ووفقا لوكالة رويترز، قال مسؤول آخر إن اليابان ساهمت بالفعل، مضيفا أن الدعم سيزيد.")
    acts = [(x["speaker"], x["verb"]) for x in c if "ووفقا" in x["evidence"] or x["verb"] in ("قال", "مضيفا")]
    assert [v for _, v in acts] == ["قال", "مضيفا"]
    assert all("رويترز" in sp or "Reuters" in sp for sp, _ in acts)
    # with no named source before it, the official speaks as written
    c = claims("وقال مسؤول آخر إن اليابان ساهمت بالفعل.")
    assert [x["speaker"] for x in c if x["verb"] == "وقال"] == ["مسؤول"]


def test_a_common_word_surname_right_after_the_speech_verb_is_the_person_named_before():
    c = claims("وشارك وزير الخارجية العراقي سليم حسن في الاجتماع.\n"
               "وأكد حسن في كلمته، بحسب البيان، أن التحالف باق.")
    assert [(x["speaker"], x["verb"]) for x in c if x["verb"] == "وأكد"] == [("سليم حسن", "وأكد")]


def test_an_unnamed_official_with_an_adjective_of_rank_speaks_for_his_ministry():
    c = claims("وقال مسؤول كبير في الخارجية الأميركية إن الاجتماع ناجح.\n"
               "وقال مسؤول رفيع في وزارة الدفاع الفرنسية إن الضربات ستستمر.")
    speakers = [x["speaker"] for x in c]
    assert speakers[0] == "United States Department of State" and "France" in speakers[1]


def test_a_masculine_verb_continues_the_last_speaker_of_its_gender():
    # وأضاف cannot continue the state of a feminine verb (وتعهدت النرويج): the envoy spoke on
    cl = claims("وقال المبعوث الكندي مارك ديلون: إن هولندا قدمت 20 مليون دولار وتعهدت النرويج بتقديم 10 ملايين دولار.\n"
                "وأضاف أن التحالف بحاجة إلى المزيد.")
    assert cl[-1]["speaker"] == cl[0]["speaker"] != "Norway"
    # a feminine verb goes on with the feminine speaker as before
    cl = claims("وقالت وزارة الخارجية البلجيكية إن الوفد وصل.\nوأضافت أن الاجتماع يبدأ غدا.")
    assert cl[-1]["speaker"] == cl[0]["speaker"]


def test_a_feminine_phrase_after_a_masculine_speech_verb_is_its_object():
    # ودعا المنظمات الدولية إلى …: دعا is not the verb of المنظمات (that would be دعت)
    for obj in ("المنظمات الدولية", "الدول الأعضاء", "الحكومة العراقية"):
        cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن الحرب لم تنته.\n"
                    f"ودعا {obj} إلى تقديم المزيد من الدعم.")
        assert cl[-1]["speaker"] == cl[0]["speaker"], obj


def test_a_post_alone_is_the_person_named_after_it_past_a_comma_or_a_quoted_short_name():
    # the name set off by a comma or after the body's quoted short name still holds the post
    for first in ("وقال الأمين العام للأمم المتحدة، بيتر هولمر، إن التعاون ضروري.",
                  'وقال الأمين العام لحلف شمال الأطلسي"ناتو" بيتر هولمر إن التعاون ضروري.'):
        cl = claims(first + "\nواعتبر الأمين العام أن الخطر ما زال قائما.")
        assert cl[-1]["speaker"] == cl[0]["speaker"] == "بيتر هولمر", first


def test_stacked_posts_are_all_the_persons():
    cl = claims("وقال نائب رئيس الوزراء وزير الخارجية الأردني سامر الخطيب إن التحالف قوي.\n"
                "وأوضح الوزير أن الدعم مستمر.")
    assert cl[-1]["speaker"] == cl[0]["speaker"]


def test_according_to_with_a_verb_is_one_act_of_the_verbs_subject():
    # حسبما / بحسب ما / وفق ما + any speech verb + its subject: one act, the source's, by that verb
    for marker, verb in (("حسبما", "أفادت"), ("بحسب ما", "أعلنته"), ("وفق ما", "ذكرت")):
        cl = claims(f"وتسلم اللواء جون سميث القيادة، {marker} {verb} وزارة الدفاع الكندية.")
        assert [(c["speaker_ar"], c["verb"]) for c in cl] == [(["وزارة الدفاع الكندية"], verb)], marker
    cl = claims("وتسلم اللواء جون سميث القيادة، حسبما أفاد بيان صادر عن حلف شمال الأطلسي.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("NATO", "أفاد")]
    # a verb that is itself a relaying form (نقلته، أوردته) makes no second act either
    cl = claims("وتسلم اللواء جون سميث القيادة، حسب ما نقلته قناة الجزيرة.")
    assert [c["verb"] for c in cl] == ["نقلته"]


def test_an_unnamed_group_speaks_as_written_and_its_bare_head_later_is_the_same_group():
    cl = claims("يذكر أن المنظمات الإغاثية الدولية والفرنسية توقعت أن يرتفع عدد النازحين.\n"
                "وتوقعت المنظمات أن يصل العدد إلى مليون.\nوقال محللون غربيون إن التنظيم يتمدد.")
    # a coordinated nisba (والفرنسية) is one adjective among others: the group is no one state
    assert [c["speaker"] for c in cl] == ["المنظمات الإغاثية الدولية والفرنسية"] * 2 + ["محللون غربيون"]


def test_a_post_with_a_long_portfolio_then_the_name_before_its_verb():
    # من between a verbal noun and its object stays in the portfolio (التخلص من الألغام، الحد من
    # الأسلحة), and the titled subject may run long before كان's verb
    for portfolio in ("قسم التخلص من الألغام التابع", "مكتب الحد من الأسلحة التابع"):
        cl = claims(f"وكانت مديرة {portfolio} للأمم المتحدة كلارا فيندلي، أعلنت أن الكلفة كبيرة.")
        assert [c["speaker"] for c in cl] == ["كلارا فيندلي"], portfolio


def test_a_bare_post_ends_at_a_function_word_not_at_the_next_state():
    # وأوضح المتحدث أن الأردن …: أن ends the post, Jordan is what he said, not his title's state
    cl = claims("وقال المتحدث باسم وزارة الخارجية الأردنية سفيان الحمود إن الاجتماع مهم.\n"
                "وأوضح المتحدث أن الأردن سيشارك.")
    assert cl[-1]["speaker"] == cl[0]["speaker"] and "المتحدث" in cl[-1]["speaker_ar"]
    assert not any("أن" in s.split() for s in cl[-1]["speaker_ar"]), cl[-1]["speaker_ar"]


def test_zada_is_added_before_what_was_said_and_increased_otherwise():
    cl = claims("وقال وزير الخارجية المصري سامر حلمي إن الاجتماع مهم.\nوزاد أن مصر ستشارك.\n"
                "وزاد عدد النازحين إلى مليون بعد أن بدأت المعارك.")
    assert [c["verb"] for c in cl] == ["وقال", "وزاد"] and cl[1]["speaker"] == cl[0]["speaker"]
    cl = claims('وقالت الوزيرة الكندية ماري بوليو إن الاجتماع مهم.\nوزادت: "سنبقى شركاء".')
    assert [c["verb"] for c in cl] == ["وقالت", "وزادت"]


def test_a_bare_post_after_an_attribution_marker_is_its_holder():
    # نقل عن الوزير قوله / بحسب الوزير: the minister named before, not the words "الوزير قوله"
    for relay in ("ونقل عن الوزير قوله إن الدعم مستمر.", "وبحسب الوزير فإن الدعم مستمر."):
        cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن الاجتماع مهم.\n" + relay)
        assert cl[-1]["speaker"] == cl[0]["speaker"] == "بيتر هيوز", relay


def test_a_dual_alone_is_the_two_persons_or_states_named_before():
    # (a name ends before نظيره / بنظيره: his counterpart)
    for met in ("نظيره", "بنظيره"):
        cl = claims(f"والتقى وزير الخارجية الأسترالي بيتر هيوز {met} الأردني محمد الخطيب.\n"
                    "وأكد الوزيران أن التعاون مستمر.")
        assert {cl[-1]["speaker"], *cl[-1]["co_speakers"]} == {"بيتر هيوز", "محمد الخطيب"}, met
    cl = claims("ووقعت كندا والأردن مذكرة تفاهم.\nوشدد البلدان على أهمية التعاون.")
    assert {cl[-1]["speaker"], *cl[-1]["co_speakers"]} == {"Canada", "Jordan"}


def test_a_spokesman_named_or_not_speaks_for_his_body():
    # المتحدث باسمها فلان: the name; unnamed (باسمها، باسم الوزارة): his words, with the body named
    # before (or after باسم) as co-speaker
    head = "وأعلنت وزارة الخارجية الكندية دعمها للتحالف.\n"
    assert claims(head + "وقال المتحدث باسمها جون لوكاس إن الدعم مستمر.")[-1]["speaker"] == "جون لوكاس"
    for post in ("الناطق باسمها", "المتحدث باسم الوزارة"):
        cl = claims(head + f"وقال {post} إن الدعم مستمر.")
        assert (cl[-1]["speaker"], cl[-1]["co_speakers"]) == (post, ["Ministry of Foreign Affairs (Canada)"]), post
    cl = claims("وقالت المتحدثة باسم الخارجية البريطانية إن الدعم مستمر.")
    assert cl[-1]["co_speakers"] == ["Ministry of Foreign Affairs (United Kingdom)"]


def test_a_subjectless_verb_after_a_sentence_about_a_person_is_his():
    # a sentence with no act, verb first and a person as subject, then وشدد على: his act, not the
    # statement's before
    cl = claims("وأكد بيان رسمي كندي أن اللقاء ناجح.\n"
                "والتقى وزير الخارجية الأسترالي بيتر هيوز بالوفد الكندي في أوتاوا.\n"
                "وشدد على أهمية التعاون.")
    # (and a name ends before a preposition glued to a common noun: بالوفد)
    assert cl[1]["speaker"] == "بيتر هيوز" and cl[1]["verb"] == "وشدد"


def test_a_speech_verb_in_a_relative_clause_on_no_person_is_no_act():
    # تنظيم داعش، الذي دعا إلى …: a description of the group, not the last speaker's words
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن الحرب لم تنته.\n"
                "وكان تنظيم داعش، الذي دعا إلى إقامة دولته، قد سيطر على مناطق واسعة.")
    assert [c["verb"] for c in cl] == ["وقال"]


def test_based_on_a_source_is_according_to_it():
    # استنادا إلى / استنادا لـ: "according to", like وفقا لـ
    for marker in ("واستنادا إلى مصادر في", "واستنادا لبيان"):
        cl = claims(f"{marker} وزارة الدفاع الكندية، فإن الدعم مستمر.")
        assert [c["speaker"] for c in cl] == ["Ministry of Defence (Canada)"], marker


def test_saying_after_the_verbs_subject_alone_is_part_of_that_act():
    # وصرح فلان، لـ"قناة"، اليوم، قائلا: one act; after something said (هدد بسحب …، قائلا) a second one
    cl = claims('وصرح وزير الخارجية الأسترالي بيتر هيوز، لـ"الحرة"، اليوم الأربعاء، قائلا: "التحالف باق".')
    assert [c["verb"] for c in cl] == ["وصرح"]
    cl = claims("وغرد وزير الخارجية الأسترالي بيتر هيوز قائلا إن التحالف باق.")
    assert [c["verb"] for c in cl] == ["وغرد"]
    cl = claims("وكان وزير الخارجية الأسترالي بيتر هيوز قد هدد بسحب القوات، قائلا إن الوضع صعب.")
    assert [c["verb"] for c in cl] == ["هدد", "قائلا"]


def test_by_saying_without_a_pronoun_is_the_clause_subjects_act_up_to_the_comma():
    # واكتفى الجانب الكندي بالقول إن …، وترك …: Canada's act, that clause only; an opening aside
    # (وحول الوضع في سوريا،) names no speaker
    cl = claims("واكتفى الجانب الكندي بالقول إن المحادثات مستمرة، وترك الكثير من الأمور معلقة.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Canada", "بالقول")]
    assert "وترك" not in cl[0]["evidence"]
    cl = claims("وحول الوضع في سوريا، اكتفى المتحدث باسم التحالف الدولي ضد داعش بالقول إن الوضع معقد.")
    assert "Syria" not in [c["speaker"] for c in cl]


def test_an_aside_on_the_speakers_anonymity_is_no_act_of_its_own():
    # مسؤول، طلب عدم الكشف عن اسمه، أن …: one act (أوضح), its evidence the whole sentence
    for aside in ("طلب عدم الكشف عن اسمه", "فضل عدم ذكر هويته", "رفض الكشف عن اسمه",
                  "الذي تحدث شرط عدم الكشف عن هويته"):
        cl = claims(f"وأوضح مسؤول كندي، {aside}، أن أوتاوا ستواصل الدعم.")
        assert [(c["speaker"], c["verb"]) for c in cl] == [("Canada", "وأوضح")], aside
        assert cl[0]["evidence"].endswith("ستواصل الدعم."), aside
    # a request that is no aside is still an act
    cl = claims("وطلب وزير الخارجية الكندي بيتر هيوز عدم نشر الصور.")
    assert [c["verb"] for c in cl] == ["وطلب"]


def test_a_body_no_lexicon_knows_after_the_verb_is_its_own_subject():
    # never the speaker before: the verb has a subject of its own, named as written
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن التحالف قوي.\n"
                "وقالت خلية الرصد الميداني إن القوات قتلت خمسة إرهابيين.\n"
                "وذكر المرصد الأسترالي للنزاعات أن الغارات استهدفت مواقع التنظيم.\n"
                "وأشارت قيادة العمليات الغربية في بيان إلى أن القصف استمر.")
    assert [c["speaker"] for c in cl] == ["بيتر هيوز", "خلية الرصد الميداني", "المرصد الأسترالي للنزاعات",
                                          "قيادة العمليات الغربية"]


def test_a_feminine_verb_never_continues_a_mans_act():
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن التحالف قوي.\n"
                "وقالت الشبكة إن القوات تقدمت.")
    assert [c["speaker"] for c in cl] == ["بيتر هيوز"]


def test_a_definite_body_noun_is_the_body_named_before_and_its_representative_speaks_for_it():
    cl = claims("أعلن برنامج الأمم المتحدة الإنمائي تلقيه مساهمة من كندا.\n"
                "وقال وزير الخارجية الكندي بيتر هيوز إن الدعم مستمر.\n"
                "وأوضحت ممثلة البرنامج الإنمائي في بيان، أن المساهمات بلغت مليون دولار.\n"
                "وفي ذات السياق، أعلن البرنامج مطلع الأسبوع الجاري أنه تلقى مساعدة من النرويج.")
    programme = cl[0]["speaker"]
    assert [c["speaker"] for c in cl] == [programme, "بيتر هيوز", programme, programme]


def test_the_issuer_of_a_statement_speaks_and_the_statement_after_is_his():
    # أصدرت X بيانا، قالت فيه: one act (قالت) of X; a later bare البيان is X's, not the coalition's
    cl = claims("وأصدرت مجموعة العمل المعنية بالاستقرار بيانا، قالت فيه إن الاجتماع ناجح.\n"
                "وأشار البيان إلى أن الدعم مستمر.")
    assert [c["verb"] for c in cl] == ["قالت", "وأشار"]
    assert cl[0]["evidence"].startswith("وأصدرت") and cl[0]["speaker"] == cl[1]["speaker"] != "Global Coalition"
    # بيان صادر اليوم عن <a body no lexicon knows>: the body as written, and again for البيان
    cl = claims("وذكر بيان صادر اليوم عن دائرة الأمم المتحدة لإزالة الحطام أن العمل مستمر.\n"
                "وأشار البيان إلى أن الدعم مستمر.")
    assert [c["speaker"] for c in cl] == ["دائرة الأمم المتحدة لإزالة الحطام"] * 2
    # بيان نشره الموقع الرسمي لوزارة …: the ministry
    cl = claims("وجاء في بيان نشره الموقع الرسمي لوزارة الخارجية الكندية أن الدعم مستمر.\n"
                "وتابع البيان أن الاجتماع ناجح.")
    assert [c["speaker"] for c in cl] == ["Ministry of Foreign Affairs (Canada)"] * 2


def test_a_coalition_group_issues_its_own_statement_and_the_same_source_is_it():
    # the coalition's own groups are issuers (only the coalition itself is the default); المصدر
    # عينه / ذاته is whoever spoke last
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن التحالف قوي.\n"
                "وأكدت مجموعة مكافحة تمويل داعش في بيان مشترك صادر عنها أن الاجتماع ناجح.\n"
                "وأضاف البيان ذاته أن الأعضاء تبادلوا المعلومات، مسجلا أن العمل مستمر.\n"
                "وأكد المصدر عينه أن الأعضاء سيواصلون التنسيق.")
    assert [c["speaker"] for c in cl] == ["بيتر هيوز"] + ["Counter-ISIS Finance Group"] * 4


def test_an_ambassador_never_named_is_his_states_voice():
    # as an embassy is (سفير كندا لدى بغداد, no name anywhere -> Canada); an unnamed minister keeps his words
    cl = claims("فيما أكد سفير كندا لدى بغداد، التزام حكومة بلاده بدعم العراق.")
    assert [c["speaker"] for c in cl] == ["Canada"]
    assert "سفير كندا" in cl[0]["speaker_ar"]


def test_counted_states_are_the_last_so_many_states_named():
    # الدول الثلاث / البلدان الأربعة like a dual: one act, the first named speaks with the others
    cl = claims("وشارك في الاجتماع كندا وأستراليا والنرويج.\n"
                "إذ شددت الدول الثلاث على أن التحالف موحد.")
    assert [(c["speaker"], c["co_speakers"]) for c in cl] == [("Canada", ["Australia", "Norway"])]


def test_according_to_the_statement_is_its_issuers_act():
    # وبحسب البيان: the issuer of the statement named before, not a body named in what it reports
    cl = claims("وذكر بيان صادر عن السفارة الكندية أن الدعم مستمر.\n"
                "وبحسب البيان قدمت النرويج مساهمة إضافية لمكافحة تنظيم داعش.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Embassy of Canada", "وذكر"), ("Embassy of Canada", "وبحسب")]


def test_according_to_a_source_what_was_discussed_is_no_claim():
    # حيث ناقش المجتمعون، وفق الخارجية …: the business of a meeting, as a discussion verb is no act
    cl = claims("وعقد الوزراء اجتماعا حيث ناقش المجتمعون، وفق الخارجية الكندية، سبل مواجهة التنظيم.")
    assert cl == []


def test_whom_one_congratulates_or_thanks_on_something_is_the_object():
    # كما هنأت العراق على …: the minister's act, Iraq congratulated; هنأت كندا العراق: Canada's
    cl = claims("وقالت وزيرة الخارجية الكندية سارة ميلر إن التحالف قوي.\nكما هنأت العراق على النصر.")
    assert [c["speaker"] for c in cl] == ["سارة ميلر", "سارة ميلر"]
    cl = claims("وهنأت كندا العراق على النصر.")
    assert [c["speaker"] for c in cl] == ["Canada"]


def test_an_honorific_pronoun_after_a_fronted_adverbial_is_the_verbs_subject():
    # وفي إطار …، أوضح معاليه أن: the verb opens no clause by position, its subject shows it is one
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن الحرب طويلة.\n"
                "وفي إطار جهود بلاده في محاربة تنظيم داعش أوضح معاليه أن أستراليا من الدول المؤسسة.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("بيتر هيوز", "وقال"), ("بيتر هيوز", "أوضح")]


def test_a_verb_telling_what_was_said_in_a_speech_is_the_speakers_act():
    # افتتح … فلان الاجتماع بكلمة أكد فيها: what was said in his speech, his act
    cl = claims("افتتح الاجتماع الدكتور بيتر هيوز وزير الخارجية الأسترالي بكلمة أكد فيها على متانة الدعم للعراق.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("بيتر هيوز", "أكد")]


def test_a_verb_inside_what_was_said_is_no_act_of_its_own():
    # وأضاف … أن واشنطن قررت تقديم …: Washington's decision is what he said; an inner verb that
    # itself introduces speech (إن كندا أكدت أن …) is still an act
    cl = claims("وأضاف وزير الخارجية الأسترالي بيتر هيوز خلال الاجتماع أن واشنطن قررت تقديم مساعدات إضافية.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("بيتر هيوز", "وأضاف")]
    assert cl[0]["evidence"].endswith("مساعدات إضافية.")
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن كندا أكدت أن الدعم مستمر.")
    assert [c["verb"] for c in cl] == ["وقال", "أكدت"]
    cl = claims("وأضاف وزير الخارجية الأسترالي بيتر هيوز أن كندا نبهت إلى أن الجماعات تشكل تهديدا.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("بيتر هيوز", "وأضاف"), ("Canada", "نبهت")]


def test_according_to_a_statement_issued_by_a_body_no_lexicon_knows():
    # وفقاً لبيان صادر عن <body>: that body's act, and the bare البيان after it is the body's too
    cl = claims("تولى اللواء جون سميث قيادة القوة، وفقاً لبيان صادر عن فرقة العمل المشتركة عملية الحسم.\n"
                "ويضيف البيان أن الحفل أقيم في بغداد.")
    assert [c["speaker"] for c in cl] == ["فرقة العمل المشتركة عملية الحسم"] * 2


def test_a_statement_of_a_bare_ministry_or_of_a_ministry_in_a_state():
    # بيان لوزارة الخارجية (no state said): the ministry as written, not the coalition; … في النرويج
    # is part of its name
    cl = claims("وذكر بيان لوزارة الخارجية، أن الوزير شارك في الاجتماع.\nوأضاف البيان أن الدعم مستمر.")
    assert [c["speaker"] for c in cl] == ["وزارة الخارجية"] * 2
    cl = claims("وجاء في بيان نشره الموقع الرسمي لوزارة الخارجية في النرويج أن الدعم مستمر.")
    assert [c["speaker"] for c in cl] == ["وزارة الخارجية في النرويج"]


def test_is_considered_among_is_no_act_and_the_authorities_are_the_states():
    # كما يُعتبر المغرب من الدول …: passive, no one speaks; وأعلنت السلطات (no state said) are the
    # authorities of the state the sentence is about, their act the clause after the comma
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن الحرب طويلة.\n"
                "كما يعتبر المغرب من الدول القليلة التي استعادت مواطنيها من سوريا، وأعلنت السلطات آنذاك متابعتهم.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("بيتر هيوز", "وقال"), ("Morocco", "وأعلنت")]
    assert cl[1]["evidence"] == "وأعلنت السلطات آنذاك متابعتهم."
    cl = claims("ويعتبر وزير الخارجية الأسترالي بيتر هيوز أن الحرب طويلة.")
    assert [c["verb"] for c in cl] == ["ويعتبر"]


def test_by_stressing_is_the_subjects_act_and_in_the_words_of_is_its_channel():
    # استبق الرئيس القمة بالتشديد على …: his act; على لسان وزيره inside it opens no act of the
    # minister; بالتأكيد alone is "certainly"
    cl = claims("وقد استبق الرئيس الأميركي جو بايدن القمة بالتشديد على لسان وزير خارجيته أنتوني بلينكن "
                "على ضرورة زيادة الدعم.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Joe Biden", "بالتشديد")]
    assert claims("وكان الاجتماع بالتأكيد يوما مهما.") == []


def test_a_present_verb_in_a_relative_clause_on_a_named_actor_is_its_act():
    # …، كندا، التي تؤكد أنها …: Canada says it; a relative clause on no actor says nothing
    cl = claims("يذكر أن التحالف الدولي يضم 83 عضوا من بينها كندا، التي تؤكد أنها تواصل التزامها بهزيمة التنظيم.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Canada", "تؤكد")]
    assert claims("ونشرت الصحيفة تقارير، التي تؤكد أن الحرب طويلة.") == []


def test_the_speech_is_its_speakers_once_the_article_named_it_with_him():
    # كلمة كندا … . وأكدت الكلمة: Canada's speech speaks for Canada, not for who reported it
    cl = claims("وقال المتحدث باسم وزارة الخارجية الكندية جون سميث، إن كلمة كندا خلال الاجتماع تضمنت التهنئة للعراق.\n"
                "وأكدت الكلمة على أن ما تحقق من انتصارات جاء نتيجة لتضحيات العراقيين.")
    assert [c["speaker"] for c in cl] == ["جون سميث", "Canada"]


def test_a_sentence_placing_the_act_before_is_no_act_of_its_source():
    # جاء ذلك خلال مشاركته …، وفق الوكالة: where and by whom the act before was told
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن الحرب طويلة.\n"
                "جاء ذلك خلال مشاركته، الأربعاء، في اجتماع التحالف الدولي، وفق وكالة الأنباء الأسترالية.")
    assert [c["verb"] for c in cl] == ["وقال"]


def test_a_verb_joined_inside_what_was_said_with_its_own_subject_is_content():
    # إن كندا قدمت … وتعهدت النرويج بتقديم …: both what he said; وأكد الوزير فلان أن …: a new act
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز: إن كندا قدمت 100 مليون دولار وتعهدت النرويج "
                "بتقديم مساهمة قدرها 50 مليون دولار.")
    assert [c["verb"] for c in cl] == ["وقال"]
    cl = claims("وقال وزير الخارجية الأسترالي بيتر هيوز إن الحرب طويلة وأكد وزير الخارجية الكندي جون سميث "
                "أن الدعم مستمر.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("بيتر هيوز", "وقال"), ("جون سميث", "وأكد")]


def test_a_coalition_group_named_after_the_statement_is_what_it_is_about():
    # ورحب الوزراء، في البيان الختامي، بـ… مجموعة مكافحة تمويل داعش: the ministers' (coalition's)
    # statement, not the group's
    cl = claims("ورحب الوزراء، في البيان الختامي، بانعقاد اجتماعات مجموعة مكافحة تمويل داعش.\n"
                "وشدد البيان على ضرورة معالجة أسباب التطرف.")
    assert cl[-1]["speaker"] != "Counter-ISIS Finance Group"


def test_a_subject_with_its_short_name_in_brackets_before_its_verb_inside_what_was_said():
    # إن حلف شمال الأطلسي (الناتو) قرر …: content of the act (no act); … أكد أن: NATO's own act
    cl = claims("قالت مصادر دبلوماسية إن حلف شمال الأطلسي (الناتو) قرر الانضمام إلى التحالف.")
    assert [c["verb"] for c in cl] == ["قالت"]
    cl = claims("وقال المتحدث إن حلف شمال الأطلسي (الناتو) أكد أن الدعم مستمر.")
    assert [(c["speaker"], c["verb"]) for c in cl][1:] == [("NATO", "أكد")]


def test_unsigned_reports_speak_as_written_and_the_committee_is_the_one_named():
    # وذكرت تقارير إعلامية أن: an unnamed source; وأضافت اللجنة after اللجنة الدولية …: that body
    cl = claims("وذكرت تقارير إعلامية أن الاجتماع تأجل.")
    assert [c["speaker"] for c in cl] == ["تقارير إعلامية"]
    cl = claims("وقالت اللجنة الدولية للصليب الأحمر إن الوضع صعب.\nوأضافت اللجنة أن المساعدات وصلت.")
    assert cl[0]["speaker"] == cl[1]["speaker"] == "International Committee of the Red Cross"


def test_ali_inside_a_name_after_a_post_is_a_given_name_not_a_preposition():
    # الممثل المقيم … زينه علي احمد: Ali between two names is one of them (the preposition is على)
    cl = claims("وقالت الممثل المقيم لبرنامج الأمم المتحدة الإنمائي لمى علي محمد إن الدعم مستمر.")
    assert [c["speaker"] for c in cl] == ["لمى علي محمد"]


def test_a_name_with_a_patronym_set_off_by_commas_after_a_post_in_a_state():
    # وزيرة … في الإمارات، أمل بنت إبراهيم الكعبي،: a common first word (أمل, hope), then بنت and a given name
    cl = claims("أكدت وزيرة الدولة للتعاون الدولي في الإمارات، أمل بنت إبراهيم الكعبي، على أهمية الدعم.")
    assert [c["speaker"] for c in cl] == ["أمل بنت إبراهيم الكعبي"]


def test_an_unnamed_official_stays_himself_across_his_acts():
    cl = claims("وقال وزير الخارجية الأردني سمير الخطيب إن بلاده ستشارك.\n"
                "وأكد مسؤول أردني رفيع أن الخطيب سيحضر الاجتماع.\n"
                "وقال المسؤول الأردني إن عمان ترحب بالتحالف، مؤكدا أنها ستقدم الدعم.")
    assert [c["speaker"] for c in cl[1:]] == ["Jordan"] * 3
    assert all("مسؤول أردني" in c["speaker_ar"] for c in cl[1:])


def test_an_unnamed_official_after_a_fronted_place_and_according_to_one():
    cl = claims("وفي بغداد أكدت مصادر حكومية أن الوفد وصل.\n"
                "وستنضم كينيا إلى التحالف، وفق ما أفاد مسؤول بريطاني طلب عدم كشف هويته.\n"
                "وقال مسؤول بوزارة الخارجية الأمريكية إن الوزير سيستضيف الاجتماع.")
    assert cl[0]["speaker"] == "مصادر حكومية"
    assert cl[1]["speaker"] == "United Kingdom" and "مسؤول بريطاني" in cl[1]["speaker_ar"]
    assert cl[2]["speaker"] == "United States Department of State"


def test_those_who_met_are_the_coalition():
    cl = claims("وفي ختام الاجتماع، أكد المجتمعون عزمهم على هزيمة التنظيم.")
    assert cl[-1]["speaker"] == "Global Coalition"


def test_a_name_then_its_post_in_apposition_then_the_verb():
    for text in ("سامح شكري، وزير الخارجية المصري، دعا إلى رد متعدد الأطراف.",
                 "“ناصر بوريطة” وزير الشؤون الخارجية في المغرب، شدد على أهمية التعاون."):
        cl = claims("وأوضح المشاركون أنهم عازمون على محاربة التنظيم.\n" + text)
        assert cl[-1]["speaker"] in ("Sameh Shoukry", "Nasser Bourita"), cl[-1]


def test_a_joint_statement_handed_out_by_a_ministry_is_the_participants():
    cl = claims("وأكد المشاركون في بيان مشترك في ختام اجتماعهم، وزعته وزارة الخارجية الفرنسية، أنهم ملتزمون.\n"
                "ولفت البيان إلى أن الخطة تشمل التدريب، موضحاً أن المجتمعين يسعون إلى حماية المدنيين.")
    assert [c["speaker"] for c in cl] == ["Global Coalition"] * 3


def test_the_participating_countries_then_the_same_source():
    cl = claims("وفي بيان صدر في ختام الاجتماع، أشادت البلدان المشاركة بتحرير الأراضي.\n"
                "وأشار المصدر ذاته إلى أن التنظيم خسر مواقعه، مضيفا أن الحملة مستمرة.")
    assert [c["speaker"] for c in cl] == ["Global Coalition"] * 3


def test_a_post_no_named_person_holds_is_its_states_voice():
    cl = claims("وقال الرئيس الكندي فلان الفلاني إن الحرب طويلة.\n"
                "وقال رئيس الوزراء البلجيكي ألكسندر دو كرو إن الحرب طويلة.\n"
                "وأكد وزير الخارجية البلجيكي، الجمعة، أن بروكسل ستقدم الدعم.\n"
                "وقال وزير الدفاع الأردني أحمد الفلاحي إن بلاده مستعدة. وأضاف وزير الدفاع الأردني أن الدعم مستمر.")
    assert cl[2]["speaker"] == "Belgium"
    assert cl[4]["speaker"] == cl[3]["speaker"] != "Jordan"


def test_defence_and_foreign_ministers_of_the_coalition_speak_together():
    cl = claims("بمشاركة وزير الدفاع الأردني، رحب وزراء دفاع وخارجية التحالف الدولي في اجتماعهم بالتقدم.")
    assert cl[-1]["speaker"] == "Coalition ministers" and cl[-1]["verb"] == "رحب"


def test_a_subjectless_verb_after_a_headline_naming_a_person_then_his_verb():
    cl = facts("سامح شكري يترأس وفد مصر في اجتماع التحالف الدولي ضد داعش\n"
               "شدد على العمل مع الشركاء الدوليين لمكافحة الإرهاب\n")["claims"]
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Sameh Shoukry", "شدد")]


def test_a_fronted_place_or_time_then_a_body_a_state_or_the_participants():
    cl = claims("وفي بروكسل أكدت وزارة الخارجية البلجيكية أن بلجيكا ستشارك.\n"
                "وفي عمان أعلنت الحكومة الأردنية أنها ستقدم الدعم.\n"
                "وفي ختام الاجتماع أكد المشاركون أن الحرب مستمرة.\n"
                "وفي الأسبوع الماضي أعلنت كندا أنها ستنضم.")
    assert [c["speaker"] for c in cl] == ["Ministry of Foreign Affairs (Belgium)", "Jordan", "Global Coalition", "Canada"], cl


def test_ministers_of_the_member_states_and_a_colonel_whose_name_looks_like_a_clitic():
    cl = claims("وأكد وزراء خارجية الدول الأعضاء أن الحرب مستمرة.\n"
                "وصرح الناطق باسم التحالف الكولونيل واين هاردي بأن الغارات مستمرة.")
    assert cl[0]["speaker"] == "Coalition ministers"
    assert "واين هاردي" in cl[1]["speaker_ar"]


def test_an_unnamed_adviser_or_officer_speaks_for_the_body_or_state_that_qualifies_him():
    cl = claims("وقال مستشار في وزارة الدفاع الأمريكية “إن الولايات المتحدة تريد طمأنة حلفائها”.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("United States Department of Defense (Pentagon)", "وقال")]
    assert [c["speaker"] for c in claims("وقال ضابط عراقي إن طائرات التحالف الدولي قصفت مواقع داعش.")] == ["Iraq"]
    # a name after the phrase is the speaker; an unqualified member is no one
    cl = claims("وقال عضو في مجلس النواب العراقي محمد الكربولي إن التحالف الدولي باق.")
    assert [c["speaker"] for c in cl] == ["محمد الكربولي"]


def test_a_body_no_list_knows_ends_where_what_it_told_opens_with_bi():
    # أفاد المرصد … بمقتل: the body's name ends before ب + a common noun (it fell back to the speaker before)
    cl = claims("وقال المبعوث بريت ماكغورك إن التحالف باق. وأفاد المرصد العراقي للحقوق والحريات بمقتل مسلحين "
                "تابعين لتنظيم داعش.")
    assert [c["speaker"] for c in cl] == ["Brett McGurk", "المرصد العراقي للحقوق والحريات"]
    # the Syrian Observatory is a body the lexicon knows now (its السوري was taken for Syria)
    cl = claims("وقال المبعوث بريت ماكغورك إن التحالف باق. وأفاد المرصد السوري لحقوق الإنسان بمقتل مسلحين "
                "تابعين لتنظيم داعش.")
    assert [c["speaker"] for c in cl] == ["Brett McGurk", "Syrian Observatory for Human Rights"]


# -- "according to" after the clause it attributes: its verb, its text, its source ----------------
def test_according_to_what_a_source_revealed_about_it():
    cl = claims("وتشارك كينيا في جهود التحالف الاستخباراتية، حسب ما كشفت عنه مجلة بريطانية.")
    assert [(c["verb"], c["speaker"]) for c in cl] == [("كشفت", "United Kingdom")]


def test_according_to_what_came_in_a_statement_keeps_its_marker():
    cl = claims("وستخصص الدول المانحة مبالغ جديدة لإعادة الإعمار، حسبما جاء في بيان الخارجية الكندية.")
    assert len(cl) == 1 and cl[0]["verb"] == "حسبما" and "Canada" in cl[0]["speaker"]


def test_according_to_what_a_ministry_published():
    cl = claims("وتدعم بلجيكا برامج التدريب في العراق، وفق ما نشرت وزارة الخارجية البلجيكية على موقعها.")
    assert len(cl) == 1 and cl[0]["verb"] == "وفق" and "Belgium" in cl[0]["speaker"]


def test_in_the_words_of_a_named_agency():
    cl = claims("وتبقى المعركة ضد التطرف طويلة، على حد تعبير وكالة الأنباء الفرنسية.")
    assert [(c["verb"], c["speaker"]) for c in cl] == [("تعبير", "Agence France-Presse")]


def test_in_his_own_words_is_no_new_source():
    cl = claims("وقال الوزير البلجيكي إن المعركة ضد التطرف طويلة، على حد تعبيره.")
    assert [c["verb"] for c in cl] == ["وقال"]


def test_officials_quoted_to_an_agency_speak_not_the_agency():
    cl = claims("يلتقي القادة العسكريون في عمان الأسبوع المقبل، بحسب ما قال مسؤولون عرب لوكالة الأنباء الفرنسية.")
    assert [(c["verb"], c["speaker"]) for c in cl] == [("قال", "مسؤولون عرب")]


def test_an_agency_right_after_according_to_is_the_source():
    cl = claims("ووفقا لوكالة الأنباء الفرنسية فقد وصل الوزير إلى عمان.")
    assert cl and cl[-1]["speaker"] == "Agence France-Presse"


def test_a_purpose_of_discussion_does_not_silence_the_source():
    cl = claims("يجتمع الوزراء في عمان لبحث سبل دعم العراق، بحسب ما أعلنت الخارجية الأمريكية.")
    assert [c["verb"] for c in cl] == ["أعلنت"]


def test_a_discussion_told_by_a_source_is_still_no_claim():
    cl = claims("وناقش المجتمعون سبل دعم العراق، وفق وزارة الخارجية الأمريكية.")
    assert cl == []


# -- posts the titles list lacked: a movement's leader (القيادي في …), a member of parliament -------
def test_a_movement_leader_named_after_the_post_speaks():
    cl = claims("وقالت القيادية في قوات الأمن الداخلي سلمى حداد إن العمليات بدأت.\nوأضافت أن التنسيق مستمر.")
    assert [c["speaker"] for c in cl] == ["سلمى حداد", "سلمى حداد"]


def test_a_member_of_parliament_named_after_the_post_is_a_person():
    ps = [e for e in facts(HEAD + "وقال النائب كريم سلوم إن البرلمان يدعم التحالف.")["entities"] if e["type"] == "person"]
    assert any("كريم سلوم" in e["surfaces"] for e in ps)


def test_an_unnamed_leader_stays_as_written():
    cl = claims("وقال القيادي في الحزب إن الحكومة ترفض المشاركة.")
    assert [c["speaker"] for c in cl] == ["القيادي"]


# -- an official named after his description (المسؤول الأول عن … فلان) is that person ------------
def test_the_official_named_after_his_description_speaks():
    cl = claims("أعلن المسؤول الأول عن الدبلوماسية الروسية سيرغي لافروف، أن موسكو لن تنضم إلى التحالف.")
    assert cl[-1]["speaker"] == "Sergey Lavrov"


def test_a_name_inside_the_officials_own_clause_is_not_the_official():
    cl = claims("وقال مسؤول في الخارجية الأمريكية إن وزير الخارجية أنتوني بلينكن سيزور بغداد.")
    assert cl[-1]["speaker"] != "Antony Blinken"


# -- "many of / a number of" before the speakers (انتقد العديد من المسؤولين الإيرانيين) -------------
def test_many_of_the_officials_speak_as_unnamed_officials():
    cl = claims("وانتقد العديد من المسؤولين الإيرانيين مكونات هذا التحالف.")
    assert cl[-1]["speaker"] == "Iran" and any("المسؤولين الإيرانيين" in w for w in cl[-1]["speaker_ar"])


def test_many_of_after_the_subject_is_the_object():
    cl = claims("وانتقد وزير الخارجية الإيراني محمد جواد ظريف العديد من قرارات التحالف.")
    assert cl[-1]["speaker"] == "Mohammad Javad Zarif"


def test_according_to_a_body_no_list_knows():
    cl = claims("وانضمت الوكالة إلى التحالف لدعم جهود منع التمويل، حسبما ذكر جهاز الشرطة الدولية في بيان.")
    assert [(c["verb"], c["speaker"]) for c in cl] == [("ذكر", "جهاز الشرطة الدولية")]


def test_according_to_a_bare_indefinite_noun_is_no_source():
    assert claims("وسيجتمع الدبلوماسيون الأسبوع المقبل، حسب مركز.") == []


# -- a state body headed by خدمة (a research or news service) speaks as written -------------------
def test_a_service_body_speaks_as_written():
    cl = claims("كشفت خدمة أبحاث البرلمان الكندي في تقرير أن كندا أنفقت مليار دولار على المهمة.")
    assert [c["verb"] for c in cl] == ["كشفت"] and cl[0]["speaker"].startswith("خدمة أبحاث")


def test_a_service_that_only_acts_is_no_speaker():
    assert claims("وقدمت خدمة الإسعاف المساعدة للجرحى في الموصل.") == []


# -- a representative (ممثل الرئيس … ، فلان،) named after his post; unnamed, he speaks for his body ------
def test_a_named_representative_speaks():
    cl = claims("وقال ممثل الرئيس الأمريكي في التحالف الدولي، بريت ماكغورك، إن ثلاثة ملايين عراقي عادوا.")
    assert cl[-1]["speaker"] == "Brett McGurk"


def test_an_unnamed_representative_of_a_body_speaks_for_it():
    cl = claims("وأوضحت ممثلة البرنامج الإنمائي في بيان أن التمويل ناقص.")
    assert "ممثلة" not in cl[-1]["speaker"] and "البرنامج الإنمائي" in cl[-1]["speaker"]
