"""pvdkg's SPARQL against a real OpenLink Virtuoso (the `virtuoso` fixture of virtuoso_server.py).

What these tests pin down (Virtuoso 7.2.5, Debian bookworm's virtuoso-opensource):
- the server basics the product relies on: HTTP basic auth on /sparql-auth,
  loading N-Triples into a named graph (Graph Store protocol and INSERT DATA),
  where an INSERT without GRAPH writes, what WHERE sees, replacing a graph;
- every query file of queries/ run on Virtuoso against the embedded pyoxigraph
  run on the same knowledge base and patients (test_query_files_match_embedded);
- each Virtuoso incompatibility found, as a probe: the construct, the expected
  rows, and a rewrite that gives them in both engines (test_portable_rewrite).

The whole module is skipped when SPARQLWrapper is missing or Virtuoso cannot
be installed (see virtuoso_server.py).
"""

from __future__ import annotations

import base64
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

import pyoxigraph as ox
import pytest

SPARQLWrapper = pytest.importorskip("SPARQLWrapper", reason="SPARQLWrapper is not installed")
from SPARQLWrapper import BASIC, JSON, POST  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException  # noqa: E402

from pvdkg.knowledge import query_files, read_query  # noqa: E402
from pvdkg.pipeline import check  # noqa: E402
from pvdkg.stores.embedded import EmbeddedStore  # noqa: E402
from pvdkg.stores.sparql import solution_rows  # noqa: E402

# ---------------------------------------------------------------- a small client


class Remote:
    """One named graph of the test server, used the way the product would use it.

    Updates go to the authenticated endpoint with the protocol parameter
    using-graph-uri=<graph>: Virtuoso then both reads WHERE from that graph and
    writes an INSERT without GRAPH into it. Queries go to /sparql with
    default-graph-uri=<graph>.
    """

    def __init__(self, server, graph: str):
        self.server, self.graph = server, graph

    def _wrapper(self, url: str, text: str, auth: str | None = BASIC):
        w = SPARQLWrapper.SPARQLWrapper(url)
        if auth:
            w.setHTTPAuth(auth)
            w.setCredentials(self.server.user, self.server.password)
        w.setMethod(POST)
        w.setQuery(text)
        w.setReturnFormat(JSON)
        return w

    def update(self, text: str, dataset: bool = True) -> str:
        w = self._wrapper(self.server.update_url, text)
        if not w.isSparqlUpdateRequest():  # SPARQLWrapper does not know an update starting with WITH
            w.queryType = SPARQLWrapper.Wrapper.INSERT
        if dataset:
            w.addParameter("using-graph-uri", self.graph)
        res = w.query().convert()
        return " | ".join(b["callret-0"]["value"] for b in res["results"]["bindings"])

    def select(self, text: str, dataset: bool = True) -> list[dict[str, str]]:
        w = self._wrapper(self.server.query_url, text, auth=None)
        if dataset:
            w.addParameter("default-graph-uri", self.graph)
        res = w.query().convert()
        if "boolean" in res:
            return [{"ask": str(res["boolean"]).lower()}]
        # Virtuoso's JSON writes xsd:boolean values as 1/0: the store's own reading maps them
        return solution_rows(res, self.server.query_url)

    def gsp(self, data: bytes, method: str = "POST") -> int:
        """Graph Store HTTP Protocol: PUT replaces the graph, POST adds to it."""
        url = f"{self.server.graph_store_url}?{urllib.parse.urlencode({'graph': self.graph})}"
        req = urllib.request.Request(
            url,
            data=data,
            method=method,
            headers={
                "Content-Type": "application/n-triples",
                "Authorization": "Basic "
                + base64.b64encode(f"{self.server.user}:{self.server.password}".encode()).decode(),
            },
        )
        with urllib.request.urlopen(req, timeout=600) as resp:
            return resp.status

    def count(self) -> int:
        return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])

    def triples(self) -> set[tuple[str, str, str]]:
        """The graph's triples without blank nodes, as N-Triples terms."""
        req = urllib.request.Request(
            self.server.query_url,
            data=urllib.parse.urlencode(
                {"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{self.graph}> {{ ?s ?p ?o }} }}"}
            ).encode(),
            headers={"Accept": "application/n-triples"},
        )
        with urllib.request.urlopen(req, timeout=600) as resp:
            store = ox.Store()
            store.load(resp.read(), format=ox.RdfFormat.N_TRIPLES)
        return _terms(store)


