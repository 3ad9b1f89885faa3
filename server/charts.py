"""Server-rendered SVG charts (no JavaScript), each with its numbers in a table beside it.

Charts that do not mislead: pledges are drawn one chart per currency and status — new pledges,
money already spent or given (``past``) and fundraising targets are never on one axis, and no
amount is added across currencies — with one bar per meeting (bars are keyed by the meeting's
IRI, labelled in the page's language); membership is a timeline of members by date with the
states that joined named. Labels are escaped by markupsafe.
"""
from __future__ import annotations

import datetime as dt
import json

from markupsafe import Markup, escape

from ..graph.sparql import Job
from ..graph.vocab import prefixes_sparql

from . import i18n, names
from .querying import ext, rows, run

STATUS_KEYS = {"new": "pledges_new", "past": "pledges_past", "target": "pledges_target"}


def bars(title: str, items: list[tuple[str, float]], unit: str = "") -> Markup:
    """A horizontal bar chart; ``items`` are (label, value), one bar each."""
    if not items:
        return Markup("")
    width, row, left = 560, 22, 190
    top = max(v for _, v in items) or 1
    h = row * len(items) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{h}" '
             f'viewBox="0 0 {width} {h}"><title>{escape(title)}</title>'
             f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>']
    for i, (label, v) in enumerate(items):
        y = 24 + i * row
        w = max(1, (width - left - 80) * v / top)
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" font-size="12">{escape(label[:30])}</text>'
                     f'<rect x="{left}" y="{y + 2}" width="{w:.1f}" height="{row - 6}" fill="#4a7ab5"/>'
                     f'<text x="{left + w + 4:.1f}" y="{y + 14}" font-size="12">{v:,.10g}{escape(unit)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def table(head: list[str], body: list[list[str]]) -> Markup:
    """The chart's numbers: numbers right-aligned (class ``num``). Built with ``escape`` and
    f-strings: ``Markup.format`` cost 12 us a cell (the home page has ~1,200 on 1M quads)."""
    cells = "".join("<tr>" + "".join(f'<td class="num">{escape(c)}</td>' if _numeric(c) else f"<td>{escape(c)}</td>"
                                     for c in r) + "</tr>" for r in body)
    heads = "".join(f"<th>{escape(h)}</th>" for h in head)
    return Markup(f'<table class="chart-data"><tr>{heads}</tr>{cells}</table>')


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "").isdigit()


def block(svg: Markup, data: Markup) -> Markup:
    return Markup('<div class="chart-block">{}{}</div>').format(svg, data)


def _val(b: dict, *names_, default=""):
    for n in names_:
        if n in b:
            return b[n]["value"]
    return default


def _label(iri: str) -> str:
    return names.index().label(iri, i18n.lang()) or iri.rsplit("/", 1)[-1]


def pledge_charts(found: list[dict]) -> list[Markup]:
    """One chart per (status, currency): one bar per meeting, its table beside it."""
    groups: dict[tuple[str, str], list[tuple[str, float, str]]] = {}
    for r in found:
        status = _val(r, "status").rsplit("_", 1)[-1]
        meeting = _val(r, "meeting")
        label = _label(meeting) if meeting else "—"
        groups.setdefault((status, _val(r, "currency")), []).append(
            (label, float(_val(r, "total", default=0)), _val(r, "pledges")))
    order = {"new": 0, "past": 1, "target": 2}
    out = []
    for (status, cur), items in sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], 3), kv[0][1])):
        title = i18n.t(STATUS_KEYS.get(status, "pledges_new"), cur=cur)
        svg = bars(title, [(lbl, v) for lbl, v, _ in items], f" {cur}")
        data = table([i18n.t("meeting"), f'{i18n.t("amount")} ({cur})', i18n.t("pledges_count")],
                     [[lbl, f"{v:,.10g}", n] for lbl, v, n in items])
        out.append(Markup('<figure class="pledges" data-status="{}" data-currency="{}">{}</figure>').format(
            status, cur, block(svg, data)))
    return out


def joinings() -> dict[str, list[str]]:
    """The states that joined, by date (the membership's own date, else its meeting's). The
    meetings' dates are made distinct before they are joined: each is repeated in every article
    graph reporting the meeting, and joining the copies cost 1.9 s on 1M quads. The patterns of
    one graph are joined as subqueries (a hash join of scans, not an index lookup per row), and
    the meetings are looked for among the memberships' statements only (atMeeting is also on
    every pledge, role and claim): 162 -> 41 ms of CPU on 987k quads. Every joining is listed
    (2,449 (state, date) pairs there, 54 ms): a LIMIT without an order kept the first 1,000
    found, which another plan changed (the hash joins kept 427 of the same 1,000)."""
    _, found, _ = rows(prefixes_sparql() + """
SELECT DISTINCT ?state ?when WHERE {
  { SELECT DISTINCT ?ms ?state WHERE {
      { SELECT ?g ?ms ?state WHERE { GRAPH ?g { ?ms ckg:memberState ?state } } }
      { SELECT ?g ?ms WHERE { GRAPH ?g { ?ms ckg:membershipEvent ckg:event_joined } } } } }
  OPTIONAL { { SELECT DISTINCT ?ms ?d WHERE {
      { SELECT ?g ?ms WHERE { GRAPH ?g { ?ms a ckg:Membership } } }
      { SELECT ?g ?ms ?d WHERE { GRAPH ?g { ?ms ckg:date ?d } } } } } }
  OPTIONAL { { SELECT DISTINCT ?ms ?md WHERE {
      { SELECT DISTINCT ?ms WHERE { GRAPH ?x { ?ms ckg:memberState ?s } } }
      { SELECT ?ms ?m WHERE { GRAPH ?g { ?ms ckg:atMeeting ?m } } }
      { SELECT DISTINCT ?m ?md WHERE { GRAPH ?h { ?m ckg:date ?md } } } } } }
  BIND(STR(COALESCE(?d, ?md)) AS ?when)
}""")
    out: dict[str, list[str]] = {}
    for r in found:
        if r.get("when"):
            out.setdefault(r["when"]["value"], []).append(_label(r["state"]["value"]))
    return {when: sorted(out[when]) for when in sorted(out)}  # the query's row order is the plan's


