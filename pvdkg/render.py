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

from .knowledge.namespace import KB, ONTOLOGY
from .present import Group, group_entries
from .results import AuditFinding, Entry, Result, ValidationResult, Vocabulary, as_json

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
        out.append(f"  {shown:<45} <- {', '.join(s['resources'])}")
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


def query_answer(res, out, fmt: str) -> None:
    """A query's answer in --format: ASK as true/false (SPARQL JSON results with json),
    SELECT as a table, SPARQL CSV or SPARQL JSON results, a graph (CONSTRUCT, DESCRIBE)
    as Turtle (table), JSON-LD (json) or N-Triples (csv)."""
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
        graph_format = {"json": ox.RdfFormat.JSON_LD, "csv": ox.RdfFormat.N_TRIPLES}.get(fmt, ox.RdfFormat.TURTLE)
        ox.serialize(res, out, format=graph_format)
        if fmt == "json":
            out.write(b"\n")


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
