"""Test helpers: pyshacl's report and the compiled violations in one comparable form.

Only the tests compare the two (tests/test_shapecheck.py); the package never does.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from pvdkg.validate import Violation, ox_name, sparql_path, sparql_term, term_name, top_level_results

_COMPARING = {
    str(SH.MinInclusiveConstraintComponent),
    str(SH.MaxInclusiveConstraintComponent),
    str(SH.MinExclusiveConstraintComponent),
    str(SH.MaxExclusiveConstraintComponent),
}


def filter_comparing(violations: Iterable[Violation]) -> list[Violation]:
    """Drop range results for a value that has a datatype result on the same focus
    and path, as pvdkg.validate.top_level_results does."""
    violations = list(violations)
    wrong = {(v.focus, v.path, v.value) for v in violations if v.component == str(SH.DatatypeConstraintComponent)}
    return [v for v in violations if not (v.component in _COMPARING and (v.focus, v.path, v.value) in wrong)]


def canonical(term: Node | None, probe: ox.Store) -> str | None:
    """An rdflib term as Violation shows it (a literal as a store canonicalizes it)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    row = next(iter(probe.query(f"SELECT ?x WHERE {{ VALUES ?x {{ {sparql_term(term, 'value')} }} }}")))
    return ox_name(row["x"])


def report_violations(report: Graph, shapes: Graph | None = None) -> list[Violation]:
    """pyshacl's top-level results (pvdkg.validate.top_level_results) as Violations."""
    probe = ox.Store()
    out = []
    for r in top_level_results(report):
        path = report.value(r, SH.resultPath)
        if path is not None and not isinstance(path, URIRef):
            src = report if (path, None, None) in report else shapes
            path = sparql_path(src, path) if src is not None else f"_:{path}"
        out.append(
            Violation(
                canonical(report.value(r, SH.focusNode), probe),
                str(path) if path is not None else None,
                str(report.value(r, SH.sourceConstraintComponent)),
                term_name(report.value(r, SH.sourceShape)),
                canonical(report.value(r, SH.value), probe),
                str(report.value(r, SH.resultSeverity) or SH.Violation),
            )
        )
    return out
