"""The closed Python namespace lists only terms the ontology has, and a typo raises.

It lists the terms Python code names, not every ontology term: a guideline
author who adds an intervention class as RDF breaks no test here."""

import pytest
from rdflib.namespace import DefinedNamespace

from pvdkg.knowledge.namespace import ONTOLOGY, PVDKG
from pvdkg.stores.embedded import EmbeddedStore


def test_every_closed_term_is_in_the_ontology():
    rows = EmbeddedStore.with_knowledge().select("""SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { ?x ?p ?s }
        FILTER (isIRI(?s) && STRSTARTS(STR(?s), "https://w3id.org/pvdkg/ontology#")) }""")
    in_graph = {r["s"].split("#", 1)[1] for r in rows}
    listed = set(PVDKG.__annotations__)
    assert listed <= in_graph, sorted(listed - in_graph)


def test_an_added_class_needs_no_python():
    assert str(ONTOLOGY.SomeNewIntervention) == "https://w3id.org/pvdkg/ontology#SomeNewIntervention"


def test_typo_raises():
    assert issubclass(PVDKG, DefinedNamespace)
    with pytest.raises(AttributeError):
        _ = PVDKG.Patinet
