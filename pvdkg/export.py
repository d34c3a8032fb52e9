"""The knowledge graph (or its mapping set) in the formats other tools read.

Why here and not in the CLI: the HTTP service and scripts export the same bytes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .knowledge import knowledge_root
from .validate import load_ontology_graph

EXPORT_FORMATS = (
    "turtle",
    "json-ld",
    "xml",
    "owx",
    "nt",
    "sssom-tsv",
    "sssom-rdf",
    "mappings-nt",
    "fhir-codesystem",
    "fhir-conceptmap",
)


class ExportError(Exception):
    """A format that needs an optional package that is not installed."""


def export(fmt: str) -> str:
    """The merged ontology and knowledge base (or the mapping set) as text in one of EXPORT_FORMATS."""
    root = knowledge_root()
    if fmt == "sssom-tsv":
        from .mappings import sssom_tsv

        return sssom_tsv(root)
    if fmt == "sssom-rdf":
        try:
            from .mappings import sssom_rdf

            return sssom_rdf(root)
        except ImportError:
            raise ExportError("--format sssom-rdf needs the sssom package: pip install 'pvdkg[sssom]'") from None
    if fmt == "mappings-nt":  # what queries/mappings/ read, for a store of one's own
        from .mappings import mapping_triples

        return mapping_triples(root).decode("utf-8")
    if fmt == "fhir-codesystem":
        from .fhir_terminology import code_system_json

        return code_system_json(root)
    if fmt == "fhir-conceptmap":
        from .fhir_terminology import concept_maps_json

        return concept_maps_json(root)
    if fmt == "json-ld":
        from .readers.rdf import shipped_context

        return load_ontology_graph(root).serialize(format="json-ld", context=shipped_context(), auto_compact=True)
    if fmt == "owx":
        return owl_xml(load_ontology_graph(root).serialize(format="xml"))
    return load_ontology_graph(root).serialize(format={"turtle": "turtle", "xml": "xml", "nt": "nt"}[fmt])


def owl_xml(rdf_xml: str) -> str:
    """OWL/XML (the syntax Protege and the OWL API write) converted by horned-owl."""
    try:
        import pyhornedowl
    except ImportError:
        raise ExportError("--format owx needs py-horned-owl: pip install 'pvdkg[owl]'") from None
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "kg.rdf", Path(tmp) / "kg.owx"
        src.write_text(rdf_xml, encoding="utf-8")
        pyhornedowl.open_ontology_from_file(str(src), "rdf").save_to_file(str(dst), "owx")
        return dst.read_text(encoding="utf-8")
