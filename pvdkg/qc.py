"""Quality control of the knowledge base itself: SHACL shapes and SPARQL violation queries.

API:
    check_knowledge(root=None) -> [ValidationResult]
        everything wrong with the ontology and knowledge base at root (default:
        pvdkg.knowledge.knowledge_root()): the SHACL results of shapes/kb.ttl
        (sorted by path), then the rows of every queries/qc/*-violation.rq
        (sorted by path). An empty list means the knowledge base is clean.
        Raises pvdkg.knowledge.KnowledgeError when an ontology file cannot be parsed.
    check_store(store, root=None) -> [ValidationResult]
        the same over any pyoxigraph store (the knowledge base plus an edit).
    run_qc(store, root=None) -> [QCResult]
        every queries/qc/*-violation.rq (ODK style: SELECT ?entity ?property
        ?value, no rows when clean) over a pyoxigraph store.
    run_check(store, check, root=None) -> [QCResult]
        one of them, by name ('missing-label').
    validate_kb(graph, root=None) -> [ValidationResult]
        shapes/kb.ttl over an rdflib graph of the merged ontology and knowledge
        base, with pyshacl (no inference; advanced features on for the SPARQL
        target of the intervention classes).
    qc_checks(root=None) -> [str]
        the names of the QC checks (file name less '-violation.rq').
    QCResult(entity, property, value, check)
        one violation row; .as_validation_result() gives the common type.

Results use pvdkg.validate.ValidationResult: path is '<entity> <property>' in
prefixed form (an action or arm result, which are blank nodes, is located
through the statement holding it: 'kb:R05 pvdkg:hasAction/pvdkg:status'),
message says what is wrong and which shape or query found it, severity is
'violation' unless the shape says otherwise, focus the entity's IRI, value the
offending value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .knowledge import knowledge_root, query_files, read_query, real_root, shapes_file
from .knowledge.namespace import ONTOLOGY
from .stores.embedded import EmbeddedStore
from .validate import SEVERITIES, PreparedQueryGraph, ValidationResult

QC_FOLDER, QC_SUFFIX = "qc", "-violation.rq"
KB_SHAPES = "kb.ttl"

#: Prefixes used to show IRIs in paths and messages.
PREFIXES = {
    "pvdkg": str(ONTOLOGY),
    "kb": "https://w3id.org/pvdkg/kb/",
    "pvk": "https://w3id.org/pvdkg/shapes/kb#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True)
class QCResult:
    """One row of a QC violation query."""

    entity: str
    property: str
    value: str | None
    check: str  # the query's name: 'missing-label' for qc/missing-label-violation.rq

    def as_validation_result(self) -> ValidationResult:
        where = f"queries/{QC_FOLDER}/{self.check}{QC_SUFFIX}"
        shown = None if self.value is None else show(self.value)
        message = f"{self.check}" + (f": {shown}" if shown is not None else "") + f" ({where})"
        return ValidationResult(
            path=f"{shorten(self.entity)} {shorten(self.property)}",
            message=message,
            severity="violation",
            focus=self.entity,
            value=shown,
        )

    def __str__(self) -> str:
        return str(self.as_validation_result())


def shorten(iri: str) -> str:
    """An IRI in prefixed form (pvdkg:Rule, kb:R01) when a known prefix fits."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def show(value: str) -> str:
    """A value in a message: an IRI in prefixed form, anything else quoted."""
    if "://" in value and " " not in value:
        return shorten(value)
    return f"'{value}'"


# --- SPARQL checks -----------------------------------------------------------


def qc_checks(root: Path | None = None) -> list[str]:
    """The names of the QC checks, in the order they run."""
    return [rel.split("/", 1)[1][: -len(QC_SUFFIX)] for rel in query_files(QC_FOLDER, QC_SUFFIX, root)]


def qc_query(check: str, root: Path | None = None) -> str:
    """The text of one QC check."""
    return read_query(f"{QC_FOLDER}/{check}{QC_SUFFIX}", root)


def run_check(store: ox.Store, check: str, root: Path | None = None) -> list[QCResult]:
    """The rows of one QC check."""
    res = store.query(qc_query(check, root))
    out = []
    for sol in res:
        entity, prop, value = (sol[n] for n in ("entity", "property", "value"))
        out.append(QCResult(entity=_term(entity) or "", property=_term(prop) or "", value=_term(value), check=check))
    return out


