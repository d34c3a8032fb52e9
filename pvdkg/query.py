"""`pvdkg query` made safe to run: the query file read with bounds, SERVICE refused
unless allowed, and the query run in a child process that is stopped at the timeout.

pyoxigraph evaluates a query in Rust without looking at signals or clocks: a
cartesian product, or a SERVICE call to a silent server, would run for minutes and
ignore Ctrl-C. The query therefore runs in a forked child (it inherits the reasoned
store, nothing is copied) that writes the formatted answer to a file; this process
waits at most `timeout` seconds and kills the child if it is not done.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

#: The largest query file read (bytes) and the largest answer written (bytes).
QUERY_LIMIT = 1 << 20
ANSWER_LIMIT = 1 << 30


class QueryError(Exception):
    """A query that cannot be read, is refused, fails or takes too long (exit code 2)."""


def read_query(path: str | Path) -> str:
    """The text of a .rq file: at most QUERY_LIMIT bytes of UTF-8 text without NUL bytes."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(QUERY_LIMIT + 1)
    except OSError as exc:
        raise QueryError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > QUERY_LIMIT:
        raise QueryError(f"{path}: larger than {QUERY_LIMIT} bytes, not a SPARQL query")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not UTF-8 text (byte {exc.start}), not a SPARQL query") from None
    if "\x00" in text:
        raise QueryError(f"{path}: a binary file (it holds NUL bytes), not a SPARQL query")
    return text


# SPARQL tokens that may contain the word SERVICE without being the keyword: strings,
# IRIs, comments, variables, prefixed names. What is left is keywords and punctuation.
_TOKENS = re.compile(
    r"""
      "{3}.*?"{3} | '{3}.*?'{3}                        # long strings
    | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*'    # strings
    | <[^<>"{}|^`\\\s]*>                               # IRIs
    | \#[^\n\r]*                                       # comments
    | [?$]\w+                                          # variables
    | (?:[^\W\d][\w.-]*)?:[\w.:%\\-]*                  # prefixed names
    | (?P<service>\bSERVICE\b)
""",
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)


def uses_service(text: str) -> bool:
    """Whether the query has a SERVICE pattern: read from rdflib's parse of the query;
    for a query rdflib cannot parse, from its tokens (strings, IRIs, comments and names
    taken out), which may refuse a query that only looks like using SERVICE."""
    try:
        from rdflib.plugins.sparql.parser import parseQuery

        tree = parseQuery(text)
    except Exception:  # noqa: BLE001 - rdflib's grammar is not pyoxigraph's; fall back to tokens
        return any(m.group("service") for m in _TOKENS.finditer(text))
    return _has_service(tree)


def _has_service(tree) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    stack, seen = [tree], 0
    while stack:
        seen += 1
        if seen > 1_000_000:  # a bound: a tree this large is refused rather than walked on
            return True
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
    return False


class _Bounded:
    """A binary file that refuses to grow past ANSWER_LIMIT bytes."""

    def __init__(self, fh):
        self.fh, self.size = fh, 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > ANSWER_LIMIT:
            raise OSError(f"the answer is larger than {ANSWER_LIMIT} bytes")
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()


def run_bounded(store: ox.Store, text: str, write: Callable, timeout: float, allow_service: bool, name: str) -> bytes:
    """Run `text` on `store` in a forked child stopped after `timeout` seconds; the
    child checks the query, runs it and hands the result to write(result, file).
    Returns what the child wrote."""
    import sys

    ctx = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):  # the child flushes what it inherits: flush it here first
        stream.flush()
    receive, send = ctx.Pipe(duplex=False)
    with tempfile.TemporaryDirectory(prefix="pvdkg-query-") as tmp:
        out = os.path.join(tmp, "answer")
        child = ctx.Process(target=_child, args=(store, text, write, allow_service, name, out, send), daemon=True)
        child.start()
        send.close()
        try:
            if not receive.poll(timeout):
                raise QueryError(
                    f"{name}: no answer within the timeout ({timeout:g} s); stopped (raise it with --timeout)"
                )
            try:
                kind, message = receive.recv()
            except EOFError:
                raise QueryError(
                    f"{name}: the query process ended without an answer (exit code {child.exitcode})"
                ) from None
            if kind != "ok":
                raise QueryError(message)
            with open(out, "rb") as fh:
                return fh.read()
        finally:
            if child.is_alive():
                child.kill()
            child.join(5)
            receive.close()


def _child(store, text, write, allow_service, name, out, send) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        if not allow_service and uses_service(text):
            send.send(
                (
                    "refused",
                    f"{name}: the query uses SERVICE, which sends requests to other "
                    "servers; give --allow-service to allow it",
                )
            )
            return
        result = store.query(text)
        with open(out, "wb") as fh:
            write(result, _Bounded(fh))
        send.send(("ok", None))
    except SyntaxError as exc:
        send.send(("syntax", f"{name}: SPARQL syntax error: {exc}"))
    except Exception as exc:  # noqa: BLE001 - an evaluation error, reported in one line
        send.send(("failed", f"{name}: the query failed: {exc}"))
