"""A shape the compiler cannot translate is left to pySHACL, and the verdict stays right.

sh:or is not compiled to SPARQL (NotCompilable). With fallback the compiled
path flags every focus node of such a shape, so pySHACL decides for it: a
conforming patient is valid, a violating one is reported, nothing crashes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import Graph

from pvdkg.cli import main
from pvdkg.validate import NotCompilable, compile_shapes, invalid_entries, needs_explaining

ROOT = Path(__file__).resolve().parent.parent

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:PatientShape a sh:NodeShape ; sh:targetClass ex:Patient ;
    sh:property [ sh:path ex:age ; sh:maxCount 1 ] ;
    sh:or ( [ sh:path ex:presentation ; sh:hasValue ex:CLTI ]
            [ sh:path ex:ambulatory ; sh:minCount 1 ] ) .
ex:LesionShape a sh:NodeShape ; sh:targetClass ex:Lesion ;
    sh:property [ sh:path ex:length ; sh:minCount 1 ] .
"""
PATIENTS = {
    "conforming": "<http://example.org/p1> a <http://example.org/Patient> ; "
    "<http://example.org/presentation> <http://example.org/CLTI> .",
    "violating": "<http://example.org/p2> a <http://example.org/Patient> ; "
    "<http://example.org/presentation> <http://example.org/Claudication> .",
    "no patient": "<http://example.org/l1> a <http://example.org/Lesion> ; <http://example.org/length> 3 .",
}


def _nt(turtle: str) -> bytes:
    return Graph().parse(data=turtle, format="turtle").serialize(format="nt", encoding="utf-8")


def test_sh_or_is_left_to_pyshacl_and_the_verdict_is_right():
    shapes = Graph().parse(data=SHAPES, format="turtle")
    with pytest.raises(NotCompilable, match="sh:or is not supported"):
        compile_shapes(shapes)
    compiled = compile_shapes(shapes, fallback=True)
    assert list(compiled.uncompiled) == ["http://example.org/PatientShape"]
    assert compiled.queries  # the lesion shape is still compiled
    docs = [_nt(PATIENTS[k]) for k in ("conforming", "violating", "no patient")]
    flags = invalid_entries(docs, compiled)
    assert flags == [True, True, False]  # the focus nodes of the sh:or shape go to pySHACL
    verdicts = []
    for doc, flagged in zip(docs, flags):
        data = Graph().parse(data=doc, format="nt")
        conforms = True
        if needs_explaining(flagged, [], data):
            conforms, _, _ = pyshacl_validate(data, shacl_graph=shapes, inference="none")
        verdicts.append(conforms)
    assert verdicts == [True, False, True]


def test_an_uncompiled_global_construct_sends_every_patient_to_pyshacl():
    shapes = Graph().parse(data=SHAPES + "ex:PatientShape sh:rule [ a sh:TripleRule ] .", format="turtle")
    compiled = compile_shapes(shapes, fallback=True)
    assert "*" in compiled.uncompiled and not compiled.queries
    assert invalid_entries([_nt(t) for t in PATIENTS.values()], compiled) == [True, True, True]


OR_SHAPE = """
pvs:Patient-presentation
    sh:or ( [ sh:hasValue pvdkg:CLTIPresentation ] [ sh:hasValue pvdkg:ClaudicationPresentation ] ) .
"""


@pytest.fixture
def knowledge_with_or(tmp_path, monkeypatch):
    """The shipped knowledge, with an sh:or on the presentation of the case shapes."""
    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    case_ttl = copy / "shapes" / "case.ttl"
    case_ttl.write_text(case_ttl.read_text(encoding="utf-8") + OR_SHAPE, encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(copy))
    return copy


def test_case_shapes_with_sh_or_validate_and_check_cohorts(knowledge_with_or, tmp_path, capsys):
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"id": "or-1", "presentation": "clti"}), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"id": "or-2", "presentation": "asymptomatic"}), encoding="utf-8")
    assert main(["validate", str(good)]) == 0
    capsys.readouterr()
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "presentation" in out
    cohort = tmp_path / "c.ndjson"
    cohort.write_text(good.read_text() + "\n" + bad.read_text() + "\n", encoding="utf-8")
    assert main(["recommend", "--cohort", str(cohort), "--format", "json", "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1 and "or-1" in captured.out
    assert f"{cohort}:2: presentation" in captured.err
