"""The REST routes read every body in memory: no patient touches the disk, and the answer
is the CLI's for the same content in a file `request.<ext>` (its JSON bytes, its messages).

Why an audit hook: a temporary file would be written and removed within the call, so only
watching every open-for-writing (and every folder made) while the call runs shows none
happens; tempfile's folder is also pointed at an empty one and checked to stay empty.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

import httpx
import pytest
from test_serve import Running

from pvdkg.cli import main
from pvdkg.serve import Settings

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "examples" / "clti-tibial-occlusion-vein-bypass.yaml"
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class DiskWrites:
    """Every file opened for writing and folder made, from any thread, while watching."""

    def __init__(self):
        self.watching, self.seen, self.lock = False, [], threading.Lock()
        sys.addaudithook(self.hook)  # cannot be removed: it records only while watching

    def hook(self, event, args):
        if not self.watching:
            return
        if event == "open" and args[0] is not None:
            mode, flags = args[1] or "", args[2] or 0
            if any(c in str(mode) for c in "wax+") or (isinstance(flags, int) and flags & WRITE):
                with self.lock:
                    self.seen.append((event, str(args[0])))
        elif event in ("os.mkdir", "os.rename", "shutil.copyfile"):
            with self.lock:
                self.seen.append((event, str(args[0])))


@pytest.fixture(scope="module")
def server():
    running = Running(Settings())
    yield running.url
    running.stop()


@pytest.fixture(scope="module")
def writes():
    return DiskWrites()


def bodies() -> dict[str, tuple[str, str, bytes]]:
    """One patient in every format the REST API reads: name -> (suffix, Content-Type, bytes)."""
    from pvdkg.readers import read_case

    graph, _ = read_case(CASE)
    case_json = ROOT / "examples" / "clti-frail-tibial-occlusion-endovascular.json"
    return {
        "case-json": (".json", "application/json", case_json.read_bytes()),
        "case-yaml": (".yaml", "application/yaml", CASE.read_bytes()),
        "fhir": (
            ".json",
            "application/fhir+json",
            (ROOT / "examples" / "fhir" / "clti-dialysis-tibial-occlusion.json").read_bytes(),
        ),
        "turtle": (".ttl", "text/turtle", graph.serialize(format="turtle", encoding="utf-8")),
        "json-ld": (".jsonld", "application/ld+json", graph.serialize(format="json-ld", encoding="utf-8")),
        "n-triples": (".nt", "application/n-triples", graph.serialize(format="nt", encoding="utf-8")),
    }


BODIES = bodies()
#: Content the reader refuses, per format: the message must be the CLI's for request.<ext>.
BAD = {
    "case-json": b'{"id": "x", "id": "y"}',
    "case-yaml": b"id: [unclosed",
    "fhir": b'{"resourceType": "Bundle", "type": "collection", "entry": 3}',
    "turtle": b"<https://w3id.org/pvdkg/patient/x> a ",
    "json-ld": b'{"@context": "https://example.org/remote-context.jsonld", "@id": "x"}',
    "n-triples": b"this is not N-Triples\n",
}


def cli(tmp_path, monkeypatch, capsys, name: str, data: bytes, command: str = "recommend") -> tuple[int, str, str]:
    """`pvdkg COMMAND request.<ext>` (recommend: `--format json`) run in a folder holding that file."""
    (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    code = main([command, name, *(["--format", "json"] if command == "recommend" else [])])
    out, err = capsys.readouterr()
    return code, out, err


def call(server, writes, route: str, kind: str, data: bytes, tmp_path, monkeypatch) -> httpx.Response:
    """POST the body with every disk write watched and tempfile's folder an empty one."""
    empty = tmp_path / "tmpdir"
    empty.mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(empty))
    writes.seen.clear()
    writes.watching = True
    try:
        r = httpx.post(server + route, content=data, headers={"Content-Type": kind}, timeout=120)
    finally:
        writes.watching = False
    assert writes.seen == [] and list(empty.iterdir()) == []
    return r


@pytest.mark.parametrize("name", list(BODIES))
def test_recommend_reads_each_format_in_memory_as_the_cli_reads_the_file(
    server, writes, name, tmp_path, monkeypatch, capsys
):
    suffix, kind, data = BODIES[name]
    r = call(server, writes, "/recommend", kind, data, tmp_path, monkeypatch)
    code, out, err = cli(tmp_path, monkeypatch, capsys, f"request{suffix}", data)
    assert r.status_code == 200 and code == 0, (r.text[:300], err)
    assert r.content == out.encode("utf-8")


@pytest.mark.parametrize("name", list(BAD))
def test_an_unreadable_body_gets_the_clis_message_for_the_file_without_a_disk_write(
    server, writes, name, tmp_path, monkeypatch, capsys
):
    suffix, kind, _ = BODIES[name]
    for route in ("/recommend", "/validate"):
        r = call(server, writes, route, kind, BAD[name], tmp_path, monkeypatch)
        code, _, err = cli(tmp_path, monkeypatch, capsys, f"request{suffix}", BAD[name], route.strip("/"))
        assert r.status_code == 400 and code == 2, r.text
        assert f"pvdkg: error: {r.json()['error']}\n" == err
        assert r.json()["error"].startswith(f"request{suffix}: ")


def test_validate_reads_an_invalid_patient_in_memory(server, writes, tmp_path, monkeypatch):
    bad = (ROOT / "examples" / "invalid" / "claudicant-with-heel-necrosis.json").read_bytes()
    r = call(server, writes, "/validate", "application/json", bad, tmp_path, monkeypatch)
    assert r.status_code == 422 and r.json()["valid"] is False and r.json()["findings"]


def test_the_watch_sees_a_temporary_file(writes, tmp_path, monkeypatch):
    """The check can fail: a temporary file written while watching is seen."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    writes.seen.clear()
    writes.watching = True
    try:
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "request.json").write_bytes(b"{}")
    finally:
        writes.watching = False
    assert [e for e, _ in writes.seen] == ["os.mkdir", "open"]
