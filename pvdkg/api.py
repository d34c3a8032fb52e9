"""The public API: load the knowledge once, then validate and recommend cases and cohorts.

    import pvdkg
    kg = pvdkg.load()                                  # the shipped knowledge, or PVDKG_KNOWLEDGE
    outcome = kg.recommend("examples/clti-dialysis.yaml")
    if outcome.valid:
        print(outcome.result.to_json())                 # the contract's JSON (case-format.md)
    else:
        print(*outcome.findings, sep="\\n")              # ValidationResult: path, message, severity

Why one entry point: the CLI, the benchmark and the HTTP service must derive the
same answers the same way, with the knowledge parsed and the shapes compiled
once per process, not once per request. Everything here returns typed results
(pvdkg.results, pvdkg.validate.ValidationResult); pvdkg.render writes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from . import derive as derivation
from . import pipeline, render
from .diff import DiffError
from .export import EXPORT_FORMATS, ExportError
from .knowledge import KnowledgeError
from .mappings import MappingError
from .query import QueryError
from .readers import CaseLoadError, PatientDeceased
from .readers.fhir import FHIR_SYSTEMS, FhirCase
from .results import Result, Vocabulary
from .site import SiteError, SiteReport
from .stores.base import StoreError
from .stores.sparql import SERVERS
from .synth import synth_ndjson
from .validate import ValidationResult

#: What a user's mistake raises (a file, a query, a store, the knowledge): one clear message, exit 2.
USER_ERRORS = (CaseLoadError, KnowledgeError, StoreError, QueryError, MappingError, ExportError, DiffError, SiteError)
__all__ = [
    "EXPORT_FORMATS",
    "FHIR_SYSTEMS",
    "FhirCase",
    "SERVERS",
    "SiteReport",
    "USER_ERRORS",
    "Knowledge",
    "Outcome",
    "QueryAnswer",
    "diff",
    "load",
    "recommend",
    "synth_ndjson",
    "validate",
]

ENGINES = ("rules", "hermit")
#: The files of examples/ the web page offers (cases, FHIR bundles, RDF patients).
EXAMPLE_SUFFIXES = (".json", ".yaml", ".yml", ".ttl", ".jsonld", ".nt")


@dataclass
class Outcome:
    """One case: its validation findings and, when it is valid, its result. A FHIR record
    of a patient who died by the as-of date has `deceased` set and no result."""

    source: Path
    findings: list[ValidationResult]
    result: Result | None
    deceased: PatientDeceased | None = None
    unmapped: list[dict] | None = None  # FHIR input: what did not map (also when invalid)

    @property
    def valid(self) -> bool:
        return self.result is not None


@dataclass
class QueryAnswer:
    """What `pvdkg query` prints: the answer (None when a case is invalid), the invalid
    cases, and warnings for stderr."""

    answer: bytes | None
    invalid: list[Outcome]
    warnings: list[str] = field(default_factory=list)


def _is_cohort(path: str | Path) -> bool:
    """A folder or an NDJSON file of cases, as `--cohort` takes (else one case file)."""
    return Path(path).is_dir() or Path(path).suffix.lower() in (".ndjson", ".jsonl")


def _findings(checked) -> list[ValidationResult]:
    """A checked patient's findings; a deceased patient is one violation saying so."""
    if checked.deceased is not None:
        return [ValidationResult("", str(checked.deceased))]
    return checked.results


def _short(iri: str) -> str:
    from .knowledge.namespace import ONTOLOGY

    return "pvdkg:" + iri[len(str(ONTOLOGY)) :] if iri.startswith(str(ONTOLOGY)) else f"<{iri}>"


def _outcome(c, results: dict[str, Result]) -> Outcome:
    return Outcome(c.path, c.results, results.get(c.patient_iri) if c.valid else None, c.deceased, c.unmapped)


