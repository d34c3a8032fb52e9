"""Validating a patient with pyshacl, with messages in the case's own terms.

Messages are made generically: the sh:message of the result's shape (or of
its SPARQL constraint component), else one template per core SHACL constraint
component (MESSAGES), filled by `fill_template`. There is no per-field Python.

pyshacl runs without inference on a copy of the patient graph plus the
ontology's named-class hierarchy (rdfs:subClassOf between IRIs), which is all
the shapes read from the ontology. The copy is a PreparedQueryGraph: pyshacl
sends the SPARQL text of the consistency components for every focus and value
node, and rdflib would parse it every time (about 20 ms each, 650 ms for a
case that triggers all five rules). pyshacl's pyoxigraph backend avoids that
too but crashes on a path from a literal (an intervention given as a string).
Values of a JSON/YAML case are shown as the case wrote them (PathMap.shown).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from pvdkg.readers import CaseSchema, PathMap, case_schema, local_name, read_case

from .results import SEVERITIES, ValidationResult, ordered

#: Message templates of the SHACL core constraint components (by local name).
MESSAGES = {
    "MinCountConstraintComponent": "is required",
    "MaxCountConstraintComponent": "has too many values (at most {$maxCount})",
    "ClosedConstraintComponent": "is not a known field",
    "InConstraintComponent": "{$value} is not one of {$in}",
    "MinInclusiveConstraintComponent": "{$value} is below {$minInclusive}",
    "MaxInclusiveConstraintComponent": "{$value} is above {$maxInclusive}",
    "MinExclusiveConstraintComponent": "{$value} is not above {$minExclusive}",
    "MaxExclusiveConstraintComponent": "{$value} is not below {$maxExclusive}",
    "DatatypeConstraintComponent": "{$value} is not of datatype {$datatype}",
    "ClassConstraintComponent": "{$value} is not a {$class}",
    "NodeKindConstraintComponent": "{$value} is not a {$nodeKind}",
    "PatternConstraintComponent": "{$value} does not match {$pattern}",
    "HasValueConstraintComponent": "does not include {$hasValue}",
    "NodeConstraintComponent": "{$value} does not conform to {$node}",
}
NUMERIC_DATATYPES = {XSD.decimal, XSD.integer, XSD.double, XSD.float, XSD.int, XSD.long, XSD.nonNegativeInteger}
_PLACEHOLDER = re.compile(r"\{\$(\w+)\}")


def load_and_validate(path: str | Path, ontology_graph: Graph | None = None) -> tuple[Graph, list[ValidationResult]]:
    """Read a case or RDF patient and validate it: (patient graph, results).

    Raises pvdkg.readers.CaseLoadError for a file that cannot be read or parsed."""
    graph, pathmap = read_case(path, ontology_graph)
    return graph, validate_case(graph, pathmap, ontology_graph)


def validate_case(graph: Graph, pathmap: PathMap, ontology_graph: Graph | None = None) -> list[ValidationResult]:
    """SHACL results for a patient graph, with pathmap.issues; deduplicated, sorted by path.

    SHACL results on a path that already has a reading issue are left out (the
    field was not mapped, so SHACL would only add "is required")."""
    schema = case_schema(ontology_graph)
    report = shacl_report(graph, schema)
    shacl = [to_result(report, r, schema, pathmap) for r in top_level_results(report)]
    # A field with a JSON-level problem was not mapped: SHACL would call it missing.
    reported = {i.path for i in pathmap.issues}
    return ordered(list(pathmap.issues) + [r for r in shacl if r.path not in reported])


class PreparedQueryGraph(Graph):
    """An rdflib graph that parses each SPARQL text once.

    pyshacl sends the same SPARQL text (the shape's $PATH and prefixes filled
    in, the focus node as a binding) for every focus and value node; rdflib
    would parse it each time."""

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            query_object = _prepare(query_object)
        return super().query(query_object, *args, **kwargs)


#: rdflib's SPARQL parser (pyparsing) is not thread-safe: `pvdkg serve` validates in
#: threads, and two invalid patients at once failed with a ParseException (HTTP 500).
_PARSING = threading.Lock()


@lru_cache(maxsize=256)
def _prepare(text: str):
    # imported here, as pyshacl in shacl_report: they load in 0.5 s, which a case the
    # compiled shapes find valid (pvdkg.validate.compiler) never needs
    from rdflib.plugins.sparql import prepareQuery

    with _PARSING:
        return prepareQuery(text)


def shacl_report(graph: Graph, schema: CaseSchema, graph_class: type = None) -> Graph:
    """Run pyshacl on a copy of the patient graph plus the class hierarchy; the report graph.

    Nested results (sh:detail of sh:node) are in the report too; validate_case
    reads only the top-level ones."""
    from pyshacl import validate as shacl_validate  # here, as prepareQuery in _prepare

    data = (graph_class or PreparedQueryGraph)()
    data += graph
    data += schema.hierarchy
    _, report, _ = shacl_validate(data, shacl_graph=schema.shapes, inference="none", inplace=True, allow_warnings=True)
    return report


#: Components that compare values: meaningless for a value of the wrong datatype.
COMPARING = {
    SH.MinInclusiveConstraintComponent,
    SH.MaxInclusiveConstraintComponent,
    SH.MinExclusiveConstraintComponent,
    SH.MaxExclusiveConstraintComponent,
}


def top_level_results(report: Graph) -> list[Node]:
    """The report's results, without nested ones (sh:detail) and without range
    results for a value that already has a datatype result ('0.9' is not above 3)."""
    results = [r for r in report.objects(None, SH.result) if (None, SH.detail, r) not in report]

    def key(r):
        return tuple(report.value(r, p) for p in (SH.focusNode, SH.resultPath, SH.value))

    wrong_type = {
        key(r) for r in results if report.value(r, SH.sourceConstraintComponent) == SH.DatatypeConstraintComponent
    }
    return [
        r for r in results if not (report.value(r, SH.sourceConstraintComponent) in COMPARING and key(r) in wrong_type)
    ]


def to_result(report: Graph, r: Node, schema: CaseSchema, pathmap: PathMap) -> ValidationResult:
    """One pyshacl result as a ValidationResult, located and worded for the case."""
    focus = report.value(r, SH.focusNode)
    rpath = report.value(r, SH.resultPath)
    value = report.value(r, SH.value)
    shape = report.value(r, SH.sourceShape)
    template = message_template(schema.shapes, shape, report.value(r, SH.sourceConstraintComponent))
    if template is None:
        template = str(report.value(r, SH.resultMessage) or "is not valid")
    path = pathmap.path(focus, rpath if isinstance(rpath, URIRef) else None, value)
    shown = None if value is None else pathmap.shown.get(path) or show_value(value, schema)
    return ValidationResult(
        path=path,
        message=fill_template(template, schema, shape, shown),
        severity=SEVERITIES.get(report.value(r, SH.resultSeverity), "violation"),
        focus=None if focus is None else str(focus),
        value=shown,
    )


def message_template(shapes: Graph, shape: Node | None, component: Node | None) -> str | None:
    """sh:message of the shape, else of the custom component (its validators first),
    else the core component's template."""
    for node in (shape, *_validators(shapes, component), component):
        msg = _message(shapes, node)
        if msg is not None:
            return msg
    if isinstance(component, URIRef) and component.startswith(str(SH)):
        return MESSAGES.get(component[len(str(SH)) :])
    return None


