"""Claims: speech acts, participial splits, carried speakers, collectives, quotes, attributions."""
from helpers_facts import facts

HEAD = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم الثلاثاء.\n"


def claims(text):
    return facts(HEAD + text)["claims"]


def test_participle_splits_and_carry():
    cl = claims("وأكد وزير الخارجية الأمريكي مايك بومبيو أن التحالف قوي، مشددا على ضرورة مواصلة الحرب على داعش.\n"
                "وأضاف أن التنظيم لم يهزم بعد، داعيا الدول الأعضاء إلى استعادة مقاتليها.")
    assert [c["verb"] for c in cl] == ["وأكد", "مشددا", "وأضاف", "داعيا"]
    assert {c["speaker"] for c in cl} == {"Mike Pompeo"}
    assert cl[1]["evidence"].startswith("مشددا") and cl[0]["evidence"].endswith("قوي")
    assert [c["type"] for c in cl][3] == "call"


def test_side_switch_and_title_only_speaker():
    cl = claims("وقال وزير الخارجية الفرنسي جان إيف لودريان إن التهديد قائم.\n"
                "من جانبه، قال وزير الخارجية العراقي إبراهيم الجعفري إن بلاده تحتاج إلى الدعم.\n"
                "وأشار الوزير الفرنسي إلى أن الحرب طويلة.")
    speakers = [c["speaker"] for c in cl]
    assert speakers[0] != speakers[1]
    assert speakers[2] == speakers[0]


def test_collective_and_joint_speakers():
    cl = claims("ورحب الوزراء بانضمام كينيا إلى التحالف.\nوأفاد البيان الختامي بأن التحالف سيواصل عمله.\n"
                "وحثت واشنطن وباريس الدول الأعضاء على زيادة الدعم.")
    assert cl[0]["speaker"] == "Coalition ministers"
    assert cl[1]["speaker"] == "Global Coalition"
    assert cl[2]["co_speakers"]


def test_quote_flag_ignores_quoted_names():
    cl = claims('وقال الوزير الأمريكي مايك بومبيو إن "داعش" ما زال يشكل خطرا.\n'
                'وقال بومبيو: «سنواصل القتال حتى النهاية».')
    assert cl[0]["quote"] is False
    assert cl[1]["quote"] is True


def test_background_attribution():
    cl = claims("ولا يزال عناصر التنظيم ينشطون في مناطق نائية، وفق وكالة الصحافة الفرنسية.")
    assert cl and cl[0]["context"] == "background" and cl[0]["verb"] == "وفق"


def test_not_a_speech_act():
    cl = claims("وأكد الوزراء دعمهم للعراق، وهو ما يؤكد اتساع التحالف.\nوتعهدت الدول بتقديم الدعم لأتباع جدد من الشركاء.")
    assert [c["verb"] for c in cl].count("يؤكد") == 0
    assert all(c["verb"] != "جدد" for c in cl)


def test_offsets_point_into_text():
    text = HEAD + "وقال الوزير الأمريكي مايك بومبيو إن الحرب مستمرة."
    for c in facts(text)["claims"]:
        assert text[c["start"]:c["end"]] == c["evidence"]
        assert c["method"].startswith("claim:") and 0 < c["confidence"] <= 1


def test_participle_before_colon_is_an_act():
    cl = claims('وطالب وزير الخارجية الأمريكي مايك بومبيو الحلفاء بزيادة الدعم، قائلاً: "على الجميع أن يساهموا".')
    assert [c["verb"] for c in cl] == ["وطالب", "قائلاً"]
    assert cl[1]["speaker"] == "Mike Pompeo" and cl[1]["quote"] is True


def test_relative_ma_with_its_own_subject():
    cl = claims("وأعلن وزير الخارجية الأمريكي مايك بومبيو أمس أن التنظيم خسر أراضيه، "
                "وهو ما وصفه الوزير الأمريكي بأنه «إنجاز مهم».\n"
                "وتراجعت الهجمات، مما يؤكد أن التنظيم ضعف.")
    assert [c["verb"] for c in cl] == ["وأعلن", "وصفه"]
    assert cl[1]["speaker"] == "Mike Pompeo"


def test_attribution_to_a_titled_spokesperson():
    cl = claims("ولم تدع روسيا إلى الاجتماع، بحسب المتحدث باسم الخارجية الأمريكية مارك تونر.")
    assert cl and cl[-1]["verb"] == "بحسب" and cl[-1]["context"] == "background"
    assert cl[-1]["speaker"] in ("Mark Toner", "مارك تونر")  # the person, not the ministry


