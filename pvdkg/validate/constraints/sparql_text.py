"""The SPARQL text of a SPARQL-based validator, split so it can be spliced into one query.

Why a small tokenizer and not rdflib's SPARQL parser: the compiler keeps the
validator's own text (its triple patterns and FILTERs, variables renamed,
prefixed names expanded) and writes it inside the compiled query. rdflib's
parseQuery/prepareQuery give a parse tree or an algebra without the text
positions needed for that, and rdflib's translateAlgebra writes different
(and for some constructs wrong) text, which would change which constraints
compile and the queries themselves. The tokens here only need to tell
comments, strings, IRIs, variables, words and braces apart; the result is
checked by running it in pyoxigraph (compile_shapes), so a text this reads
wrongly is NotCompilable, never silently different.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..terms import NotCompilable

TOKEN = re.compile(
    r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z0-9_.\-]*)?)
  | (?P<space>\s+)
  | (?P<other>.)
''',
    re.X | re.S,
)

#: Keywords whose evaluation differs between pre-binding (pyshacl) and a join.
UNSAFE_KEYWORDS = {
    "OPTIONAL",
    "UNION",
    "MINUS",
    "VALUES",
    "SERVICE",
    "GRAPH",
    "BIND",
    "SELECT",
    "GROUP",
    "HAVING",
    "ORDER",
    "LIMIT",
    "OFFSET",
    "FROM",
    "NAMED",
    "CONSTRUCT",
    "DESCRIBE",
    "ASK",
}


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each token: comment, string, iri, var, word, space or other."""
    return [(m.lastgroup, m.group()) for m in TOKEN.finditer(text)]


@dataclass
class Query:
    """A validator's SPARQL text split for embedding."""

    prologue: str  # PREFIX / BASE declarations of the text
    projection: list[str]  # selected variable names (SELECT)
    body: list[tuple[str, str]]  # tokens inside the outer braces


def split_query(text: str, kind: str, where: str) -> Query:
    """Prologue, projection and WHERE-group tokens of an ASK or SELECT text."""
    toks = tokens(text)
    i, prologue = 0, []
    while i < len(toks) and not (toks[i][0] == "word" and toks[i][1].upper() == kind):
        prologue.append(toks[i][1])
        i += 1
    if i == len(toks):
        raise NotCompilable(f"{where}: no {kind} in the validator's query")
    i += 1
    projection = []
    while i < len(toks) and toks[i][1] != "{" and not (toks[i][0] == "word" and toks[i][1].upper() == "WHERE"):
        kind_, t = toks[i]
        if kind_ == "var":
            projection.append(t[1:])
        elif kind_ == "word" and t.upper() in ("DISTINCT", "REDUCED"):
            pass
        elif kind_ not in ("space", "comment"):
            raise NotCompilable(f"{where}: {kind} clause {t!r} (only plain variables are supported)")
        i += 1
    if i < len(toks) and toks[i][0] == "word":
        i += 1
    while i < len(toks) and toks[i][0] in ("space", "comment"):
        i += 1
    if i == len(toks) or toks[i][1] != "{":
        raise NotCompilable(f"{where}: no WHERE group in the validator's query")
    depth, start = 0, i + 1
    for j in range(i, len(toks)):
        if toks[j][1] == "{":
            depth += 1
        elif toks[j][1] == "}":
            depth -= 1
            if depth == 0:
                break
    else:
        raise NotCompilable(f"{where}: unbalanced braces in the validator's query")
    if any(k not in ("space", "comment") for k, _ in toks[j + 1 :]):
        raise NotCompilable(f"{where}: solution modifiers after the WHERE group")
    return Query("".join(prologue), projection, toks[start:j])


def check_keywords(body: list[tuple[str, str]], where: str) -> None:
    """Only triple patterns and FILTERs (with (NOT) EXISTS groups) at the top level of
    the body: then every FILTER sees $this bound, and a join equals pre-binding."""
    depth, prev = 0, ""
    for k, t in body:
        if k == "word" and t.upper() in UNSAFE_KEYWORDS:
            raise NotCompilable(
                f"{where}: {t.upper()} in a SPARQL validator (only triple patterns and FILTERs are translated exactly)"
            )
        if t == "{":
            if depth == 0 and prev != "EXISTS":
                raise NotCompilable(
                    f"{where}: a nested group in a SPARQL validator "
                    "(only triple patterns and FILTERs are translated exactly)"
                )
            depth += 1
        elif t == "}":
            depth -= 1
        if k not in ("space", "comment"):
            prev = t.upper()


#: A PREFIX declaration of the prologue.
PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z0-9_.\-]*):\s*<([^<>\s]*)>", re.I)
