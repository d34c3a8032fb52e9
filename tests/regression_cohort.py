"""Build regression/cohort.ndjson, the default cohort of `pvdkg diff`: the case files of
examples/ and the named test patients of tests/rules/*.yaml, one case a line.

Why generated: the cases stay written once, where they are explained (an example's
file, a test patient's description and expected result); tests/test_diff.py fails when
the shipped cohort is not what this script writes. Run `python tests/regression_cohort.py`
after adding an example or a test patient.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COHORT = ROOT / "regression" / "cohort.ndjson"
SOURCES = ROOT / "regression" / "sources.tsv"


def cases() -> list[tuple[dict, str, str]]:
    """(case, source file, test patient name) in a stable order: examples, then rules by file."""
    out = []
    for path in sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".json", ".yaml")):
        out.append((yaml.safe_load(path.read_text(encoding="utf-8")), path.relative_to(ROOT).as_posix(), ""))
    for path in sorted((ROOT / "tests" / "rules").glob("*.yaml")):
        for patient in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append((patient["case"], path.relative_to(ROOT).as_posix(), patient["name"]))
    return out


def written() -> tuple[str, str]:
    """The text of cohort.ndjson and of sources.tsv (id, file, test patient name)."""
    rows = cases()
    cohort = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _, _ in rows)
    sources = "id\tsource\tname\n" + "".join(f"{c['id']}\t{src}\t{name}\n" for c, src, name in rows)
    return cohort, sources


if __name__ == "__main__":
    cohort, sources = written()
    COHORT.write_text(cohort, encoding="utf-8")
    SOURCES.write_text(sources, encoding="utf-8")
    print(f"{COHORT.relative_to(ROOT)}: {cohort.count(chr(10))} cases", file=sys.stderr)
