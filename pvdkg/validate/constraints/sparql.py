"""SPARQL-based constraint components: their validators' text spliced into the compiled query.

Parameters are substituted as constants (pre-binding), $PATH becomes the path,
prefixed names are expanded from sh:prefixes, $this is the focus and $value
each value node. So that the batch join equals pyshacl's pre-binding, a
SELECT validator may only have triple patterns and FILTERs (with (NOT)
EXISTS groups) at its top level (sparql_text.check_keywords).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from ..paths import scannable
from ..terms import NotCompilable, show, sparql_term
from .base import ShapeContext
from .sparql_text import PREFIX_DECL, Query, check_keywords, split_query
from .value import term_equality


@dataclass
class Component:
    """A custom constraint component of the shapes graph and its validators."""

    node: URIRef
    params: list[tuple[URIRef, bool]]  # (parameter path, optional)
    validators: list[Node]  # sh:validator (ASK)
    node_validators: list[Node]
    property_validators: list[Node]


def localname(p: URIRef) -> str:
    """pyshacl's Parameter.localname: the variable a parameter binds."""
    s = str(p)
    if s.find("#") > 0:
        return s[s.find("#") + 1 :]
    if s.rfind("/") > 0:
        return s[s.rfind("/") + 1 :]
    return s


def custom_components(g: Graph) -> list[Component]:
    """The constraint components a shapes graph declares (not the core sh: ones)."""
    nodes = set(g.subjects(RDF.type, SH.ConstraintComponent))
    for sc in set(g.subjects(RDFS.subClassOf, SH.ConstraintComponent)):
        nodes |= set(g.subjects(RDF.type, sc))
    out = []
    for c in sorted(nodes, key=str):
        if str(c).startswith(str(SH)):
            continue  # pyshacl ignores the core ones from shacl.ttl too
        if not isinstance(c, URIRef):
            raise NotCompilable(f"constraint component {c.n3()} is a blank node")
        params = []
        for p in g.objects(c, SH.parameter):
            ppath = g.value(p, SH.path)
            if not isinstance(ppath, URIRef):
                raise NotCompilable(f"constraint component {show(g, c)}: a parameter without an IRI sh:path")
            optional = g.value(p, SH.optional)
            params.append((ppath, bool(isinstance(optional, Literal) and optional.value)))
        out.append(
            Component(
                c,
                params,
                list(g.objects(c, SH.validator)),
                list(g.objects(c, SH.nodeValidator)),
                list(g.objects(c, SH.propertyValidator)),
            )
        )
    return out


def declared_prefixes(g: Graph, validator: Node) -> dict[str, str]:
    """sh:prefixes of a validator, as pyshacl's SPARQLQueryHelper.collect_prefixes reads them."""
    vals = set(g.objects(validator, SH.prefixes))
    if not vals:
        return {}
    onts = set(g.subjects(RDF.type, OWL.Ontology))
    ng = set(g.objects(g.identifier, SH.declare)) if isinstance(g.identifier, URIRef) else set()
    global_declares = ng | {d for o in onts for d in g.objects(o, SH.declare)}
    prefixes = {}
    for pv in vals:
        own = set(g.objects(pv, SH.declare))
        for dec in (own | ng) if (own and pv in onts) else (global_declares | own):
            prefix, ns = g.value(dec, SH.prefix), g.value(dec, SH.namespace)
            if prefix is None or ns is None:
                raise NotCompilable(f"sh:prefixes of {show(g, validator)}: incomplete sh:declare")
            prefixes[str(prefix)] = str(ns)
    return prefixes


def _bindings(ctx: ShapeContext, comp: Component, where: str) -> dict[str, str]:
    """The component's parameters on the shape, by variable name, as SPARQL terms."""
    g, out = ctx.g, {}
    for p, _ in comp.params:
        vals = list(g.objects(ctx.shape, p))
        if len(vals) > 1:
            raise NotCompilable(f"{where}: several values of parameter {show(g, p)}")
        if vals:  # substituted as a term: the same lexical caveat as sh:in
            term_equality(vals[0], f"parameter {show(g, p)}", where)
            out[localname(p)] = sparql_term(vals[0], where)
    return out


def _validator(ctx: ShapeContext, comp: Component, where: str) -> tuple[Node, bool]:
    """The validator pyshacl uses for this kind of shape, and whether it is an ASK."""
    if ctx.path is not None:
        chosen, ask = (comp.property_validators, False) if comp.property_validators else (comp.validators, True)
    else:
        chosen, ask = (comp.node_validators, False) if comp.node_validators else (comp.validators, True)
    if not chosen:
        raise NotCompilable(f"{where}: no validator for this kind of shape")
    if len(chosen) > 1:
        raise NotCompilable(f"{where}: several validators (pyshacl uses any one)")
    return chosen[0], ask