class Knowledge:
    """The loaded knowledge base (ontology, knowledge base, shapes, queries) of this process."""

    def __init__(self) -> None:
        from .cohort import warm

        warm()  # parse the knowledge and compile the shapes now, once

    def warm(self, fhir: bool = False) -> None:
        """Load now what a first request would wait for (a server calls it at start): the
        vocabulary, the statements, the CDS policy, the FHIR reader's mappings and code tables;
        with fhir=True the FHIR models and vocabulary too (a process that reads FHIR)."""
        from . import codes
        from .mappings import load_mappings

        self.vocabulary, self.statements, self.cds_policy  # noqa: B018 - cached properties
        load_mappings()
        codes.load_tables()
        if fhir:
            from .readers.fhir import warm_reader

            warm_reader()

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The statuses in display order, the audit findings that flag a patient and the
        intervention hierarchy (for pvdkg.present.group_entries)."""
        from .stores.embedded import EmbeddedStore

        return derivation.vocabulary(EmbeddedStore.with_knowledge())

    def check_case(self, case: str | Path, as_of: date | None = None):
        """One case file read and validated (pipeline.Checked: results, deceased, unmapped)."""
        return pipeline.check(case, as_of)

    def validate(self, case: str | Path, as_of: date | None = None) -> list[ValidationResult]:
        """The violations and warnings of one case file (empty when it conforms; FHIR read as of
        `as_of`, default today; a deceased patient is one violation saying so)."""
        return _findings(pipeline.check(case, as_of))

    def validate_bytes(self, data: bytes, name: str, as_of: date | None = None) -> list[ValidationResult]:
        """validate() of a patient held in memory, read as a file `name` would be (the REST API
        writes no patient to disk)."""
        return _findings(pipeline.check_bytes(data, name, as_of))

    def recommend(self, case: str | Path, engine: str = "rules", as_of: date | None = None) -> Outcome:
        """Validate one case file and, when it is valid, derive its result."""
        (outcome,) = self.recommend_many([case], engine, as_of)
        return outcome

    def recommend_bytes(self, data: bytes, name: str, engine: str = "rules", as_of: date | None = None) -> Outcome:
        """recommend() of a patient held in memory (a case, a FHIR Bundle, an RDF patient), read
        as a file `name` would be (its suffix the format, messages name it): nothing of the
        patient is written to disk."""
        checked, results = pipeline.recommend_checked([pipeline.check_bytes(data, name, as_of)], engine)
        return _outcome(checked[0], results)

    def recommend_together(self, cases: list[str], name: str) -> list[Outcome | Exception]:
        """recommend_bytes() of several JSON cases at once, validated and derived in one store
        as a cohort batch is (pvdkg.cohort): the fixed cost of a derivation (the knowledge
        copied into a fresh store, each query parsed and planned) is paid once for all, which
        is what lets a service answer concurrent requests in time. Messages name `name`. Each
        case gives its Outcome, or what stopped it: a CaseLoadError (unreadable) or a
        RuntimeError (a defect: it could not be derived). The cases' patients must differ (a
        repeated one is refused as a cohort refuses it)."""
        from .cohort import check_batch, derive_batch

        items = check_batch([(name, text, None) for text in cases])
        readable = [item.error is None for item in items]
        results = derive_batch(items)
        return [
            _outcome(item.checked, results)
            if item.error is None
            else (CaseLoadError if not ok else RuntimeError)(item.error)
            for item, ok in zip(items, readable)
        ]

    def prepare(self) -> None:
        """Keep the stores the next derivations start from built ahead (EmbeddedStore.prepare):
        a server calls it after each batch, so a batch's copy of the knowledge is not in its way."""
        from .stores.embedded import EmbeddedStore

        EmbeddedStore.prepare(lean=True)  # the store pipeline.reasoned_store takes

    def recommend_many(
        self, cases: list[str | Path], engine: str = "rules", as_of: date | None = None
    ) -> list[Outcome]:
        """Several case files derived together in one store (each patient only once)."""
        checked, results = pipeline.recommend_files(cases, engine=engine, as_of=as_of)
        return [_outcome(c, results) for c in checked]

    def cohort(
        self,
        path: str | Path,
        engine: str = "rules",
        batch_size: int | None = None,
        workers: int | None = None,
        as_of: date | None = None,
    ) -> Iterator[tuple[list, dict[str, Result]]]:
        """A folder or NDJSON file of cases, in batches: (checked items, results by patient IRI)."""
        from .cohort import cohort_batches

        return cohort_batches(path, engine, batch_size, workers, as_of)

    def cohort_lines(
        self,
        path: str | Path,
        engine: str = "rules",
        batch_size: int | None = None,
        workers: int | None = None,
        as_of: date | None = None,
    ) -> Iterator[tuple[list, dict[str, str]]]:
        """As cohort(), each result already its JSON line (pvdkg.render.result_ndjson), written
        in the worker processes: what `pvdkg recommend --cohort --format json` prints, at
        less cost to this process than typed results."""
        from .cohort import cohort_batches

        return cohort_batches(path, engine, batch_size, workers, as_of, render.result_ndjson)

    def read_cohort(self, path: str | Path, as_of: date | None = None) -> Iterator:
        """The checked cases of a cohort, nothing derived (for loading into a store)."""
        from .cohort import BATCH_SIZE, read_cohort

        return read_cohort(path, BATCH_SIZE, as_of)

    def reasoned_store(
        self, cases: list[str | Path], engine: str = "rules", as_of: date | None = None
    ) -> tuple[object, list[Outcome]]:
        """A store with the knowledge, the mappings, the valid cases and everything derived,
        for SPARQL (the invalid ones are returned with their findings and not added). A case
        may be a cohort: a folder of case files or an NDJSON file (.ndjson, .jsonl)."""
        checked, invalid = [], []
        for path in cases:
            if not _is_cohort(path):
                checked.append(pipeline.check(path, as_of))
                continue
            for item in self.read_cohort(path, as_of):
                if item.valid:
                    checked.append(item.checked)
                elif item.error:
                    invalid.append(Outcome(Path(item.origin), [ValidationResult("", item.error)], None))
                else:
                    invalid.append(_outcome(item.checked, {}))
        invalid += [_outcome(c, {}) for c in checked if not c.valid]
        if invalid:
            return None, invalid
        return pipeline.reasoned_store(checked, engine=engine, mappings=True), []

    def remote(
        self,
        endpoint: str,
        update_endpoint: str | None = None,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 60.0,
        server: str = "auto",
    ):
        """A SPARQL 1.1 store to load the knowledge and patients into and derive inside
        (server: its kind, one of SERVERS, or "auto" from its HTTP Server header)."""
        from .stores.sparql import RemoteStore

        return RemoteStore(endpoint, update_endpoint, user, password, timeout=timeout, server=server)

    def check(self, reasoner: bool | None = None, coverage: int = 0, seed: int = 0):
        """Everything wrong with the knowledge base itself (pvdkg.gate.Report: the folder read and
        its findings, each with file and line): shapes/kb.ttl, queries/qc, with the reasoner
        (None: when owlready2 and Java are there) HermiT, with coverage N the rules no one of N
        synthetic patients meets."""
        from .gate import check

        return check(reasoner, coverage, seed)

    def require_clean(self) -> None:
        """Refuse knowledge with violations (KnowledgeError naming `pvdkg check`); the verdict is
        cached by the knowledge files' digest, so a warm call costs a few milliseconds."""
        from .gate import require_clean

        require_clean()

    def query(
        self,
        query_file: str | Path,
        cases: list[str | Path],
        fmt: str = "table",
        engine: str = "rules",
        timeout: float = 60.0,
        allow_service: bool = False,
        as_of: date | None = None,
    ) -> QueryAnswer:
        """Run a SPARQL query file over the knowledge, the mappings and the given cases (reasoned
        and derived), stopped after `timeout` seconds: the answer in fmt, the invalid cases, and
        the warnings a user should see (a query about patients run without any: it names
        patient-data terms, no case was given, and it answers nothing)."""
        from functools import partial

        from .query import named_iris, read_query, run_bounded, with_prefixes
        from .render import query_answer

        text, added = with_prefixes(read_query(query_file), self.prefixes)
        store, invalid = self.reasoned_store(cases, engine, as_of)
        if invalid:
            return QueryAnswer(None, invalid)
        patient_terms = [] if cases else sorted(t for t in named_iris(text) if self._about_patients(t))
        answer, empty = run_bounded(
            store.db,
            text,
            partial(query_answer, fmt=fmt, prefixes={p: iri for p, iri, _ in self.prefixes}),
            timeout,
            allow_service,
            str(query_file),
            added,
            probe=bool(patient_terms),
        )
        warnings = []
        if empty:
            warnings.append(
                f"{query_file}: no answer, and no patient was given: the query reads patient data "
                f"({', '.join(_short(t) for t in patient_terms[:4])}); give --case CASE, a folder or an NDJSON cohort"
            )
        return QueryAnswer(answer, [], warnings)

    @cached_property
    def prefixes(self) -> list[tuple[str, str, str]]:
        """The prefixes every query gets unless it declares them: (prefix, namespace, declared in),
        from the ontology files and the mapping set's curie_map."""
        from .query import default_prefixes

        return default_prefixes()

    def _about_patients(self, iri: str) -> bool:
        """Whether an IRI is patient data: a patient-data term, a patient, a store's named graph."""
        from .knowledge.namespace import GRAPH, PATIENT

        return iri in self.patient_terms or iri.startswith((str(PATIENT), str(GRAPH)))

    @cached_property
    def patient_terms(self) -> frozenset[str]:
        """The ontology terms that describe patient data (queries/query/patient-terms.rq)."""
        from .knowledge.queries import read_query
        from .stores.embedded import EmbeddedStore

        rows = EmbeddedStore.with_knowledge().select(read_query("query/patient-terms.rq"))
        return frozenset(r["term"] for r in rows)

    def export(self, fmt: str) -> str:
        """The merged ontology and knowledge base, or the mapping set, in one of EXPORT_FORMATS."""
        from .export import export

        return export(fmt)

    def docs(self, out_dir: str | Path) -> SiteReport:
        """Write the static documentation site of the knowledge into out_dir (pvdkg.site)."""
        from .site import build_site

        return build_site(Path(out_dir))

    def fhir_case(self, bundle: dict) -> FhirCase:
        """A FHIR R4 Bundle as a case, with its unmapped codings and the resources behind
        each case value (CaseLoadError if malformed): the CDS Hooks service names them."""
        from .readers.fhir import convert_bundle

        return convert_bundle(bundle)

    @cached_property
    def statements(self) -> dict[str, dict]:
        """Every statement with an identifier (queries/serve/statements.rq), by id: kinds,
        label, description, the actions (intervention, status), grade, citations."""
        from .knowledge.queries import read_query
        from .stores.embedded import EmbeddedStore

        out: dict[str, dict] = {}
        for row in EmbeddedStore.with_knowledge().select(read_query("serve/statements.rq")):
            s = out.setdefault(
                row["id"],
                {
                    "id": row["id"],
                    "kinds": row["kinds"].split(),
                    "label": row.get("label"),
                    "description": row.get("description"),
                    "actions": [],
                    "class": row.get("class"),
                    "level": row.get("level"),
                    "citations": row.get("citations", "").split(),
                    "supports": row.get("supports", "").split(),
                    "caution": row.get("caution"),
                },
            )
            if "intervention" in row:
                s["actions"].append({"intervention": row["intervention"], "status": row["status"]})
        return out

    @cached_property
    def cds_policy(self) -> dict:
        """How results become CDS Hooks cards (ontology/mappings/pvdkg.cds.yml)."""
        import yaml

        from .knowledge import knowledge_root

        path = knowledge_root() / "ontology" / "mappings" / "pvdkg.cds.yml"
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise KnowledgeError(f"{path}: cannot be read ({exc})") from None

    @cached_property
    def examples(self) -> dict[str, Path]:
        """The example patients by name relative to examples/ ('fhir/x.json'), for the web page."""
        from .knowledge import examples_folder

        folder = examples_folder()
        if folder is None:
            return {}
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in EXAMPLE_SUFFIXES)
        return {p.relative_to(folder).as_posix(): p for p in files}

    def mappings(self, term_or_curie: str) -> list[dict]:
        """The SSSOM mappings of a pvdkg term or a code, both ways."""
        from .mappings import mappings_for

        return mappings_for(term_or_curie)

    def lookup(self, query: str) -> dict:
        """What `pvdkg map` answers: the terms or codes a query names (a CURIE, a pvdkg term, a
        case value, a label, a bare code) and their mapping rows; "error" when there are none."""
        from .lookup import lookup

        return lookup(query)


_LOADED: Knowledge | None = None


def load() -> Knowledge:
    """The knowledge of this process, loaded on first use."""
    global _LOADED
    if _LOADED is None:
        _LOADED = Knowledge()
    return _LOADED


def diff(
    knowledge: str | Path,
    against: str | Path | None = None,
    cohort: str | Path | None = None,
    engine: str = "rules",
    workers: int | None = None,
    as_of: date | None = None,
):
    """What a knowledge folder changes in a cohort's results against another (default: the shipped
    knowledge), each side derived in its own process (pvdkg.diff): a pvdkg.results.KnowledgeDiff."""
    from .diff import diff_knowledge

    return diff_knowledge(knowledge, against, cohort, engine, workers, as_of)


def recommend(case: str | Path, engine: str = "rules", as_of: date | None = None) -> Outcome:
    """Validate one case file and derive its result (the knowledge loaded once per process)."""
    return load().recommend(case, engine, as_of)


def validate(case: str | Path, as_of: date | None = None) -> list[ValidationResult]:
    """The violations and warnings of one case file."""
    return load().validate(case, as_of)
