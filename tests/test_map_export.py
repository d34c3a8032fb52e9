"""Codes through their hierarchy (ICD-10-CM, WHO ICD-10), `pvdkg map` by label or case
value, and the terminology exports (SSSOM RDF, FHIR CodeSystem and ConceptMaps)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from test_fhir import ICD, SCT, coding, condition, with_patient

from pvdkg import codes
from pvdkg import mappings as M
from pvdkg.cli import main
from pvdkg.readers.fhir import bundle_to_case

with warnings.catch_warnings():  # the package reads its data with a deprecated importlib call
    warnings.simplefilter("ignore", DeprecationWarning)
    import simple_icd_10_cm as cm
ROOT = Path(__file__).resolve().parent.parent
WHO = "http://hl7.org/fhir/sid/icd-10"


def icd(code: str, system: str = ICD) -> dict:
    """A coding with the label the ICD-10-CM table gives (never one typed here)."""
    return coding(system, code, cm.get_description(codes.icd10_dotted(code)))


def who(code: str) -> dict:
    """A WHO ICD-10 coding with the label of the WHO table."""
    return coding(WHO, code, codes.description("icd10who", code))


def read(*concepts: dict) -> tuple[dict, list[dict]]:
    return bundle_to_case(with_patient(*(condition(f"c{n}", c) for n, c in enumerate(concepts, start=1))))


# ---------------------------------------------------------------- pvdkg.codes


def test_codes_above_a_code_nearest_first():
    assert codes.ancestors("icd10cm", "E11.9")[:2] == ["E11", "E08-E13"]
    assert codes.ancestors("icd10cm", "E119") == codes.ancestors("icd10cm", "E11.9")
    assert codes.ancestors("icd10cm", "I70.212")[:2] == ["I70.21", "I70.2"]
    assert codes.ancestors("icd10cm", "E11.99") is None  # no such code
    assert codes.ancestors("snomedct", "73211009") == []  # no table known: no hierarchy
    assert codes.exists("icd10who", "E14.9") and not codes.exists("icd10cm", "E14.9")
    assert not codes.exists("icd10who", "I70.21") and codes.exists("icd10cm", "I70.21")


def test_normalize_curie_adds_the_icd_dot():
    assert M.normalize_curie("ICD10CM:e119", ROOT) == "icd10cm:E11.9"
    assert M.normalize_curie("icd10cm:E08-E13", ROOT) == "icd10cm:E08-E13"
    assert M.normalize_curie("icd10cm:Z992", ROOT) == "icd10cm:Z99.2"


def test_mappings_for_a_code_below_a_mapped_one():
    rows = M.mappings_for("icd10cm:E11.9", ROOT)
    assert {(r["subject_id"], r["object_id"], r["via"]) for r in rows} == {
        ("pvdkg:Diabetes", "icd10cm:E11", "icd10cm:E11"),
        ("pvdkg:Diabetes", "icd10cm:E08-E13", "icd10cm:E08-E13"),
    }
    assert [r["via"] for r in rows] == ["icd10cm:E11", "icd10cm:E08-E13"]  # nearest first
    assert M.mappings_for("icd10cm:E119", ROOT) == rows
    # a code with rows of its own: only those, no "via"
    assert {r["via"] for r in M.mappings_for("icd10cm:E11", ROOT)} == {""}


def test_never_through_broad_match():
    # M24.5 'Contracture of joint' is broader than pvdkg:UncorrectableFlexionContracture
    below = next(c for c in cm.get_children("M24.5"))
    rows, why = M.code_rows(f"icd10cm:{below}", ROOT)
    assert rows == [] and "skos:broadMatch" in why and "icd10cm:M24.5" in why


def test_an_invalid_code_is_unmapped_with_that_reason():
    rows, why = M.code_rows("icd10cm:E11.99", ROOT)
    assert rows == [] and why == "icd10cm:E11.99 is not a valid ICD-10-CM code"


# ---------------------------------------------------------------- the FHIR reader


@pytest.mark.parametrize("code", ["E11.9", "E119", "E11.65"])
def test_fhir_icd10cm_code_below_a_mapped_category(code):
    case, unmapped = read(icd(code))
    assert case.get("conditions") == ["diabetes"] and unmapped == []


def test_fhir_claudication_from_a_subcategory():
    case, unmapped = read(icd("I70.212"))  # below I70.21 (closeMatch of claudication)
    assert case.get("presentation") == "claudication" and unmapped == []


def test_fhir_invalid_icd10cm_code_is_unmapped():
    case, unmapped = read(coding(ICD, "E11.99", "made-up code"))
    assert "conditions" not in case
    assert [u["reason"] for u in unmapped] == ["icd10cm:E11.99 is not a valid ICD-10-CM code"]


def test_fhir_via_is_named_in_the_reason():
    # E11.9 is diabetes (a condition), not a presentation: the reason says through which code
    lesion_site = condition("c1", coding(SCT, "63491006", "Intermittent claudication"), bodySite=[icd("E11.9")])
    _, unmapped = bundle_to_case(with_patient(lesion_site))
    reasons = [u["reason"] for u in unmapped if u["code"] == "E11.9"]
    assert reasons and all("icd10cm:E11.9 (via icd10cm:E11, icd10cm:E08-E13)" in r for r in reasons), reasons


def test_fhir_who_icd10_read_where_it_coincides():
    case, unmapped = read(who("E11.9"))
    assert case.get("conditions") == ["diabetes"] and unmapped == []
    # E14.9 is WHO ICD-10 only (unspecified diabetes): not read as ICD-10-CM
    case, unmapped = read(who("E14.9"))
    assert "conditions" not in case
    assert unmapped[0]["reason"] == f"{WHO} code E14.9 is not in ICD-10-CM, so it is not read as icd10cm"
    # I70.21 is ICD-10-CM only: a WHO record cannot carry it
    _, unmapped = read(coding(WHO, "I70.21", "not a WHO code"))
    assert unmapped[0]["reason"] == f"{WHO} code I70.21 is not in WHO ICD-10, so it is not read as icd10cm"


def test_fhir_read_as_is_policy(tmp_path, monkeypatch):
    """Without the policy's read_as entry, WHO ICD-10 is a system pvdkg does not map."""
    import yaml

    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, tmp_path / d)
    path = tmp_path / "ontology" / "mappings" / "pvdkg.fhir.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["read_as"]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(tmp_path))
    _, unmapped = read(who("E11.9"))
    assert unmapped[0]["reason"] == f"code system {WHO} is not one pvdkg maps"


