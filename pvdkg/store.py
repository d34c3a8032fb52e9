"""The embedded triple store: pyoxigraph, loaded with the ontology and knowledge base.

pyoxigraph is the embedded default because it runs the SPARQL updates of
queries/ in milliseconds per patient (rdflib's engine is two orders of magnitude
slower on the same rules) and needs no server. Everything a run derives goes
into the same in-memory store, so `pvdkg query` can read it back.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .resources import knowledge_root, ontology_files, query_file

_HEADER = re.compile(r"^#\+\s*([\w-]+):\s*(.*)$")


class KnowledgeError(Exception):
    """The knowledge files cannot be read (a broken ontology edit, say)."""


@lru_cache(maxsize=8)
def _knowledge_ntriples(root: Path) -> bytes:
    """The ontology and knowledge base as N-Triples, parsed once per process, with
    what the queries of queries/knowledge/ materialise (the false rails of
    populations, the subclass closure, class entailment, the members of class expressions, the entries a
    conditional caution needs, the values of each field, the leaves of each
    population) for the derivation to join."""
    scratch = ox.Store()
    for path in ontology_files(root):
        try:
            scratch.load(path=str(path), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, OSError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from None
    steps = query_files("knowledge", ".rq", root) + query_files("knowledge", ".ru", root)
    for rel in sorted(steps, key=lambda r: r.rsplit("/", 1)[-1]):   # in name order: each may use the ones before
        if rel.endswith(".ru"):        # an update: knowledge that needs new nodes (queries/knowledge/05-false-rails.ru)
            scratch.update(read_query(rel, root))
            continue
        derived = list(scratch.query(read_query(rel, root)))
        scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in derived)
    return scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


@lru_cache(maxsize=8)
def _knowledge_quads(root: Path) -> tuple[ox.Quad, ...]:
    """The same, parsed once: a new store is filled from these (a warm case pays no parsing)."""
    store = ox.Store()
    store.load(_knowledge_ntriples(root), format=ox.RdfFormat.N_TRIPLES)
    return tuple(store)


def knowledge_store(root: Path | None = None, mappings: bool = False) -> ox.Store:
    """A fresh in-memory store holding the ontology and the knowledge base, and
    with mappings=True the SSSOM vocabulary mappings as SKOS triples."""
    root = (root or knowledge_root()).resolve()
    store = ox.Store()
    store.extend(_knowledge_quads(root))
    if mappings:
        from .mappings import mapping_triples
        store.load(mapping_triples(root), format=ox.RdfFormat.N_TRIPLES)
    return store


def add_ntriples(store: ox.Store, data: bytes | str) -> None:
    """Add patient data (N-Triples) to the default graph."""
    store.load(data.encode() if isinstance(data, str) else data, format=ox.RdfFormat.N_TRIPLES)


def read_query(rel: str, root: Path | None = None) -> str:
    """The text of a query file under queries/ (read once per process and root)."""
    return _read(rel, _absolute(root or knowledge_root()))


def _absolute(root: Path) -> Path:
    """A cache key that a change of working directory cannot make stale."""
    return root if root.is_absolute() else root.resolve()


@lru_cache(maxsize=512)
def _read(rel: str, root: Path) -> str:
    return query_file(rel, root).read_text(encoding="utf-8")


def query_header(text: str) -> dict[str, str]:
    """The '#+ key: value' header lines of a query file (grlc style)."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            break
        out[m.group(1)] = m.group(2)
    return out


def query_files(folder: str, suffix: str, root: Path | None = None) -> list[str]:
    """The query files of one folder of queries/, in name order (the order they run in),
    listed once per process and root, like their texts (read_query)."""
    return list(_query_files(folder, suffix, _absolute(root or knowledge_root())))


@lru_cache(maxsize=64)
def _query_files(folder: str, suffix: str, root: Path) -> tuple[str, ...]:
    base = root / "queries" / folder
    return tuple(f"{folder}/{p.name}" for p in sorted(base.glob(f"*{suffix}")))


def select(store, text: str) -> list[dict[str, str]]:
    """Run a SELECT query; each row maps variable names to plain string values.

    `store` is a pyoxigraph store, or a view of a graph in a GraphStore
    (pvdkg.stores), which answers through its select_rows method."""
    if hasattr(store, "select_rows"):
        return store.select_rows(text)
    return rows(store.query(text))


def rows(solutions: ox.QuerySolutions) -> list[dict[str, str]]:
    """pyoxigraph solutions as dicts of plain strings (unbound variables left out)."""
    names = [v.value for v in solutions.variables]
    return [{n: t.value for n, t in zip(names, sol) if t is not None} for sol in solutions]
