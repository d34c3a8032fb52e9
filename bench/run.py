"""pvdkg benchmark: single-case latency and cohort throughput, as ratios to the
OWL DL reasoner path (HermiT through owlready2) measured in the same run.

    .venv/bin/python bench/run.py                      # 1,000 and 10,000 patients
    .venv/bin/python bench/run.py --sizes 1000,10000,100000 --dl-max 10000
    .venv/bin/python bench/run.py --lesions 1000,10000   # one case with many lesions only
    .venv/bin/python bench/run.py --sizes 1000 --virtuoso 2500   # and a real Virtuoso

Each cohort figure is a fresh process running the full pipeline (parse,
SHACL-validate, reason, derive, write JSON lines); peak memory is that
process's maximum resident set size. Not part of the test suite.

--virtuoso N starts a throw-away Virtuoso (tests/virtuoso_server.py) and reports
its start-up time, one Graph Store protocol PUT of the N patients' triples
(the bulk-load figure tests/test_virtuoso_smoke.py used to bound at 120 s),
loading knowledge and patients the product's way, and deriving inside the store.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASE = Path(tempfile.gettempdir()) / "pvdkg-bench-case.json"
CASE_DATA = {
    "id": "bench-1",
    "presentation": "clti",
    "conditions": ["dialysis", "diabetes"],
    "ambulatory": True,
    "surgical_risk": "high",
    "vein_conduit": "contralateral_leg_vein",
    "lesions": [{"segment": "infrapopliteal", "morphology": "occlusion", "length": "short", "calcification": "severe"}],
}


def cold_latency(engine: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pvdkg", "recommend", str(CASE), "--format", "json", "--engine", engine],
            stdout=subprocess.DEVNULL,
            check=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def warm_latency(engine: str, runs: int = 20) -> float:
    sys.path.insert(0, str(ROOT))
    import pvdkg

    kg = pvdkg.load()
    kg.recommend(CASE, engine=engine)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        kg.recommend(CASE, engine=engine)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def results_path(folder: Path, engine: str, size: int) -> Path:
    """Where a cohort run writes its JSON lines (kept out of the report: a temporary folder)."""
    return folder / f"results-{engine}-{size}.ndjson"


def cohort(size: int, engine: str, folder: Path) -> dict:
    path = folder / f"synth-{size}.ndjson"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "pvdkg", "synth", str(size), "--seed", "42", "-o", str(path)], check=True, cwd=ROOT
        )
    # a wrapper process so that the peak RSS is this run's alone
    results = results_path(folder, engine, size)
    code = (
        "import resource,subprocess,sys,time,json;t=time.perf_counter();"
        "p=subprocess.run(sys.argv[2:],stdout=open(sys.argv[1],'w'),stderr=subprocess.DEVNULL);"
        "print(json.dumps({'rc':p.returncode,'seconds':time.perf_counter()-t,"
        "'peak_mib':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024}))"
    )
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            str(results),
            sys.executable,
            "-m",
            "pvdkg",
            "recommend",
            "--cohort",
            str(path),
            "--format",
            "json",
            "--engine",
            engine,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    r = json.loads(out.stdout)
    if r["rc"] != 0:
        raise SystemExit(f"cohort run exited {r['rc']}")
    return {
        "patients": size,
        "engine": engine,
        "seconds": round(r["seconds"], 2),
        "patients_per_s": round(size / r["seconds"], 1),
        "peak_mib": round(r["peak_mib"], 1),
    }


LESION_VALUES = {
    "segment": ["infrapopliteal", "femoropopliteal", "aortoiliac", "pedal", "popliteal", "common_femoral"],
    "side": ["left", "right"],
    "morphology": ["occlusion", "stenosis"],
    "length": ["short", "long"],
    "calcification": ["severe", "moderate", "mild", "none"],
}


def lesion_case(n: int) -> dict:
    """The bench case with n lesions, every value cycling (deterministic)."""
    lesions = [{k: v[i % len(v)] for k, v in LESION_VALUES.items()} for i in range(n)]
    return dict(CASE_DATA, id=f"lesions-{n}", limb="left", lesions=lesions)


def one_case_run(path: Path, env: dict) -> dict:
    """`pvdkg recommend` of one case in a fresh process: seconds and its own peak RSS."""
    code = (
        "import resource,subprocess,sys,time,json;t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
        "print(json.dumps({'rc':p.returncode,'seconds':time.perf_counter()-t,"
        "'peak_mib':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "pvdkg", "recommend", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env=env,
    )
    r = json.loads(out.stdout)
    if r["rc"] != 0:
        raise SystemExit(f"{path}: pvdkg recommend exited {r['rc']}")
    return r


def lesion_scaling(sizes: list[int], folder: Path, runs: int = 3) -> list[dict]:
    """One case with 1 lesion (the baseline) and with each of `sizes` lesions, each
    the median of `runs` fresh processes; the cost of the lesions is the time and
    peak memory above the baseline, and its ratio to the first size is compared
    with the ratio of the lesions (linear: the two ratios are equal)."""
    env = dict(os.environ, PVDKG_MAX_LIST_ITEMS=str(max(sizes)), PVDKG_MAX_CASE_BYTES=str(max(sizes) * 200 + 10**6))
    rows = []
    for n in [1] + sizes:
        path = folder / f"lesions-{n}.json"
        path.write_text(json.dumps(lesion_case(n)), encoding="utf-8")
        measured = [one_case_run(path, env) for _ in range(runs)]
        rows.append(
            {
                "lesions": n,
                "seconds": round(statistics.median(m["seconds"] for m in measured), 2),
                "peak_mib": round(statistics.median(m["peak_mib"] for m in measured), 1),
            }
        )
    base, first = rows[0], rows[1]
    for row in rows[1:]:
        row["seconds_above_baseline"] = round(row["seconds"] - base["seconds"], 2)
        row["mib_above_baseline"] = round(row["peak_mib"] - base["peak_mib"], 1)
        row["lesion_ratio"] = round(row["lesions"] / first["lesions"], 2)
        row["time_ratio"] = round(row["seconds_above_baseline"] / max(first["seconds_above_baseline"], 0.01), 2)
        row["memory_ratio"] = round(row["mib_above_baseline"] / max(first["mib_above_baseline"], 0.1), 2)
    return rows


def print_lesions(rows: list[dict]) -> None:
    base = rows[0]
    print(f"baseline (1 lesion): {base['seconds']} s, {base['peak_mib']} MiB")
    print(
        f"{'lesions':>8}{'seconds':>10}{'peak MiB':>10}{'s above':>10}{'MiB above':>11}"
        f"{'x lesions':>11}{'x time':>9}{'x memory':>10}"
    )
    for r in rows[1:]:
        print(
            f"{r['lesions']:>8}{r['seconds']:>10}{r['peak_mib']:>10}{r['seconds_above_baseline']:>10}"
            f"{r['mib_above_baseline']:>11}{r['lesion_ratio']:>11}{r['time_ratio']:>9}{r['memory_ratio']:>10}"
        )


def read_results(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {r["patient"]: r for r in map(json.loads, fh)}


BULK_GRAPH = "urn:pvdkg:bench:bulk"


def gsp_put(server, graph: str, data: bytes, timeout: float) -> None:
    """One SPARQL 1.1 Graph Store protocol PUT of N-Triples into `graph` (the fastest HTTP path)."""
    import base64
    import urllib.parse
    import urllib.request

    auth = base64.b64encode(f"{server.user}:{server.password}".encode()).decode()
    req = urllib.request.Request(
        f"{server.graph_store_url}?{urllib.parse.urlencode({'graph': graph})}",
        data=data,
        method="PUT",
        headers={"Content-Type": "application/n-triples", "Authorization": "Basic " + auth},
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        resp.read()


def virtuoso_cohort(size: int, folder: Path, timeout: float = 600) -> dict:
    """Load `size` synthetic patients into a real Virtuoso and audit them inside the store.

    A request that takes longer than `timeout` seconds (Virtuoso's plans are not
    stable from run to run) is reported as not finished, and the report is kept."""
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    import virtuoso_server as vs

    import pvdkg
    from pvdkg.api import USER_ERRORS

    kg = pvdkg.load()
    binary, isql = vs.find_binaries()
    if not (binary and isql):
        return {"patients": size, "engine": "virtuoso", "skipped": "virtuoso-opensource is not installed"}
    path = folder / f"synth-{size}.ndjson"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "pvdkg", "synth", str(size), "--seed", "42", "-o", str(path)], check=True, cwd=ROOT
        )
    patients = {item.checked.patient_iri: item.checked.ntriples for item in kg.read_cohort(path) if item.valid}
    server_dir = folder / "virtuoso"
    server_dir.mkdir()
    server = vs.start_server(server_dir, binary, isql)
    try:
        store = kg.remote(server.query_url, server.update_url, server.user, server.password, timeout=timeout)
        bulk = b"".join(patients.values())
        start = time.perf_counter()
        gsp_put(server, BULK_GRAPH, bulk, timeout)
        bulk_s = time.perf_counter() - start
        store.update(f"DROP SILENT GRAPH <{BULK_GRAPH}>")
        start = time.perf_counter()
        store.load_knowledge()
        store.put_patients(patients)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        audit = store.derive(audit_only=True)
        audited = time.perf_counter() - start
        start = time.perf_counter()
        results = store.derive()
        derived = time.perf_counter() - start
    except (*USER_ERRORS, OSError) as exc:  # OSError: the bulk PUT's HTTP error or timeout
        return {"patients": size, "engine": "virtuoso", "not_finished": str(exc), "timeout_s": timeout}
    finally:
        vs.stop_server(server)
    embedded = results_path(folder, "rules", size)
    same = read_results(embedded) == {p: r.to_json() for p, r in results.items()} if embedded.exists() else None
    same_audit = {p: r.audit for p, r in results.items()} == {p: r.audit for p, r in audit.items()}
    triples = bulk.count(b"\n")
    return {
        "patients": size,
        "engine": "virtuoso",
        "server_start_s": round(server.startup_seconds, 2),
        "bulk_gsp_triples": triples,
        "bulk_gsp_s": round(bulk_s, 2),
        "bulk_gsp_triples_per_s": round(triples / max(bulk_s, 1e-9)),
        "load_s": round(loaded, 2),
        "audit_in_store_s": round(audited, 2),
        "derive_in_store_s": round(derived, 2),
        "patients_per_s": round(size / derived, 1),
        "results": len(results),
        "identical_to_embedded": same,
        "audit_equals_full_derivation": same_audit,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--dl-max", type=int, default=10000, help="largest cohort run through the DL path")
    ap.add_argument("--out", default=str(ROOT / "bench" / "report.json"))
    ap.add_argument(
        "--virtuoso",
        type=int,
        default=0,
        metavar="N",
        help="also load N synthetic patients into a real Virtuoso and derive them inside it",
    )
    ap.add_argument(
        "--virtuoso-timeout",
        type=float,
        default=600,
        metavar="S",
        help="seconds one request to Virtuoso may take before it is reported as not finished",
    )
    ap.add_argument(
        "--lesions",
        metavar="N,M",
        default=None,
        help="measure only one case with N, M... lesions against a 1-lesion baseline "
        "(report: bench/report-lesions.json unless --out)",
    )
    ap.add_argument("--runs", type=int, default=3, help="with --lesions: fresh processes per size (median)")
    a = ap.parse_args()
    if a.lesions:
        out = Path(a.out if a.out != ap.get_default("out") else ROOT / "bench" / "report-lesions.json")
        with tempfile.TemporaryDirectory() as tmp:
            rows = lesion_scaling([int(s) for s in a.lesions.split(",")], Path(tmp), a.runs)
        print_lesions(rows)
        out.write_text(
            json.dumps({"machine": {"cpus": os.cpu_count()}, "lesions": rows}, indent=2) + "\n", encoding="utf-8"
        )
        print(f"report: {out}")
        return 0
    sizes = [int(s) for s in a.sizes.split(",")]
    CASE.write_text(json.dumps(CASE_DATA), encoding="utf-8")
    report: dict = {"machine": {"cpus": os.cpu_count()}, "single": {}, "cohort": []}
    for engine in ("hermit", "rules"):
        report["single"][engine] = {"cold_s": round(cold_latency(engine), 3), "warm_s": round(warm_latency(engine), 4)}

    def save() -> None:
        Path(a.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")

    print(f"single case: {json.dumps(report['single'])}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            dl = cohort(size, "hermit", Path(tmp)) if size <= a.dl_max else None
            if dl:
                print(f"cohort: {json.dumps(dl)}", flush=True)
            fast = cohort(size, "rules", Path(tmp))
            print(f"cohort: {json.dumps(fast)}", flush=True)
            if dl:
                fast["ratio_to_dl"] = round(fast["patients_per_s"] / dl["patients_per_s"], 2)
                fast["identical_to_dl"] = read_results(results_path(Path(tmp), "rules", size)) == read_results(
                    results_path(Path(tmp), "hermit", size)
                )
                report["cohort"].append(dl)
            report["cohort"].append(fast)
            save()
        if a.virtuoso:
            report["virtuoso"] = virtuoso_cohort(a.virtuoso, Path(tmp), a.virtuoso_timeout)
            save()
    base = report["single"]["hermit"]
    print(f"{'measure':<34}{'rules (embedded)':>18}{'hermit (DL)':>14}{'ratio':>8}")
    for key in ("cold_s", "warm_s"):
        f, d = report["single"]["rules"][key], base[key]
        print(f"{'single case ' + key:<34}{f:>18}{d:>14}{d / f:>8.1f}x")
    for row in report["cohort"]:
        if row["engine"] == "rules":
            dl = next(
                (r for r in report["cohort"] if r["engine"] == "hermit" and r["patients"] == row["patients"]), None
            )
            print(
                f"{'cohort ' + str(row['patients']) + ' patients/s':<34}{row['patients_per_s']:>18}"
                f"{(dl['patients_per_s'] if dl else '-'):>14}{(str(row.get('ratio_to_dl', '-')) + 'x'):>8}"
            )
            print(f"{'  peak MiB':<34}{row['peak_mib']:>18}{(dl['peak_mib'] if dl else '-'):>14}")
            if "identical_to_dl" in row:
                print(f"{'  identical results':<34}{str(row['identical_to_dl']):>18}")
    if "virtuoso" in report:
        v = report["virtuoso"]
        print(
            f"virtuoso {v['patients']} patients: "
            + (
                v.get("skipped")
                or v.get("not_finished")
                or f"server start {v['server_start_s']} s, bulk GSP PUT of {v['bulk_gsp_triples']} triples "
                f"{v['bulk_gsp_s']} s ({v['bulk_gsp_triples_per_s']} triples/s), "
                f"load {v['load_s']} s, audit inside the store {v['audit_in_store_s']} s, "
                f"full derivation inside the store {v['derive_in_store_s']} s ({v['patients_per_s']}/s), "
                f"identical to embedded: {v['identical_to_embedded']}"
            )
        )
    Path(a.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"report: {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
