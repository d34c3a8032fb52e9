"""Constraints on each value node: sh:datatype, sh:nodeKind, sh:in, sh:class,
sh:hasValue, sh:pattern and the ranges (sh:minInclusive ...)."""

from __future__ import annotations

import re

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from ..paths import INSTANCE
from ..terms import NotCompilable, show, sparql_string, sparql_term
from .base import ShapeContext

# What rdflib (and so pyshacl) accepts as a well-typed lexical form, as a
# regular expression over STR(?value). A store returns the canonical form of a
# valid literal, rdflib-made N-Triples carry rdflib's normalized form, and an
# ill-typed one keeps its lexical form: each pattern accepts those forms and
# nothing that rdflib rejects (tests/test_shapecheck.py checks it on samples).
# None: rdflib accepts every lexical form (the datatype IRI alone decides).
_FLOAT = r"^\s*[+-]?(([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|(?i:inf|infinity|nan))\s*$"
LEXICAL: dict[URIRef, str | None] = {
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
LEXICAL_KEPT = (XSD.string, RDF.langString, XSD.integer, XSD.boolean)


def datatype_ok(var: str, datatype: Node, where: str) -> str:
    """A SPARQL condition: the value matches the datatype as pyshacl decides it."""
    from rdflib.term import _toPythonMapping  # rdflib's recognized datatypes

    if datatype == RDFS.Literal:
        return f"isLiteral({var})"
    if datatype == RDF.langString:
        return f'(isLiteral({var}) && lang({var}) != "")'
    if not isinstance(datatype, URIRef):
        raise NotCompilable(f"{where}: sh:datatype must be an IRI")
    if datatype == RDFS.Datatype or (datatype in _toPythonMapping and datatype not in LEXICAL):
        raise NotCompilable(f"{where}: sh:datatype {datatype} (no lexical check for it)")
    cond = f"isLiteral({var}) && sameTerm(datatype({var}), {sparql_term(datatype, where)})"
    lexical = LEXICAL.get(datatype)
    if lexical is not None:
        cond += f" && REGEX(STR({var}), {sparql_string(lexical)})"
    return f"({cond})"


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
            nxt = pattern[i + 1 : i + 2]
            out.append("\\z" if nxt == "Z" and not in_class else pattern[i : i + 2])
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
            if pattern[i : i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i : i + 1] == "]":
                out.append("\\]")
                i += 1
            in_class = True
            continue
        if c == "$" and not multiline:
            rest = re.sub(r"^[)*+?]*", "", pattern[i + 1 :])
            if rest and not rest.startswith("|"):
                raise NotCompilable(f"{where}: sh:pattern {pattern!r}: '$' followed by more pattern")
            out.append("(?:\\n?$)")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


#: Ranges as pyshacl decides them: compare_literal(v, bound) is 0 when equal, 1 when
#: greater, else -1, so NaN (which SPARQL cannot order) passes the max bounds and
#: fails the min ones. A comparison SPARQL cannot make (a string or a boolean against
#: a number, an IRI, an ill-typed literal) is a result. (rdflib orders such literals
#: by their datatype IRIs, so pyshacl may let some pass a bound: then the compiled
#: check reports more, never less; with sh:datatype they fail the datatype anyway.)
NAN = "COALESCE(isNumeric({v}) && {v} != {v}, false)"
RANGES = {
    SH.minInclusive: (SH.MinInclusiveConstraintComponent, "COALESCE({v} >= {b}, false)"),
    SH.maxInclusive: (SH.MaxInclusiveConstraintComponent, "COALESCE(!({v} > {b}), false) || " + NAN),
    SH.minExclusive: (SH.MinExclusiveConstraintComponent, "COALESCE({v} > {b}, false)"),
    SH.maxExclusive: (SH.MaxExclusiveConstraintComponent, "COALESCE(!({v} >= {b}), false) || " + NAN),
}
NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}


def term_equality(term: Node, what: str, where: str) -> None:
    """pyshacl compares sh:in and sh:hasValue members with rdflib's ==, which is
    lexical: it tells "x" from "x"^^xsd:string and "2.50" from "2.5"^^xsd:decimal,
    where RDF 1.1 and a store (which canonicalizes) see one term. So only members
    whose rdflib form is canonical are compiled: IRIs, language-tagged strings,
    xsd:integer, xsd:boolean, xsd:double and xsd:float literals."""
    if isinstance(term, URIRef) or (
        isinstance(term, Literal)
        and (term.language or term.datatype in (XSD.integer, XSD.boolean, XSD.double, XSD.float))
    ):
        return
    raise NotCompilable(
        f"{where}: {term.n3()} in {what} (pyshacl compares its lexical form, which a store canonicalizes)"
    )


