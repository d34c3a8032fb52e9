"""Cohorts: many cases from a folder or an NDJSON file, checked and derived in batches.

Per batch (default 1,000 cases): each case is read and mapped to RDF on its
own (an unreadable one is reported and skipped, the others go on); the
compiled case shapes (pvdkg.validate.compiler) decide in one store which patients
violate a shape, and pyshacl (pvdkg.validate.messages) runs only on those, so an
invalid patient gets exactly the messages `pvdkg validate` gives; the valid
patients are reasoned and derived together in one embedded store, so the
SPARQL runs once per batch rather than per case. Batches run in parallel
worker processes (one per core by default) and come back in input order.

Failures stay with their case: a case that cannot be read, mapped, checked or
derived (any exception) is reported with its origin (`file:line` or the file)
and the others are answered; a worker process that dies takes no batch with it
silently (the batch is run again in a fresh worker, and if that fails too,
every case of it is reported). Two cases with the same id are never merged:
the later one is an error, `file:line: id 'x' already used at line N` (NDJSON)
or `dir/b.json: id 'x' already used in dir/a.json` (folders). A cohort line is
at most PVDKG_MAX_LINE_BYTES long (pvdkg.limits).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote

from .knowledge import knowledge_root
from .knowledge import load as load_knowledge
from .knowledge.namespace import PATIENT
from .limits import usable_cores
from .pipeline import Checked, derived_results, explained, with_unmapped
from .readers import INVALID_ID, CaseLoadError, PatientDeceased, Raw, case_schema, one_line, read_entry, read_raw
from .readers import Entry as ReadEntry
from .results import Result
from .validate import compiled_case_shapes, invalid_entries, load_ontology_graph

BATCH_SIZE = 1000
#: Cases per batch by engine: HermiT's time grows faster than linearly with the
#: patients in one ontology (200 patients 30 s, 1,000 patients 430 s, 2 cores).
ENGINE_BATCH_SIZE = {"rules": BATCH_SIZE, "hermit": 200}


@dataclass
class CohortItem:
    """One case of a cohort: where it came from and what validation said."""

    origin: str
    checked: Checked | None = None
    error: str | None = None  # could not be read or parsed

    @property
    def valid(self) -> bool:
        return self.checked is not None and self.checked.valid


def _failure(origin: str, doing: str, exc: BaseException) -> str:
    """One line for an unexpected failure of one case (never a traceback)."""
    return f"{origin}: {doing}: {type(exc).__name__}: {one_line(exc)}"[:2000]


def check_batch(raw: list[Raw], as_of: date | None = None) -> list[CohortItem]:
    """Read, map and validate a batch of cases; pyshacl only where the compiled shapes flag one.

    A case that fails in any way is an error item; the others go on. Two cases
    of the batch with the same id: the later one is an error (DuplicateIds). A
    deceased patient (FHIR, as of `as_of`) is an item whose checked.deceased is set."""
    onto = load_ontology_graph(knowledge_root())
    schema = case_schema(onto)
    items: list[CohortItem] = []
    mapped: list[tuple[int, ReadEntry]] = []
    for origin, line, path in raw:
        try:
            mapped.append((len(items), read_entry(origin, line, path, onto, schema, as_of)))
            items.append(CohortItem(origin))
        except PatientDeceased as exc:
            items.append(CohortItem(origin, Checked(Path(origin), deceased=exc)))
        except CaseLoadError as exc:
            items.append(CohortItem(origin, error=str(exc)))
        except Exception as exc:  # a defect shows with its case, and spares the others
            items.append(CohortItem(origin, error=_failure(origin, "cannot be read", exc)))
    try:
        flags = invalid_entries([m.ntriples for _, m in mapped]) if mapped else []
    except Exception:
        flags = [_flag_alone(m) for _, m in mapped]
    for (i, m), flagged in zip(mapped, flags):
        try:
            if isinstance(flagged, Exception):
                raise flagged
            items[i].checked = explained(Path(m.origin), m.triples, m.pathmap, m.ntriples, flagged, onto)
        except Exception as exc:
            items[i].error = _failure(m.origin, "cannot be validated", exc)
    DuplicateIds().check(items)  # by every patient IRI a case describes (an RDF file may describe several)
    return items


def _flag_alone(m: ReadEntry) -> bool | Exception:
    try:
        return invalid_entries([m.ntriples])[0]
    except Exception as exc:
        return exc


def derive_batch(batch: list[CohortItem], engine: str = "rules") -> dict[str, Result]:
    """Results of the valid cases of one batch, keyed by patient IRI.

    If the batch cannot be derived, each valid case is derived alone; a case
    that still fails becomes an error item."""
    valid = [item for item in batch if item.valid]
    if not valid:
        return {}
    try:
        checked = [item.checked for item in valid]
        return with_unmapped(checked, derived_results(checked, engine))
    except Exception:
        if len(valid) == 1:
            raise
    out: dict[str, Result] = {}
    for item in valid:
        try:
            out.update(with_unmapped([item.checked], derived_results([item.checked], engine)))
        except Exception as exc:
            item.checked, item.error = None, _failure(item.origin, "cannot be derived", exc)
    return out


#: Writes one result as text in the worker process (pvdkg.render.result_ndjson, say).
Render = Callable[[Result], str]


def process_batch(
    raw: list[Raw], engine: str = "rules", as_of: date | None = None, render: Render | None = None
) -> tuple[list[CohortItem], dict[str, Result] | dict[str, str]]:
    """One batch, whole: its checked cases and the results of the valid ones.

    render: each result as text, written here in the worker. Why: the parent process
    writes every line of a cohort alone, and a string crosses to it for almost nothing
    (1,000 results: 0.006 s pickled and unpickled as lines, 0.39 s as typed results,
    and 0.28 s more to write them there)."""
    items = check_batch(raw, as_of)
    try:
        derived = derive_batch(items, engine)
    except Exception as exc:  # one valid case alone failed: it is reported
        for item in items:
            if item.valid:
                item.checked, item.error = None, _failure(item.origin, "cannot be derived", exc)
        return items, {}
    return items, ({patient: render(result) for patient, result in derived.items()} if render else derived)


_PATIENT_BASE = str(PATIENT)
_NO_ID = _PATIENT_BASE + INVALID_ID  # a case without a usable id (pvdkg.readers)


def patient_ids(item: CohortItem) -> list[tuple[str, str]]:
    """(patient IRI, id as the case gave it) of each patient an item describes."""
    if item.checked is None:
        return []
    out = []
    for iri in dict.fromkeys(item.checked.patient_iris):
        if iri != _NO_ID:
            out.append((iri, unquote(iri[len(_PATIENT_BASE) :]) if iri.startswith(_PATIENT_BASE) else iri))
    return out


class DuplicateIds:
    """The ids seen so far in a cohort; a later case with a seen id becomes an error.

    An NDJSON case says `file:line: id 'x' already used at line N`, a file of a
    folder `dir/b.json: id 'x' already used in dir/a.json`."""

    def __init__(self):
        self.first: dict[str, str] = {}  # patient IRI -> origin of its first case

    def check(self, items: list[CohortItem], derived: dict[str, Result] | None = None) -> None:
        """Mark the duplicates among items (in order) as errors; drop their results."""
        for item in items:
            ids = patient_ids(item)
            dup = next(((iri, shown) for iri, shown in ids if iri in self.first), None)
            if dup is None:
                for iri, _ in ids:
                    self.first[iri] = item.origin
                continue
            iri, shown = dup
            first = self.first[iri]
            path, _, line = first.rpartition(":")
            if line.isdigit() and item.origin.startswith(path + ":"):
                where = f"at line {line}"
            else:
                where = f"in {first}"
            if derived is not None:
                for other, _ in ids:
                    derived.pop(other, None)
            item.checked, item.error = None, f"{item.origin}: id '{shown}' already used {where}"


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def read_cohort(path: str | Path, batch_size: int = BATCH_SIZE, as_of: date | None = None) -> Iterator[CohortItem]:
    """The checked cases of a cohort, in input order (nothing derived); a case
    whose id an earlier case has is an error."""
    seen = DuplicateIds()
    for raw in batched(read_raw(path), batch_size):
        items = check_batch(raw, as_of)
        seen.check(items)
        yield from items


def warm() -> None:
    """Parse the knowledge and compile the shapes once, before worker processes fork."""
    onto = load_ontology_graph(knowledge_root())
    case_schema(onto)
    compiled_case_shapes()
    load_knowledge()


def cohort_batches(
    path: str | Path,
    engine: str = "rules",
    batch_size: int | None = None,
    workers: int | None = None,
    as_of: date | None = None,
    render: Render | None = None,
) -> Iterator[tuple[list[CohortItem], dict[str, Result] | dict[str, str]]]:
    """Every batch of a cohort, checked and derived, in input order.

    batch_size: cases per batch (default: ENGINE_BATCH_SIZE of the engine);
    workers: processes (default: one per core; 1 runs in this process);
    as_of: the date FHIR records are read as of (default today, fixed once for the cohort).
    render: the results as this function's text (see process_batch), not typed."""
    as_of = as_of or date.today()
    batch_size = batch_size or ENGINE_BATCH_SIZE.get(engine, BATCH_SIZE)
    workers = workers or usable_cores()
    raw = batched(read_raw(path), batch_size)
    warm()
    seen = DuplicateIds()
    for items, derived in _run_batches(raw, engine, workers, as_of, render):
        seen.check(items, derived)
        yield items, derived


