"""Exercise 2 as one thing (:class:`~netkit.exercises.registry.Exercise`): writing a message people are glad to answer.

What the coach report and the step view count (a draft, a message in the outbox, one marked as sent), the take-home
section (each message with its state and follow-up dates, and the follow-ups as a calendar file) and the paper sheet
(the draft, the linter's checklist, the templates, the conversation guide and the role cards). The rest of the kit
reads these through :mod:`netkit.exercises.registry`; nothing else names this exercise.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Mapping
from typing import Any

from netkit.date_input import maybe_date
from netkit.exercises.registry import (
    Exercise,
    Milestone,
    Part,
    Reading,
    Sheet,
    SheetContext,
    TakeHome,
    TakeHomeContext,
    TakeHomePart,
)
from netkit.languages import DEFAULT_LANGUAGE, N_, gettext_for, short_date
from netkit.store import schema

__all__ = [
    "EXERCISE",
    "FOLLOWUPS_NAME",
    "NOT_ON_PAPER",
    "checklist_rules",
    "linted_of",
    "messages_of",
    "outbox_of",
    "template_texts",
    "text_of",
]

#: The follow-up reminders that go home, as a calendar file.
FOLLOWUPS_NAME = "followups.ics"
#: Linter rules that describe the software rather than the message; not for a paper checklist.
NOT_ON_PAPER = frozenset({"english-only"})


def text_of(item: Any) -> str:
    """The text of an outbox message or draft (older versions kept it under ``body`` or ``message``)."""
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        for key in ("text", "body", "message"):
            if isinstance(item.get(key), str):
                return item[key]
    return ""


def _situation_of(item: Any) -> str:
    return str(item.get("situation") or "") if isinstance(item, Mapping) else ""


def outbox_of(answers: Mapping[str, Any]) -> list:
    """The outbox as stored (a list; anything else is an empty outbox)."""
    outbox = answers.get(schema.OUTBOX)
    return outbox if isinstance(outbox, list) else []


def messages_of(answers: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(text, situation) of every outbox message and the current draft, each text once.

    A draft still exactly as its template wrote it (``template_text``) is not the participant's
    writing yet, so it is left out.
    """
    return [(text, _situation_of(item)) for text, item in _message_items(answers)]


def linted_of(answers: Mapping[str, Any]) -> list[Any]:
    """What the composer saved of the linter's findings (the ``linted`` field) for each message of
    :func:`messages_of`, in the same order; ``None`` where nothing was saved. Only
    :func:`~netkit.exercises.outreach.saved_findings.warnings_of` decides whether a saved record may be used."""
    return [item.get("linted") if isinstance(item, Mapping) else None for _text, item in _message_items(answers)]


