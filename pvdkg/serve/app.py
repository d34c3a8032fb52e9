"""The FastAPI app of `pvdkg serve`: the knowledge loaded once, bodies capped, a time limit
per request, JWT bearer tokens checked when a trust file is given, ids and timings logged.

Safe defaults (issue 14): loopback only unless --trust is given; bodies larger than the
case limit (pvdkg.limits, PVDKG_MAX_CASE_BYTES) get 413; a derivation longer than
--request-timeout seconds gets 503; logs hold a request id, the method, the route, the
status and the time, never a body. CORS only for the origins given. The cases of
concurrent CDS Hooks calls are derived together, in a child process (pvdkg.serve.batcher).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, closing
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from pvdkg import __version__
from pvdkg.api import USER_ERRORS, load
from pvdkg.limits import env_var, limits, usable_cores
from pvdkg.results import Unmapped

from . import hooks, page, rest
from .batcher import Batcher, Unavailable
from .cards import CardMaker
from .errors import ApiError, for_the_log
from .feedback import FeedbackError, FeedbackStore
from .heap import freeze_heap
from .ids import random_uuid
from .jwks import is_loopback
from .security import SeenJti, Trust, TrustError, Unauthorized

log = logging.getLogger("pvdkg.serve")
#: Routes anyone may read (with --trust too): liveness, the API description, and the web
#: page's own files (no patient data: what the page reads needs a token, see Guard).
PUBLIC = ("/health", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc", "/")
PUBLIC_PREFIXES = ("/static/",)
#: The CDS Hooks endpoints: a call token only (aud the URL called, jti once), as the specification says.
CDS_PREFIX = "/cds-services"


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    trust: str | None = None  # trust file: issuers and their keys
    cors: list[str] = field(default_factory=list)
    feedback_db: str = ":memory:"
    request_timeout: float = 10.0
    base_url: str | None = None  # the public base URL every token's aud names (needed with trust)
    threads: int = 32  # requests handled at once (most of them wait for their batch: pvdkg.serve.batcher)
    batch: int = 16  # cases derived together at most (pvdkg.serve.batcher)
    derive_processes: int = 1  # child processes that derive (0: a thread of the server; pvdkg.serve.batcher)
    workers: int = 1  # uvicorn worker processes, each loading the knowledge (worker_app)


class ServeError(Exception):
    """A setting refused before the server starts (a public address without --trust...)."""


def create_app(settings: Settings | None = None) -> Guard:
    """The app with the knowledge loaded and warm (parsed, shapes compiled, statements read)."""
    settings = settings or Settings()
    check_base_url(settings)
    kg = load()
    kg.warm(fhir=True)  # load now what a first request would wait for
    # the jti accepted are kept where the feedback is: in a file, every worker sees them
    trust = Trust.load(settings.trust, SeenJti(settings.feedback_db)) if settings.trust else None
    feedback = FeedbackStore(settings.feedback_db)
    maker = CardMaker(kg)
    pool = ThreadPoolExecutor(
        max_workers=settings.threads, thread_name_prefix="pvdkg-request", initializer=_yield_to_derivation
    )
    # derivations outside the batcher (REST, the page's reports) hold the interpreter lock: as
    # many at once as there are cores, the others queued (and dropped when their request gives up)
    cores = ThreadPoolExecutor(max_workers=usable_cores(), thread_name_prefix="pvdkg-derive")
    batcher = Batcher(kg, settings.batch, settings.derive_processes, limit=settings.request_timeout)
    cards_of = partial(hook_cards, batcher=batcher)

    @asynccontextmanager
    async def lifespan(app):
        yield
        batcher.close()
        for threads in app.state.pools:  # queued work is dropped; running work ends by itself
            threads.shutdown(wait=False, cancel_futures=True)

    runner, compute = _runner(pool, settings.request_timeout), _runner(cores, settings.request_timeout)

    app = FastAPI(title="pvdkg", version=__version__, description=(__doc__ or "").split("\n")[0], lifespan=lifespan)
    app.include_router(rest.router(kg, compute, feedback))
    app.include_router(cds_router(kg, maker, runner, feedback, cards_of))
    app.include_router(page.router(kg, maker, runner, compute, cards_of))  # the web page at / and what it reads
    page.mount(app)
    _handlers(app)
    if settings.cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
            # a page on the internet (the public sandbox) calling a server on loopback: browsers
            # that check Private Network Access ask first; the origins given are allowed it
            allow_private_network=True,
        )
    app.state.settings, app.state.pool, app.state.batcher = settings, pool, batcher
    app.state.pools = [pool, cores]  # shut down when the server stops (the Guard adds its own)
    return Guard(app, limits().case_bytes, trust, settings.base_url)


#: The nice value of the request threads (reading FHIR, making cards): see _yield_to_derivation.
REQUEST_NICE = 10


def _yield_to_derivation() -> None:
    """Lower the priority of this request thread (Linux: of this thread only).

    Why: the derivation (its process, or the batcher's thread) is what every waiting call
    needs next, and reading the requests that will make the next batch has the whole of
    the current batch's time: given the cores first, a batch ends sooner (2 cores, 8
    clients, six alternating runs each: p95 124 -> 120 ms, 80 -> 84 calls/s, medians).
    Nothing is starved: a niced thread still runs whenever a core is free. Where the
    system does not allow it, nothing changes."""
    try:
        os.nice(REQUEST_NICE)
    except (AttributeError, OSError):  # no os.nice (Windows), or not permitted
        pass


def _runner(pool: ThreadPoolExecutor, timeout: float):
    async def runner(fn, *args):
        """fn(*args) in a thread of `pool`, given up (503) after the request time limit; if it
        has not started by then, it never does (the cancellation reaches the pool's queue)."""
        try:
            return await asyncio.wait_for(asyncio.wrap_future(pool.submit(fn, *args)), timeout)
        except TimeoutError:
            raise ApiError(503, f"the request took longer than {timeout:g} s", headers={"Retry-After": "1"}) from None

    runner.timeout = timeout
    return runner


def cds_router(kg, maker: CardMaker, runner, feedback: FeedbackStore, cards_of):
    from fastapi import APIRouter

    api = APIRouter()
    body = {"requestBody": {"required": True, "content": {"application/json": {"schema": HOOK_REQUEST}}}}

    @api.get("/cds-services")
    async def discovery() -> dict:
        """CDS Hooks discovery: the services, their hooks and prefetch templates."""
        return hooks.discovery()

    @api.post("/cds-services/{service_id}", openapi_extra=body, responses=HOOK_ERRORS)
    async def call(service_id: str, request: Request) -> dict:
        """A CDS Hooks call: the cards for the patient (and the draft orders)."""
        service = hooks.service(service_id)
        if service is None:
            raise ApiError(404, f"no CDS service {service_id!r}")
        req = await json_body(request)
        check_hook_request(req, service["hook"])
        deadline = time.monotonic() + runner.timeout

        def answer():  # one thread hop, not two: the prefetch (fhirServer asked), then the cards
            bundle = hooks.gather(req, hooks.fetch_fhir).bundle
            if time.monotonic() >= deadline:  # the caller has had its 503: derive nothing for it
                raise TimeoutError
            drafts = None
            if service["hook"] != "patient-view":
                drafts = hooks.draft_orders(req["context"], only_selected=service["hook"] == "order-select")
            return cards_of(kg, maker, bundle, req["context"]["patientId"], drafts, deadline=deadline)

        try:
            cards = await runner(answer)
        except hooks.PrefetchMissing as exc:
            raise ApiError(412, str(exc)) from None
        if feedback.queues_issued:  # in memory: queued here, written by a thread now and then
            feedback.issued(service_id, cards)
            if feedback.queue_full:
                await runner(feedback.write_queued)
        else:  # a file's write lock may be another worker's
            await runner(feedback.issued, service_id, cards)
        return {"cards": [c for _, c in cards]}

    @api.post("/cds-services/{service_id}/feedback", openapi_extra=FEEDBACK_BODY)
    async def feedback_post(service_id: str, request: Request) -> dict:
        """CDS Hooks feedback on cards of this service, stored append-only."""
        if hooks.service(service_id) is None:
            raise ApiError(404, f"no CDS service {service_id!r}")
        body = await json_body(request)
        try:
            stored = await runner(feedback.add, service_id, body)
        except FeedbackError as exc:
            raise ApiError(400, str(exc)) from None
        return {"stored": stored}

    return api


def hook_cards(
    kg,
    maker: CardMaker,
    bundle: dict,
    patient_id: str,
    drafts: list | None,
    batcher: Batcher,
    deadline: float | None = None,
) -> list[tuple]:
    """The cards of one call: none for a patient without PAD data (no presentation read).
    The case is derived by `batcher`, with the cases of concurrent calls; a case still
    waiting for a batch at `deadline` (time.monotonic()) is withdrawn."""
    try:
        converted = kg.fhir_case(bundle)
    except USER_ERRORS as exc:
        raise ApiError(400, f"prefetch: {exc}") from None
    if "presentation" not in converted.case or (drafts is not None and not drafts):
        return []
    # the converted case is derived (the bundle is parsed once): the same graph the bundle
    # gives (pvdkg.readers.registry.map_parsed), and its unmapped codings added as the pipeline does
    data = json.dumps(converted.case, default=_number)
    try:  # in memory, read as the file request.json would be (its messages name it)
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        outcome = batcher.recommend(str(converted.case.get("id")), data, left)
    except USER_ERRORS as exc:
        raise ApiError(400, str(exc)) from None
    except TimeoutError:  # the request's own time limit has answered 503 by now
        raise ApiError(503, "the derivation took longer than the request time limit") from None
    except Unavailable as exc:
        raise ApiError(503, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
    if outcome.valid:
        outcome.result.unmapped = [Unmapped(**u) for u in converted.unmapped]
    else:
        return [maker.invalid(outcome.findings)]
    if drafts is not None:
        return maker.orders(outcome.result, drafts)
    return maker.patient_view(outcome.result, converted.case, converted.sources, patient_id)


def _number(value):
    """A Decimal of the FHIR reader as a JSON number (anything else is an error)."""
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


async def json_body(request: Request):
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise ApiError(415, "Content-Type must be application/json")
    try:
        return json.loads(await request.body())
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, f"not JSON: {exc}") from None


def check_hook_request(req, hook: str) -> None:
    """The fields every call has (hook, hookInstance, context.patientId), and the right hook."""
    if not isinstance(req, dict):
        raise ApiError(400, "the body must be a JSON object")
    for key, kind in (("hook", str), ("hookInstance", str), ("context", dict)):
        if not isinstance(req.get(key), kind):
            raise ApiError(400, f"{key}: required ({kind.__name__})")
    if req["hook"] != hook:
        raise ApiError(400, f"hook: this service answers {hook!r}, not {req['hook']!r}")
    if not isinstance(req["context"].get("patientId"), str) or not req["context"]["patientId"]:
        raise ApiError(400, "context.patientId: required (string)")
    if hook != "patient-view" and not isinstance(req["context"].get("draftOrders"), dict):
        raise ApiError(400, "context.draftOrders: required (a Bundle)")


HOOK_REQUEST = {
    "type": "object",
    "required": ["hook", "hookInstance", "context"],
    "properties": {
        "hook": {"type": "string"},
        "hookInstance": {"type": "string"},
        "fhirServer": {"type": "string"},
        "context": {"type": "object"},
        "prefetch": {"type": "object"},
    },
}
HOOK_ERRORS = {
    "400": {"description": "a malformed request"},
    "404": {"description": "no such service"},
    "412": {"description": "a prefetch key is missing and no fhirServer can be asked"},
}
FEEDBACK_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object", "required": ["feedback"]}}},
    }
}


