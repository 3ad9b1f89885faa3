"""Arabic normalisation, used only for matching; original text is kept for labels and offsets.

>>> norm("أنتوني بلينكن")
'انتوني بلينكن'
>>> norm("لـ«داعش»")
'ل داعش'
>>> sorted(stems("والرياض"))
['الرياض', 'رياض', 'والرياض']
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       "ؤ": "و", "ئ": "ي", "ﻻ": "لا", "ک": "ك", "ی": "ي",
                       # a hashtag's words (#بريت_ماكغورك، #الرقة_تذبح_بصمت) are words, not one
                       "_": " "})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_FOLD_ALL = {**_FOLD, **_DIGITS}
_FOLD_PAIRS = tuple((chr(k) if isinstance(k, int) else k, v if isinstance(v, str) else chr(v))
                    for k, v in _FOLD_ALL.items())
_NON_WORD = re.compile(r"[^\w\s%]|_", re.UNICODE)
_MARKS = re.compile(DIACRITICS.pattern + "+")
WORD = re.compile(r"(?:[^\W_]|[\u0640\u064b-\u065f\u0670%])+", re.UNICODE)  # "_" parts a hashtag's words (see _FOLD)

# Proclitics, longest first; a stem must keep at least MIN_STEM letters.
PROCLITICS = ("وبال", "وكال", "وفال", "ولل", "فلل", "وال", "بال", "فال", "كال", "لل", "ال",
              "و", "ف", "ب", "ل", "ك")
MIN_STEM = 3


def fold(text: str) -> str:
    """Letter-level normalisation that keeps length one-to-one except for removed marks."""
    if len(text) == 1:
        return _fold_char(text)
    if _NEEDS_NFKC.search(text):
        text = unicodedata.normalize("NFKC", text)
    return _translate(DIACRITICS.sub("", text), _FOLD_PAIRS)


def _translate(text: str, pairs) -> str:
    """``text.translate`` for a table whose replacements are never themselves replaced, as a
    few ``str.replace`` (much faster than ``translate`` on non-ASCII text)."""
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    ch = unicodedata.normalize("NFKC", ch)
    return DIACRITICS.sub("", ch).translate(_FOLD).translate(_DIGITS)


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """Normalised form for matching: folded letters, punctuation to spaces, single spaces."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split()).lower()


@lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    return fold(token).lower()


