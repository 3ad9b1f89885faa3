"""The SPARQL 1.1 Protocol (query and update) at /sparql and the Graph Store Protocol at /store.

Reads run in the query worker pool (time limit, row cap). Writes are off unless the server was
given an update token; then a request bearing ``Authorization: Bearer TOKEN`` may write. The
server never writes the store it reads: each write is applied in place to the store's one
``WriteHead`` (``graph/store.py``; in whichever server process holds it) and published as a new
generation, a checkpoint of the head; readers reopen the new ``current`` generation on their
next query. A write that fails publishes nothing.
An update's ``using-graph-uri`` / ``using-named-graph-uri`` become USING / USING NAMED clauses on
each operation with a WHERE (``update_dataset.py``; pyoxigraph's update takes no dataset).
"""
from __future__ import annotations

import hmac
import uuid

from flask import Blueprint, Response, abort, current_app, request, url_for
from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, Triple, parse, serialize

from ..graph.export import render_graph
from ..graph.netjail import run_offline
from ..graph.sparql import MATCHES, Job
from ..graph.store import Reader, StoreError, write_op

from . import guard, update_dataset
from .formats import GRAPHS, NotAcceptable, best, negotiate
from .errors import error
from .querying import ext, respond, run

bp = Blueprint("protocol", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


# --- /sparql ---------------------------------------------------------------------------------

def _utf8_body() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        abort(error(400, f"the body must be UTF-8 (got charset={charset})"))
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError as exc:
        abort(error(400, f"the body is not valid UTF-8: {exc}"))


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        abort(error(400, f"give exactly one '{name}' parameter (got {len(values)})"))
    return values[0] if values else None


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    query = update = None
    if request.method in ("GET", "HEAD"):
        if request.args.getlist("update"):
            abort(error(400, "SPARQL Update must be sent with POST"))
        query = _one(request.args.getlist("query"), "query")
        if query is None:
            return service_description()
    elif request.mimetype == FORM:
        query = _one(request.form.getlist("query"), "query")
        update = _one(request.form.getlist("update"), "update")
        if query is not None and update is not None:
            abort(error(400, "give either 'query' or 'update', not both"))
        if query is None and update is None:
            abort(error(400, "the form has neither a 'query' nor an 'update' parameter"))
    elif request.mimetype == QUERY_TYPE:
        query = _utf8_body()
    elif request.mimetype == UPDATE_TYPE:
        update = _utf8_body()
    else:
        abort(error(415, f"POST a form ({FORM}), {QUERY_TYPE} or {UPDATE_TYPE}; "
                              f"got {request.mimetype or 'no Content-Type'}"))
    if update is not None:
        return _update(update)
    return _query(query)


def _dataset(prefix: str) -> tuple[list[str] | None, list[str] | None]:
    names = ("default-graph-uri", "named-graph-uri") if prefix == "" else ("using-graph-uri", "using-named-graph-uri")
    default, named = (request.values.getlist(n) for n in names)
    for name, iris in zip(names, (default, named)):
        for iri in iris:
            try:
                NamedNode(iri)
            except ValueError as exc:
                abort(error(400, f"{name} must be an absolute IRI", f"{iri[:200]!r}: {exc}"))
    return (default or None), (named or None)


def _query(query: str) -> Response:
    try:
        results_fmt, graph_fmt = negotiate(request.values.get("format"))
    except NotAcceptable as exc:
        abort(error(406, str(exc)))
    default, named = _dataset("")
    if named is not None and default is None:
        default = [""]  # only named graphs given: the default graph is then the store's own (empty)
    if default is not None and named is None:
        named = []  # a protocol dataset replaces the whole dataset, FROM NAMED included
    job = Job(query, results_format=results_fmt, graph_format=graph_fmt, default_graph=default,
              named_graphs=named, base_iri=request.base_url)
    return respond(run(job))


# --- writes: authorisation and the single writer ------------------------------------------------

def require_writer() -> None:
    token = current_app.config["UPDATE_TOKEN"]
    if not token:
        abort(error(403, "writes are disabled on this server (start it with --update-token "
                              "or COALITION_KG_UPDATE_TOKEN to enable SPARQL Update and Graph Store writes)"))
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(error(401, "writes need 'Authorization: Bearer <token>'",
                         **{"WWW-Authenticate": 'Bearer realm="coalition-kg"'}))
    if not hmac.compare_digest(auth[7:].strip().encode(), token.encode()):
        abort(error(403, "wrong update token"))


def write(op, *args):
    """``op(store, *args)`` on the store's write head (``graph/store.py``): what it returns once it
    is current; nothing of it if it raises."""
    try:
        return ext()["storedir"].head().write(op, *args)
    except StoreError as exc:
        abort(error(503, f"the store is being written by another process, try again: {exc}",
                         **{"Retry-After": "5"}))


def _update(text: str) -> Response:
    require_writer()
    cfg = current_app.config
    try:
        text = guard.check_update(text, max_depth=int(cfg["MAX_DEPTH"]))
    except guard.BadRequest as exc:
        abort(error(400, f"malformed update: {exc}"))
    except guard.Refused as exc:
        abort(error(403, f"refused: {exc}"))
    # parse first, on an empty in-memory store, so a syntax error never reaches the store
    _precheck(text)
    using, using_named = _dataset("using")
    if using or using_named:
        # the protocol's update dataset: USING / USING NAMED on every operation with a WHERE
        try:
            rewritten = update_dataset.with_dataset(text, using, using_named)
        except (update_dataset.Conflict, update_dataset.BadGraph) as exc:
            abort(error(400, str(exc)))
        if rewritten != text:
            _precheck(rewritten, "the update with the using-graph-uri / using-named-graph-uri clauses "
                                 "added is malformed")
            text = rewritten
    try:
        write(run_update, text, request.base_url)
    except SyntaxError as exc:
        abort(error(400, f"malformed update: {exc}"))
    except (OSError, RuntimeError) as exc:  # e.g. CREATE GRAPH of a graph that exists
        abort(error(400, f"update failed: {exc}"))
    return Response(status=204)


# --- the writes, as the process holding the write head runs them (arguments, results: JSON) ------

@write_op
def run_update(store, text: str, base: str) -> None:
    run_offline(lambda: store.update(text, base_iri=base))


@write_op
def drop_graph(store, graph: str | None) -> bool:
    """GSP DELETE; whether the graph was there."""
    g = _graph(graph)
    if not _exists(store, g):
        return False
    _clear(store, g)
    return True


@write_op
def load_graph(store, graph: str | None, ntriples: str, replace: bool, new: bool) -> bool:
    """GSP PUT (``replace``) or POST; whether the graph was there (never, for a ``new`` one)."""
    g = _graph(graph)
    existed = _exists(store, g) and not new
    if replace and existed:
        _clear(store, g)
    if isinstance(g, NamedNode) and not store.contains_named_graph(g):
        store.add_graph(g)
    triples = parse(ntriples.encode(), format=RdfFormat.N_TRIPLES)
    store.extend(Quad(t.subject, t.predicate, t.object, g) for t in triples)
    return existed


def _graph(iri: str | None):
    return DefaultGraph() if iri is None else NamedNode(iri)


def _clear(store, g) -> None:
    if isinstance(g, DefaultGraph):
        store.clear_graph(g)
    else:
        store.remove_graph(g)


def _precheck(text: str, what: str = "malformed update") -> None:
    """Parse (and run) the update on an empty in-memory store, on a thread with no network."""
    base = request.base_url
    try:
        run_offline(lambda: Store().update(text, base_iri=base))
    except SyntaxError as exc:
        abort(error(400, f"{what}: {exc}"))
    except (OSError, RuntimeError):
        pass  # e.g. operations on graphs the empty store lacks: the real run decides


# --- service description -----------------------------------------------------------------------

SD_TEMPLATE = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
@prefix void: <http://rdfs.org/ns/void#> .

[] a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query{update_lang} ;
  sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
      formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:JSON-LD, formats:RDF_XML ;
  sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;
  sd:extensionFunction <{matches}> ;
  rdfs:comment \"\"\"Coalition KG: Arabic news about the Global Coalition to Defeat ISIS. The default graph is the union of all graphs. Limits: {timeout:g} s per query, {cap} rows per result. SERVICE only to: {allow}. LOAD is refused.\"\"\" ;
  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .

<{matches}> a sd:Function ;
  rdfs:label "matches" ;
  rdfs:comment \"\"\"ckg:matches(?text, "query") is true when every word of the query matches a word of ?text after Arabic normalisation: hamza/alef forms, alef maqsura/ya, ta marbuta/ha, diacritics and tatweel are folded, clitics (wa-, bi-, li-, al-, ...) stripped and long vowels made optional (so "بلينكين" matches "أنتوني بلينكن"). Latin text is compared case-insensitively. Example: FILTER(ckg:matches(?label, "بلينكين")) with PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>.\"\"\" .
"""


def service_description() -> Response:
    choice = best(list(GRAPHS) + ["text/html"])
    if choice == "text/html":
        from flask import redirect

        return redirect(url_for("pages.editor"))
    if choice is None:
        abort(error(406, f"the service description is offered as {', '.join(list(GRAPHS)[:4])}"))
    cfg = current_app.config
    ttl = SD_TEMPLATE.format(
        endpoint=request.base_url, matches=MATCHES.value, timeout=float(cfg["QUERY_TIMEOUT"]),
        cap=cfg["ROW_CAP"], allow=", ".join(cfg["SERVICE_ALLOWLIST"]) or "none",
        update_lang=", sd:SPARQL11Update" if cfg["UPDATE_TOKEN"] else "")
    mt = GRAPHS[choice]
    body = ttl.encode() if mt == "text/turtle" else serialize(parse(ttl.encode(), format=RdfFormat.TURTLE),
                                                              format=RdfFormat.from_media_type(mt))
    return Response(body, content_type=mt + ("; charset=utf-8" if mt.startswith("text/") else ""),
                    headers={"Vary": "Accept"})


# --- the Graph Store Protocol ----------------------------------------------------------------------

def _reader() -> Reader:
    e = ext()
    if "reader" not in e:
        e["reader"] = Reader(e["storedir"])
    return e["reader"]


def _target(direct: str | None):
    """The graph a GSP request names: ?default, ?graph=IRI, or (direct) the request URL."""
    if direct is not None:
        if "graph" in request.args or "default" in request.args:
            abort(error(400, "a direct graph URL takes neither ?graph= nor ?default"))
        return NamedNode(request.base_url)
    has_default, graphs = "default" in request.args, request.args.getlist("graph")
    if has_default and graphs:
        abort(error(400, "give ?default or ?graph=IRI, not both"))
    if has_default:
        return DefaultGraph()
    if len(graphs) > 1:
        abort(error(400, "give one ?graph=IRI"))
    if graphs:
        try:
            return NamedNode(graphs[0])
        except ValueError as exc:
            abort(error(400, f"?graph= is not an absolute IRI: {exc}"))
    return None


def _exists(store: Store, g) -> bool:
    return isinstance(g, DefaultGraph) or store.contains_named_graph(g)


def _parse_body(data: bytes, media_type: str, base: str) -> list:
    try:
        fmt = RdfFormat.from_media_type(media_type)
    except ValueError:
        fmt = None
    if fmt is None:
        abort(error(415, f"cannot read {media_type or 'a body without Content-Type'}; send Turtle, "
                              "N-Triples, RDF/XML, JSON-LD or N3"))
    try:
        return list(parse(data, format=fmt, base_iri=base))
    except SyntaxError as exc:
        abort(error(400, f"malformed {media_type}: {exc}"))


def _payload(base: str) -> list:
    if request.mimetype == "multipart/form-data":
        triples = []
        for f in request.files.values():
            mt = f.mimetype
            if mt in ("", "application/octet-stream"):
                fmt = RdfFormat.from_extension((f.filename or "").rsplit(".", 1)[-1])
                mt = fmt.media_type if fmt else mt
            triples += _parse_body(f.read(), mt, base)
        return triples
    return _parse_body(request.get_data(), request.mimetype, base)


@bp.route("/store", methods=["GET", "PUT", "POST", "DELETE"], defaults={"direct": None})
@bp.route("/store/<path:direct>", methods=["GET", "PUT", "POST", "DELETE"])
def graph_store(direct):
    g = _target(direct)
    if request.method in ("GET", "HEAD"):
        return _gsp_get(g)
    require_writer()
    if request.method == "POST" and g is None:  # a new graph, named by the server
        g = NamedNode(url_for("protocol.graph_store", direct=f"graphs/{uuid.uuid4().hex}", _external=True))
        created = g
    else:
        created = None
    if g is None:
        abort(error(400, "name the graph with ?graph=IRI or ?default"))
    base = g.value if isinstance(g, NamedNode) else request.base_url

    iri = g.value if isinstance(g, NamedNode) else None
    if request.method == "DELETE":
        if not write(drop_graph, iri):
            abort(error(404, f"no graph {g}"))
        return Response(status=204)
    triples = [Triple(t.subject, t.predicate, t.object) for t in _payload(base)]
    existed = write(load_graph, iri, serialize(triples, format=RdfFormat.N_TRIPLES).decode(),
                    request.method == "PUT", created is not None)
    if created is not None:
        return Response(status=201, headers={"Location": created.value})
    return Response(status=204 if existed else 201)


def _gsp_get(g) -> Response:
    if g is None:
        abort(error(400, "name the graph with ?graph=IRI or ?default"))
    mt = best(list(GRAPHS))
    if mt is None and request.method == "HEAD":
        mt = "text/turtle"  # HEAD asks whether the graph exists; no body is sent anyway
    if mt is None:
        abort(error(406, f"graphs are offered as {', '.join(list(GRAPHS)[:4])}"))
    mt = GRAPHS[mt]
    try:
        with _reader().using() as store:  # its generation stays until the graph is read
            found = _exists(store, g)
            quads = list(store.quads_for_pattern(None, None, None, g)) if found else []
    except StoreError as exc:
        abort(error(503, str(exc)))
    if not found:
        abort(error(404, f"no graph {g}"))
    # the formats `coalition-kg export` writes come out as it writes them (graph/export.py)
    body = (render_graph(quads, mt) or serialize([q.triple for q in quads], format=RdfFormat.from_media_type(mt))
            if quads else b"")
    return Response(body or b"", content_type=mt + ("; charset=utf-8" if mt.startswith("text/") else ""),
                    headers={"Vary": "Accept"})
