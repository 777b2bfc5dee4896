"""From reflection to commitment: a methodical stay-in-touch plan.

The idea comes from a career coach's regret (seed 004): she now keeps a list of people she
contacts every month, and a list means she does not have to decide, each time, whether to
dare. The plan here is that list, with a *cadence* per person. The default cadence of each ring,
and the reason for it, is :data:`netkit.rhythms.RING_RHYTHM` — the same rhythm exercise 1 shows
and its calendar uses (weak ties are deliberately not the rarest: they bring the new leads).

(ring keys are the ones of :mod:`netkit.contacts`, read tolerantly from ``network.contacts``).

Each :class:`PlanEntry` has a first step and a first date. From them come the dates each
person is due (:func:`due_dates`, the same rule the calendar file carries, so the workbook and
the calendar never disagree), "who to contact this month" (:func:`due_this_month`), a short
commitment statement, calendar reminders with an RRULE per cadence (:func:`to_reminders`),
and a printable one-page plan (:func:`plan_html`: HTML with print CSS; the participant's browser
prints it or saves it as a PDF, so no PDF library, numpy or matplotlib is needed).

Pure: no widgets. Every user string that reaches HTML goes through :func:`netkit.html.escape`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dateutil.rrule import rrulestr

from .calendar import Reminder
from .confidence import confidence_svg
from .contacts import RINGS as CONTACT_RINGS
from .contacts import ring_label
from .exceptions import InputError
from .html import escape, paragraphs
from .rhythms import CADENCES, RING_RHYTHM, Cadence

__all__ = [
    "CADENCES",
    "DEFAULT_CADENCE",
    "RINGS",
    "Cadence",
    "Due",
    "Person",
    "PlanEntry",
    "add_months",
    "commitment_statement",
    "default_cadence",
    "default_first_step",
    "due_dates",
    "due_this_month",
    "entry_problems",
    "make_entry",
    "next_due",
    "parse_closeness",
    "people_from_contacts",
    "plan_from_json",
    "plan_html",
    "plan_to_json",
    "rrule_for",
    "to_reminders",
]

WHERE = "your stay-in-touch plan"
MAX_AHEAD_DAYS = 366
MAX_NAME = 120


#: The plan's default rhythm per ring: the one source, :mod:`netkit.rhythms`.
DEFAULT_CADENCE_BY_RING = {key: rhythm.cadence for key, rhythm in RING_RHYTHM.items()}
#: Ring key → (label, default cadence key), in ring order.
RINGS: dict[str, tuple[str, str]] = {
    key: (ring.label, DEFAULT_CADENCE_BY_RING[key]) for key, ring in CONTACT_RINGS.items()
}
DEFAULT_RING = "close"
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
    "inner": "Call or message to ask how they are, and share one piece of your news.",
    "close": "Send a short note: something you read that made you think of them, no ask.",
    "regular": "Comment on their recent news or send a brief update on your work.",
    "acquaintance": "Send a friendly hello with one thing you found useful for them.",
    "dormant": "Send one revival message: remind them how you know each other and ask how they are.",
}

#: Ideas for the later rounds, in turn: reciprocity first (seeds 002, 003).
_KEEP_IN_TOUCH_IDEAS = (
    "share an article or news they would find useful",
    "send a short update on what you are working on",
    "ask how their project or team is doing",
    "congratulate them on something recent",
    "offer an introduction to someone they would like to meet",
)


# --------------------------------------------------------------------------- vocabulary
def _fold(text: Any) -> str:
    value = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return " ".join(value.replace("-", " ").replace("_", " ").replace("(", " ").replace(")", " ").split())


def parse_closeness(value: Any) -> str | None:
    """The ring key for a key, a label, a common synonym or a ring number 1–5; ``None`` if unknown."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        keys = list(RINGS)
        return keys[value - 1] if 1 <= value <= len(keys) else None
    text = _fold(value)
    if not text:
        return None
    for number, (key, (label, _)) in enumerate(RINGS.items(), start=1):
        if text in (key, _fold(label), str(number)):
            return key
    return _RING_ALIASES.get(text)


def parse_cadence(value: Any) -> str | None:
    """The cadence key for a key or a label (``"every month"``); ``None`` if unknown."""
    text = _fold(value)
    for key, cadence in CADENCES.items():
        if text in (_fold(key), _fold(cadence.label)):
            return key
    return None


