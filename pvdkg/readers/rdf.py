"""RDF patients (Turtle, JSON-LD, N-Triples) cut to their own triples.

RDF input keeps only its patients' own triples (patient_triples: what the
shapes allow on the patient and its nested nodes); every other triple is
reported. Its paths use case field names: `presentation`, `conditions` (RDF
lists have no order, so no index), `lesions[<node local name>].segment`,
`measurements.abi`; with several patients in one file each path starts with
`patient[<local name>].`. A file with no pvdkg:Patient is a load error.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from rdflib import RDF, BNode, Graph, URIRef
from rdflib.term import Node

from pvdkg.knowledge import knowledge_root

from .mapper import PathMap, join_path
from .schema import CaseSchema, NodeSpec, local_name
from .text import (
    SURROGATE,
    CaseLoadError,
    decode_text,
    one_line,
    parse_json,
    read_input_bytes,
    short_text,
    within_limit,
)

#: The IRI under which a JSON-LD patient may name the shipped context
#: (ontology/context.jsonld); it is read from the package, never fetched.
SHIPPED_CONTEXT = "https://w3id.org/pvdkg/context.jsonld"


def read_rdf_patient(path: Path, fmt: str, schema: CaseSchema, data: bytes | None = None) -> tuple[Graph, PathMap]:
    """Parse an RDF patient into a graph of its own, keep only the patients' own
    triples (patient_triples) and give their nodes case-style paths. With `data` the
    patient is those bytes, read as the file `path` would be (nothing is read from disk)."""
    g = Graph()
    try:
        parse_rdf_file(g, path, fmt, data)
    except CaseLoadError:
        raise
    except OSError as e:
        raise CaseLoadError(f"{path}: cannot read: {one_line(e)}") from None
    except Exception as e:  # rdflib raises many parser-specific types
        raise CaseLoadError(f"{path}: not valid {fmt}: {one_line(e)}") from None
    for term in (t for triple in g for t in triple):
        if SURROGATE.search(term):
            raise CaseLoadError(
                f"{path}: not valid {fmt}: {term.encode('utf-8', 'backslashreplace').decode('ascii')!r}"
                " holds a lone surrogate, not a Unicode character"
            )
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
    refused: set[tuple] = set()  # links to a node of someone else (reported when placing)
    base = schema.root.iri_base or ""
    for p in patients:
        ppath = "" if len(patients) == 1 else f"patient[{local_name(p)}]"
        local = str(p)[len(base) :] if isinstance(p, URIRef) and str(p).startswith(base) else ""
        if not local or "/" in local:
            pm.issue(ppath or "(case)", f"{_quoted(p)} is not a patient IRI ({base}<id>)")
        _place_rdf_node(g, p, ppath, schema.root, schema, pm, specs, renamed, refused, str(p) + "/")
    kept = []
    for s, p, o in g:
        spec = specs.get(s)
        if spec is None:
            pm.issue(join_path(_outside_path(g, s, pm, renamed), pm.field_name(p)), "is not part of the patient")
            continue
        if p == RDF.type and o != spec.cls:
            pm.issue(
                join_path(pm.node_path(renamed.get(s, s)), "type"),
                f"'{local_name(o)}' is not one of {local_name(spec.cls)}",
            )
            continue
        if (s, p, o) in refused:
            continue
        if isinstance(o, BNode) and o not in specs:  # a value described outside the patient
            pm.issue(pm.path(renamed.get(s, s), p), "[] is not part of the patient")
            continue
        if p != RDF.type and p not in spec.paths:  # kept too: the closed shapes say the same
            pm.issue(pm.path(renamed.get(s, s), p), "is not a known field")
        kept.append((s, p, o))
    if len(kept) == len(g) and not renamed:  # the usual case: the file is all patient
        return g, pm
    own = Graph()
    for s, p, o in kept:
        own.add((renamed.get(s, s), p, renamed.get(o, o)))
    return own, pm


def parse_rdf_file(g: Graph, path: Path, fmt: str, data: bytes | None = None) -> None:
    """Parse an RDF file (or `data`, its bytes held in memory) into g: bounded in size,
    nothing fetched from the network or the disk (owl:imports are data, never followed;
    JSON-LD contexts only inline or the shipped one, see jsonld_local).

    Relative IRIs resolve against the file's URI; in memory against file:///<name>, so no
    folder of the server is named in an IRI or a message."""
    if data is None:
        data, base = read_input_bytes(path), path.resolve().as_uri()
    else:
        data, base = within_limit(data, path), PurePosixPath("/", path.name).as_uri()
    if fmt == "json-ld":
        try:
            doc = parse_json(decode_text(data))
        except CaseLoadError as e:
            raise CaseLoadError(f"{path}: not valid json-ld: {e}") from None
        except (ValueError, RecursionError) as e:
            raise CaseLoadError(f"{path}: not valid json-ld: {one_line(e)}") from None
        try:
            doc = jsonld_local(doc)
        except CaseLoadError as e:
            raise CaseLoadError(f"{path}: {e}") from None
        g.parse(data=json.dumps(doc, default=str), format="json-ld", publicID=base)
        return
    g.parse(data=data, format=fmt, publicID=base)


def shipped_context() -> Any:
    """The @context of ontology/context.jsonld (read from the knowledge, never fetched)."""
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
                                f"@context {short_text(ref)} is not allowed: nothing is fetched; "
                                f"give the context inline or use {SHIPPED_CONTEXT}"
                            )
                        shipped = shipped if shipped is not None else shipped_context()
                        ref = shipped
                    resolved.append(ref)
                node[key] = resolved if isinstance(value, list) else resolved[0]
            elif key == "@import" and isinstance(value, str):
                raise CaseLoadError(
                    f"@import {short_text(value)} is not allowed: nothing is fetched; give the context inline"
                )
            stack.append(node[key])
    return doc


def _place_rdf_node(
    g: Graph,
    node: Node,
    path: str,
    spec: NodeSpec,
    schema: CaseSchema,
    pm: PathMap,
    specs: dict,
    renamed: dict,
    refused: set,
    under: str,
) -> None:
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
                continue  # a literal: SHACL reports it (sh:class)
            cpath = join_path(path, f.key) + (f"[{local_name(child)}]" if f.many else "")
            if child in specs or (isinstance(child, URIRef) and not str(child).startswith(under)):
                pm.issue(
                    join_path(path, f.key), f"{_quoted(child)} is not a node of this patient (an IRI under {under})"
                )
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
