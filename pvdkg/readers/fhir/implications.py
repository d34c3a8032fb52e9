"""What the record implies about case facts (ontology/record.ttl), applied once after reading.

- A current Condition coded as a record finding (e.g. heart failure) makes the
  interventions the finding `pvdkg:recordContraindicates` contraindicated.
- An allergy (pvdkg.readers.fhir.allergy) makes its interventions contraindicated.
- A current therapy whose intervention `pvdkg:recordImpliesCondition` (an oral
  anticoagulant at a treatment dose) adds that condition
  (other_anticoagulation_indication), sourced to the medication resources.
Every value names the resources it came from in `sources`, like any other.
"""

from __future__ import annotations

from .context import Context


def apply_implications(cx: Context, findings: list[tuple[str, object]], allergies: list[tuple[str, object]]) -> None:
    """Merge the record's implied contraindications and conditions into the case."""
    implied = [(value, r) for term, r in findings for value in cx.v.finding_contraindicates.get(term, [])]
    _merge(cx, "contraindicated", [(value, [cx.label(r)]) for value, r in implied + allergies])
    therapies = cx.case.get("current_therapies", [])
    _merge(
        cx,
        "conditions",
        [
            (value, cx.sources.get(f"current_therapies[{i}]", []))
            for i, therapy in enumerate(therapies)
            for value in cx.v.therapy_implies.get(therapy, [])
        ],
    )


def _merge(cx: Context, field: str, values: list[tuple[str, list[str]]]) -> None:
    """Add values (each with its source resources) to a list field of the case, once each."""
    if not values:
        return
    current: list[str] = list(cx.case.get(field, []))
    for value, labels in values:
        if value not in current:
            current.append(value)
        target = cx.sources.setdefault(f"{field}[{current.index(value)}]", [])
        target.extend(label for label in labels if label not in target)
    cx.case[field] = current
