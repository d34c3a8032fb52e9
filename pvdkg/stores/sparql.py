"""A remote store: any SPARQL 1.1 endpoint, reached with SPARQLWrapper.

RemoteStore sends its queries and updates with SPARQLWrapper; it reads and checks
each answer itself (size, HTTP status, Content-Type, JSON shape). What differs
between servers is one ServerSettings object, chosen by name (`--server`) or,
with "auto", detected from the HTTP Server header by detect_server.
"""

from __future__ import annotations

import http.client
import io
import json
import math
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
import warnings
from dataclasses import dataclass

from .base import GraphStore, StoreError

XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


@dataclass(frozen=True)
class ServerSettings:
    """What one kind of SPARQL server needs that the standard does not say."""

    scratch_prologue: str = ""  # put before an update that writes only a scratch graph


#: The server kinds by name. Virtuoso: `define sql:log-enable 2` is log_enable(2), autocommit
#: without the transaction log (docs.openlinksw.com/virtuoso/fn_log_enable), what its
#: bulk loader uses: 3x faster inserts at 10,000 patients, and no transaction image
#: limit (SR325). A scratch graph left half-written by a crash is dropped anyway.
SERVERS = {
    "generic": ServerSettings(),
    "virtuoso": ServerSettings(scratch_prologue="DEFINE sql:log-enable 2\n"),
}


def detect_server(server_header: str) -> ServerSettings:
    """The settings of the product an HTTP Server header names ('Virtuoso/08.03 (Linux) ...');
    generic ones for any other, or before the first answer."""
    product = server_header.split("/", 1)[0].strip().lower()
    return SERVERS.get(product, SERVERS["generic"])


#: What a query answer may be: SPARQL 1.1 Query Results JSON (some stores say application/json).
RESULTS_TYPES = ("application/sparql-results+json", "application/json")
#: The largest answer read (bytes): a bound, far above a 100,000-patient cohort's results.
ANSWER_LIMIT = 1 << 30
ERROR_BODY_LIMIT = 64 * 1024


