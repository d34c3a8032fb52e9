"""What a constraint function gets (ShapeContext) and gives (Check)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph
from rdflib.term import Node

from ..paths import scannable
from ..terms import NotCompilable, show


def one_value(g: Graph, shape: Node, p: Node) -> Node | None:
    """The single value of a shape parameter (NotCompilable for several)."""
    vals = list(g.objects(shape, p))
    if len(vals) > 1:
        raise NotCompilable(f"shape {show(g, shape)}: several {show(g, p)} values")
    return vals[0] if vals else None


@dataclass
class Check:
    """One constraint as a group pattern: a solution per result, the focus bound by the context."""

    shape: Node
    component: Node
    severity: Node
    where: str
    focus: str  # variable of sh:focusNode
    value: str | None = None  # variable of sh:value (None: no value)
    path: str | None = None  # constant sh:resultPath
    path_var: str | None = None  # variable of sh:resultPath (sh:closed, a validator's ?path)
    # Faster forms for a top-level query (oxigraph evaluates in the order written):
    first: str | None = None  # evaluated alone, then joined with the target (binds the focus)
    top: str | None = None  # after the target in its group (may use MINUS on the focus)
    # A count on one predicate of the focus, that one top-level query can make for several:
    # ("min", predicate, 1) for sh:minCount 1, ("max", predicate, n) for sh:maxCount n.
    family: tuple[str, str, int] | None = None


@dataclass
class ShapeContext:
    """One shape being compiled for a focus variable bound by the context.

    v is the variable of the value nodes (the focus itself on a node shape) and
    bind the triple pattern that binds it ('' on a node shape). compiler is the
    running compiler (fresh variables, nested shapes, regexes to test)."""

    compiler: Any
    shape: Node
    focus: str
    stack: tuple
    severity: Node
    path: str | None  # SPARQL path of sh:path (None: a node shape)
    pstr: str | None  # the path as Violation shows it
    v: str
    bind: str
    checks: list[Check] = field(default_factory=list)

    @property
    def g(self) -> Graph:
        return self.compiler.g

    @property
    def where(self) -> str:
        return f"shape {show(self.g, self.shape)}"

    @property
    def scan(self) -> bool:
        """Value checks can run on a scan of the path, the target joined after."""
        return scannable(self.path)

    def fresh(self, base: str) -> str:
        return self.compiler.fresh(base)

    def one(self, p: Node) -> Node | None:
        return one_value(self.g, self.shape, p)

    def add(self, component, pattern, value=None, path_var=None, first=None, top=None, family=None) -> None:
        self.checks.append(
            Check(
                self.shape,
                component,
                self.severity,
                pattern,
                self.focus,
                value,
                self.pstr,
                path_var,
                first,
                top,
                family,
            )
        )

    def add_value(self, component, pattern, value) -> None:
        """A check on each value node: `pattern` starts with the value binding."""
        self.add(component, pattern, value, first=pattern if self.scan else None)