def _day(text: str) -> dt.date | None:
    parts = (text + "-07-01")[:10] if len(text) == 4 else (text + "-15")[:10] if len(text) == 7 else text[:10]
    try:
        return dt.date.fromisoformat(parts)
    except ValueError:
        return None


def timeline(points: list[tuple[str, int]], joined: dict[str, list[str]]) -> Markup:
    """Members by date: a point per reported count on a time axis, joinings marked below it."""
    dated = sorted((d, n, s) for s, n in points if (d := _day(s)))
    if not dated:
        return Markup("")
    width, height, left, top, bottom = 640, 260, 40, 30, 200
    t0, t1 = dated[0][0].toordinal() - 30, dated[-1][0].toordinal() + 30
    lo, hi = 0, max(n for _, n, _ in dated) or 1
    x = lambda d: left + (width - left - 20) * (d.toordinal() - t0) / max(1, t1 - t0)  # noqa: E731
    y = lambda n: bottom - (bottom - top) * (n - lo) / (hi - lo)  # noqa: E731
    title = i18n.t("members_timeline")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
             f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>'
             f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="#888"/>']
    path = " ".join(f"{x(d):.1f},{y(n):.1f}" for d, n, _ in dated)
    parts.append(f'<polyline points="{path}" fill="none" stroke="#4a7ab5" stroke-width="2"/>')
    for d, n, s in dated:
        parts.append(f'<circle cx="{x(d):.1f}" cy="{y(n):.1f}" r="4" fill="#4a7ab5"><title>{escape(s)}: {n}</title></circle>'
                     f'<text x="{x(d):.1f}" y="{y(n) - 8:.1f}" font-size="11" text-anchor="middle">{n}</text>')
    for s, states in joined.items():
        d = _day(s)
        if d and t0 <= d.toordinal() <= t1:
            parts.append(f'<line x1="{x(d):.1f}" y1="{bottom}" x2="{x(d):.1f}" y2="{bottom + 8}" stroke="#c60"/>'
                         f'<text x="{x(d):.1f}" y="{bottom + 22}" font-size="11" text-anchor="middle" fill="#c60">'
                         f'{escape(", ".join(states)[:40])}</text>')
    parts += [f'<text x="{left}" y="{height - 8}" font-size="11">{dated[0][2]}</text>',
              f'<text x="{width - 10}" y="{height - 8}" font-size="11" text-anchor="end">{dated[-1][2]}</text></svg>']
    return Markup("".join(parts))


def membership_chart(found: list[dict]) -> Markup:
    points = [(_val(r, "when", "date"), int(float(_val(r, "members", default=0)))) for r in found
              if _val(r, "members")]
    joined = joinings()
    dates = sorted({s for s, _ in points} | set(joined))
    counts = dict(points)
    data = table([i18n.t("date"), i18n.t("members"), i18n.t("joined")],
                 [[s, str(counts.get(s, "")), ", ".join(joined.get(s, []))] for s in dates])
    svg = timeline(points, joined)
    return Markup('<figure class="membership">{}</figure>').format(block(svg, data)) if svg else Markup("")


def meetings_chart(found: list[dict]) -> Markup:
    items = [(_label(_val(r, "meeting")), float(_val(r, "articles", default=0))) for r in found]
    svg = bars(i18n.t("articles_per_meeting"), items)
    data = table([i18n.t("meeting"), i18n.t("articles")], [[lbl, f"{v:,.10g}"] for lbl, v in items])
    return Markup('<figure class="meetings">{}</figure>').format(block(svg, data)) if items else Markup("")


def for_query(name: str, data: dict) -> Markup:
    found = data.get("results", {}).get("bindings", [])
    if name == "meetings":
        return meetings_chart(found)
    if name == "membership_growth":
        return membership_chart(found)
    if name == "pledges_by_meeting":
        return Markup("").join(pledge_charts(found))
    return Markup("")


def home_charts() -> list[Markup]:
    out = []
    for name in ("meetings", "membership_growth", "pledges_by_meeting"):
        q = ext()["queries"].get(name)
        if q is None:
            continue
        out.append(for_query(name, json.loads(run(Job(q.text)).body)))
    return [c for c in out if c]
