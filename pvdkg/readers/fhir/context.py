"""What every FHIR resource reader shares: the bundle's entries, the code mapping rule,
the unmapped list, the pvdkg extensions and FHIR dates.

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
  Which predicates are used, and their strength, is the policy's
  predicate_rank (pvdkg.fhir.yml). Each field takes only terms of its kind,
  read from the ontology. A single-valued field takes the strongest predicate
  (exact > close > narrow); two different terms at that strength are ambiguous
  and go to `unmapped`. A CodeableConcept is mapped when any of its codings
  maps; its other codings are translations and are not listed, except a coding
  without a system (no one can tell it is a translation: listed). When none
  maps, every coding is listed.

pvdkg extensions (EXTENSION_BASE + name; complex extensions whose sub-extension
url is a case field name, valueCode for strings, valueBoolean for booleans, one
sub-extension per value, repeated for lists):
    .../lesion     on Condition: side, morphology, length, calcification
    .../procedure  on Procedure: result, side, when
    .../patient    on Patient: any case field of the patient that is a string
                   or boolean (or a list of them), except id
A coded bodySite side and an extension side that differ, or an extension value
and a coded value that differ, are a CaseLoadError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from pvdkg.limits import NUMBER_CLAMP

from ..text import CaseLoadError
from .bundle import ParsedBundle
from .vocabulary import Vocabulary

EXTENSION_BASE = "https://w3id.org/pvdkg/fhir/StructureDefinition/"
LESION_EXTENSION = EXTENSION_BASE + "lesion"
PROCEDURE_EXTENSION = EXTENSION_BASE + "procedure"
PATIENT_EXTENSION = EXTENSION_BASE + "patient"


@dataclass
class Mapped:
    """What one CodeableConcept gave: terms with their predicate rank, or unmapped entries."""

    terms: dict[str, int]
    unmapped: list[dict]


class Context:
    """One bundle being converted: its entries, the case so far, what did not map."""

    def __init__(self, bundle: ParsedBundle, vocab: Vocabulary, as_of: date | None = None):
        self.v = vocab
        self.policy = vocab.policy
        self.as_of = as_of or date.today()  # the reference date of everything read (pvdkg.readers.fhir.history)
        self.later: set[int] = set()  # id() of the resources dated after as_of: not read
        self.case: dict = {}
        self.unmapped: list[dict] = []
        self.sources: dict[str, list[str]] = {}
        self.entries = bundle.entries
        self.by_ref: dict[str, Any] = {}
        for _, r, full_url in self.entries:
            if full_url:
                self.by_ref[full_url] = r
            if r.id:
                self.by_ref[f"{r.get_resource_type()}/{r.id}"] = r

    def of_type(self, *kinds: str, dated_later: bool = False) -> list:
        """The bundle's resources of these types, in bundle order (those dated after
        the as-of date only with dated_later)."""
        return [
            r for _, r, _ in self.entries if r.get_resource_type() in kinds and (dated_later or id(r) not in self.later)
        ]

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
        self.unmapped.append(
            {
                "resource": self.label(r),
                "field": fieldname,
                "system": getattr(coding, "system", None),
                "code": getattr(coding, "code", None),
                "display": getattr(coding, "display", None),
                "reason": reason,
            }
        )

    def note_concept(self, r, fieldname: str, concept, reason: str) -> None:
        codings = list(getattr(concept, "coding", None) or [])
        if not codings:
            self.unmapped.append(
                {
                    "resource": self.label(r),
                    "field": fieldname,
                    "system": None,
                    "code": None,
                    "display": getattr(concept, "text", None),
                    "reason": reason + " (no coding)",
                }
            )
        for c in codings:
            self.note(r, fieldname, c, reason)

    def resolve(self, concept, kinds: dict[str, dict[str, str]], what: str, location: bool = False) -> Mapped:
        """Map a CodeableConcept to pvdkg terms of the given kinds (see the mapping rule)."""
        allowed = {t for k in kinds.values() for t in k}
        terms: dict[str, int] = {}
        reasons: list[tuple[Any, str]] = []
        for coding in getattr(concept, "coding", None) or []:
            found, reason = self._coding_terms(coding, allowed, what, location)
            for t, rank in found.items():
                terms[t] = min(rank, terms.get(t, rank))
            if not found:
                reasons.append((coding, reason))
        unmapped = []
        if terms:
            # Translations of a mapped concept are not listed, but a coding
            # without a system is no translation anyone can check: listed.
            unmapped = [
                {
                    "system": None,
                    "code": c.code,
                    "display": c.display,
                    "reason": "the coding has no system (the concept mapped through another coding)",
                }
                for c, _ in reasons
                if not c.system
            ]
        else:
            if not reasons:
                unmapped.append(
                    {
                        "system": None,
                        "code": None,
                        "display": getattr(concept, "text", None),
                        "reason": "no coding (text only)",
                    }
                )
            for coding, reason in reasons:
                unmapped.append(
                    {"system": coding.system, "code": coding.code, "display": coding.display, "reason": reason}
                )
        return Mapped(terms, unmapped)

    def rows_of(self, coding) -> list:
        """The mapping rows of one coding (none when it has no system or code pvdkg reads)."""
        curie, _ = self.v.curie_for(coding.system, coding.code)
        return self.v.rows_for(curie)[0] if curie else []

    def _coding_terms(self, coding, allowed: set[str], what: str, location: bool) -> tuple[dict[str, int], str]:
        curie, reason = self.v.curie_for(coding.system, coding.code)
        if curie is None:
            return {}, reason
        rows, via, reason = self.v.rows_for(curie)
        if not rows:
            return {}, reason
        if via:
            curie = f"{curie} (via {via})"
        ranks = self.policy.predicate_rank
        found: dict[str, int] = {}
        broader: list[str] = []
        wholes: list[str] = []
        other: list[str] = []
        for row in rows:
            if row.predicate not in ranks:
                broader.append(f"pvdkg:{row.term}")
            elif row.partitive and not location:
                wholes.append(f"pvdkg:{row.term}")
            elif row.term not in allowed:
                other.append(f"pvdkg:{row.term}")
            else:
                rank = ranks[row.predicate]
                found[row.term] = min(rank, found.get(row.term, rank))
        why = []
        if broader:
            terms = list(dict.fromkeys(broader))
            why.append(
                f"{curie} is broader than {', '.join(terms)} (skos:broadMatch): "
                f"it does not imply {'it' if len(terms) == 1 else 'any of them'}"
            )
        if wholes:
            why.append(
                f"{curie} is a part of {', '.join(dict.fromkeys(wholes))} "
                "(partitive skos:narrowMatch): a part does not imply the whole"
            )
        if other:
            why.append(f"{curie} maps to {', '.join(dict.fromkeys(other))}, not to {what}")
        return found, "; ".join(why)

    def single(self, mapped: Mapped, r, fieldname: str, concept) -> str | None:
        """The one term of a single-valued field: the strongest predicate, else ambiguous."""
        self.add_unmapped(r, fieldname, mapped)
        if not mapped.terms:
            return None
        best = min(mapped.terms.values())
        top = sorted(t for t, rank in mapped.terms.items() if rank == best)
        if len(top) > 1:
            self.note_concept(r, fieldname, concept, "ambiguous: maps to " + " and ".join(f"pvdkg:{t}" for t in top))
            return None
        return top[0]

    def add_unmapped(self, r, fieldname: str, mapped: Mapped) -> None:
        for u in mapped.unmapped:
            self.unmapped.append({"resource": self.label(r), "field": fieldname, **u})

    def extension(self, r, url: str, allowed: dict) -> dict:
        """The sub-extensions of a pvdkg extension on a resource, as case fields."""
        out: dict = {}
        for ext in r.extension or []:
            if ext.url != url:
                continue
            name = url.rsplit("/", 1)[-1]
            for sub in ext.extension or []:
                where = f"{self.where(r)}: extension '{name}'.{sub.url}"
                spec = allowed.get(sub.url)
                if spec is None:
                    raise CaseLoadError(
                        f"{self.where(r)}: extension '{name}': {sub.url!r} is not one of {', '.join(sorted(allowed))}"
                    )
                value = _ext_value(sub, spec.kind, where)
                if spec.many:
                    out.setdefault(sub.url, [])
                    if value not in out[sub.url]:
                        out[sub.url].append(value)
                elif sub.url in out and out[sub.url] != value:
                    raise CaseLoadError(f"{where}: given twice ({out[sub.url]!r} and {value!r})")
                else:
                    out[sub.url] = value
        return out

    def site_details(self, r, extension: str, fields: dict, name: str) -> tuple[dict, list]:
        """A resource's pvdkg extension values plus its coded body sites; the side of both must agree."""
        details = self.extension(r, extension, fields)
        segments, side = self.body_sites(r)
        if side is not None:
            if "side" in details and details["side"] != side:
                raise CaseLoadError(
                    f"{self.where(r)}: bodySite says side {side!r}, extension '{name}'.side says {details['side']!r}"
                )
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
                term = self.single(Mapped(seg, []), r, f"bodySite[{i}]", site)
                if term and self.v.segments[term] not in segments:
                    segments.append(self.v.segments[term])
            sides |= {self.v.sides[t] for t in side}
            self.add_unmapped(r, f"bodySite[{i}]", mapped)
        if len(sides) > 1:
            raise CaseLoadError(f"{self.where(r)}: bodySite: gives both sides ({', '.join(sorted(sides))})")
        return segments, (sides.pop() if sides else None)

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


