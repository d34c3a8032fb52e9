"""Reading a patient: a JSON/YAML case mapped to RDF, or an RDF patient cut to its own triples.

API:
    read_case(path, ontology_graph=None) -> (rdflib.Graph, PathMap)
        any supported file; CaseLoadError when it cannot be read or parsed.
    map_case(data, schema) -> (rdflib.Graph, PathMap)      for parsed case data
    case_schema(ontology_graph=None) -> CaseSchema          cached per graph
    PathMap.path(focus, predicate, value) -> case path      'lesions[0].length'

The mapping has no per-field tables. It reads the SHACL shapes
(shapes/case.ttl) and the ontology: a key of a case object is the
pvdkg:caseField of a property that a property shape of that object's node
shape constrains; the shapes also say whether a field is a list (no
sh:maxCount 1), which JSON kind its values have (sh:datatype, sh:in,
pvs:termNamespace, or sh:class of a nested node shape) and how nested nodes are
named (pvs:iriBase, pvs:iriSegment). An enumerated value is the sh:in member
whose skos:notation is the string. See CaseSchema.

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
- A key given twice in one object is a load error too (JSON and YAML parsers
  would silently keep the last one).
- "listed twice" applies to lists of values (conditions, identifiers); two
  equal objects in `lesions` or `procedures` are two lesions or procedures
  (RDF keeps both as separate nodes), so they are not duplicates.
- Defaults (amputation_imminent false, when current) are not materialized;
  the reasoning queries apply them.
- RDF input keeps only its patients' own triples (patient_triples: what the
  shapes allow on the patient and its nested nodes); every other triple is
  reported. Its paths use case field names: `presentation`,
  `conditions` (RDF lists have no order, so no index),
  `lesions[<node local name>].segment`, `measurements.abi`; with several
  patients in one file each path starts with `patient[<local name>].`.
  A file with no pvdkg:Patient is a load error.
"""
from __future__ import annotations

import json
import math
import os
import re
import stat
import weakref
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, SKOS
from rdflib.term import Node

from pvdkg.limits import MAX_INT_DIGITS, NUMBER_CLAMP, LimitError, Limits, env_var, limits
from pvdkg.knowledge import knowledge_root, shapes_file

PVDKG = Namespace("https://w3id.org/pvdkg/ontology#")
PVS = Namespace("https://w3id.org/pvdkg/shapes#")

#: File extensions read as a case (JSON/YAML) or as RDF (rdflib format name).
CASE_FORMATS = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
RDF_FORMATS = {".ttl": "turtle", ".jsonld": "json-ld", ".json-ld": "json-ld", ".nt": "nt"}

#: The JSON kind of the values of an XSD datatype (the JSON binding of XSD).
DATATYPE_KINDS = {XSD.string: "string", XSD.boolean: "boolean", XSD.decimal: "number",
                  XSD.integer: "number", XSD.double: "number"}
#: How a wrong JSON kind is worded (case-format.md, "wrong type").
KIND_WORDS = {"string": "a string", "number": "a number", "boolean": "true or false",
              "list": "a list", "object": "an object"}

# A string that can be an IRI local name as is (no encoding needed).
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_INVALID_ID = "_invalid"


class CaseLoadError(Exception):
    """The file cannot be read or parsed, or is not a case at all (CLI: exit 2)."""


# ---------------------------------------------------------------- schema

@dataclass(frozen=True)
class FieldSpec:
    """One case field of one node shape, merged over the property shapes of its path."""
    key: str
    predicate: URIRef
    many: bool
    kind: str                      # string | number | boolean | object
    datatype: URIRef | None = None
    enum: dict[str, URIRef] = field(default_factory=dict)   # notation -> individual
    term_namespace: str | None = None
    nested: URIRef | None = None   # class of nested nodes (kind object)
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
    nodes: dict[URIRef, NodeSpec]          # target class -> node spec
    root: NodeSpec                         # the patient
    field_names: dict[URIRef, str]         # property -> case field
    notations: dict[URIRef, str]           # term -> skos:notation
    hierarchy: Graph                       # rdfs:subClassOf between named classes


def load_shapes(root: Path | None = None) -> Graph:
    """The case shapes graph, parsed from shapes/case.ttl."""
    return Graph().parse(shapes_file("case.ttl", root), format="turtle")


