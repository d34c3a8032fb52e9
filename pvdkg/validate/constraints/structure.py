"""Constraints on a node's shape: sh:closed, sh:node and sh:property."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from ..terms import NotCompilable, show, sparql_term
from .base import ShapeContext


def ignored_properties(ctx: ShapeContext, pred: Node) -> None:
    """sh:ignoredProperties only means something with sh:closed (see closed)."""
    if ctx.one(SH.closed) is None:
        raise NotCompilable(f"{ctx.where}: sh:ignoredProperties without sh:closed")


def closed(ctx: ShapeContext, pred: Node) -> None:
    """A result per triple of the value node whose predicate no property shape has a path for."""
    g, where, v = ctx.g, ctx.where, ctx.v
    value = ctx.one(pred)
    if not (isinstance(value, Literal) and value.value is True):
        return
    allowed = {
        pp for ps in g.objects(ctx.shape, SH.property) for pp in g.objects(ps, SH.path) if isinstance(pp, URIRef)
    }
    for lst in g.objects(ctx.shape, SH.ignoredProperties):
        for item in Collection(g, lst):
            if not isinstance(item, URIRef):
                raise NotCompilable(f"{where}: sh:ignoredProperties member {item.n3()}")
            allowed.add(item)
    p_var, o_var = ctx.fresh("p"), ctx.fresh("o")
    minus = ""
    if allowed:
        iris = " ".join(sparql_term(a, where) for a in sorted(allowed))
        minus = f" MINUS {{ VALUES {p_var} {{ {iris} }} }}"
    ctx.add(
        SH.ClosedConstraintComponent,
        f"{ctx.bind}{v} {p_var} {o_var} .{minus} FILTER(!(sameTerm({p_var}, <{RDF.type}>) && "
        f"sameTerm({o_var}, <{RDFS.Resource}>)))",
        o_var,
        p_var,
    )


def node(ctx: ShapeContext, pred: Node) -> None:
    """A result per value node that has any result for the nested shape."""
    for shape in sorted(ctx.g.objects(ctx.shape, pred), key=str):
        pattern = f"{ctx.bind}FILTER EXISTS {{ {ctx.compiler.violation_pattern(shape, ctx.v, ctx.stack)} }}"
        if ctx.path is not None:
            ctx.add_value(SH.NodeConstraintComponent, pattern, ctx.v)
        else:
            ctx.add(SH.NodeConstraintComponent, pattern, ctx.v)


def property_(ctx: ShapeContext, pred: Node) -> None:
    """The property shape's own results, its focus nodes the value nodes of this shape."""
    g, bind = ctx.g, ctx.bind
    for ps in sorted(g.objects(ctx.shape, pred), key=str):
        if (ps, SH.path, None) not in g:
            raise NotCompilable(f"{ctx.where}: sh:property {show(g, ps)} has no sh:path")
        for c in ctx.compiler.shape_checks(ps, ctx.v, ctx.stack):
            if ctx.path is not None:  # on a property shape: its value nodes are the foci
                c.first = bind + c.first if (ctx.scan and c.first) else None
                c.top = bind + (c.top or c.where)
                c.where = bind + c.where
            ctx.checks.append(c)
