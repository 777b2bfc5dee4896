"""The cohort report model: one row per participant and the group's aggregates (min-group suppression)."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from netkit.coach.collect.facts import (
    ANONYMOUS_NAME,
    MIN_GROUP,
    NOT_SHARING,
    NOT_STARTED,
    OPTED_OUT,
    PROBLEM,
    SHARED,
    Facts,
    completion,
    missing_steps,
)
from netkit.exceptions import NetkitError, describe
from netkit.store import schema

__all__ = [
    "Aggregates",
    "CohortReport",
    "ParticipantRow",
    "SHARING_FIGURES",
    "aggregate",
    "build_report",
    "sharing_choice",
]


# --------------------------------------------------------------------------- the model
@dataclass
class ParticipantRow:
    """One line of the progress table."""

    id: str
    name: str
    folder: str
    status: str
    percent: dict[str, int] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    problem: str = ""
    #: Something the coach should know although the row was read (a damaged file, its backup used).
    note: str = ""

    @property
    def overall(self) -> int | None:
        return round(sum(self.percent.values()) / len(self.percent)) if self.percent else None


@dataclass
class Aggregates:
    """Counts over the participants who share; no names, no texts, lists sorted (not in table order)."""

    participants: int
    network_sizes: list[int]
    rings: dict[str, int]
    contacts: int
    dormant: int
    dormant_shares: list[float]
    gave: int
    asked: int
    balances: list[int]
    messages: int
    findings: dict[str, int]
    commitments: int
    commitments_per_person: list[int]
    cadences: dict[str, int]
    confidence_changes: list[int]
    #: Figure id → how many participants it describes (see :data:`SHARING_FIGURES`).
    contributors: dict[str, int] = field(default_factory=dict)
    min_group: int = MIN_GROUP

    def shown(self, figure: str) -> bool:
        """May ``figure`` be shown: does it describe at least ``min_group`` participants?"""
        return self.contributors.get(figure, 0) >= self.min_group

    def suppressed(self) -> dict[str, str]:
        """Figure id → the note saying why it is withheld (empty when every figure is shown)."""
        return {
            figure: (
                f"{SHARING_FIGURES[figure]} is not shown: it would describe "
                f"{self.contributors.get(figure, 0)} participant(s), fewer than {self.min_group}, "
                "so one person's numbers could be picked out."
            )
            for figure in SHARING_FIGURES
            if not self.shown(figure)
        }

    @property
    def dormant_share(self) -> float:
        return self.dormant / self.contacts if self.contacts else 0.0

    @property
    def median_network(self) -> float:
        return median(self.network_sizes) if self.network_sizes else 0

    def to_json(self) -> dict:
        """The figures that may be shown; a withheld figure's numbers are left out, its note kept."""
        figures: dict[str, dict[str, Any]] = {
            "rings": {"network_sizes": self.network_sizes, "rings": self.rings, "contacts": self.contacts},
            "dormant": {"dormant": self.dormant, "dormant_share": round(self.dormant_share, 3)},
            "reciprocity": {"gave": self.gave, "asked": self.asked, "balances": self.balances},
            "findings": {"messages": self.messages, "findings": self.findings},
            "commitments": {
                "commitments": self.commitments,
                "commitments_per_person": self.commitments_per_person,
                "cadences": self.cadences,
            },
            "confidence": {"confidence_changes": self.confidence_changes},
        }
        out: dict[str, Any] = {
            "participants": self.participants,
            "min_group": self.min_group,
            "contributors": self.contributors,
            "suppressed": self.suppressed(),
        }
        for figure, values in figures.items():
            if self.shown(figure):
                out.update(values)
        return out


@dataclass
class CohortReport:
    """The progress table, the aggregates (``None`` while too few share), and what went wrong."""

    rows: list[ParticipantRow]
    aggregates: Aggregates | None
    min_group: int = MIN_GROUP
    generated_at: str = ""
    source: str = ""

    @property
    def problems(self) -> list[ParticipantRow]:
        return [row for row in self.rows if row.status == PROBLEM]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def summary(self) -> str:
        """One paragraph for the terminal."""
        parts = [
            f"{len(self.rows)} participants: {self.count(SHARED)} sharing, "
            f"{self.count(NOT_STARTED)} not started, {self.count(NOT_SHARING)} not sharing, "
            f"{self.count(OPTED_OUT)} opted out, "
            f"{self.count(PROBLEM)} could not be read."
        ]
        for row in self.problems:
            parts.append(f"  skipped {row.name}: {row.problem}")
        for row in self.rows:
            if row.note:
                parts.append(f"  {row.name}: {row.note}")
        if self.aggregates is None:
            parts.append(f"Cohort charts need at least {self.min_group} participants sharing.")
        return "\n".join(parts)


def _lint_rules(text: str, situation: str) -> set[str]:
    from netkit.exercises.outreach.lint import lint

    try:
        findings = lint(text, situation or None)
    except NetkitError:  # a situation id this netkit does not know: the general rules
        findings = lint(text, None)
    return {f.rule for f in findings if f.severity == "warning"}


#: Every figure of the cohort report, with what it is called in a note when it is withheld.
SHARING_FIGURES = {
    "rings": "The network sizes and rings chart",
    "dormant": "The dormant ties chart",
    "reciprocity": "The gives and asks chart",
    "findings": "The outreach feedback chart",
    "commitments": "The commitments chart",
    "confidence": "The confidence before/after figure",
}


