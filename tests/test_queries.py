"""Every query file parses and documents itself; each example query gives a known answer."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import canonical_quads

from pvdkg.cli import main
from pvdkg.knowledge import knowledge_root, query_header
from pvdkg.stores.embedded import EmbeddedStore

QUERIES = knowledge_root() / "queries"
EXAMPLE_CASES = Path(__file__).resolve().parent.parent / "examples"  # in the repository, not in the knowledge
ALL_QUERIES = sorted([*QUERIES.rglob("*.rq"), *QUERIES.rglob("*.ru")])
EXAMPLES = QUERIES / "examples"
HEADER_KEYS = ["summary", "inputs", "outputs", "source"]


def rel(p: Path) -> str:
    return str(p.relative_to(QUERIES))


# --- Every .rq / .ru under queries/ ------------------------------------------------------


def test_queries_are_found():
    assert len(ALL_QUERIES) > 20
    assert {p.parent.name for p in ALL_QUERIES} >= {"facts", "reason", "recommend", "qc", "examples"}


@pytest.mark.parametrize("path", ALL_QUERIES, ids=rel)
def test_query_parses(path):
    text = path.read_text(encoding="utf-8")
    store = ox.Store()
    if path.suffix == ".rq":
        store.query(text)  # raises SyntaxError on a bad query
    else:
        store.update(text)  # raises SyntaxError on a bad update


@pytest.mark.parametrize("path", ALL_QUERIES, ids=rel)
def test_query_header(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#+ summary:"), "the first line must be '#+ summary: ...'"
    header = query_header(text)
    assert list(header)[:4] == HEADER_KEYS, f"header keys {list(header)}"
    assert all(header[k].strip() for k in HEADER_KEYS), "empty header line"


# --- Example queries -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def kb():
    return EmbeddedStore.with_knowledge()


def run_example(store: EmbeddedStore, name: str, replace: tuple[str, str] | None = None) -> list[dict]:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    return store.select(text)


def test_examples_exist():
    assert {p.name for p in EXAMPLES.glob("*.rq")} >= {
        "rule-grades.rq",
        "contraindicated-interventions.rq",
        "statements-about-intervention.rq",
        "disrupt-pad-iii.rq",
        "citation-resolution.rq",
        "patient-entries.rq",
    }


def rule_ids(kb: EmbeddedStore) -> set[str]:
    """The ids of the knowledge base's rules (whatever their number: a new statement changes it)."""
    return {
        r["id"]
        for r in kb.select(
            "SELECT ?id WHERE { ?r a <https://w3id.org/pvdkg/ontology#Rule> ; "
            "<http://purl.org/dc/terms/identifier> ?id }"
        )
    }


def test_rule_grades(kb):
    listed = run_example(kb, "rule-grades.rq")
    rows = {r["id"]: r for r in listed}
    assert len(listed) == len(rows) and set(rows) == rule_ids(kb)  # every rule once, each graded
    assert (rows["R18"]["class"], rows["R18"]["level"], rows["R18"]["citations"]) == ("I", "B", "1 4")
    assert (rows["R05"]["class"], rows["R05"]["level"]) == ("III-Harm", "none given")
    assert (rows["R11"]["class"], rows["R11"]["level"], rows["R11"]["citations"]) == ("IIb", "C", "4")
    assert rows["R34"]["citations"] == "1 9 10"  # numeric order, not "1 10 9"
    assert rows["R33"]["citations"] == "3"
    assert rows["R33"]["conditionalCitations"].startswith("4 (when ChronicallyBedridden")
    assert "R02" not in rows and "R41" not in rows  # evidence and cautions are not rules


def test_contraindicated_interventions(kb):
    rows = run_example(kb, "contraindicated-interventions.rq")
    got = {(r["intervention"], r["rule"], r["via"]) for r in rows}
    bms = [r for r in rows if r["intervention"] == "BareMetalStent" and r["rule"] == "R24"]
    assert len(bms) == 1
    assert bms[0]["population"].endswith("#BelowKneeIndexLesionTrue") and bms[0]["via"] == "BareMetalStent"
    assert ("DrugElutingStent", "R10", "Revascularization") in got  # inherited down the hierarchy
    assert ("OralAnticoagulantMonotherapy", "R05", "OralAnticoagulantMonotherapy") in got
    assert ("UnstructuredWalkingAdvice", "R16", "UnstructuredWalkingAdvice") in got
    assert not {i for i, _, _ in got} & {"HighIntensityStatin", "AntiplateletTherapy", "PrimaryAmputation"}
    assert {r["status"] for r in rows} == {"contraindicated"}


