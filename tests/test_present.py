"""pvdkg.present: an ancestor and its kinds that read the same are one group (issue 14, part 4).

The real claudicant with isolated infrapopliteal disease, hand-made results for
the shapes of hierarchy a guideline author may write, and a kind added to a
temporary knowledge copy (PVDKG_KNOWLEDGE) that is grouped with no code change.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pvdkg.cli import main
from pvdkg.derive import vocabulary
from pvdkg.pipeline import recommend_files
from pvdkg.present import Group, group_entries
from pvdkg.results import Entry, Result
from pvdkg.stores.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
TIBIAL = ROOT / "examples" / "claudication-isolated-tibial-disease-exhausted.yaml"


def _result(path: Path) -> Result:
    checked, results = recommend_files([path])
    assert checked[0].valid, [str(r) for r in checked[0].results]
    (result,) = results.values()
    return result


def _all(groups: list[Group]) -> list[str]:
    return [iv for g in groups for iv in g.interventions]


@pytest.fixture(scope="module")
def tibial() -> tuple[Result, list[Group]]:
    result = _result(TIBIAL)
    return result, group_entries(result, vocabulary(EmbeddedStore.with_knowledge()).ancestors)


def test_isolated_tibial_claudicant_reads_one_revascularization_line(tibial):
    result, groups = tibial
    revasc = next(g for g in groups if g.head.intervention == "Revascularization")
    assert revasc.title == "Revascularization and its 14 kinds"
    assert (revasc.head.status, revasc.head.recommendations, revasc.head.cls) == (
        "contraindicated",
        ["R10"],
        "III-Harm",
    )
    assert len(revasc.members) == 12 and all(m.recommendations == ["R10"] for m in revasc.members)
    assert "PercutaneousTransluminalAngioplasty" in [m.intervention for m in revasc.members]
    # every entry is in exactly one group, and the groups keep the result's order of their heads
    assert sorted(_all(groups)) == sorted(e.intervention for e in result.interventions)
    assert len(_all(groups)) == len(result.interventions)
    heads = [g.head.intervention for g in groups]
    assert heads == [e.intervention for e in result.interventions if e.intervention in heads]


def test_a_kind_with_another_statement_is_set_apart_with_what_it_adds(tibial):
    _, groups = tibial
    revasc = next(g for g in groups if g.head.intervention == "Revascularization")
    apart = {g.head.intervention: g.adds for g in revasc.apart}
    assert set(apart) == {"BareMetalStent", "ProphylacticRevascularization"}
    assert apart["BareMetalStent"].recommendations == ("R24",)
    assert apart["BareMetalStent"].because == ("an index lesion below the knee",)  # not "via Revascularization (R10)"
    assert apart["ProphylacticRevascularization"].recommendations == ("R15",)
    assert not apart["BareMetalStent"].grade and not apart["BareMetalStent"].citations


def test_tried_therapies_are_marked(tibial):
    result, groups = tibial
    assert result.tried == ["Cilostazol", "SupervisedExerciseTherapy"]
    titles = {g.head.intervention: g.title for g in groups}
    assert titles["Cilostazol"] == "Cilostazol (tried)"
    assert titles["SupervisedExerciseTherapy"] == "SupervisedExerciseTherapy (tried)"
    assert titles["HighIntensityStatin"] == "HighIntensityStatin"
    assert "tried" not in result.to_json()


def test_text_report_groups_and_json_is_unchanged(capsys):
    assert main(["recommend", str(TIBIAL)]) == 0
    text = capsys.readouterr().out
    contraindicated = text[text.index("\nCONTRAINDICATED\n") : text.index("\nCONFLICTS\n")]
    lines = contraindicated.strip().splitlines()
    assert any(line.startswith("  Revascularization and its 14 kinds ") and "R10" in line for line in lines)
    assert any(line.strip().startswith("BareMetalStent") and line.endswith("also R24") for line in lines)
    assert sum("via Revascularization (R10)" in line for line in lines) == 0  # 12 repeated reasons gone
    assert len(lines) < 15
    assert "  Cilostazol (tried) " in text
    assert main(["recommend", str(TIBIAL), "--format", "json"]) == 0
    as_json = json.loads(capsys.readouterr().out)
    assert len(as_json["interventions"]) == 23 and "tried" not in as_json
    assert sum(e["status"] == "contraindicated" for e in as_json["interventions"]) == 17


# --- hand-made results: the hierarchy shapes a guideline author may write -------------------


def _e(iv: str, status: str = "contraindicated", recs=("R10",), cls="III-Harm", because=()) -> Entry:
    return Entry(iv, status, cls, None, list(recs), ["1"] if recs else [], [], list(because))


TREE = {  # A > B > C, A > D; E under B and D (two parents)
    "B": {"A"},
    "C": {"A", "B"},
    "D": {"A"},
    "E": {"A", "B", "D"},
}


def test_a_kind_with_another_status_heads_its_own_group():
    """A kind never sits under an ancestor of another status: its own status shows it."""
    result = Result("p", interventions=[_e("B", "consider", ["R35"], None), _e("A", "contraindicated"), _e("C")])
    groups = group_entries(result, TREE)
    assert [(g.head.intervention, [m.intervention for m in g.members]) for g in groups] == [
        ("B", []),
        ("A", ["C"]),
    ]


def test_kinds_of_a_kind_set_apart_nest_under_it():
    """B adds R11; C, a kind of B, has R10 and R11 as B does: C is a member of B's group under A."""
    ivs = [_e("A"), _e("B", recs=["R10", "R11"]), _e("C", recs=["R10", "R11"]), _e("D")]
    (a,) = group_entries(Result("p", interventions=ivs), TREE)
    assert [m.intervention for m in a.members] == ["D"]
    (b,) = a.apart
    assert (b.head.intervention, [m.intervention for m in b.members], b.adds.recommendations) == ("B", ["C"], ("R11",))
    assert a.kinds == 3 and a.title == "A and its 3 kinds" and b.title == "B and its 1 kind"


