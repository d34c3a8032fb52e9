"""pvdkg serve over real HTTP: uvicorn started here on a free loopback port, httpx as the client.

CDS Hooks 2.0 (discovery, patient-view from the FHIR example's resources as prefetch,
order-select and order-sign with draft orders, 412, 401, feedback) and the REST API
(every route, bad input answered with a clear 4xx and no traceback, schemathesis on the
OpenAPI schema). Nothing leaves the machine: no request names a fhirServer except to
check it is only asked when given.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import jwt
import pytest
import uvicorn
import yaml
from conftest import free_port, fresh_python, serve_process
from cryptography.hazmat.primitives.asymmetric import ec

from pvdkg.serve import Settings, create_app

ROOT = Path(__file__).resolve().parent.parent
CDS_POLICY = Path(__file__).resolve().parent.parent / "ontology" / "mappings" / "pvdkg.cds.yml"
EXAMPLE = ROOT / "examples" / "fhir" / "clti-dialysis-tibial-occlusion.json"
SCT = "http://snomed.info/sct"
EXT = "https://w3id.org/pvdkg/fhir/StructureDefinition/"
PTA = {"system": SCT, "code": "276861004", "display": "Percutaneous balloon angioplasty of artery"}


class Running:
    """A uvicorn server in a thread of this process (the knowledge is loaded once per process)."""

    def __init__(self, settings: Settings):
        settings.port = free_port()
        if settings.trust and not settings.base_url:  # where the tests reach it
            settings.base_url = f"http://127.0.0.1:{settings.port}"
        config = uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=settings.port, log_level="warning", access_log=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{settings.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Running(Settings(feedback_db=str(tmp_path_factory.mktemp("fb") / "feedback.sqlite")))
    yield running.url
    running.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=60) as c:
        yield c


ISSUER = "https://ehr.example.org/"


@pytest.fixture(scope="module")
def secure(tmp_path_factory):
    """A server with a trust file naming one issuer and its EC P-384 public key (a JWK Set)."""
    folder = tmp_path_factory.mktemp("trust")
    key = ec.generate_private_key(ec.SECP384R1())
    jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
    jwk.update(kid="test-key", use="sig", alg="ES384")
    (folder / "jwks.json").write_text(json.dumps({"keys": [jwk]}))
    (folder / "trust.yml").write_text(f"issuers:\n  - iss: {ISSUER}\n    jwks_file: jwks.json\n")
    running = Running(Settings(trust=str(folder / "trust.yml")))
    yield running.url, key
    running.stop()


SANDBOX = "https://sandbox.cds-hooks.org"


def test_cors_only_for_the_origins_given_and_their_private_network_preflight(client):
    """--cors ORIGIN: that origin's preflight (with Private Network Access, a public page
    calling a loopback server) and calls are allowed; another origin gets no CORS header,
    and a server without --cors answers none."""
    running = Running(Settings(cors=[SANDBOX]))
    try:
        with httpx.Client(base_url=running.url, timeout=60) as c:
            ask = {
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
                "Access-Control-Request-Private-Network": "true",
            }
            r = c.options("/cds-services/pvdkg-patient-view", headers={"Origin": SANDBOX, **ask})
            assert r.status_code == 200, r.text
            assert r.headers["access-control-allow-origin"] == SANDBOX
            assert r.headers["access-control-allow-private-network"] == "true"
            other = c.options("/cds-services/pvdkg-patient-view", headers={"Origin": "https://evil.example", **ask})
            assert other.status_code == 400 and "access-control-allow-origin" not in other.headers
            assert c.get("/cds-services", headers={"Origin": SANDBOX}).headers["access-control-allow-origin"] == SANDBOX
            assert (
                "access-control-allow-origin"
                not in c.get("/cds-services", headers={"Origin": "https://evil.example"}).headers
            )
    finally:
        running.stop()
    assert "access-control-allow-origin" not in client.get("/cds-services", headers={"Origin": SANDBOX}).headers


def token(key, aud: str, iss: str = ISSUER, exp: float = 300, jti: str | None = None, kid: str = "test-key") -> str:
    now = int(time.time())
    claims = {"iss": iss, "aud": aud, "iat": now, "exp": now + exp, "jti": jti or str(uuid.uuid4())}
    return jwt.encode(claims, key, algorithm="ES384", headers={"kid": kid, "typ": "JWT"})


# ---------------------------------------------------------------- FHIR input


def example_prefetch() -> tuple[str, dict]:
    """The FHIR example split as an EHR answers the prefetch templates: the Patient read,
    searchset Bundles of the rest, subjects as 'Patient/<id>' references."""
    bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    patient = bundle["entry"][0]["resource"]
    for entry in bundle["entry"][1:]:
        entry["resource"]["subject"] = {"reference": f"Patient/{patient['id']}"}

    def search(kind):
        found = [e for e in bundle["entry"] if e["resource"]["resourceType"] == kind]
        return {"resourceType": "Bundle", "type": "searchset", "total": len(found), "entry": found}

    prefetch = {
        "patient": patient,
        "conditions": search("Condition"),
        "observations": search("Observation"),
        "medicationRequests": search("MedicationRequest"),
        "medicationStatements": search("MedicationStatement"),
        "procedures": None,
        "allergies": None,
    }
    return patient["id"], prefetch


def concept(code: str, display: str) -> dict:
    return {"coding": [{"system": SCT, "code": code, "display": display}], "text": display}


def patient_bundle(pid: str, presentation: dict | None, extension: list[dict]) -> dict:
    """A Patient (with the pvdkg patient extension), its presentation (a Condition; None: none,
    as for a presentation no code can say, given in the extension) and one severely calcified
    long occlusion of the right posterior tibial artery (the pvdkg lesion extension)."""
    lesion = {
        "url": EXT + "lesion",
        "extension": [
            {"url": "side", "valueCode": "right"},
            {"url": "morphology", "valueCode": "occlusion"},
            {"url": "length", "valueCode": "long"},
            {"url": "calcification", "valueCode": "severe"},
        ],
    }
    subject = {"reference": f"Patient/{pid}"}
    resources = [
        {"resourceType": "Patient", "id": pid, "extension": [{"url": EXT + "patient", "extension": extension}]},
        *(
            [{"resourceType": "Condition", "id": f"{pid}-presentation", "subject": subject, "code": presentation}]
            if presentation
            else []
        ),
        {
            "resourceType": "Condition",
            "id": f"{pid}-lesion",
            "subject": subject,
            "code": concept("399957001", "Peripheral arterial occlusive disease (disorder)"),
            "bodySite": [concept("13363002", "Structure of posterior tibial artery (body structure)")],
            "extension": [lesion],
        },
    ]
    return {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in resources]}


LIMB = [{"url": "limb", "valueCode": "right"}, {"url": "ambulatory", "valueBoolean": True}]
CLAUDICANT = patient_bundle("claudicant", concept("63491006", "Intermittent claudication (finding)"), LIMB)
CLTI_PTA = patient_bundle(
    "clti-pta",
    concept("233962007", "Critical lower limb ischemia"),
    [*LIMB, {"url": "surgical_risk", "valueCode": "high"}, {"url": "vein_conduit", "valueCode": "ipsilateral_gsv"}],
)


def as_prefetch(bundle: dict) -> dict:
    res = [e["resource"] for e in bundle["entry"]]
    conditions = [{"resource": r} for r in res if r["resourceType"] == "Condition"]
    prefetch = {key: None for key in ("observations", "medicationRequests", "medicationStatements", "procedures")}
    prefetch["allergies"] = None
    prefetch["patient"] = res[0]
    prefetch["conditions"] = {"resourceType": "Bundle", "type": "searchset", "entry": conditions}
    return prefetch


def hook_request(hook: str, pid: str, prefetch: dict, **context) -> dict:
    return {
        "hook": hook,
        "hookInstance": str(uuid.uuid4()),
        "context": {"userId": "Practitioner/example", "patientId": pid, **context},
        "prefetch": prefetch,
    }


def pta_draft(pid: str) -> dict:
    draft = {
        "resourceType": "ServiceRequest",
        "id": "pta-1",
        "status": "draft",
        "intent": "order",
        "subject": {"reference": f"Patient/{pid}"},
        "code": {"coding": [PTA], "text": PTA["display"]},
    }
    return {
        "selections": ["ServiceRequest/pta-1"],
        "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": draft}]},
    }


def recommend(client, data: dict) -> dict:
    r = client.post("/recommend", content=json.dumps(data), headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    return r.json()


# ---------------------------------------------------------------- CDS Hooks


def test_discovery_lists_the_hooks_with_prefetch_templates(client):
    r = client.get("/cds-services")
    assert r.status_code == 200
    services = {s["hook"]: s for s in r.json()["services"]}
    assert set(services) == {"patient-view", "order-select", "order-sign"}
    for s in services.values():
        assert {"hook", "id", "title", "description", "prefetch"} <= set(s)
        assert s["prefetch"]["patient"] == "Patient/{{context.patientId}}"
        assert s["prefetch"]["conditions"] == "Condition?patient={{context.patientId}}"
        assert {"observations", "medicationRequests", "medicationStatements", "procedures"} <= set(s["prefetch"])


def test_patient_view_agrees_with_recommend_on_the_fhir_example(client):
    pid, prefetch = example_prefetch()
    r = client.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
    assert r.status_code == 200, r.text
    cards = r.json()["cards"]
    result = recommend(client, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    for card in cards:
        assert card["indicator"] in ("info", "warning", "critical") and len(card["summary"]) < 140
        assert card["source"]["label"] and card["uuid"]
        assert card["detail"].rstrip().endswith("clinical judgment._")
        if "suggestions" in card:
            assert card["selectionBehavior"] in ("any", "at-most-one")
    by_kind = {c["indicator"]: c for c in cards}
    missing = [a["intervention"] for a in result["audit"] if a["finding"] == "missing"]
    warning = by_kind["warning"]
    assert all(name in warning["summary"] for name in missing)
    drafts = [a["resource"] for s in warning["suggestions"] for a in s["actions"]]
    codes = {c["code"] for d in drafts for c in (d.get("medicationCodeableConcept") or d["code"])["coding"]}
    assert {"2059015", "243670"} <= codes  # rivaroxaban 2.5 MG, aspirin 81 MG Oral Tablet (R03; pvdkg.cds.yml)
    assert len(drafts) <= sum(
        len(v) for v in yaml.safe_load(CDS_POLICY.read_text(encoding="utf-8"))["draft_orders"].values()
    )
    assert all(d["status"] == "draft" and d["subject"] == {"reference": f"Patient/{pid}"} for d in drafts)
    plan = next(c for c in cards if c["summary"].startswith("PAD plan"))
    for e in result["interventions"]:
        if e["status"] in ("indicated", "consider"):
            assert f"**{e['intervention']}**" in plan["detail"]
    assert "399957001" in plan["detail"]  # the unmapped code (a broader PAD diagnosis) is named
    needed = next(c for c in cards if c["summary"].startswith("Data needed"))
    for u in result["undecided"]:
        assert u["recommendation"] in needed["detail"]
    assert not [c for c in cards if c["indicator"] == "critical"]  # nothing contraindicated is received


def test_the_readmes_patient_view_response_is_what_the_service_answers(client):
    """The README shows a patient-view response in full, as real output: it is the service's
    answer for the FHIR example, card and suggestion ids aside (they are random)."""

    def without_ids(value):
        if isinstance(value, dict):
            return {k: without_ids(v) for k, v in value.items() if k != "uuid"}
        return [without_ids(v) for v in value] if isinstance(value, list) else value

    def shown(summary: str):
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        start = text.index("```json\n", text.index(f"<summary>{summary}")) + len("```json\n")
        return json.loads(text[start : text.index("\n```", start)])

    pid, prefetch = example_prefetch()
    r = client.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
    assert r.status_code == 200, r.text
    assert without_ids(r.json()) == without_ids(shown("The patient-view response in full"))
    assert client.get("/cds-services").json() == shown("The discovery response in full")


def test_a_missing_supervised_exercise_therapy_gets_an_exercise_draft_naming_it(client):
    """R12's supervised exercise therapy, missing for a claudicant, is drafted as a
    ServiceRequest coded from the SSSOM set: SNOMED CT 229065009 'Exercise therapy', a
    broadMatch (no narrower concept found), so the request's text names the supervised therapy."""
    body = (ROOT / "examples" / "medical-claudicant-smoker-statin-intolerant.yaml").read_bytes()
    r = client.post("/cards", content=body, headers={"Content-Type": "application/yaml"})
    assert r.status_code == 200, r.text
    warning = next(c for c in r.json()["cards"] if c["indicator"] == "warning")
    assert "SupervisedExerciseTherapy" in warning["summary"]
    drafts = [a["resource"] for s in warning["suggestions"] for a in s["actions"]]
    exercise = [d for d in drafts if d["resourceType"] == "ServiceRequest"]
    assert [c["code"] for d in exercise for c in d["code"]["coding"]] == ["229065009"]
    assert exercise[0]["code"]["coding"][0]["system"] == "http://snomed.info/sct"
    assert exercise[0]["code"]["text"] == "supervised exercise therapy"
    assert exercise[0]["status"] == "draft" and exercise[0]["intent"] == "proposal"
    medication = [d for d in drafts if d["resourceType"] == "MedicationRequest"]
    assert all(
        d["medicationCodeableConcept"]["text"] == d["medicationCodeableConcept"]["coding"][0]["display"]
        for d in medication
    )