def test_statements_about_revascularization(kb):
    rows = run_example(kb, "statements-about-intervention.rq")
    ids = {r["id"] for r in rows}
    assert {"R10", "R17", "R18", "R24", "R26", "R40"} <= ids  # rules on it and its descendants
    assert {"R19", "R32", "R39"} <= ids  # cautions reading their statuses
    assert {"R14", "R27"} <= ids  # evidence for those rules
    assert not ids & {"R01", "R34", "R37", "R42"}
    r18 = next(r for r in rows if r["id"] == "R18")
    assert (r18["intervention"], r18["kind"], r18["status"]) == (
        "FemoralTibialBypassAutogenousVein",
        "rule",
        "indicated",
    )
    r27 = {(r["intervention"], r["about"]) for r in rows if r["id"] == "R27"}
    assert r27 == {("IntravascularLithotripsy", "R26"), ("DrugCoatedBalloon", "R26")}


def test_statements_about_another_root(kb):
    rows = run_example(
        kb,
        "statements-about-intervention.rq",
        ("VALUES ?root { pvdkg:Revascularization }", "VALUES ?root { pvdkg:AntiplateletTherapy }"),
    )
    ids = {r["id"] for r in rows}
    assert {"R03", "R04", "R37", "R42"} <= ids
    assert not ids & {"R17", "R05"}


def test_disrupt_pad_iii(kb):
    rows = run_example(kb, "disrupt-pad-iii.rq")
    assert len(rows) == 3
    one_year = next(r for r in rows if r["timePoint"] == "P1Y")
    assert (one_year["endpoint"], one_year["ivl"], one_year["pta"], one_year["p"]) == (
        "primary patency",
        "80.5",
        "68.0",
        "P=0.017",
    )
    two_year = next(r for r in rows if r["timePoint"] == "P2Y")
    assert (two_year["ivl"], two_year["pta"], two_year["p"]) == ("70.3", "51.3", "P=0.003")
    stenting = next(r for r in rows if r["endpoint"] == "provisional stenting")
    assert (stenting["timePoint"], stenting["ivl"], stenting["pta"], stenting["p"]) == (
        "not given",
        "4.6",
        "18.3",
        "P<0.0001",
    )
    assert {r["reportedBy"] for r in rows} == {"R27"}


def test_citation_resolution(kb):
    rows = run_example(kb, "citation-resolution.rq")
    assert [r["number"] for r in rows] == [str(n) for n in range(1, 11)]
    resolved = {r["number"]: r for r in rows if r["resolved"] == "true"}
    assert set(resolved) == {"8"}
    assert resolved["8"]["reference"].endswith("/ref-5") and resolved["8"]["year"] == "2022"
    assert "Disrupt PAD III" in resolved["8"]["title"]
    assert "R27" in resolved["8"]["citedBy"].split()
    by_number = {r["number"]: r for r in rows}
    cited_by_2 = by_number["2"]["citedBy"].split()
    assert "R01" in cited_by_2 and cited_by_2 == sorted(set(cited_by_2))
    assert "R33" in by_number["4"]["citedBy"].split()
    assert "reference" not in by_number["9"] and by_number["9"]["resolved"] == "false"


CLTI_VEIN_BYPASS = {
    "id": "ex-c01",
    "presentation": "clti",
    "lesions": [
        {
            "segment": "infrapopliteal",
            "side": "left",
            "morphology": "occlusion",
            "length": "long",
            "calcification": "severe",
        }
    ],
    "conditions": ["diabetes"],
    "ambulatory": True,
    "surgical_risk": "acceptable",
    "vein_conduit": "ipsilateral_gsv",
}
ANTIPLATELET_ALLERGY = {
    "id": "ex-a06",
    "presentation": "clti",
    "lesions": [
        {
            "segment": "infrapopliteal",
            "side": "left",
            "morphology": "stenosis",
            "length": "short",
            "calcification": "severe",
        }
    ],
    "ambulatory": True,
    "surgical_risk": "acceptable",
    "vein_conduit": "ipsilateral_gsv",
    "contraindicated": ["AntiplateletTherapy"],
}


