"""Safety facts read from the record (ontology/record.ttl, pvdkg.fhir.yml `allergy`).

A record's anticoagulation indications, heart failure and drug allergies become
the case's `other_anticoagulation_indication`, `contraindicated` entries, each
sourced to the resources it came from; the derivation then answers as it does
for the same facts given by hand (R41 caution, no DualPathwayInhibition, no
cilostazol).
"""

from __future__ import annotations

import pytest
from test_fhir import RX, SCT, coding, condition, medication, with_patient

from pvdkg.readers.fhir import convert_bundle

CLAUDICATION = coding(SCT, "63491006", "Intermittent claudication (finding)")
ACTIVE = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}]}


def allergy(aid: str, concept: dict, **more) -> dict:
    return {
        "resourceType": "AllergyIntolerance",
        "id": aid,
        "patient": {"reference": "Patient/p1"},
        "code": concept,
        **more,
    }


def read(*resources):
    return convert_bundle(with_patient(condition("c1", CLAUDICATION), *resources))


def test_allergy_to_a_required_component_contraindicates_the_regimen():
    out = read(allergy("a1", coding(RX, "1191", "Aspirin"), clinicalStatus=ACTIVE))
    assert out.case["contraindicated"] == ["DualPathwayInhibition"]
    assert out.sources["contraindicated[0]"] == ["AllergyIntolerance/a1"]
    # aspirin is only one option of single antiplatelet therapy (clopidogrel is the other): noted, not applied
    notes = [u["reason"] for u in out.unmapped if u["resource"] == "AllergyIntolerance/a1"]
    assert any("one option of SingleAntiplateletTherapy" in n for n in notes), notes


def test_allergy_to_the_drug_itself_contraindicates_it():
    out = read(allergy("a1", coding(RX, "21107", "cilostazol")))  # no clinicalStatus: counts
    assert out.case["contraindicated"] == ["Cilostazol"]


@pytest.mark.parametrize(
    "status, why",
    [
        ({"clinicalStatus": {"coding": [{"code": "resolved"}]}}, "allergy not active (clinicalStatus 'resolved')"),
        ({"verificationStatus": {"coding": [{"code": "refuted"}]}}, "verificationStatus 'refuted'"),
    ],
)
def test_an_allergy_that_does_not_count_is_noted_not_applied(status, why):
    out = read(allergy("a1", coding(RX, "21107", "cilostazol"), **status))
    assert "contraindicated" not in out.case
    assert any(why in u["reason"] for u in out.unmapped), out.unmapped


def test_a_suspected_allergy_counts():
    out = read(
        allergy("a1", coding(RX, "21107", "cilostazol"), verificationStatus={"coding": [{"code": "unconfirmed"}]})
    )
    assert out.case["contraindicated"] == ["Cilostazol"]


def test_an_allergy_to_an_unmapped_substance_is_listed():
    out = read(allergy("a1", coding(SCT, "300916003", "Latex allergy (finding)")))
    assert "contraindicated" not in out.case
    assert [u["code"] for u in out.unmapped if u["resource"] == "AllergyIntolerance/a1"] == ["300916003"]


def test_an_allergy_about_another_patient_is_an_error():
    from pvdkg.readers import CaseLoadError

    other = allergy("a1", coding(RX, "21107", "cilostazol")) | {"patient": {"reference": "Patient/p2"}}
    with pytest.raises(CaseLoadError, match="patient.reference: 'Patient/p2' is not the bundle's Patient"):
        read(other)


def test_heart_failure_contraindicates_cilostazol():
    out = read(condition("c2", coding(SCT, "84114007", "Heart failure (disorder)")))
    assert out.case["contraindicated"] == ["Cilostazol"]
    assert out.sources["contraindicated[0]"] == ["Condition/c2"]


