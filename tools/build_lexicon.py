#!/usr/bin/env python3
"""Regenerate ``data/lexicon/states.yaml`` and ``data/lexicon/cities.yaml``.

Why this script exists
----------------------
The extractor links Arabic surface forms ("السعودية", "الأميركي", "واشنطن",
"مراكش") to sovereign states and cities with Wikidata QIDs.  Typing ~200
states and ~1,200 cities by hand would be error-prone and impossible to
audit, so the two big lexicons are *generated* from public reference data
that the project ships in ``shared/reference`` (see its README for sources,
licences and quirks):

* ``country-codes.csv``   ISO codes, UN terminology (UNTERM) Arabic names,
                          Wikidata QIDs (as URLs; Namibia's is missing);
* Natural Earth admin-0   short, news-like Arabic names (Wikidata labels);
* Natural Earth places    cities with QIDs, Arabic names, capital flags;
* CLDR via ``babel``      the Unicode consortium's Arabic country names.

What the sources cannot give -- press spelling variants (أميركا/أمريكا,
إفريقيا/أفريقيا, Maghrebi and Egyptian transliterations), nisba adjectives,
plural demonyms, capitals used as metonyms, fixes for wrong source values --
lives in two small hand-written override files next to the output:
``states_extra.yaml`` and ``cities_extra.yaml``.  Edit those, never the
generated files, then run::

    python tools/build_lexicon.py [--reference DIR] [--out DIR] [--check]

The output is deterministic (sorted by ``name_en``, stable list order) so a
re-run that changes nothing produces no diff.  ``--check`` exits non-zero if
the generated files differ from the ones on disk (usable in CI).

The lexicons hold general world knowledge only: nothing in them is keyed to a
particular article.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

try:  # babel is a declared project dependency, but keep a clear message
    from babel import Locale
except ImportError:  # pragma: no cover
    sys.exit("build_lexicon.py needs babel (pip install babel)")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference"
LEXICON = REPO / "data" / "lexicon"

# The 193 UN member states (ISO 3166-1 alpha-2).  Hard-coded on purpose:
# country-codes.csv has no membership column and its UNTERM columns also cover
# observers (PS, VA) and the Cook Islands / Niue while missing TR and CI.
UN_MEMBERS = frozenset("""
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW
BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG
ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL
IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT
LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL
NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI
SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US
UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split())
# States that are not UN members but that the KG must know.
OTHER_STATES = frozenset({"PS", "VA", "XK", "TW"})
ALL_STATES = UN_MEMBERS | OTHER_STATES

# Natural Earth places: adm0_a3 codes of rows whose iso_a2 is -99.
NE_A3_TO_ISO2 = {"KOS": "XK", "SOL": "SO"}

# Arabic harakat, superscript alef, tatweel: dropped from every output surface
# (the press rarely writes them; the extractor strips them anyway).
_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")
_SPACES = re.compile(r"\s+")


def strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _DIACRITICS.sub("", text)
    return _SPACES.sub(" ", text.replace("\u00A0", " ")).strip()


