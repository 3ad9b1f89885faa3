"""The extraction pipeline: stage declarations checked when it is assembled, and kept true
(a stage writes only the layers it declares), and the tokens a document shares."""
import copy
from dataclasses import fields
from pathlib import Path

import pytest

from coalition_kg.loaders import lexicon
from coalition_kg.loaders.article import Article, read_file
from coalition_kg.loaders.document import Document
from coalition_kg.loaders.normalize import Token, norm_token, stems, tokens
from coalition_kg.loaders.pipeline import STAGES, extract
from coalition_kg.loaders.stages import PipelineError, assemble, stage

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "data" / "articles" / "000_e5b1e9325b1daa71.txt").read_text(encoding="utf-8")


@stage(needs=("sentences",), adds=("mentions",))
def _tagger(doc, lex):
    return doc


@stage(needs=("mentions",), adds=("claims",))
def _reader(doc, lex):
    return doc


def test_a_need_no_earlier_stage_adds_is_an_error_at_assembly():
    with pytest.raises(PipelineError, match="_reader needs mentions"):
        assemble([_reader, _tagger], given=("article", "sentences"))
    assert [s.name for s in assemble([_tagger, _reader], given=("article", "sentences"))] == ["_tagger", "_reader"]


def test_an_undeclared_function_or_an_unknown_layer_is_an_error():
    def plain(doc, lex):
        return doc

    with pytest.raises(PipelineError, match="not a declared stage"):
        assemble([plain])

    @stage(needs=("article",), adds=("mentionz",))
    def typo(doc, lex):
        return doc

    with pytest.raises(PipelineError, match="mentionz"):
        assemble([typo])


def test_the_pipeline_reordered_fails_to_assemble():
    """Claims before the actor index they read: refused, naming the missing layer."""
    order = [s.run for s in STAGES]
    claims = next(f for f in order if f.__name__ == "find_claims")
    order.remove(claims)
    order.insert(order.index(next(f for f in order if f.__name__ == "index_actors")), claims)
    with pytest.raises(PipelineError, match="find_claims needs actors"):
        assemble(order)


def _snapshot(doc: Document) -> dict:
    # the public layers only; private fields and ``dates`` are caches derived from the text
    return {f.name: copy.deepcopy(getattr(doc, f.name)) for f in fields(Document)
            if not f.name.startswith("_") and f.name not in ("dates", "actors")}


ARTICLES = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("own_*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_each_stage_writes_only_what_it_declares(path):
    """Run the real pipeline stage by stage on a bundled article: every layer a stage changes is
    one it declares in ``adds`` (a stage that wrote an undeclared layer would make the order
    check a lie)."""
    lex = lexicon.default()
    article = next(read_file(path))         # decoded as a build reads it (own_cp1256 is Windows-1256)
    doc = Document(article=article)
    changed_any = set()
    for st in STAGES:
        before = _snapshot(doc)
        st(doc, lex)
        after = _snapshot(doc)
        changed = {k for k in before if before[k] != after[k]}
        assert changed <= set(st.adds), (st.name, changed - set(st.adds))
        changed_any |= changed
    # every article here has sentences, entities, a meeting and claims: the check saw them written
    assert {"sentences", "mentions", "entities", "meetings", "claims"} <= changed_any


def test_extract_leaves_no_actor_index_behind():
    doc = extract(Article(id="t", source="t", text=TEXT))
    assert doc.actors is None and doc.claims


def test_tokens_are_typed_records_shared_per_sentence():
    doc = extract(Article(id="t", source="t", text=TEXT))
    sent = doc.sentences[0]
    toks = doc.tokens_of(sent)
    assert toks is doc.tokens_of(sent)                      # computed once per sentence
    assert all(isinstance(t, Token) for t in toks)
    # the same words as tokenising the sentence, with offsets into the article
    assert [(t.start - sent.start, t.end - sent.start, t.text) for t in toks] == tokens(sent.text)
    for t in toks:
        assert doc.text[t.start:t.end] == t.text
        assert t.norm == norm_token(t.text) and t.stems == stems(t.text)


def test_tokens_within_a_span_are_the_spans_own_tokens():
    """Every span of a sentence (cut mid-word included) gets exactly the tokens that tokenising
    its text would give, read from the sentence's shared tokens."""
    doc = extract(Article(id="t", source="t", text=TEXT))
    checked = 0
    for sent in doc.sentences[:3]:
        for a in range(sent.start, sent.end, 7):
            for b in range(a, min(sent.end, a + 70) + 1, 5):
                got = [(t.start - a, t.end - a, t.text, t.norm) for t in doc.tokens_within(sent, a, b)]
                want = [(s, e, w, norm_token(w)) for s, e, w in tokens(doc.text[a:b])]
                assert got == want, (a, b)
                checked += 1
    assert checked > 500


def _rebound_names(source: str) -> set[str]:
    """Top-level names a module binds twice, except a table rebound from itself (X = f(X))."""
    import ast
    seen: dict[str, int] = {}
    rebound = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        elif isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        else:
            continue
        for name in names:
            reads_itself = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not reads_itself:
                rebound.add(name)
            seen[name] = node.lineno
    return rebound


@pytest.mark.parametrize("path", sorted((ROOT / "loaders").glob("*.py")), ids=lambda p: p.name)
def test_no_module_binds_a_name_twice(path):
    # a second table or helper of the same name silently replaces the first for every caller
    # of it (a new set of words for "besides" was once replaced so by an older one of its name)
    assert _rebound_names(path.read_text(encoding="utf-8")) == set()


def test_a_name_bound_twice_is_found():
    assert _rebound_names("_OF = {1}\ndef f():\n    return _OF\n_OF = {2}\n") == {"_OF"}
    assert _rebound_names("_T = [1]\n_T = [x for x in _T]\n") == set()
