"""Work asked of the reader: the job ask read by what is asked of whom, one structure for every language.

A job ask put indirectly names no "job" the way a phrase list expects: "any chance you could get us a start on your
crew?", "need an editor for the trailers?", "¿no ocupan a alguien para la cosecha?", "braucht ihr noch jemanden?".
What they share is a structure the parse can see: a request or question addressed to the reader (the parse's
``question``/``polite`` requests) whose beneficiary is the writer and whose object is work. Each language's phrase data
gives the words of that structure (the same names in each):

* ``WORK_GIVEN``: work the reader's side gives (a job, a place, a start, a shift, a gig, a contract);
* ``WRITER_RECEIVES``: the writer as the one given or placed ("get us", "mir … geben", "darme", "indicarme para");
* ``WRITER_COMMISSIONED``: the writer taken on for what they do, no work noun needed ("hire me", "me encargaríais");
* ``READER_TAKES_ON``: the reader's side needing or taking on someone, the writer offering to be that someone;
* ``REMEMBER_WRITER``: the writer kept in mind, for work named in that sentence or the one before (the ask split over
  two sentences: the opening named in one, the ask in the next);
* ``NOT_WORK_OBJECT``: what is passed that is not work ("the salary band for the post");
* ``WH_QUESTION``: a question of how, what or which (asked to learn, not to be taken on); ``EMBEDDED_WH``: one
  inside the question, just before the taking on ("a chat about how you bring in joiners?");
* ``CONDITION_BEFORE``: a condition just before a need ("if you need a designer, I know one": supposed, not asked);
* ``OPENING_SUPPOSED``, ``READER_SHORT``, ``WRITER_OFFERED``: an opening of the reader's side supposed ("if your
  chambers has space for one more pupil", "si les falta gente") and then the writer offered for it in a statement ("I
  can resume on Monday", "yo mañana mismo estoy allá"): the ask with no question;
* a need of the reader's side supposed in a condition and the writer then doing the work ("if your café still looking
  for pastry supplier, I can deliver"): :mod:`netkit.exercises.outreach.lint_need_supposed`;
* ``NEGATIVE_QUESTION``: the opening of a question whose "not" asks all the more ("¿Usted no podría…?").

Saying what the writer looks for, asking for advice, a talk or how someone got in, and an opening offered to the reader
stay silent: they are no request whose object is work for the writer (``OFFER_TO_READER`` and ``QUALIFYING`` are read
as in the rest of the job ask). Whether the reader may be asked at all (a friend may) is decided by the rule itself.
"""

from __future__ import annotations

import re

from netkit.exercises.outreach.lint_need_supposed import writer_offered_for_need
from netkit.exercises.outreach.lint_parse import ParsedMessage, negated, span_match

__all__ = ["affirmed", "work_asked_of_reader"]

#: How many words after the giving words the work may come ("find me a couple of weeks on that job").
_OBJECT_WORDS = 6


def work_asked_of_reader(m: ParsedMessage) -> re.Match | None:
    """The words of the first request to the reader for work for the writer (a match over its sentence), or of the
    first statement that supposes an opening of theirs and offers the writer for it; None if there is neither."""
    for index, sentence in enumerate(m.sentences):
        if m.phrases.OFFER_TO_READER.search(sentence) or m.phrases.QUALIFYING.search(sentence):
            continue  # an opening shared with the reader, or what it takes to get in: not work asked for the writer
        request = m.request_in(sentence)
        if request is None or request.kind not in ("question", "polite"):
            # an ask put as a statement
            offered = _offered_for_opening(m, sentence) or writer_offered_for_need(m, sentence, _giving_back(m))
            if offered is not None:
                return offered
            continue
        question = request.kind == "question"
        found = (
            _work_for_writer(m, sentence, question)
            or _writer_taken_on(m, sentence, question)
            or _remembered_for_work(m, index, question)
            or _offered_for_opening(m, sentence)
            or writer_offered_for_need(m, sentence, _giving_back(m))
        )
        if found is not None:
            return found
    return None


def affirmed(m: ParsedMessage, sentence: str, start: int, question: bool) -> bool:
    """Is the phrase at ``start`` asked, not denied? A "not" before it negates, except in a question that opens with it
    (a negative question asks all the more: "¿De casualidad no ocupan a alguien?", "Don't you need another welder?")."""
    if not negated(sentence, start, m.phrases):
        return True
    return question and bool(m.phrase("NEGATIVE_QUESTION").search(sentence[:start]))


