"""The heap of a serving process: what it loaded at start is taken out of the collector's reach."""

from __future__ import annotations

import gc


def freeze_heap() -> None:
    """Put what a serving process has loaded (knowledge, FHIR models, compiled shapes) out of
    the garbage collector's reach (gc.freeze), after collecting what loading left behind.

    Why: a full collection walks every object the collector tracks while it holds the
    interpreter lock, and hundreds of thousands of them live as long as the process; under
    load such a pause held every call in flight (about 80 ms, three times in 1,000 calls).
    Frozen, a collection walks only what requests made (README, 'Latency of the CDS Hooks
    service'). Only in a process that serves (pvdkg.serve.app's run and worker_app, the
    derivation process): tests that make many apps in one process keep a normal heap."""
    gc.collect()
    gc.freeze()
