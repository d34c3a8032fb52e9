"""Where the knowledge graph and patients are kept: the embedded store or any SPARQL 1.1 endpoint.

One interface (GraphStore) with two implementations that share the layout of
named graphs and the derivation queries:

    <https://w3id.org/pvdkg/graph/knowledge/<sha256>>  ontology + knowledge base + mappings, one per version
    <https://w3id.org/pvdkg/graph/registry>            which knowledge version is current
    <https://w3id.org/pvdkg/graph/patients>            the patients; each replaced by its IRI
    <https://w3id.org/pvdkg/graph/derivation/<uuid>>   scratch graph of one derivation, dropped after

A knowledge load writes a new version graph and only then moves the registry
pointer to it, so a reader never sees half a load. A derivation copies the
current knowledge and the patients into a scratch graph inside the store
(SPARQL `ADD`), runs queries/facts, reason and recommend there with
`WITH <scratch>`, and reads the results with the scratch graph as the default
graph: the work happens in the store, not in the client.

The derivation modules (reason.py, derive.py) see any of these through one
small interface, SparqlGraph: `select(text) -> rows`, `update(text)`, `len()`.
EmbeddedStore (pvdkg.stores.embedded) and RemoteStore (pvdkg.stores.sparql) are
GraphStores; a derivation's scratch graph is a GraphView of one.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from abc import ABC, abstractmethod
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .. import derive, reason
from ..knowledge import load as load_knowledge
from ..knowledge import real_root
from ..knowledge.namespace import GRAPH as GRAPHS
from ..knowledge.namespace import ONTOLOGY, PVDKG

GRAPH = str(GRAPHS)
REGISTRY = GRAPH + "registry"
PATIENTS = GRAPH + "patients"
CURRENT = str(ONTOLOGY.currentKnowledge)  # the registry's pointer: a store term, not an ontology one
CHUNK = 4000  # triples per INSERT DATA operation (Virtuoso fails above ~5,000)
OPS_PER_REQUEST = 5
_INSERT_AT_LINE_START = re.compile(r"(?m)^(INSERT|DELETE) \{")
_PATIENT_TYPE = re.compile(
    rb"(?m)^<([^>]+)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    rb"<" + re.escape(str(PVDKG.Patient).encode()) + rb"> \."
)
_BNODE = re.compile(r"_:([A-Za-z0-9_\-.]+)")


class StoreError(Exception):
    """A store cannot be reached, or refused a request (reported with exit code 2)."""


def knowledge_version(root: Path | None = None, mappings: bool = True) -> tuple[str, bytes]:
    """The knowledge N-Triples (with mappings, skolemised) and the IRI of their version graph.

    The IRI is a hash of the RDFC-1.0 canonical form, so the same knowledge has
    the same version in every process and on every machine (parsing names blank
    nodes at random): `pvdkg load` of unchanged knowledge writes nothing, and a
    store loaded by one process is current for the next."""
    return _knowledge_version(real_root(root), mappings)


@lru_cache(maxsize=8)
def _knowledge_version(root: Path, mappings: bool) -> tuple[str, bytes]:
    data = load_knowledge(root).ntriples
    if mappings:
        from ..mappings import mapping_triples

        data += mapping_triples(root)
    data = skolemise(canonical_ntriples(data))
    return GRAPH + "knowledge/" + hashlib.sha256(data).hexdigest()[:16], data


def canonical_ntriples(data: bytes) -> bytes:
    """N-Triples in RDFC-1.0 canonical form (canonical blank node labels, sorted lines)."""
    dataset = ox.Dataset(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    lines = ox.serialize(dataset, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
    return b"".join(sorted(set(lines)))


def skolemise(ntriples: bytes) -> bytes:
    """Blank nodes as skolem IRIs, so data can be sent in chunks without splitting a list."""
    text = ntriples.decode("utf-8")
    return _BNODE.sub(lambda m: f"<https://w3id.org/pvdkg/.well-known/genid/{m.group(1)}>", text).encode("utf-8")


def normalise_ntriples(data: bytes) -> bytes:
    """RDF 1.1 N-Triples (no ^^xsd:string): some stores keep "x" and "x"^^xsd:string apart."""
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


def _subjects_of(patient_iris: list[str]) -> str:
    return " ".join(f"<{iri}>" for iri in patient_iris)


class SparqlGraph(ABC):
    """What the derivation runs on: one default graph, read with SELECT and written
    with updates. The embedded store, a remote store and a scratch graph view all are one,
    so reason.py and derive.py need not know which they have."""

    @abstractmethod
    def select(self, text: str) -> list[dict[str, str]]:
        """Rows of a SELECT, values as strings (booleans as 'true'/'false'; unbound left out)."""

    @abstractmethod
    def update(self, text: str) -> None:
        """Run a SPARQL update."""

    def select_knowledge(self, text: str) -> list[dict[str, str]]:
        """select() of a query whose header says `#+ scope: knowledge` (it reads no patient):
        a store that knows which knowledge it holds may answer it once per process."""
        return self.select(text)

    def __len__(self) -> int:
        """The number of triples (a cheap measure of whether an update added any)."""
        return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])


class GraphStore(SparqlGraph):
    """The store interface: knowledge versions, patients by IRI, derivation inside the store."""

    # ---- primitives each store implements
    @abstractmethod
    def select(self, text: str, default_graph: str | None = None) -> list[dict[str, str]]:
        """Rows of a SELECT, values as strings (booleans as 'true'/'false')."""

    @abstractmethod
    def update(self, text: str) -> None:
        """Run a SPARQL update whose operations name their graphs."""

    def scratch_update(self, text: str) -> None:
        """An update that writes only a derivation's scratch graph, which is dropped
        after: a store may skip its transaction log for it (RemoteStore on Virtuoso)."""
        self.update(text)

    # ---- shared behaviour
    def insert_ntriples(self, graph: str, data: bytes) -> None:
        """Add N-Triples to a graph in chunks (several INSERT DATA operations per request)."""
        lines = [line for line in data.decode("utf-8").splitlines() if line.strip()]
        ops = [
            f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(lines[i : i + CHUNK]) + "\n} }"
            for i in range(0, len(lines), CHUNK)
        ]
        for i in range(0, len(ops), OPS_PER_REQUEST):
            self.update(" ;\n".join(ops[i : i + OPS_PER_REQUEST]))

    def current_knowledge(self) -> str | None:
        rows = self.select(f"SELECT ?g WHERE {{ GRAPH <{REGISTRY}> {{ <{REGISTRY}> <{CURRENT}> ?g }} }}")
        return rows[0]["g"] if rows else None

    def load_knowledge(self, root: Path | None = None) -> tuple[str, bool]:
        """Make the knowledge of `root` current; (graph IRI, whether anything was written)."""
        graph, data = knowledge_version(root)
        previous = self.current_knowledge()
        if previous == graph:
            return graph, False
        self.update(f"DROP SILENT GRAPH <{graph}>")
        self.insert_ntriples(graph, data)
        self.update(
            f"DELETE WHERE {{ GRAPH <{REGISTRY}> {{ <{REGISTRY}> <{CURRENT}> ?old }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{REGISTRY}> {{ <{REGISTRY}> <{CURRENT}> <{graph}> }} }}"
        )
        # keep the previous version for readers that started before the switch; drop older ones
        for row in self.select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{GRAPH}knowledge/")) }}'
        ):
            if row["g"] not in (graph, previous):
                self.update(f"DROP SILENT GRAPH <{row['g']}>")
        return graph, True

    def put_patients(self, patients: dict[str, bytes]) -> None:
        """Replace each patient (IRI -> its N-Triples) without touching the others."""
        iris = sorted(patients)
        stored = set(self.patients())  # only these need deleting first (a fresh load deletes nothing)
        for i in range(0, len(iris), 500):
            part = iris[i : i + 500]
            data = b"".join(normalise_ntriples(patients[iri]) for iri in part)
            named = {m.decode() for m in _PATIENT_TYPE.findall(data)}  # a file may describe several
            self.delete_patients(sorted((set(part) | named) & stored))
            self.insert_ntriples(PATIENTS, data)

    def delete_patients(self, iris: list[str]) -> None:
        """Remove patients and their lesion, procedure and measurement nodes."""
        if iris:
            self.update(
                f"DELETE {{ GRAPH <{PATIENTS}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{PATIENTS}> {{ "
                f"VALUES ?root {{ {_subjects_of(iris)} }} ?s ?p ?o . "
                'FILTER (?s = ?root || STRSTARTS(STR(?s), CONCAT(STR(?root), "/"))) } }'
            )

    def patients(self) -> list[str]:
        rows = self.select(f"SELECT ?p WHERE {{ GRAPH <{PATIENTS}> {{ ?p a <{PVDKG.Patient}> }} }} ORDER BY ?p")
        return [r["p"] for r in rows]

    def derive(self, engine: str = "rules", audit_only: bool = False) -> dict[str, dict]:
        """The result of every patient in the store, derived inside the store
        (audit_only: only the audit part, skipping what only the other parts need)."""
        if engine != "rules":
            raise StoreError(
                "derivation inside a store uses the rules engine (SPARQL); --engine hermit is embedded only"
            )
        knowledge = self.current_knowledge()
        if knowledge is None:
            raise StoreError("no knowledge loaded in this store: run `pvdkg load` first")
        ours, _ = knowledge_version()
        if knowledge != ours:  # the queries here would read another version's knowledge
            raise StoreError(
                f"the store's knowledge <{knowledge}> is not the version this pvdkg derives "
                f"with <{ours}>: run `pvdkg load` first"
            )
        scratch = GRAPH + "derivation/" + uuid.uuid4().hex
        self.scratch_update(f"ADD <{knowledge}> TO <{scratch}> ;\nADD SILENT <{PATIENTS}> TO <{scratch}>")
        try:
            view = GraphView(self, scratch)
            reason.derive_facts(view)
            reason.classify_rules(view)
            derive.derive(view, audit_only)
            return derive.audit_results(view) if audit_only else derive.results(view)
        finally:  # with the transaction log: a crash must not bring the scratch graph back
            self.update(f"DROP SILENT GRAPH <{scratch}>")


class GraphView(SparqlGraph):
    """One named graph of a GraphStore as the default graph: updates get `WITH <graph>`,
    selects read it as their default graph."""

    def __init__(self, store: GraphStore, graph: str):
        self.store, self.graph = store, graph

    def update(self, text: str) -> None:
        self.store.scratch_update(_INSERT_AT_LINE_START.sub(lambda m: f"WITH <{self.graph}>\n{m.group(1)} {{", text))

    def select(self, text: str) -> list[dict[str, str]]:
        return self.store.select(text, default_graph=self.graph)
