"""Patient isolation (issue 10): a patient file may only describe its own patient.

Each attack of the issue is a Turtle patient, valid but for a few hostile triples,
next to examples/dialysis-clti-tibial-disease.json. Each test first shows that the
hostile triples, were they stored, would change the other patient's result; then
that the file is rejected with the triple's path and the other patient gets
exactly the result it gets alone: in a cohort, and in a store (embedded and Virtuoso).
"""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, empty_remote
from rdflib import Graph

from pvdkg.cli import main
from pvdkg.derive import results
from pvdkg.pipeline import Checked, check, reasoned_store, recommend_files
from pvdkg.stores.base import PATIENTS

DIALYSIS = ROOT / "examples" / "dialysis-clti-tibial-disease.json"
DIALYSIS_IRI = "https://w3id.org/pvdkg/patient/dialysis-clti-tibial-disease"
PREFIXES = """@prefix pvdkg: <https://w3id.org/pvdkg/ontology#> .
@prefix kb: <https://w3id.org/pvdkg/kb/> .
@prefix p: <https://w3id.org/pvdkg/patient/> .
"""
PATIENT = """p:iso-1 a pvdkg:Patient ; pvdkg:caseId "iso-1" ; pvdkg:presentation pvdkg:ClaudicationPresentation ;
    pvdkg:hasLesion [ a pvdkg:Lesion ; pvdkg:segment pvdkg:FemoropoplitealSegment ; pvdkg:morphology pvdkg:Stenosis ;
                      pvdkg:lesionLength pvdkg:ShortLength ; pvdkg:calcification pvdkg:MildCalcification ] .
"""
#: attack -> (hostile triples, the violations they give)
ATTACKS = {
    "rule": (
        "kb:R01 pvdkg:hasAction [ a pvdkg:Action ; pvdkg:population pvdkg:Patient ; "
        "pvdkg:intervention pvdkg:HighIntensityStatin ; pvdkg:status pvdkg:Contraindicated ] .",
        [
            "R01.hasAction: is not part of the patient",
            "R01.hasAction.intervention: is not part of the patient",
            "R01.hasAction.population: is not part of the patient",
            "R01.hasAction.status: is not part of the patient",
            "R01.hasAction.type: is not part of the patient",
        ],
    ),
    "other-patient": (
        "p:dialysis-clti-tibial-disease pvdkg:contraindicated pvdkg:HighIntensityStatin .",
        ["dialysis-clti-tibial-disease.contraindicated: is not part of the patient"],
    ),
    "entails-class": (
        "pvdkg:Patient pvdkg:entailsClass pvdkg:CurrentSmokerTrue .",
        ["Patient.entailsClass: is not part of the patient"],
    ),
}


def _alone(tmp_path) -> dict:
    return recommend_files([DIALYSIS])[1][DIALYSIS_IRI]


def _hostile(tmp_path, attack: str):
    path = tmp_path / f"hostile-{attack}.ttl"
    path.write_text(PREFIXES + PATIENT + ATTACKS[attack][0] + "\n", encoding="utf-8")
    return path


def _if_stored_as_is(path) -> dict:
    """The dialysis patient's result had the file gone into the store unchecked (before the fix)."""
    raw = Graph().parse(path, format="turtle").serialize(format="nt", encoding="utf-8")
    return results(reasoned_store([check(DIALYSIS), Checked(path, [], raw)]))[DIALYSIS_IRI]


def _cohort(tmp_path, hostile):
    folder = tmp_path / "cohort"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy(DIALYSIS, folder)
    shutil.copy(hostile, folder)
    return folder


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_hostile_rdf_patient_is_rejected_and_changes_no_one_else(attack, tmp_path, capsys):
    hostile = _hostile(tmp_path, attack)
    alone = _alone(tmp_path)
    assert _if_stored_as_is(hostile) != alone  # the attack is real
    checked = check(hostile)
    assert [str(r) for r in checked.results] == ATTACKS[attack][1]
    folder = _cohort(tmp_path, hostile)
    assert main(["recommend", "--cohort", str(folder), "--format", "json", "--workers", "1"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line) for line in out.splitlines()] == [alone.to_json()]
    assert [line for line in err.splitlines() if line.startswith("skipped:")] == [
        f"skipped: {folder / hostile.name}: {message}" for message in ATTACKS[attack][1]
    ]


def test_the_same_patient_without_the_attack_is_valid(tmp_path):
    path = tmp_path / "iso-1.ttl"
    path.write_text(PREFIXES + PATIENT, encoding="utf-8")
    checked, res = recommend_files([DIALYSIS, path])
    assert [c.valid for c in checked] == [True, True]
    assert res[DIALYSIS_IRI] == _alone(tmp_path)
    # the blank lesion node is named under its patient, so replacing the patient removes it
    assert b"<https://w3id.org/pvdkg/patient/iso-1/.well-known/genid/" in checked[1].ntriples
    assert b"_:" not in checked[1].ntriples


