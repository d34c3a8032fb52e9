"""The case shapes compiled to SPARQL violation queries, for validity of batches of patients.

Why: pyshacl (pvdkg.validate.messages) is the reference. It explains a problem
in the case's own terms, but it costs about 18 ms a patient. The same shapes,
translated into SPARQL SELECT violation queries and run in one pyoxigraph
store over a batch of patients (hundreds or thousands at once), decide
validity for well under a millisecond a patient. A cohort checks its batches
here and runs pyshacl only on the patients flagged, for the messages.

shapes/case.ttl stays the single source. `compile_shapes` walks the shapes
graph with rdflib and knows nothing about fields: each constraint of each
shape becomes a group pattern (pvdkg.validate.constraints, one function per
constraint kind, dispatched by CONSTRAINTS) that has a solution exactly when
pyshacl would report a result for the focus node. What it does not support
raises `NotCompilable` naming the shape and the construct; nothing is skipped
silently. With fallback=True (the case shapes) such a shape is listed in
CompiledShapes.uncompiled instead, and its focus nodes are flagged as if they
had a violation, so pyshacl decides for them and the verdict stays right.

How the shapes become SPARQL (pyshacl 0.40 semantics, checked against pyshacl
by tests/test_shapecheck.py on every fixture and on a zoo of constructs):
- One SELECT per constraint of a targeted shape; the sh:minCount 1 and the
  sh:maxCount counts on single predicates of one shape's node share one SELECT
  per kind (a VALUES row per count: _merged). The target pattern binds
  ?this: sh:targetClass through rdf:type/rdfs:subClassOf* (the class hierarchy
  must be in the store), implicit class targets, sh:targetNode,
  sh:targetSubjectsOf, sh:targetObjectsOf. Property shapes bind their value
  nodes with the SPARQL form of sh:path (pvdkg.validate.paths).
- Each constraint is a group pattern with a solution per result (see the
  modules of pvdkg.validate.constraints for how each kind is translated and
  where rdflib and a store see different terms).
- Speed: oxigraph evaluates mostly in the order written, so a check on values
  scans the path first and joins the few rows left with the target; counts
  use GROUP BY or MINUS at the top level. The patient of a nested focus is
  looked up only for the results (CompiledShapes.root_query).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .constraints import cardinality, structure, value
from .constraints.base import Check, ShapeContext, one_value
from .constraints.sparql import custom_checks, custom_components
from .paths import INSTANCE, path_string, sparql_path
from .terms import VIOLATION, NotCompilable, Violation, ox_name, show, sparql_string, sparql_term, term_name

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_RDF_TYPE = ox.NamedNode(str(RDF.type))

#: The constraint kinds, by SHACL predicate, in the order their checks are made.
CONSTRAINTS = {
    SH.minCount: cardinality.count,
    SH.maxCount: cardinality.count,
    SH.datatype: value.datatype,
    SH.nodeKind: value.node_kind,
    SH["in"]: value.in_list,
    SH["class"]: value.class_,
    SH.hasValue: value.has_value,
    SH.pattern: value.pattern,
    **{p: value.value_range for p in value.RANGES},
    SH.ignoredProperties: structure.ignored_properties,
    SH.closed: structure.closed,
    SH.node: structure.node,
    SH.property: structure.property_,
}
#: sh: predicates of a shape the compiler translates, or that do not validate.
KNOWN = {
    *CONSTRAINTS,
    SH.path,
    *TARGETS,
    SH.flags,
    SH.deactivated,
    SH.severity,
    SH.message,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.defaultValue,
}
#: Components that report on value nodes only (one result per value node, or maxCount's
#: count of them): on a property shape whose sh:path is one predicate, a store with no
#: triple of that predicate gives them no result (CompiledShapes._run skips their query).
PER_VALUE = {
    SH.DatatypeConstraintComponent,
    SH.NodeKindConstraintComponent,
    SH.InConstraintComponent,
    SH.ClassConstraintComponent,
    SH.PatternConstraintComponent,
    SH.MinInclusiveConstraintComponent,
    SH.MaxInclusiveConstraintComponent,
    SH.MinExclusiveConstraintComponent,
    SH.MaxExclusiveConstraintComponent,
    SH.MaxCountConstraintComponent,
    SH.NodeConstraintComponent,
}
#: Component of the flags a shape the compiler could not translate gives its focus nodes.
NEEDS_PYSHACL = "urn:pvdkg:validate:needs-pyshacl"


class Compiler:
    """Compiles the shapes of one shapes graph; fresh variables are numbered across them."""

    def __init__(self, g: Graph):
        self.g = g
        self.n = 0
        self.regexes: list[tuple[str, str, str]] = []  # (pattern, flags, where) to test
        self.components = custom_components(g)

    def fresh(self, base: str) -> str:
        self.n += 1
        return f"?{base}_{self.n}"

    def shape_checks(self, shape: Node, focus: str, stack: tuple = ()) -> list[Check]:
        """The checks of one shape, for a focus variable bound by the context."""
        g = self.g
        where = f"shape {show(g, shape)}"
        if shape in stack:
            raise NotCompilable(f"{where}: recursive shapes")
        deact = one_value(g, shape, SH.deactivated)
        if isinstance(deact, Literal) and deact.value is True:
            return []
        for p in set(g.predicates(shape, None)):
            if isinstance(p, URIRef) and p.startswith(str(SH)) and p not in KNOWN:
                raise NotCompilable(f"{where}: {show(g, p)} is not supported")
        sev = one_value(g, shape, SH.severity) or SH.Violation
        path_node = one_value(g, shape, SH.path)
        if path_node is not None:
            path, pstr = sparql_path(g, path_node, shape), path_string(g, path_node)
            v = self.fresh("v")
            bind = f"{focus} {path} {v} . "  # the value nodes
        else:
            path = pstr = None
            v, bind = focus, ""  # a node shape's value node is the focus
        ctx = ShapeContext(self, shape, focus, stack + (shape,), sev, path, pstr, v, bind)
        for pred, constraint in CONSTRAINTS.items():
            if (shape, pred, None) in g:
                constraint(ctx, pred)
        custom_checks(ctx, self.components)
        return ctx.checks

    def violation_pattern(self, shape: Node, var: str, stack: tuple) -> str:
        """A group pattern with a solution iff the bound node has a result for the shape
        (of any severity: pyshacl's sh:node fails on any nested result)."""
        checks = self.shape_checks(shape, var, stack)
        if not checks:
            return "FILTER(false)"
        return " UNION ".join(f"{{ {c.where} }}" for c in checks)


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
    root: str  # "this": the target node is a root; "lookup": find it; "": no roots
    needs: ox.NamedNode | None = None  # no result unless a triple has this predicate (PER_VALUE)
    classes: tuple[str, ...] = ()  # the shape's targets when they are only classes (IRIs, as written)
    # a query made for several counts (_merged): the one each row is for is members[int(?member)]
    members: tuple[_Compiled, ...] = ()
    member: str | None = None


class CompiledShapes:
    """The SPARQL violation queries of a shapes graph (see compile_shapes).

    root_classes: target classes no property shape nests (the patient);
    links: the paths from a root to its nested nodes (sh:path of property shapes
    whose sh:class is another target class); uncompiled: shape id -> why it was
    not compiled (fallback=True), its focus nodes are flagged for pyshacl."""

    def __init__(
        self,
        shapes: Graph,
        compiled: list[_Compiled],
        root_classes: list[URIRef],
        links: list[str],
        fallback: Iterable[_Compiled] = (),
        uncompiled: dict[str, str] | None = None,
    ):
        self.shapes = shapes
        self._compiled = compiled
        self._fallback = list(fallback)
        self.uncompiled = uncompiled or {}
        self.root_classes = root_classes
        self.links = links
        self.hierarchy_nt = b""  # set by compiled_case_shapes
        alts = "|".join(links) if links else f"!<{RDF.type}>"
        classes = " ".join(f"<{c}>" for c in root_classes)
        #: the root focus nodes (patients) of nodes ?this: those that reach them through the
        #: links (VALUES first: oxigraph then walks the links back from each node)
        self.root_query = (
            f"SELECT DISTINCT ?this ?root WHERE {{ VALUES ?this {{ {{nodes}} }} "
            f"?root ({alts})* ?this . ?root {INSTANCE} ?rootclass . "
            f"VALUES ?rootclass {{ {classes} }} }}"
        )

    def roots_of(self, store: ox.Store, nodes: Iterable) -> dict:
        """pyoxigraph node -> the root IRIs (patients) that reach it."""
        out: dict = {}
        iris = [n for n in nodes if isinstance(n, ox.NamedNode)]
        others = [n for n in nodes if not isinstance(n, ox.NamedNode)]
        queries = []
        if iris:
            queries.append((self.root_query.replace("{nodes}", " ".join(str(n) for n in iris)), None))
        for n in others:  # a blank node cannot be written in a query: substitute it
            queries.append((self.root_query.replace("VALUES ?this { {nodes} } ", ""), {ox.Variable("this"): n}))
        for text, subst in queries:
            for row in store.query(text, substitutions=subst):
                out.setdefault(row["this"], []).append(ox_name(row["root"]))
        return out

    @property
    def queries(self) -> list[tuple[str, str]]:
        """(shape id, SPARQL text): the SELECT of each constraint of a targeted shape (a merged
        count's shape with the query it shares)."""
        return [(term_name(m.shape), q.text) for q in self._compiled for m in q.members or (q,)]

    def violations(self, store: ox.Store) -> list[Violation]:
        """The results pyshacl reports at the top level (nested sh:detail left out) for
        the nodes in the store, which must hold the class hierarchy too. Range results
        on values of the wrong datatype are kept (a caller comparing with pyshacl drops them)."""
        return self._run(store, self._compiled)

    def needs_pyshacl(self, store: ox.Store) -> list[Violation]:
        """The focus nodes of the shapes that were not compiled (component NEEDS_PYSHACL):
        only pyshacl can tell whether they conform."""
        return self._run(store, self._fallback)

    def _run(self, store: ox.Store, compiled: list[_Compiled]) -> list[Violation]:
        out, lookup = [], {}
        present = _instantiated(store, {c for q in compiled for c in q.classes})
        for q in compiled:
            if q.needs is not None and next(store.quads_for_pattern(None, q.needs, None), None) is None:
                continue  # no value node anywhere: a query of about 0.1 ms saved
            if q.classes and present.isdisjoint(q.classes):
                continue  # no focus node: no instance of a target class (nor of a subclass)
            for row in store.query(q.text):
                this = row["this"]
                m = q.members[int(row[q.member[1:]].value)] if q.members else q
                fv, vv, pv = m.focus[1:], m.value[1:] if m.value else None, m.path_var[1:] if m.path_var else None
                out.append(
                    Violation(
                        ox_name(row[fv]),
                        ox_name(row[pv]) if pv else m.path,
                        str(m.component),
                        term_name(m.shape),
                        ox_name(row[vv]) if vv else None,
                        str(m.severity),
                        ox_name(this) if q.root == "this" else None,
                    )
                )
                if q.root == "lookup":
                    lookup.setdefault(len(out) - 1, this)
        if lookup:
            roots = self.roots_of(store, set(lookup.values()))
            expanded = []
            for i, v in enumerate(out):
                if i in lookup and roots.get(lookup[i]):
                    expanded += [
                        Violation(v.focus, v.path, v.component, v.shape, v.value, v.severity, r)
                        for r in sorted(roots[lookup[i]])
                    ]
                else:
                    expanded.append(v)
            out = expanded
        return out

    def invalid_focus_nodes(self, store: ox.Store) -> set[str]:
        """Focus nodes with at least one result of severity sh:Violation."""
        return {v.focus for v in self.violations(store) if v.severity == VIOLATION}

    def invalid_roots(self, store: ox.Store) -> set[str]:
        """Root focus nodes (patients) with a violation on themselves or on a nested
        node they reach through the links, or a focus node of a shape that was not
        compiled; a focus no root reaches is given as is."""
        found = self.violations(store) + self.needs_pyshacl(store)
        return {v.root or v.focus for v in found if v.severity == VIOLATION}


def _instantiated(store: ox.Store, classes: set[str]) -> set[str]:
    """The classes (IRIs, as written in the queries) that have an instance in the store, through
    rdfs:subClassOf* as the target patterns read them. A direct instance is a lookup; only a
    class without one is asked for through its subclasses (a batch without procedure records
    or measurements then skips a fifth of the queries; a big batch asks nothing)."""
    present = set()
    for c in classes:
        node = ox.NamedNode(c[1:-1])
        if next(store.quads_for_pattern(None, _RDF_TYPE, node), None) is not None or store.query(
            f"ASK {{ ?x {INSTANCE} {c} }}"
        ):
            present.add(c)
    return present


def _targeted(g: Graph) -> dict[Node, tuple[list, list]]:
    """Shape -> (its target classes, its other targets as (predicate, object))."""
    class_like = {RDFS.Class} | set(g.subjects(RDFS.subClassOf, RDFS.Class))
    shape_nodes = (
        set(g.subjects(RDF.type, SH.NodeShape))
        | set(g.subjects(RDF.type, SH.PropertyShape))
        | {s for p in (*TARGETS, SH.property, SH.node) for s in g.subjects(p, None)}
    )
    targeted: dict[Node, tuple[list, list]] = {}
    for s in sorted(shape_nodes, key=str):
        classes = list(g.objects(s, SH.targetClass))
        if any(t in class_like for t in g.objects(s, RDF.type)):
            classes.append(s)  # implicit class target
        others = [(p, o) for p in TARGETS[1:] for o in g.objects(s, p)]
        if classes or others:
            targeted[s] = (classes, others)
    return targeted


def _roots_and_links(g: Graph, targeted: dict) -> tuple[list[URIRef], list[str]]:
    """The root classes (targets no property shape of a targeted shape nests) and the links."""
    target_classes = {c for cl, _ in targeted.values() for c in cl}
    links, nested = set(), set()
    for ps in {ps for s in targeted for ps in g.objects(s, SH.property)}:
        pp = g.value(ps, SH.path)
        for cls in g.objects(ps, SH["class"]):
            if cls in target_classes and pp is not None:
                nested.add(cls)
                links.add(sparql_path(g, pp, ps))
    roots = sorted((c for c in target_classes if c not in nested and isinstance(c, URIRef)), key=str)
    return roots, sorted(links)


def _target_pattern(g: Graph, s: Node, classes: list, others: list) -> str:
    """A group pattern binding ?this to each focus node of the shape's targets."""
    where = f"shape {show(g, s)}"
    parts = [f"?this {INSTANCE} {sparql_term(c, where)} ." for c in classes]
    for p, o in others:
        t = sparql_term(o, where)
        if p == SH.targetNode:
            parts.append(f"VALUES ?this {{ {t} }}")
        elif p == SH.targetSubjectsOf:
            parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ ?this {t} [] }} }}")
        else:
            parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ [] {t} ?this }} }}")
    return parts[0] if len(parts) == 1 else " UNION ".join(f"{{ {p} }}" for p in parts)


