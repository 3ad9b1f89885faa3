"""What a query or update may do before it runs: SERVICE only to allowed endpoints, no LOAD.

pyoxigraph executes ``SERVICE <iri>`` itself over HTTP, so a query naming an internal address
would make this server fetch it (server-side request forgery). We read the query's tokens
(comments, strings and IRIs are recognised, so ``"SERVICE"`` in a string or a comment is not a
SERVICE), expand prefixed names, and refuse before running anything.

>>> service_iris('PREFIX e: <http://x.org/> SELECT * { SERVICE SILENT e:sparql { ?s ?p ?o } }')
['http://x.org/sparql']
>>> service_iris('SELECT * { ?s ?p "SERVICE <http://a/>" } # SERVICE <http://b/>')
[]
>>> uses_load('LOAD <http://example.org/x> INTO GRAPH <http://g>')
True
"""
from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urljoin, urlsplit

TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<var>[?$][\w]+)
  | (?P<pname>(?:[A-Za-z_][\w.-]*)?:[\w.:%-]*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
""", re.X | re.S)


class Refused(Exception):
    """The query asks for something this server does not do (status 403)."""


def tokens(text: str, spans: bool = False):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind not in ("ws", "comment"):
            yield (kind, m.group(), m.span()) if spans else (kind, m.group())


REFUSED_SERVICE = "urn:coalition-kg:refused-service"


def silence_refused(text: str, allowlist: list[str], allow_private: bool = False) -> str:
    """``SERVICE SILENT`` to a refused endpoint is rewritten to a URN that can't be fetched, so it
    fails silently as SILENT asks (an empty solution) instead of making the whole query fail."""
    toks = list(tokens(text, spans=True))
    out, pos = [], 0
    for i, (kind, val, _) in enumerate(toks):
        if kind == "word" and val.upper() == "SERVICE" and i + 2 < len(toks) \
                and toks[i + 1][0] == "word" and toks[i + 1][1].upper() == "SILENT":
            k, v, (b, e) = toks[i + 2]
            try:
                check_services(text[:toks[0][2][0]] + _prologue(toks, i) + f" SELECT * {{ SERVICE {v} {{}} }}",
                               allowlist, allow_private)
            except Refused:
                out.append(text[pos:b] + f"<{REFUSED_SERVICE}>")
                pos = e
    return "".join(out) + text[pos:]


def _prologue(toks, upto: int) -> str:
    """The PREFIX/BASE declarations before token ``upto`` (to expand a prefixed endpoint name)."""
    parts = []
    for j in range(upto):
        if toks[j][0] == "word" and toks[j][1].upper() in ("PREFIX", "BASE"):
            parts.append(" ".join(t[1] for t in toks[j:j + (3 if toks[j][1].upper() == "PREFIX" else 2)]))
    return " ".join(parts)


def service_iris(text: str) -> list[str]:
    """The endpoints named by SERVICE; a variable endpoint is returned as ``?name``."""
    prefixes, base, out = {}, None, []
    toks = list(tokens(text))
    for i, (kind, val) in enumerate(toks):
        word = val.upper() if kind == "word" else None
        if word == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":")] = _resolve(toks[i + 2][1][1:-1], base)
        elif word == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = _resolve(toks[i + 1][1][1:-1], base)
        elif word == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
                j += 1
            if j >= len(toks):
                continue
            k, v = toks[j]
            if k == "iri":
                out.append(_resolve(v[1:-1], base))
            elif k == "pname":
                p, _, local = v.partition(":")
                out.append(prefixes.get(p, v + "#unknown-prefix") + local)
            else:
                out.append(v)
    return out


def uses_load(text: str) -> bool:
    return any(k == "word" and v.upper() == "LOAD" for k, v in tokens(text))


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base else iri


def _is_private(host: str) -> bool:
    """Loopback, private, link-local or otherwise non-public, by address or by what it resolves to."""
    try:
        addrs = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        try:
            addrs = [ipaddress.ip_address(a[4][0].split("%")[0]) for a in socket.getaddrinfo(host, None)]
        except (socket.gaierror, UnicodeError):
            return False  # does not resolve: the query fails on its own, no request leaves
    return any(not a.is_global for a in addrs)


def check_services(text: str, allowlist: list[str], allow_private: bool = False) -> None:
    """Raise ``Refused`` unless every SERVICE endpoint is on the allowlist; an allowlisted name
    that resolves to a loopback/private address is refused too unless ``allow_private``."""
    allowed = {a.rstrip("/") for a in allowlist} | {REFUSED_SERVICE}
    for iri in service_iris(text):
        if iri.startswith(("?", "$")):
            raise Refused(f"SERVICE with a variable endpoint ({iri}) is not allowed")
        if iri.rstrip("/") not in allowed:
            raise Refused(f"SERVICE <{iri}> is not allowed; allowed endpoints: "
                          + (", ".join(sorted(allowed)) or "none"))
        host = urlsplit(iri).hostname or ""
        if not allow_private and _is_private(host):
            raise Refused(f"SERVICE <{iri}> points at a loopback or private address")


def check_update(text: str, allowlist: list[str], allow_private: bool = False) -> None:
    if uses_load(text):
        raise Refused("LOAD is not allowed on this server (it would fetch any URL); "
                      "PUT or POST the data to the Graph Store endpoint /store instead")
    check_services(text, allowlist, allow_private)
