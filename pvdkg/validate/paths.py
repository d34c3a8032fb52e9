"""SHACL property paths as SPARQL property paths."""

from __future__ import annotations

import re

from rdflib import RDF, RDFS, BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from .terms import NotCompilable, show, sparql_term


def sparql_path(g: Graph, path: Node, shape: Node | None = None) -> str:
    """The SPARQL property path of a SHACL path node."""
    where = f"shape {show(g, shape)}" if shape is not None else "sh:path"
    if isinstance(path, URIRef):
        return sparql_term(path, where)
    if not isinstance(path, BNode):
        raise NotCompilable(f"{where}: a path must be an IRI or a blank node")
    if (path, RDF.first, None) in g:
        items = list(Collection(g, path))
        if len(items) < 2:
            raise NotCompilable(f"{where}: a sequence path needs two or more members")
        return "(" + "/".join(sparql_path(g, i, shape) for i in items) + ")"
    kinds = {p: o for p, o in g.predicate_objects(path)}
    unary = {SH.inversePath: "^({})", SH.zeroOrMorePath: "({})*", SH.oneOrMorePath: "({})+", SH.zeroOrOnePath: "({})?"}
    if len(kinds) != 1:
        raise NotCompilable(f"{where}: path {path.n3()} is not one SHACL path construct")
    ((p, o),) = kinds.items()
    if p in unary:
        return unary[p].format(sparql_path(g, o, shape))
    if p == SH.alternativePath:
        items = list(Collection(g, o))
        if not items:
            raise NotCompilable(f"{where}: empty sh:alternativePath")
        return "(" + "|".join(sparql_path(g, i, shape) for i in items) + ")"
    raise NotCompilable(f"{where}: unsupported path construct {show(g, p)}")


def path_string(g: Graph, path: Node | None) -> str | None:
    """A result path as Violation shows it: the IRI, or the SPARQL path."""
    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    return sparql_path(g, path)


def scannable(path: str | None) -> bool:
    """A path that can be scanned from an unbound subject: IRIs, inverse, sequence and
    alternative, without zero-length or closure steps (* + ?)."""
    return path is not None and not re.search(r"[*+?]", re.sub(r"<[^>]*>", "", path))


#: The path from a node to each class it is an instance of (the hierarchy must be in the store).
INSTANCE = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
