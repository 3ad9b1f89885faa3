"""The command line, end to end on real files and a real store."""
import json

from coalition_kg.cli import main


def test_build_reports_bad_file_and_keeps_the_others(tmp_path, capsys):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("انطلقت في العاصمة الإيطالية روما أعمال الاجتماع الوزاري للتحالف الدولي ضد داعش عام 2021.",
                                     encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"")
    store = tmp_path / "store"
    assert main(["build", str(corpus), "--store", str(store), "-q"]) == 1  # loaded the rest, but says so
    err = capsys.readouterr().err
    assert f"{corpus / 'broken.txt'}: empty" in err and "1 added" in err and "1 input(s) failed" in err
    assert main(["build", str(corpus), "--store", str(store), "-q", "--strict"]) == 1
    assert "stopped at the first failure" in capsys.readouterr().err

    assert main(["query", "--store", str(store), "--format", "json",
                 "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["results"]["bindings"][0]["n"]["value"] == "2"


def test_query_canned_and_export(built_store, tmp_path, capsys):
    assert main(["query", "--store", str(built_store), "--canned", "meetings", "--param", "city_en=Riyadh"]) == 0
    out = capsys.readouterr().out
    assert "Riyadh" in out and "Rome" not in out
    assert main(["query", "--store", str(built_store), "--canned", "meetings", "--param", "nope=1"]) == 2
    assert "unknown parameter" in capsys.readouterr().err
    ttl = tmp_path / "g.ttl"
    assert main(["export", "--store", str(built_store), "--format", "turtle", "--out", str(ttl)]) == 0
    from rdflib import Graph

    g = Graph().parse(ttl, format="turtle")
    assert len(g) > 100


def test_extract_json_has_gold_shape(capsys):
    from coalition_kg.paths import BUNDLED_ARTICLES

    assert main(["extract", str(BUNDLED_ARTICLES), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {a["article"]["id"] for a in out["articles"]} == {p.stem for p in BUNDLED_ARTICLES.glob("*.txt")}
    assert {"meetings", "articles"} <= out.keys()
    for a in out["articles"]:
        assert {"entities", "pledges", "memberships", "designations", "claims"} <= a.keys()


def test_missing_store_is_a_clear_error(tmp_path, capsys):
    assert main(["query", "--store", str(tmp_path / "none"), "ASK {}"]) == 2
    assert "build one first" in capsys.readouterr().err


def test_query_knows_the_arabic_matches_function(built_store, capsys):
    q = """PREFIX ckg: <https://w3id.org/coalition-kg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?label WHERE { ?p a ckg:Person ; rdfs:label ?label . FILTER(ckg:matches(?label, "بلينكين")) }"""
    assert main(["query", "--store", str(built_store), "--format", "json", q]) == 0
    labels = {b["label"]["value"] for b in json.loads(capsys.readouterr().out)["results"]["bindings"]}
    assert "أنتوني بلينكن" in labels


def test_query_canned_takes_a_name_as_over_http(built_store, capsys):
    from coalition_kg.cli import main

    assert main(["query", "--store", str(built_store), "--canned", "pledges", "--param",
                 "donor=الولايات المتحدة", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "entity/Q30" in out and "436000000" in out
    assert main(["query", "--store", str(built_store), "--canned", "pledges", "--param", "donor=Atlantis"]) == 2
    assert "Atlantis" in capsys.readouterr().err