@pytest.mark.parametrize(
    "triples, message",
    [
        ("p:iso-1 a pvdkg:CurrentSmokerTrue .", "type: 'CurrentSmokerTrue' is not one of Patient"),
        (
            "p:iso-1 pvdkg:hasLesion <https://w3id.org/pvdkg/patient/dialysis-clti-tibial-disease/lesion/0> .\n"
            "<https://w3id.org/pvdkg/patient/dialysis-clti-tibial-disease/lesion/0> pvdkg:calcification pvdkg:NoCalcification .",
            "lesions: <https://w3id.org/pvdkg/patient/dialysis-clti-tibial-disease/lesion/0> is not a node of this patient (an IRI under https://w3id.org/pvdkg/patient/iso-1/)",
        ),
        (
            'kb:R01 a pvdkg:Patient ; pvdkg:caseId "R01" ; pvdkg:presentation pvdkg:ClaudicationPresentation .',
            "patient[R01]: <https://w3id.org/pvdkg/kb/R01> is not a patient IRI (https://w3id.org/pvdkg/patient/<id>)",
        ),
    ],
)
def test_a_patient_cannot_retype_itself_borrow_nodes_or_be_knowledge(triples, message, tmp_path):
    path = tmp_path / "hostile.ttl"
    path.write_text(PREFIXES + PATIENT + triples + "\n", encoding="utf-8")
    checked = check(path)
    assert message in [str(r) for r in checked.results]
    _, res = recommend_files([DIALYSIS, path])
    assert list(res) == [DIALYSIS_IRI] and res[DIALYSIS_IRI] == _alone(tmp_path)


def _load(store, paths) -> list[Checked]:
    """What `pvdkg load --cohort` does: only valid patients are put."""
    checked = [check(p) for p in paths]
    store.put_patients({c.patient_iri: c.ntriples for c in checked if c.valid})
    return checked


def test_a_store_keeps_hostile_patients_out_and_replaces_a_patient_whole(store, tmp_path):
    store.load_knowledge()
    hostile = [_hostile(tmp_path, attack) for attack in sorted(ATTACKS)]
    checked = _load(store, [DIALYSIS, *hostile])
    assert [c.valid for c in checked] == [True] + [False] * len(hostile)
    assert store.derive() == {DIALYSIS_IRI: _alone(tmp_path)}
    # a valid iso-1 with a blank lesion node, then replaced by one without lesions: nothing left behind
    first = tmp_path / "iso-1.ttl"
    first.write_text(PREFIXES + PATIENT, encoding="utf-8")
    _load(store, [first])
    count = (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PATIENTS}> {{ ?s ?p ?o "
        'FILTER (STRSTARTS(STR(?s), "https://w3id.org/pvdkg/patient/iso-1")) } }'
    )
    assert int(store.select(count)[0]["n"]) == 9
    first.write_text(
        PREFIXES + 'p:iso-1 a pvdkg:Patient ; pvdkg:caseId "iso-1" ; '
        "pvdkg:presentation pvdkg:AsymptomaticPresentation .\n",
        encoding="utf-8",
    )
    _load(store, [first])
    assert int(store.select(count)[0]["n"]) == 3
    everything = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PATIENTS}> {{ ?s ?p ?o }} }}"
    assert int(store.select(everything)[0]["n"]) == 3 + len(check(DIALYSIS).ntriples.splitlines())
    assert store.derive()[DIALYSIS_IRI] == _alone(tmp_path)


def test_cli_load_rejects_a_hostile_patient(virtuoso, tmp_path, capsys):
    remote = empty_remote(virtuoso)
    folder = _cohort(tmp_path, _hostile(tmp_path, "entails-class"))
    auth = [
        "--endpoint",
        virtuoso.query_url,
        "--update-endpoint",
        virtuoso.update_url,
        "--user",
        virtuoso.user,
        "--password",
        virtuoso.password,
    ]
    assert main(["load", *auth, "--cohort", str(folder)]) == 1
    assert "Patient.entailsClass: is not part of the patient" in capsys.readouterr().err
    assert remote.patients() == [DIALYSIS_IRI]
    assert main(["recommend", *auth, "--format", "json"]) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == [_alone(tmp_path).to_json()]


def test_a_file_describing_another_files_patient_is_rejected(tmp_path, capsys):
    """A whole second description of a patient (typed, valid on its own) would merge
    with the first in the shared store: the later file is rejected."""
    hostile = tmp_path / "other.ttl"
    hostile.write_text(
        PREFIXES + "p:dialysis-clti-tibial-disease a pvdkg:Patient ; "
        'pvdkg:caseId "dialysis-clti-tibial-disease" ; pvdkg:presentation pvdkg:CLTIPresentation ; '
        "pvdkg:contraindicated pvdkg:HighIntensityStatin .\n",
        encoding="utf-8",
    )
    assert check(hostile).valid
    folder = _cohort(tmp_path, hostile)
    assert main(["recommend", "--cohort", str(folder), "--format", "json", "--workers", "1"]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line) for line in out.splitlines()] == [_alone(tmp_path).to_json()]
    assert (
        f"skipped: {folder / 'other.ttl'}: id 'dialysis-clti-tibial-disease' already used in {folder / DIALYSIS.name}"
    ) in err.splitlines()


def test_no_knowledge_triple_looks_like_a_patient_triple():
    """Why the whitelist alone keeps patients out of the knowledge: a kept patient
    triple has a subject under the patient base and a case-shape path or rdf:type as
    predicate; no knowledge triple has either, so no query pattern that reads
    knowledge can match a patient triple. An edit of the knowledge that broke this
    would fail here."""
    from rdflib.namespace import SH

    from pvdkg.readers import case_schema
    from pvdkg.stores.embedded import EmbeddedStore

    schema = case_schema()
    paths = {str(p) for p in schema.shapes.objects(None, SH.path)}
    base = schema.root.iri_base
    clash = [
        q
        for q in EmbeddedStore.with_knowledge(mappings=True).db
        if q.predicate.value in paths or q.subject.value.startswith(base)
    ]
    assert base and len(paths) > 15 and clash == []