def test_a_contraindicated_therapy_gets_a_critical_card_deleting_its_order(client):
    """Cilostazol (RxNorm 21107, its row in the SSSOM set) ordered for a patient with a
    recorded patient-specific contraindication to it (the pvdkg patient extension)."""
    pid, prefetch = example_prefetch()
    prefetch["patient"]["extension"][0]["extension"].append({"url": "contraindicated", "valueCode": "Cilostazol"})
    rx = {
        "resourceType": "MedicationRequest",
        "id": "cilostazol-1",
        "status": "active",
        "intent": "order",
        "subject": {"reference": f"Patient/{pid}"},
        "medicationCodeableConcept": {
            "coding": [
                {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "21107", "display": "cilostazol"}
            ]
        },
    }
    prefetch["medicationRequests"]["entry"].append({"resource": rx})
    result = recommend(client, _bundle_of(prefetch))
    flagged = [a for a in result["audit"] if a["finding"] == "contraindicated"]
    assert [a["intervention"] for a in flagged] == ["Cilostazol"]
    r = client.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
    (card,) = [c for c in r.json()["cards"] if c["indicator"] == "critical"]
    assert "Cilostazol" in card["summary"]
    assert card["overrideReasons"] and all(o["display"] for o in card["overrideReasons"])
    (suggestion,) = card["suggestions"]
    assert suggestion["actions"] == [
        {
            "type": "delete",
            "description": "Remove MedicationRequest/cilostazol-1",
            "resourceId": "MedicationRequest/cilostazol-1",
        }
    ]


