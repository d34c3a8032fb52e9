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

import os
from dataclasses import dataclass

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


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it; a
    cgroup CPU quota is not read), at least 1: the default number of workers and threads."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
