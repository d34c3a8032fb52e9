"""Parsing a FHIR R4 Bundle with fhir.resources; a malformed one is one line naming the resource.

Library: fhir.resources (>= 8, on fhir-core and pydantic 2). It has no plain R4
(4.0.1) package any more: the default package is R5, and R4 data is read with
its R4B package (fhir.resources.R4B, FHIR 4.3.0). R4B changed only the
medication-definition, evidence and subscription resources; Patient,
Condition, Observation, MedicationStatement, MedicationRequest, Medication,
Procedure, Encounter and Bundle are the same as in R4 (hl7.org/fhir/R4B/
r4b-explanation.html, diff.html). R5-only elements (MedicationStatement.medication
as CodeableReference...) are rejected as unknown fields.
"""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..text import CaseLoadError

#: The fhir.resources package used to parse (R4 data; see the module docstring).
FHIR_PACKAGE = "fhir.resources.R4B"


def is_bundle(data: Any) -> bool:
    """True for a JSON object whose resourceType is 'Bundle'."""
    return isinstance(data, dict) and data.get("resourceType") == "Bundle"


class ParsedBundle(NamedTuple):
    """A validated Bundle: (entry index, resource model, fullUrl) of each entry with a resource."""

    entries: list[tuple[int, Any, str | None]]


def parse_bundle(data: Any) -> ParsedBundle:
    """The Bundle's resources as fhir.resources models; CaseLoadError naming resource and field
    if malformed.

    Each resource is validated with its own model class, then the Bundle without them (the
    same models and checks as Bundle.model_validate of the whole, a quarter faster: pydantic
    looks a resource's class up by name for every entry of a whole Bundle)."""
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle
    from pydantic import ValidationError

    if not is_bundle(data):
        kind = data.get("resourceType") if isinstance(data, dict) else None
        raise CaseLoadError(
            "not a FHIR Bundle" + (f" (resourceType {kind!r})" if kind else " (no resourceType 'Bundle')")
        )
    entries = data.get("entry", [])
    models: dict[int, Any] = {}
    if isinstance(entries, list):
        for i, entry in enumerate(entries):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                continue  # the library reports it
            kind = resource.get("resourceType")
            where = f"Bundle.entry[{i}]"
            if not isinstance(kind, str):
                raise CaseLoadError(f"{where}: resource: no resourceType")
            try:
                cls = get_fhir_model_class(kind)
            except (ValueError, KeyError):
                raise CaseLoadError(
                    f"{where}: resource.resourceType: {kind!r} is not a FHIR R4 resource type"
                ) from None
            if cls.has_resource_base():  # a data type (Coding...) stays in the Bundle: the library refuses it
                models[i] = cls
    shell = (
        dict(
            data,
            entry=[
                {k: v for k, v in e.items() if k != "resource"} if i in models else e for i, e in enumerate(entries)
            ],
        )
        if models
        else data
    )
    within: tuple = ()  # what is being validated: the Bundle, then each resource
    try:
        bundle = Bundle.model_validate(shell)
        for i, cls in models.items():
            within = ("entry", i, "resource")
            models[i] = cls.model_validate(entries[i]["resource"])
    except ValidationError as e:
        raise CaseLoadError(_validation_message(data, e, within)) from None
    except Exception as e:  # the library's own failures (KeyError...) as one line
        raise CaseLoadError(f"not valid FHIR R4: {type(e).__name__}: {' '.join(str(e).split())}") from None
    resources = [(i, models.get(i, e.resource), e.fullUrl) for i, e in enumerate(bundle.entry or [])]
    return ParsedBundle([(i, r, url) for i, r, url in resources if r is not None])


def load_models(kinds: Iterable[str]) -> None:
    """Import now the models of these resource types and of every element type they hold, at
    any depth. Why: fhir.resources imports an element's model on the first data that has it,
    so a server's first calls would each pay for some (the first patient-view call after
    start took about 250 ms more than the next)."""
    from fhir.resources.R4B import get_fhir_model_class

    seen: set[str] = set()
    todo = [get_fhir_model_class(kind) for kind in kinds]
    while todo:
        model = todo.pop()
        if model.__name__ in seen:
            continue
        seen.add(model.__name__)
        for f in model.model_fields.values():
            types = [f.annotation]
            while types:  # through Optional[...] and list[...] to the element types
                t = types.pop()
                element = getattr(t, "get_model_klass", None)
                if element is not None:
                    todo.append(element())
                types.extend(typing.get_args(t))


def _validation_message(data: dict, error, within: tuple = ()) -> str:
    """'Bundle.entry[2] (Observation/o1): valueQuantity.value: <message> (got "abc")'.
    within: where in the Bundle the validated part is (a resource validated alone)."""
    first = error.errors()[0]
    loc = [*within, *first.get("loc", ())]
    where = "Bundle"
    if len(loc) >= 2 and loc[0] == "entry" and isinstance(loc[1], int):
        i = loc[1]
        where = f"Bundle.entry[{i}]"
        loc = loc[2:]
        if loc and loc[0] == "resource":
            loc = loc[1:]
            resource = data["entry"][i].get("resource", {})
            where += f" ({_label_raw(resource)})"
        else:
            where += " (entry)"
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(part, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            path += ("." if path else "") + part
    msg = re.sub(r"^Value error, ", "", str(first.get("msg", "invalid")))
    got = first.get("input")
    shown = f" (got {json.dumps(got)})" if isinstance(got, (str, int, float, bool)) else ""
    return f"{where}: {path or '(resource)'}: {' '.join(msg.split())}{shown}"


def _label_raw(resource: dict) -> str:
    kind = resource.get("resourceType", "?")
    rid = resource.get("id")
    return f"{kind}/{rid}" if isinstance(rid, str) and rid else str(kind)
