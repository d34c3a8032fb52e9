"""Random (version 4) UUIDs for cards, suggestions and request ids, drawn from a pool.

Why a pool: `uuid.uuid4()` reads 16 bytes with `os.urandom`, a system call made with the
interpreter lock released. Under load, other request threads hold the lock while they read
FHIR, and a thread that gave it up may wait a whole switch interval (5 ms) to get it back:
a call makes about 10 of these ids. The pool reads 4 KiB (256 ids) per system call; the
bytes are the same operating-system randomness, each used once.
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
