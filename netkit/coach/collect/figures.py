"""The cohort figures: counts over the participants who share, each with its contributors (min-group rule)."""

from __future__ import annotations

import datetime as _dt
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from netkit.coach.collect.facts import MIN_GROUP, Facts

__all__ = ["Aggregates", "AnonymousGroup", "Part", "SHARING_FIGURES", "aggregate", "anonymous_group", "part_of"]

#: ``json.dumps(value, sort_keys=True)``, the same text (it builds this very encoder on every call: 6 a participant,
#: each ≈ 3 µs more than the encoding itself). Members are compared with the last report's as text: never change it.
_encode = json.JSONEncoder(sort_keys=True).encode


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
    #: The contacts the dormant share is taken of (the rings figure's total, unless one of them is held).
    dormant_contacts: int = 0
    #: Figure id → {participant key: what they put into it} (never shown: :mod:`~netkit.coach.collect.release`
    #: compares it with the last report's, so a figure changes only when ``min_group`` people's part did).
    members: dict[str, dict[str, str]] = field(default_factory=dict, repr=False, compare=False)
    #: Figures showing the previous report's numbers, because fewer than ``min_group`` people changed since.
    held: list[str] = field(default_factory=list)

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
        return self.dormant / self.dormant_contacts if self.dormant_contacts else 0.0

    @property
    def median_network(self) -> float:
        return median(self.network_sizes) if self.network_sizes else 0

    def to_json(self) -> dict:
        """The figures that may be shown; a withheld figure's numbers are left out, its note kept."""
        figures: dict[str, dict[str, Any]] = {
            "rings": {"network_sizes": self.network_sizes, "rings": self.rings, "contacts": self.contacts},
            "dormant": {
                "dormant": self.dormant,
                "dormant_contacts": self.dormant_contacts,
                "dormant_share": round(self.dormant_share, 3),
            },
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
            "held": self.held,
        }
        for figure, values in figures.items():
            if self.shown(figure):
                out.update(values)
        return out


@dataclass
class AnonymousGroup:
    """The participants who share without their name: never rows of the table, only this group's mean
    progress, shown while at least ``min_group`` of them share (:attr:`shown`)."""

    count: int = 0
    #: Mean percent done per exercise over the group (the table's columns).
    percent: dict[str, int] = field(default_factory=dict)
    min_group: int = MIN_GROUP
    #: {participant key: their percentages} (never shown; see :attr:`Aggregates.members`).
    members: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: True when the numbers are the previous report's (fewer than ``min_group`` people changed since).
    held: bool = False

    @property
    def shown(self) -> bool:
        return self.count >= self.min_group

    @property
    def overall(self) -> int | None:
        return round(sum(self.percent.values()) / len(self.percent)) if self.percent else None


def anonymous_group(percents: dict[str, dict[str, int]], min_group: int) -> AnonymousGroup:
    """The group of participants sharing without their name, from {participant key: percent per exercise}."""
    from netkit.coach.collect.facts import EXERCISES

    mean = {
        exercise: round(sum(p.get(exercise, 0) for p in percents.values()) / len(percents)) if percents else 0
        for exercise in EXERCISES
    }
    return AnonymousGroup(
        count=len(percents),
        percent=mean if percents else {},
        min_group=max(1, min_group),
        members={key: _encode(p) for key, p in percents.items()},
    )


def _message_rules(facts: Facts) -> list[list[str]]:
    """The warning rule ids of each message: the ones the composer saved when they still hold, else a fresh
    lint (:func:`~netkit.exercises.outreach.saved_findings.warnings_of`)."""
    from netkit.exercises.outreach.saved_findings import warnings_of

    saved = facts.linted
    return [
        warnings_of(text, situation, saved[index] if index < len(saved) else None)
        for index, (text, situation) in enumerate(facts.messages)
    ]


#: Every figure of the cohort report, with what it is called in a note when it is withheld.
SHARING_FIGURES = {
    "rings": "The network sizes and rings chart",
    "dormant": "The dormant ties chart",
    "reciprocity": "The gives and asks chart",
    "findings": "The outreach feedback chart",
    "commitments": "The commitments chart",
    "confidence": "The confidence before/after figure",
}


