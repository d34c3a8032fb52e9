"""The query files of queries/: their text, their grlc-style header, and each folder's list.

Each is read once per process and knowledge root: the derivation runs the same
files for every batch of a cohort.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .layout import KnowledgeError, query_file, real_root

_HEADER = re.compile(r"^#\+\s*([\w-]+):\s*(.*)$")


def read_query(rel: str, root: Path | None = None) -> str:
    """The text of a query file under queries/ (KnowledgeError if it cannot be read)."""
    return _read(rel, real_root(root))


@lru_cache(maxsize=512)
def _read(rel: str, root: Path) -> str:
    path = query_file(rel, root)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot be read ({exc.strerror if isinstance(exc, OSError) else exc})") from None


def query_header(text: str) -> dict[str, str]:
    """The '#+ key: value' header lines of a query file (grlc style), read once per text:
    the derivation looks at the same headers for every patient."""
    return dict(_header(text))


@lru_cache(maxsize=512)
def _header(text: str) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            break
        out[m.group(1)] = m.group(2)
    return tuple(out.items())


def query_files(folder: str, suffix: str, root: Path | None = None) -> list[str]:
    """The query files of one folder of queries/, in name order (the order they run in),
    listed once per process and root, like their texts (read_query)."""
    return list(_query_files(folder, suffix, real_root(root)))


@lru_cache(maxsize=64)
def _query_files(folder: str, suffix: str, root: Path) -> tuple[str, ...]:
    base = root / "queries" / folder
    return tuple(f"{folder}/{p.name}" for p in sorted(base.glob(f"*{suffix}")))
