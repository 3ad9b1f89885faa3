from coalition_kg.loaders.article import Article
from coalition_kg.loaders.normalize import norm, stems
from coalition_kg.loaders.segment import segment


def test_norm_folds_hamza_ya_ta_marbuta_diacritics_tatweel_digits():
    assert norm("إفريقيا") == norm("افريقيا") == norm("أفريقيا")
    assert norm("محذّراً") == norm("محذرا")
    assert norm("لـ«داعش»") == "ل داعش"
    assert norm("مصطفى") == norm("مصطفي") and norm("الكويتية") == norm("الكويتيه")
    assert norm("٢٠٢٣") == "2023"


def test_stems_strip_stacked_clitics_with_minimum_stem():
    assert "التحالف" in stems("للتحالف")
    assert "العراق" in stems("بالعراق") and "الرياض" in stems("والرياض")
    assert "ودي" in stems("ودي") and "دي" not in stems("ودي")  # stem too short to strip


def test_offsets_point_into_original_text_and_chrome_is_dropped():
    text = ("رئيس التحرير\nالخميس 23 يناير 2025\nقال الوزير إن التحالف \u00a0قوي جدا. وأضاف أنه باق.\n"
            "تابع أحدث الأخبار عبر تطبيق google news\nقال الوزير إن التحالف \u00a0قوي جدا. وأضاف أنه باق.")
    doc = segment(Article(id="x", source="x", text=text))
    assert [s.text for s in doc.sentences] == ["قال الوزير إن التحالف \u00a0قوي جدا.", "وأضاف أنه باق."]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
    reasons = [r for _, _, r in doc.dropped]
    assert reasons == ["site chrome", "short line without a sentence", "site chrome", "repeated line"]


def test_a_sentence_about_a_source_is_not_a_source_line():
    from coalition_kg.loaders.segment import classify_line
    assert classify_line("وذكر المصدر أن الوفد سيصل إلى العاصمة غدا.", set()) is None
    assert classify_line("المصدر: وكالات", set()) is not None


def test_a_line_opening_with_a_verb_of_speech_has_no_dateline():
    """``وقال الوزير فلان - لصحيفة محلية - إن …``: a parenthesis between dashes, not a dateline
    (which would cut the speaker off); ``واشنطن - قال …`` keeps its dateline."""
    from coalition_kg.loaders.pipeline import extract
    d = extract(Article(id="t", source="t", text="وقال وزير الخارجية الألماني سامي الفرحان - لصحيفة محلية - إن التنظيم يتراجع."))
    assert d.dateline is None and [c.verb for c in d.claims] == ["وقال"]
    d = extract(Article(id="t", source="t", text="واشنطن - قال الوزير إن الاجتماع مهم."))
    assert d.dateline == (0, 9)


def test_a_header_stamp_glued_to_the_lead_is_dropped_alone():
    # the crawler glued "last updated" to the first paragraph: the stamp is chrome, the lead is not
    lead = ("قال وزير الخارجية البرتغالي إن بلاده ستواصل دعم التحالف الدولي ضد داعش في العراق وسوريا، "
            "وإن الاجتماع المقبل سيبحث إعادة الإعمار وعودة النازحين ودعم القوات المحلية في المناطق المحررة "
            "خلال الأشهر المقبلة.")
    text = "آخر تحديث: 3 مارس 2021 - " + lead
    doc = segment(Article(id="x", source="x", text=text))
    assert doc.dropped == [(0, len(text) - len(lead), "site chrome")]
    assert doc.sentences and doc.sentences[0].text == lead
    # a short chrome line is still dropped whole
    doc = segment(Article(id="x", source="x", text="آخر تحديث: 3 مارس 2021 - 10:39 ص\n" + lead))
    assert doc.dropped[0][2] == "site chrome" and doc.sentences[0].text == lead


def test_a_sentence_mark_glued_to_the_next_word_still_ends_the_sentence():
    # a crawler's lost space (قوي".وأضاف، إلى .وقال) is no reason to run two sentences together;
    # dots inside an abbreviation (أ.ف.ب، د.سالم) end nothing
    text = ('قال الوزير إن "التحالف قوي".وأضاف أن الدعم مستمر في العراق .وقال د.سالم العلي إن '
            'الاجتماع ناجح وفق أ.ف.ب اليوم.')
    doc = segment(Article(id="t", source="t", text=text))
    assert [s.text for s in doc.sentences] == [
        'قال الوزير إن "التحالف قوي".', "وأضاف أن الدعم مستمر في العراق .",
        "وقال د.سالم العلي إن الاجتماع ناجح وفق أ.ف.ب اليوم."]


def test_hard_wrapped_wire_copy_is_read_in_sentences_not_lines():
    from coalition_kg.loaders.segment import segment
    text = ("ترأست كل من هولندا والأردن بشكل مشترك الاجتماع الثالث\n"
            "لمجموعة العمل المعنية بالاستقرار في إطار التحالف الدولي\n"
            "ضد تنظيم داعش في العاصمة الأردنية عمّان يوم الاثنين.\n"
            "وقالت وزارة الخارجية الهولندية في بيان إن الاجتماع شارك\n"
            "فيه ممثلو ثلاثين دولة إلى جانب عدد من المنظمات الدولية\n"
            "متعددة الأطراف المعنية بإعادة الاستقرار إلى المناطق المحررة.\n"
            "وأضاف البيان أن المجموعة ستجتمع مرة أخرى في الخريف المقبل\n"
            "لمتابعة ما تم الاتفاق عليه في هذا الاجتماع.")
    doc = segment(Article(id="w", source="w", text=text))
    assert len(doc.sentences) == 3
    assert doc.sentences[0].text.startswith("ترأست") and doc.sentences[0].text.endswith("الاثنين.")
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
    # lines that end their sentences are not joined, whatever their width
    doc = segment(Article(id="n", source="n", text=text.replace("\n", ".\n")))
    assert len(doc.sentences) == 8


def test_a_paragraphs_opening_word_on_a_line_of_its_own_opens_its_sentence():
    """A site that sets each paragraph's first word apart (دعت / وقال on a line alone): the word
    and the next line are one sentence; a byline with its colon (وكالات:) stays apart."""
    from coalition_kg.loaders import lexicon
    from coalition_kg.loaders.segment import split_lines
    from coalition_kg.loaders.document import Document
    text = ("وكالات:\nحث الوزير أعضاء التحالف على مواصلة الجهود.\n"
            "وقال\nوزير الخارجية الأمريكي أنتوني بلينكن، إن الدعم سيلبي الحاجات.\nشارك\n")
    doc = split_lines(Document(article=Article(id="l", source="l", text=text)), lexicon.default())
    texts = [s.text for s in doc.sentences]
    assert "وقال\nوزير الخارجية الأمريكي أنتوني بلينكن، إن الدعم سيلبي الحاجات." in texts
    assert not any(t.startswith("وكالات:\n") for t in texts)
    # a vowel mark inside the word is still a letter's (وقالَ)
    doc = split_lines(Document(article=Article(id="v", source="v", text="وَقالَ\nالوزير إن الدعم سيلبي الحاجات.\n")),
                      lexicon.default())
    assert [s.text for s in doc.sentences] == ["وَقالَ\nالوزير إن الدعم سيلبي الحاجات."]
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
