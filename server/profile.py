"""Entity pages as profiles: what an analyst reads first (roles, claims, pledges, meetings,
memberships; for a meeting its place, date, chairs, pledges and claims), each fact with its
evidence sentence and a link to it highlighted in its article.

Every query binds the entity as the substituted variable ``?x`` (projected, as pyoxigraph needs)
and follows the pattern of the canned queries that stay fast at millions of quads: the page of
facts comes from the single pattern that uses ``?x`` (in ``GRAPH ?g``, so the union default
graph's copies do not multiply rows), and every other value is a single-pattern OPTIONAL looked
up per row in the fact's own graph (labels in the shared entity graph, one language each).
Rows are grouped here, in Python, one entry per fact IRI.

Each section is one page of ``PAGE`` (fact, article graph) readings (``page=2`` the next ones,
in store order; a section whose page is full says ``more``), so a much-mentioned entity costs
what a rare one does. Every lookup's subject is a ``BIND``-ed key (``_key``), never a variable
the page subquery projects: Oxigraph turns an OPTIONAL on a subquery's variable into a scan of
that predicate in every graph (measured: 37 ms against 6 ms for one lookup per row on 1M quads).

Everything returned is plain strings: the template escapes them (no ``|safe`` on graph text).
"""
from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote

from pyoxigraph import NamedNode

from ..graph.vocab import CKG_NS, GRAPH_NS, ID_NS, prefixes_sparql

from .querying import rows

ENTITIES = f"<{GRAPH_NS}entities>"
LIMIT = 1000  # articles whose outlets one page looks up
PAGE = 100  # (fact, article graph) readings per section and page

ACTOR_TYPES = {CKG_NS + t for t in ("Person", "State", "Organization", "InternationalOrganization", "Coalition",
                                    "TerroristGroup", "ArmedGroup", "NewsAgency", "GovernmentBody", "Collective")}
MEETING_TYPES = {CKG_NS + t for t in ("Meeting", "MinisterialMeeting", "SmallGroupMeeting")}


# --- SPARQL building blocks --------------------------------------------------------------------

def _key(var: str) -> str:
    """``?var_k``: ``?var``, or an IRI nothing has when ``?var`` is unbound. Lookups from a value an
    OPTIONAL may have left unbound go through it: an unbound subject would match every subject
    (a claim without a meeting would get every meeting's date, and the lookup would be a scan)."""
    return f"  BIND(COALESCE(?{var}, <urn:x-ckg:none>) AS ?{var}_k)\n"


def _lookup(var: str, p: str, o: str, graph: str = "?g") -> str:
    return f"  OPTIONAL {{ GRAPH {graph} {{ ?{var}_k {p} ?{o} }} }}\n"


def _labels(var: str) -> str:
    return _key(var) + "".join(f'  OPTIONAL {{ GRAPH {ENTITIES} {{ ?{var}_k rdfs:label ?{var}_{lang} '
                               f'FILTER(lang(?{var}_{lang}) = "{lang}") }} }}\n' for lang in ("en", "ar"))


def _evidence(fact: str) -> str:
    """The fact's evidence node, sentence, offsets and article (with its title and id)."""
    return (_lookup(fact, "ckg:evidence", "ev") + _key("ev") + _lookup("ev", "nif:anchorOf", "sentence")
            + _lookup("ev", "nif:beginIndex", "begin") + _lookup("ev", "nif:endIndex", "end")
            + _lookup("ev", "nif:referenceContext", "article") + _key("article")
            + _lookup("article", "dct:title", "article_title") + _lookup("article", "ckg:articleId", "article_id"))


EV_VARS = "?ev ?sentence ?begin ?end ?article ?article_title ?article_id"


def _slice(page: int) -> str:
    return f"LIMIT {PAGE} OFFSET {(max(page, 1) - 1) * PAGE}"


def _page(fact: str, preds: list[str], typ: str | None = None, page: int = 1) -> str:
    """The subquery finding one page of the facts that point at ``?x`` with one of ``preds``,
    then the fact's key for the lookups."""
    check = f" FILTER EXISTS {{ ?{fact} a {typ} }}" if typ else ""
    branches = " UNION ".join(f"{{ GRAPH ?g {{ ?{fact} {p} ?x{check} }} }}" for p in preds)
    return f"  {{ SELECT ?x ?{fact} ?g WHERE {{ {branches} }} {_slice(page)} }}\n" + _key(fact)


