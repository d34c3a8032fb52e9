"""Fast SHACL validity for batches of patients: the case shapes compiled to SPARQL.

Why: pyshacl (pvdkg.validate) is the reference. It explains a problem in the
case's own terms, but it costs about 18 ms a patient. The same shapes,
translated into SPARQL SELECT violation queries and run in one pyoxigraph
store over a batch of patients (hundreds or thousands at once), decide
validity for well under a millisecond a patient. A cohort checks its batches
here and runs pyshacl only on the patients flagged, for the messages.

shapes/case.ttl stays the single source. `compile_shapes` walks the shapes
graph with rdflib and knows nothing about fields: each constraint of each
shape becomes a group pattern that has a solution exactly when pyshacl would
report a result for the focus node. What it does not support raises
`NotCompilable` naming the shape and the construct (callers fall back to
pyshacl); nothing is skipped silently.

API:
    compile_shapes(shapes) -> CompiledShapes     any rdflib shapes graph
    compiled_case_shapes(root=None)              the shipped case shapes, cached
    CompiledShapes.queries                       [(shape id, SPARQL text)]
    CompiledShapes.violations(store)             [Violation] (pyshacl's top-level results)
    CompiledShapes.invalid_focus_nodes(store)    focus nodes with a violation
    CompiledShapes.invalid_roots(store)          their patients (root focus nodes)
    check_batch(ntriples) -> set[str]            patient IRIs with a violation
    invalid_entries(ntriples) -> list[bool]      per entry, also with repeated patient IRIs
    report_violations(report) -> [Violation]     pyshacl's report in the same form (tests)
    filter_comparing(violations)                 validate.top_level_results' range filter
    ill_typed_hidden(graph) -> bool              a graph whose N-Triples hide an ill-typed literal
    batch_store(ntriples) -> pyoxigraph.Store     the hierarchy and the patients, loaded

Measured (2 cores, `pvdkg synth 1000 --seed 1`, 25 triples a patient, mapping
to RDF excluded): check_batch takes about 110-130 ms for 1,000 patients, some
8,000 patients/s: a third loading the store, the rest 74 queries.

How the shapes become SPARQL (pyshacl 0.40 semantics, checked against pyshacl
by tests/test_shapecheck.py on every fixture and on a zoo of constructs):
- One SELECT per constraint of a targeted shape. The target pattern binds
  ?this: sh:targetClass through rdf:type/rdfs:subClassOf* (the class hierarchy
  must be in the store), implicit class targets, sh:targetNode,
  sh:targetSubjectsOf, sh:targetObjectsOf. Property shapes bind their value
  nodes with the SPARQL form of sh:path (predicate, inverse, sequence,
  alternative, zeroOrMore, oneOrMore, zeroOrOne).
- Each constraint is a group pattern with a solution per result: sh:datatype,
  the literal's datatype and its lexical form (a regex per XSD datatype that
  accepts what rdflib accepts: "abc"^^xsd:decimal is a result); sh:in and
  sh:hasValue, RDF term equality; sh:class, not rdf:type/rdfs:subClassOf*;
  sh:nodeKind; sh:pattern (+ the i and m sh:flags, all pyshacl reads) as REGEX,
  Python's `$` translated (it also matches before a final newline); ranges as
  pyshacl compares (see _RANGES); sh:minCount/sh:maxCount as n pairwise
  distinct values; sh:closed (+ sh:ignoredProperties) as MINUS of the allowed
  predicates; sh:property, the property shape's own results; sh:node, FILTER
  EXISTS of the union of the nested shape's patterns (pyshacl nests their
  results under sh:detail, which validate.top_level_results drops).
- SPARQL-based constraint components (SELECT sh:propertyValidator /
  sh:nodeValidator, ASK sh:validator): parameters are substituted as constants
  (pre-binding), $PATH becomes the path, prefixed names are expanded from
  sh:prefixes, $this is the focus and $value each value node. So that the
  batch join equals pyshacl's pre-binding, a SELECT validator may only have
  triple patterns and FILTERs (with (NOT) EXISTS groups) at its top level.
- Speed: oxigraph evaluates mostly in the order written, so a check on values
  scans the path first and joins the few rows left with the target; counts
  use GROUP BY or MINUS at the top level. The patient of a nested focus is
  looked up only for the results (CompiledShapes.root_query).

Where rdflib and a store see different terms. A store canonicalizes valid
typed literals ("1.50"^^xsd:decimal is 1.5; Violation.value shows that form,
and report_violations canonicalizes pyshacl's values the same way); rdflib
keeps some lexical forms and tells "x" from "x"^^xsd:string. So:
- sh:in, sh:hasValue and component parameters compare terms lexically in
  pyshacl: a member that is a plain/xsd:string, decimal or other literal whose
  rdflib form is not canonical raises NotCompilable (IRIs, language-tagged
  strings, integers, booleans, doubles and floats are compiled).
- Two values one store node merges ("0.50" and "0.5"): check_batch and
  invalid_entries compare the store's triple count with the documents' and
  flag such a document for pyshacl (sh:maxCount would differ).
- sh:pattern on a typed literal the store rewrites (decimal, double, ...):
  reported as a result (more, never less; pyshacl decides).
- Ranges on a literal that cannot be compared with the bound (a boolean or an
  ill-typed literal against a number): rdflib orders such literals by their
  datatype IRIs, so pyshacl may let one pass a max bound; the compiled check
  reports it (more, never less). With sh:datatype, as in shapes/case.ttl, the
  value fails the datatype too and validate.top_level_results drops the range
  result, so the tuples agree. (A decimal value with more than 15 significant
  digits against a double bound compares as a double in SPARQL, exactly in
  Python.)
- rdflib writes an ill-typed xsd:boolean ("yes") as "false" and only flags it:
  pyshacl sees the flag, N-Triples do not. `ill_typed_hidden(graph)` finds such
  a graph (use pyshacl for it). The N-Triples must be rdflib's, as
  pvdkg.pipeline makes them.

Batches. Patients sharing an IRI (a repeated id, `_invalid` for a missing id)
merge in one store: check_batch sees one node, invalid_entries checks them in
rounds. A document with rdfs:subClassOf triples gets a store of its own (it
would extend the hierarchy of its neighbours). Reading problems
(pathmap.issues: unknown JSON fields, wrong JSON types, values listed twice)
are not in the RDF: the caller adds them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH
from rdflib.term import Node

__all__ = ["NotCompilable", "Violation", "CompiledShapes", "compile_shapes", "compiled_case_shapes",
           "batch_store", "check_batch", "invalid_entries", "report_violations", "filter_comparing",
           "ill_typed_hidden"]

VIOLATION = str(SH.Violation)


class NotCompilable(Exception):
    """The shapes use something the compiler does not translate: validate with pyshacl."""


@dataclass(frozen=True)
class Violation:
    """One validation result, as pyshacl's top-level results give it.

    focus and value: an IRI as its string, a literal in N-Triples form
    ('"7.5"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"x"' for xsd:string),
    a blank node as '_:id'. path: the predicate IRI, or a SPARQL property path
    for other paths (None for node shapes). component: the constraint
    component IRI. shape: the source shape (IRI, or '_:id' of the blank node
    in the shapes graph). root: the root focus node (patient) the focus belongs
    to, None when none reaches it; it is not part of equality."""
    focus: str
    path: str | None
    component: str
    shape: str | None
    value: str | None
    severity: str = VIOLATION
    root: str | None = field(default=None, compare=False)


# ---------------------------------------------------------------- terms

def _sparql_term(term: Node, what: str) -> str:
    """An rdflib term of the shapes graph as SPARQL text."""
    if isinstance(term, URIRef):
        if re.search(r'[<>"{}|^`\\\x00-\x20]', str(term)):
            raise NotCompilable(f"{what}: IRI {str(term)!r} cannot be written in SPARQL")
        return f"<{term}>"
    if isinstance(term, Literal):
        lex = _sparql_string(str(term))
        if term.language:
            return f"{lex}@{term.language}"
        return f"{lex}^^<{term.datatype or XSD.string}>"
    raise NotCompilable(f"{what}: blank node {term.n3()} used as a value")


def _sparql_string(s: str) -> str:
    return '"' + (s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                  .replace("\r", "\\r")) + '"'


def _name(term: Node | None) -> str | None:
    """A shapes-graph term as Violation shows it."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _ox_str(term) -> str | None:
    """A pyoxigraph term as Violation shows it."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _show(g: Graph, node: Node) -> str:
    """A shape or constraint for an error message."""
    if isinstance(node, URIRef):
        try:
            return g.namespace_manager.normalizeUri(node)
        except Exception:
            return f"<{node}>"
    return f"[{node.n3()}]"


# ---------------------------------------------------------------- paths

def sparql_path(g: Graph, path: Node, shape: Node | None = None) -> str:
    """The SPARQL property path of a SHACL path node."""
    where = f"shape {_show(g, shape)}" if shape is not None else "sh:path"
    if isinstance(path, URIRef):
        return _sparql_term(path, where)
    if not isinstance(path, BNode):
        raise NotCompilable(f"{where}: a path must be an IRI or a blank node")
    if (path, RDF.first, None) in g:
        items = list(Collection(g, path))
        if len(items) < 2:
            raise NotCompilable(f"{where}: a sequence path needs two or more members")
        return "(" + "/".join(sparql_path(g, i, shape) for i in items) + ")"
    kinds = {p: o for p, o in g.predicate_objects(path)}
    unary = {SH.inversePath: "^({})", SH.zeroOrMorePath: "({})*", SH.oneOrMorePath: "({})+",
             SH.zeroOrOnePath: "({})?"}
    if len(kinds) != 1:
        raise NotCompilable(f"{where}: path {path.n3()} is not one SHACL path construct")
    (p, o), = kinds.items()
    if p in unary:
        return unary[p].format(sparql_path(g, o, shape))
    if p == SH.alternativePath:
        items = list(Collection(g, o))
        if not items:
            raise NotCompilable(f"{where}: empty sh:alternativePath")
        return "(" + "|".join(sparql_path(g, i, shape) for i in items) + ")"
    raise NotCompilable(f"{where}: unsupported path construct {_show(g, p)}")


def path_string(g: Graph, path: Node | None) -> str | None:
    """A result path as Violation shows it: the IRI, or the SPARQL path."""
    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    return sparql_path(g, path)


# ---------------------------------------------------------------- lexical forms

# What rdflib (and so pyshacl) accepts as a well-typed lexical form, as a
# regular expression over STR(?value). A store returns the canonical form of a
# valid literal, rdflib-made N-Triples carry rdflib's normalized form, and an
# ill-typed one keeps its lexical form: each pattern accepts those forms and
# nothing that rdflib rejects (tests/test_shapecheck.py checks it on samples).
# None: rdflib accepts every lexical form (the datatype IRI alone decides).
_FLOAT = r"^\s*[+-]?(([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|(?i:inf|infinity|nan))\s*$"
_LEXICAL: dict[URIRef, str | None] = {
    XSD.string: None,
    XSD.normalizedString: None,
    XSD.token: None,
    XSD.language: None,
    XSD.anyURI: None,
    XSD.boolean: r"^(true|false|1|0)$",
    XSD.integer: r"^\s*[+-]?[0-9]+\s*$",
    XSD.decimal: r"^\s*[+-]?(([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|(?i:inf|infinity|s?nan[0-9]*))\s*$",
    XSD.double: _FLOAT,
    XSD.float: _FLOAT,
}


#: Datatypes whose literals rdflib writes in the form a store gives back (STR is the same).
_LEXICAL_KEPT = (XSD.string, RDF.langString, XSD.integer, XSD.boolean)


def _datatype_ok(var: str, datatype: Node, where: str) -> str:
    """A SPARQL condition: the value matches the datatype as pyshacl decides it."""
    from rdflib.term import _toPythonMapping  # rdflib's recognized datatypes
    if datatype == RDFS.Literal:
        return f"isLiteral({var})"
    if datatype == RDF.langString:
        return f'(isLiteral({var}) && lang({var}) != "")'
    if not isinstance(datatype, URIRef):
        raise NotCompilable(f"{where}: sh:datatype must be an IRI")
    if datatype == RDFS.Datatype or (datatype in _toPythonMapping and datatype not in _LEXICAL):
        raise NotCompilable(f"{where}: sh:datatype {datatype} (no lexical check for it)")
    cond = f"isLiteral({var}) && sameTerm(datatype({var}), {_sparql_term(datatype, where)})"
    lexical = _LEXICAL.get(datatype)
    if lexical is not None:
        cond += f" && REGEX(STR({var}), {_sparql_string(lexical)})"
    return f"({cond})"


# ---------------------------------------------------------------- sh:pattern

def python_regex_for_sparql(pattern: str, multiline: bool, where: str) -> str:
    """A Python `re` pattern (what pyshacl runs) for SPARQL REGEX (Rust regex).

    Without the m flag Python's `$` also matches before a final newline; it
    becomes `(?:\\n?$)`. `\\Z` becomes `\\z`. Constructs Rust lacks (lookaround,
    backreferences) make the query fail its compile check (NotCompilable)."""
    try:
        re.compile(pattern)
    except re.error as e:
        raise NotCompilable(f"{where}: sh:pattern {pattern!r} is not a valid regex: {e}") from None
    out, i, n, in_class = [], 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1:i + 2]
            out.append("\\z" if nxt == "Z" and not in_class else pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
            i += 1
            continue
        if c == "[":
            out.append(c)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":
                out.append("\\]")
                i += 1
            in_class = True
            continue
        if c == "$" and not multiline:
            rest = re.sub(r"^[)*+?]*", "", pattern[i + 1:])
            if rest and not rest.startswith("|"):
                raise NotCompilable(f"{where}: sh:pattern {pattern!r}: '$' followed by more pattern")
            out.append("(?:\\n?$)")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- SPARQL text of validators

_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z0-9_.\-]*)?)
  | (?P<space>\s+)
  | (?P<other>.)
''', re.X | re.S)

#: Keywords whose evaluation differs between pre-binding (pyshacl) and a join.
_UNSAFE_KEYWORDS = {"OPTIONAL", "UNION", "MINUS", "VALUES", "SERVICE", "GRAPH", "BIND", "SELECT",
                    "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FROM", "NAMED", "CONSTRUCT",
                    "DESCRIBE", "ASK"}


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]


@dataclass
class _Query:
    """A validator's SPARQL text split for embedding."""
    prologue: str               # PREFIX / BASE declarations of the text
    projection: list[str]       # selected variable names (SELECT)
    body: list[tuple[str, str]]  # tokens inside the outer braces