def test_patient_entries_through_the_cli(tmp_path, capsys):
    cases = []
    for case in (CLTI_VEIN_BYPASS, ANTIPLATELET_ALLERGY):
        path = tmp_path / f"{case['id']}.json"
        path.write_text(json.dumps(case), encoding="utf-8")
        cases += ["--case", str(path)]
    assert main(["query", str(EXAMPLES / "patient-entries.rq"), *cases, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = [{k: v["value"] for k, v in b.items()} for b in out["results"]["bindings"]]
    c01 = [r for r in rows if r["patient"] == "ex-c01"]
    entries = {r["intervention"]: r for r in c01}
    assert (
        entries["FemoralTibialBypassAutogenousVein"]["status"],
        entries["FemoralTibialBypassAutogenousVein"]["rules"],
    ) == ("indicated", "R18")
    assert (entries["BareMetalStent"]["status"], entries["BareMetalStent"]["rules"]) == ("contraindicated", "R24")
    statuses = [r["status"] for r in c01]
    assert statuses == sorted(statuses, key=["indicated", "consider", "contraindicated"].index)
    a06 = {r["intervention"]: r for r in rows if r["patient"] == "ex-a06"}
    assert a06["AntiplateletTherapy"]["status"] == "contraindicated"
    assert a06["AntiplateletTherapy"]["rules"] == "" and a06["AntiplateletTherapy"]["patientSpecific"] == "true"
    assert a06["SingleAntiplateletTherapy"]["status"] == "contraindicated"  # a descendant of the patient's list
    assert [r["patient"] for r in rows] == sorted(r["patient"] for r in rows)


def test_vocabulary_gives_statuses_by_rank_and_the_findings_that_flag(kb):
    """recommend/vocabulary.rq: the words of the result come from the ontology (rules 6, 10, 11)."""
    from pvdkg.derive import vocabulary

    words = vocabulary(kb)
    assert words.statuses == ("indicated", "consider", "contraindicated")
    assert words.protective_order == "contraindicated > consider > indicated"
    assert words.flagging_findings == {"contraindicated", "missing"}


# --- Knowledge materialised at load (queries/knowledge/, run in name order) ----------------

PV = "https://w3id.org/pvdkg/ontology#"
KB = "https://w3id.org/pvdkg/kb/"
PREFIXES = f"PREFIX pvdkg: <{PV}>\nPREFIX kb: <{KB}>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"


def test_subclass_closure_is_reflexive_and_transitive(kb):
    rows = kb.select(PREFIXES + "SELECT ?a WHERE { pvdkg:EndovascularRevascularization pvdkg:subClassOfOrSelf ?a }")
    ancestors = {r["a"] for r in rows}
    assert {PV + "EndovascularRevascularization", PV + "Revascularization", PV + "Intervention"} <= ancestors


def test_class_entailment_follows_equivalence_both_ways(kb):
    rows = kb.select(
        PREFIXES
        + """SELECT ?there ?back WHERE {
        kb:R20-population owl:equivalentClass ?expr .
        BIND (EXISTS { kb:R20-population pvdkg:entailsClass ?expr } AS ?there)
        BIND (EXISTS { ?expr pvdkg:entailsClass kb:R20-population } AS ?back) }"""
    )
    assert rows == [{"there": "true", "back": "true"}]


def test_intersections_are_flattened_with_their_size(kb):
    rows = kb.select(
        PREFIXES
        + """SELECT ?c ?size (COUNT(DISTINCT ?m) AS ?n) WHERE {
        ?c pvdkg:intersectionSize ?size ; pvdkg:intersectionMember ?m } GROUP BY ?c ?size"""
    )
    assert rows and all(int(r["size"]) == int(r["n"]) for r in rows)
    nested = kb.select(
        PREFIXES
        + """SELECT ?m WHERE { ?c pvdkg:intersectionMember ?m .
        ?m (owl:equivalentClass|^owl:equivalentClass)?/owl:intersectionOf ?list }"""
    )
    assert nested == []
    r20 = kb.select(
        PREFIXES + """SELECT ?m WHERE { kb:R20-population owl:equivalentClass ?e . ?e pvdkg:intersectionMember ?m }"""
    )
    members = {r["m"] for r in r20}
    # CLTIPendingTrue is itself defined as an intersection: its members replace it
    assert {
        PV + n for n in ("StagedDiseaseFalse", "NoVeinConduitTrue", "AmputationImminentTrue", "CLTITrue")
    } <= members
    assert PV + "CLTIPendingTrue" not in members


def test_false_rails_follow_de_morgan(kb):
    """05-false-rails.ru: a rule's population gets a named false rail; the opposite of an
    intersection is the union of its members' opposites, and the other way round; the
    rails are each other's opposite; a fact's own definition and a caution get none."""
    rows = kb.select(
        PREFIXES
        + """SELECT ?kind ?m WHERE {
        kb:R20-population pvdkg:oppositeRail kb:R20-populationFalse .
        kb:R20-populationFalse pvdkg:oppositeRail kb:R20-population ; owl:equivalentClass ?opp .
        ?opp ?kind ?list . ?list <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>*/<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?m }"""
    )
    assert {r["kind"] for r in rows} == {"http://www.w3.org/2002/07/owl#unionOf"}
    assert {r["m"] for r in rows} == {
        PV + n for n in ("CLTIPendingFalse", "StagedDiseaseTrue", "NoVeinConduitFalse", "AmputationImminentFalse")
    }
    # R21's "any of" (a union) inside its intersection: its opposite is an intersection
    inner = kb.select(
        PREFIXES
        + """SELECT ?opp WHERE { kb:R21-population owl:equivalentClass/owl:intersectionOf/
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>*/<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?u .
        ?u owl:unionOf ?l ; pvdkg:oppositeRail ?opp . ?opp owl:intersectionOf ?l2 }"""
    )
    assert len(inner) == 1
    none = kb.select(
        PREFIXES
        + """SELECT ?c WHERE { VALUES ?c { kb:R34xR38-population }
        ?c pvdkg:oppositeRail ?o }"""
    )
    assert none == []
    assert kb.select(PREFIXES + "SELECT ?c WHERE { ?c pvdkg:mirrorCell ?m }") == []  # scratch links removed


def test_unions_are_flattened(kb):
    """30-class-expression-members.rq: a union nested in a union (R22's false rail holds R21's) gives its members too."""
    rows = kb.select(
        PREFIXES + """SELECT ?m WHERE { kb:R22-populationFalse owl:equivalentClass ?u . ?u pvdkg:unionMember ?m }"""
    )
    assert PV + "StagedDiseaseTrue" in {r["m"] for r in rows}  # a member of R21's false rail


def test_condition_parts_stop_at_facts(kb):
    """70-condition-parts.rq: a population's parts are its expression's members, a nested
    expression's parts its members; a fact has none."""
    parts = {
        r["part"] for r in kb.select(PREFIXES + "SELECT ?part WHERE { kb:R22-population pvdkg:conditionPart ?part }")
    }
    assert {KB + "R21-population", PV + "BelowKneeUntreatedLesionTrue"} == parts
    nested = kb.select(
        PREFIXES
        + """SELECT ?part WHERE { kb:R21-population pvdkg:conditionPart ?u .
        FILTER (isBlank(?u)) ?u pvdkg:conditionPart ?part }"""
    )
    assert {r["part"] for r in nested} >= {PV + "HighSurgicalRiskTrue", PV + "NoVeinConduitTrue"}
    assert kb.select(PREFIXES + "SELECT ?p WHERE { pvdkg:CLTIPendingTrue pvdkg:conditionPart ?p }") == []


def _undecided_store(tmp_path, case: dict):
    from pvdkg import derive, reason
    from pvdkg.pipeline import check

    path = tmp_path / "u.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    store = EmbeddedStore.with_knowledge()
    store.add_ntriples(check(path).ntriples)
    reason.reason(store)
    derive.derive(store)
    return store


VEIN_UNKNOWN = {
    "id": "q-u",
    "presentation": "clti",
    "surgical_risk": "acceptable",
    "lesions": [{"segment": "infrapopliteal", "morphology": "stenosis", "length": "long", "calcification": "severe"}],
}


def test_undecided_rules_start_a_walk_only_where_neither_rail_holds(tmp_path):
    """50-undecided-rules.ru: R21 and R22 (vein unknown) start walks; R18 (false: no long occlusion) and R01 (true) do not."""
    store = _undecided_store(tmp_path, VEIN_UNKNOWN)
    roots = {r["root"] for r in store.select(PREFIXES + "SELECT ?root WHERE { ?w pvdkg:walkRoot ?root }")}
    assert roots == {KB + "R21-population", KB + "R22-population"}


def test_undecided_walk_reaches_only_unknown_parts(tmp_path):
    """51-undecided-walk.ru: from R21 the walk reaches NoVeinConduitTrue (unknown), not the
    false parts of the 'or' (high risk, short lesion) nor the true parts of the 'and'."""
    store = _undecided_store(tmp_path, VEIN_UNKNOWN)
    reached = {
        r["n"]
        for r in store.select(
            PREFIXES
            + """SELECT ?n WHERE {
        ?w pvdkg:walkRoot kb:R21-population ; pvdkg:walkReaches ?n . FILTER (isIRI(?n)) }"""
        )
    }
    assert reached == {KB + "R21-population", PV + "NoVeinConduitTrue"}


def test_undecided_query_names_rule_intervention_status_and_field(tmp_path):
    """undecided.rq: one row per undecided action and field."""
    from pvdkg.knowledge import read_query

    store = _undecided_store(tmp_path, VEIN_UNKNOWN)
    rows = store.select(read_query("recommend/undecided.rq"))
    assert sorted((r["recommendation"], r["intervention"], r["status"], r["field"]) for r in rows) == [
        ("R21", "EndovascularRevascularization", "indicated", "vein_conduit"),
        ("R22", "PercutaneousTransluminalAngioplasty", "indicated", "vein_conduit"),
    ]


def test_caution_required_entries_cover_descendants_when_asked(kb):
    rows = kb.select(
        PREFIXES
        + """SELECT ?iv ?st WHERE { kb:R19 pvdkg:requiresEntry ?r .
        ?r pvdkg:intervention ?iv ; pvdkg:status ?st }"""
    )
    pairs = {(r["iv"][len(PV) :], r["st"][len(PV) :]) for r in rows}
    assert {("SurgicalBypass", "Indicated"), ("SurgicalBypass", "Consider")} <= pairs
    below = kb.select(PREFIXES + "SELECT ?d WHERE { ?d pvdkg:subClassOfOrSelf pvdkg:SurgicalBypass }")
    assert {(r["d"][len(PV) :], "Indicated") for r in below} <= pairs


def test_population_leaves_are_the_named_classes_of_each_population(kb):
    """60-population-leaves.rq: the leaves of R20's expression are its named classes
    (CLTIPendingTrue is named, so it is a leaf though it is defined further); no list node."""
    rows = kb.select(PREFIXES + "SELECT ?leaf WHERE { kb:R20-population pvdkg:leafClass ?leaf }")
    leaves = {r["leaf"] for r in rows}
    assert {
        PV + n for n in ("StagedDiseaseFalse", "NoVeinConduitTrue", "AmputationImminentTrue", "CLTIPendingTrue")
    } <= leaves
    assert PV + "CLTITrue" not in leaves and all(not leaf.startswith("_:") for leaf in leaves)


def test_named_conditions_without_a_phrase_are_explained_by_their_definition(kb):
    """58-explained-by.rq: a population (no phrase) links to its definition; a fact with a
    phrase (CLTIPendingTrue, defined further) does not; R22's leaves reach into R21's."""
    explained = {r["c"] for r in kb.select(PREFIXES + "SELECT ?c WHERE { ?c pvdkg:explainedBy ?d }")}
    assert KB + "R21-population" in explained and PV + "CLTIPendingTrue" not in explained
    rows = kb.select(PREFIXES + "SELECT ?leaf WHERE { kb:R22-population pvdkg:leafClass ?leaf }")
    leaves = {r["leaf"] for r in rows}
    assert {PV + "BelowKneeUntreatedLesionTrue", PV + "ShortLesionTrue", PV + "HighSurgicalRiskTrue"} <= leaves


def test_population_branches_are_the_alternatives_and_their_leaves(kb):
    """62-population-branches.rq: R21's alternatives (high risk, no vein, short lesions without
    a long occlusion), R22's through R21; the leaves under the intersection alternative."""

    def branches(pop: str) -> set[str]:
        return {r["b"] for r in kb.select(PREFIXES + f"SELECT ?b WHERE {{ kb:{pop} pvdkg:reasonBranch ?b }}")}

    r21 = branches("R21-population")
    assert {PV + "HighSurgicalRiskTrue", PV + "NoVeinConduitTrue"} <= r21 and len(r21) == 3
    assert branches("R22-population") == r21  # R22 reads R21 and has no alternative of its own
    (anonymous,) = r21 - {PV + "HighSurgicalRiskTrue", PV + "NoVeinConduitTrue"}
    rows = kb.select(
        PREFIXES + "SELECT ?b ?leaf WHERE { kb:R21-population pvdkg:reasonBranch ?b . ?b pvdkg:branchLeaf ?leaf }"
    )
    under = {r["leaf"] for r in rows if r["b"] == anonymous}
    assert under == {PV + "ShortLesionTrue", PV + "LongOcclusionFalse"}


def test_field_values_list_the_values_of_each_enumerated_field(kb):
    rows = kb.select(PREFIXES + "SELECT ?prop ?v WHERE { ?prop pvdkg:fieldValue ?v }")
    values = {}
    for r in rows:
        values.setdefault(r["prop"][len(PV) :], set()).add(r["v"][len(PV) :])
    assert values["presentation"] == {"AsymptomaticPresentation", "ClaudicationPresentation", "CLTIPresentation"}
    assert set(values) == {"presentation", "hasCondition", "surgicalRisk", "veinConduit"}
    assert {"Diabetes", "Dialysis"} <= values["hasCondition"]
    assert not any(v.endswith("True") or v.endswith("False") for vs in values.values() for v in vs)  # values, not rails


def test_entry_support_names_the_winning_rules_and_their_citations(tmp_path):
    from pvdkg.pipeline import check, reasoned_store

    case = tmp_path / "c.json"
    case.write_text(
        '{"id": "q-support", "presentation": "clti", "conditions": ["weight_bearing_necrosis"],'
        ' "ambulatory": true, "vein_conduit": "none", "lesions": [{"segment": "popliteal",'
        ' "morphology": "stenosis", "length": "long", "calcification": "mild"}]}',
        encoding="utf-8",
    )
    store = reasoned_store([check(case)])
    rows = store.select(
        PREFIXES
        + """SELECT ?rule ?cite WHERE { ?e pvdkg:intervention pvdkg:EndovascularRevascularization ;
        pvdkg:supportedBy ?r . ?r <http://purl.org/dc/terms/identifier> ?rule . OPTIONAL { ?e pvdkg:entryCitation ?cite } }"""
    )
    assert {(r["rule"], r.get("cite")) for r in rows} == {("R33", "3")}  # R21 (indicated) lost to R33's consider


def test_cautions_update_links_patients_to_the_cautions_that_hold(tmp_path):
    """40-cautions.ru: unconditional cautions by population (R34, R35: dialysis), a
    conditional one (R39) only through the status of the intervention it requires."""
    from pvdkg.pipeline import check, reasoned_store

    case = {
        "id": "q-caution",
        "presentation": "clti",
        "conditions": ["weight_bearing_necrosis", "dialysis"],
        "ambulatory": True,
        "vein_conduit": "ipsilateral_gsv",
        "surgical_risk": "acceptable",
        "lesions": [{"segment": "popliteal", "morphology": "occlusion", "length": "long", "calcification": "severe"}],
    }
    query = PREFIXES + "SELECT ?id WHERE { ?p pvdkg:cautioned ?c . ?c <http://purl.org/dc/terms/identifier> ?id }"

    def cautioned(data):
        path = tmp_path / f"{data['id']}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return {r["id"] for r in reasoned_store([check(path)]).select(query)}

    assert cautioned(case) == {"R34", "R35", "R39"}
    no_dialysis = dict(case, id="q-caution-2", conditions=["weight_bearing_necrosis"])
    assert cautioned(no_dialysis) == {"R39"}
    asymptomatic = {"id": "q-caution-3", "presentation": "asymptomatic", "conditions": []}
    assert "R39" not in cautioned(asymptomatic)  # nothing revascularization-related holds


def test_an_audit_only_derivation_skips_what_only_other_parts_need(tmp_path):
    """The `#+ needed-by:` header: entry support and cautions are not
    written when only the audit is asked, and the audit is the same."""
    from pvdkg import derive, reason
    from pvdkg.pipeline import check

    path = tmp_path / "a.json"
    path.write_text(
        json.dumps(
            {
                "id": "q-audit",
                "presentation": "claudication",
                "conditions": ["diabetes"],
                "current_therapies": ["Cilostazol"],
            }
        ),
        encoding="utf-8",
    )
    stores = {}
    for audit_only in (True, False):
        store = EmbeddedStore.with_knowledge()
        store.add_ntriples(check(path).ntriples)
        reason.reason(store)
        derive.derive(store, audit_only=audit_only)
        stores[audit_only] = store
    written = PREFIXES + "ASK { { ?e pvdkg:supportedBy ?r } UNION { ?p pvdkg:cautioned ?c } }"
    assert not stores[True].db.query(written) and stores[False].db.query(written)
    audit = derive.audit_results(stores[True])
    full = derive.results(stores[False])
    assert {p: r.to_json() for p, r in audit.items()} == {
        p: {"patient": p, "audit": r.to_json()["audit"], "undecided": r.to_json()["undecided"]} for p, r in full.items()
    }
    assert any(r.audit for r in audit.values())


# --- Classification to a fixpoint (queries/reason/) ----------------------------------------


def _facts_store():
    """The example patients with their facts decided, not yet classified."""
    from pvdkg import reason
    from pvdkg.pipeline import check

    store = EmbeddedStore.with_knowledge()
    loaded = 0
    for path in sorted(EXAMPLE_CASES.glob("*.*")):
        c = check(path)
        if c.valid:
            store.add_ntriples(c.ntriples)
            loaded += 1
    assert loaded, f"no valid example patient in {EXAMPLE_CASES}"
    reason.derive_facts(store)
    return store


@pytest.mark.parametrize("rule, member", [("1-cls-uni", "unionMember"), ("2-cls-int", "intersectionMember")])
def test_reads_query_counts_the_memberships_its_rule_reads(rule, member):
    """reason/N-*-reads.rq: the memberships of patients in member classes; the rule names it."""
    from pvdkg.knowledge import read_query

    store = _facts_store()
    text = read_query(f"reason/{rule}.ru")
    assert query_header(text)["reads"] == f"reason/{rule}-reads.rq"
    counted = int(store.select(read_query(f"reason/{rule}-reads.rq"))[0]["n"])
    members = {r["m"] for r in store.select(PREFIXES + f"SELECT DISTINCT ?m WHERE {{ ?c pvdkg:{member} ?m }}")}
    typed = sum(
        1
        for q in store.db.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None)
        if q.object.value in members
    )
    assert counted == typed > 0


def test_classification_reaches_the_fixpoint_of_a_deep_nesting():
    """A made-up hierarchy that needs four rounds, with a union of a union (cls-uni feeding
    itself) and intersections fed by unions: the watermarked loop must not stop early."""
    from pvdkg import reason

    P = PV
    t = [
        f"<{P}U1> <{P}unionMember> <{P}A> .",
        f"<{P}I1> <{P}intersectionMember> <{P}U1> .",
        f"<{P}I1> <{P}intersectionMember> <{P}B> .",
        f"<{P}U2> <{P}unionMember> <{P}I1> .",
        f"<{P}I2> <{P}intersectionMember> <{P}U2> .",
        f"<{P}I2> <{P}intersectionMember> <{P}B> .",
        f"<{P}U3> <{P}unionMember> <{P}I2> .",
        f"<{P}U4> <{P}unionMember> <{P}U3> .",
        f'<{P}I1> <{P}intersectionSize> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f'<{P}I2> <{P}intersectionSize> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f"<urn:p> a <{P}Patient> , <{P}A> , <{P}B> .",
        f"<urn:q> a <{P}Patient> , <{P}A> .",
    ]
    t += [f"<{P}{c}> <{P}entailsClass> <{P}{c}> ." for c in ("A", "B", "U1", "I1", "U2", "I2", "U3", "U4")]
    store = EmbeddedStore()
    store.db.load("\n".join(t).encode(), format=ox.RdfFormat.TURTLE)
    reason.classify_rules(store)
    classes = {
        (q.subject.value, q.object.value[len(P) :])
        for q in store.db.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), None)
    }
    assert {c for s, c in classes if s == "urn:p"} == {"Patient", "A", "B", "U1", "I1", "U2", "I2", "U3", "U4"}
    assert {c for s, c in classes if s == "urn:q"} == {"Patient", "A", "U1"}


