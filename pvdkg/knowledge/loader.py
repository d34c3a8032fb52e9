"""The one reader of the knowledge: each Turtle file parsed once per process and root.

pyoxigraph parses the Turtle; both views are made from that one parse:
- `ntriples` / `quads`: the ontology and knowledge base with what the queries of
  queries/knowledge/ materialise (the false rails of populations, the subclass
  closure, class entailment, the members of class expressions, the entries a
  conditional caution needs, the values of each field, the leaves of each
  population), for the embedded and remote stores;
- `ontology_graph`: the ontology files alone as an rdflib graph (with their
  prefixes), for validation and export, built from the parsed triples, not from
  a second Turtle parse by rdflib (which could disagree, or fail differently).
A file that does not parse is a KnowledgeError naming the file and line.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .layout import KnowledgeError, ontology_files, query_file, real_root
from .queries import query_files, query_header, read_query

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: Where pyoxigraph says an error is: "Parser error at line 4 column 5: ...",
#: "... at line 618 between columns 1 and 8: ..." (Turtle), "error at 1:16: ..." (SPARQL).
_POSITION = re.compile(r"^(?:Parser )?error at (?:line (\d+)[^:]*|(\d+):\d+):\s*")


@dataclass(frozen=True, eq=False)
class ParsedKnowledge:
    """The parsed knowledge of one root (shared between callers: do not modify)."""

    root: Path
    ontology_ntriples: tuple[bytes, ...]  # each ontology file as written (no derived triples)
    prefixes: tuple[tuple[str, str], ...]
    ntriples: bytes  # with the derived knowledge
    quads: tuple[ox.Quad, ...] = field(repr=False)

    @cached_property
    def ontology_graph(self) -> Graph:
        """The ontology files as one rdflib graph, made once (shared: do not modify)."""
        graph = Graph()
        for prefix, iri in self.prefixes:
            graph.bind(prefix, iri)
        for data in self.ontology_ntriples:
            for triple in _rdflib_triples(data):
                graph.add(triple)
        return graph

    @cached_property
    def derivation_quads(self) -> tuple[ox.Quad, ...]:
        """The quads a derivation by the rules engine can read: a quad whose predicate one of
        its queries names, and an rdf:type quad only when the class is named too.

        Why: a derivation copies the knowledge into a fresh store (about 1.6 us a quad) and
        its queries scan what is there; labels, definitions, sources, trial results and the
        OWL declarations (half the quads) are read by people and `pvdkg query`, never by the
        rules. The names come from the query files themselves (derivation_names), so a
        query that starts to read another predicate gets it with no code changed; the
        stores people query (mappings, the hermit engine, `pvdkg query`) hold everything."""
        named = derivation_names(self.root)
        if named is None:
            return self.quads
        return tuple(
            q
            for q in self.quads
            if q.predicate.value in named and (q.predicate.value != _RDF_TYPE or q.object.value in named)
        )

    @cached_property
    def derivation_ntriples(self) -> bytes:
        """derivation_quads as N-Triples (all in the default graph), what a lean store loads:
        ntriples is the same for the whole knowledge."""
        return ox.serialize([q.triple for q in self.derivation_quads], format=ox.RdfFormat.N_TRIPLES)


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_BASE_DECL = re.compile(r"^\s*BASE\s*<", re.IGNORECASE | re.MULTILINE)
_PREFIX_DECL = re.compile(r"PREFIX\s+([\w-]*):\s*<([^<>\s]*)>", re.IGNORECASE)
_IRI_REF = re.compile(r"<([^<>\"\s]*)>")
_PREFIXED = re.compile(r"(?<![\w<])([A-Za-z][\w-]*)?:((?:[\w-]|\.(?=[\w-]))+)")


def derivation_names(root: Path) -> frozenset[str] | None:
    """Every IRI written in a query of the rules engine's derivation (DERIVATION_FOLDERS, but
    not a file whose `#+ engine:` header names another engine), as <IRI> or prefix:name,
    and rdf:type (the keyword `a`). Comments count too: naming more keeps more. None (keep
    everything) when a query declares a BASE: its relative IRIs could not be told apart."""
    names = {_RDF_TYPE}
    for folder in DERIVATION_FOLDERS:
        for rel in query_files(folder, ".rq", root) + query_files(folder, ".ru", root):
            text = read_query(rel, root)
            if query_header(text).get("engine", "rules").split()[0] != "rules":
                continue
            if _BASE_DECL.search(text):
                return None
            prefixes = {p: iri for p, iri in _PREFIX_DECL.findall(text)}
            names.update(_IRI_REF.findall(text))
            names.update(prefixes[p] + local for p, local in _PREFIXED.findall(text) if p in prefixes)
    return frozenset(names)


def load(root: Path | None = None) -> ParsedKnowledge:
    """The knowledge of `root` (default: knowledge_root()), parsed once per process."""
    return _load(real_root(root))


def _position_message(exc: SyntaxError) -> str:
    """'line N: what' from a pyoxigraph SyntaxError (Turtle or SPARQL)."""
    text = " ".join(str(exc.msg or exc).split())
    m = _POSITION.match(text)
    if m:
        return f"line {m.group(1) or m.group(2)}: {text[m.end() :]}"
    return f"line {exc.lineno}: {text}" if exc.lineno else text


@lru_cache(maxsize=8)
def _load(root: Path) -> ParsedKnowledge:
    scratch, prefixes, written = ox.Store(), {}, []
    for path in ontology_files(root):
        try:
            parser = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            quads = list(parser)
        except SyntaxError as exc:
            raise KnowledgeError(f"{path}: {_position_message(exc)}") from None
        except (ValueError, OSError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from None
        prefixes.update(parser.prefixes)
        written.append(ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES))
        scratch.extend(quads)
    _run_knowledge_steps(scratch, root)
    _check_derivation_queries(root)
    data = scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return ParsedKnowledge(root, tuple(written), tuple(sorted(prefixes.items())), data, tuple(store))


def _run_knowledge_steps(scratch: ox.Store, root: Path) -> None:
    """queries/knowledge/ in name order (each may use the ones before): a .rq
    CONSTRUCTs triples added to the default graph, a .ru updates it (knowledge
    that needs new nodes, 05-false-rails.ru)."""
    steps = query_files("knowledge", ".rq", root) + query_files("knowledge", ".ru", root)
    for rel in sorted(steps, key=lambda r: r.rsplit("/", 1)[-1]):
        text = read_query(rel, root)
        try:
            if rel.endswith(".ru"):
                scratch.update(text)
                continue
            derived = list(scratch.query(text))
        except SyntaxError as exc:
            raise KnowledgeError(f"{query_file(rel, root)}: {_position_message(exc)}") from None
        scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in derived)


#: The query folders a derivation runs (queries/knowledge/ runs at load, above).
DERIVATION_FOLDERS = ("facts", "reason", "recommend")


def _check_derivation_queries(root: Path) -> None:
    """Every query a derivation runs, parsed now: a typo in a guideline author's edit is a
    KnowledgeError with file and line in every command, not a traceback in the middle of
    a derivation. pyoxigraph parses only to run, so each runs once on an empty store
    (nothing to match: well under a millisecond each)."""
    empty = ox.Store()
    for folder in DERIVATION_FOLDERS:
        for rel in query_files(folder, ".rq", root) + query_files(folder, ".ru", root):
            try:
                if rel.endswith(".ru"):
                    empty.update(read_query(rel, root))
                else:
                    empty.query(read_query(rel, root))
            except SyntaxError as exc:
                raise KnowledgeError(f"{query_file(rel, root)}: {_position_message(exc)}") from None


def _rdflib_triples(ntriples: bytes):
    """pyoxigraph's triples of one file as rdflib terms. Blank nodes are named as rdflib's
    Turtle parser names them (one random prefix per file, then a counter in document
    order), so that `pvdkg export` writes them in the same order as before."""
    prefix, blank = "n" + uuid.uuid4().hex + "b", {}

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            if t.value not in blank:
                blank[t.value] = BNode(prefix + str(len(blank) + 1))
            return blank[t.value]
        plain = t.language or t.datatype.value == _XSD_STRING  # RDF 1.1: "x" is "x"^^xsd:string
        return Literal(t.value, lang=t.language, datatype=None if plain else URIRef(t.datatype.value))

    for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        yield term(t.subject), term(t.predicate), term(t.object)
