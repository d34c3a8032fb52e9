"""pvdkg serve: a CDS Hooks 2.0 service and a REST API on the same derivation as the CLI.

Modules: app (the FastAPI app, limits, logging, errors), hooks (discovery, prefetch
-> FHIR Bundle), cards (a result -> CDS Hooks cards), security (JWT bearer tokens of
trusted CDS Clients), feedback (an append-only SQLite file), rest (/recommend,
/validate, /statements, /health). It reads the knowledge only through pvdkg.api.
"""

from .app import ServeError, Settings, create_app, run

__all__ = ["ServeError", "Settings", "create_app", "run"]
