"""The FHIR reading policy is knowledge (ontology/mappings/pvdkg.fhir.yml), not code:
an edited copy, pointed at by PVDKG_KNOWLEDGE, changes what a bundle gives."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from test_fhir import CLTI, SCT, bundle_to_case, coding, condition, ldl, with_patient

from pvdkg.readers.fhir import load_policy

ROOT = Path(__file__).resolve().parent.parent
CLAUDICATION = coding(SCT, "63491006", "Intermittent claudication")


@pytest.fixture
def edited(tmp_path, monkeypatch):
    """Edit a copy of the knowledge's FHIR policy and point pvdkg at the copy."""

    def edit(change) -> None:
        for d in ("ontology", "shapes", "queries"):
            shutil.copytree(ROOT / d, tmp_path / d)
        path = tmp_path / "ontology" / "mappings" / "pvdkg.fhir.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        monkeypatch.setenv("PVDKG_KNOWLEDGE", str(tmp_path))

    return edit


def test_the_shipped_policy_holds_the_values_pvdkg_always_used():
    p = load_policy(ROOT)
    assert p.predicate_rank == {"skos:exactMatch": 0, "skos:closeMatch": 1, "skos:narrowMatch": 2}
    assert p.presentation_precedence == ("clti", "claudication", "asymptomatic")
    assert p.molar_factors == {"ldlCholesterol": Decimal("38.67")}
    assert p.current_clinical == {"active", "recurrence", "relapse"}
    assert p.confirmed == {"confirmed"}
    assert p.finding_confirmed == {"confirmed", "provisional", "differential", "unconfirmed"}
    assert p.final_observation == {"final", "amended", "corrected"}
    assert p.done_procedure == {"completed", "in-progress", "stopped"}
    assert p.current_procedure == {"in-progress"}
    assert p.open_encounter == {"in-progress", "arrived", "triaged", "onleave"}
    assert p.active_medication == {"active"}
    assert p.not_therapy_intent == {"proposal", "option"}


RECURRENT_SEPSIS = condition(
    "c1", coding(SCT, "91302008", "Sepsis"), clinicalStatus={"coding": [{"code": "recurrence"}]}
)
AMENDED_LDL = ldl("o1", 96, "mg/dL", status="amended")


@pytest.mark.parametrize(
    "resource, status_set, status, field, value, reason",
    [
        (
            RECURRENT_SEPSIS,
            "condition_clinical",
            "recurrence",
            "conditions",
            ["sepsis"],
            "not current (clinicalStatus 'recurrence')",
        ),
        (
            AMENDED_LDL,
            "observation",
            "amended",
            "measurements",
            {"ldl_mg_dl": 96},
            "status 'amended' is not a final result",
        ),
    ],
)
def test_a_status_removed_from_the_data_no_longer_counts(edited, resource, status_set, status, field, value, reason):
    case, unmapped = bundle_to_case(with_patient(resource))
    assert case[field] == value and unmapped == []
    edited(lambda d: d["status"][status_set].remove(status))
    case, unmapped = bundle_to_case(with_patient(resource))
    assert field not in case
    assert [u["reason"] for u in unmapped] == [reason]


def test_the_ldl_factor_is_read_from_the_data(edited):
    molar = ldl("o1", 3.1, "mmol/L", system="http://unitsofmeasure.org")
    assert bundle_to_case(with_patient(molar))[0]["measurements"] == {"ldl_mg_dl": 119.9}
    edited(lambda d: d["molar_factors"].update(ldlCholesterol="40"))
    assert bundle_to_case(with_patient(molar))[0]["measurements"] == {"ldl_mg_dl": 124}


def test_presentation_precedence_is_read_from_the_data(edited):
    bundle = with_patient(condition("c1", CLTI), condition("c2", CLAUDICATION))
    assert bundle_to_case(bundle)[0]["presentation"] == "clti"
    edited(lambda d: d.update(presentation_precedence=["claudication", "clti", "asymptomatic"]))
    case, unmapped = bundle_to_case(bundle)
    assert case["presentation"] == "claudication"
    assert [u["reason"] for u in unmapped] == ["presentation 'clti' superseded by 'claudication' (the more severe)"]
