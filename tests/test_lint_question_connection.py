"""no-question reads which question is the request, and connection-late what the opening shows: the class sets of
round 15 (tune-r15), in English, German and Spanish.

connection-late reads what the opening shows (labelling calls 8, 23, 29): a sentence led by the writer that names the
reader's shop, product or work and asks and plans nothing ("I buy my bread at your stall") places the writer; so does
a reconnect's shared past told as time since a named meeting ("seit der Meisterschule nix mehr von dir gehört"); a
message with no situation that asks nothing is a reply, not a first contact.

no-question fires on a message that wants something of the reader and holds no question that IS the request (labelling
calls 7 and 18): none at all, or only a short pleasantry or a tag on a statement, beside a request stated (the reader as
actor for the writer: looking forward to their answer, "if you send me …", a plan that hands them a task, the
writer's need of their answer by a date, a conditional offer of the writer's work). Each class file's messages (ids
``r15qc-``) must get exactly their labels. The second set of each class was written after the fix and measured once:
its misses are kept as strict xfails, not fixed against."""

from __future__ import annotations

import pytest
from lint_class_sets import assert_labelled, class_set_cases, fired_rules, second_set

#: The class file of each language.
CLASS_FILES = {"en": "round29.toml", "de": "round28.de.toml", "es": "round27.es.toml"}
#: First-set messages the rules get wrong after the fix (kept as labelled, with why).
FIRST_SET_WRONG = {
    "r15qc-en-nq-right-06": "a tag on a statement with no 'me' in it (\"You'll drop them round before Friday, right?\") "
    "is not read as the request: the training files label such tags on facts as questions",
    "r15qc-es-nq-necesito-para-05": "pressure misses the writer's own date on a signature (\"necesito la firma … a más "
    "tardar el viernes\"): not this tuner's rule",
    "r15qc-de-nq-falls-ich-12": "job-ask misses a conditional offer of the writer's work to an acquaintance: not this "
    "tuner's rule (no-question is raised)",
    "r15qc-en-cl-about-me-06": 'about-me counts the sentence that states the connection ("I read your piece on …") as '
    "self-talk (labelling call 11 says it is not): not this tuner's rule",
    "r15qc-en-cl-reconnect-news-08": "connection-late misses a reconnect that opens with the writer's news: CONNECTION "
    'reads "It\'s been a big year" as "it\'s been a while"',
}
#: Second-set messages the rules got wrong when measured once, after the fix (kept as they are).
SECOND_SET_MISSES = frozenset(
    {
        # class 1's second set: a request stated as what the reader's call would do for the writer ("a quick call with
        # you about it would be a big help", "una llamada contigo … me ayudaría muchísimo") beside a pleasantry
        "r15qc-en2-nq-hows-tricks-02",
        "r15qc-es2-nq-que-tal-02",
        # class 2's second set: job-ask misses a designer offering to redo the reader's menus ("I could give your menus
        # a much cleaner look … Would you be open to seeing a mock-up?": selling, labelling call 24); connection-late
        # is right on all of them
        "r15qc-en2-cl-plan-on-yours-04",
        "r15qc-de2-cl-plan-04",
        "r15qc-es2-cl-plan-04",
    }
)


@pytest.mark.parametrize(
    ("language", "message"),
    class_set_cases(CLASS_FILES, "r15qc-", {**FIRST_SET_WRONG, **second_set(SECOND_SET_MISSES)}),
)
def test_question_connection_class_sets(language, message):
    """Does each message of the round-15 class sets (requests stated beside a pleasantry or a tag, or with none, and
    their near misses: thanks, shares, offers, a follow-up that lets go; openings that name the reader's work in the
    writer's own sentence, a reconnect's time since, a reply that asks nothing, and the openings that must still fire)
    get exactly its labels?"""
    assert_labelled(message, fired_rules(message, language))
