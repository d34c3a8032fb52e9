"""Errors answered as JSON ({"error": message, ...}), never a traceback."""

from __future__ import annotations


class ApiError(Exception):
    """An HTTP error with the message a user reads (and extra JSON fields)."""

    def __init__(self, status: int, message: str, headers: dict | None = None, **extra):
        super().__init__(message)
        self.status, self.message, self.headers, self.extra = status, message, headers, extra

    def body(self) -> dict:
        return {"error": self.message, **self.extra}
