"""Every output format in one place: results as json, ndjson, csv and text; cohort
audits and their data completeness; validation findings; SPARQL answers.

Why one module: the contract fixes each format (case-format.md), and the CLI,
the benchmark and the HTTP service must write the same bytes. The functions
return text; the caller decides where it goes (pvdkg.cli writes it whole, with
Ctrl-C deferred). User text is escaped here: no string from a case can forge a
line of a report.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pyoxigraph as ox

from .knowledge.namespace import KB, ONTOLOGY, PATIENT
from .present import Group, group_entries
from .results import AuditFinding, Change, Entry, KnowledgeDiff, Result, ValidationResult, Vocabulary, as_json

DISCLAIMER = (
    "Decision support only: pvdkg encodes one guideline-backed summary (pending human review); "
    "it does not replace clinical judgment."
)

#: Characters that could forge or hide an output line: C0 and C1 controls, DEL, the
#: Unicode line and paragraph separators and the bidirectional overrides.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
CONTROL_BUT_LINES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_SHORT_PREFIXES = ((str(ONTOLOGY), "pvdkg:"), (str(KB), "kb:"))


def escape_controls(text: str) -> str:
    """Text with every control character escaped (\\n, \\t, \\r, else \\uXXXX, valid in JSON too)."""
    return _CONTROL.sub(lambda m: _SHORT_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), text)


def _escaped(value):
    """A JSON value with control characters escaped in every string."""
    if isinstance(value, str):
        return escape_controls(value)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


# --- one result --------------------------------------------------------------------


def result_json(result: Result) -> str:
    """One result as the contract's JSON, indented (one case)."""
    return json.dumps(result.to_json(), indent=2, ensure_ascii=False)


def result_ndjson(result: Result) -> str:
    """One result as one JSON line (cohorts, stores)."""
    return json.dumps(result.to_json(), separators=(",", ":"), ensure_ascii=False)


