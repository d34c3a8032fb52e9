"""Case shapes, case mapping and validation.

Fixtures: tests/shapes/valid/* must give no result; each tests/shapes/invalid/X
gives exactly the messages of its sibling X.expected.txt (one a line, order free).
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from pvdkg.knowledge import ontology_files, shapes_file
from pvdkg.readers import PVDKG, PVS, CaseLoadError, case_schema, map_case, read_case
from pvdkg.render import escape_controls
from pvdkg.validate import ValidationResult, load_and_validate, ordered, shacl_report, to_result, validate_case

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXTURES = HERE / "shapes"
SUFFIXES = {".json", ".yaml", ".yml", ".ttl", ".jsonld", ".json-ld", ".nt"}
VALID = sorted(p for p in (FIXTURES / "valid").iterdir() if p.suffix in SUFFIXES)
INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.suffix in SUFFIXES)
EXAMPLES = sorted((ROOT / "examples" / "invalid").glob("*.json"))
# The shared conformance cases live outside this repository, in ../shared beside it; a clone of
# pvdkg alone has none (their invalid cases are copied into tests/shapes/invalid as conformance-*).
CONFORMANCE = ROOT.parent / "shared" / "conformance"
NO_CONFORMANCE = (
    f"{CONFORMANCE} not found: the shared conformance cases live outside this repository "
    "(../shared beside it), which a clone of pvdkg alone does not have"
)
PATIENT = "https://w3id.org/pvdkg/patient/"
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    for f in ontology_files():
        g.parse(f, format="turtle")
    return g


@pytest.fixture(scope="module")
def schema(ontology):
    return case_schema(ontology)


def messages(path: Path, ontology: Graph) -> list[str]:
    """The messages as the CLI prints them (control characters escaped, as in the expected files)."""
    _, results = load_and_validate(path, ontology)
    return [escape_controls(str(r)) for r in results]


def expected_file(path: Path) -> Path:
    return path.with_name(path.stem + ".expected.txt")


def expected(path: Path) -> list[str]:
    return [line for line in expected_file(path).read_text().splitlines() if line.strip()]


# ---------------------------------------------------------------- fixtures


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_gives_no_result(path, ontology):
    assert messages(path, ontology) == []


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_fixture_gives_exactly_its_messages(path, ontology):
    assert sorted(messages(path, ontology)) == sorted(expected(path))


def test_every_invalid_fixture_states_its_messages():
    stated = {p.name for p in (FIXTURES / "invalid").glob("*.expected.txt")}
    assert {expected_file(p).name for p in INVALID} == stated
    assert all(expected(p) for p in INVALID)


CONTRACT_KINDS = {
    "required field missing": r"^presentation: is required$",
    "unknown field": r"^lesions\[0\]\.colour: is not a known field$",
    "wrong type: string": r"^lesions\[0\]\.length: 12 is not a string$",
    "wrong type: number": r": .* is not a number$",
    "wrong type: boolean": r": .* is not true or false$",
    "wrong type: list": r": .* is not a list$",
    "wrong type: object": r": .* is not an object$",
    "wrong type: null": r": null is not ",
    "value not allowed": r"^lesions\[1\]\.calcification: 'severe-ish' is not one of none, mild, moderate, severe$",
    "above range": r"^measurements\.abi: 7\.5 is above 3$",
    "below range": r"^measurements\.tbi: -1 is below 0$",
    "duplicate": r"^conditions\[2\]: 'diabetes' is listed twice$",
    "unknown intervention": r"^contraindicated\[\d\]: 'Aspirin' is not an intervention identifier$",
    "not a revascularization": r"^procedures\[0\]\.type: 'Cilostazol' is not a kind of Revascularization$",
    "malformed id": r"^id: '' is not a valid id \(1-64 of A-Z a-z 0-9 \. _ -\)$",
    "needs clti (condition)": r"^conditions\[\d\]: 'weight_bearing_necrosis' needs presentation clti$",
    "needs clti (amputation)": r"^amputation_imminent: true needs presentation clti$",
    "contradiction": r"^ambulatory: true contradicts chronically_bedridden$",
}


@pytest.mark.parametrize("kind", CONTRACT_KINDS)
def test_every_invalid_kind_of_the_contract_has_a_fixture(kind):
    pattern = re.compile(CONTRACT_KINDS[kind])
    assert any(pattern.search(m) for p in INVALID for m in expected(p)), kind


# ---------------------------------------------------------------- shapes


def _case_graph(path: Path, ontology: Graph) -> Graph:
    return read_case(path, ontology)[0]


def _named_property_shapes(shapes: Graph):
    return sorted({ps for ps in shapes.objects(None, SH.property) if isinstance(ps, URIRef)})


def _constraint_pairs(shapes: Graph, shape) -> set:
    """(shape, component) for each core constraint parameter or custom component the shape uses."""
    core = {
        SH.minCount: SH.MinCountConstraintComponent,
        SH.maxCount: SH.MaxCountConstraintComponent,
        SH.datatype: SH.DatatypeConstraintComponent,
        SH["in"]: SH.InConstraintComponent,
        SH.pattern: SH.PatternConstraintComponent,
        SH["class"]: SH.ClassConstraintComponent,
        SH.node: SH.NodeConstraintComponent,
        SH.minInclusive: SH.MinInclusiveConstraintComponent,
        SH.maxInclusive: SH.MaxInclusiveConstraintComponent,
        SH.closed: SH.ClosedConstraintComponent,
    }
    pairs = {(shape, c) for p, c in core.items() if (shape, p, None) in shapes}
    for comp in shapes.subjects(RDF.type, SH.ConstraintComponent):
        params = [shapes.value(p, SH.path) for p in shapes.objects(comp, SH.parameter)]
        if all((shape, p, None) in shapes for p in params):
            pairs.add((shape, comp))
    return pairs


def test_every_constraint_is_broken_by_some_invalid_fixture(ontology, schema):
    """The bad half of 'each shape has a good and a bad fixture', per constraint."""
    shapes = schema.shapes
    wanted = set()
    for node_shape in shapes.subjects(SH.targetClass, None):
        wanted |= _constraint_pairs(shapes, node_shape)
        for ps in shapes.objects(node_shape, SH.property):
            wanted |= _constraint_pairs(shapes, ps)
    fired = set()
    for path in INVALID:
        report = shacl_report(_case_graph(path, ontology), schema)
        fired |= {
            (report.value(r, SH.sourceShape), report.value(r, SH.sourceConstraintComponent))
            for r in report.objects(None, SH.result)
        }
    missing = sorted(f"{str(s).split('#')[-1]} {str(c).split('#')[-1]}" for s, c in wanted - fired)
    assert not missing, "; ".join(missing)


def test_every_property_shape_is_met_by_some_valid_fixture(ontology, schema):
    """The good half: each property shape's path has a (triggering) value in a valid fixture."""
    shapes = schema.shapes
    data = Graph()
    for path in VALID:
        data += _case_graph(path, ontology)
    for node_shape, cls in shapes.subject_objects(SH.targetClass):
        nodes = set(data.subjects(RDF.type, cls))
        assert nodes, f"no valid fixture has a {cls}"
        for ps in shapes.objects(node_shape, SH.property):
            path, when = shapes.value(ps, SH.path), shapes.value(ps, PVS.whenValue)
            values = {o for n in nodes for o in data.objects(n, path)}
            assert values if when is None else when in values, f"{ps} has no good fixture"


