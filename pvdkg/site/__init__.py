"""`pvdkg docs -o DIR`: a static documentation site of the knowledge, built offline.

Pages: an index, the ontology reference (pyLODE), the SHACL shapes, one page per
statement (its actions, population as words and as a class expression, COR/LOE,
citations resolved or not, source sentence, evidence, named test patients), the
intervention hierarchy (Graphviz SVG), the mapping table, the namespace table and
the case and result formats (docs/*.md). Plain HTML and one CSS file: no CDN, no
script, so it opens from a folder and can be published as it is.

Why a package beside export and not in the CLI: the HTTP service or a script can
build the same site through the API (pvdkg.api.Knowledge.docs).
"""

from __future__ import annotations

from pathlib import Path

from .report import SiteError, SiteReport


def build_site(out: Path, root: Path | None = None) -> SiteReport:
    """Write the site into `out` (Jinja2, pyLODE and Graphviz are imported only now)."""
    from .build import build_site as build

    return build(out, root)


__all__ = ["SiteError", "SiteReport", "build_site"]
