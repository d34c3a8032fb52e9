"""pvdkg's terms and mappings as FHIR R4 terminology: one CodeSystem, and a Bundle of ConceptMaps.

Why: a FHIR terminology server (or an IG) can then translate pvdkg's case values
and intervention identifiers to SNOMED CT, ICD-10-CM, RxNorm, LOINC ... and back,
with the same rows the reader uses (ontology/mappings/pvdkg.sssom.tsv).

CodeSystem https://w3id.org/pvdkg/fhir/CodeSystem/pvdkg: every intervention class,
every value of a case field (the named individuals of its range, with the classes
between them and the range) and every measurement. code = the term's local name,
which for an intervention is its identifier in the case format; case values are
not codes because two fields share some (vein_conduit and calcification both
have 'none'): the case value is the concept's `notation` property, its field
`caseField`. display = rdfs:label, definition = skos:definition, the hierarchy is
the `parent` property (an intervention may have two parents), hierarchyMeaning is-a.

ConceptMaps: one per target code system that has a canonical FHIR system URI
(pvdkg.readers.fhir FHIR_SYSTEMS), in one Bundle (type collection), source = the
CodeSystem. Targets without a FHIR system URI (MONDO, DOID, NCIT, UBERON) are in
the SSSOM exports only. equivalence from the SKOS predicate, read from the source
(the pvdkg term) to the target, as sssom-py's own FHIR writer does
(sssom.writers.to_fhir_json): see EQUIVALENCE.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from .knowledge import load as load_knowledge
from .knowledge.namespace import ONTOLOGY
from .mappings import load_mappings, load_metadata
from .readers.fhir.vocabulary import FHIR_SYSTEMS

BASE = "https://w3id.org/pvdkg/fhir/"
CODE_SYSTEM = BASE + "CodeSystem/pvdkg"
PVDKG = str(ONTOLOGY)
CASE_FIELD = ONTOLOGY.caseField

#: SKOS predicate (subject = pvdkg term = FHIR source) -> R4 ConceptMapEquivalence
#: (http://hl7.org/fhir/R4/valueset-concept-map-equivalence.html; definitions are from
#: the source's point of view):
#:   exactMatch  -> equivalent  "The definitions of the concepts mean the same thing"
#:   closeMatch  -> inexact     "The target mapping overlaps with the source concept, but both
#:                              source and target cover additional meaning, or the definitions are
#:                              imprecise" (the row comment says how they differ)
#:   narrowMatch -> narrower    "The target mapping is narrower in meaning than the source concept.
#:                              The sense in which the mapping is narrower SHALL be described in the
#:                              comments"; not specializes ("the target is-a source"): pvdkg's
#:                              narrowMatch is partitive too (a segment and its arteries, a regimen
#:                              and its drugs), which is no is-a
#:   broadMatch  -> wider       "The target mapping is wider in meaning than the source concept."
EQUIVALENCE = {
    "skos:exactMatch": "equivalent",
    "skos:closeMatch": "inexact",
    "skos:narrowMatch": "narrower",
    "skos:broadMatch": "wider",
}
#: What a mapping says when its row has no comment and R4 asks for one (narrower, inexact).
DEFAULT_COMMENT = {
    "skos:closeMatch": "skos:closeMatch: close enough to be used for the pvdkg concept, not the same",
    "skos:narrowMatch": "skos:narrowMatch: the target is narrower than the pvdkg concept (it implies it)",
    "skos:broadMatch": "skos:broadMatch: the target is broader; it does not imply the pvdkg concept",
}


def _local(term) -> str:
    return str(term)[len(PVDKG) :]


def _ours(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(PVDKG)


def _version(g: Graph) -> str:
    return next((str(v) for v in g.objects(None, OWL.versionInfo)), "")


def _concept(g: Graph, term, parents: list, **props: str) -> dict:
    concept: dict = {"code": _local(term), "display": str(g.value(term, RDFS.label) or _local(term))}
    definition = g.value(term, SKOS.definition)
    if definition:
        concept["definition"] = str(definition)
    properties = [{"code": "parent", "valueCode": _local(p)} for p in sorted(parents, key=str)]
    properties += [{"code": k, "valueString": v} for k, v in props.items() if v]
    if properties:
        concept["property"] = properties
    return concept


def _abstract(concept: dict) -> dict:
    concept.setdefault("property", []).append({"code": "notSelectable", "valueBoolean": True})
    return concept


def code_system_concepts(g: Graph) -> list[dict]:
    """The concepts: interventions, case values (with their classes), measurements, and the
    record findings a FHIR record is read through (ontology/record.ttl)."""
    concepts: dict[str, dict] = {}
    interventions = set(g.transitive_subjects(RDFS.subClassOf, ONTOLOGY.Intervention))
    for c in sorted((c for c in interventions if _ours(c)), key=str):
        parents = [p for p in g.objects(c, RDFS.subClassOf) if p in interventions and _ours(p)]
        concepts[_local(c)] = _concept(g, c, parents, notation=str(g.value(c, SKOS.notation) or ""))
    for prop in sorted(g.subjects(CASE_FIELD, None), key=str):
        field = str(g.value(prop, CASE_FIELD))
        kind = g.value(prop, RDFS.range)
        if g.value(prop, RDFS.domain) == ONTOLOGY.MeasurementSet:
            concepts.setdefault(_local(prop), _concept(g, prop, [], caseField=field))
            continue
        if not _ours(kind) or kind in interventions:
            continue
        classes = set(g.transitive_subjects(RDFS.subClassOf, kind))
        values = sorted({i for c in classes for i in g.subjects(RDF.type, c) if _ours(i)}, key=str)
        if not values:
            continue  # a structure (Lesion, ProcedureRecord), not a value
        for c in sorted(classes, key=str):
            parents = [p for p in g.objects(c, RDFS.subClassOf) if p in classes] if c != kind else []
            concepts.setdefault(_local(c), _abstract(_concept(g, c, parents)))
        for i in values:
            parents = [c for c in g.objects(i, RDF.type) if c in classes]
            notation = str(g.value(i, SKOS.notation) or "")
            concepts.setdefault(_local(i), _concept(g, i, parents, notation=notation, caseField=field))
    findings = set(g.transitive_subjects(RDFS.subClassOf, ONTOLOGY.RecordFinding))
    for c in sorted(findings, key=str):
        concepts.setdefault(_local(c), _abstract(_concept(g, c, [])))
    for i in sorted({i for c in findings for i in g.subjects(RDF.type, c) if _ours(i)}, key=str):
        concepts.setdefault(_local(i), _concept(g, i, [c for c in g.objects(i, RDF.type) if c in findings]))
    return list(concepts.values())


def code_system(root: Path | None = None) -> dict:
    """The pvdkg CodeSystem (FHIR R4 JSON as a dict)."""
    g = load_knowledge(root).ontology_graph
    concepts = code_system_concepts(g)
    meta = load_metadata(root)
    return {
        "resourceType": "CodeSystem",
        "id": "pvdkg",
        "url": CODE_SYSTEM,
        "version": _version(g),
        "name": "PVDKG",
        "title": "pvdkg interventions and patient facts",
        "status": "draft",
        "experimental": False,
        "publisher": ", ".join(meta.get("creator_label", [])) or None,
        "description": "The interventions of pvdkg (codes = their identifiers in the pvdkg case format) and the "
        "values of its case fields (the case value is the concept's notation property) and measurements.",
        "copyright": f"License: {meta['license']}" if meta.get("license") else None,
        "caseSensitive": True,
        "hierarchyMeaning": "is-a",
        "content": "complete",
        "count": len(concepts),
        "property": [
            {
                "code": "parent",
                "uri": "http://hl7.org/fhir/concept-properties#parent",
                "description": "A pvdkg concept this one is a kind of (rdfs:subClassOf, rdf:type)",
                "type": "code",
            },
            {
                "code": "notSelectable",
                "uri": "http://hl7.org/fhir/concept-properties#notSelectable",
                "description": "A class of case values, not a value itself",
                "type": "boolean",
            },
            {
                "code": "notation",
                "uri": str(SKOS.notation),
                "description": "The value in the pvdkg case format",
                "type": "string",
            },
            {
                "code": "caseField",
                "uri": str(CASE_FIELD),
                "description": "The case-format field the value or measurement goes in",
                "type": "string",
            },
        ],
        "concept": concepts,
    }


def _fhir_code(prefix: str, code: str) -> str:
    """The code as FHIR writes it: HPO codes keep their 'HP:' (as the reader accepts them)."""
    return f"HP:{code}" if prefix == "HP" else code


def _name(prefix: str) -> str:
    return "PvdkgTo" + re.sub(r"[^A-Za-z0-9]", "", prefix[:1].upper() + prefix[1:])


def concept_maps(root: Path | None = None) -> dict:
    """A Bundle (collection) of ConceptMaps, one per target system, from the mapping set."""
    systems = {prefix: uri for uri, prefix in FHIR_SYSTEMS.items()}
    meta = load_metadata(root)
    version = _version(load_knowledge(root).ontology_graph)
    by_prefix: dict[str, dict[str, dict]] = {}
    for row in load_mappings(root):
        prefix, code = row["object_id"].split(":", 1)
        if prefix not in systems:
            continue
        source = row["subject_id"].split(":", 1)[1]
        elements = by_prefix.setdefault(prefix, {})
        element = elements.setdefault(source, {"code": source, "display": row["subject_label"], "target": []})
        comment = row.get("comment") or DEFAULT_COMMENT.get(row["predicate_id"], "")
        source_note = f"Code and label checked in {row['see_also']} ({row['object_source_version']})."
        element["target"].append(
            {
                "code": _fhir_code(prefix, code),
                "display": row["object_label"],
                "equivalence": EQUIVALENCE[row["predicate_id"]],
                "comment": f"{comment}. {source_note}" if comment else source_note,
            }
        )
    entries = []
    for prefix in sorted(by_prefix, key=str.lower):
        cid = f"pvdkg-to-{prefix.lower()}"
        entries.append(
            {
                "fullUrl": f"{BASE}ConceptMap/{cid}",
                "resource": {
                    "resourceType": "ConceptMap",
                    "id": cid,
                    "url": f"{BASE}ConceptMap/{cid}",
                    "version": version,
                    "name": _name(prefix),
                    "title": f"pvdkg concepts to {systems[prefix]}",
                    "status": "draft",
                    "experimental": False,
                    "publisher": ", ".join(meta.get("creator_label", [])) or None,
                    "description": f"The rows of the pvdkg mapping set ({meta.get('mapping_set_id', '')}) whose "
                    f"target is in {systems[prefix]}; equivalence from their SKOS predicate.",
                    "copyright": f"License: {meta['license']}" if meta.get("license") else None,
                    "group": [
                        {
                            "source": CODE_SYSTEM,
                            "sourceVersion": version,
                            "target": systems[prefix],
                            "element": list(by_prefix[prefix].values()),
                        }
                    ],
                },
            }
        )
    return {"resourceType": "Bundle", "id": "pvdkg-concept-maps", "type": "collection", "entry": entries}


def _json(resource: dict) -> str:
    return json.dumps(_drop_empty(resource), indent=2, ensure_ascii=False) + "\n"


def _drop_empty(node):
    if isinstance(node, dict):
        return {k: _drop_empty(v) for k, v in node.items() if v not in (None, "", [], {})}
    if isinstance(node, list):
        return [_drop_empty(v) for v in node]
    return node


def code_system_json(root: Path | None = None) -> str:
    return _json(code_system(root))


def concept_maps_json(root: Path | None = None) -> str:
    return _json(concept_maps(root))
