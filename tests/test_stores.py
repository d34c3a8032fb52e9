"""The store layer: the same behaviour from the embedded store and from a real Virtuoso.

Load the knowledge (a new version replaces the old one only once complete),
load patients, query, derive inside the store, reload, replace one patient,
and a server that is down (a clear error within the timeout, nothing written).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

import pytest
from conftest import ROOT, canonical_quads, empty_remote, free_port, write_case

from pvdkg.pipeline import check, recommend_files
from pvdkg.stores.base import GRAPH, PATIENTS, StoreError
from pvdkg.stores.sparql import RemoteStore

CASES = [
    {
        "id": "st-clti",
        "presentation": "clti",
        "conditions": ["dialysis"],
        "ambulatory": True,
        "surgical_risk": "high",
        "lesions": [
            {"segment": "infrapopliteal", "morphology": "occlusion", "length": "short", "calcification": "severe"}
        ],
    },
    {
        "id": "st-claud",
        "presentation": "claudication",
        "tried": ["SupervisedExerciseTherapy", "Cilostazol"],
        "contraindicated": ["DualPathwayInhibition"],
        "lesions": [
            {"segment": "femoropopliteal", "morphology": "occlusion", "length": "long", "calcification": "severe"}
        ],
    },
    {
        "id": "st-revasc",
        "presentation": "asymptomatic",
        "conditions": ["dialysis"],
        "current_therapies": [],
        "procedures": [{"type": "PercutaneousTransluminalAngioplasty", "result": "optimal", "when": "earlier"}],
    },
]


def _patients(tmp_path, cases):
    out = {}
    for case in cases:
        c = check(write_case(tmp_path, case))
        assert c.valid
        out[c.patient_iri] = c.ntriples
    return out


def test_load_query_derive_matches_the_pipeline(store, tmp_path):
    graph, written = store.load_knowledge()
    assert written and store.current_knowledge() == graph
    store.put_patients(_patients(tmp_path, CASES))
    assert [p.rsplit("/", 1)[1] for p in store.patients()] == ["st-claud", "st-clti", "st-revasc"]
    ids = "SELECT ?id WHERE { ?r <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id"
    rows = store.select(ids, default_graph=graph)
    from pvdkg.stores.embedded import EmbeddedStore

    in_files = {
        r["id"] for r in EmbeddedStore.with_knowledge(mappings=True).select(ids)
    }  # the statements, however many
    assert rows[0]["id"] == "R01" and {r["id"] for r in rows} == in_files
    derived = store.derive()
    _, expected = recommend_files([write_case(tmp_path, c) for c in CASES])
    assert derived == expected
    audit = store.derive(audit_only=True)  # only what the audit needs: the same audit
    assert {p: a.to_json() for p, a in audit.items()} == {
        p: {"patient": p, "audit": r.to_json()["audit"], "undecided": r.to_json()["undecided"]}
        for p, r in expected.items()
    }
    assert any(a.audit for a in audit.values())
    # the scratch graph is gone again
    graphs = {r["g"] for r in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert not [g for g in graphs if g.startswith(GRAPH + "derivation/")]


def test_reload_is_a_no_op_and_a_new_version_switches_atomically(store, tmp_path, monkeypatch):
    first, _ = store.load_knowledge()
    assert store.load_knowledge() == (first, False)
    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    with open(copy / "ontology" / "kb" / "statements.ttl", "a", encoding="utf-8") as fh:
        fh.write('\nkb:R01 rdfs:comment "edited" .\n')
    second, written = store.load_knowledge(copy)
    assert written and second != first and store.current_knowledge() == second
    with pytest.raises(StoreError, match="run `pvdkg load` first"):  # derived with another version's queries
        store.derive()


def test_replacing_one_patient_leaves_the_others(store, tmp_path):
    store.load_knowledge()
    store.put_patients(_patients(tmp_path, CASES))
    changed = dict(CASES[0], presentation="claudication", ambulatory=False)
    store.put_patients(_patients(tmp_path, [changed]))
    results = store.derive()
    clti = results["https://w3id.org/pvdkg/patient/st-clti"].to_json()
    assert "ToeBrachialIndex" in {e["intervention"] for e in clti["interventions"]}
    assert "SupervisedExerciseTherapy" in {e["intervention"] for e in clti["interventions"]}  # now a claudicant
    assert "Revascularization" not in {e["intervention"] for e in clti["interventions"] if e["status"] == "indicated"}
    assert len(results) == 3
    store.delete_patients(["https://w3id.org/pvdkg/patient/st-claud"])
    assert len(store.patients()) == 2
    n = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PATIENTS}> {{ ?s ?p ?o "
        'FILTER (STRSTARTS(STR(?s), "https://w3id.org/pvdkg/patient/st-claud")) } }'
    )
    assert n[0]["n"] == "0"


def test_server_down_gives_a_clear_error_within_the_timeout():
    down = RemoteStore(f"http://127.0.0.1:{free_port()}/sparql", timeout=3)
    start = time.monotonic()
    with pytest.raises(StoreError, match="cannot reach"):
        down.load_knowledge()
    assert time.monotonic() - start < 10


def test_cli_load_and_recommend_against_an_endpoint(virtuoso, tmp_path, capsys):
    from pvdkg.cli import main

    remote = empty_remote(virtuoso)
    folder = tmp_path / "cohort"
    folder.mkdir()
    for case in CASES:
        write_case(folder, case)
    (folder / "bad.json").write_text(json.dumps({"id": "st-bad", "presentation": "gangrene"}), encoding="utf-8")
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
    assert main(["load", *auth, "--cohort", str(folder)]) == 1  # one invalid patient, skipped
    assert "presentation: 'gangrene' is not one of" in capsys.readouterr().err
    assert len(remote.patients()) == 3  # the rejected one stored nothing
    assert main(["recommend", *auth, "--format", "json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["patient"].rsplit("/", 1)[1] for r in lines] == ["st-claud", "st-clti", "st-revasc"]
    assert main(["audit", *auth, "--format", "json"]) == 0
    assert "st-revasc" in capsys.readouterr().out


def test_a_synthetic_cohort_derived_in_virtuoso_equals_the_embedded_one(virtuoso, tmp_path, capsys):
    """300 synthetic patients loaded and derived in the store give exactly the embedded
    cohort's results, within the default 60 s timeout of each request (a join Virtuoso
    planned badly, the conditional cautions, took more than 180 s at 200 patients)."""
    from pvdkg.cli import main
    from pvdkg.synth import synth_ndjson

    empty_remote(virtuoso)
    cohort = tmp_path / "cohort.ndjson"
    cohort.write_text("".join(line + "\n" for line in synth_ndjson(300, 7)), encoding="utf-8")
    auth = ["--endpoint", virtuoso.query_url, "--update-endpoint", virtuoso.update_url]
    auth += ["--user", virtuoso.user, "--password", virtuoso.password]
    assert main(["load", *auth, "--cohort", str(cohort)]) == 0
    capsys.readouterr()
    assert main(["recommend", *auth, "--format", "json"]) == 0
    remote = {r["patient"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert main(["recommend", "--cohort", str(cohort), "--format", "json"]) == 0
    embedded = {r["patient"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert len(remote) == 300 and remote == embedded


def test_scratch_writes_skip_virtuosos_transaction_log(virtuoso, monkeypatch):
    """The product is read from the Server header of the first answer; on Virtuoso a scratch
    update starts with its log_enable(2) pragma and still writes, a plain update does not."""
    remote = RemoteStore(virtuoso.query_url, virtuoso.update_url, virtuoso.user, virtuoso.password, timeout=60)
    remote.select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    assert remote.server_header.startswith("Virtuoso/")
    sent = []
    update = remote.update
    monkeypatch.setattr(remote, "update", lambda text: (sent.append(text), update(text)))
    graph = GRAPH + "derivation/pragma-test"
    try:
        remote.scratch_update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:b> <urn:c> }} }}")
        remote.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:a> <urn:b> <urn:d> }} }}")
        assert sent[0].startswith("DEFINE sql:log-enable 2\n") and not sent[1].startswith("DEFINE")
        rows = remote.select(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ <urn:a> <urn:b> ?o }} }} ORDER BY ?o")
        assert rows == [{"o": "urn:c"}, {"o": "urn:d"}]
    finally:
        update(f"DROP SILENT GRAPH <{graph}>")


@pytest.mark.parametrize("server", ["", "Apache Jena Fuseki (4.9.0)", "GraphDB/10.6.3 RDF4J/4.3.11"])
def test_other_stores_get_scratch_updates_unchanged(monkeypatch, server):
    """No vendor pragma for a store not known to take one, nor before the store has answered."""
    remote = RemoteStore("http://127.0.0.1:9/sparql")
    remote.server_header = server
    sent = []
    monkeypatch.setattr(remote, "update", sent.append)
    remote.scratch_update("DROP SILENT GRAPH <urn:g>")
    assert sent == ["DROP SILENT GRAPH <urn:g>"]


def test_a_named_server_kind_needs_no_detection(monkeypatch):
    """--server virtuoso: its settings from the start, whatever the Server header says."""
    remote = RemoteStore("http://127.0.0.1:9/sparql", server="virtuoso")
    remote.server_header = "Apache Jena Fuseki (4.9.0)"
    sent = []
    monkeypatch.setattr(remote, "update", sent.append)
    remote.scratch_update("DROP SILENT GRAPH <urn:g>")
    assert sent == ["DEFINE sql:log-enable 2\nDROP SILENT GRAPH <urn:g>"]
    with pytest.raises(StoreError, match="unknown server kind 'fuseki'"):
        RemoteStore("http://127.0.0.1:9/sparql", server="fuseki")


def _pvdkg(*args: str) -> subprocess.CompletedProcess:
    """pvdkg in a process of its own (a knowledge version must not depend on the process)."""
    return subprocess.run(
        [sys.executable, "-m", "pvdkg", *args], capture_output=True, text=True, timeout=600, check=False
    )


def test_knowledge_version_is_the_same_in_every_process():
    code = "from pvdkg.stores.base import knowledge_version; print(knowledge_version()[0])"
    versions = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        for _ in range(2)
    }
    assert len(versions) == 1 and versions.pop().startswith(GRAPH + "knowledge/")


def test_load_and_recommend_in_separate_processes(virtuoso, tmp_path):
    """`pvdkg load` in one process, `recommend --endpoint` in another: the store's
    knowledge is current for the second, a second load writes nothing, and the
    results are the embedded ones."""
    remote = empty_remote(virtuoso)
    folder = tmp_path / "cohort"
    folder.mkdir()
    paths = [write_case(folder, case) for case in CASES]
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
    first = _pvdkg("load", *auth, "--cohort", str(folder))
    assert first.returncode == 0 and "(loaded)" in first.stderr, first.stderr
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = remote.select(count)
    again = _pvdkg("load", *auth)
    assert again.returncode == 0 and "(already current)" in again.stderr, again.stderr
    assert remote.select(count) == before
    done = _pvdkg("recommend", *auth, "--format", "json")
    assert done.returncode == 0, done.stderr
    _, expected = recommend_files(paths)
    assert {r["patient"]: r for r in map(json.loads, done.stdout.splitlines())} == {
        p: r.to_json() for p, r in expected.items()
    }


def test_stores_prepared_ahead_are_fresh_and_each_taken_once(tmp_path):
    """EmbeddedStore.prepare() (a server, after each batch) builds SPARES with_knowledge()
    stores in a thread, so the one a batch takes was built during the batch before it: each
    holds the knowledge and nothing else, and is taken by one derivation, oldest first."""
    from pvdkg.stores import embedded
    from pvdkg.stores.embedded import SPARES, EmbeddedStore

    assert SPARES >= 2  # the next batch's, and the one built beside it
    baseline = len(EmbeddedStore.with_knowledge())
    derived = EmbeddedStore.with_knowledge()
    derived.add_ntriples('<https://w3id.org/pvdkg/patient/p> <http://www.w3.org/2000/01/rdf-schema#label> "p" .\n')
    EmbeddedStore.prepare()
    EmbeddedStore.prepare()  # nothing more while they are built
    deadline = time.monotonic() + 30
    while embedded._spare.building and time.monotonic() < deadline:
        time.sleep(0.01)
    (spares,) = [list(ready) for ready in embedded._spare.stores.values() if ready]
    assert len(spares) == SPARES and not embedded._spare.building
    EmbeddedStore.prepare()  # nothing when they are ready
    assert not embedded._spare.building
    taken = [EmbeddedStore.with_knowledge() for _ in spares]
    assert taken == spares and all(len(store) == baseline for store in taken)
    assert EmbeddedStore.with_knowledge() not in spares  # taken once: the next is built afresh
    assert not any(embedded._spare.stores.values())


@pytest.mark.parametrize("lean", [True, False])
def test_a_fresh_embedded_store_holds_exactly_the_knowledge(lean):
    """with_knowledge() loads the knowledge from its N-Triples (the interpreter lock released):
    the same quads as the parsed knowledge, blank nodes aside from their ids."""
    from pvdkg.knowledge import load
    from pvdkg.stores.embedded import EmbeddedStore

    knowledge = load()
    direct = EmbeddedStore()
    direct.db.bulk_extend(knowledge.derivation_quads if lean else knowledge.quads)
    made = EmbeddedStore.with_knowledge(lean=lean)
    assert len(made) == len(direct) > 2000
    assert canonical_quads(made) == canonical_quads(direct)
