"""The kit's advice on keeping in touch, written once: every output that gives it renders it from here.

Participants and coaches meet the same advice in many places: the workbook, the paper worksheets,
the slides, the run sheet, the plan's commitment sentence and the e-mails. When each place wrote its
own version they drifted apart (one said "one nudge after a week, then a second person", another
"follow up at 5 and again at 10 business days", a third "write again at the next date"). Each piece
of advice therefore lives here, in a long form (for a page with room) and a short form (for a slide
or a sentence), and ``tests/test_one_voice.py`` fails when an output says something else.

* :data:`FOLLOW_UP` — what to do about silence after a message that asks for something: one friendly
  nudge after about a week (:data:`NUDGE_AFTER` business days), then no chasing: a second person at
  that organisation (:data:`MOVE_ON_AFTER`). "Silence is not a no" is Jude's observation (*My number
  one career regret*); the nudge and the second person are the kit's own practice.
* :func:`rhythm_rule` — how often to keep in touch with each ring, read from
  :data:`netkit.contacts.rhythms.RING_RHYTHM` (acquaintances come before regulars on purpose).
* :data:`NO_ASK` — a reconnect, a congratulation or something shared asks nothing and needs no follow-up.
* :data:`ASK` — in a first message, say what you are looking for and ask for a view or a conversation.

Nothing here names a source file or how the kit was made: these words reach participants as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from netkit.contacts.rhythms import CADENCES, RING_RHYTHM
from netkit.languages import N_

__all__ = [
    "ASK",
    "FOLLOW_UP",
    "MOVE_ON_AFTER",
    "NO_ASK",
    "NUDGE_AFTER",
    "SILENCE",
    "SILENCE_SOURCE",
    "Advice",
    "rhythm_rule",
]

#: Business days after sending before the one friendly nudge (about a week).
NUDGE_AFTER = 5
#: Business days after sending before writing to a second person instead (about two weeks).
MOVE_ON_AFTER = 10


@dataclass(frozen=True)
class Advice:
    """One piece of advice: ``long`` for a page, ``short`` for a slide or an e-mail line, ``promise`` in
    the participant's own voice (the plan's commitment sentence)."""

    key: str
    long: str
    short: str
    promise: str = ""


#: The one line of the follow-up advice that comes from a source: Jude's list of what she learnt.
SILENCE = "Silence is not a no: people miss or put off messages far more often than they refuse."
SILENCE_SOURCE = "Jude, My number one career regret"

FOLLOW_UP = Advice(
    "follow-up",
    long=(
        f"{SILENCE} If a message that asks for something gets no reply, send one short, friendly nudge after "
        f"about a week ({NUDGE_AFTER} business days). If that brings nothing either, don't chase: write to a second person at that "
        f"organisation instead (about a week later, {MOVE_ON_AFTER} business days after the first message). "
        "A message that asks for nothing needs no follow-up."
    ),
    short=N_(
        "If nobody answers: one friendly nudge after about a week; still nothing, write to a second person there instead."
    ),
    promise=N_(
        "If someone does not answer, I will not take it as a refusal (silence is not a no): I will send one "
        "friendly nudge after about a week, and if that brings nothing, write to a second person there instead."
    ),
)

NO_ASK = Advice(
    "no-ask",
    long=N_(
        "A reconnect, a congratulation or something shared can ask for nothing at all: no question needed, and "
        "no follow-up to schedule. It reopens the door; the next message can ask."
    ),
    short="A no-ask message (reconnect, congratulate, share) needs no question and no follow-up.",
)

ASK = Advice(
    "ask",
    long=N_(
        "Say what you are looking for, so people can help; in a first message ask for their view or a short "
        "conversation, never a job or a referral, and make the ask a question they can answer."
    ),
    short="Say what you are looking for; ask for a view or a short conversation, not a job.",
)


def rhythm_rule(labels: dict[str, str] | None = None) -> str:
    """How often per ring, in one sentence, in the table's own order and words.

    ``labels``: ring key → the label shown (default: the rings' own labels). The sentence says why
    acquaintances come before regulars, so no header can say "closer ties more often" against the table.
    """
    if labels is None:
        from netkit.contacts.model import RINGS

        labels = {key: ring.label for key, ring in RINGS.items()}

    def name(key: str) -> str:
        return labels.get(key, key.capitalize())

    parts = [f"{name(key)}: {rhythm.label}" for key, rhythm in RING_RHYTHM.items()]
    acquaintance = CADENCES[RING_RHYTHM["acquaintance"].cadence]
    regular = CADENCES[RING_RHYTHM["regular"].cadence]
    why = (
        " Acquaintances come before regulars on purpose: weak ties fade fastest "
        "without a reason to talk, and you see regulars anyway."
        if acquaintance.approx_days < regular.approx_days
        else ""
    )
    return "; ".join(parts) + "." + why
