"""The one path from input files to results: read, validate, reason, derive.

A rejected patient never reaches the store: validation runs on each patient's
own graph first, and only valid patients are added.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import reason, recommend
from .resources import knowledge_root
from .store import add_ntriples, knowledge_store
from .validate import ValidationResult, load_and_validate, load_ontology_graph


_PATIENT_TYPE = re.compile(rb"<([^>]+)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/pvdkg/ontology#Patient>")


@dataclass
class Checked:
    """One input file after validation."""
    path: Path
    results: list[ValidationResult] = field(default_factory=list)
    ntriples: bytes = b""

    @property
    def valid(self) -> bool:
        return not any(r.severity == "violation" for r in self.results)

    @property
    def patient_iri(self) -> str | None:
        """The IRI of the patient this file describes (None when it has none)."""
        m = _PATIENT_TYPE.search(self.ntriples)
        return m.group(1).decode() if m else None


def check(path: str | Path) -> Checked:
    """Read and validate one case or RDF patient (raises CaseLoadError if unreadable)."""
    graph, results = load_and_validate(path, load_ontology_graph(knowledge_root()))
    return Checked(Path(path), results, graph.serialize(format="nt", encoding="utf-8"))


def reasoned_store(patients: list[Checked], engine: str = "rules", mappings: bool = False) -> ox.Store:
    """A store with the knowledge base (and the vocabulary mappings if asked),
    the valid patients, and everything derived."""
    store = knowledge_store(mappings=mappings)
    for p in patients:
        if p.valid:
            add_ntriples(store, p.ntriples)
    reason.reason(store, engine)
    recommend.derive(store)
    return store


def recommend_files(paths: list[str | Path], engine: str = "rules") -> tuple[list[Checked], dict[str, dict]]:
    """Validate every file, then derive the results of the valid ones."""
    checked = [check(p) for p in paths]
    store = reasoned_store(checked, engine)
    return checked, recommend.results(store)
