"""Condition -> presentation, conditions, lesions.

- presentation: from Conditions that are current (clinicalStatus in the
  policy's condition_clinical, or absent without an abatement; verificationStatus
  in condition_verification, or absent). Several presentations: the most severe
  (the policy's presentation_precedence); the others are listed as superseded.
  None: left out, so validation says `presentation: is required` (nothing in the
  mapping set safely means 'asymptomatic').
- record findings (ontology/record.ttl, which only contraindicate: heart failure ->
  cilostazol): as conditions, and also from a current Condition that is suspected
  (verificationStatus in finding_verification: provisional, differential,
  unconfirmed), as a suspected allergy counts.
- conditions: current Conditions' codes, in bundle order; smoking status is
  not taken from one Condition but from the latest smoking statement
  (pvdkg.readers.fhir.smoking): a Condition that states it gives a Statement.
- lesions: a current Condition whose bodySite maps to a segment gives one lesion
  per segment (a Condition with the lesion extension but no mappable bodySite
  gives one without segment). FHIR codes no morphology, length or calcification
  grade (the mapping set has only broader targets for the grades), so they come
  from the pvdkg lesion extension, never guessed; a lesion without them is
  kept and validation reports `lesions[0].morphology: is required`.
"""

from __future__ import annotations

from typing import Any

from ..schema import PVDKG
from . import smoking
from .context import LESION_EXTENSION, Context, Mapped, status_code

_ABATEMENT = ("DateTime", "Age", "Period", "Range", "String")
_LESION = PVDKG.Lesion  # an rdflib namespace attribute checks the IRI each time it is read


def read_conditions(
    cx: Context, statements: list[smoking.Statement]
) -> tuple[list[tuple[str, Any, Any]], list[str], list[dict], list[tuple[str, Any]]]:
    """(presentations found, conditions, lesions, record findings) of the bundle's Conditions;
    smoking statements are added to `statements`."""
    presentations: list[tuple[str, Any, Any]] = []
    conditions: list[str] = []
    lesions: list[dict] = []
    findings: list[tuple[str, Any]] = []
    for r in cx.of_type("Condition"):
        _condition(cx, r, presentations, conditions, lesions, findings, statements)
    return presentations, conditions, lesions, findings


def _not_current(cx: Context, r) -> str | None:
    """Why a Condition does not count now (the policy's status sets), or None."""
    why = _not_clinically_current(cx, r)
    if why:
        return why
    verification = status_code(r.verificationStatus)
    if verification is not None and verification not in cx.policy.confirmed:
        return f"not confirmed (verificationStatus '{verification}')"
    return None


def _not_clinically_current(cx: Context, r) -> str | None:
    clinical = status_code(r.clinicalStatus)
    if clinical is not None and clinical not in cx.policy.current_clinical:
        return f"not current (clinicalStatus '{clinical}')"
    if clinical is None and any(getattr(r, f"abatement{x}", None) is not None for x in _ABATEMENT):
        return "not current (abated)"
    return None


def _suspected(cx: Context, r) -> bool:
    """Current, and not confirmed but suspected (the policy's finding_verification): it counts
    for a record finding, which only contraindicates, as a suspected allergy does."""
    return _not_clinically_current(cx, r) is None and status_code(r.verificationStatus) in cx.policy.finding_confirmed


def _condition(
    cx: Context, r, presentations: list, conditions: list, lesions: list, findings: list, statements: list
) -> None:
    why_not = _not_current(cx, r)
    if why_not:
        if r.code is not None and _suspected(cx, r):  # still counts as a record finding
            mapped = cx.resolve(r.code, {"finding": cx.v.findings}, "a record finding")
            for t in mapped.terms:
                findings.append((t, r))
            if mapped.terms:
                why_not += ": read only as a record finding that contraindicates (a suspected one counts)"
        if r.code is not None:
            cx.note_concept(r, "code", r.code, why_not)
        for i, site in enumerate(r.bodySite or []):
            cx.note_concept(r, f"bodySite[{i}]", site, why_not)
        return

    v = cx.v
    if r.code is not None:
        kinds = {"presentation": v.presentations, "condition": v.conditions, "finding": v.findings}
        mapped = cx.resolve(r.code, kinds, "a presentation, a condition or a record finding")
        says = smoking.meaning(cx, r.code, mapped)
        if says is not None:
            statements.append(smoking.Statement(smoking.condition_time(r), r, "code", r.code, says))
            cx.add_unmapped(r, "code", Mapped({}, [u for u in mapped.unmapped if u["system"] is None]))
        elif any(v.conditions.get(t) == cx.policy.smoking_condition for t in mapped.terms):
            cx.note_concept(r, "code", r.code, "a smoking status that says both 'smokes now' and 'does not smoke now'")
        else:
            cx.add_unmapped(r, "code", mapped)
        found_presentations = {t: k for t, k in mapped.terms.items() if t in v.presentations}
        if found_presentations:
            best = min(found_presentations.values())
            top = sorted(t for t, k in found_presentations.items() if k == best)
            for t in top:
                presentations.append((v.presentations[t], r, r.code))
        for t in mapped.terms:
            if t in v.conditions and v.conditions[t] != cx.policy.smoking_condition:
                value = v.conditions[t]
                if value not in conditions:
                    conditions.append(value)
                cx.source(f"conditions[{conditions.index(value)}]", r)
            if t in v.findings:
                findings.append((t, r))

    lesion_fields = {k: f for k, f in v.schema.nodes[_LESION].fields.items() if k != "segment"}
    details, segments = cx.site_details(r, LESION_EXTENSION, lesion_fields, "lesion")
    if segments or any(e.url == LESION_EXTENSION for e in (r.extension or [])):
        for segment in segments or [None]:
            lesion = ({"segment": segment} if segment else {}) | details
            lesions.append(lesion)
            cx.source(f"lesions[{len(lesions) - 1}]", r)


def choose_presentation(cx: Context, presentations: list) -> None:
    """The most severe presentation (policy order) goes to the case; the others are noted."""
    if not presentations:
        return
    order = {p: i for i, p in enumerate(cx.policy.presentation_precedence)}
    chosen = min((p for p, _, _ in presentations), key=lambda p: order.get(p, len(order)))
    cx.case["presentation"] = chosen
    for value, r, concept in presentations:
        if value == chosen:
            cx.source("presentation", r)
        else:
            cx.note_concept(r, "code", concept, f"presentation '{value}' superseded by '{chosen}' (the more severe)")
