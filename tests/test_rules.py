"""Named test patients beside each statement of the knowledge base.

In the style of the WHO SMART guidelines' test cases, ``tests/rules/`` holds
one YAML file per statement (``R01.yaml`` ... ``R42.yaml``) and per
interaction (``R34xR38.yaml``). Each file is a list of named patients:

    - name: applies-vein-bypass          # unique in the file; the test id is
                                         # '<file stem>-<name>', e.g. R18-applies-vein-bypass
      description: one or two sentences saying what the patient shows
      case: {id: ..., presentation: ...} # a full, valid case (case-format.md)
      expect: {...}                      # what must hold in its result

``expect`` (every key optional; a key left out is not checked):

applies: true | false | overruled
    Whether the file's statement shows in the result. Where it must show
    depends on the statement's kind, read from the knowledge graph:
    - rule: in some intervention's ``recommendations``, or, for a rule whose
      status loses, in some ``conflicts[].recommendations``;
    - caution: in some ``cautions[].recommendations``; a statement that is
      both a rule and a caution (R34, R35) must show (or not show) in both;
    - evidence statement: in some intervention's ``evidence``;
    - interaction (R34xR38): a caution naming exactly both statements.
    ``overruled`` (rules only): the rule applies but loses every time: it
    is in ``conflicts`` and in no intervention's ``recommendations``.
interventions: {Intervention: {key: value}}
    For each listed intervention an entry must exist, and each given key of
    ``status``, ``class``, ``level``, ``recommendations``, ``citations`` and
    ``evidence`` must equal the entry's value; ``because`` lists phrases each
    of which must occur in one of the entry's ``because`` items (free text is
    otherwise not checked).
absent: [Intervention, ...]
    These interventions have no entry.
entries: [Intervention, ...]
    The exact identifiers of all entries, in result order (status, then id).
conflicts: [{intervention, recommendations, resolved_to, why?}, ...]
    The exact list of conflicts, in order; ``why`` (optional) is a phrase
    that must occur in the conflict's ``why``.
cautions: [[Rxx, ...], ...]
    The exact ``recommendations`` of every caution, in order.
audit: [{intervention, finding, recommendations}, ...]
    The exact audit, in order.
undecided: [{recommendation, intervention, status, ask}, ...]
    The exact undecided part (contract v3, rule 12), in order: the rules the
    case leaves open, with the case fields to ask for.

Every statement of the knowledge base needs a patient for whom it applies and
one for whom it does not (the clinically interesting near miss): see
``test_every_statement_has_test_patients``. A guideline author who adds a
statement is told here to add its test patients.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import entry

from pvdkg.stores.embedded import EmbeddedStore

RULES_DIR = Path(__file__).resolve().parent / "rules"

EXPECT_KEYS = {"applies", "interventions", "absent", "entries", "conflicts", "cautions", "audit", "undecided"}
ENTRY_KEYS = {"status", "class", "level", "recommendations", "citations", "evidence", "because"}

PREFIXES = """
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


# ---------------------------------------------------------------- the knowledge graph


def _statement_kinds() -> dict[str, set[str]]:
    """Statement id -> its kinds (Rule, Caution, EvidenceStatement, Interaction)."""
    store = EmbeddedStore.with_knowledge()
    kinds: dict[str, set[str]] = {}
    rows = store.select(
        PREFIXES
        + """
        SELECT ?id ?kind WHERE {
          VALUES ?kind { pvdkg:Rule pvdkg:Caution pvdkg:EvidenceStatement }
          ?s a ?kind ; dcterms:identifier ?id .
        }"""
    )
    for row in rows:
        kinds.setdefault(row["id"], set()).add(row["kind"].rsplit("#", 1)[-1])
    # An interaction is named by the statements it lies between: 'R34xR38'.
    rows = store.select(
        PREFIXES
        + """
        SELECT ?s ?id WHERE { ?s a pvdkg:Interaction ; pvdkg:between ?b . ?b dcterms:identifier ?id . }"""
    )
    between: dict[str, list[str]] = {}
    for row in rows:
        between.setdefault(row["s"], []).append(row["id"])
    for ids in between.values():
        kinds.setdefault("x".join(sorted(ids)), set()).add("Interaction")
    return kinds


