"""A broken knowledge root is one clear message from every command: file and line, exit 2, no traceback.

A guideline author edits a copy of the knowledge (PVDKG_KNOWLEDGE); a Turtle typo or a
misspelled folder must say where, not print a traceback from whichever module met it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, canonical_quads
from rdflib import URIRef

from pvdkg.knowledge import KnowledgeError, knowledge_root, load
from pvdkg.validate import load_ontology_graph

REPO = Path(__file__).resolve().parent.parent
CASE = str(REPO / "examples" / "claudication-sfa-occlusion-exhausted-conservative-therapy.json")
COMMANDS = {
    "recommend": ["recommend", CASE],
    "validate": ["validate", CASE],
    "query": ["query", "--case", CASE, str(REPO / "queries" / "examples" / "citation-resolution.rq")],
    "audit": ["audit", "--cohort", str(REPO / "examples")],
    "load": ["load", "--endpoint", "http://127.0.0.1:9/sparql"],  # the knowledge is read before any request
    "check": ["check"],
    "map": ["map", "cilostazol"],
    "export": ["export"],
}


def _pvdkg(root: Path, args: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PVDKG_KNOWLEDGE": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "pvdkg", *args], capture_output=True, text=True, env=env, timeout=600, check=False
    )


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> Path:
    """A copy of the knowledge with a Turtle typo on line N+2 of facts.ttl (N its lines)."""
    root = tmp_path_factory.mktemp("kb")
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(knowledge_root() / d, root / d)
    facts = root / "ontology" / "facts.ttl"
    lines = facts.read_text(encoding="utf-8").count("\n")
    with facts.open("a", encoding="utf-8") as fh:
        fh.write("\npvdkg:Broken a owl:Class ;; rdfs:label .\n")
    return root, facts, lines + 2


@pytest.mark.parametrize("command", COMMANDS)
def test_turtle_typo_names_file_and_line(broken, command):
    root, facts, line = broken
    _assert_one_error(_pvdkg(root, COMMANDS[command]), facts, line)


def _assert_one_error(done: subprocess.CompletedProcess, path: Path, line: int) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"pvdkg: error: {path}: line {line}: "), done.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_folder_is_one_message(tmp_path, command):
    done = _pvdkg(tmp_path / "nope", COMMANDS[command])
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"pvdkg: error: PVDKG_KNOWLEDGE={tmp_path / 'nope'}: no such folder\n"


def test_a_root_without_shapes_says_so(tmp_path, monkeypatch):
    shutil.copytree(knowledge_root() / "ontology", tmp_path / "ontology")
    (tmp_path / "queries").mkdir()
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(tmp_path))
    with pytest.raises(KnowledgeError, match=r"no shapes/ folder"):
        knowledge_root()


def test_both_views_come_from_one_parse():
    """The rdflib graph holds the ontology files' triples (not the derived ones), with their prefixes."""
    knowledge = load()
    graph = load_ontology_graph(knowledge.root)
    assert graph is knowledge.ontology_graph
    assert len(graph) == len({line for nt in knowledge.ontology_ntriples for line in nt.splitlines()})
    assert len(knowledge.quads) > len(graph)
    assert dict(graph.namespaces())["pvdkg"] == URIRef("https://w3id.org/pvdkg/ontology#")


RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"


def test_the_lean_knowledge_is_what_the_rules_queries_name(tmp_path):
    """derivation_quads keeps a quad whose predicate a rules query names (and an rdf:type quad
    whose class it names); a query that starts to read labels gets them with no code changed,
    and a file for another engine (`#+ engine: hermit`) names nothing for the rules."""
    knowledge = load()
    lean = knowledge.derivation_quads
    assert 0 < len(lean) < len(knowledge.quads)
    assert not any(q.predicate.value == RDFS_LABEL for q in lean)
    assert not any(q.object.value == OWL_CLASS for q in lean)  # read by hermit-input.rq only
    assert any(q.predicate.value == "https://w3id.org/pvdkg/ontology#subClassOfOrSelf" for q in lean)

    root = tmp_path / "kb"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(knowledge_root() / d, root / d)
    hermit = (root / "queries" / "reason" / "hermit-input.rq").read_text(encoding="utf-8")
    assert "#+ engine: hermit" in hermit
    (root / "queries" / "recommend" / "labels.rq").write_text(
        "#+ summary: labels\n#+ inputs: x\n#+ outputs: ?l\n#+ source: a test\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?l WHERE { ?x rdfs:label ?l }\n",
        encoding="utf-8",
    )
    extended = load(root)
    assert {q for q in extended.derivation_quads if q.predicate.value == RDFS_LABEL} == {
        q for q in extended.quads if q.predicate.value == RDFS_LABEL
    }
    assert not any(q.object.value == OWL_CLASS for q in extended.derivation_quads)

    # a BASE would hide which IRIs its relative ones are: then the whole knowledge is kept
    based = tmp_path / "based"
    shutil.copytree(root, based)
    (based / "queries" / "recommend" / "labels.rq").write_text(
        "#+ summary: labels\n#+ inputs: x\n#+ outputs: ?l\n#+ source: a test\n"
        "BASE <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?l WHERE { ?x <label> ?l }\n",
        encoding="utf-8",
    )
    assert load(based).derivation_quads == load(based).quads


