"""The protocol's ``using-graph-uri`` / ``using-named-graph-uri`` for SPARQL Update.

pyoxigraph's ``Store.update()`` takes no dataset, so the parameters are applied the way the
SPARQL 1.1 Protocol defines them (section 2.2.3): as ``USING <g>`` / ``USING NAMED <g>`` clauses
on every operation that has a WHERE clause. A small tokenizer reads the request (strings, IRIs,
comments, variables, prefixed names and language tags are single tokens, so ``"WHERE"`` in a
string, ``# WHERE`` in a comment or ``ex:where`` are not keywords), splits it into operations at
top-level ``;`` and inserts the clauses before each top-level ``WHERE`` of a ``DELETE``/``INSERT``
that is not ``DATA``. The short form ``DELETE WHERE { P }`` becomes ``DELETE { P } USING … WHERE
{ P }``, which the SPARQL Update spec defines as its meaning. A request that combines the
parameters with its own USING, USING NAMED or WITH is refused (``Conflict``), as the protocol
requires.

Each graph IRI is checked with pyoxigraph's ``NamedNode`` and written as ``str(NamedNode)``, so
nothing unescaped is spliced into the update.

>>> with_dataset('INSERT { GRAPH <http://o/> { ?s a ?t } } WHERE { ?s a ?t }', ['http://d/1'], [])
'INSERT { GRAPH <http://o/> { ?s a ?t } } USING <http://d/1> WHERE { ?s a ?t }'
>>> with_dataset('DELETE WHERE { ?s <http://p/> "WHERE" }', [], ['http://n/1'])
'DELETE { ?s <http://p/> "WHERE" } USING NAMED <http://n/1> WHERE { ?s <http://p/> "WHERE" }'
>>> with_dataset('INSERT DATA { <http://a/s> <http://a/p> 1 }', ['http://d/1'], [])
'INSERT DATA { <http://a/s> <http://a/p> 1 }'
"""
from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import NamedNode


class Conflict(ValueError):
    """The request gives using-graph-uri / using-named-graph-uri and also USING, USING NAMED or WITH."""


class BadGraph(ValueError):
    """A using-graph-uri / using-named-graph-uri value is not an absolute IRI."""


@dataclass(frozen=True)
class Token:
    kind: str   # word, pname, number, iri, string, var, langtag, lbrace, rbrace, semicolon, other
    text: str
    start: int
    end: int


_IRI_FORBIDDEN = set('<>"{}|^`\\')
_NAME_EXTRA = set("_-.:%")


def _is_name_char(c: str) -> bool:
    return c.isalnum() or c in _NAME_EXTRA or c == "\u00b7"


def tokenize(text: str) -> list[Token]:
    """The tokens of a SPARQL request, without whitespace and comments.

    Never fails: an unterminated string runs to the end of the text (the SPARQL parser reports
    the error), an unclosed ``<`` is an operator."""
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "'\"":
            j = _string_end(text, i)
            out.append(Token("string", text[i:j], i, j))
            i = j
        elif c == "<":
            j = i + 1
            while j < n and text[j] not in _IRI_FORBIDDEN and ord(text[j]) > 0x20:
                j += 1
            if j < n and text[j] == ">":
                out.append(Token("iri", text[i:j + 1], i, j + 1))
                i = j + 1
            else:
                out.append(Token("other", c, i, i + 1))
                i += 1
        elif c in "?$":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in "_\u00b7"):
                j += 1
            out.append(Token("var", text[i:j], i, j))
            i = j
        elif c == "@":
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "-"):
                j += 1
            out.append(Token("langtag", text[i:j], i, j))
            i = j
        elif c == "{":
            out.append(Token("lbrace", c, i, i + 1))
            i += 1
        elif c == "}":
            out.append(Token("rbrace", c, i, i + 1))
            i += 1
        elif c == ";":
            out.append(Token("semicolon", c, i, i + 1))
            i += 1
        elif _is_name_char(c) and c not in "-.%":
            j = i
            while j < n:
                if text[j] == "\\" and j + 1 < n:  # PN_LOCAL_ESC such as ex:a\;b
                    j += 2
                elif _is_name_char(text[j]):
                    j += 1
                else:
                    break
            word = text[i:j]
            kind = "pname" if ":" in word else "word" if word[0].isalpha() or word[0] == "_" else "number"
            out.append(Token(kind, word, i, j))
            i = j
        else:
            out.append(Token("other", c, i, i + 1))
            i += 1
    return out


