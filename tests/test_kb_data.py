"""Knowledge-base facts that results rely on: known conflicts and interactions are data."""

from conftest import entry

from pvdkg.stores.embedded import EmbeddedStore

PREFIXES = """PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def test_r10_r11_conflict_is_data_and_matches_the_derived_conflict(run):
    rows = EmbeddedStore.with_knowledge().select(
        PREFIXES
        + """
        SELECT ?id ?iv WHERE { ?c a pvdkg:StatementConflict ; pvdkg:between/dcterms:identifier ?id ;
                                  pvdkg:intervention/<http://www.w3.org/2004/02/skos/core#notation> ?iv } ORDER BY ?id"""
    )
    assert [(r["id"], r["iv"]) for r in rows] == [
        ("R10", "EndovascularRevascularization"),
        ("R11", "EndovascularRevascularization"),
    ]
    result = run(
        {
            "id": "kb-1",
            "presentation": "claudication",
            "lesions": [
                {"segment": "infrapopliteal", "morphology": "occlusion", "length": "long", "calcification": "severe"}
            ],
        }
    )
    assert result["conflicts"][0]["intervention"] == "EndovascularRevascularization"
    assert result["conflicts"][0]["recommendations"] == ["R10", "R11"]
    assert entry(result, "EndovascularRevascularization")["status"] == "contraindicated"


def test_r34_r38_interaction_is_data():
    rows = EmbeddedStore.with_knowledge().select(
        PREFIXES
        + """
        SELECT ?id WHERE { ?i a pvdkg:Interaction ; pvdkg:between/dcterms:identifier ?id } ORDER BY ?id"""
    )
    assert [r["id"] for r in rows] == ["R34", "R38"]


def test_every_statement_has_a_source_excerpt_or_editor_attribution():
    rows = EmbeddedStore.with_knowledge().select(
        PREFIXES
        + """
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?id WHERE { ?s a pvdkg:Statement ; dcterms:identifier ?id .
          FILTER NOT EXISTS { ?s pvdkg:sourceExcerpt ?x } FILTER NOT EXISTS { ?s prov:wasAttributedTo ?a } }"""
    )
    assert rows == []


def test_r41_is_attributed_to_the_editors_not_the_source():
    rows = EmbeddedStore.with_knowledge().select("""PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?who ?from WHERE { <https://w3id.org/pvdkg/kb/R41> prov:wasAttributedTo ?who .
          OPTIONAL { <https://w3id.org/pvdkg/kb/R41> prov:wasDerivedFrom ?from } }""")
    assert rows == [{"who": "https://w3id.org/pvdkg/kb/PvdkgEditors"}]
