#!/usr/bin/env python3
"""Regenerate ``ontology/coalition.html`` from ``ontology/coalition.ttl``.

    .venv/bin/python tools/build_ontology_docs.py [--check]

Our own small generator (rdflib + a Jinja2 template) rather than pyLODE: pyLODE 3.4.1 from PyPI
fails on import (its version module reads a pyproject.toml the wheel does not ship), and we
want Arabic definitions shown right-to-left next to the English ones. The output is
deterministic, so a test can compare the committed page with a fresh rendering.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import rdflib
from jinja2 import Environment
from rdflib.namespace import OWL, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[1]
TTL = ROOT / "ontology" / "coalition.ttl"
HTML = ROOT / "ontology" / "coalition.html"
CKG = "https://w3id.org/coalition-kg/ontology#"
DCT = rdflib.Namespace("http://purl.org/dc/terms/")

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title_en }}</title>
<link rel="alternate" type="text/turtle" href="{{ iri }}">
<style>
body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #222; }
h1 { margin-bottom: .2rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
.term { border: 1px solid #ddd; border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; }
.term h3 { margin: .2rem 0; } .iri { font-family: monospace; font-size: .9em; color: #555; }
[dir=rtl] { font-family: "Noto Naskh Arabic", "Amiri", serif; font-size: 1.08em; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .25rem .6rem; vertical-align: top; text-align: left; }
dt { font-weight: 600; float: left; clear: left; width: 10rem; } dd { margin-left: 10.5rem; }
code { background: #f4f4f4; padding: 0 .2em; }
</style>
</head>
<body>
<h1>{{ title_en }}</h1>
<p dir="rtl" lang="ar"><strong>{{ title_ar }}</strong></p>
<dl>
<dt>IRI</dt><dd><code>{{ iri }}</code></dd>
<dt>Version IRI</dt><dd><code>{{ version_iri }}</code></dd>
<dt>Version</dt><dd>{{ version }}</dd>
<dt>Prefix</dt><dd><code>ckg:</code> <code>{{ ns }}</code></dd>
<dt>License</dt><dd><a href="{{ license }}">{{ license }}</a></dd>
<dt>Formats</dt><dd>this page; Turtle, RDF/XML, JSON-LD, N-Triples at the IRI by content negotiation (<code>Accept</code>)</dd>
</dl>
<p>{{ description_en }}</p>
<p dir="rtl" lang="ar">{{ description_ar }}</p>

<h2 id="overview">Overview</h2>
<table>
<tr><th>Class</th><th>English</th><th>العربية</th><th>Subclass of</th></tr>
{% for t in classes %}<tr><td><a href="#{{ t.local }}">ckg:{{ t.local }}</a></td><td>{{ t.label_en }}</td><td dir="rtl" lang="ar">{{ t.label_ar }}</td><td>{% for s in t.supers %}{{ s|safe }}{% if not loop.last %}, {% endif %}{% endfor %}</td></tr>
{% endfor %}</table>
<p>{{ classes|length }} classes, {{ objprops|length }} object properties, {{ dataprops|length }} datatype properties, {{ individuals|length }} named individuals.</p>

<h2 id="design">Design notes</h2>
<ul>
<li><strong>OWL 2 DL, nothing imported.</strong> Terms of schema.org, SEM, PROV-O, W3C ORG, OWL-Time, Dublin Core and NIF are reused through <code>rdfs:subClassOf</code> / <code>rdfs:subPropertyOf</code>; each external term is declared with its OWL kind only, so no foreign axiom changes what our data entails.</li>
<li><strong>Provenance.</strong> Every fact has <code>prov:wasDerivedFrom</code> its article and <code>ckg:evidence</code> a <code>ckg:Evidence</code> node carrying NIF <code>nif:beginIndex</code>, <code>nif:endIndex</code> (Unicode code points), <code>nif:anchorOf</code> (the exact text) and <code>nif:referenceContext</code> (the article), plus <code>ckg:extractionMethod</code> and <code>ckg:confidence</code>. NIF rather than Web Annotation: the offsets sit flat on one node (no annotation → target → selector chain to walk in SPARQL), NIF counts code points as our extractor does, and it is the usual NLP-to-RDF format.</li>
<li><strong>Dates.</strong> <code>ckg:date</code> holds an <code>xsd:date</code>, <code>xsd:gYearMonth</code> or <code>xsd:gYear</code> by precision (<code>ckg:datePrecision</code>); none is in the OWL 2 datatype map, so the property has no OWL range and the SHACL shapes check it.</li>
<li><strong>Checks.</strong> Closed-world constraints (one donor, a positive amount, an ISO 4217 currency, a speaker, evidence on every fact) are SHACL shapes in <code>shapes.ttl</code>; <code>coalition-kg validate</code> runs them and HermiT.</li>
</ul>

{% for section, items in sections %}
<h2 id="{{ section|lower|replace(' ', '-') }}">{{ section }}</h2>
{% for t in items %}<div class="term" id="{{ t.local }}">
<h3>ckg:{{ t.local }} <span dir="rtl" lang="ar">— {{ t.label_ar }}</span></h3>
<div class="iri">{{ t.iri }}</div>
<p><strong>{{ t.label_en }}</strong>: {{ t.def_en }}</p>
<p dir="rtl" lang="ar"><strong>{{ t.label_ar }}</strong>: {{ t.def_ar }}</p>
<dl>
{% if t.supers %}<dt>{{ t.super_label }}</dt><dd>{% for s in t.supers %}{{ s|safe }}{% if not loop.last %}, {% endif %}{% endfor %}</dd>{% endif %}
{% if t.subs %}<dt>Subclasses</dt><dd>{% for s in t.subs %}{{ s|safe }}{% if not loop.last %}, {% endif %}{% endfor %}</dd>{% endif %}
{% if t.domain %}<dt>Domain</dt><dd>{{ t.domain|safe }}</dd>{% endif %}
{% if t.range %}<dt>Range</dt><dd>{{ t.range|safe }}</dd>{% endif %}
{% if t.characteristics %}<dt>Characteristics</dt><dd>{{ t.characteristics }}</dd>{% endif %}
{% if t.in_domain_of %}<dt>Properties</dt><dd>{% for s in t.in_domain_of %}{{ s|safe }}{% if not loop.last %}, {% endif %}{% endfor %}</dd>{% endif %}
{% if t.one_of %}<dt>One of</dt><dd>{% for s in t.one_of %}{{ s|safe }}{% if not loop.last %}, {% endif %}{% endfor %}</dd>{% endif %}
{% if t.types %}<dt>Type</dt><dd>{% for s in t.types %}{{ s|safe }}{% if not loop.last %}, {% endif %}{% endfor %}</dd>{% endif %}
</dl>
</div>
{% endfor %}{% endfor %}
<p><small>Generated from <code>ontology/coalition.ttl</code> by <code>tools/build_ontology_docs.py</code>.</small></p>
</body>
</html>
"""

