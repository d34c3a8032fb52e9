"""Cohorts: many cases from a folder or an NDJSON file, derived in batches.

Each case is validated on its own (an invalid one is reported and skipped,
the others go on); valid cases are reasoned together, a batch at a time, in
one embedded store, so the SPARQL runs once per batch rather than per case.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .case import CaseLoadError, case_schema, map_data
from .pipeline import Checked, check, checked, reasoned_store, with_unmapped
from .recommend import results
from .resources import knowledge_root
from .validate import load_ontology_graph

CASE_SUFFIXES = (".json", ".yaml", ".yml", ".ttl", ".jsonld", ".json-ld", ".nt")


@dataclass
class CohortItem:
    """One case of a cohort: where it came from and what validation said."""
    origin: str
    checked: Checked | None = None
    error: str | None = None           # could not be read or parsed

    @property
    def valid(self) -> bool:
        return self.checked is not None and self.checked.valid


@dataclass
class Summary:
    total: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable: int = 0
    by_status: dict = field(default_factory=dict)


def _check_data(data, origin: str) -> CohortItem:
    """A case or FHIR bundle given as parsed JSON (an NDJSON line)."""
    onto = load_ontology_graph(knowledge_root())
    try:
        graph, pathmap = map_data(data, case_schema(onto))
    except CaseLoadError as exc:
        return CohortItem(origin, error=f"{origin}: {exc}")
    return CohortItem(origin, checked(Path(origin), graph, pathmap, onto))


def _check_file(path: Path) -> CohortItem:
    try:
        return CohortItem(str(path), check(path))
    except CaseLoadError as exc:
        return CohortItem(str(path), error=str(exc))


def read_cohort(path: str | Path) -> Iterator[CohortItem]:
    """The cases of a folder (every case file, sorted) or an NDJSON file (a case a line)."""
    path = Path(path)
    if path.is_dir():
        for p in sorted(path.iterdir()):
            if p.is_file() and p.suffix.lower() in CASE_SUFFIXES:
                yield _check_file(p)
        return
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise CaseLoadError(f"{path}: cannot read: {exc.strerror}") from None
    with fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield CohortItem(origin, error=f"{origin}: not JSON: {exc.msg} (column {exc.colno})")
                continue
            yield _check_data(data, origin)


def batched(items: Iterable[CohortItem], size: int) -> Iterator[list[CohortItem]]:
    batch: list[CohortItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def derive_batch(batch: list[CohortItem], engine: str = "rules") -> dict[str, dict]:
    """Results of the valid cases of one batch, keyed by patient IRI."""
    valid = [item.checked for item in batch if item.valid]
    if not valid:
        return {}
    return with_unmapped(valid, results(reasoned_store(valid, engine)))