@pytest.mark.parametrize("verification", ["provisional", "differential", "unconfirmed"])
def test_a_suspected_heart_failure_still_contraindicates_cilostazol(verification):
    """A record finding only contraindicates: a suspected one counts, as a suspected allergy
    does (cilostazol's boxed warning), and the note says so; it is no condition."""
    status = {"verificationStatus": {"coding": [{"code": verification}]}}
    out = read(condition("c2", coding(SCT, "84114007", "Heart failure (disorder)"), **status))
    assert out.case["contraindicated"] == ["Cilostazol"] and out.sources["contraindicated[0]"] == ["Condition/c2"]
    (note,) = [u["reason"] for u in out.unmapped if u["resource"] == "Condition/c2"]
    assert note.startswith(f"not confirmed (verificationStatus '{verification}')") and "record finding" in note


@pytest.mark.parametrize(
    "status",
    [
        {"verificationStatus": {"coding": [{"code": "refuted"}]}},
        {"verificationStatus": {"coding": [{"code": "entered-in-error"}]}},
        {
            "verificationStatus": {"coding": [{"code": "provisional"}]},
            "clinicalStatus": {"coding": [{"code": "resolved"}]},
        },
    ],
)
def test_a_refuted_or_past_heart_failure_contraindicates_nothing(status):
    out = read(condition("c2", coding(SCT, "84114007", "Heart failure (disorder)"), **status))
    assert "contraindicated" not in out.case


def test_a_suspected_condition_is_still_no_condition():
    """Only record findings count when suspected: a provisional atrial fibrillation is not
    the case's other_anticoagulation_indication (conditions stay confirmed-only)."""
    status = {"verificationStatus": {"coding": [{"code": "provisional"}]}}
    out = read(condition("c2", coding(SCT, "49436004", "Atrial fibrillation (disorder)"), **status))
    assert "conditions" not in out.case


def test_atrial_fibrillation_is_another_indication_for_anticoagulation():
    out = read(condition("c2", coding(SCT, "49436004", "Atrial fibrillation (disorder)")))
    assert "other_anticoagulation_indication" in out.case["conditions"]


def test_an_anticoagulant_at_a_treatment_dose_implies_its_own_indication():
    out = read(medication("m1", coding(RX, "855332", "Warfarin Sodium 5 MG Oral Tablet")))
    assert out.case["current_therapies"] == ["OralAnticoagulantMonotherapy"]
    assert out.case["conditions"] == ["other_anticoagulation_indication"]
    assert out.sources["conditions[0]"] == ["MedicationRequest/m1"]


def test_a_request_that_an_anticoagulant_not_be_given_is_no_therapy():
    """doNotPerform: true orders that it NOT be given: no current therapy and no indication
    implied from it (read as taken, it withheld dual pathway inhibition)."""
    warfarin = coding(RX, "855332", "Warfarin Sodium 5 MG Oral Tablet")
    out = read(medication("m1", warfarin, doNotPerform=True))
    assert "current_therapies" not in out.case and "conditions" not in out.case
    notes = [u["reason"] for u in out.unmapped if u["resource"] == "MedicationRequest/m1"]
    assert notes and all("doNotPerform" in n for n in notes), notes
    # the same request without doNotPerform (or with false) is a therapy
    assert read(medication("m1", warfarin, doNotPerform=False)).case["current_therapies"] == [
        "OralAnticoagulantMonotherapy"
    ]


def test_a_coded_observation_value_is_not_the_patients_condition():
    """A family history of atrial fibrillation (an Observation's answer) is a relative's
    disease: not read as the patient's, listed in unmapped with why."""
    family = {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "subject": {"reference": "Patient/p1"},
        "code": coding("http://loinc.org", "10157-6", "History of family member diseases Narrative"),
        "valueCodeableConcept": coding(SCT, "49436004", "Atrial fibrillation (disorder)"),
    }
    out = read(family)
    assert "conditions" not in out.case
    (note,) = [u for u in out.unmapped if u["resource"] == "Observation/o1"]
    assert note["field"] == "valueCodeableConcept" and note["code"] == "49436004"
    assert "not read as the patient's condition" in note["reason"]


def test_the_vascular_dose_of_rivaroxaban_implies_nothing():
    out = read(medication("m1", coding(RX, "2059015", "rivaroxaban 2.5 MG Oral Tablet")))
    assert "conditions" not in out.case
