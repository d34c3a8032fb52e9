"""Requests that arrive together are derived together: one store, one pass of the rules.

Why: most of a derivation's cost is fixed (the knowledge copied into a fresh store,
about 130 SPARQL queries parsed, planned and run), whatever the number of patients
in the store; derived alone, a patient costs about 27 ms of CPU, eight together
about 7 ms each (pvdkg.cohort derives cohorts the same way). So one thread derives:
it takes every case that is waiting (up to `max_size`), derives them in one batch
(Knowledge.recommend_together) and answers each request. Nothing waits for a batch
to fill: a case that arrives while the server is idle is derived at once, alone.

Patients are independent in a store (tests/test_isolation.py); a patient may be in
a batch only once, so a second request for the same patient waits for the next
batch, unless its case is the very same (the same JSON text: the same record read
as of the same day): then it shares that derivation (a chart opened by several
clinicians at once, a retried call) and gets its own copy of the outcome. Nothing
of a patient outlives its batch: the store is dropped after it, and nothing is
remembered between batches.

With `processes` N the batches are derived in N child processes (spawned, with the
knowledge loaded and warm before the server answers): the Python of a request
(HTTP, FHIR, cards) holds one interpreter lock, so a second core helps only if the
derivation runs in another interpreter. The server's state (JWT ids seen, feedback)
stays in one process, unlike `--workers`. A child that dies, or whose batch takes
longer than `limit` (the request time limit: every caller of that batch has had its
503 by then), is replaced, and the batch it held is answered with an error, not lost
in silence. A caller that stops waiting withdraws its case if no batch has taken it.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field

from .errors import for_the_log
from .heap import freeze_heap

log = logging.getLogger("pvdkg.serve")


@dataclass
class _Job:
    patient: str
    case: str  # the case as JSON text
    future: Future = field(default_factory=Future)
    twins: list[_Job] = field(default_factory=list)  # waiting calls with the very same case


class Batcher:
    """The service's derivations: recommend() blocks until its batch is done. With
    `processes` 0, one thread derives in this process; with N, N threads each hand their
    batches to their own child process (a batch is taken as soon as one of them is free)."""

    def __init__(
        self, kg, max_size: int = 16, processes: int = 0, name: str = "request.json", limit: float | None = None
    ):
        if max_size < 1:
            raise ValueError("a batch holds at least one case")
        self.kg, self.max_size, self.name, self.limit = kg, max_size, name, limit
        self.closed = False  # close() was called: no derivation process is started again
        self._queue: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._waiting: list[_Job] = []  # taken from the queue, left for a later batch
        self._taking = threading.Lock()  # one lane takes a batch at a time
        self.lanes = [_Lane(child) for child in _children(processes)] or [_Lane(None)]
        for i, lane in enumerate(self.lanes):
            threading.Thread(target=self._run, args=(lane,), name=f"pvdkg-batch-{i}", daemon=True).start()

    def close(self) -> None:
        """Stop the derivation processes (the server is shutting down); a call after it is refused."""
        self.closed = True
        for lane in self.lanes:
            if lane.child is not None:
                lane.child.kill()

    def recommend(self, patient: str, case: str, timeout: float | None = None):
        """The Outcome of one JSON case (`patient` its id), derived with whatever arrives with it;
        raises what recommend_together gives for it (CaseLoadError, RuntimeError), or
        TimeoutError after `timeout` seconds (default: the batcher's limit), when a case not
        yet taken into a batch is withdrawn."""
        job = _Job(patient, case)
        self._queue.put(job)
        try:
            return job.future.result(timeout if timeout is not None else self.limit)
        except TimeoutError:
            job.future.cancel()  # succeeds only while it waits: no batch will derive it
            raise

    def _next_batch(self) -> list[_Job]:
        """The waiting jobs, then the queued ones, up to max_size and each patient once."""
        with self._taking:
            return self._take()

    def _take(self) -> list[_Job]:
        if not self._waiting:
            self._waiting.append(self._queue.get())
        while True:  # everything queued now: bounded by the requests in flight
            try:
                self._waiting.append(self._queue.get_nowait())
            except queue.Empty:
                break
        batch, seen, later = [], {}, []
        for job in self._waiting:
            first = seen.get(job.patient)
            if first is not None and first.case != job.case or first is None and len(batch) == self.max_size:
                later.append(job)
            elif not job.future.set_running_or_notify_cancel():
                continue  # its caller gave up waiting
            elif first is not None:
                first.twins.append(job)  # the same case: derived once, each call its own copy
            else:
                batch.append(job)
                seen[job.patient] = job
        self._waiting = later
        return batch

    def _run(self, lane: _Lane) -> None:
        while True:
            batch = self._next_batch()
            if not batch:
                continue
            try:
                outcomes = self._derive(lane, [j.case for j in batch])
            except Exception as exc:  # a defect: every request of the batch is told, none hangs
                log.error("a batch of %d could not be derived: %s", len(batch), for_the_log(exc))
                outcomes = [exc] * len(batch)
            for job, outcome in zip(batch, outcomes):
                for twin in job.twins:
                    _settle(twin.future, _own_copy(outcome))
                _settle(job.future, outcome)

    def _derive(self, lane: _Lane, cases: list[str]) -> list:
        if lane.failures:  # its process could not be started: try again when the wait is over
            self._restart(lane)
        if lane.child is None:
            outcomes = self.kg.recommend_together(cases, self.name)
            self.kg.prepare()
            return outcomes
        try:
            kind, value = lane.child.derive(cases, self.name, self.limit)
        except TimeoutError:
            why = f"the batch took longer than {self.limit:g} s"
        except (EOFError, OSError):  # the pipe failed: the process has ended (or was stopped)
            why = "the derivation process ended"
        else:  # what stopped the batch in a process that is well (an OSError too) is the batch's
            if kind == "error":
                raise value
            return value
        lane.child.kill()
        if self.closed:
            raise RuntimeError("the derivation processes were stopped (the server is shutting down)")
        log.warning("%s; the derivation process is started again", why)
        self._restart(lane)
        raise RuntimeError(f"{why}; it was started again")

    def _restart(self, lane: _Lane) -> None:
        """Start the lane's process again; RuntimeError if it cannot be started (it dies or
        does not load): then the lane's batches are refused at once, without a new attempt,
        for a time that doubles with each failure (1 s, 2 s... at most RESTART_WAIT_MAX), so
        a process that cannot start (memory, a broken install) is not loaded again for every
        batch; /health reports it meanwhile."""
        wait = lane.retry_at - time.monotonic()
        if wait > 0:
            raise Unavailable(
                f"the derivation process could not be started; the next attempt is in {math.ceil(wait)} s",
                math.ceil(wait),
            )
        try:
            lane.child = _children(1)[0]
        except (RuntimeError, EOFError, OSError) as exc:
            lane.failures += 1
            lane.retry_at = time.monotonic() + min(RESTART_WAIT_MAX, 2.0 ** (lane.failures - 1))
            log.error("the derivation process could not be started (%s)", type(exc).__name__)
            raise Unavailable(
                "the derivation process could not be started", math.ceil(lane.retry_at - time.monotonic())
            ) from None
        lane.failures, lane.retry_at = 0, 0.0
        if self.closed:  # closed while the new one started
            lane.child.kill()

    def down(self) -> str | None:
        """Why the service cannot derive now (a derivation process that could not be started
        again), None when it can: what /health reports."""
        if self.closed:
            return "the derivation processes were stopped (the server is shutting down)"
        failed = sum(1 for lane in self.lanes if lane.failures)
        return f"{failed} of {len(self.lanes)} derivation processes could not be started" if failed else None


def _settle(future: Future, outcome) -> None:
    if isinstance(outcome, Exception):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


def _own_copy(outcome):
    """A twin call's outcome: its own Outcome and Result objects (a call sets the result's
    unmapped codings, pvdkg.serve.app.hook_cards), the rest shared; an error its own copy
    when it can be made. Never raises: the lane thread that settles must not die."""
    try:
        if isinstance(outcome, Exception):
            return copy.copy(outcome)
        result = dataclasses.replace(outcome.result) if outcome.result is not None else None
        return dataclasses.replace(outcome, result=result)
    except Exception:
        return outcome


class Unavailable(RuntimeError):
    """No derivation process could be started: the call may be made again after `retry_after` s."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = max(1, retry_after)