def test_shapes_are_documented(schema):
    shapes = schema.shapes
    documented = set(shapes.subjects(RDFS.comment, None)) | set(shapes.subjects(SH.description, None))
    things = (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.objects(None, SH.property))
        | set(shapes.subjects(RDF.type, SH.ConstraintComponent))
        | set(shapes.objects(None, SH.parameter))
        | set(shapes.objects(None, SH.propertyValidator))
    )
    assert sorted(map(str, things - documented)) == []


def test_targeted_shapes_are_closed(schema):
    for node_shape in schema.shapes.subjects(SH.targetClass, None):
        assert schema.shapes.value(node_shape, SH.closed) == Literal(True), node_shape
        ignored = list(Collection(schema.shapes, schema.shapes.value(node_shape, SH.ignoredProperties)))
        assert ignored == [RDF.type]


def test_every_case_field_of_the_ontology_has_a_shape(ontology, schema):
    paths = set(schema.shapes.objects(None, SH.path))
    assert sorted(set(ontology.subjects(PVDKG.caseField, None)) - paths) == []


def test_enumerations_list_every_individual_of_the_range(ontology, schema):
    """sh:in is the contract's order of values; it must hold exactly the ontology's individuals."""
    shapes = schema.shapes
    for ps in shapes.subjects(SH["in"], None):
        members = list(Collection(shapes, shapes.value(ps, SH["in"])))
        rng = ontology.value(shapes.value(ps, SH.path), RDFS.range)
        classes = set(ontology.transitive_subjects(RDFS.subClassOf, rng))
        individuals = {i for c in classes for i in ontology.subjects(RDF.type, c)}
        assert len(members) == len(set(members)) and set(members) == individuals, ps