def default_cadence(closeness: str) -> str:
    """The cadence a ring gets unless the participant picks another: closer ties more often."""
    ring = parse_closeness(closeness) or DEFAULT_RING
    return RINGS[ring][1]


def default_first_step(closeness: str) -> str:
    """A first step suited to the ring (a revival message for a dormant tie)."""
    return _FIRST_STEPS[parse_closeness(closeness) or DEFAULT_RING]


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
        if not name or _fold(name) in seen:
            continue
        seen.add(_fold(name))
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


def _as_date(value: Any) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _nice_date(day: _dt.date) -> str:
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
    elif any(_fold(e.person) == _fold(name) for e in existing):
        problems.append(f"{name} is already in your plan. Remove the old line first if you want to change it.")
    if closeness not in (None, "") and parse_closeness(closeness) is None:
        problems.append(
            f"Unknown closeness {closeness!r}; choose one of: " + ", ".join(label for label, _ in RINGS.values()) + "."
        )
    if cadence not in (None, "") and parse_cadence(cadence) is None:
        problems.append(
            f"Unknown cadence {cadence!r}; choose one of: " + ", ".join(c.label for c in CADENCES.values()) + "."
        )
    day = _as_date(first_date)
    if first_date in (None, ""):
        problems.append("Choose the date of your first step.")
    elif day is None:
        problems.append(f"{first_date!r} is not a date; use the date picker (or YYYY-MM-DD).")
    elif day < today:
        problems.append(f"The first date ({_nice_date(day)}) is in the past; choose today or a later day.")
    elif (day - today).days > MAX_AHEAD_DAYS:
        problems.append(
            f"The first date ({_nice_date(day)}) is more than a year away; "
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
        first_date=_as_date(first_date),  # type: ignore[arg-type]  # entry_problems vetted it
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
        day = _as_date(item.get("first_date"))
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


# --------------------------------------------------------------------------- dates
def add_months(day: _dt.date, months: int) -> _dt.date:
    """``day`` moved by ``months``, clamped to the end of shorter months (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = (_dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)).day
    return _dt.date(year, month, min(day.day, last))


def rrule_for(cadence: str, start: _dt.date) -> dict:
    """The RRULE (as an ``icalendar`` dict) of a cadence starting on ``start``.

    A monthly rule starting on the 29th–31st would, by RFC 5545, skip the months that lack that
    day; ``BYMONTHDAY=28..d;BYSETPOS=-1`` makes it fall on the month's last day instead.
    """
    info = CADENCES[cadence]
    rule: dict[str, Any] = {"FREQ": info.freq, "INTERVAL": info.interval}
    if info.freq == "MONTHLY" and start.day > 28:
        rule["BYMONTHDAY"] = list(range(28, start.day + 1))
        rule["BYSETPOS"] = -1
    return rule


def _rrule_text(rule: Mapping[str, Any]) -> str:
    parts = []
    for key, value in rule.items():
        text = ",".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{key}={text}")
    return ";".join(parts)


def due_dates(entry: PlanEntry, start: _dt.date, end: _dt.date) -> list[_dt.date]:
    """Every date from ``start`` to ``end`` (inclusive) on which ``entry`` is due.

    Computed with dateutil from the very RRULE written to the calendar file.
    """
    if end < start:
        return []
    rule = rrulestr(
        _rrule_text(rrule_for(entry.cadence, entry.first_date)),
        dtstart=_dt.datetime.combine(entry.first_date, _dt.time()),
    )
    return [
        d.date()
        for d in rule.between(_dt.datetime.combine(start, _dt.time()), _dt.datetime.combine(end, _dt.time()), inc=True)
    ]


def next_due(entry: PlanEntry, today: _dt.date) -> _dt.date:
    """The first date on or after ``today`` when ``entry`` is due."""
    dates = due_dates(entry, today, today + _dt.timedelta(days=400))
    return dates[0]


def _occurrence_index(entry: PlanEntry, day: _dt.date) -> int:
    return len(due_dates(entry, entry.first_date, day)) - 1


def _action(entry: PlanEntry, index: int) -> str:
    if index == 0:
        return entry.first_step
    idea = _KEEP_IN_TOUCH_IDEAS[(index - 1) % len(_KEEP_IN_TOUCH_IDEAS)]
    return f"Keep in touch: {idea}."


@dataclass(frozen=True)
class Due:
    """One person to contact on one day, with what to do."""

    person: str
    date: _dt.date
    action: str
    first: bool
    past: bool  # earlier this month than today: done, or still to do?


def _month_bounds(today: _dt.date) -> tuple[_dt.date, _dt.date]:
    first = today.replace(day=1)
    return first, add_months(first, 1) - _dt.timedelta(days=1)


def due_this_month(entries: Iterable[PlanEntry], today: _dt.date) -> list[Due]:
    """Who to contact in ``today``'s calendar month, by date (then name)."""
    start, end = _month_bounds(today)
    out = []
    for entry in entries:
        for day in due_dates(entry, start, end):
            index = _occurrence_index(entry, day)
            out.append(Due(entry.person, day, _action(entry, index), index == 0, day < today))
    return sorted(out, key=lambda d: (d.date, _fold(d.person)))


def commitment_statement(entries: Sequence[PlanEntry], today: _dt.date, name: str = "") -> str:
    """A short, plain-text promise the participant can read back (and print)."""
    entries = list(entries)
    if not entries:
        return "Add at least one person to your plan, and your commitment will appear here."
    who = f"I, {name.strip()}," if name and name.strip() else "I"
    people = "; ".join(f"{e.person} ({e.cadence_info.label})" for e in entries)
    count = "one person" if len(entries) == 1 else f"{len(entries)} people"
    lines = [f"{who} will stay in touch with {count}: {people}."]
    upcoming = [d for d in due_this_month(entries, today) if not d.past]
    month = today.strftime("%B")
    if upcoming:
        lines.append(
            f"This month ({month}) I will get in touch with "
            + ", ".join(f"{d.person} on {_nice_date(d.date)}" for d in upcoming)
            + "."
        )
    else:
        first = min(entries, key=lambda e: next_due(e, today))
        lines.append(
            f"Nobody is due for the rest of {month}; my next step is {first.person} "
            f"on {_nice_date(next_due(first, today))}."
        )
    lines.append(
        "If someone does not answer, I will not take it as a refusal — people miss messages far "
        "more often than they say no — and I will write again at the next date."
    )
    return " ".join(lines)


# --------------------------------------------------------------------------- calendar
def _uid(entry: PlanEntry, part: str) -> str:
    digest = hashlib.sha256(f"netkit-plan\x00{_fold(entry.person)}\x00{part}".encode()).hexdigest()[:20]
    return f"{digest}-{part}@netkit"


def to_reminders(entries: Iterable[PlanEntry]) -> list[Reminder]:
    """Calendar reminders: one recurring event per person (RRULE from the cadence).

    A dormant tie gets a one-off revival reminder on its first date, and the recurring one
    starts one cadence later. UIDs depend on the person, so re-importing an updated plan
    updates the events rather than duplicating them.
    """
    reminders = []
    tip = "No answer last time? People miss messages far more often than they refuse: write again now."
    for entry in entries:
        cadence = entry.cadence_info
        if entry.revival:
            reminders.append(
                Reminder(
                    title=f"Reconnect with {entry.person}",
                    start=entry.first_date,
                    description=f"First step: {entry.first_step}\n{tip}",
                    uid=_uid(entry, "revival"),
                )
            )
            # The second date of the same rule, so month-end clamping matches the workbook's dates.
            start = due_dates(
                entry, entry.first_date + _dt.timedelta(days=1), entry.first_date + _dt.timedelta(days=400)
            )[0]
            description = f"Keep in touch with {entry.person} {cadence.label}.\n{tip}"
        else:
            start = entry.first_date
            description = (
                f"First time: {entry.first_step}\nThen {cadence.label}: something useful, "
                f"an update, or just to ask how they are.\n{tip}"
            )
        reminders.append(
            Reminder(
                title=f"Stay in touch: {entry.person}",
                start=start,
                description=description,
                rrule=rrule_for(entry.cadence, entry.first_date),
                uid=_uid(entry, "rhythm"),
            )
        )
    return reminders


# --------------------------------------------------------------------------- printable plan
_PRINT_CSS = """
@page { size: A4; margin: 14mm; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1d;
       font-size: 10.5pt; line-height: 1.35; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 2pt; } h2 { font-size: 12pt; margin: 10pt 0 4pt; color: #2a7ab0; }
.sub { color: #555; margin: 0 0 8pt; }
.commitment { border-left: 4pt solid #2a7ab0; padding: 4pt 8pt; background: #f2f7fb; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top;
        padding: 3pt 5pt; border-bottom: 0.5pt solid #bbb; } th { font-size: 9pt; color: #444; }
td.d { white-space: nowrap; }
.box { display: inline-block; width: 9pt; height: 9pt; border: 1pt solid #444; margin-right: 4pt; }
.reflections dt { font-weight: 600; margin-top: 4pt; } .reflections dd { margin: 0 0 2pt 10pt; }
.tip { font-size: 9pt; color: #444; margin-top: 8pt; }
.noprint { margin: 0 0 10pt; padding: 6pt 12pt; font: inherit; font-weight: 600; cursor: pointer; }
.chart { max-width: 110mm; }
@media print { body { font-size: 10pt; } .noprint { display: none; } h2, tr, .chart { break-inside: avoid; } }
"""


def plan_html(
    entries: Sequence[PlanEntry],
    today: _dt.date,
    *,
    name: str = "",
    reflections: Sequence[tuple[str, str]] = (),
    confidence: tuple[int | None, int | None] = (None, None),
    title: str = "My stay-in-touch plan",
) -> str:
    """A self-contained, printable one-page plan (HTML with print CSS, no external files).

    Opened in a browser it has a "Print, or save as PDF" button (hidden on paper): the browser's
    own print dialog makes the PDF, with every script's glyphs.

    ``reflections`` are (question, answer) pairs to print under the plan; ``confidence`` the
    before/after check-in. Every user string is escaped.
    """
    entries = list(entries)
    rows = "".join(
        f"<tr><td>{escape(e.person)}</td><td>{escape(ring_label(e.closeness))}</td>"
        f"<td>{escape(e.cadence_info.label)}</td><td>{escape(e.first_step)}</td>"
        f"<td class='d'>{escape(_nice_date(e.first_date))}</td>"
        f"<td class='d'>{escape(_nice_date(next_due(e, today)))}</td></tr>"
        for e in entries
    )
    table = (
        f"<table><thead><tr><th>Who</th><th>Closeness</th><th>How often</th><th>First step</th>"
        f"<th>First date</th><th>Next due</th></tr></thead><tbody>{rows}</tbody></table>"
        if entries
        else "<p>No one in the plan yet.</p>"
    )
    due = due_this_month(entries, today)
    month_items = "".join(
        f"<li><span class='box'></span><b>{escape(_nice_date(d.date))}</b> — {escape(d.person)}: "
        f"{escape(d.action)}</li>"
        for d in due
    )
    month = (
        f"<ul style='list-style:none;padding-left:0'>{month_items}</ul>" if due else "<p>Nobody is due this month.</p>"
    )
    before, after = confidence
    conf = ""
    if before is not None or after is not None:
        conf = (
            f"<h2>Confidence about reaching out</h2><p>Before: <b>{escape(before if before is not None else '–')}"
            f"</b>/10 &nbsp; After: <b>{escape(after if after is not None else '–')}</b>/10</p>"
            f"<div class='chart'>{confidence_svg(before, after)}</div>"
        )
    refl = ""
    answered = [(q, a) for q, a in reflections if a and a.strip()]
    if answered:
        refl = (
            "<h2>My reflections</h2><dl class='reflections'>"
            + "".join(f"<dt>{escape(q)}</dt><dd>{paragraphs(a)}</dd>" for q, a in answered)
            + "</dl>"
        )
    owner = f" — {escape(name)}" if name and name.strip() else ""
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{_PRINT_CSS}</style></head><body>"
        "<button type='button' class='noprint' onclick='window.print()'>Print, or save as PDF</button>"
        f"<h1>{escape(title)}{owner}</h1>"
        f"<p class='sub'>Made on {escape(_nice_date(today))} with netkit.</p>"
        f"<div class='commitment'>{escape(commitment_statement(entries, today, name))}</div>"
        f"<h2>Who to contact in {escape(today.strftime('%B %Y'))}</h2>{month}"
        f"<h2>The whole list</h2>{table}{conf}{refl}"
        "<p class='tip'>Nervous before reaching out? Most people are. Keep the message short, "
        "lead with the connection, offer something, and remember that no reply is not a refusal.</p>"
        "</body></html>\n"
    )