def _parsed(ctx: ShapeContext, validator: Node, ask: bool, where: str) -> tuple[Query, dict[str, str]]:
    """The validator's text split and checked, and every prefix it may use."""
    text = ctx.g.value(validator, SH.ask if ask else SH.select)
    if not isinstance(text, Literal):
        raise NotCompilable(
            f"{where}: validator {show(ctx.g, validator)} has no {'sh:ask' if ask else 'sh:select'} text"
        )
    q = split_query(str(text), "ASK" if ask else "SELECT", where)
    check_keywords(q.body, where)
    prefixes = declared_prefixes(ctx.g, validator)
    leftover = PREFIX_DECL.sub("", q.prologue)
    if leftover.strip() and not re.fullmatch(r"(\s|#[^\n]*)*", leftover):
        raise NotCompilable(f"{where}: {leftover.strip()[:40]!r} before the query (only PREFIX)")
    prefixes.update({p: ns for p, ns in PREFIX_DECL.findall(q.prologue)})
    return q, prefixes


def _variable(ctx: ShapeContext, name: str, value: str, bindings: dict, names: dict, where: str) -> str:
    """A variable of the validator's text as it appears in the compiled query."""
    if name == "this":
        return ctx.focus
    if name == "value":
        return value
    if name == "PATH":
        if ctx.path is None:
            raise NotCompilable(f"{where}: $PATH on a node shape")
        return ctx.path
    if name == "currentShape":
        return sparql_term(ctx.shape, where)
    if name == "shapesGraph":
        raise NotCompilable(f"{where}: $shapesGraph is not supported")
    if name in bindings:
        return bindings[name]
    return names.setdefault(name, ctx.fresh(name))


def _prefixed(t: str, prefixes: dict[str, str], where: str) -> str:
    """A prefixed name as a full IRI (a final '.' ends the triple, not the name)."""
    prefix, local = t.split(":", 1)
    trail = len(local) - len(local.rstrip("."))
    local = local[: len(local) - trail]
    if prefix not in prefixes:
        raise NotCompilable(f"{where}: undeclared prefix {prefix!r}")
    return f"<{prefixes[prefix]}{local}>" + "." * trail


def custom_checks(ctx: ShapeContext, components: list[Component]) -> None:
    """A check per custom component whose mandatory parameters the shape has."""
    g, focus, path = ctx.g, ctx.focus, ctx.path
    for comp in components:
        if not all((ctx.shape, p, None) in g for p, opt in comp.params if not opt):
            continue  # pyshacl: applies when every mandatory parameter is there
        where = f"shape {show(g, ctx.shape)}, component {show(g, comp.node)}"
        bindings = _bindings(ctx, comp, where)
        validator, ask = _validator(ctx, comp, where)
        q, prefixes = _parsed(ctx, validator, ask, where)
        # $value: each value node (pyshacl pre-binds it when the text names it);
        # on a node shape the value node is the focus.
        value = ctx.fresh("value") if path is not None else focus
        names: dict[str, str] = {}
        body = []
        for k, t in q.body:
            if k == "var":
                t = _variable(ctx, t[1:], value, bindings, names, where)
            elif k == "word" and ":" in t:
                t = _prefixed(t, prefixes, where)
            body.append(t)
        inner = "".join(body)
        uses_value = any(k == "var" and t[1:] == "value" for k, t in q.body)
        if ask:  # a result per value node for which the ASK is false
            head = f"{focus} {path} {value} . " if path is not None else ""
            ctx.add(comp.node, f"{head}FILTER NOT EXISTS {{ {inner} }}", None if path is not None else focus)
            continue
        extra = [p for p in q.projection if p not in ("this", "value", "path")]
        if extra:
            raise NotCompilable(f"{where}: the validator selects {extra} (only $this ?value ?path)")
        if path is None:
            head = ""
        elif uses_value:
            head = f"{focus} {path} {value} . "
        else:  # pyshacl runs the query only for a focus with value nodes
            head = f"FILTER EXISTS {{ {focus} {path} {ctx.fresh('any')} }} "
        if "value" in q.projection:
            value_var = value
        else:  # pyshacl: no sh:value on a property shape, the focus on a node shape
            value_var = None if path is not None else focus
        path_var = names.get("path") if "path" in q.projection else None
        first = head + inner if (uses_value and scannable(path)) else None  # the head binds $this
        ctx.add(comp.node, head + inner, value_var, path_var, first)
