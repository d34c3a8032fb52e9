"""CDS Hooks 2.0 cards from a pvdkg result: which card each part gives is the policy
ontology/mappings/pvdkg.cds.yml (Knowledge.cds_policy); this module lays them out.

Card fields as the specification words them (https://cds-hooks.hl7.org/2.0/#card-attributes):
uuid, summary ("<140-character"), detail (GitHub Flavored Markdown), indicator
(info | warning | critical), source (label, url), suggestions with selectionBehavior
("If suggestions are present, selectionBehavior MUST also be provided"), actions
(create: `resource`; delete: `resourceId`, "a relative reference"), overrideReasons
(Codings, each with a display). Every card names its statements in `detail` and ends
with the disclaimer. Each card is returned with its kind, which the feedback counts by.
"""

from __future__ import annotations

import re

from pvdkg.api import FHIR_SYSTEMS, USER_ERRORS, Knowledge
from pvdkg.present import Group, group_entries
from pvdkg.render import DISCLAIMER, escape_controls
from pvdkg.results import Entry, Result

from .ids import random_uuid

SYSTEM_OF = {prefix: system for system, prefix in FHIR_SYSTEMS.items()}
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
SUMMARY_MAX = 139


def md(text: str | None) -> str:
    """User or knowledge text made inert in Markdown (no links, no HTML, one line)."""
    return _MARKDOWN.sub(r"\\\1", escape_controls(str(text or "")))


def summary(text: str) -> str:
    """A summary under 140 characters, cut at a word with an ellipsis when longer."""
    text = " ".join(escape_controls(text).split())
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1].rsplit(" ", 1)[0] + "…"


def grade(cls: str | None, level: str | None) -> str:
    return f"COR {cls or '-'} / LOE {level or '-'}"


