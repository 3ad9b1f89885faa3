"""The reference catalogue of the coalition's meetings (``data/catalogue/meetings.yaml``):
world knowledge used to date a meeting the text identifies by city and kind but does not date."""
from __future__ import annotations

import datetime as dt

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class CatalogueMeeting:
    key: str
    kind: str
    city: str
    country: str | None
    date: str
    date_precision: str
    chairs: tuple[str, ...]
    member_count: int | None
    end_date: str | None = None
    level: str | None = None          # ministerial | political_directors | senior_officials
    near: str | None = None           # the city the press often names for a venue outside it (Skhirat: Rabat)
    joint: bool = False               # foreign and defence ministers together (Washington, July 2016)

    @property
    def year(self) -> int:
        return int(self.date[:4])

    def held_in(self, city_en: str | None) -> bool:
        """Whether a text naming that city (English) may be telling of this meeting: its venue, or
        the city the press names for a venue outside it (``near``).

        >>> row = CatalogueMeeting("x", "small_group", "Skhirat", "MA", "2018-06-26", "day", (), None, near="Rabat")
        >>> row.held_in("rabat"), row.held_in("Skhirat"), row.held_in("Casablanca")
        (True, True, False)
        """
        city = (city_en or "").lower()
        return city in ((self.city or "").lower(), (self.near or "").lower())


@lru_cache(maxsize=2)
def load(path: str) -> tuple[CatalogueMeeting, ...]:
    p = Path(path)
    if not p.exists():
        return ()
    rows = yaml.safe_load(p.read_text(encoding="utf-8")) or []
    if isinstance(rows, dict):
        rows = rows.get("meetings") or []
    return tuple(CatalogueMeeting(r["key"], r.get("kind") or "ministerial", r.get("city"), r.get("country"),
                                  str(r["date"]), r.get("date_precision") or "day",
                                  tuple(r.get("chairs") or ()), r.get("member_count"),
                                  str(r["end_date"]) if r.get("end_date") else None, r.get("level"), r.get("near"),
                                  bool(r.get("joint")))
                 for r in rows)


def default() -> tuple[CatalogueMeeting, ...]:
    from ..paths import CATALOGUE

    return load(str(CATALOGUE))


def on_date(date: str, *, kind: str | None = None, catalogue=None) -> CatalogueMeeting | None:
    """The catalogue meeting held on that day (a multi-day meeting counts on each of its days);
    with several, the one of that kind, else the ministerial."""
    rows = [m for m in (catalogue if catalogue is not None else default())
            if m.date_precision == "day" and (m.date == date or (m.end_date and m.date <= date <= m.end_date))]
    if len(rows) > 1 and kind:
        rows = [m for m in rows if m.kind == kind] or rows
    if len(rows) > 1:
        rows = [m for m in rows if m.kind == "ministerial"] or rows
    return rows[0] if len(rows) == 1 else None


def lookup(city_en: str, *, years: set[int] | None = None, kind: str | None = None,
           catalogue=None, strict_years: bool = False, strict_kind: bool = False,
           weekday: int | None = None, level: str | None = None) -> CatalogueMeeting | None:
    """The catalogue meeting in that city, narrowed by the years the text supports, kind, the
    level the text names (its political directors, not its ministers) and the weekday the text
    gives (Monday = 0); None when it stays ambiguous (or, when strict, when no row has that
    year or kind)."""
    # a venue outside the city the text names is that meeting only when the text says its kind or
    # its weekday too (a ministerial "in Rabat" is no political directors' meeting in Skhirat)
    rows = [m for m in (catalogue if catalogue is not None else default()) if m.held_in(city_en)
            and ((m.city or "").lower() == (city_en or "").lower()
                 or ((m.kind == kind or weekday is not None) and (weekday is None or _on(m, weekday))))]
    if kind:
        rows = [m for m in rows if m.kind == kind] or ([] if strict_kind else rows)
    if years:
        narrowed = [m for m in rows if m.year in years]
        if narrowed and not strict_years and weekday is not None and not any(_on(m, weekday) or m.date_precision != "day" for m in narrowed):
            # the years the text names were another event's: the meeting there on its weekday
            # (a row dated to the month may have been on it)
            narrowed = [m for m in rows if _on(m, weekday)]
        if narrowed or strict_years:
            rows = narrowed
    if len(rows) > 1 and level is not None:
        rows = [m for m in rows if m.level == level] or rows
    if len(rows) > 1 and weekday is not None:
        rows = [m for m in rows if _on(m, weekday)]
    elif weekday is not None and kind == "ministerial" and rows and not any(_on(m, weekday) for m in rows):
        # none of that kind fell on the text's weekday: a ministerial-level meeting of another
        # format that did, there and then (a small group's ministerial: اجتماع وزاري الخميس)
        other = [m for m in (catalogue if catalogue is not None else default())
                 if m.held_in(city_en) and m.level == "ministerial"
                 and (not years or m.year in years) and _on(m, weekday)]
        rows = other if len(other) == 1 else rows
    main = [m for m in rows if m.kind == "ministerial"]
    if len(rows) > 1 and len(main) == 1:
        rows = main
    return rows[0] if len(rows) == 1 else None


def _on(m: CatalogueMeeting, weekday: int) -> bool:
    """Whether one of the meeting's days (a closing day too: في ختام اجتماعها … أمس الخميس)
    falls on that weekday."""
    if m.date_precision != "day":
        return False
    first = dt.date.fromisoformat(m.date[:10])
    last = dt.date.fromisoformat(m.end_date[:10]) if m.end_date else first
    return any((first + dt.timedelta(days=i)).weekday() == weekday for i in range(min((last - first).days, 6) + 1))


def hosted_by(iso2: str, *, years: set[int] | None = None, kind: str | None = None,
              catalogue=None) -> CatalogueMeeting | None:
    """The one catalogue meeting of that kind a state hosted (in the years given); None when
    the state hosted none or several (then the text does not say which)."""
    rows = [m for m in (catalogue if catalogue is not None else default())
            if m.country == iso2 and (kind is None or m.kind == kind) and (not years or m.year in years)]
    return rows[0] if len(rows) == 1 else None


def in_country(iso2: str, *, kind: str, years: set[int] | None = None,
               catalogue=None) -> CatalogueMeeting | None:
    """The one catalogue meeting of that kind held in that state (in the years given): a
    meeting the text places in another city of that state or in the state alone (a focus
    group in Benin, a small group in Spain); None when there are none or several."""
    rows = [m for m in (catalogue if catalogue is not None else default())
            if m.country == iso2 and m.kind == kind and (not years or m.year in years)]
    return rows[0] if len(rows) == 1 else None
