"""OWL class expressions as text: a Manchester-like rendering and a plain-words one.

Why our own renderer: a statement page shows its population as the expression the
reasoner reads (from the RDF list structure of owl:intersectionOf / owl:unionOf /
owl:complementOf), so an author sees exactly what was encoded, not a paraphrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDFS

from ..knowledge.namespace import ONTOLOGY

BECAUSE = ONTOLOGY.becausePhrase
OPERATORS = ((OWL.intersectionOf, "and"), (OWL.unionOf, "or"))


@dataclass(frozen=True)
class Part:
    """One node of a rendered expression: a named class (iri set) or an operator with parts."""

    iri: URIRef | None = None
    operator: str | None = None  # "and", "or", "not"
    parts: tuple[Part, ...] = ()


def parse(graph: Graph, node) -> Part:
    """The expression tree of a class node (a named class is a leaf; its definition is not expanded)."""
    if isinstance(node, URIRef):
        return Part(iri=node)
    for predicate, word in OPERATORS:
        for members in graph.objects(node, predicate):
            return Part(operator=word, parts=tuple(parse(graph, m) for m in Collection(graph, members)))
    for negated in graph.objects(node, OWL.complementOf):
        return Part(operator="not", parts=(parse(graph, negated),))
    return Part(iri=None)  # an expression kind this renderer does not know: shown as "?"


def definition(graph: Graph, cls: URIRef) -> Part | None:
    """The anonymous expression a named class is equivalent to, if any."""
    for other in graph.objects(cls, OWL.equivalentClass):
        if isinstance(other, BNode):
            return parse(graph, other)
    return None


def named_classes(part: Part) -> list[URIRef]:
    """The named classes an expression mentions, in reading order, each once."""
    seen: list[URIRef] = []
    if part.iri is not None and part.iri not in seen:
        seen.append(part.iri)
    for p in part.parts:
        seen.extend(c for c in named_classes(p) if c not in seen)
    return seen


def manchester(part: Part, name, top: bool = True) -> str:
    """Manchester-like text; `name(iri)` gives the (already escaped or linked) name of a class."""
    if part.operator is None:
        return name(part.iri) if part.iri is not None else "?"
    if part.operator == "not":
        return "not " + manchester(part.parts[0], name, top=False)
    text = f" {part.operator} ".join(manchester(p, name, top=False) for p in part.parts)
    return text if top else f"({text})"


def words(graph: Graph, part: Part, top: bool = True) -> str:
    """The expression in the phrases results use (pvdkg:becausePhrase, else rdfs:label)."""
    if part.operator is None:
        if part.iri is None:
            return "?"
        for phrase in (*graph.objects(part.iri, BECAUSE), *graph.objects(part.iri, RDFS.label)):
            return str(phrase)
        return local_name(part.iri)
    if part.operator == "not":
        return "not " + words(graph, part.parts[0], top=False)
    text = f" {part.operator} ".join(words(graph, p, top=False) for p in part.parts)
    return text if top else f"({text})"


def local_name(iri: URIRef) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
