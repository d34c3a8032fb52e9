"""Derive the per-patient result of case-format.md from the reasoned store.

The derivation itself is SPARQL (queries/recommend/): the updates write
contributions and entries, the selects read interventions, reasons, conflicts,
cautions and the audit. This module only runs them in order and shapes their
rows into the JSON result (grouping, sorting, wording), so that the same
queries can run in any SPARQL 1.1 store.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .knowledge import query_files, query_header, read_query
from .knowledge.namespace import PVDKG
from .results import AuditFinding, Caution, Conflict, Entry, Result, Undecided, Vocabulary, inherited_reason

if TYPE_CHECKING:  # the stores import this module
    from .stores.base import SparqlGraph


def derive(store: SparqlGraph, audit_only: bool = False) -> None:
    """Run the recommendation updates (contributions, then entries, ...), in name order.

    audit_only: skip the updates whose `#+ needed-by:` header names only other
    result queries than audit.rq (an audit of a whole store needs less)."""
    for rel in query_files("recommend", ".ru"):
        text = read_query(rel)
        header = query_header(text)
        needed_by = header.get("needed-by")
        if audit_only and needed_by and "audit.rq" not in needed_by:
            continue
        if header.get("runs", "").startswith("to a fixpoint"):
            _to_fixpoint(store, text, read_query(header["reads"]))
        else:
            store.update(text)


def _to_fixpoint(store: SparqlGraph, update: str, reads: str, max_rounds: int = 100) -> None:
    """Run an update again while what it reads (the count query of its `#+ reads:`
    header) grows; a condition nested deeper than max_rounds is a knowledge error."""
    last = None
    for _ in range(max_rounds):
        mark = int(store.select(reads)[0]["n"])
        if mark == last:
            return
        store.update(update)
        last = mark
    raise RuntimeError(f"an update did not reach a fixpoint in {max_rounds} rounds")


def _ids(text: str | None) -> list[str]:
    return sorted(set((text or "").split()))


def _citation_key(c: str) -> tuple:
    return (0, int(c), c) if c.isdigit() else (1, 0, c)


def _rows(store: SparqlGraph, name: str) -> list[dict[str, str]]:
    text = read_query(f"recommend/{name}.rq")
    if query_header(text).get("scope", "").startswith("knowledge"):
        return store.select_knowledge(text)
    return store.select(text)


def _because(store: SparqlGraph) -> dict[tuple[str, str], list[str]]:
    """Reason phrases per (patient, intervention), in rule order."""
    grouped: dict[tuple[str, str], dict[tuple[str, str], list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(store, "because"):
        source = row.get("rule") or ""
        phrases = grouped[(row["patient"], row["intervention"])][(source, row["via"])]
        if row.get("phrase") and row["phrase"] not in phrases:
            phrases.append(row["phrase"])
    out: dict[tuple[str, str], list[str]] = {}
    for key, by_source in grouped.items():
        texts: list[str] = []
        for (rule, via), phrases in sorted(by_source.items()):
            if not rule:
                texts.append("patient-specific contraindication" if via == key[1] else inherited_reason(via, None))
                continue
            texts.extend(p for p in sorted(phrases) if p not in texts)
            if via != key[1]:
                texts.append(inherited_reason(via, rule))
        out[key] = texts
    return out


def vocabulary(store) -> Vocabulary:
    """The statuses in display order, the audit findings that flag a patient and the
    intervention hierarchy, from the knowledge."""
    rows = _rows(store, "vocabulary")
    statuses = tuple(
        r["word"] for r in sorted((r for r in rows if r["kind"] == "status"), key=lambda r: int(r["rank"]))
    )
    flagging = frozenset(r["word"] for r in rows if r["kind"] == "finding" and r["flags"] == "true")
    ancestors: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "hierarchy"):
        ancestors[row["intervention"]].add(row["ancestor"])
    return Vocabulary(statuses, flagging, {iv: frozenset(a) for iv, a in ancestors.items()})


def _tried(store: SparqlGraph) -> dict[str, list[str]]:
    """The case's `tried` of every patient (marks in reports; not part of the JSON result)."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in _rows(store, "tried"):
        out[row["patient"]].append(row["intervention"])
    return out