def _split_query(text: str, kind: str, where: str) -> _Query:
    toks = _tokens(text)
    i, prologue = 0, []
    while i < len(toks) and not (toks[i][0] == "word" and toks[i][1].upper() == kind):
        prologue.append(toks[i][1])
        i += 1
    if i == len(toks):
        raise NotCompilable(f"{where}: no {kind} in the validator's query")
    i += 1
    projection = []
    while i < len(toks) and toks[i][1] != "{" and not (toks[i][0] == "word" and toks[i][1].upper() == "WHERE"):
        kind_, t = toks[i]
        if kind_ == "var":
            projection.append(t[1:])
        elif kind_ == "word" and t.upper() in ("DISTINCT", "REDUCED"):
            pass
        elif kind_ not in ("space", "comment"):
            raise NotCompilable(f"{where}: {kind} clause {t!r} (only plain variables are supported)")
        i += 1
    if i < len(toks) and toks[i][0] == "word":
        i += 1
    while i < len(toks) and toks[i][0] in ("space", "comment"):
        i += 1
    if i == len(toks) or toks[i][1] != "{":
        raise NotCompilable(f"{where}: no WHERE group in the validator's query")
    depth, start = 0, i + 1
    for j in range(i, len(toks)):
        if toks[j][1] == "{":
            depth += 1
        elif toks[j][1] == "}":
            depth -= 1
            if depth == 0:
                break
    else:
        raise NotCompilable(f"{where}: unbalanced braces in the validator's query")
    if any(k not in ("space", "comment") for k, _ in toks[j + 1:]):
        raise NotCompilable(f"{where}: solution modifiers after the WHERE group")
    return _Query("".join(prologue), projection, toks[start:j])


