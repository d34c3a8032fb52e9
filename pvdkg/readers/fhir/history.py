"""The record's time: what the bundle said on the as-of date (--as-of, default today).

Why: a FHIR export is a history, not a snapshot. A resource dated after the
as-of date did not exist then and is not read (it is listed in `unmapped` with
the date). Which element dates a resource is FHIR structure, not clinical
policy: each listed element that is present must be on or before the as-of
date (a Condition recorded later was not known; an Observation issued later was
not available). How old a value may still be is policy (pvdkg.fhir.yml,
measurement_max_age and current_episode; pvdkg.readers.fhir.period).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from .context import instant, on_or_after

#: Per resource type, the elements that date it (a Period by its start).
DATED_BY = {
    "Condition": ("onsetDateTime", "onsetPeriod", "recordedDate"),
    "Observation": ("effectiveDateTime", "effectiveInstant", "effectivePeriod", "issued"),
    "Procedure": ("performedDateTime", "performedPeriod"),
    "MedicationStatement": ("effectiveDateTime", "effectivePeriod", "dateAsserted"),
    "MedicationRequest": ("authoredOn",),
    "Encounter": ("period",),
    "AllergyIntolerance": ("onsetDateTime", "onsetPeriod", "recordedDate"),
}
#: The element of each type whose codes are listed when the resource is not read.
MAIN_CODE = {
    "Condition": "code",
    "Observation": "code",
    "Procedure": "code",
    "MedicationStatement": "medicationCodeableConcept",
    "MedicationRequest": "medicationCodeableConcept",
    "AllergyIntolerance": "code",
}


def as_of_instant(as_of: date) -> tuple:
    """The as-of date as an instant (day precision), for on_or_after."""
    return datetime(as_of.year, as_of.month, as_of.day, tzinfo=UTC), 3, (as_of.year, as_of.month, as_of.day)


def written(value) -> str:
    """A FHIR date, dateTime or instant as the record gives it ('2024-02', '2024-02-01T10:00:00+02:00')."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def shown(when: tuple) -> str:
    """An instant's calendar date at its precision: '2024', '2024-02', '2024-02-01'."""
    parts = when[2][: min(when[1], 3)]
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))


def dated_after(r, as_of: date) -> tuple[str, str] | None:
    """(element, value as written) of the first date of `r` after the as-of date, else None."""
    limit = as_of_instant(as_of)
    for name in DATED_BY.get(r.get_resource_type(), ()):
        value = getattr(r, name, None)
        if value is not None and name.endswith("Period"):
            value, name = value.start, name + ".start"
        elif value is not None and name == "period":
            value, name = value.start, "period.start"
        when = instant(value)
        if when is not None and not on_or_after(limit, when):
            return name, written(value)
    return None


def later_note(element: str, value: str, as_of: date) -> str:
    """The reason a resource dated after the as-of date is not read."""
    return f"dated after the as-of date {as_of.isoformat()} ({element} {value}): not read"


def main_concept(r):
    """(field, CodeableConcept) whose codes stand for the resource in `unmapped`, or (None, None)."""
    name = MAIN_CODE.get(r.get_resource_type())
    concept = getattr(r, name, None) if name else None
    return (name, concept) if concept is not None else (None, None)
