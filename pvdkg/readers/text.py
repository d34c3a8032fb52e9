"""Reading input bytes and text safely: bounded, decoded, parsed without surprises.

Why one module: every reader (a JSON/YAML case, an RDF patient, a FHIR Bundle,
a cohort line) must refuse the same hostile input the same way: a FIFO or a
device, a file over the size limit (pvdkg.limits), a key given twice, a YAML
alias bomb, a number that would crash int() or float(), a lone surrogate.
Any failure is one line of CaseLoadError (CLI: exit 2).
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from pvdkg.limits import MAX_INT_DIGITS, LimitError, Limits, env_var, limits


class CaseLoadError(Exception):
    """The file cannot be read or parsed, or is not a case at all (CLI: exit 2)."""


class PatientDeceased(Exception):
    """The record says the patient died on or before the as-of date: no recommendations.

    A typed outcome, not a load error (CLI: exit 1, `patient is deceased (DATE)`):
    the input is fine, there is just nobody to recommend for."""

    def __init__(self, date: str | None = None, patient: str | None = None):
        super().__init__(date, patient)
        self.date = date  # as the record gives it; None: deceasedBoolean true
        self.patient = patient  # the case id

    def to_json(self) -> dict:
        """The outcome as a JSON object (--format json)."""
        return {"patient": self.patient, "deceased": True, "date": self.date, "message": str(self)}

    def __str__(self) -> str:
        return f"patient is deceased ({self.date or 'date unknown'})"


def one_line(e: BaseException) -> str:
    """An exception as one line of a message (never a traceback)."""
    return " ".join(str(e).split()) or type(e).__name__


def short_text(value: str, limit: int = 80) -> str:
    """A string for a message: quoted, cut to `limit` characters."""
    return repr(value if len(value) <= limit else value[:limit] + "...")


def input_limits() -> Limits:
    """The input limits in force (pvdkg.limits); a malformed setting is a load error."""
    try:
        return limits()
    except LimitError as e:
        raise CaseLoadError(str(e)) from None


def open_regular(path: Path, what: str = "a case file"):
    """A regular file opened for binary reading; CaseLoadError for anything else.

    A FIFO, a device, a socket or a directory is refused without reading it
    (opened non-blocking, so a FIFO without a writer cannot hang)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        if os.path.isdir(path):
            raise CaseLoadError(f"{path}: is a directory, not {what}") from None
        raise CaseLoadError(f"{path}: cannot read: {e.strerror or one_line(e)}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = (
                "a directory"
                if stat.S_ISDIR(mode)
                else "a FIFO"
                if stat.S_ISFIFO(mode)
                else "a device"
                if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket"
                if stat.S_ISSOCK(mode)
                else "not a regular file"
            )
            raise CaseLoadError(f"{path}: is {kind}, not {what}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a case file: a regular file (open_regular) of at most the case
    size limit; at most limit + 1 bytes are ever read."""
    if limit is None:
        limit = input_limits().case_bytes
    with open_regular(path) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as e:
            raise CaseLoadError(f"{path}: cannot read: {e.strerror or one_line(e)}") from None
    return within_limit(data, path, limit)


def within_limit(data: bytes, path: Path, limit: int | None = None) -> bytes:
    """The bytes of a case named `path`, or CaseLoadError when they pass the case size limit."""
    if limit is None:
        limit = input_limits().case_bytes
    if len(data) > limit:
        raise CaseLoadError(
            f"{path}: larger than the limit of {limit:,} bytes (set {env_var('case_bytes')} to change it)"
        )
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 text; a byte order mark is dropped (JSON, YAML and RDF alike)."""
    return data.decode("utf-8-sig")


def _json_int(text: str) -> int | Decimal:
    """A JSON integer; a very long one is kept as a decimal (int() of thousands
    of digits is slow and refused by Python; a float would overflow)."""
    digits = len(text) - (text[0] == "-")
    return int(text) if digits <= MAX_INT_DIGITS else Decimal(text)


def _json_float(text: str) -> float | Decimal:
    """A JSON fraction or exponent number; one beyond a float is kept as a decimal."""
    value = float(text)
    return value if math.isfinite(value) else Decimal(text)


def parse_json(text: str) -> Any:
    """JSON as case data: a key twice is an error, numbers never crash (pvdkg.limits).
    Raises CaseLoadError (from a key twice), ValueError or RecursionError."""
    if text.startswith("\ufeff"):
        text = text[1:]
    data = json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int, parse_float=_json_float)
    if _SURROGATE_ESCAPE.search(text):
        refuse_lone_surrogates(data)
    return data


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
#: A lone surrogate: no Unicode character, cannot be written out as UTF-8.
SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_lone_surrogates(data: Any) -> None:
    """ValueError for a string holding a lone surrogate (JSON allows the escape
    "\\ud800"; it is no Unicode character and cannot be written out as UTF-8)."""
    stack, seen = [data], set()
    while stack:
        value = stack.pop()
        if isinstance(value, (dict, list)):
            if id(value) in seen:  # a YAML alias: each container once (and no loop)
                continue
            seen.add(id(value))
        if isinstance(value, dict):
            stack.extend(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and SURROGATE.search(value):
            raise ValueError(
                f"{value.encode('utf-8', 'backslashreplace').decode('ascii')!r} holds a lone "
                "surrogate, not a Unicode character"
            )


def load_data(path: Path, fmt: str) -> Any:
    """Parse a JSON or YAML file; any failure is one line of CaseLoadError."""
    return parse_data(read_input_bytes(path), fmt, path)


def parse_data(data: bytes, fmt: str, path: Path) -> Any:
    """Parse the bytes of a JSON or YAML file named `path` in messages; any failure is one
    line of CaseLoadError (load_data, and a case held in memory: pvdkg.readers.read_case_bytes)."""
    try:
        text = decode_text(data)
    except UnicodeDecodeError as e:
        raise CaseLoadError(f"{path}: cannot read: {one_line(e)}") from None
    try:
        if fmt == "json":
            return parse_json(text)
        data = yaml.load(text, Loader=_UniqueKeyLoader)
        refuse_lone_surrogates(data)
        return data
    except CaseLoadError as e:
        raise CaseLoadError(f"{path}: {e}") from None
    except (ValueError, yaml.YAMLError, RecursionError) as e:
        raise CaseLoadError(f"{path}: not valid {fmt.upper()}: {one_line(e)}") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    """json object hook: a key given twice is an error, not 'the last one wins'."""
    out: dict = {}
    for k, v in pairs:
        if k in out:
            raise CaseLoadError(f"key {k!r} appears twice in one object")
        out[k] = v
    return out


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML safe loader that rejects a key given twice in one mapping, and
    aliases that would add more than the limit of nodes by expansion (an
    alias bomb: a few hundred bytes that expand to billions of nodes)."""

    def __init__(self, stream):
        super().__init__(stream)
        self._alias_budget = input_limits().yaml_alias_nodes
        self._sizes: dict[int, int] = {}  # id(node) -> nodes when expanded

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            node = super().compose_node(parent, index)
            size = self._sizes.get(id(node))
            if size is None:
                raise CaseLoadError(f"a YAML alias refers to a node that contains it (line {node.start_mark.line + 1})")
            self._alias_budget -= size
            if self._alias_budget < 0:
                limit = input_limits().yaml_alias_nodes
                raise CaseLoadError(
                    f"YAML aliases expand to more than {limit:,} nodes (line "
                    f"{node.start_mark.line + 1}; set {env_var('yaml_alias_nodes')} to change it)"
                )
            return node
        node = super().compose_node(parent, index)
        if isinstance(node, yaml.SequenceNode):
            size = 1 + sum(self._sizes.get(id(n), 1) for n in node.value)
        elif isinstance(node, yaml.MappingNode):
            size = 1 + sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1) for k, v in node.value)
        else:
            size = 1
        self._sizes[id(node)] = size
        return node

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                dup = key in seen
                seen.add(key)
            except TypeError:  # unhashable key: SafeLoader reports it below
                continue
            if dup:
                raise CaseLoadError(f"key {key!r} appears twice in one mapping (line {key_node.start_mark.line + 1})")
        return super().construct_mapping(node, deep=deep)