PREFIXES = {
    "https://schema.org/": "schema", "http://www.w3.org/ns/prov#": "prov", "http://www.w3.org/ns/org#": "org",
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem", "http://www.w3.org/2006/time#": "time",
    "http://purl.org/dc/terms/": "dct", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#": "nif",
    "http://www.w3.org/2001/XMLSchema#": "xsd", "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://www.w3.org/2002/07/owl#": "owl",
}


def _esc(s: str) -> str:
    from markupsafe import escape

    return str(escape(s))


def _link(t) -> str:
    s = str(t)
    if s.startswith(CKG):
        local = s[len(CKG):]
        return f'<a href="#{_esc(local)}">ckg:{_esc(local)}</a>'
    for ns, p in PREFIXES.items():
        if s.startswith(ns):
            return f'<a href="{_esc(s)}">{p}:{_esc(s[len(ns):])}</a>'
    return f'<a href="{_esc(s)}">{_esc(s)}</a>'


def _lang(g, s, p, lang) -> str:
    for o in g.objects(s, p):
        if getattr(o, "language", None) == lang:
            return str(o)
    return ""


def _class_expr(g, node) -> str:
    if isinstance(node, rdflib.URIRef):
        return _link(node)
    members = g.value(node, OWL.unionOf)
    if members is not None:
        return " or ".join(_link(m) for m in rdflib.collection.Collection(g, members))
    return "(expression)"


