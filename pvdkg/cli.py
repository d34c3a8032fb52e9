"""The pvdkg command line: recommend, audit, validate, query, map, check, export, docs, load, synth, serve.

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
from datetime import date

from . import __version__, render
from .api import EXPORT_FORMATS, SERVERS, USER_ERRORS, diff, load, synth_ndjson
from .console import EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, ResultWriter, flush_quietly, handle_sigint, say
from .render import CONTROL_BUT_LINES, QUERY_FORMATS

GATED = ("recommend", "audit", "validate", "query", "load", "serve")


class UsageError(Exception):
    """A usage mistake reported with exit code 2."""


MAX_TIMEOUT = 1_000_000  # seconds (11 days): larger values overflow the waits
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C


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
    outcome = kg.recommend(args.case, engine=args.engine, as_of=args.as_of)
    if outcome.deceased is not None:
        if args.format == "json":
            say(render.json_object({"source": str(args.case), **outcome.deceased.to_json()}))
        else:
            say(f"{args.case}: {outcome.deceased}")
        return EXIT_VIOLATIONS
    if not outcome.valid:
        if args.format == "json" and outcome.unmapped is not None:  # FHIR input: one JSON object
            say(*render.invalid_json(str(args.case), outcome.findings, outcome.unmapped).split("\n"))
            return EXIT_VIOLATIONS
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
    with closing(cohort(args.cohort, args.engine, args.batch_size, args.workers, args.as_of)) as batches:
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
    for item in load().read_cohort(args.cohort, args.as_of):
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
        checked = kg.check_case(path, args.as_of)
        findings = checked.results
        if checked.deceased is not None:
            status = EXIT_VIOLATIONS
            say(f"{path}: {checked.deceased}")
        elif not any(r.severity == "violation" for r in findings):
            say(f"{path}: valid")
        else:
            status = EXIT_VIOLATIONS
            say(f"{path}: invalid")
            _print_findings(findings)
    return status


def cmd_query(args) -> int:
    if args.prefixes:
        say(*render.prefix_table(load().prefixes))
        return EXIT_OK
    if args.query is None:
        raise UsageError("query needs a QUERY.rq file (or --prefixes)")
    answer = load().query(
        args.query, args.case, args.format, args.engine, timeout_seconds(args), args.allow_service, args.as_of
    )
    if answer.invalid:
        for outcome in answer.invalid:
            if outcome.deceased is not None:
                say(f"{outcome.source}: {outcome.deceased}")
                continue
            say(f"{outcome.source}: invalid patient:")
            _print_findings(outcome.findings)
        return EXIT_VIOLATIONS
    # the formats escape what they must; what they leave (U+2028, C1 controls, raw in CSV)
    # is escaped as \\uXXXX, which Turtle, N-Triples and JSON read back as the same string
    sys.stdout.write(CONTROL_BUT_LINES.sub(lambda m: f"\\u{ord(m.group()):04x}", answer.answer.decode("utf-8")))
    sys.stdout.flush()
    say(*(f"pvdkg: warning: {w}" for w in answer.warnings), err=True)
    return EXIT_OK


def cmd_check(args) -> int:
    if args.coverage < 0:
        raise UsageError("--coverage must be 0 or more")
    report = load().check(args.reasoner, args.coverage, args.seed)
    say(f"knowledge: {report.root}", err=True)
    say(*(str(r) for r in report.findings))
    n = len(report.violations)
    say(f"knowledge base: {n} violation(s), {len(report.findings) - n} warning(s)", err=True)
    return EXIT_VIOLATIONS if n else EXIT_OK


def cmd_diff(args) -> int:
    """What a knowledge change does to a cohort; exit 1 when any result changed (for a CI)."""
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {args.workers}")
    d = diff(args.knowledge, args.against, args.cohort, args.engine, args.workers, args.as_of)
    say(*(render.diff_json(d).split("\n") if args.format == "json" else render.diff_text(d)))
    return EXIT_VIOLATIONS if d.changed else EXIT_OK


def cmd_map(args) -> int:
    if args.format == "json":  # a script reading JSON gets JSON, a broken knowledge copy too (exit 2)
        try:
            answer = load().lookup(args.term)
        except USER_ERRORS as exc:
            say(*json.dumps({"query": args.term, "error": str(exc)}, indent=2, ensure_ascii=False).split("\n"))
            return EXIT_ERROR
        say(*json.dumps(answer, indent=2, ensure_ascii=False).split("\n"))
        return EXIT_VIOLATIONS if "error" in answer else EXIT_OK
    answer = load().lookup(args.term)
    if "error" in answer:
        say(f"no mappings for {args.term}: {answer['error']}", err=True)
        return EXIT_VIOLATIONS
    say(*answer["notes"])
    say(*render.mapping_table(answer["rows"]))
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


def cmd_docs(args) -> int:
    report = load().docs(args.output)
    say(f"docs: {len(report.pages)} files written to {report.folder} in {report.seconds:.1f} s", err=True)
    return EXIT_OK


def iso_date(text: str) -> date:
    """--as-of: an ISO date (2024-03-31)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from None


def as_of_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="read FHIR records as of this ISO date (default today): later resources are ignored, "
        "measurements older than their window are not used",
    )


