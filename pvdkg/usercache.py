"""The user cache folder, where pvdkg keeps what it derived once so a fresh process need not
derive it again: the check verdicts (pvdkg.gate) and the code tables' index (pvdkg.codes).

Why a module of its own: both layers write there, and the lowest of them (pvdkg.codes) may
import nothing above it. Every file is JSON that its reader checks (a cache folder is not
trusted code); a folder that cannot be written only means nothing is cached.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """PVDKG_CACHE_DIR, else the user cache folder (XDG_CACHE_HOME, ~/.cache; LOCALAPPDATA on Windows)."""
    if os.environ.get("PVDKG_CACHE_DIR"):
        return Path(os.environ["PVDKG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA") or Path.home() / ".cache"
    return Path(base) / "pvdkg"


def write_json(path: Path, data: dict) -> None:
    """Atomically, and quietly when the cache folder cannot be written (then nothing is cached)."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:  # a half-written file is not left behind (a full disk, say)
            with contextlib.suppress(OSError):
                os.unlink(tmp)
