"""The one path from input files to results: read, validate, reason, derive.

A rejected patient never reaches the store: validation runs on each patient's
own graph first, and only valid patients are added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import derive, reason
from .knowledge import knowledge_root
from .knowledge.namespace import PVDKG
from .readers import PatientDeceased, join_path, read_case, read_case_bytes, triples_graph
from .results import Result, Source, Unmapped
from .stores.embedded import EmbeddedStore
from .validate import ValidationResult, invalid_entries, load_ontology_graph, needs_explaining, validate_case

_PATIENT_TYPE = re.compile(
    rb"<([^>]+)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + re.escape(str(PVDKG.Patient).encode()) + rb">"
)


@dataclass
class Checked:
    """One input file after validation."""

    path: Path
    results: list[ValidationResult] = field(default_factory=list)
    ntriples: bytes = b""
    unmapped: list | None = None  # FHIR input: the codings that did not map
    facts: list | None = None  # FHIR input: what was read from which resources
    deceased: PatientDeceased | None = None  # FHIR input: the patient died by the as-of date

    @property
    def valid(self) -> bool:
        return self.deceased is None and not any(r.severity == "violation" for r in self.results)

    @property
    def patient_iri(self) -> str | None:
        """The IRI of the patient this file describes (None when it has none)."""
        m = _PATIENT_TYPE.search(self.ntriples)
        return m.group(1).decode() if m else None

    @property
    def patient_iris(self) -> list[str]:
        """Every patient this file describes (an RDF file may describe several)."""
        return [m.decode() for m in _PATIENT_TYPE.findall(self.ntriples)]


def reject_repeated_patients(checked: list[Checked]) -> None:
    """Reject a valid file that describes a patient an earlier valid one describes.

    Why: the patients of one derivation share a store, where two descriptions of
    one IRI would merge into one patient that neither file describes."""
    first: dict[str, Path] = {}
    for c in checked:
        if not c.valid:
            continue
        iris = c.patient_iris
        taken = [iri for iri in iris if iri in first]
        for iri in taken:
            base = "" if len(iris) == 1 else f"patient[{iri.rsplit('/', 1)[-1]}]"
            c.results.append(
                ValidationResult(
                    join_path(base, "id"), f"'{iri.rsplit('/', 1)[-1]}' is described by {first[iri]} already"
                )
            )
        if not taken:
            first.update((iri, c.path) for iri in iris)


def check(path: str | Path, as_of: date | None = None) -> Checked:
    """Read and validate one case, FHIR bundle or RDF patient (raises CaseLoadError if unreadable).
    A FHIR record is read as of `as_of` (default today); a deceased patient is a Checked
    that is not valid, with `deceased` set."""
    ontology = load_ontology_graph(knowledge_root())
    try:
        graph, pathmap = read_case(path, ontology, as_of)
    except PatientDeceased as exc:
        return Checked(Path(path), deceased=exc)
    return checked(Path(path), graph, pathmap, ontology)


def check_bytes(data: bytes, name: str, as_of: date | None = None) -> Checked:
    """check() of a case, FHIR Bundle or RDF patient held in memory, read as a file `name`
    would be (its suffix the format): nothing of the patient is written to disk (pvdkg serve)."""
    ontology = load_ontology_graph(knowledge_root())
    try:
        graph, pathmap = read_case_bytes(data, name, ontology, as_of)
    except PatientDeceased as exc:
        return Checked(Path(name), deceased=exc)
    return checked(Path(name), graph, pathmap, ontology)


def checked(origin: Path, graph, pathmap, ontology) -> Checked:
    """Validate a mapped patient graph: the compiled shapes decide, pySHACL explains.

    pySHACL (about 20 ms) runs only when the shapes compiled to SPARQL (about
    2 ms, pvdkg.validate.compiler) find a violation, or reading found a problem."""
    ntriples = graph.serialize(format="nt", encoding="utf-8")
    return explained(origin, graph, pathmap, ntriples, invalid_entries([ntriples])[0], ontology)


def explained(origin: Path, triples, pathmap, ntriples: bytes, flagged: bool, ontology) -> Checked:
    """Validate a patient, with pySHACL when pvdkg.validate.needs_explaining says so.
    `triples` is the patient graph or its triples (a graph is built only to explain)."""
    found = []
    if needs_explaining(flagged, pathmap.issues, triples):
        found = validate_case(triples_graph(triples), pathmap, ontology)
    return Checked(origin, found, ntriples, pathmap.unmapped, pathmap.facts)


def reasoned_store(
    patients: list[Checked], engine: str = "rules", mappings: bool = False, lean: bool = False
) -> EmbeddedStore:
    """A store with the knowledge base (and the vocabulary mappings if asked),
    the valid patients, and everything derived.

    lean=True (with the rules engine, without mappings): only the knowledge the
    derivation reads (ParsedKnowledge.derivation_quads), half of it: what a store
    gets that only derive.results reads (recommend, cohorts, the server)."""
    if lean and (engine != "rules" or mappings):
        raise ValueError("a lean store is for the rules engine without mappings")
    store = EmbeddedStore.with_knowledge(mappings=mappings, lean=lean)
    for p in patients:
        if p.valid:
            store.add_ntriples(p.ntriples)
    reason.reason(store, engine)
    derive.derive(store)
    return store


def derived_results(patients: list[Checked], engine: str = "rules") -> dict[str, Result]:
    """The results of the valid patients, keyed by patient IRI, derived in a store made for
    it (lean with the rules engine) and then dropped."""
    return derive.results(reasoned_store(patients, engine, lean=engine == "rules"))


def recommend_files(
    paths: list[str | Path], engine: str = "rules", as_of: date | None = None
) -> tuple[list[Checked], dict[str, Result]]:
    """Validate every file, then derive the results of the valid ones."""
    return recommend_checked([check(p, as_of) for p in paths], engine)


def recommend_checked(checked: list[Checked], engine: str = "rules") -> tuple[list[Checked], dict[str, Result]]:
    """Derive the results of the valid ones of validated cases."""
    reject_repeated_patients(checked)
    return checked, with_unmapped(checked, derived_results(checked, engine))


def with_unmapped(checked: list[Checked], results: dict[str, Result]) -> dict[str, Result]:
    """Add the `unmapped` and `sources` parts to the result of each patient that came from FHIR."""
    for c in checked:
        if c.unmapped is not None and c.patient_iri in results:
            results[c.patient_iri].unmapped = [Unmapped(**u) for u in c.unmapped]
        if c.facts is not None and c.patient_iri in results:
            results[c.patient_iri].sources = [Source(**f) for f in c.facts]
    return results