def _failed_batch(raw: list[Raw], exc: BaseException) -> tuple[list[CohortItem], dict]:
    return [
        CohortItem(origin, error=_failure(origin, "not processed, the worker failed", exc)) for origin, _, _ in raw
    ], {}


def _run_batches(
    raw: Iterator[list[Raw]], engine: str, workers: int, as_of: date, render: Render | None = None
) -> Iterator[tuple[list[CohortItem], dict]]:
    """process_batch over the batches, in input order, at most 2 x workers batches
    in flight. A batch whose worker died (the pool is then broken) runs again
    alone in a fresh worker; if it fails again, each of its cases is reported."""
    if workers == 1:
        for batch in raw:
            try:
                yield process_batch(batch, engine, as_of, render)
            except Exception as exc:
                yield _failed_batch(batch, exc)
        return
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context)
    pending: deque = deque()
    try:
        for batch in raw:
            try:
                pending.append((batch, pool.submit(process_batch, batch, engine, as_of, render)))
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(workers, mp_context=context)
                pending.append((batch, None))
            while len(pending) > 2 * workers:
                yield _result(*pending.popleft(), engine, as_of, context, render)
        while pending:
            yield _result(*pending.popleft(), engine, as_of, context, render)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(batch: list[Raw], future, engine: str, as_of: date, context, render: Render | None):
    try:
        if future is None:
            raise BrokenProcessPool("the worker pool was broken")
        return future.result()
    except BrokenProcessPool:
        with ProcessPoolExecutor(1, mp_context=context) as alone:
            try:
                return alone.submit(process_batch, batch, engine, as_of, render).result()
            except Exception as exc:
                return _failed_batch(batch, exc)
    except Exception as exc:
        return _failed_batch(batch, exc)