#: The longest wait, in seconds, before a derivation process that could not be started is tried again.
RESTART_WAIT_MAX = 60.0


@dataclass
class _Lane:
    child: _Child | None  # its derivation process (None: derive in this process)
    failures: int = 0  # attempts to start it again that failed in a row
    retry_at: float = 0.0  # time.monotonic() before which it is not tried again


_KG = None  # the knowledge of the derivation process


def _derive_in_child(cases: list[str], name: str) -> list:
    outcomes = _KG.recommend_together(cases, name)
    _KG.prepare()
    return outcomes


def _child_main(conn) -> None:
    """A derivation process: the knowledge loaded and warm, then one batch per message, each
    answered ('ok', outcomes) or ('error', exception). It ends when the server's end of the
    pipe closes or, in a batch, when the server ends, however it ends (SIGKILL too)."""
    global _KG
    from pvdkg.api import load

    _exit_with_parent()
    _KG = load()
    _KG.warm()
    _derive_in_child([], "warm-up")
    freeze_heap()  # a full collection would pause a batch
    conn.send(("ok", []))
    while True:
        try:
            cases, name = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = ("ok", _derive_in_child(cases, name))
        except Exception as exc:
            answer = ("error", exc)
        try:
            conn.send(answer)
        except Exception as exc:  # an answer that cannot be pickled: the batch is told
            conn.send(("error", RuntimeError(f"a batch's answer could not be sent: {type(exc).__name__}")))


