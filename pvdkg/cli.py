"""The pvdkg command line: recommend, audit, validate, query, map, check, export, load, synth.

Exit codes (as pySHACL's CLI): 0 ok, 1 violations, 2 load or usage error.
User mistakes get one clear message, never a traceback.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import pyoxigraph as ox

from . import __version__
from .case import CaseLoadError
from .pipeline import check, reasoned_store, recommend_files
from .recommend import DISCLAIMER
from .store import KnowledgeError
from .stores import StoreError

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A usage mistake reported with exit code 2."""


def _print_violations(checked) -> None:
    for c in checked:
        for r in c.results:
            print(str(r))


def cmd_recommend(args) -> int:
    if sum(x is not None for x in (args.case, args.cohort, args.endpoint)) != 1:
        raise UsageError("recommend needs exactly one of CASE, --cohort PATH or --endpoint URL")
    if args.endpoint:
        return run_endpoint(args, audit_only=False)
    if args.cohort:
        return run_cohort(args, audit_only=False)
    if args.format == "csv":
        raise UsageError("--format csv is for --cohort")
    checked, results = recommend_files([args.case], engine=args.engine)
    if not checked[0].valid:
        print(f"{args.case}: invalid patient, no recommendations:", file=sys.stderr)
        _print_violations(checked)
        return EXIT_VIOLATIONS
    for result in results.values():
        if args.format == "json":
            print(json.dumps(result, indent=2, ensure_ascii=False))
        else:
            print(render_text(result))
    return EXIT_OK


def cmd_audit(args) -> int:
    if (args.cohort is None) == (args.endpoint is None):
        raise UsageError("audit needs exactly one of --cohort PATH or --endpoint URL")
    if args.endpoint:
        return run_endpoint(args, audit_only=True)
    return run_cohort(args, audit_only=True)


def cmd_synth(args) -> int:
    from .synth import synth_ndjson
    if args.n < 0:
        raise UsageError("N must be 0 or more")
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for line in synth_ndjson(args.n, args.seed):
            out.write(line + "\n")
    finally:
        if args.output:
            out.close()
    return EXIT_OK


CSV_COLUMNS = ("patient", "indicated", "consider", "contraindicated", "conflicts", "cautions", "audit")


def _csv_row(result: dict) -> list[str]:
    by = lambda st: ";".join(e["intervention"] for e in result["interventions"] if e["status"] == st)
    return [result["patient"], by("indicated"), by("consider"), by("contraindicated"),
            ";".join(c["intervention"] for c in result["conflicts"]),
            ";".join("x".join(c["recommendations"]) for c in result["cautions"]),
            ";".join(f"{a['intervention']}:{a['finding']}" for a in result["audit"])]


class ResultWriter:
    """Writes results one a line (json), as a CSV summary, or as audit findings; keeps the counts."""

    def __init__(self, fmt: str, audit_only: bool):
        from collections import Counter
        self.fmt, self.audit_only = fmt, audit_only
        self.counts, self.per_statement, self.flagged = Counter(), Counter(), 0
        self.seen: set[str] = set()
        self.csv = csv.writer(sys.stdout, lineterminator="\n") if fmt == "csv" and not audit_only else None
        if self.csv:
            self.csv.writerow(CSV_COLUMNS)

    def skipped(self, item) -> None:
        """Report a case that could not be read or is invalid."""
        self.counts["cases"] += 1
        if item.error:
            self.counts["unreadable"] += 1
            print(f"skipped: {item.error}", file=sys.stderr)
        elif not item.valid:
            self.counts["invalid"] += 1
            for r in item.checked.results:
                print(f"skipped: {item.origin}: {r}", file=sys.stderr)

    def write(self, patient: str, result: dict) -> None:
        if patient in self.seen:
            self.counts["duplicate"] += 1
            print(f"skipped: {patient} appears more than once", file=sys.stderr)
            return
        self.seen.add(patient)
        self.counts["derived"] += 1
        if not self.audit_only:
            if self.csv:
                self.csv.writerow(_csv_row(result))
            else:
                print(json.dumps(result, separators=(",", ":"), ensure_ascii=False))
            return
        findings = [a for a in result["audit"] if a["finding"] in ("contraindicated", "missing")]
        if not findings:
            return
        self.flagged += 1
        for a in findings:
            self.per_statement.update(a["recommendations"] or ["patient"])
        if self.fmt == "json":
            print(json.dumps({"patient": patient, "findings": findings}, separators=(",", ":")))
        else:
            print(patient)
            for a in findings:
                print(f"  {a['intervention']}: {a['finding']} ({', '.join(a['recommendations']) or 'patient'})")

    def summary(self, what: str = "cases") -> int:
        c = self.counts
        text = (f"{c['cases']} {what}: {c['derived']} derived, {c['invalid']} invalid, {c['unreadable']} unreadable"
                + (f", {c['duplicate']} duplicate ids" if c["duplicate"] else ""))
        if self.audit_only:
            text += f"; {self.flagged} patients with findings"
            if self.per_statement:
                text += "; per statement: " + ", ".join(f"{k} {v}" for k, v in sorted(self.per_statement.items()))
        print(text, file=sys.stderr)
        return EXIT_VIOLATIONS if c["invalid"] or c["unreadable"] else EXIT_OK