@pytest.fixture(scope="module")
def broken_query(tmp_path_factory) -> Path:
    """A copy of the knowledge with a SPARQL typo on line 11 of a derivation update."""
    root = tmp_path_factory.mktemp("kbq")
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(knowledge_root() / d, root / d)
    entries = root / "queries" / "recommend" / "20-entries.ru"
    lines = entries.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines) if text.startswith("INSERT"))
    lines[line] = lines[line].replace("INSERT {", "INSERT { ?? ", 1)
    entries.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root, entries, line + 1


@pytest.mark.parametrize("command", ["recommend", "validate", "audit", "check"])
def test_sparql_typo_in_a_derivation_query_names_file_and_line(broken_query, command):
    """Every query a derivation runs is parsed when the knowledge is loaded, not met mid-derivation."""
    root, path, line = broken_query
    _assert_one_error(_pvdkg(root, COMMANDS[command]), path, line)


def test_the_fact_updates_run_as_one_request_with_the_same_result():
    """queries/facts/*.ru share their prefixes, so they are sent as one request (update_requests),
    whose operations run in file order: a patient's store ends the same as file by file."""
    from pvdkg.knowledge import query_files, read_query, update_requests
    from pvdkg.pipeline import check
    from pvdkg.stores.embedded import EmbeddedStore

    assert len(update_requests("facts")) == 1 < len(query_files("facts", ".ru"))
    patient = check(ROOT / "examples" / "clti-iliac-and-tibial-staged-inflow-first.yaml").ntriples
    stores = [EmbeddedStore.with_knowledge(lean=True) for _ in range(2)]
    for s in stores:
        s.add_ntriples(patient)
    before = len(stores[0])
    stores[0].update(update_requests("facts")[0])
    for rel in query_files("facts", ".ru"):
        stores[1].update(read_query(rel))
    assert len(stores[0]) > before + 20  # facts were derived
    assert canonical_quads(stores[0]) == canonical_quads(stores[1])


@pytest.mark.parametrize(
    "texts",
    [
        ("PREFIX a: <urn:a#>\nINSERT DATA { a:x a:y a:z }", "PREFIX a: <urn:b#>\nINSERT DATA { a:x a:y a:z }"),
        ("BASE <urn:x/> INSERT DATA { <a> <b> <c> }", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT DATA { <urn:a> <urn:b> "),
        ("PREFIX a: <urn:a#>  # ours\nINSERT DATA { a:x a:y a:z }", "PREFIX a: <urn:b#>\nINSERT DATA { a:t a:t a:t }"),
        ('PREFIX a: <urn:a#>\nINSERT DATA { a:x a:y """x\nPREFIX q: <urn:q>\ny""" }',),
    ],
    ids=[
        "a prefix bound to two IRIs",
        "a BASE",
        "a text that does not parse",
        "a PREFIX line with a comment",
        "PREFIX in a string",
    ],
)
def test_updates_that_cannot_share_a_prologue_are_not_joined(texts):
    from pvdkg.knowledge.queries import joined_update

    assert joined_update(texts) is None


def test_joined_updates_run_in_order():
    """The second update reads what the first wrote: one request runs its operations in order."""
    import pyoxigraph as ox

    from pvdkg.knowledge.queries import joined_update

    first = "PREFIX a: <urn:a#>\nINSERT DATA { a:x a:p a:y }  # a comment at the end"
    second = "PREFIX a: <urn:a#>\nINSERT { ?s a:q ?o } WHERE { ?s a:p ?o }"
    store = ox.Store()
    store.update(joined_update((first, second)))
    assert len(store) == 2
