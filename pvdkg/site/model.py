"""What the site shows, read from the knowledge graph: statements, interventions, citations.

Why read the RDF here and not reuse the result code: the site documents the knowledge as
written (populations as class expressions, citations as resolved or not), not as derived
for one patient. Everything is read from the loaded graph; nothing clinical is decided here.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from ..knowledge.namespace import ONTOLOGY as P
from . import expressions as ex


def _one(graph: Graph, s, p):
    return next(iter(graph.objects(s, p)), None)


def _text(graph: Graph, s, p) -> str | None:
    value = _one(graph, s, p)
    return None if value is None else str(value)


def label(graph: Graph, node) -> str:
    """rdfs:label, else dcterms:title, else the local name."""
    for p in (RDFS.label, DCTERMS.title):
        value = _one(graph, node, p)
        if value is not None:
            return str(value)
    return ex.local_name(node) if isinstance(node, URIRef) else str(node)


def subclasses(graph: Graph, root: URIRef) -> set[URIRef]:
    """root and every named class below it (rdfs:subClassOf*)."""
    return {c for c in graph.transitive_subjects(RDFS.subClassOf, root) if isinstance(c, URIRef)}


def statement_id(graph: Graph, s: URIRef) -> str:
    """dcterms:identifier, or the local name (an interaction is named by its statements)."""
    return _text(graph, s, DCTERMS.identifier) or ex.local_name(s)


def grade(graph: Graph, node) -> dict | None:
    if node is None:
        return None
    return {"iri": node, "label": label(graph, node), "notation": _text(graph, node, SKOS.notation)}


def citation(graph: Graph, c: URIRef) -> dict:
    """A citation number, the listed reference it resolves to (or None) and the note saying how."""
    ref = _one(graph, c, P.listedReference)
    return {
        "number": _text(graph, c, P.citationNumber) or ex.local_name(c),
        "note": _text(graph, c, P.resolutionNote),
        "reference": None if ref is None else source(graph, ref),
    }


def source(graph: Graph, s) -> dict:
    return {
        "iri": s,
        "label": label(graph, s),
        "title": _text(graph, s, DCTERMS.title),
        "publisher": _text(graph, s, DCTERMS.publisher),
        "date": _text(graph, s, DCTERMS.date) or _text(graph, s, DCTERMS.modified),
        "type": _text(graph, s, DCTERMS.type),
        "comment": _text(graph, s, RDFS.comment),
    }


def population(graph: Graph, cls) -> dict:
    """A population: its name and definition, its expression, and the named classes it uses
    that have definitions of their own (expanded below it, recursively)."""
    expression = ex.definition(graph, cls) if isinstance(cls, URIRef) else ex.parse(graph, cls)
    where, todo = [], list(ex.named_classes(expression) if expression else [])
    seen = {cls}
    while todo:
        c = todo.pop(0)
        if c in seen:
            continue
        seen.add(c)
        d = ex.definition(graph, c)
        if d is not None:
            where.append({"iri": c, "expression": d, "definition": _text(graph, c, SKOS.definition)})
            todo.extend(ex.named_classes(d))
    return {
        "iri": cls if isinstance(cls, URIRef) else None,
        "label": label(graph, cls) if isinstance(cls, URIRef) else None,
        "definition": _text(graph, cls, SKOS.definition),
        "expression": expression,
        "words": ex.words(graph, expression or ex.Part(iri=cls)),
        "where": where,
    }


def _statement_iris(graph: Graph) -> list[URIRef]:
    kinds = subclasses(graph, P.Statement)
    return sorted({s for k in kinds for s in graph.subjects(RDF.type, k) if isinstance(s, URIRef)})


def statements(graph: Graph, tests: dict[str, list[dict]]) -> list[dict]:
    """Every statement of the knowledge base (rules, cautions, evidence, interactions), by id."""
    kinds = subclasses(graph, P.Statement)
    iris = _statement_iris(graph)
    out = []
    for s in iris:
        sid = statement_id(graph, s)
        actions = []
        for a in graph.objects(s, P.hasAction):
            actions.append(
                {
                    "intervention": _one(graph, a, P.intervention),
                    "status": label(graph, _one(graph, a, P.status)),
                    "population": population(graph, _one(graph, a, P.population)),
                }
            )
        actions.sort(key=lambda a: str(a["intervention"]))
        caution_pop = _one(graph, s, P.cautionPopulation)
        requires = [
            {
                "about": _one(graph, r, P.aboutIntervention),
                "descendants": bool(getattr(_one(graph, r, P.includeDescendants), "value", False)),
                "statuses": sorted(label(graph, x) for x in graph.objects(r, P.statusIn)),
            }
            for r in graph.objects(s, P.requiresStatus)
        ]
        out.append(
            {
                "iri": s,
                "id": sid,
                "kinds": sorted(label(graph, k) for k in graph.objects(s, RDF.type) if k in kinds),
                "label": label(graph, s),
                "description": _text(graph, s, DCTERMS.description),
                "applies_to": _text(graph, s, P.appliesToText),
                "actions": actions,
                "caution": None
                if caution_pop is None
                else {
                    "population": population(graph, caution_pop),
                    "text": _text(graph, s, P.cautionText),
                    "requires": requires,
                },
                "cor": grade(graph, _one(graph, s, P.classOfRecommendation)),
                "loe": grade(graph, _one(graph, s, P.levelOfEvidence)),
                "citations": sorted(
                    (citation(graph, c) for c in graph.objects(s, P.citation)), key=lambda c: _number(c["number"])
                ),
                "conditional_citations": [
                    {
                        "citation": citation(graph, _one(graph, cc, P.citation)),
                        "when": population(graph, _one(graph, cc, P.whenPatientIn)),
                    }
                    for cc in graph.objects(s, P.conditionalCitation)
                ],
                "section": _text(graph, s, P.sourceSection),
                "excerpt": _text(graph, s, P.sourceExcerpt),
                "derived_from": [_provenance(graph, x) for x in sorted(graph.objects(s, PROV.wasDerivedFrom))],
                "attributed_to": [_provenance(graph, x) for x in sorted(graph.objects(s, PROV.wasAttributedTo))],
                "comment": _text(graph, s, RDFS.comment),
                "supports": _ids(graph, graph.objects(s, P.supports)),
                "supported_by": _ids(graph, graph.subjects(P.supports, s)),
                "between": _ids(graph, graph.objects(s, P.between)),
                "trial_results": [_trial_result(graph, r) for r in sorted(graph.objects(s, P.reportsResult))],
                "conflicts": _conflicts(graph, s),
                "interactions": _ids(
                    graph, (i for i in graph.subjects(P.between, s) if i in set(_statement_iris(graph)))
                ),
                "targets": _targets(graph, s),
                "tests": tests.get(sid, []),
            }
        )
    return sorted(out, key=lambda st: st["id"])


def _number(text: str):
    return (0, int(text)) if text.isdigit() else (1, text)


def _ids(graph: Graph, nodes) -> list[str]:
    return sorted(statement_id(graph, n) for n in nodes if isinstance(n, URIRef))


def _provenance(graph: Graph, node) -> dict:
    return {"iri": node, "label": label(graph, node), "id": statement_id(graph, node)}


def _trial_result(graph: Graph, r) -> dict:
    arms = sorted((_text(graph, a, P.arm), _text(graph, a, P.percent)) for a in graph.objects(r, P.armResult))
    trial = _one(graph, r, P.ofTrial)
    return {
        "label": label(graph, r),
        "trial": None
        if trial is None
        else {"label": label(graph, trial), "comment": _text(graph, trial, RDFS.comment)},
        "endpoint": _text(graph, r, P.endpoint),
        "time": _text(graph, r, P.timePoint),
        "arms": arms,
        "p": (_text(graph, r, P.pValueComparator) or "") + (_text(graph, r, P.pValue) or ""),
        "comment": _text(graph, r, RDFS.comment),
    }


def _conflicts(graph: Graph, s) -> list[dict]:
    return [
        {
            "label": label(graph, c),
            "description": _text(graph, c, DCTERMS.description),
            "intervention": _one(graph, c, P.intervention),
            "resolution": _text(graph, c, P.conflictResolution),
            "between": _ids(graph, graph.objects(c, P.between)),
        }
        for c in sorted(graph.subjects(P.between, s))
        if (c, RDF.type, P.StatementConflict) in graph
    ]


def _targets(graph: Graph, s) -> list[dict]:
    return [
        {
            "label": label(graph, t),
            "comment": _text(graph, t, RDFS.comment),
            "property": _one(graph, t, P.measurementProperty),
            "at_or_above": _text(graph, t, P.atOrAbove),
            "finding": label(graph, _one(graph, t, P.finding)),
        }
        for t in sorted(graph.subjects(P.targetStatement, s))
    ]


def interventions(graph: Graph, uses: dict) -> list[dict]:
    """Every intervention class (rdfs:subClassOf* pvdkg:Intervention) with its parents and
    the statements that name it (`uses`: intervention IRI -> [(statement id, status)])."""
    out = []
    for c in sorted(subclasses(graph, P.Intervention), key=lambda c: notation(graph, c)):
        out.append(
            {
                "iri": c,
                "notation": notation(graph, c),
                "label": label(graph, c),
                "definition": _text(graph, c, SKOS.definition),
                "parents": sorted(
                    notation(graph, p) for p in graph.objects(c, RDFS.subClassOf) if isinstance(p, URIRef)
                ),
                "children": sorted(notation(graph, k) for k in graph.subjects(RDFS.subClassOf, c)),
                "uses": sorted(uses.get(c, [])),
            }
        )
    return out


def notation(graph: Graph, c) -> str:
    return _text(graph, c, SKOS.notation) or ex.local_name(c)


def named_tests(folder: Path) -> dict[str, list[dict]]:
    """The named test patients of tests/rules/<id>.yaml, by statement id (empty if none ship)."""
    out: dict[str, list[dict]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        out[path.stem] = [
            {
                "name": str(item.get("name", "")),
                "description": " ".join(str(item.get("description", "")).split()),
                "case": yaml.safe_dump(item.get("case"), sort_keys=False, allow_unicode=True, width=100),
                "expect": yaml.safe_dump(item.get("expect"), sort_keys=False, allow_unicode=True, width=100),
                "file": f"tests/rules/{path.name}",
            }
            for item in items
            if isinstance(item, dict)
        ]
    return out
