"""`pvdkg query` made safe to run: the query file read with bounds, SERVICE refused
unless allowed, and the query run in a child process that is stopped at the timeout.

Made easy to write: the prefixes of the ontology files and of the mapping set's curie_map
are declared for every query (a PREFIX line is prepended for each one the query does not
declare itself; nothing else of the query text is ever written by Python), and a syntax
error is one line naming the line and column of the query file as the author wrote it.

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


class FormatMismatch(QueryError):
    """A --format the query's form has no writer for (turtle for a SELECT, table for nothing)."""


# --- default prefixes -------------------------------------------------------------------

MAPPING_SET = "ontology/mappings/pvdkg.sssom.yml curie_map"


def default_prefixes(root: Path | None = None) -> list[tuple[str, str, str]]:
    """(prefix, namespace, where it is declared) of the ontology files and the mapping set,
    by prefix; where both declare a prefix the ontology's namespace is used."""
    from .knowledge import load
    from .mappings import load_metadata

    found: dict[str, tuple[str, list[str]]] = {}
    for prefix, iri in load(root).prefixes:
        found[prefix] = (iri, ["ontology"])
    for prefix, iri in load_metadata(root).get("curie_map", {}).items():
        if prefix not in found:
            found[prefix] = (iri, [MAPPING_SET])
        elif found[prefix][0] == iri:
            found[prefix][1].append(MAPPING_SET)
    return [(p, iri, ", ".join(where)) for p, (iri, where) in sorted(found.items(), key=lambda kv: kv[0].lower())]


_COMMENT = re.compile(r"(^|\s)#[^\n\r]*")
_DECLARED = re.compile(r"\bPREFIX\s+((?:[^\W\d][\w.-]*)?)\s*:", re.IGNORECASE)


def with_prefixes(text: str, prefixes: list[tuple[str, str, str]]) -> tuple[str, int]:
    """The query with one line declaring each default prefix it does not declare itself,
    and the number of lines added (0 or 1) to take off the line of an error."""
    declared = {m.group(1) for m in _DECLARED.finditer(_COMMENT.sub(r"\1", text))}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri, _ in prefixes if p not in declared]
    return (" ".join(missing) + "\n" + text, 1) if missing else (text, 0)


_AT = re.compile(r"^error at (\d+):(\d+):\s*")
_CHAR_CLASS = re.compile(r"\[[^\]]*\]")
# what may hold a colon without being a prefixed name (strings, IRIs, comments, variables),
# then a prefixed name's prefix and colon
_PNAMES = re.compile(
    r"""
      "{3}.*?"{3} | '{3}.*?'{3} | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*'
    | <[^<>"{}|^`\\\s]*> | \#[^\n\r]* | [?$]\w+
    | (?<![\w.\-?$])(?P<prefix>(?:[^\W\d][\w.-]*)?):(?!//)
""",
    re.VERBOSE | re.DOTALL,
)


def undeclared_prefix(text: str) -> tuple[str, int] | None:
    """The first prefix the query uses without declaring it, and the line it is used on."""
    declared = {m.group(1) for m in _DECLARED.finditer(_COMMENT.sub(r"\1", text))}
    for m in _PNAMES.finditer(text):
        prefix = m.group("prefix")
        if prefix is not None and prefix not in declared:
            before = text[: m.start()]
            if re.search(r"\bPREFIX\s*$", before, re.IGNORECASE):  # the declaration itself
                continue
            return prefix, before.count("\n") + 1
    return None


def syntax_message(exc: SyntaxError, text: str, added: int, name: str) -> str:
    """One line for a SPARQL syntax error, at the line of the file as written (`added`
    prepended lines taken off): an undeclared prefix is named (pyoxigraph names it for
    some positions only), pyoxigraph's list of Unicode ranges is left out."""
    missing = undeclared_prefix(text)
    if missing is not None:
        prefix, line = missing
        return (
            f"{name}: SPARQL syntax error at line {max(line - added, 1)}: the prefix '{prefix}:' is not declared; "
            f"add PREFIX {prefix}: <namespace> (pvdkg query --prefixes lists the ones declared for you)"
        )
    msg = " ".join(str(exc).split())
    m = _AT.match(msg)
    if not m:
        return f"{name}: SPARQL syntax error: {msg}"
    line, column, rest = int(m.group(1)), int(m.group(2)), msg[m.end() :]
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    words = re.sub(r"^expected (one of )?", "", _CHAR_CLASS.sub("", rest))
    expected = ", ".join(t for t in (x.strip() for x in words.split(",")) if t) or "something else"
    written = "\n".join(lines[added : max(line - 1, added)]) + "\n" + source[: max(column - 1, 0)]
    before = " ".join(written.split())[-30:]
    where = f"line {max(line - added, 1)}, column {column}"
    return f"{name}: SPARQL syntax error at {where}, after '{before}': expected {expected}"


# --- what a query reads --------------------------------------------------------------------


def named_iris(text: str) -> set[str]:
    """The IRIs a query names (from rdflib's algebra of it; empty when rdflib cannot read it)."""
    try:
        from rdflib import URIRef
        from rdflib.plugins.sparql.algebra import translateQuery
        from rdflib.plugins.sparql.parser import parseQuery

        algebra = translateQuery(parseQuery(text)).algebra
    except Exception:  # noqa: BLE001 - rdflib's grammar is not pyoxigraph's: no names, no warning
        return set()
    out, stack, seen = set(), [algebra], 0
    while stack and seen < 1_000_000:
        seen += 1
        node = stack.pop()
        if isinstance(node, URIRef):
            out.add(str(node))
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, set)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
    return out


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


def run_bounded(
    store: ox.Store,
    text: str,
    write: Callable,
    timeout: float,
    allow_service: bool,
    name: str,
    added: int = 0,
    probe: bool = False,
) -> tuple[bytes, bool | None]:
    """Run `text` on `store` in a forked child stopped after `timeout` seconds; the
    child checks the query, runs it and hands the result to write(result, file).
    Returns what the child wrote and, with `probe`, whether the answer is empty (no row,
    no triple, false). `added`: lines prepended to the file's text (with_prefixes)."""
    import sys

    ctx = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):  # the child flushes what it inherits: flush it here first
        stream.flush()
    receive, send = ctx.Pipe(duplex=False)
    with tempfile.TemporaryDirectory(prefix="pvdkg-query-") as tmp:
        out = os.path.join(tmp, "answer")
        child = ctx.Process(
            target=_child, args=(store, text, write, allow_service, name, out, send, added, probe), daemon=True
        )
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
            if kind == "format":
                raise FormatMismatch(message)
            if kind != "ok":
                raise QueryError(message)
            with open(out, "rb") as fh:
                return fh.read(), message
        finally:
            if child.is_alive():
                child.kill()
            child.join(5)
            receive.close()


def _child(store, text, write, allow_service, name, out, send, added, probe) -> None:
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
        empty = _is_empty(store.query(text)) if probe else None  # a second run, on the knowledge alone
        result = store.query(text)
        with open(out, "wb") as fh:
            write(result, _Bounded(fh))
        send.send(("ok", empty))
    except SyntaxError as exc:
        send.send(("syntax", syntax_message(exc, text, added, name)))
    except FormatMismatch as exc:
        send.send(("format", f"{name}: {exc}"))
    except Exception as exc:  # noqa: BLE001 - an evaluation error, reported in one line
        send.send(("failed", f"{name}: the query failed: {exc}"))


def _is_empty(result) -> bool:
    if isinstance(result, ox.QueryBoolean):
        return not bool(result)
    return next(iter(result), None) is None
