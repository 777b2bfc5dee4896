"""The plan's vocabulary (rings, cadences, first steps), the people it can hold, and checked plan entries."""

from __future__ import annotations

import datetime as _dt
import functools
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from netkit.contacts import RINGS as CONTACT_RINGS
from netkit.contacts.rhythms import CADENCES, RING_RHYTHM, Cadence
from netkit.date_input import maybe_date
from netkit.exceptions import InputError
from netkit.languages import N_

__all__ = [
    "DEFAULT_CADENCE",
    "DEFAULT_CADENCE_BY_RING",
    "DEFAULT_RING",
    "MAX_AHEAD_DAYS",
    "MAX_NAME",
    "Person",
    "PlanEntry",
    "RINGS",
    "WHERE",
    "default_cadence",
    "default_first_step",
    "entry_problems",
    "first_step_in",
    "make_entry",
    "match_key",
    "parse_cadence",
    "parse_closeness",
    "people_from_contacts",
    "plan_date",
    "plan_from_json",
    "plan_to_json",
]

WHERE = "your stay-in-touch plan"
MAX_AHEAD_DAYS = 366
MAX_NAME = 120


#: The plan's default rhythm per ring: the one source, :mod:`netkit.contacts.rhythms`.
DEFAULT_CADENCE_BY_RING = {key: rhythm.cadence for key, rhythm in RING_RHYTHM.items()}
#: Ring key → (label, default cadence key), in ring order.
RINGS: dict[str, tuple[str, str]] = {
    key: (ring.label, DEFAULT_CADENCE_BY_RING[key]) for key, ring in CONTACT_RINGS.items()
}
#: The ring a new plan entry starts in.
DEFAULT_RING = "close"
#: The cadence a new plan entry starts with.
DEFAULT_CADENCE = "monthly"

_RING_ALIASES = {
    "inner circle": "inner",
    "core": "inner",
    "closest": "inner",
    "family": "inner",
    "close friend": "close",
    "friend": "close",
    "friends": "close",
    "wider": "regular",
    "outer": "regular",
    "wider network": "regular",
    "middle": "regular",
    "weak": "acquaintance",
    "acquaintances": "acquaintance",
    "loose": "acquaintance",
    "lost touch": "dormant",
    "dormant lost touch": "dormant",
    "dormant tie": "dormant",
    "revive": "dormant",
}

_FIRST_STEPS = {
    "inner": N_("Call or message to ask how they are, and share one piece of your news."),
    "close": N_("Send a short note: something you read that made you think of them, no ask."),
    "regular": N_("Comment on their recent news or send a brief update on your work."),
    "acquaintance": N_("Send a friendly hello with one thing you found useful for them."),
    "dormant": N_("Send one revival message: remind them how you know each other and ask how they are."),
}


# --------------------------------------------------------------------------- vocabulary
def match_key(text: Any) -> str:
    """The form in which the plan compares names, labels and synonyms: NFKC, case-folded, dashes, underscores and
    brackets read as spaces, runs of spaces as one ("Ana-María (work)" and "ana maría work" are one person)."""
    value = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return " ".join(value.replace("-", " ").replace("_", " ").replace("(", " ").replace(")", " ").split())


