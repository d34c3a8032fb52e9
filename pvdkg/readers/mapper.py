"""A case (parsed JSON/YAML data) mapped to the patient's RDF triples, with a PathMap.

IRIs: the patient is https://w3id.org/pvdkg/patient/<id> (id percent-encoded;
`_invalid` when the id is missing, empty or not a string; `_invalid` can never
be a valid id, so it never names a real patient), lesions <patient>/lesion/<i>,
procedures <patient>/procedure/<i>, measurements <patient>/measurements.

Problems the RDF cannot show are found while mapping and kept in
PathMap.issues: unknown fields, wrong JSON types (null included), non-finite
numbers and values listed twice (RDF keeps a value once). A field with such a
problem is not mapped, so SHACL does not report it again. Everything else
(required fields, unknown values, ranges, identifiers, consistency) is left to
SHACL (pvdkg.validate).

Decisions:
- A file whose top level is not an object (a list, a number, an empty YAML
  file) is not a case at all: CaseLoadError, like an unparseable file.
- "listed twice" applies to lists of values (conditions, identifiers); two
  equal objects in `lesions` or `procedures` are two lesions or procedures
  (RDF keeps both as separate nodes), so they are not duplicates.
- Defaults (amputation_imminent false, when current) are not materialized;
  the reasoning queries apply them.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from pvdkg.limits import NUMBER_CLAMP, env_var
from pvdkg.results import ValidationResult

from .schema import CaseSchema, FieldSpec, NodeSpec, local_name
from .text import CaseLoadError, input_limits

#: How a wrong JSON kind is worded (case-format.md, "wrong type").
KIND_WORDS = {
    "string": "a string",
    "number": "a number",
    "boolean": "true or false",
    "list": "a list",
    "object": "an object",
}

# A string that can be an IRI local name as is (no encoding needed).
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
#: The id of a patient whose case gives no usable id (never a valid id).
INVALID_ID = "_invalid"


@dataclass
class PathMap:
    """Where each node and triple of the patient graph came from, as a case path.

    `values` maps (subject, predicate, object) to the path of that value
    (`lesions[0].calcification`, `contraindicated[1]`); `nodes` maps a node to
    its own path (`""` for the patient, `lesions[0]`); `shown` maps a value's
    path to the value as the case wrote it (`1.0`, `'diabetes'`). `issues` holds
    the problems found while reading (ValidationResult)."""

    fields: dict[URIRef, str]
    nodes: dict[Node, str] = field(default_factory=dict)
    values: dict[tuple[Node, Node, Node], str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)
    issues: list = field(default_factory=list)
    unmapped: list | None = None  # FHIR input: codings that did not map (None for other input)
    facts: list | None = None  # FHIR input: each case path read, its value and resources (FhirCase.facts)

    def node_path(self, node: Node | None) -> str:
        """The path of a node; a node the reader did not place gets its local name."""
        if node is None:
            return ""
        return self.nodes.get(node, local_name(node))

    def field_name(self, predicate: Node) -> str:
        """The case field of a property, else its local name (unknown RDF properties)."""
        return self.fields.get(predicate, local_name(predicate))

    def path(self, focus: Node | None, predicate: Node | None = None, value: Node | None = None) -> str:
        """The case path of a SHACL result: the exact value if the case gave it,
        else the focus node's path and the field."""
        exact = self.values.get((focus, predicate, value))
        if exact is not None:
            return exact
        base = self.node_path(focus)
        if predicate is None or not isinstance(predicate, URIRef):
            return base or "(case)"
        return join_path(base, self.field_name(predicate))

    def issue(self, path: str, message: str, value: str | None = None) -> None:
        """Record a violation found while reading."""
        self.issues.append(ValidationResult(path, message, "violation", None, value))


