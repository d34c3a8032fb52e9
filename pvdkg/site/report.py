"""What building the site returns or raises (kept light: the API imports it on every start)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class SiteError(Exception):
    """The site cannot be built (a missing program or package, an unwritable folder): one clear message, exit 2."""


@dataclass
class SiteReport:
    """What was written: the folder, its files and how long it took."""

    folder: Path
    pages: list[str] = field(default_factory=list)
    seconds: float = 0.0
