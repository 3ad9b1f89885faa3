"""Lexicons of world knowledge (data files under ``data/lexicon/``) and a matcher over them.

The matcher works on normalised tokens and lets the first token of a name carry proclitics
(``والرياض`` → ``الرياض``), so surfaces are listed once, as written in the press.

>>> lex = Lexicon()
>>> lex.add("مراكش", Entry("c", "city", "name", "Marrakesh", None))
>>> [(s, e[0].name_en) for _, _, s, e in lex.match("انعقد الاجتماع بمراكش اليوم")]
[('بمراكش', 'Marrakesh')]
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .normalize import DIACRITICS, Token, norm, norm_token, stems, word_tokens


@dataclass(frozen=True)
class Entry:
    key: str
    type: str          # state | city | organization | region | place | person
    kind: str          # name | nisba | metonym | demonym | short (a person's surname alone)
    name_en: str | None
    qid: str | None


@dataclass
class Lexicon:
    entries: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    info: dict[str, dict] = field(default_factory=dict)   # entity key -> its lexicon row
    max_len: int = 1
    data: dict[str, object] = field(default_factory=dict)  # the other lexicon files, raw
    common: dict[str, float] = field(default_factory=dict)  # written word -> Zipf frequency
    common_folded: dict[str, float] = field(default_factory=dict)  # normalised word -> max Zipf
    # plain spelling (see plain) -> the words of that spelling, (Zipf, word), most common first
    common_plain: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    firsts: set[str] = field(default_factory=set)
    cache: dict[str, object] = field(default_factory=dict)  # per-lexicon compiled structures

    def add(self, surface: str, entry: Entry) -> None:
        toks = tuple(norm(surface).split())
        if not toks:
            return
        bucket = self.entries.setdefault(toks, [])
        if entry not in bucket:
            bucket.append(entry)
        self.firsts.add(toks[0])
        self.max_len = max(self.max_len, len(toks))
        self.cache.pop("match_firsts", None)
        self.cache.pop("match_lengths", None)

    def zipf(self, word: str, besides: Collection[str] = ()) -> float:
        """How common a word is in written Arabic (0 when rare or unknown), as written — or,
        for a word written with no hamza on its alifs, as the common word it may be a plain
        spelling of (اطار, مالى, مدينه: much of the press writes إطار, مالي, مدينة so); a word
        written with one (أطار) is what it says, and so is a word of under four letters (three
        for one ending in ه).
        ``besides``: spellings that do not count (a name's own: الرقه is the plain الرقة).

        >>> lex = default()
        >>> lex.zipf("إطار") == lex.zipf("اطار") > 4, lex.zipf("أطار"), lex.zipf("مدينه") == lex.zipf("مدينة")
        (True, 0.0, True)
        """
        w = DIACRITICS.sub("", word)
        z = self.common.get(w)
        if z is not None and w not in besides:
            return z
        if len(w) < (3 if w.endswith("ه") else 4) or any(c in w for c in _HAMZA_ALIFS):
            return 0.0      # a short word's plain spelling stands for too many (مى is no مي; مده is مدة)
        return next((z for z, x in self.common_plain.get(plain(w), ()) if x not in besides), 0.0)

    def zipf_folded(self, word: str) -> float:
        return self.common_folded.get(norm_token(word), 0.0)

    def match(self, text: str, start: int = 0, end: int | None = None, toks: list[Token] | None = None):
        """Longest-first gazetteer matches in ``text[start:end]``: (start, end, surface, entries).
        ``toks``: that span's Tokens when already known (a sentence's, ``Document.tokens_of``)."""
        end = len(text) if end is None else end
        if toks is None:
            toks = word_tokens(text[start:end], start)
        n_toks = len(toks)
        first_of = self._first_hits()
        lengths = self._lengths()
        out = []
        # the forms each token opens a name with (memoised per lexicon): only the tokens with
        # some are tried, in order, a match skipping the tokens it covers
        if len(first_of) > 200_000:
            first_of.clear()
        fs = list(map(first_of.get, [x.text for x in toks]))
        if None in fs:
            for k, f in enumerate(fs):
                if f is None:
                    t = toks[k].text
                    f = first_of.get(t)
                    if f is None:
                        f = first_of[t] = tuple(f for f in first_forms(t) if f in self.firsts)
                    fs[k] = f
        opens = [(i, f) for i, f in enumerate(fs) if f]
        if not opens:
            return out
        normed = getattr(toks, "norms", None) or [t.norm for t in toks]
        i = 0
        for i0, firsts in opens:
            if i0 < i:
                continue
            i = i0
            hit = None
            if firsts:
                # the lengths of the names these forms open, longest first (as trying every
                # length from max_len down would, without the lookups that cannot hit)
                all_n = lengths.get(firsts)
                if all_n is None:
                    all_n = lengths[firsts] = tuple(sorted({n for f in firsts for n in lengths[f]}, reverse=True))
                left = n_toks - i
                for n in all_n:
                    if n > left:
                        continue
                    rest = tuple(normed[i + 1:i + n])
                    for first in firsts:
                        cands = self.entries.get((first,) + rest)
                        if cands:
                            hit = (n, cands)
                            break
                    if hit:
                        break
            if hit:
                n, cands = hit
                a, b = toks[i].start, toks[i + n - 1].end
                out.append((a, b, text[a:b], cands))
                i += n
            else:
                i += 1
        return out

    def _first_hits(self) -> dict[str, tuple[str, ...]]:
        """token as written -> the forms of it that open a name (cached per lexicon)."""
        d = self.cache.get("match_firsts")
        if d is None:
            d = self.cache["match_firsts"] = {}
        return d

    def _lengths(self) -> dict[str, tuple[int, ...]]:
        """first word -> the token counts of the names it opens, longest first (and, filled by
        ``match``, a tuple of first words -> those of the names any of them opens)."""
        d = self.cache.get("match_lengths")
        if d is None:
            acc: dict[str, set[int]] = {}
            for toks in self.entries:
                acc.setdefault(toks[0], set()).add(len(toks))
            d = self.cache["match_lengths"] = {f: tuple(sorted(ns, reverse=True)) for f, ns in acc.items()}
        return d


@lru_cache(maxsize=65536)
def _first_forms(token: str) -> tuple[str, ...]:
    forms = stems(token)
    return tuple(sorted((f for f in forms if "ال" + f not in forms), key=len, reverse=True))


def first_forms(token: str) -> list[str]:
    """Forms a name's first word may take, longest first: the token without proclitics, but
    never without its article (المالي is "financial", not مالي; والرياض → الرياض)."""
    return list(_first_forms(token))


def _nisba_forms(stem: str) -> list[str]:
    base = stem[:-1] if stem.endswith("ي") else stem
    forms = []
    for f in (stem, stem + "ة", base + "يون", base + "يين", stem + "ان"):
        forms += [f, "ال" + f]
    return forms


def _load(path: Path):
    if not path.exists():
        return []
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or []


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_HAMZA_ALIFS = "أإآ"
_PLAIN = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def plain(word: str) -> str:
    """A word as the press writes it plainly: bare alifs, ه for ة and ي for ى at the end."""
    return word.translate(_PLAIN)


def _load_common(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        w, _, z = line.partition(": ")
        try:
            out[w] = float(z)
        except ValueError:
            continue
    return out


def state_key(row: dict) -> str:
    return f"wd:{row['qid']}" if row.get("qid") else f"iso:{row['iso2']}"


@lru_cache(maxsize=4)
def load(directory: str) -> Lexicon:
    """The lexicon of the YAML files in ``directory`` (loaded once per directory)."""
    d = Path(directory)
    lex = Lexicon()
    iso_to_key = _add_states(lex, _load(d / "states.yaml"))
    _add_cities(lex, d, iso_to_key)
    for fname, etype in (("organizations.yaml", "organization"), ("regions.yaml", "region"),
                         ("persons.yaml", "person")):
        for row in _load(d / fname):
            _add_row(lex, row, etype, iso_to_key)
    # org parents by lexicon key (isis_k -> isis)
    by_row_key = {row.get("key"): k for k, row in lex.info.items() if row.get("key")}
    for k, row in lex.info.items():
        if row.get("parent"):
            row["parent_key"] = by_row_key.get(row["parent"])
    lex.cache["by_row_key"] = by_row_key
    for name in ("titles", "speech_verbs", "pledge_verbs", "currencies", "numbers", "months",
                 "weekdays", "relative_dates", "given_names"):
        lex.data[name] = _load(d / f"{name}.yaml")
    lex.common = _load_common(d / "common_words.yaml")
    for w, z in lex.common.items():
        f = norm_token(w)
        if z > lex.common_folded.get(f, 0.0):
            lex.common_folded[f] = z
        lex.common_plain.setdefault(plain(w), []).append((z, w))
    for words in lex.common_plain.values():
        words.sort(reverse=True)
    _long_vowel_spellings(lex)
    return lex


def _long_vowel_spellings(lex: Lexicon) -> None:
    """A foreign name is transliterated with or without some of its long vowels (جينتيلوني and
    جنتيلوني, بلينكين and بلينكن): each person's name also without one inner ي or و of a word of
    five letters or more — unless that spelling is a common word or names something else."""
    added = []
    for toks, bucket in lex.entries.items():
        people = [e for e in bucket if e.type == "person"]
        if not people:
            continue
        for i, w in enumerate(toks):
            if len(w) < 5:
                continue
            for p in range(1, len(w) - 1):
                if w[p] not in "يو":
                    continue
                v = w[:p] + w[p + 1:]
                key = toks[:i] + (v,) + toks[i + 1:]
                if key not in lex.entries and lex.common_folded.get(v, 0.0) < 3.0:
                    added.append((key, people))
    for key, people in added:
        bucket = lex.entries.setdefault(key, [])
        bucket.extend(e for e in people if e not in bucket)
        lex.firsts.add(key[0])
    lex.cache.pop("match_firsts", None)
    lex.cache.pop("match_lengths", None)


def _add_states(lex: Lexicon, states: list[dict]) -> dict[str, str]:
    """States by name, nisba, demonym and capital (as a metonym); returns ISO code → key."""
    for row in states:
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
    iso_to_key = {r["iso2"]: state_key(r) for r in states if r.get("iso2")}
    lex.cache["iso_to_key"] = iso_to_key
    return iso_to_key


def _add_cities(lex: Lexicon, d: Path, iso_to_key: dict[str, str]) -> None:
    # cities the press spells in several ways (the hand-written overrides) are well known;
    # the others come from a world table and may collide with ordinary words
    known_cities = {r.get("qid") for r in _load(d / "cities_extra.yaml") if r.get("qid")}
    for row in _load(d / "cities.yaml"):
        key = f"wd:{row['qid']}" if row.get("qid") else "city:" + norm(row["names_ar"][0])
        well_known = bool(row.get("capital")) or row.get("qid") in known_cities or len(row.get("names_ar") or []) > 1
        lex.info[key] = {**row, "type": "city", "country_key": iso_to_key.get(row.get("country")),
                         "well_known": well_known}
        for s in row.get("names_ar") or []:
            lex.add(s, Entry(key, "city", "name", row.get("name_en"), row.get("qid")))


def _add_row(lex: Lexicon, row: dict, etype: str, iso_to_key: dict[str, str]) -> None:
    """An organisation, region (or place, camp) or person row."""
    key = f"wd:{row['qid']}" if row.get("qid") else f"{etype[:3]}:{row['key']}"
    t = row.get("type") if etype == "region" and row.get("type") in ("place", "camp") else etype
    t = "place" if t == "camp" else t
    lex.info[key] = {**row, "type": t, "subtype": row.get("type") if etype != "person" else None,
                     "country_key": iso_to_key.get(row.get("country")) if row.get("country") else None}
    for s in row.get("names_ar") or []:
        for form in _adjective_orders(s) if etype == "organization" else (s,):
            lex.add(form, Entry(key, t, "name", row.get("name_en"), row.get("qid")))
    for s in row.get("surnames_ar") or []:
        lex.add(s, Entry(key, t, "short", row.get("name_en"), row.get("qid")))
    for s in row.get("nisba") or []:
        for f in _nisba_forms(s):
            lex.add(f, Entry(key, t, "nisba", row.get("name_en"), row.get("qid")))
    for s in row.get("credit_only_ar") or []:
        lex.cache.setdefault("credit_only", {})[norm(s)] = key


def _adjective_orders(name: str) -> tuple[str, ...]:
    """The name, and with its two relational adjectives after the head swapped: the press
    writes both orders (التحالف الإسلامي العسكري / التحالف العسكري الإسلامي)."""
    w = name.split()
    nisba = lambda x: len(x) >= 6 and x.startswith("ال") and x.endswith(("ي", "ية"))  # noqa: E731 (not الذي)
    if len(w) >= 3 and w[0].startswith("ال") and nisba(w[1]) and nisba(w[2]):
        return name, " ".join([w[0], w[2], w[1]] + w[3:])
    return (name,)


def default() -> Lexicon:
    from ..paths import LEXICON

    return load(str(LEXICON))


# Every structure the stages derive from a lexicon lives in its ``cache``, made by the two
# functions below: ``compiled`` for tables built once, ``memo`` for answers about words kept as
# the articles bring them. Nothing derived from a lexicon is kept anywhere else (no module
# globals, no attributes set on the lexicon), so a second lexicon never sees the first's.

def compiled(lex, name: str, build):
    """A structure derived from the lexicon, built once per lexicon (regexes, tables). An
    object without a ``cache`` (a lexicon-like stand-in in a test) gets it built each time."""
    cache = getattr(lex, "cache", None)
    if cache is None:
        return build(lex)
    value = cache.get(name)
    if value is None:
        value = cache[name] = build(lex)
    return value


MEMO_LIMIT = 200_000


def memo(lex, name: str) -> dict:
    """A per-lexicon memo (a word or words -> an answer that depends on them and the lexicon
    alone), emptied when it holds MEMO_LIMIT entries so a long build's memory stays bounded."""
    d = compiled(lex, "memo:" + name, lambda lex: {})
    if len(d) > MEMO_LIMIT:
        d.clear()
    return d


def word_sets(lex, name: str) -> dict[str, set]:
    """A per-lexicon memo of a yes/no test of words as two sets, ``seen`` and ``yes`` (set
    operations over an article's vocabulary, see ``entity_core.positions``); emptied likewise."""
    d = compiled(lex, "words:" + name, lambda lex: {"yes": set(), "seen": set()})
    if len(d["seen"]) > MEMO_LIMIT:
        d["yes"].clear()
        d["seen"].clear()
    return d


__all__ = ["Entry", "Lexicon", "load", "default", "compiled", "memo", "word_sets", "state_key"]
