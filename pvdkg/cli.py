"""The pvdkg command line: recommend, audit, validate, query, map, check, export, load, synth.

Exit codes (as pySHACL's CLI): 0 ok, 1 violations, 2 load or usage error.
User mistakes get one clear message, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import warnings
from collections import Counter

from . import __version__, render
from .api import EXPORT_FORMATS, SERVERS, USER_ERRORS, load, synth_ndjson
from .render import CONTROL_BUT_LINES, escape_controls

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A usage mistake reported with exit code 2."""


MAX_TIMEOUT = 1_000_000  # seconds (11 days): larger values overflow the waits
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C


class _Interrupts:
    """Ctrl-C while a line is being written waits until the line is complete."""

    owner = 0  # the process that handles Ctrl-C (forked workers ignore it)
    deferring = False
    pending = False


def _on_sigint(signum, frame) -> None:
    if os.getpid() != _Interrupts.owner:
        return
    if _Interrupts.deferring:
        _Interrupts.pending = True
        return
    raise KeyboardInterrupt


def say(*lines: str, err: bool = False) -> None:
    """The one place messages are written: each argument is one line, its control
    characters escaped (user text cannot forge a line), written whole (Ctrl-C waits)."""
    data = "".join(escape_controls(line) + "\n" for line in lines)
    stream = sys.stderr if err else sys.stdout
    _Interrupts.deferring = True
    try:
        stream.write(data)
    finally:
        _Interrupts.deferring = False
    if _Interrupts.pending:
        _Interrupts.pending = False
        raise KeyboardInterrupt


def _print_findings(findings) -> None:
    say(*(str(r) for r in findings))


def cmd_recommend(args) -> int:
    if sum(x is not None for x in (args.case, args.cohort, args.endpoint)) != 1:
        raise UsageError("recommend needs exactly one of CASE, --cohort PATH or --endpoint URL")
    if args.endpoint:
        return run_endpoint(args, audit_only=False)
    if args.cohort:
        return run_cohort(args, audit_only=False)
    if args.format == "csv":
        raise UsageError("--format csv is for --cohort")
    kg = load()
    outcome = kg.recommend(args.case, engine=args.engine)
    if not outcome.valid:
        say(f"{args.case}: invalid patient, no recommendations:")
        _print_findings(outcome.findings)
        return EXIT_VIOLATIONS
    if args.format == "json":
        say(*render.result_json(outcome.result).split("\n"))
    else:
        say(*render.result_text(outcome.result, kg.vocabulary).split("\n"))
    return EXIT_OK


def cmd_audit(args) -> int:
    if (args.cohort is None) == (args.endpoint is None):
        raise UsageError("audit needs exactly one of --cohort PATH or --endpoint URL")
    if args.endpoint:
        return run_endpoint(args, audit_only=True)
    return run_cohort(args, audit_only=True)


def cmd_synth(args) -> int:
    if args.n < 0:
        raise UsageError("N must be 0 or more")
    if not args.output:
        for line in synth_ndjson(args.n, args.seed):
            say(line)
        return EXIT_OK
    with open_output(args.output) as out:
        for line in synth_ndjson(args.n, args.seed):
            out.write(line + "\n")
    return EXIT_OK


def open_output(path: str):
    """A file to write (-o), or one clear error: a missing folder, no permission, a folder."""
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


