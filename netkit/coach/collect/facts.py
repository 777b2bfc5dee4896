"""What one participant's answers say: contacts, messages, the milestones and how far they got."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from netkit.exercises import registry
from netkit.exercises.network.exercise import MIN_CONTACTS, contact_tally_of, contacts_of
from netkit.exercises.outreach.exercise import linted_of, messages_of, outbox_of
from netkit.exercises.reflection.exercise import confidence_of, plan_of, prompts_fraction
from netkit.exercises.registry import Milestone, Reading
from netkit.store import schema

if TYPE_CHECKING:
    from netkit.contacts import ContactTally

__all__ = [
    "ANONYMOUS_NAME",
    "EXERCISES",
    "Facts",
    "MILESTONES",
    "MIN_CONTACTS",
    "MIN_GROUP",
    "Milestone",
    "OPT_OUT_KEY",
    "completion",
    "contact_facts_of",
    "contact_tally_of",
    "contacts_of",
    "light_tally_of",
    "messages_of",
    "missing_steps",
    "progress",
]

#: The answers key a participant's sharing choice is kept under (:data:`netkit.store.schema.OPT_OUT`).
OPT_OUT_KEY = schema.OPT_OUT
#: The fewest people a figure may describe (below it the figure is withheld, so no one is singled out).
MIN_GROUP = 3
#: ``{exercise id: report column title}``, read from the exercise registry at each use.
EXERCISES = registry.LiveMapping(registry.titles)

#: Row statuses: the participant shares, has not started, opted out, does not share, has a problem to fix.
SHARED, NOT_STARTED, OPTED_OUT, NOT_SHARING, PROBLEM = "shared", "not started", "opted out", "not sharing", "problem"
#: The name shown for the group of participants who share anonymously.
ANONYMOUS_NAME = "(shared anonymously)"


# --------------------------------------------------------------------------- completion
@dataclass
class Facts:
    """What the report needs from one participant's answers, read once (counts and objects, no output)."""

    #: What the figures and the milestones count of the contacts (:class:`~netkit.contacts.ContactTally`).
    network: ContactTally
    messages: list[tuple[str, str]]
    outbox: list
    plan: list
    reflection_fraction: float
    confidence: tuple[int | None, int | None]
    #: What the composer saved of the linter's findings for each message (same order; ``None``: nothing saved).
    linted: list = field(default_factory=list)
    #: The same answers for the exercises' own milestones (each reader runs once, shared with the fields above).
    reading: Reading = field(default_factory=lambda: Reading({}), repr=False, compare=False)

    @classmethod
    def of(cls, answers: Mapping[str, Any], *, light: bool = True, migrated: bool = False) -> Facts:
        """The facts of ``answers`` (``migrated``: already read through today's key names, as
        :func:`~netkit.coach.collect.consent.read_consented` gives them; otherwise older names are read through
        today's). ``light``: the contacts are counted straight from the stored dicts
        (:func:`contact_tally_of`), for the report's counts and the exercises' milestones alike; ``False``: from
        full :class:`~netkit.contacts.Contact` objects (the same counts, several times slower; tests compare the
        two)."""
        from netkit.contacts import ContactTally

        kind = _LightReading if light else Reading
        reading = kind(answers) if migrated else kind.of(answers)
        return cls(
            network=reading.get(contact_tally_of) or ContactTally(),
            messages=reading.get(messages_of, []),
            outbox=reading.get(outbox_of, []),
            plan=reading.get(plan_of, []),
            reflection_fraction=reading.get(prompts_fraction, 0.0),
            confidence=reading.get(confidence_of, (None, None)),
            linted=reading.get(linted_of, []),
            reading=reading,
        )

    @property
    def contacts(self) -> list:
        """The contacts themselves, read when asked (the report only counts them, :attr:`network`):
        :class:`~netkit.contacts.model.ContactFacts` on the light path (:func:`contact_facts_of`), else full
        :class:`~netkit.contacts.Contact` objects."""
        return self.reading.get(contacts_of, [])


