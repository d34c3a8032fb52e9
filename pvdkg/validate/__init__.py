"""Validation of patients against the case shapes: one package.

pyshacl is the reference and words the messages (messages.py); the same
shapes compiled to SPARQL (compiler.py, constraints/) decide validity of
batches in one store (batch.py), and pyshacl runs only where they flag a
patient or cannot decide (needs_explaining is that one rule).

API:
    load_and_validate(path, ontology_graph=None) -> (graph, [ValidationResult])
        read_case + validate_case: everything wrong with one file, sorted.
    validate_case(graph, pathmap, ontology_graph=None) -> [ValidationResult]
        SHACL results of a patient graph plus pathmap.issues (what reading found).
    load_ontology_graph(root=None) -> rdflib.Graph
        the ontology files parsed once (until a store module provides them).
    shacl_report(graph, schema) -> rdflib.Graph
        the raw pyshacl report (tests use it to see which shapes fired).
    compile_shapes(shapes, fallback=False) -> CompiledShapes   any rdflib shapes graph
    compiled_case_shapes(root=None)              the shipped case shapes, cached
    CompiledShapes.queries                       [(shape id, SPARQL text)]
    CompiledShapes.violations(store)             [Violation] (pyshacl's top-level results)
    CompiledShapes.uncompiled                    shape id -> why pyshacl decides for it
    check_batch(ntriples) -> set[str]            patient IRIs with a violation
    invalid_entries(ntriples) -> list[bool]      per entry, also with repeated patient IRIs
    needs_explaining(flagged, issues, triples)   whether pyshacl must explain a patient
    ill_typed_hidden(graph) -> bool              a graph whose N-Triples hide an ill-typed literal
    batch_store(ntriples) -> pyoxigraph.Store     the hierarchy and the patients, loaded
A patient is valid when no result has severity 'violation'.
"""

from .batch import batch_store, check_batch, ill_typed_hidden, invalid_entries, needs_explaining
from .compiler import NEEDS_PYSHACL, CompiledShapes, compile_shapes, compiled_case_shapes
from .messages import PreparedQueryGraph, load_and_validate, shacl_report, to_result, top_level_results, validate_case
from .ontology import load_ontology_graph
from .paths import sparql_path
from .results import SEVERITIES, ValidationResult, ordered
from .terms import VIOLATION, NotCompilable, Violation, ox_name, sparql_term, term_name

__all__ = [
    "NEEDS_PYSHACL",
    "SEVERITIES",
    "VIOLATION",
    "CompiledShapes",
    "NotCompilable",
    "PreparedQueryGraph",
    "ValidationResult",
    "Violation",
    "batch_store",
    "check_batch",
    "compile_shapes",
    "compiled_case_shapes",
    "ill_typed_hidden",
    "invalid_entries",
    "load_and_validate",
    "load_ontology_graph",
    "needs_explaining",
    "ordered",
    "ox_name",
    "shacl_report",
    "sparql_path",
    "sparql_term",
    "term_name",
    "to_result",
    "top_level_results",
    "validate_case",
]
