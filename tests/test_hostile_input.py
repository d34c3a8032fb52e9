"""Hostile and careless input (issue 10): every defect gives its exit code and one
clear line with its path, never a traceback, and costs bounded time and memory.

Exit codes: 0 ok, 1 violations (a cohort with a skipped case), 2 load or usage error.
"""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, recommend_case

import pvdkg.cohort
import pvdkg.readers.registry
from pvdkg.cli import main
from pvdkg.readers import SHIPPED_CONTEXT
from pvdkg.synth import synth

GOOD = {
    "id": "a1",
    "presentation": "clti",
    "lesions": [{"segment": "infrapopliteal", "morphology": "occlusion", "length": "short", "calcification": "severe"}],
}
HUGE = int("9" * 400)
FHIR_EXAMPLE = ROOT / "examples" / "fhir" / "clti-dialysis-tibial-occlusion.json"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def error_line(err: str) -> str:
    """The one message line of a load or usage error."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("pvdkg: error: ")
    return lines[0]


def ndjson(path: Path, cases) -> Path:
    path.write_text("".join((c if isinstance(c, str) else json.dumps(c)) + "\n" for c in cases), encoding="utf-8")
    return path


def results(out: str) -> dict[str, dict]:
    return {r["patient"]: r for r in map(json.loads, out.splitlines())}


# ---------------------------------------------------------------- cohorts (part 2)


@pytest.mark.parametrize(
    "extra", [[], ["--batch-size", "1", "--workers", "2"]], ids=["one-batch", "batches-in-workers"]
)
def test_ndjson_duplicate_id_is_an_error_for_the_later_line_never_a_merge(tmp_path, capsys, extra):
    later = dict(GOOD, presentation="claudication", conditions=["diabetes"])
    path = ndjson(tmp_path / "c.ndjson", [GOOD, dict(GOOD, id="b2"), later])
    code, out, err = run(capsys, "recommend", "--cohort", path, *extra)
    assert code == 1
    assert f"skipped: {path}:3: id 'a1' already used at line 1" in err.splitlines()
    got = results(out)
    assert set(got) == {"https://w3id.org/pvdkg/patient/a1", "https://w3id.org/pvdkg/patient/b2"}
    assert got["https://w3id.org/pvdkg/patient/a1"] == recommend_case(tmp_path, GOOD)


def test_folder_duplicate_id_names_the_first_file(tmp_path, capsys):
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (folder / "b.yaml").write_text("id: a1\npresentation: claudication\n", encoding="utf-8")
    code, out, err = run(capsys, "recommend", "--cohort", folder)
    assert code == 1
    assert f"skipped: {folder / 'b.yaml'}: id 'a1' already used in {folder / 'a.json'}" in err.splitlines()
    assert results(out)["https://w3id.org/pvdkg/patient/a1"] == recommend_case(tmp_path, GOOD)


def test_a_line_that_fails_in_any_way_is_reported_and_the_others_answered(tmp_path, capsys, monkeypatch):
    real = pvdkg.readers.registry.map_case_triples

    def failing(data, schema):
        if data.get("id") == "boom":
            raise RuntimeError("a defect\nover two lines")
        return real(data, schema)

    monkeypatch.setattr(pvdkg.readers.registry, "map_case_triples", failing)
    path = ndjson(tmp_path / "c.ndjson", [GOOD, dict(GOOD, id="boom"), dict(GOOD, id="c3")])
    code, out, err = run(capsys, "recommend", "--cohort", path, "--workers", "1")
    assert code == 1
    assert f"skipped: {path}:2: cannot be read: RuntimeError: a defect over two lines" in err.splitlines()
    assert len(results(out)) == 2


def dying_process_batch(raw, engine="rules", as_of=None, render=None):
    """A worker that dies (as by the OOM killer) on the batch holding line 2."""
    if any(origin.endswith(":2") for origin, _, _ in raw):
        os._exit(9)
    return REAL_PROCESS_BATCH(raw, engine, as_of, render)


REAL_PROCESS_BATCH = pvdkg.cohort.process_batch


def test_a_dead_worker_never_loses_a_batch_silently(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pvdkg.cohort, "process_batch", dying_process_batch)
    cases = [dict(GOOD, id=f"p{i}") for i in range(1, 6)]
    path = ndjson(tmp_path / "c.ndjson", cases)
    code, out, err = run(capsys, "recommend", "--cohort", path, "--batch-size", "1", "--workers", "2")
    assert code == 1
    assert any(
        line.startswith(f"skipped: {path}:2: not processed, the worker failed: BrokenProcessPool")
        for line in err.splitlines()
    ), err
    assert set(results(out)) == {f"https://w3id.org/pvdkg/patient/p{i}" for i in (1, 3, 4, 5)}
    assert "5 cases: 4 derived, 0 invalid, 1 unreadable" in err


# ---------------------------------------------------------------- numbers (part 3)


def test_huge_integer_in_a_cohort_line_is_above_3_and_the_others_answered(tmp_path, capsys):
    cases = list(synth(6, seed=2))
    cases.insert(3, dict(GOOD, id="huge", measurements={"abi": HUGE}))
    path = ndjson(tmp_path / "c.ndjson", cases)
    code, out, err = run(capsys, "recommend", "--cohort", path, "--batch-size", "3", "--workers", "2")
    assert code == 1
    assert f"skipped: {path}:4: measurements.abi: {HUGE} is above 3" in err.splitlines()
    assert len(results(out)) == 6


@pytest.mark.parametrize(
    "text, shown, bound",
    [
        (str(HUGE), str(HUGE), "is above 3"),
        ("-" + "9" * 5000, "-" + "9" * 5000, "is below 0"),  # beyond Python's int() digit limit
        ("1e400", "1E+400", "is above 3"),  # beyond a float
    ],
)
def test_huge_number_in_validate_is_out_of_range(tmp_path, capsys, text, shown, bound):
    path = tmp_path / "case.json"
    path.write_text('{"id": "h", "presentation": "clti", "measurements": {"abi": ' + text + "}}")
    code, out, err = run(capsys, "validate", path)
    assert code == 1
    assert out.splitlines() == [f"{path}: invalid", f"measurements.abi: {shown} {bound}"]


@pytest.mark.parametrize("unit", ["mg/dL", "mmol/L"])
def test_huge_fhir_value_quantity_is_out_of_range(tmp_path, capsys, unit):
    bundle = json.loads(FHIR_EXAMPLE.read_text(encoding="utf-8"))
    for e in bundle["entry"]:
        if e["resource"]["resourceType"] == "Observation":
            e["resource"]["valueQuantity"].update(unit=unit, code=unit)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle).replace('"value": 96', f'"value": {HUGE}'), encoding="utf-8")
    code, out, err = run(capsys, "validate", path, "--as-of", "2024-02-01")
    assert code == 1
    (line,) = [x for x in out.splitlines() if x.startswith("measurements.ldl_mg_dl:")]
    assert line.endswith("is above 1000")


# ---------------------------------------------------------------- sizes (part 3)


def test_case_file_larger_than_the_limit_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PVDKG_MAX_CASE_BYTES", "100")
    path = tmp_path / "case.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    code, out, err = run(capsys, "validate", path)
    assert code == 2
    assert error_line(err) == (
        f"pvdkg: error: {path}: larger than the limit of 100 bytes (set PVDKG_MAX_CASE_BYTES to change it)"
    )


def test_cohort_line_longer_than_the_limit_is_reported_and_the_others_answered(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PVDKG_MAX_LINE_BYTES", "400")
    long = dict(GOOD, id="long", tried=["Cilostazol"], lesions=GOOD["lesions"] * 5)
    path = ndjson(tmp_path / "c.ndjson", [GOOD, long, dict(GOOD, id="b2")])
    assert len(json.dumps(long)) > 400
    code, out, err = run(capsys, "recommend", "--cohort", path)
    assert code == 1
    assert (
        f"skipped: {path}:2: longer than the limit of 400 bytes (set PVDKG_MAX_LINE_BYTES to change it)"
    ) in err.splitlines()
    assert len(results(out)) == 2


def test_a_list_longer_than_the_limit_is_one_violation(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PVDKG_MAX_LIST_ITEMS", "3")
    path = tmp_path / "case.json"
    path.write_text(json.dumps(dict(GOOD, lesions=GOOD["lesions"] * 4)), encoding="utf-8")
    code, out, err = run(capsys, "validate", path)
    assert code == 1
    assert out.splitlines() == [
        f"{path}: invalid",
        "lesions: 4 items are more than the limit of 3 (set PVDKG_MAX_LIST_ITEMS to change it)",
    ]


def test_a_malformed_limit_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PVDKG_MAX_LIST_ITEMS", "many")
    path = tmp_path / "case.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    code, out, err = run(capsys, "validate", path)
    assert code == 2
    assert error_line(err) == "pvdkg: error: PVDKG_MAX_LIST_ITEMS='many' is not a positive integer"


def test_yaml_alias_bomb_is_refused_at_once(tmp_path, capsys):
    levels = "abcdefghij"
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip(levels, levels[1:])
    )
    path = tmp_path / "bomb.yaml"
    path.write_text(bomb, encoding="utf-8")
    assert len(bomb) < 400
    start = time.perf_counter()
    code, out, err = run(capsys, "validate", path)
    assert time.perf_counter() - start < 5
    assert code == 2
    assert error_line(err) == (
        f"pvdkg: error: {path}: YAML aliases expand to more than 1,000 nodes "
        "(line 3; set PVDKG_MAX_YAML_ALIAS_NODES to change it)"
    )


def test_a_few_yaml_aliases_are_still_read(tmp_path, capsys):
    path = tmp_path / "case.yaml"
    path.write_text(
        "id: y1\npresentation: clti\nlesions:\n  - &l {segment: pedal, morphology: occlusion,"
        " length: short, calcification: severe}\n  - *l\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", path)
    assert (code, out) == (0, f"{path}: valid\n")


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
def test_fifo_device_or_directory_is_refused_with_one_line(tmp_path, kind):
    path = tmp_path / "case.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    words = {"fifo": "a FIFO", "device": "a device", "directory": "a directory"}[kind]
    proc = subprocess.run(
        [sys.executable, "-m", "pvdkg", "validate", str(path)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"pvdkg: error: {path}: is {words}, not a case file"
    assert proc.stdout == ""


def test_a_fifo_as_cohort_is_refused(tmp_path, capsys):
    path = tmp_path / "c.ndjson"
    os.mkfifo(path)
    code, out, err = run(capsys, "recommend", "--cohort", path)
    assert code == 2
    assert error_line(err) == (f"pvdkg: error: {path}: is a FIFO, not a cohort (a folder or an NDJSON file)")


def test_json_with_a_bom_is_accepted_like_yaml(tmp_path, capsys):
    for name, text in (("case.json", json.dumps(GOOD)), ("case.yaml", "id: a1\npresentation: clti\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8-sig")
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        code, out, err = run(capsys, "validate", path)
        assert (code, out) == (0, f"{path}: valid\n")
    cohort = tmp_path / "c.ndjson"
    cohort.write_text(json.dumps(GOOD) + "\n", encoding="utf-8-sig")
    code, out, err = run(capsys, "recommend", "--cohort", cohort)
    assert code == 0 and len(results(out)) == 1


# ---------------------------------------------------------------- no network, no disk (part 4)


@pytest.fixture
def silent_server():
    """A TCP server that accepts and never answers; counts its connections."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    hits, stop, held = [], threading.Event(), []

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(1)
            held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", hits
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def jsonld_patient(context) -> dict:
    return {
        "@context": context,
        "@id": "https://w3id.org/pvdkg/patient/j1",
        "@type": "pvdkg:Patient",
        "pvdkg:caseId": "j1",
        "pvdkg:presentation": {"@id": "pvdkg:ClaudicationPresentation"},
    }


