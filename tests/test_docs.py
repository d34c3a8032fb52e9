"""`pvdkg docs -o DIR`: the static site builds offline and quickly, has one page per
statement, an SVG of the intervention hierarchy, and no broken internal link."""

from __future__ import annotations

import re
import shutil
import socket
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pvdkg.cli import main
from pvdkg.stores.embedded import EmbeddedStore

needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz's dot is not installed (apt-get install graphviz)"
)

STATEMENT_IDS = """
PREFIX pvdkg: <https://w3id.org/pvdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?id WHERE { ?s a/rdfs:subClassOf* pvdkg:Statement ; dcterms:identifier ?id }
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site, built once with every network connection refused."""
    out = tmp_path_factory.mktemp("site")
    if shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed (apt-get install graphviz)")

    def no_network(*args, **kwargs):
        raise AssertionError(f"pvdkg docs tried to reach the network: {args}")

    patch = pytest.MonkeyPatch()
    patch.setattr(socket.socket, "connect", no_network)
    patch.setattr(socket, "create_connection", no_network)
    started = time.monotonic()
    try:
        assert main(["docs", "-o", str(out)]) == 0
    finally:
        patch.undo()
    return out, time.monotonic() - started


class _Links(HTMLParser):
    """Every href/src and every id of one HTML page (the inline SVG included)."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.external_assets: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src", "xlink:href"):
                self.links.append(value)
                if tag in ("link", "script", "img") and urlsplit(value).scheme in ("http", "https"):
                    self.external_assets.append(value)
            if name in ("id", "name"):
                self.ids.add(value)


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_site_builds_offline_in_under_a_minute(site):
    out, seconds = site
    assert seconds < 60, f"pvdkg docs took {seconds:.0f} s"
    for name in (
        "index.html",
        "ontology.html",
        "shapes.html",
        "interventions.html",
        "interventions.svg",
        "mappings.html",
        "namespaces.html",
        "case-format.html",
        "result-format.html",
        "site.css",
    ):
        assert (out / name).is_file(), name


def test_one_page_per_statement(site):
    out, _ = site
    ids = {row["id"] for row in EmbeddedStore.with_knowledge().select(STATEMENT_IDS)}
    assert len(ids) >= 42
    pages = {p.stem for p in out.glob("R*.html")}
    assert ids <= pages
    assert pages - ids == {"R34xR38"}  # the interaction, named by the two statements it is between
    index = (out / "index.html").read_text(encoding="utf-8")
    for sid in ids:
        assert f'href="{sid}.html"' in index, sid


def test_no_broken_internal_link_and_no_cdn(site):
    out, _ = site
    pages = {p.name: _parse(p) for p in out.glob("*.html")}
    broken = []
    for name, page in pages.items():
        assert not page.external_assets, f"{name} loads {page.external_assets}"
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("data:"):
                continue  # an external link (a vocabulary, a source), not part of the site
            target = unquote(parts.path) or name
            if not (out / target).is_file():
                broken.append(f"{name}: {link} (no file {target})")
            elif parts.fragment and target.endswith(".html") and unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{name}: {link} (no id {parts.fragment} in {target})")
    assert not broken, "\n".join(broken[:20])


def test_hierarchy_svg_has_every_intervention(site):
    out, _ = site
    svg = (out / "interventions.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    for notation in ("Intervention", "Revascularization", "DrugElutingStent", "BareMetalStent", "ToeBrachialIndex"):
        assert f">{notation}</text>" in svg, notation
    assert "<svg" in (out / "interventions.html").read_text(encoding="utf-8")  # inline, its boxes link to rows


def test_statement_page_shows_population_grade_citations_source_and_test_patients(site):
    out, _ = site
    r21 = (out / "R21.html").read_text(encoding="utf-8")
    assert "kb:R21-population" in r21 and " or " in r21 and "pvdkg:CLTIPendingTrue" in r21
    assert "Choose endovascular therapy when: short stenoses or occlusions are present" in r21
    assert "applies-high-risk-long-occlusion" in r21  # tests/rules/R21.yaml
    assert "<em>unresolved</em>" in r21
    r18 = (out / "R18.html").read_text(encoding="utf-8")
    assert "Class I (strong)" in r18 and "Level B" in r18
    r27 = (out / "R27.html").read_text(encoding="utf-8")  # citation 8 resolves, by topic, to listed reference 5
    assert "Mid-term Outcomes From the Randomized Disrupt PAD III Trial" in r27
    assert "80.5" in r27 and "68.0" in r27
    assert 'href="R26.html"' in r27  # evidence for R26


def test_formats_are_the_projects_own_docs(site):
    out, _ = site
    case = (out / "case-format.html").read_text(encoding="utf-8")
    assert "<table>" in case and "vein_conduit" in case
    assert 'href="result-format.html"' in case
    assert re.search(r"<h1[^>]*>The result format</h1>", (out / "result-format.html").read_text(encoding="utf-8"))


def test_missing_dot_is_one_clear_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path))  # no dot program on it
    assert main(["docs", "-o", str(tmp_path / "site")]) == 2
    err = capsys.readouterr().err
    assert "pvdkg: error:" in err and "apt-get install graphviz" in err
    assert "Traceback" not in err


def test_docs_needs_an_output_folder(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["docs"])
    assert exc.value.code == 2