def _shape_queries(
    comp: Compiler, s: Node, target: str, root_mode: str, probe: ox.Store, classes: tuple[str, ...] = ()
) -> list[_Compiled]:
    """The queries of one targeted shape, each checked to run in pyoxigraph (and each
    regex of its sh:pattern to compile there). classes: the shape's target classes as SPARQL
    IRIs when it has no other target (its queries are skipped in a store without instances)."""
    start = len(comp.regexes)
    compiled = []
    checks = comp.shape_checks(s, "?this")
    kinds = Counter(c.family[0] for c in checks if c.family)
    families: dict[str, list[tuple[Check, _Compiled]]] = {kind: [] for kind, n in kinds.items() if n > 1}
    for c in checks:
        select = " ".join(dict.fromkeys(x for x in ("?this", c.focus, c.value, c.path_var) if x))
        if c.first:
            body = f"{{ {c.first} }}\n  {target}"
        else:
            body = f"{target}\n  {c.top or c.where}"
        text = f"SELECT DISTINCT {select} WHERE {{\n  {body}\n}}"
        path = one_value(comp.g, c.shape, SH.path)
        needs = ox.NamedNode(str(path)) if isinstance(path, URIRef) and c.component in PER_VALUE else None
        q = _Compiled(
            c.shape, c.component, c.severity, text, c.focus, c.value, c.path, c.path_var, root_mode, needs, classes
        )
        if c.family and c.family[0] in families:
            families[c.family[0]].append((c, q))
        else:
            compiled.append(q)
    compiled += [_merged(comp, kind, family, target) for kind, family in families.items()]
    for q in compiled:
        try:
            list(probe.query(q.text))
        except Exception as e:  # pyoxigraph raises SyntaxError, OSError, ...
            raise NotCompilable(
                f"shape {show(comp.g, q.shape)}: the compiled query does not run ({e}):\n{q.text}"
            ) from None
    for rx, fl, where in comp.regexes[start:]:
        args = sparql_string(rx) + (f", {sparql_string(fl)}" if fl else "")
        row = next(iter(probe.query(f'SELECT (REGEX("", {args}) AS ?r) {{}}')))
        if row["r"] is None:
            raise NotCompilable(f"{where}: sh:pattern {rx!r} is not a regex pyoxigraph can run")
    return compiled


