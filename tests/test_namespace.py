"""The closed Python namespace matches the ontology: every term it lists exists, and a typo raises."""
import pytest
from rdflib.namespace import DefinedNamespace

from pvdkg.namespace import PVDKG
from pvdkg.store import knowledge_store, select


def test_namespace_lists_exactly_the_ontology_terms():
    rows = select(knowledge_store(), """SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { ?x ?p ?s }
        FILTER (isIRI(?s) && STRSTARTS(STR(?s), "https://w3id.org/pvdkg/ontology#")) }""")
    in_graph = {r["s"].split("#", 1)[1] for r in rows}
    listed = set(PVDKG.__annotations__)
    assert listed == in_graph, (sorted(in_graph - listed), sorted(listed - in_graph))


def test_typo_raises():
    assert issubclass(PVDKG, DefinedNamespace)
    with pytest.raises(AttributeError):
        PVDKG.Patinet
