"""ValidationResult: one problem of a patient, and the order results are shown in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib.namespace import SH


@dataclass(frozen=True)
class ValidationResult:
    """One problem of a patient, located by its case path (`lesions[0].length`)."""

    path: str
    message: str  # contract wording, value included: "'x' is not one of a, b"
    severity: str = "violation"  # 'violation' | 'warning'
    focus: str | None = None  # IRI of the focus node (None for JSON-level problems)
    value: str | None = None  # the offending value as shown in messages

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


#: A SHACL result severity as ValidationResult.severity.
SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "warning"}


def ordered(results: list[ValidationResult]) -> list[ValidationResult]:
    """Drop repeated (path, message) pairs; sort by path (list indexes numerically)."""
    seen, out = set(), []
    for r in results:
        if (r.path, r.message) not in seen:
            seen.add((r.path, r.message))
            out.append(r)
    return sorted(out, key=lambda r: (_path_key(r.path), r.message))


def _path_key(path: str) -> list:
    """List indexes compare as numbers; only ASCII digits are an index (a key may
    hold any digit, '²' or '٣', which int() refuses or reads as another number)."""
    return [(0, int(t), "") if t.isascii() and t.isdigit() else (1, 0, t) for t in re.split(r"([0-9]+)", path)]