def run_qc(store: ox.Store, root: Path | None = None) -> list[QCResult]:
    """Every queries/qc/*-violation.rq over the store, sorted by check, entity, property, value."""
    out: list[QCResult] = []
    for check in qc_checks(root):
        out.extend(run_check(store, check, root))
    return sorted(set(out), key=lambda r: (r.check, r.entity, r.property, r.value or ""))


def _term(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


# --- SHACL shapes ------------------------------------------------------------


@lru_cache(maxsize=4)
def _shapes(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def kb_shapes(root: Path | None = None) -> Graph:
    """shapes/kb.ttl, parsed once per file. Shared: do not modify it."""
    return _shapes(shapes_file(KB_SHAPES, root or knowledge_root()).resolve())


def validate_kb(graph: Graph, root: Path | None = None) -> list[ValidationResult]:
    """The SHACL results of shapes/kb.ttl over a graph of the merged ontology and knowledge base."""
    from pyshacl import validate as shacl_validate  # here: `pvdkg check` needs it, a gated command not

    data = PreparedQueryGraph()  # pyshacl sends one SPARQL text per focus node: parse it once
    data += graph
    _, report, _ = shacl_validate(
        data, shacl_graph=kb_shapes(root), inference="none", advanced=True, allow_warnings=True, inplace=True
    )
    results = [r for r in report.objects(None, SH.result) if (None, SH.detail, r) not in report]
    return _ordered([_shacl_result(graph, report, r) for r in results])


def _shacl_result(graph: Graph, report: Graph, r: Node) -> ValidationResult:
    focus = report.value(r, SH.focusNode)
    rpath = report.value(r, SH.resultPath)
    value = report.value(r, SH.value)
    constraint = report.value(r, SH.sourceConstraint)
    shape = constraint if isinstance(constraint, URIRef) else report.value(r, SH.sourceShape)
    message = str(report.value(r, SH.resultMessage) or "is not valid")
    if isinstance(shape, URIRef):
        message += f" ({shorten(str(shape))})"
    owner, via = locate(graph, focus)
    steps = via + ([shorten(str(rpath))] if isinstance(rpath, URIRef) else [])
    path = owner + (" " + "/".join(steps) if steps else "")
    return ValidationResult(
        path=path,
        message=message,
        severity=SEVERITIES.get(report.value(r, SH.resultSeverity), "violation"),
        focus=None if focus is None else str(focus),
        value=None if value is None else _show_node(value),
    )


def locate(graph: Graph, node: Node | None, depth: int = 3) -> tuple[str, list[str]]:
    """A node as (named holder, property steps): a blank node (an action, an arm
    result) is located through the IRI node that holds it."""
    if node is None:
        return "?", []
    if isinstance(node, BNode) and depth > 0:
        for subject, prop in graph.subject_predicates(node):
            owner, via = locate(graph, subject, depth - 1)
            return owner, via + [shorten(str(prop))]
    if isinstance(node, BNode):
        return f"_:{node}", []
    return shorten(str(node)), []


def _show_node(term: Node) -> str:
    if isinstance(term, Literal):
        return f"'{term}'"
    if isinstance(term, BNode):
        return f"_:{term}"
    return shorten(str(term))


def _ordered(results: list[ValidationResult]) -> list[ValidationResult]:
    seen, out = set(), []
    for r in results:
        key = (r.path, r.message, r.value)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return sorted(out, key=lambda r: (r.path, r.message, r.value or ""))


# --- Both --------------------------------------------------------------------


def knowledge_graph(store: ox.Store) -> Graph:
    """An rdflib copy of a store's default graph (for pyshacl)."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=data, format="nt")


def check_store(store: ox.Store, root: Path | None = None) -> list[ValidationResult]:
    """SHACL results, then QC query rows, over one store."""
    shacl = validate_kb(knowledge_graph(store), root)
    qc = _ordered([r.as_validation_result() for r in run_qc(store, root)])
    return shacl + qc


def check_knowledge(root: Path | None = None) -> list[ValidationResult]:
    """Everything wrong with the knowledge base at root: SHACL results of
    shapes/kb.ttl, then the rows of every QC query. Empty when clean."""
    root = real_root(root)
    return check_store(EmbeddedStore.with_knowledge(root).db, root)