def cmd_serve(args) -> int:
    """The CDS Hooks service and REST API (pvdkg.serve), until Ctrl-C."""
    from .serve import ServeError, Settings, run

    if not (0 < args.request_timeout <= MAX_TIMEOUT):
        raise UsageError(f"--request-timeout must be above 0 and at most {MAX_TIMEOUT}, not {args.request_timeout:g}")
    settings = Settings(
        host=args.host,
        port=args.port,
        trust=args.trust,
        cors=args.cors or [],
        feedback_db=args.feedback_db or ":memory:",
        request_timeout=args.request_timeout,
        base_url=args.base_url,
        workers=args.workers,
        batch=args.batch,
        derive_processes=args.derive_processes,
    )
    try:
        run(settings)
    except ServeError as exc:
        raise UsageError(str(exc)) from None
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
    as_of_option(p)
    p.set_defaults(func=cmd_recommend)

    p = sub.add_parser("audit", help="audit a cohort's current therapies against the final statuses")
    p.add_argument("--format", choices=("text", "json"), default="text")
    many_patients_options(p, engine)
    as_of_option(p)
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("load", help="load the knowledge graph (and valid patients) into a SPARQL 1.1 store")
    p.add_argument(
        "--cohort", metavar="PATH", help="patients to load or replace: a folder of case files or an NDJSON file"
    )
    endpoint_options(p, required=True)
    as_of_option(p)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("synth", help="write N synthetic, valid cases as NDJSON")
    p.add_argument("n", type=int, metavar="N")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_synth)

    p = sub.add_parser("validate", help="validate cases against the SHACL shapes")
    p.add_argument("cases", nargs="+", metavar="CASE")
    as_of_option(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("query", help="run a SPARQL query over the knowledge graph and the given patients")
    p.add_argument("query", nargs="?", help="a .rq file (the prefixes of --prefixes are declared for it)")
    p.add_argument("--prefixes", action="store_true", help="list the prefixes every query gets unless it declares them")
    p.add_argument("--case", action="append", default=[], help="a case file, a folder or an NDJSON file (repeatable)")
    p.add_argument(
        "--format",
        choices=QUERY_FORMATS,
        default="table",
        help="SELECT: an aligned table, SPARQL CSV or SPARQL JSON results; ASK: true/false "
        "(json: SPARQL JSON results); CONSTRUCT/DESCRIBE: turtle (or table), ntriples (or csv), json-ld (or json)",
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
    as_of_option(p)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser(
        "map", help="the vocabulary mappings (SSSOM) of a pvdkg term, a case value, a label or a code, both ways"
    )
    p.add_argument(
        "term",
        metavar="QUERY",
        help="e.g. CLTIPresentation, claudication, 'intermittent claudication', SNOMEDCT:63491006, E11.9",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_map)

    p = sub.add_parser("check", help="check the knowledge base itself (shapes/kb.ttl, queries/qc, HermiT)")
    p.add_argument("--reasoner", action=argparse.BooleanOptionalAction, default=None, help="HermiT (default: if Java)")
    p.add_argument("--coverage", type=int, default=0, metavar="N", help="report rules no one of N synth cases meets")
    p.add_argument("--seed", type=int, default=0, help="--coverage: the synth seed (default 0)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("diff", help="what a knowledge change does to a cohort's results (exit 1 when any changed)")
    p.add_argument("--knowledge", required=True, metavar="DIR", help="the changed knowledge (as PVDKG_KNOWLEDGE takes)")
    p.add_argument("--against", metavar="DIR", help="the knowledge to compare with (default: the shipped knowledge)")
    p.add_argument("--cohort", metavar="PATH", help="a folder or NDJSON file (default: the regression cohort)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--engine", **engine)
    p.add_argument(
        "--workers", type=int, default=None, metavar="N", help="processes per side (default: half the cores)"
    )
    as_of_option(p)
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("export", help="write the merged ontology and knowledge base")
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="turtle",
        help="turtle, json-ld (with ontology/context.jsonld), xml (RDF/XML), owx (OWL/XML), nt, "
        "sssom-tsv (the mapping set with its metadata), sssom-rdf (SSSOM RDF, Turtle, by the sssom package), "
        "fhir-codesystem (FHIR R4 CodeSystem of pvdkg's interventions and case values), "
        "fhir-conceptmap (FHIR R4 Bundle of ConceptMaps, one per target code system)",
    )
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("docs", help="write a static HTML documentation site of the knowledge (needs Graphviz's dot)")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write the site into")
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("serve", help="a CDS Hooks 2.0 service and a REST API (FastAPI under uvicorn)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; others need --trust)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--trust", metavar="FILE", help="trusted CDS Clients: issuers with their keys or allowed jku URLs")
    p.add_argument(
        "--base-url",
        metavar="URL",
        help="the service's public base URL, which every JWT aud names (needed with --trust)",
    )
    p.add_argument("--cors", nargs="+", metavar="ORIGIN", help="origins allowed to call from a browser")
    p.add_argument("--feedback-db", metavar="FILE", help="SQLite file for CDS Hooks feedback (default: in memory)")
    p.add_argument(
        "--request-timeout", type=float, default=10.0, help="seconds one request may take (default 10; then 503)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes, each with the knowledge loaded (default 1; more need --feedback-db FILE, "
        "where they share the feedback and the JWT ids accepted)",
    )
    p.add_argument(
        "--batch", type=int, default=16, metavar="N", help="cases of concurrent requests derived together (default 16)"
    )
    p.add_argument(
        "--derive-processes",
        type=int,
        default=1,
        metavar="N",
        help="child processes that derive batches (default 1: the server's Python and the derivation get a core "
        "each; 0: derive in a thread of the server)",
    )
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # rdflib warns on stderr about ill-typed literals ("Parsing weird boolean"): the
    # violation is reported with its path; the warning would add lines to the contract's one
    warnings.filterwarnings("ignore", category=UserWarning, module="rdflib")
    previous = handle_sigint()
    try:
        if args.command in GATED:  # knowledge that fails `pvdkg check` is refused (exit 2)
            load().require_clean()
        return args.func(args)
    except (UsageError, *USER_ERRORS) as exc:
        say(f"pvdkg: error: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        flush_quietly()
        say("pvdkg: interrupted", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":
    sys.exit(main())
