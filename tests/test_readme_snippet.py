"""The README's authoring snippets run as written (issue 15 part 5).

The Turtle block and the YAML block of "For guideline authors: adding a statement" are
read from README.md itself: the Turtle goes into a copy of the knowledge as a new file,
which must pass `pvdkg check` (no violations) and give its entry; the named test patients
of the YAML block must have the keys tests/test_rules.py requires and hold.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from conftest import entry, recommend_case

from pvdkg.gate import check

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## For guideline authors: adding a statement"


def snippet(language: str) -> str:
    """The first ```language block of the authoring section of README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(SECTION) :]
    section = section[: section.index("\n## ", len(SECTION))]
    m = re.search(rf"^( *)```{language}\n(.*?)^\1```", section, re.M | re.S)
    assert m, f"no ```{language} block in the README's authoring section"
    indent = len(m.group(1))
    return "".join(line[indent:] for line in m.group(2).splitlines(keepends=True))


def test_readme_snippet_runs_as_written(tmp_path, monkeypatch):
    copy = tmp_path / "knowledge"
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(ROOT / d, copy / d)
    (copy / "ontology" / "kb" / "r43.ttl").write_text(snippet("turtle"), encoding="utf-8")
    monkeypatch.setenv("PVDKG_KNOWLEDGE", str(copy))
    monkeypatch.setenv("PVDKG_CACHE_DIR", str(tmp_path / "cache"))
    report = check(reasoner=False)
    assert report.root == copy.resolve()
    assert report.violations == [], "\n".join(map(str, report.violations))

    patients = yaml.safe_load(snippet("yaml"))
    assert {p["expect"].get("applies") for p in patients} == {True, False}
    for p in patients:
        assert set(p) == {"name", "description", "case", "expect"}
        result = recommend_case(tmp_path, p["case"])
        shown = any("R43" in e["recommendations"] for e in result["interventions"])
        assert shown == p["expect"]["applies"], p["name"]
        for intervention, want in p["expect"].get("interventions", {}).items():
            got = entry(result, intervention)
            assert got is not None and {k: got[k] for k in want} == want, (p["name"], got)