@dataclass
class Part:
    """What one sharing participant puts into the cohort figures: counts only, small enough to keep for
    thousands of people (their answers and contacts are dropped once this is taken)."""

    size: int
    by_ring: dict[str, int]
    dormant: int
    dormant_share: float | None
    gave: int
    asked: int
    #: The linter's warning rule ids of each of their messages (one sorted list per message).
    rules: list[list[str]]
    cadences: list[str]
    confidence: tuple[int, int] | None

    def members(self) -> dict[str, str]:
        """Figure id → what this participant put into it (compared between reports, never shown)."""
        part: dict[str, Any] = {"rings": [self.size, sorted(self.by_ring.items())]}
        if self.dormant_share is not None:
            part["dormant"] = [self.dormant, self.size]
        if self.gave or self.asked:
            part["reciprocity"] = [self.gave, self.asked]
        if self.rules:
            part["findings"] = sorted(self.rules)
        if self.cadences:
            part["commitments"] = sorted(self.cadences)
        if self.confidence is not None:
            part["confidence"] = list(self.confidence)
        return {figure: _encode(value) for figure, value in part.items()}


def part_of(facts: Facts, today: _dt.date) -> Part:
    """One participant's :class:`Part`, from their :class:`Facts`: the network's rules are the contacts' own
    (:meth:`~netkit.contacts.Contact.is_dormant`, ``gives``, ``asks``; the totals of
    :func:`~netkit.exercises.network.analysis.summarise` and ``reciprocity``, without the sectors,
    organisations and per-contact ranking a cohort figure never shows), counted once
    (:class:`~netkit.contacts.ContactTally`); then the outreach linter and the plan."""
    network = facts.network
    by_ring, dormant, gave, asked = network.counts(today)
    size = network.size
    before, after = facts.confidence
    return Part(
        size=size,
        by_ring=by_ring,
        dormant=dormant,
        dormant_share=round(dormant / size, 3) if size else None,
        gave=gave,
        asked=asked,
        rules=_message_rules(facts),
        cadences=[str(entry.cadence) for entry in facts.plan],
        confidence=(before, after) if before is not None and after is not None else None,
    )


def aggregate(
    answer_sets: Iterable[Mapping[str, Any] | Facts | Part],
    *,
    today: _dt.date | None = None,
    min_group: int = MIN_GROUP,
    keys: Sequence[str] | None = None,
) -> Aggregates:
    """Cohort counts from the answers (or :class:`Facts`, or :class:`Part`) of the participants who share
    (those only).

    Each figure records how many participants it describes, so a figure drawn from fewer than
    ``min_group`` of them is withheld (:meth:`Aggregates.shown`), and what each participant (``keys``,
    one per answer set; their order otherwise) put into it, so that the next report can tell how many
    people's part changed (:mod:`netkit.coach.collect.release`).
    """
    from netkit.contacts import RINGS

    today = today or _dt.date.today()
    sizes, dormant_shares, balances, per_person, conf = [], [], [], [], []
    rings: Counter = Counter(dict.fromkeys(RINGS, 0))
    findings: Counter = Counter()
    cadences: Counter = Counter()
    contacts_total = dormant = gave = asked = messages = writers = 0
    count = 0
    members: dict[str, dict[str, str]] = {figure: {} for figure in SHARING_FIGURES}
    for index, item in enumerate(answer_sets):
        if isinstance(item, Part):
            part = item
        else:
            part = part_of(item if isinstance(item, Facts) else Facts.of(item), today)
        key = keys[index] if keys is not None else str(index)
        count += 1
        sizes.append(part.size)
        rings.update(part.by_ring)
        contacts_total += part.size
        dormant += part.dormant
        if part.dormant_share is not None:
            dormant_shares.append(part.dormant_share)
        gave += part.gave
        asked += part.asked
        if part.gave or part.asked:
            balances.append(part.gave - part.asked)
        writers += bool(part.rules)
        messages += len(part.rules)
        for found in part.rules:
            findings.update(found)
        if part.cadences:
            per_person.append(len(part.cadences))
            cadences.update(part.cadences)
        if part.confidence is not None:
            conf.append(part.confidence[1] - part.confidence[0])
        for figure, value in part.members().items():
            members[figure][key] = value
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
        dormant_contacts=contacts_total,
        members=members,
        contributors={
            "rings": count,
            "dormant": len(dormant_shares),
            "reciprocity": len(balances),
            "findings": writers,
            "commitments": len(per_person),
            "confidence": len(conf),
        },
    )
