"""`pvdkg map` answers what a user types: a CURIE, a pvdkg term, a case value, a label or a bare code.

Why a module of its own: the words come from the knowledge (rdfs:label and
skos:notation of the pvdkg terms, object_label of the mapping rows), so a
guideline author who adds a term or a row makes it findable without code; and
the CLI, the HTTP service and scripts answer the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rdflib import RDFS, URIRef
from rdflib.namespace import SKOS

from . import codes
from .knowledge import load as load_knowledge
from .knowledge import real_root
from .mappings import PVDKG, code_rows, load_mappings, normalize_curie, prefix_index


def lookup(query: str, root: Path | None = None) -> dict:
    """What a query names and its mapping rows: {"query", "matches", "rows", "notes"}, and
    "error" when there is no row. Each match says how it matched (CURIE or IRI, pvdkg term,
    case value, rdfs:label, object_label, code); each row has 'matched' and 'via'."""
    root = real_root(root)
    text = query.strip()
    matches: list[dict] = []
    found: dict[tuple[str, str, str], dict] = {}
    reasons: list[str] = []
    notes: list[str] = []

    def take(curie: str, by: str) -> None:
        rows, why = code_rows(curie, root)
        subject = rows[0]["subject_id"] if rows and rows[0]["matched"] == "subject" else None
        matches.append({"id": subject or normalize_curie(curie, root), "by": by})
        for r in rows:
            found.setdefault((r["subject_id"], r["predicate_id"], r["object_id"]), r)
        vias = [r["via"].split(":", 1)[1] for r in rows if r["via"]]
        if vias:  # 'E11.9: via E11, E08-E13'
            notes.append(f"{normalize_curie(curie, root).split(':', 1)[1]}: via {', '.join(dict.fromkeys(vias))}")
        if why:
            reasons.append(why)

    if not text:
        return {"query": query, "matches": [], "rows": [], "notes": [], "error": "an empty query"}
    if _is_curie_or_iri(text, root):
        take(text, "CURIE or IRI")
    else:
        terms = _terms(root)
        for how, index in (
            ("pvdkg term", terms[0]),
            ("case value (skos:notation)", terms[1]),
            ("rdfs:label", terms[2]),
        ):
            for name in index.get(text.lower(), ()):
                if not any(m["id"] == f"pvdkg:{name}" for m in matches):
                    take(f"pvdkg:{name}", how)
        for curie in _objects_labelled(text, root):
            take(curie, "object_label")
        coded = _objects_coded(text, root)
        for curie in coded:
            take(curie, "code")
        if not matches and not coded and re.match(r"^[A-Za-z]\d[0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$", text):
            # shaped like an ICD-10 code: through the codes above it, or why it is no code
            take(f"icd10cm:{codes.icd10_dotted(text)}", "ICD-10-CM code")
    rows = list(found.values())
    answer = {"query": query, "matches": matches, "rows": rows, "notes": notes}
    if not rows:
        answer["error"] = "; ".join(dict.fromkeys(reasons)) or f"{text} names no pvdkg term, label or code"
    return answer


def _is_curie_or_iri(text: str, root: Path) -> bool:
    if re.match(r"^https?://", text):
        return True
    prefix = text.split(":", 1)[0].lower() if ":" in text else None
    return prefix is not None and (prefix == "pvdkg" or prefix in prefix_index(root))


@lru_cache(maxsize=8)
def _terms(root: Path) -> tuple[dict[str, tuple[str, ...]], ...]:
    """Lower-cased local name, skos:notation and rdfs:label -> the pvdkg terms (local names)."""
    g = load_knowledge(root).ontology_graph
    names: dict[str, set[str]] = {}
    notations: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    for s in set(g.subjects()):
        if not (isinstance(s, URIRef) and str(s).startswith(PVDKG)):
            continue
        local = str(s)[len(PVDKG) :]
        names.setdefault(local.lower(), set()).add(local)
        for index, prop in ((notations, SKOS.notation), (labels, RDFS.label)):
            for o in g.objects(s, prop):
                index.setdefault(str(o).strip().lower(), set()).add(local)
    return tuple({k: tuple(sorted(v)) for k, v in d.items()} for d in (names, notations, labels))


def _objects_labelled(text: str, root: Path) -> list[str]:
    """The targets whose object_label is the text, in any case."""
    wanted = text.lower()
    return list(dict.fromkeys(r["object_id"] for r in load_mappings(root) if r["object_label"].lower() == wanted))


def _objects_coded(text: str, root: Path) -> list[str]:
    """The targets whose code (the CURIE's local part) is the text: 63491006, Z99.2, z992."""
    out = []
    for r in load_mappings(root):
        prefix, code = r["object_id"].split(":", 1)
        if normalize_curie(f"{prefix}:{text}", root) == r["object_id"] and code:
            out.append(r["object_id"])
    return list(dict.fromkeys(out))
