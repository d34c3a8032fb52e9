"""The record's history and time (issue 13, parts 3 and 4): a FHIR record read as of a
date, a deceased patient, measurement windows, the latest smoking statement,
procedures of finished encounters, tied values, and a report a person can read.

Bundles in tests/fhir/history/ (a folder of their own: the shared tests of
tests/fhir/*.json expect every used code to be a mapping row, and the smoking
answers here are policy codes, pvdkg.fhir.yml smoking, from the US Core smoking
status value set). Codes are those of tests/test_fhir.py.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
import test_fhir_policy
from test_fhir import CLTI, SCT, coding, condition, ldl, pta, with_patient

from pvdkg.cli import main
from pvdkg.readers import PatientDeceased
from pvdkg.readers.fhir import bundle_to_case, convert_bundle
from pvdkg.readers.fhir.period import parse_duration

ROOT = Path(__file__).resolve().parent.parent
HISTORY = ROOT / "tests" / "fhir" / "history"
EXAMPLE = ROOT / "examples" / "fhir" / "clti-dialysis-tibial-occlusion.json"
AS_OF = date(2024, 3, 31)
edited = test_fhir_policy.edited  # the fixture: an edited copy of the FHIR policy, pointed at by PVDKG_KNOWLEDGE


def load(name: str) -> dict:
    return json.loads((HISTORY / f"{name}.json").read_text(encoding="utf-8"))


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def reasons(unmapped: list[dict], resource: str) -> list[str]:
    return [u["reason"] for u in unmapped if u["resource"] == resource]


# ---------------------------------------------------------------- 1. as of a date


def test_a_resource_dated_after_the_as_of_date_is_not_read_and_is_listed():
    later = ldl("o2", 150, "mg/dL", when="2024-05-01")
    case, unmapped = bundle_to_case(with_patient(ldl("o1", 96, "mg/dL", when="2024-03-01"), later), as_of=AS_OF)
    assert case["measurements"] == {"ldl_mg_dl": 96}
    assert reasons(unmapped, "Observation/o2") == [
        "dated after the as-of date 2024-03-31 (effectiveDateTime 2024-05-01): not read"
    ]
    # read a month later, the May value is the latest
    case, _ = bundle_to_case(with_patient(ldl("o1", 96, "mg/dL", when="2024-03-01"), later), as_of=date(2024, 6, 1))
    assert case["measurements"] == {"ldl_mg_dl": 150}


def test_a_condition_recorded_after_the_as_of_date_is_not_read():
    bundle = with_patient(condition("c1", CLTI, onsetDateTime="2024-01-01", recordedDate="2024-04-02"))
    case, unmapped = bundle_to_case(bundle, as_of=AS_OF)
    assert "presentation" not in case
    assert reasons(unmapped, "Condition/c1") == [
        "dated after the as-of date 2024-03-31 (recordedDate 2024-04-02): not read"
    ]


def test_the_default_as_of_date_is_today(capsys):
    # the example is dated 2024-02-01: read today, its LDL-C is older than the 12-month window
    case, unmapped = bundle_to_case(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert "measurements" not in case
    assert any(u["reason"] == "older than the 12-month window for ldl_mg_dl (2024-02-01)" for u in unmapped)


def test_as_of_must_be_an_iso_date(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["recommend", str(EXAMPLE), "--as-of", "31/03/2024"])
    assert exc.value.code == 2
    assert "'31/03/2024' is not an ISO date" in capsys.readouterr().err


# ---------------------------------------------------------------- 2. deceased


def test_deceased_on_or_before_the_as_of_date_gives_no_recommendations(capsys):
    path = HISTORY / "deceased.json"
    code, out, err = run(capsys, "recommend", path, "--as-of", "2024-03-31")
    assert (code, out) == (1, f"{path}: patient is deceased (2024-01-15)\n")
    code, out, _ = run(capsys, "recommend", path, "--as-of", "2024-03-31", "--format", "json")
    assert code == 1
    assert json.loads(out) == {
        "source": str(path),
        "patient": "p1",
        "deceased": True,
        "date": "2024-01-15",
        "message": "patient is deceased (2024-01-15)",
    }
    code, out, _ = run(capsys, "validate", path, "--as-of", "2024-03-31")
    assert (code, out) == (1, f"{path}: patient is deceased (2024-01-15)\n")


def test_deceased_after_the_as_of_date_is_alive_then():
    bundle = load("deceased")
    bundle["entry"][0]["resource"]["deceasedDateTime"] = "2024-05-02T10:00:00+02:00"
    out = convert_bundle(bundle, as_of=AS_OF)
    assert out.case["presentation"] == "clti"
    assert reasons(out.unmapped, "Patient/p1") == [
        "dated after the as-of date 2024-03-31 (deceasedDateTime 2024-05-02T10:00:00+02:00): not read"
    ]


def test_deceased_boolean_has_no_date():
    bundle = with_patient(
        condition("c1", CLTI), patient={"resourceType": "Patient", "id": "p1", "deceasedBoolean": True}
    )
    with pytest.raises(PatientDeceased, match=r"^patient is deceased \(date unknown\)$"):
        convert_bundle(bundle, as_of=AS_OF)
    alive = with_patient(
        condition("c1", CLTI), patient={"resourceType": "Patient", "id": "p1", "deceasedBoolean": False}
    )
    assert convert_bundle(alive, as_of=AS_OF).case["presentation"] == "clti"


def test_a_cohort_reports_the_deceased_patient(tmp_path, capsys):
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "a-deceased.json").write_text((HISTORY / "deceased.json").read_text(encoding="utf-8"), encoding="utf-8")
    alive = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    (folder / "b-alive.json").write_text(json.dumps(alive), encoding="utf-8")
    code, out, err = run(
        capsys, "recommend", "--cohort", folder, "--format", "json", "--workers", "1", "--as-of", "2024-03-31"
    )
    assert code == 0
    assert len(out.splitlines()) == 1  # the living patient's result
    assert f"skipped: {folder / 'a-deceased.json'}: patient is deceased (2024-01-15)" in err
    assert "2 cases: 1 derived, 0 invalid, 0 unreadable, 1 deceased" in err


# ---------------------------------------------------------------- 3. measurement windows


def test_a_measurement_older_than_its_window_is_not_used():
    bundle = with_patient(ldl("o1", 130, "mg/dL", when="2023-03-30"))
    case, unmapped = bundle_to_case(bundle, as_of=AS_OF)
    assert "measurements" not in case
    assert unmapped[0]["reason"] == "older than the 12-month window for ldl_mg_dl (2023-03-30)"
    # on the window's first day it still counts (12 months before 2024-03-31 is 2023-03-31)
    case, _ = bundle_to_case(with_patient(ldl("o1", 130, "mg/dL", when="2023-03-31")), as_of=AS_OF)
    assert case["measurements"] == {"ldl_mg_dl": 130}


def test_an_older_value_does_not_stand_in_for_a_missing_recent_one():
    # the latest LDL-C is too old: the measurement is unknown, not the value of 2022
    bundle = with_patient(ldl("o1", 70, "mg/dL", when="2022-01-01"), ldl("o2", 160, "mg/dL", when="2023-01-01"))
    case, unmapped = bundle_to_case(bundle, as_of=AS_OF)
    assert "measurements" not in case
    assert [u["reason"] for u in unmapped] == [
        "older than the 12-month window for ldl_mg_dl (2022-01-01)",
        "older than the 12-month window for ldl_mg_dl (2023-01-01)",
    ]


def test_an_undated_measurement_is_not_used():
    undated = ldl("o1", 96, "mg/dL")
    del undated["effectiveDateTime"]
    case, unmapped = bundle_to_case(with_patient(undated), as_of=AS_OF)
    assert "measurements" not in case
    assert unmapped[0]["reason"] == "no date: cannot tell whether it is within the 12-month window for ldl_mg_dl"


def abi(oid: str, value: float, when: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": oid,
        "status": "final",
        "subject": {"reference": "Patient/p1"},
        "code": coding("https://www.nlm.nih.gov/mesh", "D055109", "Ankle Brachial Index"),  # a mapping row
        "effectiveDateTime": when,
        "valueQuantity": {"value": value, "unit": "1", "system": "http://unitsofmeasure.org", "code": "1"},
    }


def test_perfusion_windows_are_shorter_than_the_lipid_window():
    case, unmapped = bundle_to_case(with_patient(abi("a1", 0.5, "2023-09-29")), as_of=AS_OF)
    assert "measurements" not in case
    assert unmapped[0]["reason"] == "older than the 6-month window for abi (2023-09-29)"
    case, _ = bundle_to_case(with_patient(abi("a1", 0.5, "2023-09-30")), as_of=AS_OF)
    assert case["measurements"] == {"abi": 0.5}


def test_durations():
    assert parse_duration("P12M").before(date(2024, 3, 31)) == date(2023, 3, 31)
    assert parse_duration("P1M").before(date(2024, 3, 31)) == date(2024, 2, 29)
    assert parse_duration("P30D").before(date(2024, 3, 31)) == date(2024, 3, 1)
    assert parse_duration("P1Y6M").words() == "1-year and 6-month"
    with pytest.raises(ValueError):
        parse_duration("PT12H")


# ---------------------------------------------------------------- 4. smoking status


def test_a_newer_former_smoker_observation_overrides_an_old_daily_smoker_condition():
    bundle = load("smoking")
    out = convert_bundle(bundle, as_of=AS_OF)
    assert "conditions" not in out.case
    assert reasons(out.unmapped, "Condition/c-smokes") == [
        "superseded by Observation/o-former (2023-06-01: does not smoke now)"
    ]
    assert out.sources["conditions: not current_smoker"] == ["Observation/o-former"]


def test_as_of_before_the_newer_statement_the_old_one_holds():
    out = convert_bundle(load("smoking"), as_of=date(2023, 5, 31))
    assert out.case["conditions"] == ["current_smoker"]
    assert out.sources["conditions[0]"] == ["Condition/c-smokes"]


def test_a_newer_smoker_condition_overrides_an_old_never_smoker_observation():
    bundle = load("smoking")
    former = bundle["entry"][3]["resource"]
    former["valueCodeableConcept"] = {"coding": [{"system": SCT, "code": "266919005", "display": "Never smoker"}]}
    former["effectiveDateTime"] = "2010-01-01T10:00:00+00:00"
    out = convert_bundle(bundle, as_of=AS_OF)
    assert out.case["conditions"] == ["current_smoker"]
    assert reasons(out.unmapped, "Observation/o-former") == [
        "superseded by Condition/c-smokes (2015-03-01: smokes now)"
    ]


def test_smoking_statements_of_the_same_time_that_disagree_count_as_current():
    bundle = load("smoking")
    bundle["entry"][2]["resource"]["recordedDate"] = "2023-06-01T10:00:00+00:00"
    out = convert_bundle(bundle, as_of=AS_OF)
    assert out.case["conditions"] == ["current_smoker"]
    (reason,) = reasons(out.unmapped, "Observation/o-former")
    assert reason.startswith("smoking statements of the same time disagree (2023-06-01:")
    assert reason.endswith("counted as 'smokes now' (the policy's smoking tie)")


def test_an_unknown_smoking_answer_changes_nothing():
    bundle = load("smoking")
    unknown = {"coding": [{"system": SCT, "code": "266927001", "display": "Unknown if ever smoked"}]}
    bundle["entry"][3]["resource"]["valueCodeableConcept"] = unknown
    out = convert_bundle(bundle, as_of=AS_OF)
    assert out.case["conditions"] == ["current_smoker"]
    assert reasons(out.unmapped, "Observation/o-former")[0].startswith("a smoking status that says neither")


# ---------------------------------------------------------------- 5. finished encounters


def test_procedures_of_finished_encounters_are_earlier_or_in_the_current_episode():
    out = convert_bundle(load("finished-encounters"), as_of=AS_OF)
    # 2023-01-10: earlier; undated, in an encounter of 2024-03-20 (within 30 days): current
    assert [p["when"] for p in out.case["procedures"]] == ["earlier", "current"]
    out = convert_bundle(load("finished-encounters"), as_of=date(2024, 6, 1))
    assert [p["when"] for p in out.case["procedures"]] == ["earlier", "earlier"]


def test_a_procedure_with_no_date_at_all_is_earlier_and_noted():
    out = convert_bundle(with_patient(pta("x1")), as_of=AS_OF)
    assert out.case["procedures"][0]["when"] == "earlier"
    (reason,) = reasons(out.unmapped, "Procedure/x1")
    assert reason.startswith("no date and no open Encounter: counted as an earlier procedure")


def test_the_finished_encounters_bundle_is_no_error(capsys):
    code, out, err = run(capsys, "validate", HISTORY / "finished-encounters.json", "--as-of", "2024-03-31")
    assert code == 1  # the procedures' results are missing: a validation finding, not exit 2
    assert "procedures[0].result" in out and "episode" not in out + err


# ---------------------------------------------------------------- 6. ties


def test_two_values_at_the_same_time_give_one_message_naming_both():
    bundle = with_patient(ldl("o1", 96, "mg/dL"), ldl("o2", 120, "mg/dL"), ldl("o0", 80, "mg/dL", when="2024-01-01"))
    case, unmapped = bundle_to_case(bundle, as_of=AS_OF)
    assert "measurements" not in case
    ties = [u for u in unmapped if u["reason"].startswith("ldl_mg_dl left out as unknown")]
    assert len(ties) == 1
    assert ties[0]["reason"] == (
        "ldl_mg_dl left out as unknown: different values at the same time (2024-02-01): "
        "96 mg/dL (Observation/o1), 120 mg/dL (Observation/o2)"
    )
    assert reasons(unmapped, "Observation/o0") == ["superseded by the later values of 2024-02-01 (left out as unknown)"]
    assert reasons(unmapped, "Observation/o2") == []  # named in the one message, not repeated


def test_equal_values_at_the_same_time_are_one_value():
    case, unmapped = bundle_to_case(with_patient(ldl("o1", 96, "mg/dL"), ldl("o2", 96, "mg/dL")), as_of=AS_OF)
    assert case["measurements"] == {"ldl_mg_dl": 96}
    assert [u["reason"] for u in unmapped] == ["the same value as Observation/o2 at the same time"]


# ---------------------------------------------------------------- 7. a report a person can read


def test_the_text_report_says_what_was_read_from_which_resource(capsys):
    code, out, _ = run(capsys, "recommend", EXAMPLE, "--as-of", "2024-02-01")
    assert code == 0
    lines = out.splitlines()
    start = lines.index("READ FROM THE RECORD")
    read = lines[start + 1 : lines.index("", start)]
    assert read[0].startswith("  presentation: clti") and read[0].endswith(
        "<- Condition/942769f2-cd77-5148-95d0-69e5e0cfc0c7"
    )
    assert any(line.startswith("  measurements.ldl_mg_dl: 96 ") for line in read)
    assert any(line.startswith("  ambulatory: true ") for line in read)


def test_the_text_report_groups_unmapped_codes_by_system(tmp_path, capsys):
    bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    (obs,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    for i in range(3):  # three older LDL-C results, each superseded: one code, counted
        o = copy.deepcopy(obs)
        o["resource"]["id"] = f"o{i}"
        o["fullUrl"] = f"urn:uuid:00000000-0000-0000-0000-{i:012d}"
        o["resource"]["effectiveDateTime"] = f"2024-01-0{i + 1}T08:00:00+00:00"
        bundle["entry"].append(o)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    code, out, _ = run(capsys, "recommend", path, "--as-of", "2024-02-01")
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("UNMAPPED (4 FHIR codings"))
    assert lines[start + 1 : start + 5] == [
        "  http://loinc.org: 3",
        "    18262-6 Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay (x3)",
        "  http://snomed.info/sct: 1",
        "    399957001 Peripheral arterial occlusive disease (disorder)",
    ]
    code, out, _ = run(capsys, "recommend", path, "--as-of", "2024-02-01", "--format", "json")
    assert len(json.loads(out)["unmapped"]) == 4  # the full list, with reasons


def test_a_bundle_without_a_presentation_says_which_codes_count(tmp_path, capsys):
    bundle = with_patient(ldl("o1", 96, "mg/dL"))
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    code, out, _ = run(capsys, "recommend", path, "--as-of", "2024-03-31")
    assert code == 1
    (line,) = [x for x in out.splitlines() if x.startswith("presentation:")]
    assert line.startswith("presentation: no current Condition codes a PAD presentation (clti: ")
    assert "snomedct:233962007" in line and "claudication: " in line and "snomedct:63491006" in line
    assert "asymptomatic: no code" in line and "is required" not in out
    code, out, _ = run(capsys, "recommend", path, "--as-of", "2024-03-31", "--format", "json")
    assert code == 1
    error = json.loads(out)
    assert error["error"] == "invalid patient, no recommendations"
    assert error["findings"][0]["path"] == "presentation"
    assert error["findings"][0]["message"].startswith("no current Condition codes a PAD presentation")


def test_the_codes_named_for_a_presentation_come_from_the_mapping_rows():
    from pvdkg.readers.fhir import vocabulary
    from pvdkg.readers.fhir.bundle import ParsedBundle
    from pvdkg.readers.fhir.context import Context
    from pvdkg.readers.fhir.convert import no_presentation

    v = vocabulary()
    text = no_presentation(Context(ParsedBundle([]), v))
    for curie, rows in v.rows.items():
        for row in rows:
            used = row.predicate in v.policy.predicate_rank and not row.partitive
            if row.term in v.presentations and used and curie.split(":")[0] in {"snomedct", "icd10cm", "HP", "mesh"}:
                assert curie in text
    assert "snomedct:399957001" not in text  # broader: never counts


def test_a_condition_saying_both_smokes_and_does_not_is_noted():
    both = {
        "coding": [
            coding(SCT, "449868002", "Smokes tobacco daily (finding)")["coding"][0],
            {"system": SCT, "code": "8517006", "display": "Former smoker"},
        ]
    }
    out = convert_bundle(with_patient(condition("c1", both)), as_of=AS_OF)
    assert "conditions" not in out.case
    assert reasons(out.unmapped, "Condition/c1")[0].startswith("a smoking status that says both")


# ---------------------------------------------------------------- the windows and codes are data


def test_windows_and_smoking_codes_are_read_from_the_policy_file(edited):
    old_ldl = with_patient(ldl("o1", 130, "mg/dL", when="2022-06-01"))
    assert "measurements" not in bundle_to_case(old_ldl, as_of=AS_OF)[0]

    def change(d):
        d["measurement_max_age"]["ldlCholesterol"] = "P3Y"
        d["smoking"]["not_current"].remove("snomedct:8517006")
        d["current_episode"] = "P1D"

    edited(change)
    assert bundle_to_case(old_ldl, as_of=AS_OF)[0]["measurements"] == {"ldl_mg_dl": 130}
    # 'Former smoker' is no statement any more: the old daily-smoker Condition holds
    assert convert_bundle(load("smoking"), as_of=AS_OF).case["conditions"] == ["current_smoker"]
    # a procedure of 2024-03-20 is outside a one-day episode
    procedures = convert_bundle(load("finished-encounters"), as_of=AS_OF).case["procedures"]
    assert [p["when"] for p in procedures] == ["earlier", "earlier"]


def test_the_shipped_policy_has_the_documented_windows_and_smoking_codes():
    from pvdkg.readers.fhir import load_policy

    p = load_policy(ROOT)
    assert {k: d.text for k, d in p.measurement_max_age.items()} == {
        "ldlCholesterol": "P12M",
        "abi": "P6M",
        "tbi": "P6M",
    }
    assert p.current_episode.text == "P30D"
    assert p.smoking_condition == "current_smoker" and p.smoking_observation == {"loinc:72166-2"}
    assert p.smoking_not_current == {"snomedct:8517006", "snomedct:266919005"}
    assert "snomedct:266927001" not in p.smoking_current | p.smoking_not_current  # unknown if ever smoked