def _universal_rules() -> dict[str, bool]:
    """Rules that apply to every patient (each action's population is pvdkg:Patient).

    Value: whether the rule can be overruled at all (a rule that contraindicates
    is already the most protective status, so nothing can win over it).
    """
    store = EmbeddedStore.with_knowledge()
    rows = store.select(
        PREFIXES
        + """
        SELECT ?id (SAMPLE(?st) AS ?status) WHERE {
          ?r a pvdkg:Rule ; dcterms:identifier ?id ; pvdkg:hasAction ?a .
          ?a pvdkg:status ?st .
          FILTER NOT EXISTS { ?r pvdkg:hasAction ?other . ?other pvdkg:population ?pop .
                              FILTER (?pop != pvdkg:Patient) }
        } GROUP BY ?id"""
    )
    return {r["id"]: not r["status"].endswith("#Contraindicated") for r in rows}


KINDS = _statement_kinds()


# ---------------------------------------------------------------- the fixtures


def _load_fixtures() -> list[tuple[str, str, dict]]:
    """(statement, test id, patient) for every patient of every fixture file."""
    out = []
    for path in sorted(RULES_DIR.glob("*.yaml")):
        patients = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(patients, list), f"{path.name}: a fixture file is a list of patients"
        names = set()
        for p in patients:
            assert set(p) == {"name", "description", "case", "expect"}, (
                f"{path.name}: {p.get('name')}: keys {sorted(p)}"
            )
            assert p["name"] not in names, f"{path.name}: patient name {p['name']!r} used twice"
            names.add(p["name"])
            unknown = set(p["expect"]) - EXPECT_KEYS
            assert not unknown, f"{path.name}: {p['name']}: unknown expect keys {sorted(unknown)}"
            out.append((path.stem, f"{path.stem}-{p['name']}", p))
    return out


FIXTURES = _load_fixtures()


# ---------------------------------------------------------------- checks


def _in_recommendations(result: dict, sid: str) -> bool:
    return any(sid in e["recommendations"] for e in result["interventions"])


def _in_conflicts(result: dict, sid: str) -> bool:
    return any(sid in c["recommendations"] for c in result["conflicts"])


def _in_cautions(result: dict, sid: str) -> bool:
    return any(sid in c["recommendations"] for c in result["cautions"])


def _in_evidence(result: dict, sid: str) -> bool:
    return any(sid in e["evidence"] for e in result["interventions"])


def _shows(result: dict, sid: str) -> dict[str, bool]:
    """Where the statement shows in the result, by each of its kinds."""
    kinds = KINDS[sid]
    shows: dict[str, bool] = {}
    if "Interaction" in kinds:
        pair = sorted(sid.split("x"))
        shows["Interaction"] = any(c["recommendations"] == pair for c in result["cautions"])
    if "Rule" in kinds:
        shows["Rule"] = _in_recommendations(result, sid) or _in_conflicts(result, sid)
    if "Caution" in kinds:
        shows["Caution"] = _in_cautions(result, sid)
    if "EvidenceStatement" in kinds:
        shows["EvidenceStatement"] = _in_evidence(result, sid)
    return shows


def check_applies(result: dict, sid: str, applies) -> None:
    shows = _shows(result, sid)
    if applies == "overruled":
        assert "Rule" in KINDS[sid], f"only a rule can be overruled; {sid} is {sorted(KINDS[sid])}"
        assert _in_conflicts(result, sid), f"{sid} should lose a conflict: conflicts {result['conflicts']}"
        assert not _in_recommendations(result, sid), f"{sid} should win nowhere"
        return
    assert applies in (True, False), f"applies must be true, false or overruled, not {applies!r}"
    for kind, shown in shows.items():
        assert shown == applies, f"{sid} ({kind}) should {'' if applies else 'not '}apply; result: {_summary(result)}"


def check_interventions(result: dict, expected: dict) -> None:
    for iv, want in expected.items():
        e = entry(result, iv)
        assert e is not None, f"{iv} should have an entry; result: {_summary(result)}"
        unknown = set(want) - ENTRY_KEYS
        assert not unknown, f"unknown intervention keys {sorted(unknown)}"
        for key, value in want.items():
            if key == "because":
                for phrase in value:
                    assert any(phrase in b for b in e["because"]), f"{iv}: {phrase!r} not in because {e['because']}"
            else:
                assert e[key] == value, f"{iv}.{key}: {e[key]!r} != expected {value!r}"


def _summary(result: dict) -> str:
    ivs = ", ".join(f"{e['intervention']}={e['status']}{e['recommendations']}" for e in result["interventions"])
    return (
        f"[{ivs}] conflicts={[(c['intervention'], c['recommendations'], c['resolved_to']) for c in result['conflicts']]} "
        f"cautions={[c['recommendations'] for c in result['cautions']]} "
        f"audit={[(a['intervention'], a['finding'], a['recommendations']) for a in result['audit']]}"
    )