def _validators(shapes: Graph, component: Node | None) -> list[Node]:
    if component is None:
        return []
    return [v for p in (SH.validator, SH.nodeValidator, SH.propertyValidator) for v in shapes.objects(component, p)]


def _message(shapes: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    msgs = sorted(shapes.objects(node, SH.message), key=lambda m: (getattr(m, "language", None) or "", str(m)))
    return str(msgs[0]) if msgs else None


def fill_template(template: str, schema: CaseSchema, shape: Node | None, shown: str | None) -> str:
    """Replace {$value} by the shown value and {$name} by the shape's parameter
    sh:name or pvs:name, shown as the case names it."""

    def one(m: re.Match) -> str:
        name = m.group(1)
        if name == "value":
            return shown if shown is not None else ""
        return show_parameter(schema, _parameter(schema.shapes, shape, name))

    return _PLACEHOLDER.sub(one, template).strip()


def _parameter(shapes: Graph, shape: Node | None, name: str) -> Node | None:
    if shape is None:
        return None
    for ns in (str(SH), *(str(n) for _, n in shapes.namespaces())):
        v = shapes.value(shape, URIRef(ns + name))
        if v is not None:
            return v
    return None


def show_parameter(schema: CaseSchema, term: Node | None) -> str:
    """A shape parameter in a message: a property as its case field, an individual
    as its notation, a list as its members, an XSD datatype as xsd:name."""
    if term is None:
        return "?"
    if isinstance(term, BNode) and (term, None, None) in schema.shapes:
        if schema.shapes.value(term, URIRef(str(SH) + "path")) is None:
            items = list(Collection(schema.shapes, term))
            if items:
                return ", ".join(show_parameter(schema, t) for t in items)
    if isinstance(term, Literal):
        return str(term)
    if term in schema.field_names:
        return schema.field_names[term]
    if term in schema.notations:
        return schema.notations[term]
    if isinstance(term, URIRef) and term.startswith(str(XSD)):
        return "xsd:" + term[len(str(XSD)) :]
    return local_name(term)


def show_value(term: Node, schema: CaseSchema) -> str:
    """A value in a message as the case would show it: true, 7.5, 'text', 'notation'."""
    if isinstance(term, Literal):
        if term.datatype == XSD.boolean and isinstance(term.value, bool):
            return "true" if term.value else "false"
        if term.datatype in NUMERIC_DATATYPES and term.value is not None and not getattr(term, "ill_typed", False):
            return str(term)
        return f"'{term}'"
    if term in schema.notations:
        return f"'{schema.notations[term]}'"
    if isinstance(term, BNode):
        return "[]"  # a blank node (its label is random)
    return f"'{local_name(term)}'"
