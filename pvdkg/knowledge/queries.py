"""The query files of queries/: their text, their grlc-style header, and each folder's list.

Each is read once per process and knowledge root: the derivation runs the same
files for every batch of a cohort.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .layout import KnowledgeError, query_file, real_root

_HEADER = re.compile(r"^#\+\s*([\w-]+):\s*(.*)$")
_PREFIX = re.compile(r"[ \t]*PREFIX[ \t]+([\w.-]*):[ \t]*<([^<>]*)>[ \t]*", re.IGNORECASE)


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


def update_requests(folder: str, root: Path | None = None) -> tuple[str, ...]:
    """The .ru files of one folder of queries/, in name order, as one SPARQL Update request (its
    operations run in that order) when their PREFIX lines agree, else one request per file.
    Why: 20 small fact updates as one request take 3.1 ms instead of 3.8 ms a batch in
    pyoxigraph (a remote store gets one HTTP request instead of 20)."""
    return _update_requests(folder, real_root(root))


@lru_cache(maxsize=64)
def _update_requests(folder: str, root: Path) -> tuple[str, ...]:
    texts = tuple(_read(rel, root) for rel in _query_files(folder, ".ru", root))
    joined = joined_update(texts)
    return (joined,) if joined is not None and len(texts) > 1 else texts


def joined_update(texts: tuple[str, ...]) -> str | None:
    """Several update requests as one, their PREFIX declarations once at the top (pyoxigraph
    refuses a PREFIX after an operation's ';', which SPARQL 1.1 allows); None when they cannot
    be joined: a prefix bound to two IRIs, a BASE, the word PREFIX anywhere but on a line of its
    own before the first operation (with a comment after it, in a string...), or a joined text
    that does not parse."""
    prefixes: dict[str, str] = {}
    bodies = []
    for text in texts:
        lines, kept, start = text.splitlines(), [], 0
        while start < len(lines):  # the prologue: blank lines, comments and PREFIX lines, each alone
            line = lines[start]
            m = _PREFIX.fullmatch(line)
            if m:
                if prefixes.setdefault(m.group(1), m.group(2)) != m.group(2):
                    return None
            elif not line.strip() or line.lstrip().startswith("#"):
                kept.append(line)
            else:
                break
            start += 1
        body = "\n".join(lines[start:])
        if re.search(r"\b(PREFIX|BASE)\b", body, re.IGNORECASE):  # not a plain prologue: not joined
            return None
        bodies.append("\n".join([*kept, body]))
    head = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes.items())
    joined = head + "\n;\n".join(bodies)  # ';' on a line of its own: a body may end in a comment
    try:
        ox.Store().update(joined)  # parsed (and run on an empty store, where it changes nothing kept)
    except (SyntaxError, ValueError, OSError):
        return None
    return joined
