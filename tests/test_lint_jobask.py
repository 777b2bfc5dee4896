"""job-ask read by what is asked of whom: the class sets of round 12 (tune-jobask), in English, German and Spanish.

The rule fires on a request or question to the reader whose beneficiary is the writer and whose object is work (a
job, a place, a start, a shift, a contract), or whose object is someone the reader's side needs, the writer offering
to be that someone (:mod:`netkit.exercises.outreach.lint_work_asked`); near misses (advice about the field, how
someone got in, an opening shared with the reader, a friend asked straight) stay silent. Class B: an opening of the
reader's side supposed ("if your chambers has space for one more pupil", "falls eine Stelle frei wird") and then the
writer offered for it in a statement ("I can resume on Monday", "bin ich am Montag da"); help offered back in a
thank-you stays silent. Each class file's messages
(ids ``r21ja-``) must get exactly their labels. The second set of each class was written after the fix and measured
once: its misses are kept as strict xfails, not fixed against. Round 15 (ids ``r15ja-``): a need of the reader's side
supposed in a condition ("if your café still looking for pastry supplier") and the writer then doing the work ("I can
deliver"), :mod:`netkit.exercises.outreach.lint_need_supposed`."""

from __future__ import annotations

import pytest
from lint_class_sets import assert_labelled, class_set_cases, fired_rules, second_set

#: The class file of each language.
CLASS_FILES = {"en": "round21.toml", "de": "round20.de.toml", "es": "round20.es.toml"}
#: First-set messages the fix still gets wrong (kept as labelled: the work named only in a condition, then "send it
#: my way" / "¿podrían pasármelo?").
FIRST_SET_MISSES = frozenset({"r21ja-en-a-06", "r21ja-es-a-05"})
#: Messages another tuner's rule gets wrong (not job-ask: kept as labelled, for that tuner).
OTHER_RULES_WRONG = {
    "r21ja-en-a2-01": 'unthanked-ask fires though the sign-off thanks ("Cheers for reading": any thanks, labelling '
    "call 3); unthanked-ask is tune-prec's",
    **dict.fromkeys(
        # (r21ja-de-b-01 and r21ja-es-b-01 pass since round 15: tune-r15's STATED_ASK reads their conditional offer of
        # the writer's work as a request stated)
        ("r21ja-de-b-05", "r21ja-es-b-02", "r21ja-es-b-05", "r21ja-es-b2-02"),
        "no-question: a job asked as a statement is a request put as a statement (labelling calls 7, 16); the German "
        "and Spanish no-question does not read a hinted job ask yet (lint._hinted_job_ask: their tuners decide)",
    ),
    "r21ja-de-b-02": "no-question as above; and connection-late fires though the opening names the reader's new "
    'building site ("dass Ihre Firma den Neubau am Marktplatz macht"); not job-ask',
}
#: Second-set messages the rule got wrong when measured once, after the fix (kept as they are).
SECOND_SET_MISSES = frozenset(
    {
        "r21ja-en-a2-02",
        "r21ja-en-a2-03",
        "r21ja-de-a2-01",
        "r21ja-de-a2-02",
        "r21ja-de-a2-03",
        "r21ja-es-a2-01",
        "r21ja-es-a2-02",
        "r21ja-es-a2-03",
        "r21ja-en-b2-01",
        "r21ja-en-b2-02",
        "r21ja-de-b2-01",
        "r21ja-de-b2-02",
        "r21ja-de-b2-03",
        "r21ja-es-b2-01",
    }
)


#: Every strict xfail of the sets, with its reason (a second-set miss first, then a first-set one, then another rule's).
JOBASK_XFAILS = {
    **OTHER_RULES_WRONG,
    **dict.fromkeys(FIRST_SET_MISSES, "first set, still missed after the fix"),
    **second_set(SECOND_SET_MISSES),
}


@pytest.mark.parametrize(("language", "message"), class_set_cases(CLASS_FILES, "r21ja-", JOBASK_XFAILS))
def test_jobask_class_sets(language, message):
    """Does each message of the job-ask class sets (work asked of the reader indirectly, and the near misses that must
    stay silent) get exactly its labels?"""
    assert_labelled(message, fired_rules(message, language))


# --------------------------------------- round 15 (tune-ja15): a need of the reader's side supposed, the writer offered
#: The class files of round 15's job-ask tuner.
CLASS_FILES_R15 = {"en": "round32.toml", "de": "round30.de.toml", "es": "round29.es.toml"}
#: Messages another tuner's rule gets wrong (kept as labelled; two more it got wrong pass since tune-r15's
#: connection-late reads the reader's work named in the writer's sentence).
OTHER_RULES_WRONG_R15 = {
    "r15ja-en-b-04": "connection-late fires though the first sentence names the reader's paper (\"saw ur lab's paper on "
    'soil microbes"): text-speak "ur" again; connection-late is tune-r15\'s',
    "r15ja-en-b2-05": "connection-late fires though the first sentence names the reader's job (\"saw ur crew on the Bondi "
    'job"): text-speak "ur" again; connection-late is tune-r15\'s',
}
#: Second-set messages the rule got wrong when measured once, after the fix (kept as they are).
SECOND_SET_MISSES_R15 = frozenset(
    {
        "r15ja-en-a2-01",
        "r15ja-de-a2-01",
        "r15ja-es-a2-01",
        "r15ja-es-a2-03",
        "r15ja-es-a2-04",
        "r15ja-es-a2-05",
        "r15ja-en-b2-03",
    }
)


@pytest.mark.parametrize(
    ("language", "message"),
    class_set_cases(CLASS_FILES_R15, "r15ja-", {**OTHER_RULES_WRONG_R15, **second_set(SECOND_SET_MISSES_R15)}),
)
def test_jobask_need_supposed_class_sets(language, message):
    """Does each message of round 15's job-ask class sets (a need of the reader's side supposed in a condition, the
    writer offered for it; help offered back, a link offered, a friend offered to, which stay silent) get exactly
    its labels?"""
    assert_labelled(message, fired_rules(message, language))
