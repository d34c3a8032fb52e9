"""Undecided rules (contract v3, rule 12) across every way in and out: FHIR input,
the text report, cohorts, the audit's data completeness, and a real store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import empty_remote, recommend_case, write_case

from pvdkg.cli import main
from pvdkg.pipeline import check, recommend_files

ROOT = Path(__file__).resolve().parent.parent

#: The contract's example (rule 12): vein_conduit unknown, the other parts of R21's 'or' false.
VEIN_UNKNOWN = {
    "id": "und-vein",
    "presentation": "clti",
    "surgical_risk": "acceptable",
    "lesions": [{"segment": "infrapopliteal", "morphology": "stenosis", "length": "long", "calcification": "severe"}],
}
NO_IMAGING = {
    "id": "und-no-imaging",
    "presentation": "claudication",
    "tried": ["SupervisedExerciseTherapy", "Cilostazol"],
}
DECIDED = {
    "id": "und-decided",
    "presentation": "clti",
    "surgical_risk": "high",
    "vein_conduit": "none",
    "ambulatory": True,
    "lesions": [
        {"segment": "femoropopliteal", "morphology": "occlusion", "length": "long", "calcification": "moderate"}
    ],
}
ALL = [VEIN_UNKNOWN, NO_IMAGING, DECIDED]


def test_contract_example(tmp_path):
    result = recommend_case(tmp_path, VEIN_UNKNOWN)
    assert list(result)[-1] == "undecided"  # after audit, always present
    assert result["undecided"] == [
        {
            "recommendation": "R21",
            "intervention": "EndovascularRevascularization",
            "status": "indicated",
            "ask": ["vein_conduit"],
        },
        {
            "recommendation": "R22",
            "intervention": "PercutaneousTransluminalAngioplasty",
            "status": "indicated",
            "ask": ["vein_conduit"],
        },
    ]
    assert recommend_case(tmp_path, DECIDED)["undecided"] == []


def test_fhir_bundle_asks_for_the_same_fields_as_its_case():
    bundle = ROOT / "tests" / "fhir" / "clti-dialysis-tibial-occlusion.json"
    case = ROOT / "tests" / "fhir" / "clti-dialysis-tibial-occlusion.case.json"
    (_, from_fhir), (_, from_case) = recommend_files([bundle], as_of=date(2024, 2, 1)), recommend_files([case])
    (fhir_result,), (case_result,) = from_fhir.values(), from_case.values()
    assert fhir_result.undecided == case_result.undecided
    assert {f for u in fhir_result.undecided for f in u.ask} == {"surgical_risk", "vein_conduit"}


def test_text_report_has_an_undecided_section_after_the_audit(tmp_path, capsys):
    assert main(["recommend", str(write_case(tmp_path, NO_IMAGING))]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    start = lines.index("UNDECIDED (the case leaves these rules open)")
    assert lines[start + 1] == "  ask for: lesions"
    rows = [line for line in lines[start + 2 :] if line.startswith("  R")]
    assert [r.split()[0] for r in rows] == ["R10", "R11", "R24", "R26", "R26", "R28", "R29", "R40"]
    assert all(r.endswith("ask for: lesions") for r in rows)
    assert "would give contraindicated" in rows[0]
    assert out.index("UNDECIDED") > out.index("CONTRAINDICATED")
    assert lines[-1].startswith("Decision support only")


def test_text_report_without_undecided_rules_has_no_section(tmp_path, capsys):
    assert main(["recommend", str(write_case(tmp_path, DECIDED))]) == 0
    assert "UNDECIDED" not in capsys.readouterr().out


def _cohort(tmp_path) -> Path:
    path = tmp_path / "cohort.ndjson"
    path.write_text("".join(json.dumps(c) + "\n" for c in ALL), encoding="utf-8")
    return path


def test_cohort_results_carry_the_same_undecided_part(tmp_path, capsys):
    assert main(["recommend", "--cohort", str(_cohort(tmp_path)), "--workers", "1"]) == 0
    cohort = {r["patient"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    for case in ALL:
        single = recommend_case(tmp_path, case)
        assert cohort[single["patient"]]["undecided"] == single["undecided"]


def test_cohort_csv_has_an_undecided_column(tmp_path, capsys):
    assert main(["recommend", "--cohort", str(_cohort(tmp_path)), "--format", "csv", "--workers", "1"]) == 0
    import csv
    import io

    rows = {r["patient"].rsplit("/", 1)[1]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["und-vein"]["undecided"] == "R21:vein_conduit;R22:vein_conduit"
    assert rows["und-decided"]["undecided"] == ""


def test_audit_cohort_reports_data_completeness(tmp_path, capsys):
    assert main(["audit", "--cohort", str(_cohort(tmp_path)), "--workers", "1", "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[-1] == {
        "data_completeness": [
            {"field": "lesions", "patients": 1, "recommendations": ["R10", "R11", "R24", "R26", "R28", "R29", "R40"]},
            {"field": "vein_conduit", "patients": 1, "recommendations": ["R21", "R22"]},
        ]
    }
    assert main(["audit", "--cohort", str(_cohort(tmp_path)), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "DATA COMPLETENESS" in out
    assert "  lesions: 1 patient to ask; rules waiting: R10, R11, R24, R26, R28, R29, R40" in out


def test_store_derives_the_same_undecided_part(tmp_path, virtuoso):
    """Embedded pipeline and a derivation inside Virtuoso: identical results, undecided included."""
    remote = empty_remote(virtuoso)
    remote.load_knowledge()
    patients = {}
    for case in ALL:
        c = check(write_case(tmp_path, case))
        patients[c.patient_iri] = c.ntriples
    remote.put_patients(patients)
    _, expected = recommend_files([write_case(tmp_path, c) for c in ALL])
    derived = remote.derive()
    assert derived == expected
    assert sum(len(r.undecided) for r in derived.values()) == 10
    audit = remote.derive(audit_only=True)
    assert {p: r.undecided for p, r in audit.items()} == {p: r.undecided for p, r in expected.items()}


@pytest.mark.parametrize("engine", ["hermit"])
def test_engines_agree_on_undecided(tmp_path, engine):
    pytest.importorskip("owlready2")
    import shutil

    if shutil.which("java") is None:
        pytest.skip("HermiT needs Java")
    for case in ALL:
        assert recommend_case(tmp_path, case, engine)["undecided"] == recommend_case(tmp_path, case)["undecided"]


def test_always_decided_facts_are_decided_for_every_synthetic_patient(tmp_path):
    """pvdkg:alwaysDecided (ontology/facts.ttl) spares the false rails of populations made of
    such facts; the mark is only safe if every valid patient is in one of the two rails."""
    from pvdkg.cohort import check_batch, read_raw
    from pvdkg.pipeline import reasoned_store
    from pvdkg.synth import synth_ndjson

    cohort = tmp_path / "synth.ndjson"
    cohort.write_text("\n".join(synth_ndjson(400, seed=7)) + "\n", encoding="utf-8")
    checked = [i.checked for i in check_batch(list(read_raw(cohort))) if i.checked and i.checked.valid]
    assert len(checked) > 300
    store = reasoned_store(checked)  # the whole knowledge: alwaysDecided is read when it loads
    marked = store.select(
        "PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#> "
        "SELECT (COUNT(*) AS ?n) WHERE { ?t pvdkg:falseRail ?f ; pvdkg:alwaysDecided true }"
    )
    assert int(marked[0]["n"]) >= 20
    neither = store.select("""PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
        SELECT ?p ?t WHERE { ?t pvdkg:falseRail ?f ; pvdkg:alwaysDecided true . ?p a pvdkg:Patient .
                             FILTER NOT EXISTS { ?p a ?t } FILTER NOT EXISTS { ?p a ?f } } LIMIT 5""")
    assert neither == []


def test_only_populations_that_can_be_undecided_get_false_rails():
    """A rule that can be undecided has a false rail for its population; one whose population
    reaches only always-decided facts (R01-R09, say) has none, so nothing is classified for it."""
    from test_rules import CAN_BE_UNDECIDED

    from pvdkg.stores.embedded import EmbeddedStore

    rows = EmbeddedStore.with_knowledge().select("""PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?id WHERE { ?r pvdkg:hasAction/pvdkg:population ?pop ; dcterms:identifier ?id .
                                    ?pop pvdkg:oppositeRail ?o FILTER NOT EXISTS { ?pop pvdkg:alwaysDecided true } }""")
    with_rails = {r["id"] for r in rows}
    assert set(CAN_BE_UNDECIDED) <= with_rails
    assert not {"R01", "R03", "R04", "R07", "R15", "R30", "R37"} & with_rails