def _bundle_of(prefetch: dict) -> dict:
    entries = [{"resource": prefetch["patient"]}]
    for v in prefetch.values():
        if isinstance(v, dict) and v.get("resourceType") == "Bundle":
            entries += v["entry"]
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


@pytest.mark.parametrize("hook", ["order-select", "order-sign"])
def test_a_pta_order_for_a_claudicant_with_isolated_infrapopliteal_disease_is_critical_citing_r10(client, hook):
    result = recommend(client, CLAUDICANT)
    pta = next(e for e in result["interventions"] if e["intervention"] == "PercutaneousTransluminalAngioplasty")
    assert pta["status"] == "contraindicated" and "R10" in pta["recommendations"]
    req = hook_request(hook, "claudicant", as_prefetch(CLAUDICANT), **pta_draft("claudicant"))
    r = client.post(f"/cds-services/pvdkg-{hook}", json=req)
    assert r.status_code == 200, r.text
    (card,) = r.json()["cards"]
    assert card["indicator"] == "critical" and "R10" in card["summary"] and "III-Harm" in card["summary"]
    assert "R10" in card["detail"] and card["overrideReasons"]
    assert card["suggestions"][0]["actions"] == [
        {"type": "delete", "description": "Remove ServiceRequest/pta-1", "resourceId": "ServiceRequest/pta-1"}
    ]


def test_an_order_that_pta_not_be_done_gets_no_card(client):
    """A draft with doNotPerform: true orders that the intervention NOT be done: for the
    claudicant whose PTA is contraindicated there is nothing to warn against."""
    context = pta_draft("claudicant")
    context["draftOrders"]["entry"][0]["resource"]["doNotPerform"] = True
    req = hook_request("order-select", "claudicant", as_prefetch(CLAUDICANT), **context)
    r = client.post("/cds-services/pvdkg-order-select", json=req)
    assert r.status_code == 200, r.text
    assert r.json()["cards"] == []


def test_the_same_pta_order_for_a_clti_patient_with_pta_indicated_gets_no_critical_card(client):
    result = recommend(client, CLTI_PTA)
    pta = next(e for e in result["interventions"] if e["intervention"] == "PercutaneousTransluminalAngioplasty")
    assert pta["status"] == "indicated"
    req = hook_request("order-select", "clti-pta", as_prefetch(CLTI_PTA), **pta_draft("clti-pta"))
    r = client.post("/cds-services/pvdkg-order-select", json=req)
    assert r.status_code == 200, r.text
    assert [c for c in r.json()["cards"] if c["indicator"] == "critical"] == []