def _merged(comp: Compiler, kind: str, family: list[tuple[Check, _Compiled]], target: str) -> _Compiled:
    """One query for the counts of one kind ("min": sh:minCount 1, "max": sh:maxCount n) on single
    predicates of the target node: a VALUES row per count, its index in ?member. Why: each of
    these queries costs about 0.1 ms, mostly to parse and plan; 12 maxCounts in one take 0.3
    ms instead of 1.3. Semantics are the members' own forms (Check.where for "min", Check.first
    for "max") with the predicate (and n) taken from the row."""
    member, p, x, n = (comp.fresh(b) for b in ("member", "p", "x", "n"))
    rows = " ".join(f"({i} {c.family[1]} {c.family[2]})" for i, (c, _) in enumerate(family))
    values = f"VALUES ({member} {p} {n}) {{ {rows} }}"
    if kind == "min":  # the target nodes without a value (FILTER NOT EXISTS: ?p is bound in it,
        # a MINUS would read every triple of the store, ?p unbound on its side)
        body = f"{target}\n  {values} FILTER NOT EXISTS {{ ?this {p} {x} }}"
    else:  # like Check.first: the focus nodes with more than n values, then the target
        body = (
            f"{{ {{ SELECT ?this {member} WHERE {{ {values} ?this {p} {x} }} "
            f"GROUP BY ?this {member} {n} HAVING (COUNT(DISTINCT {x}) > {n}) }} }}\n  {target}"
        )
    first = family[0][1]
    return dataclasses.replace(
        first,
        text=f"SELECT DISTINCT ?this {member} WHERE {{\n  {body}\n}}",
        needs=None,
        members=tuple(q for _, q in family),
        member=member,
    )


