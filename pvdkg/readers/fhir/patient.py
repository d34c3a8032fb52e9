"""Patient -> id and the fields no code can say (the pvdkg patient extension).

- id: Patient.id (else the fullUrl's last part), cut to the id pattern.
- limb, ambulatory, surgical_risk, vein_conduit, amputation_imminent,
  contraindicated, tried (and conditions, current therapies or the presentation
  that no code can say) from the pvdkg patient extension; values are passed as
  written and validated as a case.
Every clinical resource must be about the bundle's one Patient (check_subject).
- deceased: deceasedBoolean true, or deceasedDateTime on or before the as-of
  date, ends the reading with PatientDeceased (no recommendations; a typed
  outcome, not an error). A deceasedDateTime after the as-of date is noted.
"""

from __future__ import annotations

import re

from ..text import CaseLoadError, PatientDeceased
from .context import PATIENT_EXTENSION, Context, instant, on_or_after
from .history import as_of_instant, later_note, written

_ID_CHARS = re.compile(r"[^A-Za-z0-9._-]")


def patient_id(cx: Context, patient, full_url: str | None) -> str:
    """The case id of the bundle's Patient."""
    raw = patient.id or (full_url or "").rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    clean = _ID_CHARS.sub("-", raw)
    clean = re.sub(r"^[^A-Za-z0-9]+", "", clean)[:64]
    if not clean:
        raise CaseLoadError(f"{cx.where(patient)}: id: the Patient has no usable id")
    return clean


def check_subject(cx: Context, r, patient, patient_url: str | None) -> None:
    """CaseLoadError when a resource is about another patient than the bundle's."""
    subject = getattr(r, "subject", None) or getattr(r, "patient", None)  # AllergyIntolerance: patient
    ref = getattr(subject, "reference", None) if subject is not None else None
    if not ref:
        return
    ref = re.sub(r"/_history/.*$", "", ref)
    ok = {f"Patient/{patient.id}"} if patient.id else set()
    if patient_url:
        ok.add(patient_url)
    if ref in ok or (patient.id and ref.endswith(f"/Patient/{patient.id}")):
        return
    target = cx.by_ref.get(ref)
    if target is patient:
        return
    fieldname = "subject" if getattr(r, "subject", None) is not None else "patient"
    raise CaseLoadError(
        f"{cx.where(r)}: {fieldname}.reference: {ref!r} is not the bundle's Patient ({cx.label(patient)})"
    )


def patient_extension(cx: Context, patient) -> None:
    """Merge the pvdkg patient extension into the case (a differing value is an error)."""
    root = cx.v.schema.root.fields
    allowed = {k: f for k, f in root.items() if f.kind != "object" and k != "id"}
    given = cx.extension(patient, PATIENT_EXTENSION, allowed)
    for key, value in given.items():
        if allowed[key].many:
            merged = list(cx.case.get(key, []))
            merged += [v for v in value if v not in merged]
            cx.case[key] = merged
            for i in range(len(merged)):
                if merged[i] in value:
                    cx.source(f"{key}[{i}]", patient)
        elif key in cx.case and cx.case[key] != value:
            raise CaseLoadError(
                f"{cx.where(patient)}: extension 'patient'.{key}: {value!r} "
                f"differs from {cx.case[key]!r} given by " + ", ".join(cx.sources.get(key, []))
            )
        else:
            cx.case[key] = value
            cx.source(key, patient)


def check_alive(cx: Context, patient) -> None:
    """PatientDeceased when the record says the patient died on or before the as-of date."""
    if patient.deceasedBoolean:
        raise PatientDeceased(None, cx.case.get("id"))
    when = instant(patient.deceasedDateTime)
    if when is None:
        return
    if on_or_after(as_of_instant(cx.as_of), when):
        raise PatientDeceased(written(patient.deceasedDateTime), cx.case.get("id"))
    cx.unmapped.append(
        {
            "resource": cx.label(patient),
            "field": "deceasedDateTime",
            "system": None,
            "code": None,
            "display": None,
            "reason": later_note("deceasedDateTime", written(patient.deceasedDateTime), cx.as_of),
        }
    )
