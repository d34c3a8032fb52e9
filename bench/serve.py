"""pvdkg serve under load: CDS Hooks patient-view latency, beside the single-case CLI latency.

    .venv/bin/python bench/serve.py                       # 3 x 1,000 requests, 8 clients
    .venv/bin/python bench/serve.py --requests 200 --clients 4
    .venv/bin/python bench/serve.py --workers 2           # pvdkg serve --workers 2
    .venv/bin/python bench/serve.py --same-patient        # every client asks for one patient
    .venv/bin/python bench/serve.py --derive-processes 2 --batch 8   # pvdkg serve's batching options

Starts `pvdkg serve` on a free loopback port (its own process), sends patient-view
calls built from examples/fhir/clti-dialysis-tibial-occlusion.json (the Patient read
and searchset Bundles, as an EHR answers the prefetch templates) from N concurrent
clients (threads, one kept-alive http.client connection each), each client for its own
patient (the example's, renamed; `--same-patient`: all for one, whose identical calls
the server derives together), and reports p50/p95/p99 and requests/s.
In the same run: `pvdkg recommend` on that bundle as fresh processes (cold, median) and
the latency of one call with nothing else running (warm), and the first call after the
server started (what its warm-up left cold). The load is measured `--repeat` times (3) on
the one server and the median run by p95 reported, each run listed beside it. The machine's 1-minute load average before
and after is recorded: other processes share the cores. The server's CPU per call
counts its derivation process too; each run lists it beside the machine's steal time, and
`ratios` sets the median run against baselines of the same run. The target is p95 < 100 ms
(CDS Hooks asks for answers in about 500 ms). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fhir" / "clti-dialysis-tibial-occlusion.json"
#: What the report lists of each run: the latencies beside the machine's state during it.
RUN_FIELDS = (
    "p50_ms",
    "p95_ms",
    "p99_ms",
    "requests_per_s",
    "server_cpu_ms_per_request",
    "machine_steal_percent",
)


def prefetch_request(suffix: str = "") -> dict:
    """A patient-view call for the example's patient (its id + `suffix`: one patient per client)."""
    bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    patient = bundle["entry"][0]["resource"]
    patient["id"] += suffix
    for entry in bundle["entry"][1:]:
        entry["resource"]["subject"] = {"reference": f"Patient/{patient['id']}"}

    def search(kind):
        return {
            "resourceType": "Bundle",
            "type": "searchset",
            "entry": [e for e in bundle["entry"] if e["resource"]["resourceType"] == kind],
        }

    prefetch = {"patient": patient, "procedures": None, "allergies": None}
    for key, kind in (
        ("conditions", "Condition"),
        ("observations", "Observation"),
        ("medicationRequests", "MedicationRequest"),
        ("medicationStatements", "MedicationStatement"),
    ):
        prefetch[key] = search(kind)
    return {
        "hook": "patient-view",
        "hookInstance": str(uuid.uuid4()),
        "context": {"userId": "Practitioner/bench", "patientId": patient["id"]},
        "prefetch": prefetch,
    }