def the_card_of_a_pta_order(client, bundle: dict, pid: str, status: str, rules: list[str]) -> dict:
    """The one card an order-select of a PTA draft gets, for a patient whose result gives
    PTA `status` by `rules` (checked first through /recommend)."""
    pta = next(
        e
        for e in recommend(client, bundle)["interventions"]
        if e["intervention"] == "PercutaneousTransluminalAngioplasty"
    )
    assert pta["status"] == status and pta["recommendations"] == rules
    r = client.post(
        "/cds-services/pvdkg-order-select",
        json=hook_request("order-select", pid, as_prefetch(bundle), **pta_draft(pid)),
    )
    assert r.status_code == 200, r.text
    (card,) = r.json()["cards"]
    return card


def test_a_pta_order_for_an_asymptomatic_patient_is_critical_citing_r15(client):
    """No revascularization for asymptomatic PAD (R15): the presentation, which no code can
    say, given by the pvdkg patient extension, with the same lesion."""
    bundle = patient_bundle("asymptomatic", None, [*LIMB, {"url": "presentation", "valueCode": "asymptomatic"}])
    card = the_card_of_a_pta_order(client, bundle, "asymptomatic", "contraindicated", ["R15"])
    assert card["indicator"] == "critical" and "R15" in card["summary"] and card["overrideReasons"]


def test_an_order_to_consider_gets_an_info_card_with_its_caution(client):
    """Dialysis (ICD-10-CM Z99.2) makes revascularization of a CLTI patient one to weigh (R35
    prevails over R22): the PTA draft gets an info card carrying R35's caution, nothing critical."""
    bundle = copy.deepcopy(CLTI_PTA)
    dialysis = {
        "system": "http://hl7.org/fhir/sid/icd-10-cm",
        "code": "Z99.2",
        "display": "Dependence on renal dialysis",
    }
    bundle["entry"].append(
        {
            "resource": {
                "resourceType": "Condition",
                "id": "clti-pta-dialysis",
                "subject": {"reference": "Patient/clti-pta"},
                "code": {"coding": [dialysis]},
            }
        }
    )
    card = the_card_of_a_pta_order(client, bundle, "clti-pta", "consider", ["R35"])
    assert card["indicator"] == "info" and "R35" in card["summary"] and "overrideReasons" not in card
    assert "**Cautions**" in card["detail"] and "[R35] Dialysis: outcomes after revascularization" in card["detail"]


def test_a_patient_without_pad_data_gets_no_cards(client):
    prefetch = {
        k: None
        for k in ("conditions", "observations", "medicationRequests", "medicationStatements", "procedures", "allergies")
    }
    prefetch["patient"] = {"resourceType": "Patient", "id": "healthy"}
    r = client.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", "healthy", prefetch))
    assert r.status_code == 200 and r.json() == {"cards": []}


def test_a_missing_prefetch_key_without_fhir_server_is_412(client):
    pid, prefetch = example_prefetch()
    del prefetch["conditions"]
    r = client.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
    assert r.status_code == 412 and "conditions" in r.json()["error"]
    prefetch["conditions"] = {"resourceType": "OperationOutcome", "issue": []}
    r = client.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
    assert r.status_code == 412
    req = hook_request("patient-view", pid, prefetch)
    req["fhirServer"] = "http://127.0.0.1:9/fhir"  # nothing listens on the discard port: still 412
    r = client.post("/cds-services/pvdkg-patient-view", json=req)
    assert r.status_code == 412 and "fhirServer" in r.json()["error"]


def test_feedback_is_stored_and_counted_per_card_kind(client):
    pid, prefetch = example_prefetch()
    cards = client.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch)).json()
    warning = next(c for c in cards["cards"] if c["indicator"] == "warning")
    plan = next(c for c in cards["cards"] if c["summary"].startswith("PAD plan"))
    before = {(c["kind"], c["outcome"]): c["count"] for c in client.get("/feedback").json()["counts"]}
    body = {
        "feedback": [
            {
                "card": warning["uuid"],
                "outcome": "accepted",
                "acceptedSuggestions": [{"id": warning["suggestions"][0]["uuid"]}],
                "outcomeTimestamp": "2026-01-01T10:00:00Z",
            },
            {"card": plan["uuid"], "outcome": "overridden", "outcomeTimestamp": "2026-01-01T10:00:01Z"},
        ]
    }
    r = client.post("/cds-services/pvdkg-patient-view/feedback", json=body)
    assert r.status_code == 200 and r.json() == {"stored": 2}
    after = {(c["kind"], c["outcome"]): c["count"] for c in client.get("/feedback").json()["counts"]}
    assert after[("missing-therapies", "accepted")] == before.get(("missing-therapies", "accepted"), 0) + 1
    assert after[("plan", "overridden")] == before.get(("plan", "overridden"), 0) + 1
    bad = client.post(
        "/cds-services/pvdkg-patient-view/feedback",
        json={"feedback": [{"card": "x", "outcome": "maybe", "outcomeTimestamp": "t"}]},
    )
    assert bad.status_code == 400 and "outcome" in bad.json()["error"]