def json_object(value: dict) -> str:
    """One JSON object on one line (outcomes that are not results: a deceased patient)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def invalid_json(source: str, findings: list[ValidationResult], unmapped: list[dict]) -> str:
    """An invalid FHIR patient as one JSON object: the findings and what did not map."""
    return json.dumps(
        {
            "source": source,
            "error": "invalid patient, no recommendations",
            "findings": [{"path": f.path, "message": f.message, "severity": f.severity} for f in findings],
            "unmapped": unmapped,
        },
        indent=2,
        ensure_ascii=False,
    )


#: Codes shown per code system in the text report's unmapped summary (the full list is in the JSON).
UNMAPPED_SHOWN = 5


#: Resources shown per value in READ FROM THE RECORD (e.g. ten agreeing smoking statements).
SOURCES_SHOWN = 3


def _read_text(sources: list[dict]) -> list[str]:
    """READ FROM THE RECORD: each case value with the resources it came from."""
    out = ["", "READ FROM THE RECORD"]
    for s in sources:
        value = s["value"]
        if isinstance(value, dict):
            value = ", ".join(f"{k} {_plain(v)}" for k, v in value.items())
        elif value is not None:
            value = _plain(value)
        shown = s["field"] if value is None else f"{s['field']}: {value}"
        resources = s["resources"][:SOURCES_SHOWN]
        more = len(s["resources"]) - len(resources)
        out.append(
            f"  {shown:<45} <- {', '.join(resources)}" + (f" and {more} more (all in --format json)" if more else "")
        )
    return out


def _plain(value) -> str:
    """A case value as the case file writes it (true, 96, clti)."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _unmapped_text(unmapped: list[dict]) -> list[str]:
    """The unmapped codings grouped by code system, with counts (the reasons are in the JSON)."""
    by_system: dict[str, Counter] = {}
    for u in unmapped:
        key = (u["code"] or "-", u["display"] or "")
        by_system.setdefault(u["system"] or "(no system)", Counter())[key] += 1
    out = ["", f"UNMAPPED ({len(unmapped)} FHIR codings pvdkg did not use, by code system; reasons in --format json)"]
    for system, codes in sorted(by_system.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        out.append(f"  {system}: {sum(codes.values())}")
        for (code, display), n in codes.most_common(UNMAPPED_SHOWN):
            out.append(f"    {code} {display}".rstrip() + (f" (x{n})" if n > 1 else ""))
        if len(codes) > UNMAPPED_SHOWN:
            out.append(f"    and {len(codes) - UNMAPPED_SHOWN} more codes")
    return out


def result_text(result: Result, words: Vocabulary) -> str:
    """The readable report: interventions by status (an ancestor and its kinds that read the
    same on one line, pvdkg.present; tried therapies marked), then (FHIR input) what was
    read from the record and the unmapped codings by system, conflicts, cautions, audit,
    undecided rules, and the disclaimer."""
    r = _escaped(result.to_json())  # user text (FHIR displays) escaped before it is laid out in lines
    out = [f"Patient {r['patient']}"]
    groups = group_entries(result, words.ancestors)
    for status in words.statuses:
        heads = [g for g in groups if g.head.status == status]
        if heads:
            out += ["", status.upper()]
            out.extend(escape_controls(line) for g in heads for line in _group_text(g))
    if r.get("sources"):
        out.extend(_read_text(r["sources"]))
    if r.get("unmapped"):
        out.extend(_unmapped_text(r["unmapped"]))
    for title, key, fmt in (
        (
            "CONFLICTS",
            "conflicts",
            lambda c: (
                f"  {c['intervention']}: {', '.join(c['recommendations']) or 'patient'} -> {c['resolved_to']}. {c['why']}"
            ),
        ),
        ("CAUTIONS", "cautions", lambda c: f"  [{' x '.join(c['recommendations'])}] {c['text']}"),
        (
            "AUDIT",
            "audit",
            lambda a: f"  {a['intervention']}: {a['finding']} ({', '.join(a['recommendations']) or 'patient'})",
        ),
    ):
        if r.get(key):
            out += ["", title]
            out.extend(fmt(item) for item in r[key])
    out.extend(_undecided_text(r["undecided"]))
    out += ["", DISCLAIMER]
    return "\n".join(out)


def report_json(result: Result, words: Vocabulary) -> dict:
    """The result as the text report lays it out, as JSON for the web page of `pvdkg serve`:
    groups by status (pvdkg.present), then what was read, conflicts, cautions, audit and
    undecided. The page only lays this out, so it holds no clinical logic; strings are
    escaped as in the text report (no control or bidirectional characters reach the page)."""
    r = result.to_json()
    groups = group_entries(result, words.ancestors)
    return _escaped(
        {
            "patient": r["patient"],
            "statuses": [
                {"status": s, "groups": [_group_json(g) for g in groups if g.head.status == s]} for s in words.statuses
            ],
            "sources": r.get("sources"),
            "unmapped": r.get("unmapped"),
            "conflicts": r.get("conflicts", []),
            "cautions": r.get("cautions", []),
            "audit": r["audit"],
            "undecided": r["undecided"],
            "ask": sorted({f for u in r["undecided"] for f in u["ask"]}),
            "disclaimer": DISCLAIMER,
        }
    )


def _group_json(g: Group) -> dict:
    e = g.head
    return {
        "title": g.title,
        "intervention": e.intervention,
        "tried": e.intervention in g.tried,
        "status": e.status,
        "class": e.cls,
        "level": e.level,
        "recommendations": e.recommendations,
        "citations": e.citations,
        "because": e.because,
        "kinds": [{"intervention": m.intervention, "tried": m.intervention in g.tried} for m in g.members],
        "adds": None
        if g.adds is None
        else {k: list(v) if isinstance(v, tuple) else v for k, v in as_json(g.adds).items()},
        "apart": [_group_json(a) for a in g.apart],
    }


def _grade(e: Entry) -> str:
    return f"COR {e.cls or '-'} / LOE {e.level or '-'}"


def _group_text(g: Group, indent: str = "  ") -> list[str]:
    """One group of entries (pvdkg.present): the head and how many kinds read the same,
    their names, then each kind set apart with what it adds."""
    e = g.head
    if g.adds is None:
        recs = ", ".join(e.recommendations) or "patient"
        line = f"{indent}{g.title:<{43 - len(indent)}} {_grade(e):<22} {recs:<10} cites {', '.join(e.citations) or '-'}"
        because = e.because
    else:
        a = g.adds
        extra = [f"also {', '.join(a.recommendations) or '-'}"] + [_grade(e)] * a.grade
        extra += [f"cites also {', '.join(a.citations)}"] * bool(a.citations)
        line = f"{indent}{g.title:<{43 - len(indent)}} {'; '.join(extra)}"
        because = list(a.because)
    out = [line]
    sub = indent + "    "
    if because:
        out.append(f"{sub}because: {'; '.join(because)}")
    if g.members:
        out.append(f"{sub}kinds: {', '.join(g.mark(m.intervention) for m in g.members)}")
    for apart in g.apart:
        out.extend(_group_text(apart, sub))
    return out


def _undecided_text(undecided: list[dict]) -> list[str]:
    """Rule 12 as text: one line naming every field to ask for, then one line per undecided rule."""
    if not undecided:
        return []
    fields = sorted({f for u in undecided for f in u["ask"]})
    out = ["", "UNDECIDED (the case leaves these rules open)", f"  ask for: {', '.join(fields) or '-'}"]
    out.extend(
        f"  {u['recommendation']:<5} {u['intervention']:<41} would give {u['status']:<16}"
        f"ask for: {', '.join(u['ask']) or '-'}"
        for u in undecided
    )
    return out


# --- many results ------------------------------------------------------------------


def csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    return buf.getvalue()


def csv_header(words: Vocabulary) -> str:
    return csv_line(["patient", *words.statuses, "conflicts", "cautions", "audit", "undecided"])


def csv_row(result: Result, words: Vocabulary) -> str:
    """The cohort summary line of one patient: interventions per status, then the other parts."""
    return csv_line(
        [
            result.patient,
            *(";".join(e.intervention for e in result.with_status(s)) for s in words.statuses),
            ";".join(c.intervention for c in result.conflicts),
            ";".join("x".join(c.recommendations) for c in result.cautions),
            ";".join(f"{a.intervention}:{a.finding}" for a in result.audit),
            ";".join(dict.fromkeys(f"{u.recommendation}:{'+'.join(u.ask)}" for u in result.undecided)),
        ]
    )


def audit_findings(patient: str, findings: list[AuditFinding], fmt: str) -> list[str]:
    """The flagged findings of one patient in a cohort audit (json: one line; text: a line each)."""
    if fmt == "json":
        return [json.dumps({"patient": patient, "findings": [as_json(f) for f in findings]}, separators=(",", ":"))]
    return [
        patient,
        *(f"  {a.intervention}: {a.finding} ({', '.join(a.recommendations) or 'patient'})" for a in findings),
    ]


def completeness(rows: list[tuple[str, int, list[str]]], fmt: str) -> list[str]:
    """The audit's data completeness: per case field, the patients to ask and the rules waiting."""
    if fmt == "json":
        return [
            json.dumps(
                {"data_completeness": [{"field": f, "patients": n, "recommendations": r} for f, n, r in rows]},
                separators=(",", ":"),
            )
        ]
    out = ["DATA COMPLETENESS (case fields that would decide undecided rules)"]
    if not rows:
        out.append("  none: every rule is decided for every patient")
    out.extend(f"  {f}: {n} patient{'s' if n != 1 else ''} to ask; rules waiting: {', '.join(r)}" for f, n, r in rows)
    return out


# --- SPARQL answers ------------------------------------------------------------------


def _short(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    value = term.value
    for prefix, short in _SHORT_PREFIXES:
        if isinstance(term, ox.NamedNode) and value.startswith(prefix):
            return short + value[len(prefix) :]
    return value


def table(res: ox.QuerySolutions) -> str:
    """A plain aligned table of SELECT results (pvdkg: and kb: IRIs shortened)."""
    names = [v.value for v in res.variables]
    rows = [[escape_controls(_short(sol[n])) for n in names] for sol in res]  # one row a line
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


#: --format for a graph (CONSTRUCT, DESCRIBE): its own names, and the table/csv/json defaults.
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
    "table": ox.RdfFormat.TURTLE,
    "csv": ox.RdfFormat.N_TRIPLES,
    "json": ox.RdfFormat.JSON_LD,
}
QUERY_FORMATS = ("table", "csv", "json", "turtle", "ntriples", "json-ld")


def query_answer(res, out, fmt: str, prefixes: dict[str, str] | None = None) -> None:
    """A query's answer in --format: ASK as true/false (SPARQL JSON results with json),
    SELECT as a table, SPARQL CSV or SPARQL JSON results, a graph (CONSTRUCT, DESCRIBE)
    as Turtle (turtle, table; with `prefixes`), N-Triples (ntriples, csv) or JSON-LD
    (json-ld, json; expanded)."""
    from .query import FormatMismatch

    if not isinstance(res, ox.QueryTriples) and fmt in ("turtle", "ntriples", "json-ld"):
        form = "an ASK" if isinstance(res, ox.QueryBoolean) else "a SELECT"
        raise FormatMismatch(f"--format {fmt} is for CONSTRUCT and DESCRIBE; {form} is written as table, csv or json")
    if isinstance(res, ox.QueryBoolean):
        if fmt == "json":
            out.write(res.serialize(format=ox.QueryResultsFormat.JSON) + b"\n")
        else:
            out.write(b"true\n" if bool(res) else b"false\n")
    elif isinstance(res, ox.QuerySolutions):
        if fmt == "json":
            res.serialize(out, format=ox.QueryResultsFormat.JSON)
            out.write(b"\n")
        elif fmt == "csv":
            res.serialize(out, format=ox.QueryResultsFormat.CSV)
        else:
            out.write(table(res).encode("utf-8") + b"\n")
    else:
        graph_format = GRAPH_FORMATS[fmt]
        if graph_format == ox.RdfFormat.TURTLE and prefixes:
            triples = list(res)
            ox.serialize(triples, out, format=graph_format, prefixes=_used_prefixes(triples, prefixes))
        else:
            ox.serialize(res, out, format=graph_format)
        if graph_format == ox.RdfFormat.JSON_LD:
            out.write(b"\n")


_PLAIN = ("http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")


def _used_prefixes(triples: list, prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes whose namespace starts an IRI of the triples (a short Turtle header)."""
    iris = set()
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                iris.add(term.value)
            elif isinstance(term, ox.Literal) and term.datatype.value not in _PLAIN:
                iris.add(term.datatype.value)
    return {p: ns for p, ns in prefixes.items() if any(i.startswith(ns) for i in iris)}


def prefix_table(rows: list[tuple[str, str, str]]) -> list[str]:
    """The prefixes every query gets (pvdkg query --prefixes): prefix, namespace, declared in."""
    cells = [("prefix", "namespace", "declared in"), *((p + ":", iri, where) for p, iri, where in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(3)]
    line = lambda c: "  ".join(x.ljust(w) for x, w in zip(c, widths)).rstrip()
    return [line(cells[0]), line(["-" * w for w in widths]), *map(line, cells[1:])]


def mapping_table(rows: list[dict]) -> list[str]:
    """SSSOM mapping rows as an aligned table."""
    cols = ("subject_id", "predicate_id", "object_id", "object_label", "see_also")
    if any(r.get("via") for r in rows):  # found through a code above the one asked for
        cols = ("subject_id", "predicate_id", "object_id", "object_label", "via", "see_also")
    cells = [[str(r.get(c, "")) for c in cols] for r in rows]
    widths = [max(len(c), *(len(t[i]) for t in cells)) for i, c in enumerate(cols)]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip()
        for line in [list(cols), ["-" * w for w in widths]] + cells
    ]


# --- knowledge diffs -----------------------------------------------------------------

_SIGN = {"added": "+", "removed": "-", "status": "~", "changed": "~"}
#: The columns of the diff's summary table: (heading, part, change kinds counted).
_DIFF_COLUMNS = (
    ("entries+", "entry", ("added",)),
    ("entries-", "entry", ("removed",)),
    ("status", "entry", ("status",)),
    ("changed", "entry", ("changed",)),
    ("conflicts", "conflict", ("added", "removed", "changed")),
    ("cautions", "caution", ("added", "removed", "changed")),
    ("audit", "audit", ("added", "removed", "changed")),
    ("undecided", "undecided", ("added", "removed", "changed")),
    ("results", "patient", ("added", "removed")),
)


def case_id(patient: str) -> str:
    """A patient IRI as the case id it was made from (other IRIs as they are)."""
    from urllib.parse import unquote

    return unquote(patient[len(str(PATIENT)) :]) if patient.startswith(str(PATIENT)) else patient


def _ids(item: dict | None) -> str:
    return " ".join(item.get("recommendations") or []) or "patient" if item else ""


def _change_text(c: Change) -> str:
    """One change as one line: + added, - removed, ~ changed (old -> new)."""
    a, b = c.old, c.new
    item = b if b is not None else a
    if c.part == "entry":
        if c.change == "status":
            return f"~ entry {c.key}: {a['status']} -> {b['status']} ({_ids(a)} -> {_ids(b)})"
        if c.change == "changed":
            fields = [k for k in b if a.get(k) != b.get(k)]
            return f"~ entry {c.key}: {', '.join(fields)} changed ({_ids(a)} -> {_ids(b)})"
        return f"{_SIGN[c.change]} entry {c.key}: {item['status']} ({_ids(item)})"
    if c.part == "conflict":
        show = lambda x: f"{_ids(x)} -> {x['resolved_to']}"
        if c.change == "changed":
            return f"~ conflict {c.key}: {show(a)}, now {show(b)}"
        return f"{_SIGN[c.change]} conflict {c.key}: {show(item)}"
    if c.part == "caution":
        return f"{_SIGN[c.change]} caution ({_ids(item)}): {c.key}"
    if c.part == "audit":
        return f"{_SIGN[c.change]} audit {item['intervention']}: {item['finding']} ({_ids(item)})"
    if c.part == "undecided":
        show = lambda x: f"{x['intervention']} would be {x['status']}; ask {', '.join(x['ask'])}"
        if c.change == "changed":
            return f"~ undecided {item['recommendation']}: {show(a)}, now {show(b)}"
        return f"{_SIGN[c.change]} undecided {item['recommendation']}: {show(item)}"
    side = "--knowledge" if c.change == "added" else "--against"
    return f"{_SIGN[c.change]} result: derived with {side} only (invalid or unreadable with the other)"


def diff_text(d: KnowledgeDiff) -> list[str]:
    """A knowledge diff for people: per statement responsible, its patients and their changes;
    then a table of counts per statement and one line of totals."""
    out = [f"knowledge: {d.knowledge}", f"against:   {d.against}", f"cohort:    {d.cohort}", ""]
    groups = d.by_statement()
    for statement, patients in groups.items():
        out.append(f"{statement}: {len(patients)} patient{'s' if len(patients) != 1 else ''}")
        for patient, changes in patients.items():
            out.append(f"  {case_id(patient)}")
            out.extend(f"    {_change_text(c)}" for c in changes)
    for side, lines in d.skipped.items():
        out.extend(f"only with --{side}: {line}" for line in lines)
    if groups:
        out += [""] + diff_table(groups)
    total = d.compared + sum(c[0].part == "patient" for c in d.patients.values())
    notes = [f"cases skipped by one side only: {sum(map(len, d.skipped.values()))}"] if d.skipped else []
    notes += [f"cases skipped by both (invalid or unreadable): {d.skipped_both}"] if d.skipped_both else []
    out.append("; ".join([f"{len(d.patients)} of {total} patients changed", *notes]))
    return out


def diff_table(groups: dict[str, dict[str, list[Change]]]) -> list[str]:
    """Counts per statement: patients, then changes by part and kind."""
    heads = ["statement", "patients", *(h for h, _, _ in _DIFF_COLUMNS)]
    rows = []
    for statement, patients in groups.items():
        changes = [c for cs in patients.values() for c in cs]
        counts = [sum(c.part == part and c.change in kinds for c in changes) for _, part, kinds in _DIFF_COLUMNS]
        rows.append([statement, str(len(patients)), *map(str, counts)])
    widths = [max(len(r[i]) for r in [heads, *rows]) for i in range(len(heads))]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    return [line(heads), line(["-" * w for w in widths]), *map(line, rows)]


def diff_json(d: KnowledgeDiff) -> str:
    """The diff as one JSON document (each patient with its IRI and its case id)."""
    out = d.to_json()
    for p in out["patients"]:
        p["id"] = case_id(p["patient"])
    for s in out["statements"].values():
        s["ids"] = [case_id(p) for p in s["patients"]]
    return json.dumps(out, indent=2, ensure_ascii=False)
