"""FHIR R4 Bundles as patient cases: parse, map codes through the SSSOM set, list what did not map.

API:
    is_bundle(data) -> bool                  a JSON object whose resourceType is 'Bundle'
    bundle_to_case(data, as_of=None) -> (case, unmapped)   the case dict (case-format.md fields
                                             only) and one entry per coding that gave no case value
    convert_bundle(data, schema=None, as_of=None) -> FhirCase   the same plus `sources` (case
                                             path -> resources) and `issues`
    read_bundle(path, as_of=None) -> FhirCase   a JSON file; CaseLoadError if unreadable
    map_bundle(data, schema, as_of=None) -> (graph, pathmap, FhirCase)
    warm_reader()                            load the models and vocabulary a first Bundle needs
A bundle is read as of a date (default today): later resources are not read,
older measurements than the policy's windows are not used; a patient who died
by then raises PatientDeceased (pvdkg.readers.text), a typed outcome.

One module per concern: bundle (parse and validate with fhir.resources), vocabulary
(code systems, mapping rows, the policy file pvdkg.fhir.yml), context (the mapping rule, extensions, dates), history (the as-of date),
period (the policy's ISO durations), patient, condition, observation,
smoking (the latest smoking statement), medication, procedure, encounter, and
convert (assembles the case). There is no clinical table in Python: which code gives which pvdkg term
is the mapping set, which status counts is the policy file. This package
depends on the case mapper and schema, never the other way.
"""

from .bundle import FHIR_PACKAGE, is_bundle, parse_bundle
from .context import EXTENSION_BASE, LESION_EXTENSION, PATIENT_EXTENSION, PROCEDURE_EXTENSION
from .convert import FhirCase, bound_unmapped, bundle_to_case, convert_bundle, map_bundle, read_bundle, warm_reader
from .vocabulary import FHIR_SYSTEMS, UCUM, Policy, Vocabulary, load_policy, vocabulary

__all__ = [
    "FHIR_PACKAGE",
    "is_bundle",
    "parse_bundle",
    "EXTENSION_BASE",
    "LESION_EXTENSION",
    "PATIENT_EXTENSION",
    "PROCEDURE_EXTENSION",
    "FhirCase",
    "bound_unmapped",
    "bundle_to_case",
    "convert_bundle",
    "map_bundle",
    "read_bundle",
    "warm_reader",
    "FHIR_SYSTEMS",
    "UCUM",
    "Policy",
    "Vocabulary",
    "load_policy",
    "vocabulary",
]
