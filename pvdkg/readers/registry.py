"""The one table of input formats, and the readers that choose from it.

A single case (pipeline.check -> read_case) and a cohort (pvdkg.cohort ->
read_raw, read_entry) choose the same way: by suffix (FORMATS), and for
JSON/YAML data by content (a FHIR Bundle has `resourceType: Bundle`, anything
else is a case). A cohort is a folder (every file with a FORMATS suffix) or an
NDJSON file (one JSON case or Bundle a line, at most PVDKG_MAX_LINE_BYTES).
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.plugins.serializers.nt import _nt_row

from pvdkg.limits import env_var

from .fhir import convert_bundle, is_bundle
from .mapper import PathMap, map_case, map_case_triples, triples_graph
from .rdf import read_rdf_patient
from .schema import CaseSchema, case_schema
from .text import CaseLoadError, input_limits, load_data, one_line, open_regular, parse_data, parse_json, within_limit


@dataclass(frozen=True)
class Format:
    """One input format: its name (the parser's: json, yaml, or rdflib's), suffixes, kind."""

    name: str
    suffixes: tuple[str, ...]
    kind: str  # "data": JSON/YAML, a case or (by content) a FHIR Bundle; "rdf": a patient graph


FORMATS = (
    Format("json", (".json",), "data"),
    Format("yaml", (".yaml", ".yml"), "data"),
    Format("turtle", (".ttl",), "rdf"),
    Format("json-ld", (".jsonld", ".json-ld"), "rdf"),
    Format("nt", (".nt",), "rdf"),
)
BY_SUFFIX = {s: f for f in FORMATS for s in f.suffixes}
#: Suffixes of the files a cohort folder holds as cases.
CASE_SUFFIXES = tuple(BY_SUFFIX)


def file_format(path: Path) -> Format:
    """The format of a file by its suffix; CaseLoadError naming the known ones."""
    suffix = path.suffix.lower()
    fmt = BY_SUFFIX.get(suffix)
    if fmt is None:
        known = ", ".join(sorted(BY_SUFFIX))
        raise CaseLoadError(f"{path}: unknown file type {suffix or '(none)'!r}; use one of {known}")
    return fmt


def read_case(
    path: str | Path, ontology_graph: Graph | None = None, as_of: date | None = None
) -> tuple[Graph, PathMap]:
    """Read a case (.json .yaml .yml), a FHIR Bundle (.json) or an RDF patient
    (.ttl .jsonld .json-ld .nt).

    Returns the patient graph and its PathMap; pathmap.issues holds the
    problems found while reading (empty for RDF). Raises CaseLoadError when the
    file cannot be read or parsed, or is not a case; PatientDeceased when a FHIR
    record says the patient died by `as_of` (FHIR is read as of that date, default today)."""
    path = Path(path)
    fmt = file_format(path)
    schema = case_schema(ontology_graph)
    if fmt.kind == "rdf":
        return read_rdf_patient(path, fmt.name, schema)
    return _map_loaded(load_data(path, fmt.name), path, schema, as_of)


def read_case_bytes(
    data: bytes, name: str, ontology_graph: Graph | None = None, as_of: date | None = None
) -> tuple[Graph, PathMap]:
    """read_case() of a patient held in memory (any FORMATS: a case, a FHIR Bundle, an RDF
    patient), read as a file called `name` would be (its suffix the format, its name in
    messages): the service writes no patient to disk. Raises CaseLoadError and
    PatientDeceased as read_case does."""
    path = Path(name)
    fmt = file_format(path)
    schema = case_schema(ontology_graph)
    if fmt.kind == "rdf":
        return read_rdf_patient(path, fmt.name, schema, data)
    return _map_loaded(parse_data(within_limit(data, path), fmt.name, path), path, schema, as_of)


def _map_loaded(data: Any, path: Path, schema: CaseSchema, as_of: date | None) -> tuple[Graph, PathMap]:
    try:
        return map_data(data, schema, as_of)
    except CaseLoadError as e:
        raise CaseLoadError(f"{path}: {e}") from None


def map_data(data: Any, schema: CaseSchema, as_of: date | None = None) -> tuple[Graph, PathMap]:
    """Map parsed data: a case, or a FHIR R4 Bundle (converted first; its unmapped codings kept)."""
    triples, pathmap = map_parsed(data, schema, as_of)
    return triples_graph(triples), pathmap


def map_parsed(data: Any, schema: CaseSchema, as_of: date | None = None) -> tuple[Graph | list[tuple], PathMap]:
    """The one choice by content: a Bundle is converted and mapped to a graph, a case
    to its triples (no graph built: the cohort needs only N-Triples for most patients)."""
    if not is_bundle(data):
        return map_case_triples(data, schema)
    converted = convert_bundle(data, schema, as_of)
    graph, pathmap = map_case(converted.case, schema)
    pathmap.unmapped = converted.unmapped
    pathmap.facts = converted.facts()
    pathmap.issues.extend(converted.issues)
    return graph, pathmap


# ---------------------------------------------------------------- cohorts

#: One raw case: (origin, NDJSON line or None, file path or None). The line is a
#: CaseLoadError when the line itself cannot be read (too long, not UTF-8).
Raw = tuple[str, "str | CaseLoadError | None", str | None]


@dataclass
class Entry:
    """One cohort case read and mapped: its patient graph (files, FHIR) or triples (JSON lines)."""

    origin: str
    pathmap: PathMap
    ntriples: bytes
    triples: object


def read_raw(path: str | Path) -> Iterator[Raw]:
    """The cases of a folder (every case file, sorted) or an NDJSON file (a case a line), unparsed.

    In a folder every entry with a case suffix that is not a folder is a case
    (a FIFO or a device is then refused as that case, not skipped silently)."""
    path = Path(path)
    if path.is_dir():
        for p in sorted(path.iterdir()):
            if p.suffix.lower() in BY_SUFFIX and not p.is_dir():
                yield str(p), None, str(p)
        return
    limit = input_limits().line_bytes
    with open_regular(path, "a cohort (a folder or an NDJSON file)") as fh:
        number = 0
        while True:
            try:
                chunk = fh.readline(limit + 1)
            except OSError as exc:
                raise CaseLoadError(f"{path}: cannot read: {exc.strerror or exc}") from None
            if not chunk:
                return
            number += 1
            origin = f"{path}:{number}"
            if len(chunk) > limit and not chunk.endswith(b"\n"):
                while chunk and not chunk.endswith(b"\n"):  # the rest of the line, unread
                    chunk = fh.readline(1 << 20)
                yield (
                    origin,
                    CaseLoadError(
                        f"{origin}: longer than the limit of {limit:,} bytes (set {env_var('line_bytes')} to change it)"
                    ),
                    None,
                )
                continue
            if number == 1 and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8) :]
            try:
                line = chunk.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield origin, CaseLoadError(f"{origin}: not UTF-8: {exc.reason} at byte {exc.start}"), None
                continue
            if line.strip():
                yield origin, line, None


def read_entry(
    origin: str,
    line: str | CaseLoadError | None,
    path: str | None,
    onto: Graph,
    schema: CaseSchema,
    as_of: date | None = None,
) -> Entry:
    """Read and map one raw cohort case (CaseLoadError if it cannot be read, PatientDeceased)."""
    if path is not None:
        graph, pathmap = read_case(path, onto, as_of)
        return Entry(origin, pathmap, graph.serialize(format="nt", encoding="utf-8"), graph)
    if isinstance(line, CaseLoadError):
        raise line
    try:
        data = parse_json(line)
    except CaseLoadError as exc:
        raise CaseLoadError(f"{origin}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise CaseLoadError(f"{origin}: not JSON: {exc.msg} (column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:
        raise CaseLoadError(f"{origin}: not JSON: {one_line(exc)}") from None
    try:
        triples, pathmap = map_parsed(data, schema, as_of)
    except CaseLoadError as exc:
        raise CaseLoadError(f"{origin}: {exc}") from None
    if isinstance(triples, Graph):
        return Entry(origin, pathmap, triples.serialize(format="nt", encoding="utf-8"), triples)
    return Entry(origin, pathmap, "".join(map(_nt_row, triples)).encode(), triples)
