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

RemoteStore sends its queries and updates with SPARQLWrapper; it reads and checks
each answer itself (size, HTTP status, Content-Type, JSON shape).
"""
from __future__ import annotations

import hashlib
import http.client
import io
import json
import math
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
import warnings
from abc import ABC, abstractmethod
from functools import lru_cache
from pathlib import Path
import pyoxigraph as ox

from . import derive, reason
from .resources import knowledge_root
from .store import _knowledge_ntriples, rows

GRAPH = "https://w3id.org/pvdkg/graph/"
REGISTRY = GRAPH + "registry"
PATIENTS = GRAPH + "patients"
CURRENT = "https://w3id.org/pvdkg/ontology#currentKnowledge"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
CHUNK = 4000           # triples per INSERT DATA operation (Virtuoso fails above ~5,000)
OPS_PER_REQUEST = 5
_INSERT_AT_LINE_START = re.compile(r"(?m)^(INSERT|DELETE) \{")
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
            derive.derive(view, audit_only)
            return derive.audit_results(view) if audit_only else derive.results(view)
        finally:     # with the transaction log: a crash must not bring the scratch graph back
            self.update(f"DROP SILENT GRAPH <{scratch}>")


class _GraphView:
    """One graph of a GraphStore, seen through the few methods the derivation modules call."""

    def __init__(self, store: GraphStore, graph: str):
        self.store, self.graph = store, graph

    def update(self, text: str) -> None:
        self.store.scratch_update(_INSERT_AT_LINE_START.sub(lambda m: f"WITH <{self.graph}>\n{m.group(1)} {{", text))

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


#: What a query answer may be: SPARQL 1.1 Query Results JSON (some stores say application/json).
RESULTS_TYPES = ("application/sparql-results+json", "application/json")
#: The largest answer read (bytes): a bound, far above a 100,000-patient cohort's results.
ANSWER_LIMIT = 1 << 30
ERROR_BODY_LIMIT = 64 * 1024


def check_endpoint_url(url: str) -> str:
    """An endpoint must be an http(s) URL with a host: not a file, not a bare word."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise StoreError(f"{url}: not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise StoreError(f"{url}: not an http:// or https:// URL of a SPARQL endpoint")
    return url