_SCHEMAS: dict[tuple[int, str], tuple[weakref.ref, CaseSchema]] = {}


def case_schema(ontology_graph: Graph | None = None) -> CaseSchema:
    """The schema for this ontology graph, built once per graph and shapes file.

    Without a graph, the ontology files of the knowledge root are read once
    (pvdkg.validate.load_ontology_graph)."""
    if ontology_graph is None:
        from pvdkg.validate import load_ontology_graph  # validate imports this module
        ontology_graph = load_ontology_graph()
    key = (id(ontology_graph), str(shapes_file("case.ttl")))
    hit = _SCHEMAS.get(key)
    if hit is not None and hit[0]() is ontology_graph:
        return hit[1]
    schema = build_schema(load_shapes(), ontology_graph)
    for dead in [k for k, (ref, _) in _SCHEMAS.items() if ref() is None]:
        del _SCHEMAS[dead]
    _SCHEMAS[key] = (weakref.ref(ontology_graph), schema)
    return schema


def build_schema(shapes: Graph, ontology: Graph) -> CaseSchema:
    """Read node shapes, property shapes, case fields and notations into a CaseSchema."""
    field_names = {p: str(f) for p, f in ontology.subject_objects(PVDKG.caseField)
                   if isinstance(p, URIRef)}
    notations = {t: str(n) for t, n in ontology.subject_objects(SKOS.notation)
                 if isinstance(t, URIRef)}
    classes = {c for c in shapes.objects(None, SH.targetClass) if isinstance(c, URIRef)}
    nodes = {}
    for shape, cls in shapes.subject_objects(SH.targetClass):
        paths = frozenset(p for ps in shapes.objects(shape, SH.property)
                          for p in shapes.objects(ps, SH.path) if isinstance(p, URIRef))
        nodes[cls] = NodeSpec(shape, cls, _fields(shapes, shape, field_names, notations, classes),
                              _str_or_none(shapes.value(shape, PVS.iriBase)),
                              shapes.value(shape, PVS.iriFrom), paths)
    roots = [n for n in nodes.values() if n.iri_base]
    if len(roots) != 1:
        raise ValueError("shapes/case.ttl: exactly one node shape needs pvs:iriBase")
    hierarchy = Graph()
    for s, o in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            hierarchy.add((s, RDFS.subClassOf, o))
    return CaseSchema(shapes, nodes, roots[0], field_names, notations, hierarchy)


def _fields(shapes: Graph, node_shape: Node, field_names: dict, notations: dict,
            classes: set) -> dict[str, FieldSpec]:
    """The case fields of a node shape: its property shapes grouped by path."""
    by_path: dict[URIRef, list[Node]] = {}
    for ps in shapes.objects(node_shape, SH.property):
        path = shapes.value(ps, SH.path)
        if isinstance(path, URIRef) and path in field_names:
            by_path.setdefault(path, []).append(ps)
    return {field_names[p]: _field(shapes, field_names[p], p, pss, notations, classes)
            for p, pss in by_path.items()}


def _field(shapes: Graph, key: str, path: URIRef, pss: list[Node], notations: dict,
           classes: set) -> FieldSpec:
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
    return FieldSpec(key, path, many, kind, datatype, enum, _str_or_none(term_ns),
                     cls if kind == "object" else None,
                     _str_or_none(first(PVS.iriSegment)), first(PVS.presenceFlag))


def _str_or_none(term: Node | None) -> str | None:
    return None if term is None else str(term)


def local_name(term: Node) -> str:
    """The local name of an IRI (after the last # or /), or a blank node's id."""
    if isinstance(term, BNode):
        return f"_:{term}"
    return re.split(r"[#/]", str(term))[-1]


# ---------------------------------------------------------------- path map

