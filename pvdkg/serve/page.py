"""The web page of `pvdkg serve` (issue 14, part 5) and the routes it reads.

GET / is a static page (pvdkg/serve/static: HTML, a little JavaScript, CSS; nothing from
a CDN, hospital networks are often closed). It reads GET /examples and /examples/{name}
(the shipped example patients), POST /report (the result grouped as people read it,
pvdkg.render.report_json over pvdkg.present) and POST /cards (the patient-view cards of
the posted patient, by the hook's own code). The page lays these out and decides
nothing: every status, grade and reason comes from the server.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from pvdkg.render import report_json

from .errors import ApiError
from .rest import BODY, ERROR_RESPONSES, findings_json, in_memory, suffix_of

STATIC = Path(__file__).resolve().parent / "static"
#: The page runs only its own script and style: no inline code, nothing from elsewhere.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
#: The media type an example is posted with, by its suffix (the reader chooses its format by it).
MEDIA = {
    ".json": "application/json",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
}
_INVALID = {"422": {"description": "an invalid patient: the violations by case path"}}


def mount(app) -> None:
    """The page's own files under /static (not in the OpenAPI schema)."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def router(kg, maker, runner, compute, hook_cards) -> APIRouter:
    """hook_cards: the patient-view hook's card builder (pvdkg.serve.app), so the page shows
    exactly the cards an EHR would get for the same bundle. `runner` runs what waits (for a
    batch), `compute` what derives in this process (pvdkg.serve.app._runner)."""
    api = APIRouter()

    @api.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html", headers={"Content-Security-Policy": CSP})

    @api.get("/examples")
    async def examples() -> dict:
        """The example patients shipped with pvdkg: name, kind (folder) and media type to post them with."""
        return {
            "examples": [
                {"name": name, "kind": name.rpartition("/")[0] or "case", "media_type": MEDIA[path.suffix]}
                for name, path in kg.examples.items()
            ]
        }

    @api.get("/examples/{name:path}", responses={"404": {"description": "no such example"}})
    async def example(name: str) -> Response:
        """One example patient, as its file holds it (only names GET /examples lists)."""
        path = kg.examples.get(name)
        if path is None:
            raise ApiError(404, f"no example {name!r}")
        return Response(path.read_bytes(), media_type=MEDIA[path.suffix])

    @api.post("/report", openapi_extra=BODY, responses={**ERROR_RESPONSES, **_INVALID})
    async def report(request: Request) -> dict:
        """The result of one patient grouped as the text report reads (an ancestor and its kinds
        that read the same on one line), with the labels of the statements it names."""
        suffix, data = suffix_of(request), await request.body()

        def work(body, name):
            outcome = kg.recommend_bytes(body, name)
            if not outcome.valid:
                raise ApiError(
                    422, f"{name}: invalid patient, no recommendations", findings=findings_json(outcome.findings)
                )
            out = report_json(outcome.result, kg.vocabulary)
            out["statements"] = _labels(kg.statements, outcome.result)
            return out

        return await compute(in_memory, data, suffix, work)

    @api.post("/cards", openapi_extra=BODY, responses=ERROR_RESPONSES)
    async def cards(request: Request) -> dict:
        """The patient-view cards of one patient: a FHIR Bundle goes through the hook's own code
        (its resources named in the cards); a case gets the same cards without resource names."""
        suffix, data = suffix_of(request), await request.body()
        bundle = _bundle(data) if suffix == ".json" else None
        if bundle is not None:
            made = await runner(hook_cards, kg, maker, bundle, _patient_id(bundle), None)
        else:

            def work(body, name):
                outcome = kg.recommend_bytes(body, name)
                if not outcome.valid:
                    return [maker.invalid(outcome.findings)]
                return maker.patient_view(outcome.result, {}, {}, outcome.result.patient.rpartition("/")[2])

            made = await compute(in_memory, data, suffix, work)
        return {"cards": [c for _, c in made]}

    return api


def _labels(statements: dict, result) -> dict[str, str]:
    """The label of every statement the result names (R10 -> 'R10: no revascularization ...')."""
    named = {r for e in result.interventions for r in e.recommendations}
    named |= {r for part in (result.conflicts, result.cautions, result.audit) for x in part for r in x.recommendations}
    named |= {u.recommendation for u in result.undecided}
    return {i: statements[i]["label"] or i for i in sorted(named) if i in statements}


def _bundle(data: bytes) -> dict | None:
    """The body as a FHIR Bundle, or None when it is something else (a case)."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return None  # the reader answers with its own message
    return value if isinstance(value, dict) and value.get("resourceType") == "Bundle" else None


def _patient_id(bundle: dict) -> str:
    """The id of the bundle's Patient (the hook's context.patientId)."""
    entries = bundle.get("entry")
    for entry in entries if isinstance(entries, list) else []:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if isinstance(resource, dict) and resource.get("resourceType") == "Patient":
            return str(resource.get("id") or "")
    return ""
