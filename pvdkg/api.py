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
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import derive as derivation
from . import pipeline, render
from .export import EXPORT_FORMATS, ExportError
from .knowledge import KnowledgeError
from .mappings import MappingError
from .query import QueryError
from .readers import CaseLoadError
from .results import Result, Vocabulary
from .stores.base import StoreError
from .stores.sparql import SERVERS
from .synth import synth_ndjson
from .validate import ValidationResult

#: What a user's mistake raises (a file, a query, a store, the knowledge): one clear message, exit 2.
USER_ERRORS = (CaseLoadError, KnowledgeError, StoreError, QueryError, MappingError, ExportError)
__all__ = [
    "EXPORT_FORMATS",
    "SERVERS",
    "USER_ERRORS",
    "Knowledge",
    "Outcome",
    "load",
    "recommend",
    "synth_ndjson",
    "validate",
]

ENGINES = ("rules", "hermit")


@dataclass
class Outcome:
    """One case: its validation findings and, when it is valid, its result."""

    source: Path
    findings: list[ValidationResult]
    result: Result | None

    @property
    def valid(self) -> bool:
        return self.result is not None


class Knowledge:
    """The loaded knowledge base (ontology, knowledge base, shapes, queries) of this process."""

    def __init__(self) -> None:
        from .cohort import warm

        warm()  # parse the knowledge and compile the shapes now, once

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The statuses in display order and the audit findings that flag a patient."""
        from .stores.embedded import EmbeddedStore

        return derivation.vocabulary(EmbeddedStore.with_knowledge())

    def validate(self, case: str | Path) -> list[ValidationResult]:
        """The violations and warnings of one case file (empty when it conforms)."""
        return pipeline.check(case).results

    def recommend(self, case: str | Path, engine: str = "rules") -> Outcome:
        """Validate one case file and, when it is valid, derive its result."""
        (outcome,) = self.recommend_many([case], engine)
        return outcome

    def recommend_many(self, cases: list[str | Path], engine: str = "rules") -> list[Outcome]:
        """Several case files derived together in one store (each patient only once)."""
        checked, results = pipeline.recommend_files(cases, engine=engine)
        return [Outcome(c.path, c.results, results.get(c.patient_iri) if c.valid else None) for c in checked]

    def cohort(
        self, path: str | Path, engine: str = "rules", batch_size: int | None = None, workers: int | None = None
    ) -> Iterator[tuple[list, dict[str, Result]]]:
        """A folder or NDJSON file of cases, in batches: (checked items, results by patient IRI)."""
        from .cohort import cohort_batches

        return cohort_batches(path, engine, batch_size, workers)

    def cohort_lines(
        self, path: str | Path, engine: str = "rules", batch_size: int | None = None, workers: int | None = None
    ) -> Iterator[tuple[list, dict[str, str]]]:
        """As cohort(), each result already its JSON line (pvdkg.render.result_ndjson), written
        in the worker processes: what `pvdkg recommend --cohort --format json` prints, at
        less cost to this process than typed results."""
        from .cohort import cohort_batches

        return cohort_batches(path, engine, batch_size, workers, render.result_ndjson)

    def read_cohort(self, path: str | Path) -> Iterator:
        """The checked cases of a cohort, nothing derived (for loading into a store)."""
        from .cohort import read_cohort

        return read_cohort(path)

    def reasoned_store(self, cases: list[str | Path], engine: str = "rules") -> tuple[object, list[Outcome]]:
        """A store with the knowledge, the mappings, the valid cases and everything derived,
        for SPARQL (the invalid ones are returned with their findings and not added)."""
        checked = [pipeline.check(p) for p in cases]
        invalid = [Outcome(c.path, c.results, None) for c in checked if not c.valid]
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

    def check(self) -> list[ValidationResult]:
        """Everything wrong with the knowledge base itself (shapes/kb.ttl and queries/qc)."""
        from .qc import check_knowledge

        return check_knowledge()

    def query(
        self,
        query_file: str | Path,
        cases: list[str | Path],
        fmt: str = "table",
        engine: str = "rules",
        timeout: float = 60.0,
        allow_service: bool = False,
    ) -> tuple[bytes | None, list[Outcome]]:
        """Run a SPARQL query file over the knowledge, the mappings and the given cases (reasoned
        and derived), stopped after `timeout` seconds: (the answer in fmt, invalid cases)."""
        from functools import partial

        from .query import read_query, run_bounded
        from .render import query_answer

        text = read_query(query_file)
        store, invalid = self.reasoned_store(cases, engine)
        if invalid:
            return None, invalid
        return run_bounded(store.db, text, partial(query_answer, fmt=fmt), timeout, allow_service, str(query_file)), []

    def export(self, fmt: str) -> str:
        """The merged ontology and knowledge base, or the mapping set, in one of EXPORT_FORMATS."""
        from .export import export

        return export(fmt)

    def mappings(self, term_or_curie: str) -> list[dict]:
        """The SSSOM mappings of a pvdkg term or a code, both ways."""
        from .mappings import mappings_for

        return mappings_for(term_or_curie)


_LOADED: Knowledge | None = None


def load() -> Knowledge:
    """The knowledge of this process, loaded on first use."""
    global _LOADED
    if _LOADED is None:
        _LOADED = Knowledge()
    return _LOADED


def recommend(case: str | Path, engine: str = "rules") -> Outcome:
    """Validate one case file and derive its result (the knowledge loaded once per process)."""
    return load().recommend(case, engine)


def validate(case: str | Path) -> list[ValidationResult]:
    """The violations and warnings of one case file."""
    return load().validate(case)
