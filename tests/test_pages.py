"""Paged entity and query pages (one page of each section, a link to the next) and the raw evidence
list, on the bundled graph."""
from __future__ import annotations

import html as htmllib
import re

from coalition_kg.server import pages, profile

FRANCE = "/id/entity/Q142"
ROME_2021 = "/id/meeting/rome-2021"


def _get(client, path: str) -> str:
    return client.get(path, headers={"Accept": "text/html", "Accept-Language": "en"}).get_data(as_text=True)


def _mentioned(page: str) -> list[str]:
    return re.findall(r'href="(/id/article/[0-9a-f]+)"', page.split('<ul class="mentioned">', 1)[1].split("</ul>", 1)[0])


def test_entity_sections_are_paged(client, monkeypatch):
    full = _mentioned(_get(client, FRANCE))
    assert len(full) >= 3 and 'rel="next"' not in _get(client, FRANCE)  # every section fits one page
    monkeypatch.setattr(profile, "PAGE", 2)
    first, second = _get(client, FRANCE), _get(client, FRANCE + "?page=2")
    assert 'rel="next" href="?page=2"' in first and 'rel="prev" href="?page=1"' in second
    one, two = _mentioned(first), _mentioned(second)
    assert len(one) == 2 and two and not set(one) & set(two) and set(one + two) <= set(full)
    pages_seen, n = set(), 1
    while True:  # every article is on exactly one page, and the last page links no further
        html = _get(client, f"{FRANCE}?page={n}")
        found = _mentioned(html) if '<ul class="mentioned">' in html else []
        assert not pages_seen & set(found)
        pages_seen |= set(found)
        if 'rel="next"' not in html:
            break
        n += 1
    assert pages_seen == set(full)


def test_meeting_page_paged_claims(client, monkeypatch):
    claims = _get(client, ROME_2021).split("<h2>Claims", 1)[1].split("</table>", 1)[0].count("<tr>") - 1
    assert claims >= 2
    monkeypatch.setattr(profile, "PAGE", 1)
    html = _get(client, ROME_2021)
    assert html.split("<h2>Claims", 1)[1].split("</table>", 1)[0].count("<tr>") - 1 == 1
    assert 'rel="next"' in html and "Rome 2021 (ministerial)" in html  # the head is not paged


def test_raw_evidence_is_each_facts_own(client):
    """Each listed evidence belongs to its fact: its sentence is the article's text at its offsets,
    and a resource without evidence (an article that only mentions France) lists none."""
    page = _get(client, FRANCE)
    raw = page.split('<details class="raw"', 1)[1]
    assert not re.search(r'<li><a href="/id/article/', raw)
    art = re.search(r'href="(/id/article/[0-9a-f]+)\?ev=', _get(client, ROME_2021)).group(1)
    html = _get(client, art)
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", html.split('<div class="article"', 1)[1].split(">", 1)[1]
                                   .split("</div>", 1)[0]))
    items = re.findall(r'<q lang="ar" dir="rtl">([^<]*)</q>\s*<a class="evidence-link" href="[^"?]*\?ev=(\d+)-(\d+)',
                       html.split('<ul class="evidence">', 1)[1].split("</ul>", 1)[0])
    assert items
    for sentence, b, e in items:
        assert htmllib.unescape(sentence) == text[int(b):int(e)]
    assert not re.search(r'<li><a href="/id/evidence/', html)


def test_query_page_rows_are_paged(client, monkeypatch):
    api = client.get("/api/queries/wikidata_linked").get_json()["results"]["bindings"]
    assert len(api) >= 5
    monkeypatch.setattr(pages, "QUERY_PAGE", 2)
    body = [_get(client, f"/queries/wikidata_linked?lang=en&page={n}") for n in (1, 2)]
    rows = [b.split("<tbody>", 1)[1].split("</tbody>", 1)[0].count("<tr>") for b in body]
    assert rows == [2, 2]
    assert "rows 1–2" in body[0] and "rows 3–4" in body[1]
    # the pages are the API's rows in its order, two by two
    cells = [re.findall(r'title="([^"]+)"', b.split("<tbody>", 1)[1].split("</tbody>", 1)[0]) for b in body]
    assert [c for c in cells[0] + cells[1] if c.startswith("https://w3id.org/coalition-kg/id/")] == \
        [r["entity"]["value"] for r in api[:4]]
    assert 'rel="next" href="?lang=en&amp;page=2"' in body[0] and 'rel="prev" href="?lang=en&amp;page=1"' in body[1]
    last = -(-len(api) // 2)
    assert 'rel="next"' not in _get(client, f"/queries/wikidata_linked?lang=en&page={last}")
    monkeypatch.setattr(pages, "QUERY_PAGE", 500)
    assert "rows 1–" not in _get(client, "/queries/wikidata_linked")  # one page: no pager


def test_query_page_of_a_query_with_its_own_limit_is_a_slice_of_its_answer(client, monkeypatch):
    """articles_mentioning limits its pairs itself (the first found): its pages are slices of the
    one answer the API gives, never a second run with another plan."""
    api = client.get("/api/queries/articles_mentioning").get_json()["results"]["bindings"]
    assert len(api) > 100
    monkeypatch.setattr(pages, "QUERY_PAGE", 100)
    last = _get(client, "/queries/articles_mentioning?lang=en&page=2")
    assert f"rows 101–{len(api)}" in last and 'rel="next"' not in last and 'rel="prev"' in last
    links = re.findall(r'<td><a href="(/id/article/[0-9a-f]+)"', last.split("<tbody>", 1)[1])
    assert links == ["/id/" + r["article"]["value"].split("/id/", 1)[1] for r in api[100:]]