def as_written(text: str) -> str:
    """A hand-written surface of the override files, its marks kept: a vowelled form is written
    there on purpose, since it tells a homograph apart (عمّان is Amman, عُمان is Oman)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\u00A0", " ")).strip()


def match_key(text: str) -> str:
    """Loose key used only for de-duplication and collision checks."""
    text = strip_marks(text)
    text = re.sub("[أإآٱ]", "ا", text)
    return text.replace("ى", "ي")


def ar_variants(raw: str, *, split_paren: bool) -> list[str]:
    """Clean one source name into zero or more usable Arabic surfaces.

    * UNTERM/official parenthetical forms ("إيران (جمهورية - الإسلامية)")
      are dropped (split_paren=False); CLDR's "ميانمار (بورما)" is split
      into both names (split_paren=True).
    * a trailing "*" (UNTERM observer marker) is removed.
    * "الكونغو - برازافيل" / "غينيا - بيساو" become "الكونغو برازافيل" ...
    * Natural Earth's "أوستن، تكساس" keeps the part before the comma.
    """
    if not raw:
        return []
    text = strip_marks(raw).rstrip("*").strip()
    text = text.split("،")[0].split(",")[0].strip()
    out: list[str] = []
    m = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", text)
    if m:
        if not split_paren:
            return []
        out.extend([m.group(1).strip(), m.group(2).strip()])
    else:
        out.append(text)
    cleaned = []
    for name in out:
        if re.search(r"\s-|-\s", name):
            name = _SPACES.sub(" ", name.replace("-", " ")).strip()
        if name and not re.search(r"[A-Za-z_()]", name):
            cleaned.append(name)
    return cleaned


def en_clean(raw: str) -> str:
    text = (raw or "").replace("\u2019", "'").rstrip("*").strip()
    text = re.sub(r"\s*\((the)\)\s*$", "", text).strip()
    text = re.sub(r"^the\s+", "", text)
    text = text.replace(" & ", " and ")
    return re.sub(r"^St\. ", "Saint ", text)


def add_unique(target: list[str], items, key=strip_marks) -> None:
    """Append items not yet present.  Spelling variants that differ only in
    hamza (أفريقيا / إفريقيا) are kept on purpose: both occur in the press."""
    seen = {key(x) for x in target}
    for item in items:
        if item and key(item) not in seen:
            target.append(item)
            seen.add(key(item))


def qid_from_url(url: str) -> str | None:
    url = (url or "").strip()
    return url.rsplit("/", 1)[-1] if url else None


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_yaml_list(path: Path) -> list[dict]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        sys.exit(f"{path}: expected a top-level list")
    return data


# --------------------------------------------------------------------------
# states
# --------------------------------------------------------------------------

def build_states(ref: Path, extras: list[dict], ne_caps: dict[str, list[str]]):
    cc_rows = {r["ISO3166-1-Alpha-2"]: r for r in read_csv(ref / "country-codes.csv")}
    ne_rows: dict[str, list[dict]] = defaultdict(list)
    for r in read_csv(ref / "ne_50m_admin_0_countries_v5.0.0_attributes.csv"):
        iso = r["iso_a2"] if r["iso_a2"] not in ("-99", "") else r["iso_a2_eh"]
        ne_rows[iso].append(r)
    cldr_ar = Locale("ar").territories
    cldr_en = Locale("en").territories
    extra_by_iso = {e["iso2"]: e for e in extras}
    unknown = set(extra_by_iso) - ALL_STATES
    if unknown:
        sys.exit(f"states_extra.yaml: unknown iso2 {sorted(unknown)}")

    states = []
    for iso in sorted(ALL_STATES):
        cc = cc_rows.get(iso, {})
        ex = extra_by_iso.get(iso, {})
        qid_cc = qid_from_url(cc.get("wikidata_id", ""))
        ne_candidates = ne_rows.get(iso, [])
        ne = next((r for r in ne_candidates if qid_cc and r["wikidataid"] == qid_cc), None)
        if ne is None:
            ne = next((r for r in ne_candidates if r["type"] in ("Sovereign country", "Country")),
                      ne_candidates[0] if ne_candidates else {})
        qid = ex.get("qid") or qid_cc or ne.get("wikidataid") or None
        if not qid:
            sys.exit(f"no QID for {iso}")

        names: list[str] = []
        add_unique(names, ex.get("names_ar_first", []))
        add_unique(names, ar_variants(ne.get("name_ar", ""), split_paren=True))
        add_unique(names, ar_variants(cldr_ar.get(iso, ""), split_paren=True))
        for col in ("UNTERM Arabic Short", "official_name_ar", "UNTERM Arabic Formal"):
            add_unique(names, ar_variants(cc.get(col, ""), split_paren=False))
        add_unique(names, [as_written(x) for x in ex.get("names_ar", [])], key=as_written)
        drop = {match_key(x) for x in ex.get("drop_names_ar", [])}
        names = [n for n in names if match_key(n) not in drop]

        name_en = ex.get("name_en") or en_clean(cldr_en.get(iso) or ne.get("name") or "")
        aliases: list[str] = []
        sourced = [en_clean(x) for x in (
            cldr_en.get(iso, ""), cc.get("CLDR display name", ""), cc.get("UNTERM English Short", ""),
            cc.get("official_name_en", ""), cc.get("UNTERM English Formal", ""),
            ne.get("name", ""), ne.get("name_long", ""), ne.get("formal_en", ""), ne.get("admin", ""))]
        # drop map abbreviations ("Dem. Rep. Congo") and UN inverted forms ("Iran (Islamic Republic of)")
        sourced = [a for a in sourced if "." not in a and "(" not in a]
        add_unique(aliases, sourced, key=str.casefold)
        add_unique(aliases, ex.get("aliases_en", []), key=str.casefold)
        aliases = [a for a in aliases if a.casefold() != name_en.casefold()]

        nisba = [strip_marks(x) for x in ex.get("nisba", [])]
        demonyms: list[str] = []
        for n in nisba:  # sound plurals: سوري -> السوريين / السوريون
            if " " not in n and n.endswith("ي"):
                add_unique(demonyms, ["ال" + n + "ين", "ال" + n + "ون"])
        add_unique(demonyms, [strip_marks(x) for x in ex.get("demonym_pl", [])])

        if "capital_ar" in ex:
            capitals = [strip_marks(x) for x in ex["capital_ar"]]
        else:
            capitals = list(ne_caps.get(iso, []))

        entry = {
            "qid": qid,
            "iso2": iso,
            "name_en": name_en,
            "names_ar": names,
            "nisba": nisba,
            "demonym_pl": demonyms,
            "capital_ar": capitals,
            "aliases_en": aliases,
            "un_member": iso in UN_MEMBERS,
        }
        if ex.get("alt_qids"):
            entry["alt_qids"] = list(ex["alt_qids"])
        states.append(entry)
    states.sort(key=lambda s: s["name_en"].casefold())
    return states


# --------------------------------------------------------------------------
# cities
# --------------------------------------------------------------------------

def ne_city_iso(row: dict) -> str | None:
    iso = row["iso_a2"]
    if iso in ("-99", ""):
        return NE_A3_TO_ISO2.get(row["adm0_a3"])
    return iso


_CITY_PREFIX_KEEP = ("مدينة ",)                 # "مدينة الكويت" is real usage: keep it too
_CITY_PREFIX_DROP = ("بلدية ", "ريف ", "قرية ")  # Wikidata disambiguation, never press usage


def city_names(raw: str) -> list[str]:
    names: list[str] = []
    for name in ar_variants(raw, split_paren=False):
        for prefix in _CITY_PREFIX_DROP:
            if name.startswith(prefix):
                name = name[len(prefix):]
        add_unique(names, [name])
        for prefix in _CITY_PREFIX_KEEP:
            if name.startswith(prefix):
                add_unique(names, [name[len(prefix):]])
    return names


def build_cities(ref: Path, extras: list[dict]):
    rows = read_csv(ref / "ne_50m_populated_places_v5.0.0_attributes.csv")
    cities: dict[str, dict] = {}
    order: list[str] = []
    for r in rows:
        if r["featurecla"] in ("Scientific station", "Historic place"):
            continue
        iso = ne_city_iso(r)
        if not iso:
            continue
        qid = r["wikidataid"] or None
        # NE name_en is sometimes another town entirely (Maradi -> "Niamey");
        # accept it only when it is recognisably the same name as `name`.
        name_en = r["name_en"]
        ratio = difflib.SequenceMatcher(None, r["nameascii"].lower(), name_en.lower()).ratio()
        if not name_en or ratio < 0.5:
            name_en = r["name"]
        key = qid or f"{iso}:{r['name']}"
        if key in cities:  # same QID twice: keep the first, merge names
            add_unique(cities[key]["names_ar"], city_names(r["name_ar"]))
            continue
        cities[key] = {
            "qid": qid,
            "name_en": name_en,
            "names_ar": city_names(r["name_ar"]),
            "country": iso,
            "capital": r["adm0cap"] == "1",
        }
        order.append(key)

    for ex in extras:
        key = ex.get("qid") or f"{ex.get('country')}:{ex.get('name_en')}"
        if key not in cities:
            missing = [k for k in ("name_en", "country", "names_ar") if not ex.get(k)]
            if missing:
                sys.exit(f"cities_extra.yaml: new city {key} lacks {missing}")
            cities[key] = {"qid": ex.get("qid"), "name_en": ex["name_en"], "names_ar": [],
                           "country": ex["country"], "capital": bool(ex.get("capital", False))}
            order.append(key)
        city = cities[key]
        if "replace_names_ar" in ex:
            city["names_ar"] = [strip_marks(x) for x in ex["replace_names_ar"]]
        add_unique(city["names_ar"], [as_written(x) for x in ex.get("names_ar", [])], key=as_written)
        drop = {match_key(x) for x in ex.get("drop_names_ar", [])}
        city["names_ar"] = [n for n in city["names_ar"] if match_key(n) not in drop]
        for field in ("name_en", "country", "capital"):
            if field in ex:
                city[field] = ex[field]

    out = [c for c in (cities[k] for k in order) if c["names_ar"]]
    out.sort(key=lambda c: (c["name_en"].casefold(), c["country"], c["qid"] or ""))
    return out


def capitals_from_cities(cities: list[dict]) -> dict[str, list[str]]:
    caps: dict[str, list[str]] = defaultdict(list)
    for c in cities:
        if c["capital"]:
            add_unique(caps[c["country"]], c["names_ar"])
    return caps


# --------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------

def state_surfaces(state: dict):
    for field in ("names_ar", "capital_ar", "nisba", "demonym_pl"):
        for s in state[field]:
            yield field, s


def collisions(states: list[dict]) -> list[str]:
    owner: dict[str, set[str]] = defaultdict(set)
    for st in states:
        for _field, s in state_surfaces(st):
            owner[match_key(s)].add(st["iso2"])
    return [f"{k}: {sorted(v)}" for k, v in sorted(owner.items()) if len(v) > 1]


def city_state_clashes(states: list[dict], cities: list[dict]) -> list[str]:
    owner = {}
    for st in states:
        for field, s in state_surfaces(st):
            owner.setdefault(match_key(s), (st["iso2"], field))
    out = []
    for c in cities:
        for n in c["names_ar"]:
            hit = owner.get(match_key(n))
            if hit and not (hit[0] == c["country"] and (c["capital"] or hit[1] == "capital_ar")):
                out.append(f"{n} (city {c['name_en']}/{c['country']}) vs state {hit[0]}.{hit[1]}")
    return out


class _Dumper(yaml.SafeDumper):
    pass


def _list_flow(dumper, data):  # short scalar lists on one line: readable diffs
    flow = all(isinstance(x, str) for x in data) and len(data) > 0
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _list_flow)


def dump(items, header: str) -> str:
    body = yaml.dump(items, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)
    # blank line between records keeps the file skimmable
    body = re.sub(r"\n- ", "\n\n- ", body)
    return header + body


HEADER = ("# GENERATED by tools/build_lexicon.py -- do not edit by hand.\n"
          "# Sources: shared/reference (country-codes.csv, Natural Earth 5.0.0), CLDR via babel,\n"
          "# plus data/lexicon/{extra}.  Edit the override file and re-run the script.\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                    help="directory with country-codes.csv and the Natural Earth CSVs "
                         "(default: ../shared/reference relative to the repo root)")
    ap.add_argument("--out", type=Path, default=LEXICON, help="output directory (default data/lexicon)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the files on disk are out of date")
    args = ap.parse_args(argv)
    ref = args.reference
    if not (ref / "country-codes.csv").exists():
        sys.exit(f"reference data not found in {ref} (use --reference DIR)")

    state_extras = load_yaml_list(LEXICON / "states_extra.yaml")
    city_extras = load_yaml_list(LEXICON / "cities_extra.yaml")
    cities = build_cities(ref, city_extras)
    states = build_states(ref, state_extras, capitals_from_cities(cities))

    for c in collisions(states):
        print("WARNING state surface collision:", c, file=sys.stderr)
    for c in city_state_clashes(states, cities):
        print("note city/state name clash:", c, file=sys.stderr)

    outputs = {
        args.out / "states.yaml": dump(states, HEADER.format(extra="states_extra.yaml")),
        args.out / "cities.yaml": dump(cities, HEADER.format(extra="cities_extra.yaml")),
    }
    stale = [p for p, text in outputs.items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for p in stale:
            print(f"out of date: {p}", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for p, text in outputs.items():
        p.write_text(text, encoding="utf-8")
    print(f"states: {len(states)} ({sum(s['un_member'] for s in states)} UN members), "
          f"cities: {len(cities)}; wrote {', '.join(str(p) for p in outputs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
