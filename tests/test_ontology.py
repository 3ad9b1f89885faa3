"""The ontology: it defines every term the graph uses, labels them in two languages, is consistent
with the data under HermiT, and the SHACL shapes accept correct facts and catch broken ones."""
from __future__ import annotations

import copy
import re

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from coalition_kg.graph import rdf as kgrdf
from coalition_kg.graph.ontology import check_consistency, ontology_doc, ontology_graph
from coalition_kg.graph.validate import run_shacl, store_graph, validate_graph
from coalition_kg.graph.vocab import CKG_NS, ONTOLOGY_IRI
from coalition_kg.loaders.article import Article
from coalition_kg.loaders.document import Document, Entity
from coalition_kg.loaders.facts import Claim, Designation, Evidence, Meeting, Membership, Pledge, Role

CKG = rdflib.Namespace(CKG_NS)
TEXT = ("الرياض (واس) - انطلقت في الرياض أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش. "
        "وأعلنت المملكة تعهدها بمبلغ 150 مليون دولار. وأكد وزير الخارجية أن التحالف سيواصل عمله. "
        "وانضمت توغو إلى التحالف لتصبح العضو 86. وفرضت الولايات المتحدة عقوبات على قادة في داعش.")


def _ev(phrase: str) -> Evidence:
    start = TEXT.index(phrase)
    return Evidence("sample", start, start + len(phrase), phrase, sentence=0, method="test", confidence=0.9)


def sample_document() -> Document:
    """One article carrying every fact type, so every term graph/rdf.py can emit is emitted."""
    art = Article("sample", TEXT, "tests/sample.txt",
                  {"title": "اجتماع التحالف", "url": "https://example.org/a", "outlet": "واس",
                   "dateline": "الرياض (واس)"})
    ents = {
        "wd:Q851": Entity("wd:Q851", "state", "Saudi Arabia", "السعودية", "Q851"),
        "wd:Q30": Entity("wd:Q30", "state", "United States", "الولايات المتحدة", "Q30"),
        "wd:Q945": Entity("wd:Q945", "state", "Togo", "توغو", "Q945"),
        "wd:Q3692": Entity("wd:Q3692", "city", "Riyadh", "الرياض", "Q3692", country="wd:Q851"),
        "wd:Q2429253": Entity("wd:Q2429253", "organization", "ISIS", "داعش", "Q2429253", subtype="terrorist_group"),
        "wd:Q18208981": Entity("wd:Q18208981", "organization", "Global Coalition", "التحالف الدولي", "Q18208981",
                               subtype="coalition"),
        "ar:فيصل": Entity("ar:فيصل", "person", "Faisal bin Farhan", "فيصل بن فرحان", None, country="wd:Q851"),
        "wd:Q1": Entity("wd:Q1", "organization", "SPA", "واس", None, subtype="news_agency"),
    }
    doc = Document(art, entities=ents, published="2023-06-08", published_precision="day")
    doc.meetings = [Meeting("riyadh-2023", "ministerial", "wd:Q3692", "wd:Q851", "2023-06-08", "day", "text",
                            chairs=["wd:Q851", "wd:Q30"], hosts=["wd:Q851"], participants=["Coalition members"],
                            observers=["wd:Q945"], member_count=86,
                            evidence=[_ev("انطلقت في الرياض أعمال الاجتماع الوزاري")]),
                    Meeting("x-2024", "small_group", "wd:Q3692", None, "2024", "year", "text", announced=True,
                            evidence=[_ev("الدولي ضد داعش")])]
    doc.pledges = [Pledge("wd:Q851", 150_000_000, "USD", "about", "new", announcer="ar:فيصل",
                          purpose="الاستقرار", recipients=["Syrians"], meeting="riyadh-2023",
                          evidence=[_ev("وأعلنت المملكة تعهدها بمبلغ 150 مليون دولار")]),
                   Pledge("Global Coalition", 601_000_000, "USD", "more_than", "target",
                          evidence=[_ev("150 مليون دولار")])]
    doc.memberships = [Membership("wd:Q945", "joined", "wd:Q18208981", "2023-06-08", 86, "riyadh-2023",
                                  evidence=[_ev("وانضمت توغو إلى التحالف لتصبح العضو 86")])]
    doc.designations = [Designation("wd:Q2429253", "wd:Q30", "sanctions",
                                    evidence=[_ev("وفرضت الولايات المتحدة عقوبات على قادة في داعش")])]
    doc.roles = [Role("ar:فيصل", "وزير الخارجية", "Foreign Minister", "wd:Q851", "2023-06-08",
                      evidence=[_ev("وزير الخارجية")])]
    doc.claims = [Claim("ar:فيصل", "وأكد", "statement", False, "أن التحالف سيواصل عمله", co_speakers=["wd:Q30"],
                        numbers=["86"], meeting="riyadh-2023", context=None,
                        evidence=[_ev("وأكد وزير الخارجية أن التحالف سيواصل عمله")])]
    return doc


