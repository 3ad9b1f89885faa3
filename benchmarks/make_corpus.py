#!/usr/bin/env python3
"""Write a synthetic but varied corpus of Arabic coalition-meeting articles (JSON Lines).

Every article is assembled from sentence templates filled from the project's lexicons
(states with their nisba adjectives, persons with their countries and titles, venue cities,
speech verbs and participles, pledge verbs, currencies, number words, month names in
Egyptian/Levantine/Maghrebi usage), so the extractor meets the same kinds of constructions it
meets in real news: VSO/SVO speech acts, participial continuations, من جانبه switches, quotes,
collective speakers, pledges in digits or words with qualifiers, joins, observers, sanctions,
site chrome. Deterministic for a given --seed.

    python benchmarks/make_corpus.py --n 10000 --out var/bench/corpus.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
LEX = ROOT / "data" / "lexicon"


def load(name):
    p = LEX / f"{name}.yaml"
    return yaml.safe_load(p.read_text(encoding="utf-8")) if p.exists() else []


STATES = [s for s in load("states") if s.get("names_ar") and s.get("nisba") and s.get("iso2")]
PERSONS = [p for p in load("persons") if p.get("names_ar") and p.get("country")]
CITIES = [c for c in load("cities") if c.get("names_ar")][:400]
VERBS = [v for v in load("speech_verbs") if v.get("type") in ("statement", "call", "warning", "welcome", "praise")
         and not v.get("participle") and not v.get("object") and " " not in v["forms"][0]]
PARTICIPLES = [v for v in load("speech_verbs") if v.get("participle") and not v.get("feminine")]
CURRENCIES = [c for c in load("currencies") if c.get("code") in ("USD", "EUR", "GBP")]
MONTHS = load("months")
WORD_AMOUNTS = ["خمسة ملايين", "عشرة ملايين", "مئة مليون", "مئتي مليون", "ثلاثة ملايين ونصف", "مليار",
                "خمسين مليون", "سبعة ملايين"]
QUALIFIERS = ["", "قرابة ", "حوالي ", "نحو ", "أكثر من ", "أزيد من ", "ما يقرب من "]
TOPICS = ["مواصلة الحرب على داعش", "استعادة المقاتلين الأجانب المحتجزين", "دعم الاستقرار في المناطق المحررة",
          "تجفيف منابع تمويل الإرهاب", "مكافحة الدعاية المتطرفة على الإنترنت", "حماية الحدود في منطقة الساحل",
          "تعزيز التعاون مع الشركاء في أفريقيا", "محاسبة مرتكبي الجرائم"]
CLAIMS = ["التنظيم ما زال يشكل تهديدا خطيرا في العراق وسوريا", "التحالف حقق تقدما كبيرا خلال العام الماضي",
          "المعركة ضد الإرهاب طويلة ومعقدة", "الهزيمة العسكرية لا تعني نهاية التنظيم",
          "على الدول الأعضاء زيادة مساهماتها", "الوضع في المخيمات لا يمكن أن يستمر"]
CHROME = ["تابعونا على فيسبوك", "اقرأ أيضا: تطورات جديدة في الملف السوري", "جميع الحقوق محفوظة © 2024",
          "اشترك في النشرة البريدية"]


def verb(r, vtype=None):
    rows = [v for v in VERBS if not vtype or v["type"] == vtype] or VERBS
    return r.choice(rows)["forms"][0]


def person(r):
    p = r.choice(PERSONS)
    st = next((s for s in STATES if s["iso2"] == p["country"]), None)
    return p, st


def amount(r):
    if r.random() < 0.35:
        return r.choice(WORD_AMOUNTS)
    n = r.choice([5, 10, 20, 50, 75, 100, 150, 200, 300, 436, 500, 601, 700])
    digits = str(n) if r.random() < 0.8 else str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    return f"{digits} {r.choice(['مليون', 'مليون', 'ألف'])}"


def article(i: int, r: random.Random) -> dict:
    city = r.choice(CITIES)["names_ar"][0]
    month = r.choice(r.choice(MONTHS)["names"]) if MONTHS else "يونيو"
    year = r.randint(2014, 2024)
    (p1, s1), (p2, s2) = person(r), person(r)
    name1, name2 = p1["names_ar"][0], p2["names_ar"][0]
    short1 = (p1.get("surnames_ar") or [name1.split()[-1]])[0]
    nis1 = "ال" + s1["nisba"][0] if s1 else "الأمريكي"
    nis2 = "ال" + s2["nisba"][0] if s2 else "الفرنسي"
    cur = r.choice(CURRENCIES)["names_ar"][0] if CURRENCIES else "دولار"
    joined = r.sample(STATES, 2)
    lines = []
    if r.random() < 0.5:
        lines.append(r.choice(CHROME))
    lines.append(f"{city}: التحالف الدولي ضد داعش يبحث مستقبل الحملة")
    lines.append(f"انطلقت في {city} اليوم أعمال الاجتماع الوزاري للتحالف الدولي ضد تنظيم داعش في {r.randint(1, 28)} "
                 f"{month} {year}، بمشاركة ممثلي {r.randint(60, 86)} دولة ومنظمة.")
    lines.append(f"و{verb(r)} وزير الخارجية {nis1} {name1} أن {r.choice(CLAIMS)}، "
                 f"{r.choice(PARTICIPLES)['forms'][0] if PARTICIPLES else 'مشيرا'} إلى أهمية {r.choice(TOPICS)}.")
    lines.append(f"وأضاف أن {r.choice(CLAIMS)}، داعيا الدول الأعضاء إلى {r.choice(TOPICS)}.")
    lines.append(f"وقال {short1}: «{r.choice(CLAIMS)}».")
    lines.append(f"من جانبه، {verb(r)} وزير الخارجية {nis2} {name2} إن بلاده ملتزمة بـ{r.choice(TOPICS)}.")
    q = r.choice(QUALIFIERS)
    if r.random() < 0.5:
        lines.append(f"وأعلن {short1} تخصيص {q}{amount(r)} {cur} لدعم {r.choice(TOPICS)}.")
    else:
        lines.append(f"وتعهد وزير الخارجية {nis2} بتقديم {q}{amount(r)} {cur} للمناطق المحررة في العراق وسوريا.")
    if r.random() < 0.4:
        lines.append(f"وأطلق الوزراء حملة بهدف جمع {amount(r)} {cur}، وقد أعلنت {r.choice(['ثماني', 'خمس', 'عشر'])} "
                     f"دول أعضاء عن تعهدات بأكثر من {amount(r)} {cur}.")
    lines.append(f"ورحب الوزراء بانضمام {joined[0]['names_ar'][0]} و{joined[1]['names_ar'][0]} إلى التحالف، "
                 f"ليرتفع عدد أعضائه إلى {r.randint(60, 90)}.")
    if r.random() < 0.3:
        lines.append(f"وكانت {r.choice(STATES)['names_ar'][0]} قد قدمت في العام الماضي {amount(r)} {cur} لمشاريع الاستقرار.")
    if r.random() < 0.3:
        lines.append("ولا يزال عناصر التنظيم ينشطون في مناطق نائية، وفق وكالة الصحافة الفرنسية.")
    lines.append(f"وأفاد البيان الختامي بأن الوزراء {verb(r, 'call')} إلى {r.choice(TOPICS)}.")
    if r.random() < 0.5:
        lines.append(r.choice(CHROME))
    return {"id": f"bench_{i:06d}", "text": "\n".join(lines)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT / "var" / "bench" / "corpus.jsonl")
    args = ap.parse_args(argv)
    if not (STATES and PERSONS and CITIES and VERBS):
        print("make_corpus: the lexicons in data/lexicon are missing", file=sys.stderr)
        return 2
    r = random.Random(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for i in range(args.n):
            f.write(json.dumps(article(i, r), ensure_ascii=False) + "\n")
    print(f"wrote {args.n} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
