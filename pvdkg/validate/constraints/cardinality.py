"""sh:minCount and sh:maxCount: n pairwise distinct values of the path."""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SH
from rdflib.term import Node

from ..terms import NotCompilable, show
from .base import ShapeContext

#: sh:minCount n and sh:maxCount n-1 are compiled as n pairwise distinct values, n up to this.
MAX_DISTINCT = 6


def _distinct(ctx: ShapeContext, k: int) -> str:
    """A group pattern: the focus has k pairwise distinct values."""
    xs = [ctx.fresh("x") for _ in range(k)]
    triples = " ".join(f"{ctx.focus} {ctx.path} {x} ." for x in xs)
    pairs = [f"!sameTerm({a}, {b})" for i, a in enumerate(xs) for b in xs[i + 1 :]]
    return triples + (f" FILTER({' && '.join(pairs)})" if pairs else "")


def count(ctx: ShapeContext, pred: Node) -> None:
    """sh:minCount (a result without n distinct values) or sh:maxCount (with n+1)."""
    at_least = pred == SH.minCount
    comp = SH.MinCountConstraintComponent if at_least else SH.MaxCountConstraintComponent
    focus, path, val = ctx.focus, ctx.path, ctx.one(pred)
    if path is None:
        raise NotCompilable(f"{ctx.where}: {show(ctx.g, pred)} on a node shape")
    if not (isinstance(val, Literal) and isinstance(val.value, int)) or val.value < 0:
        raise NotCompilable(f"{ctx.where}: {show(ctx.g, pred)} is not a non-negative integer")
    k = val.value if at_least else val.value + 1
    if k > MAX_DISTINCT:
        raise NotCompilable(f"{ctx.where}: {show(ctx.g, pred)} {val.value} is too large to compile")
    # one predicate of the target node: the compiler may merge this count with its like
    single = focus == "?this" and re.fullmatch(r"<[^<>\s]+>", path) is not None
    if at_least and k > 0:
        top = f"MINUS {{ {focus} {path} {ctx.fresh('x')} }}" if k == 1 else None
        family = ("min", path, 1) if top and single else None
        ctx.add(comp, f"FILTER NOT EXISTS {{ {_distinct(ctx, k)} }}", top=top, family=family)
    elif not at_least:
        x = ctx.fresh("x")
        first = (
            (
                f"{{ SELECT {focus} WHERE {{ {focus} {path} {x} }} GROUP BY {focus} "
                f"HAVING (COUNT(DISTINCT {x}) > {val.value}) }}"
            )
            if ctx.scan
            else None
        )
        family = ("max", path, val.value) if first and single else None
        ctx.add(comp, f"FILTER EXISTS {{ {_distinct(ctx, k)} }}", first=first, family=family)