@dataclass
class PathMap:
    """Where each node and triple of the patient graph came from, as a case path.

    `values` maps (subject, predicate, object) to the path of that value
    (`lesions[0].calcification`, `contraindicated[1]`); `nodes` maps a node to
    its own path (`""` for the patient, `lesions[0]`); `shown` maps a value's
    path to the value as the case wrote it (`1.0`, `'diabetes'`). `issues` holds
    the violations found while reading (pvdkg.validate.ValidationResult)."""
    fields: dict[URIRef, str]
    nodes: dict[Node, str] = field(default_factory=dict)
    values: dict[tuple[Node, Node, Node], str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)
    issues: list = field(default_factory=list)
    unmapped: list | None = None     # FHIR input: codings that did not map (None for other input)

    def node_path(self, node: Node | None) -> str:
        """The path of a node; a node the reader did not place gets its local name."""
        if node is None:
            return ""
        return self.nodes.get(node, local_name(node))

    def field_name(self, predicate: Node) -> str:
        """The case field of a property, else its local name (unknown RDF properties)."""
        return self.fields.get(predicate, local_name(predicate))

    def path(self, focus: Node | None, predicate: Node | None = None,
             value: Node | None = None) -> str:
        """The case path of a SHACL result: the exact value if the case gave it,
        else the focus node's path and the field."""
        exact = self.values.get((focus, predicate, value))
        if exact is not None:
            return exact
        base = self.node_path(focus)
        if predicate is None or not isinstance(predicate, URIRef):
            return base or "(case)"
        return join_path(base, self.field_name(predicate))


