"""Where sources disagree, every source kept: a small corpus made to disagree
(tests/articles/disagree/): one text from two outlets (d1_agency, d1_copy), a second article
giving another day, member count, chair and amount (d2_daily), a third giving the amount in
euros and only one chair (d3_weekly)."""
from __future__ import annotations

from pathlib import Path

import pytest

DISAGREE = Path(__file__).parent / "articles" / "disagree"
ROME = "https://w3id.org/coalition-kg/id/meeting/rome-2021"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from coalition_kg.cli import main
    from coalition_kg.server import create_app

    store = tmp_path_factory.mktemp("disagree")
    assert main(["build", str(DISAGREE), "--store", str(store), "--quiet"]) == 0
    app = create_app(store=store)
    app.config.update(TESTING=True)
    return app.test_client()


def _versions(client) -> dict[tuple, dict[str, set]]:
    rows = client.get("/api/queries/disagreements").get_json()["results"]["bindings"]
    out: dict[tuple, dict[str, set]] = {}
    for r in rows:
        key = (r["aspect"]["value"], r.get("donor", {}).get("value"))
        out.setdefault(key, {}).setdefault(r["value"]["value"], set()).add(r["article"]["value"])
    return out


def test_each_aspect_has_its_versions(client):
    v = _versions(client)
    assert set(v[("date", None)]) == {"2021-06-28", "2021-06-29"}
    assert set(v[("memberCount", None)]) == {"83", "84"}
    assert set(v[("chair", None)]) == {"https://w3id.org/coalition-kg/id/entity/Q38",
                                       "https://w3id.org/coalition-kg/id/entity/Q30"}
    us = "https://w3id.org/coalition-kg/id/entity/Q30"
    assert set(v[("pledge", us)]) == {"436000000 USD", "500000000 USD", "436000000 EUR"}
    # the 28th is said by the agency's article (text) and by the weekly (catalogue): two articles
    assert len(v[("date", None)]["2021-06-28"]) == 2 and len(v[("date", None)]["2021-06-29"]) == 1


def test_same_text_from_two_outlets_is_one_article_with_both_sources(client):
    rows = client.get("/api/queries/disagreements", query_string={"meeting": "روما 2021"}).get_json()
    day = [r for r in rows["results"]["bindings"] if r["aspect"]["value"] == "memberCount"
           and r["value"]["value"] == "83"]
    assert len(day) == 1  # one article ...
    assert set(day[0]["outlets"]["value"].split(" | ")) == {"وكالة الأنباء الأولى", "صحيفة المرآة"}  # ... two outlets
    page = client.get(day[0]["article"]["value"].replace("https://w3id.org/coalition-kg", ""),
                      headers={"Accept": "text/html"}).get_data(as_text=True)
    pubs = page.split('<table class="publications">', 1)[1].split("</table>", 1)[0]
    assert pubs.count("<tr>") == 3  # a header and two publications
    for part in ("وكالة الأنباء الأولى", "2021-06-28", "https://agency-one.example/news/rome-2021",
                 "صحيفة المرآة", "2021-06-29", "https://mirror-paper.example/2021/06/29/coalition-rome"):
        assert part in pubs


def test_disagreements_page_shows_versions_side_by_side(client):
    html = client.get("/disagreements", headers={"Accept-Language": "en"}).get_data(as_text=True)
    sections = {s.split('"', 1)[0]: s for s in html.split('<section class="disputed" data-aspect="')[1:]}
    assert set(sections) == {"chair", "date", "memberCount", "pledge"}
    date = sections["date"]
    assert date.count('<div class="version">') == 2
    assert "articles: 2, outlets: 3" in date and "articles: 1, outlets: 1" in date  # the 28th: agency+mirror, weekly
    assert "اليوم الثلاثاء 29 حزيران 2021" in date  # the evidence of the 29th
    assert "catalogue" in date  # where the weekly's date came from
    assert sections["pledge"].count('<div class="version">') == 3 and ">436,000,000 EUR<" in sections["pledge"]
    assert "member count" in sections["memberCount"]  # the aspect by its ontology label


def test_agreeing_corpus_has_no_disagreements(built_store):
    from coalition_kg.server import create_app

    c = create_app(store=built_store).test_client()
    assert c.get("/api/queries/disagreements").get_json()["results"]["bindings"] == []
    assert "No fact is reported differently" in c.get("/disagreements", headers={"Accept-Language": "en"}).get_data(as_text=True)


