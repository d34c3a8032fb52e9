"""Batches of patients checked with the compiled shapes, and when pyshacl must explain one.

Batches. Patients sharing an IRI (a repeated id, `_invalid` for a missing id)
merge in one store: check_batch sees one node, invalid_entries checks them in
rounds. A document with rdfs:subClassOf triples gets a store of its own (it
would extend the hierarchy of its neighbours). Reading problems
(pathmap.issues: unknown JSON fields, wrong JSON types, values listed twice)
are not in the RDF: the caller adds them (needs_explaining is the one rule).

Measured (2 cores, `pvdkg synth 1000 --seed 1`, 25 triples a patient, mapping
to RDF excluded): check_batch takes about 110-130 ms for 1,000 patients, some
8,000 patients/s: a third loading the store, the rest 74 queries.

Where rdflib and a store see different terms:
- Two values one store node merges ("0.50" and "0.5"): check_batch and
  invalid_entries compare the store's triple count with the documents' and
  flag such a document for pyshacl (sh:maxCount would differ).
- rdflib writes an ill-typed xsd:boolean ("yes") as "false" and only flags it:
  pyshacl sees the flag, N-Triples do not. `ill_typed_hidden(graph)` finds such
  a graph (use pyshacl for it). The N-Triples must be rdflib's, as
  pvdkg.pipeline makes them.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, Literal, URIRef

from .compiler import CompiledShapes, compiled_case_shapes


def needs_explaining(flagged: bool, issues: list, triples: Iterable) -> bool:
    """The one rule of when pySHACL explains a patient: the compiled shapes flagged
    it (a violation, values a store merges, or a focus of a shape they could not
    compile), reading found a problem, or an ill-typed literal hides in its N-Triples."""
    return bool(flagged or issues or ill_typed_hidden(triples))


def batch_store(ntriples: Iterable[bytes], compiled: CompiledShapes | None = None) -> ox.Store:
    """An in-memory store with the class hierarchy and the given N-Triples documents."""
    compiled = compiled or compiled_case_shapes()
    store = ox.Store()
    # lenient: rdflib wrote these, so skip IRI validation (a third faster)
    store.load(compiled.hierarchy_nt + b"\n" + b"\n".join(ntriples), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    return store


def _triples(nt: bytes) -> int:
    """The triples of an N-Triples document (a line ends with '.'; literals escape newlines)."""
    return (nt if nt.endswith(b"\n") else nt + b"\n").count(b".\n")


def _merged(ntriples: list[bytes], store: ox.Store, compiled: CompiledShapes) -> list[int]:
    """Documents whose own triples the store merged: it canonicalizes valid typed
    literals, so "0.50" and "0.5"^^xsd:decimal on one node are one value there and
    two for rdflib (pyshacl: sh:maxCount 1 fails). pyshacl must decide for those."""
    if len(store) == _triples(compiled.hierarchy_nt) + sum(_triples(nt) for nt in ntriples):
        return []
    out = []
    for i, nt in enumerate(ntriples):  # rare: find the documents (or shared triples)
        alone = ox.Store()
        alone.load(nt, format=ox.RdfFormat.N_TRIPLES, lenient=True)
        if len(alone) != _triples(nt):
            out.append(i)
    return out


def check_batch(ntriples: list[bytes], compiled: CompiledShapes | None = None) -> set[str]:
    """The root focus nodes (patient IRIs) with at least one SHACL violation.

    ntriples: one rdflib-serialized N-Triples document a patient (as
    pvdkg.pipeline.Checked.ntriples). A violation on a nested node (a lesion, a
    procedure) counts for the patient that links to it; a focus no patient
    reaches is returned as is. The patients of a document whose triples the
    store merges (see _merged) are returned too. A document with rdfs:subClassOf
    triples is checked in a store of its own. Patients sharing an IRI are
    checked as one node: see invalid_entries."""
    compiled = compiled or compiled_case_shapes()
    shared = [nt for nt in ntriples if not _own_hierarchy(nt)]
    out: set[str] = set()
    for docs in [shared] + [[nt] for nt in ntriples if _own_hierarchy(nt)]:
        store = batch_store(docs, compiled)
        out |= compiled.invalid_roots(store)
        for i in _merged(docs, store, compiled):
            out |= _typed_subjects(docs[i], compiled.root_classes)
    return out


_SUBCLASS = f"> <{RDFS.subClassOf}> ".encode()


def _own_hierarchy(nt: bytes) -> bool:
    """A document that states rdfs:subClassOf triples would extend the class hierarchy of
    every patient in its store (pyshacl sees them with this patient only): it gets a store
    of its own."""
    return _SUBCLASS in nt


def _typed_subjects(nt: bytes, classes: list[URIRef]) -> set[str]:
    """The IRIs an N-Triples document types with one of the classes (str.find, no parsing)."""
    out = set()
    for c in classes:
        needle = f"> <{RDF.type}> <{c}> .".encode()
        i = nt.find(needle)
        while i >= 0:
            start = nt.rfind(b"\n", 0, i) + 1
            if nt[start : start + 1] == b"<":
                out.add(nt[start + 1 : i].decode())
            i = nt.find(needle, i + 1)
    return out


def invalid_entries(ntriples: list[bytes], compiled: CompiledShapes | None = None) -> list[bool]:
    """For each N-Triples document, whether its patient has a SHACL violation.

    Documents naming the same patient IRI (a repeated id, `_invalid`) are checked
    in separate rounds, so they do not merge. A violating focus node that neither
    a patient reaches nor a document names as an IRI (an unlinked blank node)
    marks every document of its round; a document whose triples the store
    merges (see _merged) or with a focus node of a shape that was not compiled
    (CompiledShapes.uncompiled) is marked: pyshacl then decides. A document
    with rdfs:subClassOf triples is checked in a store of its own."""
    compiled = compiled or compiled_case_shapes()
    owners = [_typed_subjects(nt, compiled.root_classes) for nt in ntriples]
    rounds: list[tuple[list[int], set[str]]] = []
    alone = []
    for i, iris in enumerate(owners):
        if _own_hierarchy(ntriples[i]):
            alone.append(([i], set(iris)))
            continue
        for members, used in rounds:
            if not (iris & used):
                members.append(i)
                used |= iris
                break
        else:
            rounds.append(([i], set(iris)))
    result = [False] * len(ntriples)
    for members, _ in rounds + alone:
        owner = {iri: i for i in members for iri in owners[i]}
        docs = [ntriples[i] for i in members]
        store = batch_store(docs, compiled)
        for j in _merged(docs, store, compiled):
            result[members[j]] = True
        for iri in compiled.invalid_roots(store):
            if iri in owner:
                result[owner[iri]] = True
                continue
            needle = f"<{iri}>".encode()
            hits = [i for i in members if needle in ntriples[i]] if not iri.startswith(("_:", '"')) else []
            for i in hits or members:
                result[i] = True
    return result


def ill_typed_hidden(triples: Iterable) -> bool:
    """Whether a graph (or any iterable of rdflib triples) has an ill-typed
    literal that its N-Triples show as a well-typed one (rdflib writes an
    ill-typed xsd:boolean such as "yes" as "false"). pyshacl reports it; a
    compiled check cannot see it."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _, _, o in triples:
            if isinstance(o, Literal) and getattr(o, "ill_typed", False):
                if not Literal(str(o), datatype=o.datatype).ill_typed:
                    return True
    return False
