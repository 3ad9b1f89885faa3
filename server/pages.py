"""HTML pages: home, canned-query pages, the YASGUI editor, search, and entity pages at the
entity IRIs (``https://w3id.org/coalition-kg/id/...`` is served here at ``/id/...``).

Everything shown comes from the graph, i.e. from news text: Jinja autoescaping is on, and the
article text with highlighted evidence is built from escaped pieces (markupsafe).
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlencode

from flask import Blueprint, Response, abort, current_app, render_template, request, send_from_directory
from markupsafe import Markup, escape

from pyoxigraph import NamedNode

from ..graph.sparql import Job
from ..graph.vocab import CKG_NS, ID_NS, PREFIXES, prefixes_sparql

from . import i18n, names, profile
from .errors import error
from .formats import best
from .api import bind_or_400
from .querying import ext, rows, run

bp = Blueprint("pages", __name__, template_folder="templates")
KIND = re.compile(r"^[A-Za-z0-9_-]+$")


def short(iri: str) -> str:
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and p not in ("id",):
            return f"{p}:{iri[len(ns):]}"
    return iri


def local_href(iri: str) -> str:
    """Entity IRIs link to their page on this server; others to themselves."""
    return "/id/" + iri[len(ID_NS):] if iri.startswith(ID_NS) else iri


@bp.app_template_filter("term")
def term_html(t: dict | None) -> Markup:
    """A SPARQL JSON term as HTML: IRIs as links, literals with their language and direction.
    Built with ``escape`` and an f-string: a result page calls this for every cell, and
    ``Markup.format`` cost 25 us a cell (a page of 500 rows: ~60 ms)."""
    if not t:
        return Markup("")
    if t["type"] == "uri":
        from urllib.parse import unquote

        iri = t["value"]
        label = names.index().label(iri, i18n.lang()) if iri.startswith(ID_NS) else None
        if iri.startswith(CKG_NS):  # ontology terms (claim types, statuses) by their labels
            label = profile.vocab(iri, i18n.lang())
        if not label:  # else the entity's label in the page's language, its IRI on hover
            label = unquote(short(iri)) if iri.startswith(ID_NS) else short(iri)
        return Markup(f'<a href="{escape(local_href(iri))}" title="{escape(iri)}" dir="auto">{escape(label)}</a>')
    lang = t.get("xml:lang")
    if lang:
        return Markup(f'<span lang="{escape(lang)}" dir="{"rtl" if lang == "ar" else "ltr"}">{escape(t["value"])}</span>')
    return Markup(f'<span dir="auto">{escape(t["value"])}</span>')


@bp.app_context_processor
def globals_():
    lang = i18n.lang()
    other = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"] + [("lang", "ar" if lang == "en" else "en")]
    return {"queries": ext()["queries"], "cfg": current_app.config, "t": i18n.t, "lang": lang,
            "vocab_label": lambda iri: profile.vocab(iri, lang),
            "other_lang_query": urlencode(other)}


@bp.after_app_request
def remember_lang(resp):
    return i18n.remember(resp)


def title_of(q) -> str:
    return q.title_ar if i18n.lang() == "ar" and q.title_ar else q.title


@bp.get("/")
def home():
    _, counts, _ = rows(prefixes_sparql() + """
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?kind ?class) { ("articles" ckg:Article) ("meetings" ckg:Meeting) ("meetings" ckg:MinisterialMeeting)
    ("meetings" ckg:SmallGroupMeeting) ("states" ckg:State) ("persons" ckg:Person)
    ("organisations" ckg:Organization) ("pledges" ckg:Pledge) ("claims" ckg:Claim) }
  ?x a ?class
} GROUP BY ?kind""")
    from . import charts

    return render_template("home.html", counts={r["kind"]["value"]: r["n"]["value"] for r in counts},
                           charts=charts.home_charts())


@bp.get("/queries/<name>")
def query_page(name):
    q = ext()["queries"].get(name) or abort(404)
    values = {p.name: request.args.get(p.name, "" if p.default is None else str(p.default)) for p in q.params}
    subs = {k.value: v for k, v in bind_or_400(q, {k: v for k, v in values.items() if v}).items()}
    page = max(request.args.get("page", 1, type=int), 1)
    paged = not OWN_LIMIT.search(q.text)
    skip = (page - 1) * QUERY_PAGE
    text = f"{q.text}\nLIMIT {QUERY_PAGE + 1} OFFSET {skip}" if paged else q.text
    res = run(Job(text, substitutions=subs))
    import json

    data = json.loads(res.body)
    from . import charts

    idx = names.index()
    completions = {p.name: sorted({idx.label(e, i18n.lang()) or "" for e in idx.labels
                                   if idx.fits(e, p.kind)} - {""})[:COMPLETIONS]
                   for p in q.params if p.type == "entity"}
    found = data["results"]["bindings"][0 if paged else skip:]
    shown = found[:QUERY_PAGE]
    pages = {"page": page, "first": skip + 1, "last": skip + len(shown), "more": len(found) > QUERY_PAGE,
             "link": lambda n: "?" + urlencode([(k, v) for k, v in request.args.items(multi=True) if k != "page"]
                                               + [("page", n)])}
    return render_template("query.html", q=q, values=values, vars=data["head"]["vars"], rows=shown, pages=pages,
                           res=res, chart=charts.for_query(name, data) if page == 1 else "",
                           completions=completions, title=title_of(q))


COMPLETIONS = 2000  # names offered in a form's datalist (the rest through /api/names)
# A query page shows one page of rows: rendering costs ~90 us a row. A query without a LIMIT of
# its own is asked for that page (LIMIT/OFFSET after its ORDER BY: nothing past the page is
# serialised, and the sort keeps only the top rows; copresence without an actor on 1M quads:
# 0.32 -> 0.26 s of CPU). A query with one is run whole and sliced here: which rows its inner
# LIMIT finds first depends on the plan, and an added LIMIT changes the plan (disagreements gave
# another 1,000 versions than its API answer did). Charts (aggregates of a few hundred rows:
# meetings, membership, pledges per meeting) draw page 1.
QUERY_PAGE = 500
OWN_LIMIT = re.compile(r"\b(LIMIT|OFFSET)\s+\d+", re.IGNORECASE)


@bp.get("/editor")
def editor():
    return render_template("editor.html", examples={n: q.text for n, q in ext()["queries"].items()})


def _yasgui_dir() -> Path:
    if current_app.config["YASGUI_DIR"]:
        return Path(current_app.config["YASGUI_DIR"])
    here = Path(__file__).resolve().parent
    for base in (here.parent, Path.cwd()):  # the source tree (editable install) or where run.sh runs
        d = base / "node_modules" / "@triply" / "yasgui" / "build"
        if d.is_dir():
            return d
    return here.parent / "node_modules" / "@triply" / "yasgui" / "build"


@bp.get("/yasgui/<path:name>")
def yasgui_asset(name):
    d = _yasgui_dir()
    if not d.is_dir():
        abort(error(404, "the SPARQL editor (YASGUI) is not installed on this server",
                    "the operator runs `npm ci --omit=dev` in the project folder"))
    return send_from_directory(d, name, max_age=3600)


@bp.get("/search")
def search():
    q = request.args.get("q", "").strip()
    found, sparql = [], ""
    if q:
        sparql = prefixes_sparql() + """SELECT ?q ?entity (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
  GRAPH <https://w3id.org/coalition-kg/graph/entities> {
    ?entity rdfs:label|skos:altLabel|skos:prefLabel ?l ; a ?t .
  }
  FILTER(ckg:matches(?l, ?q))
} GROUP BY ?q ?entity ORDER BY ?label LIMIT 200"""
        from pyoxigraph import Literal

        _, found, _ = rows(sparql, q=Literal(q))
    return render_template("search.html", q=q, found=found, sparql=sparql)


# --- entity pages --------------------------------------------------------------------------------

TURTLE_TYPES = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]


@bp.get("/id/<kind>/<path:local>")
def entity(kind, local):
    if not KIND.match(kind):
        abort(404)
    iri = f"{ID_NS}{kind}/{quote(local, safe='-_.~')}"
    mt = best(["text/html"] + TURTLE_TYPES)
    if mt in TURTLE_TYPES:
        res = run(Job(f"CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}", graph_format=mt))
        return Response(res.body, content_type=mt, headers={"Vary": "Accept"})
    x = NamedNode(iri)
    page = max(request.args.get("page", 1, type=int), 1)
    desc, facts, incoming, evidence = _raw(x, page)
    if not desc and not facts and not incoming:
        abort(404)
    labels = {}
    for f in desc:
        if f["p"]["value"].endswith("#label") and f["o"].get("xml:lang"):
            labels.setdefault(f["o"]["xml:lang"], f["o"]["value"])
    wikidata = sorted({f["o"]["value"] for f in desc if f["o"]["value"].startswith("http://www.wikidata.org/entity/")})
    article_html = None
    if kind == "article":
        _, t, _ = rows(f"{prefixes_sparql()}SELECT ?text WHERE {{ <{iri}> ckg:text ?text }} LIMIT 1")
        _, spans, _ = rows(f"""{prefixes_sparql()}
