"""Which question is the request, and a request stated with none: what ``no-question`` reads beside its phrase lists.

Labelling call 7 makes a request put as a statement ``no-question``; call 18 keeps it so when the message asks
something else ("How have you been?") or ends the statement with a tag ("…, right?", "…, oder?", "…, ¿verdad?"): the
question has to be the request. So a question mark alone does not settle it:

* a question that is a short pleasantry (PLEASANTRY, ten words or fewer: "Wie geht's?", "¿Cómo va todo?") or a tag
  on a statement (QUESTION_TAG; the statement before it neither led as a question, QUESTION_LED, nor asking with a
  modal, "Da können Sie mir doch … schenken, oder?", which the training files read as a question) is not the request;
* a tag on a statement with the writer as its object ("Die schickst du mir vor der Klausur, oder?",
  WRITER_AS_OBJECT) is a request put as a statement itself;
* a request stated with the reader as its actor for the writer (STATED_ASK, per language: looking forward to the
  reader's answer, "if you send me …", the writer's plan that hands the reader a task, the writer's need of the
  reader's answer by a date) is a request put as a statement, as call 7 says.

The same code reads every language; the words are in :mod:`lint_phrases`, ``lint_phrases_de`` and ``lint_phrases_es``.
"""

from __future__ import annotations

import re

from netkit.exercises.outreach.lint_parse import ParsedMessage, negated, span_match

#: Clauses of a sentence, for :func:`asked_as_question`.
_CLAUSE = re.compile(r"[,;:–—]")
#: A word that leads a clause before its question ("please can you …", "also kannst du …", "así que ¿me …").
_LEAD = re.compile(r"^\W*(?:please|pls|so|and|bitte|also|und|por\s+favor|así\s+que|y)\s+", re.IGNORECASE)

#: A pleasantry asked is short ("How's the new role at Pilbara Health treating you?"); a longer question that opens
#: like one ("Wie war das bei Ihnen, als Sie vom Weinbau in die IT gewechselt sind?") asks something real.
PLEASANTRY_WORDS = 10


def _bare(m: ParsedMessage, sentence: str) -> str:
    """``sentence`` without a greeting in front ("Hi Leanne, how's …" → "how's …")."""
    return m.phrases.CLAUSE_GREETING.sub("", sentence.strip())


def tag_statement(m: ParsedMessage, sentence: str) -> str | None:
    """The statement in front of a question tag ("You'll drop them round, right?" → "You'll drop them round"), or None
    when ``sentence`` ends in no tag or is led as a question itself ("Could you send it, right?")."""
    text = _bare(m, sentence)
    tag = m.phrase("QUESTION_TAG").search(text)
    if tag is None:
        return None
    statement = text[: tag.start()]
    if not statement.strip() or m.phrase("QUESTION_LED").search(statement):
        return None
    if m.phrases.REQUEST.search(statement) or m.phrases.ASK_PHRASE.search(statement):
        return None  # a modal ask with a tag ("Da können Sie mir doch … schenken, oder?") is still asked
    return statement


def question_is_the_request(m: ParsedMessage) -> bool:
    """Does the message hold a question that can be its request: one that is neither a pleasantry nor a tag on a
    statement (call 18)?"""
    for sentence in m.sentences:
        if "?" not in sentence:
            continue
        text = _bare(m, sentence)
        short = len(text.split()) <= PLEASANTRY_WORDS
        if (short and m.phrase("PLEASANTRY").match(text)) or tag_statement(m, sentence) is not None:
            continue
        return True
    return False


def stated_ask(m: ParsedMessage, sentence: str) -> re.Match | None:
    """The request ``sentence`` states with no question: STATED_ASK (the reader as actor for the writer, see the
    module), or a tag on a statement with the writer as its object."""
    found = m.phrase("STATED_ASK").search(sentence)
    if found is not None:
        return found
    statement = tag_statement(m, sentence)
    if statement is None:
        return None
    writer = m.phrase("WRITER_AS_OBJECT").search(statement)
    if writer is None or negated(statement, writer.start(), m.phrases):
        return None
    at = sentence.find(statement.strip())  # the statement's words as written (greeting and tag left out)
    return span_match(sentence, at, at + len(statement.strip())) if at >= 0 else None


def asked_as_question(m: ParsedMessage, sentence: str) -> bool:
    """Is a clause of ``sentence`` led as a question with its mark left off ("please can you give it to the director",
    after a tag elsewhere: "You work in HR now, no?")? Then the request is asked, not stated."""
    led = m.phrase("QUESTION_LED")
    return any(led.search(_LEAD.sub("", _bare(m, clause))) for clause in _CLAUSE.split(sentence))
