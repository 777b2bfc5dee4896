"""From reflection to commitment: a methodical stay-in-touch plan.

The idea comes from a career coach's regret (seed 004): she now keeps a list of people she
contacts every month, and a list means she does not have to decide, each time, whether to
dare. The plan here is that list, with a *cadence* per person. The default cadence of each ring,
and the reason for it, is :data:`netkit.contacts.rhythms.RING_RHYTHM` — the same rhythm exercise 1 shows
and its calendar uses (weak ties are deliberately not the rarest: they bring the new leads).

(ring keys are the ones of :mod:`netkit.contacts`, read tolerantly from ``network.contacts``).

Each :class:`PlanEntry` has a first step and a first date. From them come the dates each
person is due (:func:`due_dates`, the same rule the calendar file carries, so the workbook and
the calendar never disagree), "who to contact this month" (:func:`due_this_month`), a short
commitment statement, calendar reminders with an RRULE per cadence (:func:`to_reminders`),
and a printable one-page plan (:func:`plan_html`: HTML with print CSS; the participant's browser
prints it or saves it as a PDF, so no PDF library, numpy or matplotlib is needed).

Pure: no widgets. The printable plan is a template (``templates/html/plan.html.j2``) that escapes every user
string; words and dates follow the participant's language (:func:`first_step_in` shows the kit's suggested first
steps in it).
"""

from __future__ import annotations

from netkit.exercises.reflection.plan.dates import (
    Due,
    commitment_statement,
    due_dates,
    due_this_month,
    next_due,
    rrule_for,
)
from netkit.exercises.reflection.plan.model import (
    DEFAULT_CADENCE,
    DEFAULT_RING,
    RINGS,
    Person,
    PlanEntry,
    default_cadence,
    default_first_step,
    entry_problems,
    first_step_in,
    make_entry,
    parse_closeness,
    people_from_contacts,
    plan_from_json,
    plan_to_json,
)
from netkit.exercises.reflection.plan.output import plan_html, to_reminders

__all__ = [
    "DEFAULT_CADENCE",
    "DEFAULT_RING",
    "Due",
    "Person",
    "PlanEntry",
    "RINGS",
    "commitment_statement",
    "default_cadence",
    "default_first_step",
    "due_dates",
    "due_this_month",
    "entry_problems",
    "first_step_in",
    "make_entry",
    "next_due",
    "output",
    "parse_closeness",
    "people_from_contacts",
    "plan_from_json",
    "plan_html",
    "plan_to_json",
    "rrule_for",
    "to_reminders",
]