def test_contract_value_lists_are_in_shape_order(ontology):
    res = messages(FIXTURES / "invalid" / "vein-conduit-unknown.json", ontology)
    assert res == ["vein_conduit: 'gsv' is not one of ipsilateral_gsv, contralateral_leg_vein, arm_vein, none"]


# ---------------------------------------------------------------- mapping


def test_iris_of_patient_and_nested_nodes(ontology):
    g, pm = read_case(FIXTURES / "valid" / "full-clti.json", ontology)
    p = URIRef(PATIENT + "case-017")
    assert (p, RDF.type, PVDKG.Patient) in g
    assert (p, PVDKG.hasLesion, URIRef(f"{p}/lesion/1")) in g
    assert (URIRef(f"{p}/lesion/1"), RDF.type, PVDKG.Lesion) in g
    assert (p, PVDKG.hadProcedure, URIRef(f"{p}/procedure/0")) in g
    assert (URIRef(f"{p}/procedure/0"), RDF.type, PVDKG.ProcedureRecord) in g
    assert (p, PVDKG.hasMeasurements, URIRef(f"{p}/measurements")) in g
    assert pm.nodes[p] == "" and pm.nodes[URIRef(f"{p}/lesion/1")] == "lesions[1]"
    assert pm.nodes[URIRef(f"{p}/measurements")] == "measurements"


@pytest.mark.parametrize(
    "case_id,local",
    [("case 7", "case%207"), ("a/b?c", "a%2Fb%3Fc"), ("", "_invalid"), (17, "_invalid"), (None, "_invalid")],
)
def test_patient_iri_encodes_or_marks_invalid_ids(schema, case_id, local):
    data = {"presentation": "clti"} if case_id is None else {"id": case_id, "presentation": "clti"}
    g, _ = map_case(data, schema)
    assert set(g.subjects(RDF.type, PVDKG.Patient)) == {URIRef(PATIENT + local)}


def test_values_map_to_individuals_identifiers_and_typed_literals(schema):
    g, pm = map_case(
        {
            "id": "m1",
            "presentation": "clti",
            "limb": "sideways",
            "ambulatory": False,
            "contraindicated": ["Cilostazol", "not an id"],
            "measurements": {"abi": 0.90, "tbi": -1, "ldl_mg_dl": 1e-7},
        },
        schema,
    )
    p, m = URIRef(PATIENT + "m1"), URIRef(PATIENT + "m1/measurements")
    assert g.value(p, PVDKG.caseId) == Literal("m1", datatype=XSD_STRING)
    assert g.value(p, PVDKG.presentation) == PVDKG.CLTIPresentation
    assert g.value(p, PVDKG.limb) == Literal("sideways", datatype=XSD_STRING)
    assert g.value(p, PVDKG.ambulatory) == Literal(False)
    assert set(g.objects(p, PVDKG.contraindicated)) == {PVDKG.Cilostazol, Literal("not an id", datatype=XSD_STRING)}
    assert [(str(o), o.datatype) for o in (g.value(m, PVDKG.abi), g.value(m, PVDKG.tbi))] == [
        ("0.9", XSD_DECIMAL),
        ("-1", XSD_DECIMAL),
    ]
    assert g.value(m, PVDKG.ldlCholesterol).value * 10**7 == 1
    assert pm.values[(p, PVDKG.contraindicated, PVDKG.Cilostazol)] == "contraindicated[0]"
    assert pm.values[(m, PVDKG.tbi, g.value(m, PVDKG.tbi))] == "measurements.tbi"


def test_defaults_are_not_materialized(schema):
    g, _ = map_case(
        {"id": "d", "presentation": "clti", "procedures": [{"type": "DrugCoatedBalloon", "result": "optimal"}]}, schema
    )
    assert not list(g.triples((None, PVDKG.amputationImminent, None)))
    assert not list(g.triples((None, PVDKG.episode, None)))