def join_path(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


# ---------------------------------------------------------------- reading files

def read_case(path: str | Path, ontology_graph: Graph | None = None) -> tuple[Graph, PathMap]:
    """Read a case (.json .yaml .yml) or an RDF patient (.ttl .jsonld .json-ld .nt).

    Returns the patient graph and its PathMap; pathmap.issues holds the
    violations found while reading (empty for RDF). Raises CaseLoadError when the
    file cannot be read or parsed, or is not a case."""
    path = Path(path)
    suffix = path.suffix.lower()
    schema = case_schema(ontology_graph)
    if suffix in CASE_FORMATS:
        data = _load_case_data(path, CASE_FORMATS[suffix])
        try:
            return map_data(data, schema)
        except CaseLoadError as e:
            raise CaseLoadError(f"{path}: {e}") from None
    if suffix in RDF_FORMATS:
        return read_rdf_patient(path, RDF_FORMATS[suffix], schema)
    known = ", ".join(sorted({*CASE_FORMATS, *RDF_FORMATS}))
    raise CaseLoadError(f"{path}: unknown file type {suffix or '(none)'!r}; use one of {known}")


def input_limits() -> Limits:
    """The input limits in force (pvdkg.limits); a malformed setting is a load error."""
    try:
        return limits()
    except LimitError as e:
        raise CaseLoadError(str(e)) from None


def open_regular(path: Path, what: str = "a case file"):
    """A regular file opened for binary reading; CaseLoadError for anything else.

    A FIFO, a device, a socket or a directory is refused without reading it
    (opened non-blocking, so a FIFO without a writer cannot hang)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        if os.path.isdir(path):
            raise CaseLoadError(f"{path}: is a directory, not {what}") from None
        raise CaseLoadError(f"{path}: cannot read: {e.strerror or _one_line(e)}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = ("a directory" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode)
                    else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                    else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
            raise CaseLoadError(f"{path}: is {kind}, not {what}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a case file: a regular file (open_regular) of at most the case
    size limit; at most limit + 1 bytes are ever read."""
    if limit is None:
        limit = input_limits().case_bytes
    with open_regular(path) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as e:
            raise CaseLoadError(f"{path}: cannot read: {e.strerror or _one_line(e)}") from None
    if len(data) > limit:
        raise CaseLoadError(f"{path}: larger than the limit of {limit:,} bytes "
                            f"(set {env_var('case_bytes')} to change it)")
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 text; a byte order mark is dropped (JSON, YAML and RDF alike)."""
    return data.decode("utf-8-sig")


def _json_int(text: str) -> int | Decimal:
    """A JSON integer; a very long one is kept as a decimal (int() of thousands
    of digits is slow and refused by Python; a float would overflow)."""
    digits = len(text) - (text[0] == "-")
    return int(text) if digits <= MAX_INT_DIGITS else Decimal(text)


def _json_float(text: str) -> float | Decimal:
    """A JSON fraction or exponent number; one beyond a float is kept as a decimal."""
    value = float(text)
    return value if math.isfinite(value) else Decimal(text)


def parse_json(text: str) -> Any:
    """JSON as case data: a key twice is an error, numbers never crash (pvdkg.limits).
    Raises CaseLoadError (from a key twice), ValueError or RecursionError."""
    if text.startswith("\ufeff"):
        text = text[1:]
    data = json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int,
                      parse_float=_json_float)
    if _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(data)
    return data


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_lone_surrogates(data: Any) -> None:
    """ValueError for a string holding a lone surrogate (JSON allows the escape
    "\\ud800"; it is no Unicode character and cannot be written out as UTF-8)."""
    stack, seen = [data], set()
    while stack:
        value = stack.pop()
        if isinstance(value, (dict, list)):
            if id(value) in seen:        # a YAML alias: each container once (and no loop)
                continue
            seen.add(id(value))
        if isinstance(value, dict):
            stack.extend(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and _SURROGATE.search(value):
            raise ValueError(f"{value.encode('utf-8', 'backslashreplace').decode('ascii')!r} holds a lone "
                             "surrogate, not a Unicode character")


def _load_case_data(path: Path, fmt: str) -> Any:
    """Parse a JSON or YAML file; any failure is one line of CaseLoadError."""
    data = read_input_bytes(path)
    try:
        text = decode_text(data)
    except UnicodeDecodeError as e:
        raise CaseLoadError(f"{path}: cannot read: {_one_line(e)}") from None
    try:
        if fmt == "json":
            return parse_json(text)
        data = yaml.load(text, Loader=_UniqueKeyLoader)
        _refuse_lone_surrogates(data)
        return data
    except CaseLoadError as e:
        raise CaseLoadError(f"{path}: {e}") from None
    except (ValueError, yaml.YAMLError, RecursionError) as e:
        raise CaseLoadError(f"{path}: not valid {fmt.upper()}: {_one_line(e)}") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    """json object hook: a key given twice is an error, not 'the last one wins'."""
    out: dict = {}
    for k, v in pairs:
        if k in out:
            raise CaseLoadError(f"key {k!r} appears twice in one object")
        out[k] = v
    return out


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML safe loader that rejects a key given twice in one mapping, and
    aliases that would add more than the limit of nodes by expansion (an
    alias bomb: a few hundred bytes that expand to billions of nodes)."""

    def __init__(self, stream):
        super().__init__(stream)
        self._alias_budget = input_limits().yaml_alias_nodes
        self._sizes: dict[int, int] = {}      # id(node) -> nodes when expanded

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            node = super().compose_node(parent, index)
            size = self._sizes.get(id(node))
            if size is None:
                raise CaseLoadError(f"a YAML alias refers to a node that contains it "
                                    f"(line {node.start_mark.line + 1})")
            self._alias_budget -= size
            if self._alias_budget < 0:
                limit = input_limits().yaml_alias_nodes
                raise CaseLoadError(
                    f"YAML aliases expand to more than {limit:,} nodes (line "
                    f"{node.start_mark.line + 1}; set {env_var('yaml_alias_nodes')} to change it)")
            return node
        node = super().compose_node(parent, index)
        if isinstance(node, yaml.SequenceNode):
            size = 1 + sum(self._sizes.get(id(n), 1) for n in node.value)
        elif isinstance(node, yaml.MappingNode):
            size = 1 + sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1)
                           for k, v in node.value)
        else:
            size = 1
        self._sizes[id(node)] = size
        return node

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                dup = key in seen
                seen.add(key)
            except TypeError:      # unhashable key: SafeLoader reports it below
                continue
            if dup:
                raise CaseLoadError(f"key {key!r} appears twice in one mapping "
                                    f"(line {key_node.start_mark.line + 1})")
        return super().construct_mapping(node, deep=deep)


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