SELECT DISTINCT ?ev ?begin ?end WHERE {{ ?ev nif:referenceContext <{iri}> ; nif:beginIndex ?begin ; nif:endIndex ?end }}
ORDER BY ?begin""")
        if t:
            article_html = highlight(t[0]["text"]["value"],
                                     [(int(s["begin"]["value"]), int(s["end"]["value"])) for s in spans],
                                     request.args.get("ev"))
    types = [{"iri": t, "en": profile.vocab(t), "ar": profile.vocab(t, "ar")} for t in profile.types_of(desc)]
    article = None
    if kind == "article":
        article = {"publications": profile.publications(iri), "facts": profile.article_facts(iri),
                   "title": next((f["o"]["value"] for f in desc if f["p"]["value"].endswith("/title")), None)}
    prof = profile.build(iri, desc, page) if kind != "article" else None
    more = (prof or {}).get("more") or any(len(r) >= profile.PAGE for r in (facts, incoming, evidence))
    return render_template("entity.html", iri=iri, kind=kind, labels=labels, facts=facts, incoming=incoming,
                           evidence=evidence, wikidata=wikidata, article_html=article_html, types=types,
                           profile=prof, article=article, page=page, more=more,
                           page_size=profile.PAGE)


# The head of a page (types, labels, Wikidata link, title) reads the few statements that describe
# the resource; the raw tables are one page each (limited before they are sorted: sorting compares
# terms by their strings, and a much-mentioned entity is the object of thousands of statements).
DESCRIBING = "rdf:type, rdfs:label, owl:sameAs, dct:title"


def _raw(x: NamedNode, page: int) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """(description, statements about x, statements pointing at x, evidence): one page of each."""
    head, cut = prefixes_sparql(), f"LIMIT {profile.PAGE} OFFSET {(page - 1) * profile.PAGE}"
    _, desc, _ = rows(f"""{head}SELECT DISTINCT ?x ?p ?o WHERE {{ GRAPH ?g {{ ?x ?p ?o }} FILTER(?p IN ({DESCRIBING})) }}