# ---------------------------------------------------------------- pvdkg map


def answer(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["map", *argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    "query, by",
    [
        ("claudication", "case value (skos:notation)"),  # the case file's value
        ("intermittent claudication", "rdfs:label"),  # the pvdkg term's label
        ("Intermittent Claudication", "rdfs:label"),  # any case
        ("ClaudicationPresentation", "pvdkg term"),
        ("SNOMEDCT:63491006", "CURIE or IRI"),
        ("63491006", "code"),  # a bare code of a row
    ],
)
def test_map_answers_labels_values_and_codes(capsys, query, by):
    code, out = answer(capsys, query)
    assert code == 0
    assert by in {m["by"] for m in out["matches"]}, out["matches"]
    assert {r["subject_id"] for r in out["rows"]} == {"pvdkg:ClaudicationPresentation"}
    assert "snomedct:63491006" in {r["object_id"] for r in out["rows"]}


def test_map_finds_an_object_label():
    from pvdkg.lookup import lookup

    out = lookup("Dependence on renal dialysis", ROOT)  # ICD-10-CM Z99.2's label, not a pvdkg label
    assert {"id": "icd10cm:Z99.2", "by": "object_label"} in out["matches"]
    assert {r["subject_id"] for r in out["rows"]} == {"pvdkg:Dialysis"}


@pytest.mark.parametrize("query", ["E11.9", "e119", "ICD10CM:E11.9", "icd10cm:E119"])
def test_map_icd_code_through_its_category(capsys, query):
    code, out = answer(capsys, query)
    assert code == 0
    assert out["notes"] == ["E11.9: via E11, E08-E13"]
    assert [(r["object_id"], r["via"]) for r in out["rows"]] == [
        ("icd10cm:E11", "icd10cm:E11"),
        ("icd10cm:E08-E13", "icd10cm:E08-E13"),
    ]
    assert main(["map", query]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0] == "E11.9: via E11, E08-E13" and "Type 2 diabetes mellitus" in text


def test_map_errors(capsys):
    code, out = answer(capsys, "no-such-term")
    assert code == 1 and out["rows"] == [] and "names no pvdkg term" in out["error"]
    code, out = answer(capsys, "icd10cm:E11.99")
    assert code == 1 and out["error"] == "icd10cm:E11.99 is not a valid ICD-10-CM code"
    assert main(["map", "E11.99"]) == 1
    assert capsys.readouterr().err == "no mappings for E11.99: icd10cm:E11.99 is not a valid ICD-10-CM code\n"


def test_map_json_error_from_broken_knowledge(tmp_path, monkeypatch, capsys):
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, tmp_path / d)
    tsv = tmp_path / "ontology" / "mappings" / M.TSV_NAME
    lines = tsv.read_text(encoding="utf-8").splitlines()
    tsv.write_text("\n".join([lines[0], lines[1].replace("https://", "ftp://")]) + "\n", encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(tmp_path))
    code, out = answer(capsys, "claudication")
    assert code == 2 and "see_also is not a URL" in out["error"]


