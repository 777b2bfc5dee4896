"""A need of the reader's side supposed, the writer offered for it: a job ask put as a conditional statement.

"If you've a gap on that shelf come Easter, I could have forty mugs with you", "If your café still looking for pastry
supplier, I can deliver", "Falls Ihre Grafikerin in den Mutterschaftsurlaub geht, könnte ich ab März übernehmen". What
they share is a structure, not words: a condition (the protasis) whose subject is the reader's side (``READER_SIDE``:
"you", "your shop", text-speak "u", "ur", "yall") and which supposes that side needs something (``READER_NEED``: a
need, a gap, a search, someone leaving, a team being built), and then a statement (the apodosis) in which the writer
does the work (``WRITER_TAKES_IT``: "I can deliver", "I could take it on", "könnte ich übernehmen", "puedo encargarme")
or is offered for it from a date (``WRITER_OFFERED`` with ``START_NAMED``: "I am available from June"). Each
language's phrase data gives those words under the same names.

It stays silent on what is help and not work: the writer doing something *for the reader to have* ("I can send you
the template", "I could show you": ``HELP_OFFERED``, or ``READER_GIVEN``, the reader just after the verb), a wish to
talk supposed ("if you ever want to talk about it, I'm around": no need), joining in with no date ("count me in", "ich
bin dabei": a favour as often as work), and, in an apology, a congratulation or a
thank-you, help offered back ("if you ever need a hand at the stall, count me in", labelling call 18) unless the offer
names when the writer starts (``START_NAMED``: "I am available from June"), which is work.
"""

from __future__ import annotations

import re

from netkit.exercises.outreach.lint_parse import ParsedMessage, negated, span_match

__all__ = ["writer_offered_for_need"]

#: Where a protasis ends: a comma, a semicolon, a colon or a dash before the apodosis.
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s")


def writer_offered_for_need(m: ParsedMessage, sentence: str, giving_back: bool) -> re.Match | None:
    """The words from the condition to the writer's offer when ``sentence`` supposes a need of the reader's side and
    then offers the writer for it; None otherwise. ``giving_back``: the message is an apology, a congratulation or a
    thank-you, where only an offer that names its start is work."""
    for supposed in m.phrase("OPENING_SUPPOSED").finditer(sentence):
        cut = _CLAUSE_END.search(sentence, supposed.end())
        # with no comma ("if u need an extra sparky on it i can start monday") the writer's offer ends the condition
        apodosis_start = cut.end() if cut else supposed.end()
        offer = _writer_offer(m, sentence[apodosis_start:], giving_back)
        if offer is None:
            continue
        protasis = sentence[supposed.end() : cut.start() if cut else apodosis_start + offer.start()]
        if _reader_needs(m, protasis):
            return span_match(sentence, supposed.start(), apodosis_start + offer.end())
    return None


def _reader_needs(m: ParsedMessage, protasis: str) -> bool:
    """Does the condition have the reader's side as its subject and suppose it needs something (not denied)?"""
    side = m.phrase("READER_SIDE").search(protasis)
    if side is None:
        return False
    need = m.phrase("READER_NEED").search(protasis)
    return need is not None and not negated(protasis, need.start(), m.phrases)


def _writer_offer(m: ParsedMessage, apodosis: str, giving_back: bool) -> re.Match | None:
    """The writer offered for the need in the clause after the condition: doing the work ("I can deliver") or
    available for it from a date ("I'm available from June"); not help for the reader to have ("I can send you the
    template"), nor joining in with no date ("count me in"). In a message that gives back only a dated offer counts."""
    doing = m.phrase("WRITER_TAKES_IT").search(apodosis)
    if doing is not None and (
        m.phrase("HELP_OFFERED").search(doing.group(0)) or m.phrase("READER_GIVEN").match(apodosis, doing.end())
    ):
        doing = None  # "I can show you", "I could send you the link": something for the reader to have
    # "count me in", "ich bin dabei" alone join in as help ("falls ihr jemanden zum Kistenschleppen braucht, ich bin
    # dabei"); available from a date, the writer is offered for work ("I am available from June")
    available = m.phrase("WRITER_OFFERED").search(apodosis)
    offers = [o for o in (doing, available) if o is not None and not negated(apodosis, o.start(), m.phrases)]
    for found in sorted(offers, key=lambda o: o.start()):
        dated = m.phrase("START_NAMED").search(apodosis, found.start()) is not None
        if dated or (found is doing and not giving_back):
            return found
    return None
