"""The REST API: POST /recommend and /validate (a case, a FHIR Bundle or an RDF patient by
Content-Type), GET /statements, /statements/{id}, /health, /feedback.

/recommend answers with exactly the bytes `pvdkg recommend --format json FILE` writes
(render.result_json, each line escaped as the CLI's say() does); errors carry the CLI's
messages, the file named `request.<suffix>`. The body is read in memory by the same reader
as a file of that name (pvdkg.readers.read_case_bytes), so its limits and messages are the
CLI's and no patient is ever written to disk.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from pvdkg import __version__
from pvdkg.api import USER_ERRORS, Knowledge
from pvdkg.render import escape_controls, result_json

from .errors import ApiError

#: Content-Type -> the file suffix the reader chooses its format by (pvdkg.readers.registry).
SUFFIXES = {
    "application/json": ".json",
    "application/fhir+json": ".json",
    "application/yaml": ".yaml",
    "application/x-yaml": ".yaml",
    "text/yaml": ".yaml",
    "text/turtle": ".ttl",
    "application/ld+json": ".jsonld",
    "application/n-triples": ".nt",
}
_ANY_BODY = {"type": "string"}
BODY = {
    "requestBody": {
        "required": True,
        "description": "A case (case-format.md) or a FHIR R4 Bundle in JSON or YAML, or an RDF patient",
        "content": {
            "application/json": {"schema": {"type": "object"}},
            "application/yaml": {"schema": _ANY_BODY},
            "text/turtle": {"schema": _ANY_BODY},
            "application/ld+json": {"schema": {"type": "object"}},
        },
    }
}
ERROR = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}
ERROR_RESPONSES = {
    str(c): {"description": d, "content": {"application/json": {"schema": ERROR}}}
    for c, d in (
        (400, "the body cannot be read as a patient (the CLI's message)"),
        (413, "the body is larger than the case limit"),
        (415, "a Content-Type pvdkg does not read"),
        (503, "the derivation took longer than the time limit"),
    )
}


def suffix_of(request: Request) -> str:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in SUFFIXES:
        raise ApiError(415, f"Content-Type {kind or '(none)'!r} is not read; use one of {', '.join(SUFFIXES)}")
    return SUFFIXES[kind]


def in_memory(data: bytes, suffix: str, work):
    """work(data, name) on the body read as the file `request<suffix>` would be (nothing is
    written to disk); a user error is a 400 with the CLI's message for that file."""
    try:
        return work(data, f"request{suffix}")
    except USER_ERRORS as exc:
        raise ApiError(400, str(exc)) from None


def findings_json(findings) -> list[dict]:
    return [{"path": r.path, "message": r.message, "severity": r.severity} for r in findings]


def cli_bytes(text: str) -> bytes:
    """The text as the CLI writes it: each line with its control characters escaped."""
    return "".join(escape_controls(line) + "\n" for line in text.split("\n")).encode("utf-8")


def router(kg: Knowledge, compute, feedback) -> APIRouter:
    """`compute` runs a derivation in a thread, bounded in time (pvdkg.serve.app._runner)."""
    api = APIRouter()

    @api.post(
        "/recommend", openapi_extra=BODY, responses={**ERROR_RESPONSES, "422": {"description": "an invalid patient"}}
    )
    async def recommend(request: Request) -> Response:
        """The result of one patient, as `pvdkg recommend --format json` writes it."""
        suffix, data = suffix_of(request), await request.body()

        def work(body, name):
            outcome = kg.recommend_bytes(body, name)
            if not outcome.valid:
                message = f"{name}: invalid patient, no recommendations"
                raise ApiError(422, message, findings=findings_json(outcome.findings))
            return cli_bytes(result_json(outcome.result))

        return Response(await compute(in_memory, data, suffix, work), media_type="application/json")

    @api.post(
        "/validate", openapi_extra=BODY, responses={**ERROR_RESPONSES, "422": {"description": "an invalid patient"}}
    )
    async def validate(request: Request) -> Response:
        """The violations and warnings of one patient, by case path (422 when it is invalid)."""
        suffix, data = suffix_of(request), await request.body()
        findings = await compute(in_memory, data, suffix, kg.validate_bytes)
        valid = not any(r.severity == "violation" for r in findings)
        body = {"valid": valid, "findings": findings_json(findings)}
        if not valid:
            raise ApiError(422, f"request{suffix}: invalid", **body)
        return _json(body)

    @api.get("/statements")
    async def statements() -> dict:
        """Every statement: id, kinds, label, actions (intervention, status), COR, LOE, citations."""
        return {"statements": list(kg.statements.values())}

    @api.get("/statements/{statement_id}", responses={"404": {"description": "no such statement"}})
    async def statement(statement_id: str) -> dict:
        """One statement by its identifier (R10)."""
        found = kg.statements.get(statement_id)
        if found is None:
            raise ApiError(404, f"no statement {statement_id!r}")
        return found

    @api.get("/health", responses={503: {"description": "a derivation process could not be started again"}})
    async def health(request: Request) -> Response:
        """The service is up, with its knowledge loaded (200), or cannot derive now (503: a
        derivation process could not be started again; a load balancer takes it out)."""
        down = request.app.state.batcher.down()
        body = {"status": "ok", "version": __version__, "statements": len(kg.statements)}
        if not down:
            return JSONResponse(body)
        return JSONResponse(
            body | {"status": "unavailable", "why": down}, status_code=503, headers={"Retry-After": "1"}
        )

    @api.get("/feedback")
    def feedback_counts() -> dict:  # in a thread: it may write the queued cards (FeedbackStore)
        """CDS Hooks feedback received, counted per service, card kind and outcome."""
        return {"counts": feedback.counts()}

    return api


def _json(body: dict) -> Response:
    import json

    return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")
