"""A result's entries grouped the way a clinician takes them in (issue 14, part 4).

Why: a status that flows down the hierarchy (rule 4) gives every kind of an
intervention its own entry through the same statements: a claudicant with
isolated infrapopliteal disease gets fifteen contraindicated revascularization
rows where one line says it. Here an ancestor and its kinds in the result that
share its status, class, level, statements and citations are one group; a kind
that inherits the group's status and statements and carries more (another
statement, another grade or citation) is set apart under it with what it adds.
A kind with another status than its ancestor is not under it: it heads a group
in its own status, so no status is ever hidden under another one.

Presentation only, the JSON result is untouched; the text report, a web page
and CDS cards read the same groups. The hierarchy comes from the knowledge
(Vocabulary.ancestors, queries/recommend/hierarchy.rq), so a kind a guideline
author adds is grouped with no code change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .results import Entry, Result, inherited_reason


@dataclass(frozen=True)
class Added:
    """What a kind set apart carries beyond the group it is under."""

    recommendations: tuple[str, ...]  # statements the group's head does not have
    citations: tuple[str, ...]  # citations the group's head does not have
    because: tuple[str, ...]  # reasons beyond the head's and beyond "via <ancestor> (<Rid>)" for its statements
    grade: bool  # its class or level differs from the head's (then its own applies)


@dataclass(frozen=True)
class Group:
    """An intervention (head) with its kinds in the result that read the same (members) and
    those that carry more (apart, each a group of its own with what it adds)."""

    head: Entry
    members: tuple[Entry, ...] = ()
    apart: tuple[Group, ...] = ()
    adds: Added | None = None  # set for a group set apart: what it adds to the group it is under
    tried: frozenset[str] = field(default_factory=frozenset)  # head or members in the case's `tried`

    @property
    def kinds(self) -> int:
        """How many kinds of the head share its status and statements (members and apart, at any depth)."""
        return len(self.members) + sum(1 + g.kinds for g in self.apart)

    @property
    def interventions(self) -> list[str]:
        """Every intervention of the group: the head, its members, then each group set apart."""
        return [self.head.intervention, *(m.intervention for m in self.members)] + [
            iv for g in self.apart for iv in g.interventions
        ]

    def mark(self, intervention: str) -> str:
        """The intervention's identifier, with "(tried)" when it is in the case's `tried`."""
        return f"{intervention} (tried)" if intervention in self.tried else intervention

    @property
    def title(self) -> str:
        """'Revascularization and its 14 kinds' (the head alone when it has none)."""
        n = self.kinds
        head = self.mark(self.head.intervention)
        return f"{head} and its {n} kind{'' if n == 1 else 's'}" if n else head


def group_entries(result: Result, ancestors: Mapping[str, Iterable[str]]) -> list[Group]:
    """The result's entries as groups, heads in the result's order (rule 11).

    ancestors: every intervention's strict ancestors (Vocabulary.ancestors). Each
    entry is in exactly one group: the head or a member of one, or set apart."""
    entries = result.interventions
    order = {e.intervention: i for i, e in enumerate(entries)}
    by_id = {e.intervention: e for e in entries}
    tried = frozenset(result.tried)
    lineage = {iv: frozenset(ancestors.get(iv, ())) for iv in by_id}
    home: dict[str, _Builder] = {}  # entry -> the group it is the head or a member of
    tops: list[_Builder] = []
    # ancestors before their kinds (an ancestor has fewer ancestors), ties in result order
    for e in sorted(entries, key=lambda e: (len(lineage[e.intervention]), order[e.intervention])):
        through = [by_id[a] for a in lineage[e.intervention] if a in by_id and _inherits(e, by_id[a])]
        same = [a for a in through if _key(a) == _key(e)]
        if same:  # reads as the ancestor: a member of the group the most general one is in
            owner = min(same, key=lambda a: (len(lineage[a.intervention]), order[a.intervention]))
            home[e.intervention] = home[owner.intervention]
            home[e.intervention].members.append(e)
            continue
        b = _Builder(e)
        home[e.intervention] = b
        if not through:
            tops.append(b)
            continue
        # carries more: set apart under the closest ancestor (most statements shared), the most general of those
        owner = min(
            through,
            key=lambda a: (-len(a.recommendations), len(lineage[a.intervention]), order[a.intervention]),
        )
        parent = home[owner.intervention]
        b.adds = _added(e, parent.head, lineage[e.intervention])
        parent.apart.append(b)
    return [b.build(order, tried) for b in sorted(tops, key=lambda b: order[b.head.intervention])]


def _key(e: Entry) -> tuple:
    """What members of one group share with its head."""
    return (e.status, e.cls, e.level, tuple(e.recommendations), tuple(e.citations), tuple(e.evidence))


def _inherits(kind: Entry, ancestor: Entry) -> bool:
    """The kind has the ancestor's status through (at least) the ancestor's statements; an
    ancestor contraindicated by the patient alone (no statement) takes only kinds with none."""
    if kind.status != ancestor.status:
        return False
    if not ancestor.recommendations:
        return not kind.recommendations
    return set(ancestor.recommendations) <= set(kind.recommendations)


def _added(kind: Entry, head: Entry, lineage: frozenset[str]) -> Added:
    inherited = {inherited_reason(a, r) for a in lineage for r in head.recommendations or [None]}
    return Added(
        recommendations=tuple(r for r in kind.recommendations if r not in head.recommendations),
        citations=tuple(c for c in kind.citations if c not in head.citations),
        because=tuple(p for p in kind.because if p not in head.because and p not in inherited),
        grade=(kind.cls, kind.level) != (head.cls, head.level),
    )


class _Builder:
    """A group while entries are sorted into it."""

    def __init__(self, head: Entry):
        self.head = head
        self.members: list[Entry] = []
        self.apart: list[_Builder] = []
        self.adds: Added | None = None

    def build(self, order: dict[str, int], tried: frozenset[str]) -> Group:
        members = tuple(sorted(self.members, key=lambda e: order[e.intervention]))
        return Group(
            head=self.head,
            members=members,
            apart=tuple(b.build(order, tried) for b in sorted(self.apart, key=lambda b: order[b.head.intervention])),
            adds=self.adds,
            tried=tried & {self.head.intervention, *(m.intervention for m in members)},
        )
