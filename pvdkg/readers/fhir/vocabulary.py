"""What the FHIR reader knows, all read from the knowledge: codes and policy.

Code systems: FHIR_SYSTEMS maps the canonical FHIR system URI (R4
terminologies-systems / NamingSystem registry, HL7 Terminology for HPO and
MeSH) to the prefix of the mapping set; the code is then looked up in
ontology/mappings/pvdkg.sssom.tsv (pvdkg.mappings). The kinds of pvdkg terms a
field may take come from the ontology. The policy (which FHIR statuses count,
which mapping predicates are used, which presentation wins, unit factors) is
ontology/mappings/pvdkg.fhir.yml: clinical decisions are data, not Python.
A code system read as another's codes where they coincide (WHO ICD-10 as
ICD-10-CM, only for codes in both tables) is the policy's `read_as`. A code with
no row of its own maps through the codes above it (pvdkg.mappings.through_hierarchy:
E11.9 via E11), as a narrowMatch of the term: rows_for().
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from pathlib import Path

import yaml
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from pvdkg import codes
from pvdkg.knowledge import real_root
from pvdkg.mappings import MAPPINGS_DIR, load_mappings, normalize_curie, through_hierarchy

from ..schema import PVDKG, CaseSchema, case_schema
from .period import Duration, parse_duration

#: Canonical FHIR code system URIs -> mapping-set prefixes (pvdkg.sssom.yml curie_map).
#: Systems read as a prefix only where their codes coincide with it (WHO ICD-10,
#: http://hl7.org/fhir/sid/icd-10, as ICD-10-CM) are the policy's `read_as` (pvdkg.fhir.yml).
FHIR_SYSTEMS = {
    "http://snomed.info/sct": "snomedct",
    "http://loinc.org": "loinc",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "rxnorm",
    "http://hl7.org/fhir/sid/icd-10-cm": "icd10cm",
    "http://www.whocc.no/atc": "atc",
    "http://human-phenotype-ontology.org": "HP",
    "https://www.nlm.nih.gov/mesh": "mesh",
}
UCUM = "http://unitsofmeasure.org"
#: The FHIR reading policy, beside the mapping set.
POLICY_NAME = "pvdkg.fhir.yml"
#: At most this many curie_for / rows_for answers are remembered per vocabulary (then all are forgotten).
ANSWERS = 8192
ANSWER_CHARS = 256


@dataclass(frozen=True)
class Policy:
    """The FHIR reading policy (ontology/mappings/pvdkg.fhir.yml)."""

    predicate_rank: dict[str, int]  # SSSOM predicate -> rank (0 strongest)
    presentation_precedence: tuple[str, ...]  # most severe first
    molar_factors: dict[str, Decimal]  # measurement property -> mg/dL per mmol/L
    current_clinical: frozenset[str]
    confirmed: frozenset[str]
    finding_confirmed: frozenset[str]  # verificationStatus that counts for a record finding
    final_observation: frozenset[str]
    done_procedure: frozenset[str]
    current_procedure: frozenset[str]
    open_encounter: frozenset[str]
    active_medication: frozenset[str]
    not_therapy_intent: frozenset[str]
    allergy_clinical: frozenset[str]  # AllergyIntolerance.clinicalStatus that counts (absent counts too)
    allergy_not_verified: frozenset[str]  # verificationStatus that does not count
    allergy_through: frozenset[str]  # mapping predicates (or 'partitive') through which an allergen contraindicates
    measurement_max_age: dict[str, Duration]  # measurement property -> how old a value may be
    current_episode: Duration  # without an open Encounter: how recent a current procedure is
    smoking_condition: str  # the case condition a current smoking statement gives
    smoking_observation: frozenset[str]  # Observation codes (CURIEs) of a smoking status statement
    smoking_current: frozenset[str]  # answer codes (CURIEs) that mean 'smokes now'
    smoking_not_current: frozenset[str]  # answer codes that mean 'does not smoke now'
    smoking_tie: str  # 'current' or 'not_current': statements of the same time that disagree
    #: system URI -> (mapping-set prefix, code tables the code must be in); optional in the file
    read_as: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


def load_policy(root: Path) -> Policy:
    """Read the policy file; a missing or malformed entry is an error naming it."""
    path = root / MAPPINGS_DIR / POLICY_NAME
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    try:
        status = data["status"]
        smoking = data["smoking"]
        policy = Policy(
            predicate_rank={str(k): int(v) for k, v in data["predicate_rank"].items()},
            presentation_precedence=tuple(str(p) for p in data["presentation_precedence"]),
            molar_factors={str(k): Decimal(str(v)) for k, v in data["molar_factors"].items()},
            current_clinical=_codes(status, "condition_clinical"),
            confirmed=_codes(status, "condition_verification"),
            finding_confirmed=_codes(status, "finding_verification"),
            final_observation=_codes(status, "observation"),
            done_procedure=_codes(status, "procedure"),
            current_procedure=_codes(status, "procedure_current"),
            open_encounter=_codes(status, "encounter_open"),
            active_medication=_codes(status, "medication"),
            not_therapy_intent=_codes(status, "medication_request_not_intent"),
            allergy_clinical=_codes(data["allergy"], "clinical_status"),
            allergy_not_verified=_codes(data["allergy"], "verification_not"),
            allergy_through=_codes(data["allergy"], "contraindicates_through"),
            measurement_max_age={str(k): parse_duration(v) for k, v in data["measurement_max_age"].items()},
            current_episode=parse_duration(data["current_episode"]),
            smoking_condition=str(smoking["condition"]),
            smoking_observation=frozenset(normalize_curie(str(c), root) for c in smoking["observation"]),
            smoking_current=frozenset(normalize_curie(str(c), root) for c in smoking["current"]),
            smoking_not_current=frozenset(normalize_curie(str(c), root) for c in smoking["not_current"]),
            smoking_tie=_choice(smoking["tie"], ("current", "not_current")),
            read_as={
                str(uri): (str(v["prefix"]), tuple(str(t) for t in v.get("exists_in", ())))
                for uri, v in (data.get("read_as") or {}).items()
            },
        )
    except (KeyError, TypeError, AttributeError, ValueError, ArithmeticError) as e:
        raise ValueError(f"{path}: malformed FHIR policy ({type(e).__name__}: {e})") from None
    unknown = {t for _, tables in policy.read_as.values() for t in tables if not codes.has_table(t)}
    if unknown:
        raise ValueError(f"{path}: read_as names code tables pvdkg does not know: {', '.join(sorted(unknown))}")
    return policy


def _choice(value, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _codes(status: dict, key: str) -> frozenset[str]:
    return frozenset(str(c) for c in status[key])


@dataclass(frozen=True)
class Row:
    """One SSSOM row, seen from its object (the code)."""

    term: str  # pvdkg local name
    predicate: str
    partitive: bool


@dataclass
class Vocabulary:
    """The mapping rows by code, the kinds of pvdkg terms a field may take, the policy."""

    rows: dict[str, list[Row]]  # normalized CURIE -> rows
    presentations: dict[str, str]  # term -> case value (skos:notation)
    conditions: dict[str, str]
    segments: dict[str, str]
    sides: dict[str, str]
    results: dict[str, str]
    interventions: dict[str, str]  # class -> identifier
    revascularizations: dict[str, str]
    measurements: dict[str, tuple[str, str]]  # property -> (case field, unit)
    findings: dict[str, str]  # record finding term -> label (ontology/record.ttl)
    finding_contraindicates: dict[str, list[str]]  # record finding term -> intervention identifiers
    therapy_implies: dict[str, list[str]]  # intervention identifier -> case condition values
    schema: CaseSchema
    root: Path
    policy: Policy
    #: curie_for and rows_for answers, by their arguments: a bundle reads the same codes
    #: again and again (status, category, the patient's codes on every call); cleared when full.
    answers: dict = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def presentation_codes(self) -> dict[str, list[str]]:
        """Presentation -> the codes of FHIR code systems that give it (through the policy's
        predicates, not partitive), sorted: what a case without a presentation is told to
        look for. Read once: every call for a patient without PAD data names them (walking
        every mapping row cost about 3 ms a call)."""
        prefixes = set(FHIR_SYSTEMS.values())
        ranks = self.policy.predicate_rank
        codes: dict[str, list[str]] = {}
        for curie, rows in self.rows.items():
            if curie.split(":", 1)[0] not in prefixes:
                continue
            for row in rows:
                if row.term in self.presentations and row.predicate in ranks and not row.partitive:
                    codes.setdefault(self.presentations[row.term], []).append(curie)
        return {p: sorted(c) for p, c in codes.items()}

    def curie_for(self, system: str | None, code: str | None) -> tuple[str | None, str]:
        """The mapping-set CURIE of a FHIR coding, or None and why it has none."""
        return self._answer(("curie", system, code), self._curie_for, system, code)

    def rows_for(self, curie: str) -> tuple[list[Row], str, str]:
        """The rows a code maps through, the codes above it they came through (', '-joined,
        "" for its own rows) and why there are none. A row through a code above is a
        narrowMatch of its term: the code is narrower than the one the row maps.
        The list is shared between calls: not to be changed."""
        return self._answer(("rows", curie), self._rows_for, curie)

    def _answer(self, key: tuple, compute, *args):
        if any(isinstance(a, str) and len(a) > ANSWER_CHARS for a in args):
            return compute(*args)  # a long code or system is not remembered: memory stays bounded
        found = self.answers.get(key)
        if found is None:
            if len(self.answers) >= ANSWERS:
                self.answers.clear()
            found = self.answers[key] = compute(*args)
        return found

    def _curie_for(self, system: str | None, code: str | None) -> tuple[str | None, str]:
        if not system:
            return None, "the coding has no system"
        prefix, tables = FHIR_SYSTEMS.get(system), ()
        if prefix is None and system in self.policy.read_as:
            prefix, tables = self.policy.read_as[system]
        if prefix is None:
            return None, f"code system {system} is not one pvdkg maps"
        if not code:
            return None, "the coding has no code"
        code = code.strip()
        if prefix == "HP" and code.upper().startswith("HP:"):
            code = code[3:]
        for table in tables:
            if not codes.exists(table, code):
                return None, f"{system} code {code} is not in {codes.NAMES[table]}, so it is not read as {prefix}"
        return normalize_curie(f"{prefix}:{code}", self.root), ""

    def _rows_for(self, curie: str) -> tuple[list[Row], str, str]:
        pairs, why = through_hierarchy(curie, lambda c: self.rows.get(c, []), lambda r: r.predicate)
        via = ", ".join(dict.fromkeys(v for _, v in pairs if v))
        rows = [replace(r, predicate="skos:narrowMatch") if v else r for r, v in pairs]
        return rows, via, why


def vocabulary(schema: CaseSchema | None = None, root: Path | None = None) -> Vocabulary:
    """The vocabulary of a knowledge root, built once per case schema."""
    schema = schema or case_schema()
    root = real_root(root)
    key = ("fhir vocabulary", root)
    if key not in schema.derived:
        schema.derived[key] = _build(schema, root)
    return schema.derived[key]


def _build(schema: CaseSchema, root: Path) -> Vocabulary:
    g = schema.ontology
    rows: dict[str, list[Row]] = {}
    for r in load_mappings(root):
        partitive = r.get("comment", "").lower().startswith("partitive")
        rows.setdefault(normalize_curie(r["object_id"], root), []).append(
            Row(r["subject_id"].split(":", 1)[1], r["predicate_id"], partitive)
        )
    return Vocabulary(
        rows=rows,
        presentations=_individuals(g, PVDKG.ClinicalPresentation),
        conditions=_individuals(g, PVDKG.Condition),
        segments=_individuals(g, PVDKG.ArterialSegment),
        sides=_individuals(g, PVDKG.Side),
        results=_individuals(g, PVDKG.ProcedureResult),
        interventions=_subclasses(g, PVDKG.Intervention),
        revascularizations=_subclasses(g, PVDKG.Revascularization),
        measurements={
            _local(p): (str(f), str(g.value(p, PVDKG.unit) or ""))
            for p, f in g.subject_objects(PVDKG.caseField)
            if g.value(p, RDFS.domain) == PVDKG.MeasurementSet
        },
        findings={_local(f): str(g.value(f, RDFS.label) or _local(f)) for f in _members(g, PVDKG.RecordFinding)},
        finding_contraindicates={
            _local(f): sorted(_notation(g, c) for c in g.objects(f, PVDKG.recordContraindicates))
            for f in _members(g, PVDKG.RecordFinding)
        },
        therapy_implies={
            _notation(g, c): sorted(_notation(g, k) for k in g.objects(c, PVDKG.recordImpliesCondition))
            for c in set(g.subjects(PVDKG.recordImpliesCondition, None))
        },
        schema=schema,
        root=root,
        policy=load_policy(root),
    )


def _local(term) -> str:
    return str(term)[len(str(PVDKG)) :] if str(term).startswith(str(PVDKG)) else str(term)


def _notation(g: Graph, term) -> str:
    return str(g.value(term, SKOS.notation) or _local(term))


def _members(g: Graph, cls: URIRef) -> list[URIRef]:
    """The pvdkg individuals of a class or its subclasses."""
    return [
        i
        for c in g.transitive_subjects(RDFS.subClassOf, cls)
        for i in g.subjects(RDF.type, c)
        if isinstance(i, URIRef) and str(i).startswith(str(PVDKG))
    ]


def _individuals(g: Graph, cls: URIRef) -> dict[str, str]:
    return {_local(i): _notation(g, i) for i in _members(g, cls)}


def _subclasses(g: Graph, cls: URIRef) -> dict[str, str]:
    return {
        _local(c): _notation(g, c)
        for c in g.transitive_subjects(RDFS.subClassOf, cls)
        if isinstance(c, URIRef) and str(c).startswith(str(PVDKG))
    }
