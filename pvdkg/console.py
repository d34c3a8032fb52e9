"""Writing to the terminal: each line whole, its control characters escaped, and Ctrl-C
deferred until the line is written (a report cut in the middle of a line would read as a
different line).
"""

from __future__ import annotations

import os
import signal
import sys

from .render import escape_controls


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