def _select(iri: str, head: str, body: str) -> list[dict]:
    _, found, _ = rows(f"{prefixes_sparql()}SELECT DISTINCT ?x ?g {head} WHERE {{\n{body}}}", x=NamedNode(iri))
    return found


class Section(list):
    """A section's items; ``more``: its page was full, so the next page may hold more."""

    def __init__(self, items, found: list[dict], var: str):
        super().__init__(items)
        self.more = len({(_v(r, var), _v(r, "g")) for r in found}) >= PAGE


# --- turning rows into display values ----------------------------------------------------------

def href(iri: str) -> str:
    return "/id/" + iri[len(ID_NS):] if iri.startswith(ID_NS) else iri


def _v(row: dict, var: str) -> str | None:
    t = row.get(var)
    return t["value"] if t else None


def ref(row: dict, var: str) -> dict | None:
    """An IRI in ``row[var]`` as a link labelled with ``var_en`` / ``var_ar`` (English first)."""
    iri = _v(row, var)
    if not iri:
        return None
    en, ar = _v(row, var + "_en"), _v(row, var + "_ar")
    if en:
        return {"iri": iri, "href": href(iri), "label": en, "lang": "en", "alt": ar}
    if ar:
        return {"iri": iri, "href": href(iri), "label": ar, "lang": "ar", "alt": None}
    return {"iri": iri, "href": href(iri), "label": unquote(iri.rstrip("/").rsplit("/", 1)[-1]), "lang": None,
            "alt": None}


def article_ref(row: dict, var: str = "article") -> dict | None:
    iri = _v(row, var)
    if not iri:
        return None
    title = row.get(var + "_title")
    label = title["value"] if title else _v(row, var + "_id") or "article " + iri.rsplit("/", 1)[-1]
    lang = title.get("xml:lang") if title else None
    return {"iri": iri, "href": href(iri), "label": label, "lang": lang, "alt": None}


def evidence(row: dict) -> dict | None:
    if not row.get("sentence") or not row.get("article"):
        return None
    art = article_ref(row)
    b, e = _v(row, "begin"), _v(row, "end")
    link = f"{art['href']}?ev={b}-{e}#ev-{b}-{e}" if b is not None and e is not None else art["href"]
    return {"sentence": _v(row, "sentence"), "href": link, "article": art, "begin": int(b or 0)}


@functools.lru_cache(maxsize=1)
def vocab_labels() -> dict[str, dict[str, str]]:
    """English and Arabic labels of the ontology's terms (claim types, statuses, classes...)."""
    import rdflib

    from ..graph.ontology import ontology_graph

    out: dict[str, dict[str, str]] = {}
    for s, o in ontology_graph().subject_objects(rdflib.RDFS.label):
        if isinstance(o, rdflib.Literal) and o.language:
            out.setdefault(str(s), {}).setdefault(o.language, str(o))
    return out


def vocab(iri: str | None, lang: str = "en") -> str | None:
    if not iri:
        return None
    return vocab_labels().get(iri, {}).get(lang) or iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def amount(value: str | None) -> str | None:
    """``436000000`` -> ``436,000,000``; ``1500000.50`` -> ``1,500,000.50``."""
    if value is None:
        return None
    try:
        d = Decimal(value)
    except InvalidOperation:
        return value
    return f"{int(d):,}" if d == d.to_integral_value() else f"{d:,}"


class _Groups:
    """Rows grouped by one key variable, in first-seen order; each group a dict."""

    def __init__(self):
        self.items: dict[str, dict] = {}

    def get(self, key: str, make) -> dict:
        if key not in self.items:
            self.items[key] = make()
        return self.items[key]

    def values(self) -> list[dict]:
        return list(self.items.values())


def _add(lst: list, item) -> None:
    if item is not None and item not in lst:
        lst.append(item)


def _add_ref(lst: list, item) -> None:
    if item is not None and item["iri"] not in {r["iri"] for r in lst}:
        lst.append(item)


# --- sections ----------------------------------------------------------------------------------