class ResultWriter:
    """Writes many results (json lines or a CSV summary) or their audit findings, and keeps the counts."""

    def __init__(self, fmt: str, audit_only: bool):
        self.fmt, self.audit_only = fmt, audit_only
        self.words = load().vocabulary
        self.counts, self.per_statement, self.flagged = Counter(), Counter(), 0
        self.seen: set[str] = set()
        self.asked: dict[str, tuple[set, set]] = {}  # field -> (patients asked for it, rules waiting on it)
        self.csv = fmt == "csv" and not audit_only
        if self.csv:
            say(render.csv_header(self.words))

    def skipped(self, item) -> None:
        """Report a case that could not be read or is invalid."""
        self.counts["cases"] += 1
        if item.error:
            self.counts["unreadable"] += 1
            say(f"skipped: {item.error}", err=True)
        elif not item.valid:
            self.counts["invalid"] += 1
            say(*(f"skipped: {item.origin}: {r}" for r in item.checked.results), err=True)

    @property
    def lines(self) -> bool:
        """Whether this writer takes results as their JSON lines, written by the workers (write_line)."""
        return self.fmt == "json" and not self.audit_only

    def _first(self, patient: str) -> bool:
        if patient in self.seen:
            self.counts["duplicate"] += 1
            say(f"skipped: {patient} appears more than once", err=True)
            return False
        self.seen.add(patient)
        self.counts["derived"] += 1
        return True

    def write_line(self, patient: str, line: str) -> None:
        """A result already written as its JSON line (render.result_ndjson)."""
        if self._first(patient):
            say(line)

    def write(self, patient: str, result) -> None:
        if not self._first(patient):
            return
        if not self.audit_only:
            say(render.csv_row(result, self.words) if self.csv else render.result_ndjson(result))
            return
        for u in result.undecided:
            for field in u.ask:
                patients, rules = self.asked.setdefault(field, (set(), set()))
                patients.add(patient)
                rules.add(u.recommendation)
        findings = [a for a in result.audit if a.finding in self.words.flagging_findings]
        if not findings:
            return
        self.flagged += 1
        for a in findings:
            self.per_statement.update(a.recommendations or ["patient"])
        say(*render.audit_findings(patient, findings, self.fmt))

    def completeness(self) -> None:
        """The audit's data-completeness part: per case field, how many patients the
        knowledge would ask for it and which rules wait on it, most patients first."""
        rows = sorted(((f, len(p), sorted(r)) for f, (p, r) in self.asked.items()), key=lambda t: (-t[1], t[0]))
        say(*render.completeness(rows, self.fmt))

    def summary(self, what: str = "cases") -> int:
        c = self.counts
        if self.audit_only:
            self.completeness()
        text = f"{c['cases']} {what}: {c['derived']} derived, {c['invalid']} invalid, {c['unreadable']} unreadable" + (
            f", {c['duplicate']} duplicate ids" if c["duplicate"] else ""
        )
        if self.audit_only:
            text += f"; {self.flagged} patients with findings"
            if self.per_statement:
                text += "; per statement: " + ", ".join(f"{k} {v}" for k, v in sorted(self.per_statement.items()))
        say(text, err=True)
        return EXIT_VIOLATIONS if c["invalid"] or c["unreadable"] else EXIT_OK


def _cohort_format(args, audit_only: bool) -> str:
    fmt = args.format or ("text" if audit_only else "json")
    if not audit_only and fmt == "text":
        raise UsageError("many patients are written as --format json (one result per line) or csv")
    return fmt


def run_cohort(args, audit_only: bool) -> int:
    """Stream a cohort: results (or audit findings) out, invalid cases reported and skipped."""
    from contextlib import closing

    for option, value in (("--workers", args.workers), ("--batch-size", args.batch_size)):
        if value is not None and value < 1:
            raise UsageError(f"{option} must be 1 or more, not {value}")
    out = ResultWriter(_cohort_format(args, audit_only), audit_only)
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(unit=" patients", file=sys.stderr)
    # closed on Ctrl-C too: the worker pool is stopped then, not left to the garbage collector
    cohort = load().cohort_lines if out.lines else load().cohort
    write = out.write_line if out.lines else out.write
    with closing(cohort(args.cohort, args.engine, args.batch_size, args.workers)) as batches:
        try:
            for batch, derived in batches:
                for item in batch:
                    if item.valid:
                        out.counts["cases"] += 1
                    else:
                        out.skipped(item)
                for patient, result in sorted(derived.items()):
                    write(patient, result)
                if progress:
                    progress.update(len(batch))
        finally:
            if progress:
                progress.close()
    return out.summary()


