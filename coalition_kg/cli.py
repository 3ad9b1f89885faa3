"""The ``coalition-kg`` command line."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coalition_kg import __version__
from coalition_kg.paths import BUNDLED_ARTICLES, default_store

EPILOG = """examples:
  coalition-kg build                          # the bundled articles into ./var/store
  coalition-kg serve --port 8000              # SPARQL at http://127.0.0.1:8000/sparql
  coalition-kg extract data/articles/*.txt --format json > facts.json
  coalition-kg query --canned meetings --param city_en=Rome
  coalition-kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json
  coalition-kg export --format turtle --out graph.ttl
  coalition-kg evaluate --gold tests/gold/seeds.yaml --min macro=0.95
"""


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=_store_value, default=None, metavar="DIR",
                   help="store directory (default: $COALITION_KG_STORE or ./var/store, the one `build` makes)")


def _store_value(text: str):
    return text if text.startswith(("http://", "https://")) else Path(text)


def _remote_args(p: argparse.ArgumentParser) -> None:
    """A remote store for build, serve, query and export (README "Remote stores")."""
    g = p.add_argument_group("remote store", "instead of a store directory, --store http://HOST:PORT names an "
                             "Oxigraph server (its /query, /update, /store); any other SPARQL 1.1 engine by its "
                             "endpoints")
    g.add_argument("--store-query", metavar="URL", help="SPARQL query endpoint of the remote store")
    g.add_argument("--store-update", metavar="URL", help="SPARQL Update endpoint (build writes through it)")
    g.add_argument("--store-gsp", metavar="URL", help="Graph Store Protocol endpoint (build writes each graph with it)")


def _remote(args):
    """The remote store the options name, or None for a store directory."""
    from .graph.remote import open_store

    return open_store(getattr(args, "store", None), getattr(args, "store_query", None),
                      getattr(args, "store_update", None), getattr(args, "store_gsp", None))


def _store(args) -> Path:
    return args.store or default_store()


REMOTE_COMMANDS = {"build", "serve", "query", "export"}  # the others need a store directory


def _err(msg: str) -> None:
    print(f"coalition-kg: error: {msg}", file=sys.stderr)


class _Stopped(Exception):
    """--strict met its first failure."""


class _Unchanged(Exception):
    """The build changed nothing: no new generation (its copy and pack would cost a full
    rewrite of the store for nothing: 47 s and twice the disk at 10k articles)."""


class _BuildRun:
    """What one ``build`` saw: counts per load status, and every failed, skipped or
    warned-about input, printed as it happens and kept for the report."""

    def __init__(self, strict: bool):
        self.strict = strict
        self.counts: dict[str, int] = {}
        self.failed: list[dict] = []
        self.skipped: list[dict] = []
        self.warnings: list[dict] = []
        self.extracted = 0
        self.bar = None

    def _say(self, msg: str) -> None:
        if self.bar is not None:
            self.bar.write(msg, file=sys.stderr)
        else:
            print(msg, file=sys.stderr)

    def problem(self, exc) -> None:
        (self.skipped if exc.skipped else self.failed).append(exc.as_dict())
        self._say(f"{'skipped' if exc.skipped else 'error'}: {exc}")
        if self.bar is not None and exc.line:
            self.bar.update(1)
        if self.strict and not exc.skipped:
            raise _Stopped(str(exc))

    def warn(self, art) -> None:
        for w in art.warnings:
            self.warnings.append({"path": art.location, "line": art.line, "reason": w})
            self._say(f"warning: {art.where}: {w}")

    def load(self, store, inputs, jobs: int) -> None:
        from .graph.build import load_articles
        from .loaders.article import ArticleError, read_inputs

        def read():
            for art in read_inputs(inputs, self.problem):
                self.warn(art)
                yield art

        def loaded(art, status, error):
            if error is None or not art.line:  # problem() counts a failed JSONL line itself
                self.bar.update(1)
            if error is not None:
                self.problem(ArticleError(art.location, error, line=art.line))
            else:
                self.counts[status] = self.counts.get(status, 0) + 1

        # a store error is not an article's fault: it ends the build, nothing half-loaded serves
        self.extracted = load_articles(store, read(), loaded, jobs=jobs).extracted

    def summary(self, root, quads) -> str:
        done = ", ".join(f"{v} {k}" for k, v in sorted(self.counts.items())) or "no articles"
        return (f"built {root}: {done}; {len(self.failed)} failed, {len(self.skipped)} skipped, "
                f"{len(self.warnings)} warning(s); {quads} quads; {self.extracted} article(s) extracted")

    def report(self, path, **extra) -> None:
        out = {**extra, "articles": self.counts, "extracted": self.extracted, "failed": self.failed,
               "skipped": self.skipped,
               "warnings": self.warnings}
        Path(path).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def cmd_build(args) -> int:
    if args.engine == "dask" or _remote(args) is not None:
        return _build_elsewhere(args)
    return _build_local(args)


def _build_elsewhere(args) -> int:
    """Build into a remote store, or extract on a Dask cluster (or both): README "Remote
    stores" and "Distributed builds". Writes go straight to a remote store, in batches."""
    import contextlib

    from .graph.remote import RemoteError
    from .graph.store import StoreDir, StoreError

    root = _remote(args) or StoreDir(_store(args))
    run, committed, quads, status = _BuildRun(args.strict), False, None, 0
    try:
        # the cluster first: a scheduler that cannot be reached must not cost a --fresh store its graphs
        with _dask_client(args) if args.engine == "dask" else contextlib.nullcontext() as client, \
                root.writer(fresh=args.fresh, compact=True) as store:
            _load_elsewhere(run, store, args, client)
            quads = len(store)
        committed = True
        print(run.summary(root.root, quads), file=sys.stderr)
    except _Stopped:
        _err("stopped at the first failure (--strict)" + ("" if isinstance(root, StoreDir) else
                                                          "; the batches already written stay in the remote store"))
    except (StoreError, RemoteError, _NoCluster) as exc:
        _err(str(exc))
        status = 2
    return _build_status(run, root, args, committed, quads, status)


def _build_status(run, root, args, committed: bool, quads, status: int) -> int:
    """The exit status of a build (local or elsewhere), said on stderr and in --report."""
    if run.failed and committed:
        _err(f"{len(run.failed)} input(s) failed (listed above); the other articles were loaded")
    status = status or (1 if run.failed else 0)
    if args.report:
        run.report(args.report, store=str(root.root), mode="strict" if args.strict else "keep-going",
                   committed=committed, quads=quads, exit_status=status)
    return status


SCHEDULER_TIMEOUT = 30  # seconds to reach the Dask scheduler (Dask's own default)


class _NoCluster(Exception):
    """The Dask scheduler is not given or cannot be reached."""


def _dask_client(args):
    from distributed import Client

    if not args.scheduler:
        raise _NoCluster("--engine dask needs --scheduler ADDRESS (tcp://HOST:8786)")
    try:
        return Client(args.scheduler, timeout=SCHEDULER_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise _NoCluster(f"cannot reach the Dask scheduler at {args.scheduler}: {exc}") from None


def _load_elsewhere(run, store, args, client) -> None:
    import os

    from tqdm import tqdm

    from .loaders.article import count_articles, find_inputs

    paths = args.paths or [BUNDLED_ARTICLES]
    if client is None:
        inputs = list(find_inputs(paths, run.problem))
        with tqdm(total=sum(map(count_articles, inputs)), unit="article", desc="build",
                  disable=args.quiet or None) as run.bar:
            run.load(store, inputs, args.jobs or os.cpu_count() or 1)
        run.bar = None
        return
    from .graph.distributed import corpus_inputs, load_partitions, partitions

    counts = run.counts

    def loaded(art, status, error):
        if error is not None:
            run.problem(_article_error(art, error))
        else:
            counts[status] = counts.get(status, 0) + 1

    parts = partitions(corpus_inputs([str(p) for p in paths], run.problem))
    run.extracted = load_partitions(store, parts, client, on_error=run.problem, on_article=run.warn,
                                    on_loaded=loaded)


def _article_error(art, reason):
    from .loaders.article import ArticleError

    return ArticleError(art.location, reason, line=art.line)


def _build_local(args) -> int:
    """Build into the local store: articles extracted by ``--jobs`` processes, one writer."""
    import os

    from tqdm import tqdm

    from .graph.store import StoreDir, StoreError
    from .loaders.article import count_articles, find_inputs

    run, root = _BuildRun(args.strict), StoreDir(_store(args))
    committed, quads, status = False, None, 0
    try:
        inputs = list(find_inputs(args.paths or [BUNDLED_ARTICLES], run.problem))
        try:
            with root.writer(fresh=args.fresh, compact=True) as store, \
                    tqdm(total=sum(map(count_articles, inputs)), unit="article", desc="build",
                         disable=args.quiet or None) as run.bar:
                run.load(store, inputs, args.jobs or os.cpu_count() or 1)
                run.bar.update(run.bar.total - run.bar.n)
                quads = len(store)
                if not args.fresh and root.current() is not None and set(run.counts) <= {"unchanged"}:
                    raise _Unchanged  # the writer drops its copy: the current generation is this store
        except _Unchanged:
            pass
        committed, run.bar = True, None
        print(run.summary(root.root, quads), file=sys.stderr)
    except _Stopped:
        _err("stopped at the first failure (--strict): nothing of this run was loaded")
    except StoreError as exc:
        _err(str(exc))
        status = 2
    return _build_status(run, root, args, committed, quads, status)


def cmd_gc(args) -> int:
    from .graph.store import StoreDir, StoreError

    root = StoreDir(_store(args))
    if not root.root.is_dir():
        _err(f"no store at {root.root}")
        return 2
    try:
        removed = root.gc()
    except StoreError as exc:
        _err(str(exc))
        return 2
    for name, size in removed:
        print(f"removed {name} ({size} bytes)")
    print(f"{len(removed)} removed, {sum(s for _, s in removed)} bytes freed; kept current and previous",
          file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    from .graph.store import StoreDir

    root = StoreDir(_store(args))
    if not root.root.is_dir():
        _err(f"no store at {root.root}")
        return 2
    st = root.stats()
    if args.format == "json":
        print(json.dumps(st, indent=1))
        return 0
    if "quads" in st:
        print(f"quads           {st['quads']}\ndisk bytes      {st['current_bytes']} (current generation)\n"
              f"bytes per quad  {st['bytes_per_quad']}")
    print(f"store bytes     {st['disk_bytes']} (all generations, shared files once)")
    print(f"generations     {len(st['generations'])}")
    for g in st["generations"]:
        print(f"  {g['name']}  {g['role']:<8}  {g['bytes']} bytes, write-ahead log {g['wal_bytes']} bytes")
    return 0


def cmd_serve(args) -> int:
    import os

    from coalition_kg.server import create_app

    remote = _remote(args)
    if remote and args.update_token:
        _err("--update-token: a remote store is written through its own endpoints, not through this server")
        return 2
    config = dict(store=None if remote else _store(args), REMOTE_STORE=remote,
                  UPDATE_TOKEN=args.update_token or os.environ.get("COALITION_KG_UPDATE_TOKEN"),
                  QUERY_TIMEOUT=args.query_timeout, ROW_CAP=args.row_cap, MAX_CONTENT_LENGTH=args.max_request_bytes,
                  QUERY_THREADS=args.threads, SERVICE_ALLOWLIST=args.service_allow, CORS_ORIGINS=args.cors_origins,
                  SERVICE_ALLOW_PRIVATE=args.service_allow_private or None, QUERY_MEMORY_MB=args.query_memory,
                  RESULT_BYTE_CAP=args.result_bytes, MAX_DEPTH=args.max_depth, SLOW_QUERIES=args.slow_queries,
                  SLOW_PER_CLIENT=args.slow_per_client)
    try:
        app = create_app(**config)  # fails here, in front of the user, if the configuration is wrong
    except ValueError as exc:
        _err(f"serve: {exc}")
        return 2
    url = f"http://{args.host}:{args.port}"
    print(f"serving {remote.root if remote else _store(args)} at {url}/ (SPARQL: {url}/sparql)", file=sys.stderr)
    if args.dev:
        app.run(host=args.host, port=args.port)
        return 0
    from coalition_kg.server.run import serve

    _raise_fd_limit()
    cfg = app.config
    serve(config, host=args.host, port=args.port, workers=args.workers or os.cpu_count() or 1,
          threads=int(cfg["QUERY_THREADS"]), read_timeout=args.read_timeout, backlog=args.backlog,
          memory_mb=int(cfg["QUERY_MEMORY_MB"]), query_timeout=float(cfg["QUERY_TIMEOUT"]))
    return 0


def _raise_fd_limit() -> None:
    """Each connection is a descriptor: let the connection limit, not the default 1024, bind."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and (hard == resource.RLIM_INFINITY or soft < hard):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))


def cmd_extract(args) -> int:
    from coalition_kg.loaders.article import read_all
    from coalition_kg.loaders.pipeline import extract
    from coalition_kg.loaders.report import report

    errors, docs = [], []
    for art in read_all(args.paths, errors.append):
        try:
            docs.append(extract(art))
        except Exception as exc:  # one bad article must not lose the others
            errors.append(f"{art.source}: extraction failed: {exc!r}")
    for e in errors:
        _err(str(e))
    out = report(docs)
    if args.format == "json":
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for m in out["meetings"]:
            print(f"meeting {m['key']}: {m['city']} {m['date']} ({m['date_precision']}, {m['date_source']}) "
                  f"articles={','.join(m['articles'])}")
        for a in out["articles"]:
            print(f"article {a['article']['id']}: {len(a['entities'])} entities, {len(a['pledges'])} pledges, "
                  f"{len(a['claims'])} claims, {len(a['memberships'])} memberships")
    return 1 if errors and not docs else 0


def _print_results(result, fmt: str) -> None:
    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

    if isinstance(result, QueryBoolean):
        print(json.dumps({"boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower())
        return
    if not isinstance(result, QuerySolutions):
        sys.stdout.write(result.serialize(format=RdfFormat.TURTLE).decode())
        return
    if fmt == "json":
        sys.stdout.write(result.serialize(format=QueryResultsFormat.JSON).decode() + "\n")
        return
    if fmt == "csv":
        sys.stdout.write(result.serialize(format=QueryResultsFormat.CSV).decode())
        return
    names = [v.value for v in result.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    print("  ".join(n.ljust(w) for n, w in zip(names, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", file=sys.stderr)


def _cell(term) -> str:
    if term is None:
        return ""
    return term.value


def cmd_query(args) -> int:
    from coalition_kg.graph import canned
    from coalition_kg.graph.store import StoreDir, StoreError

    params = {}
    for kv in args.param or []:
        if "=" not in kv:
            _err(f"--param takes NAME=VALUE, got {kv!r}")
            return 2
        k, v = kv.split("=", 1)
        params[k] = v
    try:
        store = (_remote(args) or StoreDir(_store(args))).open_read()
    except StoreError as exc:
        _err(str(exc))
        return 2
    subs = None
    if args.canned:
        queries = canned.load_all()
        q = queries.get(args.canned)
        if q is None:
            _err(f"no canned query {args.canned!r}; there are: {', '.join(queries)}")
            return 2
        try:  # entities by name, QID or IRI, as over HTTP
            from coalition_kg.graph.names import NameIndex

            subs = q.bind(params, NameIndex.from_store(store))
        except canned.ParamError as exc:
            _err(str(exc))
            return 2
        text = q.text
    elif args.sparql:
        text = args.sparql
    else:
        _err("give a SPARQL query or --canned NAME")
        return 2
    from coalition_kg.graph.sparql import CUSTOM_FUNCTIONS

    try:
        result = store.query(text, use_default_graph_as_union=True, substitutions=subs,
                             custom_functions=CUSTOM_FUNCTIONS)
    except SyntaxError as exc:
        _err(f"malformed query: {exc}")
        return 2
    _print_results(result, args.format)
    return 0


def cmd_evaluate(args) -> int:
    from coalition_kg.loaders.evaluate import SECTIONS, GoldError, evaluate, f1_table, format_table

    rules = []
    for rule in args.min or []:
        section, sep, value = rule.partition("=")
        try:
            rules.append((section, float(value)))
        except ValueError:
            sep = ""
        if not sep or section not in SECTIONS + ("macro",):
            _err(f"--min takes SECTION=F1 with SECTION one of: macro, {', '.join(SECTIONS)}")
            return 2
    try:
        tallies, _ = evaluate(args.gold, args.paths or [BUNDLED_ARTICLES])
    except (GoldError, OSError) as exc:
        _err(str(exc))
        return 2
    print(format_table(tallies, details=args.details))
    f1 = f1_table(tallies)
    failed = [f"{s} {f1[s]:.3f} < {v}" for s, v in rules if f1[s] < v]
    if failed:
        print("below threshold: " + "; ".join(failed))
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coalition-kg", description="Coalition KG: a knowledge graph of Arabic news "
                                "about the Global Coalition to Defeat ISIS, with a SPARQL endpoint.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="extract facts from articles and load them into the store",
                       description="Read articles (text in UTF-8 or Windows-1256, HTML, JSON Lines, directories), "
                       "extract facts and load them into the store; each article into its own named graph. "
                       "Loads are idempotent. A bad input is reported and, by default, skipped; the exit "
                       "status is 1 when any input failed, 2 when the store could not be written.")
    b.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or directories (default: the bundled articles)")
    _store_arg(b)
    b.add_argument("--fresh", action="store_true", help="start from an empty store instead of adding to the current one")
    mode = b.add_mutually_exclusive_group()
    mode.add_argument("--keep-going", dest="strict", action="store_false", default=False,
                      help="load the other inputs when one fails (the default); exit status 1 all the same")
    mode.add_argument("--strict", dest="strict", action="store_true",
                      help="stop at the first failed input; nothing of this run is loaded (exit status 1)")
    b.add_argument("--report", metavar="FILE", help="write a JSON report: counts and every failed, skipped or "
                   "warned-about input with its reason")
    b.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="extract in N worker processes (default: every core); 1 extracts in this process")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="dask: extract on a Dask cluster (--scheduler), partitions of the corpus per task; "
                   "paths must be readable by every worker (default: local)")
    b.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler (tcp://HOST:8786) for --engine dask")
    _remote_args(b)
    b.set_defaults(func=cmd_build)

    s = sub.add_parser("serve", help="serve the store over HTTP (SPARQL endpoint, canned queries, pages)")
    _store_arg(s)
    _remote_args(s)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    s.add_argument("--workers", type=int, metavar="N", help="server processes, each answering requests and running "
                   "queries (default: one per core)")
    s.add_argument("--threads", type=int, metavar="N", help="requests (and queries) one server process handles at "
                   "once; more wait (default: 16)")
    s.add_argument("--backlog", type=int, default=1024, metavar="N",
                   help="connections waiting to be accepted at most (default: 1024)")
    s.add_argument("--read-timeout", type=float, default=15, metavar="SECONDS",
                   help="close a connection that takes longer than this to send a request's headers (default: 15)")
    s.add_argument("--dev", action="store_true", help="use Flask's development server (auto-reload, debugger off)")
    s.add_argument("--update-token", metavar="TOKEN", help="enable SPARQL Update and Graph Store writes for requests "
                   "with 'Authorization: Bearer TOKEN' (default: $COALITION_KG_UPDATE_TOKEN; unset: writes off)")
    s.add_argument("--query-timeout", type=float, metavar="SECONDS", help="stop queries after this long (default: 30)")
    s.add_argument("--row-cap", type=int, metavar="N", help="rows per result at most (default: 10000)")
    s.add_argument("--max-request-bytes", type=int, metavar="N", help="request body size limit (default: 10 MiB)")
    s.add_argument("--slow-queries", type=int, metavar="N", help="queries that used 0.25 s of CPU, running at once, server-wide "
                   "(default: 4); more get 503 at once")
    s.add_argument("--slow-per-client", type=int, metavar="N", help="... per client address (default: 2)")
    s.add_argument("--query-memory", type=int, metavar="MIB", help="resident memory of a server process (default: "
                   "2048); past it its slow queries get 503 and the process is replaced")
    s.add_argument("--result-bytes", type=int, metavar="N", help="serialised bytes per result at most; the result is "
                   "cut and X-SPARQL-Truncated says so (default: 64 MiB)")
    s.add_argument("--max-depth", type=int, metavar="N", help="bracket nesting a query or update may have (default: 64)")
    s.add_argument("--service-allow", action="append", metavar="URL", help="a SERVICE endpoint queries may call "
                   "(repeatable; default: https://query.wikidata.org/sparql)")
    s.add_argument("--service-allow-private", action="store_true",
                   help="let allowlisted SERVICE endpoints be on loopback/private addresses")
    s.add_argument("--cors-origins", metavar="ORIGINS", help="Access-Control-Allow-Origin: '*' (default), a "
                   "comma-separated list, or '' for no CORS")
    s.set_defaults(func=cmd_serve)

    e = sub.add_parser("extract", help="print the facts extracted from articles (no store)")
    e.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    e.add_argument("--format", choices=["json", "text"], default="text",
                   help="json: the shape of the gold standard, read by score_facts.py (default: text)")
    e.set_defaults(func=cmd_extract)

    q = sub.add_parser("query", help="run a SPARQL query or a canned query against the store")
    q.add_argument("sparql", nargs="?", help="the SPARQL query text")
    q.add_argument("--canned", metavar="NAME", help="a canned query from queries/ instead")
    q.add_argument("--param", action="append", metavar="NAME=VALUE", help="a canned query parameter (repeatable)")
    q.add_argument("--format", choices=["table", "json", "csv"], default="table")
    _store_arg(q)
    _remote_args(q)
    q.set_defaults(func=cmd_query)

    v = sub.add_parser("evaluate", help="extract the articles of a gold standard and score them against it",
                       description="Extract the gold's articles (found by id under the given paths; default: the "
                       "bundled articles) and score the facts per section (P, R, F1) with the referee's matching "
                       "rules (see coalition_kg.loaders.evaluate).")
    v.add_argument("--gold", required=True, type=Path, metavar="FILE", help="gold standard (YAML or JSON)")
    v.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or directories holding the articles")
    v.add_argument("--details", action="store_true", help="list every miss and spurious fact")
    v.add_argument("--min", action="append", metavar="SECTION=F1",
                   help="exit 1 when SECTION's F1 is below the value (SECTION may be macro); repeatable")
    v.set_defaults(func=cmd_evaluate)

    g = sub.add_parser("gc", help="remove what dead builds left and generations nobody serves",
                       description="Remove orphan generations (neither current nor previous), half-made "
                       "links and the lock file of a writer that died. Fails (exit 2) while a writer runs.")
    _store_arg(g)
    g.set_defaults(func=cmd_gc)

    t = sub.add_parser("stats", help="quads, disk bytes, bytes per quad and generations of the store")
    _store_arg(t)
    t.add_argument("--format", choices=["text", "json"], default="text")
    t.set_defaults(func=cmd_stats)
    for name, add_parser in COMMANDS.items():
        add_parser(sub, _remote_store_arg if name == "export" else _store_arg)
    return p


COMMANDS: dict = {}  # further subcommands register here: name -> add_parser(sub, store_arg)


def _register() -> None:
    from coalition_kg.commands import PARSERS  # link, export, validate

    COMMANDS.update(PARSERS)


_register()


def _remote_store_arg(p: argparse.ArgumentParser) -> None:
    _store_arg(p)
    _remote_args(p)


def _export_remote(args) -> int:
    """``export`` from a remote store: the same ``graph.export`` over the server's graphs."""
    from .graph.export import export

    store = _remote(args)
    with (open(args.out, "wb") if args.out else open(sys.stdout.fileno(), "wb", closefd=False)) as out:
        n = export(store, out, fmt=args.format)
    print(f"exported {n} statements from {store.root} as {args.format}" + (f" to {args.out}" if args.out else ""),
          file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if isinstance(getattr(args, "store", None), str) and args.command not in REMOTE_COMMANDS:
        _err(f"{args.command} needs a store directory, not a server ({args.store})")
        return 2
    if args.command == "export" and _remote(args) is not None:
        args.func = _export_remote
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from .graph.remote import NeedsEmbeddedStore, RemoteError

        if not isinstance(exc, (RemoteError, NeedsEmbeddedStore)):
            raise
        _err(str(exc))
        return 2


if __name__ == "__main__":
    sys.exit(main())
