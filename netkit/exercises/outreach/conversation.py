"""The conversation itself: preparing an informational interview, what to ask, how to close, what to do after.

The outreach exercise gets the meeting; this guide prepares the participant for it and turns what
they learnt into the contact's log:

* :data:`PREPARE` — before: know why you are meeting, and, when someone vouched for you, prepare
  and show up as if your name were theirs (seed 000); rehearse the first minute out loud (seed 001).
* :data:`VOUCHED_FOR` — when someone vouched for you: a checklist to tick before and after, because their
  reputation now travels with yours (seed 000).
* :data:`AFTER_A_NO` — when a request went badly (a no, a silence, your own misstep): steps that get you
  asking again instead of retreating in embarrassment (seed 000).
* :data:`QUESTIONS` — what to ask, by theme: the work, the path, the organisation, and what
  insiders look for (so you can tailor your CV from what they say, seed 003).
* :data:`CLOSING` — how to close: "who else should I talk to?", may I mention you, what can I do for you.
* :data:`AFTER` — the thank-you within a day (:func:`thank_you_draft`), and a note of what you
  learnt, saved in the contact's log (:func:`log_conversation`).

Pure: no widgets. The log goes into exercise 1's contacts (answers key ``network.contacts``) as an
:class:`~netkit.contacts.Interaction`, so the network map's give/ask balance and "last heard"
dates count the conversation too.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from netkit.contacts import Interaction, stored_day
from netkit.exercises.outreach.message import render_message
from netkit.exercises.outreach.practice import mid_sentence
from netkit.languages import N_, gettext_for

__all__ = [
    "AFTER",
    "AFTER_A_NO",
    "CLOSING",
    "PREPARE",
    "QUESTIONS",
    "SUGGESTED",
    "THANK_YOU_SITUATION",
    "VOUCHED_FOR",
    "as_clause",
    "log_conversation",
    "thank_you_draft",
]

THANK_YOU_SITUATION = "thank-you-conversation"
#: How the log notes who else they suggested talking to.
SUGGESTED = N_("Suggested: {people}")

PREPARE = (
    N_("Write down, in one line, why you asked for this conversation; say it early, so they can help."),
    N_(
        "Read what you can find first (their organisation's site, their posts), so you spend the time on what "
        "nobody has written down."
    ),
    N_(
        "If someone vouched for you to get this meeting, prepare as if their name were on it — because it is. "
        "Be on time, and tell them afterwards how it went."
    ),
    N_("Say your first minute out loud once or twice: who you are, why them, what you hope to understand."),
    N_("Pick three questions from the list below; you will not get through more in 20 minutes."),
)

VOUCHED_FOR = (
    N_("Ask the person who vouched for you what they said about you, so you can live up to it."),
    N_("Prepare as for an exam: read about the people and the work, and bring two questions of your own."),
    N_("Arrive early, or join the call five minutes before; if something comes up, tell them before, never after."),
    N_("Do what you said you would, by when you said you would; their name is on it too."),
    N_("Within a day, tell them how it went, good or bad, and thank them."),
    N_("If it went wrong, apologise to them first, own it, and say how you will put it right (the apology template)."),
)

AFTER_A_NO = (
    N_("Write down what happened in one line, without judging yourself."),
    N_("If you let someone down, apologise and own it; then it is done, and you may ask again."),
    N_("A no or a silence is about their time, not your worth: thank them, and write to one other person this week."),
    N_("Next time, ask for something smaller and easier to say yes to (a question, not a favour)."),
)

QUESTIONS: dict[str, tuple[str, ...]] = {
    N_("The work"): (
        N_("What does a normal week look like for you?"),
        N_("What do you enjoy most, and what would you change?"),
        N_("What surprised you when you started?"),
    ),
    N_("The path"): (
        N_("How did you get into this work? What would you do the same, or differently?"),
        N_("Which skills or experiences made the biggest difference?"),
        N_("What would you do in my place, starting from where I am?"),
    ),
    N_("The organisation and the field"): (
        N_("What problems is your team trying to solve this year?"),
        N_("Where is the field heading? What is changing in how people are hired?"),
        N_("How do people usually find their way into teams like yours?"),
    ),
    N_("Unmet needs (where you could help)"): (
        N_("What takes more of your team's time than it should?"),
        N_("What would you do if you had one more person for three months?"),
    ),
    N_("What insiders look for"): (
        N_("When you read a CV for a role like yours, what makes you want to meet the person?"),
        N_("Which words or experiences would you expect to see, and which are noise?"),
    ),
}

CLOSING = (
    N_("Who else should I talk to? (Ask for one or two names; that is how a network grows.)"),
    N_("Would you mind if I mentioned that we spoke when I get in touch with them?"),
    N_("Is there anything I can do for you — an article, an introduction, a hand with something?"),
    N_("Thank them for their time, and keep to the time you asked for."),
)

AFTER = (
    N_("Send your thank-you within a day: one thing you learnt, what you will do with it."),
    N_("Note what you learnt below, while it is fresh: it is saved in their log in your network map."),
    N_("Change one thing because of it (your CV, your list of organisations, your next question)."),
    N_("Write to the next person they suggested, and tell them who suggested you."),
    N_("Later, tell them how it turned out: people like to know their help mattered."),
)


def as_clause(text: str) -> str:
    """Free text as a clause ending in a full stop (``"the team is growing"`` → ``"the team is growing."``)."""
    text = " ".join(str(text or "").split()).strip()
    if not text:
        return ""
    return text if text[-1] in ".!?…。！？" else text + "."


def thank_you_draft(
    contact: Mapping[str, Any] | str,
    learnt: str = "",
    next_step: str = "",
    *,
    participant: Mapping[str, Any] | None = None,
    language: str = "",
) -> str:
    """The thank-you to send within a day, with what was learnt and the next step (gaps if empty), in the
    participant's ``language`` (its copy of the template)."""
    me = dict(participant or {})
    if as_clause(learnt):
        me["learnt"] = as_clause(learnt)
    step = " ".join(str(next_step or "").split()).rstrip(" .!")
    if step:
        me["next_step"] = mid_sentence(step, language)
    return render_message(THANK_YOU_SITUATION, contact, me, placeholders=True, language=language)


def log_conversation(
    contacts: list[Any] | None,
    contact_id: str,
    day: _dt.date,
    learnt: str,
    next_people: str = "",
    *,
    language: str = "",
) -> tuple[list[Any], bool]:
    """``contacts`` (the ``network.contacts`` list) with the conversation added to one contact's log.

    Returns (the new list, whether the contact was found). The contact dict keeps every other key
    as it was; the interaction is a meeting where I asked (for their time and knowledge); the
    note holds what was learnt and who they suggested (said in the participant's ``language``); ``last_contact``
    moves forward, never back (one that is no date, kept as saved, is replaced: a real date is set).
    """
    note = as_clause(learnt)
    if next_people.strip():
        suggested = gettext_for(language)(SUGGESTED).format(people=" ".join(next_people.split()))
        note = f"{note} {suggested}".strip()
    interaction = Interaction(date=day, kind="meeting", direction="asked", note=note).to_dict()
    out, found = [], False
    for item in contacts or []:
        if isinstance(item, dict) and str(item.get("id")) == str(contact_id) and not found:
            item = dict(item)
            item["interactions"] = list(item.get("interactions") or []) + [interaction]
            known = stored_day(item.get("last_contact"))  # one saved as no date ("soon") is replaced
            if known is None or known < day:
                item["last_contact"] = day.isoformat()
            found = True
        out.append(item)
    return out, found
