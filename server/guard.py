"""What a query or update may do before it runs, decided on the parsed request.

pyoxigraph executes ``SERVICE <iri>`` (and ``LOAD``) itself over HTTP, so a request naming an
internal address would make this server fetch it (server-side request forgery). Three layers:

1. **The parsed request.** SPARQL's codepoint escapes (``\\u0053ERVICE``) are resolved first, as
   the spec and the engine do, and that text is what the engine receives. A request that
   mentions SERVICE or LOAD anywhere is parsed by a real SPARQL 1.1 parser (rdflib's), which
   expands prefixes, resolves BASE and escapes; its SERVICE targets must be allowlisted IRIs
   (variables refused) and an update may contain neither LOAD nor SERVICE.
2. **What the engine may reach.** Allowlisted targets are rewritten to the query worker's relay
   (``RELAY``), and the rewritten query is parsed again: every SERVICE target it names must be
   the relay, or the query is refused. No DNS lookup or connection happens here.
3. **Where the bytes go** (``graph/netjail.py``): the engine runs in a network namespace of its
   own where only the relay listens; the relay resolves the allowlisted host when it connects,
   checks the address it will actually use (no loopback, private, link-local or metadata
   ranges unless allowed), follows no redirects, and answers every failure the same way.

Nesting deeper than ``max_depth`` is refused before any parser sees it (a deep query would
exhaust a parser's stack and kill the process running it).

>>> plan_query('PREFIX e: <https://query.wikidata.org/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }',
...            ["https://query.wikidata.org/sparql"]).endpoints
['https://query.wikidata.org/sparql']
>>> plan_query('SELECT * { ?s ?p "SERVICE <http://a/>" } # SERVICE <http://b/>', []).endpoints
[]
>>> plan_query(r'PREFIX e: <http://127.0.0.1:9/> SELECT * { SERVICE e:a\\# {} }', [])
Traceback (most recent call last):
...
coalition_kg.server.guard.Refused: SERVICE <http://127.0.0.1:9/a#> is not allowed; allowed endpoints: none
>>> check_update(r'LO\\u0041D <http://example.org/x>')
Traceback (most recent call last):
...
coalition_kg.server.guard.Refused: LOAD is not allowed on this server (it would fetch any URL); PUT or POST the data to the Graph Store endpoint /store instead
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

RELAY = "http://127.0.0.1:7070/relay/"  # inside a query worker's own network namespace
REFUSED_TARGET = RELAY + "refused"  # SERVICE SILENT to a refused endpoint: fails, silently
MAX_DEPTH = 64  # brackets nested deeper than this are a 400


class Refused(Exception):
    """The request asks for something this server does not do (status 403)."""


class BadRequest(Exception):
    """The request cannot be accepted as written (status 400)."""


@dataclass
class Plan:
    text: str  # what the engine runs
    endpoints: list[str] = field(default_factory=list)  # relay path N forwards to endpoints[N]


# --- text: codepoint escapes, nesting, tokens (only to locate what the parser found) ----------

CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
PN_LOCAL_ESC = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")
TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[A-Za-z_][\w.-]*)?:(?:[\w.:%-]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
""", re.X | re.S)


