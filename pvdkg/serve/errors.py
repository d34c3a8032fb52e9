"""Errors answered as JSON ({"error": message, ...}), never a traceback."""

from __future__ import annotations

import traceback


class ApiError(Exception):
    """An HTTP error with the message a user reads (and extra JSON fields)."""

    def __init__(self, status: int, message: str, headers: dict | None = None, **extra):
        super().__init__(message)
        self.status, self.message, self.headers, self.extra = status, message, headers, extra

    def body(self) -> dict:
        return {"error": self.message, **self.extra}


def for_the_log(exc: BaseException) -> str:
    """An unexpected exception as the log gets it: its type and where it was raised, never its
    message (a message may quote a case's values; the log holds ids and timings only)."""
    return f"{type(exc).__name__}\n" + "".join(traceback.format_tb(exc.__traceback__)).rstrip()
