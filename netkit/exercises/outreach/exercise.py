"""Exercise 2 as one thing (:class:`~netkit.exercises.registry.Exercise`): writing a message people are glad to answer.

What the coach report and the step view count (a draft, a message in the outbox, one marked as sent), the take-home
section (each message with its state and follow-up dates, and the follow-ups as a calendar file) and the paper sheet
(the draft, the linter's checklist, the templates, the conversation guide and the role cards). The rest of the kit
reads these through :mod:`netkit.exercises.registry`; nothing else names this exercise.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

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
from netkit.markup import escape, paragraphs
from netkit.store import schema

__all__ = [
    "EXERCISE",
    "FOLLOWUPS_NAME",
    "NOT_ON_PAPER",
    "checklist_rules",
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
        out.append((text, _situation_of(item)))
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
    """Each message with its state and follow-up dates; the follow-ups also as ``followups.ics``."""
    from netkit.business_days import COUNTRY_WHERE, checked_country, working_days
    from netkit.exercises.outreach.followups import followups, followups_ics
    from netkit.exercises.outreach.templates import situation_for

    outbox = [m for m in (answers.get(schema.OUTBOX) or []) if isinstance(m, Mapping)]
    if not outbox:
        return TakeHomePart("<p class='muted'>No messages in the outbox yet.</p>")
    country, problem = checked_country(context.country, where=COUNTRY_WHERE)
    due: dict[str, list[str]] = {}
    for item in followups(outbox, country=country):
        due.setdefault(item.entry_id, []).append(item.day.isoformat())
    blocks = []
    for message in outbox:
        try:
            title = situation_for(message.get("situation")).title
        except Exception:  # a coach's own template that is not here any more
            title = str(message.get("situation") or "Message")
        sent = message.get("sent_on")
        state = f"sent {escape(sent)}" if sent else "not sent yet"
        if message.get("replied_on"):
            state += f", they replied {escape(message['replied_on'])}"
        follow = due.get(str(message.get("id")), [])
        blocks.append(
            f"<h3>{escape(title)} — to {escape(message.get('contact', ''))}</h3>"
            f"<p class='muted'>{state}"
            + (
                f"; if there is no reply, one nudge on {escape(follow[0])}"
                + (f", then try a second person there from {escape(follow[1])}" if len(follow) > 1 else "")
                if follow
                else ""
            )
            + f"</p><div class='message'>{paragraphs(message.get('text', ''))}</div>"
        )
    ics = followups_ics(outbox, country=country) if due else None
    if due:  # which days the follow-up dates skipped, and why a country setting was not used
        blocks.append(
            f"<p class='muted'>{escape(f'Follow-up dates count business days: {working_days(country).rule}.')}</p>"
        )
    if problem:
        blocks.append(f"<p class='muted'>{escape(problem)}</p>")
    return TakeHomePart("".join(blocks), {FOLLOWUPS_NAME: ics} if ics else {})


def checklist_rules() -> list[tuple[str, str]]:
    """(rule id, plain words) for every linter rule that is about the message itself.

    The words are each rule's title, from :func:`netkit.exercises.outreach.lint.checklist_items` (the linter's own
    rule list), so the paper checklist never silently drops or rewords a rule.
    """
    from netkit.exercises.outreach.lint import checklist_items

    return [(rule, words) for rule, words in checklist_items() if rule not in NOT_ON_PAPER]


def template_texts() -> list[tuple[str, str]]:
    """(title, text with [gaps]) of every built-in message template, for paper."""
    from netkit.exercises.outreach.message import render_message
    from netkit.exercises.outreach.templates import builtin_templates

    return [(t.title, render_message(t, {}, {}, placeholders=True)) for t in builtin_templates()]


def worksheet(context: SheetContext) -> Sheet:
    """The draft and its checklist, follow-up dates, templates, the conversation guide and the role cards."""
    from netkit.business_days import checked_country, working_days
    from netkit.contacts.advice import ASK, FOLLOW_UP, NO_ASK
    from netkit.exercises.outreach import conversation

    p, guide = context.personal, context.guide
    return Sheet(
        EXERCISE.id,
        "Exercise 2 — Write a message",
        "Pick one person from your map and a situation: an informational-interview request, "
        "reconnecting, asking for an introduction, a thank-you, or sharing something with no ask.",
        (
            Part("fields", "The message", items=("To (and how I know them)", "Situation")),
            Part(
                "lines",
                "Your draft",
                hint="Say how you know them in the first line; make the ask a question.",
                lines=10,
            ),
            Part(
                "checklist",
                "Check your draft (or your partner's) has none of these",
                items=tuple(words for _, words in checklist_rules()),
            ),
            Part(
                "fields",
                "Sent, and when to follow up",
                hint=FOLLOW_UP.long
                + (
                    f" Business days skip weekends ({working_days(country).rule})."
                    if (country := checked_country(p.get("country"))[0])
                    else " Business days skip weekends."
                ),
                items=("Sent on", "Nudge on (if no reply)", "Second person on (if still nothing)", "They replied on"),
            ),
            Part("list", "Asks, and messages with no ask", items=(ASK.long, NO_ASK.long)),
            Part(
                "texts",
                "Templates to start from (fill the [gaps] in your own words)",
                items=tuple(f"{title}\n{text}" for title, text in template_texts()),
            ),
            Part("list", "Before the conversation", items=conversation.PREPARE),
            Part(
                "list",
                "Questions to choose from",
                items=tuple(q for questions in conversation.QUESTIONS.values() for q in questions),
            ),
            Part("list", "Closing the conversation", items=conversation.CLOSING),
            Part("list", "Afterwards", items=conversation.AFTER),
            Part(
                "texts",
                "Role cards for the role-play",
                items=tuple(
                    f"{r['title']}\n" + " ".join(r["card"]) for r in guide["activities"]["role-play"].get("roles", [])
                ),
            ),
            Part(
                "lines",
                "Informational interview: questions to ask, and notes",
                hint="What is the work really like? What do you wish you had known? Whom else should I talk to?",
                lines=6,
            ),
        ),
    )


EXERCISE = Exercise(
    id="outreach",
    order=2,
    notebook="outreach.ipynb",
    title="Outreach",
    heading="Exercise 2 — Messages people are glad to answer",
    answer_keys=(schema.OUTREACH_DRAFT, schema.OUTBOX, schema.CONVERSATION_NOTES),
    milestones=MILESTONES,
    takehome=TakeHome("My messages", takehome),
    worksheet=worksheet,
    activities=("write", "draft-swap", "role-play", "homework-send"),
    languages=("en", "de", "es"),
)
