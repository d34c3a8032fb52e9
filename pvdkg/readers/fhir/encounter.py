"""Encounter: the open episode, which tells whether a Procedure is current or earlier.

An Encounter is open when its status is in the policy's encounter_open set
(in-progress, arrived, triaged, onleave). A Procedure without the pvdkg
procedure extension is current if its status is in procedure_current
(in-progress), belongs to an open
Encounter or was performed on or after the start of one; earlier if performed
before it. With no open Encounter the episode cannot be told, and leaving
`when` out would mean 'current': CaseLoadError.
"""

from __future__ import annotations

from ..text import CaseLoadError
from .context import PROCEDURE_EXTENSION, Context, instant, on_or_after


def open_encounters(cx: Context) -> list:
    """The bundle's open Encounters, in bundle order."""
    return [r for r in cx.of_type("Encounter") if r.status in cx.policy.open_encounter]


def episode(cx: Context, r, encounters: list) -> str:
    """current | earlier for a Procedure without the extension."""
    if r.status in cx.policy.current_procedure:
        return "current"
    enc_ref = r.encounter.reference if r.encounter else None
    if enc_ref and cx.by_ref.get(enc_ref) in encounters:
        return "current"
    performed = instant(r.performedDateTime or (r.performedPeriod.start if r.performedPeriod else None))
    starts = [instant(e.period.start) for e in encounters if e.period and e.period.start]
    starts = [s for s in starts if s is not None]
    if performed is not None and starts:
        start = min(starts, key=lambda s: s[0])
        return "current" if on_or_after(performed, start) else "earlier"
    raise CaseLoadError(
        f"{cx.where(r)}: performed: cannot tell whether the procedure belongs to this episode "
        f"(no open Encounter to compare with); add extension '{PROCEDURE_EXTENSION}' with "
        "'when' (current or earlier)"
    )