#: Calls from the concurrent clients before the measured runs (not measured).
WARM_UP_CALLS = 200


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def cli_latency(runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pvdkg", "recommend", str(EXAMPLE), "--format", "json"],
            stdout=subprocess.DEVNULL,
            check=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def start_server(workers: int = 1, options: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pvdkg", "serve", "--port", str(port), *options]
        # several workers share feedback through a file (pvdkg.serve.app.check_settings)
        + (
            ["--workers", str(workers), "--feedback-db", str(Path(tempfile.mkdtemp()) / "fb.db")] if workers > 1 else []
        ),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("pvdkg serve did not start")


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of the server process and every process below it (workers,
    their derivation processes, a derivation process started again) so far, from /proc
    (Linux; None elsewhere): per request it does not depend on what else shares the cores."""
    try:
        stats = {}
        for path in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = path.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended meanwhile
            stats[int(path.parent.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))  # ppid, utime+stime
        below, ticks = [pid], 0
        while below:
            p = below.pop()
            ticks += stats[p][1]
            below += [c for c, (parent, _) in stats.items() if parent == p]
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, KeyError):
        return None


def machine_ticks() -> list[int] | None:
    """The machine's CPU time by kind since boot (the `cpu` line of /proc/stat: user, nice,
    system, idle, iowait, irq, softirq, steal; Linux, None elsewhere)."""
    try:
        return [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    except (OSError, ValueError, IndexError):
        return None


def steal_percent(before: list[int] | None, after: list[int] | None) -> float | None:
    """The share of the run's CPU time the hypervisor gave to other machines (steal): on a
    virtual machine the same code needs more of its own CPU time a call when it is high."""
    if before is None or after is None:
        return None
    spent = [a - b for a, b in zip(after, before)]
    return round(100 * spent[7] / max(1, sum(spent)), 1)


def load(url: str, bodies: list[dict], requests: int, clients: int) -> dict:
    """`requests` calls from `clients` threads, client i sending bodies[i % len(bodies)].

    The clients share the server's cores, so they are kept light: the standard library's
    http.client on one kept-alive connection each, every body encoded once before the run
    (httpx and a JSON encoding per call cost the clients about 3 ms of CPU per call, which
    the server's calls then wait for). Their CPU per call is reported beside the server's."""
    latencies: list[float] = []
    failures = []
    lock = threading.Lock()
    remaining = [requests]
    parts = urlsplit(url)
    path = "/cds-services/pvdkg-patient-view"
    headers = {"Content-Type": "application/json"}

    def client(body: bytes):
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        try:
            while True:
                with lock:
                    if remaining[0] == 0:
                        return
                    remaining[0] -= 1
                start = time.perf_counter()
                conn.request("POST", path, body, headers)
                response = conn.getresponse()
                response.read()
                took = time.perf_counter() - start
                with lock:
                    latencies.append(took)
                    if response.status != 200:
                        failures.append(response.status)
        finally:
            conn.close()

    encoded = [json.dumps(b).encode() for b in bodies]
    threads = [threading.Thread(target=client, args=(encoded[i % len(encoded)],)) for i in range(clients)]
    cpu = time.process_time()
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu
    ms = [x * 1000 for x in latencies]
    return {
        "requests": len(ms),
        "clients": clients,
        "failures": len(failures),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "requests_per_s": round(len(ms) / wall, 1),
        "client_cpu_ms_per_request": round(cpu * 1000 / max(1, len(ms)), 1),
    }


def ratios(report: dict) -> dict:
    """The median run against baselines measured in the same run, which move with the
    machine's speed as it does: one call alone, the fresh-process CLI, and the bound the CPU
    a call sets. The clients wait for each answer, so the mean latency is clients over the
    throughput, and the throughput is at most the cores over the CPU a call: below
    `mean_latency_floor_ms` no scheduling can go (the p95 is above the mean)."""
    run, cpus = report["patient_view_under_load"], report["machine"]["cpus"] or 1
    cpu = run.get("server_cpu_ms_per_request")
    return {
        "p95_to_one_call_alone": round(run["p95_ms"] / report["patient_view_alone_ms"], 2),
        "cli_cold_to_p95": round(report["cli_recommend_cold_s"] * 1000 / run["p95_ms"], 1),
        "cores_busy": round(run["requests_per_s"] * cpu / 1000, 2) if cpu else None,
        "mean_latency_floor_ms": round(run["clients"] * cpu / cpus, 1) if cpu else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--cli-runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1, help="pvdkg serve --workers (processes)")
    ap.add_argument("--derive-processes", type=int, help="pvdkg serve --derive-processes N (default: its default)")
    ap.add_argument("--batch", type=int, help="pvdkg serve --batch N (default: its default)")
    ap.add_argument(
        "--same-patient",
        action="store_true",
        help="every client asks for the same patient (by default each client has its own, as clinicians "
        "at 8 desks would: requests for one patient are never derived in one batch)",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="measure the load N times on the same server and report the median run by p95 "
        "(one run's p95 varies by about +-10 ms on this machine)",
    )
    ap.add_argument("--out", default=str(ROOT / "bench" / "report-serve.json"))
    args = ap.parse_args()
    body = prefetch_request()
    bodies = [body] if args.same_patient else [prefetch_request(f"-client{i}") for i in range(args.clients)]
    load_before = os.getloadavg()
    options = (("--derive-processes", str(args.derive_processes)) if args.derive_processes is not None else ()) + (
        ("--batch", str(args.batch)) if args.batch is not None else ()
    )
    proc, url = start_server(args.workers, options)
    try:
        with httpx.Client(base_url=url, timeout=60) as c:
            start = time.perf_counter()  # the first call after start: what a warm-up left cold
            first = c.post("/cds-services/pvdkg-patient-view", json=body)
            first_ms = (time.perf_counter() - start) * 1000
            for _ in range(5 * args.workers):  # warm-up (every worker), not measured
                c.post("/cds-services/pvdkg-patient-view", json=body).raise_for_status()
            single = []
            for _ in range(20):
                start = time.perf_counter()
                c.post("/cds-services/pvdkg-patient-view", json=body).raise_for_status()
                single.append((time.perf_counter() - start) * 1000)
        # warm-up under the load measured, not measured: the first concurrent calls after start
        # pay for what sequential calls never reach (the request threads started, the heap grown)
        load(url, bodies, WARM_UP_CALLS, args.clients)
        runs = []
        for _ in range(max(1, args.repeat)):
            cpu_before, ticks_before = cpu_seconds(proc.pid), machine_ticks()
            run = load(url, bodies, args.requests, args.clients)
            cpu_after, ticks_after = cpu_seconds(proc.pid), machine_ticks()
            if cpu_before is not None and cpu_after is not None:
                run["server_cpu_ms_per_request"] = round((cpu_after - cpu_before) * 1000 / args.requests, 1)
            run["machine_steal_percent"] = steal_percent(ticks_before, ticks_after)
            runs.append(run)
        under_load = sorted(runs, key=lambda r: r["p95_ms"])[len(runs) // 2]  # the median run
        report = {
            "machine": {"cpus": os.cpu_count(), "load_average_1min": [round(load_before[0], 1), None]},
            "workers": args.workers,
            "patients": len(bodies),
            "serve_options": list(options),
            "first_call_after_start": {"status": first.status_code, "ms": round(first_ms, 1)},
            "patient_view_alone_ms": round(statistics.median(single), 1),
            "patient_view_under_load": under_load,
            "runs_under_load": [{k: r.get(k) for k in RUN_FIELDS} for r in runs],
        }
        report["machine"]["load_average_1min"][1] = round(os.getloadavg()[0], 1)
    finally:
        proc.terminate()
        proc.wait(30)
    report["cli_recommend_cold_s"] = round(cli_latency(args.cli_runs), 3)
    report["target_p95_ms"] = 100
    report["ratios"] = ratios(report)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