def test_jsonld_remote_context_is_never_fetched(tmp_path, capsys, silent_server):
    url, hits = silent_server
    path = tmp_path / "p.jsonld"
    path.write_text(json.dumps(jsonld_patient(url + "/context.jsonld")), encoding="utf-8")
    start = time.perf_counter()
    code, out, err = run(capsys, "validate", path)
    assert time.perf_counter() - start < 10 and hits == []
    assert code == 2
    assert error_line(err) == (
        f"pvdkg: error: {path}: @context '{url}/context.jsonld' is not allowed: "
        f"nothing is fetched; give the context inline or use {SHIPPED_CONTEXT}"
    )


def test_jsonld_file_context_is_not_read(tmp_path, capsys):
    secret = tmp_path / "secret.json"
    secret.write_text('{"@context": {"pvdkg": "TOPSECRET"}}', encoding="utf-8")
    path = tmp_path / "p.jsonld"
    path.write_text(json.dumps(jsonld_patient(secret.as_uri())), encoding="utf-8")
    code, out, err = run(capsys, "validate", path)
    assert code == 2
    assert "TOPSECRET" not in out + err
    line = error_line(err)  # a long context IRI is shown shortened (the tmp folder's name varies)
    assert line.startswith(f"pvdkg: error: {path}: @context 'file:///") and "' is not allowed" in line