def aggregate(
    answer_sets: Iterable[Mapping[str, Any] | Facts], *, today: _dt.date | None = None, min_group: int = MIN_GROUP
) -> Aggregates:
    """Cohort counts from the answers (or :class:`Facts`) of the participants who share (those only).

    Each figure records how many participants it describes, so a figure drawn from fewer than
    ``min_group`` of them is withheld (:meth:`Aggregates.shown`).
    """
    from netkit.contacts import RINGS
    from netkit.exercises.network.analysis import reciprocity, summarise

    today = today or _dt.date.today()
    sizes, dormant_shares, balances, per_person, conf = [], [], [], [], []
    rings: Counter = Counter(dict.fromkeys(RINGS, 0))
    findings: Counter = Counter()
    cadences: Counter = Counter()
    contacts_total = dormant = gave = asked = messages = writers = 0
    count = 0
    for answers in answer_sets:
        facts = answers if isinstance(answers, Facts) else Facts.of(answers)
        count += 1
        contacts = facts.contacts
        summary = summarise(contacts, today)
        sizes.append(summary.size)
        rings.update(summary.by_ring)
        contacts_total += summary.size
        dormant += summary.dormant
        if summary.size:
            dormant_shares.append(round(summary.dormant_share, 3))
        rec = reciprocity(contacts)
        gave += rec.gave
        asked += rec.asked
        if rec.gave or rec.asked:
            balances.append(rec.gave - rec.asked)
        writers += bool(facts.messages)
        for text, situation in facts.messages:
            messages += 1
            findings.update(_lint_rules(text, situation))
        plan = facts.plan
        if plan:
            per_person.append(len(plan))
            cadences.update(entry.cadence for entry in plan)
        before, after = facts.confidence
        if before is not None and after is not None:
            conf.append(after - before)
    return Aggregates(
        participants=count,
        network_sizes=sorted(sizes),
        rings=dict(rings),
        contacts=contacts_total,
        dormant=dormant,
        dormant_shares=sorted(dormant_shares),
        gave=gave,
        asked=asked,
        balances=sorted(balances),
        messages=messages,
        findings=dict(findings.most_common()),
        commitments=sum(per_person),
        commitments_per_person=sorted(per_person),
        cadences=dict(cadences.most_common()),
        confidence_changes=sorted(conf),
        min_group=max(1, min_group),
        contributors={
            "rings": count,
            "dormant": len(dormant_shares),
            "reciprocity": len(balances),
            "findings": writers,
            "commitments": len(per_person),
            "confidence": len(conf),
        },
    )


def _entry_name(entry: Mapping[str, Any], answers: Any) -> str:
    name = str(entry.get("name") or "").strip()
    if not name and isinstance(answers, Mapping):
        profile = answers.get(schema.PROFILE)
        if isinstance(profile, Mapping):
            name = str(profile.get("name") or "").strip()
    return name or str(entry.get("id") or entry.get("folder") or "(unnamed)")


def sharing_choice(answers: Mapping[str, Any]) -> str:
    """``"named"``, ``"anonymous"``, ``"no"`` or ``"unset"``: what answers already read say about sharing.

    The decision itself is :func:`netkit.coach.collect.consent.consent_of` (the one place, used by the
    local and the hub collect on every copy); this asks it about one set of answers.
    """
    from netkit.coach.collect.consent import consent_of

    return consent_of([("answers", answers)]).choice


def build_report(
    entries: Iterable[tuple[Mapping[str, Any], Any]] | Mapping[str, Any],
    *,
    today: _dt.date | None = None,
    min_group: int = MIN_GROUP,
    source: str = "",
) -> CohortReport:
    """The cohort report from ``(manifest entry, answers)`` pairs.

    ``answers`` is the participant's answers mapping (dotted keys → values), ``None`` when
    nothing is saved yet (0 % everywhere), or an exception saying why it could not be read
    (the row is reported and skipped). A plain ``{participant id: answers}`` mapping is
    accepted too (e.g. straight from :func:`netkit.hub.fetch_answers`).
    """
    if isinstance(entries, Mapping):
        entries = [({"id": pid}, value) for pid, value in entries.items()]
    rows, shared = [], []
    for entry, answers in entries:
        entry = entry if isinstance(entry, Mapping) else {}
        row = ParticipantRow(
            id=str(entry.get("id") or ""),
            name=_entry_name(entry, answers),
            folder=str(entry.get("folder") or ""),
            status=SHARED,
            note=str(entry.get("note") or ""),
        )
        choice = sharing_choice(answers) if isinstance(answers, Mapping) else "nothing saved"
        if isinstance(answers, BaseException):
            row.status, row.problem = PROBLEM, describe(answers, brief=True)
        elif answers is not None and not isinstance(answers, Mapping):
            row.status, row.problem = PROBLEM, "the answers are not a set of key/value pairs"
        elif choice == "no":
            row.status = OPTED_OUT
        elif choice == "unset" and answers:
            row.status = NOT_SHARING
        else:
            if choice == "anonymous":
                row.id, row.name, row.folder = "", ANONYMOUS_NAME, ""
            facts = Facts.of(answers or {})
            row.percent = completion(facts)
            row.missing = missing_steps(facts)
            if not any(row.percent.values()):
                row.status = NOT_STARTED  # nothing to count: a 0-contact network would skew the medians
            else:
                shared.append(facts)
        rows.append(row)
    aggregates = aggregate(shared, today=today, min_group=min_group) if len(shared) >= max(1, min_group) else None
    return CohortReport(
        rows=rows,
        aggregates=aggregates,
        min_group=min_group,
        source=source,
        generated_at=_dt.datetime.now().isoformat(timespec="minutes"),
    )
