"""Input limits: the one place where the sizes pvdkg accepts are set.

Every limit has a default and an environment variable that overrides it (a
positive integer); worker processes inherit the environment. README.md,
'Input limits', lists them.

    PVDKG_MAX_CASE_BYTES     a case file (JSON, YAML, FHIR Bundle, RDF)   20,000,000
    PVDKG_MAX_LINE_BYTES     one line of an NDJSON cohort                  5,000,000
    PVDKG_MAX_LIST_ITEMS     items of one list of a case (lesions,             1,000
                             procedures, conditions, ...)
    PVDKG_MAX_YAML_ALIAS_NODES  nodes that YAML aliases may add by             1,000
                             expansion (an alias bomb is refused)
    PVDKG_MAX_UNMAPPED       FHIR `unmapped` entries of one patient;             200
                             equal entries are grouped first

Numbers: a JSON integer of more than MAX_INT_DIGITS digits, or a JSON number
too large for a float, is read as a decimal (never a crash); any number whose
magnitude is NUMBER_CLAMP or more is mapped to RDF as +/- NUMBER_CLAMP (every
range of the contract is far inside it), so the message shows the number as
written and says it is above (or below) the range.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULTS = {
    "case_bytes": 20_000_000,
    "line_bytes": 5_000_000,
    "list_items": 1_000,
    "yaml_alias_nodes": 1_000,
    "unmapped": 200,
}
ENV = {name: f"PVDKG_MAX_{name.upper()}" for name in DEFAULTS}

MAX_INT_DIGITS = 30
NUMBER_CLAMP = 10**18


class LimitError(ValueError):
    """An environment variable of a limit is not a positive integer."""


@dataclass(frozen=True)
class Limits:
    case_bytes: int
    line_bytes: int
    list_items: int
    yaml_alias_nodes: int
    unmapped: int


def env_var(name: str) -> str:
    """The environment variable of a limit, for messages: 'PVDKG_MAX_CASE_BYTES'."""
    return ENV[name]


def limits() -> Limits:
    """The limits in force: the defaults, overridden by the environment."""
    values = {}
    for name, default in DEFAULTS.items():
        raw = os.environ.get(ENV[name])
        if raw is None or raw.strip() == "":
            values[name] = default
            continue
        try:
            value = int(raw.replace("_", ""))
        except ValueError:
            value = 0
        if value <= 0:
            raise LimitError(f"{ENV[name]}={raw!r} is not a positive integer")
        values[name] = value
    return Limits(**values)


def usable_cores(root: str = "/") -> int:
    """The cores this process may use, at least 1: the default number of workers and threads.

    Its CPU affinity where the system tells it (else the machine's cores), less where a
    cgroup CPU quota allows fewer (a container given `--cpus 2` on a 64-core host sees
    64 cores but runs 2 at a time: 64 workers would only wait for each other). `root`:
    where /proc and /sys are (tests)."""
    try:
        cores = max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    quota = cgroup_cpu_quota(Path(root))
    return max(1, min(cores, math.ceil(quota))) if quota else cores


def cgroup_cpu_quota(root: Path) -> float | None:
    """The CPUs' worth of time this process's cgroups allow (quota / period, the smallest
    on its cgroup's path), None without a quota or where there are no cgroups (not Linux).

    cgroup v2: cpu.max ("max 100000" or "200000 100000") of the cgroup /proc/self/cgroup
    names and of each parent; v1: cpu.cfs_quota_us / cpu.cfs_period_us (quota -1: none)
    of the cpu controller's cgroup and its parents."""
    try:
        lines = (root / "proc/self/cgroup").read_text().splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    found: list[float] = []
    for line in lines:
        hierarchy, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if hierarchy == "0" and not controllers:  # v2
            base, read = root / "sys/fs/cgroup", _v2_quota
        elif "cpu" in controllers.split(","):  # v1
            base, read = root / "sys/fs/cgroup" / controllers, _v1_quota
            if not base.is_dir():
                base = root / "sys/fs/cgroup/cpu"
        else:
            continue
        parts = [p for p in path.split("/") if p and p != ".."]
        for depth in range(len(parts), -1, -1):  # the cgroup, then each parent up to the root
            quota = read(base.joinpath(*parts[:depth]))
            if quota:
                found.append(quota)
    return min(found) if found else None


def _v2_quota(cgroup: Path) -> float | None:
    try:
        limit, period = (cgroup / "cpu.max").read_text().split()[:2]
        return int(limit) / int(period) if limit != "max" and int(period) > 0 else None
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _v1_quota(cgroup: Path) -> float | None:
    try:
        quota = int((cgroup / "cpu.cfs_quota_us").read_text())
        period = int((cgroup / "cpu.cfs_period_us").read_text())
        return quota / period if quota > 0 and period > 0 else None
    except (OSError, ValueError, UnicodeDecodeError):
        return None