def test_jwt_is_required_with_a_trust_file(secure):
    url, key = secure
    aud = f"{url}/cds-services"
    with httpx.Client(base_url=url, timeout=60) as c:
        assert c.get("/health").status_code == 200  # liveness stays open
        assert c.get("/cds-services").status_code == 401
        good = token(key, aud)
        assert c.get("/cds-services", headers={"Authorization": f"Bearer {good}"}).status_code == 200
        replay = c.get("/cds-services", headers={"Authorization": f"Bearer {good}"})
        assert replay.status_code == 401 and "jti" in replay.json()["error"]
        other = ec.generate_private_key(ec.SECP384R1())
        for bad in (
            token(key, f"{url}/cds-services/pvdkg-patient-view"),  # another endpoint's aud
            token(key, aud, iss="https://intruder.example/"),
            token(key, aud, exp=-120),  # expired
            token(other, aud),  # not signed by the trusted key
            jwt.encode(
                {"iss": ISSUER, "aud": aud},
                "a-shared-secret-of-at-least-32-bytes!",
                algorithm="HS256",
                headers={"kid": "test-key"},
            ),
        ):
            r = c.get("/cds-services", headers={"Authorization": f"Bearer {bad}"})
            assert r.status_code == 401 and r.json()["error"] and r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "base_url, words",
    [
        (None, "--trust needs --base-url"),
        ("cds.example.org", r"not an http\(s\) URL"),
        ("ftp://cds.example.org", r"not an http\(s\) URL"),
        ("https://cds.example.org/?x=1", r"not an http\(s\) URL"),
    ],
)
def test_a_trust_file_needs_the_public_base_url(base_url, words):
    """Every token's aud is checked against the base URL given, never one built from the
    request's Host header (which the caller chooses)."""
    from pvdkg.serve.app import ServeError, check_settings, create_app

    settings = Settings(trust="trust.yml", base_url=base_url)
    with pytest.raises(ServeError, match=words):
        check_settings(settings)
    with pytest.raises(ServeError, match=words):
        create_app(settings)


def test_a_token_for_the_host_a_caller_names_is_refused(secure):
    """A token whose aud names another service's host is refused, whatever Host header the
    request carries: the audience is the --base-url given (tests: the server's own URL)."""
    url, key = secure
    other = "http://other-service.example"
    with httpx.Client(base_url=url, timeout=60) as c:
        for path in ("/cds-services", "/statements"):  # a call token, and a session token's route
            for aud in (f"{other}{path}", f"{other}/"):
                r = c.get(path, headers={"Authorization": f"Bearer {token(key, aud)}", "Host": "other-service.example"})
                assert r.status_code == 401 and "audience" in r.json()["error"].lower(), (path, aud, r.text)
        good = c.get("/statements", headers={"Authorization": f"Bearer {token(key, url + '/')}"})
        assert good.status_code == 200