def test_speech_verbs_are_lexicon_data():
    from types import SimpleNamespace

    from coalition_kg.loaders.claims import verb_table
    from coalition_kg.loaders.pledges import cue_table
    empty = SimpleNamespace(data={"speech_verbs": [], "pledge_verbs": []})
    assert verb_table(empty) == {} and cue_table(empty) == {}
    one = SimpleNamespace(data={"speech_verbs": [{"type": "call", "forms": ["ناشد", "يناشد"]}]})
    # the listed forms and those derived from them (_paradigm), nothing else
    assert set(verb_table(one)) == {"ناشد", "يناشد", "ناشدت", "ناشدوا", "تناشد", "يناشدون", "يناشدان", "تناشدان"}


def test_every_person_and_number_of_a_reporting_verb():
    # the lexicon lists a verb once; its feminine, plural and present forms are derived
    from coalition_kg.loaders.claims import _paradigm
    assert set(_paradigm(["تعهد", "يتعهد"])) >= {"تعهدت", "تعهدوا", "تتعهد", "يتعهدون", "تتعهدان"}
    assert set(_paradigm(["نفى", "ينفي"])) >= {"نفت", "نفوا", "تنفي", "ينفون"}
    assert "تبين" not in _paradigm(["بين", "يبين"])         # تبيّن أن: "it turned out"
    cl = claims("وتوقعت وزيرة الدفاع الهولندية كارين دي فريس أن تطول الحرب.\n"
                "ورجح وزير الخارجية البلجيكي توماس لامبير أن ينضم بلد جديد.\n"
                "وأجاب الوزير البلجيكي بأن بلاده مستعدة.")
    assert [c["verb"] for c in cl] == ["وتوقعت", "ورجح", "وأجاب"]


def test_a_verb_after_a_date_stamp_opens_the_clause():
    # crawled pages put a date before the first sentence: 2024-05-12 أعلن …
    cl = facts("2024-05-12 أعلن التحالف الدولي ضد داعش انضمام بلد جديد إلى صفوفه.")["claims"]
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Global Coalition to Defeat ISIS", "أعلن")]


def test_what_the_speaker_says_he_did_is_content():
    # وقال إنه أثنى على …: one act (the praise is what he reports); غير أنه حذر: a new act
    cl = claims("وقال وزير الخارجية البلجيكي توماس لامبير إنه أثنى خلال اتصال هاتفي مع نظيره على دور الأردن.\n"
                "وأشاد الوزير بالتقدم، غير أنه حذر من أن الطريق طويل.")
    assert [c["verb"] for c in cl] == ["وقال", "وأشاد", "حذر"]
    assert "الأردن" in cl[0]["evidence"]


def test_an_announcement_told_by_its_verbal_noun_and_a_possessed_object():
    # إعلان الحكومة نيتها …: an act; رحب بإعلان …: the welcome's object
    cl = claims("وجاء ذلك بعد إعلان الحكومة الإيطالية نيتها تخصيص عشرة ملايين دولار لدعم العراق.\n"
                "ورحب الوزراء بإعلان إسبانيا استضافتها الاجتماع المقبل.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Italy", "إعلان"), ("Coalition ministers", "ورحب")]


def test_a_verb_after_a_fronted_time_phrase_with_its_named_subject():
    cl = claims("وفي 12 مارس الماضي أعلن وزير الخارجية الأردني أيمن الصفدي دعم بلاده للتحالف.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Ayman Safadi", "أعلن")]


def test_a_dual_present_headline():
    cl = claims("الرياض وبغداد تعلنان تحول مهام التحالف الدولي في العراق إلى مرحلة جديدة.")
    assert [c["verb"] for c in cl] == ["تعلنان"]


def test_a_present_verb_after_kama_or_idh_narrates_an_act():
    cl = claims("وقال وزير الخارجية الأمريكي مايك بومبيو إن الهزيمة قريبة، كما يحذر من خلايا نائمة.\n"
                "وأكد الوزير أن الدعم مستمر، إذ تشير وزارة الخارجية الفرنسية إلى تراجع الهجمات.")
    got = [(c["verb"], c["speaker"]) for c in cl]
    assert ("يحذر", "Mike Pompeo") in got
    assert ("تشير", "Ministry of Foreign Affairs (France)") in got
    # "are deemed": a present verb with no one doing it is no act
    assert not [c for c in claims("وتنتهي الحرب قريبا، حيث تعتبر الهجمات الأخيرة ضعيفة.") if c["verb"] == "تعتبر"]


