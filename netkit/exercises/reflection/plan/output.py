"""The plan leaving the workbook: calendar reminders (one RRULE per cadence), the printable one-page plan, and
both written next to the workbook (:func:`export_plan`, what the plan export form calls)."""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netkit.atomic import atomic_write_bytes
from netkit.contacts import ring_label
from netkit.contacts.advice import FOLLOW_UP
from netkit.exceptions import NetkitError
from netkit.exercises.reflection.confidence import confidence_svg, level
from netkit.exercises.reflection.plan.dates import commitment_statement, due_dates, due_this_month, next_due, rrule_for
from netkit.exercises.reflection.plan.model import PlanEntry, first_step_in, match_key, plan_date, plan_from_json
from netkit.exercises.reflection.prompts import PROMPTS, answers_from_store
from netkit.languages import DEFAULT_LANGUAGE, N_, gettext_for, short_date, written_date
from netkit.markup import Markup, escape_attr
from netkit.reminders_ics import Reminder, calendar_bytes
from netkit.store import schema

__all__ = [
    "CALENDAR_NAME",
    "ExportedPlan",
    "HTML_NAME",
    "ICS_NAME",
    "MEDIA_TYPES",
    "export_plan",
    "plan_html",
    "to_reminders",
]


# --------------------------------------------------------------------------- calendar
def _uid(entry: PlanEntry, part: str) -> str:
    digest = hashlib.sha256(f"netkit-plan\x00{match_key(entry.person)}\x00{part}".encode()).hexdigest()[:20]
    return f"{digest}-{part}@netkit"


def to_reminders(entries: Iterable[PlanEntry], language: str = "") -> list[Reminder]:
    """Calendar reminders: one recurring event per person (RRULE from the cadence), titles and descriptions in
    ``language`` (English by default; the person and the first step stay as the participant wrote them).

    A dormant tie gets a one-off revival reminder on its first date, and the recurring one
    starts one cadence later. UIDs depend on the person, so re-importing an updated plan
    updates the events rather than duplicating them.
    """
    _ = gettext_for(language)
    reminders = []
    tip = _(FOLLOW_UP.short)  # the kit's one follow-up advice (netkit.contacts.advice)
    for entry in entries:
        cadence = _(entry.cadence_info.label)
        if entry.revival:
            reminders.append(
                Reminder(
                    title=_("Reconnect with {person}").replace("{person}", entry.person),
                    start=entry.first_date,
                    description=_("First step: {step}").replace("{step}", first_step_in(entry.first_step, _))
                    + f"\n{tip}",
                    uid=_uid(entry, "revival"),
                )
            )
            # The second date of the same rule, so month-end clamping matches the workbook's dates.
            start = due_dates(
                entry, entry.first_date + _dt.timedelta(days=1), entry.first_date + _dt.timedelta(days=400)
            )[0]
            keep = _("Keep in touch with {person} {cadence}.")
            description = keep.replace("{person}", entry.person).replace("{cadence}", cadence) + f"\n{tip}"
        else:
            start = entry.first_date
            first = _("First time: {step}").replace("{step}", first_step_in(entry.first_step, _))
            then = _("Then {cadence}: something useful, an update, or just to ask how they are.")
            description = f"{first}\n{then.replace('{cadence}', cadence)}\n{tip}"
        reminders.append(
            Reminder(
                title=_("Stay in touch: {person}").replace("{person}", entry.person),
                start=start,
                description=description,
                rrule=rrule_for(entry.cadence, entry.first_date),
                uid=_uid(entry, "rhythm"),
            )
        )
    return reminders