def _check_keywords(body: list[tuple[str, str]], where: str) -> None:
    """Only triple patterns and FILTERs (with (NOT) EXISTS groups) at the top level of
    the body: then every FILTER sees $this bound, and a join equals pre-binding."""
    depth, prev = 0, ""
    for k, t in body:
        if k == "word" and t.upper() in _UNSAFE_KEYWORDS:
            raise NotCompilable(f"{where}: {t.upper()} in a SPARQL validator "
                                "(only triple patterns and FILTERs are translated exactly)")
        if t == "{":
            if depth == 0 and prev != "EXISTS":
                raise NotCompilable(f"{where}: a nested group in a SPARQL validator "
                                    "(only triple patterns and FILTERs are translated exactly)")
            depth += 1
        elif t == "}":
            depth -= 1
        if k not in ("space", "comment"):
            prev = t.upper()


# ---------------------------------------------------------------- the compiler

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
#: sh: predicates of a shape the compiler translates, or that do not validate.
_KNOWN = {SH.path, SH.property, *_TARGETS, SH["class"], SH.datatype, SH.nodeKind, SH.minCount,
          SH.maxCount, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
          SH["in"], SH.hasValue, SH.pattern, SH.flags, SH.node, SH.closed, SH.ignoredProperties,
          SH.deactivated, SH.severity, SH.message, SH.name, SH.description, SH.order, SH.group,
          SH.defaultValue}
#: Ranges as pyshacl decides them: compare_literal(v, bound) is 0 when equal, 1 when
#: greater, else -1, so NaN (which SPARQL cannot order) passes the max bounds and
#: fails the min ones. A comparison SPARQL cannot make (a string or a boolean against
#: a number, an IRI, an ill-typed literal) is a result. (rdflib orders such literals
#: by their datatype IRIs, so pyshacl may let some pass a bound: then the compiled
#: check reports more, never less; with sh:datatype they fail the datatype anyway.)
_NAN = "COALESCE(isNumeric({v}) && {v} != {v}, false)"
_RANGES = {SH.minInclusive: (SH.MinInclusiveConstraintComponent, "COALESCE({v} >= {b}, false)"),
           SH.maxInclusive: (SH.MaxInclusiveConstraintComponent, "COALESCE(!({v} > {b}), false) || " + _NAN),
           SH.minExclusive: (SH.MinExclusiveConstraintComponent, "COALESCE({v} > {b}, false)"),
           SH.maxExclusive: (SH.MaxExclusiveConstraintComponent, "COALESCE(!({v} >= {b}), false) || " + _NAN)}
_NODE_KINDS = {SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
               SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
               SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
               SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))"}
#: sh:minCount n and sh:maxCount n-1 are compiled as n pairwise distinct values, n up to this.
_MAX_DISTINCT = 6
_INSTANCE = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z0-9_.\-]*):\s*<([^<>\s]*)>", re.I)


@dataclass
class _Check:
    """One constraint as a group pattern: a solution per result, the focus bound by the context."""
    shape: Node
    component: Node
    severity: Node
    where: str
    focus: str                      # variable of sh:focusNode
    value: str | None = None        # variable of sh:value (None: no value)
    path: str | None = None         # constant sh:resultPath
    path_var: str | None = None     # variable of sh:resultPath (sh:closed, a validator's ?path)
    # Faster forms for a top-level query (oxigraph evaluates in the order written):
    first: str | None = None        # evaluated alone, then joined with the target (binds the focus)
    top: str | None = None          # after the target in its group (may use MINUS on the focus)


def _simple(path: str | None) -> bool:
    """A path that can be scanned from an unbound subject: IRIs, inverse, sequence and
    alternative, without zero-length or closure steps (* + ?)."""
    return path is not None and not re.search(r"[*+?]", re.sub(r"<[^>]*>", "", path))


@dataclass
class _Component:
    node: URIRef
    params: list[tuple[URIRef, bool]]          # (parameter path, optional)
    validators: list[Node]                     # sh:validator (ASK)
    node_validators: list[Node]
    property_validators: list[Node]