def timeout_seconds(args) -> float:
    """--timeout: a finite number of seconds above 0."""
    import math

    if not (math.isfinite(args.timeout) and 0 < args.timeout <= MAX_TIMEOUT):
        raise UsageError(
            f"--timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT}, not {args.timeout:g}"
        )
    return args.timeout


def remote_store(args):
    """The remote store named by --endpoint and its options."""
    password = args.password if args.password is not None else os.environ.get("PVDKG_PASSWORD")
    return load().remote(
        args.endpoint, args.update_endpoint, args.user, password, timeout=timeout_seconds(args), server=args.server
    )


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
    store = remote_store(args)
    graph, written = store.load_knowledge()
    say(f"knowledge: {graph} ({'loaded' if written else 'already current'})", err=True)
    if not args.cohort:
        return EXIT_OK
    out = ResultWriter("json", audit_only=False)
    patients = {}
    for item in load().read_cohort(args.cohort):
        if not item.valid:
            out.skipped(item)
            continue
        out.counts["cases"] += 1
        patients[item.checked.patient_iri] = item.checked.ntriples
    store.put_patients(patients)
    say(f"patients: {len(patients)} loaded or replaced", err=True)
    return EXIT_VIOLATIONS if out.counts["invalid"] or out.counts["unreadable"] else EXIT_OK


def cmd_validate(args) -> int:
    status = EXIT_OK
    kg = load()
    for path in args.cases:
        findings = kg.validate(path)
        if not any(r.severity == "violation" for r in findings):
            say(f"{path}: valid")
        else:
            status = EXIT_VIOLATIONS
            say(f"{path}: invalid")
            _print_findings(findings)
    return status


def cmd_query(args) -> int:
    answer, invalid = load().query(
        args.query, args.case, args.format, args.engine, timeout_seconds(args), args.allow_service
    )
    if invalid:
        for outcome in invalid:
            say(f"{outcome.source}: invalid patient:")
            _print_findings(outcome.findings)
        return EXIT_VIOLATIONS
    # the formats escape what they must; what they leave (U+2028, C1 controls, raw in CSV)
    # is escaped as \\uXXXX, which Turtle, N-Triples and JSON read back as the same string
    sys.stdout.write(CONTROL_BUT_LINES.sub(lambda m: f"\\u{ord(m.group()):04x}", answer.decode("utf-8")))
    return EXIT_OK


def cmd_check(args) -> int:
    results = load().check()
    say(*(str(r) for r in results))
    violations = [r for r in results if r.severity == "violation"]
    say(f"knowledge base: {len(violations)} violation(s), {len(results) - len(violations)} warning(s)", err=True)
    return EXIT_VIOLATIONS if violations else EXIT_OK


def cmd_map(args) -> int:
    rows = load().mappings(args.term)
    if not rows:
        say(f"no mappings for {args.term}", err=True)
        return EXIT_VIOLATIONS
    if args.format == "json":
        say(*json.dumps(rows, indent=2, ensure_ascii=False).split("\n"))
    else:
        say(*render.mapping_table(rows))
    return EXIT_OK


def cmd_export(args) -> int:
    """Write the knowledge graph (or the mapping set) for the tools people already use."""
    data = load().export(args.format)
    if args.output:
        with open_output(args.output) as out:
            out.write(data)
    else:
        sys.stdout.write(data)
    return EXIT_OK


def endpoint_options(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--endpoint", metavar="URL", required=required, help="SPARQL 1.1 query endpoint of a remote store")
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL 1.1 update endpoint (default: --endpoint)")
    p.add_argument("--user", help="HTTP basic auth user")
    p.add_argument("--password", help="HTTP basic auth password (or set PVDKG_PASSWORD)")
    p.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds one request may take as a whole, answer included (default 60)",
    )
    p.add_argument(
        "--server",
        choices=("auto", *SERVERS),
        default="auto",
        help="the endpoint's server kind, for its settings (default auto: from its HTTP Server header)",
    )


