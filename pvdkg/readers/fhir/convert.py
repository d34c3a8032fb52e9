"""A FHIR R4 Bundle assembled into a case: each resource type read by its module.

Errors are CaseLoadError with one line naming the resource (entry index, type,
id) and the field: malformed FHIR (pvdkg.readers.fhir.bundle), a bundle without
exactly one Patient, a resource about another patient, a pvdkg extension that
is malformed, a procedure whose episode cannot be told (encounter).

Unmapped entries: {"resource": "Condition/abc", "field": "code", "system",
"code", "display", "reason"}, in bundle order. Codings of resources that do not
count (a resolved Condition, a stopped medication, a preliminary Observation)
are listed too, with the reason: nothing is dropped silently. Resource types
other than Patient, Condition, Observation, MedicationStatement,
MedicationRequest, Procedure (and Medication, Encounter as their references)
are validated but not read for codes (Claim, CarePlan, Immunization...).
`unmapped` is bounded (pvdkg.limits, PVDKG_MAX_UNMAPPED; bound_unmapped).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pvdkg.limits import env_var

from ..mapper import PathMap, map_case
from ..schema import CaseSchema, case_schema
from ..text import CaseLoadError, decode_text, input_limits, parse_json, read_input_bytes
from .allergy import read_allergies
from .bundle import parse_bundle
from .condition import choose_presentation, read_conditions
from .context import Context
from .implications import apply_implications
from .medication import read_medications
from .observation import read_observations
from .patient import check_subject, patient_extension, patient_id
from .procedure import read_procedures
from .vocabulary import vocabulary

#: The resources whose subject must be the bundle's Patient (and that are read for codes).
RESOURCE_TYPES = (
    "Condition",
    "Observation",
    "MedicationStatement",
    "MedicationRequest",
    "Procedure",
    "AllergyIntolerance",
)


@dataclass
class FhirCase:
    """A converted bundle: the case, what did not map, and where each case value came from."""

    case: dict
    unmapped: list[dict] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)  # case path -> ['Condition/abc']


def convert_bundle(data: dict, schema: CaseSchema | None = None) -> FhirCase:
    """Parse a FHIR R4 Bundle with fhir.resources and turn it into a case."""
    bundle = parse_bundle(data)
    return _assemble(Context(bundle, vocabulary(schema)))


def bundle_to_case(data: dict) -> tuple[dict, list[dict]]:
    """The case dict and the unmapped codings of a FHIR R4 Bundle (CaseLoadError if malformed)."""
    out = convert_bundle(data)
    return out.case, out.unmapped


def map_bundle(data: dict, schema: CaseSchema | None = None) -> tuple[object, PathMap, FhirCase]:
    """Convert a bundle and map its case to the patient graph (pvdkg.readers.mapper.map_case)."""
    schema = schema or case_schema()
    out = convert_bundle(data, schema)
    graph, pathmap = map_case(out.case, schema)
    return graph, pathmap, out


def read_bundle(path: str | Path) -> FhirCase:
    """Read a FHIR Bundle from a JSON file and convert it."""
    path = Path(path)
    try:
        text = decode_text(read_input_bytes(path))
    except UnicodeDecodeError as e:
        raise CaseLoadError(f"{path}: cannot read: {e}") from None
    try:
        data = parse_json(text)
    except CaseLoadError as e:
        raise CaseLoadError(f"{path}: {e}") from None
    except (ValueError, RecursionError) as e:
        raise CaseLoadError(f"{path}: not valid JSON: {e}") from None
    try:
        return convert_bundle(data)
    except CaseLoadError as e:
        raise CaseLoadError(f"{path}: {e}") from None


def _assemble(cx: Context) -> FhirCase:
    patients = [(r, u) for _, r, u in cx.entries if r.get_resource_type() == "Patient"]
    if not patients:
        raise CaseLoadError("Bundle: no Patient resource (a bundle holds one patient)")
    if len(patients) > 1:
        raise CaseLoadError(
            "Bundle: more than one Patient ("
            + ", ".join(cx.label(p) for p, _ in patients)
            + "); a bundle holds one patient"
        )
    patient, patient_url = patients[0]
    cx.case["id"] = patient_id(cx, patient, patient_url)
    for r in cx.of_type(*RESOURCE_TYPES):
        check_subject(cx, r, patient, patient_url)

    presentations, conditions, lesions, findings = read_conditions(cx)
    measurements = read_observations(cx, conditions)
    therapies = read_medications(cx)
    procedures = read_procedures(cx)
    allergies = read_allergies(cx)

    choose_presentation(cx, presentations)
    if conditions:
        cx.case["conditions"] = conditions
    if lesions:
        cx.case["lesions"] = lesions
    if measurements:
        cx.case["measurements"] = measurements
    if therapies is not None:
        cx.case["current_therapies"] = therapies
    if procedures:
        cx.case["procedures"] = procedures
    apply_implications(cx, findings, allergies)
    patient_extension(cx, patient)
    order: dict[str, int] = {}
    for i, r, _ in cx.entries:
        order.setdefault(cx.label(r), i)
    cx.unmapped.sort(key=lambda u: order.get(u["resource"], len(cx.entries)))
    return FhirCase(cx.case, bound_unmapped(cx.unmapped), cx.sources)


def bound_unmapped(unmapped: list[dict]) -> list[dict]:
    """At most the unmapped limit of entries (pvdkg.limits, PVDKG_MAX_UNMAPPED): the
    first ones in bundle order, then one entry that counts the others by reason."""
    limit = input_limits().unmapped
    if len(unmapped) <= limit:
        return unmapped
    rest = unmapped[limit - 1 :]
    resources = len({u["resource"] for u in rest})
    return unmapped[: limit - 1] + [
        {
            "resource": f"{resources:,} resources",
            "field": "(not listed)",
            "system": None,
            "code": None,
            "display": None,
            "reason": f"{len(rest):,} more unmapped entries not listed: the limit is {limit:,} "
            f"(set {env_var('unmapped')} to change it)",
        }
    ]