#: The answer to a defect: nothing of what went wrong (the log has its type and place).
INTERNAL_ERROR = JSONResponse({"error": "internal error"}, status_code=500)


def _handlers(app: FastAPI) -> None:
    """Every error as JSON with a message; an unexpected one answered "internal error" (and
    logged by the Guard)."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return JSONResponse({"error": f"{where}: {first.get('msg', 'invalid')}"}, status_code=400)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        return INTERNAL_ERROR  # Starlette raises it again after this answer: the Guard logs it


class Guard:
    """The outer ASGI layer: a request id and timing in the log, the body cap (413, read
    before the app sees it), and the bearer JWT when a trust file is given (401).

    With a trust file the CDS Hooks endpoints take a call token only (aud = the URL called,
    jti used once; pvdkg.serve.security); the REST API and what the web page reads take a
    call token or a session token (aud = the base URL, at most an hour long), which a person
    pastes into the page. The page's own files and /health are public."""

    def __init__(self, app: FastAPI, max_bytes: int, trust: Trust | None, base_url: str | None):
        self.app, self.max_bytes, self.trust = app, max_bytes, trust
        if trust is not None:  # the threads of token checks that may wait (_authorize)
            self.fetching = ThreadPoolExecutor(max_workers=8, thread_name_prefix="pvdkg-jwks")
            self.writing = ThreadPoolExecutor(max_workers=4, thread_name_prefix="pvdkg-jti")
            app.state.pools += [self.fetching, self.writing]
        self.base = (base_url or "").rstrip("/")
        self.state = app.state

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid, start, status = random_uuid().hex[:12], time.perf_counter(), [0]

        async def sending(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            refusal = await self._authorize(scope)
            if refusal is not None:
                return await refusal(scope, receive, sending)
            body, refusal = await self._read(receive)
            if refusal is not None:
                return await refusal(scope, receive, sending)
            await self.app(scope, _replay(body, receive), sending)
        except Exception as exc:  # a defect, answered 500 by _handlers if it could be: logged here
            # by type and place only, never reaching uvicorn, whose log would print its message
            log.error("internal error %s", for_the_log(exc))
            if not status[0]:
                await INTERNAL_ERROR(scope, receive, sending)
        finally:
            ms = (time.perf_counter() - start) * 1000
            path = scope.get("path", "").encode("unicode_escape").decode("ascii")[:200]
            log.info("%s %s %s %d %.1f ms", rid, scope.get("method"), path, status[0], ms)

    async def _authorize(self, scope):
        path = scope.get("path", "")
        if self.trust is None or scope.get("method") == "OPTIONS" or path in PUBLIC or path.startswith(PUBLIC_PREFIXES):
            return None
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        base = self.base  # never the request's Host header, which the caller chooses
        cds = path == CDS_PREFIX or path.startswith(CDS_PREFIX + "/")
        session = None if cds else [base + "/", base]
        header = headers.get("authorization")
        # in threads what may wait: a JWK Set fetch (bounded, pvdkg.serve.jwks), in a pool of its
        # own so that a slow URL delays no other issuer; a jti written to a file another worker
        # may be writing to. Keys in the trust file and jtis in memory: at once.
        pool = self.fetching if self.trust.may_fetch(header) else self.writing if self.trust.seen.db else None
        try:
            if pool is None:
                self.trust.verify(header, base + path, session)
            else:
                await asyncio.get_running_loop().run_in_executor(pool, self.trust.verify, header, base + path, session)
        except Unauthorized as exc:
            return JSONResponse({"error": str(exc)}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return None

    async def _read(self, receive):
        """The whole body, or a 413 response once it passes the case limit."""
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return b"", JSONResponse(
                    {
                        "error": f"the body is larger than the limit of {self.max_bytes:,} bytes "
                        f"(set {env_var('case_bytes')} to change it)"
                    },
                    status_code=413,
                )
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks), None


def _replay(body: bytes, receive):
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


#: How `run` hands the settings to worker processes (worker_app reads them back).
SETTINGS_ENV = "PVDKG_SERVE_SETTINGS"


def worker_app() -> Guard:
    """The app of one uvicorn worker process (--workers N): the settings `run` put in
    SETTINGS_ENV, the knowledge loaded in this process."""
    app = create_app(Settings(**json.loads(os.environ[SETTINGS_ENV])))
    freeze_heap()
    return app


def check_base_url(settings: Settings) -> None:
    """With a trust file, the service's public base URL must be given: every token's `aud` is
    checked against it. Built from a request's Host header instead, a token issued for another
    service of the same issuer would pass here by naming that service's host."""
    if not settings.trust:
        return
    if not settings.base_url:
        raise ServeError(
            "--trust needs --base-url URL, the service's public base URL that every token's aud "
            "names (a request's Host header is the caller's to choose)"
        )
    parts = urlsplit(settings.base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ServeError(f"--base-url {settings.base_url}: not an http(s) URL with a host (and no query)")


def check_settings(settings: Settings) -> None:
    """The settings refused before the server starts (ServeError), a --feedback-db file that
    cannot be opened too. Several processes share nothing in memory: an in-memory feedback
    database (feedback on a card another worker issued would be refused) and, with --trust, the
    JWT jti accepted (a replay sent to another worker would pass). So --workers above 1 needs
    a --feedback-db file, which holds both (pvdkg.serve.security.SeenJti)."""
    check_base_url(settings)
    if settings.workers < 1:
        raise ServeError(f"--workers must be at least 1, not {settings.workers}")
    if not 1 <= settings.batch <= 256:
        raise ServeError(f"--batch must be from 1 to 256, not {settings.batch}")
    if not 0 <= settings.derive_processes <= 64:
        raise ServeError(f"--derive-processes must be from 0 to 64, not {settings.derive_processes}")
    if settings.feedback_db != ":memory:":  # open it here: a worker's failure would be a traceback
        try:  # a file that is not a database fails on its first statement, not on connect
            with closing(sqlite3.connect(settings.feedback_db)) as db:
                db.execute("PRAGMA schema_version")
        except sqlite3.Error as exc:
            raise ServeError(f"--feedback-db {settings.feedback_db}: cannot be opened: {exc}") from None
    if settings.workers == 1:
        return
    if settings.feedback_db == ":memory:":
        raise ServeError("--workers above 1 needs --feedback-db FILE (an in-memory database is one per process)")


def run(settings: Settings) -> None:
    """Start uvicorn on the settings' address (loopback only unless a trust file is given)."""
    import dataclasses

    import uvicorn

    if not settings.trust and not is_loopback(settings.host):
        raise ServeError(f"refusing to listen on {settings.host} without --trust FILE (loopback only by default)")
    check_settings(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    options = {"host": settings.host, "port": settings.port, "access_log": False, "log_level": "warning"}
    if settings.workers > 1:
        os.environ[SETTINGS_ENV] = json.dumps(dataclasses.asdict(settings))
        uvicorn.run(f"{__name__}:worker_app", factory=True, workers=settings.workers, **options)
        return
    try:
        app = create_app(settings)
    except TrustError as exc:
        raise ServeError(str(exc)) from None
    freeze_heap()
    uvicorn.run(app, **options)
