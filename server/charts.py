"""Server-rendered SVG charts (no JavaScript): meetings per year, membership growth, pledges.

Each chart is a canned query's result drawn as bars; labels are escaped by markupsafe.
"""
from __future__ import annotations

import json

from markupsafe import Markup, escape

from ..graph.sparql import Job

from .querying import ext, run


def bars(title: str, items: list[tuple[str, float]], unit: str = "") -> Markup:
    """A horizontal bar chart; ``items`` are (label, value)."""
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


def _val(b: dict, *names, default=""):
    for n in names:
        if n in b:
            return b[n]["value"]
    return default


def for_query(name: str, data: dict) -> Markup:
    rows = data.get("results", {}).get("bindings", [])
    if name == "meetings":
        return bars("Articles per meeting", [(f'{_val(r, "city_en")} {_val(r, "date")[:4]}', float(_val(r, "articles", default=0)))
                                             for r in rows])
    if name == "membership_growth":
        return bars("Coalition members", [(_val(r, "when", "date"), float(_val(r, "members", default=0))) for r in rows])
    if name == "pledges_totals":
        return bars("Pledged (by donor, currency)",
                    [(f'{_val(r, "donor_label", "donor")} {_val(r, "currency")}', float(_val(r, "total", default=0)))
                     for r in rows])
    return Markup("")


def home_charts() -> list[Markup]:
    out = []
    for name in ("meetings", "membership_growth", "pledges_totals"):
        q = ext()["queries"].get(name)
        if q is None:
            continue
        res = run(Job(q.text))
        out.append(for_query(name, json.loads(res.body)))
    return [c for c in out if c]
