"""The UI chrome in English and Arabic: a small message catalogue, the page's language chosen by
a ``lang`` parameter (the toggle, remembered in a cookie), else the cookie, else Accept-Language.
Graph text (labels, sentences) is never translated here: labels come from the graph in the
page's language where it has one."""
from __future__ import annotations

from flask import g, request

LANGS = ("en", "ar")
COOKIE = "lang"

MESSAGES = {
    "home": ("Coalition KG", "الرسم المعرفي للتحالف"),
    "editor": ("SPARQL editor", "محرر SPARQL"),
    "search": ("Search", "بحث"),
    "api": ("API", "واجهة البرمجة"),
    "service": ("Service description", "وصف الخدمة"),
    "ontology": ("Ontology", "الأنطولوجيا"),
    "disagreements": ("Where sources disagree", "حيث تختلف المصادر"),
    "switch": ("العربية", "English"),
    "run": ("Run", "تشغيل"),
    "rows": ("rows", "صفوف"),
    "row": ("row", "صف"),
    "canned_queries": ("Canned queries", "الاستعلامات الجاهزة"),
    "query": ("query", "الاستعلام"),
    "what": ("what", "الوصف"),
    "e.g.": ("e.g.", "مثلا"),
    "name_hint": ("an IRI, a QID or a name in Arabic or English", "معرف IRI أو رقم ويكي بيانات أو اسم بالعربية أو الإنجليزية"),
    "truncated": ("Only the first {n} rows are shown: the server caps results at {cap} rows.",
                  "تعرض أول {n} صفوف فقط: يحد الخادم النتائج بـ {cap} صفا."),
    "article": ("Article", "مقال"),
    "title": ("Title", "العنوان"),
    "outlet": ("Outlet", "الوسيلة الإعلامية"),
    "published": ("Published", "تاريخ النشر"),
    "url": ("URL", "الرابط"),
    "source": ("Source", "المصدر"),
    "sources": ("Sources", "المصادر"),
    "text_evidence": ("Text (evidence highlighted)", "النص (مع إبراز الأدلة)"),
    "facts_extracted": ("Facts extracted from this article", "الوقائع المستخرجة من هذا المقال"),
    "fact": ("fact", "الواقعة"),
    "values": ("values", "القيم"),
    "evidence": ("evidence", "الدليل"),
    "subject": ("subject", "الموضوع"),
    "aspect": ("aspect", "الجانب"),
    "version": ("version", "الرواية"),
    "articles": ("articles", "المقالات"),
    "outlets": ("outlets", "الوسائل الإعلامية"),
    "no_disagreements": ("No fact is reported differently by two articles.", "لا توجد واقعة ترويها المقالات بصور مختلفة."),
    "disagreements_intro": ("Facts that articles report differently, each version with the articles that report it and their evidence, side by side.",
                            "وقائع ترويها المقالات بصور مختلفة، كل رواية مع المقالات التي أوردتها وأدلتها، جنبا إلى جنب."),
    "charts": ("Charts", "رسوم بيانية"),
    "pledges_new": ("New pledges per meeting, {cur}", "التعهدات الجديدة حسب الاجتماع، {cur}"),
    "pledges_target": ("Fundraising targets per meeting, {cur} (not pledges)", "أهداف جمع التبرعات حسب الاجتماع، {cur} (ليست تعهدات)"),
    "pledges_past": ("Money already spent or given per meeting, {cur} (not new)", "أموال أنفقت أو قدمت سابقا حسب الاجتماع، {cur} (ليست جديدة)"),
    "members_timeline": ("Coalition members by date", "عدد أعضاء التحالف حسب التاريخ"),
    "articles_per_meeting": ("Articles per meeting", "المقالات حسب الاجتماع"),
    "meeting": ("meeting", "الاجتماع"),
    "amount": ("amount", "المبلغ"),
    "date": ("date", "التاريخ"),
    "members": ("members", "الأعضاء"),
    "joined": ("joined", "انضمت"),
    "pledges_count": ("pledges", "التعهدات"),
    # entity pages: the English text is its own key
    'article': ('article', 'المقال'),
    'sentence': ('sentence', 'الجملة'),
    'property': ('property', 'الخاصية'),
    'graph': ('graph', 'الرسم'),
    'verb': ('verb', 'الفعل'),
    'value': ('value', 'القيمة'),
    'type': ('type', 'النوع'),
    'title (as written)': ('title (as written)', 'المنصب (كما ورد)'),
    'subject': ('subject', 'الموضوع'),
    'status': ('status', 'الحالة'),
    'state': ('state', 'الدولة'),
    'speaker': ('speaker', 'المتحدث'),
    'qualifier': ('qualifier', 'الوصف'),
    'of': ('of', 'لدى'),
    'holder': ('holder', 'الشاغل'),
    'for': ('for', 'لأجل'),
    'event': ('event', 'الحدث'),
    'donor': ('donor', 'المانح'),
    'as': ('as', 'بصفة'),
    'announced by': ('announced by', 'أعلنه'),
    'Raw data: every statement about this resource, what refers to it, and its evidence': ('Raw data: every statement about this resource, what refers to it, and its evidence', 'البيانات الخام: كل ما يقال عن هذا المورد وما يشير إليه وأدلته'),
    'Roles': ('Roles', 'المناصب'),
    'Referenced by': ('Referenced by', 'يشير إليه'),
    'Pledges': ('Pledges', 'التعهدات'),
    'Mentioned in': ('Mentioned in', 'ذكر في'),
    'Meetings': ('Meetings', 'الاجتماعات'),
    'Meeting': ('Meeting', 'الاجتماع'),
    'Facts': ('Facts', 'الوقائع'),
    'Evidence': ('Evidence', 'الأدلة'),
    'Claims': ('Claims', 'التصريحات'),
    'Reported in': ('Reported in', 'ورد في'),
    'Place': ('Place', 'المكان'),
    'Participants': ('Participants', 'المشاركون'),
    'Observers': ('Observers', 'المراقبون'),
    'Hosted by': ('Hosted by', 'استضافه'),
    'Date': ('Date', 'التاريخ'),
    'Coalition members': ('Coalition members', 'أعضاء التحالف'),
    'Chaired by': ('Chaired by', 'ترأسه'),
    'Memberships': ('Memberships', 'العضويات'),
    'Memberships announced': ('Memberships announced', 'العضويات المعلنة'),
    'Search': ('Search', 'بحث'),
    "more_page": ("More: page {n}", "المزيد: الصفحة {n}"),
    "previous_page": ("Previous: page {n}", "السابق: الصفحة {n}"),
    "rows_range": ("rows {first}–{last}", "الصفوف {first}–{last}"),
    "paged": ("Each section shows {n} readings per page, in the order the store holds them.",
              "يعرض كل قسم {n} قراءة في الصفحة، بالترتيب الذي يحفظها به المخزن."),
}


def lang() -> str:
    """The page's language: ``?lang=``, the toggle's cookie, Accept-Language; English otherwise.
    Found once per request: a result table asks for every cell (20 us a call)."""
    if "lang" not in g:
        g.lang = _lang()
    return g.lang


def _lang() -> str:
    for got in (request.args.get("lang"), request.cookies.get(COOKIE)):
        if got in LANGS:
            return got
    return request.accept_languages.best_match(LANGS) or "en"


def t(key: str, **fmt) -> str:
    en, ar = MESSAGES[key]
    text = ar if lang() == "ar" else en
    return text.format(**fmt) if fmt else text


def remember(resp):
    """Keep the toggle's choice for the next pages."""
    got = request.args.get("lang")
    if got in LANGS and request.cookies.get(COOKIE) != got:
        resp.set_cookie(COOKIE, got, max_age=365 * 24 * 3600, samesite="Lax")
    return resp