def _cohort_format(args, audit_only: bool) -> str:
    fmt = args.format or ("text" if audit_only else "json")
    if not audit_only and fmt == "text":
        raise UsageError("many patients are written as --format json (one result per line) or csv")
    return fmt


def run_cohort(args, audit_only: bool) -> int:
    """Stream a cohort: results (or audit findings) out, invalid cases reported and skipped."""
    from .cohort import cohort_batches
    out = ResultWriter(_cohort_format(args, audit_only), audit_only)
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm
        progress = tqdm(unit=" patients", file=sys.stderr)
    for batch, derived in cohort_batches(args.cohort, args.engine, args.batch_size, args.workers):
        for item in batch:
            if item.valid:
                out.counts["cases"] += 1
            else:
                out.skipped(item)
        for patient, result in sorted(derived.items()):
            out.write(patient, result)
        if progress:
            progress.update(len(batch))
    if progress:
        progress.close()
    return out.summary()


def timeout_seconds(args) -> float:
    """--timeout: a finite number of seconds above 0."""
    import math
    if not (math.isfinite(args.timeout) and args.timeout > 0):
        raise UsageError(f"--timeout must be a number of seconds above 0, not {args.timeout:g}")
    return args.timeout


def remote_store(args):
    """The RemoteStore named by --endpoint and its options."""
    import os
    from .stores import RemoteStore
    password = args.password if args.password is not None else os.environ.get("PVDKG_PASSWORD")
    return RemoteStore(args.endpoint, args.update_endpoint, args.user, password, timeout=timeout_seconds(args))


def run_endpoint(args, audit_only: bool) -> int:
    """Derive every patient of a remote store inside it, and write the results."""
    out = ResultWriter(_cohort_format(args, audit_only), audit_only)
    results = remote_store(args).derive(args.engine, audit_only=audit_only)
    out.counts["cases"] = len(results)
    for patient, result in sorted(results.items()):
        out.write(patient, result)
    return out.summary("patients in the store")


def cmd_load(args) -> int:
    """Load the knowledge (a new version only if it changed) and valid patients into a remote store."""
    from .cohort import read_cohort
    store = remote_store(args)
    graph, written = store.load_knowledge()
    print(f"knowledge: {graph} ({'loaded' if written else 'already current'})", file=sys.stderr)
    if not args.cohort:
        return EXIT_OK
    out = ResultWriter("json", audit_only=False)
    patients = {}
    for item in read_cohort(args.cohort):
        if not item.valid:
            out.skipped(item)
            continue
        out.counts["cases"] += 1
        patients[item.checked.patient_iri] = item.checked.ntriples
    store.put_patients(patients)
    print(f"patients: {len(patients)} loaded or replaced", file=sys.stderr)
    return EXIT_VIOLATIONS if out.counts["invalid"] or out.counts["unreadable"] else EXIT_OK


def cmd_validate(args) -> int:
    status = EXIT_OK
    for path in args.cases:
        c = check(path)
        if c.valid:
            print(f"{path}: valid")
        else:
            status = EXIT_VIOLATIONS
            print(f"{path}: invalid")
            _print_violations([c])
    return status


def cmd_query(args) -> int:
    try:
        text = Path(args.query).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {args.query}: {exc.strerror}") from None
    checked = [check(p) for p in args.case]
    bad = [c for c in checked if not c.valid]
    if bad:
        _print_violations(bad)
        return EXIT_VIOLATIONS
    store = reasoned_store(checked, engine=args.engine, mappings=True)
    try:
        res = store.query(text)
    except SyntaxError as exc:
        raise UsageError(f"{args.query}: SPARQL syntax error: {exc}") from None
    if isinstance(res, bool):
        print("true" if res else "false")
    elif isinstance(res, ox.QuerySolutions):
        if args.format == "json":
            sys.stdout.write(res.serialize(format=ox.QueryResultsFormat.JSON).decode())
            print()
        elif args.format == "csv":
            sys.stdout.write(res.serialize(format=ox.QueryResultsFormat.CSV).decode())
        else:
            print(render_table(res))
    else:
        sys.stdout.write(ox.serialize(res, format=ox.RdfFormat.TURTLE).decode())
    return EXIT_OK


