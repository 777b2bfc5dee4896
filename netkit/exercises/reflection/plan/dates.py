"""When each person in the plan is due: RRULEs (``icalendar.vRecur``, read by ``dateutil``), this month's list, the
commitment."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from netkit.contacts.advice import FOLLOW_UP
from netkit.contacts.rhythms import CADENCES
from netkit.exercises.reflection.plan.model import PlanEntry, first_step_in, match_key, plan_date
from netkit.languages import DEFAULT_LANGUAGE, N_, gettext_for, locale_name

__all__ = ["Due", "commitment_statement", "due_dates", "due_this_month", "next_due", "rrule_for"]

#: Ideas for the later rounds, in turn: reciprocity first (seeds 002, 003).
_KEEP_IN_TOUCH_IDEAS = (  # marked for the catalogs, translated where shown (due_this_month)
    N_("share an article or news they would find useful"),
    N_("send a short update on what you are working on"),
    N_("ask how their project or team is doing"),
    N_("congratulate them on something recent"),
    N_("offer an introduction to someone they would like to meet"),
)

if TYPE_CHECKING:
    from icalendar import vRecur


# --------------------------------------------------------------------------- dates
def rrule_for(cadence: str, start: _dt.date) -> vRecur:
    """The RRULE of a cadence starting on ``start``, as ``icalendar``'s recurrence type.

    A monthly rule starting on the 29th–31st would, by RFC 5545, skip the months that lack that
    day; ``BYMONTHDAY=28..d;BYSETPOS=-1`` makes it fall on the month's last day instead.
    ``rule.to_ical()`` is the text the calendar file carries and :func:`due_dates` reads back.
    """
    from icalendar import vRecur

    info = CADENCES[cadence]
    rule = vRecur({"FREQ": info.freq, "INTERVAL": info.interval})
    if info.freq == "MONTHLY" and start.day > 28:
        rule["BYMONTHDAY"] = list(range(28, start.day + 1))
        rule["BYSETPOS"] = -1
    return rule


def due_dates(entry: PlanEntry, start: _dt.date, end: _dt.date) -> list[_dt.date]:
    """Every date from ``start`` to ``end`` (inclusive) on which ``entry`` is due.

    Computed with dateutil from the very RRULE written to the calendar file.
    """
    if end < start:
        return []
    rule = rrulestr(
        rrule_for(entry.cadence, entry.first_date).to_ical().decode("ascii"),
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


def _action(entry: PlanEntry, index: int, language: str = "") -> str:
    _ = gettext_for(language)
    if index == 0:
        return first_step_in(entry.first_step, _)
    idea = _(_KEEP_IN_TOUCH_IDEAS[(index - 1) % len(_KEEP_IN_TOUCH_IDEAS)])
    return _("Keep in touch: {idea}.").replace("{idea}", idea)


@dataclass(frozen=True)
class Due:
    """One person to contact on one day, with what to do."""

    person: str
    date: _dt.date
    action: str
    first: bool
    past: bool  # earlier this month than today: done, or still to do?


def _month_bounds(today: _dt.date) -> tuple[_dt.date, _dt.date]:
    return today.replace(day=1), today + relativedelta(day=31)  # day=31: the month's last day, whatever its length


def due_this_month(entries: Iterable[PlanEntry], today: _dt.date, language: str = "") -> list[Due]:
    """Who to contact in ``today``'s calendar month, by date (then name); the keep-in-touch ideas of the later
    dates in ``language`` (English by default; the first step is the participant's own words)."""
    start, end = _month_bounds(today)
    out = []
    for entry in entries:
        for day in due_dates(entry, start, end):
            index = _occurrence_index(entry, day)
            out.append(Due(entry.person, day, _action(entry, index, language), index == 0, day < today))
    return sorted(out, key=lambda d: (d.date, match_key(d.person)))


def commitment_statement(entries: Sequence[PlanEntry], today: _dt.date, name: str = "", language: str = "") -> str:
    """A short, plain-text promise the participant can read back (and print), in their ``language`` (English by
    default: the sentences and the dates as before; German and Spanish through the catalogs, dates and month
    names from Babel)."""
    _ = gettext_for(language)
    english = language in ("", DEFAULT_LANGUAGE)
    entries = list(entries)
    if not entries:
        return _("Add at least one person to your plan, and your commitment will appear here.")

    def nice(day: _dt.date) -> str:
        if english:
            return plan_date(day)
        from babel.dates import format_skeleton

        return str(format_skeleton("yMMMMEEEEd", day, locale=locale_name(language)))

    people = "; ".join(f"{e.person} ({_(e.cadence_info.label)})" for e in entries)
    named = bool(name and name.strip())
    if len(entries) == 1:
        promise = (
            _("I, {name}, will stay in touch with one person: {people}.")
            if named
            else _("I will stay in touch with one person: {people}.")
        )
    else:
        promise = (
            _("I, {name}, will stay in touch with {count} people: {people}.")
            if named
            else _("I will stay in touch with {count} people: {people}.")
        )
    lines = [promise.replace("{name}", name.strip()).replace("{count}", str(len(entries))).replace("{people}", people)]
    upcoming = [d for d in due_this_month(entries, today, language) if not d.past]
    if english:
        month = today.strftime("%B")
    else:
        from babel.dates import format_date

        month = str(format_date(today, "LLLL", locale=locale_name(language)))
    if upcoming:
        on = _("{person} on {date}")
        whom = ", ".join(on.replace("{person}", d.person).replace("{date}", nice(d.date)) for d in upcoming)
        lines.append(
            _("This month ({month}) I will get in touch with {people}.")
            .replace("{month}", month)
            .replace("{people}", whom)
        )
    else:
        first = min(entries, key=lambda e: next_due(e, today))
        lines.append(
            _("Nobody is due for the rest of {month}; my next step is {person} on {date}.")
            .replace("{month}", month)
            .replace("{person}", first.person)
            .replace("{date}", nice(next_due(first, today)))
        )
    lines.append(_(FOLLOW_UP.promise))  # the kit's one follow-up advice (netkit.contacts.advice)
    return " ".join(lines)
