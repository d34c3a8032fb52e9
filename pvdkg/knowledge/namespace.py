"""The one place for pvdkg IRIs.

ONTOLOGY, KB, PATIENT and GRAPH are open namespaces: any term can be made from
them, so a guideline author who adds an intervention class to ontology/ changes
no Python. PVDKG is closed: it lists only the ontology terms Python code names,
so a typo in code raises, and tests/test_namespace.py checks that each of them
exists in the ontology (a term renamed in the RDF breaks that test, not a run).
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY = Namespace("https://w3id.org/pvdkg/ontology#")
KB = Namespace("https://w3id.org/pvdkg/kb/")
PATIENT = Namespace("https://w3id.org/pvdkg/patient/")
SHAPES = Namespace("https://w3id.org/pvdkg/shapes#")
GRAPH = Namespace("https://w3id.org/pvdkg/graph/")  # named graphs of a store (pvdkg.stores.base)


class PVDKG(DefinedNamespace):
    """The ontology terms Python code names (https://w3id.org/pvdkg/ontology#)."""

    _NS = ONTOLOGY
    _fail = True

    ArterialSegment: URIRef
    ClinicalPresentation: URIRef
    Condition: URIRef
    Intervention: URIRef
    Lesion: URIRef
    MeasurementSet: URIRef
    Patient: URIRef
    ProcedureRecord: URIRef
    ProcedureResult: URIRef
    Revascularization: URIRef
    Side: URIRef
    caseField: URIRef
    unit: URIRef
