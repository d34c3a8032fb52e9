"""Quality control of the knowledge base: shapes/kb.ttl and queries/qc/*-violation.rq.

The real knowledge base must be clean; every check must catch its fixture.
Fixtures (tests/qc/):
    <check>.ttl            one defect for queries/qc/<check>-violation.rq, loaded on
                           top of the knowledge base; '# expect-entity[-n]:' and
                           '# expect-property[-n]:' name the rows it must produce.
    shacl/good-*.ttl       a minimal valid statement (or citation, intervention,
                           trial result): conforms to the shapes and passes every check.
    shacl/bad-*.ttl        a copy of a good fixture with one defect; '# expect-shape:'
                           names the shape (or SPARQL constraint) that must fail and
                           '# expect-path:' where (pvdkg.qc paths: 'kb:R90 pvdkg:citation').
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SH

from pvdkg.knowledge import query_header
from pvdkg.qc import (
    PREFIXES,
    QCResult,
    check_knowledge,
    check_store,
    kb_shapes,
    knowledge_graph,
    qc_checks,
    qc_query,
    run_check,
    run_qc,
    shorten,
    validate_kb,
)
from pvdkg.stores.embedded import EmbeddedStore
from pvdkg.validate import ValidationResult

FIXTURES = Path(__file__).resolve().parent / "qc"
SHACL_FIXTURES = FIXTURES / "shacl"
PVK = Namespace(PREFIXES["pvk"])
CHECKS = qc_checks()
REQUIRED_CHECKS = {
    "missing-label",
    "missing-definition",
    "statement-without-provenance",
    "rule-without-grade",
    "duplicate-statement-id",
    "population-not-a-class",
    "intervention-not-in-hierarchy",
    "fact-without-false-rail",
    "evidence-without-rule",
    "citation-not-cited",
    "caution-without-text",
}
GOOD = sorted(SHACL_FIXTURES.glob("good-*.ttl"))
BAD = sorted(SHACL_FIXTURES.glob("bad-*.ttl"))


def expectations(path: Path) -> dict[str, str]:
    """The '# expect-key: value' header lines of a fixture."""
    return dict(re.findall(r"^# expect-([\w-]+): (.*?)\s*$", path.read_text(encoding="utf-8"), re.M))


def with_fixture(path: Path) -> ox.Store:
    """The knowledge base with one fixture loaded on top."""
    store = EmbeddedStore.with_knowledge().db
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def kb_store() -> ox.Store:
    return EmbeddedStore.with_knowledge().db


# --- The real knowledge base is clean ---------------------------------------------


def test_required_checks_exist():
    assert REQUIRED_CHECKS <= set(CHECKS)


def test_knowledge_base_conforms_to_kb_shapes(kb_store):
    assert validate_kb(knowledge_graph(kb_store)) == []


def test_check_knowledge_is_clean():
    results = check_knowledge()
    assert results == [], "\n".join(map(str, results))


def test_run_qc_is_clean(kb_store):
    assert run_qc(kb_store) == []


def test_shapes_target_the_knowledge_base(kb_store):
    """The shapes are not vacuous: the KB has focus nodes for each targeted shape."""
    targets = shape_targets(knowledge_graph(kb_store))
    empty = [shorten(str(s)) for s, nodes in targets.items() if not nodes]
    assert not empty, f"shapes with no focus node in the knowledge base: {empty}"


@pytest.mark.parametrize("check", CHECKS)
def test_qc_query_finds_nothing_in_the_knowledge_base(kb_store, check):
    rows = run_check(kb_store, check)
    assert rows == [], "\n".join(map(str, rows))


@pytest.mark.parametrize("check", CHECKS)
def test_qc_query_returns_entity_property_value(kb_store, check):
    res = kb_store.query(qc_query(check))
    assert [v.value for v in res.variables] == ["entity", "property", "value"]
    header = query_header(qc_query(check))
    assert list(header)[:4] == ["summary", "inputs", "outputs", "source"]


# --- Each QC query catches its fixture ---------------------------------------------


@pytest.mark.parametrize("check", CHECKS)
def test_qc_query_catches_its_fixture(check):
    fixture = FIXTURES / f"{check}.ttl"
    assert fixture.is_file(), f"no bad fixture {fixture.name} for queries/qc/{check}-violation.rq"
    rows = run_check(with_fixture(fixture), check)
    assert rows, f"{check} found nothing in {fixture.name}"
    found = {(shorten(r.entity), shorten(r.property)) for r in rows}
    exp = expectations(fixture)
    wanted = {(exp[k], exp[k.replace("entity", "property")]) for k in exp if k.startswith("entity")}
    assert wanted, f"{fixture.name} names no expected entity"
    assert wanted <= found, f"expected {wanted}, got {found}"


def test_fact_without_false_rail_does_not_flag_the_false_side():
    rows = run_check(with_fixture(FIXTURES / "fact-without-false-rail.ttl"), "fact-without-false-rail")
    assert {shorten(r.entity) for r in rows} == {"pvdkg:FixtureATrue", "pvdkg:FixtureBTrue"}


def test_duplicate_statement_id_reports_both_statements():
    rows = run_check(with_fixture(FIXTURES / "duplicate-statement-id.ttl"), "duplicate-statement-id")
    assert {(shorten(r.entity), r.value) for r in rows} == {("kb:R01", "R01"), ("kb:R90", "R01")}


def test_citation_not_cited_counts_conditional_citations(tmp_path):
    """A number cited only through a conditional citation (as 4 is by R33 for the bedridden) is cited."""
    path = tmp_path / "conditional.ttl"
    path.write_text(
        (FIXTURES / "citation-not-cited.ttl").read_text(encoding="utf-8")
        + "kb:R01 pvdkg:conditionalCitation [ a pvdkg:ConditionalCitation ; pvdkg:citation kb:citation-99 ;"
        " pvdkg:whenPatientIn pvdkg:DialysisTrue ] .\n",
        encoding="utf-8",
    )
    assert run_check(with_fixture(path), "citation-not-cited") == []


def test_every_qc_fixture_belongs_to_a_check():
    names = {p.stem for p in FIXTURES.glob("*.ttl")}
    assert names == set(CHECKS)


def test_qc_result_as_validation_result():
    r = QCResult(
        entity="https://w3id.org/pvdkg/kb/R90",
        property="https://w3id.org/pvdkg/ontology#classOfRecommendation",
        value=None,
        check="rule-without-grade",
    )
    v = r.as_validation_result()
    assert isinstance(v, ValidationResult)
    assert v.path == "kb:R90 pvdkg:classOfRecommendation"
    assert v.severity == "violation"
    assert "rule-without-grade" in v.message and "queries/qc/rule-without-grade-violation.rq" in v.message


# --- SHACL fixtures ------------------------------------------------------------------


@pytest.mark.parametrize("fixture", GOOD, ids=lambda p: p.stem)
def test_good_fixture_passes_shapes_and_checks(fixture):
    results = check_store(with_fixture(fixture))
    assert results == [], "\n".join(map(str, results))


@pytest.mark.parametrize("fixture", BAD, ids=lambda p: p.stem)
def test_bad_fixture_fails_its_shape(fixture):
    exp = expectations(fixture)
    shape, path = exp["shape"], exp["path"]
    results = validate_kb(knowledge_graph(with_fixture(fixture)))
    assert results, f"{fixture.name} conforms"
    assert any(r.message.endswith(f"({shape})") and r.path == path for r in results), "\n".join(map(str, results))
    others = [r for r in results if not r.message.endswith(f"({shape})")]
    assert not others, "one defect should fail one shape:\n" + "\n".join(map(str, others))


def constraint_shapes() -> set[str]:
    """The named constraints of shapes/kb.ttl: property shapes, node shapes with
    their own constraint (sh:or), SPARQL constraints."""
    g = kb_shapes()
    named = set()
    for s in set(g.subjects(RDF.type, SH.PropertyShape)) | set(g.subjects(RDF.type, SH.SPARQLConstraint)):
        named.add(s)
    for s in g.subjects(RDF.type, SH.NodeShape):
        if (s, SH["or"], None) in g:
            named.add(s)
    return {shorten(str(s)) for s in named if isinstance(s, URIRef)}


def test_every_shape_has_a_bad_fixture():
    covered = {expectations(p)["shape"] for p in BAD}
    assert constraint_shapes() - covered == set()
    assert covered - constraint_shapes() == set(), "fixtures expect shapes that do not exist"


def shape_targets(data: Graph) -> dict[URIRef, set]:
    """The focus nodes of every targeted node shape of shapes/kb.ttl in a data graph."""
    g = kb_shapes()
    out: dict[URIRef, set] = {}
    for shape in g.subjects(RDF.type, SH.NodeShape):
        nodes: set = set()
        targeted = False
        for c in g.objects(shape, SH.targetClass):
            targeted = True
            nodes |= {
                r[0]
                for r in data.query(
                    "SELECT ?x WHERE { ?x a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?c }",
                    initBindings={"c": c},
                )
            }
        for p in g.objects(shape, SH.targetObjectsOf):
            targeted = True
            nodes |= set(data.objects(None, p))
        for t in g.objects(shape, SH.target):
            targeted = True
            select = str(g.value(t, SH.select))
            prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
            nodes |= {r[0] for r in data.query(prefixes + select)}
        if targeted:
            out[shape] = nodes
    return out


def test_every_targeted_shape_has_a_good_fixture(kb_store):
    """Each targeted shape has a focus node that a good fixture adds."""
    base = shape_targets(knowledge_graph(kb_store))
    covered = set()
    for fixture in GOOD:
        for shape, nodes in shape_targets(knowledge_graph(with_fixture(fixture))).items():
            if nodes - base[shape]:
                covered.add(shape)
    missing = sorted(shorten(str(s)) for s in set(base) - covered)
    assert not missing, f"targeted shapes without a good fixture: {missing}"


# --- Loading errors --------------------------------------------------------------------


def test_check_knowledge_on_an_edited_copy(tmp_path):
    """check_knowledge(root) reads an edited copy (as PVDKG_KNOWLEDGE would)."""
    import shutil

    root = Path(__file__).resolve().parent.parent
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(root / d, tmp_path / d)
    shutil.copy(FIXTURES / "rule-without-grade.ttl", tmp_path / "ontology" / "kb" / "zz-fixture.ttl")
    results = check_knowledge(tmp_path)
    paths = {r.path for r in results}
    assert "kb:R90 pvdkg:classOfRecommendation" in paths
    assert any("(pvk:Rule-classOfRecommendation)" in r.message for r in results)
    assert any("rule-without-grade" in r.message for r in results)
