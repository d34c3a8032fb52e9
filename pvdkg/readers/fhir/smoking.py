"""Smoking status: the latest statement wins, across Conditions and Observations.

Why: a record holds years of statements ('Smokes tobacco daily' as a Condition
in 2015, 'Ex-smoker' as a tobacco smoking status Observation in 2023). Taking
every Condition as current would call a patient who quit a smoker. Which codes
mean 'smokes now' and 'does not smoke now' is data: the mapping set (codes that
map to the policy's smoking condition) and the policy's smoking lists
(pvdkg.fhir.yml, from the US Core smoking status value set). Statements of the
same time that disagree count as the policy's `tie`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .context import Context, Mapped, instant
from .history import shown


@dataclass
class Statement:
    """One smoking statement: when, which resource and element, and whether it says 'smokes now'."""

    when: tuple | None
    r: Any
    fieldname: str
    concept: Any
    current: bool


def curies(cx: Context, concept) -> set[str]:
    """The mapping-set CURIEs of a CodeableConcept's codings (Vocabulary.curie_for: the
    systems pvdkg reads, WHO ICD-10 as the policy's read_as says)."""
    found = (cx.v.curie_for(c.system, c.code)[0] for c in getattr(concept, "coding", None) or [])
    return {curie for curie in found if curie}


def is_status_code(cx: Context, concept) -> bool:
    """An Observation code of a smoking status statement (the policy's smoking.observation)."""
    return bool(curies(cx, concept) & cx.policy.smoking_observation)


def meaning(cx: Context, concept, mapped: Mapped | None = None) -> bool | None:
    """True: smokes now; False: does not; None: the concept says neither (or both).
    mapped: the concept already resolved to condition terms (a Condition's code), not resolved again."""
    found = curies(cx, concept)
    says = set()
    if found & cx.policy.smoking_not_current:
        says.add(False)
    if found & cx.policy.smoking_current:
        says.add(True)
    if mapped is None:
        mapped = cx.resolve(concept, {"condition": cx.v.conditions}, "a condition")
    if any(cx.v.conditions.get(t) == cx.policy.smoking_condition for t in mapped.terms):
        says.add(True)
    return says.pop() if len(says) == 1 else None


def condition_time(r) -> tuple | None:
    """When a Condition was stated: recordedDate, else its onset."""
    onset = r.onsetDateTime or (r.onsetPeriod.start if r.onsetPeriod else None)
    return instant(r.recordedDate) or instant(onset)


def _words(current: bool) -> str:
    return "smokes now" if current else "does not smoke now"


def resolve(cx: Context, statements: list[Statement], conditions: list[str]) -> None:
    """Add the smoking condition when the latest statement says 'smokes now'; note the
    statements the latest one supersedes."""
    if not statements:
        return
    dated = [s for s in statements if s.when is not None]
    pool = dated or statements
    if dated:
        top = max(s.when[0] for s in dated)
        pool = [s for s in dated if s.when[0] == top]
    said = {s.current for s in pool}
    tie = len(said) > 1
    current = cx.policy.smoking_tie == "current" if tie else said.pop()
    latest = pool[-1]
    value = cx.policy.smoking_condition
    if current and value not in conditions:
        conditions.append(value)
    path = f"conditions[{conditions.index(value)}]" if current else f"conditions: not {value}"
    when = shown(latest.when) if latest.when else "undated"
    if latest.current == current:
        cx.source(path, latest.r)  # the deciding statement first, then the older ones that agree
    for s in statements:
        if s.current == current:
            cx.source(path, s.r)
        elif tie and s in pool:
            others = ", ".join(f"{cx.label(o.r)} ({_words(o.current)})" for o in pool)
            cx.note_concept(
                s.r,
                s.fieldname,
                s.concept,
                f"smoking statements of the same time disagree ({when}: {others}): "
                f"counted as '{_words(current)}' (the policy's smoking tie)",
            )
        else:
            cx.note_concept(
                s.r, s.fieldname, s.concept, f"superseded by {cx.label(latest.r)} ({when}: {_words(current)})"
            )
