"""Encounter: the current episode, which tells whether a Procedure is current or earlier.

An Encounter is open when its status is in the policy's encounter_open set
(in-progress, arrived, triaged, onleave). A Procedure without the pvdkg
procedure extension is current if its status is in procedure_current
(in-progress), belongs to an open Encounter or was performed on or after the
start of one, and earlier if performed before it. Without an open Encounter
(a real export's encounters are all finished) the current episode is the
policy's current_episode window before the as-of date (P30D): a procedure
performed inside it is current, an older one earlier. The date is the
procedure's performed[x], else its (finished) Encounter's start. A procedure
with no date at all counts as earlier and is noted: never an error.
"""

from __future__ import annotations

from .context import Context, instant, on_or_after
from .history import as_of_instant


def open_encounters(cx: Context) -> list:
    """The bundle's open Encounters, in bundle order."""
    return [r for r in cx.of_type("Encounter") if r.status in cx.policy.open_encounter]


def episode(cx: Context, r, encounters: list) -> str:
    """current | earlier for a Procedure without the extension."""
    if r.status in cx.policy.current_procedure:
        return "current"
    enc_ref = r.encounter.reference if r.encounter else None
    encounter = cx.by_ref.get(enc_ref) if enc_ref else None
    if encounter is not None and encounter in encounters:
        return "current"
    performed = instant(r.performedDateTime or (r.performedPeriod.start if r.performedPeriod else None))
    if performed is None and encounter is not None and encounter.period is not None:
        performed = instant(encounter.period.start)
    starts = [instant(e.period.start) for e in encounters if e.period and e.period.start]
    starts = [s for s in starts if s is not None]
    if performed is not None and starts:
        start = min(starts, key=lambda s: s[0])
        return "current" if on_or_after(performed, start) else "earlier"
    window = cx.policy.current_episode
    if performed is not None:
        return "current" if on_or_after(performed, as_of_instant(window.before(cx.as_of))) else "earlier"
    cx.note_concept(
        r,
        "performed",
        r.code,
        "no date and no open Encounter: counted as an earlier procedure "
        f"(the current episode is the {window.words()} window before {cx.as_of.isoformat()})",
    )
    return "earlier"