def _message_items(answers: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(text, stored item) of every outbox message and the current draft, each text once (see :func:`messages_of`)."""
    seen: set[str] = set()
    out = []
    draft = answers.get(schema.OUTREACH_DRAFT)
    if isinstance(draft, Mapping) and text_of(draft).strip() == str(draft.get("template_text") or "").strip():
        draft = None
    for item in [*outbox_of(answers), draft]:
        text = text_of(item)
        if not text.strip():
            continue
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        out.append((text, item))
    return out


def _outbox(reading: Reading) -> list:
    return reading.get(outbox_of, [])


MILESTONES = (
    Milestone("outreach", "a draft started", lambda r: float(bool(r.get(messages_of, [])))),
    Milestone("outreach", "a message in the outbox", lambda r: float(any(text_of(m).strip() for m in _outbox(r)))),
    Milestone(
        "outreach",
        "a message marked as sent",
        lambda r: float(any(isinstance(m, Mapping) and m.get("sent_on") for m in _outbox(r))),
    ),
)


def takehome(answers: Mapping[str, Any], context: TakeHomeContext) -> TakeHomePart:
    """Each message with its state and follow-up dates; the follow-ups also as ``followups.ics``.

    Written in the participant's language when the context carries one (``context.language``; English otherwise):
    the situations' titles from that language's templates, the frame and the calendar through the catalogs."""
    from netkit.business_days import COUNTRY_WHERE, checked_country, working_days
    from netkit.exercises.outreach.followups import followups, followups_ics
    from netkit.exercises.outreach.templates import builtin_templates, situation_for
    from netkit.html_pages import render_fragment

    language = context.language
    _ = gettext_for(language)
    english = language in ("", DEFAULT_LANGUAGE)

    def when(value: Any) -> str:  # ISO in English, as before; the language's short date otherwise
        day = maybe_date(value)
        return str(value) if english or day is None else short_date(day, language)

    outbox = [m for m in (answers.get(schema.OUTBOX) or []) if isinstance(m, Mapping)]
    if not outbox:
        return TakeHomePart(str(render_fragment("takehome/messages.html.j2", language=language, messages=[])))
    country, problem = checked_country(context.country, where=COUNTRY_WHERE)
    due: dict[str, list[_dt.date]] = {}
    for item in followups(outbox, country=country):
        due.setdefault(item.entry_id, []).append(item.day)
    templates = builtin_templates(language)
    messages = []
    for message in outbox:
        try:
            title = situation_for(message.get("situation"), templates).title
        except Exception:  # a coach's own template that is not here any more
            title = str(message.get("situation") or _("Message"))
        sent, replied = message.get("sent_on"), message.get("replied_on")
        state = _("sent {date}").replace("{date}", when(sent)) if sent else _("not sent yet")
        if replied:
            state += _(", they replied {date}").replace("{date}", when(replied))
        follow = due.get(str(message.get("id")), [])
        if follow:
            state += _("; if there is no reply, one nudge on {date}").replace("{date}", when(follow[0]))
        if len(follow) > 1:
            state += _(", then try a second person there from {date}").replace("{date}", when(follow[1]))
        messages.append(
            {
                "title": title,
                "contact": str(message.get("contact", "")),
                "state": state,
                "text": str(message.get("text", "") or ""),
            }
        )
    ics = followups_ics(outbox, country=country, language=language) if due else None
    html = str(
        render_fragment(
            "takehome/messages.html.j2",
            language=language,
            messages=messages,
            rule=working_days(country).rule_in(language) if due else "",  # which days the follow-up dates skipped
            problem=problem or "",  # why a country setting was not used
        )
    )
    return TakeHomePart(html, {FOLLOWUPS_NAME: ics} if ics else {})


def checklist_rules() -> list[tuple[str, str]]:
    """(rule id, plain words) for every linter rule that is about the message itself.

    The words are each rule's title, from :func:`netkit.exercises.outreach.lint.checklist_items` (the linter's own
    rule list), so the paper checklist never silently drops or rewords a rule.
    """
    from netkit.exercises.outreach.lint import checklist_items

    return [(rule, words) for rule, words in checklist_items() if rule not in NOT_ON_PAPER]


def template_texts(language: str = "") -> list[tuple[str, str]]:
    """(title, text with [gaps]) of every built-in message template, for paper, in ``language`` (its copies of the
    templates; English where it has none)."""
    from netkit.exercises.outreach.message import render_message
    from netkit.exercises.outreach.templates import builtin_templates

    return [
        (t.title, render_message(t, {}, {}, placeholders=True, language=language)) for t in builtin_templates(language)
    ]


def worksheet(context: SheetContext) -> Sheet:
    """The draft and its checklist, follow-up dates, templates, the conversation guide and the role cards."""
    _ = gettext_for(context.language)
    return Sheet(
        EXERCISE.id,
        _("Exercise 2 — Write a message"),
        _(
            "Pick one person from your map and a situation: an informational-interview request, "
            "reconnecting, asking for an introduction, a thank-you, or sharing something with no ask."
        ),
        _message_parts(context) + _conversation_parts(context),
    )


def _message_parts(context: SheetContext) -> tuple[Part, ...]:
    """The sheet's first half, the message: to whom, the draft, its checklist, when to follow up, asks and
    no-ask messages, and the templates to start from."""
    from netkit.business_days import checked_country, working_days
    from netkit.contacts.advice import ASK, FOLLOW_UP, NO_ASK

    _ = gettext_for(context.language)
    country = checked_country(context.personal.get("country"))[0]
    weekends = (
        _("Business days skip weekends ({rule}).").replace("{rule}", working_days(country).rule_in(context.language))
        if country
        else _("Business days skip weekends.")
    )
    return (
        Part("fields", _("The message"), items=(_("To (and how I know them)"), _("Situation"))),
        Part(
            "lines",
            _("Your draft"),
            hint=_("Say how you know them in the first line; make the ask a question."),
            lines=10,
        ),
        Part(
            "checklist",
            _("Check your draft (or your partner's) has none of these"),
            items=tuple(_(words) for _rule, words in checklist_rules()),  # each rule's title, in the language
        ),
        Part(
            "fields",
            _("Sent, and when to follow up"),
            # the long advice (with its figures) is English; other languages get the translated short form
            hint=(FOLLOW_UP.long if context.language in ("", DEFAULT_LANGUAGE) else _(FOLLOW_UP.short))
            + " "
            + weekends,
            items=(
                _("Sent on"),
                _("Nudge on (if no reply)"),
                _("Second person on (if still nothing)"),
                _("They replied on"),
            ),
        ),
        Part("list", _("Asks, and messages with no ask"), items=(_(ASK.long), _(NO_ASK.long))),
        Part(
            "texts",
            _("Templates to start from (fill the [gaps] in your own words)"),
            items=tuple(f"{title}\n{text}" for title, text in template_texts(context.language)),
        ),
    )


def _conversation_parts(context: SheetContext) -> tuple[Part, ...]:
    """The sheet's second half, the conversation: preparing, questions, closing, afterwards, the role-play's
    cards (from the run sheet's data) and room for an informational interview's notes."""
    from netkit.exercises.outreach import conversation

    _ = gettext_for(context.language)
    return (
        Part("list", _("Before the conversation"), items=tuple(_(item) for item in conversation.PREPARE)),
        Part(
            "list",
            _("Questions to choose from"),
            items=tuple(_(q) for questions in conversation.QUESTIONS.values() for q in questions),
        ),
        Part("list", _("Closing the conversation"), items=tuple(_(item) for item in conversation.CLOSING)),
        Part("list", _("Afterwards"), items=tuple(_(item) for item in conversation.AFTER)),
        Part(
            "texts",
            _("Role cards for the role-play"),
            items=tuple(
                f"{r['title']}\n" + " ".join(r["card"])
                for r in context.guide["activities"]["role-play"].get("roles", [])
            ),
        ),
        Part(
            "lines",
            _("Informational interview: questions to ask, and notes"),
            hint=_("What is the work really like? What do you wish you had known? Whom else should I talk to?"),
            lines=6,
        ),
    )


EXERCISE = Exercise(
    id="outreach",
    order=2,
    notebook="outreach.ipynb",
    title="Outreach",
    heading=N_("Exercise 2 — Messages people are glad to answer"),
    answer_keys=(schema.OUTREACH_DRAFT, schema.OUTBOX, schema.CONVERSATION_NOTES),
    milestones=MILESTONES,
    takehome=TakeHome(N_("My messages"), takehome),
    worksheet=worksheet,
    activities=("write", "draft-swap", "role-play", "homework-send"),
    languages=("en", "de", "es"),
)
