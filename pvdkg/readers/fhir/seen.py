"""Bundle entries validated before, kept by their JSON text for the next bundle that holds them.

Validating with fhir.resources is most of the cost of reading a bundle (fhir_core
runs Python validators on every element: ~0.4 ms a resource), and a CDS Hooks
service is sent the same patient's resources call after call (each hook, each
order-select). An entry (fullUrl, resource, search...) that validated is kept
as its model, keyed by its exact JSON text (json.dumps: 1, 1.0, true and "1"
differ; a value JSON cannot write, such as a Decimal, is never kept), and is
given to the bundle validator as that model, which takes it as it is. Only
validated entries are kept, so a malformed one is validated again and gives
the same message.

Models are shared between calls: readers never change them (pydantic models,
read by attribute). A bundle that holds the same entry twice gets the kept
model once and validates the other: a reader tells entries apart by identity.
Bounded by the JSON text kept (BUDGET_CHARS; a model takes ~12 bytes a character:
~25 MB, ~2,000 typical entries), none of more than TEXT_CHARS, the least
recently used dropped first.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict

#: The JSON text of the kept entries is at most this long, all together.
BUDGET_CHARS = 2_000_000
#: An entry whose JSON text is longer is not kept.
TEXT_CHARS = 32_768

_kept: OrderedDict[str, object] = OrderedDict()
_lock = threading.Lock()
_chars = 0  # the JSON text kept


def key(entry: dict) -> str | None:
    """The JSON text of an entry, or None when it is not to be kept (too large, not JSON)."""
    try:
        text = json.dumps(entry, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        return None
    return text if len(text) <= TEXT_CHARS else None


def get(text: str):
    """The model kept for this JSON text, or None."""
    with _lock:
        model = _kept.get(text)
        if model is not None:
            _kept.move_to_end(text)
        return model


def keep(text: str, model) -> None:
    """Keep a model that validated, dropping the least recently used beyond BUDGET_CHARS."""
    global _chars
    with _lock:
        if text not in _kept:
            _chars += len(text)
        _kept[text] = model
        _kept.move_to_end(text)
        while _chars > BUDGET_CHARS:
            _chars -= len(_kept.popitem(last=False)[0])


def clear() -> None:
    """Forget every kept model (tests, or a process that wants its memory back)."""
    global _chars
    with _lock:
        _kept.clear()
        _chars = 0