def _localname(p: URIRef) -> str:
    """pyshacl's Parameter.localname: the variable a parameter binds."""
    s = str(p)
    if s.find("#") > 0:
        return s[s.find("#") + 1:]
    if s.rfind("/") > 0:
        return s[s.rfind("/") + 1:]
    return s


class _Compiler:
    def __init__(self, g: Graph):
        self.g = g
        self.n = 0
        self.regexes: list[tuple[str, str, str]] = []     # (pattern, flags, where) to test
        self.components = self._custom_components()

    def fresh(self, base: str) -> str:
        self.n += 1
        return f"?{base}_{self.n}"

    def one(self, s: Node, p: URIRef) -> Node | None:
        vals = list(self.g.objects(s, p))
        if len(vals) > 1:
            raise NotCompilable(f"shape {_show(self.g, s)}: several {_show(self.g, p)} values")
        return vals[0] if vals else None

    # ---- shapes

    def shape_checks(self, shape: Node, focus: str, stack: tuple = ()) -> list[_Check]:
        """The checks of one shape, for a focus variable bound by the context."""
        g = self.g
        where = f"shape {_show(g, shape)}"
        if shape in stack:
            raise NotCompilable(f"{where}: recursive shapes")
        deact = self.one(shape, SH.deactivated)
        if isinstance(deact, Literal) and deact.value is True:
            return []
        for p in set(g.predicates(shape, None)):
            if isinstance(p, URIRef) and p.startswith(str(SH)) and p not in _KNOWN:
                raise NotCompilable(f"{where}: {_show(g, p)} is not supported")
        stack = stack + (shape,)
        sev = self.one(shape, SH.severity) or SH.Violation
        path_node = self.one(shape, SH.path)
        if path_node is not None:
            path, pstr = sparql_path(g, path_node, shape), path_string(g, path_node)
            v = self.fresh("v")
            bind = f"{focus} {path} {v} . "     # the value nodes
        else:
            path = pstr = None
            v, bind = focus, ""                 # a node shape's value node is the focus
        checks: list[_Check] = []

        scan = _simple(path)      # value checks can run on a scan of the path, target after

        def add(component, pattern, value=None, path_var=None, first=None, top=None):
            checks.append(_Check(shape, component, sev, pattern, focus, value, pstr, path_var,
                                 first, top))

        def add_value(component, pattern, value):
            """A check on each value node: `pattern` starts with the value binding."""
            add(component, pattern, value, first=pattern if scan else None)

        def distinct(k: int) -> str:
            xs = [self.fresh("x") for _ in range(k)]
            triples = " ".join(f"{focus} {path} {x} ." for x in xs)
            pairs = [f"!sameTerm({a}, {b})" for i, a in enumerate(xs) for b in xs[i + 1:]]
            return triples + (f" FILTER({' && '.join(pairs)})" if pairs else "")

        for pred, comp, at_least in ((SH.minCount, SH.MinCountConstraintComponent, True),
                                     (SH.maxCount, SH.MaxCountConstraintComponent, False)):
            val = self.one(shape, pred)
            if val is None:
                continue
            if path is None:
                raise NotCompilable(f"{where}: {_show(g, pred)} on a node shape")
            if not (isinstance(val, Literal) and isinstance(val.value, int)) or val.value < 0:
                raise NotCompilable(f"{where}: {_show(g, pred)} is not a non-negative integer")
            k = val.value if at_least else val.value + 1
            if k > _MAX_DISTINCT:
                raise NotCompilable(f"{where}: {_show(g, pred)} {val.value} is too large to compile")
            if at_least and k > 0:
                top = f"MINUS {{ {focus} {path} {self.fresh('x')} }}" if k == 1 else None
                add(comp, f"FILTER NOT EXISTS {{ {distinct(k)} }}", top=top)
            elif not at_least:
                x = self.fresh("x")
                first = (f"{{ SELECT {focus} WHERE {{ {focus} {path} {x} }} GROUP BY {focus} "
                         f"HAVING (COUNT(DISTINCT {x}) > {val.value}) }}") if scan else None
                add(comp, f"FILTER EXISTS {{ {distinct(k)} }}", first=first)

        dt = self.one(shape, SH.datatype)
        if dt is not None:
            add_value(SH.DatatypeConstraintComponent, f"{bind}FILTER(!{_datatype_ok(v, dt, where)})", v)

        nk = self.one(shape, SH.nodeKind)
        if nk is not None:
            if nk not in _NODE_KINDS:
                raise NotCompilable(f"{where}: sh:nodeKind {nk}")
            add_value(SH.NodeKindConstraintComponent, f"{bind}FILTER(!{_NODE_KINDS[nk].format(v=v)})", v)

        members = self.one(shape, SH["in"])
        if members is not None:
            items = list(Collection(g, members))
            for i in items:
                self.term_equality(i, "sh:in", where)
            if not items:
                cond = "true"
            elif all(isinstance(i, URIRef) for i in items):
                # '=' of an IRI and any term never errors, so NOT IN is term equality here
                cond = f"{v} NOT IN ({', '.join(_sparql_term(i, where) for i in items)})"
            else:
                cond = "!(" + " || ".join(f"sameTerm({v}, {_sparql_term(i, where)})" for i in items) + ")"
            add_value(SH.InConstraintComponent, f"{bind}FILTER({cond})", v)

        for cls in sorted(g.objects(shape, SH["class"]), key=str):
            c = _sparql_term(cls, where)
            if path is not None:     # MINUS: the value variable is bound in this group
                add_value(SH.ClassConstraintComponent, f"{bind}MINUS {{ {v} {_INSTANCE} {c} }}", v)
            else:
                add(SH.ClassConstraintComponent, f"FILTER NOT EXISTS {{ {v} {_INSTANCE} {c} }}", v,
                    top=f"MINUS {{ {v} {_INSTANCE} {c} }}")

        for hv in sorted(g.objects(shape, SH.hasValue), key=str):
            self.term_equality(hv, "sh:hasValue", where)
            t = _sparql_term(hv, where)
            if path is not None:
                add(SH.HasValueConstraintComponent, f"FILTER NOT EXISTS {{ {focus} {path} {t} }}",
                    top=f"MINUS {{ {focus} {path} {t} }}")
            else:
                add(SH.HasValueConstraintComponent, f"FILTER(!sameTerm({focus}, {t}))")

        patterns = sorted(g.objects(shape, SH.pattern), key=str)
        if patterns:
            flags = self.one(shape, SH.flags)       # pyshacl reads only i and m
            fl = "".join(f for f in "im" if flags is not None and f in str(flags).lower())
            for p in patterns:
                rx = python_regex_for_sparql(str(p), "m" in fl, where)
                self.regexes.append((rx, fl, where))
                args = _sparql_string(rx) + (f", {_sparql_string(fl)}" if fl else "")
                # A store rewrites valid typed literals to canonical form ("2.50" -> "2.5"),
                # rdflib does not for all datatypes: such values are results (pyshacl decides).
                kept = ", ".join(f"<{d}>" for d in _LEXICAL_KEPT)
                add_value(SH.PatternConstraintComponent,
                          f"{bind}FILTER(isBlank({v}) || (isLiteral({v}) && datatype({v}) NOT IN ({kept}))"
                          f" || !REGEX(STR({v}), {args}))", v)

        for pred, (comp, passes) in _RANGES.items():
            for bound in sorted(g.objects(shape, pred), key=str):
                if not isinstance(bound, Literal):
                    raise NotCompilable(f"{where}: {_show(g, pred)} is not a literal")
                ok = passes.format(v=v, b=_sparql_term(bound, where))
                add_value(comp, f"{bind}FILTER(!({ok}))", v)

        closed = self.one(shape, SH.closed)
        if (shape, SH.ignoredProperties, None) in g and closed is None:
            raise NotCompilable(f"{where}: sh:ignoredProperties without sh:closed")
        if isinstance(closed, Literal) and closed.value is True:
            allowed = {pp for ps in g.objects(shape, SH.property)
                       for pp in g.objects(ps, SH.path) if isinstance(pp, URIRef)}
            for lst in g.objects(shape, SH.ignoredProperties):
                for item in Collection(g, lst):
                    if not isinstance(item, URIRef):
                        raise NotCompilable(f"{where}: sh:ignoredProperties member {item.n3()}")
                    allowed.add(item)
            p_var, o_var = self.fresh("p"), self.fresh("o")
            minus = ""
            if allowed:
                iris = " ".join(_sparql_term(a, where) for a in sorted(allowed))
                minus = f" MINUS {{ VALUES {p_var} {{ {iris} }} }}"
            add(SH.ClosedConstraintComponent,
                f"{bind}{v} {p_var} {o_var} .{minus} FILTER(!(sameTerm({p_var}, <{RDF.type}>) && "
                f"sameTerm({o_var}, <{RDFS.Resource}>)))", o_var, p_var)

        for node in sorted(g.objects(shape, SH.node), key=str):
            pattern = f"{bind}FILTER EXISTS {{ {self.violation_pattern(node, v, stack)} }}"
            if path is not None:
                add_value(SH.NodeConstraintComponent, pattern, v)
            else:
                add(SH.NodeConstraintComponent, pattern, v)

        for ps in sorted(g.objects(shape, SH.property), key=str):
            if (ps, SH.path, None) not in g:
                raise NotCompilable(f"{where}: sh:property {_show(g, ps)} has no sh:path")
            for c in self.shape_checks(ps, v, stack):
                if path is not None:          # on a property shape: its value nodes are the foci
                    c.first = bind + c.first if (scan and c.first) else None
                    c.top = bind + (c.top or c.where)
                    c.where = bind + c.where
                checks.append(c)

        checks += self.custom_checks(shape, focus, v, path, pstr, sev)
        return checks

    @staticmethod
    def term_equality(term: Node, what: str, where: str) -> None:
        """pyshacl compares sh:in and sh:hasValue members with rdflib's ==, which is
        lexical: it tells "x" from "x"^^xsd:string and "2.50" from "2.5"^^xsd:decimal,
        where RDF 1.1 and a store (which canonicalizes) see one term. So only members
        whose rdflib form is canonical are compiled: IRIs, language-tagged strings,
        xsd:integer, xsd:boolean, xsd:double and xsd:float literals."""
        if isinstance(term, URIRef) or (isinstance(term, Literal) and (
                term.language or term.datatype in (XSD.integer, XSD.boolean, XSD.double, XSD.float))):
            return
        raise NotCompilable(f"{where}: {term.n3()} in {what} (pyshacl compares its lexical form, "
                            "which a store canonicalizes)")

    def violation_pattern(self, shape: Node, var: str, stack: tuple) -> str:
        """A group pattern with a solution iff the bound node has a result for the shape
        (of any severity: pyshacl's sh:node fails on any nested result)."""
        checks = self.shape_checks(shape, var, stack)
        if not checks:
            return "FILTER(false)"
        return " UNION ".join(f"{{ {c.where} }}" for c in checks)

    # ---- SPARQL-based constraint components

    def _custom_components(self) -> list[_Component]:
        g = self.g
        nodes = set(g.subjects(RDF.type, SH.ConstraintComponent))
        for sc in set(g.subjects(RDFS.subClassOf, SH.ConstraintComponent)):
            nodes |= set(g.subjects(RDF.type, sc))
        out = []
        for c in sorted(nodes, key=str):
            if str(c).startswith(str(SH)):
                continue                      # pyshacl ignores the core ones from shacl.ttl too
            if not isinstance(c, URIRef):
                raise NotCompilable(f"constraint component {c.n3()} is a blank node")
            params = []
            for p in g.objects(c, SH.parameter):
                ppath = g.value(p, SH.path)
                if not isinstance(ppath, URIRef):
                    raise NotCompilable(f"constraint component {_show(g, c)}: a parameter without an IRI sh:path")
                optional = g.value(p, SH.optional)
                params.append((ppath, bool(isinstance(optional, Literal) and optional.value)))
            out.append(_Component(c, params, list(g.objects(c, SH.validator)),
                                  list(g.objects(c, SH.nodeValidator)),
                                  list(g.objects(c, SH.propertyValidator))))
        return out

    def _declared_prefixes(self, validator: Node) -> dict[str, str]:
        """sh:prefixes of a validator, as pyshacl's SPARQLQueryHelper.collect_prefixes reads them."""
        g = self.g
        vals = set(g.objects(validator, SH.prefixes))
        if not vals:
            return {}
        onts = set(g.subjects(RDF.type, OWL.Ontology))
        ng = set(g.objects(g.identifier, SH.declare)) if isinstance(g.identifier, URIRef) else set()
        global_declares = ng | {d for o in onts for d in g.objects(o, SH.declare)}
        prefixes = {}
        for pv in vals:
            own = set(g.objects(pv, SH.declare))
            for dec in ((own | ng) if (own and pv in onts) else (global_declares | own)):
                prefix, ns = g.value(dec, SH.prefix), g.value(dec, SH.namespace)
                if prefix is None or ns is None:
                    raise NotCompilable(f"sh:prefixes of {_show(g, validator)}: incomplete sh:declare")
                prefixes[str(prefix)] = str(ns)
        return prefixes

    def custom_checks(self, shape: Node, focus: str, v: str, path: str | None,
                      pstr: str | None, sev: Node) -> list[_Check]:
        g, out = self.g, []
        for comp in self.components:
            if not all((shape, p, None) in g for p, opt in comp.params if not opt):
                continue                      # pyshacl: applies when every mandatory parameter is there
            where = f"shape {_show(g, shape)}, component {_show(g, comp.node)}"
            bindings = {}
            for p, _ in comp.params:
                vals = list(g.objects(shape, p))
                if len(vals) > 1:
                    raise NotCompilable(f"{where}: several values of parameter {_show(g, p)}")
                if vals:       # substituted as a term: the same lexical caveat as sh:in
                    self.term_equality(vals[0], f"parameter {_show(g, p)}", where)
                    bindings[_localname(p)] = _sparql_term(vals[0], where)
            if path is not None:
                chosen, ask = (comp.property_validators, False) if comp.property_validators \
                    else (comp.validators, True)
            else:
                chosen, ask = (comp.node_validators, False) if comp.node_validators \
                    else (comp.validators, True)
            if not chosen:
                raise NotCompilable(f"{where}: no validator for this kind of shape")
            if len(chosen) > 1:
                raise NotCompilable(f"{where}: several validators (pyshacl uses any one)")
            validator = chosen[0]
            text = g.value(validator, SH.ask if ask else SH.select)
            if not isinstance(text, Literal):
                raise NotCompilable(f"{where}: validator {_show(g, validator)} has no "
                                    f"{'sh:ask' if ask else 'sh:select'} text")
            q = _split_query(str(text), "ASK" if ask else "SELECT", where)
            _check_keywords(q.body, where)
            prefixes = self._declared_prefixes(validator)
            leftover = _PREFIX_DECL.sub("", q.prologue)
            if leftover.strip() and not re.fullmatch(r"(\s|#[^\n]*)*", leftover):
                raise NotCompilable(f"{where}: {leftover.strip()[:40]!r} before the query (only PREFIX)")
            prefixes.update({p: ns for p, ns in _PREFIX_DECL.findall(q.prologue)})
            # $value: each value node (pyshacl pre-binds it when the text names it);
            # on a node shape the value node is the focus.
            value = self.fresh("value") if path is not None else focus
            names: dict[str, str] = {}
            body = []
            for k, t in q.body:
                if k == "var":
                    name = t[1:]
                    if name == "this":
                        t = focus
                    elif name == "value":
                        t = value
                    elif name == "PATH":
                        if path is None:
                            raise NotCompilable(f"{where}: $PATH on a node shape")
                        t = path
                    elif name == "currentShape":
                        t = _sparql_term(shape, where)
                    elif name == "shapesGraph":
                        raise NotCompilable(f"{where}: $shapesGraph is not supported")
                    elif name in bindings:
                        t = bindings[name]
                    else:
                        t = names.setdefault(name, self.fresh(name))
                elif k == "word" and ":" in t:
                    prefix, local = t.split(":", 1)
                    trail = len(local) - len(local.rstrip("."))
                    local = local[:len(local) - trail]
                    if prefix not in prefixes:
                        raise NotCompilable(f"{where}: undeclared prefix {prefix!r}")
                    t = f"<{prefixes[prefix]}{local}>" + "." * trail
                body.append(t)
            inner = "".join(body)
            uses_value = any(k == "var" and t[1:] == "value" for k, t in q.body)
            if ask:          # a result per value node for which the ASK is false
                head = f"{focus} {path} {value} . " if path is not None else ""
                out.append(_Check(shape, comp.node, sev, f"{head}FILTER NOT EXISTS {{ {inner} }}",
                                  focus, None if path is not None else focus, pstr))
                continue
            extra = [p for p in q.projection if p not in ("this", "value", "path")]
            if extra:
                raise NotCompilable(f"{where}: the validator selects {extra} (only $this ?value ?path)")
            if path is None:
                head = ""
            elif uses_value:
                head = f"{focus} {path} {value} . "
            else:            # pyshacl runs the query only for a focus with value nodes
                head = f"FILTER EXISTS {{ {focus} {path} {self.fresh('any')} }} "
            if "value" in q.projection:
                value_var = value
            else:            # pyshacl: no sh:value on a property shape, the focus on a node shape
                value_var = None if path is not None else focus
            path_var = names.get("path") if "path" in q.projection else None
            first = head + inner if (uses_value and _simple(path)) else None   # the head binds $this
            out.append(_Check(shape, comp.node, sev, head + inner, focus, value_var, pstr, path_var,
                              first))
        return out