def _term(g, s, kind: str) -> dict:
    local = str(s)[len(CKG):]
    t = {"iri": str(s), "local": local, "label_en": _lang(g, s, RDFS.label, "en"),
         "label_ar": _lang(g, s, RDFS.label, "ar"), "def_en": _lang(g, s, SKOS.definition, "en"),
         "def_ar": _lang(g, s, SKOS.definition, "ar")}
    sup = RDFS.subClassOf if kind == "class" else RDFS.subPropertyOf
    t["super_label"] = "Subclass of" if kind == "class" else "Subproperty of"
    t["supers"] = sorted((_link(o) for o in g.objects(s, sup) if isinstance(o, rdflib.URIRef)), key=_sortkey)
    if kind == "class":
        t["subs"] = sorted((_link(o) for o in g.subjects(RDFS.subClassOf, s)), key=_sortkey)
        t["in_domain_of"] = sorted((_link(p) for p in g.subjects(RDFS.domain, s)), key=_sortkey)
        eq = g.value(s, OWL.equivalentClass)
        one_of = g.value(eq, OWL.oneOf) if eq is not None else None
        t["one_of"] = [_link(m) for m in rdflib.collection.Collection(g, one_of)] if one_of is not None else []
    elif kind == "individual":
        t["types"] = sorted((_link(o) for o in g.objects(s, RDF.type) if o != OWL.NamedIndividual), key=_sortkey)
    else:
        dom, rng = g.value(s, RDFS.domain), g.value(s, RDFS.range)
        t["domain"] = _class_expr(g, dom) if dom is not None else ""
        t["range"] = _class_expr(g, rng) if rng is not None else ""
        t["characteristics"] = ", ".join(sorted(str(c).split("#")[1] for c in g.objects(s, RDF.type)
                                                if c == OWL.FunctionalProperty))
    return t


def _sortkey(html: str) -> str:
    return html.split(">", 1)[1]


def render(ttl: Path = TTL) -> str:
    g = rdflib.Graph().parse(ttl, format="turtle")
    onto = next(g.subjects(RDF.type, OWL.Ontology))

    def of(kind_iri, kind):
        return [_term(g, s, kind) for s in sorted(g.subjects(RDF.type, kind_iri)) if str(s).startswith(CKG)]

    classes = of(OWL.Class, "class")
    objprops, dataprops = of(OWL.ObjectProperty, "property"), of(OWL.DatatypeProperty, "property")
    individuals = of(OWL.NamedIndividual, "individual")
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(TEMPLATE).render(
        iri=str(onto), ns=CKG, version_iri=str(g.value(onto, OWL.versionIRI)), version=str(g.value(onto, OWL.versionInfo)),
        title_en=_lang(g, onto, DCT.title, "en"), title_ar=_lang(g, onto, DCT.title, "ar"),
        description_en=_lang(g, onto, DCT.description, "en"), description_ar=_lang(g, onto, DCT.description, "ar"),
        license=str(g.value(onto, DCT.license)), classes=classes, objprops=objprops, dataprops=dataprops,
        individuals=individuals,
        sections=[("Classes", classes), ("Object properties", objprops), ("Datatype properties", dataprops),
                  ("Named individuals", individuals)])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed page is out of date")
    args = ap.parse_args(argv)
    html = render()
    if args.check:
        ok = HTML.exists() and HTML.read_text(encoding="utf-8") == html
        print("up to date" if ok else f"{HTML} is out of date: run {Path(__file__).name}")
        return 0 if ok else 1
    HTML.write_text(html, encoding="utf-8")
    print(f"wrote {HTML} ({len(html)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
