"""A FHIR R4 Bundle assembled into a case: each resource type read by its module.

Errors are CaseLoadError with one line naming the resource (entry index, type,
id) and the field: malformed FHIR (pvdkg.readers.fhir.bundle), a bundle without
exactly one Patient, a resource about another patient, a pvdkg extension that
is malformed. A deceased patient is PatientDeceased (pvdkg.readers.fhir.patient).
Everything is read as of a date (default today; pvdkg.readers.fhir.history):
resources dated later are listed and not read. A bundle without a presentation
gives an issue (ValidationResult 'presentation') naming the codes that count.

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

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pvdkg.limits import env_var
from pvdkg.results import ValidationResult

from ..mapper import PathMap, map_case
from ..schema import CaseSchema, case_schema
from ..text import CaseLoadError, decode_text, input_limits, parse_json, read_input_bytes
from . import smoking
from .allergy import read_allergies
from .bundle import load_models, parse_bundle
from .condition import choose_presentation, read_conditions
from .context import PATIENT_EXTENSION, Context
from .history import dated_after, later_note, main_concept
from .implications import apply_implications
from .medication import read_medications
from .observation import read_observations
from .patient import check_alive, check_subject, patient_extension, patient_id
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


def warm_reader() -> None:
    """Load now what reading a first Bundle would wait for: the models of the resources read
    (and of the Patient, Encounter, Medication and Bundle), and the vocabulary."""
    load_models(("Bundle", "Patient", *RESOURCE_TYPES, "Encounter", "Medication"))
    vocabulary()


@dataclass
class FhirCase:
    """A converted bundle: the case, what did not map, where each case value came from,
    and what reading found wrong with the case (ValidationResult, reported by validation)."""

    case: dict
    unmapped: list[dict] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)  # case path -> ['Condition/abc']
    issues: list = field(default_factory=list)

    def facts(self) -> list[dict]:
        """What was read from the record: each case path with its value and resources."""
        return [
            {"field": path, "value": value_at(self.case, path), "resources": list(rs)}
            for path, rs in self.sources.items()
        ]


def value_at(case: dict, path: str):
    """The value of a case path ('measurements.ldl_mg_dl', 'conditions[0]'); None if none."""
    node = case
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        if index:
            node = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
        else:
            node = node.get(name) if isinstance(node, dict) else None
        if node is None:
            return None
    return node


def convert_bundle(data: dict, schema: CaseSchema | None = None, as_of: date | None = None) -> FhirCase:
    """Parse a FHIR R4 Bundle with fhir.resources and turn it into a case as of a date
    (default today; pvdkg.readers.fhir.history). PatientDeceased if the patient died by then."""
    bundle = parse_bundle(data)
    return _assemble(Context(bundle, vocabulary(schema), as_of))


def bundle_to_case(data: dict, as_of: date | None = None) -> tuple[dict, list[dict]]:
    """The case dict and the unmapped codings of a FHIR R4 Bundle (CaseLoadError if malformed)."""
    out = convert_bundle(data, as_of=as_of)
    return out.case, out.unmapped


def map_bundle(
    data: dict, schema: CaseSchema | None = None, as_of: date | None = None
) -> tuple[object, PathMap, FhirCase]:
    """Convert a bundle and map its case to the patient graph (pvdkg.readers.mapper.map_case)."""
    schema = schema or case_schema()
    out = convert_bundle(data, schema, as_of)
    graph, pathmap = map_case(out.case, schema)
    pathmap.issues.extend(out.issues)
    return graph, pathmap, out


def read_bundle(path: str | Path, as_of: date | None = None) -> FhirCase:
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
        return convert_bundle(data, as_of=as_of)
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
    for r in cx.of_type(*RESOURCE_TYPES, dated_later=True):
        check_subject(cx, r, patient, patient_url)
    check_alive(cx, patient)
    _leave_out_later(cx)

    statements: list[smoking.Statement] = []
    presentations, conditions, lesions, findings = read_conditions(cx, statements)
    measurements = read_observations(cx, statements)
    smoking.resolve(cx, statements, conditions)
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
    issues = []
    if "presentation" not in cx.case:
        issues.append(ValidationResult("presentation", no_presentation(cx)))
    order: dict[str, int] = {}
    for i, r, _ in cx.entries:
        order.setdefault(cx.label(r), i)
    cx.unmapped.sort(key=lambda u: order.get(u["resource"], len(cx.entries)))
    return FhirCase(cx.case, bound_unmapped(cx.unmapped), _in_field_order(cx), issues)


def _in_field_order(cx: Context) -> dict[str, list[str]]:
    """The sources in the order of the case's fields (presentation, limb, ..., as the schema has them)."""
    fields = {name: i for i, name in enumerate(cx.v.schema.root.fields)}
    top = lambda path: fields.get(re.match(r"[^.\[:]*", path).group(), len(fields))
    return dict(sorted(cx.sources.items(), key=lambda kv: top(kv[0])))


def _leave_out_later(cx: Context) -> None:
    """Resources dated after the as-of date are not read; each is listed once with its date."""
    for r in cx.of_type(*RESOURCE_TYPES, "Encounter", dated_later=True):
        later = dated_after(r, cx.as_of)
        if later is None:
            continue
        cx.later.add(id(r))
        reason = later_note(*later, cx.as_of)
        name, concept = main_concept(r)
        if concept is not None:
            cx.note_concept(r, name, concept, reason)
        else:
            entry = {"resource": cx.label(r), "field": later[0], "system": None, "code": None, "display": None}
            cx.unmapped.append(entry | {"reason": reason})


def no_presentation(cx: Context) -> str:
    """Why the case has no presentation, with the codes that would give one (from the
    mapping rows the reader uses: the policy's predicates, FHIR code systems)."""
    codes = cx.v.presentation_codes
    order = list(cx.policy.presentation_precedence)
    order += sorted(set(cx.v.presentations.values()) - set(order))
    parts = [f"{p}: {', '.join(codes[p])}" if p in codes else f"{p}: no code" for p in order]
    return (
        "no current Condition codes a PAD presentation (" + "; ".join(parts) + "); "
        f"or give it in extension '{PATIENT_EXTENSION}'.presentation"
    )


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