def test_a_present_verb_opening_the_sentence_with_a_titled_speaker_and_an_unknown_name():
    cl = claims("ويقول المتحدث باسم التحالف الدولي ضد داعش فلان الفلاني إن الخلايا تتراجع.")
    assert [c["verb"] for c in cl] == ["ويقول"]
    assert "إن الخلايا تتراجع" in cl[0]["evidence"]


def test_bayyana_with_its_subject_the_statement_adds_that_and_the_sources_again():
    cl = claims("وبين الشيخ سالم الفهد، أن الاجتماع مهم.")
    assert [c["verb"] for c in cl] == ["وبين"]
    cl = claims("ويضيف البيان أنه خلال الحفل تحدث القائد.")
    assert [c["verb"] for c in cl] == ["ويضيف"]
    cl = claims("وذكرت مصادر دبلوماسية أن الوفود دعيت.\nوأوضحت المصادر أن الدعوة جاءت من واشنطن.")
    assert [(c["verb"], c["speaker"]) for c in cl] == [("وذكرت", "مصادر دبلوماسية"), ("وأوضحت", "مصادر دبلوماسية")]


def test_participles_of_explaining_and_denying():
    cl = claims("واعتبر الوزير أن القرار حكيم، نافيا أن تكون بلاده قاعدة.\n"
                "وقالت الوزارة إنها عينت متحدثا، مبينة أن المتحدث وصل.")
    assert [c["verb"] for c in cl] == ["واعتبر", "نافيا", "وقالت", "مبينة"]


def test_a_participle_after_a_verb_that_is_no_speech_goes_with_its_subject():
    cl = claims("وقال وزير الخارجية الأردني ناصر جودة إن الاجتماع مهم.\n"
                "من جانبه، عرض وزير الدفاع العراقي سامي الكبيسي التطورات في العراق، مشيدا بالدول الداعمة.")
    assert [(c["verb"], c["speaker"]) for c in cl][1] == ("مشيدا", "سامي الكبيسي")


def test_the_person_between_the_verb_and_what_was_said_is_the_speaker():
    cl = claims("وقال ممثل الرئيس الأمريكي الخاص المشرف على الملف جيمس كارفر إن الدعم مستمر.")
    assert [(c["verb"], c["speaker"]) for c in cl] == [("وقال", "جيمس كارفر")]
    # someone met is not the speaker
    cl = claims("وقال وزير الخارجية الفرنسي في لقاء مع نظيره الأردني أيمن الصفدي إن الدعم مستمر.")
    assert all(c["speaker"] != "Ayman Safadi" for c in cl)


def test_a_participle_with_tanween_continues_the_act_without_a_comma_and_mubdiyan_is_speech():
    from helpers_facts import facts
    c = facts("اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم.\n"
              "وجدد الوزير البرتغالي دعم بلاده للتحالف الدولي مؤكداً التزام البلاد بمبادئه.\n"
              "وقال الوزير إن العمل مستمر، مبدياً قلقه من عودة المقاتلين.")["claims"]
    verbs = [x["verb"] for x in c]
    assert "مؤكداً" in verbs and "مبدياً" in verbs
    # مجدداً is the adverb "again", no act
    c = facts("اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم.\n"
              "والتقى الوزراء مجدداً في المساء.")["claims"]
    assert not [x for x in c if x["verb"] == "مجدداً"]


def test_according_to_figures_no_one_gave_is_no_act_but_a_bodys_figures_are():
    from helpers_facts import facts
    head = "اجتمع وزراء خارجية دول التحالف الدولي ضد داعش في باريس اليوم.\n"
    c = facts(head + "وبحسب تقديرات مختلفة، يبلغ عدد المقاتلين الأجانب نحو 300 شخص.")["claims"]
    assert not [x for x in c if x["verb"] == "وبحسب"]
    c = facts(head + "وبحسب تقديرات نشرتها منظمة الصحة العالمية، يبلغ عدد النازحين نحو 300 ألف شخص.")["claims"]
    assert [x["speaker"] for x in c if x["verb"] == "وبحسب"] == ["World Health Organization"]


