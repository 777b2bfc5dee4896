"""job-ask read by what is asked of whom: the class sets of round 12 (tune-jobask), in English, German and Spanish.

The rule fires on a request or question to the reader whose beneficiary is the writer and whose object is work (a
job, a place, a start, a shift, a contract), or whose object is someone the reader's side needs, the writer offering
to be that someone (:mod:`netkit.exercises.outreach.lint_work_asked`); near misses (advice about the field, how
someone got in, an opening shared with the reader, a friend asked straight) stay silent. Class B: an opening of the
reader's side supposed ("if your chambers has space for one more pupil", "falls eine Stelle frei wird") and then the
writer offered for it in a statement ("I can resume on Monday", "bin ich am Montag da"); help offered back in a
thank-you stays silent. Each class file's messages
(ids ``r21ja-``) must get exactly their labels. The second set of each class was written after the fix and measured
once: its misses are kept as strict xfails, not fixed against."""

from __future__ import annotations

from pathlib import Path

import pytest

from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.lint_corpus import load_corpus

MESSAGES = Path(__file__).parent / "fixtures" / "messages"
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
        ("r21ja-de-b-01", "r21ja-de-b-05", "r21ja-es-b-01", "r21ja-es-b-02", "r21ja-es-b-05", "r21ja-es-b2-02"),
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


def _class_sets():
    cases = []
    for language, name in CLASS_FILES.items():
        for message in load_corpus(MESSAGES / name):
            if not message.id.startswith("r21ja-"):
                continue
            marks = []
            if message.id in SECOND_SET_MISSES:
                marks = [pytest.mark.xfail(strict=True, reason="second set, measured once and not fixed against")]
            elif message.id in FIRST_SET_MISSES:
                marks = [pytest.mark.xfail(strict=True, reason="first set, still missed after the fix")]
            elif message.id in OTHER_RULES_WRONG:
                marks = [pytest.mark.xfail(strict=True, reason=OTHER_RULES_WRONG[message.id])]
            cases.append(pytest.param(language, message, id=message.id, marks=marks))
    return cases


@pytest.mark.parametrize(("language", "message"), _class_sets())
def test_jobask_class_sets(language, message):
    """Does each message of the job-ask class sets (work asked of the reader indirectly, and the near misses that must
    stay silent) get exactly its labels?"""
    fired = {
        f.rule
        for f in lint(
            message.text, message.situation or None, relationship=message.relationship or None, language=language
        )
    }
    assert message.expect <= fired, f"missed {sorted(message.expect - fired)}"
    assert fired <= message.expect | message.may, f"wrong {sorted(fired - message.expect - message.may)}"
