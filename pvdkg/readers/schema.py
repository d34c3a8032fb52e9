"""The case schema: what a case may say, read from the SHACL shapes and the ontology.

The mapping has no per-field tables. A key of a case object is the
pvdkg:caseField of a property that a property shape of that object's node
shape constrains; the shapes also say whether a field is a list (no
sh:maxCount 1), which JSON kind its values have (sh:datatype, sh:in,
pvs:termNamespace, or sh:class of a nested node shape) and how nested nodes are
named (pvs:iriBase, pvs:iriSegment). An enumerated value is the sh:in member
whose skos:notation is the string.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDFS, XSD, BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, SKOS
from rdflib.term import Node

from pvdkg.knowledge import load as load_knowledge
from pvdkg.knowledge import shapes_file
from pvdkg.knowledge.namespace import ONTOLOGY, SHAPES

PVDKG, PVS = ONTOLOGY, SHAPES  # the open namespaces of pvdkg.knowledge.namespace

#: The JSON kind of the values of an XSD datatype (the JSON binding of XSD).
DATATYPE_KINDS = {
    XSD.string: "string",
    XSD.boolean: "boolean",
    XSD.decimal: "number",
    XSD.integer: "number",
    XSD.double: "number",
}


@dataclass(frozen=True)
class FieldSpec:
    """One case field of one node shape, merged over the property shapes of its path."""

    key: str
    predicate: URIRef
    many: bool
    kind: str  # string | number | boolean | object
    datatype: URIRef | None = None
    enum: dict[str, URIRef] = field(default_factory=dict)  # notation -> individual
    term_namespace: str | None = None
    nested: URIRef | None = None  # class of nested nodes (kind object)
    iri_segment: str | None = None
    presence_flag: URIRef | None = None


@dataclass(frozen=True)
class NodeSpec:
    """A node shape with a target class: the fields its objects may have."""

    shape: Node
    cls: URIRef
    fields: dict[str, FieldSpec]
    iri_base: str | None = None
    iri_from: URIRef | None = None
    paths: frozenset = frozenset()  # every sh:path of its property shapes (case fields and flags)


@dataclass
class CaseSchema:
    """What the mapping and the messages need from the shapes and the ontology."""

    shapes: Graph
    nodes: dict[URIRef, NodeSpec]  # target class -> node spec
    root: NodeSpec  # the patient
    field_names: dict[URIRef, str]  # property -> case field
    notations: dict[URIRef, str]  # term -> skos:notation
    hierarchy: Graph  # rdfs:subClassOf between named classes
    ontology: Graph | None = field(default=None, repr=False, compare=False)
    #: what readers derive once per schema (the FHIR vocabulary per knowledge root)
    derived: dict = field(default_factory=dict, repr=False, compare=False)


def load_shapes(root: Path | None = None) -> Graph:
    """The case shapes graph, parsed from shapes/case.ttl."""
    return Graph().parse(shapes_file("case.ttl", root), format="turtle")


_SCHEMAS: dict[tuple[int, str], tuple[weakref.ref, CaseSchema]] = {}


def case_schema(ontology_graph: Graph | None = None) -> CaseSchema:
    """The schema for this ontology graph, built once per graph and shapes file.

    Without a graph, the one knowledge loader's ontology graph (pvdkg.knowledge)."""
    onto = ontology_graph if ontology_graph is not None else load_knowledge().ontology_graph
    key = (id(onto), str(shapes_file("case.ttl")))
    hit = _SCHEMAS.get(key)
    if hit is not None and hit[0]() is onto:
        return hit[1]
    schema = build_schema(load_shapes(), onto)
    for dead in [k for k, (ref, _) in _SCHEMAS.items() if ref() is None]:
        del _SCHEMAS[dead]
    _SCHEMAS[key] = (weakref.ref(onto), schema)
    return schema


def build_schema(shapes: Graph, ontology: Graph) -> CaseSchema:
    """Read node shapes, property shapes, case fields and notations into a CaseSchema."""
    field_names = {p: str(f) for p, f in ontology.subject_objects(PVDKG.caseField) if isinstance(p, URIRef)}
    notations = {t: str(n) for t, n in ontology.subject_objects(SKOS.notation) if isinstance(t, URIRef)}
    classes = {c for c in shapes.objects(None, SH.targetClass) if isinstance(c, URIRef)}
    nodes = {}
    for shape, cls in shapes.subject_objects(SH.targetClass):
        paths = frozenset(
            p for ps in shapes.objects(shape, SH.property) for p in shapes.objects(ps, SH.path) if isinstance(p, URIRef)
        )
        nodes[cls] = NodeSpec(
            shape,
            cls,
            _fields(shapes, shape, field_names, notations, classes),
            _str_or_none(shapes.value(shape, PVS.iriBase)),
            shapes.value(shape, PVS.iriFrom),
            paths,
        )
    roots = [n for n in nodes.values() if n.iri_base]
    if len(roots) != 1:
        raise ValueError("shapes/case.ttl: exactly one node shape needs pvs:iriBase")
    hierarchy = Graph()
    for s, o in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            hierarchy.add((s, RDFS.subClassOf, o))
    return CaseSchema(shapes, nodes, roots[0], field_names, notations, hierarchy, ontology)


def _fields(shapes: Graph, node_shape: Node, field_names: dict, notations: dict, classes: set) -> dict[str, FieldSpec]:
    """The case fields of a node shape: its property shapes grouped by path."""
    by_path: dict[URIRef, list[Node]] = {}
    for ps in shapes.objects(node_shape, SH.property):
        path = shapes.value(ps, SH.path)
        if isinstance(path, URIRef) and path in field_names:
            by_path.setdefault(path, []).append(ps)
    return {field_names[p]: _field(shapes, field_names[p], p, pss, notations, classes) for p, pss in by_path.items()}


def _field(shapes: Graph, key: str, path: URIRef, pss: list[Node], notations: dict, classes: set) -> FieldSpec:
    """Merge what the property shapes of one path say into one FieldSpec."""

    def first(pred):
        return next((o for ps in pss for o in shapes.objects(ps, pred)), None)

    many = not any(int(m) == 1 for ps in pss for m in shapes.objects(ps, SH.maxCount))
    members = first(SH["in"])
    enum = {}
    if members is not None:
        enum = {notations.get(m, local_name(m)): m for m in Collection(shapes, members)}
    datatype, term_ns, cls = first(SH.datatype), first(PVS.termNamespace), first(SH["class"])
    if enum or term_ns is not None:
        kind = "string"
    elif datatype is not None:
        kind = DATATYPE_KINDS.get(datatype, "string")
    elif cls in classes:
        kind = "object"
    else:
        kind = "string"
    return FieldSpec(
        key,
        path,
        many,
        kind,
        datatype,
        enum,
        _str_or_none(term_ns),
        cls if kind == "object" else None,
        _str_or_none(first(PVS.iriSegment)),
        first(PVS.presenceFlag),
    )


def _str_or_none(term: Node | None) -> str | None:
    return None if term is None else str(term)


def local_name(term: Node) -> str:
    """The local name of an IRI (after the last # or /), or a blank node's id."""
    if isinstance(term, BNode):
        return f"_:{term}"
    return re.split(r"[#/]", str(term))[-1]