# --------------------------------------------------------------------------- printable plan
def plan_html(
    entries: Sequence[PlanEntry],
    today: _dt.date,
    *,
    name: str = "",
    reflections: Sequence[tuple[str, str]] = (),
    confidence: tuple[int | None, int | None] = (None, None),
    title: str = "",
    language: str = "",
) -> str:
    """A self-contained, printable one-page plan (HTML with print CSS, no external files).

    Opened in a browser it has a "Print, or save as PDF" button (hidden on paper): the browser's
    own print dialog makes the PDF, with every script's glyphs.

    ``reflections`` are (question, answer) pairs to print under the plan; ``confidence`` the
    before/after check-in. ``title`` defaults to "My stay-in-touch plan". Every word the kit writes, and every
    date and month, is in ``language`` (English by default, as before). The page is the template
    ``templates/html/plan.html.j2`` (:mod:`netkit.html_pages`), which escapes every user string.
    """
    from netkit.html_pages import render_page

    _ = gettext_for(language)
    english = language in ("", DEFAULT_LANGUAGE)
    entries = list(entries)
    before, after = confidence
    shown = before is not None or after is not None
    return (
        render_page(
            "plan.html.j2",
            language=language or DEFAULT_LANGUAGE,
            title=escape_attr(title or _(PLAN_TITLE)),  # the frame's <title>: no element may go there
            heading=title or _(PLAN_TITLE),
            name=name.strip() and name,
            made_on=_day(today, language) if english else written_date(today, language),
            commitment=commitment_statement(entries, today, name, language),
            month=today.strftime("%B %Y") if english else _month(today, language),
            due=[
                {"day": _day(d.date, language), "person": d.person, "action": d.action}
                for d in due_this_month(entries, today, language)
            ],
            rows=[
                {
                    "person": e.person,
                    "ring": _(ring_label(e.closeness)),
                    "cadence": _(e.cadence_info.label),
                    "step": first_step_in(e.first_step, _),
                    "first": _day(e.first_date, language),
                    "next": _day(next_due(e, today), language),
                }
                for e in entries
            ],
            chart=Markup(confidence_svg(before, after, _)) if shown else "",  # the kit's own SVG
            before=str(before if before is not None else "–"),
            after=str(after if after is not None else "–"),
            reflections=[(q, a) for q, a in reflections if a and a.strip()],
        )
        + "\n"
    )


def _day(value: _dt.date, language: str) -> str:
    """A date in the plan's tables: English as before ("Thu 3 Dec 2026"), else the language's own short form."""
    return plan_date(value) if language in ("", DEFAULT_LANGUAGE) else short_date(value, language, weekday=True)


def _month(day: _dt.date, language: str) -> str:
    """The month and year as a heading says it ("Dezember 2026", "diciembre de 2026"; Babel's CLDR skeleton)."""
    from babel.dates import format_skeleton

    from netkit.languages import locale_name

    return str(format_skeleton("yMMMM", day, locale=locale_name(language)))


# --------------------------------------------------------------------------- both files, written
ICS_NAME = "stay-in-touch.ics"
HTML_NAME = "stay-in-touch-plan.html"
#: The plan's files, in the order they are made and listed, with their media types.
MEDIA_TYPES = {ICS_NAME: "text/calendar", HTML_NAME: "text/html"}
CALENDAR_NAME = N_("Stay in touch")
#: The printable plan's title (translated where it is written).
PLAN_TITLE = N_("My stay-in-touch plan")


@dataclass(frozen=True)
class ExportedPlan:
    """What :func:`export_plan` made: ``files`` maps each file name to the very bytes written (and offered
    for download); ``problems`` are plan entries that could not be read (said, not dropped silently);
    ``error`` is why the copies could not be saved, or None (the bytes are in ``files`` either way)."""

    folder: Path
    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    error: OSError | None = None


def export_plan(
    answers: Mapping[str, Any],
    folder: str | Path,
    today: _dt.date,
    *,
    name: str = "",
    only: str | None = None,
    language: str = "",
) -> ExportedPlan:
    """Make the calendar file and the printable plan from a workbook's ``answers`` and write them into ``folder``.

    ``only`` (:data:`ICS_NAME` or :data:`HTML_NAME`) makes that file alone; otherwise both. The printable
    plan carries the reflection answers and the confidence check-in. Each file is written atomically
    (:func:`netkit.atomic.atomic_write_bytes`): a crash leaves the old copy or the new one, never half a file.
    An empty plan raises :class:`NetkitError` and writes nothing; an unwritable folder is reported in
    ``error``, not raised, so the caller can still offer the bytes. Both files speak ``language`` (English by
    default): the page's words and dates, the calendar's name, event titles and descriptions.
    """
    _ = gettext_for(language)
    entries, problems = plan_from_json(answers.get(schema.PLAN))
    if not entries:
        raise NetkitError(_("Your plan is empty: add at least one person first."), where=folder)
    texts = answers_from_store(answers)
    makers = {
        ICS_NAME: lambda: calendar_bytes(to_reminders(entries, language), name=_(CALENDAR_NAME)),
        HTML_NAME: lambda: plan_html(
            entries,
            today,
            name=name,
            language=language,
            reflections=[(_(p.question), texts.get(p.id, "")) for p in PROMPTS],
            confidence=(level(answers.get(schema.CONFIDENCE_BEFORE)), level(answers.get(schema.CONFIDENCE_AFTER))),
        ).encode("utf-8"),
    }
    files = {file: makers[file]() for file in ([only] if only in makers else makers)}
    folder = Path(folder)
    try:
        for file, data in files.items():
            atomic_write_bytes(folder / file, data)
    except OSError as exc:
        return ExportedPlan(folder, files, problems, exc)
    return ExportedPlan(folder, files, problems)
