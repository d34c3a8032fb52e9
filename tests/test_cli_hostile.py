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
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pvdkg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pvdkg", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout)


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

    def log_message(self, *args):      # quiet
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        kind = self.behaviour
        if kind == "silent":            # never answers
            self.release.wait(120)
            return
        if kind == "not-http":
            self.wfile.write(b"\x00\x01garbage that is not HTTP\r\n\r\n")
            return
        body = {"html": b"<!doctype html><html><body><h1>Welcome</h1></body></html>",
                "garbage": b"\x89PNG\r\n\x1a\n{{{ not json",
                "not-results": b'{"hello": "world"}',
                "empty": b"",
                "drip": b" " * 3600}[kind]
        mime = {"html": "text/html; charset=utf-8", "empty": "application/sparql-results+json"}.get(
            kind, "application/sparql-results+json")
        self.send_response(200)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if kind == "drip":
            for i in range(len(body)):
                if self.release.wait(1):
                    return
                self.wfile.write(body[i:i + 1])
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


@pytest.mark.parametrize("behaviour, words", [
    ("html", ["answered text/html, not SPARQL JSON results"]),
    ("garbage", ["the answer is not JSON"]),
    ("not-results", ["not SPARQL SELECT results"]),
    ("empty", ["the answer is empty"]),
    ("not-http", ["did not answer HTTP"]),
])
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
    assert elapsed < 3 + 15, elapsed      # 3 s and the start of Python, not one read per byte


def test_remote_store_timeout_in_process(endpoint):
    from pvdkg.stores import RemoteStore, StoreError
    store = RemoteStore(endpoint("drip"), timeout=2)
    start = time.monotonic()
    with pytest.raises(StoreError, match="no complete answer"):
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - start < 4


@pytest.mark.parametrize("url", ["not-a-url", "file:///etc/passwd", "ftp://example.org/sparql", "http://"])
def test_endpoint_that_is_not_an_http_url(url):
    one_error(pvdkg("audit", "--endpoint", url), url, "not an http:// or https:// URL")


def test_update_endpoint_that_is_not_an_http_url():
    one_error(pvdkg("load", "--endpoint", "http://127.0.0.1:9/sparql", "--update-endpoint", "file:///etc/passwd"),
              "file:///etc/passwd")


@pytest.mark.parametrize("value", ["0", "-3", "nan", "inf"])
def test_bad_timeout_is_a_usage_error(value):
    one_error(pvdkg("audit", "--endpoint", "http://127.0.0.1:9/sparql", "--timeout", value), "--timeout")