def _terms(store: ox.Store) -> set[tuple[str, str, str]]:
    # xsd:duration literals are left out: Virtuoso stores "P1Y" as "12" (months), see test_literals.
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in store
        if not isinstance(q.subject, ox.BlankNode)
        and not isinstance(q.object, ox.BlankNode)
        and not str(q.object).endswith("#duration>")
    }


def rdf11(ntriples: bytes) -> bytes:
    """N-Triples in RDF 1.1 form (no ^^xsd:string): Virtuoso keeps "x" and "x"^^xsd:string apart."""
    store = ox.Store()
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


def synthetic_patient(i: int) -> str:
    """About 40 triples shaped like a pvdkg patient (for the bulk load)."""
    P, X = "https://w3id.org/pvdkg/ontology#", "http://www.w3.org/2001/XMLSchema#"
    T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    p, m = f"<https://w3id.org/pvdkg/synthetic/p{i}>", f"<https://w3id.org/pvdkg/synthetic/p{i}/measurements>"
    out = [
        f"{p} <{T}> <{P}Patient> .",
        f'{p} <{P}caseId> "p{i}" .',
        f"{p} <{P}presentation> <{P}CLTIPresentation> .",
        f'{p} <{P}ambulatory> "true"^^<{X}boolean> .',
        f"{p} <{P}surgicalRisk> <{P}HighSurgicalRisk> .",
        f"{p} <{P}hasCondition> <{P}Diabetes> .",
        f"{p} <{P}hasMeasurements> {m} .",
        f"{m} <{T}> <{P}MeasurementSet> .",
        f'{m} <{P}abi> "0.{40 + i % 50}"^^<{X}decimal> .',
    ]
    for k in range(3):
        lesion = f"<https://w3id.org/pvdkg/synthetic/p{i}/lesion/{k}>"
        out += [
            f"{p} <{P}hasLesion> {lesion} .",
            f"{lesion} <{T}> <{P}Lesion> .",
            f"{lesion} <{P}segment> <{P}InfrapoplitealSegment> .",
            f"{lesion} <{P}morphology> <{P}Occlusion> .",
            f"{lesion} <{P}lesionLength> <{P}ShortLength> .",
            f"{lesion} <{P}calcification> <{P}SevereCalcification> .",
            f"{lesion} <{P}side> <{P}RightSide> .",
            f'{lesion} <{P}note> "lesion {k} of patient {i}" .',
        ]
    r = f"<https://w3id.org/pvdkg/synthetic/p{i}/procedure/0>"
    out += [
        f"{p} <{P}hadProcedure> {r} .",
        f"{r} <{T}> <{P}ProcedureRecord> .",
        f"{r} <{P}procedureType> <{P}PercutaneousTransluminalAngioplasty> .",
        f"{r} <{P}procedureResult> <{P}SuboptimalResult> .",
        f"{r} <{P}segment> <{P}InfrapoplitealSegment> .",
    ]
    return "\n".join(out) + "\n"


def _error_text(exc: Exception) -> str:
    return str(exc).split("Response:")[-1].strip()[:300]


# ---------------------------------------------------------------- server basics


def test_server_answers(virtuoso):
    r = Remote(virtuoso, "urn:pvdkg:test:empty")
    assert r.select("ASK {}", dataset=False) == [{"ask": "true"}]
    assert "7.2" in virtuoso.version