def join_path(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


def map_case(data: Any, schema: CaseSchema) -> tuple[Graph, PathMap]:
    """Map parsed case data (a dict) to the patient graph and its PathMap."""
    triples, pathmap = map_case_triples(data, schema)
    return triples_graph(triples), pathmap


def triples_graph(triples) -> Graph:
    """An rdflib graph of these triples (a graph is given back as it is)."""
    if isinstance(triples, Graph):
        return triples
    graph = Graph()
    for t in triples:
        graph.add(t)
    return graph


def map_case_triples(data: Any, schema: CaseSchema) -> tuple[list[tuple], PathMap]:
    """Map parsed case data to its triples (rdflib terms) without building a graph:
    the cohort path, which needs only N-Triples for most patients."""
    if not isinstance(data, dict):
        raise CaseLoadError(f"a case is an object of fields, not {json_kind_word(data)}")
    if "resourceType" in data:  # FHIR, but not a Bundle (pvdkg.readers.fhir.is_bundle)
        kind = data["resourceType"]
        raise CaseLoadError(
            f"resourceType: {show_json(kind)} is not 'Bundle': FHIR input is a Bundle (a case has no resourceType)"
        )
    mapper = _Mapper(schema)
    mapper.map_object(data, patient_iri(schema, data), schema.root, "")
    return list(mapper.triples), mapper.pathmap


def patient_iri(schema: CaseSchema, data: dict) -> URIRef:
    """The patient IRI: the root shape's base plus the encoded id, or `_invalid`."""
    root = schema.root
    case_id = data.get(schema.field_names.get(root.iri_from, ""))
    if not isinstance(case_id, str) or not case_id:
        case_id = INVALID_ID
    return URIRef(root.iri_base + quote(case_id, safe=""))


def json_kind_word(value: Any) -> str:
    """'a list', 'a number', ... for a load error about the top level."""
    if value is None:
        return "null"
    for kind, ok in (
        ("list", isinstance(value, list)),
        ("boolean", isinstance(value, bool)),
        ("number", isinstance(value, (int, float))),
        ("string", isinstance(value, str)),
    ):
        if ok:
            return KIND_WORDS[kind]
    return type(value).__name__


def show_json(value: Any) -> str:
    """A case value as messages show it: strings in single quotes, else JSON."""
    if isinstance(value, str):
        return f"'{value}'"
    if value is None or isinstance(value, (bool, int, float, list, dict)):
        return json.dumps(value, default=str)
    if isinstance(value, Decimal):
        return str(value)  # a JSON number beyond int or float (pvdkg.limits)
    return str(value)  # YAML-only types such as dates


class _Mapper:
    """Walks case data, adds triples and records paths and JSON-level issues."""

    def __init__(self, schema: CaseSchema):
        self.schema = schema
        self.limits = input_limits()
        self.triples: dict[tuple, None] = {}  # insertion-ordered set
        self.pathmap = PathMap(schema.field_names)

    def issue(self, path: str, message: str, value: Any) -> None:
        self.pathmap.issue(path, message, show_json(value))

    def map_object(self, obj: dict, node: URIRef, spec: NodeSpec, path: str) -> None:
        self.triples[(node, RDF.type, spec.cls)] = None
        self.pathmap.nodes[node] = path
        for key, value in obj.items():
            fpath = join_path(path, str(key))
            f = spec.fields.get(key) if isinstance(key, str) else None
            if f is None:
                self.issue(fpath, "is not a known field", value)
            elif f.many:
                self.map_list(node, f, value, fpath)
            else:
                self.map_value(node, f, value, fpath, None)

    def map_list(self, node: URIRef, f: FieldSpec, value: Any, path: str) -> None:
        if not isinstance(value, list):
            self.issue(path, f"{show_json(value)} is not {KIND_WORDS['list']}", value)
            return
        limit = self.limits.list_items
        if len(value) > limit:
            self.pathmap.issue(
                path,
                f"{len(value):,} items are more than the limit of {limit:,} (set {env_var('list_items')} to change it)",
            )
            return
        if f.presence_flag is not None:
            self.triples[(node, f.presence_flag, Literal(True))] = None
        seen = set()
        for i, item in enumerate(value):
            ipath = f"{path}[{i}]"
            if f.kind != "object" and kind_problem(item, f.kind) is None:
                key = json.dumps(item, sort_keys=True, default=str)
                if key in seen:
                    self.issue(ipath, f"{show_json(item)} is listed twice", item)
                    continue
                seen.add(key)
            self.map_value(node, f, item, ipath, i)

    def map_value(self, node: URIRef, f: FieldSpec, value: Any, path: str, index: int | None) -> None:
        problem = kind_problem(value, f.kind)
        if problem is not None:
            self.issue(path, f"{show_json(value)} {problem}", value)
            return
        obj = self.term(node, f, value, path, index)
        self.triples[(node, f.predicate, obj)] = None
        self.pathmap.values[(node, f.predicate, obj)] = path
        if f.kind != "object":
            self.pathmap.shown[path] = show_json(value)

    def term(self, node: URIRef, f: FieldSpec, value: Any, path: str, index: int | None) -> Node:
        """The RDF term for a well-typed JSON value (a nested object is mapped here)."""
        if f.kind == "object":
            child = URIRef(f"{node}/{f.iri_segment or f.key}" + ("" if index is None else f"/{index}"))
            self.map_object(value, child, self.schema.nodes[f.nested], path)
            return child
        if f.kind == "boolean":
            return Literal(value)
        if f.kind == "number":
            return Literal(number_lexical(value), datatype=f.datatype or XSD.decimal)
        if f.enum:
            return f.enum.get(value) or Literal(value, datatype=XSD.string)
        if f.term_namespace is not None and _LOCAL_NAME.fullmatch(value):
            return URIRef(f.term_namespace + value)
        return Literal(value, datatype=XSD.string)


def kind_problem(value: Any, kind: str) -> str | None:
    """Why a JSON value is not of the field's kind ('is not a string'), or None."""
    ok = {
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "number": isinstance(value, (int, float, Decimal)) and not isinstance(value, bool),
        "object": isinstance(value, dict),
    }[kind]
    if not ok:
        return f"is not {KIND_WORDS[kind]}"
    if kind == "number" and not (
        isinstance(value, int) or (value.is_finite() if isinstance(value, Decimal) else math.isfinite(value))
    ):
        return "is not a finite number"
    return None


def number_lexical(value: int | float | Decimal) -> str:
    """An xsd:decimal lexical form that reads as the input did (7.5, -1, 0.38).

    A number of magnitude NUMBER_CLAMP or more (far outside every range of the
    contract) is written as +/- NUMBER_CLAMP, so the range check reports it and
    no store meets a decimal of hundreds of digits (pvdkg.limits)."""
    if abs(value) >= NUMBER_CLAMP:
        return str(-NUMBER_CLAMP if value < 0 else NUMBER_CLAMP)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    try:
        return format(Decimal(repr(value)), "f")
    except InvalidOperation:
        return repr(value)
