"""Entries validated before are not validated again (pvdkg.readers.fhir.seen): the same
case, the same messages, only what validated is kept, and the memory it takes is bounded."""

from __future__ import annotations

import copy
import json

import pytest
from test_fhir import CLTI, EXAMPLE, LOINC, condition, convert_bundle, with_patient

from pvdkg.readers import CaseLoadError
from pvdkg.readers.fhir import parse_bundle, seen


@pytest.fixture(autouse=True)
def empty():
    seen.clear()
    yield
    seen.clear()


def outcome(bundle: dict) -> tuple:
    out = convert_bundle(copy.deepcopy(bundle))
    return out.case, out.unmapped, out.sources, [str(i) for i in out.issues]


def test_a_bundle_read_again_reuses_its_entries_and_gives_the_same_case():
    bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    first = parse_bundle(bundle)
    again = parse_bundle(copy.deepcopy(bundle))
    assert all(a is b for a, b in zip(first.entry, again.entry, strict=True))
    seen.clear()
    assert outcome(bundle) == outcome(bundle)


def ldl(value) -> dict:
    return {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "subject": {"reference": "Patient/p1"},
        "code": {"coding": [{"system": LOINC, "code": "13457-7"}]},
        "valueQuantity": {"value": value, "unit": "mg/dL"},
    }


@pytest.mark.parametrize("bad", ["ninety-six", True, {"value": 96}, [96]])
def test_an_entry_like_a_kept_one_but_malformed_still_gives_its_message(bad):
    convert_bundle(with_patient(ldl(96)))  # kept
    with pytest.raises(CaseLoadError, match=r"^Bundle\.entry\[1\] \(Observation/o1\): valueQuantity\.value: "):
        parse_bundle(with_patient(ldl(bad)))


def test_a_malformed_entry_is_never_kept():
    bad = with_patient(condition("c1", CLTI, colour="red"))
    messages = set()
    for _ in range(2):
        with pytest.raises(CaseLoadError) as e:
            parse_bundle(bad)
        messages.add(str(e.value))
    assert messages == {'Bundle.entry[1] (Condition/c1): colour: Extra inputs are not permitted (got "red")'}


def test_the_bundle_itself_is_validated_when_every_entry_is_kept():
    bundle = with_patient(condition("c1", CLTI))
    parse_bundle(bundle)
    del bundle["type"]
    with pytest.raises(CaseLoadError, match=r"^Bundle: type: .*required"):
        parse_bundle(bundle)


def test_an_entry_twice_in_one_bundle_gives_two_models():
    bundle = with_patient(condition("c1", CLTI))
    parse_bundle(bundle)
    bundle["entry"].append(copy.deepcopy(bundle["entry"][1]))
    entries = parse_bundle(bundle).entry
    assert entries[1] is not entries[2] and entries[1].resource == entries[2].resource


def test_what_is_kept_is_bounded(monkeypatch):
    monkeypatch.setattr(seen, "BUDGET_CHARS", 1000)
    for n in range(20):
        parse_bundle(with_patient(condition(f"c{n}", CLTI)))
    assert 0 < seen._chars <= 1000 and len(seen._kept) < 10
    monkeypatch.setattr(seen, "TEXT_CHARS", 10)
    assert seen.key({"resource": {"resourceType": "Patient"}}) is None


def test_values_json_cannot_write_are_not_kept():
    from decimal import Decimal

    assert seen.key({"resource": {"valueDecimal": Decimal("1.0")}}) is None
    assert seen.key({"a": 1}) != seen.key({"a": 1.0}) != seen.key({"a": "1"}) != seen.key({"a": True})
