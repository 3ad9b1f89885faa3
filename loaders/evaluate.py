"""Score extracted facts against a gold standard (``coalition-kg evaluate``).

The gold shape is the one ``extract --format json`` prints (see the gold README). Matching
follows the project's referee rules:

- Arabic is compared normalised (NFKC, no diacritics or tatweel, one alef / ya / ta-marbuta
  form, Arabic-Indic digits folded, punctuation to spaces) and with one leading clitic
  stripped per word (``وفرنسا`` ~ ``فرنسا``; clitics stack: ``وبحسب`` → ``بحسب`` → ``حسب``).
- Two names agree when they share a normalised Arabic key (the whole name, or the name with
  each word's clitics stripped), or when their English names are equal but for at most one
  extra word (``Coalition members`` ~ ``Coalition members (8)``). An English name also stands
  for its entity's Arabic surfaces, and a predicted entity is aligned one-to-one with the gold
  entity it names, so any spelling the prediction's entity list ties to the right mentions works.
- entities: same entity per article; meetings: same city and year (dates: exact day too);
  pledges: donor, amount within 1 %, currency, kind (target / past / new); memberships: state
  and event; designations: target; claims detected: same speech verb (first word, clitics
  aside) and evidence overlapping ≥ 60 % of the shorter one's words with neither more than four
  times longer (gold claims without a verb match on evidence alone); claims attributed: also
  the same speaker (any of speaker / co_speakers of a joint act).
- Gold items marked ``optional`` or ``boilerplate_only`` (and ``optional_claims``) may be
  predicted or not: each absorbs one matching prediction, which then counts neither way.
- One-to-one matching, strongest pairs first. Macro-F1 is the unweighted mean of the sections.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

SECTIONS = ("entities", "meetings", "meeting dates", "pledges", "memberships", "designations",
            "claims detected", "claims attributed")

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_ARABIC = re.compile("[\u0600-\u06ff]")
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


class GoldError(ValueError):
    """The gold or the prediction is not in the documented shape."""


def normalise(text) -> str:
    t = unicodedata.normalize("NFKC", str(text or ""))
    t = _MARKS.sub("", t).translate(_LETTERS).translate(_INDIC)
    return " ".join(_PUNCT.sub(" ", t).split()).lower()


def forms(word: str) -> set[str]:
    """A word with its leading clitics stripped one at a time (و and ف may leave two letters)."""
    out, todo = {word}, [word]
    while todo:
        w = todo.pop()
        for c in _CLITICS:
            keep = 2 if c in ("و", "ف") else 3
            if w.startswith(c) and len(w) - len(c) >= keep and w[len(c):] not in out:
                out.add(w[len(c):])
                todo.append(w[len(c):])
    return out


def arabic_keys(text) -> set[str]:
    words = normalise(text).split()
    if not words:
        return set()
    return {" ".join(words), " ".join(min(forms(w), key=len) for w in words)}


def word_set(text) -> set[str]:
    return {f for w in normalise(text).split() for f in forms(w)}


def english(text) -> str:
    t = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", t).split())


def same_verb(a, b) -> bool:
    wa, wb = normalise(a).split(), normalise(b).split()
    return bool(wa and wb and forms(wa[0]) & forms(wb[0]))


def overlap(a, b) -> float:
    x, y = word_set(a), word_set(b)
    if not x or not y or max(len(x), len(y)) > 4 * min(len(x), len(y)):
        return 0.0
    return len(x & y) / min(len(x), len(y))


Names = tuple  # (english keys, arabic keys)


def names_of(item: dict, *fields: str) -> Names:
    en, ar = set(), set()
    for f in fields:
        v = item.get(f)
        for x in v if isinstance(v, list) else ([v] if v is not None else []):
            if isinstance(x, dict):
                x = x.get("name_en") or x.get("name") or ""
            if _ARABIC.search(str(x)):
                ar |= arabic_keys(x)
            elif english(x):
                en.add(english(x))
    for f in ("surfaces", "surfaces_ar", "name_ar", "label_ar", f"{fields[0]}_ar"):
        v = item.get(f)
        for x in v if isinstance(v, list) else ([v] if v else []):
            ar |= arabic_keys(x)
    return en, ar


def surfaces_by_name(entities: list[dict]) -> dict[str, set[str]]:
    """English name → Arabic keys of its surfaces (at most 12 surfaces of at most 6 words)."""
    out: dict[str, set[str]] = {}
    for e in entities:
        key, surf = english(e.get("name_en")), e.get("surfaces") or []
        if not key or not isinstance(surf, list):
            continue
        for s in surf[:12]:
            if len(normalise(s).split()) <= 6:
                out.setdefault(key, set()).update(arabic_keys(s))
    return out


def with_surfaces(item: dict, smap, *fields) -> Names:
    en, ar = names_of(item, *fields)
    for n in en:
        ar = ar | smap.get(n, set())
    return en, ar


def agree(a: Names, b: Names) -> bool:
    if a[1] & b[1]:
        return True
    for x in a[0]:
        for y in b[0]:
            sx, sy = set(x.split()), set(y.split())
            small, large = sorted((sx, sy), key=len)
            if sx == sy or (len(small) >= 2 and small <= large and len(large) - len(small) <= 1):
                return True
    return False


def strength(a: Names, b: Names) -> float:
    return 2.0 * bool(a[0] & b[0]) + len(a[1] & b[1]) / (1 + len(a[1] | b[1]))


def pair_up(gold: list, pred: list, ok, score=lambda g, p: 1.0) -> list[tuple[dict, dict]]:
    cands = sorted((-score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if ok(g, p))
    ug, up, out = set(), set(), []
    for _, gi, pi in cands:
        if gi not in ug and pi not in up:
            ug.add(gi)
            up.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, gold, pred, ok, label=lambda x: str(x)[:90], score=lambda g, p: 1.0) -> None:
        required = [g for g in gold if not (g.get("optional") or g.get("boilerplate_only"))]
        extra = [g for g in gold if g.get("optional") or g.get("boilerplate_only")]
        pairs = pair_up(required, pred, ok, score)
        taken = {id(p) for _, p in pairs}
        rest = [p for p in pred if id(p) not in taken]
        absorbed = {id(p) for _, p in pair_up(extra, rest, ok, score)}
        rest = [p for p in rest if id(p) not in absorbed]
        self.tp += len(pairs)
        self.fp += len(rest)
        self.fn += len(required) - len(pairs)
        got = {id(g) for g, _ in pairs}
        self.misses += [f"missed: {label(g)}" for g in required if id(g) not in got]
        self.misses += [f"spurious: {label(p)}" for p in rest]

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _list(container, key) -> list[dict]:
    v = (container or {}).get(key) or []
    if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
        raise GoldError(f"'{key}' must be a list of objects")
    return v


def _amount(v) -> float:
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).replace(",", "").replace("_", "").strip())
    except ValueError:
        raise GoldError(f"amount {v!r} is not a number") from None


def _kind(p: dict) -> str:
    if "target" in (str(p.get("qualifier")).lower(), str(p.get("status")).lower()):
        return "target"
    return "past" if str(p.get("status")).lower() == "past" else "new"


def _same_money(g, p) -> bool:
    ga, pa = _amount(g.get("amount") or 0), _amount(p.get("amount") or 0)
    return ga > 0 and abs(ga - pa) <= 0.01 * ga and \
        str(g.get("currency", "")).upper() == str(p.get("currency", "")).upper()


def score(gold: dict, pred: dict) -> dict[str, Tally]:
    t = {s: Tally() for s in SECTIONS}
    gm, pm = _list(gold, "meetings"), _list(pred, "meetings")
    g_places = surfaces_by_name([e for a in _list(gold, "articles") for e in _list(a, "entities")])
    p_places = surfaces_by_name([e for a in _list(pred, "articles") for e in _list(a, "entities")])

    def same_meeting(g, p):
        return agree(with_surfaces(g, g_places, "city"), with_surfaces(p, p_places, "city")) and \
            str(g.get("date") or "")[:4] == str(p.get("date") or "")[:4]

    mlabel = lambda m: f"{m.get('city')} {m.get('date')}"  # noqa: E731
    t["meetings"].add(gm, pm, same_meeting, mlabel)
    t["meeting dates"].add(gm, pm, lambda g, p: same_meeting(g, p) and bool(g.get("date"))
                           and str(g["date"]) == str(p.get("date")), mlabel)
    by_id = {}
    for a in _list(pred, "articles"):
        if not isinstance(a.get("article"), dict) or a["article"].get("id") is None:
            raise GoldError("each entry of 'articles' needs article: {id: ...}")
        by_id[str(a["article"]["id"])] = a
    for ga in _list(gold, "articles"):
        aid = str(ga["article"]["id"])
        pa = by_id.get(aid, {})
        g_ents, p_ents = _list(ga, "entities"), _list(pa, "entities")
        gmap = surfaces_by_name(g_ents)
        aligned = {english(p.get("name_en")): names_of(g, "name_en") for g, p in
                   pair_up(g_ents, p_ents, lambda g, p: agree(names_of(g, "name_en"), names_of(p, "name_en")),
                           lambda g, p: strength(names_of(g, "name_en"), names_of(p, "name_en")))
                   if english(p.get("name_en"))}

        def pred_names(p, f):
            en, ar = names_of(p, f)
            for n in list(en):
                if n in aligned:
                    en, ar = en | aligned[n][0], ar | aligned[n][1]
            return en, ar

        def same(g, p, *f):
            return agree(with_surfaces(g, gmap, *f), pred_names(p, f[0]))

        def by(f):
            return lambda g, p: strength(with_surfaces(g, gmap, f), pred_names(p, f))

        t["entities"].add(g_ents, p_ents, lambda g, p: agree(names_of(g, "name_en"), names_of(p, "name_en")),
                          lambda e: f"{aid} {e.get('name_en')} {e.get('surfaces', '')}", by("name_en"))
        t["pledges"].add(_list(ga, "pledges"), _list(pa, "pledges"),
                         lambda g, p: _same_money(g, p) and _kind(g) == _kind(p) and same(g, p, "donor"),
                         lambda x: f"{aid} {x.get('donor')} {x.get('amount')} {x.get('currency')} {_kind(x)}",
                         by("donor"))
        t["memberships"].add(_list(ga, "memberships"), _list(pa, "memberships"),
                             lambda g, p: same(g, p, "state") and
                             str(g.get("event") or "joined").lower() == str(p.get("event") or "joined").lower(),
                             lambda x: f"{aid} {x.get('state')} {x.get('event')}", by("state"))
        t["designations"].add(_list(ga, "designations"), _list(pa, "designations"),
                              lambda g, p: same(g, p, "target"), lambda x: f"{aid} {x.get('target')}", by("target"))
        g_cl = _list(ga, "claims") + [dict(c, optional=True) for c in _list(ga, "optional_claims")]
        p_cl = _list(pa, "claims")

        def same_act(g, p):
            return overlap(g.get("evidence"), p.get("evidence")) >= 0.6 and \
                (not g.get("verb") or same_verb(g["verb"], p.get("verb")))

        close = lambda g, p: overlap(g.get("evidence"), p.get("evidence"))  # noqa: E731
        clabel = lambda c: f"{aid} {c.get('speaker')} {c.get('verb')}: {str(c.get('gist') or c.get('evidence'))[:60]}"  # noqa: E731
        t["claims detected"].add(g_cl, p_cl, same_act, clabel, close)
        t["claims attributed"].add(g_cl, p_cl, lambda g, p: same_act(g, p) and same(g, p, "speaker", "co_speakers"),
                                   clabel, close)
    return t


def f1_table(tallies: dict[str, Tally]) -> dict[str, float]:
    f1 = {k: v.prf()[2] for k, v in tallies.items()}
    f1["macro"] = sum(f1.values()) / len(f1)
    return f1


def format_table(tallies: dict[str, Tally], details: bool = False) -> str:
    lines = [f"{'section':20} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
    for name, tl in tallies.items():
        p, r, f = tl.prf()
        lines.append(f"{name:20} {p:6.3f} {r:6.3f} {f:6.3f}  {tl.tp:3} {tl.fp:3} {tl.fn:3}")
        if details:
            lines += [f"    {m}" for m in tl.misses]
    lines.append(f"macro-F1 {f1_table(tallies)['macro']:.3f}")
    return "\n".join(lines)


def load_gold(path) -> dict:
    from pathlib import Path

    import yaml

    raw = Path(path).read_text(encoding="utf-8")
    data = yaml.safe_load(raw) if str(path).endswith((".yaml", ".yml")) else __import__("json").loads(raw)
    if not isinstance(data, dict):
        raise GoldError(f"{path}: expected an object with 'meetings' and 'articles'")
    return data


def evaluate(gold_path, paths, lex=None) -> tuple[dict[str, Tally], dict]:
    """Extract the gold's articles (found by id under ``paths``) and score them."""
    from .article import read_all
    from .pipeline import extract
    from .report import report

    gold = load_gold(gold_path)
    wanted = {str(a["article"]["id"]) for a in _list(gold, "articles")}
    docs, errors = [], []
    for art in read_all(paths, errors.append):
        if art.id in wanted:
            docs.append(extract(art, lex))
    pred = report(docs)
    return score(gold, pred), pred