def test_without_trust_the_server_refuses_a_public_address():
    r = subprocess.run(
        [sys.executable, "-m", "pvdkg", "serve", "--host", "0.0.0.0", "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert r.returncode == 2 and "--trust" in r.stderr and "Traceback" not in r.stderr


def test_the_log_holds_ids_and_timings_only():
    """`pvdkg serve` logs each request as its random id, method, path, status and time: nothing
    of a patient (its id, codes, values), whether the call succeeds, is invalid or fails."""
    proc, url = serve_process(stderr=subprocess.PIPE)
    try:
        with httpx.Client(base_url=url, timeout=60) as c:
            pid, prefetch = example_prefetch()
            assert c.post(
                "/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch)
            ).is_success
            bundle = EXAMPLE.read_bytes()
            assert c.post("/recommend", content=bundle, headers={"Content-Type": "application/json"}).is_success
            invalid = {"id": "jane-doe-4711", "presentation": "gangrene", "limb": "right", "abi": -1, "lesions": []}
            assert c.post("/validate", json=invalid).status_code == 422
            assert (
                c.post(
                    "/recommend", content=b'{"id": "jane-doe-4711", ', headers={"Content-Type": "application/json"}
                ).status_code
                == 400
            )
    finally:
        proc.terminate()
        _, log = proc.communicate(timeout=60)
    lines = [line for line in log.splitlines() if " pvdkg.serve " in line]
    assert len(lines) >= 5, log
    for line in lines:
        assert re.fullmatch(r"\S+ \S+ pvdkg\.serve [0-9a-f]{12} (GET|POST) /[\w/.-]* \d{3} \d+\.\d ms", line), line
    for patient_data in (pid, "jane-doe-4711", "gangrene", "Z99.2", "Dependence on renal dialysis"):
        assert patient_data not in log


def test_an_unexpected_error_is_answered_500_and_logged_without_its_message(client, monkeypatch, caplog):
    """A defect: the caller gets "internal error"; the log its type and where it was raised,
    never its message (which may quote a patient)."""
    from pvdkg.serve import hooks

    patient = "jane-doe-4711"

    def broken():
        raise KeyError(patient)

    monkeypatch.setattr(hooks, "discovery", broken)
    with caplog.at_level("ERROR"):  # every logger: uvicorn's too
        r = client.get("/cds-services")
        assert r.status_code == 500 and r.json() == {"error": "internal error"}
        deadline = time.monotonic() + 10  # logged once the answer has gone
        while "internal error" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
    assert "internal error KeyError" in caplog.text and "in broken" in caplog.text
    assert patient not in caplog.text


@pytest.mark.parametrize(
    "options, words",
    [
        ({"workers": 0}, "at least 1"),
        ({"workers": 2}, "--feedback-db"),
        ({"batch": 0}, "--batch must be from 1 to 256"),
        ({"batch": 1000}, "--batch must be from 1 to 256"),
    ],
)
def test_several_workers_need_a_feedback_file(options, words, tmp_path):
    """Processes share no memory: the feedback and the jti accepted (--trust) must be in a file.
    A batch holds at least one case and is bounded (pvdkg.serve.batcher)."""
    from pvdkg.serve.app import ServeError, check_settings

    with pytest.raises(ServeError, match=words):
        check_settings(Settings(**options))
    check_settings(Settings(workers=2, feedback_db=str(tmp_path / "fb.db")))
    check_settings(
        Settings(workers=2, feedback_db=str(tmp_path / "fb.db"), trust="trust.yml", base_url="https://cds.example.org")
    )
    with pytest.raises(ServeError, match="--feedback-db /nonexistent/fb.db: cannot be opened"):
        check_settings(Settings(feedback_db="/nonexistent/fb.db"))
    (tmp_path / "notes.txt").write_text("not a database, " * 100)
    with pytest.raises(ServeError, match="cannot be opened: file is not a database"):
        check_settings(Settings(feedback_db=str(tmp_path / "notes.txt")))


def test_work_a_request_gave_up_on_before_it_started_never_runs():
    """A derivation queued behind busy threads past its request's time limit gets 503 and is
    dropped from the queue, so a burst of requests does not leave work behind (pvdkg.serve.app)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from pvdkg.serve.app import _runner
    from pvdkg.serve.errors import ApiError

    ran = []
    with ThreadPoolExecutor(max_workers=1) as one:
        runner = _runner(one, 0.2)

        async def both():
            busy = asyncio.ensure_future(runner(time.sleep, 0.6))
            await asyncio.sleep(0.05)
            with pytest.raises(ApiError) as late:
                await runner(ran.append, "late")
            assert late.value.status == 503
            with pytest.raises(ApiError):
                await busy

        asyncio.run(both())
    assert ran == []


def test_a_case_in_memory_derives_as_its_file_and_errors_name_it(tmp_path):
    """The patient-view path reads the converted case from memory (nothing written to disk):
    the same outcome as the file, and a message naming request.json as it would the file."""
    import pvdkg

    kg = pvdkg.load()
    data = (ROOT / "examples" / "clti-tibial-occlusion-vein-bypass.yaml").read_bytes()
    (tmp_path / "request.yaml").write_bytes(data)
    from_file, in_memory = kg.recommend(tmp_path / "request.yaml"), kg.recommend_bytes(data, "request.yaml")
    assert in_memory.valid and in_memory.result.to_json() == from_file.result.to_json()
    bad = data.replace(b"\npresentation:", b"\npresentation: x\npresentation:", 1)
    (tmp_path / "request.yaml").write_bytes(bad)
    with pytest.raises(pvdkg.api.USER_ERRORS) as from_file_error:
        kg.recommend(tmp_path / "request.yaml")
    with pytest.raises(pvdkg.api.USER_ERRORS) as in_memory_error:
        kg.recommend_bytes(bad, "request.yaml")
    assert str(in_memory_error.value) == str(from_file_error.value).replace(f"{tmp_path}/", "")
    assert str(in_memory_error.value).startswith("request.yaml: ")


# ---------------------------------------------------------------- REST


def test_recommend_returns_exactly_the_clis_json(client):
    for path in (EXAMPLE, ROOT / "examples" / "clti-tibial-occlusion-vein-bypass.yaml"):
        kind = "application/json" if path.suffix == ".json" else "application/yaml"
        r = client.post("/recommend", content=path.read_bytes(), headers={"Content-Type": kind})
        cli = subprocess.run(
            [sys.executable, "-m", "pvdkg", "recommend", str(path), "--format", "json"],
            capture_output=True,
            cwd=ROOT,
            timeout=120,
        )
        assert r.status_code == 200 and r.content == cli.stdout


def test_recommend_reads_turtle_and_json_ld(client, tmp_path):
    case = ROOT / "examples" / "clti-tibial-occlusion-vein-bypass.yaml"
    for fmt, kind in (("turtle", "text/turtle"), ("json-ld", "application/ld+json")):
        from pvdkg.readers import read_case

        graph, _ = read_case(case)
        r = client.post("/recommend", content=graph.serialize(format=fmt), headers={"Content-Type": kind})
        assert r.status_code == 200, r.text
        assert r.json()["patient"].endswith("clti-tibial-occlusion-vein-bypass")


def test_validate_names_the_violations_by_path(client):
    bad = ROOT / "examples" / "invalid" / "claudicant-with-heel-necrosis.json"
    r = client.post("/validate", content=bad.read_bytes(), headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["valid"] is False
    assert {"path": "amputation_imminent", "message": "true needs presentation clti", "severity": "violation"} in (
        r.json()["findings"]
    )
    r = client.post("/recommend", content=bad.read_bytes(), headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "request.json: invalid patient, no recommendations"
    r = client.post("/validate", content=EXAMPLE.read_bytes(), headers={"Content-Type": "application/json"})
    assert r.status_code == 200 and r.json()["valid"] is True


def test_statements_health_and_openapi(client):
    statements = client.get("/statements").json()["statements"]
    r10 = next(s for s in statements if s["id"] == "R10")
    assert r10["class"] == "III-Harm" and r10["citations"] == ["1", "4"]
    assert r10["actions"] == [{"intervention": "Revascularization", "status": "contraindicated"}]
    assert client.get("/statements/R10").json() == r10
    missing = client.get("/statements/R999")
    assert missing.status_code == 404 and "R999" in missing.json()["error"]
    assert client.get("/health").text.startswith('{"status":"ok","version":')  # as the README shows it
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/recommend", "/validate", "/statements", "/statements/{statement_id}", "/health", "/cds-services"} <= set(
        paths
    )


@pytest.mark.parametrize(
    "route, body, kind, status, words",
    [
        ("/recommend", b"{not json", "application/json", 400, "request.json: not valid JSON"),
        ("/recommend", b"id: x", "text/plain", 415, "Content-Type"),
        ("/validate", b"{}", "application/xml", 415, "Content-Type"),
        ("/recommend", b"[1, 2]", "application/json", 400, "request.json"),
        ("/cds-services/pvdkg-patient-view", b"{oops", "application/json", 400, "not JSON"),
        ("/cds-services/pvdkg-patient-view", b"{}", "application/json", 400, "hook"),
        ("/cds-services/pvdkg-patient-view", b"{}", "text/plain", 415, "application/json"),
        ("/cds-services/no-such-service", b"{}", "application/json", 404, "no-such-service"),
    ],
)
def test_bad_input_gets_a_clear_4xx_json_error(client, route, body, kind, status, words):
    r = client.post(route, content=body, headers={"Content-Type": kind})
    assert r.status_code == status, r.text
    assert words in r.json()["error"] and "Traceback" not in r.text


def test_an_oversized_body_is_413(client, monkeypatch):
    from pvdkg.limits import limits

    size = limits().case_bytes + 1
    r = client.post("/recommend", content=b" " * size, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "PVDKG_MAX_CASE_BYTES" in r.json()["error"]


# ---------------------------------------------------------------- property-based (schemathesis)


def test_no_route_answers_5xx(server):
    """Every operation of the OpenAPI schema, with bodies and parameters generated from it
    (a few examples each: the machine is small), answers without a 5xx."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_url(f"{server}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def answers(case):
            response = case.call(base_url=server, timeout=60)
            assert response.status_code < 500, (case.operation.label, response.status_code, response.text[:300])
            assert "Traceback" not in response.text

        answers()


def test_every_draft_order_is_a_row_of_its_intervention():
    """Draft orders carry published codes and labels: each is a mapping row of that intervention."""
    from pvdkg.mappings import load_mappings

    rows = {(r["subject_id"], r["object_id"]) for r in load_mappings()}
    drafts = yaml.safe_load(CDS_POLICY.read_text(encoding="utf-8"))["draft_orders"]
    assert drafts
    for intervention, curies in drafts.items():
        for curie in curies:
            assert (f"pvdkg:{intervention}", curie) in rows, (intervention, curie)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_card_ids_are_version_4_uuids_never_repeated_and_not_shared_with_a_forked_child():
    """Card, suggestion and request ids come from a pool of operating-system random bytes
    (pvdkg.serve.ids); a forked process draws its own, or parent and child would repeat ids."""
    from pvdkg.serve import ids

    drawn = [ids.random_uuid() for _ in range(1000)]  # several refills of the pool
    assert len(set(drawn)) == 1000 and {u.version for u in drawn} == {4}
    assert {u.variant for u in drawn} == {uuid.RFC_4122}
    while not ids._pool:  # a draw may have taken the last: the next refills
        ids.random_uuid()
    assert ids._pool  # what a child would repeat if it kept it
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next id, to the parent, and nothing else
        try:
            os.write(write, ids.random_uuid().bytes)
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as pipe:
        theirs = uuid.UUID(bytes=pipe.read(16))
    assert theirs != ids.random_uuid() and theirs not in drawn


def test_feedback_in_memory_queues_the_cards_issued_and_counts_them_by_kind():
    """In memory the cards issued are queued (no SQLite call on the event loop) and written
    once WRITE_AT wait or when feedback is counted: a card's kind is known either way."""
    from pvdkg.serve import feedback as module

    memory = module.FeedbackStore()
    assert memory.queues_issued and not module.FeedbackStore(":memory:", keep=None).queue_full
    memory.issued("svc", [("plan", {"uuid": "c1"})])
    memory.add("svc", {"feedback": [{"card": "c1", "outcome": "overridden", "outcomeTimestamp": "t"}]})
    assert memory.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 0  # still queued
    assert memory.counts() == [{"service": "svc", "kind": "plan", "outcome": "overridden", "count": 1}]
    memory.issued("svc", [("plan", {"uuid": f"d{i}"}) for i in range(module.WRITE_AT - 1)])
    assert not memory.queue_full
    memory.issued("svc", [("warning", {"uuid": "last"})])
    assert memory.queue_full
    memory.write_queued()
    assert (
        not memory.queue_full and memory.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == module.WRITE_AT + 1
    )


def test_a_call_past_its_time_limit_while_the_prefetch_is_fetched_derives_nothing(monkeypatch):
    """The prefetch and the cards share one thread: a call whose fhirServer answers after the
    time limit gets its 503, and its case is not derived after it for nobody."""
    from pvdkg.serve import batcher as batching
    from pvdkg.serve import hooks

    derived, fetched = [], threading.Event()

    def slow_fetch(server, query, request, timeout=5.0):
        time.sleep(0.6)
        fetched.set()
        return {"resourceType": "Bundle", "type": "searchset", "entry": []}

    real = batching.Batcher.recommend
    monkeypatch.setattr(hooks, "fetch_fhir", slow_fetch)
    monkeypatch.setattr(batching.Batcher, "recommend", lambda self, *a, **k: derived.append(a) or real(self, *a, **k))
    running = Running(Settings(request_timeout=0.3, derive_processes=0))
    pid, prefetch = example_prefetch()
    del prefetch["procedures"]
    call = hook_request("patient-view", pid, prefetch) | {"fhirServer": "https://ehr.example.org/fhir"}
    try:
        with httpx.Client(base_url=running.url, timeout=60) as c:
            assert c.post("/cds-services/pvdkg-patient-view", json=call).status_code == 503
        assert fetched.wait(5)
        time.sleep(0.3)  # what the thread does once the fetch is back
        assert derived == []
    finally:
        running.stop()


def test_a_server_without_a_feedback_file_counts_feedback_by_card_kind():
    """The in-memory path end to end: a hook call's cards queued on the event loop, feedback
    on one of them counted with its kind (not 'unknown')."""
    running = Running(Settings(derive_processes=0))  # the feedback is what is checked
    pid, prefetch = example_prefetch()
    try:
        with httpx.Client(base_url=running.url, timeout=60) as c:
            r = c.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
            card = r.json()["cards"][0]
            fb = {"feedback": [{"card": card["uuid"], "outcome": "overridden", "outcomeTimestamp": "2026-12-07"}]}
            assert c.post("/cds-services/pvdkg-patient-view/feedback", json=fb).json() == {"stored": 1}
            counts = c.get("/feedback").json()["counts"]
        assert len(counts) == 1 and counts[0]["count"] == 1 and counts[0]["kind"] != "unknown"
    finally:
        running.stop()


def test_feedback_in_memory_keeps_the_newest_rows_a_file_keeps_every_one(tmp_path):
    """Without --feedback-db the cards issued and the feedback are bounded (a server runs for
    months); a file is append-only: every row stays and none can be deleted."""
    import sqlite3

    from pvdkg.serve.feedback import FeedbackStore

    memory = FeedbackStore(keep=20)
    for i in range(100):
        memory.issued("svc", [("plan", {"uuid": f"c{i}"})])
    assert memory.counts() == []  # counting writes the queued cards
    kept = {u for (u,) in memory.db.execute("SELECT uuid FROM cards")}
    assert {f"c{i}" for i in range(80, 100)} <= kept and len(kept) <= 22 and "c0" not in kept
    for i in range(60):
        memory.add("svc", {"feedback": [{"card": "c99", "outcome": "overridden", "outcomeTimestamp": f"t{i}"}]})
    assert memory.counts() == [{"service": "svc", "kind": "plan", "outcome": "overridden", "count": 20}]
    memory.db.execute("DELETE FROM cards")  # in memory, dropping rows is allowed

    file = FeedbackStore(str(tmp_path / "fb.db"), keep=20)
    for i in range(100):
        file.issued("svc", [("plan", {"uuid": f"c{i}"})])
    assert file.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 100
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        file.db.execute("DELETE FROM cards")


def _nice(stat: Path) -> int:
    return int(stat.read_text().rsplit(")", 1)[1].split()[16])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a nice value per thread is Linux's")
def test_request_threads_yield_the_cores_to_the_derivation(client):
    """The threads that read requests and make cards run at a lower priority (a higher nice
    value); this thread, which started the server, and the derivation process keep theirs."""
    import os

    from pvdkg.serve.app import REQUEST_NICE

    call = hook_request("patient-view", "claudicant", as_prefetch(CLAUDICANT))
    assert client.post("/cds-services/pvdkg-patient-view", json=call).status_code == 200
    mine = _nice(Path("/proc/thread-self/stat"))
    threads = [_nice(task / "stat") for task in Path("/proc/self/task").iterdir()]
    assert min(19, mine + REQUEST_NICE) in threads and mine in threads
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid() and "spawn_main" in (stat.parent / "cmdline").read_text():
            children.append(int(fields[16]))
    assert children and set(children) == {mine}


def test_a_stopped_server_shuts_its_thread_pools_down(tmp_path):
    """Stopping the server (its lifespan's end) shuts down every pool of threads it made: the
    request threads, the derivation threads and, with a trust file, the token checks'."""
    running = Running(Settings(derive_processes=0))
    guard = running.server.config.app
    pools = list(guard.state.pools)
    assert len(pools) == 2
    running.stop()
    for threads in pools:
        with pytest.raises(RuntimeError, match="shutdown"):
            threads.submit(print)


def test_a_derivation_process_that_cannot_be_started_makes_the_service_unavailable(tmp_path):
    """While a derivation process that could not be started waits for its next attempt, a
    hook call gets 503 with Retry-After (not a 500) and /health says 503 with why, so a
    load balancer takes the server out; once it derives again both are 200."""
    running = Running(Settings(feedback_db=str(tmp_path / "fb.sqlite"), derive_processes=0))
    lane = running.server.config.app.app.state.batcher.lanes[0]
    pid, prefetch = example_prefetch()
    try:
        with httpx.Client(base_url=running.url, timeout=60) as c:
            lane.failures, lane.retry_at = 1, time.monotonic() + 30
            health = c.get("/health")
            assert health.status_code == 503 and health.json()["status"] == "unavailable"
            assert "could not be started" in health.json()["why"]
            r = c.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
            assert r.status_code == 503 and "next attempt is in" in r.json()["error"]
            assert 1 <= int(r.headers["Retry-After"]) <= 30
            lane.failures, lane.retry_at = 0, 0.0
            assert c.get("/health").status_code == 200
            r = c.post("/cds-services/pvdkg-patient-view", json=hook_request("patient-view", pid, prefetch))
            assert r.status_code == 200 and r.json()["cards"]
    finally:
        running.stop()


def test_freeze_heap_takes_what_was_loaded_out_of_the_collectors_reach():
    """pvdkg.serve.heap.freeze_heap (run, worker_app and the derivation process call it after
    loading): the objects loaded so far are frozen, so a full collection no longer walks them;
    in a fresh interpreter, since a frozen heap stays frozen."""
    code = (
        "import gc\n"
        "from pvdkg.api import load\n"
        "from pvdkg.serve.heap import freeze_heap\n"
        "load().warm(fhir=True)\n"
        "assert gc.get_freeze_count() == 0\n"
        "freeze_heap()\n"
        "print(gc.get_freeze_count() > 100_000, len(gc.get_objects()) < 1_000)\n"
    )
    assert fresh_python(code).split() == ["True", "True"]


def test_run_and_worker_app_freeze_the_heap_once_the_app_is_made(monkeypatch):
    """`pvdkg serve` (run) and each worker of --workers N (worker_app) call freeze_heap after
    create_app has loaded everything; create_app alone does not (tests make many apps)."""
    import dataclasses

    import pvdkg.serve.app as serve_app

    calls = []
    monkeypatch.setattr(serve_app, "freeze_heap", lambda: calls.append("frozen"))
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append("uvicorn"))
    settings = Settings(derive_processes=0)
    monkeypatch.setenv(serve_app.SETTINGS_ENV, json.dumps(dataclasses.asdict(settings)))
    serve_app.worker_app()
    assert calls == ["frozen"]
    serve_app.run(settings)
    assert calls == ["frozen", "frozen", "uvicorn"]
    create_app(settings)
    assert calls == ["frozen", "frozen", "uvicorn"]
