"""Every mapping row whose see_also is a pinned GitHub file is re-checked offline
against a byte-for-byte copy of that file in tests/mapping_sources/, so a code
or label typed by hand (or a drifted label) fails here, not in a clinic.

Convention: see_also https://github.com/OWNER/REPO/blob/COMMIT40/PATH is vendored
as tests/mapping_sources/OWNER__REPO__COMMIT8__BASENAME. Formats read: FHIR
ValueSet JSON (or a Bundle of them: expansion.contains recursively and
compose.include[*].concept[*]) and FHIR Shorthand value sets (expansion
parameters or `* SYSTEM#code "display"` rules).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from pvdkg import mappings as M
from pvdkg.readers.fhir.vocabulary import FHIR_SYSTEMS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = Path(__file__).resolve().parent / "mapping_sources"
BLOB = re.compile(r"^https://github\.com/([^/]+)/([^/]+)/blob/([0-9a-f]{40})/(.+)$")
SYSTEM_OF = {prefix: system for system, prefix in FHIR_SYSTEMS.items()}
SNOMED = "http://snomed.info/sct"

# Sources of rows written before vendoring began (mapping_date before 2026-12-06)
# that are not copied here: too large for the test tree, or in a format no parser
# below reads. Their rows were checked by hand when written; new rows may not use them.
NOT_VENDORED = {
    # Human Disease Ontology report (several MB of TSV)
    "https://github.com/DiseaseOntology/HumanDiseaseOntology/blob/9fbefd6651b79526165453395d06c8fd4bfe4247/DOreports/HumanDO.tsv",
    # NCIt 2018 disease branch, gzipped OBO graph JSON in the MONDO repository
    "https://github.com/monarch-initiative/mondo/blob/fad2512b4845f483fc1268cdf0bf7a8ef43697cb/src/ontology/sources/ncit-disease-2018-06-08.json.gz",
    # WHO ATC index crawl (CSV)
    "https://github.com/vanhungtran/atcddd/blob/3036cac3a274e8bacad08ff22353ea6b29875b19/WHO_ATC_codes_2025-08-19.csv",
    # VSAC 'Major Surgical Procedure' expansion (2.3 MB)
    "https://github.com/cqframework/ecqm-content-qicore-2024/blob/9ebd48ffebf2ed2489f3904cc8393ebf8979bfc9/input/vocabulary/valueset/external/valueset-2.16.840.1.113883.3.3157.4056.json",
}
VENDORING_BEGAN = "2026-12-06"


def vendored_path(see_also: str) -> Path | None:
    """The vendored copy a pinned GitHub blob URL names, or None for other URLs."""
    m = BLOB.match(see_also)
    if not m:
        return None
    owner, repo, commit, path = m.groups()
    return SOURCES / f"{owner}__{repo}__{commit[:8]}__{path.rsplit('/', 1)[-1]}"


def _walk(contains):
    for c in contains or []:
        yield c
        yield from _walk(c.get("contains"))


def _valueset_json(vs: dict):
    for c in _walk((vs.get("expansion") or {}).get("contains")):
        yield c.get("system"), c.get("code"), c.get("display")
    for inc in (vs.get("compose") or {}).get("include") or []:
        for c in inc.get("concept") or []:
            yield inc.get("system"), c.get("code"), c.get("display")


def _json_codes(text: str):
    data = json.loads(text)
    if data.get("resourceType") == "Bundle":
        for e in data.get("entry") or []:
            if (e.get("resource") or {}).get("resourceType") == "ValueSet":
                yield from _valueset_json(e["resource"])
    else:
        yield from _valueset_json(data)


def _fsh_value(v: str) -> str:
    v = v.strip()
    return v[1:] if v.startswith("#") else json.loads(v) if v.startswith('"') else v


def _fsh_codes(text: str):
    aliases = {"$sct": SNOMED, "SCT": SNOMED, "$loinc": "http://loinc.org", "LNC": "http://loinc.org"}
    aliases.update(re.findall(r"^Alias:\s*(\S+)\s*=\s*(\S+)", text, re.M))
    current: dict = {}
    for line in text.splitlines():
        m = re.match(r"\* \^expansion\.contains\[(\d+|=|\+)\]\.(system|code|display) = (.*)$", line)
        if m:
            index, key, value = m.groups()
            if index != "=":
                current = {}
            current[key] = _fsh_value(value)
            if {"system", "code", "display"} <= current.keys():
                yield current["system"], current["code"], current["display"]
            continue
        m = re.match(r'^\* (\S+)#(\S+) "(.*)"\s*$', line)
        if m:
            system, code, display = m.groups()
            yield aliases.get(system, system), code, display


@lru_cache(maxsize=64)
def source_codes(path: Path) -> frozenset[tuple[str, str, str]]:
    """(system, code, display) of every concept a vendored file lists."""
    text = path.read_text(encoding="utf-8")
    codes = _json_codes(text) if path.suffix == ".json" else _fsh_codes(text) if path.suffix == ".fsh" else ()
    return frozenset((s or "", c or "", d or "") for s, c, d in codes)


def source_problems(rows: list[dict]) -> list[str]:
    """Every row whose pinned GitHub source is not vendored, or does not list its code with exactly its label."""
    problems = []
    for r in rows:
        path = vendored_path(r["see_also"])
        if path is None:
            continue
        where = f"{r['subject_id']} -> {r['object_id']}"
        if not path.exists():
            if r["see_also"] in NOT_VENDORED and r["mapping_date"] < VENDORING_BEGAN:
                continue
            problems.append(f"{where}: source not vendored as tests/mapping_sources/{path.name}")
            continue
        prefix, code = r["object_id"].split(":", 1)
        system = SYSTEM_OF.get(prefix)
        listed = {d for s, c, d in source_codes(path) if c == code and s == system}
        if not listed:
            problems.append(f"{where}: {path.name} does not list {system}|{code}")
        elif r["object_label"] not in listed:
            problems.append(f"{where}: label {r['object_label']!r} is not the source's {sorted(listed)}")
    return problems


@pytest.fixture(scope="module")
def rows():
    return M.load_mappings(ROOT)


def test_every_pinned_source_lists_the_code_with_the_label(rows):
    assert source_problems(rows) == []


def test_new_rows_cite_vendored_sources(rows):
    checked = [r for r in rows if vendored_path(r["see_also"]) and vendored_path(r["see_also"]).exists()]
    assert len(checked) > 300
    for r in rows:
        if r["see_also"] in NOT_VENDORED:
            assert r["mapping_date"] < VENDORING_BEGAN, r


def test_a_wrong_label_fails(rows):
    row = next(r for r in rows if r["object_id"] == "snomedct:44054006")
    assert source_problems([row]) == []
    problems = source_problems([{**row, "object_label": "Diabetes mellitus type 2"}])
    assert problems and "is not the source's" in problems[0], problems
    problems = source_problems([{**row, "object_id": "snomedct:73211009"}])
    assert problems and "does not list" in problems[0], problems


def test_an_unvendored_source_fails(rows):
    row = next(r for r in rows if r["object_id"] == "snomedct:44054006")
    url = row["see_also"].replace("9ebd48ffebf2ed2489f3904cc8393ebf8979bfc9", "0" * 40)
    problems = source_problems([{**row, "see_also": url}])
    assert problems and "not vendored" in problems[0], problems
    allowlisted = next(iter(NOT_VENDORED))
    assert source_problems([{**row, "see_also": allowlisted, "mapping_date": "2026-11-25"}]) == []
    assert source_problems([{**row, "see_also": allowlisted, "mapping_date": VENDORING_BEGAN}])


def test_parsers_read_each_format():
    ips = source_codes(SOURCES / "HL7__fhir-ips__57c3299f__ProblemsSnomedCtIpsFreeSet.fsh")
    assert (SNOMED, "233962007", "Critical lower limb ischemia") in ips
    cv19 = source_codes(SOURCES / "logicahealth__covid-19__5ae14fc0__CV19-ValueSets.fsh")
    # this file spells the name with no-break spaces; the row copies it exactly
    assert (SNOMED, "105502003", "Dependence\u00a0on\u00a0renal\u00a0dialysis\u00a0(finding)") in cv19
    bundle = "cqframework__ecqm-content-qicore-2025__db5a7e14__valuesets-CMS1218FHIRHHRF-bundle.json"
    assert (SNOMED, "77176002", "Smoker (finding)") in source_codes(SOURCES / bundle)