def cmd_check(args) -> int:
    from .qc import check_knowledge
    results = check_knowledge()
    for r in results:
        print(str(r))
    violations = [r for r in results if r.severity == "violation"]
    print(f"knowledge base: {len(violations)} violation(s), {len(results) - len(violations)} warning(s)", file=sys.stderr)
    return EXIT_VIOLATIONS if violations else EXIT_OK


def cmd_map(args) -> int:
    from .mappings import MappingError, mappings_for
    try:
        rows = mappings_for(args.term)
    except MappingError as exc:
        raise UsageError(str(exc)) from None
    if not rows:
        print(f"no mappings for {args.term}", file=sys.stderr)
        return EXIT_VIOLATIONS
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    cols = ("subject_id", "predicate_id", "object_id", "object_label", "see_also")
    table = [[str(r.get(c, "")) for c in cols] for r in rows]
    widths = [max(len(c), *(len(t[i]) for t in table)) for i, c in enumerate(cols)]
    for line in [list(cols), ["-" * w for w in widths]] + table:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip())
    return EXIT_OK


EXPORT_FORMATS = ("turtle", "json-ld", "xml", "owx", "nt", "sssom-tsv", "sssom-rdf")


def cmd_export(args) -> int:
    """Write the knowledge graph (or the mapping set) for the tools people already use."""
    from .resources import knowledge_root
    from .validate import load_ontology_graph
    root = knowledge_root()
    if args.format == "sssom-tsv":
        from .mappings import sssom_tsv
        data = sssom_tsv(root)
    elif args.format == "sssom-rdf":
        import rdflib
        from .mappings import mapping_triples
        graph = rdflib.Graph().parse(data=mapping_triples(root).decode("utf-8"), format="nt")
        graph.bind("skos", "http://www.w3.org/2004/02/skos/core#")
        data = graph.serialize(format="turtle")
    elif args.format == "json-ld":
        context = json.loads((root / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]
        data = load_ontology_graph(root).serialize(format="json-ld", context=context, auto_compact=True)
    elif args.format == "owx":
        data = owl_xml(load_ontology_graph(root).serialize(format="xml"))
    else:
        data = load_ontology_graph(root).serialize(format={"turtle": "turtle", "xml": "xml", "nt": "nt"}[args.format])
    if args.output:
        Path(args.output).write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data)
    return EXIT_OK


def owl_xml(rdf_xml: str) -> str:
    """OWL/XML (the syntax Protege and the OWL API write) converted by horned-owl."""
    import tempfile
    try:
        import pyhornedowl
    except ImportError:
        raise UsageError("--format owx needs py-horned-owl: pip install 'pvdkg[owl]'") from None
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "kg.rdf", Path(tmp) / "kg.owx"
        src.write_text(rdf_xml, encoding="utf-8")
        pyhornedowl.open_ontology_from_file(str(src), "rdf").save_to_file(str(dst), "owx")
        return dst.read_text(encoding="utf-8")