def read_rdf_patient(path: Path, fmt: str, schema: CaseSchema) -> tuple[Graph, PathMap]:
    """Parse an RDF patient into a graph of its own, keep only the patients' own
    triples (patient_triples) and give their nodes case-style paths."""
    g = Graph()
    try:
        parse_rdf_file(g, path, fmt)
    except CaseLoadError:
        raise
    except OSError as e:
        raise CaseLoadError(f"{path}: cannot read: {_one_line(e)}") from None
    except Exception as e:  # rdflib raises many parser-specific types
        raise CaseLoadError(f"{path}: not valid {fmt}: {_one_line(e)}") from None
    for term in (t for triple in g for t in triple):
        if _SURROGATE.search(term):
            raise CaseLoadError(f"{path}: not valid {fmt}: {term.encode('utf-8', 'backslashreplace').decode('ascii')!r}"
                                " holds a lone surrogate, not a Unicode character")
    patients = sorted(g.subjects(RDF.type, schema.root.cls), key=str)
    if not patients:
        raise CaseLoadError(f"{path}: no node of type <{schema.root.cls}>; nothing to validate")
    return patient_triples(g, patients, schema)


def patient_triples(g: Graph, patients: list[Node], schema: CaseSchema) -> tuple[Graph, PathMap]:
    """The triples of an RDF file that describe its patients, and a PathMap whose
    issues name every other triple.

    Why: patients share one store (a cohort batch, a SPARQL store), so a triple
    about anything but the file's own patients would change other patients'
    results or the knowledge. What a patient may say is read from the shapes,
    not listed here: a triple is kept when its subject is a patient (an IRI under
    the root shape's pvs:iriBase) or a node reached from it through a property
    whose sh:class is a shape's target class (lesions, procedures, measurements),
    named under the patient's IRI or blank (then renamed there, so replacing a
    patient in a store removes it whole); and when an rdf:type names that node
    shape's target class. A predicate that is no sh:path of the node's shape is
    an issue too (the triple stays for SHACL's closed shapes to say so). Anything
    else (a statement, rule, population, class axiom, entailsClass, another
    patient's node) is an issue with its path, so the file is rejected."""
    pm = PathMap(schema.field_names)
    specs: dict[Node, NodeSpec] = {}
    renamed: dict[Node, URIRef] = {}
    refused: set[tuple] = set()     # links to a node of someone else (reported when placing)
    base = schema.root.iri_base or ""
    for p in patients:
        ppath = "" if len(patients) == 1 else f"patient[{local_name(p)}]"
        local = str(p)[len(base):] if isinstance(p, URIRef) and str(p).startswith(base) else ""
        if not local or "/" in local:
            _rdf_issue(pm, ppath or "(case)", f"{_quoted(p)} is not a patient IRI ({base}<id>)")
        _place_rdf_node(g, p, ppath, schema.root, schema, pm, specs, renamed, refused, str(p) + "/")
    kept = []
    for s, p, o in g:
        spec = specs.get(s)
        if spec is None:
            _rdf_issue(pm, join_path(_outside_path(g, s, pm, renamed), pm.field_name(p)),
                       "is not part of the patient")
            continue
        if p == RDF.type and o != spec.cls:
            _rdf_issue(pm, join_path(pm.node_path(renamed.get(s, s)), "type"),
                       f"'{local_name(o)}' is not one of {local_name(spec.cls)}")
            continue
        if (s, p, o) in refused:
            continue
        if isinstance(o, BNode) and o not in specs:     # a value described outside the patient
            _rdf_issue(pm, pm.path(renamed.get(s, s), p), "[] is not part of the patient")
            continue
        if p != RDF.type and p not in spec.paths:   # kept too: the closed shapes say the same
            _rdf_issue(pm, pm.path(renamed.get(s, s), p), "is not a known field")
        kept.append((s, p, o))
    if len(kept) == len(g) and not renamed:     # the usual case: the file is all patient
        return g, pm
    own = Graph()
    for s, p, o in kept:
        own.add((renamed.get(s, s), p, renamed.get(o, o)))
    return own, pm


#: The IRI under which a JSON-LD patient may name the shipped context
#: (ontology/context.jsonld); it is read from the package, never fetched.
SHIPPED_CONTEXT = "https://w3id.org/pvdkg/context.jsonld"


