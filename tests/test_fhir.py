"""FHIR R4 Bundles as cases (pvdkg.readers.fhir): parsing, the code mapping rule, unmapped codes, errors.

Bundles in tests/fhir/ follow the FHIR R4 examples and Synthea's output
(fullUrl urn:uuid, codings with system, code and display). Every code in them
that is expected to map is a row of ontology/mappings/pvdkg.sssom.tsv; the
'unmappable' ones are real codes of other concepts (SNOMED CT acute viral
pharyngitis, hemodialysis; LOINC heart rate; RxNorm acetaminophen) or a local
system (http://example.org/local).
"""

from __future__ import annotations

import copy
import json
from datetime import date
from functools import partial
from pathlib import Path

import pytest
import simple_icd_10_cm
from conftest import fresh_python

from pvdkg.derive import results
from pvdkg.knowledge import knowledge_root
from pvdkg.mappings import load_mappings, normalize_curie
from pvdkg.pipeline import Checked, reasoned_store, recommend_files
from pvdkg.readers import CaseLoadError, case_schema, map_case
from pvdkg.readers.fhir import EXTENSION_BASE, FHIR_SYSTEMS, is_bundle
from pvdkg.readers.fhir import bundle_to_case as _bundle_to_case
from pvdkg.readers.fhir import convert_bundle as _convert_bundle
from pvdkg.readers.fhir import map_bundle as _map_bundle
from pvdkg.readers.fhir import read_bundle as _read_bundle
from pvdkg.validate import load_ontology_graph, validate_case

ROOT = Path(__file__).resolve().parent.parent
FHIR = ROOT / "tests" / "fhir"
EXAMPLE = ROOT / "examples" / "fhir" / "clti-dialysis-tibial-occlusion.json"
SCT, LOINC, RX = "http://snomed.info/sct", "http://loinc.org", "http://www.nlm.nih.gov/research/umls/rxnorm"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
#: The bundles here are dated 2024; they are read as of this date (the default, today,
#: would leave their measurements out as too old: tests/test_fhir_history.py).
AS_OF = date(2024, 3, 31)
bundle_to_case = partial(_bundle_to_case, as_of=AS_OF)
convert_bundle = partial(_convert_bundle, as_of=AS_OF)
read_bundle = partial(_read_bundle, as_of=AS_OF)
map_bundle = partial(_map_bundle, as_of=AS_OF)


def load(name: str) -> dict:
    return json.loads((FHIR / f"{name}.json").read_text(encoding="utf-8"))


def label(bundle: dict, i: int) -> str:
    r = bundle["entry"][i]["resource"]
    return f"{r['resourceType']}/{r['id']}"