def test_facts_count_the_articles_and_outlets_that_report_them(client):
    html = client.get("/id/meeting/rome-2021", headers={"Accept": "text/html", "Accept-Language": "en"}).get_data(as_text=True)
    reported = html.split("Reported in", 1)[1].split("</dd>", 1)[0]
    assert '<div class="muted reach">articles: 3, outlets: 4</div>' in reported  # d1 (two outlets), d2, d3
    usd = next(r for r in html.split("<tr>") if "436,000,000 USD" in r)
    assert '<span class="muted reach">articles: 1, outlets: 2</span>' in usd  # one text, two outlets


def _meetings_store():
    """Six meetings, each reported by three articles (their IRIs not in the order written, so a
    page that followed the store's order would show it): Abu Dhabi agrees on everything; Amman
    disagrees on a pledge only, Erbil on its chair only (one article names one of the two), Kuwait
    on its date only, Mosul on its date, member count and pledge; Baghdad's year beside a day
    within it, and two chairs every article names (Baghdad, Mosul), are no dispute."""
    from pyoxigraph import RdfFormat, Store

    ns, trig = "https://w3id.org/coalition-kg/", ["@prefix ckg: <https://w3id.org/coalition-kg/ontology#> ."]
    us, it = f"<{ns}id/entity/Q30>", f"<{ns}id/entity/Q38>"
    said = {"mosul-2019": (["2019-06-28", "2019-06-29", "2019-06-28"], [83, 84, 83], [100, 200, 100], [f"{us}, {it}"] * 3),
            "erbil-2020": (["2020-01-10"] * 3, [80] * 3, [100] * 3, [f"{us}, {it}"] * 2 + [us]),
            "abu-dhabi-2016": (["2016-06-28"] * 3, [66] * 3, [100] * 3, [us] * 3),
            "kuwait-2018": (["2018-02-13", "2018-02-14", "2018-02-13"], [75] * 3, [100] * 3, [us] * 3),
            "amman-2017": (["2017-03-22"] * 3, [68] * 3, [100, 200, 100], [us] * 3),
            "baghdad-2016": (["2016", "2016-05-10", "2016"], [66] * 3, [100] * 3, [f"{us}, {it}"] * 3)}
    for m, (days, counts, amounts, chairs) in said.items():
        meeting = f"<{ns}id/meeting/{m}>"
        for i, (day, count, amount, chair) in enumerate(zip(days, counts, amounts, chairs)):
            trig.append(f"""<{ns}graph/article/{m}-{i}> {{
  {meeting} ckg:reportedIn <{ns}id/article/{m}-{i}> ; ckg:date "{day}" ; ckg:memberCount {count} ; ckg:chair {chair} .
  <{ns}id/pledge/{m}-{amount}> ckg:atMeeting {meeting} ; ckg:donor <{ns}id/entity/Q30> ;
      ckg:status ckg:status_pledged ; ckg:amount {amount} ; ckg:currency "USD" . }}""")
    store = Store()
    store.load("\n".join(trig).encode(), RdfFormat.TRIG)
    return store


def test_the_page_is_the_first_rows_of_the_whole_answer():
    """The query counts one meeting at a time (a LATERAL block), only meetings that can have a
    dispute, and stops at its LIMIT: whatever the limit, what it returns must be the first rows
    of the whole answer, in the documented order."""
    from coalition_kg.graph import canned

    text, store = canned.load_all()["disagreements"].text, _meetings_store()

    def answer(limit: int) -> list[tuple]:
        assert "LIMIT 1000 }" in text
        found = store.query(text.replace("LIMIT 1000 }", f"LIMIT {limit} }}"), use_default_graph_as_union=True)
        names = [v.value for v in found.variables]
        return [tuple(str(r[n]) for n in names) for r in found]

    whole = answer(1000)
    pairs = [(r[0].rsplit("/", 1)[1][:-1], r[1].strip('"')) for r in whole]
    assert pairs == [("amman-2017", "pledge")] * 3 + [("erbil-2020", "chair")] * 2 + [("kuwait-2018", "date")] * 3 + \
        [("mosul-2019", "date")] * 3 + [("mosul-2019", "memberCount")] * 3 + [("mosul-2019", "pledge")] * 3
    for limit in range(1, len(whole)):
        assert answer(limit) == whole[:limit], limit
