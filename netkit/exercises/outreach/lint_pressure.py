"""Pressure read by structure: who is pressed, by what, and whether it is taken back.

The phrase lists (PRESSURE, REPROACH) name the wordings; what this module reads is the shape around them, in every
language with the same code and per-language data (:mod:`lint_phrases`, ``lint_phrases_de``, ``lint_phrases_es``):

* the writer's own attempts counted ("this makes my fourth note", "das ist meine vierte Mail", "mi cuarto correo"):
  an ordinal from the third on next to a message word (ATTEMPT_COUNT), not owned by the reader ("your third request"
  counts the reader's messages: a decline that says so presses nobody), and not released in that sentence or the next
  ("…in case it got buried. No rush at all");
* a silence named bare right after the writer's own message to the reader ("I asked you three weeks ago and not a
  peep", "ich hab dir geschrieben und seitdem nichts", "te escribí hace quince días y ni una palabra"): WRITER_CONTACTED
  then SILENCE_BARE in the same sentence, unless that sentence reads the silence kindly (SILENCE_KIND: "…which is surely
  a full inbox");
* the writer's own date put on the favour (:func:`dated_stake`): a date with what closes then or what the writer loses
  after it, and the reader asked something next to it.

Labelling call 6 (docs/labelling.md) is what these read: reproach for a silence, counting unanswered messages.
"""

from __future__ import annotations

import re

from netkit.exercises.outreach.lint_parse import ParsedMessage


def owned_by_reader(m: ParsedMessage, match: re.Match) -> bool:
    """Does the reader own what ``match`` counts ("your third request", "Ihre dritte Anfrage", "su tercera solicitud")?
    Then it is the reader's persistence, not the writer's silence reproached."""
    return bool(m.phrase("READER_OWNED").search(m.body, max(0, match.start() - 30), match.start()))


def _released_near(m: ParsedMessage, index: int, *, before: bool = False) -> bool:
    """Is the sentence at ``index``, the one after it, or (``before``) the one before it a release ("No rush at
    all")?"""
    near = [m.sentences[index], m.sentence_after(index)]
    if before and index > 0:
        near.append(m.sentences[index - 1])
    return any(m.phrases.RELEASE.search(s) for s in near)


def counted_attempt(m: ParsedMessage) -> re.Match | None:
    """The writer's own attempts counted, from the third on, not the reader's and not released (see the module)."""
    for match in m.phrase("ATTEMPT_COUNT").finditer(m.body):
        if owned_by_reader(m, match) or _released_near(m, m.where_index(match.start())):
            continue
        return match
    return None


def silence_after_contact(m: ParsedMessage) -> re.Match | None:
    """A bare silence named after the writer's own message to the reader, in one sentence (see the module)."""
    bare = m.phrase("SILENCE_BARE")
    for index in m.where(bare):
        sentence = m.sentences[index]
        contacted = m.phrase("WRITER_CONTACTED").search(sentence)
        if contacted is None:
            continue
        silence = bare.search(sentence, contacted.end())
        if silence is None or m.phrase("SILENCE_KIND").search(sentence) or _released_near(m, index):
            continue
        return silence
    return None


def _asks_near(m: ParsedMessage, index: int) -> bool:
    """Is the reader asked something (a question or a polite request, not an offer) in the sentence at ``index`` or
    the one just before or after it, and not for a time past the date (LATER: "some time next month")?"""
    for near in range(max(0, index - 1), min(len(m.sentences), index + 2)):
        request = m.request_in(m.sentences[near])
        if request is None or request.kind not in ("question", "polite"):
            continue
        if near != index and m.phrase("LATER").search(m.sentences[near]):
            continue
        return True
    return False


def _writers_closing(m: ParsedMessage, sentence: str) -> re.Match | None:
    """Something of the writer's that closes in ``sentence`` (CLOSING just after WRITER_OWNED: "my application
    closes", or a DEADLINE after it: "my fees need approval by Friday"); an opportunity's own closing is the reader's
    to weigh, not the writer's deadline."""
    owner = m.phrase("WRITER_OWNED")
    for closing in m.phrase("CLOSING").finditer(sentence):
        if owner.search(sentence, max(0, closing.start() - 40), closing.start()):
            return closing
    # a deadline word after something of the writer's ("my course fees need approval by Friday", "Feedback zu meinem
    # Konzept bis spätestens Sonntag")
    for deadline in m.phrases.DEADLINE.finditer(sentence):
        if owner.search(sentence, max(0, deadline.start() - 60), deadline.start()):
            return deadline
    return None


def dated_stake(m: ParsedMessage) -> re.Match | None:
    """The writer's own date put on the reader's favour, by structure: a date (TIME_POINT) in a sentence that says
    something of the writer's closes then (CLOSING after WRITER_OWNED: "my application closes on Sunday", "meine
    Bewerbung muss am Donnerstag raus") or what the writer loses after it (STAKE: "after Friday it's no use to me",
    "sonst bringt es mir nichts mehr", "o pierdo la beca"), with the reader asked something in that sentence or next
    to it (not for a time past the date: LATER), and no release there. An opportunity's closing date shared with no
    ask ("applications close Friday, in case it interests you") asks nothing, so it stays silent (labelling call 6)."""
    for index in m.where(m.phrase("TIME_POINT")):
        sentence = m.sentences[index]
        found = m.phrase("STAKE").search(sentence) or _writers_closing(m, sentence)
        if found is None or not _asks_near(m, index) or _released_near(m, index, before=True):
            continue
        return found
    return None


def pressed_by_structure(m: ParsedMessage) -> re.Match | None:
    """Pressure read by structure (the phrases aside): the writer's attempts counted, a silence named bare after
    them, or the writer's own date put on the favour."""
    return counted_attempt(m) or silence_after_contact(m) or dated_stake(m)
