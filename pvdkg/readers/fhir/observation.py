"""Observation -> measurements, and coded values -> conditions.

- measurements: Observations whose status is in the policy's observation set
  (final, amended, corrected), including components, with a valueQuantity whose
  UCUM unit is the property's pvdkg:unit or converts to it: '%' -> '1'
  (x 0.01), and 'mmol/L' -> 'mg/dL' by the policy's molar_factors (LDL-C:
  x 38.67). The latest per measurement wins (effective[x], else issued); a tie
  with different values is ambiguous. A wrong or missing unit, a comparator, or
  no value goes to `unmapped`.
- conditions: the latest Observation's coded value (valueCodeableConcept) per
  Observation code (Synthea codes smoking status that way).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pvdkg.limits import NUMBER_CLAMP

from .context import Context, instant, number_value, some
from .vocabulary import UCUM


def read_observations(cx: Context, conditions: list) -> dict:
    """The measurements of the bundle; coded values are added to `conditions`."""
    best: dict[str, list[tuple]] = {}  # case field -> [(when, value, r, part, concept)]
    coded: dict[tuple, list[tuple]] = {}  # observation code key -> [(when, r, concept)]
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
            _observation_part(cx, r, prefix, part, when, best, coded)
    out = {}
    for key, candidates in best.items():
        chosen = cx.latest(candidates, lambda c: c[1])
        reason = (
            f"superseded by {cx.label(chosen[2])} (later)"
            if chosen
            else "several values for the same time: " + some(x[1] for x in candidates)
        )
        for c in candidates:
            if c is chosen:
                out[key] = c[1]
                cx.source(f"measurements.{key}", c[2])
            else:
                cx.note_concept(c[2], c[3] + "code", c[4], reason)
    for candidates in coded.values():
        chosen = cx.latest(candidates, lambda c: sorted((x.system or "", x.code or "") for x in (c[2].coding or [])))
        for c in candidates:
            when, r, concept, prefix = c
            if c is not chosen:
                reason = (
                    f"superseded by {cx.label(chosen[1])} (later)"
                    if chosen
                    else "several Observations with this code for the same time"
                )
                cx.note_concept(r, prefix + "valueCodeableConcept", concept, reason)
                continue
            mapped = cx.resolve(concept, {"condition": cx.v.conditions}, "a condition")
            cx.add_unmapped(r, prefix + "valueCodeableConcept", mapped)
            for t in mapped.terms:
                value = cx.v.conditions[t]
                if value not in conditions:
                    conditions.append(value)
                cx.source(f"conditions[{conditions.index(value)}]", r)
    return out


def _observation_part(cx: Context, r, prefix: str, part, when, best: dict, coded: dict) -> None:
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
        best.setdefault(key, []).append((when, value, r, prefix, concept))
        return
    value_concept = getattr(part, "valueCodeableConcept", None)
    if value_concept is not None:
        codes = tuple(sorted((c.system or "", c.code or "") for c in (concept.coding or [])))
        coded.setdefault(codes or (cx.label(r), prefix), []).append((when, r, value_concept, prefix))
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