def _conflicts(store: SparqlGraph, words: Vocabulary) -> dict[str, list[Conflict]]:
    grouped: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in _rows(store, "conflicts"):
        grouped[(row["patient"], row["intervention"])].append(row)
    out: dict[str, list[Conflict]] = defaultdict(list)
    for (patient, iv), rows in sorted(grouped.items()):
        resolved = rows[0]["resolvedTo"]
        rules = sorted({r["rule"] for r in rows if r.get("rule")})
        winners = sorted({r["rule"] for r in rows if r.get("rule") and r["status"] == resolved})
        losers = sorted({f"{r['rule']} ({r['status']})" for r in rows if r.get("rule") and r["status"] != resolved})
        by_patient = any(r.get("patientSpecific") == "true" for r in rows)
        won = ", ".join(winners + (["the patient-specific contraindication"] if by_patient else []))
        why = (
            f"{won} ({resolved}) prevails over {', '.join(losers)}: "
            f"the most protective status wins ({words.protective_order})"
        )
        out[patient].append(Conflict(iv, rules, resolved, why))
    return out


def _cautions(store: SparqlGraph) -> dict[str, list[Caution]]:
    grouped: dict[tuple[str, str], dict] = {}
    for row in _rows(store, "cautions"):
        entry = grouped.setdefault((row["patient"], row["caution"]), {"ids": set(), "text": row["text"]})
        entry["ids"].add(row["id"])
    out: dict[str, list[Caution]] = defaultdict(list)
    for (patient, _), entry in grouped.items():
        out[patient].append(Caution(sorted(entry["ids"]), entry["text"]))
    for items in out.values():
        items.sort(key=lambda c: c.recommendations)
    return out


def _audit(store: SparqlGraph) -> dict[str, list[AuditFinding]]:
    grouped: dict[tuple[str, str, str, int], set[str]] = defaultdict(set)
    for row in _rows(store, "audit"):
        key = (row["patient"], row["intervention"], row["finding"], int(row["order"]))
        if row.get("rule"):
            grouped[key].add(row["rule"])
        else:
            grouped.setdefault(key, set())
    out: dict[str, list[AuditFinding]] = defaultdict(list)
    for (patient, iv, finding, _order), rules in sorted(grouped.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][3])):
        out[patient].append(AuditFinding(iv, finding, sorted(rules)))
    return out


def _patients(store: SparqlGraph) -> list[str]:
    return sorted(r["p"] for r in store.select(f"SELECT ?p WHERE {{ ?p a <{PVDKG.Patient}> }}"))


def audit_results(store: SparqlGraph) -> dict[str, Result]:
    """Only the audit and undecided parts of every patient's result (after derive(store, audit_only=True)):
    the undecided part feeds the audit's data completeness (which fields block which rules)."""
    audit, undecided = _audit(store), _undecided(store)
    return {
        p: Result(p, audit=audit.get(p, []), undecided=undecided.get(p, []), audit_only=True) for p in _patients(store)
    }


def results(store: SparqlGraph) -> dict[str, Result]:
    """The result of every patient in the store, keyed by patient IRI."""
    because = _because(store)
    grades = {row["rule"]: row for row in _rows(store, "grades")}
    ivs: dict[str, list[tuple]] = defaultdict(list)
    for row in _rows(store, "interventions"):
        patient, iv = row["patient"], row["intervention"]
        grade = grades.get(row["gradedBy"], {})
        entry = Entry(
            intervention=iv,
            status=row["status"],
            cls=grade.get("class"),
            level=grade.get("level"),
            recommendations=_ids(row.get("recommendations")),
            citations=sorted(set((row.get("citations") or "").split()), key=_citation_key),
            evidence=_ids(row.get("evidence")),
            because=because.get((patient, iv), []),
        )
        ivs[patient].append((int(row["rank"]), iv, entry))
    words = vocabulary(store)
    conflicts, cautions, audit, undecided = _conflicts(store, words), _cautions(store), _audit(store), _undecided(store)
    tried = _tried(store)
    return {
        patient: Result(
            patient,
            interventions=[e for _, _, e in sorted(ivs.get(patient, []), key=lambda t: (t[0], t[1]))],
            conflicts=conflicts.get(patient, []),
            cautions=cautions.get(patient, []),
            audit=audit.get(patient, []),
            undecided=undecided.get(patient, []),
            tried=sorted(tried.get(patient, [])),
        )
        for patient in _patients(store)
    }


def _undecided(store: SparqlGraph) -> dict[str, list[Undecided]]:
    """Rule 12: one entry per undecided rule and intervention, its fields sorted and named once."""
    grouped: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for row in _rows(store, "undecided"):
        key = (row["patient"], row["recommendation"], row["intervention"], row["status"])
        grouped[key].update([row["field"]] if row.get("field") else [])
    out: dict[str, list[Undecided]] = defaultdict(list)
    for (patient, rid, iv, status), fields in sorted(grouped.items()):
        out[patient].append(Undecided(rid, iv, status, sorted(fields)))
    return out
