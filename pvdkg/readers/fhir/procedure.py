"""Procedure -> procedures.

Procedures whose status is in the policy's procedure set (completed,
in-progress, stopped) and whose code maps to a Revascularization (or that carry
the procedure extension); segment from bodySite (one record per segment),
result from outcome where mapped, else the extension; `when` from the
extension, else from the current episode (pvdkg.readers.fhir.encounter).
"""

from __future__ import annotations

from ..schema import PVDKG
from ..text import CaseLoadError
from .context import PROCEDURE_EXTENSION, Context
from .encounter import episode, open_encounters

_RECORD = PVDKG.ProcedureRecord  # read once: an rdflib namespace attribute checks the IRI each time


def read_procedures(cx: Context) -> list[dict]:
    """The procedure records of the bundle, in bundle order."""
    out: list[dict] = []
    encounters = open_encounters(cx)
    v = cx.v
    for r in cx.of_type("Procedure"):
        if r.status not in cx.policy.done_procedure:
            if r.code is not None:
                cx.note_concept(r, "code", r.code, f"status '{r.status}': not done")
            continue
        has_ext = any(e.url == PROCEDURE_EXTENSION for e in (r.extension or []))
        kind = None
        if r.code is not None:
            mapped = cx.resolve(r.code, {"revascularization": v.revascularizations}, "a kind of Revascularization")
            kind = cx.single(mapped, r, "code", r.code)
        if kind is None and not has_ext:
            continue
        fields = {k: f for k, f in v.schema.nodes[_RECORD].fields.items() if k not in ("type", "segment")}
        details, segments = cx.site_details(r, PROCEDURE_EXTENSION, fields, "procedure")
        if r.outcome is not None:
            mapped = cx.resolve(r.outcome, {"result": v.results}, "a procedure result")
            result = cx.single(mapped, r, "outcome", r.outcome) if mapped.terms else None
            if not mapped.terms:
                cx.add_unmapped(r, "outcome", mapped)
            if result is not None:
                value = v.results[result]
                if "result" in details and details["result"] != value:
                    raise CaseLoadError(
                        f"{cx.where(r)}: outcome says result {value!r}, "
                        f"extension 'procedure'.result says {details['result']!r}"
                    )
                details["result"] = value
        if "when" not in details:
            details["when"] = episode(cx, r, encounters)
        record = {"type": v.revascularizations[kind]} if kind else {}
        for segment in segments or [None]:
            out.append(record | ({"segment": segment} if segment else {}) | details)
            cx.source(f"procedures[{len(out) - 1}]", r)
    return out
