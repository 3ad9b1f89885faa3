"""Lexicons of world knowledge (data files under ``data/lexicon/``) and a matcher over them.

The matcher works on normalised tokens and lets the first token of a name carry proclitics
(``والرياض`` → ``الرياض``), so surfaces are listed once, as written in the press.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .normalize import norm, norm_token, stems, tokens


@dataclass(frozen=True)
class Entry:
    key: str
    type: str          # state | city | organization | region | place | person
    kind: str          # name | nisba | metonym | demonym
    name_en: str | None
    qid: str | None


@dataclass
class Lexicon:
    entries: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    info: dict[str, dict] = field(default_factory=dict)   # entity key -> its lexicon row
    max_len: int = 1
    data: dict[str, object] = field(default_factory=dict)  # the other lexicon files, raw

    def add(self, surface: str, entry: Entry) -> None:
        toks = tuple(norm(surface).split())
        if not toks:
            return
        bucket = self.entries.setdefault(toks, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_len = max(self.max_len, len(toks))

    def match(self, text: str, start: int = 0, end: int | None = None):
        """Longest-first gazetteer matches in ``text[start:end]``: (start, end, surface, entries)."""
        end = len(text) if end is None else end
        toks = [(s + start, e + start, t) for s, e, t in tokens(text[start:end])]
        normed = [norm_token(t) for _, _, t in toks]
        out, i = [], 0
        while i < len(toks):
            hit = None
            for n in range(min(self.max_len, len(toks) - i), 0, -1):
                rest = tuple(normed[i + 1:i + n])
                for first in sorted(stems(toks[i][2]), key=len, reverse=True):
                    cands = self.entries.get((first,) + rest)
                    if cands:
                        hit = (n, cands)
                        break
                if hit:
                    break
            if hit:
                n, cands = hit
                out.append((toks[i][0], toks[i + n - 1][1], text[toks[i][0]:toks[i + n - 1][1]], cands))
                i += n
            else:
                i += 1
        return out


def _nisba_forms(stem: str) -> list[str]:
    base = stem[:-1] if stem.endswith("ي") else stem
    forms = []
    for f in (stem, stem + "ة", base + "يون", base + "يين", stem + "ان"):
        forms += [f, "ال" + f]
    return forms


def _load(path: Path):
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def state_key(row: dict) -> str:
    return f"wd:{row['qid']}" if row.get("qid") else f"iso:{row['iso2']}"


@lru_cache(maxsize=4)
def load(directory: str) -> Lexicon:
    d = Path(directory)
    lex = Lexicon()
    for row in _load(d / "states.yaml"):
        key = state_key(row)
        lex.info[key] = {**row, "type": "state"}
        e = lambda kind: Entry(key, "state", kind, row.get("name_en"), row.get("qid"))  # noqa: E731
        for s in row.get("names_ar") or []:
            lex.add(s, e("name"))
        for s in row.get("nisba") or []:
            for f in _nisba_forms(s):
                lex.add(f, e("nisba"))
        for s in row.get("demonym_pl") or []:
            lex.add(s, e("demonym"))
        for s in row.get("capital_ar") or []:
            lex.add(s, e("metonym"))
    iso_to_key = {r["iso2"]: state_key(r) for r in _load(d / "states.yaml") if r.get("iso2")}
    for row in _load(d / "cities.yaml"):
        key = f"wd:{row['qid']}" if row.get("qid") else "city:" + norm(row["names_ar"][0])
        lex.info[key] = {**row, "type": "city", "country_key": iso_to_key.get(row.get("country"))}
        for s in row.get("names_ar") or []:
            lex.add(s, Entry(key, "city", "name", row.get("name_en"), row.get("qid")))
    for fname, etype in (("organizations.yaml", "organization"), ("regions.yaml", "region"),
                         ("persons.yaml", "person")):
        for row in _load(d / fname):
            key = f"wd:{row['qid']}" if row.get("qid") else f"{etype[:3]}:{row['key']}"
            t = row.get("type") if etype == "region" and row.get("type") in ("place", "camp") else etype
            t = "place" if t == "camp" else t
            lex.info[key] = {**row, "type": t, "subtype": row.get("type")}
            for s in row.get("names_ar") or []:
                lex.add(s, Entry(key, t, "name", row.get("name_en"), row.get("qid")))
    for name in ("titles", "speech_verbs", "pledge_verbs", "currencies", "numbers", "months",
                 "weekdays", "relative_dates"):
        lex.data[name] = _load(d / f"{name}.yaml")
    return lex


def default() -> Lexicon:
    from coalition_kg.paths import LEXICON

    return load(str(LEXICON))
