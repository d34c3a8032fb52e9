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
"""
from __future__ import annotations

import hashlib
import re
import uuid
from abc import ABC, abstractmethod
from functools import lru_cache
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from . import reason, recommend
from .resources import knowledge_root
from .store import _knowledge_ntriples, rows

GRAPH = "https://w3id.org/pvdkg/graph/"
REGISTRY = GRAPH + "registry"
PATIENTS = GRAPH + "patients"
CURRENT = "https://w3id.org/pvdkg/ontology#currentKnowledge"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
CHUNK = 4000           # triples per INSERT DATA operation (Virtuoso fails above ~5,000)
OPS_PER_REQUEST = 5
_INSERT_AT_LINE_START = re.compile(r"(?m)^INSERT \{")
_PATIENT_TYPE = re.compile(rb"(?m)^<([^>]+)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                           rb"<https://w3id.org/pvdkg/ontology#Patient> \.")
_BNODE = re.compile(r"_:([A-Za-z0-9_\-.]+)")


class StoreError(Exception):
    """A store cannot be reached, or refused a request (reported with exit code 2)."""


def knowledge_version(root: Path | None = None, mappings: bool = True) -> tuple[str, bytes]:
    """The knowledge N-Triples (with mappings, skolemised) and the IRI of their version graph.

    The IRI is a hash of the RDFC-1.0 canonical form, so the same knowledge has
    the same version in every process and on every machine (parsing names blank
    nodes at random): `pvdkg load` of unchanged knowledge writes nothing, and a
    store loaded by one process is current for the next."""
    return _knowledge_version((root or knowledge_root()).resolve(), mappings)


@lru_cache(maxsize=8)
def _knowledge_version(root: Path, mappings: bool) -> tuple[str, bytes]:
    data = _knowledge_ntriples(root)
    if mappings:
        from .mappings import mapping_triples
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


class GraphStore(ABC):
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
        ops = [f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(lines[i:i + CHUNK]) + "\n} }"
               for i in range(0, len(lines), CHUNK)]
        for i in range(0, len(ops), OPS_PER_REQUEST):
            self.update(" ;\n".join(ops[i:i + OPS_PER_REQUEST]))

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
        self.update(f"DELETE WHERE {{ GRAPH <{REGISTRY}> {{ <{REGISTRY}> <{CURRENT}> ?old }} }} ;\n"
                    f"INSERT DATA {{ GRAPH <{REGISTRY}> {{ <{REGISTRY}> <{CURRENT}> <{graph}> }} }}")
        # keep the previous version for readers that started before the switch; drop older ones
        for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                               f"FILTER (STRSTARTS(STR(?g), \"{GRAPH}knowledge/\")) }}"):
            if row["g"] not in (graph, previous):
                self.update(f"DROP SILENT GRAPH <{row['g']}>")
        return graph, True

    def put_patients(self, patients: dict[str, bytes]) -> None:
        """Replace each patient (IRI -> its N-Triples) without touching the others."""
        iris = sorted(patients)
        stored = set(self.patients())        # only these need deleting first (a fresh load deletes nothing)
        for i in range(0, len(iris), 500):
            part = iris[i:i + 500]
            data = b"".join(normalise_ntriples(patients[iri]) for iri in part)
            named = {m.decode() for m in _PATIENT_TYPE.findall(data)}      # a file may describe several
            self.delete_patients(sorted((set(part) | named) & stored))
            self.insert_ntriples(PATIENTS, data)

    def delete_patients(self, iris: list[str]) -> None:
        """Remove patients and their lesion, procedure and measurement nodes."""
        if iris:
            self.update(f"DELETE {{ GRAPH <{PATIENTS}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{PATIENTS}> {{ "
                        f"VALUES ?root {{ {_subjects_of(iris)} }} ?s ?p ?o . "
                        "FILTER (?s = ?root || STRSTARTS(STR(?s), CONCAT(STR(?root), \"/\"))) } }")

    def patients(self) -> list[str]:
        rows = self.select(f"SELECT ?p WHERE {{ GRAPH <{PATIENTS}> {{ ?p a <https://w3id.org/pvdkg/ontology#Patient> }} }} ORDER BY ?p")
        return [r["p"] for r in rows]

    def derive(self, engine: str = "rules", audit_only: bool = False) -> dict[str, dict]:
        """The result of every patient in the store, derived inside the store
        (audit_only: only the audit part, skipping what only the other parts need)."""
        if engine != "rules":
            raise StoreError("derivation inside a store uses the rules engine (SPARQL); --engine hermit is embedded only")
        knowledge = self.current_knowledge()
        if knowledge is None:
            raise StoreError("no knowledge loaded in this store: run `pvdkg load` first")
        ours, _ = knowledge_version()
        if knowledge != ours:      # the queries here would read another version's knowledge
            raise StoreError(f"the store's knowledge <{knowledge}> is not the version this pvdkg derives "
                             f"with <{ours}>: run `pvdkg load` first")
        scratch = GRAPH + "derivation/" + uuid.uuid4().hex
        self.scratch_update(f"ADD <{knowledge}> TO <{scratch}> ;\nADD SILENT <{PATIENTS}> TO <{scratch}>")
        try:
            view = _GraphView(self, scratch)
            reason.derive_facts(view)
            reason.classify_rules(view)
            recommend.derive(view, audit_only)
            return recommend.audit_results(view) if audit_only else recommend.results(view)
        finally:     # with the transaction log: a crash must not bring the scratch graph back
            self.update(f"DROP SILENT GRAPH <{scratch}>")


class _GraphView:
    """One graph of a GraphStore, seen through the few methods the derivation modules call."""

    def __init__(self, store: GraphStore, graph: str):
        self.store, self.graph = store, graph

    def update(self, text: str) -> None:
        self.store.scratch_update(_INSERT_AT_LINE_START.sub(f"WITH <{self.graph}>\nINSERT {{", text))

    def select_rows(self, text: str) -> list[dict[str, str]]:
        return self.store.select(text, default_graph=self.graph)

    def __len__(self) -> int:
        return int(self.store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=self.graph)[0]["n"])


class EmbeddedStore(GraphStore):
    """pyoxigraph, in memory or in a folder, behind the same interface."""

    def __init__(self, path: str | Path | None = None):
        self.db = ox.Store(str(path)) if path else ox.Store()

    def select(self, text: str, default_graph: str | None = None) -> list[dict[str, str]]:
        kwargs = {"default_graph": ox.NamedNode(default_graph)} if default_graph else {}
        return rows(self.db.query(text, **kwargs))

    def update(self, text: str) -> None:
        self.db.update(text)


#: Pragmas put before a scratch update, by the product its endpoint names in the HTTP
#: Server header. Virtuoso: `define sql:log-enable 2` is log_enable(2), autocommit
#: without the transaction log (docs.openlinksw.com/virtuoso/fn_log_enable), what its
#: bulk loader uses: 3x faster inserts at 10,000 patients, and no transaction image
#: limit (SR325). A scratch graph left half-written by a crash is dropped anyway.
SCRATCH_PRAGMAS = {"virtuoso": "DEFINE sql:log-enable 2\n"}


class RemoteStore(GraphStore):
    """A SPARQL 1.1 endpoint reached with SPARQLWrapper (query and update URLs, basic auth, timeout)."""

    def __init__(self, query_url: str, update_url: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = 60.0):
        self.query_url, self.update_url = query_url, update_url or query_url
        self.user, self.password, self.timeout = user, password, timeout
        self.server = ""          # the endpoint's HTTP Server header, from its first answer

    def _wrapper(self, url: str, text: str):
        from SPARQLWrapper import BASIC, JSON, POST, SPARQLWrapper
        w = SPARQLWrapper(url)
        w.setMethod(POST)
        w.setTimeout(int(max(1, self.timeout)))
        if self.user:
            w.setHTTPAuth(BASIC)
            w.setCredentials(self.user, self.password or "")
        w.setReturnFormat(JSON)
        w.setQuery(text)
        return w

    def _run(self, w, url: str, call: Callable):
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException
        try:
            return call(w)
        except SPARQLWrapperException as exc:
            text = str(exc)
            message = text.splitlines()[0] if text else type(exc).__name__
            said = text.split("Response:", 1)[1].strip() if "Response:" in text else ""
            if said:     # the store's own words (Virtuoso: an error code and a reason)
                said = said.removeprefix("b'").removeprefix('b"').replace("\\n", " ").strip()
                message += f" ({said[:300]})"
            raise StoreError(f"{url}: {message}") from None
        except OSError as exc:   # URLError, timeouts, refused connections
            reason = getattr(exc, "reason", None) or exc
            raise StoreError(f"{url}: cannot reach the endpoint ({reason})") from None

    def select(self, text: str, default_graph: str | None = None) -> list[dict[str, str]]:
        w = self._wrapper(self.query_url, text)
        if default_graph:
            w.addParameter("default-graph-uri", default_graph)
        answer = self._run(w, self.query_url, lambda w: w.query())
        self.server = self.server or answer.info().get("server", "")
        res = self._run(w, self.query_url, lambda w: answer.convert())
        rows = []
        for binding in res["results"]["bindings"]:
            row = {}
            for name, value in binding.items():
                v = value["value"]
                if value.get("datatype") == XSD_BOOLEAN:
                    v = {"1": "true", "0": "false"}.get(v, v)
                row[name] = v
            rows.append(row)
        return rows

    def update(self, text: str) -> None:
        from SPARQLWrapper import Wrapper
        w = self._wrapper(self.update_url, text)
        w.queryType = Wrapper.INSERT      # an update may start with WITH, which SPARQLWrapper does not sniff
        self._run(w, self.update_url, lambda w: w.query())

    def scratch_update(self, text: str) -> None:
        product = self.server.split("/", 1)[0].strip().lower()
        self.update(SCRATCH_PRAGMAS.get(product, "") + text)