def test_update_needs_credentials(virtuoso):
    """/sparql-auth takes HTTP basic, sent preemptively (the fixture switched it from digest);
    anonymous /sparql may not update."""
    r = Remote(virtuoso, "urn:pvdkg:test:auth")
    r.update("DROP SILENT GRAPH <urn:pvdkg:test:auth>", dataset=False)
    assert "done" in r.update("INSERT DATA { GRAPH <urn:pvdkg:test:auth> { <urn:a> <urn:b> <urn:c> } }", dataset=False)
    assert "done" in r.update("INSERT DATA { GRAPH <urn:pvdkg:test:auth> { <urn:a> <urn:b> <urn:d> } }", dataset=False)

    wrong = SPARQLWrapper.SPARQLWrapper(virtuoso.update_url)
    wrong.setHTTPAuth(BASIC)
    wrong.setCredentials(virtuoso.user, "not-the-password")
    wrong.setMethod(POST)
    wrong.setQuery("INSERT DATA { GRAPH <urn:pvdkg:test:auth> { <urn:a> <urn:b> <urn:e> } }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as exc:
        wrong.query()
    assert "401" in str(exc.value) or "Unauthorized" in str(exc.value)

    anonymous = r._wrapper(
        virtuoso.query_url, "INSERT DATA { GRAPH <urn:pvdkg:test:auth> { <urn:a> <urn:b> <urn:f> } }", auth=None
    )
    with pytest.raises(SPARQLWrapperException) as exc:
        anonymous.query()
    assert "SPARQL_INSERT_DICT_CONTENT" in str(exc.value)  # SR186: No permission to execute procedure ...
    assert r.count() == 2


def test_load_and_query_named_graph(virtuoso):
    """N-Triples into a named graph by the Graph Store protocol and by chunked INSERT DATA."""
    data = "".join(synthetic_patient(i) for i in range(50))
    lines = data.splitlines()
    gsp, ins = Remote(virtuoso, "urn:pvdkg:test:load-gsp"), Remote(virtuoso, "urn:pvdkg:test:load-insert")
    assert gsp.gsp(data.encode(), "PUT") in (200, 201, 204)
    assert gsp.gsp(synthetic_patient(50).encode(), "POST") in (200, 201, 204)
    # One INSERT DATA operation fails above ~5,000 triples ("SP030 ... memory exhausted"):
    # send at most 1,000 per operation, several operations per request.
    ops = [
        f"INSERT DATA {{ GRAPH <{ins.graph}> {{\n" + "\n".join(lines[k : k + 1000]) + "\n} }"
        for k in range(0, len(lines), 1000)
    ]
    ins.update(f"DROP SILENT GRAPH <{ins.graph}> ;\n" + " ;\n".join(ops), dataset=False)
    assert ins.count() == len(lines)
    assert gsp.count() == len(lines) + synthetic_patient(50).count("\n")
    rows = gsp.select("""PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
        SELECT ?p (COUNT(?l) AS ?n) WHERE { ?p a pvdkg:Patient ; pvdkg:hasLesion ?l } GROUP BY ?p""")
    assert len(rows) == 51 and {r["n"] for r in rows} == {"3"}
    too_big = (
        "INSERT DATA { GRAPH <urn:pvdkg:test:too-big> {\n"
        + "\n".join(f'<urn:s{i}> <urn:p> "v{i}" .' for i in range(6000))
        + "\n} }"
    )
    with pytest.raises(SPARQLWrapperException) as exc:
        ins.update(too_big, dataset=False)
    assert "memory exhausted" in str(exc.value)


def test_where_insert_and_datasets(virtuoso):
    """Where an INSERT without GRAPH writes, and which graphs WHERE reads."""
    a, b = Remote(virtuoso, "urn:pvdkg:test:ds-a"), Remote(virtuoso, "urn:pvdkg:test:ds-b")
    a.update(
        "DROP SILENT GRAPH <urn:pvdkg:test:ds-a> ; DROP SILENT GRAPH <urn:pvdkg:test:ds-b> ; "
        "INSERT DATA { GRAPH <urn:pvdkg:test:ds-a> { <urn:x> <urn:p> <urn:y> } "
        "GRAPH <urn:pvdkg:test:ds-b> { <urn:x> <urn:p> <urn:y> . <urn:z> <urn:p> <urn:w> } }",
        dataset=False,
    )
    # No dataset: an INSERT without GRAPH is an error ...
    with pytest.raises(SPARQLWrapperException) as exc:
        a.update("INSERT { ?s <urn:q> ?o } WHERE { ?s <urn:p> ?o }", dataset=False)
    assert "SP031" in str(exc.value) and "No plain default graph" in str(exc.value)
    # ... with using-graph-uri=G (or default-graph-uri, DEFINE input:default-graph-uri, WITH or USING)
    # it writes into G and WHERE reads G alone.
    a.update("INSERT { ?s <urn:q> ?o } WHERE { ?s <urn:p> ?o }")
    assert a.select("SELECT ?s WHERE { ?s <urn:q> ?o }") == [{"s": "urn:x"}]
    assert b.select("SELECT ?s WHERE { ?s <urn:q> ?o }") == []
    # Two default graphs: an INSERT without GRAPH is an error again.
    w = a._wrapper(virtuoso.update_url, "INSERT { ?s <urn:r> ?o } WHERE { ?s <urn:p> ?o }")
    w.addParameter("using-graph-uri", a.graph)
    w.addParameter("using-graph-uri", b.graph)
    with pytest.raises(SPARQLWrapperException) as exc:
        w.query()
    assert "More than one default graph" in str(exc.value)
    # WITH <target> + USING <g1> USING <g2>: the standard way to read several graphs and write one.
    a.update(
        "WITH <urn:pvdkg:test:ds-a> INSERT { ?s <urn:r> ?o } "
        "USING <urn:pvdkg:test:ds-a> USING <urn:pvdkg:test:ds-b> WHERE { ?s <urn:p> ?o }",
        dataset=False,
    )
    assert sorted(r["s"] for r in a.select("SELECT DISTINCT ?s WHERE { ?s <urn:r> ?o }")) == ["urn:x", "urn:z"]
    # Without a dataset WHERE sees every graph, Virtuoso's own included, and a triple held by
    # two graphs comes back twice (no RDF merge): keep one derivation in one graph.
    rows = a.select("SELECT ?s WHERE { ?s <urn:p> <urn:y> }", dataset=False)
    assert len(rows) == 2
    graphs = {r["g"] for r in a.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", dataset=False)}
    assert "http://www.openlinksw.com/schemas/virtrdf#" in graphs


def test_replace_graph(virtuoso):
    """DROP SILENT GRAPH + INSERT DATA in one request replaces a graph, but not atomically:
    when a later operation of the request fails, the earlier ones stay applied."""
    r = Remote(virtuoso, "urn:pvdkg:test:replace")
    r.update(
        f'DROP SILENT GRAPH <{r.graph}> ; INSERT DATA {{ GRAPH <{r.graph}> {{ <urn:a> <urn:p> "v1" }} }}', dataset=False
    )
    r.update(
        f'DROP SILENT GRAPH <{r.graph}> ; INSERT DATA {{ GRAPH <{r.graph}> {{ <urn:a> <urn:p> "v2" }} }}', dataset=False
    )
    assert r.select("SELECT ?o WHERE { ?s ?p ?o }") == [{"o": "v2"}]
    with pytest.raises(SPARQLWrapperException):
        r.update(
            f'DROP SILENT GRAPH <{r.graph}> ; INSERT DATA {{ GRAPH <{r.graph}> {{ <urn:a> <urn:p> "v3" }} }} ; '
            "DROP GRAPH <urn:pvdkg:test:never-created>",
            dataset=False,
        )
    assert r.select("SELECT ?o WHERE { ?s ?p ?o }") == [{"o": "v3"}]  # not rolled back


def test_literals(virtuoso):
    """Literal forms that do not survive Virtuoso unchanged."""
    r = Remote(virtuoso, "urn:pvdkg:test:literals")
    x = "http://www.w3.org/2001/XMLSchema#"
    r.update(
        f'DROP SILENT GRAPH <{r.graph}> ; INSERT DATA {{ GRAPH <{r.graph}> {{ <urn:a> <urn:typed> "s"^^<{x}string> ; '
        f'<urn:plain> "s" ; <urn:flag> true ; <urn:dec> "1.50"^^<{x}decimal> }} }}',
        dataset=False,
    )
    # "s" and "s"^^xsd:string are one term in RDF 1.1, two in Virtuoso 7.2 (joins and = both).
    assert r.select('SELECT ?p WHERE { ?s ?p "s" }') == [{"p": "urn:plain"}]
    assert r.select('SELECT ?p WHERE { ?s ?p ?o FILTER (STR(?o) = "s") } ORDER BY ?p') == [
        {"p": "urn:plain"},
        {"p": "urn:typed"},
    ]
    assert r.select("SELECT ?o WHERE { ?s <urn:flag> ?o }") == [{"o": "true"}]  # JSON said "1"
    assert r.select("SELECT ?o WHERE { ?s <urn:dec> ?o }") == [{"o": "1.5"}]
    # xsd:duration: INSERT DATA fails, the Graph Store protocol stores "P1Y" as "12".
    with pytest.raises(SPARQLWrapperException) as exc:
        r.update(f'INSERT DATA {{ GRAPH <{r.graph}> {{ <urn:a> <urn:d> "P1Y"^^<{x}duration> }} }}', dataset=False)
    assert "SR553" in str(exc.value)
    r.gsp(f'<urn:a> <urn:d> "P1Y"^^<{x}duration> .\n'.encode())
    assert r.select("SELECT (STR(?o) AS ?v) WHERE { ?s <urn:d> ?o }") == [{"v": "12"}]


# ---------------------------------------------------------------- the query files


CASES = [  # small inline patients that reach every query file (procedures, lists, audit, citations)
    {
        "id": "vt1",
        "presentation": "clti",
        "lesions": [
            {
                "segment": "infrapopliteal",
                "side": "left",
                "morphology": "stenosis",
                "length": "short",
                "calcification": "severe",
            }
        ],
        "ambulatory": True,
        "surgical_risk": "acceptable",
        "vein_conduit": "ipsilateral_gsv",
        "contraindicated": ["AntiplateletTherapy"],
        "procedures": [
            {
                "type": "PercutaneousTransluminalAngioplasty",
                "result": "suboptimal",
                "segment": "infrapopliteal",
                "side": "left",
            }
        ],
    },
    {
        "id": "vt2",
        "presentation": "clti",
        "lesions": [
            {
                "segment": "aortoiliac",
                "side": "right",
                "morphology": "occlusion",
                "length": "long",
                "calcification": "severe",
            },
            {
                "segment": "infrapopliteal",
                "side": "right",
                "morphology": "occlusion",
                "length": "long",
                "calcification": "severe",
            },
        ],
        "conditions": ["clti_persists_after_inflow"],
        "ambulatory": True,
        "surgical_risk": "acceptable",
        "vein_conduit": "ipsilateral_gsv",
        "procedures": [{"type": "InflowRevascularization", "result": "optimal"}],
    },
    {
        "id": "vt3",
        "presentation": "clti",
        "lesions": [
            {"segment": "infrapopliteal", "morphology": "occlusion", "length": "short", "calcification": "severe"}
        ],
        "conditions": ["chronically_bedridden"],
        "ambulatory": False,
        "surgical_risk": "high",
        "vein_conduit": "none",
    },
    {
        "id": "vt4",
        "presentation": "claudication",
        "limb": "left",
        "lesions": [
            {
                "segment": "infrapopliteal",
                "side": "left",
                "morphology": "occlusion",
                "length": "long",
                "calcification": "severe",
            },
            {
                "segment": "femoropopliteal",
                "side": "right",
                "morphology": "stenosis",
                "length": "short",
                "calcification": "mild",
            },
        ],
        "tried": ["SupervisedExerciseTherapy", "Cilostazol"],
    },
    {
        "id": "vt5",
        "presentation": "clti",
        "lesions": [
            {"segment": "infrapopliteal", "morphology": "occlusion", "length": "long", "calcification": "severe"}
        ],
        "conditions": ["hypertension", "current_smoker"],
        "ambulatory": True,
        "surgical_risk": "acceptable",
        "vein_conduit": "ipsilateral_gsv",
        "measurements": {"ldl_mg_dl": 118},
        "current_therapies": ["OralAnticoagulantMonotherapy", "LipidLoweringTherapy"],
    },
    {
        "id": "vt6",
        "presentation": "clti",
        "lesions": [
            {
                "segment": "infrapopliteal",
                "side": "left",
                "morphology": "stenosis",
                "length": "short",
                "calcification": "severe",
            }
        ],
        "ambulatory": True,
        "surgical_risk": "acceptable",
        "vein_conduit": "ipsilateral_gsv",
        "procedures": [
            {"type": "IntravascularLithotripsy", "result": "optimal", "segment": "infrapopliteal", "side": "left"}
        ],
        "measurements": {"ldl_mg_dl": 48},
        "current_therapies": ["DualPathwayInhibition", "HighIntensityStatin", "ACEInhibitorOrARB"],
    },
]

# Constructs of the query files that Virtuoso 7.2.5 gets wrong (see test_portable_rewrite for each).
KNOWN_CONSTRUCTS = [
    (r"rdfs:subClassOf\*", "transitive path (*) joined with other patterns / under NOT EXISTS: wrong rows"),
    (
        r"NOT EXISTS\s*\{[^{}]*\.[^{}]*OPTIONAL\s*\{",
        "NOT EXISTS holding several patterns and an OPTIONAL: SP031 "
        "sparp_find_origin_of_external_var(): bad e_external_src_idx",
    ),
    (r"BIND\s*\(\s*(true|false)\s+AS", 'BIND(true AS ?v) inside a UNION branch is stored as "1"^^xsd:integer'),
    (r"OPTIONAL\s*\{\s*\{[^{}]*\}\s*UNION", "UNION inside a nested OPTIONAL that uses an outer variable: no rows"),
    (r"MIN\(COALESCE\(\?\w+,", 'MIN(COALESCE(?x, "~")) orders the constant before data strings'),
    (
        r"FILTER \(\?gradedId = \?gradedBy\)",
        "FILTER inside OPTIONAL comparing with the subquery's aggregate: "
        "class and level missing (seen in interventions.rq only; join on ?gradedBy instead)",
    ),
]


def _known_constructs() -> list[str]:
    found = []
    for folder, suffix in (("facts", ".ru"), ("reason", ".ru"), ("recommend", ".ru"), ("recommend", ".rq")):
        for rel in query_files(folder, suffix):
            text = read_query(rel)
            found += [f"{rel}: {why}" for pattern, why in KNOWN_CONSTRUCTS if re.search(pattern, text)]
    return found


def _norm_rows(rows: list[dict[str, str]]) -> Counter:
    out = []
    for row in rows:
        items = []
        for k, v in row.items():
            if k in ("recommendations", "citations", "evidence"):  # unordered, space-separated lists
                v = " ".join(sorted(set(v.split())))
            items.append((k, v))
        out.append(tuple(sorted(items)))
    return Counter(out)


def test_query_files_match_embedded(virtuoso, tmp_path):
    """Every query file, run in order on Virtuoso and on the embedded store, derives the same
    triples and selects the same rows."""
    paths = []
    for case in CASES:
        path = tmp_path / f"{case['id']}.json"
        path.write_text(json.dumps(case), encoding="utf-8")
        paths.append(path)
    checked = [check(p) for p in paths]
    assert all(c.valid for c in checked), [str(r) for c in checked for r in c.results]
    patients = rdf11(b"".join(c.ntriples for c in checked))

    embedded = EmbeddedStore.with_knowledge()
    embedded.add_ntriples(patients)
    remote = Remote(virtuoso, "urn:pvdkg:test:derivation")  # the knowledge base and the patients, one graph
    remote.gsp(embedded.db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), "PUT")

    problems: list[str] = []

    def run(rel: str) -> None:
        text = read_query(rel)
        embedded.update(text)
        try:
            remote.update(text)
        except SPARQLWrapperException as exc:
            problems.append(f"{rel}: error {_error_text(exc)}")

    def compare(stage: str) -> None:
        v, o = remote.triples(), _terms(embedded.db)
        if v != o:
            problems.append(
                f"after {stage}: {len(v - o)} triples only in Virtuoso (e.g. {sorted(v - o)[:2]}), "
                f"{len(o - v)} only embedded (e.g. {sorted(o - v)[:2]})"
            )

    compare("loading")
    for rel in query_files("facts", ".ru"):
        run(rel)
    compare("facts/*.ru")
    for _ in range(50):
        before = len(embedded), remote.count()
        for rel in query_files("reason", ".ru"):
            run(rel)
        if (len(embedded), remote.count()) == before:
            break
    compare("reason/*.ru (fixpoint)")
    for rel in query_files("recommend", ".ru"):
        run(rel)
    compare("recommend/*.ru")
    for rel in query_files("recommend", ".rq"):
        text = read_query(rel)
        try:
            v = _norm_rows(remote.select(text))
        except SPARQLWrapperException as exc:
            problems.append(f"{rel}: error {_error_text(exc)}")
            continue
        o = _norm_rows(embedded.select(text))
        if v != o:
            problems.append(
                f"{rel}: {sum((v - o).values())} rows only in Virtuoso (e.g. {list(v - o)[:1]}), "
                f"{sum((o - v).values())} only embedded (e.g. {list(o - v)[:1]})"
            )
    if problems:
        known = _known_constructs()
        report = "\n".join(problems)
        if known:
            pytest.xfail(
                "Virtuoso differs while the query files still use constructs it gets wrong:\n"
                + "\n".join(known)
                + "\n--- differences:\n"
                + report
            )
        pytest.fail("Virtuoso and the embedded store differ:\n" + report)


# ---------------------------------------------------------------- probes: construct -> portable rewrite

PFX = "PREFIX : <urn:x:>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
HIERARCHY = """
:p1 a :Patient ; :had :pr1 . :pr1 :type :A ; :result :Sub .
:p2 a :Patient ; :had :pr2 . :pr2 :type :B ; :result :Sub ; :episode :Earlier .
:p3 a :Patient ; :had :pr3 . :pr3 :type :R ; :result :Sub ; :episode :Current .
:p4 a :Patient ; :had :pr4 . :pr4 :type :Z ; :result :Ok .
:p5 a :Patient ; :had :pr5 . :pr5 :type :A ; :result :Ok .
:A :sub :B . :B :sub :R . :Z :sub :Y .
"""
# The subclass closure, made with path-free rules (run the second to a fixpoint), so queries can join
# :subOrSelf instead of walking :sub* (pvdkg: rdfs:subClassOf* -> a materialized closure).
CLOSURE = [
    "INSERT { ?c :subOrSelf ?c } WHERE { { ?c :sub ?x } UNION { ?x :sub ?c } UNION { ?x :type ?c } }",
    "INSERT { ?a :subOrSelf ?c } WHERE { ?a :subOrSelf ?b . ?b :sub ?c . FILTER NOT EXISTS { ?a :subOrSelf ?c } }",
]

PROBES = {
    "path-to-constant-under-not-exists": dict(
        data=HIERARCHY,
        original="SELECT ?p WHERE { ?p :had ?x . FILTER NOT EXISTS { ?p :had ?pr . ?pr :type/:sub* :R } }",
        rewrite="SELECT ?p WHERE { ?p :had ?x . FILTER NOT EXISTS { ?p :had ?pr . ?pr :type/:subOrSelf :R } }",
        expected=[{"p": "urn:x:p4"}],
    ),
    "path-to-constant-from-values": dict(
        data=HIERARCHY,
        original="SELECT ?t WHERE { VALUES ?t { :A } ?t :sub* :R }",
        rewrite="SELECT ?t WHERE { VALUES ?t { :A } ?t :subOrSelf :R }",
        expected=[{"t": "urn:x:A"}],
    ),
    "path-joined-three-patterns": dict(
        data=HIERARCHY,
        original="SELECT ?p WHERE { ?p a :Patient ; :had ?pr . ?pr :type ?t . ?t :sub* :R }",
        rewrite="SELECT ?p WHERE { ?p a :Patient ; :had ?pr . ?pr :type ?t . ?t :subOrSelf :R }",
        expected=[{"p": f"urn:x:p{i}"} for i in (1, 2, 3, 5)],
    ),
    "not-exists-with-optional": dict(
        data=HIERARCHY,
        original="""SELECT ?p WHERE { ?p a :Patient . FILTER NOT EXISTS {
                      ?p :had ?pr . ?pr :result :Sub . OPTIONAL { ?pr :episode ?e }
                      FILTER (COALESCE(?e, :Current) = :Current) } }""",
        rewrite="""SELECT ?p WHERE { ?p a :Patient . FILTER NOT EXISTS {
                     ?p :had ?pr . ?pr :result :Sub .
                     FILTER (EXISTS { ?pr :episode :Current } || NOT EXISTS { ?pr :episode ?any }) } }""",
        expected=[{"p": f"urn:x:p{i}"} for i in (2, 4, 5)],
    ),
    "bind-boolean-in-union": dict(
        data=":a :x 1 .",
        update="""INSERT { ?s :flag ?v } WHERE { { BIND (:a AS ?s) } UNION { BIND (:b AS ?s) BIND (true AS ?v) } }""",
        update_rewrite="""INSERT { ?s :flag ?v } WHERE { { BIND (:a AS ?s) }
                                UNION { BIND (:b AS ?s) BIND (STRDT("true", xsd:boolean) AS ?v) } }""",
        original="SELECT ?s (DATATYPE(?v) AS ?t) WHERE { ?s :flag ?v }",
        rewrite="SELECT ?s (DATATYPE(?v) AS ?t) WHERE { ?s :flag ?v }",
        expected=[{"s": "urn:x:b", "t": "http://www.w3.org/2001/XMLSchema#boolean"}],
    ),
    "union-in-nested-optional": dict(
        data=""":e1 :patient :p1 ; :rule :r1 . :r1 :id "R1" ; :cite "1" ; :conditional :cc .
                :cc :when :Bedridden ; :cite "4" . :p1 a :Bedridden .""",
        original="""SELECT ?rid ?cite WHERE { ?e :patient ?p .
                      OPTIONAL { ?e :rule ?r . ?r :id ?rid .
                        OPTIONAL { { ?r :cite ?cite } UNION { ?r :conditional ?cc . ?cc :when ?w ; :cite ?cite . ?p a ?w } } } }""",
        rewrite="""SELECT ?rid ?cite WHERE { ?e :patient ?p .
                     OPTIONAL { ?e :rule ?r . ?r :id ?rid .
                       OPTIONAL { ?r :cite ?c1 }
                       OPTIONAL { ?r :conditional ?cc . ?cc :when ?w ; :cite ?c2 . ?p a ?w } }
                     VALUES ?k { 1 2 } BIND (IF(?k = 1, ?c1, ?c2) AS ?cite) FILTER (BOUND(?cite)) }""",
        expected=[{"rid": "R1", "cite": "1"}, {"rid": "R1", "cite": "4"}],
    ),
    "min-of-coalesce": dict(
        data=""":r1 :id "R10" . :r2 :id "R24" . :r3 :other 1 .""",
        original="""SELECT (MIN(COALESCE(?id, "~")) AS ?m) WHERE { VALUES ?r { :r1 :r2 :r3 } OPTIONAL { ?r :id ?id } }""",
        rewrite="""SELECT (MIN(COALESCE(STR(?id), "~")) AS ?m) WHERE { VALUES ?r { :r1 :r2 :r3 } OPTIONAL { ?r :id ?id } }""",
        expected=[{"m": "R10"}],
    ),
    "min-of-strings-in-subquery": dict(
        data=""":r1 :id "R10" ; :cls "I" . :r2 :id "R24" ; :cls "IIa" .""",
        original="""SELECT ?want ?c WHERE { { SELECT (MIN(?i) AS ?want) WHERE { ?x :id ?i } }
                      OPTIONAL { ?r :id ?want ; :cls ?c } }""",
        rewrite="""SELECT ?want ?c WHERE { { SELECT (MIN(STR(?i)) AS ?want) WHERE { ?x :id ?i } }
                     OPTIONAL { ?r :id ?want ; :cls ?c } }""",
        expected=[{"want": "R10", "c": "I"}],
    ),
    "group-concat-without-separator": dict(
        data=""":a :v "x" . :b :v "y" .""",
        original="""SELECT (STRLEN(GROUP_CONCAT(?v)) AS ?n) WHERE { ?s :v ?v }""",
        rewrite="""SELECT (STRLEN(GROUP_CONCAT(?v; separator=" ")) AS ?n) WHERE { ?s :v ?v }""",
        expected=[{"n": "3"}],
    ),
}


def _probe_rows(rows: list[dict[str, str]]) -> list[tuple]:
    return sorted(tuple(sorted(r.items())) for r in rows)


def _embedded_probe(probe: dict, rewrite: bool) -> list[tuple]:
    store = EmbeddedStore()
    store.update(PFX + "INSERT DATA { " + probe["data"] + " }")
    if rewrite:
        for rule in CLOSURE:
            for _ in range(10):
                store.update(PFX + rule)
    if "update" in probe:
        store.update(PFX + probe["update_rewrite" if rewrite else "update"])
    return _probe_rows(store.select(PFX + probe["rewrite" if rewrite else "original"]))


def _remote_probe(remote: Remote, probe: dict, rewrite: bool) -> list[tuple]:
    remote.update(f"DROP SILENT GRAPH <{remote.graph}>", dataset=False)
    remote.update(PFX + f"INSERT DATA {{ GRAPH <{remote.graph}> {{ " + probe["data"] + " } }", dataset=False)
    if rewrite:
        remote.update(PFX + CLOSURE[0])
        for _ in range(10):
            if "nothing to do" in remote.update(PFX + CLOSURE[1]):
                break
    if "update" in probe:
        remote.update(PFX + probe["update_rewrite" if rewrite else "update"])
    return _probe_rows(remote.select(PFX + probe["rewrite" if rewrite else "original"]))


@pytest.mark.parametrize("name", sorted(PROBES))
def test_portable_rewrite(virtuoso, name):
    """The rewrite gives the expected rows in both engines (the original does in pyoxigraph only)."""
    probe = PROBES[name]
    expected = _probe_rows(probe["expected"])
    remote = Remote(virtuoso, f"urn:pvdkg:test:probe:{name}")
    assert _embedded_probe(probe, rewrite=False) == expected, "pyoxigraph: original"
    assert _embedded_probe(probe, rewrite=True) == expected, "pyoxigraph: rewrite"
    assert _remote_probe(remote, probe, rewrite=True) == expected, "Virtuoso: rewrite"
    try:
        original = _remote_probe(remote, probe, rewrite=False)
    except SPARQLWrapperException as exc:
        original = f"error: {_error_text(exc)}"
    if original != expected:  # the Virtuoso behaviour the rewrite avoids
        print(f"{name}: Virtuoso gives {original!r} for the original, expected {expected!r}")


# ---------------------------------------------------------------- bulk load
# How long these take is measured by bench/run.py --virtuoso N, not asserted here.


def test_bulk_load(virtuoso):
    """~100k triples through the Graph Store protocol (the fastest HTTP path), then the same
    file through the server-side bulk load (isql DB.DBA.TTLP on a file in a DirsAllowed
    folder: tests only): every triple arrives, each way."""
    remote = Remote(virtuoso, "urn:pvdkg:test:bulk")
    data = "".join(synthetic_patient(i) for i in range(2500)).encode()
    n = data.count(b"\n")
    remote.gsp(data, "PUT")
    assert remote.count() == n
    path = virtuoso.folder / "bulk.nt"
    path.write_bytes(data)
    ttlp = Remote(virtuoso, "urn:pvdkg:test:bulk-ttlp")
    virtuoso.load_file(path, ttlp.graph)
    assert ttlp.count() == n