def test_classification_skips_rules_whose_input_did_not_grow():
    """The watermarked fixpoint derives exactly what running every rule until the store
    stops growing derives, and runs fewer rule updates."""
    from pvdkg import reason
    from pvdkg.knowledge import query_files, read_query

    fast, plain = _facts_store(), _facts_store()
    runs = []

    class Counting:
        def __init__(self, store):
            self.store = store

        def update(self, text):
            runs.append(text)
            self.store.update(text)

        def select(self, text):
            return self.store.select(text)

        def __len__(self):
            return len(self.store)

    reason.classify_rules(Counting(fast))
    rules = [read_query(rel) for rel in query_files("reason", ".ru")]
    plain_runs = 0
    for rule in rules:
        if query_header(rule).get("runs", "").startswith("once"):
            plain.update(rule)
            plain_runs += 1
    size = -1
    while len(plain) != size:
        size = len(plain)
        for rule in rules:
            if not query_header(rule).get("runs", "").startswith("once"):
                plain.update(rule)
                plain_runs += 1
    assert canonical_quads(fast) == canonical_quads(plain)
    assert len(runs) < plain_runs


KNOWLEDGE_SCOPE = [
    p for p in ALL_QUERIES if query_header(p.read_text(encoding="utf-8")).get("scope", "").startswith("knowledge")
]


