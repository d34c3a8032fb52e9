"""Random (version 4) UUIDs for cards, suggestions and request ids, from a pool of bytes.

Why: `uuid.uuid4()` makes a system call with the interpreter lock released, and under load a
thread that gives the lock up may wait 5 ms for it behind threads reading FHIR. The pool
reads the same operating-system randomness 256 ids at a time, each used once.
"""

from __future__ import annotations

import os
import uuid

_PER_READ = 256
_pool: list[bytes] = []


def random_uuid() -> uuid.UUID:
    """A new version 4 UUID (thread-safe: list.pop is atomic; two threads that find the pool
    empty both refill it, with different bytes)."""
    while True:
        try:
            return uuid.UUID(bytes=_pool.pop(), version=4)
        except IndexError:
            raw = os.urandom(16 * _PER_READ)
            _pool.extend(raw[i : i + 16] for i in range(0, len(raw), 16))


def _forget() -> None:
    """A forked process draws its own bytes: it must not repeat its parent's ids."""
    _pool.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget)