def _flag_all(shapes: Graph, why: str) -> CompiledShapes:
    """Fallback for shapes nothing of which compiles: every subject goes to pyshacl."""
    every = _Compiled(
        URIRef(NEEDS_PYSHACL),
        URIRef(NEEDS_PYSHACL),
        SH.Violation,
        "SELECT DISTINCT ?this WHERE { ?this ?p ?o }",
        "?this",
        None,
        None,
        None,
        "",
    )
    return CompiledShapes(shapes, [], [], [], [every], {"*": why})


def compile_shapes(shapes: Graph, fallback: bool = False) -> CompiledShapes:
    """Translate every targeted shape of an rdflib shapes graph into SPARQL violation queries.

    Raises NotCompilable for anything it does not translate exactly. With
    fallback, a targeted shape that does not translate is listed in
    `uncompiled` and its focus nodes are flagged for pyshacl instead (every
    node, when what fails is not one shape)."""
    g = shapes
    try:
        for p in (SH.target, SH.rule, SH.entailment):
            for s in g.subjects(p, None):
                raise NotCompilable(f"{show(g, s)}: {show(g, p)} is not supported")
        comp = Compiler(g)
        targeted = _targeted(g)
        roots, links = _roots_and_links(g, targeted)
    except NotCompilable as e:
        if not fallback:
            raise
        return _flag_all(shapes, str(e))

    compiled, flagged, uncompiled = [], [], {}
    probe = ox.Store()
    for s, (classes, others) in sorted(targeted.items(), key=lambda kv: str(kv[0])):
        root_mode = (
            "this" if (classes and not others and all(c in roots for c in classes)) else ("lookup" if roots else "")
        )
        try:
            target = _target_pattern(g, s, classes, others)
            only_iris = not others and all(isinstance(c, URIRef) for c in classes)
            only_classes = tuple(sparql_term(c, f"shape {show(g, s)}") for c in classes) if only_iris else ()
            compiled += _shape_queries(comp, s, target, root_mode, probe, only_classes)
        except NotCompilable as e:
            if not fallback:
                raise
            uncompiled[term_name(s)] = str(e)
            try:
                text = f"SELECT DISTINCT ?this WHERE {{\n  {_target_pattern(g, s, classes, others)}\n}}"
            except NotCompilable:
                return _flag_all(shapes, str(e))
            flagged.append(
                _Compiled(s, URIRef(NEEDS_PYSHACL), SH.Violation, text, "?this", None, None, None, root_mode)
            )
    return CompiledShapes(shapes, compiled, roots, links, flagged, uncompiled)


# ---------------------------------------------------------------- the case shapes


@lru_cache(maxsize=4)
def _compiled_case_shapes(root: Path) -> CompiledShapes:
    from pvdkg.knowledge import knowledge_root
    from pvdkg.readers import case_schema, load_shapes

    from .ontology import load_ontology_graph

    schema = case_schema(load_ontology_graph(root))
    # The same shapes graph object pyshacl gets in validate_case, so blank-node shape ids agree.
    shapes = schema.shapes if root == knowledge_root() else load_shapes(root)
    compiled = compile_shapes(shapes, fallback=True)
    compiled.hierarchy_nt = schema.hierarchy.serialize(format="nt", encoding="utf-8")
    return compiled


def compiled_case_shapes(root: Path | None = None) -> CompiledShapes:
    """shapes/case.ttl compiled once per knowledge root (a shape it cannot translate
    is left to pyshacl), with the ontology's class hierarchy as N-Triples
    (hierarchy_nt) for the stores it runs on."""
    from pvdkg.knowledge import knowledge_root

    return _compiled_case_shapes(Path(root) if root is not None else knowledge_root())
