"""Exercise 3 as one thing (:class:`~netkit.exercises.registry.Exercise`): from regret to a plan you can keep.

What the coach report and the step view count (the prompts answered, a commitment in the plan, confidence rated
twice), the take-home section (the answers written, the plan, this month's list and the commitment, and the plan as
a calendar file) and the paper sheet (confidence, the prompts, the plan table, the commitment). The rest of the kit
reads these through :mod:`netkit.exercises.registry`; nothing else names this exercise.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from netkit.exercises.registry import (
    Exercise,
    Milestone,
    Part,
    Sheet,
    SheetContext,
    TakeHome,
    TakeHomeContext,
    TakeHomePart,
)
from netkit.html_pages import render_fragment
from netkit.languages import DEFAULT_LANGUAGE, N_, gettext_for, short_date
from netkit.reminders_ics import calendar_bytes
from netkit.store import schema

__all__ = ["EXERCISE", "PLAN_CALENDAR_NAME", "confidence_of", "plan_of", "prompts_fraction"]

#: The stay-in-touch plan that goes home, as a calendar file.
PLAN_CALENDAR_NAME = "stay-in-touch.ics"


def confidence_of(answers: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """The confidence ratings (1–10) before and after, ``None`` where not rated (or not readable)."""
    from netkit.exercises.reflection.confidence import level

    return level(answers.get(schema.CONFIDENCE_BEFORE)), level(answers.get(schema.CONFIDENCE_AFTER))


def plan_of(answers: Mapping[str, Any]) -> list:
    """The readable lines of the stay-in-touch plan."""
    from netkit.exercises.reflection.plan import plan_from_json

    entries, _problems = plan_from_json(answers.get(schema.PLAN))
    return entries


def prompts_fraction(answers: Mapping[str, Any]) -> float:
    """The share (0–1) of reflection prompts answered."""
    from netkit.exercises.reflection.prompts import answers_from_store, progress

    return progress(answers_from_store(answers)).fraction


MILESTONES = (
    Milestone("reflection", "every reflection prompt answered", lambda r: r.get(prompts_fraction, 0.0)),
    Milestone("reflection", "a commitment in the plan", lambda r: float(bool(r.get(plan_of, [])))),
    Milestone(
        "reflection", "confidence rated before and after", lambda r: float(None not in r.get(confidence_of, (None,)))
    ),
)


def takehome(answers: Mapping[str, Any], context: TakeHomeContext) -> TakeHomePart:
    """The answers written, the plan with this month's list and the commitment; the plan also as a calendar."""
    from netkit.exercises.reflection.plan import (
        commitment_statement,
        due_this_month,
        first_step_in,
        plan_from_json,
        to_reminders,
    )
    from netkit.exercises.reflection.plan.output import CALENDAR_NAME
    from netkit.exercises.reflection.prompts import PROMPTS, answers_from_store

    today = context.today
    language = context.language
    _ = gettext_for(language)
    english = language in ("", DEFAULT_LANGUAGE)

    def day(value: _dt.date) -> str:  # ISO in English, as before; the language's short date otherwise
        return value.isoformat() if english else short_date(value, language)

    written = answers_from_store(answers)
    answered = [(_(p.question), written[p.id]) for p in PROMPTS if written.get(p.id, "").strip()]
    entries, problems = plan_from_json(answers.get(schema.PLAN) or [])
    ics = calendar_bytes(to_reminders(entries, language), name=_(CALENDAR_NAME)) if entries else None
    before, after = answers.get(schema.CONFIDENCE_BEFORE), answers.get(schema.CONFIDENCE_AFTER)
    confidence = None
    if before is not None or after is not None:
        confidence = (before if before is not None else "–", after if after is not None else "–")
    html = str(
        render_fragment(
            "takehome/reflection.html.j2",
            language=language,
            answered=answered,
            plan=[
                (e.person, _(e.cadence_info.label), first_step_in(e.first_step, _), day(e.first_date)) for e in entries
            ],
            month=[(day(d.date), d.person, d.action) for d in due_this_month(entries, today, language)]
            if entries
            else [],
            commitment=commitment_statement(entries, today, context.name, language) if entries else "",
            problems=problems,
            confidence=confidence,
        )
    )
    return TakeHomePart(html, {PLAN_CALENDAR_NAME: ics} if ics else {})


def worksheet(context: SheetContext) -> Sheet:
    """Confidence before and after, the prompts with room to write, the plan table and the commitment."""
    from netkit.contacts.advice import rhythm_rule
    from netkit.exercises.reflection.prompts import PROMPTS

    _ = gettext_for(context.language)
    return Sheet(
        EXERCISE.id,
        _(EXERCISE.heading),
        _("Answer the questions a couple at a time; nobody sees them unless you choose to share."),
        (
            Part(
                "fields",
                _("Confidence about getting in touch with people (1 = not at all, 10 = very)"),
                items=(_("Before"), _("After")),
            ),
            *(Part("lines", _(prompt.question), hint=_(prompt.hint), lines=3) for prompt in PROMPTS),
            Part(
                "table",
                _("My stay-in-touch plan"),
                hint=_("Each ring has its own rhythm.") + " " + rhythm_rule(),
                columns=(_("Who"), _("Ring"), _("How often"), _("First step"), _("From (date)")),
                rows=6,
            ),
            Part(
                "fields",
                _("My commitment"),
                items=(
                    _("This month I will get in touch with"),
                    _("My first step, and by when"),
                    _("My commitment buddy, who checks in two weeks from now (date)"),
                ),
            ),
        ),
    )


EXERCISE = Exercise(
    id="reflection",
    order=3,
    notebook="reflection.ipynb",
    title="Reflection",
    heading=N_("Exercise 3 — From regret to a plan you can keep"),
    answer_keys=(
        schema.REFLECTION_PAGE,
        schema.REFLECTION_ANSWER_PREFIX,
        schema.REFLECTION_DRAFT_PREFIX,
        schema.PLAN,
        schema.CONFIDENCE_BEFORE,
        schema.CONFIDENCE_AFTER,
    ),
    milestones=MILESTONES,
    takehome=TakeHome(N_("From regret to a plan"), takehome),
    worksheet=worksheet,
    activities=("plan", "buddy", "buddy-check-in"),
    languages=("en", "de", "es"),
)
