"""pvdkg: a clinical knowledge graph with reasoning for peripheral vascular
disease with extensive distal calcification.

The public API (pvdkg.api): `load()` the knowledge once, then `recommend(case)`,
`validate(case)` and, on the loaded Knowledge, cohorts, stores and the knowledge
check; results are typed (pvdkg.results) and written by pvdkg.render.
"""

__version__ = "0.1.0"

from .api import Knowledge, Outcome, load, recommend, validate  # noqa: E402  (after __version__: the CLI reads it)
from .results import AuditFinding, Caution, Conflict, Entry, Result, Undecided, Unmapped, Vocabulary  # noqa: E402

__all__ = [
    "Knowledge",
    "Outcome",
    "load",
    "recommend",
    "validate",
    "Result",
    "Entry",
    "Conflict",
    "Caution",
    "AuditFinding",
    "Undecided",
    "Unmapped",
    "Vocabulary",
    "__version__",
]