class CardMaker:
    """Cards of one response, built from the loaded knowledge and its policy."""

    def __init__(self, kg: Knowledge):
        self.kg, self.policy = kg, kg.cds_policy
        self.source = dict(self.policy["source"])

    def card(self, kind, text, indicator, lines, statements=(), suggestions=None, override=False) -> tuple:
        ids = sorted(set(statements))
        detail = list(lines)
        if ids:
            labels = self.kg.statements
            detail += ["", "**Statements**", *(f"- {md(labels[i]['label'] if i in labels else i)}" for i in ids)]
        detail += ["", f"_{md(DISCLAIMER)}_"]
        out = {
            "uuid": str(random_uuid()),
            "summary": summary(text),
            "detail": "\n".join(detail).strip(),
            "indicator": indicator,
            "source": self.source,
        }
        if suggestions:
            out["suggestions"] = suggestions
            out["selectionBehavior"] = "any"
        if override:
            reasons = self.policy["override_reasons"]
            out["overrideReasons"] = [
                {"system": reasons["system"], "code": r["code"], "display": r["display"]} for r in reasons["reasons"]
            ]
        return kind, out

    # --- patient-view ---------------------------------------------------------------------

    def patient_view(self, result: Result, case: dict, sources: dict, patient_id: str) -> list[tuple]:
        """Critical cards per contraindicated therapy received, one warning card of missing
        therapies, the plan, and the data needed (each only when it has something to say)."""
        by_finding = self.policy["audit_findings"]
        entries = {e.intervention: e for e in result.interventions}
        cards, missing = [], []
        for a in result.audit:
            indicator = by_finding.get(a.finding)
            if indicator == "critical":
                cards.append(self._received(a, entries.get(a.intervention), case, sources))
            elif indicator is not None:
                missing.append(a)
        if missing:
            cards.append(self._missing(missing, entries, patient_id))
        cards.append(self._plan(result, {a.finding for a in missing}))
        if result.undecided:
            cards.append(self._undecided(result))
        return cards

    def _received(self, finding, entry: Entry | None, case: dict, sources: dict) -> tuple:
        therapies = case.get("current_therapies") or []
        resources = [
            ref
            for i, name in enumerate(therapies)
            if name == finding.intervention
            for ref in sources.get(f"current_therapies[{i}]", [])
        ]
        suggestions = [
            {
                "label": f"Stop {finding.intervention} ({ref})",
                "uuid": str(random_uuid()),
                "isRecommended": True,
                "actions": [{"type": "delete", "description": f"Remove {ref}", "resourceId": ref}],
            }
            for ref in resources
            if ref.startswith("MedicationRequest/")
        ]
        recs = finding.recommendations
        lines = [f"The patient receives **{md(finding.intervention)}**, whose final status is contraindicated."]
        if entry:
            lines.append(f"{grade(entry.cls, entry.level)}; because: {md('; '.join(entry.because) or '-')}.")
        if resources:
            lines.append(f"Recorded in: {md(', '.join(resources))}.")
        text = f"{finding.intervention} is contraindicated for this patient ({', '.join(recs) or 'patient'})"
        return self.card("contraindicated-therapy", text, "critical", lines, recs, suggestions, override=True)

    def _missing(self, findings, entries: dict, patient_id: str) -> tuple:
        names = list(dict.fromkeys(a.intervention for a in findings))
        lines, suggestions, recs = ["Indicated therapies the record does not show received or tried:", ""], [], []
        for name in names:
            e = entries.get(name)
            why = [a for a in findings if a.intervention == name]
            recs += [r for a in why for r in a.recommendations]
            shown = ", ".join(sorted({a.finding for a in why}))
            lines.append(
                f"- **{md(name)}** ({md(shown)}; {', '.join(sorted({r for a in why for r in a.recommendations}))}"
                + (f"; {grade(e.cls, e.level)}" if e else "")
                + ")"
            )
            suggestions += self._drafts(name, patient_id)
        text = f"Indicated therapy missing: {', '.join(names)}"
        return self.card("missing-therapies", text, "warning", lines, recs, suggestions)

    def _drafts(self, intervention: str, patient_id: str) -> list[dict]:
        """A draft request per code the policy's draft_orders names for the intervention (each
        a row of the mapping set, so code and label are the published ones)."""
        kinds, predicates = self.policy["draft_resources"], set(self.policy["draft_predicates"])
        named_as_therapy = set(self.policy.get("draft_text_names_the_therapy", ()))  # the code is broader
        wanted = list(self.policy.get("draft_orders", {}).get(intervention, []))
        try:
            rows = self.kg.mappings(f"pvdkg:{intervention}") if wanted else []
        except USER_ERRORS:
            return []
        out = []
        rows = sorted(
            (r for r in rows if r["object_id"] in wanted and r["matched"] == "subject"),
            key=lambda r: wanted.index(r["object_id"]),
        )
        for row in rows:
            prefix, _, code = row["object_id"].partition(":")
            kind = kinds.get(prefix)
            if row["predicate_id"] not in predicates or kind is None:
                continue
            concept = {"coding": [{"system": SYSTEM_OF[prefix], "code": code, "display": row["object_label"]}]}
            concept["text"] = row["subject_label"] if row["predicate_id"] in named_as_therapy else row["object_label"]
            resource = {"resourceType": kind, "status": "draft", "intent": "proposal"}
            resource["medicationCodeableConcept" if kind == "MedicationRequest" else "code"] = concept
            resource["subject"] = {"reference": f"Patient/{patient_id}"}
            label = f"Draft {row['object_label']} ({prefix} {code}) for {intervention}"
            out.append(
                {
                    "label": label,
                    "uuid": str(random_uuid()),
                    "isRecommended": False,
                    "actions": [{"type": "create", "description": label, "resource": resource}],
                }
            )
        return out

    def _plan(self, result: Result, shown_findings: set) -> tuple:
        """The plan: entries grouped as the text report groups them (pvdkg.present: an
        intervention and its kinds that read the same on one line, kinds that carry more
        set apart), then conflicts, cautions, other audit findings and unmapped codes."""
        lines, recs, counts = [], [], []
        groups = group_entries(result, self.kg.vocabulary.ancestors)
        for status in self.policy["plan_statuses"]:
            counts.append(f"{len(result.with_status(status))} {status}")
            heads = [g for g in groups if g.head.status == status]
            if not heads:
                continue
            lines += ["", f"**{md(status.upper())}**"]
            for g in heads:
                lines += _group_lines(g, "")
                recs += [r for e in (g.head, *g.members) for r in e.recommendations]
                recs += [r for a in g.apart for r in a.head.recommendations]
        parts = (
            ("Conflicts", result.conflicts, lambda c: f"{md(c.intervention)}: {md(c.why)}"),
            ("Cautions", result.cautions, lambda c: f"[{' x '.join(c.recommendations)}] {md(c.text)}"),
            (
                "Audit",
                [a for a in result.audit if a.finding not in shown_findings and a.finding not in self._critical()],
                lambda a: f"{md(a.intervention)}: {md(a.finding)} ({', '.join(a.recommendations) or 'patient'})",
            ),
            (
                "Unmapped codes (not read)",
                result.unmapped or [],
                lambda u: f"{md(u.resource)} {md(u.field)}: {md(u.system)} {md(u.code)} {md(u.display)}",
            ),
        )
        for title, items, fmt in parts:
            if items:
                lines += ["", f"**{title}**", *(f"- {fmt(x)}" for x in items)]
        recs += [r for c in result.cautions for r in c.recommendations]
        return self.card("plan", f"PAD plan: {', '.join(counts)}", "info", lines, recs)

    def _critical(self) -> set:
        return {f for f, ind in self.policy["audit_findings"].items() if ind == "critical"}

    def _undecided(self, result: Result) -> tuple:
        fields = sorted({f for u in result.undecided for f in u.ask})
        lines = [f"Ask for: **{md(', '.join(fields) or '-')}**", ""]
        lines += [
            f"- {u.recommendation}: {md(u.intervention)} would be {md(u.status)}; ask for {md(', '.join(u.ask) or '-')}"
            for u in result.undecided
        ]
        rules = sorted({u.recommendation for u in result.undecided})
        text = f"Data needed: {', '.join(fields)} would decide {len(rules)} open rule{'s' if len(rules) != 1 else ''}"
        return self.card("data-needed", text, "info", lines, rules)

    def invalid(self, findings) -> tuple:
        """The record cannot be assessed: what is wrong with it, by case path."""
        lines = [f"- {md(r.path)}: {md(r.message)}" for r in findings if r.severity == "violation"]
        return self.card("invalid-record", "pvdkg cannot assess this record: data missing or invalid", "info", lines)

    # --- order-select / order-sign --------------------------------------------------------------

    def orders(self, result: Result, drafts: list[dict]) -> list[tuple]:
        """A card per draft order whose code names an intervention with a carded final status."""
        by_status = self.policy["order_statuses"]
        entries = {e.intervention: e for e in result.interventions}
        cards = []
        for order in drafts:
            ref = f"{order['resourceType']}/{order.get('id')}"
            for name, display in self._ordered(order):
                e = entries.get(name)
                indicator = by_status.get(e.status) if e else None
                if indicator:
                    cards.append(self._order_card(ref, display, e, indicator, result))
        return cards

    def _ordered(self, order: dict) -> list[tuple[str, str]]:
        """The interventions a draft order's codes name (order_predicates of the policy), with its display."""
        concept = order.get("medicationCodeableConcept") or order.get("code") or {}
        codings = concept.get("coding") if isinstance(concept, dict) else None
        predicates, out = set(self.policy["order_predicates"]), {}
        for c in codings if isinstance(codings, list) else []:
            prefix = FHIR_SYSTEMS.get(c.get("system")) if isinstance(c, dict) else None
            if prefix is None or not isinstance(c.get("code"), str):
                continue
            try:
                rows = self.kg.mappings(f"{prefix}:{c['code']}")
            except USER_ERRORS:
                continue
            for row in rows:
                if row["matched"] == "object" and row["predicate_id"] in predicates:
                    name = row["subject_id"].partition(":")[2]
                    out.setdefault(name, str(c.get("display") or concept.get("text") or f"{prefix} {c['code']}"))
        return list(out.items())

    def _order_card(self, ref: str, display: str, e: Entry, indicator: str, result: Result) -> tuple:
        recs = e.recommendations
        lines = [
            f"Ordered: {md(display)} ({md(ref)}), read as **{md(e.intervention)}**: **{md(e.status)}** for this patient.",
            f"{grade(e.cls, e.level)}; {', '.join(recs) or 'patient'}; because: {md('; '.join(e.because) or '-')}.",
        ]
        cautions = [c for c in result.cautions if set(c.recommendations) & set(recs)]
        if cautions:
            lines += ["", "**Cautions**", *(f"- [{' x '.join(c.recommendations)}] {md(c.text)}" for c in cautions)]
        statements = list(recs) + [r for c in cautions for r in c.recommendations]
        if indicator == "critical":
            cls = f", Class {e.cls}" if e.cls else ""
            text = f"{display}: {e.intervention} is {e.status} for this patient ({', '.join(recs) or 'patient'}{cls})"
            remove = {
                "label": f"Remove the draft order {ref}",
                "uuid": str(random_uuid()),
                "isRecommended": True,
                "actions": [{"type": "delete", "description": f"Remove {ref}", "resourceId": ref}],
            }
            return self.card("order-" + e.status, text, indicator, lines, statements, [remove], override=True)
        text = f"{display}: {e.intervention} is to {e.status} for this patient ({', '.join(recs) or 'patient'})"
        return self.card("order-" + e.status, text, indicator, lines, statements)


def _group_lines(g: Group, indent: str) -> list[str]:
    """One group as markdown list lines: the head (and how many kinds read the same), its
    kinds, then each kind set apart with what it adds."""
    e = g.head
    if g.adds is None:
        head = f"{grade(e.cls, e.level)}, {', '.join(e.recommendations) or 'patient'} (cites {', '.join(e.citations) or '-'})"
        because = e.because
    else:
        head = f"also {', '.join(g.adds.recommendations) or '-'}"
        because = list(g.adds.because)
    out = [f"{indent}- **{md(g.title)}**: {head}; because: {md('; '.join(because) or '-')}"]
    if g.members:
        out.append(f"{indent}  - kinds: {md(', '.join(g.mark(m.intervention) for m in g.members))}")
    for apart in g.apart:
        out += _group_lines(apart, indent + "  ")
    return out