def _read_bounded(resp, limit: int) -> bytes:
    """The body, read in pieces, at most limit bytes (None past the limit)."""
    chunks, size = [], 0
    while True:
        chunk = resp.read(1 << 20)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _store_words(body: bytes | None, mime: str) -> str:
    """The store's own words from an error answer, on one short line."""
    if not body:
        return ""
    text = body.decode("utf-8", errors="replace")
    if mime in ("text/html", "application/xhtml+xml"):
        text = re.sub(r"(?s)<(script|style)\b.*?</\1>|<[^>]*>", " ", text)
    return " ".join(text.split())[:300]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is reported, not followed (it could lead anywhere, and drops a POST's body)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class _KeepErrorAnswer(urllib.request.HTTPDefaultErrorHandler):
    """A non-2xx answer: its first ERROR_BODY_LIMIT bytes are read and kept (for the message),
    then raised as urllib does, so SPARQLWrapper sees its usual HTTPError."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        try:
            body = _read_bounded(fp, ERROR_BODY_LIMIT) if fp else b""
        except Exception:                  # noqa: BLE001 - an error page we cannot read
            body = b""
        finally:
            if fp:
                fp.close()
        _EXCHANGE.error_answer = (code, hdrs.get_content_type() if hdrs else "", body, hdrs)
        raise urllib.error.HTTPError(req.full_url, code, msg, hdrs, io.BytesIO(body or b""))


#: What a RemoteStore request thread holds: that it is one (`opener`), and the non-2xx answer it got.
_EXCHANGE = threading.local()
_OPENER = urllib.request.build_opener(_NoRedirect(), _KeepErrorAnswer())


def _sparqlwrapper():
    """SPARQLWrapper's module, its `urlopener` set (once) to open RemoteStore's requests with _OPENER.

    SPARQLWrapper opens every request with the function its module calls `urlopener` (urllib's
    urlopen; the name is kept so that it can be substituted). In a RemoteStore request thread it
    is _OPENER instead: no redirect followed, error bodies bounded and kept. Elsewhere in the
    process SPARQLWrapper keeps its own."""
    import SPARQLWrapper.Wrapper as wrapper_module
    if not getattr(wrapper_module.urlopener, "pvdkg", False):
        library_urlopen = wrapper_module.urlopener

        def urlopener(request, *args, **kwargs):
            opener = getattr(_EXCHANGE, "opener", None)
            return (opener.open if opener else library_urlopen)(request, *args, **kwargs)

        urlopener.pvdkg = True
        wrapper_module.urlopener = urlopener
    return wrapper_module


class RemoteStore(GraphStore):
    """A SPARQL 1.1 endpoint reached with SPARQLWrapper (SPARQL 1.1 Protocol: query and
    update URLs as form posts, basic auth, JSON results).

    Each request is bounded as a whole by `timeout` (connecting, sending, and reading
    the complete answer; an endpoint that drips bytes cannot stretch it), every answer
    is read here, size-capped, and checked (HTTP status, Content-Type, JSON shape) before
    use, and any failure is a StoreError naming the endpoint."""

    def __init__(self, query_url: str, update_url: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = 60.0):
        self.query_url = check_endpoint_url(query_url)
        self.update_url = check_endpoint_url(update_url or query_url)
        self.user, self.password, self.timeout = user, password, timeout
        self.server = ""          # the endpoint's HTTP Server header, from its first answer

    def _wrapper(self, url: str, text: str, update: bool, default_graph: str | None = None):
        """A SPARQLWrapper for one POST of `text` (a URL-encoded form: query= or update=) to url."""
        sw = _sparqlwrapper()
        w = sw.SPARQLWrapper(url)
        w.setMethod(sw.POST)
        w.setRequestMethod(sw.URLENCODED)
        w.setReturnFormat(sw.JSON)
        w.setOnlyConneg(True)                  # the Accept header only, no format/output parameters
        w.setTimeout(math.ceil(self.timeout))  # per socket operation; the whole request: _send
        if self.user:
            w.setHTTPAuth(sw.BASIC)
            w.setCredentials(self.user, self.password or "")
        if default_graph:
            w.addParameter("default-graph-uri", default_graph)
        with warnings.catch_warnings():        # its guess of the query form (a warning if none)
            warnings.simplefilter("ignore")
            w.setQuery(text)
        w.queryType = sw.INSERT if update else sw.SELECT   # not guessed: an update may start WITH or DEFINE
        return w

    def _send(self, w, url: str) -> tuple[str, bytes]:
        """Send through SPARQLWrapper; (media type, body) of the 2xx answer.
        A worker thread does the request; this thread waits for it at most `timeout`."""
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException
        box: dict = {}

        def fetch() -> None:
            _EXCHANGE.opener, _EXCHANGE.error_answer = _OPENER, None
            try:
                with w.query().response as resp:       # the raw answer, read here, bounded
                    box["answer"] = (resp.status, resp.headers.get_content_type(),
                                     _read_bounded(resp, ANSWER_LIMIT), resp.headers)
            except BaseException as exc:          # noqa: BLE001 - reported by the waiting thread
                box["error"] = exc
                # a non-2xx answer, whether SPARQLWrapper raised urllib's HTTPError for it or its own
                # QueryBadFormed, Unauthorized, EndPointNotFound, URITooLong or EndPointInternalError
                if _EXCHANGE.error_answer and isinstance(exc, (urllib.error.HTTPError, SPARQLWrapperException)):
                    box["answer"] = _EXCHANGE.error_answer

        worker = threading.Thread(target=fetch, name="pvdkg-request", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():     # left behind: a daemon thread ends with the process
            raise StoreError(f"{url}: no complete answer within the timeout ({self.timeout:g} s)")
        if "answer" not in box:
            raise StoreError(f"{url}: {self._describe(box['error'])}") from None
        status, mime, body, answer_headers = box["answer"]
        if 200 <= status < 300:
            self.server = self.server or (answer_headers.get("Server", "") if answer_headers else "")
            if body is None:
                raise StoreError(f"{url}: the answer is larger than {ANSWER_LIMIT} bytes")
            return mime, body
        if 300 <= status < 400:
            where = answer_headers.get("Location", "") if answer_headers else ""
            raise StoreError(f"{url}: answered HTTP {status}, a redirect to {where or 'elsewhere'} "
                             "(not followed: give the endpoint's own URL)")
        words = _store_words(body, mime)
        raise StoreError(f"{url}: answered HTTP {status}" + (f" ({words})" if words else ""))

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, (TimeoutError, socket.timeout)):
            return f"no complete answer within the timeout ({self.timeout:g} s)"
        if isinstance(exc, urllib.error.URLError):
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                return f"cannot reach the endpoint within the timeout ({self.timeout:g} s)"
            return f"cannot reach the endpoint ({reason})"
        if isinstance(exc, http.client.RemoteDisconnected):
            return "closed the connection without an answer"
        if isinstance(exc, http.client.BadStatusLine):
            return "did not answer HTTP (is this a SPARQL endpoint?)"
        if isinstance(exc, http.client.IncompleteRead):
            return "the answer ended early (incomplete)"
        if isinstance(exc, (http.client.HTTPException, OSError)):
            return f"cannot reach the endpoint ({exc or type(exc).__name__})"
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException
        if isinstance(exc, SPARQLWrapperException):     # one line: its message without the answer's body
            return f"{type(exc).__name__}: {exc.msg}"
        return f"request failed ({type(exc).__name__}: {exc})"

    def select(self, text: str, default_graph: str | None = None) -> list[dict[str, str]]:
        mime, body = self._send(self._wrapper(self.query_url, text, False, default_graph), self.query_url)
        url = self.query_url
        if not body.strip():
            raise StoreError(f"{url}: the answer is empty, not SPARQL results")
        if mime not in RESULTS_TYPES:
            raise StoreError(f"{url}: answered {mime or 'no Content-Type'}, not SPARQL JSON results "
                             "(is this the SPARQL endpoint?)")
        try:
            doc = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise StoreError(f"{url}: the answer is not JSON ({exc})") from None
        return _solution_rows(doc, url)

    def update(self, text: str) -> None:
        self._send(self._wrapper(self.update_url, text, True), self.update_url)

    def scratch_update(self, text: str) -> None:
        product = self.server.split("/", 1)[0].strip().lower()
        self.update(SCRATCH_PRAGMAS.get(product, "") + text)


def _solution_rows(doc, url: str) -> list[dict[str, str]]:
    """The rows of SPARQL JSON results, every part checked; values as strings (booleans 'true'/'false')."""
    results = doc.get("results") if isinstance(doc, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(bindings, list) or not isinstance(doc.get("head", {}), dict):
        raise StoreError(f"{url}: the answer is JSON but not SPARQL SELECT results (no results.bindings list)")
    rows = []
    for binding in bindings:
        if not isinstance(binding, dict):
            raise StoreError(f"{url}: the answer has a solution that is not an object")
        row = {}
        for name, value in binding.items():
            if not isinstance(value, dict) or not isinstance(value.get("value"), str):
                raise StoreError(f"{url}: the answer has a binding of ?{name} without a string value")
            v = value["value"]
            if value.get("datatype") == XSD_BOOLEAN:
                v = {"1": "true", "0": "false"}.get(v, v)
            row[name] = v
        rows.append(row)
    return rows