@pytest.mark.parametrize("therapies,recorded", [([], True), (["HighIntensityStatin"], True), (None, False)])
def test_current_therapies_recorded_when_the_field_is_there(schema, therapies, recorded):
    data = {"id": "r", "presentation": "clti"}
    if therapies is not None:
        data["current_therapies"] = therapies
    g, _ = map_case(data, schema)
    flag = (URIRef(PATIENT + "r"), PVDKG.currentTherapiesRecorded, Literal(True))
    assert (flag in g) is recorded


def test_yaml_and_json_give_the_same_graph(ontology):
    a, _ = read_case(FIXTURES / "valid" / "full-clti.json", ontology)
    b, _ = read_case(FIXTURES / "valid" / "full-clti.yaml", ontology)
    assert isomorphic(a, b) and len(a) == 50


def test_a_field_with_a_json_problem_is_not_mapped_nor_reported_twice(ontology, schema):
    g, pm = map_case(
        {
            "id": 7,
            "presentation": "clti",
            "lesions": [{"segment": "pedal", "morphology": "stenosis", "length": 12, "calcification": "none"}],
        },
        schema,
    )
    assert not list(g.triples((None, PVDKG.lesionLength, None)))
    assert not list(g.triples((None, PVDKG.caseId, None)))
    assert [str(r) for r in validate_case(g, pm, ontology)] == [
        "id: 7 is not a string",
        "lesions[0].length: 12 is not a string",
    ]


def test_rdf_paths_use_case_fields_and_node_names(ontology):
    _, pm = read_case(FIXTURES / "valid" / "rdf-patient.ttl", ontology)
    lesion = URIRef(PATIENT + "rdf-01/lesion/0")
    assert pm.node_path(lesion) == "lesions[0]"
    assert pm.path(lesion, PVDKG.segment) == "lesions[0].segment"
    assert pm.path(URIRef(PATIENT + "rdf-01"), PVDKG.hasCondition, PVDKG.Diabetes) == "conditions"


def test_several_rdf_patients_in_one_file_get_prefixed_paths(tmp_path, ontology):
    f = tmp_path / "two.ttl"
    f.write_text(
        "@prefix pvdkg: <https://w3id.org/pvdkg/ontology#> .\n"
        "<https://w3id.org/pvdkg/patient/a> a pvdkg:Patient ; pvdkg:caseId 'a' .\n"
        "<https://w3id.org/pvdkg/patient/b> a pvdkg:Patient ; pvdkg:caseId 'b' ;"
        " pvdkg:presentation pvdkg:CLTIPresentation .\n"
    )
    assert messages(f, ontology) == ["patient[a].presentation: is required"]


# ---------------------------------------------------------------- load errors


@pytest.mark.parametrize(
    "name,text",
    [
        ("broken.json", '{"id": "x",'),
        ("broken.yaml", "id: [x\n  presentation: clti"),
        ("broken.ttl", "<http://x> <http://y> ."),
        ("broken.jsonld", "{not json"),
        ("broken.nt", '<http://x> <http://y> "z"'),
        ("top-level-list.json", '[{"id": "x"}]'),
        ("top-level-number.yaml", "42\n"),
        ("empty.yaml", ""),
        ("key-twice.json", '{"id": "a", "presentation": "clti", "id": "b"}'),
        ("key-twice.yaml", "id: a\npresentation: clti\nid: b\n"),
        ("case.csv", "id,presentation\n"),
        ("no-patient.ttl", "<http://x> <http://y> <http://z> .\n"),
    ],
)
def test_unreadable_files_raise_one_line_case_load_errors(tmp_path, ontology, name, text):
    f = tmp_path / name
    f.write_text(text)
    with pytest.raises(CaseLoadError) as err:
        read_case(f, ontology)
    assert "\n" not in str(err.value) and str(f) in str(err.value)


def test_missing_and_undecodable_files_raise_case_load_errors(tmp_path, ontology):
    for name in ("nowhere.json", "nowhere.ttl"):
        with pytest.raises(CaseLoadError, match="cannot read"):
            read_case(tmp_path / name, ontology)
    f = tmp_path / "latin1.json"
    f.write_bytes(b'{"id": "caf\xe9"}')
    with pytest.raises(CaseLoadError, match="cannot read"):
        read_case(f, ontology)


# ---------------------------------------------------------------- results


