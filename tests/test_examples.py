"""The example cases of examples/ are valid, give a result, and say what they show.

Each example (a realistic patient; .yaml files open with a comment telling the
story) has its key expectations in EXPECTED below: a few (intervention,
status) pairs, the exact caution ids, and for the audit examples the audit
findings. examples/invalid/ is not covered here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import status

from pvdkg.pipeline import recommend_files

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FILES = sorted(p for p in EXAMPLES.iterdir() if p.is_file() and p.suffix in (".json", ".yaml", ".yml"))

IND, CON, CI = "indicated", "consider", "contraindicated"

# file -> {"statuses": [(intervention, status or None for no entry)], "cautions": [[ids]], "audit": [(iv, finding)]}
EXPECTED: dict[str, dict] = {
    "medical-claudicant-smoker-statin-intolerant.yaml": {
        "statuses": [
            ("HighIntensityStatin", CI),
            ("DualPathwayInhibition", IND),
            ("SmokingCessationPharmacotherapy", IND),
            ("BloodPressureControl", IND),
            ("SupervisedExerciseTherapy", IND),
            ("Cilostazol", IND),
            ("Revascularization", None),
        ],
        "cautions": [],
        "audit": [
            ("Cilostazol", "missing"),
            ("DualPathwayInhibition", "missing"),
            ("HighIntensityStatin", "ldl_above_target"),
            ("SmokingCessationPharmacotherapy", "missing"),
            ("SupervisedExerciseTherapy", "missing"),
        ],
    },
    "medical-atrial-fibrillation-claudicant-on-anticoagulant.json": {
        "statuses": [
            ("OralAnticoagulantMonotherapy", None),
            ("DualPathwayInhibition", None),
            ("SingleAntiplateletTherapy", None),
            ("HighIntensityStatin", IND),
            ("GlycemicControl", IND),
        ],
        "cautions": [["R41"]],
        "audit": [("Cilostazol", "missing"), ("SupervisedExerciseTherapy", "missing")],
    },
    "asymptomatic-incidental-calcified-sfa.yaml": {
        "statuses": [
            ("HighIntensityStatin", IND),
            ("BloodPressureControl", IND),
            ("Revascularization", CI),
            ("EndovascularRevascularization", CI),
            ("ProphylacticRevascularization", CI),
            ("DualPathwayInhibition", None),
            ("SupervisedExerciseTherapy", None),
        ],
        "cautions": [],
    },
    "claudication-isolated-tibial-disease-exhausted.yaml": {
        "statuses": [
            ("Revascularization", CI),
            ("EndovascularRevascularization", CI),
            ("FemoralTibialBypassAutogenousVein", CI),
            ("SupervisedExerciseTherapy", IND),
            ("Cilostazol", IND),
            ("DualPathwayInhibition", IND),
        ],
        "cautions": [],
    },
    "claudication-sfa-occlusion-exhausted-conservative-therapy.json": {
        "statuses": [
            ("Revascularization", CON),
            ("IntravascularLithotripsy", CON),
            ("DrugCoatedBalloon", CON),
            ("Cilostazol", CI),
            ("ProphylacticRevascularization", CI),
            ("EndovascularRevascularization", None),
        ],
        "cautions": [["R39"]],
    },
    "clti-before-imaging.json": {
        "statuses": [
            ("Revascularization", IND),
            ("SmokingCessationPharmacotherapy", IND),
            ("FemoralTibialBypassAutogenousVein", None),
            ("EndovascularRevascularization", None),
            ("BareMetalStent", None),
        ],
        "cautions": [["R39"]],
        "undecided": [
            ("R18", "FemoralTibialBypassAutogenousVein", ["lesions", "surgical_risk", "vein_conduit"]),
            ("R21", "EndovascularRevascularization", ["lesions", "surgical_risk", "vein_conduit"]),
            ("R22", "PercutaneousTransluminalAngioplasty", ["lesions", "surgical_risk", "vein_conduit"]),
            ("R24", "BareMetalStent", ["lesions"]),
            ("R26", "DrugCoatedBalloon", ["lesions"]),
            ("R26", "IntravascularLithotripsy", ["lesions"]),
            ("R28", "Atherectomy", ["lesions"]),
            ("R29", "InflowRevascularization", ["lesions"]),
        ],
    },
    "clti-tibial-occlusion-vein-bypass.yaml": {
        "statuses": [
            ("FemoralTibialBypassAutogenousVein", IND),
            ("Revascularization", IND),
            ("IntravascularLithotripsy", CON),
            ("BareMetalStent", CI),
            ("EndovascularRevascularization", None),
        ],
        "cautions": [["R19"], ["R39"]],
    },
    "clti-frail-tibial-occlusion-endovascular.json": {
        "statuses": [
            ("EndovascularRevascularization", IND),
            ("PercutaneousTransluminalAngioplasty", IND),
            ("IntravascularLithotripsy", CON),
            ("BareMetalStent", CI),
            ("FemoralTibialBypassAutogenousVein", None),
        ],
        "cautions": [["R32"], ["R39"]],
    },
    "clti-no-vein-amputation-imminent-prosthetic-graft.json": {
        "statuses": [
            ("ProstheticBypassGraft", CON),
            ("EndovascularRevascularization", IND),
            ("PercutaneousTransluminalAngioplasty", IND),
            ("FemoralTibialBypassAutogenousVein", None),
        ],
        "cautions": [["R32"], ["R39"]],
    },
    "clti-iliac-and-tibial-staged-inflow-first.yaml": {
        "statuses": [
            ("InflowRevascularization", IND),
            ("IntraArterialPressureGradientMeasurement", IND),
            ("Revascularization", IND),
            ("FemoralTibialBypassAutogenousVein", None),
            ("EndovascularRevascularization", None),
            ("OutflowRevascularization", None),
        ],
        "cautions": [["R39"]],
    },
    "clti-rest-pain-persists-after-iliac-stent.json": {
        "statuses": [
            ("OutflowRevascularization", IND),
            ("FemoralTibialBypassAutogenousVein", IND),
            ("AntiplateletTherapy", IND),
            ("SurveillanceFollowUp", IND),
            ("InflowRevascularization", None),
        ],
        "cautions": [["R19"], ["R36"], ["R39"]],
    },
    "clti-suboptimal-tibial-angioplasty.yaml": {
        "statuses": [
            ("DrugElutingStent", CON),
            ("InfrapoplitealStenting", CON),
            ("BareMetalStent", CI),
            ("AntiplateletTherapy", IND),
            ("SurveillanceFollowUp", IND),
        ],
        "cautions": [["R32"], ["R36"], ["R39"]],
    },
    "clti-calcified-common-femoral-lithotripsy-atherectomy.json": {
        "statuses": [
            ("Atherectomy", CON),
            ("IntravascularLithotripsy", CON),
            ("DrugCoatedBalloon", CON),
            ("EndovascularRevascularization", IND),
            ("PercutaneousTransluminalAngioplasty", None),
            ("BareMetalStent", None),
        ],
        "cautions": [["R32"], ["R39"]],
        "audit": [("HighIntensityStatin", "ldl_above_target")],
    },
    "amputation-bedridden-clti-tibial-gangrene.yaml": {
        "statuses": [
            ("PrimaryAmputation", CON),
            ("Revascularization", CON),
            ("EndovascularRevascularization", CON),
            ("PercutaneousTransluminalAngioplasty", CON),
            ("SurgicalBypass", None),
        ],
        "cautions": [["R32"], ["R39"]],
    },
    "dialysis-clti-tibial-disease.json": {
        "statuses": [
            ("ToeBrachialIndex", IND),
            ("AnkleBrachialIndex", None),
            ("Revascularization", CON),
            ("EndovascularRevascularization", CON),
            ("PercutaneousTransluminalAngioplasty", CON),
        ],
        "cautions": [["R32"], ["R34"], ["R35"], ["R39"]],
    },
    "dialysis-after-earlier-bypass-surveillance.yaml": {
        "statuses": [
            ("ToeBrachialIndex", IND),
            ("SurveillanceFollowUp", IND),
            ("AntiplateletTherapy", IND),
            ("ProphylacticRevascularization", CI),
            ("Revascularization", None),
        ],
        "cautions": [["R34"], ["R34", "R38"], ["R36"]],
        "audit": [],
    },
    "clti-vein-mapping-pending.yaml": {
        "statuses": [
            ("Revascularization", IND),
            ("IntravascularLithotripsy", CON),
            ("EndovascularRevascularization", None),
            ("FemoralTibialBypassAutogenousVein", None),
        ],
        "cautions": [["R39"]],
        "undecided": [
            ("R21", "EndovascularRevascularization", ["vein_conduit"]),
            ("R22", "PercutaneousTransluminalAngioplasty", ["vein_conduit"]),
        ],
    },
    "after-tibial-angioplasty-audit-on-anticoagulant-alone.yaml": {
        "statuses": [
            ("OralAnticoagulantMonotherapy", CI),
            ("AntiplateletTherapy", IND),
            ("DualPathwayInhibition", IND),
            ("SurveillanceFollowUp", IND),
            ("Revascularization", None),
        ],
        "cautions": [["R36"]],
        "audit": [
            ("ACEInhibitorOrARB", "missing"),
            ("AntiplateletTherapy", "missing"),
            ("BloodPressureControl", "missing"),
            ("DualPathwayInhibition", "missing"),
            ("HighIntensityStatin", "missing"),
            ("HighIntensityStatin", "ldl_above_target"),
            ("OralAnticoagulantMonotherapy", "contraindicated"),
        ],
    },
}


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    """Every example through the pipeline in one store: file name -> result."""
    checked, by_iri = recommend_files(FILES)
    out = {}
    for c in checked:
        assert c.valid, f"{c.path.name} is invalid: {[str(r) for r in c.results]}"
    for p in FILES:
        case = yaml.safe_load(p.read_text(encoding="utf-8"))
        out[p.name] = by_iri[f"https://w3id.org/pvdkg/patient/{case['id']}"].to_json()
    return out


def test_enough_examples_of_both_formats():
    assert len(FILES) >= 12
    assert {p.suffix for p in FILES} >= {".json", ".yaml"}


def test_every_example_has_expectations():
    assert sorted(EXPECTED) == sorted(p.name for p in FILES), "add the new example to EXPECTED"


def test_yaml_examples_tell_their_story():
    for p in FILES:
        if p.suffix in (".yaml", ".yml"):
            assert p.read_text(encoding="utf-8").startswith("#"), f"{p.name}: open with a comment describing the case"


def test_example_ids_are_unique_and_named_after_the_file():
    ids = [yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in FILES]
    assert ids == [p.stem for p in FILES]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(results, name):
    result = results[name]
    want = EXPECTED[name]
    assert result["interventions"], f"{name}: no recommendation at all"
    for iv, st in want["statuses"]:
        assert status(result, iv) == st, f"{name}: {iv} is {status(result, iv)}, expected {st}"
    assert [c["recommendations"] for c in result["cautions"]] == want["cautions"]
    if "audit" in want:
        assert [(a["intervention"], a["finding"]) for a in result["audit"]] == want["audit"]
    assert [(u["recommendation"], u["intervention"], u["ask"]) for u in result["undecided"]] == want.get(
        "undecided", []
    )


def test_example_through_the_cli(capsys, results):
    """The command line gives the same JSON as the pipeline."""
    from pvdkg.cli import main

    name = next(p.name for p in FILES if p.suffix == ".json")
    assert main(["recommend", str(EXAMPLES / name), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == results[name]
