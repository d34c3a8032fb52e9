"""CDS Hooks 2.0 discovery and prefetch: what the services ask for, and the patient's
FHIR Bundle built from what the CDS Client sent.

Specification: https://cds-hooks.hl7.org/2.0/ (read from cds-hooks/docs,
docs/specification/current.md at commit 462a38f): "Discovery" (services with hook,
title, description, id, prefetch), "Prefetch Template" (a key the client could not
satisfy is omitted; a key with no data is null; errors may come as OperationOutcome;
"If the CDS Service is unable to obtain required data because it cannot access the
FHIR server and the request did not contain the necessary prefetch keys, the service
SHALL respond with an HTTP 412 Precondition Failed status code"), "FHIR Resource
Access" (fhirServer and fhirAuthorization.access_token).
"""

from __future__ import annotations

from dataclasses import dataclass

#: What the FHIR reader turns into a case (pvdkg.readers.fhir: Patient, Condition,
#: Observation, MedicationStatement, MedicationRequest, Procedure, AllergyIntolerance).
PREFETCH = {
    "patient": "Patient/{{context.patientId}}",
    "conditions": "Condition?patient={{context.patientId}}",
    "observations": "Observation?patient={{context.patientId}}",
    "medicationRequests": "MedicationRequest?patient={{context.patientId}}",
    "medicationStatements": "MedicationStatement?patient={{context.patientId}}",
    "procedures": "Procedure?patient={{context.patientId}}",
    "allergies": "AllergyIntolerance?patient={{context.patientId}}",
}

SERVICES = (
    {
        "hook": "patient-view",
        "id": "pvdkg-patient-view",
        "title": "pvdkg: peripheral artery disease plan and therapy audit",
        "description": "On opening the chart of a patient with peripheral artery disease: current therapies the "
        "guideline-backed knowledge contraindicates, indicated medical and exercise therapies missing, the plan "
        "(indicated and to-consider interventions with class and level), and the data that would decide open rules.",
    },
    {
        "hook": "order-select",
        "id": "pvdkg-order-select",
        "title": "pvdkg: orders against the PAD recommendations",
        "description": "On selecting an order: a critical card when the ordered medication or procedure is "
        "contraindicated for this patient, naming the statements; an information card with the caution when it "
        "is only to be considered.",
    },
    {
        "hook": "order-sign",
        "id": "pvdkg-order-sign",
        "title": "pvdkg: orders against the PAD recommendations (signing)",
        "description": "On signing orders: the same check as order-select, on every draft order.",
    },
)


class PrefetchMissing(Exception):
    """A prefetch key the service needs is missing and no FHIR server can be asked (HTTP 412)."""


def discovery() -> dict:
    """The discovery response: every service with the prefetch templates it needs."""
    return {"services": [{**s, "prefetch": dict(PREFETCH)} for s in SERVICES]}


def service(service_id: str) -> dict | None:
    return next((s for s in SERVICES if s["id"] == service_id), None)


@dataclass
class Prefetched:
    """The patient's resources as one FHIR Bundle, and the keys that were fetched from fhirServer."""

    bundle: dict
    fetched: list[str]


def _usable(value) -> bool:
    """A prefetch value the service can read: a resource or null (no data), not an OperationOutcome."""
    return value is None or (isinstance(value, dict) and value.get("resourceType") not in (None, "OperationOutcome"))


def gather(request: dict, fetch=None) -> Prefetched:
    """The patient's Bundle from the request's prefetch, asking fhirServer (with `fetch`) for
    what is missing; PrefetchMissing when a key is missing and fhirServer cannot be asked."""
    context = request.get("context") or {}
    prefetch = request.get("prefetch") or {}
    if not isinstance(prefetch, dict):
        prefetch = {}
    values, fetched = {}, []
    for key, template in PREFETCH.items():
        value = prefetch.get(key, ...)
        if value is not ... and _usable(value):
            values[key] = value
            continue
        server, patient_id = request.get("fhirServer"), context.get("patientId")
        if not (fetch and isinstance(server, str) and server and isinstance(patient_id, str)):
            raise PrefetchMissing(
                f"prefetch key {key!r} ({template}) is missing or an OperationOutcome, and no fhirServer was given"
            )
        values[key] = fetch(server, template.replace("{{context.patientId}}", patient_id), request)
        fetched.append(key)
    return Prefetched(to_bundle(values), fetched)


def to_bundle(values: dict) -> dict:
    """One collection Bundle of every resource: single resources and searchset entries,
    each (type, id) once, fullUrl kept (resources may refer to each other by it)."""
    entries, seen = [], set()

    def add(resource, full_url=None):
        if not isinstance(resource, dict) or resource.get("resourceType") == "OperationOutcome":
            return
        key = (resource.get("resourceType"), resource.get("id"))
        if key[1] is not None and key in seen:
            return
        seen.add(key)
        entries.append({"fullUrl": full_url, "resource": resource} if full_url else {"resource": resource})

    for value in values.values():
        if isinstance(value, dict) and value.get("resourceType") == "Bundle":
            for entry in value.get("entry") or []:
                if isinstance(entry, dict):
                    add(entry.get("resource"), entry.get("fullUrl"))
        else:
            add(value)
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def fetch_fhir(server: str, query: str, request: dict, timeout: float = 5.0):
    """GET one prefetch query from the CDS Client's FHIR server (only when a request names
    fhirServer; the tests never reach it). The token is fhirAuthorization.access_token."""
    import httpx

    auth = request.get("fhirAuthorization") or {}
    headers = {"Accept": "application/fhir+json"}
    if isinstance(auth, dict) and isinstance(auth.get("access_token"), str):
        headers["Authorization"] = f"Bearer {auth['access_token']}"
    try:
        response = httpx.get(f"{server.rstrip('/')}/{query}", headers=headers, timeout=timeout)
        response.raise_for_status()
        return response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise PrefetchMissing(f"fhirServer could not give {query}: {type(exc).__name__}") from None


def draft_orders(context: dict, only_selected: bool) -> list[dict]:
    """The draft MedicationRequest and ServiceRequest resources of an order hook's context
    (order-select: the selected ones, named 'Type/id' in `selections`), less those with
    `doNotPerform: true`, which order that the intervention not be given."""
    bundle = context.get("draftOrders") or {}
    entries = bundle.get("entry") if isinstance(bundle, dict) else None
    selections = context.get("selections") if only_selected else None
    out = []
    for entry in entries if isinstance(entries, list) else []:
        r = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(r, dict) or r.get("resourceType") not in ("MedicationRequest", "ServiceRequest"):
            continue
        if isinstance(selections, list) and f"{r['resourceType']}/{r.get('id')}" not in selections:
            continue
        if r.get("doNotPerform") is True:  # an order that it not be done: nothing to warn against
            continue
        out.append(r)
    return out