def _string_end(text: str, i: int) -> int:
    """The index just past the string literal that starts at ``i``."""
    q, n = text[i], len(text)
    if text.startswith(q * 3, i):
        j = i + 3
        while j < n:
            if text[j] == "\\":
                j += 2
            elif text.startswith(q * 3, j):  # the grammar allows at most two quotes in a row inside
                return j + 3
            else:
                j += 1
        return n
    j = i + 1
    while j < n:
        if text[j] == "\\":
            j += 2
        elif text[j] == q:
            return j + 1
        elif text[j] in "\r\n":  # a short string cannot span lines
            return j
        else:
            j += 1
    return n


def operations(tokens: list[Token]) -> list[list[tuple[int, Token]]]:
    """The request's operations: lists of (brace depth, token), split at top-level ';'."""
    ops: list[list[tuple[int, Token]]] = [[]]
    depth = 0
    for t in tokens:
        if t.kind == "semicolon" and depth == 0:
            ops.append([])
            continue
        if t.kind == "rbrace":
            depth = max(depth - 1, 0)
        ops[-1].append((depth, t))
        if t.kind == "lbrace":
            depth += 1
    return [op for op in ops if op]


def _kw(t: Token) -> str | None:
    return t.text.upper() if t.kind == "word" else None


def _graphs(iris: list[str], named: bool) -> list[str]:
    out = []
    for iri in iris:
        try:
            node = NamedNode(iri)
        except ValueError as exc:
            param = "using-named-graph-uri" if named else "using-graph-uri"
            raise BadGraph(f"{param}={iri!r} is not an absolute IRI: {exc}") from None
        out.append(("USING NAMED " if named else "USING ") + str(node))
    return out


def with_dataset(text: str, default: list[str] | None, named: list[str] | None) -> str:
    """``text`` with USING / USING NAMED clauses for ``default`` / ``named`` graphs on every
    DELETE/INSERT … WHERE and DELETE WHERE operation. Raises ``BadGraph`` for an invalid IRI and
    ``Conflict`` when the request has its own USING, USING NAMED or WITH."""
    clauses = _graphs(default or [], False) + _graphs(named or [], True)
    if not clauses:
        return text
    ops = operations(tokenize(text))
    if any(d == 0 and _kw(t) in ("USING", "WITH") for op in ops for d, t in op):
        raise Conflict("using-graph-uri / using-named-graph-uri cannot be combined with USING, "
                       "USING NAMED or WITH in the update")
    using = " ".join(clauses)
    inserts: list[tuple[int, str]] = []  # (position, text to insert there)
    for op in ops:
        top = [t for d, t in op if d == 0]
        verb = next((i for i, t in enumerate(top) if _kw(t) not in ("PREFIX", "BASE")
                     and t.kind == "word"), None)
        if verb is None or _kw(top[verb]) not in ("DELETE", "INSERT"):
            continue
        nxt = top[verb + 1] if verb + 1 < len(top) else None
        if nxt is None or _kw(nxt) == "DATA":
            continue
        if _kw(top[verb]) == "DELETE" and _kw(nxt) == "WHERE":
            body = _group_after(op, nxt)
            if body is None:
                continue  # malformed: left to the SPARQL parser
            inserts.append((nxt.start, f"{text[body[0]:body[1]]} {using} "))
            continue
        where = next((t for t in top[verb + 1:] if _kw(t) == "WHERE"), None)
        if where is not None:
            inserts.append((where.start, f"{using} "))
    out, pos = [], 0
    for at, s in sorted(inserts):
        out.append(text[pos:at] + s)
        pos = at
    return "".join(out) + text[pos:]


def _group_after(op: list[tuple[int, Token]], kw: Token) -> tuple[int, int] | None:
    """The span of the ``{ … }`` group right after token ``kw`` in ``op``, braces included."""
    idx = next(i for i, (_, t) in enumerate(op) if t is kw)
    if idx + 1 >= len(op) or op[idx + 1][1].kind != "lbrace":
        return None
    start = op[idx + 1][1].start
    for d, t in op[idx + 2:]:
        if t.kind == "rbrace" and d == 0:
            return start, t.end
    return None