def check_endpoint_url(url: str) -> str:
    """An endpoint must be an http(s) URL with a host: not a file, not a bare word."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise StoreError(f"{url}: not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise StoreError(f"{url}: not an http:// or https:// URL of a SPARQL endpoint")
    return url


def _read_bounded(resp, limit: int) -> bytes:
    """The body, read in pieces, at most limit bytes (None past the limit)."""
    chunks, size = [], 0
    while True:
        chunk = resp.read(1 << 20)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _store_words(body: bytes | None, mime: str) -> str:
    """The store's own words from an error answer, on one short line."""
    if not body:
        return ""
    text = body.decode("utf-8", errors="replace")
    if mime in ("text/html", "application/xhtml+xml"):
        text = re.sub(r"(?s)<(script|style)\b.*?</\1>|<[^>]*>", " ", text)
    return " ".join(text.split())[:300]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is reported, not followed (it could lead anywhere, and drops a POST's body)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class _KeepErrorAnswer(urllib.request.HTTPDefaultErrorHandler):
    """A non-2xx answer: its first ERROR_BODY_LIMIT bytes are read and kept (for the message),
    then raised as urllib does, so SPARQLWrapper sees its usual HTTPError."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        try:
            body = _read_bounded(fp, ERROR_BODY_LIMIT) if fp else b""
        except Exception:  # noqa: BLE001 - an error page we cannot read
            body = b""
        finally:
            if fp:
                fp.close()
        _EXCHANGE.error_answer = (code, hdrs.get_content_type() if hdrs else "", body, hdrs)
        raise urllib.error.HTTPError(req.full_url, code, msg, hdrs, io.BytesIO(body or b""))


#: What a RemoteStore request thread holds: that it is one (`opener`), and the non-2xx answer it got.
_EXCHANGE = threading.local()
_OPENER = urllib.request.build_opener(_NoRedirect(), _KeepErrorAnswer())


def _sparqlwrapper():
    """SPARQLWrapper's module, its `urlopener` set (once) to open RemoteStore's requests with _OPENER.

    SPARQLWrapper opens every request with the function its module calls `urlopener` (urllib's
    urlopen; the name is kept so that it can be substituted). In a RemoteStore request thread it
    is _OPENER instead: no redirect followed, error bodies bounded and kept. Elsewhere in the
    process SPARQLWrapper keeps its own."""
    import SPARQLWrapper.Wrapper as wrapper_module

    if not getattr(wrapper_module.urlopener, "pvdkg", False):
        library_urlopen = wrapper_module.urlopener

        def urlopener(request, *args, **kwargs):
            opener = getattr(_EXCHANGE, "opener", None)
            return (opener.open if opener else library_urlopen)(request, *args, **kwargs)

        urlopener.pvdkg = True
        wrapper_module.urlopener = urlopener
    return wrapper_module


class RemoteStore(GraphStore):
    """A SPARQL 1.1 endpoint reached with SPARQLWrapper (SPARQL 1.1 Protocol: query and
    update URLs as form posts, basic auth, JSON results).

    Each request is bounded as a whole by `timeout` (connecting, sending, and reading
    the complete answer; an endpoint that drips bytes cannot stretch it), every answer
    is read here, size-capped, and checked (HTTP status, Content-Type, JSON shape) before
    use, and any failure is a StoreError naming the endpoint."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 60.0,
        server: str = "auto",
    ):
        if server != "auto" and server not in SERVERS:
            raise StoreError(f"unknown server kind {server!r}: one of auto, {', '.join(SERVERS)}")
        self.query_url = check_endpoint_url(query_url)
        self.update_url = check_endpoint_url(update_url or query_url)
        self.user, self.password, self.timeout = user, password, timeout
        self.server = server  # a name of SERVERS, or "auto": from the Server header
        self.server_header = ""  # the endpoint's HTTP Server header, from its first answer

    def _wrapper(self, url: str, text: str, update: bool, default_graph: str | None = None):
        """A SPARQLWrapper for one POST of `text` (a URL-encoded form: query= or update=) to url."""
        sw = _sparqlwrapper()
        w = sw.SPARQLWrapper(url)
        w.setMethod(sw.POST)
        w.setRequestMethod(sw.URLENCODED)
        w.setReturnFormat(sw.JSON)
        w.setOnlyConneg(True)  # the Accept header only, no format/output parameters
        w.setTimeout(math.ceil(self.timeout))  # per socket operation; the whole request: _send
        if self.user:
            w.setHTTPAuth(sw.BASIC)
            w.setCredentials(self.user, self.password or "")
        if default_graph:
            w.addParameter("default-graph-uri", default_graph)
        with warnings.catch_warnings():  # its guess of the query form (a warning if none)
            warnings.simplefilter("ignore")
            w.setQuery(text)
        w.queryType = sw.INSERT if update else sw.SELECT  # not guessed: an update may start WITH or DEFINE
        return w

    def _send(self, w, url: str) -> tuple[str, bytes]:
        """Send through SPARQLWrapper; (media type, body) of the 2xx answer.
        A worker thread does the request; this thread waits for it at most `timeout`."""
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        box: dict = {}

        def fetch() -> None:
            _EXCHANGE.opener, _EXCHANGE.error_answer = _OPENER, None
            try:
                with w.query().response as resp:  # the raw answer, read here, bounded
                    box["answer"] = (
                        resp.status,
                        resp.headers.get_content_type(),
                        _read_bounded(resp, ANSWER_LIMIT),
                        resp.headers,
                    )
            except BaseException as exc:  # noqa: BLE001 - reported by the waiting thread
                box["error"] = exc
                # a non-2xx answer, whether SPARQLWrapper raised urllib's HTTPError for it or its own
                # QueryBadFormed, Unauthorized, EndPointNotFound, URITooLong or EndPointInternalError
                if _EXCHANGE.error_answer and isinstance(exc, (urllib.error.HTTPError, SPARQLWrapperException)):
                    box["answer"] = _EXCHANGE.error_answer

        worker = threading.Thread(target=fetch, name="pvdkg-request", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if worker.is_alive():  # left behind: a daemon thread ends with the process
            raise StoreError(f"{url}: no complete answer within the timeout ({self.timeout:g} s)")
        if "answer" not in box:
            raise StoreError(f"{url}: {self._describe(box['error'])}") from None
        status, mime, body, answer_headers = box["answer"]
        if 200 <= status < 300:
            self.server_header = self.server_header or (answer_headers.get("Server", "") if answer_headers else "")
            if body is None:
                raise StoreError(f"{url}: the answer is larger than {ANSWER_LIMIT} bytes")
            return mime, body
        if 300 <= status < 400:
            where = answer_headers.get("Location", "") if answer_headers else ""
            raise StoreError(
                f"{url}: answered HTTP {status}, a redirect to {where or 'elsewhere'} "
                "(not followed: give the endpoint's own URL)"
            )
        words = _store_words(body, mime)
        raise StoreError(f"{url}: answered HTTP {status}" + (f" ({words})" if words else ""))

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, (TimeoutError, socket.timeout)):
            return f"no complete answer within the timeout ({self.timeout:g} s)"
        if isinstance(exc, urllib.error.URLError):
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                return f"cannot reach the endpoint within the timeout ({self.timeout:g} s)"
            return f"cannot reach the endpoint ({reason})"
        if isinstance(exc, http.client.RemoteDisconnected):
            return "closed the connection without an answer"
        if isinstance(exc, http.client.BadStatusLine):
            return "did not answer HTTP (is this a SPARQL endpoint?)"
        if isinstance(exc, http.client.IncompleteRead):
            return "the answer ended early (incomplete)"
        if isinstance(exc, (http.client.HTTPException, OSError)):
            return f"cannot reach the endpoint ({exc or type(exc).__name__})"
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        if isinstance(exc, SPARQLWrapperException):  # one line: its message without the answer's body
            return f"{type(exc).__name__}: {exc.msg}"
        return f"request failed ({type(exc).__name__}: {exc})"

    def select(self, text: str, default_graph: str | None = None) -> list[dict[str, str]]:
        mime, body = self._send(self._wrapper(self.query_url, text, False, default_graph), self.query_url)
        url = self.query_url
        if not body.strip():
            raise StoreError(f"{url}: the answer is empty, not SPARQL results")
        if mime not in RESULTS_TYPES:
            raise StoreError(
                f"{url}: answered {mime or 'no Content-Type'}, not SPARQL JSON results (is this the SPARQL endpoint?)"
            )
        try:
            doc = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise StoreError(f"{url}: the answer is not JSON ({exc})") from None
        return solution_rows(doc, url)

    def update(self, text: str) -> None:
        self._send(self._wrapper(self.update_url, text, True), self.update_url)

    @property
    def settings(self) -> ServerSettings:
        """What this endpoint's server needs: the one named, or detected from its answers."""
        return SERVERS[self.server] if self.server != "auto" else detect_server(self.server_header)

    def scratch_update(self, text: str) -> None:
        self.update(self.settings.scratch_prologue + text)


def solution_rows(doc, url: str) -> list[dict[str, str]]:
    """The rows of SPARQL JSON results, every part checked; values as strings (booleans 'true'/'false')."""
    results = doc.get("results") if isinstance(doc, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(bindings, list) or not isinstance(doc.get("head", {}), dict):
        raise StoreError(f"{url}: the answer is JSON but not SPARQL SELECT results (no results.bindings list)")
    rows = []
    for binding in bindings:
        if not isinstance(binding, dict):
            raise StoreError(f"{url}: the answer has a solution that is not an object")
        row = {}
        for name, value in binding.items():
            if not isinstance(value, dict) or not isinstance(value.get("value"), str):
                raise StoreError(f"{url}: the answer has a binding of ?{name} without a string value")
            v = value["value"]
            if value.get("datatype") == XSD_BOOLEAN:
                v = {"1": "true", "0": "false"}.get(v, v)
            row[name] = v
        rows.append(row)
    return rows