ORDER BY ?p ?o""", x=x)
    _, facts, _ = rows(f"""{head}SELECT ?x ?g ?p ?o WHERE {{
  {{ SELECT ?x ?g ?p ?o WHERE {{ GRAPH ?g {{ ?x ?p ?o }} FILTER(?p != ckg:text) }} {cut} }} }} ORDER BY ?p ?o""", x=x)
    _, incoming, _ = rows(f"""{head}SELECT ?x ?s ?p ?g WHERE {{
  {{ SELECT DISTINCT ?x ?s ?p ?g WHERE {{ GRAPH ?g {{ ?s ?p ?x }} }} {cut} }} }} ORDER BY ?p ?s""", x=x)
    # the evidence of the resource itself and of the facts about it: one page of (fact, evidence)
    # pairs, then single-pattern lookups from keys in each fact's own graph (see profile.py). The
    # BOUND test sits in the group of the OPTIONAL it tests: a FILTER holds for its whole group,
    # and at the top it ran after the anchor lookup had bound ?ev to every evidence of the graph
    # (an article that only mentions the entity listed all its sentences as the entity's evidence)
    _, evidence, _ = rows(f"""{head}SELECT DISTINCT ?x ?fact ?ev ?anchor ?begin ?end ?article ?title WHERE {{
  {{ SELECT ?x ?fact ?g ?ev WHERE {{
      {{ GRAPH ?g {{ ?fact ?p ?x }} OPTIONAL {{ GRAPH ?g {{ ?fact ckg:evidence ?ev }} }} FILTER(BOUND(?ev)) }}
      UNION {{ GRAPH ?g {{ ?x ckg:evidence ?ev }} BIND(?x AS ?fact) }} }} {cut} }}
  BIND(COALESCE(?ev, <urn:x-ckg:none>) AS ?ev_k)
  OPTIONAL {{ GRAPH ?g {{ ?ev_k nif:anchorOf ?anchor }} }}
  OPTIONAL {{ GRAPH ?g {{ ?ev_k nif:beginIndex ?begin }} }}
  OPTIONAL {{ GRAPH ?g {{ ?ev_k nif:endIndex ?end }} }}
  OPTIONAL {{ GRAPH ?g {{ ?ev_k nif:referenceContext ?article }} }}
  BIND(COALESCE(?article, <urn:x-ckg:none>) AS ?article_k)
  OPTIONAL {{ GRAPH ?g {{ ?article_k dct:title ?title }} }}
  FILTER(BOUND(?anchor) && BOUND(?article))
}} ORDER BY ?article ?begin ?fact""", x=x)
    return desc, facts, incoming, evidence


def highlight(text: str, spans: list[tuple[int, int]], current: str | None = None) -> Markup:
    """The article text, escaped, with each evidence span in a ``<mark id="ev-B-E">``."""
    out, pos = [], 0
    for b, e in sorted(set(spans)):
        if b < pos or e > len(text) or b >= e:
            continue  # overlapping or out of range: leave that span unmarked
        out.append(escape(text[pos:b]))
        cls = ' class="current"' if current == f"{b}-{e}" else ""
        out.append(Markup('<mark id="ev-{0}-{1}"{2}>{3}</mark>').format(b, e, Markup(cls), text[b:e]))
        pos = e
    out.append(escape(text[pos:]))
    return Markup("").join(out)


# --- the ontology at its namespace IRI ------------------------------------------------------------
# https://w3id.org/coalition-kg/ontology (and its version IRI .../ontology/0.2.0) is served here at
# /ontology by content negotiation; /ontology.ttl etc. are direct links to one representation.

ONTOLOGY_EXTENSIONS = {"ttl": "text/turtle", "rdf": "application/rdf+xml", "owl": "application/rdf+xml",
                       "jsonld": "application/ld+json", "nt": "application/n-triples", "html": "text/html"}


def _ontology_version() -> str:
    """The version the ontology file declares (owl:versionInfo), e.g. 0.2.0."""
    import rdflib

    from ..graph.ontology import ONTOLOGY_IRI, ontology_graph

    return str(ontology_graph().value(rdflib.URIRef(ONTOLOGY_IRI), rdflib.OWL.versionInfo) or "")


def _ontology_response(mtype: str, negotiated: bool) -> Response:
    from ..graph.ontology import ontology_doc

    body, ctype = ontology_doc(mtype)
    links = ", ".join(f'</ontology.{ext}>; rel="alternate"; type="{mt}"'
                      for ext, mt in ONTOLOGY_EXTENSIONS.items() if ext != "owl")
    headers = {"Link": links}
    if negotiated:
        headers["Vary"] = "Accept"
    return Response(body, content_type=ctype, headers=headers)


@bp.get("/ontology")
@bp.get("/ontology/<version>")
def ontology(version=None):
    """HTML for browsers, Turtle / RDF/XML / JSON-LD / N-Triples by the Accept header; 406 else."""
    from ..graph.ontology import ALIASES, OFFERED

    if version is not None and version != _ontology_version():
        abort(error(404, f"no ontology version {version}; this server has {_ontology_version()} "
                         f"(/ontology/{_ontology_version()})"))
    mtype = best(OFFERED, ALIASES)
    if mtype is None:
        abort(error(406, f"the ontology is offered as {', '.join(OFFERED)}", Vary="Accept"))
    return _ontology_response(mtype, negotiated=True)


@bp.get("/ontology.<ext>")
def ontology_file(ext):
    mtype = ONTOLOGY_EXTENSIONS.get(ext) or abort(404)
    return _ontology_response(mtype, negotiated=False)


# --- where sources disagree ----------------------------------------------------------------------

@bp.get("/disagreements")
def disagreements():
    """The ``disagreements`` canned query, each disputed fact with its versions side by side."""
    import json

    q = ext()["queries"]["disagreements"]
    values = {k: v for k, v in request.args.items() if k in {p.name for p in q.params} and v}
    subs = {k.value: v for k, v in bind_or_400(q, values).items()}
    data = json.loads(run(Job(q.text, substitutions=subs)).body)
    return render_template("disagreements.html", facts=group_versions(data["results"]["bindings"]),
                           values=values, q=q)


def _aspect_label(aspect: str) -> str:
    """The aspect by the ontology's label in the page's language (``memberCount`` -> member count)."""
    return profile.vocab(CKG_NS + ("Pledge" if aspect == "pledge" else aspect), i18n.lang()) or aspect


def _shown(aspect: str, term: dict) -> dict:
    """A pledge's ``amount currency`` with the amount grouped by thousands."""
    if aspect != "pledge":
        return term
    amount, _, currency = term["value"].partition(" ")
    return {**term, "value": f"{profile.amount(amount)} {currency}"}


