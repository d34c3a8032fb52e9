"""The command line against hostile input (issue 10): misbehaving SPARQL endpoints, queries
that reach out or never end, usage mistakes, control characters, Ctrl-C.

Every test asserts the exit code, the one `pvdkg: error: ...` line and no traceback.
The endpoints are real HTTP servers on loopback (http.server in a thread), one per way
of misbehaving: HTML, garbage, an empty body, one byte a second, never answering.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parent.parent


def pvdkg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pvdkg", *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout
    )


def one_error(proc: subprocess.CompletedProcess, *words: str) -> str:
    """The run ended with exit 2 and exactly one `pvdkg: error:` line naming `words`."""
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pvdkg: error: "), proc.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- misbehaving endpoints


class _Handler(http.server.BaseHTTPRequestHandler):
    behaviour = "html"
    release: threading.Event

    def log_message(self, *args):  # quiet
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        kind = self.behaviour
        if kind == "silent":  # never answers
            self.release.wait(120)
            return
        if kind == "not-http":
            self.wfile.write(b"\x00\x01garbage that is not HTTP\r\n\r\n")
            return
        body = {
            "html": b"<!doctype html><html><body><h1>Welcome</h1></body></html>",
            "garbage": b"\x89PNG\r\n\x1a\n{{{ not json",
            "not-results": b'{"hello": "world"}',
            "empty": b"",
            "drip": b" " * 3600,
        }[kind]
        mime = {"html": "text/html; charset=utf-8", "empty": "application/sparql-results+json"}.get(
            kind, "application/sparql-results+json"
        )
        self.send_response(200)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if kind == "drip":
            for i in range(len(body)):
                if self.release.wait(1):
                    return
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
        else:
            self.wfile.write(body)


@pytest.fixture
def endpoint():
    """endpoint(behaviour) -> URL of a real local HTTP server that behaves so."""
    servers = []
    release = threading.Event()

    def start(behaviour: str) -> str:
        handler = type(f"Handler_{behaviour}", (_Handler,), {"behaviour": behaviour, "release": release})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/sparql"

    yield start
    release.set()
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "behaviour, words",
    [
        ("html", ["answered text/html, not SPARQL JSON results"]),
        ("garbage", ["the answer is not JSON"]),
        ("not-results", ["not SPARQL SELECT results"]),
        ("empty", ["the answer is empty"]),
        ("not-http", ["did not answer HTTP"]),
    ],
)
def test_endpoint_answering_nonsense_is_one_error(endpoint, behaviour, words):
    url = endpoint(behaviour)
    line = one_error(pvdkg("audit", "--endpoint", url, "--timeout", "10"), *words)
    assert line.startswith(f"pvdkg: error: {url}: ")


@pytest.mark.parametrize("behaviour", ["drip", "silent"])
def test_timeout_bounds_the_whole_request(endpoint, behaviour):
    url = endpoint(behaviour)
    start = time.monotonic()
    proc = pvdkg("audit", "--endpoint", url, "--timeout", "3")
    elapsed = time.monotonic() - start
    one_error(proc, url, "no complete answer within the timeout (3 s)")
    assert elapsed < 3 + 15, elapsed  # 3 s and the start of Python, not one read per byte


def test_remote_store_timeout_in_process(endpoint):
    from pvdkg.stores.sparql import RemoteStore, StoreError

    store = RemoteStore(endpoint("drip"), timeout=2)
    start = time.monotonic()
    with pytest.raises(StoreError, match="no complete answer"):
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - start < 4


@pytest.mark.parametrize("url", ["not-a-url", "file:///etc/passwd", "ftp://example.org/sparql", "http://"])
def test_endpoint_that_is_not_an_http_url(url):
    one_error(pvdkg("audit", "--endpoint", url), url, "not an http:// or https:// URL")


def test_update_endpoint_that_is_not_an_http_url():
    one_error(
        pvdkg("load", "--endpoint", "http://127.0.0.1:9/sparql", "--update-endpoint", "file:///etc/passwd"),
        "file:///etc/passwd",
    )


@pytest.mark.parametrize("value", ["0", "-3", "nan", "inf"])
def test_bad_timeout_is_a_usage_error(value):
    one_error(pvdkg("audit", "--endpoint", "http://127.0.0.1:9/sparql", "--timeout", value), "--timeout")


class _Scripted(http.server.BaseHTTPRequestHandler):
    """Answers every POST with answers[path] = (status, headers, body) and records the request."""

    answers: dict
    seen: list

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.seen.append((self.path, dict(self.headers), body))
        status, headers, answer = self.answers[self.path]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST


@pytest.fixture
def scripted():
    """scripted(answers) -> (base URL, requests seen) of a local server answering as told."""
    servers = []

    def start(answers: dict) -> tuple[str, list]:
        seen: list = []
        handler = type("Scripted", (_Scripted,), {"answers": answers, "seen": seen})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


RESULTS = {"Content-Type": "application/sparql-results+json"}


def test_remote_store_posts_forms_with_auth_and_default_graph(scripted):
    import base64
    from urllib.parse import parse_qs

    from pvdkg.stores.sparql import RemoteStore

    answer = b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": "urn:a"}}]}}'
    base, seen = scripted({"/q": (200, RESULTS, answer), "/u": (204, {}, b"")})
    store = RemoteStore(base + "/q", base + "/u", "pvdkg", "secret", timeout=10)
    assert store.select("SELECT ?s WHERE { ?s ?p ?o }", default_graph="urn:g") == [{"s": "urn:a"}]
    store.update("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    (qpath, qheaders, qbody), (upath, uheaders, ubody) = seen
    assert qheaders["User-Agent"].startswith("sparqlwrapper")  # SPARQLWrapper is the transport
    assert qheaders["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert qheaders["Accept"].startswith("application/sparql-results+json")
    assert (
        qheaders["Authorization"] == uheaders["Authorization"] == "Basic " + base64.b64encode(b"pvdkg:secret").decode()
    )
    assert parse_qs(qbody.decode()) == {"query": ["SELECT ?s WHERE { ?s ?p ?o }"], "default-graph-uri": ["urn:g"]}
    assert parse_qs(ubody.decode()) == {"update": ["WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"]}
    assert store.server_header.startswith("BaseHTTP/")  # the Server header of its first answer


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_is_reported_not_followed(scripted, status):
    from pvdkg.stores.sparql import RemoteStore, StoreError

    base, seen = scripted(
        {
            "/q": (status, {"Location": "/elsewhere"}, b""),
            "/elsewhere": (200, RESULTS, b'{"results": {"bindings": []}}'),
        }
    )
    with pytest.raises(StoreError, match=rf"answered HTTP {status}, a redirect to /elsewhere \(not followed"):
        RemoteStore(base + "/q", user="u", password="p", timeout=10).select("SELECT * WHERE { ?s ?p ?o }")
    assert [path for path, _, _ in seen] == ["/q"]  # nothing sent where it pointed (nor the credentials)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 414, 500, 503])
def test_http_error_is_one_line_with_the_stores_words(scripted, status):
    from pvdkg.stores.sparql import RemoteStore, StoreError

    page = b"<html><head><style>p {}</style></head><body><h1>Virtuoso 37000 Error</h1>\n<p>SP030: bad</p></body></html>"
    base, _ = scripted({"/q": (status, {"Content-Type": "text/html"}, page + b"x" * 1000)})
    with pytest.raises(StoreError) as exc:
        RemoteStore(base + "/q", timeout=10).update("CLEAR GRAPH <urn:g>")
    assert str(exc.value).startswith(f"{base}/q: answered HTTP {status} (Virtuoso 37000 Error SP030: bad xxx")
    assert "\n" not in str(exc.value) and len(str(exc.value)) < 400


def test_cli_http_error_is_one_error_line(scripted):
    base, _ = scripted({"/q": (500, {"Content-Type": "text/plain"}, b"Virtuoso 42000 Error\nSR325: too big\n")})
    one_error(
        pvdkg("audit", "--endpoint", base + "/q", "--timeout", "10"),
        f"{base}/q: answered HTTP 500 (Virtuoso 42000 Error SR325: too big)",
    )


def test_answer_over_the_size_limit_is_refused(scripted, monkeypatch):
    from pvdkg.stores import sparql as stores

    monkeypatch.setattr(stores, "ANSWER_LIMIT", 1000)
    base, _ = scripted({"/q": (200, RESULTS, b'{"results": {"bindings": []}}' + b" " * 2000)})
    with pytest.raises(stores.StoreError, match="the answer is larger than 1000 bytes"):
        stores.RemoteStore(base + "/q", timeout=10).select("SELECT * WHERE { ?s ?p ?o }")


# ---------------------------------------------------------------- pvdkg query


def _rq(tmp_path, text: str | bytes, name: str = "q.rq") -> str:
    path = tmp_path / name
    (path.write_bytes if isinstance(text, bytes) else lambda t: path.write_text(t, encoding="utf-8"))(text)
    return str(path)


def test_query_with_service_is_refused_without_sending_anything(tmp_path, endpoint):
    silent = endpoint("silent")
    q = _rq(tmp_path, f"SELECT * WHERE {{ SERVICE <{silent}> {{ ?s ?p ?o }} }}")
    start = time.monotonic()
    one_error(pvdkg("query", q), "uses SERVICE", "--allow-service")
    assert time.monotonic() - start < 60


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p ?o . service <http://127.0.0.1:9/x> { ?s ?p ?o } }",  # lower case
        "PREFIX x: <urn:x#>\nSELECT * WHERE { { ?s ?p ?o } UNION { SERVICE SILENT <http://127.0.0.1:9/x> { ?s x:a ?o } } }",
    ],
)
def test_service_found_anywhere_in_the_query(text):
    from pvdkg.query import uses_service

    assert uses_service(text)


@pytest.mark.parametrize(
    "text",
    [
        "# SERVICE <http://example.org/> in a comment\nSELECT * WHERE { ?s ?p ?o } LIMIT 1",
        'SELECT * WHERE { ?s ?p "SERVICE <http://example.org/>" }',
        "PREFIX ex: <http://example.org/>\nSELECT ?service WHERE { ?service a ex:SERVICE }",
    ],
)
def test_service_in_comments_strings_and_names_is_no_service(text):
    from pvdkg.query import uses_service

    assert not uses_service(text)


def test_service_runs_with_allow_service_and_the_timeout_stops_it(tmp_path, endpoint):
    silent = endpoint("silent")
    q = _rq(tmp_path, f"SELECT * WHERE {{ SERVICE <{silent}> {{ ?s ?p ?o }} }}")
    start = time.monotonic()
    one_error(pvdkg("query", q, "--allow-service", "--timeout", "3"), "no answer within the timeout (3 s)")
    assert time.monotonic() - start < 60


def test_cartesian_query_is_stopped_at_the_timeout(tmp_path):
    q = _rq(tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    start = time.monotonic()
    one_error(pvdkg("query", q, "--timeout", "2"), "q.rq: no answer within the timeout (2 s)")
    assert time.monotonic() - start < 60


def test_ask_prints_true_or_false_and_json_boolean(tmp_path, capsys):
    from pvdkg.cli import main

    yes = _rq(tmp_path, "ASK { ?s ?p ?o }", "yes.rq")
    no = _rq(tmp_path, "ASK { <urn:nothing> ?p ?o }", "no.rq")
    assert main(["query", yes]) == 0 and capsys.readouterr().out == "true\n"
    assert main(["query", no]) == 0 and capsys.readouterr().out == "false\n"
    assert main(["query", yes, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"head": {}, "boolean": True}


def test_construct_as_turtle_json_ld_and_ntriples(tmp_path, capsys):
    from pvdkg.cli import main

    q = _rq(
        tmp_path, "CONSTRUCT { <https://w3id.org/pvdkg/kb/R18> ?p ?o } WHERE { <https://w3id.org/pvdkg/kb/R18> ?p ?o }"
    )
    assert main(["query", q, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc[0]["@id"] == "https://w3id.org/pvdkg/kb/R18"
    assert main(["query", q, "--format", "csv"]) == 0
    assert all(line.startswith("<https://w3id.org/pvdkg/kb/R18> ") for line in capsys.readouterr().out.splitlines())
    assert main(["query", q]) == 0  # Turtle, with the default prefixes
    turtle = capsys.readouterr().out
    assert "@prefix kb: <https://w3id.org/pvdkg/kb/> ." in turtle
    subjects = {t.subject.value for t in ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)}
    assert subjects == {"https://w3id.org/pvdkg/kb/R18"}


@pytest.mark.parametrize(
    "content, words",
    [
        (b"\x89PNG\r\n\x1a\n\xff\xfe\x00binary", "not UTF-8 text"),
        (b"SELECT * WHERE { ?s ?p ?o }\x00\x00", "binary file"),
    ],
)
def test_binary_query_file(tmp_path, content, words):
    one_error(pvdkg("query", _rq(tmp_path, content)), words)


def test_query_file_too_large_or_a_folder(tmp_path):
    from pvdkg.query import QUERY_LIMIT

    one_error(pvdkg("query", _rq(tmp_path, "#" * (QUERY_LIMIT + 1))), "larger than")
    one_error(pvdkg("query", str(tmp_path)), "cannot read")


def test_query_syntax_error_is_one_line(tmp_path):
    one_error(pvdkg("query", _rq(tmp_path, "SELECT WHERE {")), "SPARQL syntax error")


# ---------------------------------------------------------------- usage mistakes and output hygiene


@pytest.mark.parametrize("option", ["--workers", "--batch-size"])
def test_negative_workers_or_batch_size(tmp_path, option):
    cohort = tmp_path / "c.ndjson"
    cohort.write_text('{"id": "a1", "presentation": "clti"}\n', encoding="utf-8")
    one_error(pvdkg("recommend", "--cohort", str(cohort), option, "-3"), f"{option} must be 1 or more")


@pytest.mark.parametrize("command", [["synth", "2"], ["export"]])
def test_output_into_a_missing_folder(tmp_path, command):
    target = tmp_path / "missing" / "out.txt"
    one_error(pvdkg(*command, "-o", str(target)), f"cannot write {target}", "No such file or directory")
    assert not target.parent.exists()


FORGED = "\nother.json: valid"


def test_control_characters_in_a_key_cannot_forge_a_line(tmp_path):
    case = tmp_path / "evil.json"
    case.write_text(json.dumps({"id": "e1", "presentation": "clti", FORGED: 1, "x\x1b[31m": 2}), encoding="utf-8")
    proc = pvdkg("validate", str(case))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == f"{case}: invalid"
    assert "other.json: valid" not in [line.split(": ", 1)[-1] for line in lines]
    assert not any(line.startswith("other.json") for line in lines)
    assert any(line.startswith("\\nother.json: valid: is not a known field") for line in lines), lines
    assert "\x1b" not in proc.stdout and "x\\u001b[31m: is not a known field" in proc.stdout


def test_control_characters_in_a_value_and_a_file_name_are_escaped(tmp_path):
    case = tmp_path / "bad\rname.json"
    case.write_text(json.dumps({"id": "e2", "presentation": "clti\u2028x"}), encoding="utf-8")
    proc = pvdkg("recommend", str(case))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "\r" not in proc.stdout and "\u2028" not in proc.stdout
    assert "presentation: 'clti\\u2028x' is not one of" in proc.stdout
    assert "bad\\rname.json: invalid patient" in proc.stdout


def test_invalid_patient_header_and_violations_share_one_stream(tmp_path):
    case = tmp_path / "v.json"
    case.write_text(json.dumps({"id": "v1"}), encoding="utf-8")
    proc = pvdkg("recommend", str(case))
    assert proc.returncode == 1 and proc.stderr == ""
    assert proc.stdout.splitlines() == [f"{case}: invalid patient, no recommendations:", "presentation: is required"]


def test_error_messages_escape_control_characters():
    proc = pvdkg("audit", "--endpoint", "file:///etc/passwd\n pvdkg: all good")
    line = one_error(proc, "not an http:// or https:// URL")
    assert "passwd\\n pvdkg: all good" in line


def test_ctrl_c_ends_a_cohort_with_one_line_and_exit_130(tmp_path):
    cohort = tmp_path / "big.ndjson"
    assert pvdkg("synth", "3000", "-o", str(cohort)).returncode == 0
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pvdkg",
            "recommend",
            "--cohort",
            str(cohort),
            "--format",
            "json",
            "--workers",
            "2",
            "--batch-size",
            "20",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
        bufsize=0,
    )  # unbuffered: communicate() below gets every byte after the first line
    first = proc.stdout.readline()  # results are coming: a batch is done, others under way
    assert first.startswith(b"{")
    os.killpg(proc.pid, signal.SIGINT)  # as the terminal does: the whole process group
    out, err = proc.communicate(timeout=60)
    text = (first + out).decode("utf-8")
    assert proc.returncode == 130, err
    assert err.decode().strip().splitlines() == ["pvdkg: interrupted"]
    assert text.endswith("\n")
    for line in text.splitlines():
        json.loads(line)  # complete lines only
    assert len(text.splitlines()) < 3000


def test_ctrl_c_stops_a_running_query(tmp_path):
    q = _rq(tmp_path, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    proc = subprocess.Popen(
        [sys.executable, "-m", "pvdkg", "query", q],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
    )
    time.sleep(8)  # the store is built and the query runs
    os.killpg(proc.pid, signal.SIGINT)
    start = time.monotonic()
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and out == b""
    assert err.decode().strip().splitlines() == ["pvdkg: interrupted"]
    assert time.monotonic() - start < 10
    with pytest.raises(ProcessLookupError):  # the query's process is gone too (its group is empty)
        os.killpg(proc.pid, 0)


def test_query_output_escapes_controls_the_format_leaves(tmp_path, capsys):
    from pvdkg.cli import main

    q = _rq(tmp_path, 'SELECT ?v WHERE { VALUES ?v { "a\\u001bb\\u2028c" } }')
    for fmt in ("table", "csv", "json"):
        assert main(["query", q, "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\u2028" not in out, (fmt, out)
    assert main(["query", q, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"]["bindings"][0]["v"]["value"] == "a\x1bb\u2028c"


def test_huge_timeout_is_a_usage_error():
    one_error(pvdkg("query", "nope.rq", "--timeout", "1e300"), "--timeout must be")
