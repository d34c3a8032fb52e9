"""Reasoning: decide the patient facts, then classify patients into populations.

Two steps, each read from files:
1. queries/facts/*.ru - the closed-world step, the one place where 'false'
   facts are decided (complete lists, 'isolated', 'untreated'); a fact a case
   does not decide stays unknown (the patient is in neither rail).
2. Population classes (OWL class expressions in ontology/) are classified by
   one of two engines that must agree:
   - "rules" (default): the OWL 2 RL rules of queries/reason/*.ru run to a
     fixpoint in the embedded store;
   - "hermit": the OWL DL reasoner HermiT through owlready2 (needs Java).
"""

from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .knowledge import query_files, query_header, read_query, update_requests
from .knowledge.namespace import PVDKG

if TYPE_CHECKING:  # the stores import this module
    from .stores.base import SparqlGraph
    from .stores.embedded import EmbeddedStore

ENGINES = ("rules", "hermit")


def derive_facts(store: SparqlGraph) -> None:
    """Run the closed-world fact updates, in file-name order (as one request when they can be:
    pvdkg.knowledge.update_requests)."""
    for text in update_requests("facts"):
        store.update(text)


def classify_rules(store: SparqlGraph, max_rounds: int = 50) -> None:
    """Apply the OWL 2 RL rule updates until nothing new is derived.

    A rule whose header says `#+ runs: once` runs before the fixpoint only. A rule
    runs again only when its input grew since it last ran: the count query its
    `#+ reads:` header names (the size of the store for a rule without one), taken
    before each run. The loop ends when no rule needs to run, so no round is spent
    only to find that nothing changed."""
    once, rules = [], []
    for rel in query_files("reason", ".ru"):
        text = read_query(rel)
        header = query_header(text)
        if header.get("runs", "").startswith("once"):
            once.append(text)
        else:
            rules.append((text, read_query(header["reads"]) if header.get("reads") else None))
    for rule in once:
        store.update(rule)
    last_read: list[int | None] = [None] * len(rules)
    for _ in range(max_rounds):
        ran = False
        for i, (rule, reads) in enumerate(rules):
            mark = int(store.select(reads)[0]["n"]) if reads else len(store)
            if mark != last_read[i]:
                store.update(rule)
                last_read[i], ran = mark, True
        if not ran:
            return
    raise RuntimeError("classification did not reach a fixpoint")


def classify_hermit(store: EmbeddedStore) -> None:
    """Classify patients with HermiT (owlready2) and write the memberships back.

    Only the fact and population axioms and the patients' asserted facts go to
    the reasoner: that is the whole of what it decides, and it keeps the
    reasoner's input in OWL 2 DL (the knowledge base itself puns classes).
    Embedded only: it reads and writes `store.db`, the pyoxigraph store.
    """
    try:
        import owlready2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("the hermit engine needs owlready2: pip install 'pvdkg[dl]'") from exc
    tbox = list(store.db.query(read_query("reason/hermit-input.rq")))
    data = ox.serialize(tbox + _named_expressions(tbox), format=ox.RdfFormat.N_TRIPLES)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "reasoning.nt")
        with open(path, "wb") as fh:
            fh.write(
                b"<https://w3id.org/pvdkg/reasoning> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Ontology> .\n"
            )
            fh.write(data)
        world = owlready2.World()
        onto = world.get_ontology("file://" + path).load(format="ntriples")
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        patients = world.search(type=world[str(PVDKG.Patient)])
        a = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        quads = []
        for ind in patients:
            for cls in ind.INDIRECT_is_a:
                iri = getattr(cls, "iri", None)
                if iri and iri.startswith(_EXPRESSION):  # back to the store's own blank node
                    quads.append(ox.Quad(ox.NamedNode(ind.iri), a, ox.BlankNode(iri[len(_EXPRESSION) :])))
                elif iri and iri.startswith((_PVDKG_BASE, "http://www.w3.org/2002/07/owl#Thing")):
                    quads.append(ox.Quad(ox.NamedNode(ind.iri), a, ox.NamedNode(iri)))
        world.close()
    store.db.extend(quads)


_EXPRESSION = "urn:pvdkg:expression:"
_PVDKG_BASE = "https://w3id.org/pvdkg/"  # every pvdkg namespace
_EXPRESSION_PREDICATES = {"http://www.w3.org/2002/07/owl#intersectionOf", "http://www.w3.org/2002/07/owl#unionOf"}


def _named_expressions(tbox: list[ox.Triple]) -> list[ox.Triple]:
    """A named class equivalent to each anonymous class expression, so that HermiT
    reports patients' memberships of the expressions too (the rules engine derives
    them; the walk of undecided rules, rule 12, reads them). Technical naming only:
    the name is the store's blank node id, mapped back when writing the result."""
    same = ox.NamedNode("http://www.w3.org/2002/07/owl#equivalentClass")
    a, cls = (
        ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("http://www.w3.org/2002/07/owl#Class"),
    )
    out = []
    for t in tbox:
        if isinstance(t.subject, ox.BlankNode) and t.predicate.value in _EXPRESSION_PREDICATES:
            name = ox.NamedNode(_EXPRESSION + t.subject.value)
            out += [ox.Triple(name, a, cls), ox.Triple(name, same, t.subject)]
    return out


def reason(store: EmbeddedStore, engine: str = "rules") -> None:
    """Decide the facts and classify every patient in the store."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    derive_facts(store)
    if engine == "rules":
        classify_rules(store)
    else:
        classify_hermit(store)


def check_classes(store: EmbeddedStore) -> tuple[bool, set[str], list[set[str]]]:
    """The OWL DL check of the knowledge itself (`pvdkg check`), with HermiT as `--engine hermit`:
    (consistent, unsatisfiable classes, sets of equivalent classes). Classes are IRIs, an
    anonymous class expression is '_:' and the store's blank node id. The input is what the
    hermit engine reasons over (queries/reason/hermit-input.rq), with no patients."""
    import owlready2

    tbox = list(store.db.query(read_query("reason/hermit-input.rq")))
    data = ox.serialize(tbox + _named_expressions(tbox), format=ox.RdfFormat.N_TRIPLES)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "knowledge.nt")
        with open(path, "wb") as fh:
            fh.write(b"<https://w3id.org/pvdkg/knowledge-check> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ")
            fh.write(b"<http://www.w3.org/2002/07/owl#Ontology> .\n" + data)
        world = owlready2.World()
        onto = world.get_ontology("file://" + path).load(format="ntriples")
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            world.close()
            return False, set(), []
        unsatisfiable = {_class_name(c.iri) for c in world.inconsistent_classes() if hasattr(c, "iri")}
        groups: list[set[str]] = []
        for c in world.classes():
            same = {_class_name(e.iri) for e in c.equivalent_to if hasattr(e, "iri")}
            if same and _class_name(c.iri) not in unsatisfiable:
                groups.append(same | {_class_name(c.iri)})
        world.close()
    return True, unsatisfiable, _merged(groups)


def _class_name(iri: str) -> str:
    return "_:" + iri[len(_EXPRESSION) :] if iri.startswith(_EXPRESSION) else iri


def _merged(groups: list[set[str]]) -> list[set[str]]:
    """Equivalence is transitive: sets that share a class are one set."""
    out: list[set[str]] = []
    for g in groups:
        g = set(g)
        for other in [o for o in out if o & g]:
            g |= other
            out.remove(other)
        out.append(g)
    return out
