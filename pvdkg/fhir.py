"""FHIR R4 Bundles as patient cases: parse, map codes through the SSSOM set, list what did not map.

API:
    is_bundle(data) -> bool                  a JSON object whose resourceType is 'Bundle'
    bundle_to_case(data) -> (case, unmapped) the case dict (case-format.md fields only)
                                             and one entry per coding that gave no case value
    convert_bundle(data) -> FhirCase         the same plus `sources` (case path -> resources)
    read_bundle(path) -> FhirCase            a JSON file; CaseLoadError if unreadable
    map_bundle(data, schema) -> (graph, pathmap, FhirCase)
                                             bundle_to_case + pvdkg.case.map_case
Errors are pvdkg.case.CaseLoadError with one line naming the resource (entry
index, type, id) and the field: malformed FHIR (the first pydantic error of
the library), a bundle without exactly one Patient, a resource about another
patient, a pvdkg extension that is malformed, a procedure whose episode cannot
be told (see Procedure).

Library: fhir.resources (>= 8, on fhir-core and pydantic 2). It has no plain R4
(4.0.1) package any more: the default package is R5, and R4 data is read with
its R4B package (fhir.resources.R4B, FHIR 4.3.0). R4B changed only the
medication-definition, evidence and subscription resources; Patient,
Condition, Observation, MedicationStatement, MedicationRequest, Medication,
Procedure, Encounter and Bundle are the same as in R4 (hl7.org/fhir/R4B/
r4b-explanation.html, diff.html). R5-only elements (MedicationStatement.medication
as CodeableReference...) are rejected as unknown fields.

Code systems: FHIR_SYSTEMS maps the canonical FHIR system URI (R4
terminologies-systems / NamingSystem registry, HL7 Terminology for HPO and
MeSH) to the prefix of the mapping set; the code is then looked up in
ontology/mappings/pvdkg.sssom.tsv (pvdkg.mappings). There is no clinical table
here: which code gives which pvdkg term is data.

The mapping rule (code -> pvdkg term), one SSSOM row at a time:
  - skos:exactMatch: the same concept: used.
  - skos:closeMatch: curated as interchangeable for pvdkg's purpose (the row's
    comment says how they differ, e.g. 'Critical lower limb ischemia' for
    CLTI, 'Dependence on renal dialysis' for dialysis): used. Only one hop,
    never chained (closeMatch is not transitive).
  - skos:narrowMatch: the code is narrower than the term, so it implies it
    ('Type 2 diabetes mellitus' -> diabetes): used. Partitive narrowMatch rows
    (comment starting 'partitive'; the README allows them for a segment and
    its arteries, a regimen and its drugs) are used only for anatomy
    (Condition/Procedure.bodySite -> segment): a lesion in the posterior tibial
    artery is in the infrapopliteal segment, but taking aspirin is not dual
    pathway inhibition.
  - skos:broadMatch: the code is broader than the term ('End-stage renal
    disease' for dialysis, 'Peripheral arterial occlusive disease' for every
    presentation): never used; the coding goes to `unmapped` with the reason.
  Each field takes only terms of its kind, read from the ontology: Condition.code
  -> presentations and pvdkg:Condition individuals; bodySite -> arterial
  segments (and sides, should the set ever map laterality); Observation.code ->
  measurement properties (pvdkg:caseField + pvdkg:unit, domain MeasurementSet),
  Observation.valueCodeableConcept -> conditions (Synthea codes smoking status
  that way); medication codes -> intervention classes; Procedure.code ->
  subclasses of pvdkg:Revascularization; Procedure.outcome -> procedure results.
  A single-valued field (a segment, a presentation per code, a procedure type,
  a measurement) takes the strongest predicate (exact > close > narrow); two
  different terms at that strength are ambiguous and go to `unmapped`. A
  CodeableConcept is mapped when any of its codings maps; its other codings
  are translations and are not listed, except a coding without a system (no one
  can tell it is a translation: listed). When none maps, every coding is listed.
  `unmapped` is bounded (pvdkg.limits, PVDKG_MAX_UNMAPPED; bound_unmapped).

Case fields:
  - id: Patient.id (else the fullUrl's last part), cut to the id pattern.
  - presentation: from Conditions that are current (clinicalStatus active,
    recurrence or relapse, or absent without an abatement; verificationStatus
    confirmed or absent).
    Several presentations: the most severe (PRESENTATION_PRECEDENCE: clti, then
    claudication); the others are listed as superseded. None: left out, so
    validation says `presentation: is required` (nothing in the mapping set
    safely means 'asymptomatic').
  - conditions: current Conditions' codes and the latest Observation's coded
    value per Observation code, in bundle order.
  - lesions: a current Condition whose bodySite maps to a segment gives one lesion
    per segment (a Condition with the lesion extension but no mappable bodySite
    gives one without segment). FHIR codes no morphology, length or calcification
    grade (the mapping set has only broader targets for the grades), so they come
    from the pvdkg lesion extension, never guessed; a lesion without them is
    kept and validation reports `lesions[0].morphology: is required`.
  - measurements: Observations (final, amended or corrected), including
    components, with a valueQuantity whose UCUM unit is the property's
    pvdkg:unit or converts to it: '%' -> '1' (x 0.01), and for LDL-C
    'mmol/L' -> 'mg/dL' (x 38.67, MOLAR_FACTORS). The latest per measurement
    wins (effective[x], else issued); a tie with different values is ambiguous.
    A wrong or missing unit, a comparator, or no value goes to `unmapped`.
  - current_therapies: active MedicationStatements, MedicationRequests with
    status active (intent not proposal/option); medication by code or by
    reference to a Medication in the bundle or contained. The field is present
    when the bundle has at least one active medication resource (the list is
    recorded, possibly empty), else left out (not recorded).
  - procedures: Procedures with status completed, in-progress or stopped whose
    code maps to a Revascularization (or that carry the procedure extension);
    segment from bodySite (one record per segment), result from outcome where
    mapped, else the extension. `when`: the extension; else current if the
    Procedure is in-progress, belongs to an open Encounter of the bundle
    (in-progress, arrived, triaged, onleave) or was performed on or after the
    start of one; earlier if performed before it. With no open Encounter and
    no extension the episode cannot be told, and leaving `when` out would mean
    'current': CaseLoadError.
  - everything else (limb, ambulatory, surgical_risk, vein_conduit,
    amputation_imminent, contraindicated, tried, and conditions, current
    therapies or the presentation that no code can say) from the pvdkg patient
    extension on Patient; values are passed as written and validated as a case.

pvdkg extensions (EXTENSION_BASE + name; complex extensions whose sub-extension
url is a case field name, valueCode for strings, valueBoolean for booleans, one
sub-extension per value, repeated for lists):
    .../lesion     on Condition: side, morphology, length, calcification
    .../procedure  on Procedure: result, side, when
    .../patient    on Patient: any case field of the patient that is a string
                   or boolean (or a list of them), except id
A coded bodySite side and an extension side that differ, or an extension value
and a coded value that differ, are a CaseLoadError.

Unmapped entries: {"resource": "Condition/abc", "field": "code", "system",
"code", "display", "reason"}, in bundle order. Codings of resources that are
not current (a resolved Condition, a stopped medication, a preliminary
Observation) are listed too, with the reason: nothing is dropped silently.
Resource types other than Patient, Condition, Observation, MedicationStatement,
MedicationRequest, Procedure (and Medication, Encounter as their references) are
validated but not read for codes (Claim, CarePlan, Immunization...).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from .case import CaseLoadError, CaseSchema, PathMap, case_schema, map_case
from .limits import NUMBER_CLAMP
from .mappings import load_mappings, normalize_curie
from .knowledge import knowledge_root

PVDKG = Namespace("https://w3id.org/pvdkg/ontology#")

#: The fhir.resources package used to parse (R4 data; see the module docstring).
FHIR_PACKAGE = "fhir.resources.R4B"

#: Canonical FHIR code system URIs -> mapping-set prefixes (pvdkg.sssom.yml curie_map).
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

EXTENSION_BASE = "https://w3id.org/pvdkg/fhir/StructureDefinition/"
LESION_EXTENSION = EXTENSION_BASE + "lesion"
PROCEDURE_EXTENSION = EXTENSION_BASE + "procedure"
PATIENT_EXTENSION = EXTENSION_BASE + "patient"

#: Most severe first: when current Conditions give several presentations.
PRESENTATION_PRECEDENCE = ("clti", "claudication", "asymptomatic")

#: Molar-to-mass factors (mg/dL per mmol/L) per measurement property. Cholesterol
#: C27H46O, 386.65 g/mol: 1 mmol/L = 386.65 mg/L = 38.67 mg/dL (the AMA Manual of
#: Style SI table gives 0.0259 mmol/L per mg/dL for cholesterol, i.e. 1/38.6).
#: LDL-C is cholesterol carried in LDL, so the factor is the same.
MOLAR_FACTORS = {"ldlCholesterol": Decimal("38.67")}

PREDICATE_RANK = {"skos:exactMatch": 0, "skos:closeMatch": 1, "skos:narrowMatch": 2}
CURRENT_CLINICAL = {"active", "recurrence", "relapse"}
CONFIRMED = {"confirmed"}
FINAL_OBSERVATION = {"final", "amended", "corrected"}
DONE_PROCEDURE = {"completed", "in-progress", "stopped"}
OPEN_ENCOUNTER = {"in-progress", "arrived", "triaged", "onleave"}
RESOURCE_TYPES = ("Condition", "Observation", "MedicationStatement", "MedicationRequest", "Procedure")

_ID_CHARS = re.compile(r"[^A-Za-z0-9._-]")


# ---------------------------------------------------------------- results

@dataclass
class FhirCase:
    """A converted bundle: the case, what did not map, and where each case value came from."""
    case: dict
    unmapped: list[dict] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)   # case path -> ['Condition/abc']


def is_bundle(data: Any) -> bool:
    """True for a JSON object whose resourceType is 'Bundle'."""
    return isinstance(data, dict) and data.get("resourceType") == "Bundle"


def bundle_to_case(data: dict) -> tuple[dict, list[dict]]:
    """The case dict and the unmapped codings of a FHIR R4 Bundle (CaseLoadError if malformed)."""
    out = convert_bundle(data)
    return out.case, out.unmapped


def read_bundle(path: str | Path) -> FhirCase:
    """Read a FHIR Bundle from a JSON file and convert it."""
    from .case import decode_text, parse_json, read_input_bytes
    path = Path(path)
    try:
        text = decode_text(read_input_bytes(path))
    except UnicodeDecodeError as e:
        raise CaseLoadError(f"{path}: cannot read: {e}") from None
    try:
        data = parse_json(text)
    except CaseLoadError as e:
        raise CaseLoadError(f"{path}: {e}") from None
    except (ValueError, RecursionError) as e:
        raise CaseLoadError(f"{path}: not valid JSON: {e}") from None
    try:
        return convert_bundle(data)
    except CaseLoadError as e:
        raise CaseLoadError(f"{path}: {e}") from None


def map_bundle(data: dict, schema: CaseSchema | None = None) -> tuple[Graph, PathMap, FhirCase]:
    """Convert a bundle and map its case to the patient graph (pvdkg.case.map_case)."""
    out = convert_bundle(data)
    graph, pathmap = map_case(out.case, schema or case_schema())
    return graph, pathmap, out


def convert_bundle(data: dict) -> FhirCase:
    """Parse a FHIR R4 Bundle with fhir.resources and turn it into a case."""
    bundle = parse_bundle(data)
    return _Converter(bundle, vocabulary()).run()


# ---------------------------------------------------------------- parsing

def parse_bundle(data: Any):
    """The fhir.resources Bundle model; CaseLoadError naming resource and field if malformed."""
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle
    from pydantic import ValidationError

    if not is_bundle(data):
        kind = data.get("resourceType") if isinstance(data, dict) else None
        raise CaseLoadError("not a FHIR Bundle" + (f" (resourceType {kind!r})" if kind else
                                                   " (no resourceType 'Bundle')"))
    entries = data.get("entry", [])
    if isinstance(entries, list):
        for i, entry in enumerate(entries):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                continue              # the library reports it
            kind = resource.get("resourceType")
            where = f"Bundle.entry[{i}]"
            if not isinstance(kind, str):
                raise CaseLoadError(f"{where}: resource: no resourceType")
            try:
                get_fhir_model_class(kind)
            except (ValueError, KeyError):
                raise CaseLoadError(f"{where}: resource.resourceType: {kind!r} is not a FHIR R4 "
                                    "resource type") from None
    try:
        return Bundle.model_validate(data)
    except ValidationError as e:
        raise CaseLoadError(_validation_message(data, e)) from None
    except Exception as e:       # the library's own failures (KeyError...) as one line
        raise CaseLoadError(f"not valid FHIR R4: {type(e).__name__}: {' '.join(str(e).split())}") from None


def _validation_message(data: dict, error) -> str:
    """'Bundle.entry[2] (Observation/o1): valueQuantity.value: <message> (got "abc")'."""
    first = error.errors()[0]
    loc = list(first.get("loc", ()))
    where = "Bundle"
    if len(loc) >= 2 and loc[0] == "entry" and isinstance(loc[1], int):
        i = loc[1]
        where = f"Bundle.entry[{i}]"
        loc = loc[2:]
        if loc and loc[0] == "resource":
            loc = loc[1:]
            resource = data["entry"][i].get("resource", {})
            where += f" ({_label_raw(resource)})"
        else:
            where += " (entry)"
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(part, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            path += ("." if path else "") + part
    msg = re.sub(r"^Value error, ", "", str(first.get("msg", "invalid")))
    got = first.get("input")
    shown = f" (got {json.dumps(got)})" if isinstance(got, (str, int, float, bool)) else ""
    return f"{where}: {path or '(resource)'}: {' '.join(msg.split())}{shown}"


def _label_raw(resource: dict) -> str:
    kind = resource.get("resourceType", "?")
    rid = resource.get("id")
    return f"{kind}/{rid}" if isinstance(rid, str) and rid else str(kind)


# ---------------------------------------------------------------- vocabulary

@dataclass(frozen=True)
class Row:
    """One SSSOM row, seen from its object (the code)."""
    term: str            # pvdkg local name
    predicate: str
    partitive: bool


@dataclass
class Vocabulary:
    """The mapping rows by code and the kinds of pvdkg terms a field may take."""
    rows: dict[str, list[Row]]                  # normalized CURIE -> rows
    presentations: dict[str, str]               # term -> case value (skos:notation)
    conditions: dict[str, str]
    segments: dict[str, str]
    sides: dict[str, str]
    results: dict[str, str]
    interventions: dict[str, str]               # class -> identifier
    revascularizations: dict[str, str]
    measurements: dict[str, tuple[str, str]]    # property -> (case field, unit)
    schema: CaseSchema
    root: Path


def vocabulary(root: Path | None = None) -> Vocabulary:
    return _vocabulary((root or knowledge_root()).resolve())


@lru_cache(maxsize=4)
def _vocabulary(root: Path) -> Vocabulary:
    from .validate import load_ontology_graph

    g = load_ontology_graph(root)
    rows: dict[str, list[Row]] = {}
    for r in load_mappings(root):
        partitive = r.get("comment", "").lower().startswith("partitive")
        rows.setdefault(normalize_curie(r["object_id"], root), []).append(
            Row(r["subject_id"].split(":", 1)[1], r["predicate_id"], partitive))
    return Vocabulary(
        rows=rows,
        presentations=_individuals(g, PVDKG.ClinicalPresentation),
        conditions=_individuals(g, PVDKG.Condition),
        segments=_individuals(g, PVDKG.ArterialSegment),
        sides=_individuals(g, PVDKG.Side),
        results=_individuals(g, PVDKG.ProcedureResult),
        interventions=_subclasses(g, PVDKG.Intervention),
        revascularizations=_subclasses(g, PVDKG.Revascularization),
        measurements={_local(p): (str(f), str(g.value(p, PVDKG.unit) or ""))
                      for p, f in g.subject_objects(PVDKG.caseField)
                      if g.value(p, RDFS.domain) == PVDKG.MeasurementSet},
        schema=case_schema(g),
        root=root,
    )


def _local(term) -> str:
    return str(term)[len(str(PVDKG)):] if str(term).startswith(str(PVDKG)) else str(term)


def _notation(g: Graph, term) -> str:
    return str(g.value(term, SKOS.notation) or _local(term))


def _individuals(g: Graph, cls: URIRef) -> dict[str, str]:
    out = {}
    for c in g.transitive_subjects(RDFS.subClassOf, cls):
        for i in g.subjects(RDF.type, c):
            if isinstance(i, URIRef) and str(i).startswith(str(PVDKG)):
                out[_local(i)] = _notation(g, i)
    return out


def _subclasses(g: Graph, cls: URIRef) -> dict[str, str]:
    return {_local(c): _notation(g, c) for c in g.transitive_subjects(RDFS.subClassOf, cls)
            if isinstance(c, URIRef) and str(c).startswith(str(PVDKG))}


# ---------------------------------------------------------------- dates

def _instant(value) -> tuple[datetime, int, tuple] | None:
    """A FHIR date/dateTime/instant as (UTC datetime, precision 1=year .. 4=time, the
    (year, month, day) as written, in its own time zone)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return dt.astimezone(timezone.utc), 4, (value.year, value.month, value.day)
    if isinstance(value, date):
        return (datetime(value.year, value.month, value.day, tzinfo=timezone.utc), 3,
                (value.year, value.month, value.day))
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if m:
        parts = [int(p) for p in m.groups() if p]
        full = parts + [1] * (3 - len(parts))
        return datetime(*full, tzinfo=timezone.utc), len(parts), tuple(full)
    return None