def _exit_with_parent() -> None:
    """End this process as soon as the server ends, however it ends (SIGKILL too), in a batch
    or while it loads: the closed pipe is seen only between batches, and a batch may be stuck."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="pvdkg-parent-watch", daemon=True).start()


class _Child:
    """One spawned derivation process (never forked from a process with threads) and the
    pipe to it. A batch that takes longer than its limit, or a process that dies, is
    answered with an error and the process is replaced (kill, then a new one)."""

    def __init__(self):
        context = multiprocessing.get_context("spawn")
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_child_main, args=(theirs,), name="pvdkg-derive", daemon=True)
        self.process.start()
        theirs.close()

    def ready(self, limit: float = 300.0) -> _Child:
        """Wait until the knowledge is loaded and warm (its warm-up answer); a process that has
        not loaded it in `limit` seconds is killed (its lane would otherwise wait forever)."""
        try:
            self.answer(limit)
        except TimeoutError:
            self.kill()
            raise RuntimeError(f"the derivation process did not load the knowledge in {limit:g} s") from None
        return self

    def derive(self, cases: list[str], name: str, limit: float | None) -> tuple[str, object]:
        """('ok', outcomes) or ('error', what stopped the batch); TimeoutError past `limit`,
        EOFError or OSError when the process has ended."""
        self.conn.send((cases, name))
        return self.answer(limit)

    def answer(self, limit: float | None) -> tuple[str, object]:
        if not self.conn.poll(limit):
            raise TimeoutError
        return self.conn.recv()  # EOFError: the process ended

    def kill(self) -> None:
        self.process.kill()
        self.process.join(10)
        self.conn.close()


def _children(n: int) -> list[_Child]:
    """n derivation processes, started side by side, each warm when this returns."""
    children = [_Child() for _ in range(n)]
    return [child.ready() for child in children]
