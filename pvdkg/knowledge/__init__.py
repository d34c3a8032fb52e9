"""The knowledge: where it lives (layout), its one loader, its query files and its IRIs.

knowledge_root()            the root folder, checked (PVDKG_KNOWLEDGE or the shipped one)
real_root(root)             its real path, the key of per-root caches (resolved once)
load(root) -> ParsedKnowledge    every Turtle file parsed once: .ntriples/.quads for the
                            stores, .ontology_graph (rdflib) for validation and export
read_query, query_header, query_files   the files of queries/
update_requests                         a folder's updates as few requests
KnowledgeError              any of these could not read the knowledge (file: line N: ...)
"""

from .layout import (
    KnowledgeError,
    checked_root,
    examples_folder,
    knowledge_root,
    ontology_files,
    query_file,
    real_root,
    shapes_file,
    shipped_root,
)
from .loader import ParsedKnowledge, load
from .queries import query_files, query_header, read_query, update_requests

__all__ = [
    "ParsedKnowledge",
    "KnowledgeError",
    "checked_root",
    "examples_folder",
    "knowledge_root",
    "load",
    "ontology_files",
    "real_root",
    "query_file",
    "query_files",
    "update_requests",
    "query_header",
    "read_query",
    "shapes_file",
    "shipped_root",
]