def _short(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    value = term.value
    for prefix, short in (("https://w3id.org/pvdkg/ontology#", "pvdkg:"), ("https://w3id.org/pvdkg/kb/", "kb:")):
        if isinstance(term, ox.NamedNode) and value.startswith(prefix):
            return short + value[len(prefix):]
    return value


def render_table(res: ox.QuerySolutions) -> str:
    """A plain aligned table of SELECT results (pvdkg: and kb: IRIs shortened)."""
    names = [v.value for v in res.variables]
    rows = [[_short(sol[n]) for n in names] for sol in res]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(names), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def render_text(result: dict) -> str:
    """The readable report: interventions grouped by status, then conflicts, cautions, audit."""
    out = [f"Patient {result['patient']}"]
    for status in ("indicated", "consider", "contraindicated"):
        entries = [e for e in result["interventions"] if e["status"] == status]
        if not entries:
            continue
        out.append("")
        out.append(status.upper())
        for e in entries:
            grade = f"COR {e['class'] or '-'} / LOE {e['level'] or '-'}"
            recs = ", ".join(e["recommendations"]) or "patient"
            cites = ", ".join(e["citations"]) or "-"
            out.append(f"  {e['intervention']:<41} {grade:<22} {recs:<10} cites {cites}")
            if e["because"]:
                out.append(f"      because: {'; '.join(e['because'])}")
    for title, key, fmt in (
        ("UNMAPPED (FHIR codings pvdkg could not map)", "unmapped",
         lambda u: f"  {u['resource']} {u['field']}: {u.get('system', '')}|{u.get('code', '')} {u.get('display', '')}".rstrip()),
        ("CONFLICTS", "conflicts", lambda c: f"  {c['intervention']}: {', '.join(c['recommendations']) or 'patient'} -> {c['resolved_to']}. {c['why']}"),
        ("CAUTIONS", "cautions", lambda c: f"  [{' x '.join(c['recommendations'])}] {c['text']}"),
        ("AUDIT", "audit", lambda a: f"  {a['intervention']}: {a['finding']} ({', '.join(a['recommendations']) or 'patient'})"),
    ):
        if result.get(key):
            out.append("")
            out.append(title)
            out.extend(fmt(item) for item in result[key])
    out.append("")
    out.append(DISCLAIMER)
    return "\n".join(out)


def endpoint_options(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--endpoint", metavar="URL", required=required, help="SPARQL 1.1 query endpoint of a remote store")
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL 1.1 update endpoint (default: --endpoint)")
    p.add_argument("--user", help="HTTP basic auth user")
    p.add_argument("--password", help="HTTP basic auth password (or set PVDKG_PASSWORD)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds one request may take as a whole, answer included (default 60)")


def many_patients_options(p: argparse.ArgumentParser, engine: dict) -> None:
    """Where the patients come from (a cohort or a store) and how they are derived."""
    p.add_argument("--cohort", metavar="PATH", help="a folder of case files or an NDJSON file of cases")
    p.add_argument("--engine", **engine)
    p.add_argument("--batch-size", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="with --cohort: worker processes (default: one per core)")
    endpoint_options(p)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pvdkg", description="Clinical knowledge graph for PVD with extensive distal calcification.")
    parser.add_argument("--version", action="version", version=f"pvdkg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    engine = dict(choices=("rules", "hermit"), default="rules",
                  help="population classifier: 'rules' (embedded OWL RL, default) or 'hermit' (OWL DL, needs Java)")

    p = sub.add_parser("recommend", help="derive the recommendations for one case or a cohort")
    p.add_argument("case", nargs="?", help="case file (JSON/YAML) or RDF patient (Turtle, JSON-LD, N-Triples)")
    p.add_argument("--format", choices=("text", "json", "csv"), default=None,
                   help="text (default for one case), json (one result per line for a cohort), csv (cohort summary)")
    many_patients_options(p, engine)
    p.set_defaults(func=cmd_recommend)

    p = sub.add_parser("audit", help="audit a cohort's current therapies against the final statuses")
    p.add_argument("--format", choices=("text", "json"), default="text")
    many_patients_options(p, engine)
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("load", help="load the knowledge graph (and valid patients) into a SPARQL 1.1 store")
    p.add_argument("--cohort", metavar="PATH", help="patients to load or replace: a folder of case files or an NDJSON file")
    endpoint_options(p, required=True)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("synth", help="write N synthetic, valid cases as NDJSON")
    p.add_argument("n", type=int, metavar="N")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_synth)

    p = sub.add_parser("validate", help="validate cases against the SHACL shapes")
    p.add_argument("cases", nargs="+", metavar="CASE")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("query", help="run a SPARQL query over the knowledge graph and the given patients")
    p.add_argument("query", help="a .rq file")
    p.add_argument("--case", action="append", default=[], help="a patient to load (repeatable)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--engine", **engine)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("map", help="the vocabulary mappings (SSSOM) of a pvdkg term or a code, both ways")
    p.add_argument("term", metavar="TERM-or-CURIE", help="e.g. CLTIPresentation, pvdkg:Cilostazol, SNOMEDCT:63491006")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_map)

    p = sub.add_parser("check", help="check the knowledge base itself (SHACL shapes/kb.ttl and queries/qc)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", help="write the merged ontology and knowledge base")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="turtle",
                   help="turtle, json-ld (with ontology/context.jsonld), xml (RDF/XML), owx (OWL/XML), nt, "
                        "sssom-tsv (the mapping set with its metadata), sssom-rdf (the mappings as SKOS Turtle)")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (CaseLoadError, UsageError, KnowledgeError, StoreError) as exc:
        print(f"pvdkg: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
