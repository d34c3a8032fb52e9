"""AllergyIntolerance -> contraindicated (the patient-specific contraindications).

An AllergyIntolerance counts when its clinicalStatus is in the policy's
`allergy.clinical_status` (or absent) and its verificationStatus is not in
`allergy.verification_not` (a suspected allergy counts: clinically safest).
Its code (the substance) is looked up in the mapping set; it contraindicates an
intervention only through the mapping predicates the policy names in
`allergy.contraindicates_through` (the intervention is the drug, or the drug is
a required component of it). A drug that is only one option of an intervention
is noted, not applied. Allergies to substances pvdkg does not map are listed in
`unmapped` like any other code.
"""

from __future__ import annotations

from .context import Context, status_code

#: The mapping-row kind of a partitive skos:narrowMatch in the policy's list.
PARTITIVE = "partitive"


def read_allergies(cx: Context) -> list[tuple[str, object]]:
    """(intervention identifier, AllergyIntolerance) for each contraindication, in bundle order."""
    out: list[tuple[str, object]] = []
    for r in cx.of_type("AllergyIntolerance"):
        if r.code is None:
            continue
        why_not = _not_counting(cx, r)
        if why_not:
            cx.note_concept(r, "code", r.code, why_not)
            continue
        through, options = _contraindicated(cx, r.code)
        if options:
            cx.note_concept(
                r,
                "code",
                r.code,
                "allergen is one option of " + ", ".join(options) + ": not contraindicated (choose another option)",
            )
        if not through and not options:
            cx.add_unmapped(r, "code", cx.resolve(r.code, {"intervention": cx.v.interventions}, "an intervention"))
        out.extend((value, r) for value in through)
    return out


def _not_counting(cx: Context, r) -> str | None:
    clinical = status_code(r.clinicalStatus)
    verification = status_code(r.verificationStatus)
    if clinical is not None and clinical not in cx.policy.allergy_clinical:
        return f"allergy not active (clinicalStatus '{clinical}')"
    if verification in cx.policy.allergy_not_verified:
        return f"allergy not counted (verificationStatus '{verification}')"
    return None


def _contraindicated(cx: Context, concept) -> tuple[list[str], list[str]]:
    """(interventions the allergen is in every form of, interventions it is only one option of)."""
    through = cx.policy.allergy_through
    every: list[str] = []
    option: list[str] = []
    for coding in getattr(concept, "coding", None) or []:
        for row in cx.rows_of(coding):
            value = cx.v.interventions.get(row.term)
            if value is None:
                continue
            kind = PARTITIVE if row.partitive else row.predicate
            target = every if kind in through else option
            if value not in target:
                target.append(value)
    return every, [o for o in option if o not in every]