def test_a_participle_after_a_verb_of_being_is_its_predicate_not_an_act():
    # ما يزال ملتزماً، كانت مستعدة: an adjective of the subject; after a comma مؤكداً is an act
    cl = claims("وأكد التحالف الدولي في بيان أنه ما يزال ملتزماً بتحقيق الاستقرار في المدن.\n"
                "وأعلن وزير الخارجية الأسترالي بيتر هيوز أن بلاده كانت مستعدة للمشاركة، مؤكداً التزامها بالدعم.")
    assert [c["verb"] for c in cl] == ["وأكد", "وأعلن", "مؤكداً"]
    assert cl[0]["evidence"].endswith("في المدن.")



def test_signing_an_agreement_is_no_expectation():
    # توقع اتفاقية (signs an agreement) is no act; توقع أن (expects that) is one
    cl = claims("كندا توقع اتفاقية بقيمة 9 ملايين دولار لدعم الاستقرار.\n"
                "وتوقع وزير الخارجية الأسترالي بيتر هيوز أن تنتهي الحرب قريبا.")
    assert [c["verb"] for c in cl] == ["وتوقع"]


def test_a_present_verb_opening_a_sentence_or_clause_with_its_subject_after_it():
    # يؤكد التحالف التزامه (what it affirms is its own stance), ، يرى مراقبون أن: reported speech;
    # يقول at a paragraph's head is often habitual and stays out
    cl = claims("يؤكد التحالف الدولي التزامه الراسخ بملاحقة الإرهابيين.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Global Coalition to Defeat ISIS", "يؤكد")]
    cl = claims("وبينما تتواصل العمليات في الشمال، يرى مراقبون أن الحرب طويلة.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("مراقبون", "يرى")]
    assert claims("يقول الخبراء إن الحرب طويلة.") == []


def test_an_act_told_as_the_time_of_another_event_with_its_named_subject():
    # بعد أن جدد البنتاغون إعلانه …: the Pentagon's act, though the verb opens no clause by position
    cl = claims("ويأتي الاجتماع بعد أن جدد البنتاغون إعلانه تدريب مقاتلي المعارضة.")
    assert [c["verb"] for c in cl] == ["جدد"] and "البنتاغون" in cl[0]["speaker_ar"]


def test_a_quote_closing_one_opened_before_the_sentence_opens_none():
    # نبقى هناك"، مبينا أن "…": the first mark closes (its opener is in the sentence before), so
    # مبينا is outside any quotation and opens an act
    cl = claims('وأضاف وزير الخارجية الأسترالي بيتر هيوز، ان التحالف باق في بغداد، ونأمل أن نبقى هناك"، '
                'مبينا أن "هدف التحالف هو التخلص من الإرهاب".')
    assert [c["verb"] for c in cl] == ["وأضاف", "مبينا"]


def test_shedding_light_on_is_a_statement():
    # حيث سلط الضوء على …: the press's idiom for what a speaker stresses
    cl = claims("وأشاد وزير الخارجية الأسترالي بيتر هيوز بدور كندا، حيث سلط الضوء على مساهماتها في الدعم.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("بيتر هيوز", "وأشاد"), ("بيتر هيوز", "سلط")]


def test_a_colon_headline_labelling_an_event_is_no_claim():
    # بلينكن: اجتماع … / المشاركة في …: a label of what happened; بلينكن: التحالف هزم … is his words
    head = "وقال وزير الخارجية الأسترالي بيتر هيوز إن الحرب طويلة."
    for label in ("بلينكن: اجتماع لمجموعة مكافحة تمويل داعش", "بلينكن: المشاركة في اجتماع دولي"):
        assert [c["verb"] for c in facts(label + "\n" + head)["claims"]] == ["وقال"], label
    cl = facts("بلينكن: التحالف الدولي هزم داعش في معظم أراضيه\n" + head)["claims"]
    assert [(c["speaker"], c["verb"]) for c in cl] == [("Antony Blinken", None), ("بيتر هيوز", "وقال")]


def test_explained_is_a_verb_of_speech():
    # وشرحت أن …: what the speaker before (the same gender) explained
    cl = claims("وقالت وزيرة الخارجية الكندية سارة ميلر إن الدعم مستمر.\nوشرحت أن المساعدات وجهت لدعم الاقتصاد.")
    assert [(c["speaker"], c["verb"]) for c in cl] == [("سارة ميلر", "وقالت"), ("سارة ميلر", "وشرحت")]


def test_a_present_verb_after_kana_and_its_subject_is_a_past_act():
    # وكانت كندا (التي تقود المجموعة) تطالب …: was demanding — Canada's act
    for text in ("وكانت كندا التي تقود المجموعة تطالب منذ أكثر من عام بزيادة الدعم.",
                 "وكان وزير الخارجية الأسترالي بيتر هيوز يؤكد أن الحرب طويلة."):
        cl = claims(text)
        assert len(cl) == 1 and cl[0]["verb"] in ("تطالب", "يؤكد"), text
    assert claims("وكانت كندا التي تقود المجموعة تطالب منذ عام بزيادة الدعم.")[0]["speaker"] == "Canada"


def test_relative_clauses_a_pledge_taken_back_and_a_source_going_on():
    cl = facts("قال وزير الخارجية الكندي إن كندا ستضاعف المبلغ الذي تعهدت به العام الماضي.\n"
               "وعادت الطائرات إلى قواعدها، بحسب ما أعلن الجيش الكندي الذي أضاف في بيان أن المهمة نجحت.")["claims"]
    assert [c["verb"] for c in cl] == ["قال", "أعلن", "أضاف"]
    assert cl[1]["speaker"] == cl[2]["speaker"]


def test_the_so_called_group_speaks_itself():
    cl = facts("قال وزير الخارجية الكندي فلان إن كندا ستقدم الدعم.\n"
               "وأعلن ما يسمى تنظيم داعش أنه سيستهدف المواطنين.")["claims"]
    assert cl[-1]["speaker"] == "Islamic State (ISIS)"


def test_more_verbs_of_speech_criticised_told_concluded_stating_wishing():
    cl = facts("قالت الوزيرة الكندية سارة ميلر إن الهدف هزيمة داعش، موردة أن هذا تحقق في العراق، "
               "خالصا إلى أن الوضع صعب، ومتمنية للعراقيين الاستقرار.\n"
               "وتعهد الرئيس جو بايدن بهزيمة داعش غير أنه انتقد منهج الإدارة السابقة.\n"
               "وأبلغ الوزير الصحفيين أن الاجتماع ناجح.\n"
               "ويبلغ عدد أعضاء التحالف 80 دولة.")["claims"]
    assert [c["verb"] for c in cl] == ["قالت", "موردة", "خالصا", "ومتمنية", "وتعهد", "انتقد", "وأبلغ"]


def test_a_time_clause_before_what_was_said_stays_in_the_act():
    cl = facts("أعلن وزراء خارجية التحالف الدولي، عقب اجتماعهم اليوم، أن التحالف باق حتى هزيمة التنظيم.\n"
               "وقال الوزير فلان الفلاني إن القوات تقدمت في المدينة كثيرا، بعدما استعادت السيطرة على الجسر.")["claims"]
    assert "هزيمة التنظيم" in cl[0]["content"]
    assert "الجسر" not in (cl[1].get("content") or "")


def test_a_participle_after_a_comma_opens_its_own_act_even_right_after_a_verb():
    cl = facts("وقالت وزيرة الخارجية الكندية سارة ميلر إن بلادها ترحب، مؤكدة أن الدعم مستمر.\n"
               "وتابع الوزير قائلا إن الحرب طويلة.")["claims"]
    verbs = [c["verb"] for c in cl]
    assert "مؤكدة" in verbs and "قائلا" not in verbs


def test_condemned_in_its_plain_form_and_dan_as_a_name():
    c = claims("ودانت الخارجية الأردنية الهجوم على القاعدة.\n"
               "وقال مدير الاستخبارات الوطنية الأمريكي دان كوتس إن التنظيم ما زال خطرا.")
    assert [(x["verb"], x["speaker"]) for x in c][0] == ("ودانت", "Ministry of Foreign Affairs (Jordan)")
    assert [x["verb"] for x in c] == ["ودانت", "وقال"]


def test_what_led_someone_to_do_something_is_no_call():
    c = claims("وقال المسؤول إن المخاوف ازدادت بعد أسر الطيار، ما دعا الحكومة الأردنية الى وقف الغارات.")
    assert [x["verb"] for x in c] == ["وقال"]


def test_a_bare_committee_is_the_committee_no_list_knows_that_spoke_before():
    c = claims("أعلنت لجنة النزاهة بالبرلمان العراقي، الإثنين، أن التحقيق بدأ.\nوقالت اللجنة إن النتائج ستعلن قريبا.")
    assert [x["speaker"] for x in c] == ["لجنة النزاهة بالبرلمان العراقي"] * 2


def test_a_paper_named_after_its_city_is_the_paper_and_tells():
    # صحيفة واشنطن بوست: the city is part of the masthead, the paper is who reports
    c = claims("وذكرت صحيفة واشنطن بوست أن الإدارة تدرس خيارات جديدة.")
    assert [(x["speaker"], x["verb"]) for x in c] == [("واشنطن بوست", "وذكرت")]
    f = facts(HEAD + "وذكرت صحيفة نيويورك تايمز أن الإدارة تدرس خيارات جديدة.")
    assert "New York City" not in {e["name_en"] for e in f["entities"]}


def test_a_medium_told_after_an_unnamed_post_is_no_part_of_it():
    for text in ("وقال وزير الدفاع العراقي لرويترز إن القوات جاهزة.",
                 "وصرح وزير الدفاع العراقي لوكالة الأنباء العراقية بأن القوات جاهزة."):
        assert [x["speaker"] for x in claims(text)] == ["وزير الدفاع العراقي"]


def test_a_name_no_list_knows_right_after_the_verb_speaks():
    c = claims("وأضاف البوعزاوي في مؤتمر صحفي أن المملكة ستواصل دعمها.")
    assert [(x["speaker"], x["verb"]) for x in c] == [("البوعزاوي", "وأضاف")]
    # not a participle, nor a preposition's noun after a plural verb
    assert [x["speaker"] for x in claims("وأضاف مستدركا أن الدعم سيستمر.")] != ["مستدركا"]
    assert all(x["speaker"] != "بانعقادها" for x in claims("وأشادوا بانعقادها في نيامي."))


def test_a_platform_a_statement_was_posted_on_is_not_its_issuer():
    c = claims("وقال التحالف، في بيان على حسابه بتويتر، إن الأنشطة علقت.\nوأشار البيان إلى تصويت البرلمان العراقي.")
    assert "Twitter" not in [x["speaker"] for x in c] and len(c) == 2
    assert {x["speaker"] for x in c} <= {"Global Coalition", "Global Coalition to Defeat ISIS"}


def test_enthusiasm_with_b_is_no_movement():
    f = facts(HEAD + "وقوبلت دعوة واشنطن بحماس فاتر.")
    assert "Hamas" not in {e["name_en"] for e in f["entities"]}


def test_an_official_in_a_states_government_speaks_for_it_and_is_the_official_after():
    c = claims("قال مسؤول في حكومة الإمارات إن أبوظبي علقت غاراتها.\nوقال المسؤول للصحيفة إن المخاوف ازدادت.")
    assert [x["speaker"] for x in c] == ["United Arab Emirates"] * 2


def test_the_subject_after_in_which_speaks():
    c = claims("ويأتي الإعلان في الوقت الذي قالت فيه فرنسا إنها ستشارك في الغارات.")
    assert [(x["speaker"], x["verb"]) for x in c] == [("France", "قالت")]


def test_media_unnamed_report_in_their_own_words():
    c = claims("وقالت الوزارة الكندية إن الغارة الأخيرة نفذت.\nوذكرت وسائل إعلام كندية أن القرار جاء تنفيذا لوعد انتخابي.")
    assert [x["speaker"] for x in c][1] == "وسائل إعلام كندية"
    assert [x["speaker"] for x in claims("وذكرت الصحف البريطانية أن الحكومة ستشارك.")] == ["الصحف البريطانية"]


def test_the_statement_a_state_issued_is_the_states_after():
    c = claims("وقالت الولايات المتحدة اليوم في بيان إن الاجتماع مهم.\nوأضاف البيان أن التحضيرات جارية.")
    assert [x["speaker"] for x in c] == ["United States"] * 2
    c = claims("وأعلنت الرباط وباريس في بيان مشترك عن اتفاق.\nوأعرب البيان عن اهتمام البلدين بالساحل.")
    assert [x["speaker"] for x in c] == ["Morocco"] * 2 and c[0]["co_speakers"] == ["France"]


def test_the_source_who_asked_not_to_be_named_is_the_source_before():
    c = claims("وقال مصدر دبلوماسي إن الاجتماع مهم.\nوأضاف المصدر الذي طلب عدم الكشف عن اسمه، إن الاجتماع سيكون قصيرا.")
    assert [x["speaker"] for x in c] == ["مصدر دبلوماسي"] * 2
    c = claims("وقال مسؤول عسكري أمريكي، طلب أيضا عدم كشف هويته، إن صواريخ أصابت القاعدة.")
    assert [x["verb"] for x in c] == ["وقال"]