def test_another_grade_is_set_apart_and_a_kind_with_two_parents_is_placed_once():
    ivs = [_e("A"), _e("B", cls="IIb"), _e("D"), _e("E")]
    (a,) = group_entries(Result("p", interventions=ivs), TREE)
    assert [m.intervention for m in a.members] == ["D", "E"]  # E reads as A (and as D): a member, once
    (b,) = a.apart
    assert b.head.intervention == "B" and b.adds.grade and b.adds.recommendations == ()


def test_a_contraindication_by_the_patient_alone_groups_only_kinds_with_no_statement():
    via = "patient-specific contraindication (via A)"
    ivs = [
        _e("A", recs=(), cls=None, because=["patient-specific contraindication"]),
        _e("B", recs=(), cls=None, because=[via]),
        _e("C", recs=["R05"], because=["x"]),
    ]
    groups = group_entries(Result("p", interventions=ivs, tried=["B"]), TREE)
    assert [(g.head.intervention, g.title) for g in groups] == [("A", "A and its 1 kind"), ("C", "C")]
    assert groups[0].mark("B") == "B (tried)" and groups[0].tried == {"B"}


def test_without_a_hierarchy_every_entry_is_its_own_group():
    ivs = [_e("A"), _e("B"), _e("C")]
    assert [(g.head.intervention, g.kinds) for g in group_entries(Result("p", interventions=ivs), {})] == [
        ("A", 0),
        ("B", 0),
        ("C", 0),
    ]


# --- a guideline author extends the hierarchy -------------------------------------------------

NEW_KIND = """
@prefix pvdkg: <https://w3id.org/pvdkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

pvdkg:TestAtherectomyKind a owl:Class ;
    rdfs:subClassOf pvdkg:Atherectomy ;
    rdfs:label "a kind of atherectomy (test class)" ; skos:notation "TestAtherectomyKind" ;
    skos:definition "A test class: a kind a guideline author adds under an existing technique." .
"""


def test_a_kind_added_by_a_guideline_author_is_grouped_with_no_code_change(tmp_path, monkeypatch):
    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    (copy / "ontology" / "test-kind.ttl").write_text(NEW_KIND, encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(copy))
    words = vocabulary(EmbeddedStore.with_knowledge())
    assert words.ancestors["TestAtherectomyKind"] >= {"Atherectomy", "EndovascularRevascularization"}
    result = _result(TIBIAL)
    revasc = next(g for g in group_entries(result, words.ancestors) if g.head.intervention == "Revascularization")
    assert revasc.title == "Revascularization and its 15 kinds"
    assert "TestAtherectomyKind" in [m.intervention for m in revasc.members]