def _ext_value(sub, kind: str, where: str):
    if kind == "boolean":
        if sub.valueBoolean is None:
            raise CaseLoadError(f"{where}: needs valueBoolean")
        return sub.valueBoolean
    if kind == "number":
        value = sub.valueDecimal if sub.valueDecimal is not None else sub.valueInteger
        if value is None:
            raise CaseLoadError(f"{where}: needs valueDecimal")
        return number_value(Decimal(str(value)))
    value = sub.valueCode if sub.valueCode is not None else sub.valueString
    if value is None:
        raise CaseLoadError(f"{where}: needs valueCode")
    return value


def status_code(concept) -> str | None:
    """The first code of a status CodeableConcept (clinicalStatus, verificationStatus)."""
    for c in getattr(concept, "coding", None) or []:
        if c.code:
            return c.code
    return None


def some(values, shown: int = 10) -> str:
    """Distinct values for a message, at most `shown` of them: '96, 120 and 3 more'."""
    distinct = list(dict.fromkeys(str(v) for v in values))
    text = ", ".join(distinct[:shown])
    return text + (f" and {len(distinct) - shown} more" if len(distinct) > shown else "")


def number_value(value: Decimal) -> int | float | Decimal:
    """A JSON number as a case would write it: 96, 0.38. A magnitude of
    NUMBER_CLAMP or more stays a decimal (int() of 1e999999999 would not end);
    the case mapping reports it out of range (pvdkg.limits)."""
    if not value.is_finite() or abs(value) >= NUMBER_CLAMP:
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def instant(value) -> tuple[datetime, int, tuple] | None:
    """A FHIR date/dateTime/instant as (UTC datetime, precision 1=year .. 4=time, the
    (year, month, day) as written, in its own time zone)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value if value.tzinfo else value.replace(tzinfo=UTC)
        return dt.astimezone(UTC), 4, (value.year, value.month, value.day)
    if isinstance(value, date):
        return (datetime(value.year, value.month, value.day, tzinfo=UTC), 3, (value.year, value.month, value.day))
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if m:
        parts = [int(p) for p in m.groups() if p]
        full = parts + [1] * (3 - len(parts))
        return datetime(*full, tzinfo=UTC), len(parts), tuple(full)
    return None


def on_or_after(a: tuple, b: tuple) -> bool:
    """a >= b, compared at the coarser of the two precisions (a date against a
    dateTime compares calendar dates as written)."""
    p = min(a[1], b[1])
    if p >= 4:
        return a[0] >= b[0]
    ka, kb = a[2][:p], b[2][:p]
    return ka >= kb
