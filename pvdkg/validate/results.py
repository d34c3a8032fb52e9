"""The order validation results are shown in, and SHACL severities as ValidationResult's words
(ValidationResult itself is in pvdkg.results: readers report with it too)."""

from __future__ import annotations

import re

from rdflib.namespace import SH

from ..results import ValidationResult

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
