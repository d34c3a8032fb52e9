"""Cohorts: synthetic cases, batch derivation equal to one-at-a-time, invalid ones skipped, audit."""

from __future__ import annotations

import csv
import io
import json

from conftest import recommend_case

from pvdkg.cli import main
from pvdkg.synth import synth


def test_synth_is_deterministic_valid_and_covers_presentations(tmp_path, capsys):
    out = tmp_path / "a.ndjson"
    assert main(["synth", "60", "--seed", "7", "-o", str(out)]) == 0
    assert main(["synth", "60", "--seed", "7"]) == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")
    cases = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {c["presentation"] for c in cases} == {"asymptomatic", "claudication", "clti"}
    assert main(["synth", "60", "--seed", "8"]) == 0
    assert capsys.readouterr().out != out.read_text(encoding="utf-8")
    assert main(["recommend", "--cohort", str(out), "--format", "json"]) == 0  # all valid
    assert len(capsys.readouterr().out.splitlines()) == 60


def test_cohort_results_equal_single_case_results(tmp_path, capsys):
    cases = list(synth(25, seed=3))
    path = tmp_path / "c.ndjson"
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    assert main(["recommend", "--cohort", str(path), "--format", "json", "--batch-size", "7"]) == 0
    batch = {r["patient"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    for case in cases:
        single = recommend_case(tmp_path, case)
        assert batch[single["patient"]] == single


def test_worker_processes_change_nothing(tmp_path, capsys):
    path = tmp_path / "c.ndjson"
    path.write_text("\n".join(json.dumps(c) for c in synth(40, seed=11)) + "\n", encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        assert (
            main(["recommend", "--cohort", str(path), "--format", "json", "--batch-size", "9", "--workers", workers])
            == 0
        )
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] and len(outputs[0].splitlines()) == 40


def test_cohort_lines_are_the_typed_results_written(tmp_path):
    """Knowledge.cohort_lines (the workers write each JSON line) gives what cohort() gives, rendered."""
    import pvdkg
    from pvdkg.render import result_ndjson

    path = tmp_path / "c.ndjson"
    path.write_text("\n".join(json.dumps(c) for c in synth(12, seed=5)) + "\n", encoding="utf-8")
    kg = pvdkg.load()
    typed = {p: result_ndjson(r) for _, results in kg.cohort(path, batch_size=5, workers=2) for p, r in results.items()}
    lines = {p: line for _, results in kg.cohort_lines(path, batch_size=5, workers=2) for p, line in results.items()}
    assert len(lines) == 12
    assert lines == typed


def test_invalid_cohort_cases_get_the_single_case_messages(tmp_path, capsys):
    """The compiled shapes only decide which patients pyshacl explains: the
    messages are those of `pvdkg validate` for the same case."""
    good = list(synth(6, seed=5))
    bad = [
        dict(good[0], id="bad-enum", presentation="rest pain"),
        dict(good[1], id="bad-range", measurements={"abi": 7}),
        dict(good[2], id="bad-field", colour="blue"),
        dict(good[3], id="bad-rule", presentation="claudication", conditions=["weight_bearing_necrosis"]),
        {"presentation": "clti"},
    ]
    cases = good[4:] + bad
    path = tmp_path / "c.ndjson"
    path.write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    assert main(["recommend", "--cohort", str(path), "--format", "json"]) == 1
    err = capsys.readouterr().err
    for number, case in enumerate(cases, 1):
        single = tmp_path / f"case-{number}.json"
        single.write_text(json.dumps(case), encoding="utf-8")
        status = main(["validate", str(single)])
        lines = [line.strip() for line in capsys.readouterr().out.splitlines()[1:]]
        mine = [
            line.split(f"{path}:{number}: ", 1)[1]
            for line in err.splitlines()
            if line.startswith(f"skipped: {path}:{number}: ")
        ]
        assert status == (1 if case in bad else 0)
        assert mine == lines, case


def test_invalid_cases_are_reported_and_skipped(tmp_path, capsys):
    folder = tmp_path / "cohort"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"id": "ok-1", "presentation": "claudication"}), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"id": "bad-1", "presentation": "rest pain"}), encoding="utf-8")
    (folder / "c.json").write_text("{ broken", encoding="utf-8")
    (folder / "d.yaml").write_text("id: ok-2\npresentation: clti\n", encoding="utf-8")
    assert main(["recommend", "--cohort", str(folder), "--format", "csv"]) == 1
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert [r["patient"].rsplit("/", 1)[1] for r in rows] == ["ok-1", "ok-2"]
    assert "presentation: 'rest pain' is not one of" in captured.err
    assert "4 cases: 2 derived, 1 invalid, 1 unreadable" in captured.err


def test_audit_lists_patients_with_findings_and_counts_per_statement(tmp_path, capsys):
    path = tmp_path / "c.ndjson"
    cases = [
        {
            "id": "on-oac",
            "presentation": "claudication",
            "current_therapies": [
                "OralAnticoagulantMonotherapy",
                "HighIntensityStatin",
                "ACEInhibitorOrARB",
                "DualPathwayInhibition",
                "Cilostazol",
                "SupervisedExerciseTherapy",
            ],
        },
        {
            "id": "all-good",
            "presentation": "asymptomatic",
            "current_therapies": ["HighIntensityStatin", "ACEInhibitorOrARB"],
        },
        {"id": "no-statin", "presentation": "asymptomatic", "current_therapies": ["ACEInhibitorOrARB"]},
    ]
    path.write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    assert main(["audit", "--cohort", str(path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert "data_completeness" in lines[-1]  # the last line: which missing fields block which rules
    found = {r["patient"].rsplit("/", 1)[1]: r["findings"] for r in lines[:-1]}
    assert set(found) == {"on-oac", "no-statin"}
    assert found["on-oac"] == [
        {"intervention": "OralAnticoagulantMonotherapy", "finding": "contraindicated", "recommendations": ["R05"]}
    ]
    assert found["no-statin"] == [
        {"intervention": "HighIntensityStatin", "finding": "missing", "recommendations": ["R01"]}
    ]
    assert "per statement: R01 1, R05 1" in captured.err


def test_recommend_needs_case_or_cohort(capsys):
    assert main(["recommend"]) == 2
    assert "exactly one of CASE, --cohort PATH or --endpoint URL" in capsys.readouterr().err
