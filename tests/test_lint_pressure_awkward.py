"""pressure and awkward-position by structure: the class sets of round 12 (tune-press), in English, German and Spanish.

Each class file's messages (ids ``r22pa-``) must get exactly their labels for the two rules this tuner owns
(pressure, awkward-position; the other rules are scored by the bench and belong to the other tuners), from the rules
alone (the second signal is retrained on these files by the lead, so it is not what these sets measure). The first set
of each class was written before its fix and measured then; the second set was written after the fix and measured
once: its misses are kept as strict xfails, not fixed against."""

from __future__ import annotations

import pytest
from lint_class_sets import assert_labelled, class_set_cases, fired_rules, second_set

from netkit.exercises.outreach.lint_learned import SWITCH

#: The class file of each language.
CLASS_FILES = {"en": "round22.toml", "de": "round21.de.toml", "es": "round21.es.toml"}
#: The rules these class sets are about.
RULES = frozenset({"pressure", "awkward-position"})
#: Second-set messages the rules got wrong when measured once, after the fix (kept as they are).
SECOND_SET_MISSES = frozenset(
    {
        # class 1's second set: "up to now nothing" is no SILENCE_BARE wording; "I've written a couple of times …
        # please ignore this if now is bad" presses by the older REPROACH count though a release follows
        "r22pa-c1b-zero-reply-02",
        "r22pa-c1b-kind-third-03",
        # class 2's second set: the stake ("si no llega a tiempo, pierdo la plaza") in the sentence after the date
        "r22pa-es-c2b-si-no-pierdo-02",
        # class 4's second set: a bonus asked with "get" (no pay verb there), a past-tense pay ("cuánto cobraba")
        "r22pa-c4b-bonus-colleague-01",
        "r22pa-es-c4b-cuanto-cobraba-02",
        # class 5's second set: the reader's talk announced in a newsletter, told to no one named
        "r22pa-es-c5b-ya-anuncie-01",
    }
)
#: First-set messages left unfixed when the round stopped (kept as labelled, for the next round).
NOT_FIXED = {
    "r22pa-c6-recommend-me-03": "a stranger asked to recommend the writer to the firms they advise: neither the vouch "
    "nor the job ask reads it; not fixed in round 12 (stopped for time)",
}


@pytest.mark.parametrize(
    ("language", "message"), class_set_cases(CLASS_FILES, "r22pa-", {**NOT_FIXED, **second_set(SECOND_SET_MISSES)})
)
def test_pressure_awkward_class_sets(language, message, monkeypatch):
    """Does each message of the class sets get exactly its labels for these two rules? Class 1: a silence reproached
    by counting or naming it (near misses: a kind nudge, the reader's own count); class 2: the writer's own date put
    on the favour (near misses: an opportunity's closing date shared, "this week" with no stake); class 3: the reader
    asked to carry the writer to their own superior (near misses: a courtesy carried up, a question about the boss,
    the writer who writes to the boss themself); class 4: what is not the reader's to give (a named colleague's pay,
    the other candidates' work, the panel's papers; near misses: what anyone may be told); class 5: the reader's
    favour promised to others or claimed back (near misses: the writer told others the reader is good at it); class
    6: things recommended are no vouch ("which courses would you recommend for someone like me?")."""
    monkeypatch.setenv(SWITCH, "0")  # the rules alone: the second signal is the lead's, retrained on these files
    assert_labelled(message, fired_rules(message, language) & RULES, RULES)