def parse_closeness(value: Any) -> str | None:
    """The ring key for a key, a label, a common synonym or a ring number 1–5; ``None`` if unknown."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        keys = list(RINGS)
        return keys[value - 1] if 1 <= value <= len(keys) else None
    if type(value) is str:  # the stored form (a key): every word below is already in match_key form
        known = _vocabulary()[0].get(value) or _RING_ALIASES.get(value)
        if known:
            return known
    text = match_key(value)
    if not text:
        return None
    return _vocabulary()[0].get(text) or _RING_ALIASES.get(text)


def parse_cadence(value: Any) -> str | None:
    """The cadence key for a key or a label (``"every month"``); ``None`` if unknown."""
    cadences = _vocabulary()[1]
    if type(value) is str and value in cadences:  # the stored form (a key), already in match_key form
        return cadences[value]
    return cadences.get(match_key(value))


@functools.cache
def _vocabulary() -> tuple[dict[str, str], dict[str, str]]:
    """``({word: ring key}, {word: cadence key})``: each ring's key, label and number and each cadence's key and
    label in :func:`match_key` form, made once (the first ring or cadence a word names wins, as in a scan in
    order); a cohort report reads thousands of plans."""
    rings: dict[str, str] = {}
    for number, (key, (label, _)) in enumerate(RINGS.items(), start=1):
        for word in (key, match_key(label), str(number)):
            rings.setdefault(word, key)
    cadences: dict[str, str] = {}
    for key, cadence in CADENCES.items():
        for word in (match_key(key), match_key(cadence.label)):
            cadences.setdefault(word, key)
    return rings, cadences


def default_cadence(closeness: str) -> str:
    """The cadence a ring gets unless the participant picks another: its ring's rhythm (netkit.contacts.rhythms)."""
    ring = parse_closeness(closeness) or DEFAULT_RING
    return RINGS[ring][1]


def default_first_step(closeness: str) -> str:
    """A first step suited to the ring (a revival message for a dormant tie)."""
    return _FIRST_STEPS[parse_closeness(closeness) or DEFAULT_RING]


def first_step_in(step: str, gettext: Callable[[str], str] = str) -> str:
    """``step`` to show or print: one of the kit's suggested first steps (stored in English by an older workbook
    or a file) in the language of ``gettext``; the participant's own words exactly as they wrote them."""
    return gettext(step) if step in _FIRST_STEPS.values() else step


# --------------------------------------------------------------------------- people
@dataclass(frozen=True)
class Person:
    """Someone the participant can put in the plan: a name and, when known, a ring."""

    name: str
    closeness: str = DEFAULT_RING


def people_from_contacts(contacts: Any) -> list[Person]:
    """People from exercise 1's ``network.contacts`` (a list of dicts), read tolerantly.

    Only ``name`` is needed; ``ring`` or ``closeness`` is used when it makes sense. Entries
    without a name, or that are not dicts, are skipped; the same name is listed once.
    """
    people: list[Person] = []
    seen: set[str] = set()
    if not isinstance(contacts, (list, tuple)):
        return people
    for item in contacts:
        if not isinstance(item, Mapping):
            continue
        name = " ".join(str(item.get("name") or "").split())
        if not name or match_key(name) in seen:
            continue
        seen.add(match_key(name))
        ring = parse_closeness(item.get("ring")) or parse_closeness(item.get("closeness")) or DEFAULT_RING
        people.append(Person(name, ring))
    return people


# --------------------------------------------------------------------------- the plan
@dataclass(frozen=True)
class PlanEntry:
    """One person in the plan: how close, how often, what to do first, and when."""

    person: str
    closeness: str
    cadence: str
    first_step: str
    first_date: _dt.date

    @property
    def revival(self) -> bool:
        """A dormant tie starts with one revival message, then the cadence."""
        return self.closeness == "dormant"

    @property
    def cadence_info(self) -> Cadence:
        return CADENCES[self.cadence]

    def to_dict(self) -> dict:
        """JSON-ready: ``{"person", "closeness", "cadence", "first_step", "first_date": "YYYY-MM-DD"}``."""
        return {
            "person": self.person,
            "closeness": self.closeness,
            "cadence": self.cadence,
            "first_step": self.first_step,
            "first_date": self.first_date.isoformat(),
        }


def plan_date(day: _dt.date) -> str:
    """A date as the plan's texts write it: "Thu 3 Dec 2026" (short, and the weekday helps choose a day)."""
    return f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')}"


