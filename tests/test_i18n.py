"""The UI chrome in Arabic (right-to-left) and English: Accept-Language, or the toggle
(``?lang=``, remembered in a cookie)."""
from __future__ import annotations


def test_accept_language_chooses_arabic_rtl(client):
    html = client.get("/", headers={"Accept-Language": "ar,en;q=0.5"}).get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in html
    assert "الاستعلامات الجاهزة" in html and ">محرر SPARQL</a>" in html and "Canned queries" not in html


def test_english_by_default_and_by_header(client):
    for headers in ({}, {"Accept-Language": "en-GB,en;q=0.9"}, {"Accept-Language": "fr"}):
        html = client.get("/", headers=headers).get_data(as_text=True)
        assert '<html lang="en" dir="ltr">' in html and "Canned queries" in html


def test_toggle_sets_and_remembers_the_language(client):
    html = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert '<a class="lang-toggle" href="?lang=ar"' in html
    r = client.get("/queries/pledges?donor=Q30&lang=ar", headers={"Accept-Language": "en"})
    assert "lang=ar" in r.headers["Set-Cookie"]
    html = r.get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in html and "<h1>التعهدات حسب الاجتماع والجهة المانحة</h1>" in html
    assert ">تشغيل</button>" in html and 'href="?donor=Q30&amp;lang=en"' in html  # the toggle keeps the parameters
    again = client.get("/search", headers={"Accept-Language": "en"})  # the cookie wins over the header
    assert '<html lang="ar" dir="rtl">' in again.get_data(as_text=True)


def test_labels_follow_the_page_language(client):
    en = client.get("/queries/meeting_roles?lang=en").get_data(as_text=True).split('<table class="results"', 1)[1]
    ar = client.get("/queries/meeting_roles?lang=ar").get_data(as_text=True).split('<table class="results"', 1)[1]
    assert ">Italy</a>" in en and ">إيطاليا</a>" in ar


def test_entity_page_chrome_in_arabic(client):
    html = client.get("/id/meeting/rome-2021", headers={"Accept": "text/html", "Accept-Language": "ar"}).get_data(as_text=True)
    assert "<h2>الاجتماع</h2>" in html and "<dt>ترأسه</dt>" in html and "<h2>التعهدات</h2>" in html
    assert "Chaired by" not in html and "<h2>Pledges" not in html
    home = client.get("/", headers={"Accept-Language": "ar"}).get_data(as_text=True)
    assert 'href="/ontology.ttl"' in home and "رسم معرفي لأخبار عربية" in home