def check_result(result: dict, sid: str, expect: dict) -> None:
    if "applies" in expect:
        check_applies(result, sid, expect["applies"])
    if "interventions" in expect:
        check_interventions(result, expect["interventions"])
    for iv in expect.get("absent", []):
        assert entry(result, iv) is None, f"{iv} should have no entry: {entry(result, iv)}"
    if "entries" in expect:
        assert [e["intervention"] for e in result["interventions"]] == expect["entries"]
    if "conflicts" in expect:
        got = [{k: c[k] for k in ("intervention", "recommendations", "resolved_to")} for c in result["conflicts"]]
        want = [{k: c[k] for k in ("intervention", "recommendations", "resolved_to")} for c in expect["conflicts"]]
        assert got == want, f"conflicts: {got}"
        for c, w in zip(result["conflicts"], expect["conflicts"]):
            if "why" in w:
                assert w["why"] in c["why"], f"{c['intervention']}: {w['why']!r} not in why {c['why']!r}"
    if "cautions" in expect:
        assert [c["recommendations"] for c in result["cautions"]] == expect["cautions"]
    if "audit" in expect:
        assert result["audit"] == expect["audit"], f"audit: {result['audit']}"
    if "undecided" in expect:
        assert result["undecided"] == expect["undecided"], f"undecided: {result['undecided']}"


# ---------------------------------------------------------------- tests


@pytest.mark.parametrize("sid, patient", [(sid, p) for sid, _, p in FIXTURES], ids=[tid for _, tid, _ in FIXTURES])
def test_patient(run, sid, patient):
    assert sid in KINDS, f"{sid}.yaml names no statement of the knowledge base"
    result = run(patient["case"])
    check_result(result, sid, patient["expect"])


def test_every_statement_has_test_patients():
    """Each statement of the knowledge graph has a patient it applies to and one it must not.

    A statement that applies to every patient (R01, R07, R16) has no patient
    it does not apply to: it needs instead a patient for whom it is overruled,
    unless it contraindicates (nothing overrules a contraindication).
    """
    universal = _universal_rules()
    seen: dict[str, set] = {}
    for sid, _, p in FIXTURES:
        applies = p["expect"].get("applies")
        seen.setdefault(sid, set()).add(applies)
        if applies == "overruled":  # an overruled rule applies too (it shows in conflicts)
            seen[sid].add(True)
    problems = []
    for sid in sorted(KINDS):
        got = seen.get(sid, set())
        needs = {True}
        if sid in universal:
            if universal[sid]:
                needs.add("overruled")
        else:
            needs.add(False)
        missing = needs - got
        if missing:
            words = {True: "applies: true", False: "applies: false", "overruled": "applies: overruled"}
            order = [True, False, "overruled"]
            problems.append(
                f"{sid}: add to tests/rules/{sid}.yaml a patient with "
                + " and one with ".join(words[m] for m in order if m in missing)
            )
    assert not problems, "statements without test patients:\n" + "\n".join(problems)


def test_no_fixture_for_unknown_statement():
    stray = sorted({sid for sid, _, _ in FIXTURES} - set(KINDS))
    assert not stray, f"fixture files name no statement of the knowledge base: {stray}"


#: The rules whose condition a case can leave unknown (a lesion fact, vein_conduit,
#: surgical_risk or ambulatory in their condition, directly or through R21 / R40).
CAN_BE_UNDECIDED = ("R10", "R11", "R18", "R20", "R21", "R22", "R24", "R26", "R28", "R29", "R31", "R33", "R40")


def test_every_rule_that_can_be_undecided_has_an_undecided_patient():
    """Rule 12: each of these rules has a named patient in its own file for whom it is undecided."""
    missing = []
    for rid in CAN_BE_UNDECIDED:
        mine = [p for sid, _, p in FIXTURES if sid == rid]
        if not any(u["recommendation"] == rid for p in mine for u in p["expect"].get("undecided", [])):
            missing.append(rid)
    assert not missing, f"add a patient with 'undecided' naming the rule to tests/rules/<id>.yaml: {missing}"


def test_undecided_patients_show_pruning():
    """Some named patients are decided although a field is missing (an 'and' already false, an 'or' already true)."""
    pruned = [tid for _, tid, p in FIXTURES if p["expect"].get("undecided") == [] and "prunes" in tid]
    assert len(pruned) >= 3, pruned
