"""``coalition-kg export`` in every format: byte-stable, only the prefixes used, and read back by
other tools (rdflib, pyld, pyoxigraph) as the same graphs. The progress bar shows on a terminal only."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
import rdflib
from pyld import jsonld
from pyoxigraph import RdfFormat, parse

from coalition_kg.graph.vocab import PREFIXES

FORMATS = ("turtle", "trig", "nquads", "jsonld", "ntriples")


def _export(store: Path, fmt: str, *extra, stderr=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coalition_kg.cli", "export", "--store", str(store),
                           "--format", fmt, *extra], stdout=subprocess.PIPE, stderr=stderr, timeout=120)


@pytest.fixture(scope="module")
def exports(built_store) -> dict[str, bytes]:
    out = {}
    for fmt in FORMATS:
        run = _export(built_store, fmt)
        assert run.returncode == 0, run.stderr
        out[fmt] = run.stdout
    return out


def _nquads(data: bytes, fmt: RdfFormat) -> set:
    return set(parse(data, format=fmt))


def _union(quads: set) -> set:
    return {(q.subject, q.predicate, q.object) for q in quads}


@pytest.mark.parametrize("fmt", FORMATS)
def test_byte_stable(built_store, exports, fmt, tmp_path):
    again = tmp_path / f"again.{fmt}"
    run = _export(built_store, fmt, "--out", str(again))
    assert run.returncode == 0, run.stderr
    assert again.read_bytes() == exports[fmt]
    assert f"as {fmt} to {again}" in run.stderr.decode()


def test_same_corpus_elsewhere_same_bytes(tmp_path):
    """Two stores built from the same articles in other directories export the same bytes (both built
    here, back to back: the session's store may predate a change to the extractor)."""
    stores = [tmp_path / "one" / "store", tmp_path / "elsewhere" / "deeper" / "store"]
    for store in stores:
        build = subprocess.run([sys.executable, "-m", "coalition_kg.cli", "build", "--store", str(store), "-q"],
                               capture_output=True, text=True, timeout=300)
        assert build.returncode == 0, build.stderr
    for fmt in FORMATS:
        one, other = (_export(store, fmt) for store in stores)
        assert one.returncode == 0 and len(one.stdout) > 100_000, one.stderr
        assert one.stdout == other.stdout, fmt


def _declared(text: str) -> set[str]:
    return set(re.findall(r"^@prefix ([\w-]*): ", text, re.M))


def _used(text: str) -> set[str]:
    body = re.sub(r'<[^>]*>|"(?:[^"\\]|\\.)*"', " ", "\n".join(ln for ln in text.splitlines()
                                                              if not ln.startswith("@prefix")))
    return set(re.findall(r"(?<![\w.:-])([A-Za-z][\w.-]*):", body))


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_only_the_prefixes_used(exports, fmt):
    text = exports[fmt].decode()
    assert _declared(text) == _used(text)
    assert {"ckg", "dct", "nif"} <= _declared(text)
    assert "rdf" not in _declared(text) and "schema" not in _declared(text)  # `a` for rdf:type; no schema: term


def test_jsonld_context_holds_only_the_prefixes_used(exports):
    doc = json.loads(exports["jsonld"])
    context = doc["@context"]
    assert set(context.items()) <= set(PREFIXES.items())
    text = json.dumps(doc["@graph"])
    for prefix in context:
        assert f'"{prefix}:' in text, prefix
    for prefix in set(PREFIXES) - set(context):
        assert f'"{prefix}:' not in text, prefix


def test_round_trips(exports):
    """Every export read back by another parser is the dataset (or its union graph) of the N-Quads."""
    dataset = _nquads(exports["nquads"], RdfFormat.N_QUADS)
    assert len(dataset) > 1000
    assert _nquads(exports["trig"], RdfFormat.TRIG) == dataset
    assert set(parse(exports["turtle"], format=RdfFormat.TURTLE)) == set(parse(exports["ntriples"],
                                                                          format=RdfFormat.N_TRIPLES))
    assert _union(_nquads(exports["ntriples"], RdfFormat.N_TRIPLES)) == _union(dataset)

    # JSON-LD through pyld (a JSON-LD 1.1 processor) and through rdflib
    via_pyld = jsonld.to_rdf(json.loads(exports["jsonld"]), {"format": "application/n-quads"})
    assert _nquads(via_pyld.encode(), RdfFormat.N_QUADS) == dataset
    ds = rdflib.Dataset()
    ds.parse(data=exports["jsonld"], format="json-ld")
    ref = rdflib.Dataset()
    ref.parse(data=exports["nquads"], format="nquads")
    assert set(ds.quads()) == set(ref.quads())
    # and Turtle through rdflib (Protégé-like tools read it the same way)
    assert len(rdflib.Graph().parse(data=exports["turtle"], format="turtle")) == len(_union(dataset))


def on_terminal(args: list[str]) -> tuple[int, bytes]:
    """Run the CLI with stderr on a pseudo-terminal (120 columns); its exit status and what it drew there."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a new pty is 0 columns wide
    try:
        run = subprocess.run([sys.executable, "-m", "coalition_kg.cli", *args], stdout=subprocess.PIPE,
                             stderr=follower, timeout=120)
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
    return run.returncode, seen


def test_progress_bar_only_on_a_terminal(built_store, tmp_path):
    quiet = _export(built_store, "nquads", "--out", str(tmp_path / "a.nq"))
    assert b"graph/s" not in quiet.stderr and b"%|" not in quiet.stderr  # stderr is a pipe: no bar
    status, seen = on_terminal(["export", "--store", str(built_store), "--format", "nquads",
                                "--out", str(tmp_path / "b.nq")])
    assert status == 0
    assert b"export: 100%" in seen and b"6/6" in seen and b"graph/s" in seen  # counts the graphs, with a rate


@pytest.mark.parametrize("media_type", ["application/ld+json", "text/turtle", "application/n-triples"])
def test_a_graph_over_http_as_the_cli_writes_it(client, exports, media_type):
    """The Graph Store Protocol serves a graph in the export's forms: sorted, only the prefixes used,
    JSON-LD with its context; its triples are that graph's quads in the CLI's N-Quads export."""
    dataset = _nquads(exports["nquads"], RdfFormat.N_QUADS)
    graph = sorted({q.graph_name for q in dataset if "/graph/article/" in str(q.graph_name)}, key=str)[0]
    resp = client.get("/store", query_string={"graph": graph.value}, headers={"Accept": media_type})
    assert resp.status_code == 200 and resp.mimetype == media_type
    if media_type == "application/ld+json":
        doc = resp.get_json()
        assert set(doc["@context"]) <= set(PREFIXES) and "ckg" in doc["@context"]
        got = _nquads(jsonld.to_rdf(doc, {"format": "application/n-quads"}).encode(), RdfFormat.N_QUADS)
    else:
        text = resp.get_data()
        if media_type == "text/turtle":
            assert _declared(text.decode()) == _used(text.decode())
        got = _nquads(text, RdfFormat.TURTLE if media_type == "text/turtle" else RdfFormat.N_TRIPLES)
    assert _union(got) == _union({q for q in dataset if q.graph_name == graph})
    again = client.get("/store", query_string={"graph": graph.value}, headers={"Accept": media_type})
    assert again.get_data() == resp.get_data()


def test_every_prefix_written_is_declared():
    """A prefixed name with an empty or escaped local part (``ckg:``, ``id:person\\/x``) still gets its
    prefix declared, and a prefix no statement uses is not."""
    from pyoxigraph import Literal, NamedNode, Quad

    from coalition_kg.graph.export import render

    ckg, ident = PREFIXES["ckg"], PREFIXES["id"]
    quads = [Quad(NamedNode(ident + "person/x"), NamedNode(ckg + "p"), NamedNode(ckg)),
             Quad(NamedNode(ident + "person/x"), NamedNode(ckg + "q"), Literal("rdf: schema: skos:x"))]
    for fmt in ("turtle", "trig"):
        text = render(quads, fmt).decode()
        assert _declared(text) == {"ckg", "id"}, text
        assert set(parse(text.encode(), format=RdfFormat.TURTLE)) == set(quads)