def test_map_words_come_from_the_knowledge(tmp_path, monkeypatch, capsys):
    """A label added to the ontology copy is found: no word is in the code."""
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, tmp_path / d)
    with open(tmp_path / "ontology" / "pvdkg.ttl", "a", encoding="utf-8") as f:
        f.write('\npvdkg:Diabetes rdfs:label "zuckerkrankheit"@de .\n')
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(tmp_path))
    code, out = answer(capsys, "Zuckerkrankheit")
    assert code == 0 and {r["subject_id"] for r in out["rows"]} == {"pvdkg:Diabetes"}


# ---------------------------------------------------------------- SSSOM RDF


def _sssom_cli(*args: str) -> subprocess.CompletedProcess:
    """The sssom package's own command line, beside this Python."""
    exe = Path(sys.executable).with_name("sssom")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize("name", ["mappings-of-term", "statements-for-code"])
def test_mapping_queries_run_in_a_store_of_ones_own(tmp_path, capsys, name):
    """What the README tells an informatician: the Turtle export and the mapping set as SKOS
    (export --format mappings-nt) loaded in a plain SPARQL store give queries/mappings/ the
    rows `pvdkg query` gives, labels and codes included."""
    import pyoxigraph as ox

    ttl, nt = tmp_path / "pvdkg.ttl", tmp_path / "mappings.nt"
    assert main(["export", "--format", "turtle", "-o", str(ttl)]) == 0
    assert main(["export", "--format", "mappings-nt", "-o", str(nt)]) == 0
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    store.load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    query = ROOT / "queries" / "mappings" / f"{name}.rq"
    plain = sorted(
        tuple(t.value if t is not None else "" for t in row) for row in store.query(query.read_text(encoding="utf-8"))
    )
    capsys.readouterr()
    assert main(["query", str(query), "--format", "json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    names = answer["head"]["vars"]
    ours = sorted(tuple(b.get(v, {}).get("value", "") for v in names) for b in answer["results"]["bindings"])
    assert plain and plain == ours
    assert all(all(row) for row in plain if name == "mappings-of-term")  # code, label and vocabulary filled


@pytest.fixture(scope="module")
def sssom_exports(tmp_path_factory):
    pytest.importorskip("sssom")
    out = tmp_path_factory.mktemp("sssom")
    assert main(["export", "--format", "sssom-tsv", "-o", str(out / "pvdkg.sssom.tsv")]) == 0
    assert main(["export", "--format", "sssom-rdf", "-o", str(out / "pvdkg.sssom.ttl")]) == 0
    return out


def test_sssom_rdf_keeps_every_row_and_its_provenance(sssom_exports):
    import rdflib
    from sssom.parsers import parse_sssom_rdf

    msdf = parse_sssom_rdf(str(sssom_exports / "pvdkg.sssom.ttl"), meta=dict(M.load_metadata(ROOT)))
    cols = ("subject_id", "predicate_id", "object_id", "object_label", "mapping_justification", "author_label")
    cols += ("mapping_date", "object_source_version", "see_also", "comment")

    def key(row) -> tuple[str, ...]:
        return tuple("" if row.get(c) is None or str(row.get(c)) == "nan" else str(row.get(c)).strip() for c in cols)

    back = {key(r) for r in msdf.df.to_dict("records")}
    assert back == {key(r) for r in M.load_mappings(ROOT)}
    g = rdflib.Graph().parse(sssom_exports / "pvdkg.sssom.ttl", format="turtle")
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    diabetes = rdflib.URIRef("https://w3id.org/pvdkg/ontology#Diabetes")
    assert (diabetes, skos.exactMatch, rdflib.URIRef("http://snomed.info/id/73211009")) in g  # hydrated


def test_sssom_validate_passes_on_the_tsv_and_the_rdf(sssom_exports):
    """`sssom validate` reads TSV only: the RDF is read back by `sssom parse -I rdf`, then validated."""
    tsv, ttl, back = (sssom_exports / n for n in ("pvdkg.sssom.tsv", "pvdkg.sssom.ttl", "from-rdf.sssom.tsv"))
    done = _sssom_cli("validate", str(tsv))
    assert done.returncode == 0, done.stderr[-2000:]
    yml = M.mapping_files(ROOT)[1]
    done = _sssom_cli("parse", str(ttl), "-I", "rdf", "-m", str(yml), "-o", str(back))
    assert done.returncode == 0, done.stderr[-2000:]
    assert back.read_text(encoding="utf-8").count("\tsemapv:ManualMappingCuration\t") == len(M.load_mappings(ROOT))
    done = _sssom_cli("validate", str(back))
    assert done.returncode == 0, done.stderr[-2000:]


# ---------------------------------------------------------------- FHIR CodeSystem and ConceptMaps

#: The codes of the R4 value set ConceptMapEquivalence (hl7.org/fhir/R4/valueset-concept-map-equivalence.html,
#: as listed in sssom.writers.to_fhir_json): fhir.resources does not check the binding, so this test does.
R4_EQUIVALENCE = {
    "relatedto",
    "equivalent",
    "equal",
    "wider",
    "subsumes",
    "narrower",
    "specializes",
    "inexact",
    "unmatched",
    "disjoint",
}


@pytest.fixture(scope="module")
def fhir_exports(tmp_path_factory):
    out = tmp_path_factory.mktemp("fhir")
    assert main(["export", "--format", "fhir-codesystem", "-o", str(out / "cs.json")]) == 0
    assert main(["export", "--format", "fhir-conceptmap", "-o", str(out / "cm.json")]) == 0
    return tuple(json.loads((out / n).read_text(encoding="utf-8")) for n in ("cs.json", "cm.json"))


def test_fhir_codesystem(fhir_exports):
    from fhir.resources.R4B.codesystem import CodeSystem

    data, _ = fhir_exports
    cs = CodeSystem.model_validate(data)
    assert cs.url == "https://w3id.org/pvdkg/fhir/CodeSystem/pvdkg" and cs.content == "complete"
    concepts = {c["code"]: c for c in data["concept"]}
    assert len(concepts) == len(data["concept"]) == data["count"]  # codes are unique

    def prop(code: str, name: str) -> list:
        return [
            next(v for k, v in p.items() if k.startswith("value"))
            for p in concepts[code].get("property", [])
            if p["code"] == name
        ]

    # interventions: code = the case identifier, display = rdfs:label, hierarchy by parent
    assert concepts["HighIntensityStatin"]["display"] == "high-intensity statin therapy"
    assert prop("HighIntensityStatin", "parent") == ["LipidLoweringTherapy"]
    assert prop("HighIntensityStatin", "notation") == ["HighIntensityStatin"]
    assert "definition" in concepts["Cilostazol"]
    # case values: the case value and its field, under their (not selectable) class
    assert prop("ClaudicationPresentation", "notation") == ["claudication"]
    assert prop("ClaudicationPresentation", "caseField") == ["presentation"]
    assert prop("ClaudicationPresentation", "parent") == ["ClinicalPresentation"]
    assert prop("ClinicalPresentation", "notSelectable") == [True]
    assert prop("Diabetes", "caseField") == ["conditions"]
    # two fields share the case value 'none': two concepts
    assert prop("NoVeinConduit", "notation") == prop("NoCalcification", "notation") == ["none"]
    assert prop("abi", "caseField") == ["abi"]
    # every parent is a code; every mapped pvdkg term is a code
    assert all(p in concepts for c in concepts for p in prop(c, "parent"))
    assert {r["subject_id"].split(":", 1)[1] for r in M.load_mappings(ROOT)} <= set(concepts)


def test_fhir_conceptmaps(fhir_exports):
    from fhir.resources.R4B.bundle import Bundle

    from pvdkg.readers.fhir import FHIR_SYSTEMS

    cs, data = fhir_exports
    bundle = Bundle.model_validate(data)
    assert bundle.type == "collection"
    codes_ = {c["code"] for c in cs["concept"]}
    got = {}
    for entry in data["entry"]:
        cmap = entry["resource"]
        assert cmap["resourceType"] == "ConceptMap" and cmap["url"].startswith("https://w3id.org/pvdkg/")
        (group,) = cmap["group"]
        assert group["source"] == cs["url"] and group["target"] in FHIR_SYSTEMS
        for element in group["element"]:
            assert element["code"] in codes_
            for t in element["target"]:
                assert t["equivalence"] in R4_EQUIVALENCE
                if t["equivalence"] in ("narrower", "inexact"):
                    assert t.get("comment"), t  # R4: the sense SHALL be described
                got[(element["code"], FHIR_SYSTEMS[group["target"]], t["code"])] = t["equivalence"]
    assert len({e["resource"]["group"][0]["target"] for e in data["entry"]}) == len(data["entry"])  # one per system
    assert got[("Diabetes", "snomedct", "73211009")] == "equivalent"  # exactMatch
    assert got[("Dialysis", "icd10cm", "Z99.2")] == "inexact"  # closeMatch
    assert got[("Diabetes", "icd10cm", "E11")] == "narrower"  # narrowMatch: the target is narrower
    assert got[("Dialysis", "icd10cm", "N18.6")] == "wider"  # broadMatch: the target is wider
    expected = {
        (r["subject_id"].split(":", 1)[1], r["object_id"].split(":", 1)[0], r["object_id"].split(":", 1)[1])
        for r in M.load_mappings(ROOT)
        if r["object_id"].split(":", 1)[0] in set(FHIR_SYSTEMS.values())
    }
    assert {(s, p, c.removeprefix("HP:") if p == "HP" else c) for s, p, c in got} == expected