def test_some_result_queries_read_the_knowledge_only():
    assert {rel(p) for p in KNOWLEDGE_SCOPE} >= {"recommend/hierarchy.rq", "recommend/vocabulary.rq"}


@pytest.mark.parametrize("path", KNOWLEDGE_SCOPE, ids=rel)
def test_a_knowledge_only_query_gives_the_same_rows_with_patients(path, tmp_path):
    """`#+ scope: knowledge` lets a store answer a query once per process: it must read no patient,
    so the rows after a derivation are the rows of the knowledge alone (and the cached ones)."""
    text = path.read_text(encoding="utf-8")
    store = _undecided_store(tmp_path, VEIN_UNKNOWN)
    alone = EmbeddedStore.with_knowledge().select(text)
    assert store.select(text) == alone
    assert store.select_knowledge(text) == alone
    # kept across stores, whose blank nodes differ (pvdkg.stores.embedded.EmbeddedStore._fresh)
    assert not [t for row in store.db.query(text) for t in row if isinstance(t, ox.BlankNode)]


def test_a_store_not_made_with_the_knowledge_answers_knowledge_queries_itself():
    from pvdkg.knowledge import read_query

    text = read_query("recommend/vocabulary.rq")
    assert EmbeddedStore().select_knowledge(text) == []
    assert EmbeddedStore.with_knowledge().select_knowledge(text) != []
