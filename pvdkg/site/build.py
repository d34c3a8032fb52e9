"""Builds the site: reads the knowledge, fills the Jinja2 templates, writes the files."""

from __future__ import annotations

import html
import json
import re
import time
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from rdflib import URIRef
from rdflib.namespace import OWL

from ..knowledge import knowledge_root
from ..knowledge import load as load_knowledge
from ..knowledge.namespace import GRAPH, KB, ONTOLOGY, PATIENT, SHAPES
from ..mappings import load_mappings, load_metadata
from . import expressions as ex
from . import model, reference
from .report import SiteError, SiteReport

#: The formats the project documents in docs/ (its own words), rendered into the site.
FORMAT_PAGES = (("case-format", "Case format"), ("result-format", "Result format"))

#: What each of pvdkg's own namespaces (pvdkg.knowledge.namespace) names.
OWN_NAMESPACES = (
    (ONTOLOGY, "classes, properties and values of the ontology (ontology/*.ttl)"),
    (KB, "statements, their populations, citations and sources (ontology/kb/)"),
    (PATIENT, "patients: a case's id is the local name"),
    (SHAPES, "SHACL shapes (shapes/)"),
    (GRAPH, "named graphs of a triple store (knowledge versions, patients)"),
)


def build_site(out: Path, root: Path | None = None) -> SiteReport:
    """Write the site into `out` (created if missing; files of the same names are replaced)."""
    started = time.monotonic()
    root = root or knowledge_root()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SiteError(f"cannot write {out}: {exc.strerror or exc}") from None
    graph = load_knowledge(root).ontology_graph
    statements = model.statements(graph, model.named_tests(root / "tests" / "rules"))
    uses: dict = {}
    for s in statements:
        for a in s["actions"]:
            uses.setdefault(a["intervention"], []).append((s["id"], a["status"]))
    interventions = model.interventions(graph, uses)
    svg = reference.hierarchy_svg(interventions)  # first: a missing dot program fails fast
    reference_html, anchors = reference.pylode_html(reference.ontology_graph(root))

    site = _Site(out, graph, anchors, {s["id"] for s in statements}, {i["iri"] for i in interventions})
    report = SiteReport(out)
    version = next((str(v) for v in graph.objects(None, OWL.versionInfo)), "")
    common = {"version": version, "statements": statements, "formats": FORMAT_PAGES}
    site.write("ontology.html", reference_html)
    site.write("interventions.svg", svg)
    pages = [
        ("index.html", "index.html", {"title": "pvdkg documentation"}),
        (
            "interventions.html",
            "interventions.html",
            {"title": "Intervention hierarchy", "items": interventions, "svg": Markup(reference.inline_svg(svg))},
        ),
        ("shapes.html", "shapes.html", {"title": "SHACL shapes", "files": reference.shapes(root)}),
        ("mappings.html", "mappings.html", {"title": "Vocabulary mappings (SSSOM)", **_mappings(root)}),
        ("namespaces.html", "namespaces.html", {"title": "Namespaces", "rows": _namespaces(root, graph)}),
    ]
    for stem, title in FORMAT_PAGES:
        pages.append((f"{stem}.html", "format.html", {"title": title, "body": _markdown(_doc(root, stem))}))
    for s in statements:
        pages.append((f"{s['id']}.html", "statement.html", {"title": s["label"], "s": s}))
    for name, template, context in pages:
        site.write(name, site.render(template, {**common, **context, "page": name}))
    site.write("site.css", (files("pvdkg.site") / "static" / "site.css").read_text(encoding="utf-8"))
    report.pages = sorted(site.written)
    report.seconds = time.monotonic() - started
    return report