def roles(iri: str, page: int = 1) -> Section:
    found = _select(iri, "?role ?title ?holder ?holder_en ?holder_ar ?state ?state_en ?state_ar " + EV_VARS,
                    _page("role", ["ckg:holder", "ckg:roleOf"], page=page) + _lookup("role", "ckg:title", "title")
                    + _lookup("role", "ckg:holder", "holder") + _labels("holder")
                    + _lookup("role", "ckg:roleOf", "state") + _labels("state") + _evidence("role"))
    g = _Groups()
    for r in found:
        item = g.get(_v(r, "role"), lambda: {"iri": _v(r, "role"), "title_ar": [], "title_en": [],
                                               "holder": ref(r, "holder"), "state": ref(r, "state"), "evidence": []})
        t = r.get("title")
        if t:
            _add(item["title_ar" if t.get("xml:lang") == "ar" else "title_en"], t["value"])
        _add(item["evidence"], evidence(r))
    # one row per title as written, holder and state (each article mints its own role)
    merged = _Groups()
    for item in g.values():
        for k in ("holder", "state"):
            if item[k] and item[k]["iri"] == iri:
                item[k] = None
        key = repr((item["title_ar"], item["holder"] and item["holder"]["iri"], item["state"] and item["state"]["iri"]))
        m = merged.get(key, lambda: {**item, "evidence": [], "title_en": []})
        for e in item["evidence"]:
            _add(m["evidence"], e)
        for t in item["title_en"]:
            _add(m["title_en"], t)
    return Section(merged.values(), found, "role")


def claims(iri: str, pred: str = "ckg:speaker", page: int = 1) -> Section:
    found = _select(iri, "?claim ?verb ?type ?content ?speaker ?speaker_en ?speaker_ar ?meeting ?meeting_en "
                         "?meeting_ar ?mdate " + EV_VARS,
                    _page("claim", [pred], "ckg:Claim", page) + _lookup("claim", "ckg:speechVerb", "verb")
                    + _lookup("claim", "ckg:claimType", "type") + _lookup("claim", "ckg:content", "content")
                    + _lookup("claim", "ckg:speaker", "speaker") + _labels("speaker")
                    + _lookup("claim", "ckg:atMeeting", "meeting") + _labels("meeting")
                    + _lookup("meeting", "ckg:date", "mdate") + _evidence("claim"))
    g = _Groups()
    for r in found:
        item = g.get(_v(r, "claim"), lambda: {
            "iri": _v(r, "claim"), "verb": _v(r, "verb"), "type": vocab(_v(r, "type")),
            "content": _v(r, "content"), "speaker": ref(r, "speaker"), "meeting": ref(r, "meeting"),
            "date": _v(r, "mdate"), "evidence": []})
        _add(item["evidence"], evidence(r))
    out = g.values()
    out.sort(key=lambda c: (c["date"] or "", *((c["evidence"][0]["article"]["iri"], -c["evidence"][0]["begin"])
                                                if c["evidence"] else ("", 0))), reverse=True)
    return Section(out, found, "claim")


def pledges(iri: str, preds: list[str], page: int = 1) -> Section:
    found = _select(iri, "?pledge ?amount ?currency ?qualifier ?status ?purpose ?donor ?donor_en ?donor_ar "
                         "?announcer ?announcer_en ?announcer_ar ?recipient ?recipient_en ?recipient_ar "
                         "?meeting ?meeting_en ?meeting_ar ?mdate " + EV_VARS,
                    _page("pledge", preds, "ckg:Pledge", page) + _lookup("pledge", "ckg:amount", "amount")
                    + _lookup("pledge", "ckg:currency", "currency") + _lookup("pledge", "ckg:qualifier", "qualifier")
                    + _lookup("pledge", "ckg:status", "status") + _lookup("pledge", "ckg:purpose", "purpose")
                    + _lookup("pledge", "ckg:donor", "donor") + _labels("donor")
                    + _lookup("pledge", "ckg:announcer", "announcer") + _labels("announcer")
                    + _lookup("pledge", "ckg:recipient", "recipient") + _labels("recipient")
                    + _lookup("pledge", "ckg:atMeeting", "meeting") + _labels("meeting")
                    + _lookup("meeting", "ckg:date", "mdate") + _evidence("pledge"))
    g = _Groups()
    for r in found:
        item = g.get(_v(r, "pledge"), lambda: {
            "iri": _v(r, "pledge"), "amount": amount(_v(r, "amount")), "raw_amount": _v(r, "amount"),
            "currency": _v(r, "currency"), "qualifier": vocab(_v(r, "qualifier")), "status": vocab(_v(r, "status")),
            "purpose": [], "donors": [], "announcers": [], "recipients": [], "meeting": ref(r, "meeting"),
            "date": _v(r, "mdate"), "evidence": []})
        _add(item["purpose"], _v(r, "purpose"))
        for var, key in (("donor", "donors"), ("announcer", "announcers"), ("recipient", "recipients")):
            _add_ref(item[key], ref(r, var))
        _add(item["evidence"], evidence(r))
        item["date"] = item["date"] or _v(r, "mdate")
        item["meeting"] = item["meeting"] or ref(r, "meeting")
    out = g.values()
    out.sort(key=lambda p: (p["date"] or "", Decimal(p["raw_amount"] or 0)), reverse=True)
    return Section(out, found, "pledge")


