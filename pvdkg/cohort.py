"""Cohorts: many cases from a folder or an NDJSON file, checked and derived in batches.

Per batch (default 1,000 cases): each case is read and mapped to RDF on its
own (an unreadable one is reported and skipped, the others go on); the
compiled case shapes (pvdkg.shapecheck) decide in one store which patients
violate a shape, and pyshacl (pvdkg.validate) runs only on those, so an
invalid patient gets exactly the messages `pvdkg validate` gives; the valid
patients are reasoned and derived together in one embedded store, so the
SPARQL runs once per batch rather than per case. Batches run in parallel
worker processes (one per core by default) and come back in input order.
"""
from __future__ import annotations

import json
import multiprocessing
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import Graph
from rdflib.plugins.serializers.nt import _nt_row

from .case import CaseLoadError, _unique_keys, case_schema, map_case_triples, map_data, read_case
from .fhir import is_bundle
from .pipeline import Checked, explained, reasoned_store, reject_repeated_patients, with_unmapped
from .recommend import results
from .resources import knowledge_root
from .shapecheck import compiled_case_shapes, invalid_entries
from .store import knowledge_store
from .validate import load_ontology_graph

CASE_SUFFIXES = (".json", ".yaml", ".yml", ".ttl", ".jsonld", ".json-ld", ".nt")
BATCH_SIZE = 1000
#: Cases per batch by engine: HermiT's time grows faster than linearly with the
#: patients in one ontology (200 patients 30 s, 1,000 patients 430 s, 2 cores).
ENGINE_BATCH_SIZE = {"rules": BATCH_SIZE, "hermit": 200}


@dataclass
class CohortItem:
    """One case of a cohort: where it came from and what validation said."""
    origin: str
    checked: Checked | None = None
    error: str | None = None           # could not be read or parsed

    @property
    def valid(self) -> bool:
        return self.checked is not None and self.checked.valid


#: One raw case: (origin, NDJSON line or None, file path or None).
Raw = tuple[str, str | None, str | None]


def read_raw(path: str | Path) -> Iterator[Raw]:
    """The cases of a folder (every case file, sorted) or an NDJSON file (a case a line), unparsed."""
    path = Path(path)
    if path.is_dir():
        for p in sorted(path.iterdir()):
            if p.is_file() and p.suffix.lower() in CASE_SUFFIXES:
                yield str(p), None, str(p)
        return
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise CaseLoadError(f"{path}: cannot read: {exc.strerror}") from None
    with fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                yield f"{path}:{number}", line, None


@dataclass
class _Mapped:
    origin: str
    pathmap: object
    ntriples: bytes
    triples: object          # the patient graph (files, FHIR) or its triples (JSON lines)


def _map(origin: str, line: str | None, path: str | None, onto: Graph, schema) -> _Mapped:
    """Read and map one case (CaseLoadError if it cannot be read)."""
    if path is not None:
        graph, pathmap = read_case(path, onto)
        return _Mapped(origin, pathmap, graph.serialize(format="nt", encoding="utf-8"), graph)
    try:
        data = json.loads(line, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise CaseLoadError(f"{origin}: not JSON: {exc.msg} (column {exc.colno})") from None
    except CaseLoadError as exc:
        raise CaseLoadError(f"{origin}: {exc}") from None
    try:
        if is_bundle(data):
            graph, pathmap = map_data(data, schema)
            return _Mapped(origin, pathmap, graph.serialize(format="nt", encoding="utf-8"), graph)
        triples, pathmap = map_case_triples(data, schema)
    except CaseLoadError as exc:
        raise CaseLoadError(f"{origin}: {exc}") from None
    return _Mapped(origin, pathmap, "".join(map(_nt_row, triples)).encode(), triples)


def check_batch(raw: list[Raw]) -> list[CohortItem]:
    """Read, map and validate a batch of cases; pyshacl only where the compiled shapes flag one."""
    onto = load_ontology_graph(knowledge_root())
    schema = case_schema(onto)
    items: list[CohortItem] = []
    mapped: list[tuple[int, _Mapped]] = []
    for origin, line, path in raw:
        try:
            mapped.append((len(items), _map(origin, line, path, onto, schema)))
            items.append(CohortItem(origin))
        except CaseLoadError as exc:
            items.append(CohortItem(origin, error=str(exc)))
    flags = invalid_entries([m.ntriples for _, m in mapped]) if mapped else []
    for (i, m), flagged in zip(mapped, flags):
        items[i].checked = explained(Path(m.origin), m.triples, m.pathmap, m.ntriples, flagged, onto)
    reject_repeated_patients([item.checked for item in items if item.checked is not None])
    return items


def derive_batch(batch: list[CohortItem], engine: str = "rules") -> dict[str, dict]:
    """Results of the valid cases of one batch, keyed by patient IRI."""
    valid = [item.checked for item in batch if item.valid]
    if not valid:
        return {}
    return with_unmapped(valid, results(reasoned_store(valid, engine)))


def process_batch(raw: list[Raw], engine: str = "rules") -> tuple[list[CohortItem], dict[str, dict]]:
    """One batch, whole: its checked cases and the results of the valid ones."""
    items = check_batch(raw)
    return items, derive_batch(items, engine)


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def read_cohort(path: str | Path, batch_size: int = BATCH_SIZE) -> Iterator[CohortItem]:
    """The checked cases of a cohort, in input order (nothing derived)."""
    for raw in batched(read_raw(path), batch_size):
        yield from check_batch(raw)


def _warm() -> None:
    """Parse the knowledge and compile the shapes once, before worker processes fork."""
    onto = load_ontology_graph(knowledge_root())
    case_schema(onto)
    compiled_case_shapes()
    knowledge_store()


def cohort_batches(path: str | Path, engine: str = "rules", batch_size: int | None = None,
                   workers: int | None = None) -> Iterator[tuple[list[CohortItem], dict[str, dict]]]:
    """Every batch of a cohort, checked and derived, in input order.

    batch_size: cases per batch (default: ENGINE_BATCH_SIZE of the engine);
    workers: processes (default: one per core; 1 runs in this process)."""
    batch_size = batch_size or ENGINE_BATCH_SIZE.get(engine, BATCH_SIZE)
    workers = workers or os.cpu_count() or 1
    raw = batched(read_raw(path), batch_size)
    _warm()
    if workers == 1:
        for batch in raw:
            yield process_batch(batch, engine)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(partial(process_batch, engine=engine), raw)