def patient_id(bundle: dict) -> str:
    return next(e["resource"]["id"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")


def unmapped_keys(unmapped: list[dict]) -> list[tuple]:
    return [(u["resource"], u["field"], u["system"], u["code"]) for u in unmapped]


def validate(case: dict) -> list[str]:
    onto = load_ontology_graph(knowledge_root())
    graph, pathmap = map_case(case, case_schema(onto))
    return [str(r) for r in validate_case(graph, pathmap, onto)]


def fhir_results(bundle: dict, origin: Path) -> dict:
    """The pipeline on a bundle: bundle_to_case, map_case, validate_case, reasoned_store, results."""
    onto = load_ontology_graph(knowledge_root())
    case, _ = bundle_to_case(bundle)
    graph, pathmap = map_case(case, case_schema(onto))
    checked = Checked(origin, validate_case(graph, pathmap, onto), graph.serialize(format="nt", encoding="utf-8"))
    assert checked.valid, [str(r) for r in checked.results]
    return results(reasoned_store([checked]))


def with_patient(*resources: dict, patient: dict | None = None) -> dict:
    """A small bundle: a Patient (id p1) and the given resources (subject Patient/p1)."""
    entries = [
        {
            "fullUrl": "urn:uuid:00000000-0000-4000-8000-000000000001",
            "resource": patient or {"resourceType": "Patient", "id": "p1"},
        }
    ]
    for n, r in enumerate(resources, start=2):
        entries.append({"fullUrl": f"urn:uuid:00000000-0000-4000-8000-{n:012d}", "resource": copy.deepcopy(r)})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def coding(system: str, code: str, display: str) -> dict:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def medication(mid: str, concept: dict, **more) -> dict:
    """An active MedicationRequest (an order) of Patient/p1 for the given concept."""
    return {
        "resourceType": "MedicationRequest",
        "id": mid,
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": concept,
        **more,
    }


def condition(cid: str, concept: dict, **more) -> dict:
    return {"resourceType": "Condition", "id": cid, "subject": {"reference": "Patient/p1"}, "code": concept, **more}


CLTI = coding(SCT, "233962007", "Critical lower limb ischemia")
TIBIAL = coding(SCT, "13363002", "Structure of posterior tibial artery (body structure)")


# ---------------------------------------------------------------- basics


def test_is_bundle():
    assert is_bundle(load("condition"))
    assert not is_bundle({"resourceType": "Patient", "id": "p1"})
    assert not is_bundle([{"resourceType": "Bundle"}])
    assert not is_bundle({"id": "case-1", "presentation": "clti"})


def test_systems_are_prefixes_of_the_mapping_set():
    from pvdkg.mappings import load_metadata

    curie_map = load_metadata()["curie_map"]
    assert set(FHIR_SYSTEMS.values()) <= set(curie_map)


#: Real codes of the bundles that are deliberately not in the mapping set (found in FHIR
#: examples and Synthea-style data): the unmapped list (312442005, a history of atrial
#: fibrillation, left out of the anticoagulation indications on purpose), an Observation
#: code whose value is mapped (72166-2).
NOT_IN_SET = {
    (SCT, "312442005"),
    (SCT, "195662009"),
    (SCT, "302497006"),
    (SCT, "8517006"),
    (LOINC, "8867-4"),
    (LOINC, "72166-2"),
    (RX, "313782"),
}


def test_every_mapped_code_in_the_bundles_is_a_row_of_the_mapping_set():
    """Codes the tests expect to map come from the SSSOM set (or, for ICD-10-CM, the CMS table), with their labels."""
    objects = {normalize_curie(r["object_id"]) for r in load_mappings()}
    labels = {normalize_curie(r["object_id"]): r["object_label"] for r in load_mappings()}
    for system, code in NOT_IN_SET:
        assert normalize_curie(f"{FHIR_SYSTEMS[system]}:{code}") not in objects
    for path in sorted(FHIR.glob("*.json")) + [EXAMPLE]:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not is_bundle(data):
            continue
        try:
            _, unmapped = bundle_to_case(data)
        except CaseLoadError:
            continue
        not_mapped = {(u["system"], u["code"]) for u in unmapped}
        for text in _codings(data):
            system, code, display = text
            if system in FHIR_SYSTEMS and (system, code) not in not_mapped | NOT_IN_SET:
                curie = normalize_curie(f"{FHIR_SYSTEMS[system]}:{code}")
                if curie.startswith("icd10cm:") and curie not in objects:
                    # mapped through a code above it: the code and label are the CMS table's
                    assert simple_icd_10_cm.get_description(code) == display, (path.name, curie, display)
                    continue
                assert curie in objects, (path.name, curie)
                assert labels[curie] == display, (path.name, curie, display)


def _codings(node):
    if isinstance(node, dict):
        if "system" in node and "code" in node and "display" in node:
            yield node["system"], node["code"], node["display"]
        for v in node.values():
            yield from _codings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _codings(v)


# ---------------------------------------------------------------- acceptance


def test_acceptance_bundle_gives_the_equivalent_case():
    bundle = load("clti-dialysis-tibial-occlusion")
    expected = json.loads((FHIR / "clti-dialysis-tibial-occlusion.case.json").read_text(encoding="utf-8"))
    case, unmapped = bundle_to_case(bundle)
    assert case == expected
    # the lesion's Condition is coded 'Peripheral arterial occlusive disease', broader than
    # every presentation: listed, not used (the presentation comes from 'Critical lower limb ischemia')
    assert unmapped_keys(unmapped) == [(label(bundle, 2), "code", SCT, "399957001")]
    assert "skos:broadMatch" in unmapped[0]["reason"]
    assert validate(case) == []


def test_example_bundle_is_the_acceptance_bundle():
    assert json.loads(EXAMPLE.read_text(encoding="utf-8")) == load("clti-dialysis-tibial-occlusion")


def test_acceptance_bundle_gives_the_same_result_as_the_case_file(tmp_path):
    bundle = load("clti-dialysis-tibial-occlusion")
    from_fhir = fhir_results(bundle, EXAMPLE)
    checked, from_case = recommend_files([FHIR / "clti-dialysis-tibial-occlusion.case.json"])
    assert checked[0].valid
    assert from_fhir == from_case
    (result,) = from_fhir.values()
    assert result.patient == "https://w3id.org/pvdkg/patient/clti-dialysis-tibial-occlusion"
    assert result.interventions, "a CLTI patient gets recommendations"


def test_read_bundle_and_map_bundle():
    out = read_bundle(EXAMPLE)
    assert out.case["presentation"] == "clti"
    assert out.sources["presentation"] == [label(load("clti-dialysis-tibial-occlusion"), 1)]
    graph, pathmap, converted = map_bundle(load("clti-dialysis-tibial-occlusion"))
    assert converted.case == out.case and len(graph) > 10 and not pathmap.issues


def test_read_bundle_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CaseLoadError, match=r"bad\.json: not valid JSON"):
        read_bundle(bad)
    with pytest.raises(CaseLoadError, match=r"malformed-no-patient\.json: Bundle: no Patient"):
        read_bundle(FHIR / "malformed-no-patient.json")


# ---------------------------------------------------------------- one bundle per resource type


def test_patient_extension_carries_the_fields_no_code_gives():
    bundle = load("patient")
    case, unmapped = bundle_to_case(bundle)
    assert case == {
        "id": patient_id(bundle),
        "presentation": "claudication",
        "limb": "left",
        "ambulatory": False,
        "surgical_risk": "high",
        "vein_conduit": "none",
        "amputation_imminent": False,
        "contraindicated": ["Cilostazol"],
        "tried": ["SupervisedExerciseTherapy"],
        "conditions": ["inflow_significance_uncertain"],
    }
    assert unmapped == []  # other extensions (us-core-birthsex) are not codes to map
    assert validate(case) == []


def test_condition_bundle():
    bundle = load("condition")
    out = convert_bundle(bundle)
    assert out.case == {
        "id": patient_id(bundle),
        "presentation": "clti",  # 428171009, narrowMatch of CLTI
        "conditions": ["diabetes", "hypertension", "current_smoker"],  # E11, I10, 65568007
        "lesions": [
            {"segment": "aortoiliac", "morphology": "stenosis", "length": "short", "calcification": "mild"}
        ],  # bodySite abdominal aorta (partitive)
    }
    assert unmapped_keys(out.unmapped) == [
        (label(bundle, 2), "code", SCT, "63491006"),  # claudication, superseded by CLTI
        (label(bundle, 6), "code", SCT, "195662009"),  # resolved
        (label(bundle, 7), "code", SCT, "399957001"),  # broader than any presentation
    ]
    reasons = [u["reason"] for u in out.unmapped]
    assert "superseded by 'clti'" in reasons[0]
    assert "clinicalStatus 'resolved'" in reasons[1]
    assert "broadMatch" in reasons[2]
    # the diabetes Condition has SNOMED 44054006 and ICD-10-CM E11, both mapped to diabetes
    assert out.sources["conditions[0]"] == [label(bundle, 3)]
    assert out.sources["lesions[0]"] == [label(bundle, 7)]
    assert validate(out.case) == []


def test_observation_bundle():
    bundle = load("observation")
    out = convert_bundle(bundle)
    # the latest LDL-C (2.5 mmol/L direct assay, 2024) wins over 130 mg/dL (2023):
    # 2.5 x 38.67 = 96.7 mg/dL; the latest smoking status is 'Smokes tobacco daily'
    assert out.case == {"id": patient_id(bundle), "conditions": ["current_smoker"], "measurements": {"ldl_mg_dl": 96.7}}
    assert unmapped_keys(out.unmapped) == [
        (label(bundle, 1), "code", LOINC, "13457-7"),
        (label(bundle, 3), "code", LOINC, "2089-1"),
        (label(bundle, 4), "valueCodeableConcept", SCT, "8517006"),
        (label(bundle, 6), "code", LOINC, "8867-4"),
    ]
    reasons = [u["reason"] for u in out.unmapped]
    assert reasons[0] == f"superseded by {label(bundle, 2)} (later)"
    assert reasons[1] == "status 'preliminary' is not a final result"
    assert reasons[2] == f"superseded by {label(bundle, 5)} (2024-02-01: smokes now)"
    assert reasons[3] == "loinc:8867-4 is not in the pvdkg mapping set"
    assert out.sources["measurements.ldl_mg_dl"] == [label(bundle, 2)]


def test_medication_statement_bundle():
    bundle = load("medication-statement")
    out = convert_bundle(bundle)
    assert out.case == {"id": patient_id(bundle), "current_therapies": ["SingleAntiplateletTherapy"]}
    assert unmapped_keys(out.unmapped) == [
        (label(bundle, 2), "medicationCodeableConcept", RX, "309362"),
        (label(bundle, 3), "medicationCodeableConcept", RX, "2059015"),
    ]
    assert "status 'stopped'" in out.unmapped[0]["reason"]
    # rivaroxaban 2.5 mg is a component of dual pathway inhibition, not the regimen
    assert "partitive" in out.unmapped[1]["reason"] and "DualPathwayInhibition" in out.unmapped[1]["reason"]


def test_medication_request_bundle_resolves_medication_references():
    bundle = load("medication-request")
    out = convert_bundle(bundle)
    assert out.case == {"id": patient_id(bundle), "current_therapies": ["HighIntensityStatin", "Cilostazol"]}
    assert unmapped_keys(out.unmapped) == [(label(bundle, 4), "medicationCodeableConcept", RX, "591622")]
    assert "status 'cancelled'" in out.unmapped[0]["reason"]
    assert out.sources["current_therapies[1]"] == [label(bundle, 3)]


def test_procedure_bundle():
    bundle = load("procedure")
    out = convert_bundle(bundle)
    assert out.case == {
        "id": patient_id(bundle),
        "procedures": [
            # performed after the start of the open (in-progress) Encounter: this episode
            {
                "type": "PercutaneousTransluminalAngioplasty",
                "segment": "infrapopliteal",
                "side": "right",
                "result": "suboptimal",
                "when": "current",
            },
            # performed in 2019, before it
            {"type": "SurgicalBypass", "result": "optimal", "when": "earlier"},
        ],
    }
    assert unmapped_keys(out.unmapped) == [
        (label(bundle, 4), "code", SCT, "302497006"),
        (label(bundle, 5), "code", SCT, "229065009"),
    ]
    assert "not to a kind of Revascularization" in out.unmapped[1]["reason"]


def test_unmappable_codes_are_listed_never_dropped():
    bundle = load("unmappable")
    case, unmapped = bundle_to_case(bundle)
    # active medications were recorded, none maps: the list is recorded and empty
    assert case == {"id": patient_id(bundle), "current_therapies": []}
    assert [(u["resource"], u["field"], u["system"], u["code"], u["display"]) for u in unmapped] == [
        (label(bundle, 1), "code", SCT, "312442005", "History of atrial fibrillation (situation)"),
        (label(bundle, 2), "code", SCT, "46177005", "End-stage renal disease (disorder)"),
        (label(bundle, 3), "code", SCT, "399957001", "Peripheral arterial occlusive disease (disorder)"),
        (label(bundle, 4), "code", SCT, "195662009", "Acute viral pharyngitis (disorder)"),
        (label(bundle, 5), "code", "http://example.org/local", "pad-stage-3", "PAD stage 3 (local code)"),
        (label(bundle, 6), "code", LOINC, "8867-4", "Heart rate"),
        (label(bundle, 7), "code", LOINC, "2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma"),
        (label(bundle, 8), "medicationCodeableConcept", RX, "313782", "Acetaminophen 325 MG Oral Tablet"),
        (label(bundle, 9), "medicationCodeableConcept", RX, "2059015", "rivaroxaban 2.5 MG Oral Tablet"),
        (label(bundle, 10), "code", SCT, "302497006", "Hemodialysis (procedure)"),
    ]
    reasons = [u["reason"] for u in unmapped]
    assert reasons[0] == "snomedct:312442005 is not in the pvdkg mapping set"
    assert reasons[1] == ("snomedct:46177005 is broader than pvdkg:Dialysis (skos:broadMatch): it does not imply it")
    assert reasons[4] == "code system http://example.org/local is not one pvdkg maps"
    assert reasons[6] == "unit 'g/L' cannot be converted to 'mg/dL'"
    # no presentation can be derived: left out, and validation says so
    assert validate(case) == ["presentation: is required"]


# ---------------------------------------------------------------- the mapping rule


@pytest.mark.parametrize(
    "system, code, display, expected",
    [
        (SCT, "73211009", "Diabetes mellitus", ["diabetes"]),  # exactMatch
        (ICD, "Z99.2", "Dependence on renal dialysis", ["dialysis"]),  # closeMatch
        (ICD, "E10", "Type 1 diabetes mellitus", ["diabetes"]),  # narrowMatch (narrower code)
        (SCT, "46177005", "End-stage renal disease (disorder)", []),  # broadMatch: not used
        (SCT, "110483000", "Tobacco user", []),  # broadMatch: not used
        ("http://human-phenotype-ontology.org", "HP:0000822", "Hypertension", ["hypertension"]),
        ("https://www.nlm.nih.gov/mesh", "D018805", "Sepsis", ["sepsis"]),
    ],
)
def test_predicates_that_map_a_code_back(system, code, display, expected):
    case, unmapped = bundle_to_case(with_patient(condition("c1", coding(system, code, display))))
    assert case.get("conditions", []) == expected
    assert bool(unmapped) == (not expected)


def test_presentation_from_narrower_icd10cm_code():
    rest_pain = "Atherosclerosis of native arteries of extremities with rest pain, left leg"
    case, _ = bundle_to_case(with_patient(condition("c1", coding(ICD, "I70.222", rest_pain))))
    # narrowMatch of CLTI: used; broadMatch of refractory rest pain: not used
    assert case == {"id": "p1", "presentation": "clti"}
    # a code below a mapped category: I70.234 (right leg, ulceration of heel) via I70.23
    case, _ = bundle_to_case(with_patient(condition("c1", coding(ICD, "I70.234", "right leg, heel ulcer"))))
    assert case == {"id": "p1", "presentation": "clti"}


@pytest.mark.parametrize(
    "code",
    ["I70.218", "I70.219", "I70.228", "I70.268", "I70.22", "I70.368", "I70.629"],
)
def test_an_arm_or_unspecified_extremity_is_not_a_pad_presentation(code):
    """ICD-10-CM I70.x8 (other extremity: the arms) and I70.x9 (unspecified extremity), and
    their categories, give no presentation: the rules are about the legs. Unmapped, named."""
    out = convert_bundle(with_patient(condition("c1", coding(ICD, code, "atherosclerosis of an extremity"))))
    assert "presentation" not in out.case
    assert [(u["field"], u["code"]) for u in out.unmapped if u["resource"] == "Condition/c1"] == [("code", code)]


def test_partitive_rows_map_anatomy_to_the_segment():
    lesion = {
        "url": EXTENSION_BASE + "lesion",
        "extension": [
            {"url": "morphology", "valueCode": "occlusion"},
            {"url": "length", "valueCode": "short"},
            {"url": "calcification", "valueCode": "severe"},
        ],
    }
    case, _ = bundle_to_case(with_patient(condition("c1", CLTI, bodySite=[TIBIAL], extension=[lesion])))
    assert case["lesions"] == [
        {"segment": "infrapopliteal", "morphology": "occlusion", "length": "short", "calcification": "severe"}
    ]


def test_exact_match_beats_a_partitive_match_for_one_segment():
    # MeSH Popliteal Artery: exactMatch of the popliteal segment, partitive narrowMatch of
    # the femoropopliteal one; a segment takes the strongest predicate
    site = coding("https://www.nlm.nih.gov/mesh", "D011150", "Popliteal Artery")
    case, unmapped = bundle_to_case(with_patient(condition("c1", CLTI, bodySite=[site])))
    assert case["lesions"] == [{"segment": "popliteal"}] and unmapped == []


def test_a_lesion_without_its_details_is_kept_and_validation_says_what_is_missing():
    case, _ = bundle_to_case(with_patient(condition("c1", CLTI, bodySite=[TIBIAL])))
    assert case["lesions"] == [{"segment": "infrapopliteal"}]
    assert validate(case) == [
        "lesions[0].calcification: is required",
        "lesions[0].length: is required",
        "lesions[0].morphology: is required",
    ]


def test_unmapped_body_site_is_listed():
    foot = coding("http://example.org/local", "left-foot", "Left foot")
    case, unmapped = bundle_to_case(with_patient(condition("c1", CLTI, bodySite=[foot])))
    assert "lesions" not in case
    assert unmapped_keys(unmapped) == [("Condition/c1", "bodySite[0]", "http://example.org/local", "left-foot")]


def test_a_concept_maps_when_one_coding_maps_else_every_coding_is_listed():
    both = {
        "coding": [
            {"system": SCT, "code": "46177005", "display": "End-stage renal disease (disorder)"},
            {"system": ICD, "code": "Z99.2", "display": "Dependence on renal dialysis"},
        ]
    }
    case, unmapped = bundle_to_case(with_patient(condition("c1", both)))
    assert case["conditions"] == ["dialysis"] and unmapped == []
    neither = {
        "coding": [
            {"system": SCT, "code": "46177005", "display": "End-stage renal disease (disorder)"},
            {"system": SCT, "code": "195662009", "display": "Acute viral pharyngitis (disorder)"},
        ]
    }
    _, unmapped = bundle_to_case(with_patient(condition("c1", neither)))
    assert [u["code"] for u in unmapped] == ["46177005", "195662009"]


def test_coding_without_system_or_text_only():
    no_system = {"coding": [{"code": "73211009", "display": "Diabetes mellitus"}]}
    text_only = {"text": "diabetes"}
    _, unmapped = bundle_to_case(with_patient(condition("c1", no_system), condition("c2", text_only)))
    assert [(u["resource"], u["reason"]) for u in unmapped] == [
        ("Condition/c1", "the coding has no system"),
        ("Condition/c2", "no coding (text only)"),
    ]


@pytest.mark.parametrize(
    "status, verification, used",
    [
        ("active", "confirmed", True),
        ("recurrence", None, True),
        (None, None, True),
        ("resolved", None, False),
        ("inactive", None, False),
        ("active", "refuted", False),
        ("active", "provisional", False),
    ],
)
def test_only_current_confirmed_conditions_count(status, verification, used):
    more = {}
    if status:
        more["clinicalStatus"] = {"coding": [{"code": status}]}
    if verification:
        more["verificationStatus"] = {"coding": [{"code": verification}]}
    case, unmapped = bundle_to_case(with_patient(condition("c1", coding(SCT, "91302008", "Sepsis"), **more)))
    assert (case.get("conditions") == ["sepsis"]) == used
    assert bool(unmapped) != used


# ---------------------------------------------------------------- measurements


def ldl(
    oid: str,
    value,
    unit: str | None,
    when: str = "2024-02-01",
    system: str | None = "http://unitsofmeasure.org",
    **more,
) -> dict:
    q = {"value": value}
    if unit:
        q.update(unit=unit, code=unit)
    if system:
        q["system"] = system
    return {
        "resourceType": "Observation",
        "id": oid,
        "status": "final",
        "subject": {"reference": "Patient/p1"},
        "code": coding(LOINC, "2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma"),
        "effectiveDateTime": when,
        "valueQuantity": q,
        **more,
    }


@pytest.mark.parametrize(
    "value, unit, system, expected, reason",
    [
        (96, "mg/dL", "http://unitsofmeasure.org", 96, None),
        (101.5, "mg/dL", "http://unitsofmeasure.org", 101.5, None),
        (3.1, "mmol/L", "http://unitsofmeasure.org", 119.9, None),  # 3.1 x 38.67 = 119.877
        (96, "mg/dl", "http://unitsofmeasure.org", None, "unit 'mg/dl' cannot be converted to 'mg/dL'"),
        (96, "mg/dL", None, None, "unit 'mg/dL' is not a UCUM code (valueQuantity.system http://unitsofmeasure.org)"),
        (
            96,
            None,
            "http://unitsofmeasure.org",
            None,
            "unit '(none)' is not a UCUM code (valueQuantity.system http://unitsofmeasure.org)",
        ),
    ],
)
def test_ldl_units_are_checked(value, unit, system, expected, reason):
    case, unmapped = bundle_to_case(with_patient(ldl("o1", value, unit, system=system)))
    assert case.get("measurements", {}).get("ldl_mg_dl") == expected
    assert [u["reason"] for u in unmapped] == ([reason] if reason else [])


def test_comparator_and_missing_value_are_not_used():
    less = ldl("o1", 40, "mg/dL")
    less["valueQuantity"]["comparator"] = "<"
    absent = ldl("o2", 0, "mg/dL")
    del absent["valueQuantity"]
    absent["dataAbsentReason"] = {"coding": [{"code": "not-performed"}]}
    case, unmapped = bundle_to_case(with_patient(less, absent))
    assert "measurements" not in case
    assert [u["reason"] for u in unmapped] == [
        "valueQuantity has comparator '<': not an exact value",
        "no value (dataAbsentReason not-performed)",
    ]


def test_two_latest_values_at_the_same_time_are_ambiguous():
    case, unmapped = bundle_to_case(with_patient(ldl("o1", 96, "mg/dL"), ldl("o2", 120, "mg/dL")))
    assert "measurements" not in case
    assert [u["resource"] for u in unmapped] == ["Observation/o1"]  # one entry naming both (test_fhir_history)
    assert "96 mg/dL (Observation/o1), 120 mg/dL (Observation/o2)" in unmapped[0]["reason"]
    case, _ = bundle_to_case(with_patient(ldl("o1", 96, "mg/dL"), ldl("o2", 96, "mg/dL")))
    assert case["measurements"] == {"ldl_mg_dl": 96}


def test_component_observations_are_read():
    panel = {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "subject": {"reference": "Patient/p1"},
        "code": {"text": "Lipid panel"},
        "effectiveDateTime": "2024-02-01",
        "component": [
            {
                "code": coding(LOINC, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"),
                "valueQuantity": {"value": 88, "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"},
            }
        ],
    }
    case, unmapped = bundle_to_case(with_patient(panel))
    assert case["measurements"] == {"ldl_mg_dl": 88}
    assert [(u["field"], u["reason"]) for u in unmapped] == [("code", "no coding (text only)")]


# ---------------------------------------------------------------- procedures


def pta(pid: str, **more) -> dict:
    return {
        "resourceType": "Procedure",
        "id": pid,
        "status": "completed",
        "subject": {"reference": "Patient/p1"},
        "code": coding(SCT, "276861004", "Percutaneous balloon angioplasty of artery"),
        **more,
    }


def procedure_ext(**fields) -> list[dict]:
    return [{"url": EXTENSION_BASE + "procedure", "extension": [{"url": k, "valueCode": v} for k, v in fields.items()]}]


def test_procedure_episode_from_the_extension_or_an_open_encounter():
    case, _ = bundle_to_case(with_patient(pta("x1", extension=procedure_ext(result="failed", when="earlier"))))
    assert case["procedures"] == [
        {"type": "PercutaneousTransluminalAngioplasty", "result": "failed", "when": "earlier"}
    ]
    encounter = {
        "resourceType": "Encounter",
        "id": "e1",
        "status": "in-progress",
        "class": {"code": "IMP"},
        "subject": {"reference": "Patient/p1"},
        "period": {"start": "2024-03-01T08:00:00Z"},
    }
    same_day = pta("x1", performedDateTime="2024-03-01", extension=procedure_ext(result="optimal"))
    in_it = pta("x2", encounter={"reference": "Encounter/e1"}, extension=procedure_ext(result="optimal"))
    case, _ = bundle_to_case(with_patient(encounter, same_day, in_it))
    assert [p["when"] for p in case["procedures"]] == ["current", "current"]


def test_procedure_without_an_open_encounter_is_placed_by_the_episode_window():
    bundle = with_patient(pta("x1", performedDateTime="2024-03-01", extension=procedure_ext(result="optimal")))
    case, _ = bundle_to_case(bundle)  # 30 days before 2024-03-31 (pvdkg.fhir.yml current_episode)
    assert case["procedures"][0]["when"] == "current"


def test_procedure_without_result_is_kept_for_validation():
    case, _ = bundle_to_case(with_patient(pta("x1", extension=procedure_ext(when="current"))))
    assert validate({**case, "presentation": "clti"}) == ["procedures[0].result: is required"]


def test_not_done_procedure_is_listed():
    case, unmapped = bundle_to_case(with_patient(pta("x1", status="not-done")))
    assert "procedures" not in case
    assert unmapped[0]["reason"] == "status 'not-done': not done"


# ---------------------------------------------------------------- patient and extensions


def test_patient_id_is_sanitized_or_taken_from_the_full_url():
    case, _ = bundle_to_case(with_patient(patient={"resourceType": "Patient", "id": ".x.y"}))
    assert case["id"] == "x.y"
    bundle = with_patient(patient={"resourceType": "Patient"})
    case, _ = bundle_to_case(bundle)
    assert case["id"] == "00000000-0000-4000-8000-000000000001"


def test_extension_value_conflicting_with_a_code_is_an_error():
    patient = {
        "resourceType": "Patient",
        "id": "p1",
        "extension": [
            {"url": EXTENSION_BASE + "patient", "extension": [{"url": "presentation", "valueCode": "claudication"}]}
        ],
    }
    with pytest.raises(CaseLoadError, match=r"Patient/p1\).*presentation: 'claudication' differs from 'clti'"):
        bundle_to_case(with_patient(condition("c1", CLTI), patient=patient))


def test_unknown_extension_field_names_resource_and_field():
    lesion = {"url": EXTENSION_BASE + "lesion", "extension": [{"url": "colour", "valueCode": "red"}]}
    with pytest.raises(
        CaseLoadError,
        match=r"Bundle\.entry\[1\] \(Condition/c1\): extension 'lesion': "
        r"'colour' is not one of",
    ):
        bundle_to_case(with_patient(condition("c1", CLTI, extension=[lesion])))
    wrong = {"url": EXTENSION_BASE + "lesion", "extension": [{"url": "morphology", "valueBoolean": True}]}
    with pytest.raises(CaseLoadError, match=r"extension 'lesion'\.morphology: needs valueCode"):
        bundle_to_case(with_patient(condition("c1", CLTI, extension=[wrong])))


def test_extension_values_are_validated_as_case_values():
    lesion = {
        "url": EXTENSION_BASE + "lesion",
        "extension": [
            {"url": "morphology", "valueCode": "occlusion"},
            {"url": "length", "valueCode": "long"},
            {"url": "calcification", "valueCode": "heavy"},
        ],
    }
    case, _ = bundle_to_case(with_patient(condition("c1", CLTI, bodySite=[TIBIAL], extension=[lesion])))
    assert validate(case) == ["lesions[0].calcification: 'heavy' is not one of none, mild, moderate, severe"]


# ---------------------------------------------------------------- malformed FHIR


def test_bundle_without_patient():
    with pytest.raises(CaseLoadError, match=r"^Bundle: no Patient resource"):
        bundle_to_case(load("malformed-no-patient"))


def test_wrong_type_names_resource_and_field():
    bundle = load("malformed-wrong-type")
    with pytest.raises(CaseLoadError) as e:
        bundle_to_case(bundle)
    message = str(e.value)
    assert message.startswith(f"Bundle.entry[1] ({label(bundle, 1)}): valueQuantity.value: ")
    assert message.endswith('(got "ninety-six")') and "\n" not in message


@pytest.mark.parametrize(
    "mutate, message",
    [
        (
            lambda b: b["entry"][1]["resource"]["code"].update(coding={"code": "x"}),
            r"^Bundle\.entry\[1\] \(Condition/c1\): code\.coding: Input should be a valid list",
        ),
        (
            lambda b: b["entry"][1]["resource"].update(resourceType="Conditon"),
            r"^Bundle\.entry\[1\]: resource\.resourceType: 'Conditon' is not a FHIR R4 resource type",
        ),
        (
            lambda b: b["entry"][1]["resource"].pop("subject"),
            r"^Bundle\.entry\[1\] \(Condition/c1\): subject: Field required",
        ),
        (
            lambda b: b["entry"][1]["resource"].update(colour="red"),
            r"^Bundle\.entry\[1\] \(Condition/c1\): colour: Extra inputs are not permitted",
        ),
        (lambda b: b.pop("type"), r"^Bundle: type: "),
        (  # a data type is no resource (each resource is validated alone: the Bundle still says so)
            lambda b: b["entry"].append({"resource": {"resourceType": "Coding", "code": "x"}}),
            r"^Bundle\.entry\[2\] \(Coding\): root: Provided FHIR resource Coding should be derived from",
        ),
        (  # a Bundle-level error and a resource's: the Bundle's own is named
            lambda b: (b.pop("type"), b["entry"][1]["resource"].update(colour="red")),
            r"^Bundle: type: ",
        ),
        (
            lambda b: b["entry"][1]["resource"].update(subject={"reference": "Patient/someone-else"}),
            r"^Bundle\.entry\[1\] \(Condition/c1\): subject\.reference: 'Patient/someone-else' is not the "
            r"bundle's Patient \(Patient/p1\)",
        ),
        (
            lambda b: b["entry"].append({"resource": {"resourceType": "Patient", "id": "p2"}}),
            r"^Bundle: more than one Patient \(Patient/p1, Patient/p2\)",
        ),
    ],
)
def test_malformed_fhir_gets_one_clear_line(mutate, message):
    bundle = with_patient(condition("c1", CLTI))
    mutate(bundle)
    with pytest.raises(CaseLoadError, match=message) as e:
        bundle_to_case(bundle)
    assert "\n" not in str(e.value)


def test_r5_medication_statement_is_not_r4():
    statement = {
        "resourceType": "MedicationStatement",
        "id": "m1",
        "status": "recorded",
        "subject": {"reference": "Patient/p1"},
        "medication": {"concept": coding(RX, "243670", "aspirin 81 MG Oral Tablet")},
    }
    with pytest.raises(CaseLoadError, match=r"\(MedicationStatement/m1\): medication: Extra inputs"):
        bundle_to_case(with_patient(statement))


def test_not_a_bundle():
    with pytest.raises(CaseLoadError, match=r"not a FHIR Bundle \(resourceType 'Patient'\)"):
        bundle_to_case({"resourceType": "Patient", "id": "p1"})


def test_input_is_not_modified():
    bundle = load("condition")
    before = copy.deepcopy(bundle)
    bundle_to_case(bundle)
    assert bundle == before


def test_abated_condition_without_status_is_not_current():
    case, unmapped = bundle_to_case(
        with_patient(condition("c1", coding(SCT, "91302008", "Sepsis"), abatementDateTime="2023-01-01"))
    )
    assert "conditions" not in case and unmapped[0]["reason"] == "not current (abated)"


def test_medication_request_contained_medication_and_proposals():
    contained = {
        "resourceType": "MedicationRequest",
        "id": "m1",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p1"},
        "medicationReference": {"reference": "#med"},
        "contained": [{"resourceType": "Medication", "id": "med", "code": coding(RX, "32968", "clopidogrel")}],
    }
    proposal = {
        "resourceType": "MedicationRequest",
        "id": "m2",
        "status": "active",
        "intent": "proposal",
        "subject": {"reference": "Patient/p1"},
        "medicationCodeableConcept": coding(RX, "21107", "cilostazol"),
    }
    missing = {
        "resourceType": "MedicationRequest",
        "id": "m3",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p1"},
        "medicationReference": {"reference": "Medication/nowhere"},
    }
    case, unmapped = bundle_to_case(with_patient(contained, proposal, missing))
    assert case["current_therapies"] == ["SingleAntiplateletTherapy"]
    assert [(u["resource"], u["field"], u["reason"]) for u in unmapped] == [
        ("MedicationRequest/m2", "medicationCodeableConcept", "intent 'proposal': not a current therapy"),
        (
            "MedicationRequest/m3",
            "medicationReference",
            "medication 'Medication/nowhere' is not a coded Medication in the bundle",
        ),
    ]


def test_procedure_date_is_compared_as_written():
    encounter = {
        "resourceType": "Encounter",
        "id": "e1",
        "status": "in-progress",
        "class": {"code": "IMP"},
        "subject": {"reference": "Patient/p1"},
        "period": {"start": "2024-03-01T22:00:00-05:00"},
    }
    day_before = pta("x1", performedDateTime="2024-02-29", extension=procedure_ext(result="optimal"))
    same_day = pta("x2", performedDateTime="2024-03-01", extension=procedure_ext(result="optimal"))
    case, _ = bundle_to_case(with_patient(encounter, day_before, same_day))
    assert [p["when"] for p in case["procedures"]] == ["earlier", "current"]


def test_warm_reader_loads_every_model_a_bundle_of_read_resources_needs():
    """After warm_reader(), reading Bundles of the resources the reader reads imports no model:
    a server's first calls do not pay for them (in a fresh interpreter, where nothing is
    imported yet; without warm_reader the same reads import about 40 modules)."""
    bundles = [EXAMPLE, *sorted(FHIR.glob("*.json")), *sorted((FHIR / "history").glob("*.json"))]
    code = (
        "import sys\n"
        "from pvdkg.readers.text import CaseLoadError, PatientDeceased\n"
        "from pvdkg.readers.fhir import read_bundle, warm_reader\n"
        "warm_reader()\n"
        "before = set(sys.modules)\n"
        f"for path in {[str(b) for b in bundles]!r}:\n"
        "    try:\n"
        "        read_bundle(path)\n"
        "    except (CaseLoadError, PatientDeceased):  # read all the same\n"
        "        pass\n"
        "print(sorted(m for m in set(sys.modules) - before if m.startswith('fhir')))\n"
    )
    assert fresh_python(code) == "[]"
