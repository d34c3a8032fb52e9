"""`pvdkg query` for informaticians: default prefixes, ASK, graph formats, cohorts as --case,
a warning for a patient query run without patients, a timeout, one-line syntax errors."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from pvdkg.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _rq(tmp_path: Path, text: str, name: str = "q.rq") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_prefixes_lists_the_ontology_and_mapping_set_prefixes(capsys):
    assert main(["query", "--prefixes"]) == 0
    rows = {line.split()[0]: line.split(None, 2)[1:] for line in capsys.readouterr().out.splitlines()[2:]}
    assert rows["pvdkg:"][0] == "https://w3id.org/pvdkg/ontology#"
    assert rows["kb:"] == ["https://w3id.org/pvdkg/kb/", "ontology"]
    assert rows["snomedct:"] == ["http://snomed.info/id/", "ontology/mappings/pvdkg.sssom.yml curie_map"]
    assert "dcterms:" in rows and "skos:" in rows


def test_a_query_without_prefix_lines_runs_and_its_own_prefixes_win(tmp_path, capsys):
    q = _rq(tmp_path, "SELECT ?id WHERE { kb:R01 a pvdkg:Rule ; dcterms:identifier ?id }")
    assert main(["query", q, "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["id", "R01"]
    own = _rq(tmp_path, "PREFIX pvdkg: <urn:other#>\nSELECT ?id WHERE { kb:R01 a pvdkg:Rule ; dcterms:identifier ?id }")
    assert main(["query", own, "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["id"]  # pvdkg: is the query's own, not the default


def test_ask_prints_true_or_false_and_exits_0(tmp_path, capsys):
    assert main(["query", _rq(tmp_path, "ASK { kb:R01 a pvdkg:Rule }")]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main(["query", _rq(tmp_path, "ASK { kb:R01 a pvdkg:Fact }")]) == 0
    assert capsys.readouterr().out == "false\n"


def test_construct_honours_turtle_ntriples_and_json_ld(tmp_path, capsys):
    q = _rq(tmp_path, "CONSTRUCT { kb:R01 rdfs:label ?l } WHERE { kb:R01 rdfs:label ?l }")
    expected = None
    for fmt, rdf in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES)):
        assert main(["query", q, "--format", fmt]) == 0
        out = capsys.readouterr().out
        triples = set(ox.parse(out.encode(), format=rdf))
        assert len(triples) == 1 and expected in (None, triples)
        expected = triples
    assert main(["query", q, "--format", "turtle"]) == 0
    turtle = capsys.readouterr().out
    assert turtle.startswith("@prefix") and "kb:R01 rdfs:label" in turtle and "snomedct" not in turtle
    assert main(["query", q, "--format", "json-ld"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["@id"] == "https://w3id.org/pvdkg/kb/R01"


def test_a_graph_format_for_a_select_is_one_clear_error(tmp_path, capsys):
    assert main(["query", _rq(tmp_path, "SELECT * WHERE { kb:R01 ?p ?o }"), "--format", "turtle"]) == 2
    err = capsys.readouterr().err
    assert (
        err == "pvdkg: error: " + str(tmp_path / "q.rq") + ": --format turtle is for CONSTRUCT and DESCRIBE; "
        "a SELECT is written as table, csv or json\n"
    )


def test_case_takes_an_ndjson_cohort_a_folder_and_a_file(tmp_path, capsys):
    cohort = tmp_path / "c.ndjson"
    cohort.write_text(
        "\n".join(
            json.dumps(c) for c in ({"id": "n1", "presentation": "clti"}, {"id": "n2", "presentation": "asymptomatic"})
        )
        + "\n",
        encoding="utf-8",
    )
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "f1.json").write_text(json.dumps({"id": "f1", "presentation": "claudication"}), encoding="utf-8")
    q = _rq(tmp_path, "SELECT ?id WHERE { ?p pvdkg:caseId ?id } ORDER BY ?id")
    one = str(EXAMPLES / "clti-before-imaging.json")
    assert main(["query", q, "--case", str(cohort), "--case", str(folder), "--case", one, "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["id", "clti-before-imaging", "f1", "n1", "n2"]


def test_an_invalid_case_of_a_cohort_is_named_with_its_line(tmp_path, capsys):
    cohort = tmp_path / "c.ndjson"
    cohort.write_text('{"id": "n1", "presentation": "clti"}\n{"id": "n2", "presentation": "cltx"}\n', encoding="utf-8")
    assert main(["query", _rq(tmp_path, "ASK {}"), "--case", str(cohort)]) == 1
    out = capsys.readouterr().out
    assert f"{cohort}:2: invalid patient:" in out and "'cltx' is not one of" in out


def test_a_patient_query_without_patients_warns(tmp_path, capsys):
    entries = str(ROOT / "queries" / "examples" / "patient-entries.rq")
    assert main(["query", entries]) == 0
    captured = capsys.readouterr()
    assert captured.out.endswith("(0 rows)\n")
    assert captured.err.startswith(f"pvdkg: warning: {entries}: no answer, and no patient was given")
    assert "pvdkg:forPatient" in captured.err and "--case" in captured.err
    assert main(["query", entries, "--case", str(EXAMPLES / "clti-before-imaging.json")]) == 0
    assert capsys.readouterr().err == ""
    # a query about patients by their IRIs
    assert main(["query", _rq(tmp_path, "ASK { <https://w3id.org/pvdkg/patient/x> ?p ?o }")]) == 0
    assert capsys.readouterr().err.startswith("pvdkg: warning:")
    # an empty answer about the knowledge alone is not about patients
    assert main(["query", _rq(tmp_path, "ASK { kb:R01 a pvdkg:Fact }")]) == 0
    assert capsys.readouterr().err == ""


def test_timeout_stops_a_runaway_query(tmp_path, capsys):
    q = _rq(tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert main(["query", q, "--timeout", "2"]) == 2
    assert (
        capsys.readouterr().err
        == f"pvdkg: error: {q}: no answer within the timeout (2 s); stopped (raise it with --timeout)\n"
    )


@pytest.mark.parametrize(
    "text, line",
    [
        ("SELECT ?x WHERE { ?x a ex:Thing }", 1),
        ("# ex: in a comment\nSELECT ?x WHERE {\n  ?x a pvdkg:Rule , ex:Thing }", 3),  # pyoxigraph: "expected OPTIONAL"
        ('PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>\nSELECT ?x WHERE { ?x <urn:a:b> "c:d" , ex:e }', 2),
    ],
)
def test_an_undeclared_prefix_is_one_line_naming_it_and_its_line(tmp_path, capsys, text, line):
    q = _rq(tmp_path, text)
    assert main(["query", q]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"pvdkg: error: {q}: SPARQL syntax error at line {line}: the prefix 'ex:' is not declared; "
        "add PREFIX ex: <namespace> (pvdkg query --prefixes lists the ones declared for you)\n"
    )


def test_another_syntax_error_is_one_line_at_the_line_as_written(tmp_path, capsys):
    q = _rq(tmp_path, "SELECT ?x\nWHERE { ?x ?y }")
    assert main(["query", q]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"pvdkg: error: {q}: SPARQL syntax error at line 2, column 16, after 'SELECT ?x WHERE {{ ?x ?y }}'"
    )
    assert err.count("\n") == 1 and "u{" not in err and "..=" not in err


def test_query_or_prefixes_is_needed(capsys):
    assert main(["query"]) == 2
    assert "query needs a QUERY.rq file (or --prefixes)" in capsys.readouterr().err