def group_versions(found: list[dict]) -> list[dict]:
    """Rows of the ``disagreements`` query as facts (meeting, aspect, donor), each with its
    versions (value), each version with its articles, outlets and evidence."""
    facts: dict[tuple, dict] = {}
    for r in found:
        v = {k: t["value"] for k, t in r.items()}
        key = (v["meeting"], v["aspect"], v.get("donor"))
        fact = facts.setdefault(key, {"meeting": r["meeting"], "aspect": v["aspect"], "donor": r.get("donor"),
                                      "aspect_label": _aspect_label(v["aspect"]), "versions": {}})
        ver = fact["versions"].setdefault(v["value"], {"value": _shown(v["aspect"], r["value"]), "reports": [],
                                                       "outlets": set()})
        ver["reports"].append({"article": r.get("article"), "title": v.get("articleTitle"), "evidence": v.get("evidence"),
                               "outlets": v.get("outlets", ""), "date_source": v.get("dateSource")})
        ver["outlets"] |= {o for o in v.get("outlets", "").split(" | ") if o}
    out = []
    for fact in facts.values():
        fact["versions"] = sorted(fact["versions"].values(), key=lambda x: -len(x["reports"]))
        if len(fact["versions"]) > 1:  # a version alone was disputed only by an article in another fact
            out.append(fact)
    return out