def _work_for_writer(m: ParsedMessage, sentence: str, question: bool) -> re.Match | None:
    """The writer commissioned ("hire me"), or given or placed with work named in the same sentence ("get us a start
    on your crew", "openings that I could apply to")."""
    for hired in m.phrase("WRITER_COMMISSIONED").finditer(sentence):
        if affirmed(m, sentence, hired.start(), question):
            return hired
    works = list(m.phrase("WORK_GIVEN").finditer(sentence))
    for given in m.phrase("WRITER_RECEIVES").finditer(sentence):
        if not affirmed(m, sentence, given.start(), question):
            continue
        for work in works:
            if _given_work(m, sentence, given, work) and affirmed(m, sentence, work.start(), question):
                start, end = min(given.start(), work.start()), max(given.end(), work.end())
                return span_match(sentence, start, end)
    return None


def _given_work(m: ParsedMessage, sentence: str, given: re.Match, work: re.Match) -> bool:
    """Is ``work`` what the writer is given? Work named before the giving words ("openings that I could apply to", "if a
    spot comes up, keep me in mind"), or among the next few words after them, with nothing that is not work passed
    first ("get us a start", not "send me the salary band for the post")."""
    if work.end() <= given.start():
        return True
    between = sentence[given.end() : work.start()]
    return len(between.split()) <= _OBJECT_WORDS and not m.phrase("NOT_WORK_OBJECT").search(between)


def _writer_taken_on(m: ParsedMessage, sentence: str, question: bool) -> re.Match | None:
    """A question whether the reader's side needs or takes on someone ("You hiring assistants?", "¿Buscan meseras?"):
    the writer asking it offers to be that someone. Not a question of how or what ("¿Cómo suelen contratar
    auditores?"), nor a need only supposed ("if your studio needs a designer, I know one") unless the writer is then
    put forward for it ("if your lot ever need another sparky, put a good word in for us")."""
    if not question or m.phrase("WH_QUESTION").search(sentence):
        return None
    for need in m.phrase("READER_TAKES_ON").finditer(sentence):
        if not affirmed(m, sentence, need.start(), question):
            continue
        if m.phrase("EMBEDDED_WH").search(sentence[: need.start()]):
            continue  # "would you be open to a chat about how you bring in joiners?": how they hire, asked
        if not m.phrase("CONDITION_BEFORE").search(sentence[: need.start()]):
            return need
        rest = sentence[need.end() :]
        if m.phrase("WRITER_RECEIVES").search(rest) or m.phrase("REMEMBER_WRITER").search(rest):
            return need
    return None


def _remembered_for_work(m: ParsedMessage, index: int, question: bool) -> re.Match | None:
    """The writer kept in mind ("keep me in mind", "denk an mich", "tenerme presente") for work or a need of the
    reader's side named in this sentence or the one before ("Wenn ihr noch jemanden sucht. Denkt an mich?")."""
    sentence = m.sentences[index]
    kept = m.phrase("REMEMBER_WRITER").search(sentence)
    if kept is None or not affirmed(m, sentence, kept.start(), question):
        return None
    named = " ".join(m.sentences[max(0, index - 1) : index + 1])
    work = (m.phrase("WORK_GIVEN"), m.phrase("READER_TAKES_ON"), m.phrase("JOB_NAMED"))
    return kept if any(pattern.search(named) for pattern in work) else None


def _offered_for_opening(m: ParsedMessage, sentence: str) -> re.Match | None:
    """An opening of the reader's side supposed ("if your chambers has space for one more pupil", "falls eine Stelle
    frei wird", "si les falta gente") and then the writer offered for it in a statement ("I can resume on Monday",
    "bin ich am Montag da", "yo mañana mismo estoy allá"): a job ask put as a statement, with no question."""
    # in an apology, a congratulation or a thank-you, a need of theirs the writer fills with no work named is help
    # offered back ("if you ever need someone to hand out flyers, I'm your person")
    openings = [m.phrase("WORK_GIVEN")]
    if not _giving_back(m):
        openings += [m.phrase("READER_TAKES_ON"), m.phrase("READER_SHORT")]
    for supposed in m.phrase("OPENING_SUPPOSED").finditer(sentence):
        rest = sentence[supposed.end() :]
        named = min((found for p in openings if (found := p.search(rest))), key=lambda f: f.start(), default=None)
        if named is None or not affirmed(m, rest, named.start(), False):
            continue
        offered = m.phrase("WRITER_OFFERED").search(rest, named.end())
        if offered is not None and not negated(rest, offered.start(), m.phrases):
            return span_match(sentence, supposed.start(), supposed.end() + offered.end())
    return None


def _giving_back(m: ParsedMessage) -> bool:
    """Is the message an apology, a congratulation or a thank-you, where the writer offers help back?"""
    thanking = m.situation.needs_thanks and not m.situation.has_ask
    congratulating = m.situation.id == "congratulate" or bool(m.phrase("CONGRATULATION").search(m.opening))
    return m.apology or thanking or congratulating
