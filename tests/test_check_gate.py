"""`pvdkg check` as the gate (issue 15, done-when): realistic authoring mistakes in a knowledge
copy are caught by `check` with their file and line, and refused by `recommend` (exit 2).

Each mistake is one R43 file written into a temporary copy of the knowledge
(PVDKG_KNOWLEDGE), with the verdict cache in a temporary folder (PVDKG_CACHE_DIR).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from conftest import KB_PREFIXES

from pvdkg.cli import main
from pvdkg.gate import reasoner_available, verdict

ROOT = Path(__file__).resolve().parent.parent
CASE = str(ROOT / "examples" / "dialysis-clti-tibial-disease.json")
HERMIT = pytest.mark.skipif(not reasoner_available(), reason="HermiT needs owlready2 and Java")


def r43(population: str, rule_type: str = "pvdkg:Rule", intervention: str = "pvdkg:SurveillanceFollowUp") -> str:
    """A valid R43 (README style) with one part replaceable by a mistake."""
    return (
        KB_PREFIXES
        + f"""
kb:R43 a {rule_type} ;
    dcterms:identifier "R43" ;
    rdfs:label "R43: test statement" ;
    dcterms:description "Test statement." ;
    pvdkg:appliesToText "test" ;
    pvdkg:hasAction [ a pvdkg:Action ; pvdkg:population kb:R43-population ;
                      pvdkg:intervention {intervention} ; pvdkg:status pvdkg:Indicated ] ;
    pvdkg:classOfRecommendation pvdkg:CORNotGiven ; pvdkg:levelOfEvidence pvdkg:LOENotGiven ;
    pvdkg:citation kb:citation-2 ;
    prov:wasAttributedTo kb:PvdkgEditors .

kb:R43-population a owl:Class ; rdfs:label "R43 population" ;
    skos:definition "Test population." ;
    owl:equivalentClass [ a owl:Class ; owl:intersectionOf ( {population} ) ] .
"""
    )


def knowledge_copy(tmp_path: Path, monkeypatch, ttl: str) -> Path:
    """A copy of the knowledge with ontology/kb/r43.ttl; PVDKG_KNOWLEDGE points at it."""
    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    path = copy / "ontology" / "kb" / "r43.ttl"
    path.write_text(ttl, encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(copy))
    monkeypatch.setenv("PVDKG_CACHE_DIR", str(tmp_path / "cache"))
    return path


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


MISTAKES = {
    # name: (R43 text, text on the line the finding must name, words of the finding)
    "misspelled-fact-in-population": (r43("pvdkg:CLTITrue pvdkg:DiabetisTrue"), "DiabetisTrue", "undeclared-iri"),
    "misspelled-statement-type": (r43("pvdkg:CLTITrue", rule_type="pvdkg:Rul"), "pvdkg:Rul", "undeclared-iri"),
    "fact-as-intervention": (
        r43("pvdkg:CLTITrue", intervention="pvdkg:Diabetes"),
        "kb:R43 a",
        "intervention-not-in-hierarchy",
    ),
    "unsatisfiable-population": (r43("pvdkg:CLTITrue pvdkg:CLTIFalse"), "kb:R43 a", "unsatisfiable"),
}


@HERMIT
@pytest.mark.parametrize("mistake", MISTAKES)
def test_mistake_is_caught_by_check_and_refused_by_recommend(mistake, tmp_path, monkeypatch, capsys):
    ttl, on_line, words = MISTAKES[mistake]
    path = knowledge_copy(tmp_path, monkeypatch, ttl)
    assert main(["check"]) == 1
    out, err = capsys.readouterr()
    assert f"knowledge: {path.parent.parent.parent.resolve()}" in err
    where = f"ontology/kb/r43.ttl:{line_of(path, on_line)}: "
    assert any(line.startswith(where) and words in line for line in out.splitlines()), out
    assert main(["recommend", CASE]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pvdkg: error: the knowledge in ") and "`pvdkg check`" in err, err
    assert "Traceback" not in err


def test_every_gated_command_refuses(tmp_path, monkeypatch, capsys):
    """validate, query, audit and load refuse too (before reading any case or store)."""
    knowledge_copy(tmp_path, monkeypatch, r43("pvdkg:CLTITrue", rule_type="pvdkg:Rul"))
    query = str(ROOT / "queries" / "examples" / "citation-resolution.rq")
    for argv in (
        ["validate", CASE],
        ["query", query, "--case", CASE],
        ["audit", "--cohort", str(ROOT / "examples")],
        ["load", "--endpoint", "http://127.0.0.1:9/sparql"],
    ):
        assert main(argv) == 2, argv
        assert "`pvdkg check`" in capsys.readouterr().err


def test_rule_no_valid_patient_meets_is_reported_by_coverage(tmp_path, monkeypatch, capsys):
    path = knowledge_copy(tmp_path, monkeypatch, r43("pvdkg:AsymptomaticTrue pvdkg:RefractoryRestPainTrue"))
    assert main(["check", "--no-reasoner", "--coverage", "60"]) == 0  # a warning, not a violation
    out = capsys.readouterr().out
    where = f"ontology/kb/r43.ttl:{line_of(path, 'kb:R43 a')}: kb:R43 pvdkg:population: rule met by none of 60"
    assert where in out, out


def test_the_shipped_knowledge_passes_and_a_warm_verdict_is_cheap(tmp_path, monkeypatch):
    """The verdict is cached by the files' digest: a warm command pays milliseconds."""
    from pvdkg import gate

    monkeypatch.setenv("PVDKG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(gate, "_VERDICTS", {})  # as a new process: a test before may have checked
    assert verdict() == []
    assert list((tmp_path / "verdicts").glob("*.json"))
    gate._VERDICTS.clear()  # as a new process: read from the cache folder
    start = time.perf_counter()
    assert verdict() == []
    assert time.perf_counter() - start < 1.0


@HERMIT
def test_a_population_equivalent_to_another_statements_is_a_warning(tmp_path, monkeypatch, capsys):
    """R43 over the same facts as R10's population, in the other order: HermiT finds them equivalent."""
    knowledge_copy(tmp_path, monkeypatch, r43("pvdkg:IsolatedInfrapoplitealDiseaseTrue pvdkg:ClaudicationTrue"))
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "kb:R10 pvdkg:population: population holds the same patients as kb:R43's (HermiT)" in out, out