def test_validation_result_is_a_frozen_record_printed_as_path_and_message(ontology):
    _, results = load_and_validate(FIXTURES / "invalid" / "conformance-i04-bad-interventions.json", ontology)
    aspirin = next(r for r in results if r.path == "contraindicated[1]")
    assert str(aspirin) == "contraindicated[1]: 'Aspirin' is not an intervention identifier"
    assert (aspirin.severity, aspirin.focus, aspirin.value) == ("violation", PATIENT + "i04", "'Aspirin'")
    twice = next(r for r in results if r.path == "contraindicated[2]")
    assert (twice.focus, twice.value) == (None, "'DualPathwayInhibition'")
    with pytest.raises(dataclasses.FrozenInstanceError):
        aspirin.path = "x"


def test_results_are_deduplicated_and_sorted_by_path_with_numeric_indexes():
    r = [
        ValidationResult("lesions[10].segment", "is required"),
        ValidationResult("lesions[2].segment", "is required"),
        ValidationResult("id", "is required"),
        ValidationResult("lesions[2].segment", "is required"),
    ]
    assert [x.path for x in ordered(r)] == ["id", "lesions[2].segment", "lesions[10].segment"]


def test_numbers_are_shown_as_written(ontology, tmp_path):
    f = tmp_path / "n.json"
    f.write_text('{"id": "n", "presentation": "clti", "measurements": {"abi": 4.0, "tbi": 2.50, "ldl_mg_dl": 1000.0}}')
    assert messages(f, ontology) == ["measurements.abi: 4.0 is above 3", "measurements.tbi: 2.5 is above 2"]


def test_prepared_queries_give_what_plain_pyshacl_gives(ontology, schema):
    """PreparedQueryGraph only caches parsing: results equal those of a plain rdflib graph."""
    for name in (
        "conformance-i03-inconsistent-clti-facts.json",
        "clti-persists-after-inflow-needs-clti.json",
        "rdf-cardinality-and-class.ttl",
    ):
        g, pm = read_case(FIXTURES / "invalid" / name, ontology)
        fast = shacl_report(g, schema)
        plain = shacl_report(g, schema, graph_class=Graph)

        def msgs(report, pm=pm):
            return sorted(str(to_result(report, r, schema, pm)) for r in report.objects(None, SH.result))

        assert msgs(fast) == msgs(plain) != []


def test_full_case_reports_every_consistency_rule(ontology, schema):
    """All conditions on a claudicant: the four clti-only findings and the bedridden contradiction."""
    worst = json.loads((FIXTURES / "valid" / "full-clti.json").read_text())
    worst["presentation"] = "claudication"  # triggers four consistency rules
    worst["conditions"] = [c for c in schema.root.fields["conditions"].enum]
    g, pm = map_case(worst, schema)
    results = validate_case(g, pm, ontology)
    assert len(results) == 5


# ---------------------------------------------------------------- examples and conformance

EXAMPLE_MESSAGES = {
    "claudicant-with-heel-necrosis.json": [
        "amputation_imminent: true needs presentation clti",
        "conditions[2]: 'weight_bearing_necrosis' needs presentation clti",
    ],
    "abi-entered-as-percent-ldl-as-text.json": [
        "measurements.abi: 85 is above 3",
        "measurements.ldl_mg_dl: '132 mg/dL' is not a number",
    ],
    "drug-names-instead-of-identifiers.json": [
        "allergies: is not a known field",
        "contraindicated[0]: 'Aspirin' is not an intervention identifier",
        "current_therapies[1]: 'Rivaroxaban' is not an intervention identifier",
        "current_therapies[2]: 'HighIntensityStatin' is listed twice",
        "lesions[0].calcification: 'heavy' is not one of none, mild, moderate, severe",
    ],
}


def test_examples_invalid_are_the_three_documented_cases():
    assert sorted(p.name for p in EXAMPLES) == sorted(EXAMPLE_MESSAGES)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_invalid_examples_give_their_violations(path, ontology):
    assert messages(path, ontology) == EXAMPLE_MESSAGES[path.name]


@pytest.mark.skipif(not CONFORMANCE.is_dir(), reason=NO_CONFORMANCE)
def test_shared_conformance_cases_validate_as_expected(ontology):
    cases = sorted((CONFORMANCE / "cases").glob("*.json"))
    assert cases, f"{CONFORMANCE / 'cases'} holds no case"
    for case in cases:
        want = json.loads((CONFORMANCE / "expected" / case.name).read_text())
        got = messages(case, ontology)
        if want.get("invalid"):
            assert sorted(got) == sorted(want["messages"]), case.name
        else:
            assert got == [], case.name


def test_shapes_file_is_where_resources_says(schema):
    assert shapes_file("case.ttl").is_file()
