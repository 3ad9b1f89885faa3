"""Canned queries at scale: build a synthetic store of N articles (default 20 000, over 1M quads),
then run every ``queries/*.rq`` the way the server does and print seconds and rows per query.

    .venv/bin/python benchmarks/bench_queries.py                      # generate in a temp dir, run
    .venv/bin/python benchmarks/bench_queries.py --store /tmp/bench   # reuse /tmp/bench if built
    .venv/bin/python benchmarks/bench_queries.py --articles 2000 --only meetings,pledges

The synthetic documents use the loaders' dataclasses (``loaders/document.py``,
``loaders/facts.py``) and the real RDF mapping (``graph.rdf.document_quads``), with the
repetition real news has: a few hundred entities (the bundled examples' France, United States,
Iraq among them), ~40 meetings each reported by hundreds of articles, the same pledge read in
many articles (one node, many evidences, the same triples in many article graphs), several
claims, memberships and roles per article. The default graph is the union of all graphs, which
does not deduplicate: that repetition is what makes a careless query slow.

Queries run on the server's engine (``graph.engine``: union default graph, parameters as
substitutions, results serialised and capped at the server's row cap) with a time limit, once
with the query's example parameters and, when it has any, once without (as its page and the
home page run it). Never a timed assertion in tests: this only prints.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# real keys the canned queries' examples name, then synthetic ones
STATES = [("wd:Q142", "France", "فرنسا"), ("wd:Q30", "United States", "الولايات المتحدة"),
          ("wd:Q796", "Iraq", "العراق"), ("wd:Q851", "Saudi Arabia", "السعودية"),
          ("wd:Q38", "Italy", "إيطاليا"), ("wd:Q817", "Kuwait", "الكويت"), ("wd:Q183", "Germany", "ألمانيا"),
          ("wd:Q145", "United Kingdom", "المملكة المتحدة"), ("wd:Q858", "Syria", "سوريا"),
          ("wd:Q810", "Jordan", "الأردن")]
CITIES = [("wd:Q220", "Rome", "روما", "wd:Q38"), ("wd:Q35178", "Kuwait City", "مدينة الكويت", "wd:Q817"),
          ("wd:Q3692", "Riyadh", "الرياض", "wd:Q851"), ("wd:Q90", "Paris", "باريس", "wd:Q142"),
          ("wd:Q61", "Washington", "واشنطن", "wd:Q30"), ("wd:Q64", "Berlin", "برلين", "wd:Q183"),
          ("wd:Q84", "London", "لندن", "wd:Q145"), ("wd:Q3805", "Amman", "عمّان", "wd:Q810")]
_Article = None  # set by generate()
CURRENCIES = ["USD", "EUR", "SAR", "GBP"]
CLAIM_TYPES = ["statement", "call", "warning", "announcement", "commitment", "welcome"]
VERBS = ["وأكد", "وقال", "ودعا", "وحذر", "وأعلن", "ورحب"]
WORDS = ("التحالف الدولي ضد داعش الاجتماع الوزاري الدعم الاستقرار المناطق المحررة الإرهاب العراق سوريا "
         "المساعدات الإنسانية التمويل الشركاء الأمن المقاتلين الأجانب المخيمات إعادة الإعمار").split()


def entities(rng: random.Random, n_states=80, n_persons=160, n_orgs=30, n_cities=40) -> dict:
    """A few hundred entities: the real ones above, then synthetic ones (some without Wikidata ids)."""
    from coalition_kg.loaders.document import Entity

    ents: dict[str, Entity] = {}
    for key, en, ar in STATES:
        ents[key] = Entity(key, "state", en, ar, key[3:], surfaces=[ar])
    for i in range(n_states - len(STATES)):
        key = f"wd:Q9{i:05d}"
        ents[key] = Entity(key, "state", f"State {i}", f"دولة {i}", key[3:], surfaces=[f"دولة {i}"])
    states = list(ents)
    for key, en, ar, country in CITIES:
        ents[key] = Entity(key, "city", en, ar, key[3:], surfaces=[ar], country=country)
    for i in range(n_cities - len(CITIES)):
        key = f"wd:Q8{i:05d}"
        ents[key] = Entity(key, "city", f"City {i}", f"مدينة {i}", key[3:], surfaces=[f"مدينة {i}"],
                           country=rng.choice(states))
    ents["wd:Q2429253"] = Entity("wd:Q2429253", "organization", "ISIS", "داعش", "Q2429253",
                                 subtype="terrorist_group", surfaces=["داعش", "تنظيم الدولة"])
    ents["wd:Q18214106"] = Entity("wd:Q18214106", "organization", "Global Coalition to Defeat ISIS",
                                  "التحالف الدولي ضد داعش", "Q18214106", subtype="coalition",
                                  surfaces=["التحالف الدولي", "التحالف"])
    for i in range(n_orgs - 2):
        key = f"wd:Q7{i:05d}" if i % 3 else f"ar:منظمة {i}"
        ents[key] = Entity(key, "organization", f"Organisation {i}", f"منظمة {i}", key[3:] if i % 3 else None,
                           surfaces=[f"منظمة {i}"])
    for i in range(n_persons):
        key = f"wd:Q6{i:05d}" if i % 4 else f"ar:شخص {i}"
        ents[key] = Entity(key, "person", f"Person {i}", f"شخص {i}", key[3:] if i % 4 else None,
                           surfaces=[f"شخص {i}"], country=rng.choice(states))
    return ents


def meetings(rng: random.Random, ents: dict, n: int = 40) -> list:
    """~40 meetings: rome-2021 (the canned queries' example) and others, keyed <city>-<year>[-kind]."""
    cities = [k for k, e in ents.items() if e.type == "city"]
    out, seen = [], set()
    years = list(range(2014, 2026))
    while len(out) < n:
        city = "wd:Q220" if not out else rng.choice(cities)  # rome-2021: the examples name it
        year = 2021 if not out else rng.choice(years)
        kind = "ministerial" if not out or rng.random() < 0.7 else "small_group"
        key = f"{ents[city].name_en.lower().replace(' ', '-')}-{year}" + ("" if kind == "ministerial" else "-" + kind)
        if key in seen:
            continue
        seen.add(key)
        out.append((key, kind, city, year, rng.randint(1, 12), rng.choice(["text", "catalogue"])))
    return out


def _article_class():
    """The loaders' Article with its content hash computed once (the RDF mapping asks for it per quad)."""
    import functools

    from coalition_kg.loaders.article import Article

    class CachedArticle(Article):
        content_hash = functools.cached_property(Article.content_hash.fget)

    return CachedArticle


def document(i: int, rng: random.Random, ents: dict, mtgs: list, persons: list, states: list, orgs: list):
    from coalition_kg.loaders.document import Document, Mention, Sentence
    from coalition_kg.loaders.facts import Claim, Evidence, Meeting, Membership, Pledge, Role

    key, kind, city, year, month, date_source = rng.choice(mtgs)
    sentences = [f"مقال رقم {i}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))) + "."
                 for _ in range(rng.randint(10, 20))]
    text, spans, pos = "", [], 0
    for s in sentences:
        spans.append((len(text), len(text) + len(s)))
        text += s + " "
    art = _Article(f"synthetic-{i}", text, f"synthetic/{i}.txt",
                  {"title": f"اجتماع التحالف {i}", "url": f"https://example.org/news/{i}", "outlet": "واس"})
    doc = Document(art)
    doc.sentences = [Sentence(n, b, e, text[b:e], n) for n, (b, e) in enumerate(spans)]
    evs = iter(range(10**6))

    def ev(method: str) -> Evidence:
        n = next(evs) % len(spans)
        b, e = spans[n]
        return Evidence(art.id, b, e, text[b:e], sentence=n, method=method, confidence=round(rng.uniform(0.5, 0.99), 2))

    doc.published, doc.published_precision = f"{year}-{month:02d}-{rng.randint(16, 28):02d}", "day"
    chairs = rng.sample(states[:10], 1)
    hosts = [ents[city].country]
    participants = rng.sample(states, rng.randint(4, 10))
    used = {city, *chairs, *hosts, *participants}
    doc.meetings.append(Meeting(key, kind, city, ents[city].country, f"{year}-{month:02d}-15", "day",
                                date_source, chairs=chairs, hosts=hosts,
                                participants=participants, member_count=rng.choice([None, 60 + year - 2014, 86]),
                                evidence=[ev("meeting:lexicon")]))
    for _ in range(rng.randint(2, 4)):
        donor = rng.choice(states[:30])
        used.add(donor)
        doc.pledges.append(Pledge(donor, float(rng.choice([10, 25, 50, 100, 150, 500]) * 10**6), rng.choice(CURRENCIES),
                                  status=rng.choice(["new", "new", "past"]), meeting=key,
                                  purpose=rng.choice([None, "دعم الاستقرار"]), evidence=[ev("pledge:verb+amount")]))
    for _ in range(rng.randint(3, 6)):
        speaker = rng.choice(persons + states[:20])
        used.add(speaker)
        n = rng.randrange(len(VERBS))
        doc.claims.append(Claim(speaker, VERBS[n], CLAIM_TYPES[n], quote=rng.random() < 0.3,
                                content=" ".join(rng.choice(WORDS) for _ in range(10)), meeting=key,
                                evidence=[ev("claim:verb")]))
    for _ in range(rng.randint(1, 2)):
        st = rng.choice(states)
        used.add(st)
        doc.memberships.append(Membership(st, "joined", "wd:Q18214106", meeting=key if rng.random() < 0.5 else None,
                                          date=f"{year}-{month:02d}-15", member_count_after=60 + year - 2014,
                                          evidence=[ev("membership:joined")]))
    for _ in range(rng.randint(1, 2)):
        p = rng.choice(persons)
        used.add(p)
        doc.roles.append(Role(p, "وزير الخارجية", "Foreign Minister", ents[p].country, evidence=[ev("role:title")]))
    used |= set(rng.sample(orgs, 2)) | {"wd:Q18214106", "wd:Q2429253"}
    for k in list(used):
        if ents[k].country:
            used.add(ents[k].country)
    for k in sorted(used):
        doc.entities[k] = ents[k]
        b, e = spans[0]
        doc.mentions.append(Mention(b, b + 3, text[b:b + 3], k, sentence=0))
    return doc


def generate(root: Path, n_articles: int, seed: int = 7, batch: int = 500) -> None:
    from coalition_kg.graph.rdf import document_quads
    from coalition_kg.graph.store import StoreDir

    global _Article
    _Article = _article_class()
    rng = random.Random(seed)
    ents = entities(rng)
    mtgs = meetings(rng, ents)
    persons = [k for k, e in ents.items() if e.type == "person"]
    states = [k for k, e in ents.items() if e.type == "state"]
    orgs = [k for k, e in ents.items() if e.type == "organization"]
    t0 = time.monotonic()
    with StoreDir(root).writer(fresh=True) as store:
        quads: list = []
        for i in range(n_articles):
            shared, own = document_quads(document(i, rng, ents, mtgs, persons, states, orgs))
            quads += shared
            quads += own
            if (i + 1) % batch == 0 or i + 1 == n_articles:
                store.bulk_extend(quads)
                quads = []
                print(f"\r  generated {i + 1}/{n_articles} articles ({time.monotonic() - t0:.0f} s)",
                      end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        store.optimize()


def quad_count(root: Path) -> int:
    from coalition_kg.graph.store import StoreDir

    return len(StoreDir(root).open_read())


def run_queries(root: Path, only: set[str] | None, timeout: float, row_cap: int, repeat: int) -> list[tuple]:
    from coalition_kg.graph import canned
    from coalition_kg.graph.engine import Engine
    from coalition_kg.graph.sparql import Job

    from coalition_kg.graph.names import NameIndex
    from coalition_kg.graph.store import StoreDir

    names = NameIndex.from_store(StoreDir(root).open_read())  # entity parameters may be names
    pool = Engine(root)
    out = []
    try:
        pool.run(Job("ASK {}"), 60)  # open the store outside the timings
        for name, q in canned.load_all().items():
            if only and name not in only:
                continue
            variants = [("examples", q.examples())] + ([("no params", {})] if q.examples() else [])
            for label, values in variants:
                subs = {k.value: v for k, v in q.bind(values, names).items()}
                best, res = None, None
                for _ in range(repeat):
                    t = time.monotonic()
                    res = pool.run(Job(q.text, substitutions=subs, row_cap=row_cap), timeout)
                    dt = time.monotonic() - t
                    best = dt if best is None else min(best, dt)
                    if res.status != "ok":
                        break
                rows = f"{res.rows}{'+' if res.truncated else ''}" if res.status == "ok" else res.status
                out.append((name, label, best, rows))
                print(f"{name:22} {label:10} {best:9.2f} s  {rows:>8}", flush=True)
    finally:
        pool.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20000, help="synthetic articles (default 20000, >1M quads)")
    ap.add_argument("--store", help="store directory; generated there if it has no store yet, else reused")
    ap.add_argument("--regenerate", action="store_true", help="regenerate even if --store holds a store")
    ap.add_argument("--only", help="comma-separated canned query names")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per query before it is killed")
    ap.add_argument("--row-cap", type=int, default=10_000, help="rows serialised per query (the server's cap)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per query; the best time is shown")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    from coalition_kg.graph.store import StoreDir

    tmp = None
    if args.store:
        root = Path(args.store)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="ckg-bench-")
        root = Path(tmp.name)
    if args.regenerate or not StoreDir(root).exists():
        print(f"generating {args.articles} synthetic articles into {root}", file=sys.stderr)
        t = time.monotonic()
        generate(root, args.articles, args.seed)
        print(f"  loaded in {time.monotonic() - t:.0f} s", file=sys.stderr)
    else:
        print(f"reusing the store at {root}", file=sys.stderr)
    t = time.monotonic()
    n = quad_count(root)
    print(f"quads: {n:,} (counted in {time.monotonic() - t:.1f} s); time limit {args.timeout:g} s, "
          f"row cap {args.row_cap}")
    print(f"{'query':22} {'params':10} {'seconds':>11}  {'rows':>8}")
    run_queries(root, set(args.only.split(",")) if args.only else None, args.timeout, args.row_cap, args.repeat)
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