MEETING_ROLES = {"ckg:chair": "chair", "ckg:host": "host", "ckg:participant": "participant",
                 "ckg:observer": "observer"}


def meetings(iri: str) -> list[dict]:
    """Meetings the actor chaired, hosted, took part in or observed."""
    branches = " UNION ".join(f'{{ GRAPH ?g {{ ?meeting {p} ?x }} BIND("{name}" AS ?as) }}'
                              for p, name in MEETING_ROLES.items())
    found = _select(iri, "?meeting ?as ?meeting_en ?meeting_ar ?date",
                    f"  {{ SELECT ?x ?meeting ?as ?g WHERE {{ {branches} }} LIMIT {LIMIT} }}\n"
                    + _labels("meeting") + _lookup("meeting", "ckg:date", "date"))
    g = _Groups()
    for r in found:
        item = g.get(_v(r, "meeting"), lambda: {"meeting": ref(r, "meeting"), "as": [], "date": _v(r, "date")})
        _add(item["as"], _v(r, "as"))
    return sorted(g.values(), key=lambda m: m["date"] or "", reverse=True)


def memberships(iri: str, pred: str = "ckg:memberState", page: int = 1) -> Section:
    found = _select(iri, "?membership ?event ?state ?state_en ?state_ar ?meeting ?meeting_en ?meeting_ar ?mdate "
                         + EV_VARS,
                    _page("membership", [pred], "ckg:Membership", page)
                    + _lookup("membership", "ckg:membershipEvent", "event")
                    + _lookup("membership", "ckg:memberState", "state") + _labels("state")
                    + _lookup("membership", "ckg:atMeeting", "meeting") + _labels("meeting")
                    + _lookup("meeting", "ckg:date", "mdate") + _evidence("membership"))
    g = _Groups()
    for r in found:
        item = g.get(_v(r, "membership"), lambda: {
            "iri": _v(r, "membership"), "event": vocab(_v(r, "event")), "state": ref(r, "state"),
            "meeting": ref(r, "meeting"), "date": _v(r, "mdate"), "evidence": []})
        _add(item["evidence"], evidence(r))
    return Section(sorted(g.values(), key=lambda m: (m["date"] or "", m["state"]["label"] if m["state"] else "")),
                   found, "membership")


def mentioned_in(iri: str, page: int = 1) -> Section:
    found = _select(iri, "?article ?article_title ?article_id ?issued",
                    f"  {{ SELECT ?x ?article ?g WHERE {{ GRAPH ?g {{ ?article ckg:mentions ?x }} }} {_slice(page)} }}\n"
                    + _key("article")
                    + _lookup("article", "dct:title", "article_title") + _lookup("article", "ckg:articleId", "article_id")
                    + _lookup("article", "dct:issued", "issued"))
    g = _Groups()
    for r in found:
        g.get(_v(r, "article"), lambda: {"article": article_ref(r), "issued": _v(r, "issued")})
    return Section(sorted(g.values(), key=lambda a: (a["issued"] or "", a["article"]["label"]), reverse=True),
                   found, "article")


MEETING_REFS = ", ".join(f"ckg:{p}" for p in ("heldIn", "heldInCountry", "chair", "host", "participant", "observer",
                                               "memberCount", "datePrecision"))


