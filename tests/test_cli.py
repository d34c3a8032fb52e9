"""The command line as a user meets it: exit codes, formats, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_case

from pvdkg.cli import main
from pvdkg.render import DISCLAIMER

ROOT = Path(__file__).resolve().parent.parent
CLTI = {
    "id": "cli-1",
    "presentation": "clti",
    "ambulatory": True,
    "surgical_risk": "acceptable",
    "vein_conduit": "ipsilateral_gsv",
    "conditions": ["dialysis"],
    "lesions": [{"segment": "infrapopliteal", "morphology": "occlusion", "length": "long", "calcification": "severe"}],
}


def pvdkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pvdkg", *args], capture_output=True, text=True, cwd=ROOT)


def test_recommend_json_is_the_contract_result(tmp_path, capsys):
    assert main(["recommend", str(write_case(tmp_path, CLTI)), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["patient"] == "https://w3id.org/pvdkg/patient/cli-1"
    assert set(result) == {"patient", "interventions", "conflicts", "cautions", "audit", "undecided"}
    first = result["interventions"][0]
    assert set(first) == {
        "intervention",
        "status",
        "class",
        "level",
        "recommendations",
        "citations",
        "evidence",
        "because",
    }


def test_recommend_text_groups_by_status_and_ends_with_disclaimer(tmp_path, capsys):
    assert main(["recommend", str(write_case(tmp_path, CLTI))]) == 0
    out = capsys.readouterr().out
    assert out.index("INDICATED") < out.index("CONSIDER") < out.index("CONTRAINDICATED") < out.index("CAUTIONS")
    assert "ToeBrachialIndex" in out and "COR III-Harm" in out
    assert out.rstrip().splitlines()[-1] == DISCLAIMER


def test_recommend_is_byte_identical_between_runs(tmp_path, capsys):
    path = str(write_case(tmp_path, CLTI))
    assert main(["recommend", path, "--format", "json"]) == 0
    first = capsys.readouterr().out
    assert main(["recommend", path, "--format", "json"]) == 0
    assert capsys.readouterr().out == first


def test_yaml_case(tmp_path, capsys):
    path = tmp_path / "c.yaml"
    path.write_text("id: y1\npresentation: claudication\nconditions: [current_smoker]\n", encoding="utf-8")
    assert main(["recommend", str(path), "--format", "json"]) == 0
    ivs = {e["intervention"]: e["status"] for e in json.loads(capsys.readouterr().out)["interventions"]}
    assert ivs["SmokingCessationPharmacotherapy"] == "indicated"


def test_invalid_case_exits_1_with_paths_and_no_traceback(tmp_path):
    bad = dict(CLTI, lesions=[{"segment": "knee", "morphology": "occlusion", "length": 12, "calcification": "severe"}])
    proc = pvdkg("recommend", str(write_case(tmp_path, bad)), "--format", "json")
    assert proc.returncode == 1
    assert "lesions[0].segment: 'knee' is not one of" in proc.stdout
    assert "lesions[0].length: 12 is not a string" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_validate_exit_codes(tmp_path, capsys):
    assert main(["validate", str(write_case(tmp_path, CLTI))]) == 0
    assert main(["validate", str(write_case(tmp_path, {"id": "x"}))]) == 1
    assert "presentation: is required" in capsys.readouterr().out


def test_missing_and_unparseable_files_exit_2_with_one_message(tmp_path):
    proc = pvdkg("recommend", str(tmp_path / "nope.json"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and proc.stderr.strip()
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    proc = pvdkg("recommend", str(broken))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_usage_error_exits_2():
    proc = pvdkg("recommend", "--format", "yaml")
    assert proc.returncode == 2 and "usage" in proc.stderr.lower() and "Traceback" not in proc.stderr


def test_query_over_case_in_table_csv_json(tmp_path, capsys):
    q = tmp_path / "q.rq"
    q.write_text(
        "PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>\n"
        "SELECT ?iv WHERE { ?e a pvdkg:Entry ; pvdkg:intervention ?iv ; pvdkg:status pvdkg:Indicated } ORDER BY ?iv\n",
        encoding="utf-8",
    )
    case = str(write_case(tmp_path, CLTI))
    assert main(["query", str(q), "--case", case]) == 0
    assert "pvdkg:ToeBrachialIndex" in capsys.readouterr().out
    assert main(["query", str(q), "--case", case, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "iv"
    assert main(["query", str(q), "--case", case, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["head"]["vars"] == ["iv"]


def test_query_syntax_error_exits_2(tmp_path, capsys):
    q = tmp_path / "bad.rq"
    q.write_text("SELECT WHERE {", encoding="utf-8")
    assert main(["query", str(q)]) == 2
    assert "syntax" in capsys.readouterr().err.lower()


def test_export_formats_round_trip(tmp_path):
    import rdflib

    for fmt, parse in (("turtle", "turtle"), ("json-ld", "json-ld"), ("xml", "xml")):
        out = tmp_path / f"kg.{fmt}"
        assert main(["export", "--format", fmt, "-o", str(out)]) == 0
        g = rdflib.Graph().parse(out, format=parse)
        assert (rdflib.URIRef("https://w3id.org/pvdkg/kb/R18"), None, None) in g


def test_check_passes_on_the_shipped_knowledge_base(capsys):
    assert main(["check"]) == 0
    assert "0 violation(s)" in capsys.readouterr().err


def test_check_fails_on_a_broken_statement(tmp_path, monkeypatch, capsys):
    import shutil

    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, tmp_path / d)
    (tmp_path / "ontology" / "kb" / "broken.ttl").write_text(
        "@prefix pvdkg: <https://w3id.org/pvdkg/ontology#> .\n@prefix kb: <https://w3id.org/pvdkg/kb/> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        'kb:R99 a pvdkg:Rule ; dcterms:identifier "R99" .\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(tmp_path))
    assert main(["check"]) == 1
    assert "kb:R99" in capsys.readouterr().out


def test_map_both_ways(capsys):
    assert main(["map", "ClaudicationPresentation"]) == 0
    out = capsys.readouterr().out
    assert "snomedct:63491006" in out and "Intermittent claudication (finding)" in out
    assert main(["map", "SNOMEDCT:63491006"]) == 0
    assert "pvdkg:ClaudicationPresentation" in capsys.readouterr().out
    assert main(["map", "no-such-term"]) == 1


def test_query_sees_the_mappings(tmp_path, capsys):
    q = tmp_path / "q.rq"
    q.write_text(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?term WHERE { ?term skos:exactMatch <http://snomed.info/id/63491006> }\n",
        encoding="utf-8",
    )
    assert main(["query", str(q)]) == 0
    assert "pvdkg:ClaudicationPresentation" in capsys.readouterr().out


def test_fhir_bundle_gives_the_same_result_as_the_equivalent_case(capsys):
    bundle = ROOT / "examples" / "fhir" / "clti-dialysis-tibial-occlusion.json"
    case = ROOT / "tests" / "fhir" / "clti-dialysis-tibial-occlusion.case.json"
    # the bundle is dated 2024-02-01: read as of then (today its LDL-C would be too old)
    assert main(["recommend", str(bundle), "--format", "json", "--as-of", "2024-02-01"]) == 0
    from_fhir = json.loads(capsys.readouterr().out)
    assert main(["recommend", str(case), "--format", "json"]) == 0
    from_case = json.loads(capsys.readouterr().out)
    unmapped = from_fhir.pop("unmapped")
    sources = from_fhir.pop("sources")
    assert from_fhir == from_case
    assert {"field": "presentation", "value": "clti", "resources": [sources[0]["resources"][0]]} == sources[0]
    assert all({"resource", "field", "system", "code"} <= set(u) for u in unmapped)
    assert "unmapped" not in from_case


def test_export_owl_xml_loads_back_in_owlready2(tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    pytest.importorskip("pyhornedowl")
    out = tmp_path / "pvdkg.owx"
    assert main(["export", "--format", "owx", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    world = owlready2.World()
    onto = world.get_ontology(out.as_uri()).load()
    assert onto.base_iri == "https://w3id.org/pvdkg/ontology#"
    statin = world["https://w3id.org/pvdkg/ontology#HighIntensityStatin"]
    assert world["https://w3id.org/pvdkg/ontology#LipidLoweringTherapy"] in statin.is_a
    assert world["https://w3id.org/pvdkg/kb/R18"] is not None


def test_export_json_ld_uses_the_published_context(tmp_path):
    import rdflib

    out = tmp_path / "pvdkg.jsonld"
    assert main(["export", "--format", "json-ld", "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    context = json.loads((ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == context
    g = rdflib.Graph().parse(out, format="json-ld")
    assert (rdflib.URIRef("https://w3id.org/pvdkg/kb/R18"), None, None) in g


def test_export_sssom_tsv_and_rdf(tmp_path):
    import rdflib

    tsv = tmp_path / "pvdkg.sssom.tsv"
    assert main(["export", "--format", "sssom-tsv", "-o", str(tsv)]) == 0
    pytest.importorskip("sssom")
    from sssom.parsers import parse_sssom_table

    msdf = parse_sssom_table(str(tsv))
    assert len(msdf.df) > 100 and "snomedct" in {k.lower() for k in msdf.converter.prefix_map}
    ttl = tmp_path / "pvdkg.sssom.ttl"
    assert main(["export", "--format", "sssom-rdf", "-o", str(ttl)]) == 0
    g = rdflib.Graph().parse(ttl, format="turtle")
    assert (
        rdflib.URIRef("https://w3id.org/pvdkg/ontology#ClaudicationPresentation"),
        rdflib.URIRef("http://www.w3.org/2004/02/skos/core#exactMatch"),
        rdflib.URIRef("http://snomed.info/id/63491006"),
    ) in g
