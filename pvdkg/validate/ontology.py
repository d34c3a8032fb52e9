"""The ontology as one rdflib graph, for the case schema and pyshacl.

Kept apart (and unchanged) while the knowledge loader is unified elsewhere."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from pvdkg.resources import knowledge_root, ontology_files


@lru_cache(maxsize=4)
def load_ontology_graph(root: Path | None = None) -> Graph:
    """All ontology files parsed into one rdflib graph, once per knowledge root.

    Shared between callers: do not modify it."""
    g = Graph()
    for f in ontology_files(root or knowledge_root()):
        g.parse(f, format="turtle")
    return g
