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
from netkit.exercises.reflection.plan.model import PlanEntry, match_key, plan_date, plan_from_json
from netkit.exercises.reflection.prompts import PROMPTS, answers_from_store
from netkit.markup import escape, paragraphs
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


def to_reminders(entries: Iterable[PlanEntry]) -> list[Reminder]:
    """Calendar reminders: one recurring event per person (RRULE from the cadence).

    A dormant tie gets a one-off revival reminder on its first date, and the recurring one
    starts one cadence later. UIDs depend on the person, so re-importing an updated plan
    updates the events rather than duplicating them.
    """
    reminders = []
    tip = FOLLOW_UP.short  # the kit's one follow-up advice (netkit.contacts.advice)
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
    table, month = _plan_table(entries, today), _this_month(entries, today)
    conf, refl = _confidence_html(confidence), _reflections_html(reflections)
    owner = f" — {escape(name)}" if name and name.strip() else ""
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{_PRINT_CSS}</style></head><body>"
        "<button type='button' class='noprint' onclick='window.print()'>Print, or save as PDF</button>"
        f"<h1>{escape(title)}{owner}</h1>"
        f"<p class='sub'>Made on {escape(plan_date(today))} with netkit.</p>"
        f"<div class='commitment'>{escape(commitment_statement(entries, today, name))}</div>"
        f"<h2>Who to contact in {escape(today.strftime('%B %Y'))}</h2>{month}"
        f"<h2>The whole list</h2>{table}{conf}{refl}"
        "<p class='tip'>Nervous before reaching out? Most people are. Keep the message short, "
        "lead with the connection, offer something, and remember that no reply is not a refusal.</p>"
        "</body></html>\n"
    )


def _plan_table(entries: list[PlanEntry], today: _dt.date) -> str:
    """The whole list: who, how close, how often, the first step, its date and the next date due."""
    rows = "".join(
        f"<tr><td>{escape(e.person)}</td><td>{escape(ring_label(e.closeness))}</td>"
        f"<td>{escape(e.cadence_info.label)}</td><td>{escape(e.first_step)}</td>"
        f"<td class='d'>{escape(plan_date(e.first_date))}</td>"
        f"<td class='d'>{escape(plan_date(next_due(e, today)))}</td></tr>"
        for e in entries
    )
    table = (
        f"<table><thead><tr><th>Who</th><th>Closeness</th><th>How often</th><th>First step</th>"
        f"<th>First date</th><th>Next due</th></tr></thead><tbody>{rows}</tbody></table>"
        if entries
        else "<p>No one in the plan yet.</p>"
    )
    return table


def _this_month(entries: list[PlanEntry], today: _dt.date) -> str:
    """This month's dates as a checklist (a box to tick per person), or a line saying nobody is due."""
    due = due_this_month(entries, today)
    month_items = "".join(
        f"<li><span class='box'></span><b>{escape(plan_date(d.date))}</b> — {escape(d.person)}: {escape(d.action)}</li>"
        for d in due
    )
    month = (
        f"<ul style='list-style:none;padding-left:0'>{month_items}</ul>" if due else "<p>Nobody is due this month.</p>"
    )
    return month


def _confidence_html(confidence: tuple[int | None, int | None]) -> str:
    """The before/after confidence check-in with its chart; empty when neither was given."""
    before, after = confidence
    conf = ""
    if before is not None or after is not None:
        conf = (
            f"<h2>Confidence about reaching out</h2><p>Before: <b>{escape(before if before is not None else '–')}"
            f"</b>/10 &nbsp; After: <b>{escape(after if after is not None else '–')}</b>/10</p>"
            f"<div class='chart'>{confidence_svg(before, after)}</div>"
        )
    return conf


def _reflections_html(reflections: Sequence[tuple[str, str]]) -> str:
    """The answered reflection questions; empty when none was answered."""
    refl = ""
    answered = [(q, a) for q, a in reflections if a and a.strip()]
    if answered:
        refl = (
            "<h2>My reflections</h2><dl class='reflections'>"
            + "".join(f"<dt>{escape(q)}</dt><dd>{paragraphs(a)}</dd>" for q, a in answered)
            + "</dl>"
        )
    return refl


# --------------------------------------------------------------------------- both files, written
ICS_NAME = "stay-in-touch.ics"
HTML_NAME = "stay-in-touch-plan.html"
#: The plan's files, in the order they are made and listed, with their media types.
MEDIA_TYPES = {ICS_NAME: "text/calendar", HTML_NAME: "text/html"}
CALENDAR_NAME = "Stay in touch"


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
) -> ExportedPlan:
    """Make the calendar file and the printable plan from a workbook's ``answers`` and write them into ``folder``.

    ``only`` (:data:`ICS_NAME` or :data:`HTML_NAME`) makes that file alone; otherwise both. The printable
    plan carries the reflection answers and the confidence check-in. Each file is written atomically
    (:func:`netkit.atomic.atomic_write_bytes`): a crash leaves the old copy or the new one, never half a file.
    An empty plan raises :class:`NetkitError` and writes nothing; an unwritable folder is reported in
    ``error``, not raised, so the caller can still offer the bytes.
    """
    entries, problems = plan_from_json(answers.get(schema.PLAN))
    if not entries:
        raise NetkitError("Your plan is empty: add at least one person first.", where=folder)
    texts = answers_from_store(answers)
    makers = {
        ICS_NAME: lambda: calendar_bytes(to_reminders(entries), name=CALENDAR_NAME),
        HTML_NAME: lambda: plan_html(
            entries,
            today,
            name=name,
            reflections=[(p.question, texts.get(p.id, "")) for p in PROMPTS],
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
