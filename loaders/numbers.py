"""Arabic amounts: digits (Western and Arabic-Indic, with either decimal convention), number
words (units, teens, tens, hundreds, duals, compounds joined by و), scale words (ألف/آلاف/ألفان,
مليون/ملايين, مليار…), fractions (ونصف), qualifiers before or after (قرابة، حوالي، نحو، أكثر من،
أزيد من، ما يقرب من، تقريبا…) and the currency or counted noun that follows.

The grammar (how Arabic numerals combine) lives here; the vocabulary comes from the lexicon
``numbers.yaml`` and ``currencies.yaml`` when present, on top of the built-in core words.

>>> [(a.value, a.qualifier, a.currency) for a in find_amounts("قرابة 150 مليون دولار")]
[(150000000.0, 'about', 'USD')]
>>> [a.value for a in find_amounts("ألفان من دول أخرى")]
[2000.0]
>>> [(a.value, a.qualifier) for a in find_amounts("بأكثر من 300 مليون دولار")]
[(300000000.0, 'more_than')]
>>> [a.value for a in find_amounts("خمسة وعشرون مليون يورو")]
[25000000.0]
>>> [a.value for a in find_amounts("أزيد من 1,4 مليون شخص")]
[1400000.0]
>>> [a.value for a in find_amounts("بقسط أول قدره 8,3 مليون دولار")]
[8300000.0]
>>> [a.value for a in find_amounts("٤٣٦ مليون دولار")]
[436000000.0]
>>> [(a.value, a.unit) for a in find_amounts("ثماني دول أعضاء")]
[(8.0, 'دول')]
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .normalize import Token, fold, norm

# --- built-in core vocabulary (normalised forms: أ→ا، ة→ه، ى→ي) -------------------------------
_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
             "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200}
for _w, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)):
    _HUNDREDS[_w + "مئه"] = _HUNDREDS[_w + "مائه"] = _v * 100
# scale words: value, and whether the word itself is a dual (ألفان = 2000 on its own)
_SCALES = {
    "الف": (1e3, False), "الاف": (1e3, False), "الفا": (1e3, False), "الفان": (1e3, True), "الفين": (1e3, True),
    "مليون": (1e6, False), "ملايين": (1e6, False), "مليونا": (1e6, False), "مليونان": (1e6, True),
    "مليونين": (1e6, True),
    "مليار": (1e9, False), "مليارات": (1e9, False), "مليارا": (1e9, False), "ملياران": (1e9, True),
    "مليارين": (1e9, True), "بليون": (1e9, False), "بلايين": (1e9, False),
    "تريليون": (1e12, False), "تريليونات": (1e12, False),
}
# a scale in the plural needs a number before it (ثلاثة ملايين); alone it is vague (ملايين الدولارات)
_PLURAL_SCALES = {"الاف", "ملايين", "مليارات", "بلايين", "تريليونات"}
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ثلثا": 2 / 3}
# qualifiers before the number (normalised word sequences) and after it
_QUAL_BEFORE = [
    ("ما يقرب من", "about"), ("ما يقارب", "about"), ("ما يناهز", "about"), ("يقارب", "about"),
    ("يناهز", "about"), ("قرابه", "about"), ("حوالي", "about"), ("نحو", "about"), ("زهاء", "about"),
    ("تقريبا", "about"), ("ما يربو علي", "more_than"), ("ما يزيد علي", "more_than"),
    ("ما يزيد عن", "more_than"), ("يزيد علي", "more_than"), ("يزيد عن", "more_than"),
    ("اكثر من", "more_than"), ("ازيد من", "more_than"), ("ما فوق", "more_than"), ("اقل من", "less_than"),
    ("ما دون", "less_than"), ("ما لا يقل عن", "at_least"), ("لا يقل عن", "at_least"),
    ("علي الاقل", "at_least"),
]
_QUAL_AFTER = [("تقريبا", "about"), ("علي الاقل", "at_least"), ("علي الاكثر", "less_than")]
_CURRENCIES = [  # (normalised name, ISO code); longest names are tried first
    ("دولار امريكي", "USD"), ("دولار اميركي", "USD"), ("دولار", "USD"), ("دولارات", "USD"),
    ("دولارا", "USD"), ("يورو", "EUR"), ("جنيه استرليني", "GBP"),
    ("جنيه", "GBP"), ("استرليني", "GBP"),
]
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_CLITICS = ("وب", "فب", "ول", "وك", "و", "ف", "ب", "ل", "ك")

# some Egyptian papers write a decimal with ر, the fraction first as it reads right to left:
# "2ر22 مليار" = 22.2 billion, "5ر1" = 1.5
_RA_DECIMAL = r"[0-9٠-٩۰-۹]{1,2}ر[0-9٠-٩۰-۹]+(?![\w])"
# the Arabic comma as a decimal point between digits, with one or two decimals (20،3 مليار يورو);
# a list's comma has a space after it, and three digits after it would be a thousands group
_COMMA_DECIMAL = r"[0-9٠-٩۰-۹]+،[0-9٠-٩۰-۹]{1,2}(?![0-9٠-٩۰-۹])"
NUM_RE = re.compile(_RA_DECIMAL + "|" + _COMMA_DECIMAL + r"|[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*")
# a word holds no digits: a clitic glued to a number (بـ148, ب148) is a token of its own
TOKEN_RE = re.compile(_RA_DECIMAL + "|" + _COMMA_DECIMAL + r"|[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*|(?:[^\W\d]|[\u0640\u064b-\u065f\u0670])+|[$€£%]",
                      re.UNICODE)


def _normkeys(d: dict) -> dict:
    return {norm(k): val for k, val in d.items()}


_UNITS, _TENS, _HUNDREDS, _SCALES, _FRACTIONS = map(_normkeys, (_UNITS, _TENS, _HUNDREDS, _SCALES, _FRACTIONS))
_QUAL_BEFORE = [(norm(a), q) for a, q in _QUAL_BEFORE]
_QUAL_AFTER = [(norm(a), q) for a, q in _QUAL_AFTER]
_CURRENCIES = [(norm(a), c) for a, c in _CURRENCIES]


@dataclass
class Amount:
    start: int                 # code points into the text given
    end: int
    text: str
    value: float
    qualifier: str = "exact"   # exact | about | more_than | less_than | at_least | range
    currency: str | None = None
    unit: str | None = None    # the counted noun as written (دولة، مقاتل) when not a currency
    upper: float | None = None  # upper bound of a range (ما بين 5 آلاف إلى 7 آلاف)
    percent: bool = False
    currency_options: list[str] = field(default_factory=list)  # a bare درهم / ريال: MAD or AED …
    year_like: bool = False    # a bare four-digit number 1900-2100 (probably a year)

    def describe(self) -> str:
        q = {"about": "about ", "more_than": "more than ", "less_than": "less than ",
             "at_least": "at least ", "range": ""}.get(self.qualifier, "")
        v = f"{self.value:,.0f}" if self.value == int(self.value) else f"{self.value:,.2f}"
        if self.upper is not None:
            v += f" to {self.upper:,.0f}"
        if self.percent:
            return f"{q}{v}%"
        tail = f" {self.currency}" if self.currency else (f" {self.unit}" if self.unit else "")
        return f"{q}{v}{tail}"


@dataclass
class NumberVocab:
    units: dict = field(default_factory=dict)
    tens: dict = field(default_factory=dict)
    hundreds: dict = field(default_factory=dict)
    scales: dict = field(default_factory=dict)
    fractions: dict = field(default_factory=dict)
    qual_before: list = field(default_factory=list)
    qual_after: list = field(default_factory=list)
    currencies: list = field(default_factory=list)   # (normalised tokens tuple, code)
    symbols: dict = field(default_factory=dict)
    all_words: dict = field(default_factory=dict)
    stripped: dict = field(default_factory=dict)      # token with a clitic → the number word
    cur_by_head: dict = field(default_factory=dict)   # first token (and clitic forms) → [(names, code)]
    qual_heads: set = field(default_factory=set)
    qual_end: re.Pattern | None = None   # a word ending in a qualifier's last word
    duals: set = field(default_factory=set)   # forms that mean two of a scale when they stand first


_VOCAB_CACHE: dict[int, NumberVocab] = {}


def vocab(lex=None) -> NumberVocab:
    """The built-in vocabulary, extended with ``numbers.yaml`` and ``currencies.yaml``."""
    key = id(lex) if lex is not None else 0
    v = _VOCAB_CACHE.get(key)
    if v is not None:
        return v
    v = NumberVocab(dict(_UNITS), dict(_TENS), dict(_HUNDREDS), dict(_SCALES), dict(_FRACTIONS),
                    list(_QUAL_BEFORE), list(_QUAL_AFTER), [], dict(_CURRENCY_SYMBOLS))
    cur = [(n, c) for n, c in _CURRENCIES]
    data = getattr(lex, "data", {}) or {}
    _merge_numbers(v, data.get("numbers"))
    for row in data.get("currencies") or []:
        if not isinstance(row, dict):
            continue
        code = row.get("code")
        if not code and row.get("ambiguous_between"):
            code = "?" + ",".join(row["ambiguous_between"])   # resolved by the caller from context
        if not code:
            continue
        for name in row.get("names_ar") or []:
            cur.append((norm(name), code))
        for sym in ([row["symbol"]] if isinstance(row.get("symbol"), str) else row.get("symbol") or []):
            if sym and not re.search("[\u0600-\u06ff]", sym):
                v.symbols[sym] = row["code"]
            elif sym:
                cur.append((norm(sym), row["code"]))
    seen = set()
    for n, c in sorted(cur, key=lambda x: -len(x[0].split())):
        toks = tuple(n.split())
        if toks and toks not in seen:
            seen.add(toks)
            v.currencies.append((toks, c))
    v.qual_before.sort(key=lambda x: -len(x[0].split()))
    v.qual_heads = {q.split()[-1] for q, _ in v.qual_before}
    v.qual_end = re.compile("(?:" + "|".join(re.escape(h) for h in sorted(v.qual_heads, key=len, reverse=True))
                            + r")\Z") if v.qual_heads else None
    v.all_words = {**v.units, **v.tens, **v.hundreds, **v.scales}
    v.duals |= {w for w, (_, d) in v.scales.items() if d}
    for names, code in v.currencies:
        for c in ("",) + _CLITICS:
            v.cur_by_head.setdefault(c + names[0], []).append((names, code))
    for w in v.duals:
        if w not in v.all_words:
            base = next((sv for s2, (sv, _) in v.scales.items() if w.startswith(s2[:4])), None)
            if base:
                v.scales[w] = (base, True)
                v.all_words[w] = (base, True)
    for w in v.all_words:
        v.stripped[w] = w
        for c in _CLITICS:
            v.stripped.setdefault(c + w, w)
    _VOCAB_CACHE[key] = v
    return v


def _num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _merge_numbers(v: NumberVocab, data) -> None:
    """Read ``numbers.yaml`` leniently: mappings word→value or lists of {forms|ar|word, value}."""
    if not isinstance(data, dict):
        return

    def pairs(section):
        if isinstance(section, dict):
            for k, val in section.items():
                if isinstance(val, (int, float)):
                    yield str(k), val
                elif isinstance(val, dict):
                    num = _num(val.get("value"))
                    for f in val.get("forms") or [k]:
                        yield str(f), num
                elif isinstance(val, list):  # value -> forms
                    num = _num(k)
                    for f in val:
                        yield str(f), num
        elif isinstance(section, list):
            for row in section:
                if isinstance(row, dict):
                    num = _num(row.get("value"))
                    if num is None:
                        num = _num(row.get("factor") or row.get("multiplier"))
                    forms = row.get("forms") or row.get("names") or [row.get("ar") or row.get("word")]
                    for f in forms if isinstance(forms, list) else [forms]:
                        if f:
                            yield str(f), num

    for w, num in pairs(data.get("units")):
        if num is None:
            continue
        n = norm(w)
        if " " in n:
            continue
        if num < 10 or num == 10:
            v.units.setdefault(n, num)
        elif num < 100 and num % 10 == 0:
            v.tens.setdefault(n, num)
        elif num < 1000 and num % 100 == 0:
            v.hundreds.setdefault(n, num)
    for w, num in pairs(data.get("scales")):
        if num and " " not in norm(w):
            v.scales.setdefault(norm(w), (num, False))
    for w, num in pairs(data.get("duals")):
        n = norm(w)
        v.duals.add(n)
        if num and " " not in n:
            # a dual's value may be given whole (ألفان: 2000) or as its scale (1000)
            for s, (sv, _) in list(v.scales.items()):
                if num in (sv, 2 * sv) and n not in v.scales:
                    v.scales[n] = (sv, True)
                    break
            else:
                if num == 2:
                    v.units.setdefault(n, 2)
    for w, num in pairs(data.get("fractions")):
        if num:
            v.fractions.setdefault(norm(w), num)
    quals = data.get("qualifiers")
    if isinstance(quals, dict):
        for k, val in quals.items():
            if isinstance(val, list):       # qualifier -> forms
                for f in val:
                    _add_qual(v, f, str(k))
            elif isinstance(val, str):      # form -> qualifier
                _add_qual(v, k, val)
            elif isinstance(val, dict):
                for f in val.get("forms") or [k]:
                    _add_qual(v, f, val.get("qualifier") or val.get("type") or str(k), val.get("position"))
    elif isinstance(quals, list):
        for row in quals:
            if isinstance(row, dict):
                q = row.get("qualifier") or row.get("type") or row.get("value")
                forms = row.get("forms") or [row.get("ar") or row.get("word")]
                for f in forms if isinstance(forms, list) else [forms]:
                    if f and q:
                        _add_qual(v, f, str(q), row.get("position"))


_QNAMES = {"approx": "about", "approximately": "about", "about": "about", "more": "more_than",
           "more_than": "more_than", "over": "more_than", "less": "less_than", "less_than": "less_than",
           "under": "less_than", "at_least": "at_least", "min": "at_least", "minimum": "at_least"}


def _add_qual(v: NumberVocab, form, q, position=None) -> None:
    q = _QNAMES.get(str(q).lower())
    n = norm(str(form))
    if not q or not n:
        return
    target = v.qual_after if position == "after" else v.qual_before
    if (n, q) not in target:
        target.append((n, q))


# --- scanning ---------------------------------------------------------------------------------
def _digits_value(s: str) -> float:
    s = fold(s)
    s = s.replace("٫", ".").replace("٬", ",").replace("،", ".")
    if "ر" in s:
        frac, whole = s.split("ر")
        return float(f"{whole}.{frac}")
    parts = re.split(r"[.,]", s)
    seps = re.findall(r"[.,]", s)
    if not seps:
        return float(s)
    # thousands separators: every group after the first has exactly three digits and the
    # separators are all the same (10,000 / 10.000 / 1,250,000); else the last one is decimal
    if all(len(p) == 3 for p in parts[1:]) and len(set(seps)) == 1 and len(parts[0]) <= 3:
        return float("".join(parts))
    whole = "".join(parts[:-1])
    return float(f"{whole}.{parts[-1]}")


def _strip(tok: str, table) -> tuple[str, str]:
    """Return (clitic, stem) where the stem is in ``table``; ("", tok) if none."""
    if tok in table:
        return "", tok
    for c in _CLITICS:
        if tok.startswith(c) and tok[len(c):] in table:
            return c, tok[len(c):]
    return "", tok


def _tokens(text: str):
    return [(m.start(), m.end(), m.group(), norm(m.group()) or m.group()) for m in TOKEN_RE.finditer(text)]


def _is_word_number(w: str, v: NumberVocab) -> bool:
    return w in v.stripped


def find_amounts(text: str, start: int = 0, end: int | None = None, lex=None) -> list[Amount]:
    """Every amount in ``text[start:end]``, offsets into ``text``."""
    v = vocab(lex)
    end = len(text) if end is None else end
    new = tuple.__new__     # Token(...) without NamedTuple's Python-level __new__
    toks = [new(Token, (a + start, b + start, raw, n)) for a, b, raw, n in _tokens(text[start:end])]
    return _amounts(text, toks, v)


def _amounts(text: str, toks, v: NumberVocab) -> list[Amount]:
    """The amounts in a list of Tokens (offsets into ``text``; ``norm`` is ``_tokens``'s normal form)."""
    out: list[Amount] = []
    i = 0
    stripped = v.stripped
    while i < len(toks):
        t = toks[i]
        # a number starts with digits or a number word (the test _parse_number begins with)
        if t.norm not in stripped and not NUM_RE.fullmatch(t.text):
            i += 1
            continue
        res = _parse_number(toks, i, v)
        if res is None:
            i += 1
            continue
        value, j = res  # tokens i..j-1 form the number
        frac = _fraction_before(toks, i, j, v)
        if frac:
            value, i = value * frac, i - 1      # نصف مليار: half of the scale that follows
        a_start, a_end = toks[i].start, toks[j - 1].end
        amt = Amount(a_start, a_end, text[a_start:a_end], value)
        raw0 = toks[i].text
        if NUM_RE.fullmatch(raw0) and j == i + 1 and 1900 <= value <= 2100 and float(value).is_integer():
            amt.year_like = True
        j = _told_further(toks, i, j, amt, text, v)
        if amt.qualifier == "exact":
            q, qstart = _qualifier_before(toks, i, v)
            if q:
                amt.qualifier = q
                amt.start = qstart
                amt.text = text[amt.start:amt.end]
        j = _what_it_counts(toks, i, j, amt, v)
        if amt.qualifier == "exact":
            for n, q in v.qual_after:
                w = n.split()
                if [t.norm for t in toks[j:j + len(w)]] == w:
                    amt.qualifier = q
                    break
        amt.text = text[amt.start:amt.end]
        # a decimal times its scale carries binary noise (8,3 مليون → 8300000.000000001)
        amt.value = round(amt.value, 6)
        amt.upper = round(amt.upper, 6) if amt.upper is not None else None
        out.append(amt)
        i = max(j, i + 1)
    return out


def _told_further(toks, i, j, amt, text, v) -> int:
    """The number told on after token j: a range (بين X و Y), a sum in parts (مليار و200 مليون)
    or a fraction of its scale (مليار ونصف); returns the token after it."""
    k = j
    if k < len(toks) and toks[k].norm in ("الي", "و", "حتي") and k + 1 < len(toks):
        res2 = _parse_number(toks, k + 1, v)
        if res2 and i >= 1 and toks[i - 1].norm in ("بين", "ما بين"):
            j = _as_range(toks, i, j, k, res2, amt, text, v)
        elif res2 and toks[k].norm == "و" and _last_scale(toks, i, j, v) >= 1000:
            # مليار و200 مليون، 3 آلاف و200، ثلاثة ملايين و322 ألفاً و145: one sum told in parts,
            # each below the scale before it
            j = _smaller_parts(toks, i, j, amt, text, v)
    elif k < len(toks) and toks[k].norm.startswith("و") and toks[k].norm[1:] in v.fractions:
        amt.value += v.fractions[toks[k].norm[1:]] * _last_scale(toks, i, j, v)
        j = k + 1
        again = toks[j].norm[2:] if j < len(toks) and toks[j].norm.startswith("ال") else toks[j].norm if j < len(toks) else ""
        if again in v.scales:
            j += 1                          # مليار ونصف المليار: the scale said again
        amt.end = toks[j - 1].end
        amt.text = text[amt.start:amt.end]
    return j


def _what_it_counts(toks, i, j, amt, v) -> int:
    """A percent sign or word, a currency (word or symbol, before or after), or the counted
    noun after the number at tokens i..j-1; returns the token after what was read."""
    if j < len(toks) and toks[j].text == "%":
        amt.percent, amt.end = True, toks[j].end
        return j + 1
    if j < len(toks) and toks[j].norm in ("بالميه", "بالمايه", "بالمائه"):
        amt.percent, amt.end = True, toks[j].end
        return j + 1
    if j + 1 < len(toks) and toks[j].norm == "في" and toks[j + 1].norm in ("الميه", "المائه", "المايه"):
        amt.percent, amt.end = True, toks[j + 1].end
        return j + 2
    cur, j2 = _currency(toks, j, v)
    if cur is None and i > 0 and toks[i - 1].text in v.symbols:
        cur, amt.start = v.symbols[toks[i - 1].text], toks[i - 1].start
    elif cur is None and j < len(toks) and toks[j].text in v.symbols:
        cur, j2 = v.symbols[toks[j].text], j + 1      # 50 مليون $: the symbol written after
    if cur and cur.startswith("?"):
        amt.currency_options = cur[1:].split(",")
        amt.end = toks[j2 - 1].end
        return j2
    if cur:
        amt.currency = cur
        amt.end = toks[j2 - 1].end if j2 > j else amt.end
        return j2
    if j < len(toks) and not NUM_RE.fullmatch(toks[j].text) and toks[j].text not in "%$€£":
        unit = toks[j].text
        if unit in ("من",) and j + 1 < len(toks):   # 10 آلاف من مقاتلي
            unit = toks[j + 1].text
        amt.unit = unit
    return j


def _as_range(toks, i, j, k, res2, amt, text, v) -> int:
    """(ما) بين X و/إلى Y: ``amt`` becomes the range, one bound lending its scale to the other;
    the index after the upper bound."""
    hi, k2 = res2
    if hi < 1000 <= amt.value:
        hi *= _last_scale(toks, i, j, v)
    elif amt.value < 1000 <= hi and _last_scale(toks, i, j, v) == 1.0:
        # بين 10 و15 مليون: the press says the scale once, after the upper bound
        amt.value *= _last_scale(toks, k + 1, k2, v)
    amt.upper, amt.qualifier = hi, "range"
    amt.end = toks[k2 - 1].end
    amt.text = text[amt.start:amt.end]
    return k2


def _smaller_parts(toks, i, j, amt, text, v) -> int:
    """``ثلاثة ملايين و322 ألفاً و145 دولار``: each part after و below the last scale told
    (و322 ألفاً after ملايين, و145 after ألفاً) adds to the sum; the index after what was read."""
    while j + 1 < len(toks) and toks[j].norm == "و":
        last = _last_scale(toks, i, j, v)
        res = _parse_number(toks, j + 1, v)
        if not res or last < 1000 or res[0] >= last:
            break
        amt.value, j = amt.value + res[0], res[1]
        amt.end = toks[j - 1].end
        amt.text = text[amt.start:amt.end]
    return j


def _fraction_before(toks, i, j, v) -> float | None:
    """``نصف مليار``، ``بربع مليون``: a fraction right before a number that is a scale word
    alone; its value (None when there is none)."""
    if i == 0 or j != i + 1 or toks[i].norm not in v.scales:
        return None
    w = toks[i - 1].norm
    w = w[1:] if w[:1] in "وب" and w[1:] in v.fractions else w
    return v.fractions.get(w)


def _last_scale(toks, i, j, v) -> float:
    for t in reversed(toks[i:j]):
        s = _strip(t.norm, v.scales)[1]
        if s in v.scales:
            return v.scales[s][0]
    return 1.0


def _qualifier_before(toks, i, v) -> tuple[str | None, int]:
    if i == 0 or (toks[i - 1].norm not in v.qual_heads and v.stripped.get(toks[i - 1].norm) is None
                  and not (v.qual_end is not None and v.qual_end.search(toks[i - 1].norm))):
        return None, 0
    for n, q in v.qual_before:
        w = n.split()
        k = i - len(w)
        if k < 0:
            continue
        seq = [t.norm for t in toks[k:i]]
        if seq[1:] == w[1:] and (seq[0] == w[0] or _strip(seq[0], {w[0]: 1})[1] == w[0]):
            return q, toks[k].start
    return None, 0


def _currency(toks, j, v) -> tuple[str | None, int]:
    if j >= len(toks):
        return None, j
    for names, code in v.cur_by_head.get(toks[j].norm, ()):
        seq = [t.norm for t in toks[j + 1:j + len(names)]]
        if seq == list(names[1:]):
            return code, j + len(names)
    return None, j


def _parse_number(toks, i, v: NumberVocab):
    """A number starting at token i: (value, index after it) or None."""
    raw, n = toks[i].text, toks[i].norm
    if NUM_RE.fullmatch(raw):
        value = _digits_value(raw)
        j = i + 1
        value, j = _scale_tail(toks, j, value, v)
        return value, j
    if not _is_word_number(n, v):
        return None
    total, current, j = 0.0, 0.0, i
    consumed = False
    last = None  # kind of the last word: unit | ten | hundred | scale
    while j < len(toks):
        w = toks[j].norm
        if consumed:
            if w in v.scales and last != "scale":
                pass                                    # ثلاثة ملايين
            elif w in v.hundreds and last == "unit" and current < 10:
                current *= v.hundreds[w]                # ثلاث مئة
                last = "hundred"
                j += 1
                continue
            elif w.startswith("و") and len(w) > 1 and _is_word_number(w[1:], v):
                w = w[1:]                               # ...وعشرون / ...ومئة
            else:
                break
        else:
            w = v.stripped.get(w, w)
        if w in v.hundreds:
            current += v.hundreds[w]
            last = "hundred"
        elif w in v.tens:
            current += v.tens[w]
            last = "ten"
        elif w in v.units:
            # teens: خمسة عشر / أحد عشر
            if j + 1 < len(toks) and toks[j + 1].norm in ("عشر", "عشره") and v.units[w] < 10:
                current += v.units[w] + 10
                j += 1
            else:
                current += v.units[w]
            last = "unit"
        elif w in v.scales:
            if not consumed and w in _PLURAL_SCALES:
                return None     # بمليارات الدولارات: "billions of", no number
            scale, dual = v.scales[w]
            if not consumed and w in _DUAL_CONSTRUCT and _currency(toks, j + 1, v)[0] is not None:
                dual = True     # مليونا دولار، مليارا يورو: the dual's construct form before its currency
            if dual or (not consumed and w in v.duals):
                current = 2.0 if current == 0 else current * 2
            total += (current or 1.0) * scale
            current = 0.0
            last = "scale"
        else:
            break
        consumed = True
        j += 1
    if not consumed:
        return None
    value = total + current
    if j < len(toks) and NUM_RE.fullmatch(toks[j].text):
        return None  # "عشر 2019": not a compound
    return value, j


# the nominative dual in construct (مليونا دولار = two million dollars), written like the accusative
# singular (مليونًا), which never stands right before its currency
_DUAL_CONSTRUCT = {norm(w) for w in ("مليونا", "مليارا", "بليونا")}


def _scale_tail(toks, j, value, v):
    while j < len(toks):
        s = toks[j].norm
        if s in v.scales:
            scale, dual = v.scales[s]
            value *= scale * (2 if dual and value == 0 else 1)
            j += 1
        else:
            break
    return value, j


_ORD_UNITS = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
              "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}


def ordinal_value(text: str) -> int | None:
    """A written ordinal (الرابع والثمانين → 84, الخامس عشر → 15), or None.

    >>> ordinal_value("العضو الرابع والثمانين")
    84
    >>> ordinal_value("الدولة الحادية والتسعين")
    91
    """
    words = norm(text).split()
    for i, w in enumerate(words):
        if w[-1:] == "ه" and w[:-1] in _ORD_UNITS:
            w = w[:-1]          # the feminine (الدولة الحادية والتسعين) counts as the masculine
        if w in _ORD_UNITS:
            val = _ORD_UNITS[w]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in ("عشر", "عشره"):
                return val + 10
            if nxt.startswith("وال") and nxt[3:] in _TENS:
                return val + _TENS[nxt[3:]]
            return val
        if w.startswith("ال") and w[2:] in _TENS:
            return _TENS[w[2:]]
    return None


def money(amounts: list[Amount]) -> list[Amount]:
    return [a for a in amounts if a.currency or a.currency_options]


def resolve_currency(options: list[str], iso2s: list[str]) -> str | None:
    """A bare currency name (درهم، ريال، دينار) resolved by the country in context: ISO 4217
    codes start with the country's ISO 3166 code (MAD ← MA, AED ← AE).

    >>> resolve_currency(["MAD", "AED"], ["MA"])
    'MAD'
    """
    for iso in iso2s:
        for c in options:
            if iso and c.startswith(iso):
                return c
    return None


_MAY_DIFFER = re.compile(r"[0-9٠-٩۰-۹%]")


def _no_number(doc, sent, v: NumberVocab) -> bool:
    """True when the sentence surely holds no amount: no digit, and none of the document's
    shared word tokens is a number word. (Only for plain NFKC text without digits or %, where
    those tokens and their normal forms are exactly the ones ``find_amounts`` reads.)"""
    shared = getattr(doc, "tokens_of", None)
    text = sent.text
    if shared is None or _MAY_DIFFER.search(text) or not unicodedata.is_normalized("NFKC", text):
        return False
    return v.stripped.keys().isdisjoint([t.norm for t in shared(sent)])


# where the document's word tokens differ from ``_tokens``: a % or currency sign, or a
# number glued to letters (2019م) or written with separators (1,5، 608،4)
_TOKENS_DIFFER = re.compile(r"[%$€£]|(?<![\w\u0640\u064b-\u065f\u0670])[0-9٠-٩۰-۹]++"
                            r"(?:[\w\u0640\u064b-\u065f\u0670]|[.,٫٬،][0-9٠-٩۰-۹])"
                            r"|[^\W\d][\u0640\u064b-\u065f\u0670]*[0-9٠-٩۰-۹]")


def _shared_tokens(doc, sent):
    """The sentence's tokens from the document's shared token cache, in ``find_amounts``'s
    shape, when they are exactly the ones ``_tokens`` would make (else None)."""
    shared = getattr(doc, "tokens_of", None)
    text = sent.text
    if shared is None or _TOKENS_DIFFER.search(text) or not unicodedata.is_normalized("NFKC", text):
        return None
    toks = shared(sent)   # Tokens: (start, end, text, norm) with offsets into the article
    if not all(t.norm for t in toks):
        return None
    return toks


def sentence_amounts(doc, sent, lex=None) -> list[Amount]:
    """The amounts of one sentence of a document, computed once per document."""
    cache = doc.__dict__.setdefault("_amounts", {})
    got = cache.get(sent.index)
    if got is None:
        v = vocab(lex)
        if _no_number(doc, sent, v):
            got = []
        else:
            toks = _shared_tokens(doc, sent)
            got = _amounts(doc.text, toks, v) if toks is not None else \
                find_amounts(doc.text, sent.start, sent.end, lex)
            _another_of_the_same(doc.text, got)
            _shares_of_the_sum(doc.text, got)
        cache[sent.index] = got
    return got


# "another" (مليار دولار آخر، مئتي مليون دولار أخرى): read by pledges too
ANOTHER = re.compile(r"\s*(?:آخر|اخر|أخر|أخرى|اخرى|آخرين|أخريين)\b")
_US = re.compile("امريك|أمريك|أميرك|اميرك")


def bare_dollars(a: Amount) -> bool:
    """A sum in dollars that says no more (not أمريكي): US dollars by default."""
    return a.currency == "USD" and "دولار" in a.text and not _US.search(a.text)


# "of it": a pronoun, or the sum named again (148.8 مليون من المبلغ، من هذا المبلغ، من إجمالي)
_OF_IT = re.compile(r"\s*(?:منها|منه|من\s+(?:هذا\s+|ذلك\s+)?(?:المبلغ|المبلغ\s+الإجمالي)|من\s+(?:إجمالي|اجمالي|الإجمالي|الاجمالي))\b")
_ELIDED = re.compile(r"(?:مليون|مليار|بليون)[\u064b\u064c]?ا?[\u064b]?$")


def _shares_of_the_sum(text: str, amounts: list[Amount]) -> None:
    """``300 مليون دولار …، 150 مليونًا منها قدمتها السعودية، و50 مليونًا الإمارات``، ``148.8 مليون من
    المبلغ``: a sum of
    millions with no currency, "of it" or in the accusative that leaves its noun out, shortly
    after a sum in a currency, is a share in that currency."""
    for k, a in enumerate(amounts):
        if a.currency or a.currency_options or a.percent or a.value < 100_000 or k == 0:
            continue
        prev = next((p for p in reversed(amounts[:k]) if p.currency), None)
        if prev is None or a.start - prev.end > 120:
            continue
        if _OF_IT.match(text, a.end) or (_ELIDED.search(a.text) and a.text.rstrip("\u064b\u064c").endswith("ا")):
            a.currency = prev.currency


def _another_of_the_same(text: str, amounts: list[Amount]) -> None:
    """``158 مليون دولار كندي … مئتي مليون دولار أخرى``: "another" sum in bare dollars is in the
    dollars of the sum before it (Canadian), not US dollars."""
    for k, a in enumerate(amounts):
        if not bare_dollars(a) or not ANOTHER.match(text, a.end):
            continue
        prev = next((p for p in reversed(amounts[:k]) if "دولار" in p.text), None)     # (its euros aside)
        if prev is not None and prev.currency not in (None, "USD"):
            a.currency = prev.currency