def meeting_facts(iri: str) -> dict:
    """Place, date (with where it came from), chairs, member count and reporting articles: each
    article graph repeats the meeting's place and participants, so those are made distinct before
    their labels are looked up; dates are read per graph (with that graph's date sources)."""
    found = _select(iri, "?p ?o ?o_en ?o_ar ?o_title ?o_id",
                    f"  {{ {{ SELECT DISTINCT ?x ?p ?o WHERE {{ GRAPH ?g {{ ?x ?p ?o }} FILTER(?p IN ({MEETING_REFS})) }}"
                    f" LIMIT {LIMIT} }}\n" + _labels("o") + "  } UNION {\n"
                    "  GRAPH ?g { ?x ?p ?o } FILTER(?p IN (ckg:date, ckg:dateSource))\n  } UNION {\n"
                    f"  {{ SELECT ?x ?g ?o WHERE {{ GRAPH ?g {{ ?x ckg:reportedIn ?o }} }} LIMIT {LIMIT} }}\n"
                    "  BIND(ckg:reportedIn AS ?p)\n" + _key("o") + _lookup("o", "dct:title", "o_title")
                    + _lookup("o", "ckg:articleId", "o_id") + "  }\n")
    out = {"city": [], "country": [], "dates": {}, "precision": [], "chairs": [], "hosts": [], "participants": [],
           "observers": [], "member_count": [], "articles": []}
    refs = {"heldIn": "city", "heldInCountry": "country", "chair": "chairs", "host": "hosts",
            "participant": "participants", "observer": "observers"}
    by_graph_source = {}
    for r in found:
        p = _v(r, "p")
        if not p.startswith(CKG_NS):
            continue
        name = p[len(CKG_NS):]
        if name in refs:
            _add_ref(out[refs[name]], ref(r, "o"))
        elif name == "reportedIn":
            _add_ref(out["articles"], article_ref({"article": r["o"], "article_title": r.get("o_title"),
                                                   "article_id": r.get("o_id")}))
        elif name == "memberCount":
            _add(out["member_count"], _v(r, "o"))
        elif name == "datePrecision":
            _add(out["precision"], _v(r, "o"))
        elif name == "dateSource":
            by_graph_source.setdefault(_v(r, "g"), []).append(_v(r, "o"))
    for r in found:  # each date with the sources the graphs that state it give
        if _v(r, "p") == CKG_NS + "date":
            srcs = out["dates"].setdefault(_v(r, "o"), [])
            for s in by_graph_source.get(_v(r, "g"), []):
                _add(srcs, s)
    out["member_count"] = [amount(c) for c in out["member_count"]]
    return out


def outlets(articles: list[str]) -> dict[str, set[str]]:
    """Each article's outlets: the outlet names of its publications (a publication without one
    counts as an outlet of its own, by its source)."""
    articles = sorted(set(articles))[:LIMIT]
    if not articles:
        return {}
    values = " ".join(f"<{NamedNode(a).value}>" for a in articles)  # IRIs read from the store, validated
    _, found, _ = rows(f"""{prefixes_sparql()}SELECT ?a ?pub ?outlet ?source WHERE {{ VALUES ?a {{ {values} }}
  GRAPH ?g {{ ?a ckg:publication ?pub }}
  OPTIONAL {{ GRAPH ?g {{ ?pub ckg:publishedBy ?outlet }} }}
  OPTIONAL {{ GRAPH ?g {{ ?pub dct:source ?source }} }} }}""")
    out: dict[str, set[str]] = {a: set() for a in articles}
    for r in found:
        out[_v(r, "a")].add(_v(r, "outlet") or _v(r, "source") or _v(r, "pub"))
    return out


def reach(items: list[dict], by_article: dict[str, set[str]]) -> None:
    """``item["reach"]``: how many articles and outlets report each fact (its evidence's articles)."""
    for it in items:
        arts = {e["article"]["iri"] for e in it.get("evidence", [])}
        it["reach"] = {"articles": len(arts), "outlets": len(set().union(*(by_article.get(a, set()) for a in arts)))}


