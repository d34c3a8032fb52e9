"""The generated parts of the site that come from other tools: the ontology reference
(pyLODE), the intervention hierarchy (Graphviz) and the SHACL shapes.

Why pyLODE gets its own copy of the graph: it renders an owl:unionOf nested in an
owl:intersectionOf (CLTIPendingTrue) with a Python error, so such a definition is given
to it as a note in Manchester syntax instead; the knowledge itself is not touched.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, SKOS

from . import expressions as ex
from .report import SiteError


def ontology_graph(root: Path) -> Graph:
    """The ontology files (ontology/*.ttl, not the knowledge base in kb/) as pyLODE can draw them."""
    graph = Graph()
    for path in sorted((root / "ontology").glob("*.ttl")):
        graph.parse(path, format="turtle")
    for cls, expr in list(graph.subject_objects(OWL.equivalentClass)):
        if isinstance(expr, BNode) and _nested(graph, expr):
            text = ex.manchester(ex.parse(graph, expr), lambda iri: qname(graph, iri))
            graph.remove((cls, OWL.equivalentClass, expr))
            graph.add((cls, SKOS.note, Literal(f"Equivalent to (Manchester syntax): {text}")))
    return graph


def _nested(graph: Graph, expr) -> bool:
    for p in (OWL.unionOf, OWL.intersectionOf):
        for members in graph.objects(expr, p):
            if any(isinstance(m, BNode) for m in Collection(graph, members)):
                return True
    return False


def qname(graph: Graph, iri: URIRef) -> str:
    try:
        return graph.namespace_manager.normalizeUri(iri)
    except ValueError:
        return str(iri)


def pylode_html(graph: Graph) -> tuple[str, dict[str, str]]:
    """pyLODE's OntPub page of the ontology, and the anchor of each IRI it documents."""
    root_logger = logging.getLogger()
    guard = logging.NullHandler()  # pyLODE calls logging.basicConfig(DEBUG) on import: keep ours
    root_logger.addHandler(guard)
    try:
        from pylode import OntPub
    except ImportError:
        raise SiteError("pvdkg docs needs pyLODE: pip install pylode") from None
    finally:
        root_logger.removeHandler(guard)
    doc = OntPub(ontology=graph)
    html = doc.make_html()
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    return html, {str(iri): fid for iri, fid in doc.fids.items() if fid in ids}


def hierarchy_svg(items: list[dict]) -> str:
    """The intervention hierarchy (rdfs:subClassOf) as SVG, each node linking to its row."""
    try:
        import graphviz
    except ImportError:
        raise SiteError("pvdkg docs needs the graphviz package: pip install graphviz") from None
    dot = graphviz.Digraph("interventions", graph_attr={"rankdir": "LR", "fontname": "Helvetica"})
    dot.attr("node", shape="box", style="rounded,filled", fillcolor="#eef3f8", fontname="Helvetica", fontsize="11")
    for item in items:
        dot.node(
            item["notation"], item["notation"], URL=f"interventions.html#{item['notation']}", tooltip=item["label"]
        )
        for parent in item["parents"]:
            dot.edge(parent, item["notation"])
    try:
        svg = dot.pipe(format="svg", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        raise SiteError(
            "pvdkg docs draws the intervention hierarchy with Graphviz's dot program, which is not "
            "installed: apt-get install graphviz (Debian, Ubuntu), brew install graphviz (macOS)"
        ) from None
    return svg


def inline_svg(svg: str) -> str:
    """The <svg> element alone (no XML prolog or DOCTYPE), to put inside an HTML page."""
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


SH = "http://www.w3.org/ns/shacl#"


def shapes(root: Path) -> list[dict]:
    """Each file of shapes/: its named shapes, each as a nested list of (property, value)."""
    out = []
    for path in sorted((root / "shapes").glob("*.ttl")):
        graph = Graph(bind_namespaces="none")
        graph.parse(path, format="turtle")
        comment = _leading_comment(path)
        named = sorted(
            {
                s
                for s in graph.subjects()
                if isinstance(s, URIRef) and any(str(p).startswith(SH) for p in graph.predicates(s))
            }
        )
        out.append(
            {
                "file": f"shapes/{path.name}",
                "comment": comment,
                "shapes": [{"iri": s, "name": qname(graph, s), "rows": _rows(graph, s, 0)} for s in named],
                "prefixes": sorted((p, str(n)) for p, n in graph.namespaces() if p),
            }
        )
    return out


def _rows(graph: Graph, node, depth: int) -> list[dict]:
    rows = []
    for p, o in sorted(graph.predicate_objects(node), key=lambda t: (t[0] != RDF.type, str(t[0]))):
        rows.append({"property": qname(graph, p), "value": _value(graph, o, depth)})
    return rows


def _value(graph: Graph, o, depth: int):
    """A value: text, a list of values (an RDF list), or rows (a blank node), never deeper than 6."""
    if isinstance(o, BNode) and depth < 6:
        if (o, RDF.first, None) in graph:
            return {"list": [_value(graph, m, depth + 1) for m in Collection(graph, o)]}
        return {"rows": _rows(graph, o, depth + 1)}
    if isinstance(o, URIRef):
        return {"text": qname(graph, o)}
    return {"text": str(o), "long": isinstance(o, Literal) and "\n" in str(o)}


def _leading_comment(path: Path) -> str:
    """The file's comment block before its first statement (after the @prefix lines)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            lines.append(line.lstrip("# "))
        elif line.startswith("@prefix") or not line.strip():
            if lines and not line.strip():
                lines.append("")
            continue
        else:
            break
    return "\n".join(lines).strip()