def test_jsonld_import_and_scoped_contexts_are_not_fetched(tmp_path, capsys, silent_server):
    url, hits = silent_server
    for context in (
        {"@import": url + "/a.jsonld"},
        {"pvdkg": "https://w3id.org/pvdkg/ontology#", "pvdkg:presentation": {"@context": url + "/scoped.jsonld"}},
    ):
        path = tmp_path / "p.jsonld"
        path.write_text(json.dumps(jsonld_patient(context)), encoding="utf-8")
        code, out, err = run(capsys, "validate", path)
        assert code == 2 and "is not allowed: nothing is fetched" in error_line(err)
    assert hits == []


def test_jsonld_shipped_context_is_read_locally(tmp_path, capsys, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    path = tmp_path / "p.jsonld"
    path.write_text(json.dumps(jsonld_patient(SHIPPED_CONTEXT)), encoding="utf-8")
    code, out, err = run(capsys, "validate", path)
    assert (code, out) == (0, f"{path}: valid\n")


def test_owl_imports_are_never_followed(tmp_path, capsys, silent_server):
    url, hits = silent_server
    path = tmp_path / "p.ttl"
    path.write_text(
        f"""@prefix pvdkg: <https://w3id.org/pvdkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
<https://w3id.org/pvdkg/patient/t1> a pvdkg:Patient ; pvdkg:caseId "t1" ;
    pvdkg:presentation pvdkg:ClaudicationPresentation .
<https://w3id.org/pvdkg/patient/t1/doc> owl:imports <{url}/onto.ttl> .
""",
        encoding="utf-8",
    )
    start = time.perf_counter()
    run(capsys, "validate", path)
    assert time.perf_counter() - start < 30 and hits == []


# ---------------------------------------------------------------- FHIR


def test_misspelled_bundle_resource_type_is_a_load_error(tmp_path, capsys):
    bundle = json.loads(FHIR_EXAMPLE.read_text(encoding="utf-8"))
    bundle["resourceType"] = "Bundel"
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    code, out, err = run(capsys, "recommend", path)
    assert code == 2
    assert error_line(err) == (
        f"pvdkg: error: {path}: resourceType: 'Bundel' is not 'Bundle': "
        "FHIR input is a Bundle (a case has no resourceType)"
    )


def test_fhir_coding_without_system_is_listed_in_unmapped(tmp_path, capsys):
    bundle = json.loads(FHIR_EXAMPLE.read_text(encoding="utf-8"))
    for e in bundle["entry"]:
        if e["resource"]["resourceType"] == "Condition":
            e["resource"]["code"]["coding"].append({"code": "L-77", "display": "local code"})
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    code, out, err = run(capsys, "recommend", path, "--format", "json")
    assert code == 0
    local = [u for u in json.loads(out)["unmapped"] if u["code"] == "L-77"]
    conditions = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Condition"]
    assert len(local) == len(conditions)
    assert all(u["system"] is None and u["reason"].startswith("the coding has no system") for u in local)


def test_fhir_unmapped_output_is_bounded(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PVDKG_MAX_UNMAPPED", "50")
    bundle = json.loads(FHIR_EXAMPLE.read_text(encoding="utf-8"))
    (obs,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    for i in range(600):  # one a minute earlier than the bundle's, each superseded by the bundle's
        o = copy.deepcopy(obs)
        o["resource"]["id"] = f"o{i}"
        o["fullUrl"] = f"urn:uuid:00000000-0000-0000-0000-{i:012d}"
        o["resource"]["valueQuantity"]["value"] = 50 + i % 100
        o["resource"]["effectiveDateTime"] = f"2024-01-31T{i // 60:02d}:{i % 60:02d}:00+00:00"
        bundle["entry"].append(o)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    code, out, err = run(capsys, "recommend", path, "--format", "json", "--as-of", "2024-02-01")
    assert code == 0
    unmapped = json.loads(out)["unmapped"]
    assert len(unmapped) == 50 and len(out) < 50_000
    assert unmapped[-1]["reason"].startswith("552 more unmapped entries not listed: the limit is 50")


def test_fhir_tie_of_many_values_is_one_bounded_entry(tmp_path, capsys):
    bundle = json.loads(FHIR_EXAMPLE.read_text(encoding="utf-8"))
    (obs,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    for i in range(600):  # all at one time, different values: a tie
        o = copy.deepcopy(obs)
        o["resource"]["id"] = f"o{i}"
        o["fullUrl"] = f"urn:uuid:00000000-0000-0000-0000-{i:012d}"
        o["resource"]["valueQuantity"]["value"] = 50 + i % 100
        bundle["entry"].append(o)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    code, out, err = run(capsys, "recommend", path, "--format", "json", "--as-of", "2024-02-01")
    assert code == 0
    (tie,) = [u for u in json.loads(out)["unmapped"] if "left out as unknown" in u["reason"]]
    assert tie["reason"].endswith("and 591 more") and len(tie["reason"]) < 1000  # 601 values, 10 shown
