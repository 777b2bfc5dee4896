"""The precision class sets of round 12 (tune-prec), in English, German and Spanish.

Each class is a family of wrong findings (or cheap misses) of no-question, connection-late, curt-decline,
apology-blame, unthanked-ask or about-me on the last blind sets: the reader's work named in the writer's own sentence,
a refusal put as a reason, and so on. Each class file's messages (ids ``r23pr-``) must get exactly their labels. The
second set of each class was written after the fix and measured once: its misses are kept as strict xfails, not fixed
against; a first-set message another tuner's rule gets wrong is kept as labelled, for that tuner."""

from __future__ import annotations

import pytest
from lint_class_sets import assert_labelled, class_set_cases, fired_rules, second_set

#: The class file of each language.
CLASS_FILES = {"en": "round23.toml", "de": "round22.de.toml", "es": "round22.es.toml"}
#: First-set messages another tuner's rule gets wrong (kept as labelled, for that tuner).
OTHER_RULES_WRONG = {
    "r23pr-es-c1-existe-sin-tildes-fires-12": "job-ask fires on «estoy buscando mi primer trabajo» beside an "
    "information question (saying what you want is good: labelling call 4); job-ask is tune-jobask's",
    "r23pr-de-c2-nie-zusammengearbeitet-05": "pressure fires on a referral declined because the two never worked "
    "together (no deadline, guilt or reproach: labelling call 6); pressure is tune-press's",
    "r23pr-en-c4-intro-imperative-fires-09": 'no-question misses an imperative with no question ("Put me in touch '
    'with her": call 16) in an introduction request; class 4 is about no-ask situations, this miss is left',
    # (second set, measured once, another tuner's rule)
    "r23pr-en2-c4-apology-please-accept-01": 'awkward-position fires on "Please pass my apologies to Sam" in an '
    "apology (no favour upstairs: labelling call 5), tune-press's; and no-question, since class 4's fix was narrowed "
    "to declines, reconnects and shares (second set, measured once)",
}
#: Second-set messages the rules got wrong when measured once, after the fix (kept as they are).
SECOND_SET_MISSES = frozenset(
    {
        # class 1: "Trabajamos solo con alpaca" read as a shared past (CONNECTION's "trabajamos")
        "r23pr-es2-c1-mi-tienda-que-abri-fires-04",
        # class 2: not knowing the reader's work in other words ("I haven't seen any of your portfolio", "ich kenne
        # dich kaum und habe noch keinen Code von dir gesehen") read as no reason
        "r23pr-en2-c2-never-seen-your-portfolio-02",
        "r23pr-de2-c2-kenne-dich-kaum-02",
        # class 5: "Die Straßenbahn stand zwanzig Minuten" not read as a cause (BLAME)
        "r23pr-de2-c5-pflicht-der-bahn-feuert-03",
        # class 6: "Ta, love." (a comma between "ta" and the endearment) not read as thanks
        "r23pr-en2-c6-ta-love-02",
    }
)


@pytest.mark.parametrize(
    ("language", "message"),
    class_set_cases(CLASS_FILES, "r23pr-", {**OTHER_RULES_WRONG, **second_set(SECOND_SET_MISSES)}),
)
def test_precision_class_sets(language, message):
    """Does each message of the precision class sets get exactly its labels?"""
    assert_labelled(message, fired_rules(message, language))
