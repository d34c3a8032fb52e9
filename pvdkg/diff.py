"""`pvdkg diff`: what a change of the knowledge does to real patients.

Each knowledge version runs `pvdkg recommend --cohort PATH --format json` in a child
process with PVDKG_KNOWLEDGE set to its folder: the knowledge root is read from the
environment and every parse, compiled shape and query text is cached per process, so
a child per side is the one way both versions run exactly the code users run, with
nothing of one leaking into the other. The two NDJSON outputs are then compared per
patient: entries added, removed or changed, conflicts, cautions, audit findings and
undecided rules, each change with the statements responsible for it.

The default cohort is regression/cohort.ndjson of the new knowledge folder when it
has one (a guideline repository keeps its own patients), else the one pvdkg ships
(the examples and the named test patients, built by tests/regression_cohort.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from .knowledge import checked_root, shipped_root
from .limits import usable_cores
from .results import Change, KnowledgeDiff

REGRESSION_COHORT = Path("regression") / "cohort.ndjson"
#: The parts of a result compared, each keyed by what identifies one of its items.
_KEYS = {
    "conflict": lambda c: c["intervention"],
    "caution": lambda c: c["text"],
    "audit": lambda a: f"{a['intervention']} {a['finding']}",
    "undecided": lambda u: f"{u['recommendation']} {u['intervention']}",
}
_PARTS = {"conflict": "conflicts", "caution": "cautions", "audit": "audit", "undecided": "undecided"}


class DiffError(Exception):
    """A side of the diff could not be run (its knowledge does not load, the cohort cannot be read)."""


def default_cohort(knowledge: Path) -> Path:
    """The new knowledge's regression cohort if it has one, else the shipped one."""
    own = knowledge / REGRESSION_COHORT
    return own if own.is_file() else shipped_root() / REGRESSION_COHORT