def types_of(facts: list[dict]) -> list[str]:
    return sorted({f["o"]["value"] for f in facts
                   if f["p"]["value"] == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"})


def build(iri: str, facts: list[dict], page: int = 1) -> dict | None:
    """The profile of an actor or a meeting (None for other resources: claims, pledges, ...), one
    page of each section; ``more``: some section's page was full."""
    out = _build(iri, facts, page)
    if out is not None:
        out["more"] = any(getattr(v, "more", False) for v in out.values())
    return out


def _build(iri: str, facts: list[dict], page: int) -> dict | None:
    types = set(types_of(facts))
    if types & MEETING_TYPES:
        out = {"kind": "meeting", "meeting": meeting_facts(iri),
               "pledges": pledges(iri, ["ckg:atMeeting"], page), "claims": claims(iri, "ckg:atMeeting", page),
               "memberships": memberships(iri, "ckg:atMeeting", page)}
        arts = [a["iri"] for a in out["meeting"]["articles"]]
        by_article = outlets(arts + [e["article"]["iri"] for p in out["pledges"] for e in p["evidence"]])
        reach(out["pledges"], by_article)
        out["meeting"]["reach"] = {"articles": len(set(arts)),
                                   "outlets": len(set().union(*(by_article.get(a, set()) for a in arts)))}
        return out
    if types & ACTOR_TYPES:
        out = {"kind": "actor", "roles": roles(iri, page), "claims": claims(iri, page=page),
               "pledges": pledges(iri, ["ckg:donor", "ckg:announcer"], page), "meetings": meetings(iri),
               "memberships": memberships(iri, page=page) if CKG_NS + "State" in types else [],
               "mentioned_in": mentioned_in(iri, page)}
        # where the actor spoke or pledged, too, when the graph does not list it as a participant
        seen = {m["meeting"]["iri"] for m in out["meetings"]}
        for what, items in (("speaker", out["claims"]), ("pledged", out["pledges"])):
            for it in items:
                m = it["meeting"]
                if not m:
                    continue
                if m["iri"] not in seen:
                    seen.add(m["iri"])
                    out["meetings"].append({"meeting": m, "as": [], "date": it["date"]})
                entry = next(x for x in out["meetings"] if x["meeting"]["iri"] == m["iri"])
                _add(entry["as"], what)
        out["meetings"].sort(key=lambda m: m["date"] or "", reverse=True)
        reach(out["pledges"], outlets([e["article"]["iri"] for p in out["pledges"] for e in p["evidence"]]))
        return out
    return None


# --- article pages ---------------------------------------------------------------------------

SKIP = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/ns/prov#wasDerivedFrom",
        CKG_NS + "evidence", CKG_NS + "reportedIn"}


def publications(iri: str) -> list[dict]:
    """Each source of the article: outlet, publication date, URL, source and title."""
    g = f"<{GRAPH_NS}article/{iri.rsplit('/', 1)[-1]}>"
    found = _select(iri, "?pub ?source ?url ?outlet ?issued ?title",
                    f"  GRAPH {g} {{ ?x ckg:publication ?pub }}\n"
                    + "".join(f"  OPTIONAL {{ GRAPH {g} {{ ?pub {p} ?{v} }} }}\n" for p, v in (
                        ("dct:source", "source"), ("schema:url", "url"), ("ckg:publishedBy", "outlet"),
                        ("dct:issued", "issued"), ("dct:title", "title"))))
    return sorted(({k: _v(r, k) for k in ("source", "url", "outlet", "issued", "title")} for r in found),
                  key=lambda p: (p["issued"] or "", p["source"] or ""))


def article_facts(iri: str) -> list[dict]:
    """The facts read from the article (in its own graph), each with its values and the spans of
    its evidence."""
    g = f"<{GRAPH_NS}article/{iri.rsplit('/', 1)[-1]}>"
    found = _select(iri, "?fact ?p ?o",
                    f"  {{ SELECT ?x ?fact WHERE {{ GRAPH {g} {{ ?fact prov:wasDerivedFrom ?x }} }} LIMIT {LIMIT} }}\n"
                    f"  GRAPH {g} {{ ?fact ?p ?o }}\n")
    facts = _Groups()
    for r in found:
        # a meeting is typed in the shared graph, not in the article's
        f = facts.get(_v(r, "fact"), lambda: {"iri": _v(r, "fact"), "values": [], "evidence": [],
                                              "type": CKG_NS + "Meeting" if "/meeting/" in _v(r, "fact") else None})
        p = _v(r, "p")
        if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            f["type"] = _v(r, "o")
        elif p == CKG_NS + "evidence":
            _add(f["evidence"], _v(r, "o"))
        elif p not in SKIP:
            f["values"].append({"p": p, "o": r["o"]})
    spans = _spans(g)
    out = facts.values()
    for f in out:
        f["spans"] = sorted({spans[e] for e in f["evidence"] if e in spans}, key=lambda s: s["begin"])
        f["values"].sort(key=lambda v: v["p"])
    return sorted(out, key=lambda f: (f["spans"][0]["begin"] if f["spans"] else 1 << 30, f["type"] or ""))


def _spans(g: str) -> dict[str, dict]:
    _, found, _ = rows(f"""{prefixes_sparql()}SELECT ?ev ?begin ?end ?sentence WHERE {{ GRAPH {g} {{
  ?ev nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?sentence }} }} LIMIT 5000""")
    return {_v(r, "ev"): _Span(int(_v(r, "begin")), int(_v(r, "end")), _v(r, "sentence")) for r in found}


class _Span(dict):
    """An evidence span (hashable, so a fact lists each span once)."""

    def __init__(self, begin: int, end: int, sentence: str):
        super().__init__(begin=begin, end=end, sentence=sentence, anchor=f"ev-{begin}-{end}")

    def __hash__(self):
        return hash((self["begin"], self["end"]))
