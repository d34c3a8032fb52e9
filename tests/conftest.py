"""Shared test helpers: run a case (a dict, as in a case file) through the pipeline."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from pvdkg.pipeline import recommend_files

ROOT = Path(__file__).resolve().parent.parent

#: The prefixes of a Turtle snippet added to a copy of the knowledge (a new statement, a broken one).
KB_PREFIXES = """
@prefix pvdkg: <https://w3id.org/pvdkg/ontology#> .
@prefix kb: <https://w3id.org/pvdkg/kb/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""

# the real Virtuoso server fixture (`virtuoso`), started on loopback when a test asks for it
pytest_plugins = ["virtuoso_server"]


def fresh_python(code: str) -> str:
    """What `code` prints when run in a fresh interpreter (nothing imported or loaded yet); its
    failure fails the test with the traceback."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now (for a server a test starts)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_process(
    *options: str, port: int | None = None, stderr=subprocess.DEVNULL, limit: float = 180
) -> tuple[subprocess.Popen, str]:
    """`pvdkg serve --port P *options` in a process of its own (P `port`, or a free one), once
    its /health answers 200: (the process, its URL). Its log goes to `stderr` (text; subprocess.PIPE to read it), stdout
    nowhere; a process that ends or does not answer within `limit` seconds fails the test."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "pvdkg", "serve", "--port", str(port), *options]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, text=True)
    deadline = time.monotonic() + limit
    while True:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "the server ended"
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        if time.monotonic() >= deadline:
            proc.kill()
            raise AssertionError("the server did not start")
        time.sleep(0.2)


def canonical_quads(store) -> set:
    """An embedded store's quads with its blank nodes named canonically: each store loads the
    knowledge's blank nodes with ids of its own (pvdkg.stores.embedded.EmbeddedStore._fresh)."""
    import pyoxigraph as ox

    dataset = ox.Dataset(store.db)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return set(dataset)


def write_case(tmp_path: Path, case: dict, name: str | None = None) -> Path:
    path = tmp_path / f"{name or case.get('id', 'case')}.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def recommend_case(tmp_path: Path, case: dict, engine: str = "rules") -> dict:
    """The JSON result of one valid case (fails the test if the case is invalid)."""
    checked, results = recommend_files([write_case(tmp_path, case)], engine=engine)
    assert checked[0].valid, [str(r) for r in checked[0].results]
    (result,) = results.values()
    return result.to_json()


def entry(result: dict, intervention: str) -> dict | None:
    """The result's entry for one intervention, or None when it has none."""
    return next((e for e in result["interventions"] if e["intervention"] == intervention), None)


def status(result: dict, intervention: str) -> str | None:
    e = entry(result, intervention)
    return e["status"] if e else None


@pytest.fixture
def run(tmp_path):
    """run(case_dict, engine='rules') -> result dict."""
    return lambda case, engine="rules": recommend_case(tmp_path, case, engine)


def empty_remote(server, timeout: float = 120):
    """A RemoteStore on the test Virtuoso with every pvdkg graph dropped (a clean start)."""
    from pvdkg.stores.base import GRAPH
    from pvdkg.stores.sparql import RemoteStore

    remote = RemoteStore(server.query_url, server.update_url, server.user, server.password, timeout=timeout)
    for row in remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
        if row["g"].startswith(GRAPH):
            remote.update(f"DROP SILENT GRAPH <{row['g']}>")
    return remote


@pytest.fixture(params=["embedded", "virtuoso"])
def store(request):
    """Each store kind the derivation runs in: embedded pyoxigraph, and the real Virtuoso (emptied)."""
    if request.param == "embedded":
        from pvdkg.stores.embedded import EmbeddedStore

        return EmbeddedStore()
    return empty_remote(request.getfixturevalue("virtuoso"))
