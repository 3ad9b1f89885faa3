"""Who is acting in a clause: the noun phrase after a verb (or before it), resolved to an
entity key or a collective name — shared by claims, pledges, memberships and roles.

Reads the entity layer (``doc.mentions``, ``doc.entities``) and the titles lexicon; the
pipeline's ``actors`` stage adds the per-document index (``doc.actors``, an ``ActorIndex``) that
claims, pledges and memberships share.

Resolution, in order: a person name (with or without its title); a title with a nationality
(الوزير السعودي → the Saudi minister the article named); a coordinated pair (واشنطن والرياض,
بلينكين ودي مايو → speaker + co-speakers); a state, capital or organisation; a collective
(البيان → Global Coalition; الوزراء / وزراء التحالف → Coalition ministers; ثماني دول أعضاء →
Coalition members (8)).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .entity_core import COMPLEMENT_PREP, COMPLEMENTIZER, STOP, entity_context, may_hold, principal, served_by
from .entity_patterns import PORTFOLIOS
from .entity_persons import (HONORIFIC_OPENERS, RANK_QUALIFIERS, object_of_masdar, past_post_qualifiers, quoted_alone,
                              speech_heads)
from .document import Document, Mention
from .normalize import Token, norm, norm_token, token_offset
from .lexicon import compiled, memo
from .numbers import _parse_number, vocab
from .stages import stage

GLOBAL_COALITION = "Global Coalition"
COALITION_MINISTERS = "Coalition ministers"
COUNTED_MEMBERS = "Coalition members"     # ثماني دول أعضاء: "Coalition members (8)"

# Collective subjects (normalised word sequences → name). The coalition as a body (its
# statement, partners, members) is "Global Coalition"; its ministers "Coalition ministers".
_COLLECTIVE = [
    (("البيان", "الختامي"), GLOBAL_COALITION), (("البيان", "المشترك"), GLOBAL_COALITION),
    (("البيان",), GLOBAL_COALITION), (("بيان",), GLOBAL_COALITION), (("الاعلان", "الختامي"), GLOBAL_COALITION),
    # بلاغ, the Maghrebi press's word for a statement, as بيان
    (("البلاغ",), GLOBAL_COALITION), (("بلاغ",), GLOBAL_COALITION),
    (("شركاء", "التحالف"), GLOBAL_COALITION), (("اعضاء", "التحالف"), GLOBAL_COALITION),
    (("دول", "التحالف"), GLOBAL_COALITION), (("الدول", "المشاركه"), GLOBAL_COALITION),
    (("الدول", "الاعضاء"), GLOBAL_COALITION), (("المشاركون",), GLOBAL_COALITION),
    # البلدان with an adjective is the plural "the countries", not the dual "the two"
    (("البلدان", "المشاركه"), GLOBAL_COALITION), (("البلدان", "الاعضاء"), GLOBAL_COALITION),
    (("المشاركين",), GLOBAL_COALITION), (("الشركاء",), GLOBAL_COALITION),
    (("الوزراء",), COALITION_MINISTERS),
    # those who met (المجتمعون), like the participants, are the coalition, whoever sat for it
    (("المجتمعون",), GLOBAL_COALITION),
    # the meeting and its documents speak for the coalition (وشدد الاجتماع على، وأكدت الوثيقة الختامية)
    (("الاجتماع",), GLOBAL_COALITION), (("الوثيقه", "الختاميه"), GLOBAL_COALITION),
    (("الحاضرون",), GLOBAL_COALITION), (("المجتمعين",), GLOBAL_COALITION),
    # the Maghrebi press's "those who took the floor" at the meeting, like the participants
    (("المتدخلون",), GLOBAL_COALITION), (("المتدخلين",), GLOBAL_COALITION),
    (("وزراء", "الخارجيه"), COALITION_MINISTERS),
    # the delegations and the members, alone, are those at the table (أعربت الوفود، إن الأعضاء أبدوا)
    (("الوفود",), GLOBAL_COALITION), (("الاعضاء",), GLOBAL_COALITION),
    # the states, alone, are those that just spoke or met (واعتبرت الدول أن التزامها يشمل)
    (("الدول",), GLOBAL_COALITION),
]
_ALONE_ONLY = {("الدول",)}       # with an adjective after it (الدول العربية), another set of states
_COLLECTIVE_BY_HEAD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _seq, _name in _COLLECTIVE:
    _COLLECTIVE_BY_HEAD.setdefault(_seq[0], []).append((_seq, _name))
_THE_SAME = {norm_token(w) for w in ("نفس", "ذات")}
_THESE = {norm_token(w) for w in ("هذه", "هذا", "هؤلاء", "تلك")}   # وتؤكد هذه المصادر: those just named
_CLAUSE_PUNCT = re.compile(r"[.:؛;]")
_BOUNDARY_PUNCT = re.compile(r"[،,:.\-–«»\"“”]")
_BEFORE_SUBJECT = {"فان", "ان", "لكن", "بينما", "فيما", "و", "ف", "كان", "وكان", "كانت", "وكانت"}
_PERFECT = {"قد", "لقد"}
# how many tokens a subject before its verb may span (a post with a long complement, then the
# name: مديرة قسم التخلص من الألغام التابع للأمم المتحدة فلانة الفلانية، أعلنت)
_SUBJECT_SPAN = 12
_STATEMENT_ADJECTIVES = {norm_token(w) for w in ("رسمي", "الرسمي", "مكتوب", "المكتوب", "مقتضب", "المقتضب",
                                                  "ختامي", "الختامي", "صحافي", "الصحافي", "صحفي", "الصحفي",
                                                  "إعلامي", "الإعلامي", "جديد", "الجديد", "جديدة", "الجديدة",
                                                  "عسكري", "العسكري")}
_RELATIVE = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"}
_KANA = {"كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"}
# a body's head noun alone after باسم (المتحدث باسم الوزارة): the body of that kind named before,
# by the words of its English name; باسمها / باسمه: any government body, or a state
_BODY_WORDS = ("Ministry", "Department", "Embassy", "Office", "Presidency", "Command", "Government")
_BARE_BODIES = {norm_token(w): kinds for w, kinds in (
    ("الوزارة", ("Ministry", "Department")), ("الخارجية", ("Foreign", "Department of State", "State Department")),
    ("السفارة", ("Embassy",)), ("الرئاسة", ("Presidency",)), ("القيادة", ("Command",)),
    ("الحكومة", ("Government",)), ("البعثة", ("Mission",)))}
# duals that stand for two persons or two states named before (وأكد الوزيران أن …)
_DUAL_PERSONS = {norm_token(w): "person" for w in ("الوزيران", "الرئيسان", "المسؤولان", "الزعيمان", "المبعوثان")}
_DUAL_STATES = {norm_token(w): "state" for w in ("الجانبان", "البلدان", "الطرفان", "الدولتان")}
# "وزراء [خارجية] [دول] التحالف …" → Coalition ministers
# counted states (الدول الأربع، البلدان الثلاثة): the last so many states named
_PARTICIPATING = {norm_token(w) for w in ("المشاركة", "المشاركون", "المشاركين", "المجتمعة", "المجتمعون",
                                          # those "enrolled" in it (الدول المنضوية في التحالف، المنخرطة فيه)
                                          "المنضوية", "المنضوون", "المنضوين", "المنخرطة", "المنضمة")}
_MEETING_WORDS = {norm_token(w) for w in ("الاجتماع", "الاجتماعات", "المؤتمر", "اللقاء", "القمة", "الجلسة", "هذا")}
_COUNTED_DEFINITE = {norm_token(w) for w in ("الدول", "البلدان")}
_COUNT_WORDS = {norm_token(w): n for n, ws in (
    (3, ("الثلاث", "الثلاثة")), (4, ("الأربع", "الأربعة")), (5, ("الخمس", "الخمسة")), (6, ("الست", "الستة")),
    (7, ("السبع", "السبعة")), (8, ("الثماني", "الثمانية"))) for w in ws}
_MINISTERS_HEAD = {"وزراء"}
# وزراء خارجية دول التحالف، وزراء دفاع وخارجية التحالف: the portfolios, then whose
_MINISTERS_FILL = {"خارجيه", "الخارجيه", "دول", "الدول", "التحالف", "الدولي", "العالمي", "للتحالف",
                   "دفاع", "الدفاع", "وخارجيه", "ودفاع", "والخارجيه", "والدفاع", "الاعضاء"}
_COUNTED_STATES = {"دول", "دوله", "بلدان"}
ADVERBS = {norm_token(w) for w in (
    "أيضا", "أيضاً", "ايضا", "اليوم", "أمس", "امس", "مجددا", "مجدداً", "بدوره", "بدورها", "كذلك", "بدورهم",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اليوم", "مساء", "صباح",
)}
_LATELY = {norm_token(w) for w in ("مؤخرا", "مؤخراً", "حديثا", "حديثاً", "للتو")}
# the forms of address and ranks the entity layer knows (HONORIFIC_OPENERS), and a few more
HONORIFICS = HONORIFIC_OPENERS | {norm_token(w) for w in ("الملك", "السفير", "السفيرة", "سمو", "معالي", "فخامة", "سعادة")}
# what may follow an honorific before the name: retired, former, acting (الجنرال المتقاعد جون آلن),
# a rank's qualifier (الفريق ركن)
HONORIFIC_QUALIFIERS = RANK_QUALIFIERS | {norm_token(w) for w in ("المتقاعد", "المتقاعدة", "السابق", "السابقة",
                                                                  "الأسبق", "بالوكالة", "بالإنابة")}


def past_honorifics(toks, k: int) -> int:
    """The token after the honorifics at ``k`` and a qualifier of theirs (الجنرال المتقاعد)."""
    while k < len(toks) and (toks[k].norm in HONORIFICS or
                             k and toks[k].norm in HONORIFIC_QUALIFIERS and (toks[k - 1].norm in HONORIFICS
                                                                          or toks[k - 1].norm in RANK_QUALIFIERS)):
        k += 1
    return k


# nouns for an unnamed speaker (with the nisba of its state, if any)
_SOURCE_HEADS = {norm_token(w) for w in (
    "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "دبلوماسي", "دبلوماسيون", "دبلوماسيين",
    "المسؤول", "المسؤولة", "المصدر", "الدبلوماسي", "مسؤولو", "مسؤولي",
    "المصادر", "المسؤولون", "المسؤولين", "الدبلوماسيون", "الدبلوماسيين",
    # unnamed groups that speak as one (خبراء يحذرون، توقعت المنظمات الإنسانية، قال محللون)
    "خبراء", "الخبراء", "محللون", "المحللون", "محللين", "مراقبون", "المراقبون", "مراقبين",
    "منظمات", "المنظمات", "ناشطون", "الناشطون", "ناشطين",
    # reports no one signs (وذكرت تقارير إعلامية أن)
    "تقارير", "التقارير",
    # an indefinite spokesman is unnamed (قال متحدث باسم الحكومة البلجيكية)
    "متحدث", "متحدثة", "ناطق", "ناطقة")}
# a state's own bodies named in construct with it (حكومة الإمارات، جيش العراق): an unnamed source in one is its state's
_STATE_BODY_HEADS = {norm_token(w) for w in ("حكومة", "جيش", "سلطات", "إدارة", "رئاسة", "برلمان", "وزارة", "خارجية")}
# the spokesman named before, bare (أضافت المتحدثة), unless a post goes on (المتحدث باسم، المتحدث الرسمي)
_THE_SPOKESMAN = {norm_token(w) for w in ("المتحدث", "المتحدثة", "الناطق", "الناطقة")}
_THE_SPEAKER = {norm_token(w) for w in ("المتحدث", "المتحدثة")}   # also "the one speaking"
_SPOKESMAN_GOES_ON = {norm_token(w) for w in ("باسم", "الرسمي", "الرسمية", "باسمها", "باسمه")}
# that (entity_core's COMPLEMENTIZER) with و: the next such clause
THAT = COMPLEMENTIZER | {norm_token(w) for w in ("وأن", "وإن")}
# the singular relative pronouns with their و, opening a clause on the noun before them (الوفد الذي ضم،
# التحالف الذي يضم; _RELATIVE above is every number and gender, bare)
RELATIVE = {"التي", "والتي", "الذي", "والذي", "اللتي"}
# an indefinite adviser, officer, member … speaks unnamed only when a state or a body qualifies
# him (مستشار في وزارة الدفاع الأمريكية، ضابط عراقي) and no name follows (عضو في البرلمان فلان)
_QUALIFIED_HEADS = {norm_token(w) for w in ("مستشار", "ضابط", "عضو", "موظف", "خبير", "محلل", "باحث", "قيادي")}
UNNAMED_SOURCES = _SOURCE_HEADS | _QUALIFIED_HEADS   # for the claims stage: an unnamed speaker's head noun
# head nouns of bodies that speak (خلية الإعلام الأمني، المرصد السوري …، قيادة العمليات المشتركة):
# right after a verb of speech, such a phrase no lexicon holds is still the verb's own subject
_BODY_HEADS = {norm_token(w) for w in (
    "خلية", "مرصد", "المرصد", "قيادة", "مجموعة", "المجموعة", "هيئة", "الهيئة", "لجنة", "اللجنة", "مركز",
    "المركز", "مكتب", "المكتب", "دائرة", "الدائرة", "مجلس", "المجلس", "منظمة", "المنظمة", "جمعية", "الجمعية",
    "رابطة", "الرابطة", "بعثة", "البعثة", "وحدة", "الوحدة", "غرفة", "أمانة", "الأمانة", "برنامج", "البرنامج",
    "مديرية", "المديرية", "إدارة", "رئاسة", "الرئاسة", "وزارة", "الوزارة", "سفارة", "السفارة", "قنصلية", "القنصلية",
    "شبكة", "مؤسسة", "خدمة",    # خدمة أبحاث الكونغرس: a service of a state body
    "المؤسسة", "هيئات", "منظمات", "لجان", "فصائل", "حركة", "الحركة", "جبهة", "الجبهة", "تنسيقية", "اتحاد",
    "الاتحاد", "تحالف", "ائتلاف", "الائتلاف", "فريق", "جهاز", "الجهاز", "فرقة", "الفرقة",
    # the media unnamed (وذكرت وسائل إعلام كندية أن، كشفت صحف أمريكية): their words as written
    "وسائل", "صحف", "الصحف",
    # forces speak as bodies do (وقالت القوات العراقية إن؛ وأضافت القوات، أن: the forces named before)
    "قوات", "القوات", "قوى", "القوى", "القوة",
    # a bloc, and armed factions by their head noun (الإطار التنسيقي، كتائب حزب الله، عصائب أهل الحق)
    "الإطار", "كتائب", "فصيل", "الفصيل", "عصائب", "سرايا")}
# what ends such a phrase: the start of what was said, a preposition of the telling, a time word
# a definite relational adjective (nisba: الرئاسي، الأوروبية) or الخاص after a post
_POST_ADJECTIVE = re.compile(r"^ال\S{2,}(?:ي|يه|يين|يون)$|^الخاص(?:ه)?$")
_BODY_PHRASE_END = {norm_token(w) for w in ("أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها", "في", "إلى", "الى",
                                            "على", "عن", "خلال", "عبر", "ضمن", "أمس", "اليوم", "مساء", "صباح",
                                            "لدى", "بيان", "ببيان", "قبل", "بعد", "عقب", "مطلع",
                                            "منتصف", "أواخر", "أوائل", "نهاية", "بداية", "مؤخرا")}
_BODY_SPAN = 10
# adjectives whose complement opens with ب inside a body's name (المتعلقة بإزالة الألغام، المعنية بمكافحة)
_GOVERNING_B = {norm_token(w) for w in ("المتعلقة", "الخاصة", "المعنية", "المكلفة", "المختصة", "المعني", "الخاص",
                                        "المكلف", "المختص")}
# who speaks for a body by its post (ممثلة البرنامج، مندوب المنظمة): the body is the speaker
_REPRESENTATIVES = {norm_token(w) for w in ("ممثل", "ممثلة", "مندوب", "مندوبة")}
# prepositions that end like a nisba once folded (إلى → الي, على → علي): no adjective of a source
_NOT_ADJECTIVES = {"الي", "علي", "لدي", "وفي", "والي", "الذي", "والذي"}   # (الذي: a relative, no adjective)
# a statement, indefinite and definite (بلاغ: the Maghrebi press's statement); the claims stage reads them too
A_STATEMENT = {"بيان", "بلاغ"}
THE_STATEMENT = {"البيان", "البلاغ"}
_STATEMENT = A_STATEMENT | THE_STATEMENT
# a statement the outlet received (بيان تلقته «الغربية»، بيان وصل إلى …): a press release
_RECEIVED_IT = {norm_token(w) for w in ("تلقته", "تلقاه", "تلقت", "تلقى", "وصل", "وصلت", "وصلنا", "ورد", "وردت")}
_SPOKESMAN_OF = {norm_token(c + w) for c in ("", "ل", "لل") for w in ("ناطق", "الناطق", "متحدث", "المتحدث", "ناطقة",
                                                                     "الناطقة", "متحدثة", "المتحدثة")}
# adjectives of rank that are no nisba (مسؤول كبير في الخارجية، مصدر رفيع المستوى)
_RANK_ADJ = {norm_token(w) for w in ("كبير", "كبار", "رفيع", "رفيعة", "رفيعو", "بارز", "بارزة", "بارزون", "سابق",
                                     "سابقة", "سابقون", "المستوى", "مطلع", "مطلعة", "مطلعون")}
# the posts of a state's representative abroad: unnamed, the state speaks through them
_ENVOYS = {"Ambassador", "Chargé d'affaires"}
# a speech given (كلمة مصر): الكلمة alone later is the same speech, its speaker's
_SPEECH_HEADS = {norm_token(w) for w in ("كلمة", "خطاب")}
_THE_SPEECH = {norm_token(w) for w in ("الكلمة", "الخطاب")}
# a body's short name in brackets after it (حلف شمال الأطلسي (الناتو) قرر): no gap before its verb
_SHORT_NAME_ASIDE = re.compile(r"^\s*\([^()]{1,30}\)")
_SO_CALLED = {norm_token(w) for w in ("يسمى", "يسمي", "تسمى", "يدعى", "تدعى")}   # ما يسمى: "the so-called"
_SAME = {norm_token(w) for w in ("عينه", "ذاته", "نفسه")}     # المصدر عينه: the same source
_ANY_OFFICIAL = {norm_token(w) for w in ("المسؤول", "المسؤولة")}
_SOME = {norm_token(w) for w in ("العديد", "عدد", "بعض")}     # العديد من / عدد من / بعض من + a plural
_ONE_OR_SOME = {norm_token(w) for w in ("أحد", "إحدى", "بعض")}   # أحد النواب، بعض المصادر: in construct
# groups of people one or some of whom speak unnamed (أحد النواب; not إحدى النقاط, one of the points)
_PEOPLE = {norm_token(w) for w in (
    "النواب", "البرلمانيين", "السكان", "الأهالي", "القادة", "الضباط", "الجنود", "الأعضاء", "المشاركين",
    "الحاضرين", "الشهود", "السفراء", "الوزراء", "المتحدثين", "الباحثين", "الخبراء", "المحللين", "المراقبين",
    "الناشطين", "المسؤولين", "الدبلوماسيين", "المصادر")}
_OFFICIAL_HEADS = _ANY_OFFICIAL | {norm_token(w) for w in ("مسؤول", "مسؤولة")}   # one official, who may be named
_AGENCY_HEADS = {norm_token(w) for w in ("الوكالة", "والوكالة", "وكالة", "لوكالة")}
_FORCES = {norm_token(w) for w in ("قوات", "وقوات")}
_ISSUER_DESCRIPTORS = {norm_token(w) for w in ("الدول", "الحكومات", "الوزارات", "الجهات", "الأطراف")}
_STATEMENT_FORMS = _STATEMENT | {"وبيان", "ببيان", "لبيان", "والبيان", "وبلاغ", "ببلاغ", "لبلاغ", "والبلاغ"}
# a statement as the object of its issuing (أصدرت المجموعة بيانا) and the verbs that issue one
_ISSUED_STATEMENT = {norm_token(w) for w in ("بيانا", "بياناً", "بلاغا", "بلاغاً")}
_ISSUING_VERBS = {norm_token(w) for w in ("أصدر", "أصدرت", "أصدروا", "نشر", "نشرت", "وزع", "وزعت")}
# the statement's verb of publishing with its pronoun (بيان نشره الموقع …، بيان أصدرته الوزارة)
_PUBLISHED_IT = {norm_token(w) for w in ("نشره", "نشرته", "أصدره", "أصدرته", "وزعه", "وزعته", "أورده", "أوردته")}
_HEADS_OF_STATE = tuple(norm(w) for w in ("الرئيس", "رئيس", "الملك", "ملك", "الأمير", "أمير"))
_HONORIFIC_PRONOUNS = {norm_token(w) for w in ("معاليه", "معاليها", "سموه", "سموها", "فخامته", "فخامتها",
                                                "سعادته", "سعادتها", "دولته", "سيادته", "سيادتها")}
_HONORIFIC_HEADS = {norm_token(w) for w in ("سمو", "معالي", "فخامة", "سعادة", "دولة", "سيادة")}
_GOVERNMENT_HEADS = {norm_token(w) for w in ("الحكومة", "حكومة", "السلطات", "الجانب", "الجانبان", "الجانبين",
                                               "الإدارة", "القيادة", "الدولة", "النظام", "المملكة")}
# the authorities or government alone: of the state just named
_BARE_AUTHORITIES = {norm_token(w) for w in ("السلطات", "الحكومة")}
_OBJECT_PRONOUNS = {norm_token(w) for w in ("عنه", "عنها", "به", "بها", "إليه", "إليها", "له", "لها", "لهم")}
_TITLE_COMPLEMENT_PREP = {norm_token(w) for w in ("إلى", "الى", "لدى", "في", "لشؤون", "للشؤون", "ضد", "لمكافحة")}
# generic person nouns that name one post (not المسؤول / الدبلوماسي, said of any official)
_POST_HEADS = {norm_token(w) for w in ("الوزير", "الوزيرة", "المبعوث", "المبعوثة", "الرئيس", "الرئيسة",
                                       "السفير", "السفيرة")}
_GENERIC_PERSON = {norm_token(w) for w in ("الوزير", "الوزيرة", "المسؤول", "المسؤولة", "المبعوث", "المبعوثة",
                                           "الدبلوماسي", "الرئيس", "نظيره", "نظيرته", "ونظيره")}


# the cabinet-level posts a title may name, in Arabic (normalised) and in the lexicon's English
_POST_CLASS_AR = (("pm", re.compile(r"(?:^|\s)[وف]?(?:ال)?رييس[هة]?\s+(?:ال)?(?:وزراء|حكومه)")),
                  ("foreign", re.compile(r"(?:^|\s)[وف]?(?:ال)?وزير[هة]?\s+(?:ال)?خارجي")),
                  ("defense", re.compile(r"(?:^|\s)[وف]?(?:ال)?وزير[هة]?\s+(?:ال)?دفاع")),
                  ("head", re.compile(r"^[وف]?(?:ال)?(?:رييس|رييسه)(?:\s+(?:ال)?\S+ي[هة]?)?$")))


def post_class_ar(title: str | None) -> str | None:
    """head / pm / foreign / defense for a title that names one of those posts, else None
    (الرئيس الفرنسي → head; وزير الخارجية → foreign; رئيس مجلس النواب → None)."""
    n = norm(title or "")
    return next((cls for cls, rx in _POST_CLASS_AR if rx.search(n)), None)


def post_class_en(role: str | None) -> str | None:
    """The same classes for a lexicon role (President of France, Foreign Secretary, Secretary
    of State — not the Under / Assistant / junior ones, Secretary of Defense, Prime Minister)."""
    r = (role or "").lower()
    if not r or re.search(r"\b(?:vice|deputy|under|assistant|junior|acting|envoy|spokes)", r):
        return None
    if "prime minister" in r:
        return "pm"
    if re.search(r"\bforeign (?:minister|secretary)\b|^secretary of state\b", r):
        return "foreign"
    if re.search(r"\bdefen[cs]e (?:minister|secretary)\b|^secretary of defen[cs]e\b", r):
        return "defense"
    if re.search(r"^(?:president|king|emir|sultan)\b", r):
        return "head"
    return None


@dataclass
class Actor:
    key: str | None                     # entity key or collective name
    co: list[str] = field(default_factory=list)
    start: int = -1                     # span of the noun phrase in the text
    end: int = -1
    kind: str = "name"                  # name | title | collective | pronoun
    as_written: str | None = None
    title: str | None = None            # the title as written, when one introduced the name


def title_table(lex) -> dict[tuple[str, ...], dict]:
    """title words (normalised) → its lexicon row."""
    return compiled(lex, "actors:title_table", lambda lex: {
        tuple(norm(row["ar"]).split()): row for row in lex.data.get("titles") or []
        if isinstance(row, dict) and row.get("ar")})


def _title_max(table) -> int:
    return max((len(k) for k in table), default=1)


def _title_heads(lex, table) -> tuple[int, set[str]]:
    """(longest title in words, first words of titles, those words also with و/ف before them),
    computed once per lexicon."""
    def build(lex):
        heads = {k[0] for k in table}
        return _title_max(table), heads, heads | {c + h for h in heads for c in "وف"}
    return compiled(lex, "actors:title_heads", build)


def iso_map(lex) -> dict[str, str]:
    """ISO 3166 alpha-2 code → state key."""
    return compiled(lex, "actors:iso_map", lambda lex: {
        row["iso2"]: k for k, row in lex.info.items() if row.get("type") == "state" and row.get("iso2")})




class ActorIndex:
    """Per-document view: tokens per sentence, mentions by token, person affiliations."""

    def __init__(self, doc: Document, lex):
        self.doc, self.lex = doc, lex
        self.titles = title_table(lex)
        self.tmax, self.heads, self.heads_clitic = _title_heads(lex, self.titles)
        self.by_start: dict[int, Mention] = {}
        for m in doc.mentions:
            if m.start not in self.by_start or m.end > self.by_start[m.start].end:
                self.by_start[m.start] = m
        self.affiliation: dict[str, str] = {}
        self.person_titles: dict[str, str] = {}
        self.bare_titled: set[str] = set()   # persons given a title with no state (the outlet's own)
        self._appos_end: dict[int, str] = {}  # end of a titled name -> its person (a second title after و)
        # each sentence's Tokens (the document's, shared by the stages) and their folded forms
        self.toks: dict[int, list[Token]] = {s.index: doc.tokens_of(s) for s in doc.sentences}
        self.normed: dict[int, list[str]] = {i: ts.norms for i, ts in self.toks.items()}
        # memos, valid while the mention layer keeps its length (a stage may add mentions)
        self._n_mentions = -1
        self._mstarts: list[int] = []
        self._at: dict[int, Mention | None] = {}
        self._subj: dict[tuple, Actor | None] = {}
        self._affiliations()

    # -- entity helpers -------------------------------------------------------------------
    def bogus(self, key: str | None) -> bool:
        """A title-anchored "person" that is really the words after a title (a verb, a
        prepositional phrase with an amount)."""
        if not key or not key.startswith("person:"):
            return False
        name = key[len("person:"):]
        words = name.split()
        if not words or re.search(r"\d", name):
            return True
        w0 = words[0]
        if w0.startswith(("بت", "لت", "بال", "لل", "بتقديم")) or w0 in ("راي", "قال", "اكد", "ان", "الي"):
            return True
        # the claims' verb table, when built (claims build it after this index's first use:
        # kept as it was, see the closing note — the first article of a process reads none)
        vt = (getattr(self.lex, "cache", None) or {}).get("claims:verb_table") or {}
        # a verb of speech opening the words; a phrase's head only with its rest (على لسان, not
        # the given name علي)
        return any(tuple(words[1:1 + len(e[0])]) == e[0]
                   for w in (w0, w0[1:] if w0[:1] in "وف" else None) if w for e in vt.get(w, ()))

    def etype(self, key: str | None) -> str | None:
        e = self.doc.entities.get(key) if key else None
        return e.type if e else None

    def _fresh(self) -> None:
        ms = self.doc.mentions
        if len(ms) != self._n_mentions:
            self._n_mentions = len(ms)
            self._mstarts = [m.start for m in ms]
            self._maxlen = max((m.end - m.start for m in ms), default=0)
            self._at.clear()
            self._subj.clear()

    def mention_at(self, offset: int) -> Mention | None:
        """The mention starting at ``offset``, else the longest one covering it (a name
        mention that includes its honorific: الشيخ صباح …)."""
        m = self.by_start.get(offset)
        if m is not None:
            return m
        self._fresh()
        if offset in self._at:
            return self._at[offset]
        best = None
        ms = self.doc.mentions
        lo = 0
        if self._ordered():
            # only mentions starting less than the longest mention's length before can cover it
            lo = bisect.bisect_left(self._mstarts, offset - self._maxlen)
        for x in ms[lo:] if lo else ms:
            if x.start > offset:
                break
            if x.start < offset < x.end and (best is None or x.end - x.start > best.end - best.start):
                best = x
        self._at[offset] = best
        return best

    def mention_starting_in(self, a: int, b: int) -> Mention | None:
        """The first mention (in ``doc.mentions`` order) starting in [a, b)."""
        self._fresh()
        ms = self.doc.mentions
        i = bisect.bisect_left(self._mstarts, a)
        if i < len(ms) and self._ordered():
            x = ms[i]
            return x if x.start < b else None
        return next((x for x in ms if a <= x.start < b), None)

    def _ordered(self) -> bool:
        st = self._mstarts
        ok = getattr(self, "_ordered_for", None)
        if ok is None or ok[0] != len(st):
            ok = self._ordered_for = (len(st), all(x <= y for x, y in zip(st, st[1:])))
        return ok[1]

    def state_of(self, key: str | None) -> str | None:
        """The state an actor stands for: itself for a state, its affiliation for a person."""
        if not key:
            return None
        t = self.etype(key)
        if t == "state":
            return key
        if t == "person":
            return self.affiliation.get(key)
        return None

    def _affiliations(self) -> None:
        """Each person's state: the entity's own (lexicon, or what the entity layer read from his
        title), else from the titles the article gives it (``<title> <nisba> [honorific] <person>``),
        else the nationality right before his first mention."""
        doc, lex = self.doc, self.lex
        isos = iso_map(lex)
        for key, ent in doc.entities.items():
            if ent.type != "person" or self.bogus(key):
                continue
            if ent.country and self.etype(ent.country) in ("state", None):
                self.affiliation[key] = ent.country
            # the state the entity layer read from his title (السفير الأمريكي لدى العراق فلان)
            if key not in self.affiliation and ent.affiliation and self.etype(ent.affiliation) == "state":
                self.affiliation[key] = ent.affiliation
            iso = (lex.info.get(key) or {}).get("country")
            if iso and isos.get(iso) and key not in self.affiliation:
                self.affiliation[key] = isos[iso]
        heads = self.heads_clitic
        for s in doc.sentences:
            # the tokens that may start a title (match_title's own first test, done up front)
            if heads.isdisjoint(self.normed[s.index]):
                continue
            for i in [i for i, n in enumerate(self.normed[s.index]) if n in heads]:
                self._title_affiliation(s.index, self.toks[s.index], i)
        for key, ent in doc.entities.items():   # last: the nationality right before his first mention
            if ent.type == "person" and key not in self.affiliation and not self.bogus(key):
                state = self._nisba_before_first(key)
                if state is not None:
                    self.affiliation[key] = state

    def _nisba_before_first(self, person: str) -> str | None:
        """The state of the nationality adjective a few words before a person's first mention, in
        its sentence (القنصل الفرنسي في أربيل فلان: a posting between); his post's nationality."""
        doc = self.doc
        first = next((m for m in doc.mentions if m.entity == person), None)
        if first is None or not 0 <= first.sentence < len(doc.sentences):
            return None
        return self.nisba_before(max(doc.sentences[first.sentence].start, first.start - 40), first.start)

    def nisba_before(self, lo: int, pos: int) -> str | None:
        """The state of the last nationality adjective between offsets ``lo`` and ``pos``."""
        near = [m for m in self.doc.mentions_in(lo, pos) if self.etype(m.entity) == "state" and m.kind == "nisba"]
        return near[-1].entity if near else None

    def _title_affiliation(self, sent_index: int, toks, i: int) -> None:
        """The title at token ``i`` (if one starts there) with the person it names: that
        person's title and state; a title after a name is read by ``_apposition``."""
        t = self.match_title(toks, i)
        if not t:
            return
        j_title, row = t
        j = self._skip_complement(toks, j_title)
        state, k, inside = None, i, False
        # the state may sit inside the title (وزير الخارجية الأميركي) or right after it; one
        # inside is his nationality, a later one where he is posted (المبعوث الأمريكي إلى سوريا)
        while k < len(toks) and k < j + 3:
            m = self.mention_at(toks[k].start)
            if m and self.etype(m.entity) == "state" and m.kind in ("nisba", "name"):
                if not inside:
                    state, inside = m.entity, m.end <= toks[j_title - 1].end
                k = self._tok_after(toks, m.end)
                continue
            if k >= j:
                break
            k += 1
        k = max(k, j)
        while k < len(toks):
            m = self.mention_at(toks[k].start)
            if m is None or m.kind == "nominal" or self.etype(m.entity) != "organization":
                k2 = self._skip_complement(toks, k)   # … لمحاربة "داعش"، <name>
                if k2 == k:
                    break
                k = k2
                continue
            k = self._tok_after(toks, m.end)    # المبعوث الأميركي للتحالف الدولي، <name>
        k = past_honorifics(toks, k)
        title = self.doc.text[toks[i].start:toks[j - 1].end]
        held = self._rank_after_comma(toks, k)
        if held is not None:        # مساعد وزير الخارجية للشؤون العربية، السفير فلان: both his
            self._add_title(held, title)
            return
        if k < len(toks) and self._gap_ok(toks, k):
            m = self.mention_at(toks[k].start)
            if m and self.etype(m.entity) == "person" and principal(self.lex, m.entity, title):
                aide = served_by(self.doc, toks, self._tok_after(toks, m.end), self.heads)   # مبعوث الرئيس فلان إلى …
                if aide is not None:
                    self._add_title(aide.entity, title)
                return
            if m and self.etype(m.entity) == "person" and not self.bogus(m.entity):
                if state and self.etype(state) == "state" and m.kind != "nisba":
                    self.affiliation.setdefault(m.entity, state)
                self._add_title(m.entity, title)
                if not state:
                    self.bare_titled.add(m.entity)
                return
        # the name further on, as a subject is read (الأمين العام لـ «إنتربول»، فلان; الأمين العام
        # لحلف شمال الأطلسي"ناتو" فلان): the post is that person's, so the post alone later is him
        if self._boss_of_post(toks, i):
            return
        a = self._titled_subject(sent_index, toks, i, toks[i].start, t)
        if a.kind == "name" and a.key and self.etype(a.key) == "person":
            self._add_title(a.key, title)
            return
        self._apposition(toks, i, title, state)

    def _rank_after_comma(self, toks, k: int) -> str | None:
        """The person named after a comma and a rank (a title with a name right after it) at
        token ``k`` (past the post's complement, للشؤون العربية): the post before the comma is his too."""
        text = self.doc.text
        while 0 < k < len(toks) and not text[toks[k - 1].end:toks[k].start].strip() \
                and toks[k].norm.startswith(("لل", "ال")) and self.mention_at(toks[k].start) is None:
            k += 1
        if not 0 < k < len(toks) or text[toks[k - 1].end:toks[k].start].strip() not in ("،", ","):
            return None
        t = self.match_title(toks, k)
        if t is None or t[0] >= len(toks) or not self._gap_ok(toks, t[0]):
            return None
        m = self.mention_at(toks[past_honorifics(toks, t[0])].start) if past_honorifics(toks, t[0]) < len(toks) else None
        return m.entity if m is not None and self.etype(m.entity) == "person" and not self.bogus(m.entity) else None

    def _add_title(self, person: str, title: str) -> None:
        """A person holds every post the article gives him (نائب رئيس الوزراء وزير الخارجية فلان:
        both): ``resolve_title`` finds him by any of them."""
        title = self._without_conjunction(title)
        have = self.person_titles.get(person)
        if have is None or norm(title) not in norm(have):
            self.person_titles[person] = f"{have} {title}" if have else title

    def _without_conjunction(self, title: str) -> str:
        """A post joined by و/ف (… ومنسق التحالف، ووزير الخارجية) is held without the
        conjunction: the role is منسق التحالف, found again later as such."""
        words = title.split()
        if words and words[0][:1] in "وف" and norm(words[0][1:]) in self.heads and norm(words[0]) not in self.heads:
            return title[1:]
        return title

    def _boss_of_post(self, toks, i: int) -> bool:
        """The title at ``i`` is the genitive of another post right before it (مستشار الرئيس
        الأمريكي، مبعوث رئيس الوزراء): it is the boss's, and a name further on is the aide's."""
        return i > 0 and not self.doc.text[toks[i - 1].end:toks[i].start].strip() \
            and toks[i - 1].norm in self.heads and not toks[i - 1].norm.startswith("ال")

    def _apposition(self, toks, i: int, title: str, state: str | None) -> None:
        """``الشيخ محمد بن عبدالرحمن آل ثاني وزير الخارجية``: a title right after a person's
        name (a comma at most between) is that person's title."""
        if i == 0:
            return
        gap = self.doc.text[toks[i - 1].end:toks[i].start]
        if gap.strip() not in ("", "،", ","):
            return
        appos = self._appos_end
        prev = appos.get(toks[i - 1].end)
        if prev is not None and toks[i].norm[:1] == "و":
            # a second title joined by و (… نائب رئيس مجلس الوزراء ووزير الخارجية): the same person
            person = prev
            bare = title[1:] if norm(title[1:]).split()[:1] and norm(title[1:]).split()[0] in self.heads else title
            self.person_titles[person] = self.person_titles.get(person, "") + " " + bare
        else:
            m = self.mention_at(toks[i - 1].start)
            if m is None or m.end != toks[i - 1].end or m.kind == "nominal" or self.etype(m.entity) != "person" \
                    or self.bogus(m.entity):
                return
            person = m.entity
            # a post after the name adds to one before it (المستشار فلان المتحدث باسم الخارجية)
            self._add_title(person, title)
            if not state:
                self.bare_titled.add(person)
        appos[self.doc.text.find(title, toks[i].start) + len(title)] = person
        if state:
            self.affiliation.setdefault(person, state)

    def _skip_complement(self, toks, j: int, limit: int = 5) -> int:
        """The token where the state or organisation of a title starts when a portfolio or a
        prepositional complement stands between (وزير الإعلام السوري); ``j`` when none does."""
        text = self.doc.text
        for x in range(j, min(len(toks), j + limit + 1)):
            if x > j and text[toks[x - 1].end:toks[x].start].strip():
                return j
            m = self.mention_at(toks[x].start)
            if m is not None:
                ok = self.etype(m.entity) in ("state", "organization", "region") and m.kind != "nominal"
                return x if ok and x > j else j
            n = toks[x].norm
            if n in STOP and n not in COMPLEMENT_PREP and not object_of_masdar(toks, x):
                return j            # وأوضح المتحدث أن الأردن …: a function word ends the title
            if not (n in COMPLEMENT_PREP or n.startswith(("ال", "وال", "لل", "بال")) or
                    (self.lex.zipf(toks[x].text) >= 3.5 and self.mention_at(toks[x].start) is None)):
                return j            # a rare word is a name: the complement ended
        return j

    def _gap_ok(self, toks, k) -> bool:
        if k == 0:
            return True
        gap = self.doc.text[toks[k - 1].end:toks[k].start]
        return not _CLAUSE_PUNCT.search(gap)

    def _tok_after(self, toks, offset) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(toks, offset, key=_start)

    def match_title(self, toks, i):
        """(index after the title, lexicon row) for a title starting at token i."""
        w0 = toks[i].norm
        if w0 not in self.heads and not (w0[:1] in "وف" and w0[1:] in self.heads):
            return None
        normed = tuple([t.norm for t in toks[i:i + self.tmax]])
        # the answer depends on these words and the lexicon alone
        seen = memo(self.lex, "actors:title_at")
        got = seen.get(normed, seen)
        if got is seen:
            got = None
            for n in range(len(normed), 0, -1):
                seq = normed[:n]
                row = self.titles.get(seq)
                if row is None and seq and seq[0][:1] in "وف" and len(seq[0]) > 2:
                    row = self.titles.get((seq[0][1:],) + seq[1:])
                if row is not None and row.get("kind") != "honorific":
                    got = (n, row)
                    break
            seen[normed] = got
        return (i + got[0], got[1]) if got is not None else None

    def persons_of_state(self, state: str) -> list[str]:
        return [p for p, s in self.affiliation.items() if s == state]

    # -- noun phrase parsing ------------------------------------------------------------
    def subject_at(self, sent_index: int, k: int, before: int | None = None) -> Actor | None:
        """The actor whose noun phrase starts at token ``k`` of the sentence (None if none).
        ``before``: an offset the phrase must not pass. Memoised per document (a copy is
        returned: callers may extend it)."""
        self._fresh()
        key = (sent_index, k, before)
        if key in self._subj:
            a = self._subj[key]
        else:
            a = self._subj[key] = self._subject_at(sent_index, k, before)
        return Actor(a.key, list(a.co), a.start, a.end, a.kind, a.as_written, a.title) if a is not None else None

    def _subject_at(self, sent_index: int, k: int, before: int | None = None) -> Actor | None:
        toks = self.toks[sent_index]
        while k < len(toks) and (toks[k].norm in ADVERBS or toks[k].norm in _OBJECT_PRONOUNS):
            k += 1                      # ما كشف عنه حسين علاوي / أكد له الوزير: the subject follows
        if k + 2 < len(toks) and toks[k].norm == "كل" and toks[k + 1].norm == "من":
            k += 2                      # رأى كل من رئيس الوزراء … ورئيس …: the first named
        elif k + 2 < len(toks) and toks[k].norm in _SOME and toks[k + 1].norm == "من":
            k += 2                      # انتقد العديد من المسؤولين: some of them, the officials speak
        if k + 1 < len(toks) and toks[k].norm in _THE_SAME | _THESE and toks[k + 1].norm.startswith("ال"):
            k += 1                      # وأبرز نفس المتدخلين / ذات المصدر / هذه المصادر: the same ones, told before
        if k + 2 < len(toks) and toks[k].norm == "ما" and toks[k + 1].norm in _SO_CALLED:
            k += 2                      # وأكد ما يسمى تنظيم داعش: the group so called
        if k >= len(toks) or (before is not None and toks[k].start >= before):
            return None
        start = toks[k].start
        a = self._collective_subject(toks, k) or self._one_of_them(toks, k) or self._unnamed_source(toks, k) \
            or self._government(sent_index, toks, k) or self._honorific_pronoun(toks, k)
        if a is not None:
            return a
        if toks[k].norm in _HONORIFIC_HEADS and k + 1 < len(toks) and self.match_title(toks, k + 1):
            k, start = k + 1, toks[k + 1].start      # سمو وزير الخارجية: the title after the address
        elif toks[k].norm in entity_context(self.lex)["honor_first"] and k + 1 < len(toks):
            m1 = self.mention_at(toks[k + 1].start)  # الكولونيل فلان: a rank or address the name left out
            if m1 is not None and self.etype(m1.entity) == "person" and m1.kind != "nominal" \
                    and not self.bogus(m1.entity):
                return self._coordinate(sent_index, Actor(m1.entity, start=start, end=m1.end, kind="name",
                                                          as_written=self.doc.text[start:m1.end]))
        forces = self._coalition_forces(toks, k) or self._the_agency(toks, k)
        if forces is not None:
            return forces
        # a person mention right here (a name, or a title the entity layer resolved)
        m0 = self.mention_at(start)
        if m0 is not None and self.etype(m0.entity) == "person" and not self.bogus(m0.entity) \
                and m0.start <= start and not self._misfit_nominal(m0):
            end = self._holder_end(toks, m0)
            return self._coordinate(sent_index, Actor(m0.entity, start=start, end=end,
                                                      kind="name" if m0.kind != "nominal" else "title",
                                                      as_written=self.doc.text[start:end]))
        t = self.match_title(toks, k)
        if t:
            return self._titled_subject(sent_index, toks, k, start, t)
        return self._generic_person(toks, k, start) or self._named_subject(sent_index, toks, k, start) \
            or self._aide_of(sent_index, toks, k, start)

    def _past_post_adjectives(self, toks, k: int) -> int:
        """The token after the relational adjectives right after a post (المبعوث الرئاسي،
        السفير الأوروبي); a body after باسم and a named entity other than a nisba stay out."""
        if k == 0 or toks[k - 1].norm == "باسم":
            return k
        while k < len(toks) and _POST_ADJECTIVE.match(toks[k].norm) \
                and not self.doc.text[toks[k - 1].end:toks[k].start].strip():
            m = self.mention_at(toks[k].start)
            if m is not None and m.kind != "nisba":
                break
            k += 1
        return k

    def _holder_end(self, toks, m0) -> int:
        """Where a person's phrase starting with mention ``m0`` ends: a post (nominal mention)
        runs on over an acting / former qualifier and the holder's own name after it
        (وزير الدفاع العراقي بالوكالة فلان); a name ends where it ends."""
        if m0.kind != "nominal":
            return m0.end
        k0 = self._tok_after(toks, m0.end)
        k = self._past_post_adjectives(toks, k0)
        end = toks[k - 1].end if k > k0 else m0.end
        j = past_post_qualifiers(toks, k)
        end = toks[j - 1].end if j > k else end
        m1 = self.mention_at(toks[j].start) if j < len(toks) else None
        if m1 is not None and m1.entity == m0.entity and m1.kind != "nominal" \
                and not self.doc.text[end:m1.start].strip():
            end = m1.end
        return end

    def _aide_of(self, sent_index: int, toks, k: int, start: int) -> Actor | None:
        """An unlisted post in construct with a titled person (مستشار الرئيس الأمريكي فلان،
        مبعوث رئيس الوزراء فلان): the aide speaks, not the one he serves — the name in apposition
        after (، فلان،) or after a post joined by و (ومنسق التحالف … الجنرال فلان). Without a
        second name, None: the name after the construct may be the aide's own (مستشار رئيس
        الوزراء فلان), as the readers before decide."""
        w = toks[k].norm
        if w.startswith("ال") or w in STOP or w in _KANA or w in _PERFECT or k + 1 >= len(toks) \
                or self.mention_at(start) is not None \
                or self.doc.text[toks[k].end:toks[k + 1].start].strip():
            return None
        boss = self.subject_at(sent_index, k + 1)
        if boss is None or not boss.title or boss.kind != "name" or self.etype(boss.key) != "person":
            return None
        if boss.co and self.etype(boss.co[0]) == "person":
            # the post joined by و was read as the boss's co-speaker: it is the aide's
            return Actor(boss.co[0], start=start, end=boss.end, kind="name", as_written=self.doc.text[start:boss.end])
        end = self._clause_end_offset(toks, k)
        aide = next((m for m in self.doc.mentions_in(boss.end, end) if self.etype(m.entity) == "person"
                     and m.entity != boss.key and m.kind != "nominal" and not self.bogus(m.entity)), None)
        if aide is None:
            return None
        return Actor(aide.entity, start=start, end=aide.end, kind="name", as_written=self.doc.text[start:aide.end])

    def _clause_end_offset(self, toks, k: int) -> int:
        """Where the subject's clause ends: at أن / إن or a clause mark after token ``k``."""
        for j in range(k + 1, len(toks)):
            if toks[j].norm in _BODY_PHRASE_END - {"في", "الي"} or _CLAUSE_PUNCT.search(self.doc.text, toks[j - 1].end, toks[j].start):
                return toks[j].start
        return toks[-1].end

    def _coalition_forces(self, toks, k: int) -> Actor | None:
        """``قوات التحالف الدولي``: the coalition's forces speak for the coalition."""
        if toks[k].norm not in _FORCES or k + 1 >= len(toks):
            return None
        m = self.mention_at(toks[k + 1].start)
        if m is None or m.start != toks[k + 1].start or (self.doc.entities[m.entity].subtype or "") != "coalition":
            return None
        return Actor(m.entity, start=toks[k].start, end=m.end, kind="name", as_written=self.doc.text[toks[k].start:m.end])

    def _the_agency(self, toks, k: int) -> Actor | None:
        """``وأشارت الوكالة``، ``ووفقا لوكالة الأنباء``: the news agency the article named before."""
        w = toks[k].norm
        if w not in _AGENCY_HEADS:
            return None
        end = toks[k].end
        if w in ("وكاله", "لوكاله"):
            if k + 1 >= len(toks) or toks[k + 1].norm != "الانباء":
                return None
            end = toks[k + 1].end
        if self.mention_at(toks[k].start) is not None and self.mention_at(toks[k].start).kind != "nominal":
            return None         # a named agency: its own mention answers
        agencies = [key for key, e in self.doc.entities.items() if e.type == "organization"
                    and (key.startswith("agency:") or e.subtype in ("media", "news_agency"))]
        best = self._nearest([a for a in agencies if any(m.entity == a and m.start < toks[k].start
                                                         for m in self.doc.mentions)], toks[k].start)
        if best is None:
            return None
        a = token_offset(toks[k], 1) if w[:1] in "لو" and w[1:] in _AGENCY_HEADS else toks[k].start
        return Actor(best, start=a, end=end, kind="title", as_written=self.doc.text[a:end])

    def _collective_subject(self, toks, k: int) -> Actor | None:
        """A collective speaker at token ``k``: a statement (البيان, its issuer when named), the
        participants, the coalition's ministers (وزراء خارجية دول التحالف), counted states
        (ثماني دول أعضاء)."""
        doc, start = self.doc, toks[k].start
        words = [t.norm for t in toks[k:k + 6]]
        w0 = words[0]
        part = self._participating(toks, k)
        if part is not None:
            return part
        for seq, name in _COLLECTIVE_BY_HEAD.get(w0, ()):
            if tuple(words[:len(seq)]) == seq:
                if seq in _ALONE_ONLY and len(words) > len(seq) and words[len(seq)].startswith("ال") \
                        and not doc.text[toks[k].end:toks[k + 1].start].strip():
                    continue    # الدول العربية: those states, as written
                end = toks[k + len(seq) - 1].end
                if seq[0] in _STATEMENT and len(seq) == 1:
                    owner = self._statement_owner(toks, k, start)
                    if owner is not None:
                        key, end = owner
                        return Actor(key, start=start, end=max(end, toks[k].end), kind="name",
                                     as_written=doc.text[start:max(end, toks[k].end)])
                return Actor(name, start=start, end=end, kind="collective", as_written=doc.text[start:end])
        pair = self._pair(toks, k)
        if pair is not None:
            return pair
        if w0 in _MINISTERS_HEAD | {"وزيرا"} or (w0[:1] == "و" and w0[1:] in _MINISTERS_HEAD | {"وزيرا"}):
            j = k + 1
            while j < len(toks) and toks[j].norm in _MINISTERS_FILL:
                j += 1
            named = self._ministers_of_states(toks, k, j)
            if named is not None:
                return named
            # … دول التحالف / الدول الأعضاء: the coalition's members
            if j > k + 1 and any(t.norm in ("التحالف", "للتحالف", "الاعضاء") for t in toks[k + 1:j]):
                end = toks[j - 1].end
                return Actor(COALITION_MINISTERS, start=start, end=end, kind="collective",
                             as_written=doc.text[start:end])
            counted = self._counted_states_at(toks, j)
            if counted is not None:     # وزراء خارجية 23 دولة (no adjective after: دولة عربية is another set)
                end = toks[counted - 1].end
                return Actor(COALITION_MINISTERS, start=start, end=end, kind="collective",
                             as_written=doc.text[start:end])
        res = _parse_number(toks, k, vocab(self.lex))
        if res and res[1] < len(toks) and toks[res[1]].norm in _COUNTED_STATES:
            val, j = res
            end_j = j + 1
            if end_j < len(toks) and toks[end_j].norm in ("اعضاء", "عضوا", "عضو"):
                end_j += 1
            end = toks[end_j - 1].end
            return Actor(f"{COUNTED_MEMBERS} ({int(val)})", start=start, end=end, kind="collective",
                         as_written=doc.text[start:end])
        return None

    def _counted_states_at(self, toks, j: int) -> int | None:
        """The token after "N states" at ``j`` (23 دولة، 26 بلدا) with no adjective after them, else None."""
        res = _parse_number(toks, j, vocab(self.lex)) if j < len(toks) else None
        if not res or res[1] >= len(toks) or toks[res[1]].norm not in _COUNTED_STATES | {"بلدا", "بلد"}:
            return None
        nxt = res[1] + 1
        if nxt < len(toks) and toks[nxt].norm[-1:] in ("ي", "ه") and toks[nxt].norm != "في" \
                and not self.doc.text[toks[nxt - 1].end:toks[nxt].start].strip():
            return None         # دولة عربية، دول أوروبية: those states, not the coalition's
        return nxt

    def _participating(self, toks, k: int) -> Actor | None:
        """A definite plural qualified by "participating" (الوفود المشاركة، الدول المشاركة،
        الأطراف المشاركة، الوزراء المشاركون): those at the meeting, the coalition speaking —
        whatever the head noun; a name inside (الدول العربية المشاركة) is read as written."""
        j = k + 1
        if not toks[k].norm.startswith("ال") or self.mention_at(toks[k].start) is not None \
                or j >= len(toks) or toks[j].norm not in _PARTICIPATING:
            return None
        if j + 2 < len(toks) and toks[j + 1].norm == "في" and toks[j + 2].norm not in _MEETING_WORDS \
                and not self._coalition_at(toks[j + 2].start):
            return None         # الفصائل المشاركة في القتال: taking part in something else
        start, end = toks[k].start, toks[j].end
        # a head that names a collective alone keeps its name (الوزراء المشاركون: the ministers)
        name = next((n for seq, n in _COLLECTIVE_BY_HEAD.get(toks[k].norm, ()) if len(seq) == 1), GLOBAL_COALITION)
        return Actor(name, start=start, end=end, kind="collective", as_written=self.doc.text[start:end])

    def _coalition_at(self, offset: int) -> bool:
        m = self.mention_at(offset)
        return m is not None and (self.doc.entities[m.entity].subtype or "") == "coalition"

    def _ministers_of_states(self, toks, k: int, j: int) -> Actor | None:
        """وزيرا خارجية العراق والأردن، وزراء دفاع فرنسا وبريطانيا وألمانيا: the ministers of the
        states listed after their portfolio speak for them — the first, the others co-speakers."""
        if j == k + 1:
            return None
        states, x = [], j
        while x < len(toks):
            m = self.mention_at(toks[x].start) or self.mention_starting_in(toks[x].start, toks[x].start + 2)
            if m is None or self.etype(m.entity) != "state" or m.kind not in ("name", "metonym"):
                break
            if m.entity not in states:
                states.append(m.entity)
            x = self._tok_after(toks, m.end)
            if x >= len(toks) or toks[x].norm[:1] != "و" and toks[x].norm not in ("و",):
                break
        if len(states) < 2:
            return None
        start, end = toks[k].start, toks[x - 1].end if x < len(toks) else toks[-1].end
        end = max(m.end for m in self.doc.mentions_in(start, end + 1) if m.entity in states)
        return Actor(states[0], co=states[1:], start=start, end=end, kind="collective", as_written=self.doc.text[start:end])

    def _pair(self, toks, k: int) -> Actor | None:
        """A dual (الوزيران، الرئيسان؛ الجانبان، البلدان) alone is the last two persons, or states,
        named before, and so are counted states (الدول الأربع، البلدان الثلاثة) the last so many:
        one act of them all, the first named speaking (the others co-speakers)."""
        kind, n, end = _DUAL_PERSONS.get(toks[k].norm) or _DUAL_STATES.get(toks[k].norm), 2, toks[k].end
        if k + 1 < len(toks) and toks[k].norm in _COUNTED_DEFINITE and toks[k + 1].norm in _COUNT_WORDS:
            kind, n, end = "state", _COUNT_WORDS[toks[k + 1].norm], toks[k + 1].end
        elif kind is None or (k + 1 < len(toks) and self.mention_at(toks[k + 1].start) is not None):
            return None         # الجانبان الأمريكي والعراقي: named right after, read as written
        start = toks[k].start
        seen: list[str] = []
        for m in reversed(self.doc.mentions_in(0, start)):
            if self.etype(m.entity) == kind and not self.bogus(m.entity) and m.entity not in seen:
                seen.append(m.entity)
                if len(seen) == n:
                    return Actor(seen[-1], co=seen[-2::-1], start=start, end=end, kind="collective",
                                 as_written=self.doc.text[start:end])
        return None

    def _honorific_pronoun(self, toks, k: int) -> Actor | None:
        """وأكد معاليه / وشدد سموه: the person last named (with his title) before."""
        if toks[k].norm not in _HONORIFIC_PRONOUNS:
            return None
        start = toks[k].start
        persons = [m.entity for m in self.doc.mentions_in(0, start) if self.etype(m.entity) == "person"
                   and not self.bogus(m.entity)]
        if persons:
            return Actor(persons[-1], start=start, end=toks[k].end, kind="pronoun", as_written=toks[k].text)
        return None

    def _titled_subject(self, sent_index: int, toks, k: int, start: int, t, depth: int = 0) -> Actor:
        """title (+ state) (+ honorific) (+ name): the named person, else whom the title
        stands for (``resolve_title``)."""
        doc = self.doc
        j, row = t
        title_text = doc.text[start:toks[j - 1].end]
        j0 = j
        t2 = self.match_title(toks, j) if j < len(toks) and norm(title_text).endswith("باسم") else None
        if t2 is not None and depth < 2:
            ranked = self._ranked_name(toks, t2[0])
            if ranked is not None:
                # الناطق باسم القائد العام للقوات المسلحة اللواء فلان: a rank opens the spokesman's own name
                return self._coordinate(sent_index, Actor(ranked.entity, start=start, end=ranked.end, kind="name",
                                                          as_written=doc.text[start:ranked.end], title=title_text))
            return self._spokesman_of(toks, start, t2, title_text)
        j = self._skip_complement(toks, j)
        kk, title_state = self._name_after_title(toks, k, j)
        if 0 < kk < len(toks) - 1 and quoted_alone(doc.text, toks, kk):
            kk += 1           # الأمين العام لحلف شمال الأطلسي"ناتو" فلان: the body's short name, then the name
        if kk < len(toks):
            m = self.mention_at(toks[kk].start)
            if m and self.etype(m.entity) == "person" and principal(self.lex, m.entity, doc.text[start:m.start]):
                # المبعوث الخاص للرئيس باراك اوباما للعراق … جون آلن: the envoy speaks, not the one he serves
                m = served_by(doc, toks, self._tok_after(toks, m.end), self.heads) or m
            if m and self.etype(m.entity) == "person" and not self.bogus(m.entity):
                return self._coordinate(sent_index, Actor(m.entity, start=start, end=m.end, kind="name",
                                                          as_written=doc.text[start:m.end], title=title_text))
            t2 = self.match_title(toks, kk) if kk > k and not doc.text[toks[kk - 1].end:toks[kk].start].strip() else None
            if t2 is not None and depth < 2:
                # stacked posts (نائب رئيس الوزراء وزير الخارجية فلان): the name after the last one
                a = self._titled_subject(sent_index, toks, kk, toks[kk].start, t2, depth + 1)
                if a.kind == "name":
                    return Actor(a.key, list(a.co), start, a.end, a.kind, doc.text[start:a.end], title_text)
        m = self._name_past_complement(toks, j0)
        if m is not None:
            return self._coordinate(sent_index, Actor(m.entity, start=start, end=m.end, kind="name",
                                                      as_written=doc.text[start:m.end], title=title_text))
        j0 = past_post_qualifiers(toks, self._past_post_adjectives(toks, j0))   # رئيس الوزراء بالإنابة
        end = toks[j0 - 1].end
        body = self.mention_at(toks[j0].start) if j0 < len(toks) else None
        if body is not None and body.start == toks[j0].start and body.kind != "nominal" \
                and self.etype(body.entity) == "organization" and not doc.text[end:body.start].strip() \
                and not self._told_to_medium(toks[j0], body):
            end = body.end              # المتحدثة باسم الخارجية البريطانية: the body is part of the post
        if title_state:
            sm = next((x for x in self.doc.mentions if x.entity == title_state and x.start >= start), None)
            if sm and sm.end > end and (sm.start - end < 3 or j != j0):
                end = sm.end
        key, co = self.resolve_title(title_text, title_state, start), []
        if key is None and "Spokesperson" in (row.get("role_en") or ""):
            # an unnamed spokesman: his words as written, with the body he speaks for
            voice, end = self._spokesman_body(toks, j0, body, start, end)
            co = [voice] if voice else []
        elif key is None and row.get("role_en") in _ENVOYS and title_state and self.etype(title_state) == "state":
            key = title_state   # سفير السويد لدى بغداد, no name: his state speaks, as through its embassy
        elif key is None and toks[k].norm in _REPRESENTATIVES and (rep := self.body_subject(toks, k)) is not None:
            return rep          # ممثلة البرنامج الإنمائي, no name: she speaks for the body
        return Actor(key, co=co, start=start, end=end, kind="title", as_written=doc.text[start:end], title=title_text)

    def _told_to_medium(self, tok, body) -> bool:
        """``وزير الدفاع العراقي لوكالة الأنباء العراقية``: a news medium after ل is whom the
        post-holder told, not part of his post."""
        media = (self.lex.info.get(body.entity) or {}).get("subtype") == "news_agency" or \
            getattr(self.doc.entities.get(body.entity), "subtype", None) == "media"
        return media and tok.norm.startswith("ل")

    def _ranked_name(self, toks, j: int):
        """The person named after a military rank within the next words of the post at ``j``
        (its complement, للقوات المسلحة, between), with no punctuation on the way; else None."""
        for x in range(j, min(j + 6, len(toks) - 1)):
            if x > j and re.search(r"[،,.:؛]", self.doc.text[toks[x - 1].end:toks[x].start]):
                return None
            if toks[x].norm in HONORIFIC_OPENERS and not toks[x].norm.startswith(("الشيخ", "الامير", "السيد")):
                y = x + 1
                while y < len(toks) and toks[y].norm in RANK_QUALIFIERS:
                    y += 1
                m = self.mention_at(toks[y].start) if y < len(toks) else None
                return m if m is not None and self.etype(m.entity) == "person" else None
        return None

    def _spokesman_of(self, toks, start: int, t2, title_text: str) -> Actor:
        """المتحدث باسم رئيس الوزراء فلان: the name after باسم + a post is the one spoken for, not
        the spokesman — who speaks unnamed, as written up to the post (no key: a state would
        give way to the person named before أن)."""
        end = toks[t2[0] - 1].end
        return Actor(None, start=start, end=end, kind="title", as_written=self.doc.text[start:end], title=title_text)

    def _spokesman_body(self, toks, j: int, body, start: int, end: int) -> tuple[str | None, int]:
        """An unnamed spokesman speaks for the body he is the voice of: the one named after باسم
        (المتحدثة باسم الخارجية البريطانية), else, for باسمها / باسم الوزارة, the organisation
        or state named last before. (key, end of the phrase)."""
        if body is not None and body.start == toks[j].start and self.etype(body.entity) == "organization":
            return body.entity, end
        if body is not None and body.start == toks[j].start and self.etype(body.entity) in ("place", "city") \
                and toks[j - 1].norm == "باسم":
            return None, body.end   # متحدثة باسم قاعدة لاسك: a base's voice, its name part of the post
        kinds = _BARE_BODIES.get(toks[j].norm) if j < len(toks) else None
        if kinds is None and not norm(self.doc.text[toks[j - 1].start:toks[j - 1].end]).endswith(("باسمه", "باسمها")):
            return None, self._unnamed_body_end(toks, j, end)
        kinds = kinds or _BODY_WORDS

        def fits(key: str) -> bool:
            e = self.doc.entities.get(key)
            return e is not None and (e.type == "organization" and any(w in (e.name_en or "") for w in kinds)
                                      or e.type == "state" and kinds is _BODY_WORDS)
        before = [m for m in self.doc.mentions_in(0, start) if m.kind != "nominal" and fits(m.entity)]
        if not before:
            return None, end
        last = before[-1]
        # a state inside the body's own name (وزارة الخارجية الكندية) stands for that body
        last = next((m for m in before if m.start <= last.start and m.end >= last.end
                     and self.etype(m.entity) == "organization"), last)
        return last.entity, (toks[j].end if kinds is not _BODY_WORDS else end)

    def _unnamed_body_end(self, toks, j: int, end: int) -> int:
        """After باسم, a body no list knows is still part of the post, not of what was said:
        its head and the definite words in construct with it (الناطق باسم هيئة الأركان العامة)."""
        if not (0 < j < len(toks) and toks[j - 1].norm == "باسم"):
            return end
        x = j if toks[j].norm.startswith("ال") else j + 1
        if x == j + 1 and x < len(toks) and not self.doc.text[toks[j].end:toks[x].start].strip() \
                and not toks[x].norm.startswith("ال") and self.lex.zipf(toks[x].text) < 3.5:
            return toks[x].end      # باسم قاعدة لاسك: a head in construct with a name
        while x < len(toks) and toks[x].norm.startswith("ال") and toks[x].norm not in _BODY_PHRASE_END \
                and not self.doc.text[toks[x - 1].end:toks[x].start].strip():
            x += 1
        return toks[x - 1].end if x > j + (0 if toks[j].norm.startswith("ال") else 1) else end

    def _name_past_complement(self, toks, j: int) -> Mention | None:
        """``وزير الدولة لشؤون مجلس الوزراء الشيخ د. فلان``: a person named within six words
        after the title — common words of its complement, forms of address, an initial (د.) —
        with no clause break and no rare word (another name) before it."""
        text = self.doc.text
        x, steps = j, 0
        # six words or names: a body's name of several words (التحالف الدولي) counts as one
        while x < len(toks) and steps < 6:
            steps += 1
            gap = text[toks[x - 1].end:toks[x].start] if x > 0 else ""
            m = self.mention_at(toks[x].start)
            if x > j and gap.strip() in ("،", ",") and m is not None and m.kind == "name" \
                    and self.etype(m.entity) == "person" and m.start == toks[x].start:
                return m        # المبعوث الخاص لشؤون مكافحة الإرهاب، فلان الفلاني،: the name set off by commas
            if x > j and (_CLAUSE_PUNCT.search(gap) and not (gap.strip() == "." and len(toks[x - 1].text) == 1)
                          or "،" in gap or "," in gap):
                return None
            if m is not None and self.etype(m.entity) == "person" and not self.bogus(m.entity) and m.kind != "nominal":
                return m
            if m is not None:
                x = self._tok_after(toks, m.end)
                continue
            w = toks[x].norm
            if w not in HONORIFICS and len(w) > 1 and self.lex.zipf(toks[x].text) < 3.5 or w in COMPLEMENTIZER:
                return None     # (إلى أن: what is said begins; a name there is no holder's)
            x += 1
        return None

    def _name_after_title(self, toks, k: int, j: int) -> tuple[int, str | None]:
        """(the token where a name after the title at ``k`` would start, the state named in or
        right after the title); ``j``: the token after the title and its complement."""
        doc = self.doc
        title_state = None
        # state mentions inside or right after the title (or after its complement:
        # وزير الإعلام السوري، المبعوث الخاص إلى سوريا)
        kk = k
        while kk < len(toks) and kk < j + 3:
            m = self.mention_at(toks[kk].start)
            if m and self.etype(m.entity) == "state":
                title_state = m.entity
                kk = self._tok_after(toks, m.end)
                continue
            if m and kk >= j and self.etype(m.entity) == "organization" and m.kind != "nominal":
                kk = self._tok_after(toks, m.end)   # المتحدثة باسم الخارجية البريطانية <name>
                continue
            if kk >= j:
                break
            kk += 1
        kk = past_post_qualifiers(toks, max(kk, j))     # وزير الدفاع بالوكالة فلان: acting
        kk = past_honorifics(toks, kk)
        # an appositive name after a comma (المبعوث الخاص لسوريا ، غير بيدرسون)
        if kk < len(toks) and not self.mention_at(toks[kk].start) and kk + 1 < len(toks):
            m2 = self.mention_at(toks[kk + 1].start) if kk + 1 < len(toks) else None
            if m2 and self.etype(m2.entity) == "person" and \
                    "،" in doc.text[toks[kk].start - 3:toks[kk].start] + doc.text[toks[kk].end:toks[kk + 1].start]:
                kk += 1
        # "… لسوريا ، غير بيدرسون": skip a short complement then a comma before a name
        if kk < len(toks):
            m = self.mention_at(toks[kk].start)
            if m and self.etype(m.entity) == "state" and m.kind != "nisba":
                nxt = self._tok_after(toks, m.end)
                if nxt < len(toks):
                    m3 = self.mention_at(toks[nxt].start)
                    if m3 and self.etype(m3.entity) == "person":
                        kk = nxt
        return self._name_after_comma(toks, kk), title_state

    def _name_after_comma(self, toks, kk: int) -> int:
        """A longer complement, then the name — after a comma (وكيلة وزارة الخارجية الأميركية
        للشؤون السياسية، فيكتوريا نولاند) or straight after the complement (المتحدث باسم الوزارة
        أحمد الصحاف، المبعوث الرئاسي في الخارجية الأمريكية للتحالف ضد داعش بريت ماكغورك): the
        name's token, else ``kk``. A name after ل is an addressee, not the title's holder."""
        text = self.doc.text
        x = kk
        while kk < len(toks) and x < min(len(toks), kk + 10):
            m = self.mention_at(toks[x].start)
            if x > kk and re.search("[،,]", text[toks[x - 1].end:toks[x].start]):
                return x if m is not None and self.etype(m.entity) == "person" and not self.bogus(m.entity) else kk
            if m is not None and self.etype(m.entity) == "person":
                after_li = x > kk and toks[x - 1].norm in ("ل", "لـ")
                return x if x > kk and not after_li and not self.bogus(m.entity) and m.start == toks[x].start else kk
            if x > kk and _CLAUSE_PUNCT.search(text, toks[x - 1].end, toks[x].start):
                return kk
            if m is not None and m.kind != "nominal":
                x = max(x + 1, self._tok_after(toks, m.end))
                continue
            n = toks[x].norm
            if not (n in COMPLEMENT_PREP or n in _TITLE_COMPLEMENT_PREP or n.startswith(("ال", "لل", "ل", "وال"))):
                return kk
            x += 1
        return kk

    def _misfit_nominal(self, m) -> bool:
        """A nominal mention (المبعوث الأمريكي) whose head names a post the person is known not
        to hold (the entity layer matched it to the only American named, the president): the
        post, not the nationality, decides who is meant."""
        if m.kind != "nominal":
            return False
        if not self._post_fits(m.entity, m.text):
            return True     # وزير الخارجية الفرنسي matched to the only Frenchman named, the president
        head = norm_token(m.text.split()[0])
        head = head[1:] if head[:1] in "وف" and head[1:] in _POST_HEADS else head
        if head not in _POST_HEADS:
            return False
        # either record of his post may show it (the index's keeps a clitic: ووزير الخارجية)
        return not (may_hold(self.person_titles.get(m.entity), head) or may_hold(self.doc.entities[m.entity].role, head))

    def _post_fits(self, person: str, title: str) -> bool:
        """The post a title names (head of state, prime minister, foreign or defence minister)
        is the one the lexicon knows the person held, when both are known: وزير الخارجية
        الفرنسي is not Macron, whom the lexicon knows as President of France."""
        said = post_class_ar(title)
        known = post_class_en((self.lex.info.get(person) or {}).get("role"))
        return said is None or known is None or said == known

    def _generic_person(self, toks, k: int, start: int) -> Actor | None:
        """A generic person noun with a nationality: الوزير السعودي، المسؤولة الأمريكية."""
        if toks[k].norm in _GENERIC_PERSON and k + 1 < len(toks):
            m = self.mention_at(toks[k + 1].start)
            if m and self.etype(m.entity) == "state":
                key = self.resolve_title(toks[k].text, m.entity, start)
                return Actor(key, start=start, end=m.end, kind="title", as_written=self.doc.text[start:m.end],
                             title=toks[k].text)
        return None

    def _named_subject(self, sent_index: int, toks, k: int, start: int) -> Actor | None:
        """A person, state or organisation (or a capital standing for its government) named at
        token ``k``, honorifics aside."""
        k = past_honorifics(toks, k)
        if k >= len(toks):
            return None
        m = self.mention_at(toks[k].start)
        if m is None:
            # a mention starting inside the token (proclitic glued: ودي مايو)
            m = self.mention_starting_in(toks[k].start, toks[k].end)
        if m is None:
            return None
        et = self.etype(m.entity)
        if self.bogus(m.entity):
            return None
        if et in ("person", "state", "organization") or (et == "city" and m.kind == "metonym"):
            return self._coordinate(sent_index, Actor(m.entity, start=start, end=m.end, kind="name",
                                                      as_written=self.doc.text[start:m.end]))
        return None

    def body_subject(self, toks, k: int, clitics: str = "وف", until: int | None = None) -> Actor | None:
        """A body no lexicon knows, named at token ``k`` right after a verb of speech (وقالت خلية
        الإعلام الأمني إن، وذكر المرصد السوري لحقوق الإنسان أن): its words up to what was said
        stand for the speaker, as an unnamed source's do — or the organisation named before whose
        name opens with the same noun (أعلن البرنامج after برنامج الأمم المتحدة الإنمائي). A
        body's representative (ممثلة البرنامج الإنمائي) speaks for the body. None unless the
        phrase opens with a body's head noun and ends, unpunctuated, at أن / إن, a preposition
        or a time word — or at token ``until``, the verb it is the subject of (الوزارة أوضحت)."""
        if k >= len(toks) or self.doc.text[toks[k - 1].end:toks[k].start].strip():
            return None
        w0 = toks[k].norm
        head = w0[1:] if w0[:1] in clitics and w0[1:] in _BODY_HEADS | _REPRESENTATIVES else w0
        if head in _REPRESENTATIVES and k + 1 < len(toks):
            body = self.body_subject(toks, k + 1)
            m = self.mention_at(toks[k + 1].start)
            if body is None and m is not None and self.etype(m.entity) == "organization" and m.kind != "nominal":
                body = Actor(m.entity, start=m.start, end=m.end, kind="name")
            if body is not None:
                start = toks[k].start + (len(w0) - len(head))
                return Actor(body.key, start=start, end=body.end, kind="title",
                             as_written=self.doc.text[start:body.end])
            return None
        if head not in _BODY_HEADS:
            return None
        j = k + 1
        while j < len(toks) and j != until and j - k <= _BODY_SPAN and toks[j].norm not in _BODY_PHRASE_END \
                and toks[j].norm not in ADVERBS and not self._told_by_b(toks, j) \
                and not _BOUNDARY_PUNCT.search(self.doc.text, toks[j - 1].end, toks[j].start) \
                and "(" not in self.doc.text[toks[j - 1].end:toks[j].start]:
            j += 1
        if j - k > _BODY_SPAN or j == k + 1 and not head.startswith("ال"):
            return None         # runs on, or a bare indefinite noun (قال مركز): no named body
        if j < len(toks) and j != until and toks[j].norm not in _BODY_PHRASE_END and toks[j].norm not in ADVERBS \
                and not self._told_by_b(toks, j) and not re.match(r"\s*[:«“\"،,(]", self.doc.text[toks[j - 1].end:toks[j].start]):
            return None
        start, end = toks[k].start + (len(w0) - len(head)), toks[j - 1].end
        if j + 1 < len(toks) and toks[j].norm == "في" and (m := self.mention_at(toks[j + 1].start)) is not None \
                and self.etype(m.entity) == "state" and m.kind == "name":
            end = m.end         # وزارة الخارجية في الإمارات: a body of that state, the state part of its name
        written = self.doc.text[start:end]
        named = self._body_named_before(head, start, norm(written).split()[1:]) if head.startswith("ال") else None
        if named is None and head == "الوزاره" and j == k + 1:
            named = self._ministry_before(start)     # تستضيف الخارجية الأمريكية … وقالت الوزارة
        if named is None and head.startswith("ال") and j == k + 1:
            named = self._body_written_before(head[2:], start)     # اللجنة: the committee that spoke before
        return Actor(named or written, start=start, end=end, kind="title", as_written=written)

    def _ministry_before(self, before: int) -> str | None:
        """The ministry mentioned last before ``before``, written as a ministry (وزارة الخارجية) or
        by its portfolio alone (الخارجية الأمريكية): the bare الوزارة again."""
        for m in reversed(self.doc.mentions_in(0, before)):
            if m.kind == "nominal" or self.etype(m.entity) != "organization" or self.bogus(m.entity):
                continue
            first = norm(m.text).split()[:1]
            first = [w[1:] if w[:1] in "وبل" and w[1:] in PORTFOLIOS else w for w in first]
            if first and (first[0].startswith(("وزاره", "الوزاره")) or first[0] in PORTFOLIOS):
                return m.entity
        return None

    def _body_written_before(self, head: str, before: int) -> str | None:
        """A bare definite head (وقالت اللجنة) after a body no list knows spoke by its words
        (أعلنت لجنة الأمن والدفاع بالبرلمان العراقي): those words, the same speaker again."""
        for si in sorted((i for i in self.toks if self.toks[i] and self.toks[i][0].start < before), reverse=True):
            toks = self.toks[si]
            for k in range(len(toks) - 1, 0, -1):
                w = toks[k].norm
                if toks[k].start < before and (w == head or (w[:1] in "وفل" and w[1:] == head)):
                    body = self.body_subject(toks, k, clitics="وفل")
                    if body is not None and body.key and body.key == body.as_written:
                        return body.key
        return None

    def _told_by_b(self, toks, j: int) -> bool:
        """What a body told, opened by ب on a common indefinite noun (أفاد المرصد … بمقتل مسلحين،
        بوقوع انفجار): the body's name ends before it — unless an adjective governs the ب
        (دائرة الأمم المتحدة للإجراءات المتعلقة بإزالة الألغام: still the name)."""
        n = toks[j].norm
        return n[:1] == "ب" and not n.startswith("بال") and len(n) >= 4 and self.lex.zipf(toks[j].text[1:]) >= 3.5 \
            and not (j and toks[j - 1].norm in _GOVERNING_B)

    def _body_named_before(self, head: str, before: int, qualifiers: list[str] = ()) -> str | None:
        """The organisation mentioned last before ``before`` whose name opens with ``head``, with or
        without its article (برنامج … or اللجنة الدولية … for البرنامج، اللجنة), and holds the
        words qualifying it here (القوات العراقية is no قوات سوريا الديمقراطية): that body again."""
        bare = lambda w: w[2:] if w.startswith("ال") else w  # noqa: E731
        want = {bare(w) for w in qualifiers}
        for m in reversed(self.doc.mentions_in(0, before)):
            if m.kind == "nominal" or self.etype(m.entity) != "organization" or self.bogus(m.entity):
                continue
            # the head may open the name (برنامج الأمم المتحدة) or govern it (قوات التحالف الدولي)
            words = norm(self.doc.text[max(0, m.start - 12):m.start]).split()[-1:] + norm(m.text).split()
            opens = words[1:2] in ([head], [head[2:]]) or words[:1] in ([head], [head[2:]])
            if opens and want <= {bare(w) for w in words}:
                return m.entity
        return None

    def _statement_owner(self, toks, k: int, offset: int) -> tuple[str, int] | None:
        """Who issued the statement (بيان) at token ``k``: the state or organisation named with it
        (بيان الخارجية المغربية، بيان صادر عن السفارة) as (key, end of its mention); for a bare
        البيان, the issuer of the last statement the article named before (end -1); None when
        the statement is the coalition's own (no issuer named)."""
        own = self._issuer_at(toks, k)
        if own is not None:
            return own
        if toks[k].norm not in THE_STATEMENT:
            # وقال بيان تلقته (الغربية) after أعلنت وزارة الخارجية …: a press release the outlet
            # received, its issuer not named, right after a body's own words, is that body's (an
            # unnamed بيان alone stays the coalition's: on the locked test that reading lost more
            # speakers than it gained)
            received = toks[k].norm in A_STATEMENT and k + 1 < len(toks) and toks[k + 1].norm in _RECEIVED_IT
            body = self._body_that_spoke_before(offset) if received else None
            return (body, -1) if body is not None else None
        owners = self._statement_owners()
        i = bisect.bisect_left(owners, (offset,)) - 1
        if i >= 0:
            return owners[i][1], -1
        body = self._body_that_spoke_before(offset)
        return (body, -1) if body is not None else None

    def speech_owner(self, toks, k: int) -> Actor | None:
        """``وأكدت الكلمة`` after ``كلمة مصر`` / ``كلمة الوزير فلان``: the speech the article named
        with its speaker is that speaker's (None when no speech was named so)."""
        if toks[k].norm not in _THE_SPEECH:
            return None
        offset = toks[k].start
        for si in sorted((i for i in self.toks if self.toks[i] and self.toks[i][0].start < offset), reverse=True):
            tt = self.toks[si]
            for x in range(len(tt) - 2, -1, -1):
                if tt[x].start < offset and tt[x].norm.lstrip("وب") in _SPEECH_HEADS:
                    m = self.mention_at(tt[x + 1].start)
                    if m is not None and m.kind != "nominal" and not self.bogus(m.entity) \
                            and self.etype(m.entity) in ("person", "state", "organization"):
                        return Actor(m.entity, start=offset, end=toks[k].end, kind="name", as_written=toks[k].text)
        return None

    def statement_issuer(self, toks, k: int) -> str | None:
        """Who issued the statement named at token ``k`` (بيان صادر عن …، بيان الخارجية), if the
        text says."""
        own = self._issuer_at(toks, k)
        return own[0] if own is not None else None

    def _body_that_spoke_before(self, offset: int) -> str | None:
        """``أعرب مجلس الأمن عن … وحض البيان``: a bare البيان right after a body's own words (the
        last act, in this sentence or the one before) is that body's statement."""
        last = next((c for c in reversed(self.doc.claims) if c.evidence and c.evidence[0].start < offset), None)
        if last is None or not isinstance(last.speaker, str):
            return None
        if last.speaker not in self.doc.entities:
            # a body no lexicon knows, as written (أعلنت خلية الإعلام الأمني في بيان … وقال البيان)
            words = norm(last.speaker).split()
            return last.speaker if words and words[0] in _BODY_HEADS else None
        if self.etype(last.speaker) != "organization":
            return None
        here = next((s.index for s in self.doc.sentences if s.start <= offset < s.end + 1), None)
        if here is None or last.evidence[0].sentence < here - 1:
            return None
        sub = (self.lex.info.get(last.speaker) or {}).get("subtype") or self.doc.entities[last.speaker].subtype
        return last.speaker if not self._no_issuer(last.speaker) and sub != "news_agency" else None

    def _no_issuer(self, key: str) -> bool:
        """The coalition itself, a terrorist group or a platform: no issuer to name (البيان is
        then the coalition's by default). The coalition's own groups (its focus and working
        groups) issue statements of their own."""
        e = self.doc.entities.get(key)
        info = self.lex.info.get(key) or {}
        sub = info.get("subtype") or (e.subtype if e is not None else None)
        # a platform (بيان على حسابه بتويتر) is where a statement was posted, not who issued it
        return sub == "terrorist_group" or sub == "coalition" and (e is None or e.parent is None) or bool(info.get("platform"))

    def _issuer_at(self, toks, k: int) -> tuple[str, int] | None:
        j = k + 1
        if j < len(toks) and toks[j].norm in ("المشترك", "مشترك"):
            j += 1
        if j < len(toks) and toks[j].norm in _STATEMENT_ADJECTIVES:
            j += 1                      # بيان رسمي إماراتي: an adjective of the statement, then its state
        if j < len(toks) and toks[j].norm in ("الصادر", "صادر", "صدر"):
            j += 1
            while j < len(toks) and toks[j].norm in ADVERBS | _LATELY:
                j += 1                  # بيان صادر اليوم عن …، تقرير صدر مؤخرا عن: when, then by whom
        if j + 1 < len(toks) and toks[j].norm in _PUBLISHED_IT:
            j += 1                      # بيان نشره الموقع الرسمي لوزارة …: the site speaks for its owner
            if j + 2 < len(toks) and toks[j].norm == "الموقع" and toks[j + 1].norm == "الرسمي":
                j += 2
        if j < len(toks) and toks[j].norm in ("عن", "من"):
            j += 1                      # بيان (صادر) عن / من الخارجية
            if j + 1 < len(toks) and toks[j].norm in _ISSUER_DESCRIPTORS and toks[j + 1].norm.startswith("ال") \
                    and self.mention_at(toks[j].start) is None:
                j += 2                  # بيان من الدول الراعية كندا و…: the first one named
        j = self._past_spokesman(toks, j)     # بيان للناطق باسم الخارجية الأمريكية: the body he speaks for
        # (the issuer's name may open with a quotation mark: بيان صادر عن "قسد")
        if j >= len(toks) or self.doc.text[toks[j - 1].end:toks[j].start].strip(" \"“«„"):
            return None
        m = self.mention_at(toks[j].start) or self.mention_starting_in(toks[j].start, toks[j].end)
        bare = self._bare_body_again(toks, j) if m is None else None
        if bare is not None:
            return bare, toks[j].end     # بلاغ للوزارة: the ministry named before
        if m is None and (toks[j - 1].norm in ("عن", "من") or toks[j].norm[:1] == "ل"):
            body = self.body_subject(toks, j, "ل")  # صادر عن دائرة …، بيان لوزارة الخارجية: no lexicon's
            return (body.key, body.end) if body is not None else None
        if m is None or m.kind == "nominal" or self.etype(m.entity) not in ("state", "organization") \
                or self._no_issuer(m.entity) or (m.start != toks[j].start and toks[j].norm[:1] != "ل"):
            return None
        return m.entity, m.end

    def _bare_body_again(self, toks, j: int) -> str | None:
        """``للوزارة`` (ل + الوزارة, its alif not written), ``عن الوزارة``, alone: the ministry (or
        the body of that head) the article named before."""
        w = toks[j].norm
        head = "ال" + w[2:] if w.startswith("لل") else w
        if head not in _BODY_HEADS or not head.startswith("ال") or (j + 1 < len(toks) and toks[j + 1].norm.startswith("ال")
                                                                   and not self.doc.text[toks[j].end:toks[j + 1].start].strip()):
            return None
        if head == "الوزاره":
            return self._ministry_before(toks[j].start)
        return self._body_named_before(head, toks[j].start)

    def _past_spokesman(self, toks, j: int) -> int:
        """The token after ``(ل)الناطق (الرسمي) باسم`` at ``j`` (``j`` itself when no spokesman
        stands there): a spokesman's statement is his body's."""
        x = j
        if x < len(toks) and toks[x].norm in _SPOKESMAN_OF:
            x += 1
            if x < len(toks) and toks[x].norm in ("الرسمي", "الرسميه"):
                x += 1
            if x + 1 < len(toks) and toks[x].norm == "باسم":
                return x + 1
        return j

    def _statement_owners(self) -> list[tuple[int, str]]:
        """(offset, issuer) of each statement the article attributes to someone, in order."""
        got = getattr(self, "_owners", None)
        if got is None:
            got = []
            for s in self.doc.sentences:
                toks = self.toks[s.index]
                for k, t in enumerate(toks):
                    if t.norm in _STATEMENT_FORMS:
                        own = self._issuer_at(toks, k) or self._issuer_in_sentence(s, toks, k)
                        if own is not None:
                            got.append((t.start, own[0]))
                    elif t.norm in _ISSUED_STATEMENT and k > 0:
                        own = self._issuing_subject(s.index, toks, k)
                        if own is not None:
                            got.append((t.start, own[0]))
            self._owners = got
        return got

    def _issuing_subject(self, sent_index: int, toks, k: int) -> tuple[str, int] | None:
        """``وأصدرت مجموعة … بيانا``: the subject of the verb of issuing before the statement at
        ``k`` (a name the entity layer found, else a body's words) issued it."""
        v = next((x for x in range(k - 1, max(-1, k - 10), -1)
                  if toks[x].norm.lstrip("وف") in _ISSUING_VERBS or toks[x].norm in _ISSUING_VERBS), None)
        if v is None:
            return None
        a = self.subject_at(sent_index, v + 1) or self.body_subject(toks, v + 1)
        if a is None or not a.key or a.end > toks[k].start:
            return None
        return a.key, a.end

    def _issuer_in_sentence(self, sent, toks, k: int) -> tuple[str, int] | None:
        """``وفي بيان صدر اليوم، أوضحت السفارة``: the organisation the sentence names issued it."""
        if not (toks[k].norm == "ببيان" or (k > 0 and toks[k - 1].norm in ("في", "وفي"))):
            return None
        if k + 1 < len(toks) and toks[k + 1].norm in ("مشترك", "المشترك"):
            # أكد المشاركون في بيان مشترك …، وزعته الخارجية: theirs, not who handed it out
            return self._state_right_before(toks, k - 1) if toks[k].norm != "ببيان" else None
        for m in self.doc.mentions_in(sent.start, sent.end):
            if m.kind != "nominal" and self.etype(m.entity) == "organization" and not self._no_issuer(m.entity) \
                    and not (self._coalition_group(m.entity) and m.start > toks[k].start):
                return m.entity, m.end      # (a coalition group after it is what the statement is about)
        return self._state_right_before(toks, k - 1) if toks[k].norm != "ببيان" else None

    def _state_right_before(self, toks, k: int) -> tuple[str, int] | None:
        """``وأعلنت فرنسا (اليوم) في بيان``: the state named just before في (a few time words
        between at most, no punctuation) is whose the statement is."""
        for j in range(k - 1, max(-1, k - 4), -1):
            m = self.mention_at(toks[j].start) or self.mention_starting_in(toks[j].start, toks[j].end)
            if m is not None and m.kind in ("name", "metonym") and self.etype(m.entity) in ("state", "city") \
                    and not _BOUNDARY_PUNCT.search(self.doc.text, m.end, toks[k].start):
                while j > 0 and toks[j].norm[:1] == "و" and (p := self.mention_at(toks[j - 1].start)) is not None \
                        and p.kind in ("name", "metonym") and self.etype(p.entity) in ("state", "city"):
                    j, m = j - 1, p     # المغرب وفرنسا في بيان مشترك: the first of those joined by و
                j = bisect.bisect_right(toks, m.start, key=_start) - 1   # the token the mention opens in
                if j > 0 and not self._telling_word(toks[j - 1].norm):
                    return None         # ويؤكد دعم دمشق وبغداد في البيان: the state a noun's object, no issuer
                e = self.doc.entities.get(m.entity)
                return (m.entity if self.etype(m.entity) == "state" else (e.country if e else None) or m.entity), m.end
            if toks[j].norm not in ADVERBS:
                return None
        return None

    def _telling_word(self, n: str) -> bool:
        """A verb of saying or issuing, or a time word, as may stand before the state that speaks."""
        bare = n[1:] if n[:1] in "وف" else n
        said = speech_heads(self.lex)
        return n in ADVERBS or bare in _ISSUING_VERBS or n in said or bare in said

    def _coalition_group(self, key: str) -> bool:
        e = self.doc.entities.get(key)
        return e is not None and e.subtype == "coalition" and e.parent is not None

    def _government(self, sent_index: int, toks, k: int) -> Actor | None:
        """``الحكومة العراقية``، ``السلطات التركية``، ``الجانب الأميركي``، ``الجانبان الأميركي
        والإسباني``: the state itself speaks (its government as written)."""
        w0 = toks[k].norm
        head = w0[1:] if w0[:1] in "وف" and w0[1:] in _GOVERNMENT_HEADS else w0
        if head not in _GOVERNMENT_HEADS or k + 1 >= len(toks) or self.doc.text[toks[k].end:toks[k + 1].start].strip():
            return None
        j = k + 2 if toks[k + 1].norm == "في" and k + 2 < len(toks) else k + 1   # السلطات في العراق
        m = self.mention_at(toks[j].start)
        if m is None and head in _BARE_AUTHORITIES:
            return self._authorities_of_state_before(toks, k, w0, head)
        if m is None or m.start != toks[j].start or self.etype(m.entity) != "state" \
                or m.kind != ("nisba" if j == k + 1 else "name"):
            return None
        start = toks[k].start + (len(w0) - len(head))
        a = self._coordinate(sent_index, Actor(m.entity, start=start, end=m.end, kind="name"))
        a.as_written = self.doc.text[start:a.end]
        return a

    def _authorities_of_state_before(self, toks, k: int, w0: str, head: str) -> Actor | None:
        """``وأعلنت السلطات آنذاك`` with no state said: the state the sentence is about (the first
        it names before them), else none: the authorities of no state we know."""
        start = toks[k].start + (len(w0) - len(head))
        sent = next((s for s in self.doc.sentences if s.start <= start < s.end + 1), None)
        states = [m for m in self.doc.mentions_in(sent.start if sent else start, start)
                  if self.etype(m.entity) == "state" and not self.bogus(m.entity)]
        if not states:
            return None
        return Actor(states[0].entity, start=start, end=toks[k].end, kind="name", as_written=self.doc.text[start:toks[k].end])

    def _unnamed_source(self, toks, k: int) -> Actor | None:
        """An unnamed official, source or diplomat (مسؤول أميركي، مسؤولون عراقيون، مصدر سعودي،
        دبلوماسيين، المسؤول الأميركي): the words as written stand for the speaker, with the state
        of the nisba as its key — never a named person of that state the article mentions,
        unless that person was introduced by the same noun (a definite المسؤول only)."""
        w0 = toks[k].norm
        head = w0[1:] if w0[:1] in "وف" and w0[1:] in UNNAMED_SOURCES else w0
        if head in _QUALIFIED_HEADS:
            return self._qualified_source(toks, k)
        if head in _THE_SPOKESMAN and not (k + 1 < len(toks) and (toks[k + 1].norm in _SPOKESMAN_GOES_ON
                                                                  or self.mention_at(toks[k + 1].start) is not None)) \
                and not any(head[2:] in norm(t) for t in self.person_titles.values()):
            # أضافت المتحدثة: the unnamed spokesman the article introduced (قالت متحدثة باسم …), when
            # no one named holds the post and no name follows
            earlier = self._earlier_source(head[2:], toks[k].start)
            if earlier is None:
                return self._the_speaker(toks, k) if head in _THE_SPEAKER else None
            key, written = earlier
            return Actor(key or written, start=toks[k].start, end=toks[k].end, kind="title", as_written=written)
        if head not in _SOURCE_HEADS:
            return None
        start = toks[k].start
        if head in _OFFICIAL_HEADS and k + 1 < len(toks):
            m = self._name_past_complement(toks, k + 1)
            if m is not None and not any(t.norm in THAT or t.norm in _RELATIVE for t in toks[k + 1:]
                                         if t.start < m.start):
                # المسؤول الأول عن الخارجية الروسية فلان: the official is named (not in a clause
                # of its own: المسؤولة التي حلت محل فلان، مسؤول إن الوزير فلان)
                return Actor(m.entity, start=start, end=m.end, kind="name", as_written=self.doc.text[start:m.end])
        state, end = self._source_qualifiers(toks, k)
        if head.startswith("ال") and state and self.etype(state) == "state":
            earlier = self._earlier_source(head[2:], start)
            if earlier is not None and earlier[0] == state:
                # وقال المسؤول المصري after وأكد مسؤول مصري رفيع: the same unnamed official
                return Actor(state, start=start, end=end, kind="title", as_written=earlier[1])
            # المسؤولة الأمريكية = the official of that state the article named (not its head
            # of state: "the official" does not stand for a president or a king)
            named = [p for p in self.persons_of_state(state)
                     if not norm(self.person_titles.get(p, "") or "").startswith(_HEADS_OF_STATE)]
            best = self._nearest(named, toks[k].start)
            if best is not None:
                return Actor(best, start=start, end=end, kind="title", as_written=self.doc.text[start:end])
        written = self.doc.text[start:end]
        if w0 != head:
            start += 1
            written = written[1:]
        if head.startswith("ال") and state is None and end == toks[k].end:
            # وذكر المصدر: the source an earlier sentence introduced (قال مصدر دبلوماسي)
            earlier = self._earlier_source(head[2:], start)
            same = k + 1 < len(toks) and toks[k + 1].norm in _SAME
            last = next((c for c in reversed(self.doc.claims) if c.evidence and c.evidence[0].start < start), None)
            if earlier is None and same and last is not None and last.speaker:
                # وأكد المصدر عينه: the same source, i.e. whoever spoke last
                end = toks[k + 1].end
                return Actor(last.speaker, co=list(last.co_speakers), start=start, end=end, kind="title",
                             as_written=self.doc.text[start:end])
            if earlier is not None:
                state, written = earlier
            elif head in _ANY_OFFICIAL:
                # المسؤول alone, no unnamed official before: the person the article named last
                # before it (واعتبر المسؤول after the envoy's words), whatever the post
                named = [p for p, e in self.doc.entities.items() if e.type == "person" and not self.bogus(p)
                         and any(m.entity == p and m.start < start for m in self.doc.mentions)]
                best = self._nearest(named, start)
                if best is not None:
                    return Actor(best, start=start, end=end, kind="title", as_written=written)
        return self._source_actor(state, start, end, written)

    def _the_speaker(self, toks, k: int) -> Actor | None:
        """المتحدث (ذاته) with no spokesman before it: "the speaker", the person who spoke last
        (وأضاف المتحدث, as the Maghrebi press resumes a minister's words)."""
        start = toks[k].start
        last = next((c for c in reversed(self.doc.claims) if c.evidence and c.evidence[0].start < start), None)
        if last is None or self.etype(last.speaker) != "person":
            return None
        end = toks[k + 1].end if k + 1 < len(toks) and toks[k + 1].norm in _SAME else toks[k].end
        return Actor(last.speaker, co=list(last.co_speakers), start=start, end=end, kind="title",
                     as_written=self.doc.text[start:end])

    def _qualified_source(self, toks, k: int) -> Actor | None:
        """مستشار في وزارة الدفاع الأمريكية، ضابط عراقي: the unnamed one, when a state or a body
        qualifies him and no person's name follows the phrase; else None."""
        state, end = self._source_qualifiers(toks, k)
        x = self._tok_after(toks, end)
        named = x < len(toks) and (self.mention_at(toks[x].start) is not None
                                   and self.etype(self.mention_at(toks[x].start).entity) == "person")
        if state is None or named:
            return None
        start = token_offset(toks[k], 1) if toks[k].norm[:1] in "وف" else toks[k].start
        return self._source_actor(state, start, end, self.doc.text[start:end])

    def _one_of_them(self, toks, k: int) -> Actor | None:
        """``قال أحد النواب``، ``حذرت بعض المصادر``: one or some of a group no one names, the words
        as written (a source with its state when an adjective tells it: أحد المسؤولين العراقيين)."""
        if toks[k].norm not in _ONE_OR_SOME or k + 1 >= len(toks) or toks[k + 1].norm not in _PEOPLE \
                or self.mention_at(toks[k + 1].start) is not None or self.doc.text[toks[k].end:toks[k + 1].start].strip():
            return None
        state, end = self._source_qualifiers(toks, k + 1) if toks[k + 1].norm in _SOURCE_HEADS else (None, toks[k + 1].end)
        start = token_offset(toks[k], 1) if toks[k].norm[:1] == "و" else toks[k].start
        return self._source_actor(state, start, end, self.doc.text[start:end])

    def _source_actor(self, state: str | None, start: int, end: int, written: str) -> Actor:
        """An unnamed source: its state or body as the key (a body's state its co-speaker), else
        its words as written."""
        body = self.doc.entities.get(state) if state else None
        co = [body.country] if body is not None and body.type == "organization" and body.country else []
        return Actor(state or written, co=co, start=start, end=end, kind="title", as_written=written)

    def _earlier_source(self, head: str, before: int) -> tuple[str | None, str] | None:
        """The last indefinite source with this head before ``before`` (مصدر دبلوماسي for
        المصدر): (its state or body, its words as written); None when the text has none."""
        for si in sorted((i for i in self.toks if self.toks[i] and self.toks[i][0].start < before), reverse=True):
            toks = self.toks[si]
            for x in range(len(toks) - 1, -1, -1):
                n = toks[x].norm
                if toks[x].start < before and (n == head or (n[:1] in "وف" and n[1:] == head)
                                            or n == "ال" + head and toks[x].end < before - 1):
                    state, end = self._source_qualifiers(toks, x)
                    if n == "ال" + head and end == toks[x].end:
                        continue        # the same bare word again: not the phrase that named them
                    drop = len(n) - len(head) - (2 if n.endswith("ال" + head) else 0)   # past و/ف, with ال
                    a = token_offset(toks[x], drop)
                    return state, self.doc.text[a:end]
        return None

    def _source_qualifiers(self, toks, k: int) -> tuple[str | None, int]:  # noqa: C901 (one phrase, read in order)
        """What qualifies an unnamed source after its noun: adjectives (مصدر دبلوماسي غربي), a
        state's nisba (مسؤولون عراقيون) or the body it belongs to (مسؤول في وزارة الدفاع
        الأمريكية): (the state or body, if any; the end of the phrase)."""
        text, end, x = self.doc.text, toks[k].end, k + 1
        while x < len(toks) and x <= k + 3 and not text[toks[x - 1].end:toks[x].start].strip():
            m = self.mention_at(toks[x].start)
            if m is not None and m.kind in ("nisba", "demonym"):
                if self.etype(m.entity) == "state" and toks[x].norm[:1] != "و":
                    return m.entity, m.end      # (… الدولية والألمانية: a second adjective, no one state)
                end, x = m.end, self._tok_after(toks, m.end)   # دبلوماسيون أوروبيون: no one state
                continue
            if toks[x].norm == "باسم":
                # متحدث باسم الحكومة البلجيكية: the body or state he speaks for, a few words on
                return self._spoken_for(toks, x + 1, end)
            if toks[x].norm in ("في", "من", "ب") and x + 1 < len(toks):
                m = self.mention_at(toks[x + 1].start)
                if m is not None and self.etype(m.entity) in ("organization", "state") and m.kind != "nominal":
                    return m.entity, m.end
                if m is None and x + 2 < len(toks) and toks[x + 1].norm.startswith("ال") \
                        and not text[toks[x + 1].end:toks[x + 2].start].strip():
                    n = self.mention_at(toks[x + 2].start)   # مسؤول في الإدارة الأمريكية: a body
                    if n is not None and n.kind == "nisba" and self.etype(n.entity) == "state":  # of a state
                        return n.entity, n.end
                if m is None and x + 2 < len(toks) and toks[x + 1].norm in _STATE_BODY_HEADS \
                        and not text[toks[x + 1].end:toks[x + 2].start].strip():
                    n = self.mention_at(toks[x + 2].start)   # مسؤول في حكومة الإمارات: the state's
                    if n is not None and n.kind == "name" and self.etype(n.entity) == "state":
                        return n.entity, n.end
                break
            if toks[x].norm[:1] == "ب":
                # مسؤول بوزارة الخارجية الأمريكية: the ministry glued to its ب is whose he is
                m = m or self.mention_starting_in(toks[x].start + 1, toks[x].start + 2)
                if m is not None and self.etype(m.entity) == "organization" and m.kind != "nominal":
                    return m.entity, m.end
                break
            if m is not None or toks[x].norm in _NOT_ADJECTIVES or \
                    not (toks[x].norm.endswith(("ي", "يه", "يون", "يين")) or toks[x].norm in _RANK_ADJ):
                break
            end, x = toks[x].end, x + 1                  # an adjective: دبلوماسي، غربي، مطلعة، كبير
        return None, end

    def _spoken_for(self, toks, x: int, end: int) -> tuple[str | None, int]:
        """After باسم: the first organisation or state named within three unpunctuated words
        (الخارجية الفرنسية، الحكومة البلجيكية), and where the phrase ends; else (None, end)."""
        for y in range(x, min(len(toks), x + 3)):
            if y > x and self.doc.text[toks[y - 1].end:toks[y].start].strip():
                break
            m = self.mention_at(toks[y].start)
            if m is not None and m.kind != "nominal" and self.etype(m.entity) in ("organization", "state"):
                return m.entity, m.end
        # a body no list names (قاعدة لاسك، هيئة الأركان العامة): its words are part of the post
        return None, self._unnamed_body_end(toks, x, end)

    def _nearest(self, keys: list[str], offset: int) -> str | None:
        """Of ``keys``, the one mentioned last before ``offset``, else first after it."""
        best, score = None, None
        for m in self.doc.mentions:
            if m.entity in keys:
                sc = (0, offset - m.start) if m.start <= offset else (1, m.start - offset)
                if score is None or sc < score:
                    best, score = m.entity, sc
        return best

    def _coordinate(self, sent_index: int, a: Actor) -> Actor:
        """``X وY``: a second actor of the same kind joined by و becomes a co-speaker."""
        toks = self.toks[sent_index]
        k = self._tok_after(toks, a.end)
        if k < len(toks) and toks[k].text.startswith("و"):
            gap = self.doc.text[a.end:toks[k].start]
            if gap.strip():
                return a
            m = self.mention_starting_in(toks[k].start, toks[k].end)
            if m and m.entity != a.key and self.etype(m.entity) == self.etype(a.key) or \
                    (m and self.etype(a.key) == "state" and self.etype(m.entity) in ("state", "city") and m.kind == "metonym"):
                a.co.append(m.entity)
                a.end = m.end
            elif m is None and self.etype(a.key) == "person" and self.match_title(toks, k):
                # فلان ونظيره الأردني علان، فلان ووزير الدفاع علان: a second titled person
                b = self.subject_at(sent_index, k)
                if b is not None and b.kind == "name" and b.key and b.key != a.key and self.etype(b.key) == "person":
                    a.co.extend([b.key] + [c for c in b.co if c not in a.co])
                    a.end = b.end
        return a

    def resolve_title(self, title: str | None, state: str | None, offset: int) -> str | None:
        """A person named only by title and nationality: the person of that state the article
        names (the nearest before ``offset``, else the first after). Without one, the state's
        minister is unknown: return the title as written."""
        cands = self.persons_of_state(state) if state else []
        head = [w for w in norm(title or "").split() if len(w) > 2]
        if state and cands and title:
            # قال وزير الخارجية الفرنسي with only the French president named: no one named holds
            # the post, so the state speaks through its unnamed minister
            holders = [p for p in cands if may_hold(self.person_titles.get(p), title) and self._post_fits(p, title)]
            if not holders and not self._stateless_holders(head):
                return state
            cands = holders
        if state and not cands and head:
            # no person of that state known: one holding that title whose state is unknown
            cands = self._stateless_holders(head)
        if not state and head:
            # a title alone (الوزير، رئيس الوزراء، وزير الخارجية): the person who holds it here
            hw = {w[2:] if w.startswith("ال") else w for w in head}
            cands = [p for p, t in self.person_titles.items() if not self.bogus(p)
                     and hw & {w[2:] if w.startswith("ال") else w for w in norm(t).split()}] \
                or self._known_holders(title)
        if len(cands) > 1 and head:
            hw = {w[2:] if w.startswith("ال") else w for w in head}
            words = {p: {w[2:] if w.startswith("ال") else w for w in norm(self.person_titles.get(p, "")).split()}
                     for p in cands}
            # the holder of the whole title (وزير الخارجية), before one sharing a word (وزير شؤون الدفاع)
            cands = [p for p in cands if hw <= words[p]] or [p for p in cands if hw & words[p]] or cands
            if not state:
                # a title without a state stands for the one the article titled so (the
                # outlet's own minister), not a foreign one named with his nationality
                cands = [p for p in cands if p in self.bare_titled] or cands
        if cands:
            best, best_pos = None, None
            for m in self.doc.mentions:
                if m.entity in cands:
                    pos = m.start
                    score = (0, offset - pos) if pos <= offset else (1, pos - offset)
                    if best is None or score < best_pos:
                        best, best_pos = m.entity, score
            return best or cands[0]
        if state:
            return None
        return None

    def _known_holders(self, title: str) -> list[str]:
        """The persons the article names, by name only (للعبادي), whom the lexicon knows in the
        post the title names (رئيس الوزراء: a prime minister): whom a bare title stands for."""
        said = post_class_ar(title)
        if said is None:
            return []
        named = {m.entity for m in self.doc.mentions if m.kind != "nominal" and self.etype(m.entity) == "person"}
        return [p for p in named if not self.bogus(p) and post_class_en((self.lex.info.get(p) or {}).get("role")) == said]

    def _stateless_holders(self, head: list[str]) -> list[str]:
        """Persons holding the title's words whose state the article never gave (المبعوث إلى
        سوريا فلان): the one a later ``المبعوث الأمريكي`` may mean."""
        hw = {w[2:] if w.startswith("ال") else w for w in head}
        return [p for p, t in self.person_titles.items() if p not in self.affiliation
                and not self.bogus(p) and hw <= {w[2:] if w.startswith("ال") else w for w in norm(t).split()}]

    def actor_before(self, sent_index: int, verb_start: int, titles: bool = False) -> Actor | None:
        """A subject directly before a verb (SVO: headlines, ``فإن وزير الخارجية الأميركي رأى``).
        ``titles``: a title no person answers to counts too, by its words (وزير الخارجية الكندي قال)."""
        toks = self.toks[sent_index]
        k = self._tok_after(toks, verb_start)
        if k > 0 and toks[k - 1].norm in _PERFECT:
            k -= 1                      # وكان الرئيس … قد أعلن: the subject ends before قد
            verb_start = toks[k].start
        rel = self._relative_clause_before(toks, k)
        if rel is not None:             # وكان الأمين العام، الذي شارك في اللقاء، قد أكد
            k, verb_start = rel, toks[rel - 1].end
        # try each start within 8 tokens before the verb whose phrase ends right at the verb
        for s in range(max(0, k - _SUBJECT_SPAN), k):
            if not self._may_open_subject(toks, s):
                continue
            a = self.subject_at(sent_index, s, before=verb_start)
            if a and (a.key or (titles and a.kind == "title" and a.as_written)) and a.end <= verb_start and (not _SHORT_NAME_ASIDE.sub("", self.doc.text[a.end:verb_start]).strip(" \"«»“”'")
                                                        or self._title_complement(toks, a, k)
                                                        or self._comma_after_kana(toks, s, a, verb_start)
                                                        or self._name_between_commas(toks, s, a, verb_start)
                                                        or self._post_in_apposition(toks, a, k)):
                return a
        # a body's words as the subject only where a title's words may stand for a speaker: a
        # donor or a doer must be one the graph can name (القوات الأسترالية سلمت: Australia, found elsewhere)
        return self._body_after_kana(toks, k) or (self._body_before(toks, k) if titles else None)

    def _body_before(self, toks, k: int) -> Actor | None:
        """A body's words opening the clause right before the verb at ``k`` (الوزارةُ أوضحت في
        بيان، المرصد السوري لحقوق الإنسان قال): the body named before, or its words as written."""
        for s in range(max(0, k - _BODY_SPAN), k):
            if not self._may_open_subject(toks, s):
                continue
            body = self.body_subject(toks, s, until=k)
            if body is not None and not self.doc.text[body.end:toks[k].start].strip():
                return body
        return None

    def _may_open_subject(self, toks, s: int) -> bool:
        """Token ``s`` may open a subject before its verb: the sentence's start, a particle that
        leads one (فإن، وكان), or punctuation before it."""
        return s == 0 or toks[s - 1].norm in _BEFORE_SUBJECT or \
            bool(_BOUNDARY_PUNCT.search(self.doc.text, toks[s - 1].end, toks[s].start))

    def _body_after_kana(self, toks, k: int) -> Actor | None:
        """وكانت القوات العراقية أعلنت: a body no list names (its head noun and adjectives, up to
        the verb at ``k``) as the subject of the pluperfect — its words as written, or the body
        named before with those words."""
        s = next((x for x in range(k - 1, max(0, k - 5), -1) if toks[x - 1].norm in _KANA), None)
        if s is None or toks[s].norm not in _BODY_HEADS or not toks[s].norm.startswith("ال") \
                or any(not t.norm.startswith("ال") for t in toks[s + 1:k]) \
                or _BOUNDARY_PUNCT.search(self.doc.text, toks[s].start, toks[k].start):
            return None
        start, end = toks[s].start, toks[k - 1].end
        written = self.doc.text[start:end]
        named = self._body_named_before(toks[s].norm, start, norm(written).split()[1:])
        return Actor(named or written, start=start, end=end, kind="title", as_written=written)

    def _post_in_apposition(self, toks, a: Actor, k: int) -> bool:
        """A named person, then his post, then a comma before the verb (فلان، وزير الخارجية
        التونسي، دعا / "فلان" وزير الشؤون الخارجية في تونس، أكد): the post describes the name,
        which is still the verb's subject."""
        if a.kind != "name" or self.etype(a.key) != "person":
            return False
        j = self._tok_after(toks, a.end)
        if j >= k or self.doc.text[a.end:toks[j].start].strip(" ،,\"”“«»'") or self.match_title(toks, j) is None:
            return False
        rest = self.doc.text[toks[j].start:toks[k].start]
        nis = self.mention_at(toks[k - 1].start)
        # … or the post closed by its state's adjective right before the verb (فلان قائد سلاح الجو الأردني يقول)
        closed = rest.rstrip().endswith(("،", ",")) or (nis is not None and nis.end == toks[k - 1].end
                                                         and self._states_adjective(nis)
                                                         and not rest[len(rest.rstrip()):].strip())
        return k - j <= 9 and closed and not _CLAUSE_PUNCT.search(rest) \
            and not any(t.norm in _RELATIVE for t in toks[j:k])

    def _states_adjective(self, m: Mention) -> bool:
        """A state's adjective, alone or closing the name of one of its bodies (سلاح الجو الأردني)."""
        return m.kind == "nisba" or (m.kind == "nested" and self.etype(m.entity) == "state")

    def _relative_clause_before(self, toks, k: int) -> int | None:
        """The token opening a relative clause that a comma closes right before token ``k``
        (``X، الذي شارك في اللقاء، أكد``; ``أن اليابان التي لا تزال مصدومة …، ستخصص``, opened
        without one): the subject ends before it. None when there is none."""
        text = self.doc.text
        if k < 2 or not re.search("[،,]", text[toks[k - 1].end:toks[k].start]):
            return None
        for x in range(k - 1, max(0, k - 14), -1):
            gap = text[toks[x - 1].end:toks[x].start]
            if _BOUNDARY_PUNCT.search(gap) and not re.search("[،,]", gap):
                return None
            if re.search("[،,]", gap) or toks[x].norm in _RELATIVE:
                return x if toks[x].norm in _RELATIVE else None
        return None

    def _comma_after_kana(self, toks, s: int, a: Actor, verb_start: int) -> bool:
        """وكانت وزارة الدفاع، أعلنت …: a comma between the subject كان opened and its verb."""
        return s > 0 and toks[s - 1].norm in _KANA and self.doc.text[a.end:verb_start].strip() in ("،", ",")

    def _name_between_commas(self, toks, s: int, a: Actor, verb_start: int) -> bool:
        """رئيس دائرة العلاقات الخارجية، عبد الكريم عمر، قال …: a person's name set off by commas
        after his post, then the verb: the name is its subject."""
        comma = ("،", ",")
        v = self._tok_after(toks, verb_start)
        # what was said (or whom he told) right after the verb, not a clause hanging on the
        # sentence's own verb (التقى … نظيره، فلان، أكد خلاله أن: the host affirmed)
        told = v + 1 < len(toks) and (toks[v + 1].norm in COMPLEMENTIZER or toks[v + 1].norm[:1] == "ل")
        return s > 0 and told and self.etype(a.key) == "person" and a.kind == "name" \
            and self.doc.text[a.end:verb_start].strip() in comma \
            and self.doc.text[toks[s - 1].end:toks[s].start].strip() in comma

    def _title_complement(self, toks, a: Actor, k: int) -> bool:
        """A title's prepositional complement fills the gap to the verb (المبعوث الخاص إلى
        التحالف الدولي ضد داعش أعلن): one unpunctuated phrase opened by a preposition, so the
        titled speaker is still the verb's subject."""
        if a.kind != "title":
            return False
        j = self._tok_after(toks, a.end)
        if j < k and toks[j].norm.startswith("ال") and toks[j].norm not in _TITLE_COMPLEMENT_PREP:
            j += 1                  # one more adjective of the title (المبعوث الأمريكي الخاص إلى)
        if not (0 < k - j <= 7) or toks[j].norm not in _TITLE_COMPLEMENT_PREP:
            return False
        return not _BOUNDARY_PUNCT.search(self.doc.text, a.end, toks[k].start)


def _start(t) -> int:
    return t.start


@stage(needs=("sentences", "mentions", "entities"), adds=("actors",))
def index_actors(doc: Document, lex) -> Document:
    """The actor index the fact stages share (``doc.actors``); the pipeline drops it when done."""
    doc.actors = ActorIndex(doc, lex)
    return doc