def unescape_codepoints(text: str) -> str:
    """SPARQL 1.1 §19.2: ``\\uXXXX`` and ``\\UXXXXXXXX`` are replaced before parsing, anywhere.

    >>> unescape_codepoints(r'\\u0053ERVICE <x>')
    'SERVICE <x>'
    """
    def char(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:  # beyond U+10FFFF: leave it for the engine to reject
            return m.group(0)
    return CODEPOINT.sub(char, text)


def tokens(text: str):
    for m in TOKEN.finditer(text):
        if m.lastgroup not in ("ws", "comment"):
            yield m.lastgroup, m.group(), m.span()


def nesting_depth(text: str) -> int:
    """The deepest bracket nesting, counted on the tokens and on the raw characters (strings
    cannot hide brackets from both counts)."""
    def deepest(chars) -> int:
        depth = top = 0
        for c in chars:
            if c in "{([":
                depth += 1
                top = max(top, depth)
            elif c in "})]" and depth:
                depth -= 1
        return top
    return max(deepest(text), deepest(v for k, v, _ in tokens(text) if k == "other"))


def _prepare(text: str, max_depth: int) -> str:
    if nesting_depth(text) > max_depth:
        raise BadRequest(f"the request nests brackets deeper than {max_depth} levels (this server's limit)")
    return unescape_codepoints(text)


# --- the parser: rdflib's SPARQL 1.1 grammar and algebra --------------------------------------

def _parsed(text: str, update: bool):
    import logging

    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    logging.getLogger("rdflib.term").setLevel(logging.ERROR)  # it warns of IRIs we refuse anyway
    try:
        return (translateUpdate(parseUpdate(text)).algebra if update
                else translateQuery(parseQuery(text)).algebra)
    except RecursionError:
        raise BadRequest("the request is nested too deeply to be checked") from None
    except Exception as exc:  # pyparsing and rdflib raise many kinds
        what = "update" if update else "query"
        raise BadRequest(f"the {what} uses SERVICE or LOAD and could not be read by the guard's "
                         f"SPARQL parser: {str(exc).splitlines()[0][:200]}") from None


def _walk(node, name: str):
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == name:
            yield node
        node = list(node.values())
    elif isinstance(node, dict):
        node = list(node.values())
    if isinstance(node, (list, tuple)):
        for child in node:
            yield from _walk(child, name)


def _services(algebra) -> list[tuple[str | None, bool]]:
    """(IRI or None for a variable, SILENT) for each SERVICE the parser found."""
    from rdflib import URIRef

    out = []
    for sgp in _walk(algebra, "ServiceGraphPattern"):
        term = sgp.get("term")
        iri = PN_LOCAL_ESC.sub(r"\1", str(term)) if isinstance(term, URIRef) else None
        out.append((iri, bool(sgp.get("silent"))))
    return out


# --- decisions --------------------------------------------------------------------------------

def _private_literal(iri: str) -> bool:
    """An endpoint written with a non-public IP address (names are checked at connect time)."""
    host = urlsplit(iri).hostname or ""
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not addr.is_global or getattr(addr, "ipv4_mapped", None) is not None


def _decide(iri: str | None, silent: bool, allowed: list[str], allow_private: bool) -> str | None:
    """The allowlisted endpoint a SERVICE may use; None for a SILENT one that must fail."""
    if iri is None:
        raise Refused("SERVICE with a variable endpoint is not allowed")
    if iri.rstrip("/") in allowed and (allow_private or not _private_literal(iri)):
        return iri.rstrip("/")
    if silent:
        return None
    if iri.rstrip("/") in allowed:
        raise Refused(f"SERVICE <{iri}> points at a loopback or private address")
    raise Refused(f"SERVICE <{iri}> is not allowed; allowed endpoints: " + (", ".join(allowed) or "none"))


def plan_query(text: str, allowlist: list[str], allow_private: bool = False, *,
               max_depth: int = MAX_DEPTH) -> Plan:
    """The query the engine will run, with allowlisted SERVICE targets pointed at the relay."""
    text = _prepare(text, max_depth)
    if not re.search("service", text, re.I):
        return Plan(text)  # no SERVICE keyword, no SERVICE operation
    allowed = sorted({a.rstrip("/") for a in allowlist})
    found = _services(_parsed(text, update=False))
    for iri, silent in found:
        _decide(iri, silent, allowed, allow_private)
    if not found:
        return Plan(text)
    plan = _rewrite(text, allowed, allow_private)
    targets = _services(_parsed(plan.text, update=False))
    if len(targets) != len(found) or any(not (t or "").startswith(RELAY) for t, _ in targets):
        raise Refused("the SERVICE endpoints of this query could not be verified; write them as full IRIs")
    return plan


def _rewrite(text: str, allowed: list[str], allow_private: bool) -> Plan:
    toks = list(tokens(text))
    prefixes, base, out, pos, endpoints = {}, None, [], 0, []
    for i, (kind, val, _) in enumerate(toks):
        word = val.upper() if kind == "word" else None
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":")] = _resolve(toks[i + 2][1][1:-1], base)
        elif word == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = _resolve(toks[i + 1][1][1:-1], base)
        elif word == "SERVICE" and i + 1 < len(toks):
            silent = toks[i + 1][0] == "word" and toks[i + 1][1].upper() == "SILENT"
            j = i + 2 if silent else i + 1
            if j >= len(toks) or toks[j][0] not in ("iri", "pname"):
                continue  # the verification parse decides
            k, v, (b, e) = toks[j]
            iri = _resolve(v[1:-1], base) if k == "iri" else _expand(v, prefixes)
            endpoint = _decide(iri, silent, allowed, allow_private)
            if endpoint is None:
                target = REFUSED_TARGET
            else:
                if endpoint not in endpoints:
                    endpoints.append(endpoint)
                target = RELAY + str(endpoints.index(endpoint))
            out.append(text[pos:b] + f"<{target}>")
            pos = e
    return Plan("".join(out) + text[pos:], endpoints)


def _expand(pname: str, prefixes: dict[str, str]) -> str | None:
    p, _, local = pname.partition(":")
    return prefixes[p] + PN_LOCAL_ESC.sub(r"\1", local) if p in prefixes else None


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base else iri


def check_update(text: str, *, max_depth: int = MAX_DEPTH) -> str:
    """The update the engine will run; LOAD and SERVICE are refused (an update runs in the
    server's writer, which reaches no network either: see ``graph/netjail.py``)."""
    text = _prepare(text, max_depth)
    if not re.search("load|service", text, re.I):
        return text
    algebra = _parsed(text, update=True)
    if any(True for _ in _walk(algebra, "Load")):
        raise Refused("LOAD is not allowed on this server (it would fetch any URL); "
                      "PUT or POST the data to the Graph Store endpoint /store instead")
    if _services(algebra):
        raise Refused("SERVICE is not allowed in updates")
    return text