# ---------------------------------------------------------------- compiled shapes

@dataclass
class _Compiled:
    shape: Node
    component: Node
    severity: Node
    text: str
    focus: str
    value: str | None
    path: str | None
    path_var: str | None
    root: str          # "this": the target node is a root; "lookup": find it; "": no roots


class CompiledShapes:
    """The SPARQL violation queries of a shapes graph (see compile_shapes).

    root_classes: target classes no property shape nests (the patient);
    links: the paths from a root to its nested nodes (sh:path of property shapes
    whose sh:class is another target class)."""

    def __init__(self, shapes: Graph, compiled: list[_Compiled], root_classes: list[URIRef],
                 links: list[str]):
        self.shapes = shapes
        self._compiled = compiled
        self.root_classes = root_classes
        self.links = links
        self.hierarchy_nt = b""        # set by compiled_case_shapes
        alts = "|".join(links) if links else f"!<{RDF.type}>"
        classes = " ".join(f"<{c}>" for c in root_classes)
        #: the root focus nodes (patients) of nodes ?this: those that reach them through the
        #: links (VALUES first: oxigraph then walks the links back from each node)
        self.root_query = (f"SELECT DISTINCT ?this ?root WHERE {{ VALUES ?this {{ {{nodes}} }} "
                           f"?root ({alts})* ?this . ?root {_INSTANCE} ?rootclass . "
                           f"VALUES ?rootclass {{ {classes} }} }}")

    def roots_of(self, store: ox.Store, nodes: Iterable) -> dict:
        """pyoxigraph node -> the root IRIs (patients) that reach it."""
        out: dict = {}
        iris = [n for n in nodes if isinstance(n, ox.NamedNode)]
        others = [n for n in nodes if not isinstance(n, ox.NamedNode)]
        queries = []
        if iris:
            queries.append((self.root_query.replace("{nodes}", " ".join(str(n) for n in iris)), None))
        for n in others:       # a blank node cannot be written in a query: substitute it
            queries.append((self.root_query.replace("VALUES ?this { {nodes} } ", ""),
                            {ox.Variable("this"): n}))
        for text, subst in queries:
            for row in store.query(text, substitutions=subst):
                out.setdefault(row["this"], []).append(_ox_str(row["root"]))
        return out

    @property
    def queries(self) -> list[tuple[str, str]]:
        """(shape id, SPARQL text): one SELECT per constraint of a targeted shape."""
        return [(_name(q.shape), q.text) for q in self._compiled]

    def violations(self, store: ox.Store) -> list[Violation]:
        """The results pyshacl reports at the top level (nested sh:detail left out) for
        the nodes in the store, which must hold the class hierarchy too. Range results
        on values of the wrong datatype are kept (filter_comparing drops them)."""
        out, lookup = [], {}
        for q in self._compiled:
            shape, comp, sev = _name(q.shape), str(q.component), str(q.severity)
            fv = q.focus[1:]
            vv = q.value[1:] if q.value else None
            pv = q.path_var[1:] if q.path_var else None
            for row in store.query(q.text):
                this = row["this"]
                out.append(Violation(_ox_str(row[fv]), _ox_str(row[pv]) if pv else q.path, comp,
                                     shape, _ox_str(row[vv]) if vv else None, sev,
                                     _ox_str(this) if q.root == "this" else None))
                if q.root == "lookup":
                    lookup.setdefault(len(out) - 1, this)
        if lookup:
            roots = self.roots_of(store, set(lookup.values()))
            expanded = []
            for i, v in enumerate(out):
                if i in lookup and roots.get(lookup[i]):
                    expanded += [Violation(v.focus, v.path, v.component, v.shape, v.value,
                                           v.severity, r) for r in sorted(roots[lookup[i]])]
                else:
                    expanded.append(v)
            out = expanded
        return out

    def invalid_focus_nodes(self, store: ox.Store) -> set[str]:
        """Focus nodes with at least one result of severity sh:Violation."""
        return {v.focus for v in self.violations(store) if v.severity == VIOLATION}

    def invalid_roots(self, store: ox.Store) -> set[str]:
        """Root focus nodes (patients) with a violation on themselves or on a nested
        node they reach through the links; a focus no root reaches is given as is."""
        return {v.root or v.focus for v in self.violations(store) if v.severity == VIOLATION}


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Translate every targeted shape of an rdflib shapes graph into SPARQL violation queries.

    Raises NotCompilable for anything it does not translate exactly."""
    g = shapes
    for p in (SH.target, SH.rule, SH.entailment):
        for s in g.subjects(p, None):
            raise NotCompilable(f"{_show(g, s)}: {_show(g, p)} is not supported")
    comp = _Compiler(g)
    class_like = {RDFS.Class} | set(g.subjects(RDFS.subClassOf, RDFS.Class))
    shape_nodes = (set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
                   | {s for p in (*_TARGETS, SH.property, SH.node) for s in g.subjects(p, None)})
    targeted: dict[Node, tuple[list, list]] = {}
    for s in sorted(shape_nodes, key=str):
        classes = list(g.objects(s, SH.targetClass))
        if any(t in class_like for t in g.objects(s, RDF.type)):
            classes.append(s)                 # implicit class target
        others = [(p, o) for p in _TARGETS[1:] for o in g.objects(s, p)]
        if classes or others:
            targeted[s] = (classes, others)

    target_classes = {c for cl, _ in targeted.values() for c in cl}
    links, nested = set(), set()
    for ps in {ps for s in targeted for ps in g.objects(s, SH.property)}:
        pp = g.value(ps, SH.path)
        for cls in g.objects(ps, SH["class"]):
            if cls in target_classes and pp is not None:
                nested.add(cls)
                links.add(sparql_path(g, pp, ps))
    links = sorted(links)
    roots = sorted((c for c in target_classes if c not in nested and isinstance(c, URIRef)), key=str)

    compiled = []
    for s, (classes, others) in sorted(targeted.items(), key=lambda kv: str(kv[0])):
        where = f"shape {_show(g, s)}"
        parts = [f"?this {_INSTANCE} {_sparql_term(c, where)} ." for c in classes]
        for p, o in others:
            t = _sparql_term(o, where)
            if p == SH.targetNode:
                parts.append(f"VALUES ?this {{ {t} }}")
            elif p == SH.targetSubjectsOf:
                parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ ?this {t} [] }} }}")
            else:
                parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ [] {t} ?this }} }}")
        target = parts[0] if len(parts) == 1 else " UNION ".join(f"{{ {p} }}" for p in parts)
        root_mode = "this" if (classes and not others and all(c in roots for c in classes)) \
            else ("lookup" if roots else "")
        for c in comp.shape_checks(s, "?this"):
            select = " ".join(dict.fromkeys(x for x in ("?this", c.focus, c.value, c.path_var) if x))
            if c.first:
                body = f"{{ {c.first} }}\n  {target}"
            else:
                body = f"{target}\n  {c.top or c.where}"
            text = f"SELECT DISTINCT {select} WHERE {{\n  {body}\n}}"
            compiled.append(_Compiled(c.shape, c.component, c.severity, text, c.focus, c.value,
                                      c.path, c.path_var, root_mode))

    # Everything must parse and run in pyoxigraph, and each regex compile there.
    probe = ox.Store()
    for q in compiled:
        try:
            list(probe.query(q.text))
        except Exception as e:     # pyoxigraph raises SyntaxError, OSError, ...
            raise NotCompilable(f"shape {_show(g, q.shape)}: the compiled query does not run "
                                f"({e}):\n{q.text}") from None
    for rx, fl, where in comp.regexes:
        args = _sparql_string(rx) + (f", {_sparql_string(fl)}" if fl else "")
        row = next(iter(probe.query(f'SELECT (REGEX("", {args}) AS ?r) {{}}')))
        if row["r"] is None:
            raise NotCompilable(f"{where}: sh:pattern {rx!r} is not a regex pyoxigraph can run")
    return CompiledShapes(shapes, compiled, roots, links)


# ---------------------------------------------------------------- the case shapes

@lru_cache(maxsize=4)
def _compiled_case_shapes(root: Path) -> CompiledShapes:
    from pvdkg.case import case_schema, load_shapes
    from pvdkg.knowledge import knowledge_root
    from pvdkg.validate import load_ontology_graph
    schema = case_schema(load_ontology_graph(root))
    # The same shapes graph object pyshacl gets in pvdkg.validate, so blank-node shape ids agree.
    shapes = schema.shapes if root == knowledge_root() else load_shapes(root)
    compiled = compile_shapes(shapes)
    compiled.hierarchy_nt = schema.hierarchy.serialize(format="nt", encoding="utf-8")
    return compiled


def compiled_case_shapes(root: Path | None = None) -> CompiledShapes:
    """shapes/case.ttl compiled once per knowledge root, with the ontology's class
    hierarchy as N-Triples (hierarchy_nt) for the stores it runs on."""
    from pvdkg.knowledge import knowledge_root
    return _compiled_case_shapes(Path(root) if root is not None else knowledge_root())


def batch_store(ntriples: Iterable[bytes], compiled: CompiledShapes | None = None) -> ox.Store:
    """An in-memory store with the class hierarchy and the given N-Triples documents."""
    compiled = compiled or compiled_case_shapes()
    store = ox.Store()
    # lenient: rdflib wrote these, so skip IRI validation (a third faster)
    store.load(compiled.hierarchy_nt + b"\n" + b"\n".join(ntriples), format=ox.RdfFormat.N_TRIPLES,
               lenient=True)
    return store


def _triples(nt: bytes) -> int:
    """The triples of an N-Triples document (a line ends with '.'; literals escape newlines)."""
    return (nt if nt.endswith(b"\n") else nt + b"\n").count(b".\n")


def _merged(ntriples: list[bytes], store: ox.Store, compiled: CompiledShapes) -> list[int]:
    """Documents whose own triples the store merged: it canonicalizes valid typed
    literals, so "0.50" and "0.5"^^xsd:decimal on one node are one value there and
    two for rdflib (pyshacl: sh:maxCount 1 fails). pyshacl must decide for those."""
    if len(store) == _triples(compiled.hierarchy_nt) + sum(_triples(nt) for nt in ntriples):
        return []
    out = []
    for i, nt in enumerate(ntriples):        # rare: find the documents (or shared triples)
        alone = ox.Store()
        alone.load(nt, format=ox.RdfFormat.N_TRIPLES, lenient=True)
        if len(alone) != _triples(nt):
            out.append(i)
    return out


def check_batch(ntriples: list[bytes], compiled: CompiledShapes | None = None) -> set[str]:
    """The root focus nodes (patient IRIs) with at least one SHACL violation.

    ntriples: one rdflib-serialized N-Triples document a patient (as
    pvdkg.pipeline.Checked.ntriples). A violation on a nested node (a lesion, a
    procedure) counts for the patient that links to it; a focus no patient
    reaches is returned as is. The patients of a document whose triples the
    store merges (see _merged) are returned too. A document with rdfs:subClassOf
    triples is checked in a store of its own. Patients sharing an IRI are
    checked as one node: see invalid_entries."""
    compiled = compiled or compiled_case_shapes()
    shared = [nt for nt in ntriples if not _own_hierarchy(nt)]
    out: set[str] = set()
    for docs in [shared] + [[nt] for nt in ntriples if _own_hierarchy(nt)]:
        store = batch_store(docs, compiled)
        out |= compiled.invalid_roots(store)
        for i in _merged(docs, store, compiled):
            out |= _typed_subjects(docs[i], compiled.root_classes)
    return out


_SUBCLASS = f"> <{RDFS.subClassOf}> ".encode()


def _own_hierarchy(nt: bytes) -> bool:
    """A document that states rdfs:subClassOf triples would extend the class hierarchy of
    every patient in its store (pyshacl sees them with this patient only): it gets a store
    of its own."""
    return _SUBCLASS in nt


def _typed_subjects(nt: bytes, classes: list[URIRef]) -> set[str]:
    """The IRIs an N-Triples document types with one of the classes (str.find, no parsing)."""
    out = set()
    for c in classes:
        needle = f"> <{RDF.type}> <{c}> .".encode()
        i = nt.find(needle)
        while i >= 0:
            start = nt.rfind(b"\n", 0, i) + 1
            if nt[start:start + 1] == b"<":
                out.add(nt[start + 1:i].decode())
            i = nt.find(needle, i + 1)
    return out


def invalid_entries(ntriples: list[bytes], compiled: CompiledShapes | None = None) -> list[bool]:
    """For each N-Triples document, whether its patient has a SHACL violation.

    Documents naming the same patient IRI (a repeated id, `_invalid`) are checked
    in separate rounds, so they do not merge. A violating focus node that neither
    a patient reaches nor a document names as an IRI (an unlinked blank node)
    marks every document of its round, and a document whose triples the store
    merges (see _merged) is marked: pyshacl then decides. A document with
    rdfs:subClassOf triples is checked in a store of its own."""
    compiled = compiled or compiled_case_shapes()
    owners = [_typed_subjects(nt, compiled.root_classes) for nt in ntriples]
    rounds: list[tuple[list[int], set[str]]] = []
    alone = []
    for i, iris in enumerate(owners):
        if _own_hierarchy(ntriples[i]):
            alone.append(([i], set(iris)))
            continue
        for members, used in rounds:
            if not (iris & used):
                members.append(i)
                used |= iris
                break
        else:
            rounds.append(([i], set(iris)))
    result = [False] * len(ntriples)
    for members, _ in rounds + alone:
        owner = {iri: i for i in members for iri in owners[i]}
        docs = [ntriples[i] for i in members]
        store = batch_store(docs, compiled)
        for j in _merged(docs, store, compiled):
            result[members[j]] = True
        for iri in compiled.invalid_roots(store):
            if iri in owner:
                result[owner[iri]] = True
                continue
            needle = f"<{iri}>".encode()
            hits = [i for i in members if needle in ntriples[i]] if not iri.startswith(("_:", '"')) else []
            for i in hits or members:
                result[i] = True
    return result


# ---------------------------------------------------------------- comparing with pyshacl

_COMPARING = {str(SH.MinInclusiveConstraintComponent), str(SH.MaxInclusiveConstraintComponent),
              str(SH.MinExclusiveConstraintComponent), str(SH.MaxExclusiveConstraintComponent)}


def filter_comparing(violations: Iterable[Violation]) -> list[Violation]:
    """Drop range results for a value that has a datatype result on the same focus
    and path, as pvdkg.validate.top_level_results does."""
    violations = list(violations)
    wrong = {(v.focus, v.path, v.value) for v in violations
             if v.component == str(SH.DatatypeConstraintComponent)}
    return [v for v in violations
            if not (v.component in _COMPARING and (v.focus, v.path, v.value) in wrong)]


def _canonical(term: Node | None, probe: ox.Store) -> str | None:
    """An rdflib term as Violation shows it (a literal as a store canonicalizes it)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    row = next(iter(probe.query(f"SELECT ?x WHERE {{ VALUES ?x {{ {_sparql_term(term, 'value')} }} }}")))
    return _ox_str(row["x"])