def parse_rdf_file(g: Graph, path: Path, fmt: str) -> None:
    """Parse an RDF file into g: bounded in size, nothing fetched from the network
    or the disk (owl:imports are data, never followed; JSON-LD contexts only
    inline or the shipped one, see jsonld_local)."""
    data = read_input_bytes(path)
    base = path.resolve().as_uri()
    if fmt == "json-ld":
        try:
            doc = parse_json(decode_text(data))
        except CaseLoadError as e:
            raise CaseLoadError(f"{path}: not valid json-ld: {e}") from None
        except (ValueError, RecursionError) as e:
            raise CaseLoadError(f"{path}: not valid json-ld: {_one_line(e)}") from None
        try:
            doc = jsonld_local(doc)
        except CaseLoadError as e:
            raise CaseLoadError(f"{path}: {e}") from None
        g.parse(data=json.dumps(doc, default=str), format="json-ld", publicID=base)
        return
    g.parse(data=data, format=fmt, publicID=base)


def _shipped_context() -> Any:
    doc = json.loads((knowledge_root() / "ontology" / "context.jsonld").read_text(encoding="utf-8"))
    return doc["@context"]


def jsonld_local(doc: Any) -> Any:
    """The JSON-LD document with every context reference resolved locally.

    A context given as a string (a URL or a relative reference, `file:` URLs
    included) or an `@import` would make the JSON-LD processor fetch it. Only
    SHIPPED_CONTEXT is allowed, and it is replaced by the shipped context
    itself; any other reference is a CaseLoadError naming it. Walks the whole
    document (scoped contexts in term definitions too), iteratively."""
    shipped = None
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key, value in list(node.items()):
            if key == "@context":
                refs = value if isinstance(value, list) else [value]
                resolved = []
                for ref in refs:
                    if isinstance(ref, str):
                        if ref != SHIPPED_CONTEXT:
                            raise CaseLoadError(
                                f"@context {_short_text(ref)} is not allowed: nothing is fetched; "
                                f"give the context inline or use {SHIPPED_CONTEXT}")
                        shipped = shipped if shipped is not None else _shipped_context()
                        ref = shipped
                    resolved.append(ref)
                node[key] = resolved if isinstance(value, list) else resolved[0]
            elif key == "@import" and isinstance(value, str):
                raise CaseLoadError(f"@import {_short_text(value)} is not allowed: nothing is fetched; "
                                    "give the context inline")
            stack.append(node[key])
    return doc


def _short_text(value: str, limit: int = 80) -> str:
    """A string for a message: quoted, cut to `limit` characters."""
    return repr(value if len(value) <= limit else value[:limit] + "...")


def _place_rdf_node(g: Graph, node: Node, path: str, spec: NodeSpec, schema: CaseSchema,
                    pm: PathMap, specs: dict, renamed: dict, refused: set, under: str) -> None:
    """Record the spec and path of an RDF node and of the nested nodes it links to;
    a nested node must be named under its patient's IRI (`under`), a blank one is
    renamed there."""
    if node in specs:
        return
    specs[node] = spec
    if isinstance(node, BNode):
        renamed[node] = URIRef(f"{under}.well-known/genid/{node}")
    pm.nodes[renamed.get(node, node)] = path
    for f in spec.fields.values():
        if f.kind != "object" or f.nested not in schema.nodes:
            continue
        for child in sorted(g.objects(node, f.predicate), key=str):
            if not isinstance(child, (URIRef, BNode)):
                continue           # a literal: SHACL reports it (sh:class)
            cpath = join_path(path, f.key) + (f"[{local_name(child)}]" if f.many else "")
            if child in specs or (isinstance(child, URIRef) and not str(child).startswith(under)):
                _rdf_issue(pm, join_path(path, f.key),
                           f"{_quoted(child)} is not a node of this patient (an IRI under {under})")
                refused.add((node, f.predicate, child))
                continue
            _place_rdf_node(g, child, cpath, schema.nodes[f.nested], schema, pm, specs, renamed, refused, under)


def _outside_path(g: Graph, node: Node, pm: PathMap, renamed: dict, seen: frozenset = frozenset()) -> str:
    """The path of a node that is not part of a patient: its local name, or for a
    blank node the path of the (first) triple that links to it."""
    if node in renamed or node in pm.nodes:
        return pm.node_path(renamed.get(node, node))
    if not isinstance(node, BNode):
        return local_name(node)
    for r, p in sorted(g.subject_predicates(node), key=lambda t: (str(t[0]), str(t[1]))):
        if r not in seen:
            return join_path(_outside_path(g, r, pm, renamed, seen | {node}), pm.field_name(p))
    return "(blank node)"


