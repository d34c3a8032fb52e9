"""The typed result of one patient (case-format.md, Result) and the vocabulary it is written in.

Why typed: the CLI, the benchmark and the HTTP service read the same fields, so
a misspelled key is an AttributeError in a test, not a silently empty column.
`to_json()` gives exactly the contract's JSON object, keys in the contract's
order; pvdkg.render writes it in each output format.

The status vocabulary (its words and both orders: display and protective) and
which audit findings flag a patient are knowledge (ontology/evidence.ttl), read
by queries/recommend/vocabulary.rq, never string literals here; so is the
intervention hierarchy that reports group kinds by (queries/recommend/hierarchy.rq).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ValidationResult:
    """One problem of a patient (found while reading or by SHACL), located by its case path
    (`lesions[0].length`), with its severity."""

    path: str
    message: str  # contract wording, value included: "'x' is not one of a, b"
    severity: str = "violation"  # 'violation' | 'warning'
    focus: str | None = None  # IRI of the focus node (None for JSON-level problems)
    value: str | None = None  # the offending value as shown in messages

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Entry:
    """One intervention's entry (rules 3-7)."""

    intervention: str
    status: str
    cls: str | None
    level: str | None
    recommendations: list[str]
    citations: list[str]
    evidence: list[str]
    because: list[str]

    def to_json(self) -> dict:
        return {
            "intervention": self.intervention,
            "status": self.status,
            "class": self.cls,
            "level": self.level,
            "recommendations": self.recommendations,
            "citations": self.citations,
            "evidence": self.evidence,
            "because": self.because,
        }


@dataclass(frozen=True)
class Conflict:
    """Rule 8: contributions of more than one status, and how they resolved."""

    intervention: str
    recommendations: list[str]
    resolved_to: str
    why: str


@dataclass(frozen=True)
class Caution:
    """Rule 9: a caution whose condition holds (an interaction names both statements)."""

    recommendations: list[str]
    text: str


@dataclass(frozen=True)
class AuditFinding:
    """Rule 10: a finding about what the patient receives now."""

    intervention: str
    finding: str
    recommendations: list[str]


@dataclass(frozen=True)
class Undecided:
    """Rule 12: a rule the case leaves open, the status it would give, the fields to ask for."""

    recommendation: str
    intervention: str
    status: str
    ask: list[str]


@dataclass(frozen=True)
class Unmapped:
    """A FHIR coding pvdkg could not map (FHIR input only), with the reason."""

    resource: str
    field: str
    system: str | None
    code: str | None
    display: str | None
    reason: str


@dataclass(frozen=True)
class Source:
    """A case value read from a FHIR record, with the resources it came from (FHIR input only)."""

    field: str  # case path: 'measurements.ldl_mg_dl', 'conditions[0]'
    value: object  # the case value (None for a statement that gives no value)
    resources: list[str]


@dataclass
class Result:
    """The result of one patient, as case-format.md lays it out."""

    patient: str
    interventions: list[Entry] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    cautions: list[Caution] = field(default_factory=list)
    audit: list[AuditFinding] = field(default_factory=list)
    undecided: list[Undecided] = field(default_factory=list)
    unmapped: list[Unmapped] | None = None  # present for FHIR input only
    sources: list[Source] | None = None  # FHIR input only: what was read from which resources
    audit_only: bool = False  # an audit derivation: only audit and undecided were derived
    tried: list[str] = field(default_factory=list)  # the case's `tried` (for marks in reports; not in the JSON)

    def to_json(self) -> dict:
        """The contract's JSON object (an audit derivation: patient, audit and undecided only)."""
        out: dict = {"patient": self.patient}
        if not self.audit_only:
            out["interventions"] = [e.to_json() for e in self.interventions]
            out["conflicts"] = [as_json(c) for c in self.conflicts]
            out["cautions"] = [as_json(c) for c in self.cautions]
        out["audit"] = [as_json(a) for a in self.audit]
        out["undecided"] = [as_json(u) for u in self.undecided]
        if self.unmapped is not None:
            out["unmapped"] = [as_json(u) for u in self.unmapped]
        if self.sources is not None:
            out["sources"] = [as_json(s) for s in self.sources]
        return out

    def with_status(self, status: str) -> list[Entry]:
        return [e for e in self.interventions if e.status == status]


def inherited_reason(ancestor: str, rule: str | None) -> str:
    """The reason a status inherited from an ancestor gives (rule 7): one wording, written by
    pvdkg.derive and recognised by pvdkg.present (a kind set apart names only what it adds)."""
    return f"via {ancestor} ({rule})" if rule else f"patient-specific contraindication (via {ancestor})"


def as_json(part) -> dict:
    """A flat part of the result as its JSON object, in field order (dataclasses.asdict
    copies recursively: 3x slower, and it showed in the throughput of a cohort)."""
    return {name: getattr(part, name) for name in part.__dataclass_fields__}


@dataclass(frozen=True)
class Vocabulary:
    """Words of the result that the knowledge defines."""

    statuses: tuple[str, ...]  # display order: least protective first (indicated, consider, contraindicated)
    flagging_findings: frozenset[str]  # audit findings that flag a patient in a cohort audit
    #: every intervention's strict ancestors (queries/recommend/hierarchy.rq), for grouping kinds in reports
    ancestors: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def protective_order(self) -> str:
        """'contraindicated > consider > indicated': the order rule 6 resolves conflicts in."""
        return " > ".join(reversed(self.statuses))


@dataclass(frozen=True)
class Change:
    """One difference in one patient's result between two knowledge versions (pvdkg diff),
    with the statements responsible (those that joined or left the item, else the item's own)."""

    part: str  # entry, conflict, caution, audit, undecided, patient (derived on one side only)
    change: str  # added, removed, status (an entry's status), changed (any other field)
    key: str  # the intervention; a caution's text; an undecided rule's id and intervention
    statements: tuple[str, ...]
    old: dict | None = None
    new: dict | None = None

    def to_json(self) -> dict:
        return {
            "part": self.part,
            "change": self.change,
            "key": self.key,
            "statements": list(self.statements),
            "old": self.old,
            "new": self.new,
        }


@dataclass
class KnowledgeDiff:
    """What a knowledge change does to a cohort: per changed patient, its changes."""

    knowledge: str
    against: str
    cohort: str
    compared: int  # patients derived with both knowledge versions
    patients: dict[str, list[Change]] = field(default_factory=dict)  # only the changed patients
    skipped: dict[str, list[str]] = field(default_factory=dict)  # side -> cases only that side skipped
    skipped_both: int = 0  # cases neither side could derive (invalid or unreadable with both)

    @property
    def changed(self) -> bool:
        return bool(self.patients) or any(self.skipped.values())

    def by_statement(self) -> dict[str, dict[str, list[Change]]]:
        """statement -> patient -> the changes it is responsible for, statements in id order."""
        out: dict[str, dict[str, list[Change]]] = {}
        for patient, changes in self.patients.items():
            for c in changes:
                for s in c.statements:
                    out.setdefault(s, {}).setdefault(patient, []).append(c)
        return dict(sorted(out.items()))

    def to_json(self) -> dict:
        return {
            "knowledge": self.knowledge,
            "against": self.against,
            "cohort": self.cohort,
            "compared": self.compared,
            "changed": len(self.patients),
            "patients": [{"patient": p, "changes": [c.to_json() for c in cs]} for p, cs in self.patients.items()],
            "statements": {
                s: {"patients": sorted(ps), "changes": sum(len(cs) for cs in ps.values())}
                for s, ps in self.by_statement().items()
            },
            "skipped": self.skipped,
            "skipped_both": self.skipped_both,
        }
