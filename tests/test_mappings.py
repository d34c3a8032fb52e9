"""The SSSOM mapping set (ontology/mappings/) and pvdkg.mappings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib

from pvdkg import mappings as M
from pvdkg.knowledge import read_query
from pvdkg.stores.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
SKOS = "http://www.w3.org/2004/02/skos/core#"
PVDKG = "https://w3id.org/pvdkg/ontology#"


@pytest.fixture(scope="module")
def rows():
    return M.load_mappings(ROOT)


@pytest.fixture(scope="module")
def store():
    s = EmbeddedStore.with_knowledge(ROOT)
    s.add_ntriples(M.mapping_triples(ROOT))
    return s


def statements(store, code: str) -> set[tuple[str, str, str]]:
    text = M.bind_target(read_query("mappings/statements-for-code.rq", ROOT), code, ROOT)
    return {(r["term"], r["id"], r.get("status", "")) for r in store.select(text)}


# --- the file -----------------------------------------------------------------


def test_sssom_file_validates():
    pytest.importorskip("sssom")
    assert M.validate_mapping_set(ROOT) == []


def test_every_row_has_source_and_exact_label(rows):
    assert len(rows) > 100
    for r in rows:
        assert r["see_also"].startswith(("https://github.com/", "https://pypi.org/project/")), r
        assert r["object_label"] and r["object_source_version"], r
        assert r["mapping_justification"] == "semapv:ManualMappingCuration"
        assert r["predicate_id"] in M.PREDICATES
    assert M.check_rows(rows, M.load_metadata(ROOT)["curie_map"]) == []


def good_row(**change) -> dict:
    row = {
        "subject_id": "pvdkg:Diabetes",
        "subject_label": "diabetes mellitus",
        "predicate_id": "skos:exactMatch",
        "object_id": "icd10cm:E08-E13",
        "object_label": "Diabetes mellitus (E08-E13)",
        "mapping_justification": "semapv:ManualMappingCuration",
        "mapping_date": "2026-11-25",
        "object_source_version": "ICD-10-CM April 1, 2026",
        "see_also": "https://pypi.org/project/simple-icd-10-cm/1.5.0/",
        "comment": "",
    }
    row.update(change)
    return row


def test_checker_fails_a_row_without_its_source():
    curie_map = M.load_metadata(ROOT)["curie_map"]
    assert M.check_rows([good_row()], curie_map) == []
    problems = M.check_rows([good_row(see_also="")], curie_map)
    assert any("no see_also" in p for p in problems), problems
    assert M.check_rows([good_row(see_also="checked by hand")], curie_map)
    assert M.check_rows([good_row(object_label="")], curie_map)
    assert M.check_rows([good_row(predicate_id="skos:relatedMatch")], curie_map)
    assert M.check_rows([good_row(object_id="SNOMED:73211009")], curie_map)  # not the set's prefix
    assert M.check_rows([good_row(), good_row()], curie_map)  # duplicate
    assert M.check_rows([good_row(), good_row(predicate_id="skos:closeMatch", object_label="Diabetes")], curie_map)


def test_load_mappings_refuses_a_row_without_source(tmp_path):
    (tmp_path / "ontology" / "mappings").mkdir(parents=True)
    tsv, yml = M.mapping_files(ROOT)
    (tmp_path / "ontology" / "mappings" / M.YML_NAME).write_text(yml.read_text(encoding="utf-8"), encoding="utf-8")
    lines = tsv.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    cells = lines[1].split("\t")
    cells[header.index("see_also")] = ""
    (tmp_path / "ontology" / "mappings" / M.TSV_NAME).write_text(
        "\n".join([lines[0], "\t".join(cells)]) + "\n", encoding="utf-8"
    )
    with pytest.raises(M.MappingError, match="no see_also"):
        M.load_mappings(tmp_path)


def test_subjects_are_pvdkg_terms_with_their_labels(rows):
    g = rdflib.Graph()
    for name in ("pvdkg.ttl", "interventions.ttl", "record.ttl"):
        g.parse(ROOT / "ontology" / name)
    for r in rows:
        iri = rdflib.URIRef(PVDKG + r["subject_id"].split(":", 1)[1])
        labels = {str(o) for o in g.objects(iri, rdflib.RDFS.label)}
        assert r["subject_label"] in labels, r["subject_id"]


def test_codes_match_the_bioregistry_patterns(rows):
    bioregistry = pytest.importorskip("bioregistry")
    for r in rows:
        prefix, code = r["object_id"].split(":", 1)
        pattern = bioregistry.get_pattern(prefix)
        assert pattern and re.match(pattern, code), r["object_id"]


def test_icd10cm_rows_recheck_against_the_package(rows):
    cm = pytest.importorskip("simple_icd_10_cm")
    icd = [r for r in rows if r["object_id"].startswith("icd10cm:")]
    assert icd
    for r in icd:
        code = r["object_id"].split(":", 1)[1]
        assert cm.is_valid_item(code), code
        assert cm.get_description(code) == r["object_label"], code


# --- prefixes -----------------------------------------------------------------


def test_prefixes_expand_to_bioregistry_iris():
    bioregistry = pytest.importorskip("bioregistry")
    curie_map = M.load_metadata(ROOT)["curie_map"]
    for prefix, uri in curie_map.items():
        if prefix in ("pvdkg", "skos", "semapv"):
            continue
        resource = bioregistry.get_resource(prefix)
        assert resource is not None, prefix
        assert prefix == (resource.get_preferred_prefix() or resource.prefix), prefix
        assert uri == (resource.get_rdf_uri_prefix() or resource.get_uri_prefix()), prefix
        for synonym in M.PREFIX_SYNONYMS[prefix]:
            known = {s.lower() for s in resource.get_synonyms()} | {resource.prefix.lower()}
            assert synonym.lower() in known, (prefix, synonym)
    conv = M.converter(ROOT)
    assert conv.expand("snomedct:63491006") == "http://snomed.info/id/63491006"
    assert conv.expand("MONDO:0005015") == "http://purl.obolibrary.org/obo/MONDO_0005015"
    assert conv.expand("mesh:D003920") == "http://id.nlm.nih.gov/mesh/D003920"
    assert conv.expand("skos:exactMatch") == SKOS + "exactMatch"


def test_mapping_triples_are_skos():
    g = rdflib.Graph().parse(data=M.mapping_triples(ROOT).decode("utf-8"), format="nt")
    diabetes = rdflib.URIRef(PVDKG + "Diabetes")
    sct = rdflib.URIRef("http://snomed.info/id/73211009")
    assert (diabetes, rdflib.URIRef(SKOS + "exactMatch"), sct) in g
    assert str(g.value(sct, rdflib.URIRef(SKOS + "prefLabel"))) == "Diabetes mellitus"
    assert str(g.value(sct, rdflib.URIRef(SKOS + "notation"))) == "73211009"
    assert g.value(sct, rdflib.URIRef(SKOS + "inScheme")) == rdflib.URIRef("https://bioregistry.io/snomedct")
    predicates = {str(p) for _, p, _ in g}
    assert predicates <= {
        SKOS + n for n in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "prefLabel", "notation", "inScheme")
    }


# --- mappings_for, both ways ---------------------------------------------------


def test_mappings_for_a_term():
    rows = M.mappings_for("CLTIPresentation", ROOT)
    assert {r["matched"] for r in rows} == {"subject"}
    assert ("skos:exactMatch", "mesh:D000089802") in {(r["predicate_id"], r["object_id"]) for r in rows}
    assert M.mappings_for("pvdkg:Cilostazol", ROOT) == M.mappings_for("cilostazol", ROOT)
    assert M.mappings_for(PVDKG + "Cilostazol", ROOT) == M.mappings_for("Cilostazol", ROOT)
    assert {r["object_id"] for r in M.mappings_for("Cilostazol", ROOT)} >= {"rxnorm:21107", "atc:B01AC23"}


def test_mappings_for_a_code_any_spelling():
    for spelling in ("SNOMEDCT:63491006", "snomedct:63491006", "SCTID:63491006", "http://snomed.info/id/63491006"):
        rows = M.mappings_for(spelling, ROOT)
        assert [(r["subject_id"], r["predicate_id"], r["matched"]) for r in rows] == [
            ("pvdkg:ClaudicationPresentation", "skos:exactMatch", "object")
        ], spelling
    assert {r["subject_id"] for r in M.mappings_for("MESH:d003920", ROOT)} == {"pvdkg:Diabetes"}
    assert {r["subject_id"] for r in M.mappings_for("rxnorm:243670", ROOT)} == {
        "pvdkg:SingleAntiplateletTherapy",
        "pvdkg:DualPathwayInhibition",
    }
    assert M.mappings_for("snomedct:1", ROOT) == []


# --- SPARQL: from a code to the statements -------------------------------------


def test_query_headers():
    from pvdkg.knowledge import query_files, query_header

    files = query_files("mappings", ".rq", ROOT)
    assert len(files) >= 3
    for rel in files:
        assert set(query_header(read_query(rel, ROOT))) >= {"summary", "inputs", "outputs", "source"}, rel


def test_snomed_claudication_finds_the_claudication_statements(store):
    found = statements(store, "snomedct:63491006")
    assert {t for t, _, _ in found} == {"ClaudicationPresentation"}
    ids = {i for _, i, _ in found}
    # R12 supervised exercise, R13 cilostazol, R10 no revascularization; R03 via SymptomaticTrue
    assert {"R03", "R10", "R12", "R13"} <= ids
    assert ("ClaudicationPresentation", "R13", "Indicated") in found
    assert ("ClaudicationPresentation", "R10", "Contraindicated") in found
    assert not ids & {"R09", "R34"}  # diabetes, dialysis


def test_snomed_diabetes_and_dialysis_codes(store):
    assert statements(store, "snomedct:73211009") == {("Diabetes", "R09", "Indicated")}
    dialysis = statements(store, "icd10cm:Z99.2")
    assert {i for _, i, _ in dialysis} >= {"R34"}


def test_drug_code_finds_rules_on_ancestors_and_the_term(store):
    found = statements(store, "rxnorm:2059015")  # rivaroxaban 2.5 MG Oral Tablet
    assert ("DualPathwayInhibition", "R03", "Indicated") in found
    assert ("DualPathwayInhibition", "R37", "Indicated") in found  # AntiplateletTherapy, an ancestor
    found = statements(store, "snomedct:276861004")  # balloon angioplasty of artery
    assert ("PercutaneousTransluminalAngioplasty", "R22", "Indicated") in found
    assert ("PercutaneousTransluminalAngioplasty", "R10", "Contraindicated") in found  # Revascularization


def test_mappings_of_term_query(store):
    rows = store.select(read_query("mappings/mappings-of-term.rq", ROOT))
    codes = {(r["vocabulary"].rsplit("/", 1)[1], r["code"]) for r in rows}
    assert ("snomedct", "73211009") in codes and ("icd10cm", "E08-E13") in codes
    text = M.bind_term(read_query("mappings/mappings-of-term.rq", ROOT), "Cilostazol")
    assert {r["code"] for r in store.select(text)} >= {"21107", "B01AC23"}


def test_entries_as_codes_query(tmp_path):
    from conftest import write_case

    from pvdkg.pipeline import check, reasoned_store

    case = {"id": "c1", "presentation": "claudication", "limb": "left", "conditions": ["diabetes"], "lesions": []}
    checked = check(write_case(tmp_path, case))
    assert checked.valid
    s = reasoned_store([checked])
    s.add_ntriples(M.mapping_triples(ROOT))
    rows = s.select(read_query("mappings/entries-as-codes.rq", ROOT))
    found = {(r["patient"], r["intervention"], r["status"], r.get("code")) for r in rows}
    assert ("c1", "Cilostazol", "Indicated", "21107") in found
    assert ("c1", "DualPathwayInhibition", "Indicated", "2059015") in found