def _quoted(term: Node) -> str:
    """A term in an isolation message: an IRI whole (which patient it is under is the point)."""
    if isinstance(term, BNode):
        return "[]"
    return f"<{term}>" if isinstance(term, URIRef) else f"'{term}'"


def _rdf_issue(pm: PathMap, path: str, message: str) -> None:
    from pvdkg.validate import ValidationResult  # validate imports this module
    pm.issues.append(ValidationResult(path, message, "violation"))


# ---------------------------------------------------------------- mapping a case

def map_data(data: Any, schema: CaseSchema) -> tuple[Graph, PathMap]:
    """Map a parsed case, or a FHIR R4 Bundle (converted first; its unmapped codings kept)."""
    from .fhir import convert_bundle, is_bundle   # fhir imports this module
    if not is_bundle(data):
        return map_case(data, schema)
    converted = convert_bundle(data)
    graph, pathmap = map_case(converted.case, schema)
    pathmap.unmapped = converted.unmapped
    return graph, pathmap


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
    if "resourceType" in data:      # FHIR, but not a Bundle (pvdkg.fhir.is_bundle)
        kind = data["resourceType"]
        raise CaseLoadError(f"resourceType: {show_json(kind)} is not 'Bundle': FHIR input is a Bundle "
                            "(a case has no resourceType)")
    mapper = _Mapper(schema)
    mapper.map_object(data, patient_iri(schema, data), schema.root, "")
    return list(mapper.triples), mapper.pathmap


def patient_iri(schema: CaseSchema, data: dict) -> URIRef:
    """The patient IRI: the root shape's base plus the encoded id, or `_invalid`."""
    root = schema.root
    case_id = data.get(schema.field_names.get(root.iri_from, ""))
    if not isinstance(case_id, str) or not case_id:
        case_id = _INVALID_ID
    return URIRef(root.iri_base + quote(case_id, safe=""))


def json_kind_word(value: Any) -> str:
    """'a list', 'a number', ... for a load error about the top level."""
    if value is None:
        return "null"
    for kind, ok in (("list", isinstance(value, list)), ("boolean", isinstance(value, bool)),
                     ("number", isinstance(value, (int, float))),
                     ("string", isinstance(value, str))):
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
        return str(value)      # a JSON number beyond int or float (pvdkg.limits)
    return str(value)          # YAML-only types such as dates


class _Mapper:
    """Walks case data, adds triples and records paths and JSON-level issues."""

    def __init__(self, schema: CaseSchema):
        self.schema = schema
        self.limits = input_limits()
        self.triples: dict[tuple, None] = {}     # insertion-ordered set
        self.pathmap = PathMap(schema.field_names)

    def issue(self, path: str, message: str, value: Any) -> None:
        from pvdkg.validate import ValidationResult  # validate imports this module
        self.pathmap.issues.append(ValidationResult(path, message, "violation", None,
                                                    show_json(value)))

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
            from pvdkg.validate import ValidationResult  # validate imports this module
            self.pathmap.issues.append(ValidationResult(
                path, f"{len(value):,} items are more than the limit of {limit:,} "
                f"(set {env_var('list_items')} to change it)", "violation", None, None))
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

    def map_value(self, node: URIRef, f: FieldSpec, value: Any, path: str,
                  index: int | None) -> None:
        problem = kind_problem(value, f.kind)
        if problem is not None:
            self.issue(path, f"{show_json(value)} {problem}", value)
            return
        obj = self.term(node, f, value, path, index)
        self.triples[(node, f.predicate, obj)] = None
        self.pathmap.values[(node, f.predicate, obj)] = path
        if f.kind != "object":
            self.pathmap.shown[path] = show_json(value)

    def term(self, node: URIRef, f: FieldSpec, value: Any, path: str,
             index: int | None) -> Node:
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
    ok = {"string": isinstance(value, str),
          "boolean": isinstance(value, bool),
          "number": isinstance(value, (int, float, Decimal)) and not isinstance(value, bool),
          "object": isinstance(value, dict)}[kind]
    if not ok:
        return f"is not {KIND_WORDS[kind]}"
    if kind == "number" and not (isinstance(value, int) or (
            value.is_finite() if isinstance(value, Decimal) else math.isfinite(value))):
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