def entry_problems(
    person: Any,
    closeness: Any = None,
    cadence: Any = None,
    first_date: Any = None,
    *,
    today: _dt.date,
    existing: Iterable[PlanEntry] = (),
) -> list[str]:
    """What is wrong with a plan line, in words a participant can act on (empty when fine)."""
    problems = []
    name = " ".join(str(person or "").split())
    if not name:
        problems.append("Write the name of the person you want to stay in touch with.")
    elif len(name) > MAX_NAME:
        problems.append(f"The name is {len(name)} characters long; shorten it to {MAX_NAME} or fewer.")
    elif any(match_key(e.person) == match_key(name) for e in existing):
        problems.append(f"{name} is already in your plan. Remove the old line first if you want to change it.")
    if closeness not in (None, "") and parse_closeness(closeness) is None:
        problems.append(
            f"Unknown closeness {closeness!r}; choose one of: " + ", ".join(label for label, _ in RINGS.values()) + "."
        )
    if cadence not in (None, "") and parse_cadence(cadence) is None:
        problems.append(
            f"Unknown cadence {cadence!r}; choose one of: " + ", ".join(c.label for c in CADENCES.values()) + "."
        )
    day = maybe_date(first_date)
    if first_date in (None, ""):
        problems.append("Choose the date of your first step.")
    elif day is None:
        problems.append(f"{first_date!r} is not a date; use the date picker (or YYYY-MM-DD).")
    elif day < today:
        problems.append(f"The first date ({plan_date(day)}) is in the past; choose today or a later day.")
    elif (day - today).days > MAX_AHEAD_DAYS:
        problems.append(
            f"The first date ({plan_date(day)}) is more than a year away; "
            "a plan works best when the first step is soon."
        )
    return problems


def make_entry(
    person: Any,
    closeness: Any = None,
    cadence: Any = None,
    first_step: Any = "",
    first_date: Any = None,
    *,
    today: _dt.date,
    existing: Iterable[PlanEntry] = (),
) -> PlanEntry:
    """A checked plan line; blanks get the ring's defaults. Raises :class:`InputError` listing every problem."""
    existing = list(existing)
    problems = entry_problems(person, closeness, cadence, first_date, today=today, existing=existing)
    if problems:
        raise InputError(" ".join(problems), where=WHERE, fix="correct the line and press Add again")
    ring = parse_closeness(closeness) or DEFAULT_RING
    step = " ".join(str(first_step or "").split()) or default_first_step(ring)
    return PlanEntry(
        person=" ".join(str(person).split()),
        closeness=ring,
        cadence=parse_cadence(cadence) or default_cadence(ring),
        first_step=step,
        first_date=maybe_date(first_date),  # type: ignore[arg-type]  # entry_problems vetted it
    )


def plan_to_json(entries: Iterable[PlanEntry]) -> list[dict]:
    """The plan as the answers store keeps it (``reflection.plan``)."""
    return [entry.to_dict() for entry in entries]


def plan_from_json(data: Any) -> tuple[list[PlanEntry], list[str]]:
    """Entries from ``reflection.plan``, plus a message for each line that could not be read.

    Restoring never applies the "date in the past" rule (last month's plan is still a plan);
    an unreadable line is reported, never dropped silently.
    """
    entries: list[PlanEntry] = []
    problems: list[str] = []
    if data in (None, ""):
        return entries, problems
    if not isinstance(data, list):
        return entries, ["The saved plan is not a list of people; it was left as it is on disk."]
    for number, item in enumerate(data, start=1):
        if not isinstance(item, Mapping):
            problems.append(f"Saved plan line {number} is not a person; it was skipped.")
            continue
        name = " ".join(str(item.get("person") or "").split())
        day = maybe_date(item.get("first_date"))
        if not name or day is None:
            problems.append(
                f"Saved plan line {number} ({name or 'no name'}) has no usable "
                f"{'name' if not name else 'date'}; add it again."
            )
            continue
        ring = parse_closeness(item.get("closeness")) or DEFAULT_RING
        entries.append(
            PlanEntry(
                name,
                ring,
                parse_cadence(item.get("cadence")) or default_cadence(ring),
                str(item.get("first_step") or "") or default_first_step(ring),
                day,
            )
        )
    return entries, problems