def many_patients_options(p: argparse.ArgumentParser, engine: dict) -> None:
    """Where the patients come from (a cohort or a store) and how they are derived."""
    p.add_argument("--cohort", metavar="PATH", help="a folder of case files or an NDJSON file of cases")
    p.add_argument("--engine", **engine)
    p.add_argument("--batch-size", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument(
        "--workers", type=int, default=None, metavar="N", help="with --cohort: worker processes (default: one per core)"
    )
    endpoint_options(p)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pvdkg", description="Clinical knowledge graph for PVD with extensive distal calcification."
    )
    parser.add_argument("--version", action="version", version=f"pvdkg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    engine = dict(
        choices=("rules", "hermit"),
        default="rules",
        help="population classifier: 'rules' (embedded OWL RL, default) or 'hermit' (OWL DL, needs Java)",
    )

    p = sub.add_parser("recommend", help="derive the recommendations for one case or a cohort")
    p.add_argument("case", nargs="?", help="case file (JSON/YAML) or RDF patient (Turtle, JSON-LD, N-Triples)")
    p.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default=None,
        help="text (default for one case), json (one result per line for a cohort), csv (cohort summary)",
    )
    many_patients_options(p, engine)
    p.set_defaults(func=cmd_recommend)

    p = sub.add_parser("audit", help="audit a cohort's current therapies against the final statuses")
    p.add_argument("--format", choices=("text", "json"), default="text")
    many_patients_options(p, engine)
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("load", help="load the knowledge graph (and valid patients) into a SPARQL 1.1 store")
    p.add_argument(
        "--cohort", metavar="PATH", help="patients to load or replace: a folder of case files or an NDJSON file"
    )
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
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="SELECT: an aligned table, SPARQL CSV or SPARQL JSON results; ASK: true/false "
        "(json: SPARQL JSON results); CONSTRUCT/DESCRIBE: Turtle, N-Triples (csv) or JSON-LD (json)",
    )
    p.add_argument("--engine", **engine)
    p.add_argument(
        "--timeout", type=float, default=60.0, help="seconds the query may run before it is stopped (default 60)"
    )
    p.add_argument(
        "--allow-service",
        action="store_true",
        help="allow SERVICE patterns, which send requests to other servers (refused by default)",
    )
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("map", help="the vocabulary mappings (SSSOM) of a pvdkg term or a code, both ways")
    p.add_argument("term", metavar="TERM-or-CURIE", help="e.g. CLTIPresentation, pvdkg:Cilostazol, SNOMEDCT:63491006")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_map)

    p = sub.add_parser("check", help="check the knowledge base itself (SHACL shapes/kb.ttl and queries/qc)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", help="write the merged ontology and knowledge base")
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="turtle",
        help="turtle, json-ld (with ontology/context.jsonld), xml (RDF/XML), owx (OWL/XML), nt, "
        "sssom-tsv (the mapping set with its metadata), sssom-rdf (the mappings as SKOS Turtle)",
    )
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # rdflib warns on stderr about ill-typed literals ("Parsing weird boolean"): the
    # violation is reported with its path; the warning would add lines to the contract's one
    warnings.filterwarnings("ignore", category=UserWarning, module="rdflib")
    previous = _handle_sigint()
    try:
        return args.func(args)
    except (UsageError, *USER_ERRORS) as exc:
        say(f"pvdkg: error: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _flush_quietly()
        say("pvdkg: interrupted", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _handle_sigint():
    """Ctrl-C raises KeyboardInterrupt in this process only (forked workers, which
    inherit the handler, ignore it) and never in the middle of a line. Returns the
    previous handler (None when this is not the main thread)."""
    _Interrupts.owner, _Interrupts.pending = os.getpid(), False
    try:
        return signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread: leave signals alone
        return None


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