def report_violations(report: Graph, shapes: Graph | None = None) -> list[Violation]:
    """pyshacl's top-level results (pvdkg.validate.top_level_results) as Violations."""
    from pvdkg.validate import top_level_results
    probe = ox.Store()
    out = []
    for r in top_level_results(report):
        path = report.value(r, SH.resultPath)
        if path is not None and not isinstance(path, URIRef):
            src = report if (path, None, None) in report else shapes
            path = sparql_path(src, path) if src is not None else f"_:{path}"
        out.append(Violation(
            _canonical(report.value(r, SH.focusNode), probe),
            str(path) if path is not None else None,
            str(report.value(r, SH.sourceConstraintComponent)),
            _name(report.value(r, SH.sourceShape)),
            _canonical(report.value(r, SH.value), probe),
            str(report.value(r, SH.resultSeverity) or SH.Violation)))
    return out


def ill_typed_hidden(triples: Iterable) -> bool:
    """Whether a graph (or any iterable of rdflib triples) has an ill-typed
    literal that its N-Triples show as a well-typed one (rdflib writes an
    ill-typed xsd:boolean such as "yes" as "false"). pyshacl reports it; a
    compiled check cannot see it."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _, _, o in triples:
            if isinstance(o, Literal) and getattr(o, "ill_typed", False):
                if not Literal(str(o), datatype=o.datatype).ill_typed:
                    return True
    return False
