"""Writing to the terminal: many results as lines with their counts (ResultWriter); each line whole, its control characters escaped, and Ctrl-C
deferred until the line is written (a report cut in the middle of a line would read as a
different line).
"""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter

from . import render
from .api import load
from .render import escape_controls

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2  # pySHACL's convention: ok, violations, load or usage error


class _Interrupts:
    """Ctrl-C while a line is being written waits until the line is complete."""

    owner = 0  # the process that handles Ctrl-C (forked workers ignore it)
    deferring = False
    pending = False


def _on_sigint(signum, frame) -> None:
    if os.getpid() != _Interrupts.owner:
        return
    if _Interrupts.deferring:
        _Interrupts.pending = True
        return
    raise KeyboardInterrupt


def say(*lines: str, err: bool = False) -> None:
    """The one place messages are written: each argument is one line, its control
    characters escaped (user text cannot forge a line), written whole (Ctrl-C waits)."""
    data = "".join(escape_controls(line) + "\n" for line in lines)
    stream = sys.stderr if err else sys.stdout
    _Interrupts.deferring = True
    try:
        stream.write(data)
    finally:
        _Interrupts.deferring = False
    if _Interrupts.pending:
        _Interrupts.pending = False
        raise KeyboardInterrupt


def handle_sigint():
    """Ctrl-C raises KeyboardInterrupt in this process only (forked workers, which
    inherit the handler, ignore it) and never in the middle of a line. Returns the
    previous handler (None when this is not the main thread)."""
    _Interrupts.owner, _Interrupts.pending = os.getpid(), False
    try:
        return signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread: leave signals alone
        return None


def flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass


class ResultWriter:
    """Writes many results (json lines or a CSV summary) or their audit findings, and keeps the counts."""

    def __init__(self, fmt: str, audit_only: bool):
        self.fmt, self.audit_only = fmt, audit_only
        self.words = load().vocabulary
        self.counts, self.per_statement, self.flagged = Counter(), Counter(), 0
        self.seen: set[str] = set()
        self.asked: dict[str, tuple[set, set]] = {}  # field -> (patients asked for it, rules waiting on it)
        self.csv = fmt == "csv" and not audit_only
        if self.csv:
            say(render.csv_header(self.words))

    def skipped(self, item) -> None:
        """Report a case that could not be read, is invalid, or whose patient is deceased."""
        self.counts["cases"] += 1
        if item.error:
            self.counts["unreadable"] += 1
            say(f"skipped: {item.error}", err=True)
        elif item.checked is not None and item.checked.deceased is not None:
            self.counts["deceased"] += 1
            say(f"skipped: {item.origin}: {item.checked.deceased}", err=True)
        elif not item.valid:
            self.counts["invalid"] += 1
            say(*(f"skipped: {item.origin}: {r}" for r in item.checked.results), err=True)

    @property
    def lines(self) -> bool:
        """Whether this writer takes results as their JSON lines, written by the workers (write_line)."""
        return self.fmt == "json" and not self.audit_only

    def _first(self, patient: str) -> bool:
        if patient in self.seen:
            self.counts["duplicate"] += 1
            say(f"skipped: {patient} appears more than once", err=True)
            return False
        self.seen.add(patient)
        self.counts["derived"] += 1
        return True

    def write_line(self, patient: str, line: str) -> None:
        """A result already written as its JSON line (render.result_ndjson)."""
        if self._first(patient):
            say(line)

    def write(self, patient: str, result) -> None:
        if not self._first(patient):
            return
        if not self.audit_only:
            say(render.csv_row(result, self.words) if self.csv else render.result_ndjson(result))
            return
        for u in result.undecided:
            for field in u.ask:
                patients, rules = self.asked.setdefault(field, (set(), set()))
                patients.add(patient)
                rules.add(u.recommendation)
        findings = [a for a in result.audit if a.finding in self.words.flagging_findings]
        if not findings:
            return
        self.flagged += 1
        for a in findings:
            self.per_statement.update(a.recommendations or ["patient"])
        say(*render.audit_findings(patient, findings, self.fmt))

    def completeness(self) -> None:
        """The audit's data-completeness part: per case field, how many patients the
        knowledge would ask for it and which rules wait on it, most patients first."""
        rows = sorted(((f, len(p), sorted(r)) for f, (p, r) in self.asked.items()), key=lambda t: (-t[1], t[0]))
        say(*render.completeness(rows, self.fmt))

    def summary(self, what: str = "cases") -> int:
        c = self.counts
        if self.audit_only:
            self.completeness()
        text = (
            f"{c['cases']} {what}: {c['derived']} derived, {c['invalid']} invalid, {c['unreadable']} unreadable"
            + (f", {c['duplicate']} duplicate ids" if c["duplicate"] else "")
            + (f", {c['deceased']} deceased" if c["deceased"] else "")
        )
        if self.audit_only:
            text += f"; {self.flagged} patients with findings"
            if self.per_statement:
                text += "; per statement: " + ", ".join(f"{k} {v}" for k, v in sorted(self.per_statement.items()))
        say(text, err=True)
        return EXIT_VIOLATIONS if c["invalid"] or c["unreadable"] else EXIT_OK