def datatype(ctx: ShapeContext, pred: Node) -> None:
    v = ctx.v
    ctx.add_value(SH.DatatypeConstraintComponent, f"{ctx.bind}FILTER(!{datatype_ok(v, ctx.one(pred), ctx.where)})", v)


def node_kind(ctx: ShapeContext, pred: Node) -> None:
    nk, v = ctx.one(pred), ctx.v
    if nk not in NODE_KINDS:
        raise NotCompilable(f"{ctx.where}: sh:nodeKind {nk}")
    ctx.add_value(SH.NodeKindConstraintComponent, f"{ctx.bind}FILTER(!{NODE_KINDS[nk].format(v=v)})", v)


def in_list(ctx: ShapeContext, pred: Node) -> None:
    where, v = ctx.where, ctx.v
    items = list(Collection(ctx.g, ctx.one(pred)))
    for i in items:
        term_equality(i, "sh:in", where)
    if not items:
        cond = "true"
    elif all(isinstance(i, URIRef) for i in items):
        # '=' of an IRI and any term never errors, so NOT IN is term equality here
        cond = f"{v} NOT IN ({', '.join(sparql_term(i, where) for i in items)})"
    else:
        cond = "!(" + " || ".join(f"sameTerm({v}, {sparql_term(i, where)})" for i in items) + ")"
    ctx.add_value(SH.InConstraintComponent, f"{ctx.bind}FILTER({cond})", v)


def class_(ctx: ShapeContext, pred: Node) -> None:
    v = ctx.v
    for cls in sorted(ctx.g.objects(ctx.shape, pred), key=str):
        c = sparql_term(cls, ctx.where)
        if ctx.path is not None:  # MINUS: the value variable is bound in this group
            ctx.add_value(SH.ClassConstraintComponent, f"{ctx.bind}MINUS {{ {v} {INSTANCE} {c} }}", v)
        else:
            ctx.add(
                SH.ClassConstraintComponent,
                f"FILTER NOT EXISTS {{ {v} {INSTANCE} {c} }}",
                v,
                top=f"MINUS {{ {v} {INSTANCE} {c} }}",
            )


def has_value(ctx: ShapeContext, pred: Node) -> None:
    focus, path = ctx.focus, ctx.path
    for hv in sorted(ctx.g.objects(ctx.shape, pred), key=str):
        term_equality(hv, "sh:hasValue", ctx.where)
        t = sparql_term(hv, ctx.where)
        if path is not None:
            ctx.add(
                SH.HasValueConstraintComponent,
                f"FILTER NOT EXISTS {{ {focus} {path} {t} }}",
                top=f"MINUS {{ {focus} {path} {t} }}",
            )
        else:
            ctx.add(SH.HasValueConstraintComponent, f"FILTER(!sameTerm({focus}, {t}))")


def pattern(ctx: ShapeContext, pred: Node) -> None:
    where, v = ctx.where, ctx.v
    flags = ctx.one(SH.flags)  # pyshacl reads only i and m
    fl = "".join(f for f in "im" if flags is not None and f in str(flags).lower())
    for p in sorted(ctx.g.objects(ctx.shape, pred), key=str):
        rx = python_regex_for_sparql(str(p), "m" in fl, where)
        ctx.compiler.regexes.append((rx, fl, where))
        args = sparql_string(rx) + (f", {sparql_string(fl)}" if fl else "")
        # A store rewrites valid typed literals to canonical form ("2.50" -> "2.5"),
        # rdflib does not for all datatypes: such values are results (pyshacl decides).
        kept = ", ".join(f"<{d}>" for d in LEXICAL_KEPT)
        ctx.add_value(
            SH.PatternConstraintComponent,
            f"{ctx.bind}FILTER(isBlank({v}) || (isLiteral({v}) && datatype({v}) NOT IN ({kept}))"
            f" || !REGEX(STR({v}), {args}))",
            v,
        )


def value_range(ctx: ShapeContext, pred: Node) -> None:
    comp, passes = RANGES[pred]
    for bound in sorted(ctx.g.objects(ctx.shape, pred), key=str):
        if not isinstance(bound, Literal):
            raise NotCompilable(f"{ctx.where}: {show(ctx.g, pred)} is not a literal")
        ok = passes.format(v=ctx.v, b=sparql_term(bound, ctx.where))
        ctx.add_value(comp, f"{ctx.bind}FILTER(!({ok}))", ctx.v)
