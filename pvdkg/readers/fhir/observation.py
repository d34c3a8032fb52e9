"""Observation -> measurements, and coded values -> conditions.

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
- conditions: the latest Observation's coded value (valueCodeableConcept) per
  other Observation code.
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


def read_observations(cx: Context, conditions: list, statements: list[smoking.Statement]) -> dict:
    """The measurements of the bundle; coded values are added to `conditions`, smoking
    status statements to `statements`."""
    best: dict[str, list[tuple]] = {}  # case field -> [(when, value, r, part, concept, property)]
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
            _observation_part(cx, r, prefix, part, when, best, coded, statements)
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


def _observation_part(
    cx: Context, r, prefix: str, part, when, best: dict, coded: dict, statements: list[smoking.Statement]
) -> None:
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
