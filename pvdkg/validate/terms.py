"""Terms shared by the compiled checks: Violation, NotCompilable, and terms as SPARQL text.

Why a module of its own: the compiler, each constraint family and the batch
checks all write rdflib terms into SPARQL and show pyoxigraph terms the same
way; one definition keeps the query text and the Violation tuples identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

VIOLATION = str(SH.Violation)


class NotCompilable(Exception):
    """The shapes use something the compiler does not translate: validate with pyshacl."""


@dataclass(frozen=True)
class Violation:
    """One validation result, as pyshacl's top-level results give it.

    focus and value: an IRI as its string, a literal in N-Triples form
    ('"7.5"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"x"' for xsd:string),
    a blank node as '_:id'. path: the predicate IRI, or a SPARQL property path
    for other paths (None for node shapes). component: the constraint
    component IRI. shape: the source shape (IRI, or '_:id' of the blank node
    in the shapes graph). root: the root focus node (patient) the focus belongs
    to, None when none reaches it; it is not part of equality."""

    focus: str
    path: str | None
    component: str
    shape: str | None
    value: str | None
    severity: str = VIOLATION
    root: str | None = field(default=None, compare=False)


def sparql_term(term: Node, what: str) -> str:
    """An rdflib term of the shapes graph as SPARQL text."""
    if isinstance(term, URIRef):
        if re.search(r'[<>"{}|^`\\\x00-\x20]', str(term)):
            raise NotCompilable(f"{what}: IRI {str(term)!r} cannot be written in SPARQL")
        return f"<{term}>"
    if isinstance(term, Literal):
        lex = sparql_string(str(term))
        if term.language:
            return f"{lex}@{term.language}"
        return f"{lex}^^<{term.datatype or XSD.string}>"
    raise NotCompilable(f"{what}: blank node {term.n3()} used as a value")


def sparql_string(s: str) -> str:
    """A Python string as a SPARQL string literal."""
    return '"' + (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")) + '"'


def term_name(term: Node | None) -> str | None:
    """A shapes-graph term as Violation shows it."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def ox_name(term) -> str | None:
    """A pyoxigraph term as Violation shows it."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def show(g: Graph, node: Node) -> str:
    """A shape or constraint for an error message."""
    if isinstance(node, URIRef):
        try:
            return g.namespace_manager.normalizeUri(node)
        except Exception:
            return f"<{node}>"
    return f"[{node.n3()}]"