def _on_or_after(a: tuple, b: tuple) -> bool:
    """a >= b, compared at the coarser of the two precisions (a date against a
    dateTime compares calendar dates as written)."""
    p = min(a[1], b[1])
    if p >= 4:
        return a[0] >= b[0]
    ka, kb = a[2][:p], b[2][:p]
    return ka >= kb


# ---------------------------------------------------------------- conversion

@dataclass
class _Mapped:
    """What one CodeableConcept gave: terms with their predicate rank, or unmapped entries."""
    terms: dict[str, int]
    unmapped: list[dict]


class _Converter:
    def __init__(self, bundle, vocab: Vocabulary):
        self.bundle = bundle
        self.v = vocab
        self.case: dict = {}
        self.unmapped: list[dict] = []
        self.sources: dict[str, list[str]] = {}
        self.entries = [(i, e.resource, e.fullUrl) for i, e in enumerate(bundle.entry or [])
                        if e.resource is not None]
        self.by_ref: dict[str, Any] = {}
        for _, r, full_url in self.entries:
            if full_url:
                self.by_ref[full_url] = r
            if r.id:
                self.by_ref[f"{r.get_resource_type()}/{r.id}"] = r

    # -- helpers

    def label(self, r) -> str:
        return f"{r.get_resource_type()}/{r.id}" if r.id else r.get_resource_type()

    def where(self, r) -> str:
        i = next(i for i, res, _ in self.entries if res is r)
        return f"Bundle.entry[{i}] ({self.label(r)})"

    def source(self, path: str, r) -> None:
        labels = self.sources.setdefault(path, [])
        if self.label(r) not in labels:
            labels.append(self.label(r))

    def note(self, r, fieldname: str, coding, reason: str) -> None:
        self.unmapped.append({
            "resource": self.label(r), "field": fieldname,
            "system": getattr(coding, "system", None), "code": getattr(coding, "code", None),
            "display": getattr(coding, "display", None), "reason": reason})

    def note_concept(self, r, fieldname: str, concept, reason: str) -> None:
        codings = list(getattr(concept, "coding", None) or [])
        if not codings:
            self.unmapped.append({"resource": self.label(r), "field": fieldname, "system": None,
                                  "code": None, "display": getattr(concept, "text", None),
                                  "reason": reason + " (no coding)"})
        for c in codings:
            self.note(r, fieldname, c, reason)

    def resolve(self, concept, kinds: dict[str, dict[str, str]], what: str,
                location: bool = False) -> _Mapped:
        """Map a CodeableConcept to pvdkg terms of the given kinds (see the mapping rule)."""
        allowed = {t for k in kinds.values() for t in k}
        terms: dict[str, int] = {}
        reasons: list[tuple[Any, str]] = []
        for coding in (getattr(concept, "coding", None) or []):
            found, reason = self._coding_terms(coding, allowed, what, location)
            for t, rank in found.items():
                terms[t] = min(rank, terms.get(t, rank))
            if not found:
                reasons.append((coding, reason))
        unmapped = []
        if terms:
            # Translations of a mapped concept are not listed, but a coding
            # without a system is no translation anyone can check: listed.
            unmapped = [{"system": None, "code": c.code, "display": c.display,
                         "reason": "the coding has no system (the concept mapped through "
                                   "another coding)"}
                        for c, _ in reasons if not c.system]
        else:
            if not reasons:
                unmapped.append({"system": None, "code": None,
                                 "display": getattr(concept, "text", None),
                                 "reason": "no coding (text only)"})
            for coding, reason in reasons:
                unmapped.append({"system": coding.system, "code": coding.code,
                                 "display": coding.display, "reason": reason})
        return _Mapped(terms, unmapped)

    def _coding_terms(self, coding, allowed: set[str], what: str, location: bool
                      ) -> tuple[dict[str, int], str]:
        if not coding.system:
            return {}, "the coding has no system"
        prefix = FHIR_SYSTEMS.get(coding.system)
        if prefix is None:
            return {}, f"code system {coding.system} is not one pvdkg maps"
        if not coding.code:
            return {}, "the coding has no code"
        code = coding.code.strip()
        if prefix == "HP" and code.upper().startswith("HP:"):
            code = code[3:]
        curie = normalize_curie(f"{prefix}:{code}", self.v.root)
        rows = self.v.rows.get(curie, [])
        if not rows:
            return {}, f"{curie} is not in the pvdkg mapping set"
        found: dict[str, int] = {}
        broader: list[str] = []
        wholes: list[str] = []
        other: list[str] = []
        for row in rows:
            if row.predicate not in PREDICATE_RANK:
                broader.append(f"pvdkg:{row.term}")
            elif row.partitive and not location:
                wholes.append(f"pvdkg:{row.term}")
            elif row.term not in allowed:
                other.append(f"pvdkg:{row.term}")
            else:
                rank = PREDICATE_RANK[row.predicate]
                found[row.term] = min(rank, found.get(row.term, rank))
        why = []
        if broader:
            terms = list(dict.fromkeys(broader))
            why.append(f"{curie} is broader than {', '.join(terms)} (skos:broadMatch): "
                       f"it does not imply {'it' if len(terms) == 1 else 'any of them'}")
        if wholes:
            why.append(f"{curie} is a part of {', '.join(dict.fromkeys(wholes))} "
                       "(partitive skos:narrowMatch): a part does not imply the whole")
        if other:
            why.append(f"{curie} maps to {', '.join(dict.fromkeys(other))}, not to {what}")
        return found, "; ".join(why)

    def single(self, mapped: _Mapped, r, fieldname: str, concept) -> str | None:
        """The one term of a single-valued field: the strongest predicate, else ambiguous."""
        self.add_unmapped(r, fieldname, mapped)
        if not mapped.terms:
            return None
        best = min(mapped.terms.values())
        top = sorted(t for t, rank in mapped.terms.items() if rank == best)
        if len(top) > 1:
            self.note_concept(r, fieldname, concept,
                              "ambiguous: maps to " + " and ".join(f"pvdkg:{t}" for t in top))
            return None
        return top[0]

    def add_unmapped(self, r, fieldname: str, mapped: _Mapped) -> None:
        for u in mapped.unmapped:
            self.unmapped.append({"resource": self.label(r), "field": fieldname, **u})

    def extension(self, r, url: str, allowed: dict) -> dict:
        """The sub-extensions of a pvdkg extension on a resource, as case fields."""
        out: dict = {}
        for ext in (r.extension or []):
            if ext.url != url:
                continue
            name = url.rsplit("/", 1)[-1]
            for sub in (ext.extension or []):
                where = f"{self.where(r)}: extension '{name}'.{sub.url}"
                spec = allowed.get(sub.url)
                if spec is None:
                    raise CaseLoadError(f"{self.where(r)}: extension '{name}': {sub.url!r} is not one "
                                        f"of {', '.join(sorted(allowed))}")
                value = self._ext_value(sub, spec.kind, where)
                if spec.many:
                    out.setdefault(sub.url, [])
                    if value not in out[sub.url]:
                        out[sub.url].append(value)
                elif sub.url in out and out[sub.url] != value:
                    raise CaseLoadError(f"{where}: given twice ({out[sub.url]!r} and {value!r})")
                else:
                    out[sub.url] = value
        return out

    @staticmethod
    def _ext_value(sub, kind: str, where: str):
        if kind == "boolean":
            if sub.valueBoolean is None:
                raise CaseLoadError(f"{where}: needs valueBoolean")
            return sub.valueBoolean
        if kind == "number":
            value = sub.valueDecimal if sub.valueDecimal is not None else sub.valueInteger
            if value is None:
                raise CaseLoadError(f"{where}: needs valueDecimal")
            return _number(Decimal(str(value)))
        value = sub.valueCode if sub.valueCode is not None else sub.valueString
        if value is None:
            raise CaseLoadError(f"{where}: needs valueCode")
        return value

    def check_subject(self, r, patient, patient_url: str | None) -> None:
        subject = getattr(r, "subject", None)
        ref = getattr(subject, "reference", None) if subject is not None else None
        if not ref:
            return
        ref = re.sub(r"/_history/.*$", "", ref)
        ok = {f"Patient/{patient.id}"} if patient.id else set()
        if patient_url:
            ok.add(patient_url)
        if ref in ok or (patient.id and ref.endswith(f"/Patient/{patient.id}")):
            return
        target = self.by_ref.get(ref)
        if target is patient:
            return
        raise CaseLoadError(f"{self.where(r)}: subject.reference: {ref!r} is not the bundle's "
                            f"Patient ({self.label(patient)})")

    # -- the bundle

    def run(self) -> FhirCase:
        patients = [(r, u) for _, r, u in self.entries if r.get_resource_type() == "Patient"]
        if not patients:
            raise CaseLoadError("Bundle: no Patient resource (a bundle holds one patient)")
        if len(patients) > 1:
            raise CaseLoadError("Bundle: more than one Patient ("
                                + ", ".join(self.label(p) for p, _ in patients) + "); a bundle holds one patient")
        patient, patient_url = patients[0]
        self.case["id"] = self.patient_id(patient, patient_url)
        for _, r, _ in self.entries:
            if r.get_resource_type() in RESOURCE_TYPES:
                self.check_subject(r, patient, patient_url)

        presentations: list[tuple[str, Any, Any]] = []
        conditions: list[str] = []
        lesions: list[dict] = []
        for _, r, _ in self.entries:
            if r.get_resource_type() == "Condition":
                self.condition(r, presentations, conditions, lesions)
        measurements = self.observations(conditions)
        therapies = self.medications()
        procedures = self.procedures()

        self.choose_presentation(presentations)
        if conditions:
            self.case["conditions"] = conditions
        if lesions:
            self.case["lesions"] = lesions
        if measurements:
            self.case["measurements"] = measurements
        if therapies is not None:
            self.case["current_therapies"] = therapies
        if procedures:
            self.case["procedures"] = procedures
        self.patient_extension(patient)
        order: dict[str, int] = {}
        for i, r, _ in self.entries:
            order.setdefault(self.label(r), i)
        self.unmapped.sort(key=lambda u: order.get(u["resource"], len(self.entries)))
        return FhirCase(self.case, bound_unmapped(self.unmapped), self.sources)

    def patient_id(self, patient, full_url: str | None) -> str:
        raw = patient.id or (full_url or "").rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
        clean = _ID_CHARS.sub("-", raw)
        clean = re.sub(r"^[^A-Za-z0-9]+", "", clean)[:64]
        if not clean:
            raise CaseLoadError(f"{self.where(patient)}: id: the Patient has no usable id")
        return clean

    def patient_extension(self, patient) -> None:
        root = self.v.schema.root.fields
        allowed = {k: f for k, f in root.items() if f.kind != "object" and k != "id"}
        given = self.extension(patient, PATIENT_EXTENSION, allowed)
        for key, value in given.items():
            if allowed[key].many:
                merged = list(self.case.get(key, []))
                merged += [v for v in value if v not in merged]
                self.case[key] = merged
                for i in range(len(merged)):
                    if merged[i] in value:
                        self.source(f"{key}[{i}]", patient)
            elif key in self.case and self.case[key] != value:
                raise CaseLoadError(f"{self.where(patient)}: extension 'patient'.{key}: {value!r} "
                                    f"differs from {self.case[key]!r} given by "
                                    + ", ".join(self.sources.get(key, [])))
            else:
                self.case[key] = value
                self.source(key, patient)

    # -- Condition

    def condition(self, r, presentations: list, conditions: list, lesions: list) -> None:
        clinical = _status_code(r.clinicalStatus)
        verification = _status_code(r.verificationStatus)
        why_not = None
        if clinical is not None and clinical not in CURRENT_CLINICAL:
            why_not = f"not current (clinicalStatus '{clinical}')"
        elif clinical is None and any(getattr(r, f"abatement{x}", None) is not None for x in (
                "DateTime", "Age", "Period", "Range", "String")):
            why_not = "not current (abated)"
        elif verification is not None and verification not in CONFIRMED:
            why_not = f"not confirmed (verificationStatus '{verification}')"
        if why_not:
            if r.code is not None:
                self.note_concept(r, "code", r.code, why_not)
            for i, site in enumerate(r.bodySite or []):
                self.note_concept(r, f"bodySite[{i}]", site, why_not)
            return

        if r.code is not None:
            kinds = {"presentation": self.v.presentations, "condition": self.v.conditions}
            mapped = self.resolve(r.code, kinds, "a presentation or a condition")
            self.add_unmapped(r, "code", mapped)
            found_presentations = {t: k for t, k in mapped.terms.items() if t in self.v.presentations}
            if found_presentations:
                best = min(found_presentations.values())
                top = sorted(t for t, k in found_presentations.items() if k == best)
                for t in top:
                    presentations.append((self.v.presentations[t], r, r.code))
            for t in mapped.terms:
                if t in self.v.conditions:
                    value = self.v.conditions[t]
                    if value not in conditions:
                        conditions.append(value)
                    self.source(f"conditions[{conditions.index(value)}]", r)

        lesion_fields = {k: f for k, f in self.v.schema.nodes[PVDKG.Lesion].fields.items()
                         if k != "segment"}
        details, segments = self.site_details(r, LESION_EXTENSION, lesion_fields, "lesion")
        if segments or any(e.url == LESION_EXTENSION for e in (r.extension or [])):
            for segment in segments or [None]:
                lesion = ({"segment": segment} if segment else {}) | details
                lesions.append(lesion)
                self.source(f"lesions[{len(lesions) - 1}]", r)

    def site_details(self, r, extension: str, fields: dict, name: str) -> tuple[dict, list]:
        """A resource's pvdkg extension values plus its coded body sites; the side of both must agree."""
        details = self.extension(r, extension, fields)
        segments, side = self.body_sites(r)
        if side is not None:
            if "side" in details and details["side"] != side:
                raise CaseLoadError(f"{self.where(r)}: bodySite says side {side!r}, "
                                    f"extension '{name}'.side says {details['side']!r}")
            details["side"] = side
        return details, segments

    def body_sites(self, r) -> tuple[list[str], str | None]:
        """The segments (in order) and the side that a resource's bodySite codes give."""
        segments: list[str] = []
        sides: set[str] = set()
        kinds = {"segment": self.v.segments, "side": self.v.sides}
        for i, site in enumerate(r.bodySite or []):
            mapped = self.resolve(site, kinds, "an arterial segment or a side", location=True)
            seg = {t: k for t, k in mapped.terms.items() if t in self.v.segments}
            side = {t for t in mapped.terms if t in self.v.sides}
            if seg:
                term = self.single(_Mapped(seg, []), r, f"bodySite[{i}]", site)
                if term and self.v.segments[term] not in segments:
                    segments.append(self.v.segments[term])
            sides |= {self.v.sides[t] for t in side}
            self.add_unmapped(r, f"bodySite[{i}]", mapped)
        if len(sides) > 1:
            raise CaseLoadError(f"{self.where(r)}: bodySite: gives both sides ({', '.join(sorted(sides))})")
        return segments, (sides.pop() if sides else None)

    def choose_presentation(self, presentations: list) -> None:
        if not presentations:
            return
        order = {p: i for i, p in enumerate(PRESENTATION_PRECEDENCE)}
        chosen = min((p for p, _, _ in presentations), key=lambda p: order.get(p, len(order)))
        self.case["presentation"] = chosen
        for value, r, concept in presentations:
            if value == chosen:
                self.source("presentation", r)
            else:
                self.note_concept(r, "code", concept,
                                  f"presentation '{value}' superseded by '{chosen}' (the more severe)")

    # -- Observation

    def observations(self, conditions: list) -> dict:
        best: dict[str, list[tuple]] = {}        # case field -> [(when, value, r, part, concept)]
        coded: dict[tuple, list[tuple]] = {}     # observation code key -> [(when, r, concept)]
        for _, r, _ in self.entries:
            if r.get_resource_type() != "Observation":
                continue
            if r.status not in FINAL_OBSERVATION:
                if r.code is not None:
                    self.note_concept(r, "code", r.code, f"status '{r.status}' is not a final result")
                continue
            when = _instant(r.effectiveDateTime or r.effectiveInstant
                            or (r.effectivePeriod.end or r.effectivePeriod.start if r.effectivePeriod else None)
                            or r.issued)
            parts = [("", r)] + [(f"component[{i}].", c) for i, c in enumerate(r.component or [])]
            for prefix, part in parts:
                self.observation_part(r, prefix, part, when, best, coded)
        out = {}
        for key, candidates in best.items():
            chosen = self.latest(candidates, lambda c: c[1])
            reason = (f"superseded by {self.label(chosen[2])} (later)" if chosen else
                      "several values for the same time: " + _some(x[1] for x in candidates))
            for c in candidates:
                if c is chosen:
                    out[key] = c[1]
                    self.source(f"measurements.{key}", c[2])
                else:
                    self.note_concept(c[2], c[3] + "code", c[4], reason)
        for candidates in coded.values():
            chosen = self.latest(candidates, lambda c: sorted(
                (x.system or "", x.code or "") for x in (c[2].coding or [])))
            for c in candidates:
                when, r, concept, prefix = c
                if c is not chosen:
                    reason = (f"superseded by {self.label(chosen[1])} (later)" if chosen else
                              "several Observations with this code for the same time")
                    self.note_concept(r, prefix + "valueCodeableConcept", concept, reason)
                    continue
                mapped = self.resolve(concept, {"condition": self.v.conditions}, "a condition")
                self.add_unmapped(r, prefix + "valueCodeableConcept", mapped)
                for t in mapped.terms:
                    value = self.v.conditions[t]
                    if value not in conditions:
                        conditions.append(value)
                    self.source(f"conditions[{conditions.index(value)}]", r)
        return out

    @staticmethod
    def latest(candidates: list, value_of):
        """The latest candidate (first item: its time); None when the latest are tied with
        different values."""
        if len(candidates) == 1:
            return candidates[0]
        dated = [c for c in candidates if c[0] is not None]
        pool = dated or candidates
        if dated:
            top = max(c[0][0] for c in dated)
            pool = [c for c in dated if c[0][0] == top]
        if len({repr(value_of(c)) for c in pool}) > 1:
            return None
        return pool[-1]

    def observation_part(self, r, prefix: str, part, when, best: dict, coded: dict) -> None:
        concept = part.code
        if concept is None:
            return
        mapped = self.resolve(concept, {"measurement": self.v.measurements}, "a measurement")
        if mapped.terms:
            prop = self.single(mapped, r, prefix + "code", concept)
            if prop is None:
                return
            key, unit = self.v.measurements[prop]
            value, reason = self.quantity(part, prop, unit)
            if reason:
                self.note_concept(r, prefix + "code", concept, reason)
                return
            best.setdefault(key, []).append((when, value, r, prefix, concept))
            return
        value_concept = getattr(part, "valueCodeableConcept", None)
        if value_concept is not None:
            codes = tuple(sorted((c.system or "", c.code or "") for c in (concept.coding or [])))
            coded.setdefault(codes or (self.label(r), prefix), []).append((when, r, value_concept, prefix))
            return
        self.add_unmapped(r, prefix + "code", mapped)

    def quantity(self, part, prop: str, unit: str) -> tuple[Any, str | None]:
        """The value in the property's unit, or why it cannot be used."""
        q = getattr(part, "valueQuantity", None)
        if q is None:
            absent = getattr(part, "dataAbsentReason", None)
            if absent is not None:
                text = absent.text or ", ".join(c.code or "" for c in (absent.coding or []))
                return None, f"no value (dataAbsentReason {text})"
            return None, "no valueQuantity"
        if q.value is None:
            return None, "valueQuantity has no value"
        if q.comparator:
            return None, f"valueQuantity has comparator '{q.comparator}': not an exact value"
        if q.system != UCUM or not q.code:
            shown = q.code or q.unit or "(none)"
            return None, f"unit {shown!r} is not a UCUM code (valueQuantity.system {UCUM})"
        value = Decimal(str(q.value))
        code = q.code
        if code == unit or (unit == "1" and re.fullmatch(r"\{[^{}]*\}", code)):
            return _number(value), None
        if unit == "1" and code == "%":
            return _number(value / 100), None
        if unit == "mg/dL" and code == "mmol/L" and prop in MOLAR_FACTORS:
            converted = value * MOLAR_FACTORS[prop]
            if abs(converted) < NUMBER_CLAMP:     # quantize fails beyond 28 digits
                converted = converted.quantize(Decimal("0.1"))
            return _number(converted), None
        return None, f"unit '{code}' cannot be converted to '{unit}'"

    # -- MedicationStatement / MedicationRequest

    def medications(self) -> list[str] | None:
        therapies: list[str] = []
        recorded = False
        for _, r, _ in self.entries:
            kind = r.get_resource_type()
            if kind not in ("MedicationStatement", "MedicationRequest"):
                continue
            concept, fieldname = self.medication_concept(r)
            active = r.status == "active" and (kind == "MedicationStatement"
                                               or r.intent not in ("proposal", "option"))
            if not active:
                why = (f"status '{r.status}'" if r.status != "active" else f"intent '{r.intent}'")
                if concept is not None:
                    self.note_concept(r, fieldname, concept, f"{why}: not a current therapy")
                continue
            recorded = True
            if concept is None:
                continue
            mapped = self.resolve(concept, {"intervention": self.v.interventions}, "an intervention")
            self.add_unmapped(r, fieldname, mapped)
            for t in sorted(mapped.terms):
                value = self.v.interventions[t]
                if value not in therapies:
                    therapies.append(value)
                self.source(f"current_therapies[{therapies.index(value)}]", r)
        return therapies if recorded else None

    def medication_concept(self, r):
        if r.medicationCodeableConcept is not None:
            return r.medicationCodeableConcept, "medicationCodeableConcept"
        ref = r.medicationReference.reference if r.medicationReference else None
        target = None
        if ref and ref.startswith("#"):
            target = next((c for c in (r.contained or []) if c.id == ref[1:]), None)
        elif ref:
            target = self.by_ref.get(ref)
        if target is None or target.get_resource_type() != "Medication" or target.code is None:
            self.unmapped.append({"resource": self.label(r), "field": "medicationReference",
                                  "system": None, "code": None,
                                  "display": r.medicationReference.display if r.medicationReference else None,
                                  "reason": f"medication {ref!r} is not a coded Medication in the bundle"})
            return None, "medicationReference"
        return target.code, "medicationReference"

    # -- Procedure

    def procedures(self) -> list[dict]:
        out: list[dict] = []
        open_encounters = [r for _, r, _ in self.entries
                           if r.get_resource_type() == "Encounter" and r.status in OPEN_ENCOUNTER]
        for _, r, _ in self.entries:
            if r.get_resource_type() != "Procedure":
                continue
            if r.status not in DONE_PROCEDURE:
                if r.code is not None:
                    self.note_concept(r, "code", r.code, f"status '{r.status}': not done")
                continue
            has_ext = any(e.url == PROCEDURE_EXTENSION for e in (r.extension or []))
            kind = None
            if r.code is not None:
                mapped = self.resolve(r.code, {"revascularization": self.v.revascularizations},
                                      "a kind of Revascularization")
                kind = self.single(mapped, r, "code", r.code)
            if kind is None and not has_ext:
                continue
            fields = {k: f for k, f in self.v.schema.nodes[PVDKG.ProcedureRecord].fields.items()
                      if k not in ("type", "segment")}
            details, segments = self.site_details(r, PROCEDURE_EXTENSION, fields, "procedure")
            if r.outcome is not None:
                mapped = self.resolve(r.outcome, {"result": self.v.results}, "a procedure result")
                result = self.single(mapped, r, "outcome", r.outcome) if mapped.terms else None
                if not mapped.terms:
                    self.add_unmapped(r, "outcome", mapped)
                if result is not None:
                    value = self.v.results[result]
                    if "result" in details and details["result"] != value:
                        raise CaseLoadError(f"{self.where(r)}: outcome says result {value!r}, "
                                            f"extension 'procedure'.result says {details['result']!r}")
                    details["result"] = value
            if "when" not in details:
                details["when"] = self.episode(r, open_encounters)
            record = {"type": self.v.revascularizations[kind]} if kind else {}
            for segment in segments or [None]:
                out.append(record | ({"segment": segment} if segment else {}) | details)
                self.source(f"procedures[{len(out) - 1}]", r)
        return out

    def episode(self, r, open_encounters: list) -> str:
        """current | earlier for a Procedure without the extension (see the module docstring)."""
        if r.status == "in-progress":
            return "current"
        enc_ref = r.encounter.reference if r.encounter else None
        if enc_ref and self.by_ref.get(enc_ref) in open_encounters:
            return "current"
        performed = _instant(r.performedDateTime or (r.performedPeriod.start if r.performedPeriod else None))
        starts = [_instant(e.period.start) for e in open_encounters if e.period and e.period.start]
        starts = [s for s in starts if s is not None]
        if performed is not None and starts:
            start = min(starts, key=lambda s: s[0])
            return "current" if _on_or_after(performed, start) else "earlier"
        raise CaseLoadError(
            f"{self.where(r)}: performed: cannot tell whether the procedure belongs to this episode "
            f"(no open Encounter to compare with); add extension '{PROCEDURE_EXTENSION}' with "
            "'when' (current or earlier)")


