"""Where the knowledge files live, and the one error for knowledge that cannot be read.

Installed wheels carry ontology/, shapes/ and queries/ as package data under
pvdkg/_data; a source checkout (editable install, tests) reads them from the
repository root. PVDKG_KNOWLEDGE overrides the root, so a guideline author can
point pvdkg at an edited copy without touching code. The root is checked when it
is looked up: a misspelled PVDKG_KNOWLEDGE is one clear message, not a traceback
from whichever module first opens a file under it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

KNOWLEDGE_DIRS = ("ontology", "shapes", "queries")


class KnowledgeError(Exception):
    """The knowledge cannot be read: a missing folder, or a file that does not parse
    (the message names the file and line). The CLI reports it with exit code 2."""


def knowledge_root() -> Path:
    """The folder holding ontology/, shapes/ and queries/ (KnowledgeError if it does not)."""
    env = os.environ.get("PVDKG_KNOWLEDGE")
    root = Path(env) if env else _shipped_root()
    _check_layout(root, f"PVDKG_KNOWLEDGE={env}" if env else str(root))
    return root


def real_root(root: Path | None = None) -> Path:
    """The real path of a knowledge root (default: knowledge_root()), the key of per-root
    caches. An absolute path is resolved once per process: realpath is a system call per
    path part, and the FHIR reader and the case schema ask on every call."""
    root = root or knowledge_root()
    return _real(root) if root.is_absolute() else root.resolve()  # relative: the cwd may change


@lru_cache(maxsize=16)
def _real(root: Path) -> Path:
    return root.resolve()


def checked_root(path: str | Path, shown: str | None = None) -> Path:
    """A knowledge folder given by name (pvdkg diff --knowledge), checked as PVDKG_KNOWLEDGE is."""
    root = Path(path)
    _check_layout(root, shown or str(path))
    return root


def shipped_root() -> Path:
    """The knowledge pvdkg ships (whatever PVDKG_KNOWLEDGE says): what `pvdkg diff` compares against."""
    return _shipped_root()


@lru_cache(maxsize=16)
def _check_layout(root: Path, shown: str) -> None:
    """Checked once per root and process (a cached success; a failure is raised each time)."""
    if not root.is_dir():
        raise KnowledgeError(f"{shown}: no such folder")
    missing = [d for d in KNOWLEDGE_DIRS if not (root / d).is_dir()]
    if missing:
        raise KnowledgeError(
            f"{shown}: no {', '.join(d + '/' for d in missing)} folder "
            f"(a knowledge root holds {', '.join(d + '/' for d in KNOWLEDGE_DIRS)})"
        )


@lru_cache(maxsize=1)
def _shipped_root() -> Path:
    """The packaged knowledge (a wheel) or the repository root (a checkout); looked up once."""
    packaged = Path(str(files("pvdkg"))) / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent


def examples_folder() -> Path | None:
    """The example patients (examples/ of the knowledge root, else the shipped ones): the web
    page of `pvdkg serve` offers them, and a wheel carries them as package data."""
    for root in (knowledge_root(), _shipped_root()):
        if (root / "examples").is_dir():
            return root / "examples"
    return None


def ontology_files(root: Path | None = None) -> list[Path]:
    """Every Turtle file of the ontology and knowledge base, in a stable order."""
    base = (root or knowledge_root()) / "ontology"
    return sorted(p for p in base.rglob("*.ttl") if "mappings" not in p.parts)


def shapes_file(name: str, root: Path | None = None) -> Path:
    return (root or knowledge_root()) / "shapes" / name


def query_file(rel: str, root: Path | None = None) -> Path:
    return (root or knowledge_root()) / "queries" / rel