def contact_facts_of(answers: Mapping[str, Any]) -> list:
    """The participant's contacts as :class:`~netkit.contacts.model.ContactFacts` (ring, last heard, source,
    gives, asks) when every stored contact is usual; otherwise exactly :func:`contacts_of` (full
    :class:`~netkit.contacts.Contact` objects, with its rules for odd ones: an interaction that is text makes the
    whole list unreadable; either way an interaction without a day is skipped and a ``last_contact`` that is no day
    counts as none, :func:`~netkit.contacts.stored_day`). Either answers every count the same way."""
    from netkit.contacts import contact_facts

    items = answers.get(schema.CONTACTS)
    light = contact_facts(items if isinstance(items, list) else [])
    return light if light is not None else contacts_of(answers)


def light_tally_of(answers: Mapping[str, Any]) -> ContactTally:
    """:func:`contact_tally_of` counted straight from the stored contacts (:func:`~netkit.contacts.contact_tally`,
    no object per contact) when every one is usual; otherwise from :func:`contacts_of`, exactly. The same counts
    either way."""
    from netkit.contacts import ContactTally, contact_tally

    items = answers.get(schema.CONTACTS)
    light = contact_tally(items if isinstance(items, list) else [])
    return light if light is not None else ContactTally.of(contacts_of(answers))


class _LightReading(Reading):
    """A :class:`Reading` that counts the contacts with :func:`light_tally_of` wherever :func:`contact_tally_of` is
    asked for (the network exercise's milestones ask for it by name: the report's hot path, no object per contact),
    and reads them with :func:`contact_facts_of` wherever :func:`contacts_of` is (only when someone asks for the
    contacts themselves; that reading builds each :class:`~netkit.contacts.Contact` first)."""

    def get(self, reader: Callable[[Mapping[str, Any]], Any], default: Any = None) -> Any:
        return super().get(_LIGHT.get(reader, reader), default)


#: The readers :class:`_LightReading` reads another way (the same answer, sooner).
_LIGHT: dict[Callable[[Mapping[str, Any]], Any], Callable[[Mapping[str, Any]], Any]] = {
    contacts_of: contact_facts_of,
    contact_tally_of: light_tally_of,
}


#: Every exercise's milestones (declared by each exercise, :mod:`netkit.exercises.registry`), read at each use.
MILESTONES = registry.LiveSequence(registry.milestones)


def completion(answers: Mapping[str, Any] | Facts) -> dict[str, int]:
    """Percent done (0–100) per exercise: the mean of its milestones. Missing keys count as 0."""
    return progress(answers)[0]


def missing_steps(answers: Mapping[str, Any] | Facts) -> dict[str, list[str]]:
    """Per exercise, the milestones not reached yet (what a coach might nudge about)."""
    return progress(answers)[1]


def progress(answers: Mapping[str, Any] | Facts) -> tuple[dict[str, int], dict[str, list[str]]]:
    """``(completion, missing_steps)`` with every milestone scored once (a cohort report needs both)."""
    reading = _reading(answers)
    percent: dict[str, int] = {}
    missing: dict[str, list[str]] = {}
    for exercise in registry.exercises():
        scores = [_safe_score(m, reading) for m in exercise.milestones]
        percent[exercise.id] = round(100 * sum(scores) / len(scores)) if scores else 0
        missing[exercise.id] = [m.label for m, score in zip(exercise.milestones, scores) if score < 1.0]
    return percent, missing


def _reading(answers: Mapping[str, Any] | Facts) -> Reading:
    return answers.reading if isinstance(answers, Facts) else Reading.of(answers)


def _safe_score(milestone: Milestone, reading: Reading) -> float:
    try:
        return max(0.0, min(1.0, float(milestone.score(reading))))
    except Exception:  # an odd hand-edited value: that step is simply not done
        return 0.0
