"""The ``link``, ``export`` and ``validate`` commands: argument parsing, progress and printing over
the libraries in ``graph/`` (``wikidata``, ``export``, ``validate``), which know nothing of them.

``cli.py`` registers ``PARSERS``; each ``add_*`` gets the subparsers and the shared ``--store`` option.
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from coalition_kg.paths import default_store


def _err(msg: str) -> None:
    print(f"coalition-kg: error: {msg}", file=sys.stderr)


def _bar(quiet: bool, **kw):
    """A tqdm bar on stderr with rate and ETA; silent when stderr is no terminal (disable=None) or -q."""
    from tqdm import tqdm

    return tqdm(disable=True if quiet else None, file=sys.stderr, **kw)


# ---------------------------------------------------------------------------- link

def _table(rows: list[tuple[str, ...]]) -> str:
    """Columns padded to their widest cell (48 at most); the last column is left free."""
    widths = [min(max(len(r[i]) for r in rows), 48) for i in range(len(rows[0]) - 1)]
    lines = []
    for j, r in enumerate(rows):
        lines.append("  ".join(c[:48].ljust(w) for c, w in zip(r, widths)) + "  " + r[-1])
        if j == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 3)
    return "\n".join(lines)


def _decision_rows(decisions, dry_run: bool) -> list[tuple[str, ...]]:
    rows = [("entity", "type", "result", "qid", "score", "why")]
    for d in decisions:
        result = ("would link" if dry_run else "linked") if d.qid else "skipped"
        rows.append((d.entity.label, d.entity.kind, result, d.qid or "",
                     f"{d.score:.2f}" if d.score is not None else "", d.reason))
    return rows


def _kinds(types: str | None) -> list[str]:
    from coalition_kg.graph.wikidata import DEFAULT_TYPES, TYPE_CLASSES

    kinds = [k.strip() for k in (types or ",".join(DEFAULT_TYPES)).split(",") if k.strip()]
    bad = [k for k in kinds if k not in TYPE_CLASSES]
    if bad:
        raise ValueError(f"--types: unknown {', '.join(bad)}; use {', '.join(TYPE_CLASSES)}")
    return kinds


def _as_row(d, when: str):
    """What an online decision appends to the decisions file (None: nothing was decided)."""
    from coalition_kg.graph.wikidata import LINK, NIL, ONLINE_WHO, REVIEW, LinkDecision, local_id

    if d.reason.startswith("error:"):
        return None
    score = f"{d.score:.3f}" if d.score is not None else ""
    if d.qid:
        kind, qid = LINK, d.qid
    elif d.score is None:  # no candidate at all fits: a reviewer may still overrule with a link row
        kind, qid = NIL, "NIL"
    else:  # a candidate, but below the bar or too close to another one
        kind, qid = REVIEW, max((c for c in d.candidates if not c.rejected), key=lambda c: c.score).qid
    return LinkDecision(local_id(d.entity.iri), qid, kind, d.entity.label, score, ONLINE_WHO, when, d.reason)


def _link_online(args, root, store, kinds, decisions) -> tuple[list, int]:
    """Ask Wikidata about every entity no decision covers; returns the decisions and the errors."""
    from coalition_kg.graph.wikidata import (CACHE_NAME, Decision, JsonCache, WikidataClient, WikidataError,
                                             decide, local_id, unlinked_entities)

    entities = [e for e in unlinked_entities(store, kinds) if local_id(e.iri) not in decisions.final]
    if args.limit is not None:
        entities = entities[:args.limit]
    cache_path = None if args.no_cache else (args.cache or root.root / CACHE_NAME)
    client = WikidataClient(args.endpoint, cache=JsonCache(cache_path), timeout=args.timeout, retries=args.retries)
    out: list[Decision] = []
    failed = None
    try:
        with _bar(args.quiet, total=len(entities), unit="entity", desc="link") as bar:
            for ent in entities:
                bar.update(1)
                if failed:  # the endpoint is down or refusing us: do not hammer it for every entity
                    out.append(Decision(ent, None, None, "error: not tried after an earlier failure"))
                    continue
                try:
                    out.append(decide(client, ent, min_score=args.min_score, margin=args.margin,
                                      rejected=frozenset(decisions.rejected.get(local_id(ent.iri), ()))))
                except WikidataError as exc:
                    failed = exc
                    out.append(Decision(ent, None, None, f"error: {exc}"))
                client.cache.save()  # an interrupted run keeps what it fetched
    finally:
        client.close()
    print(f"{client.fetched} HTTP request(s), {client.retried} retried", file=sys.stderr)
    return out, sum(d.reason.startswith("error:") for d in out)


def _link_offline(store, kinds, decisions) -> list:
    """The links of the decisions file that the store lacks (a store built before they were decided)."""
    from coalition_kg.graph.wikidata import Decision, local_id, unlinked_entities

    out = []
    for ent in unlinked_entities(store, kinds):
        d = decisions.link(local_id(ent.iri))
        if d:
            out.append(Decision(ent, d.qid, float(d.score) if d.score else None, f"{d.who} {d.when}: {d.reason}",
                                linked_by=d.linked_by))
    return out


def _report(store, kinds, decisions) -> int:
    from coalition_kg.graph.wikidata import unlinked_report

    rows = [("entity", "type", "articles", "statements", "decision", "reason")]
    for m in unlinked_report(store, kinds, decisions):
        d = m.decision
        rows.append((m.entity.label, m.entity.kind, str(m.articles), str(m.statements),
                     f"{d.decision} {d.qid}" if d else "undecided", f"{d.reason} ({d.who} {d.when})" if d else ""))
    print(_table(rows))
    n = len(rows) - 1
    nil = sum(1 for r in rows[1:] if r[4].startswith("nil"))
    print(f"{n} unlinked: {nil} nil, {n - nil} left", file=sys.stderr)
    return 0


def cmd_link(args) -> int:
    from coalition_kg.graph.store import StoreDir, StoreError
    from coalition_kg.graph.wikidata import append_decisions, decisions_path, read_decisions, write_links

    try:
        kinds = _kinds(args.types)
        path = args.decisions or decisions_path()
        decisions = read_decisions(path)
    except ValueError as exc:
        _err(str(exc))
        return 2
    root = StoreDir(args.store or default_store())
    try:
        store = root.open_read()
    except StoreError as exc:
        _err(str(exc))
        return 2
    if args.report:
        return _report(store, kinds, decisions)
    errors = 0
    if args.online:
        found, errors = _link_online(args, root, store, kinds, decisions)
    else:
        found = _link_offline(store, kinds, decisions)
    try:
        written = 0 if args.dry_run else write_links(root, found)
    except StoreError as exc:
        _err(str(exc))
        return 2
    if args.online and not args.dry_run:
        when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
        appended = append_decisions(path, [r for r in (_as_row(d, when) for d in found) if r])
        print(f"{appended} decision(s) appended to {path}", file=sys.stderr)
    if found:
        print(_table(_decision_rows(found, args.dry_run)))
    verb = "would link" if args.dry_run else "linked"
    n = sum(1 for d in found if d.qid) if args.dry_run else written
    print(f"{verb} {n} of {len(found)} entities {'asked' if args.online else 'decided in ' + str(path)}; "
          f"{errors} error(s)", file=sys.stderr)
    return 1 if errors and not n else 0


def add_link(sub, store_arg) -> None:
    from coalition_kg.graph.wikidata import CACHE_NAME, DEFAULT_ENDPOINT, DEFAULT_MARGIN, DEFAULT_MIN_SCORE, DEFAULT_TYPES

    p = sub.add_parser("link", help="link entities to Wikidata: from the reviewed decisions file, or --online",
                       description="Without options, apply the link decisions of data/links.tsv (every build "
                       "applies them too) to a store that lacks them. --online asks the Wikidata API "
                       "(wbsearchentities, wbgetentities) about every entity no decision covers: checks each "
                       "candidate's P31 type, Arabic label or alias and, for persons, P27 citizenship; links "
                       "the best one only when it reaches --min-score and beats the runner-up by --margin; and "
                       "appends what it decided (link, nil, or review when unsure) to the decisions file, so "
                       "no question is asked twice. A 'reject' row keeps a candidate out for good. --report "
                       f"lists the entities still unlinked, most mentioned first. HTTP answers are cached in "
                       f"STORE/{CACHE_NAME}.")
    store_arg(p)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--online", action="store_true", help="ask Wikidata about undecided entities")
    mode.add_argument("--report", action="store_true", help="list unlinked entities by mentions, with their decision")
    p.add_argument("--decisions", type=Path, metavar="FILE",
                   help="the decisions file (default: $COALITION_KG_LINKS or the bundled data/links.tsv)")
    p.add_argument("--endpoint", default=DEFAULT_ENDPOINT, metavar="URL",
                   help=f"Wikibase Action API (default: {DEFAULT_ENDPOINT})")
    p.add_argument("--types", metavar="T,T", help=f"entity types (default: {','.join(DEFAULT_TYPES)})")
    p.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE, metavar="X",
                   help=f"lowest score (0..1) a link needs (default: {DEFAULT_MIN_SCORE})")
    p.add_argument("--margin", type=float, default=DEFAULT_MARGIN, metavar="X",
                   help=f"how far the best must lead the runner-up (default: {DEFAULT_MARGIN})")
    p.add_argument("--dry-run", action="store_true", help="decide and print; write neither store nor decisions")
    p.add_argument("--limit", type=int, metavar="N", help="ask about the first N undecided entities only")
    p.add_argument("--cache", type=Path, metavar="FILE", help=f"HTTP cache file (default: STORE/{CACHE_NAME})")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--timeout", type=float, default=20.0, metavar="S", help="HTTP timeout per request (default: 20)")
    p.add_argument("--retries", type=int, default=5, metavar="N",
                   help="retries of a request answered 429/5xx or not at all, with backoff (default: 5)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_link)


# ---------------------------------------------------------------------------- export

def cmd_export(args) -> int:
    from coalition_kg.graph.export import export
    from coalition_kg.graph.store import StoreDir, StoreError

    try:
        store = StoreDir(args.store or default_store()).open_read()
    except StoreError as exc:
        _err(str(exc))
        return 2
    n_graphs = sum(1 for _ in store.named_graphs())
    with _bar(args.quiet, total=n_graphs, unit="graph", desc="export") as bar:
        if args.out:
            with open(args.out, "wb") as out:
                n = export(store, out, fmt=args.format, progress=bar.update)
        else:
            n = export(store, sys.stdout.buffer, fmt=args.format, progress=bar.update)
    print(f"exported {n} statements of {n_graphs} graphs as {args.format}" + (f" to {args.out}" if args.out else ""),
          file=sys.stderr)
    return 0


def add_export(sub, store_arg) -> None:
    from coalition_kg.graph.export import FORMATS

    x = sub.add_parser("export", help="export the graph for other tools (Protégé, GraphDB, Gephi, JSON-LD tools)",
                       description="Write the store in one RDF format, byte-stable (the same store gives the same "
                       "bytes), declaring only the prefixes used. turtle/ntriples: the union graph, each statement "
                       "once; nquads/trig/jsonld: with the named graphs (one per article).")
    x.add_argument("--format", choices=list(FORMATS), default="turtle")
    x.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    x.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    store_arg(x)
    x.set_defaults(func=cmd_export)


# ---------------------------------------------------------------------------- validate

def cmd_validate(args) -> int:
    """0 valid, 1 a violation or an inconsistency, 2 no store."""
    from coalition_kg.graph.store import StoreError
    from coalition_kg.graph.validate import validate_store

    store = args.store or default_store()
    try:
        report = validate_store(store, reasoner=not args.no_reasoner)
    except StoreError as exc:
        _err(str(exc))
        return 2
    print(f"validate {store}")
    print(report.text())
    return 0 if report.ok else 1


def add_validate(sub, store_arg) -> None:
    v = sub.add_parser("validate", help="check the store: SHACL shapes (pyshacl) and OWL consistency (HermiT)",
                       description="Validate the built store against ontology/shapes.ttl with pyshacl, and the "
                       "ontology plus the store for consistency with HermiT (needs Java). Prints a report; "
                       "exit status 1 on a violation or an inconsistency.")
    store_arg(v)
    v.add_argument("--no-reasoner", action="store_true", help="SHACL only, skip HermiT (no Java needed)")
    v.set_defaults(func=cmd_validate)


PARSERS = {"export": add_export, "validate": add_validate, "link": add_link}
