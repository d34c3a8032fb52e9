"""Observation -> measurements (and smoking status statements).

- measurements: Observations whose status is in the policy's observation set
  (final, amended, corrected), including components, with a valueQuantity whose
  UCUM unit is the property's pvdkg:unit or converts to it: '%' -> '1'
  (x 0.01), and 'mmol/L' -> 'mg/dL' by the policy's molar_factors (LDL-C:
  x 38.67). Only values within the policy's window for their property
  (measurement_max_age, before the as-of date) count; the latest of them wins
  (effective[x], else issued). Different values at that latest time: the
  measurement is left out as unknown, with one `unmapped` entry naming every
  value and its resource (guessing one of two lab results is not safe). A wrong
  or missing unit, a comparator, or no value goes to `unmapped`.
- smoking status (the policy's smoking.observation codes, as Synthea writes it):
  a statement for pvdkg.readers.fhir.smoking, which takes the latest across
  Conditions and Observations.
- other coded values (valueCodeableConcept) are not read as the patient's
  conditions: an Observation's answer may be a relative's disease (family
  history), a negative result or a survey answer, and nothing in the resource
  says it is the patient's own diagnosis (a family history of atrial
  fibrillation read as the patient's withheld dual pathway inhibition). They are
  listed in `unmapped` with that reason; conditions come from Condition resources.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pvdkg.limits import NUMBER_CLAMP

from . import smoking
from .context import Context, instant, number_value, on_or_after, some
from .history import as_of_instant, shown
from .vocabulary import UCUM

#: Why an Observation's coded value is not read (the module docstring).
NOT_A_CONDITION = (
    "an Observation's coded value is not read as the patient's condition (it may be a relative's, "
    "a negative result or an answer): record the patient's conditions as Condition resources"
)


def read_observations(cx: Context, statements: list[smoking.Statement]) -> dict:
    """The measurements of the bundle; smoking status statements are added to `statements`."""
    best: dict[str, list[tuple]] = {}  # case field -> [(when, value, r, part, concept, property)]
    for r in cx.of_type("Observation"):
        if r.status not in cx.policy.final_observation:
            if r.code is not None:
                cx.note_concept(r, "code", r.code, f"status '{r.status}' is not a final result")
            continue
        when = instant(
            r.effectiveDateTime
            or r.effectiveInstant
            or (r.effectivePeriod.end or r.effectivePeriod.start if r.effectivePeriod else None)
            or r.issued
        )
        parts = [("", r)] + [(f"component[{i}].", c) for i, c in enumerate(r.component or [])]
        for prefix, part in parts:
            _observation_part(cx, r, prefix, part, when, best, statements)
    out = {}
    for key, candidates in best.items():
        recent = _recent(cx, key, candidates)
        chosen = cx.latest(recent, lambda c: c[1]) if recent else None
        if recent and chosen is None:
            _tied(cx, key, recent)
            continue
        for c in recent:
            if c is chosen:
                out[key] = c[1]
                cx.source(f"measurements.{key}", c[2])
            elif c[0] is not None and chosen[0] is not None and c[0][0] == chosen[0][0]:
                cx.note_concept(c[2], c[3] + "code", c[4], f"the same value as {cx.label(chosen[2])} at the same time")
            else:
                cx.note_concept(c[2], c[3] + "code", c[4], f"superseded by {cx.label(chosen[2])} (later)")
    return out


def _recent(cx: Context, key: str, candidates: list[tuple]) -> list[tuple]:
    """The candidates within the policy's window for their property (measurement_max_age);
    the others are noted with their date."""
    window = cx.policy.measurement_max_age.get(candidates[0][5])
    if window is None:
        return candidates
    start = as_of_instant(window.before(cx.as_of))
    kept = []
    for c in candidates:
        when = c[0]
        if when is None:
            reason = f"no date: cannot tell whether it is within the {window.words()} window for {key}"
        elif not on_or_after(when, start):
            reason = f"older than the {window.words()} window for {key} ({shown(when)})"
        else:
            kept.append(c)
            continue
        cx.note_concept(c[2], c[3] + "code", c[4], reason)
    return kept


def _tied(cx: Context, key: str, recent: list[tuple]) -> None:
    """Different values at the latest time: the measurement is left out as unknown, with
    one entry naming every value and its resource; earlier values are superseded."""
    dated = [c for c in recent if c[0] is not None]
    top = max((c[0][0] for c in dated), default=None)
    pool = [c for c in recent if (c[0][0] if c[0] is not None else None) == top] if dated else recent
    unit = cx.v.measurements[pool[0][5]][1]
    shown_unit = f" {unit}" if unit and unit != "1" else ""
    values = some(f"{c[1]}{shown_unit} ({cx.label(c[2])}{'.' + c[3][:-1] if c[3] else ''})" for c in pool)
    at = (top.strftime("%Y-%m-%dT%H:%M:%SZ") if pool[0][0][1] >= 4 else shown(pool[0][0])) if dated else "no date"
    first = pool[0]
    codings = list(first[4].coding or [])
    cx.unmapped.append(
        {
            "resource": cx.label(first[2]),
            "field": first[3] + "code",
            "system": codings[0].system if codings else None,
            "code": codings[0].code if codings else None,
            "display": codings[0].display if codings else first[4].text,
            "reason": f"{key} left out as unknown: different values at the same time ({at}): {values}",
        }
    )
    for c in recent:
        if c not in pool:
            cx.note_concept(c[2], c[3] + "code", c[4], f"superseded by the later values of {at} (left out as unknown)")


def _observation_part(cx: Context, r, prefix: str, part, when, best: dict, statements: list[smoking.Statement]) -> None:
    concept = part.code
    if concept is None:
        return
    mapped = cx.resolve(concept, {"measurement": cx.v.measurements}, "a measurement")
    if mapped.terms:
        prop = cx.single(mapped, r, prefix + "code", concept)
        if prop is None:
            return
        key, unit = cx.v.measurements[prop]
        value, reason = quantity(part, prop, unit, cx.policy.molar_factors)
        if reason:
            cx.note_concept(r, prefix + "code", concept, reason)
            return
        best.setdefault(key, []).append((when, value, r, prefix, concept, prop))
        return
    value_concept = getattr(part, "valueCodeableConcept", None)
    if value_concept is not None and smoking.is_status_code(cx, concept):
        says = smoking.meaning(cx, value_concept)
        if says is None:
            cx.note_concept(
                r,
                prefix + "valueCodeableConcept",
                value_concept,
                "a smoking status that says neither 'smokes now' nor 'does not smoke now' (pvdkg.fhir.yml smoking)",
            )
        else:
            statements.append(smoking.Statement(when, r, prefix + "valueCodeableConcept", value_concept, says))
        return
    if value_concept is not None:
        cx.note_concept(r, prefix + "valueCodeableConcept", value_concept, NOT_A_CONDITION)
        return
    cx.add_unmapped(r, prefix + "code", mapped)


def quantity(part, prop: str, unit: str, molar_factors: dict[str, Decimal]) -> tuple[Any, str | None]:
    """The value in the property's unit, or why it cannot be used."""
    q = getattr(part, "valueQuantity", None)
    if q is None:
        absent = getattr(part, "dataAbsentReason", None)
        if absent is not None:
            text = absent.text or ", ".join(c.code or "" for c in (absent.coding or []))
            return None, f"no value (dataAbsentReason {text})"
        return None, "no valueQuantity"
    if q.value is None:
        return None, "valueQuantity has no value"
    if q.comparator:
        return None, f"valueQuantity has comparator '{q.comparator}': not an exact value"
    if q.system != UCUM or not q.code:
        shown = q.code or q.unit or "(none)"
        return None, f"unit {shown!r} is not a UCUM code (valueQuantity.system {UCUM})"
    value = Decimal(str(q.value))
    code = q.code
    if code == unit or (unit == "1" and re.fullmatch(r"\{[^{}]*\}", code)):
        return number_value(value), None
    if unit == "1" and code == "%":
        return number_value(value / 100), None
    if unit == "mg/dL" and code == "mmol/L" and prop in molar_factors:
        converted = value * molar_factors[prop]
        if abs(converted) < NUMBER_CLAMP:  # quantize fails beyond 28 digits
            converted = converted.quantize(Decimal("0.1"))
        return number_value(converted), None
    return None, f"unit '{code}' cannot be converted to '{unit}'"
