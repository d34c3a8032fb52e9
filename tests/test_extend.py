"""A guideline author adds a recommendation by editing RDF only.

The knowledge files are copied to a temporary folder, a new statement R43
(with a new intervention class and a population over existing facts) is
added as one Turtle file, and PVDKG_KNOWLEDGE points pvdkg at the copy: the
new rule shows up in results, with its citation, reasons and a conflict, and
no Python file changed.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from conftest import KB_PREFIXES, entry, recommend_case

ROOT = Path(__file__).resolve().parent.parent


R43 = (
    KB_PREFIXES
    + """
pvdkg:WoundCareReferral a owl:Class ;
    rdfs:subClassOf pvdkg:Intervention ;
    rdfs:label "wound care referral" ; skos:notation "WoundCareReferral" ;
    skos:definition "Referral to a multidisciplinary wound care team." .

kb:R43 a pvdkg:Rule ;
    dcterms:identifier "R43" ;
    rdfs:label "R43: wound care for CLTI with diabetes (test statement)" ;
    dcterms:description "Refer diabetic patients with CLTI to wound care." ;
    pvdkg:appliesToText "presentation clti and diabetes" ;
    pvdkg:hasAction [ pvdkg:population kb:R43-population ; pvdkg:intervention pvdkg:WoundCareReferral ; pvdkg:status pvdkg:Indicated ] ,
                    [ pvdkg:population kb:R43-population ; pvdkg:intervention pvdkg:UnstructuredWalkingAdvice ; pvdkg:status pvdkg:Consider ] ;
    pvdkg:classOfRecommendation pvdkg:COR_IIa ; pvdkg:levelOfEvidence pvdkg:LOE_C_EO ;
    pvdkg:citation kb:citation-2 ;
    prov:wasAttributedTo kb:PvdkgEditors .

kb:R43-population a owl:Class ; rdfs:label "R43 population" ;
    skos:definition "CLTI with diabetes." ;
    owl:equivalentClass [ a owl:Class ; owl:intersectionOf ( pvdkg:CLTITrue pvdkg:DiabetesTrue ) ] .
"""
)

CASE = {
    "id": "ext-1",
    "presentation": "clti",
    "conditions": ["diabetes"],
    "lesions": [{"segment": "infrapopliteal", "morphology": "occlusion", "length": "long", "calcification": "severe"}],
}


def _python_digest() -> str:
    h = hashlib.sha256()
    for p in sorted((ROOT / "pvdkg").rglob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()


def test_new_statement_as_rdf_file_appears_in_results(tmp_path, monkeypatch):
    before = _python_digest()
    baseline = recommend_case(tmp_path, CASE)
    assert entry(baseline, "WoundCareReferral") is None

    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    (copy / "ontology" / "kb" / "r43-wound-care.ttl").write_text(R43, encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(copy))

    result = recommend_case(tmp_path, CASE)
    new = entry(result, "WoundCareReferral")
    assert new is not None
    assert (new["status"], new["class"], new["level"]) == ("indicated", "IIa", "C-EO")
    assert new["recommendations"] == ["R43"] and new["citations"] == ["2"]
    assert "diabetes" in new["because"] and "presentation is clti" in new["because"]
    # R43 gives UnstructuredWalkingAdvice 'consider' against R16's 'contraindicated': a conflict, R16 wins.
    walking = entry(result, "UnstructuredWalkingAdvice")
    assert walking["status"] == "contraindicated" and walking["recommendations"] == ["R16"]
    conflict = next(c for c in result["conflicts"] if c["intervention"] == "UnstructuredWalkingAdvice")
    assert conflict["recommendations"] == ["R16", "R43"] and conflict["resolved_to"] == "contraindicated"
    # the new intervention identifier is valid in cases too
    result = recommend_case(tmp_path, dict(CASE, current_therapies=["WoundCareReferral"]))
    assert not [a for a in result["audit"] if a["intervention"] == "WoundCareReferral"]
    assert _python_digest() == before


R44 = (
    KB_PREFIXES
    + """
kb:R44 a pvdkg:Rule ;
    dcterms:identifier "R44" ;
    rdfs:label "R44: surveillance before surgery (test statement)" ;
    dcterms:description "CLTI patients fit for surgery, or with diabetes, are followed up before any operation." ;
    pvdkg:appliesToText "presentation clti and (surgical_risk acceptable or diabetes)" ;
    pvdkg:hasAction [ pvdkg:population kb:R44-population ; pvdkg:intervention pvdkg:SurveillanceFollowUp ; pvdkg:status pvdkg:Indicated ] ;
    pvdkg:citation kb:citation-3 ;
    prov:wasAttributedTo kb:PvdkgEditors .

kb:R44-population a owl:Class ; rdfs:label "R44 population" ;
    skos:definition "CLTI, and an acceptable surgical risk or diabetes." ;
    owl:equivalentClass [ a owl:Class ; owl:intersectionOf ( pvdkg:CLTITrue
        [ a owl:Class ; owl:unionOf ( pvdkg:AcceptableSurgicalRiskTrue pvdkg:DiabetesTrue ) ] ) ] .
"""
)


def test_new_rule_is_undecided_when_its_field_is_left_out(tmp_path, monkeypatch):
    """Rule 12 with no code change: a new rule on surgical_risk appears in `undecided`
    exactly when its condition is unknown, asking for surgical_risk."""
    before = _python_digest()
    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    (copy / "ontology" / "kb" / "r44-surveillance.ttl").write_text(R44, encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(copy))
    base = {
        "id": "ext-2",
        "presentation": "clti",
        "vein_conduit": "ipsilateral_gsv",
        "lesions": [
            {"segment": "femoropopliteal", "morphology": "stenosis", "length": "short", "calcification": "mild"}
        ],
    }

    def r44(case):
        result = recommend_case(tmp_path, case)
        return [u for u in result["undecided"] if u["recommendation"] == "R44"], entry(result, "SurveillanceFollowUp")

    undecided, e = r44(base)  # risk unknown, no diabetes: open
    assert undecided == [
        {
            "recommendation": "R44",
            "intervention": "SurveillanceFollowUp",
            "status": "indicated",
            "ask": ["surgical_risk"],
        }
    ]
    assert e is None  # an undecided rule gives no entry
    undecided, e = r44(dict(base, surgical_risk="acceptable"))  # true: applies
    assert undecided == [] and e["recommendations"] == ["R44"]
    undecided, e = r44(dict(base, surgical_risk="high"))  # false: neither
    assert undecided == [] and e is None
    undecided, e = r44(dict(base, conditions=["diabetes"]))  # the 'or' already true: nothing to ask
    assert undecided == [] and e["recommendations"] == ["R44"]
    undecided, e = r44(dict(base, presentation="claudication"))  # the 'and' already false
    assert undecided == [] and e is None
    assert _python_digest() == before
