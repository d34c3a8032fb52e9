"""MedicationStatement and MedicationRequest -> current_therapies.

Current: status in the policy's medication set (active), and for a
MedicationRequest an intent not in medication_request_not_intent (proposal,
option) and not `doNotPerform: true` (a request that the medication not be
given: read as taken, a "no anticoagulant" order made the patient
anticoagulated). The medication is given by code or by reference to a
Medication in the bundle or contained. The field is present when the bundle
has at least one current medication resource (the list is recorded, possibly
empty), else left out (not recorded).
"""

from __future__ import annotations

from .context import Context


def read_medications(cx: Context) -> list[str] | None:
    """The current therapies, or None when the bundle records none."""
    therapies: list[str] = []
    recorded = False
    for r in cx.of_type("MedicationStatement", "MedicationRequest"):
        concept, fieldname = _medication_concept(cx, r)
        why = _not_current(cx, r)
        if why:
            if concept is not None:
                cx.note_concept(r, fieldname, concept, f"{why}: not a current therapy")
            continue
        recorded = True
        if concept is None:
            continue
        mapped = cx.resolve(concept, {"intervention": cx.v.interventions}, "an intervention")
        cx.add_unmapped(r, fieldname, mapped)
        for t in sorted(mapped.terms):
            value = cx.v.interventions[t]
            if value not in therapies:
                therapies.append(value)
            cx.source(f"current_therapies[{therapies.index(value)}]", r)
    return therapies if recorded else None


def _not_current(cx: Context, r) -> str | None:
    """Why a MedicationStatement or MedicationRequest is not a current therapy (the policy's
    sets, doNotPerform), or None."""
    request = r.get_resource_type() == "MedicationRequest"
    if request and r.doNotPerform is True:
        return "doNotPerform: a request that it not be given"
    if r.status not in cx.policy.active_medication:
        return f"status '{r.status}'"
    if request and r.intent in cx.policy.not_therapy_intent:
        return f"intent '{r.intent}'"
    return None


def _medication_concept(cx: Context, r):
    if r.medicationCodeableConcept is not None:
        return r.medicationCodeableConcept, "medicationCodeableConcept"
    ref = r.medicationReference.reference if r.medicationReference else None
    target = None
    if ref and ref.startswith("#"):
        target = next((c for c in (r.contained or []) if c.id == ref[1:]), None)
    elif ref:
        target = cx.by_ref.get(ref)
    if target is None or target.get_resource_type() != "Medication" or target.code is None:
        cx.unmapped.append(
            {
                "resource": cx.label(r),
                "field": "medicationReference",
                "system": None,
                "code": None,
                "display": r.medicationReference.display if r.medicationReference else None,
                "reason": f"medication {ref!r} is not a coded Medication in the bundle",
            }
        )
        return None, "medicationReference"
    return target.code, "medicationReference"
