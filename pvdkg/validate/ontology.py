"""The ontology as one rdflib graph, for the case schema, pySHACL and export.

Built by the one knowledge loader (pvdkg.knowledge) from its single parse of the files."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from pvdkg.knowledge import load as load_knowledge


def load_ontology_graph(root: Path | None = None) -> Graph:
    """All ontology files as one rdflib graph, once per knowledge root.

    Shared between callers: do not modify it."""
    return load_knowledge(root).ontology_graph
