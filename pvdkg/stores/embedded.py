"""The embedded store: pyoxigraph in this process, in memory or in a folder.

pyoxigraph is the embedded default because it runs the SPARQL updates of
queries/ in milliseconds per patient (rdflib's engine is two orders of magnitude
slower on the same rules) and needs no server. The pipeline derives in one of
these (`EmbeddedStore.with_knowledge()`), and everything a run derives stays in
it, so `pvdkg query` can read it back (through `db`, the pyoxigraph store).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..knowledge import ParsedKnowledge
from ..knowledge import load as load_knowledge
from .base import GraphStore


class EmbeddedStore(GraphStore):
    """pyoxigraph behind the GraphStore interface; `db` is the pyoxigraph store itself,
    for what only it offers (CONSTRUCT, dumps, bounded queries in a forked child)."""

    def __init__(self, path: str | Path | None = None):
        self.db = ox.Store(str(path)) if path else ox.Store()
        self.made_with: _Kind | None = None  # with_knowledge's knowledge, mappings and lean

    @classmethod
    def with_knowledge(cls, root: Path | None = None, mappings: bool = False, lean: bool = False) -> EmbeddedStore:
        """A fresh in-memory store holding the ontology and the knowledge base (parsed once
        per process, pvdkg.knowledge), and with mappings=True the SSSOM mappings as SKOS triples.
        lean=True: only the knowledge the rules engine's derivation reads
        (ParsedKnowledge.derivation_quads), for a store only derive.results reads.
        The oldest store prepare() built ahead is taken when one is ready."""
        key = (load_knowledge(root), mappings, lean)
        with _spare.lock:
            ready = _spare.stores.get(key)
            store = ready.pop(0) if ready else None
        return store if store is not None else cls._fresh(key)

    @classmethod
    def prepare(cls, root: Path | None = None, mappings: bool = False, lean: bool = False) -> None:
        """Build the next with_knowledge() stores ahead, in a thread (loading the knowledge is
        4-7 ms lean, with the interpreter lock released): a server calls it after each
        derivation. SPARES are kept, so the store a derivation takes was built during the one
        before it (with one, a quarter of the batches under load began before it was ready).
        Nothing when the spares are ready or being built."""
        key = (load_knowledge(root), mappings, lean)
        with _spare.lock:
            if key in _spare.building or len(_spare.stores.get(key, ())) >= SPARES:
                return
            _spare.building.add(key)

        def build():
            try:
                while True:
                    store = cls._fresh(key)
                    with _spare.lock:
                        ready = _spare.stores.setdefault(key, [])
                        ready.append(store)
                        if len(ready) >= SPARES:
                            return
            finally:
                with _spare.lock:
                    _spare.building.discard(key)

        threading.Thread(target=build, name="pvdkg-spare-store", daemon=True).start()

    @classmethod
    def _fresh(cls, kind: _Kind) -> EmbeddedStore:
        knowledge, mappings, lean = kind
        store = cls()
        # from bytes, not bulk_extend of the Quad objects: a little more CPU (4-5 ms lean
        # against 3-4), but with the interpreter lock released, so prepare()'s copy runs beside
        # the next batch instead of holding it up. lenient: the knowledge's own triples, checked
        # when it was parsed. Blank nodes get new ids in each store (as in each process: the
        # knowledge-scoped queries, whose rows outlive a store, return none, tests/test_queries.py).
        data = knowledge.derivation_ntriples if lean else knowledge.ntriples
        store.add_ntriples(data, lenient=True)
        if mappings:
            from ..mappings import mapping_triples

            store.add_ntriples(mapping_triples(knowledge.root))
        store.made_with = kind
        return store

    def add_ntriples(self, data: bytes | str, lenient: bool = False) -> None:
        """Add N-Triples (knowledge, patient data, mappings) to the default graph, with the
        interpreter lock released. lenient: triples already checked (no IRI or literal checks)."""
        self.db.load(data.encode() if isinstance(data, str) else data, format=ox.RdfFormat.N_TRIPLES, lenient=lenient)

    def select(self, text: str, default_graph: str | None = None) -> list[dict[str, str]]:
        kwargs = {"default_graph": ox.NamedNode(default_graph)} if default_graph else {}
        solutions = self.db.query(text, **kwargs)
        names = [v.value for v in solutions.variables]
        return [{n: t.value for n, t in zip(names, sol) if t is not None} for sol in solutions]

    def select_knowledge(self, text: str) -> list[dict[str, str]]:
        """A knowledge-only query of a store made by with_knowledge, answered once per process
        and knowledge, by the first store that asks (its header promises it reads no patient,
        tests/test_queries.py): copies of the kept rows."""
        if self.made_with is None:
            return self.select(text)
        key = (*self.made_with, text)
        rows = _knowledge_rows.get(key)
        if rows is None:
            if len(_knowledge_rows) >= 64:  # the texts are query files: only a changed root adds more
                _knowledge_rows.clear()
            rows = _knowledge_rows[key] = tuple(self.select(text))
        return [dict(row) for row in rows]

    def update(self, text: str) -> None:
        self.db.update(text)

    def __len__(self) -> int:
        return len(self.db)


#: The stores prepare() keeps ready of a kind: the next derivation's, and the one after it.
SPARES = 2

#: What a with_knowledge() store holds: (knowledge, mappings, lean).
_Kind = tuple[ParsedKnowledge, bool, bool]


#: select_knowledge's rows by (knowledge, mappings, lean, query text).
_knowledge_rows: dict[tuple[ParsedKnowledge, bool, bool, str], tuple[dict[str, str], ...]] = {}


@dataclass
class _Spare:
    """The stores prepare() built, by what they hold (_Kind), oldest first, and the kinds
    being built."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    stores: dict[_Kind, list[EmbeddedStore]] = field(default_factory=dict)
    building: set[_Kind] = field(default_factory=set)


_spare = _Spare()
