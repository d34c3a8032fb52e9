"""`pvdkg diff`: what a knowledge change does to a cohort, for a guideline repository's CI.

A copy of the knowledge with one added rule (R43 of tests/test_extend.py) must report
exactly the patients the rule's population holds, found here from the cases themselves;
an unchanged copy reports nothing and exits 0; a copy that does not load exits 2.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from pvdkg.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent))
from regression_cohort import COHORT, SOURCES, written  # noqa: E402
from test_extend import R43  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    return copy


def test_shipped_regression_cohort_is_what_its_sources_give():
    """regression/ is built from examples/ and tests/rules/ (python tests/regression_cohort.py)."""
    cohort, sources = written()
    assert COHORT.read_text(encoding="utf-8") == cohort
    assert SOURCES.read_text(encoding="utf-8") == sources


def test_added_rule_reports_exactly_the_patients_it_touches(tmp_path, capsys):
    copy = _copy(tmp_path)
    (copy / "ontology" / "kb" / "r43-wound-care.ttl").write_text(R43, encoding="utf-8")
    assert main(["diff", "--knowledge", str(copy), "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    # R43's population, read from the cases: presentation clti and diabetes
    cases = [json.loads(line) for line in COHORT.read_text(encoding="utf-8").splitlines()]
    expected = {c["id"] for c in cases if c.get("presentation") == "clti" and "diabetes" in c.get("conditions", [])}
    assert expected and {p["id"] for p in out["patients"]} == expected
    assert out["compared"] == len(cases) and out["changed"] == len(expected) and out["skipped"] == {}
    assert set(out["statements"]) == {"R43"}  # R16's side of the new conflict was there before
    for p in out["patients"]:
        kinds = {(c["part"], c["change"], c["key"]) for c in p["changes"]}
        assert ("entry", "added", "WoundCareReferral") in kinds
        wound = next(c for c in p["changes"] if c["key"] == "WoundCareReferral")
        assert wound["old"] is None and wound["new"]["status"] == "indicated" and wound["statements"] == ["R43"]
    conflict = next(c for c in out["patients"][0]["changes"] if c["part"] == "conflict")
    assert conflict["new"]["recommendations"] == ["R16", "R43"] and conflict["statements"] == ["R43"]


def test_unchanged_copy_exits_0_and_says_so(tmp_path, capsys):
    copy = _copy(tmp_path)
    assert main(["diff", "--knowledge", str(copy), "--cohort", str(ROOT / "examples"), "--workers", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "0 of 18 patients changed"
    assert not any(line.startswith("  ") for line in out)  # no patient listed


def test_knowledge_folder_with_its_own_regression_cohort_uses_it(tmp_path, capsys):
    """A guideline repository keeps its patients beside its knowledge: DIR/regression/cohort.ndjson."""
    copy = _copy(tmp_path)
    (copy / "regression").mkdir()
    line = json.dumps({"id": "own-1", "presentation": "clti", "conditions": ["diabetes"]})
    (copy / "regression" / "cohort.ndjson").write_text(line + "\n", encoding="utf-8")
    (copy / "ontology" / "kb" / "r43-wound-care.ttl").write_text(R43, encoding="utf-8")
    assert main(["diff", "--knowledge", str(copy), "--against", str(ROOT), "--workers", "1"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[2] == f"cohort:    {copy / 'regression' / 'cohort.ndjson'}"
    assert "R43: 1 patient" in out and "  own-1" in out
    assert "    + entry WoundCareReferral: indicated (R43)" in out
    assert out[-1] == "1 of 1 patients changed"


@pytest.mark.parametrize(
    "breakage, words",
    [
        (lambda copy: shutil.rmtree(copy / "shapes"), "--knowledge {copy}: no shapes/ folder"),
        (
            lambda copy: (copy / "ontology" / "kb" / "broken.ttl").write_text("kb:R99 a .", encoding="utf-8"),
            "--knowledge {copy}: {copy}/ontology/kb/broken.ttl: line 1",
        ),
    ],
)
def test_knowledge_that_does_not_load_exits_2(tmp_path, capsys, breakage, words):
    copy = _copy(tmp_path)
    breakage(copy)
    cohort = tmp_path / "one.ndjson"
    cohort.write_text(json.dumps({"id": "x", "presentation": "claudication"}) + "\n", encoding="utf-8")
    assert main(["diff", "--knowledge", str(copy), "--cohort", str(cohort), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pvdkg: error: " + words.format(copy=copy)) and err.count("\n") == 1


def test_missing_cohort_exits_2(tmp_path, capsys):
    assert main(["diff", "--knowledge", str(ROOT), "--cohort", str(tmp_path / "nope.ndjson")]) == 2
    assert "nope.ndjson: no such file or folder" in capsys.readouterr().err


def test_compare_names_each_kind_of_change_and_its_statements():
    from pvdkg.diff import compare

    entry = lambda iv, status, recs: {
        "intervention": iv,
        "status": status,
        "class": None,
        "level": None,
        "recommendations": recs,
        "citations": [],
        "evidence": [],
        "because": [],
    }
    old = {
        "patient": "p",
        "interventions": [
            entry("A", "indicated", ["R01"]),
            entry("B", "consider", ["R02"]),
            entry("C", "indicated", []),
        ],
        "conflicts": [],
        "cautions": [{"recommendations": ["R05"], "text": "careful"}],
        "audit": [{"intervention": "A", "finding": "missing", "recommendations": ["R01"]}],
        "undecided": [],
    }
    new = {
        "patient": "p",
        "interventions": [entry("A", "contraindicated", ["R09"]), entry("C", "indicated", [])],
        "conflicts": [
            {
                "intervention": "A",
                "recommendations": ["R01", "R09"],
                "resolved_to": "contraindicated",
                "why": "more protective",
            }
        ],
        "cautions": [],
        "audit": [],
        "undecided": [{"recommendation": "R44", "intervention": "D", "status": "indicated", "ask": ["x"]}],
    }
    got = {(c.part, c.change, c.key, c.statements) for c in compare(old, new)}
    assert got == {
        ("entry", "status", "A", ("R09",)),
        ("entry", "removed", "B", ("R02",)),
        ("conflict", "added", "A", ("R09",)),
        ("caution", "removed", "careful", ("R05",)),
        ("audit", "removed", "A missing", ("R09",)),
        ("undecided", "added", "R44 D", ("R44",)),
    }
    assert compare(old, old) == []
    assert [(c.part, c.change) for c in compare(None, new)] == [("patient", "added")]


def test_cases_neither_side_derives_are_counted_and_a_cohort_of_none_is_an_error(tmp_path, capsys):
    """Nothing compared is not "nothing changed": a cohort no case of which derives exits 2."""
    mixed = tmp_path / "mixed.ndjson"
    mixed.write_text('{"id": "a1", "presentation": "clti"}\n{"id": "a2", "presentation": "cltx"}\n', encoding="utf-8")
    assert main(["diff", "--knowledge", str(ROOT), "--cohort", str(mixed), "--workers", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "0 of 1 patients changed; cases skipped by both (invalid or unreadable): 1"
    one_case = EXAMPLES / "clti-before-imaging.json"  # a case file, not a cohort: every line unreadable
    assert main(["diff", "--knowledge", str(ROOT), "--cohort", str(one_case), "--workers", "1"]) == 2
    assert "no case of the cohort could be derived" in capsys.readouterr().err
