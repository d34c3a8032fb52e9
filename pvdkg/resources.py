"""Where the knowledge files live.

Installed wheels carry ontology/, shapes/ and queries/ as package data under
pvdkg/_data; a source checkout (editable install, tests) reads them from the
repository root. PVDKG_KNOWLEDGE overrides the root, so a guideline author can
point pvdkg at an edited copy without touching code.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

KNOWLEDGE_DIRS = ("ontology", "shapes", "queries")


def knowledge_root() -> Path:
    """The folder holding ontology/, shapes/ and queries/."""
    env = os.environ.get("PVDKG_KNOWLEDGE")
    if env:
        return Path(env)
    return _shipped_root()


@lru_cache(maxsize=1)
def _shipped_root() -> Path:
    """The packaged knowledge (a wheel) or the repository root (a checkout); looked up once."""
    packaged = Path(str(files("pvdkg"))) / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def ontology_files(root: Path | None = None) -> list[Path]:
    """Every Turtle file of the ontology and knowledge base, in a stable order."""
    base = (root or knowledge_root()) / "ontology"
    return sorted(p for p in base.rglob("*.ttl") if "mappings" not in p.parts)


def shapes_file(name: str, root: Path | None = None) -> Path:
    return (root or knowledge_root()) / "shapes" / name


def query_file(rel: str, root: Path | None = None) -> Path:
    return (root or knowledge_root()) / "queries" / rel
