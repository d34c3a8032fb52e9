"""Reading a patient: every input format, chosen in one place (registry).

API:
    read_case(path, ontology_graph=None) -> (rdflib.Graph, PathMap)
        any supported file; CaseLoadError when it cannot be read or parsed.
    read_case_bytes(data, name, ...) -> the same for any of them held in memory (named `name`)
    map_data(data, schema) -> (rdflib.Graph, PathMap)   parsed JSON: a case or a FHIR Bundle
    map_case(data, schema) -> (rdflib.Graph, PathMap)   parsed case data
    case_schema(ontology_graph=None) -> CaseSchema      cached per graph
    read_raw(path) / read_entry(...)                    a cohort (folder or NDJSON), case by case
    PathMap.path(focus, predicate, value) -> case path  'lesions[0].length'

Modules, one way down: registry -> fhir -> mapper, rdf -> schema -> text.
Nothing here depends on validation or the pipeline; problems found while
reading are ValidationResult in PathMap.issues, which validation reports with SHACL's.
"""

from .mapper import (
    INVALID_ID,
    KIND_WORDS,
    PathMap,
    join_path,
    map_case,
    map_case_triples,
    patient_iri,
    show_json,
    triples_graph,
)
from .rdf import SHIPPED_CONTEXT, jsonld_local, patient_triples, read_rdf_patient
from .registry import (
    CASE_SUFFIXES,
    FORMATS,
    Entry,
    Format,
    Raw,
    file_format,
    map_data,
    map_parsed,
    read_case,
    read_case_bytes,
    read_entry,
    read_raw,
)
from .schema import PVDKG, PVS, CaseSchema, FieldSpec, NodeSpec, build_schema, case_schema, load_shapes, local_name
from .text import (
    CaseLoadError,
    PatientDeceased,
    decode_text,
    input_limits,
    load_data,
    one_line,
    open_regular,
    parse_json,
    read_input_bytes,
)

__all__ = [
    "INVALID_ID",
    "KIND_WORDS",
    "PathMap",
    "join_path",
    "map_case",
    "map_case_triples",
    "patient_iri",
    "show_json",
    "triples_graph",
    "SHIPPED_CONTEXT",
    "jsonld_local",
    "patient_triples",
    "read_rdf_patient",
    "CASE_SUFFIXES",
    "FORMATS",
    "Entry",
    "Format",
    "Raw",
    "file_format",
    "map_data",
    "map_parsed",
    "read_case",
    "read_case_bytes",
    "read_entry",
    "read_raw",
    "PVDKG",
    "PVS",
    "CaseSchema",
    "FieldSpec",
    "NodeSpec",
    "build_schema",
    "case_schema",
    "load_shapes",
    "local_name",
    "CaseLoadError",
    "PatientDeceased",
    "decode_text",
    "input_limits",
    "load_data",
    "one_line",
    "open_regular",
    "parse_json",
    "read_input_bytes",
]
