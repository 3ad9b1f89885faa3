#!/usr/bin/env python3
"""Check and assemble the real-news corpus (``tests/realnews``).

    check_realnews.py tests/realnews            check every article, sidecar and gold file
    check_realnews.py tests/realnews --assemble write gold/dev.yaml and gold/test.yaml from split.yaml

Checks: each ``articles/<id>.txt`` has a sidecar with the required fields and a gold file; every
Arabic string of the gold (surfaces, evidence, verbs) occurs verbatim in the text; the assembled
gold is accepted by the referee (``score_facts.py`` scoring it against itself gives 1.0).
Exit 1 when anything is wrong, each problem printed with its file.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REFEREE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_facts.py"
META_FIELDS = ("url", "outlet", "outlet_region", "found_by", "retrieved", "published_known", "genre")
# what a crawler has is the page's text and address: a sidecar's ``published`` is read by the
# loader as the page's metadata, so the annotator's reconstruction (a weekday plus a known
# meeting date) must not be stored under that name
NOT_METADATA = ("published",)
VERBATIM = {"entities": ("surfaces",), "pledges": ("evidence",), "memberships": ("evidence",),
            "designations": ("evidence",), "claims": ("evidence", "verb"),
            "optional_claims": ("evidence",)}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def check_article(root: Path, art: Path) -> list[str]:
    problems, aid = [], art.stem
    meta_path, gold_path = art.with_suffix(".meta.yaml"), root / "gold" / f"{aid}.yaml"
    if not meta_path.exists():
        return [f"{meta_path}: missing sidecar"]
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
    problems += [f"{meta_path}: no {f}" for f in META_FIELDS if f not in meta]
    problems += [f"{meta_path}: '{f}' would be read as the page's metadata (write published_known)"
                 for f in NOT_METADATA if f in meta]
    if not gold_path.exists():
        return problems + [f"{gold_path}: missing gold"]
    text = art.read_text(encoding="utf-8")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    if (gold.get("article") or {}).get("id") != aid:
        problems.append(f"{gold_path}: article.id is not {aid}")
    for section, fields in VERBATIM.items():
        for item in gold.get(section) or []:
            for field in fields:
                for s in _strings(item.get(field)):
                    if s and s not in text:
                        problems.append(f"{gold_path}: {section}.{field} not in text: {s[:70]!r}")
    return problems


def assemble(root: Path, ids: list[str]) -> dict:
    """One gold document in the shape of ``shared/gold/seeds.yaml`` for these articles."""
    meetings: dict[str, dict] = {}
    articles = []
    for aid in ids:
        gold = yaml.safe_load((root / "gold" / f"{aid}.yaml").read_text(encoding="utf-8"))
        for m in gold.pop("meetings", None) or []:
            merged = meetings.setdefault(m["key"], {**m, "articles": []})
            merged["articles"].append(aid)
            for k, v in m.items():  # what one article leaves out, another may state
                if merged.get(k) in (None, [], "") and v not in (None, [], ""):
                    merged[k] = v
            # a day that another article gives within the month (or year) one dated it to
            day, have = str(m.get("date") or ""), str(merged.get("date") or "")
            if have and len(day) > len(have) and day.startswith(have):
                merged.update(date=m["date"], date_precision=m.get("date_precision"), date_source=m.get("date_source"))
            merged["chairs"] = sorted(set(merged.get("chairs") or []) | set(m.get("chairs") or [])) or None
            merged["optional"] = bool(merged.get("optional")) and bool(m.get("optional"))
        articles.append(gold)
    return {"meetings": list(meetings.values()), "articles": articles}


def referee_accepts(doc: dict) -> list[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", encoding="utf-8", delete=False) as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False)
    run = subprocess.run([sys.executable, str(REFEREE), "--gold", fh.name, "--pred", fh.name],
                         capture_output=True, text=True)
    Path(fh.name).unlink()
    return [] if run.returncode == 0 else [f"referee refuses the gold: {run.stderr.strip()[-400:]}"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", type=Path)
    ap.add_argument("--assemble", action="store_true", help="write gold/dev.yaml and gold/test.yaml")
    args = ap.parse_args(argv)
    arts = sorted((args.root / "articles").glob("*.txt"))
    problems = [p for art in arts for p in check_article(args.root, art)]
    ready = [a.stem for a in arts if (args.root / "gold" / f"{a.stem}.yaml").exists()]
    if ready:
        try:
            problems += referee_accepts(assemble(args.root, ready))
        except Exception as exc:  # a malformed file must name itself, not crash the check
            problems.append(f"cannot assemble: {exc!r}")
    split = yaml.safe_load((args.root / "split.yaml").read_text(encoding="utf-8"))
    listed = set(split["dev"]) | set(split["test"])
    # articles still being annotated (not in the split yet) do not hold the split's gold back
    blocking = [p for p in problems if any(i in p for i in listed) or not any(a.stem in p for a in arts)]
    if args.assemble and not blocking:
        for part in ("dev", "test"):
            out = args.root / "gold" / f"{part}.yaml"
            out.write_text("# assembled by tools/check_realnews.py --assemble; edit gold/<id>.yaml instead\n"
                           + yaml.safe_dump(assemble(args.root, split[part]), allow_unicode=True, sort_keys=False),
                           encoding="utf-8")
    for p in problems:
        print(p)
    print(f"{len(arts)} articles, {len(ready)} with gold, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