def diff_knowledge(
    knowledge: str | Path,
    against: str | Path | None = None,
    cohort: str | Path | None = None,
    engine: str = "rules",
    workers: int | None = None,
    as_of: date | None = None,
) -> KnowledgeDiff:
    """Derive the cohort with both knowledge folders (in parallel child processes) and compare."""
    new = checked_root(knowledge, f"--knowledge {knowledge}")
    old = checked_root(against, f"--against {against}") if against is not None else shipped_root()
    cohort = Path(cohort) if cohort is not None else default_cohort(new)
    if not cohort.exists():
        raise DiffError(f"{cohort}: no such file or folder (a cohort: a folder of case files or an NDJSON file)")
    workers = workers or max(1, usable_cores() // 2)
    as_of = as_of or date.today()  # both sides read FHIR records as of the same day
    with tempfile.TemporaryDirectory(prefix="pvdkg-diff-") as tmp:
        sides: dict[str, tuple] = {}
        try:
            for name, root in (("against", old), ("knowledge", new)):
                sides[name] = (root, _start(root, cohort, engine, workers, as_of, Path(tmp) / name))
            outputs = {name: _finish(name, root, *run) for name, (root, run) in sides.items()}
        finally:
            for _, (proc, stdout, stderr) in sides.values():
                if proc.poll() is None:
                    proc.kill()
                proc.wait()
                stdout.close()
                stderr.close()
    (old_results, old_skipped), (new_results, new_skipped) = outputs["against"], outputs["knowledge"]
    if not old_results and not new_results and (old_skipped or new_skipped):  # nothing compared is no "no change"
        first = min(old_skipped | new_skipped).removeprefix("skipped: ")
        raise DiffError(f"{cohort}: no case of the cohort could be derived (a folder or an NDJSON file); {first}")
    out = KnowledgeDiff(str(new), str(old), str(cohort), len(old_results.keys() & new_results.keys()))
    out.skipped_both = len(old_skipped & new_skipped)
    for patient in sorted(old_results.keys() | new_results.keys()):
        changes = compare(old_results.get(patient), new_results.get(patient))
        if changes:
            out.patients[patient] = changes
    only_old, only_new = sorted(old_skipped - new_skipped), sorted(new_skipped - old_skipped)
    out.skipped = {"knowledge": only_new, "against": only_old} if only_old or only_new else {}
    return out


def _start(root: Path, cohort: Path, engine: str, workers: int, as_of: date, stem: Path):
    """`pvdkg recommend --cohort` with PVDKG_KNOWLEDGE=root, its output to files (no pipe to fill)."""
    package_parent = str(Path(__file__).resolve().parent.parent)  # this pvdkg, wherever it was imported from
    env = dict(os.environ, PVDKG_KNOWLEDGE=str(root.resolve()))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
    command = [sys.executable, "-m", "pvdkg", "recommend", "--cohort", str(cohort), "--format", "json"]
    command += ["--engine", engine, "--workers", str(workers), "--as-of", as_of.isoformat()]
    stdout, stderr = open(f"{stem}.out", "wb+"), open(f"{stem}.err", "wb+")  # closed by diff_knowledge
    return subprocess.Popen(command, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL, env=env), stdout, stderr


def _finish(name: str, root: Path, proc, stdout, stderr) -> tuple[dict[str, dict], set[str]]:
    """The results by patient and the skipped cases of one side (DiffError when it failed)."""
    code = proc.wait()
    stderr.seek(0)
    lines = stderr.read().decode("utf-8", "replace").splitlines()
    if code not in (0, 1):  # 1: some cases were skipped, the others derived
        last = next((line for line in reversed(lines) if line.strip()), f"exit code {code}")
        raise DiffError(f"--{name} {root}: {last.removeprefix('pvdkg: error: ')}")
    stdout.seek(0)
    results = {}
    for line in stdout:
        result = json.loads(line)
        results[result["patient"]] = result
    return results, {line for line in lines if line.startswith("skipped: ")}


def compare(old: dict | None, new: dict | None) -> list[Change]:
    """The changes of one patient's result from `old` to `new` (None: not derived on that side)."""
    if old is None or new is None:
        return [Change("patient", "added" if old is None else "removed", "result", ("(not derived)",), old, new)]
    contributors = {id(side): _contributors(side) for side in (old, new)}
    changes: list[Change] = []

    def responsible(iv: str | None, own: set[str]) -> tuple[str, ...]:
        """The statements that joined or left the intervention's contributions, else the item's own."""
        if iv is not None:
            moved = contributors[id(old)].get(iv, set()) ^ contributors[id(new)].get(iv, set())
            if moved:
                return tuple(sorted(moved))
        return tuple(sorted(own)) or ("patient",)

    before = {e["intervention"]: e for e in old.get("interventions", [])}
    after = {e["intervention"]: e for e in new.get("interventions", [])}
    for iv in sorted(before.keys() | after.keys()):
        a, b = before.get(iv), after.get(iv)
        if a == b:
            continue
        kind = (
            "added" if a is None else "removed" if b is None else "status" if a["status"] != b["status"] else "changed"
        )
        changes.append(Change("entry", kind, iv, responsible(iv, _statements(a) | _statements(b)), a, b))
    for part, key in _KEYS.items():
        before = {key(x): x for x in old.get(_PARTS[part], [])}
        after = {key(x): x for x in new.get(_PARTS[part], [])}
        for k in sorted(before.keys() | after.keys()):
            a, b = before.get(k), after.get(k)
            if a == b:
                continue
            kind = "added" if a is None else "removed" if b is None else "changed"
            iv = (a or b).get("intervention") if part != "undecided" else None  # a rule left open is its own
            changes.append(Change(part, kind, k, responsible(iv, _statements(a) | _statements(b)), a, b))
    return changes


def _statements(item: dict | None) -> set[str]:
    if item is None:
        return set()
    return set(item.get("recommendations") or ([item["recommendation"]] if "recommendation" in item else []))


def _contributors(result: dict) -> dict[str, set[str]]:
    """intervention -> the statements contributing to it (its entry's and its conflict's)."""
    out: dict[str, set[str]] = {}
    for part in ("interventions", "conflicts"):
        for item in result.get(part, []):
            out.setdefault(item["intervention"], set()).update(item["recommendations"])
    return out