class _Site:
    """The output folder and the helpers templates use to name and link terms."""

    def __init__(self, out: Path, graph, anchors: dict[str, str], statement_ids: set[str], interventions: set):
        self.out, self.graph, self.anchors = out, graph, anchors
        self.statement_ids, self.interventions = statement_ids, interventions
        self.written: list[str] = []
        self.env = Environment(loader=PackageLoader("pvdkg.site", "templates"), autoescape=select_autoescape())
        self.env.globals.update(
            term=self.term,
            expr=self.expr,
            intervention=self.intervention,
            statement=self.statement,
            words=self.words,
            slug=_slug,
            is_statement=statement_ids.__contains__,
        )

    def write(self, name: str, text: str) -> None:
        try:
            (self.out / name).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise SiteError(f"cannot write {self.out / name}: {exc.strerror or exc}") from None
        self.written.append(name)

    def render(self, template: str, context: dict) -> str:
        return self.env.get_template(template).render(**context)

    def qname(self, iri) -> str:
        return reference.qname(self.graph, iri)

    def term(self, iri, local: dict | None = None) -> Markup:
        """A class or property by its prefixed name, linked to the ontology reference, to its
        definition on this page (`local`), or to its intervention row."""
        if iri is None:
            return Markup("<em>none</em>")
        name = html.escape(self.qname(iri))
        if iri in self.interventions:
            return self.intervention(iri)
        if local and iri in local["iris"]:
            return Markup(f'<a href="#{_slug(iri, local["key"])}"><code>{name}</code></a>')
        fid = self.anchors.get(str(iri))
        if fid:
            return Markup(f'<a href="ontology.html#{html.escape(fid)}"><code>{name}</code></a>')
        return Markup(f"<code>{name}</code>")

    def intervention(self, iri) -> Markup:
        notation = html.escape(model.notation(self.graph, iri))
        return Markup(f'<a href="interventions.html#{notation}"><code>{notation}</code></a>')

    def statement(self, sid: str) -> Markup:
        text = html.escape(sid)
        return Markup(f'<a href="{text}.html">{text}</a>') if sid in self.statement_ids else Markup(text)

    def expr(self, part, local: dict | None = None) -> Markup:
        if part is None:
            return Markup("")
        return Markup(ex.manchester(part, lambda iri: str(self.term(iri, local))))

    def words(self, part) -> str:
        return ex.words(self.graph, part) if part is not None else ""


def _slug(iri, key: str) -> str:
    """The anchor of a class defined in one population block (`key`) of a statement page."""
    return f"{key}-" + re.sub(r"[^A-Za-z0-9_-]", "-", ex.local_name(URIRef(iri)))


def _doc(root: Path, stem: str) -> str:
    """docs/<stem>.md of the knowledge root, else of this installation (checkout or wheel)."""
    for folder in (root / "docs", Path(__file__).resolve().parents[2] / "docs"):
        path = folder / f"{stem}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise SiteError(f"docs/{stem}.md is missing from {root} and from this installation")


def _markdown(text: str) -> Markup:
    try:
        import markdown
    except ImportError:
        raise SiteError("pvdkg docs needs the markdown package: pip install markdown") from None
    body = markdown.markdown(text, extensions=["tables", "fenced_code", "toc"])
    for stem, _ in FORMAT_PAGES:  # links between the two documents stay inside the site
        body = body.replace(f'href="{stem}.md', f'href="{stem}.html')
    return Markup(body)


def _mappings(root: Path) -> dict:
    meta = load_metadata(root)
    curie_map = meta.get("curie_map", {})
    rows = []
    for row in load_mappings(root, check=False):
        prefix, _, local = row.get("object_id", "").partition(":")
        rows.append({**row, "object_url": curie_map[prefix] + local if prefix in curie_map else None})
    return {"meta": meta, "rows": rows}


def _namespaces(root: Path, graph) -> list[dict]:
    """pvdkg's own namespaces, then every prefix its files declare (Turtle, JSON-LD context, SSSOM)."""
    declared: dict[tuple[str, str], list[str]] = {}
    for prefix, iri in load_knowledge(root).prefixes:
        declared.setdefault((prefix, iri), []).append("ontology/*.ttl")
    for shapes_file in reference.shapes(root):
        for prefix, iri in shapes_file["prefixes"]:
            declared.setdefault((prefix, iri), []).append(shapes_file["file"])
    context = root / "ontology" / "context.jsonld"
    if context.is_file():
        for prefix, iri in json.loads(context.read_text(encoding="utf-8")).get("@context", {}).items():
            if isinstance(iri, str):
                declared.setdefault((prefix, iri), []).append("ontology/context.jsonld")
    mapped = "ontology/mappings/pvdkg.sssom.yml"
    for prefix, iri in load_metadata(root).get("curie_map", {}).items():
        declared.setdefault((prefix, iri), []).append(mapped)
    roles = {str(ns): role for ns, role in OWN_NAMESPACES}
    rows = [
        {
            "prefix": prefix,
            "iri": iri,
            "where": sorted(set(where)),
            "role": roles.get(iri, "a vocabulary the mappings point to" if set(where) == {mapped} else ""),
        }
        for (prefix, iri), where in declared.items()
    ]
    for ns, role in OWN_NAMESPACES:
        if not any(r["iri"] == str(ns) for r in rows):
            rows.append({"prefix": "", "iri": str(ns), "where": ["pvdkg/knowledge/namespace.py"], "role": role})
    own = set(roles)
    return sorted(rows, key=lambda r: (r["iri"] not in own, r["role"] == "", r["prefix"].lower(), r["iri"]))