@lru_cache(maxsize=65536)
def stems(token: str) -> frozenset[str]:
    """The token with and without stacked proclitics (و+ب+ال...), guarded by MIN_STEM.

    ``لل`` stands for ``ل + ال``, so ``للتحالف`` also yields ``التحالف``.
    """
    t = norm_token(token)
    out, todo = {t}, [t]
    while todo:
        w = todo.pop()
        for c in PROCLITICS:
            if w.startswith(c) and len(w) - len(c) >= MIN_STEM:
                rest = w[len(c):]
                cands = [rest]
                if c.endswith("لل"):
                    cands.append("ال" + rest)
                for r in cands:
                    if r not in out:
                        out.add(r)
                        todo.append(r)
    return frozenset(out)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their code-point offsets into ``text``."""
    return list(_tokens(text))


class Token(NamedTuple):
    """A word of a document: code-point offsets into the article text, the word as written and
    its folded form (``norm_token``), computed once. A و or ف written apart from its word (و قال)
    is glued to it (text ``وقال``, offsets over ``و قال``: see ``token_offset``). Read it by field name (``.start``,
    ``.end``, ``.text``, ``.norm``), never by position. A NamedTuple for speed: ``word_tokens``
    builds it with ``tuple.__new__``.

    >>> t = word_tokens("قال وبالرياض", 10)[1]
    >>> t.start, t.end, t.text, t.norm, sorted(t.stems)
    (14, 22, 'وبالرياض', 'وبالرياض', ['الرياض', 'بالرياض', 'رياض', 'وبالرياض'])
    """
    start: int
    end: int
    text: str
    norm: str

    @property
    def stems(self) -> frozenset[str]:
        """The word with and without its proclitics (``stems``: memoised per word form)."""
        return stems(self.text)


class Tokens(list):
    """A list of Tokens with their folded forms alongside as a plain list (``norms``), for
    the slices and set operations that read folded words only."""
    __slots__ = ("norms",)


def word_tokens(text: str, offset: int = 0) -> Tokens:
    """The word tokens of ``text`` as Tokens, their offsets shifted by ``offset`` (where
    ``text`` starts in the article)."""
    new = tuple.__new__         # Token(...) without NamedTuple's Python-level __new__
    out = Tokens()
    norms = out.norms = []
    def alone(g) -> None:       # a lone و/ف that no word follows at once: a token of its own
        norms.append(g.group())
        out.append(new(Token, (offset + g.start(), offset + g.end(), g.group(), g.group())))

    glue = None                 # a lone و/ف written apart from its word (و قال): the word's clitic
    for m in WORD.finditer(text):
        t, start = m.group(), m.start()
        if glue is not None:
            if start == glue.end() + 1 and text[glue.end()] == " " and len(t) > 1 and "\u0621" <= t[0] <= "\u064a":
                t, start = glue.group() + t, glue.start()
            else:
                alone(glue)
        glue = m if t in ("و", "ف") else None
        if glue is None:
            n = norm_token(t)
            norms.append(n)
            out.append(new(Token, (offset + start, offset + m.end(), t, n)))
    if glue is not None:
        alone(glue)
    return out


@lru_cache(maxsize=2048)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.group()) for m in WORD.finditer(text))


def fold_with_offsets(src: str) -> tuple[str, list[int] | None]:
    """``fold(src)`` and, when marks were removed, the source index of each folded character
    (None when folding kept every character in place)."""
    if not DIACRITICS.search(src) and not _NEEDS_NFKC.search(src):
        return _translate(src, _FOLD_PAIRS), None
    if unicodedata.is_normalized("NFKC", src):
        # no character changes under NFKC (each is its own normal form): folding a character
        # is removing it when a mark, else the letter table
        kept: list[int] = []
        pos = 0
        for m in _MARKS.finditer(src):
            kept.extend(range(pos, m.start()))
            pos = m.end()
        kept.extend(range(pos, len(src)))
        return _translate(DIACRITICS.sub("", src), _FOLD_PAIRS), kept
    # the same as folding character by character, done by C loops (replace, finditer): each
    # distinct character's fold (a folded character folds to itself, so the order of the
    # replacements does not matter), and the runs between the removed characters
    table = {ch: _fold_char(ch) for ch in set(src)}
    removed = frozenset(c for c, f in table.items() if not f)
    kept: list[int] = []
    pos = 0
    if removed:
        for m in _removed_re(removed).finditer(src):
            kept.extend(range(pos, m.start()))
            pos = m.end()
    kept.extend(range(pos, len(src)))
    return _translate(src, [(c, f) for c, f in table.items() if f != c]), kept


def source_index(src: str, i: int) -> int:
    """The index in ``src`` of the ``i``-th character of ``fold(src)``: marks folding removes
    (تشكيل, tatweel) count as written, so a cut made on the folded word lands on the same letter.

    >>> source_index("وَمَصدر", 1), source_index("ومصدر", 1)
    (2, 1)
    """
    _, kept = fold_with_offsets(src)
    if kept is None:
        return i
    return kept[i] if i < len(kept) else len(src)


def token_offset(token: Token, i: int) -> int:
    """The article offset of the ``i``-th folded character of ``token``: marks count as written,
    and so does the space of a و/ف written apart from its word (و قال is one token, وقال).

    >>> t = word_tokens("و قال")[0]
    >>> t.text, token_offset(t, 1)
    ('وقال', 2)
    """
    at = source_index(token.text, i)
    return token.start + at + (1 if at >= 1 and token.end - token.start > len(token.text) else 0)


def folded_find(src: str, sub: str, back: int = 0) -> int:
    """The index in ``src`` where the folded ``sub`` begins in ``fold(src)`` (``back`` folded
    characters before it), as ``str.find`` would give on text written without marks; 0 when it
    is not there (``لوزاْرة``, ``بالحُكومة``: a mark or a hamza inside the word is no miss).

    >>> folded_find("لوزاْرة", "وزار"), folded_find("والخارجية", "خارج", back=2)
    (1, 1)
    """
    i = fold(src).find(fold(sub))
    return 0 if i < 0 else source_index(src, max(0, i - back))


def word_start(token: Token, heads) -> int:
    """Where the word proper begins in ``token`` (an offset into the article): past its
    proclitics و ب ل ف — only as many as leave one of ``heads`` (folded) when some do (ووكالة →
    وكالة, not كالة), marks on them included (بِوزارة → وزارة)."""
    n = token.norm
    k = len(n) - len(n.lstrip("وبلف"))
    k = next((i for i in range(k + 1) if n[i:] in heads), k)
    return token_offset(token, k)


@lru_cache(maxsize=256)
def _removed_re(chars: frozenset[str]) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]+")


def alternation(words, space: str | None = None) -> str:
    """A regex matching any of ``words``, factored as a trie (``(?:ا(?:ب|ت)|…)``) so a
    failing position costs one test per character instead of one per word. It prefers the
    longest word that matches, like an alternation sorted longest first. With ``space``, a
    space in a word stands for that pattern (e.g. ``\\s+``). Never matches when empty."""
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def unit(ch: str) -> str:
        return space if space is not None and ch == " " else re.escape(ch)

    def build(node: dict) -> str:
        alts = [unit(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")" if trie else "(?!x)x"


_NEEDS_NFKC = re.compile("[\u00a0\u2000-\u200a\ufb50-\ufdff\ufe70-\ufeff\uff00-\uffef]")


_INNER_LONG_VOWELS = re.compile("[اويى]")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The word without inner long vowels: transliterated foreign names spell them optionally
    (بلينكين ~ بلينكن). Used for matching only, on normalised words."""
    word = word.replace(" ", "")
    return word[0] + _INNER_LONG_VOWELS.sub("", word[1:]) if word else word
