"""Real records' drug codes reach current_therapies through the RxNorm rows of the mapping set.

Synthea and US Core records code MedicationRequest/MedicationStatement with
RxNorm clinical drugs (Synthea's display spelling kept here); the rows come
from VSAC value sets vendored in tests/mapping_sources/. A drug that is two
therapies (lisinopril: an ACE inhibitor and an antihypertensive) gives both.
"""

from __future__ import annotations

import pytest
from test_fhir import RX, coding, medication, with_patient

from pvdkg.readers.fhir import bundle_to_case


def request(rid: str, code: str, display: str, **more) -> dict:
    return medication(rid, coding(RX, code, display), **more)


bundle = with_patient


@pytest.mark.parametrize(
    ("code", "display", "therapies"),
    [
        ("859419", "rosuvastatin calcium 40 MG Oral Tablet", ["HighIntensityStatin"]),
        ("855332", "Warfarin Sodium 5 MG Oral Tablet", ["OralAnticoagulantMonotherapy"]),
        ("198031", "24 HR nicotine 0.292 MG/HR Transdermal System", ["SmokingCessationPharmacotherapy"]),
        ("197361", "amlodipine 5 MG Oral Tablet", ["BloodPressureControl"]),
        ("314076", "lisinopril 10 MG Oral Tablet", ["ACEInhibitorOrARB", "BloodPressureControl"]),
        ("312961", "simvastatin 20 MG Oral Tablet", ["LipidLoweringTherapy"]),
        ("1116635", "ticagrelor 90 MG Oral Tablet", ["AntiplateletTherapy"]),
        ("318272", "aspirin 81 MG Chewable Tablet", ["SingleAntiplateletTherapy"]),
        ("1364445", "apixaban 5 MG Oral Tablet", ["OralAnticoagulantMonotherapy"]),
        ("1656349", "sacubitril 49 MG / valsartan 51 MG Oral Tablet", ["ACEInhibitorOrARB", "BloodPressureControl"]),
        ("860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet", ["GlycemicControl"]),
    ],
)
def test_a_drug_code_gives_its_therapies(code, display, therapies):
    case, unmapped = bundle_to_case(bundle(request("m1", code, display)))
    assert case["current_therapies"] == therapies
    assert unmapped == []
    # an oral anticoagulant at a treatment dose implies an indication of its own (ontology/record.ttl)
    implied = ["other_anticoagulation_indication"] if "OralAnticoagulantMonotherapy" in therapies else None
    assert case.get("conditions") == implied


def test_one_bundle_with_the_five_drugs():
    drugs = [
        ("859419", "rosuvastatin calcium 40 MG Oral Tablet"),
        ("855332", "Warfarin Sodium 5 MG Oral Tablet"),
        ("198031", "24 HR nicotine 0.292 MG/HR Transdermal System"),
        ("197361", "amlodipine 5 MG Oral Tablet"),
        ("314076", "lisinopril 10 MG Oral Tablet"),
    ]
    case, unmapped = bundle_to_case(bundle(*(request(f"m{i}", c, d) for i, (c, d) in enumerate(drugs))))
    assert case["current_therapies"] == [
        "HighIntensityStatin",
        "OralAnticoagulantMonotherapy",
        "SmokingCessationPharmacotherapy",
        "BloodPressureControl",
        "ACEInhibitorOrARB",
    ]
    assert unmapped == []


def test_a_medication_resource_coded_by_ingredient():
    med = {
        "resourceType": "Medication",
        "id": "w",
        "code": {"coding": [{"system": RX, "code": "11289", "display": "Warfarin"}]},
    }
    req = request("m1", "", "")
    del req["medicationCodeableConcept"]
    req["medicationReference"] = {"reference": "Medication/w"}
    case, unmapped = bundle_to_case(bundle(med, req))
    assert case["current_therapies"] == ["OralAnticoagulantMonotherapy"]
    assert case["conditions"] == ["other_anticoagulation_indication"]
    assert unmapped == []


@pytest.mark.parametrize(
    ("code", "display"),
    [
        # prophylactic and vascular doses are no oral anticoagulant monotherapy
        ("1114198", "rivaroxaban 10 MG Oral Tablet"),
        ("2059015", "rivaroxaban 2.5 MG Oral Tablet"),
        # an analgesic aspirin dose is no antiplatelet regimen
        ("198475", "aspirin 650 MG Oral Tablet"),
        # in the tobacco cessation value set, but not varenicline, bupropion SR or nicotine
        ("198045", "nortriptyline 10 MG Oral Capsule"),
        # a 24 HR guanfacine is an ADHD drug
        ("862006", "24 HR guanfacine 1 MG Extended Release Oral Tablet"),
    ],
)
def test_left_out_codes_are_listed_as_unmapped(code, display):
    case, unmapped = bundle_to_case(bundle(request("m1", code, display)))
    assert case == {"id": "p1", "current_therapies": []}
    assert [(u["system"], u["code"]) for u in unmapped] == [(RX, code)]
