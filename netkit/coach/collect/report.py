"""The cohort report model: one row per participant and the group's aggregates (min-group suppression)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from netkit.coach.collect.facts import (
    MIN_GROUP,
    NOT_SHARING,
    NOT_STARTED,
    OPTED_OUT,
    PROBLEM,
    SHARED,
    Facts,
    progress,
)
from netkit.coach.collect.figures import (
    SHARING_FIGURES,
    Aggregates,
    AnonymousGroup,
    Part,
    aggregate,
    anonymous_group,
    part_of,
)
from netkit.exceptions import describe
from netkit.store import schema

__all__ = [
    "Aggregates",
    "AnonymousGroup",
    "CohortReport",
    "Digest",
    "ParticipantRow",
    "SHARING_FIGURES",
    "aggregate",
    "build_report",
    "digest",
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
class CohortReport:
    """The progress table (named sharers and who is not sharing; never anyone sharing without their name),
    the aggregates (``None`` while too few share), the anonymous group, and what went wrong."""

    rows: list[ParticipantRow]
    aggregates: Aggregates | None
    min_group: int = MIN_GROUP
    generated_at: str = ""
    source: str = ""
    anonymous: AnonymousGroup = field(default_factory=AnonymousGroup)

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
            + (
                f" {self.anonymous.count} more share without their name (counted as a group only)."
                if self.anonymous.shown
                else ""
            )
        ]
        for row in self.problems:
            parts.append(f"  skipped {row.name}: {row.problem}")
        for row in self.rows:
            if row.note:
                parts.append(f"  {row.name}: {row.note}")
        if self.aggregates is None:
            parts.append(f"Cohort charts need at least {self.min_group} participants sharing.")
        return "\n".join(parts)


@dataclass
class Digest:
    """What the report needs of one participant, taken as soon as their answers are read so that the answers
    (thousands of contacts across a cohort) need not be kept: the sharing choice, the name in their profile,
    how far they got, and what they put into the figures (:class:`Part`, only when they share and started)."""

    choice: str
    saved: bool
    name: str = ""
    percent: dict[str, int] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    part: Part | None = None


def digest(
    answers: Mapping[str, Any] | None,
    *,
    today: _dt.date | None = None,
    migrated: bool = False,
    choice: str | None = None,
) -> Digest:
    """The :class:`Digest` of one participant's answers (``None``: nothing saved yet; ``migrated``: already read
    through today's key names, see :meth:`Facts.of`; ``choice``: the sharing choice already decided on every copy
    by :func:`~netkit.coach.collect.consent.read_consented`, the verdict it wrote into these answers, so it is
    not decided a second time; otherwise :func:`sharing_choice` of the answers)."""
    answers = answers or {}
    profile = answers.get(schema.PROFILE)
    name = str(profile.get("name") or "").strip() if isinstance(profile, Mapping) else ""
    choice = choice or sharing_choice(answers)
    if choice == "no" or (choice == "unset" and answers):
        return Digest(choice, bool(answers), name)
    facts = Facts.of(answers, migrated=migrated)
    percent, missing = progress(facts)
    part = part_of(facts, today or _dt.date.today()) if any(percent.values()) else None
    return Digest(choice, bool(answers), name, percent, missing, part)


def _entry_name(entry: Mapping[str, Any], profile_name: str) -> str:
    name = str(entry.get("name") or "").strip() or profile_name
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

    ``answers`` is the participant's answers mapping (dotted keys → values), their :class:`Digest`
    (what :func:`netkit.coach.collect.read_render` gives, computed for the same ``today``), ``None`` when
    nothing is saved yet (0 % everywhere), or an exception saying why it could not be read
    (the row is reported and skipped). A plain ``{participant id: answers}`` mapping is
    accepted too (e.g. straight from :func:`netkit.hub.fetch_answers`).
    """
    if isinstance(entries, Mapping):
        entries = [({"id": pid}, value) for pid, value in entries.items()]
    today = today or _dt.date.today()
    rows: list[ParticipantRow] = []
    shared: list[Part] = []
    keys: list[str] = []
    anonymous: dict[str, dict[str, int]] = {}
    for index, (entry, answers) in enumerate(entries):
        entry = entry if isinstance(entry, Mapping) else {}
        key = str(entry.get("id") or entry.get("folder") or f"#{index}")
        if answers is None or isinstance(answers, Mapping):
            answers = digest(answers, today=today)
        row = ParticipantRow(
            id=str(entry.get("id") or ""),
            name=_entry_name(entry, answers.name if isinstance(answers, Digest) else ""),
            folder=str(entry.get("folder") or ""),
            status=SHARED,
            note=str(entry.get("note") or ""),
        )
        if isinstance(answers, BaseException):
            row.status, row.problem = PROBLEM, describe(answers, brief=True)
        elif not isinstance(answers, Digest):
            row.status, row.problem = PROBLEM, "the answers are not a set of key/value pairs"
        elif answers.choice == "no":
            row.status = OPTED_OUT
        elif answers.choice == "unset" and answers.saved:
            row.status = NOT_SHARING
        else:
            row.percent, row.missing = answers.percent, answers.missing
            if answers.part is not None:
                shared.append(answers.part)  # a 0-contact network of someone not started would skew the medians
                keys.append(key)
            else:
                row.status = NOT_STARTED
            if answers.choice == "anonymous":  # no row, not even a placeholder: counted in the group's figure
                anonymous[key] = row.percent
                continue
        rows.append(row)
    aggregates = (
        aggregate(shared, today=today, min_group=min_group, keys=keys) if len(shared) >= max(1, min_group) else None
    )
    return CohortReport(
        rows=rows,
        aggregates=aggregates,
        min_group=min_group,
        source=source,
        generated_at=_dt.datetime.now().isoformat(timespec="minutes"),
        anonymous=anonymous_group(anonymous, min_group),
    )