def to_rdflib(doc: Document) -> rdflib.Graph:
    g = rdflib.Graph()
    shared, own = kgrdf.document_quads(doc)
    for q in shared + own:
        g.add(tuple(_term(t) for t in (q.subject, q.predicate, q.object)))
    return g


def _term(t):
    from pyoxigraph import Literal, NamedNode

    if isinstance(t, NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        if t.datatype.value == str(rdflib.XSD.string):  # as N-Triples from the store reads back
            return rdflib.Literal(t.value)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    return rdflib.BNode(t.value)


@pytest.fixture(scope="module")
def sample() -> rdflib.Graph:
    return to_rdflib(sample_document())


# --- the ontology itself ---------------------------------------------------------------------

def _ckg_terms_used(g: rdflib.Graph) -> set[rdflib.URIRef]:
    used = set()
    for s, p, o in g:
        for t in (p, o) if p != RDF.type else (o,):
            if isinstance(t, rdflib.URIRef) and str(t).startswith(CKG_NS):
                used.add(t)
    return used


def test_ontology_defines_every_term_the_graph_uses(sample, built_store):
    onto = ontology_graph()
    used = _ckg_terms_used(sample) | _ckg_terms_used(store_graph_cached(built_store))
    undefined = sorted(str(t) for t in used if (t, RDF.type, None) not in onto)
    assert not undefined
    # the contract the canned queries rely on, by name
    contract = ("heldIn heldInCountry date datePrecision dateSource chair host participant observer memberCount "
                "announced reportedIn donor announcer amount currency qualifier status purpose recipient atMeeting "
                "memberState membershipEvent memberCountAfter target designatedBy action holder title roleOf speaker "
                "speechVerb claimType isQuote content numberMentioned context evidence sentenceIndex "
                "extractionMethod confidence articleId source contentHash text sourceUrl outletName mentions "
                "wikidataId country parentOrganization Evidence Membership Designation Role Camp TerroristGroup "
                "Coalition InternationalOrganization NewsAgency GovernmentBody ArmedGroup Region Place City "
                "qualifier_exact qualifier_about qualifier_more_than qualifier_less_than qualifier_at_least "
                "status_new status_past status_target event_joined event_observer event_member").split()
    assert [t for t in contract if (CKG[t], RDF.type, None) not in onto] == []


_STORE_GRAPHS: dict = {}


def store_graph_cached(store_dir) -> rdflib.Graph:
    if store_dir not in _STORE_GRAPHS:
        from coalition_kg.graph.store import StoreDir

        _STORE_GRAPHS[store_dir] = store_graph(StoreDir(store_dir).open_read())
    return _STORE_GRAPHS[store_dir]


def test_header_is_versioned():
    onto = ontology_graph()
    o = rdflib.URIRef(ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in onto
    version = str(onto.value(o, OWL.versionInfo))
    assert str(onto.value(o, OWL.versionIRI)) == f"{ONTOLOGY_IRI}/{version}"


def test_every_term_has_arabic_and_english_label_and_definition():
    onto = ontology_graph()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
    terms = {s for k in kinds for s in onto.subjects(RDF.type, k) if str(s).startswith(CKG_NS)}
    assert len(terms) > 80
    missing = []
    for t in sorted(terms):
        for prop in (RDFS.label, SKOS.definition):
            langs = {o.language for o in onto.objects(t, prop)}
            if not {"ar", "en"} <= langs:
                missing.append(f"{t} {prop}")
    assert missing == []


def test_every_referenced_iri_is_declared():
    """OWL 2 DL wants every entity declared; external terms are declared, not imported."""
    onto = ontology_graph()
    refs = set()
    for p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.equivalentClass):
        refs |= {o for o in onto.objects(None, p) if isinstance(o, rdflib.URIRef)}
    builtin = (str(rdflib.XSD), str(RDF), str(OWL))
    undeclared = sorted(str(r) for r in refs if not str(r).startswith(builtin) and (r, RDF.type, None) not in onto)
    assert undeclared == []
    assert not list(onto.objects(None, OWL.imports))


# --- reasoning -------------------------------------------------------------------------------

def test_hermit_finds_the_ontology_alone_consistent():
    assert check_consistency(None).consistent


def test_hermit_finds_ontology_and_sample_consistent_and_infers_actor(sample):
    result = check_consistency(sample, infer=True)
    assert result.consistent, result.message
    # "Global Coalition" is only a collective name, never typed an Actor in the data: the reasoner
    # infers it through ckg:donor's range; likewise a meeting's chair through ckg:chair
    collective = str(kgrdf.mint("collective", "Global Coalition").value)
    assert "Actor" in result.inferred_types[collective]
    riyadh = str(kgrdf.entity_iri("wd:Q3692", "city").value)
    assert {"City", "Place"} <= result.inferred_types[riyadh]
    pledge = next(str(s) for s in sample.subjects(RDF.type, CKG.Pledge))
    assert "Pledge" in result.inferred_types[pledge]


def test_hermit_catches_a_mistyped_fact(sample):
    bad = copy.deepcopy(sample)
    pledge = next(sample.subjects(RDF.type, CKG.Pledge))
    bad.add((pledge, CKG.speaker, kgrdf_iri("wd:Q851")))  # speaker's domain is Claim, disjoint with Pledge
    assert not check_consistency(bad).consistent


def kgrdf_iri(key: str) -> rdflib.URIRef:
    return rdflib.URIRef(kgrdf.entity_iri(key).value)


# --- SHACL -----------------------------------------------------------------------------------

def test_shapes_accept_correct_facts(sample):
    res = run_shacl(sample)
    assert res.conforms, res.groups


def test_shapes_catch_broken_facts(sample):
    bad = copy.deepcopy(sample)
    pledge = next(s for s in sample.subjects(RDF.type, CKG.Pledge) if (s, CKG.announcer, None) in sample)
    bad.remove((pledge, CKG.donor, None))
    bad.set((pledge, CKG.amount, rdflib.Literal("-5", datatype=rdflib.XSD.decimal)))
    bad.set((pledge, CKG.currency, rdflib.Literal("dollars")))
    claim = next(sample.subjects(RDF.type, CKG.Claim))
    bad.remove((claim, CKG.speaker, None))
    bad.remove((claim, CKG.speechVerb, None))
    meeting = next(sample.subjects(RDF.type, CKG.MinisterialMeeting))
    bad.remove((meeting, CKG.heldIn, None))
    bad.remove((meeting, CKG.heldInCountry, None))
    role = next(sample.subjects(RDF.type, CKG.Role))
    bad.remove((role, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    res = run_shacl(bad)
    assert not res.conforms
    messages = " | ".join(m for _, m in res.groups)
    for expected in ("exactly one ckg:donor", "positive ckg:amount", "ISO 4217", "ckg:speaker", "ckg:speechVerb",
                     "a meeting has a place", "derived from"):
        assert expected in messages


def test_validate_command_passes_on_bundled_graph(built_store, capsys):
    """CI: the graph built from the bundled articles conforms to the shapes and is consistent."""
    from coalition_kg.cli import main

    code = main(["validate", "--store", str(built_store)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "SHACL" in out and "conforms" in out and "HermiT" in out and "consistent" in out


def test_validate_reports_violation_with_nonzero_status(sample):
    bad = copy.deepcopy(sample)
    bad.remove((next(sample.subjects(RDF.type, CKG.Claim)), CKG.speaker, None))
    report = validate_graph(bad, reasoner=False)
    assert not report.ok and "FAILED" in report.text() and "ckg:speaker" in report.text()


# --- documentation ---------------------------------------------------------------------------

@pytest.mark.parametrize("accept,mime,fmt", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html", None),
    ("*/*", "text/html", None),
    ("", "text/html", None),
    ("text/turtle;q=0.5, application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_ontology_doc_negotiates(client, accept, mime, fmt):
    r = client.get("/ontology", headers={"Accept": accept} if accept else {})
    body, ctype = r.data, r.headers["Content-Type"]
    assert ctype.split(";")[0] == mime
    if fmt:
        assert len(rdflib.Graph().parse(data=body, format=fmt)) == len(ontology_graph())
    else:
        assert b"<html" in body[:500].lower() and "دولة".encode() in body


def test_html_docs_are_up_to_date():
    import importlib.util
    from pathlib import Path

    from coalition_kg.graph.ontology import ONTOLOGY_HTML

    path = Path(__file__).resolve().parents[1] / "tools" / "build_ontology_docs.py"
    spec = importlib.util.spec_from_file_location("build_ontology_docs", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert ONTOLOGY_HTML.read_text(encoding="utf-8") == mod.render(), "run tools/build_ontology_docs.py"


def test_html_docs_list_every_term():
    from coalition_kg.graph.ontology import ONTOLOGY_HTML

    html = ONTOLOGY_HTML.read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="([A-Za-z_]+)"', html))
    onto = ontology_graph()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for t in onto.subjects(RDF.type, kind):
            if str(t).startswith(CKG_NS):
                assert str(t)[len(CKG_NS):] in anchors


def test_ontology_module_doctests_and_package_export():
    import doctest

    import coalition_kg.graph
    import coalition_kg.graph.ontology as mod

    result = doctest.testmod(mod)
    assert result.attempted > 0 and result.failed == 0
    assert coalition_kg.graph.ontology_doc("text/turtle")[1].startswith("text/turtle")