def _status_code(concept) -> str | None:
    for c in (getattr(concept, "coding", None) or []):
        if c.code:
            return c.code
    return None


def _some(values, shown: int = 10) -> str:
    """Distinct values for a message, at most `shown` of them: '96, 120 and 3 more'."""
    distinct = list(dict.fromkeys(str(v) for v in values))
    text = ", ".join(distinct[:shown])
    return text + (f" and {len(distinct) - shown} more" if len(distinct) > shown else "")


def bound_unmapped(unmapped: list[dict]) -> list[dict]:
    """At most the unmapped limit of entries (pvdkg.limits, PVDKG_MAX_UNMAPPED): the
    first ones in bundle order, then one entry that counts the others by reason."""
    from .case import input_limits
    from .limits import env_var
    limit = input_limits().unmapped
    if len(unmapped) <= limit:
        return unmapped
    rest = unmapped[limit - 1:]
    resources = len({u["resource"] for u in rest})
    return unmapped[:limit - 1] + [{
        "resource": f"{resources:,} resources", "field": "(not listed)", "system": None,
        "code": None, "display": None,
        "reason": f"{len(rest):,} more unmapped entries not listed: the limit is {limit:,} "
                  f"(set {env_var('unmapped')} to change it)"}]


def _number(value: Decimal) -> int | float | Decimal:
    """A JSON number as a case would write it: 96, 0.38. A magnitude of
    NUMBER_CLAMP or more stays a decimal (int() of 1e999999999 would not end);
    the case mapping reports it out of range (pvdkg.limits)."""
    if not value.is_finite() or abs(value) >= NUMBER_CLAMP:
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)
