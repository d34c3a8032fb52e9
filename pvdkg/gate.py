"""The knowledge gate: everything `pvdkg check` finds, located in the files, and the verdict
each command that uses the knowledge asks for first.

Why a gate: a knowledge base that fails its checks gives wrong results quietly (a
misspelled fact in a population never fires; a fact used as an intervention is listed
as one). So `recommend`, `validate`, `query`, `audit`, `load` and `serve` refuse it
(KnowledgeRejected, exit 2, naming `pvdkg check`). The verdict is cached in the user
cache folder by a digest of the knowledge files (and of the checking code), so a warm
command pays for reading and hashing the files only (a few milliseconds).

API:
    check(reasoner=None, coverage=0, seed=0) -> Report
        SHACL shapes/kb.ttl and queries/qc over the knowledge and the mapping set; with the
        reasoner (None: when owlready2 and Java are there) HermiT's consistency,
        satisfiability and equivalent populations; with coverage N, the rules no one of N
        synthetic patients meets. Each finding with its file and line when found there.
    require_clean()    raises KnowledgeRejected when the (cached) verdict has violations.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from . import qc, reason
from .knowledge import KnowledgeError, knowledge_root, ontology_files, query_header, read_query, real_root
from .stores.embedded import EmbeddedStore
from .usercache import cache_dir, write_json


class KnowledgeRejected(KnowledgeError):
    """The knowledge has violations: commands refuse it until `pvdkg check` is clean (exit 2)."""


@dataclass(frozen=True)
class Finding:
    """One problem of the knowledge: where it is (file and line, relative to the knowledge
    folder, when the subject or the offending name is found in a file), what is wrong."""

    path: str
    message: str
    severity: str = "violation"
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: " if self.file else ""
        return f"{where}{self.path}: {self.message}"


@dataclass
class Report:
    root: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "violation"]


# --- Where a name is written -------------------------------------------------------------

_PREFIX = re.compile(r"^\s*(?:@prefix|PREFIX)\s+([\w.-]*):\s*<([^>]*)>", re.I | re.M)
MAPPING_SET = Path("ontology") / "mappings" / "pvdkg.sssom.tsv"
_PVDKG = "https://w3id.org/pvdkg/"  # every pvdkg namespace


class Locator:
    """The first line of the knowledge files (Turtle, then the SSSOM mapping set) where an
    IRI is written, as <iri> or prefix:local; a line that starts with it (its subject) first."""

    def __init__(self, root: Path):
        self.root = root
        self.files: list[tuple[str, list[str], dict[str, str]]] = []
        for path in [*ontology_files(root), root / MAPPING_SET]:
            try:
                text = path.read_text(encoding="utf-8")
            except OSError:
                continue
            prefixes = {p: ns for p, ns in qc.PREFIXES.items() if p in ("pvdkg", "kb")}
            prefixes.update(dict(_PREFIX.findall(text)))
            self.files.append((path.relative_to(root).as_posix(), text.splitlines(), prefixes))

    @lru_cache(maxsize=4096)  # noqa: B019 - one Locator per check
    def find(self, iri: str) -> tuple[str | None, int | None]:
        for at_start in (True, False):
            for rel, lines, prefixes in self.files:
                tokens = [f"<{iri}>"] + [f"{p}:{iri[len(ns) :]}" for p, ns in prefixes.items() if iri.startswith(ns)]
                pattern = re.compile(
                    ("^\\s*" if at_start else "(?<![\\w:.-])")
                    + "(?:"
                    + "|".join(re.escape(t) for t in tokens)
                    + ")(?![\\w-]|\\.[\\w-])"
                )
                for n, line in enumerate(lines, 1):
                    if pattern.search(line):
                        return rel, n
        return None, None


def _expand(shown: str) -> str:
    """A prefixed name of qc.PREFIXES back to its IRI (kb:R05 -> https://.../kb/R05)."""
    prefix, _, local = shown.partition(":")
    return qc.PREFIXES[prefix] + local if prefix in qc.PREFIXES and not local.startswith("//") else shown


# --- The checks --------------------------------------------------------------------------


def check(reasoner: bool | None = None, coverage: int = 0, seed: int = 0) -> Report:
    """Everything wrong with the knowledge of knowledge_root() (see the module docstring)."""
    root = real_root()
    store = EmbeddedStore.with_knowledge(root, mappings=True)
    where = Locator(root)
    report = Report(root)
    for r in qc.validate_kb(qc.knowledge_graph(store.db), root):
        at = where.find(r.focus) if r.focus and "://" in r.focus else where.find(_expand(r.path.split(" ")[0]))
        report.findings.append(Finding(r.path, r.message, r.severity, *at))
    locate_value = {c for c in qc.qc_checks(root) if query_header(qc.qc_query(c, root)).get("locate") == "value"}
    for row in qc.run_qc(store.db, root):
        v = row.as_validation_result()
        target = row.value if row.check in locate_value and row.value else row.entity
        report.findings.append(Finding(v.path, v.message, v.severity, *where.find(target)))
    if reasoner is None:
        reasoner = reasoner_available()
        if not reasoner:
            report.findings.append(Finding("knowledge", "not checked by HermiT: needs owlready2 and Java", "warning"))
    if reasoner:
        if not reasoner_available():
            raise KnowledgeError("--reasoner needs owlready2 (pip install 'pvdkg[dl]') and Java")
        report.findings += reasoner_findings(store, where)
    if reasoner is not False or not reasoner_available():  # what verdict() would find: remember it
        _remember(root, report.violations)
    if coverage:
        report.findings += coverage_findings(coverage, seed, where)
    return report


def reasoner_available() -> bool:
    try:
        import owlready2  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


def reasoner_findings(store: EmbeddedStore, where: Locator) -> list[Finding]:
    """HermiT over the facts and populations: consistency (violation), unsatisfiable
    populations and classes (violation), populations of two statements that hold the
    same patients (warning)."""
    consistent, unsatisfiable, groups = reason.check_classes(store)
    if not consistent:
        return [Finding("knowledge", "is inconsistent: no patient can exist (HermiT)")]
    populations = store.select(read_query("check/populations.rq"))
    out: list[Finding] = []
    named = {p["value"] for p in populations}
    for p in populations:
        if _node(p["value"]) in unsatisfiable:
            out.append(
                Finding(
                    f"{qc.shorten(p['entity'])} {qc.shorten(p['property'])}",
                    "population is unsatisfiable: no patient can be in it (HermiT)",
                    "violation",
                    *where.find(p["entity"]),
                )
            )
    for cls in sorted(c for c in unsatisfiable if c.startswith(_PVDKG) and c not in named):
        out.append(Finding(qc.shorten(cls), "class is unsatisfiable (HermiT)", "violation", *where.find(cls)))
    for group in groups:
        held = [p for p in populations if _node(p["value"]) in group]
        for i, a in enumerate(held):
            for b in held[i + 1 :]:
                if a["entity"] != b["entity"] and a["value"] != b["value"]:
                    out.append(
                        Finding(
                            f"{qc.shorten(a['entity'])} {qc.shorten(a['property'])}",
                            f"population holds the same patients as {qc.shorten(b['entity'])}'s (HermiT)",
                            "warning",
                            *where.find(a["entity"]),
                        )
                    )
    return out


def _node(value: str) -> str:
    """A population as check_classes names classes: an IRI, or '_:' and a blank node id."""
    return value if "://" in value else f"_:{value}"


def coverage_findings(n: int, seed: int, where: Locator) -> list[Finding]:
    """The rules that no one of n synthetic patients (`pvdkg synth n --seed seed`) meets."""
    from .cohort import read_cohort  # imported here: a gated command does not need the cohort reader
    from .synth import synth_ndjson

    store = EmbeddedStore.with_knowledge()
    with tempfile.TemporaryDirectory() as tmp:
        cohort = Path(tmp) / "synth.ndjson"
        cohort.write_text("".join(line + "\n" for line in synth_ndjson(n, seed)), encoding="utf-8")
        for item in read_cohort(cohort):
            if item.valid:
                store.add_ntriples(item.checked.ntriples)
    reason.reason(store)
    return [
        Finding(
            f"{qc.shorten(r['entity'])} pvdkg:population",
            f"rule met by none of {n} synthetic patients (seed {seed}): no valid patient may meet it",
            "warning",
            *where.find(r["entity"]),
        )
        for r in store.select(read_query("check/rules-met-by-no-patient.rq"))
    ]


# --- The verdict, cached -----------------------------------------------------------------

_CHECKING_CODE = ("gate.py", "qc.py", "reason.py")
#: What check() reads (folders, walked, and files): the verdict depends on these alone, so
#: an edit of the case shapes or of the FHIR or CDS policy keeps it (no new check).
VERDICT_INPUTS = (
    "ontology",  # the Turtle files, walked; of ontology/mappings/ only the SSSOM set below
    "ontology/mappings/pvdkg.sssom.tsv",
    "ontology/mappings/pvdkg.sssom.yml",
    "shapes/kb.ttl",
    "queries/qc",
    "queries/knowledge",
    "queries/check",
    "queries/reason",
)


def knowledge_digest(root: Path) -> str:
    """A digest of the files check() reads (names and bytes) and of the code that checks them."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _CHECKING_CODE:
        h.update((here / name).read_bytes())
    for rel in VERDICT_INPUTS:
        for path in _files(os.path.join(root, rel), skip=os.path.join(root, "ontology", "mappings")):
            with open(path, "rb") as fh:
                h.update(os.path.relpath(path, root).encode() + b"\0" + hashlib.sha256(fh.read()).digest())
    return h.hexdigest()[:32]


def _files(top: str, skip: str) -> list[str]:
    """A file, or the files under a folder in a stable order (os.walk, not pathlib: this runs
    before every gated command); `skip` is a folder left out of the walk."""
    if os.path.isfile(top):
        return [top]
    out = []
    for folder, dirs, names in os.walk(top):
        dirs[:] = sorted(d for d in dirs if os.path.join(folder, d) != skip)
        out += [os.path.join(folder, n) for n in sorted(names) if n.endswith((".ttl", ".rq", ".ru"))]
    return out


_VERDICTS: dict[str, list[Finding]] = {}


def verdict(root: Path | None = None) -> list[Finding]:
    """The violations of the knowledge (empty when it may be used), from the cache when the
    files are unchanged; else checked now (reasoner when available, no coverage) and cached."""
    root = real_root(root)
    digest = knowledge_digest(root)
    if digest in _VERDICTS:
        return _VERDICTS[digest]
    try:
        path = cache_dir() / "verdicts" / f"{digest}.json"
        found = [Finding(**f) for f in json.loads(path.read_text(encoding="utf-8"))["violations"]]
    except (OSError, ValueError, TypeError, KeyError):
        found = check().violations  # remembered by check()
    _VERDICTS[digest] = found
    return found


def _remember(root: Path, violations: list[Finding]) -> None:
    digest = knowledge_digest(root)
    _VERDICTS[digest] = violations
    write_json(
        cache_dir() / "verdicts" / f"{digest}.json", {"root": str(root), "violations": [asdict(f) for f in violations]}
    )


def require_clean() -> None:
    """Raise KnowledgeRejected when the knowledge has violations (the first named)."""
    found = verdict()
    if found:
        raise KnowledgeRejected(
            f"the knowledge in {knowledge_root()} has {len(found)} violation(s), first {found[0]}; "
            "run `pvdkg check` to see them all, and fix them before using it"
        )
