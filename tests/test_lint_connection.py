"""connection-late reads what the opening is about: the class sets of round 18 (tune-conn), in English, German and
Spanish.

The rule fires when the opening (the first two sentences after the greeting and a pleasantry) is about the writer or
makes the ask before it turns to the reader, a shared past, a shared person or an honest "we have not met"; not on the
absence of a listed connection phrase. Each class file's messages (ids ``r18conn-``) must get exactly their labels.
The second set of each class was written after the fix and measured once: its misses are kept as strict xfails, not
fixed against."""

from __future__ import annotations

import pytest
from lint_class_sets import assert_labelled, class_set_cases, fired_rules, second_set

#: The class file of each language.
CLASS_FILES = {"en": "round18.toml", "de": "round17.de.toml", "es": "round17.es.toml"}
#: First-set messages another tuner's rule gets wrong (not connection-late: kept as labelled, for that tuner).
OTHER_RULES_WRONG = {
    "r18conn-es-c2-estuve-noches-02": "job-ask fires on a free trial week of a laundry service offered (an offer, not a "
    "job ask: labelling call 4); job-ask is tune-es's",
}
#: Second-set messages the rule got wrong when measured once, after the fix (kept as they are).
SECOND_SET_MISSES = frozenset(
    {
        # class 1's second set: the reader's product named with no "su", the visit told as "me llevé una hogaza de …"
        # (its other misses, the reader's work as the subject, became class 2 and pass since)
        "r18conn-es2-compre-pan-04",
        # class 2's second set: the reader's product or menu as the subject without the writer as its object (read as
        # about the writer), and the writer's own course as the subject (read as the reader's work)
        "r18conn-en2-c2-their-app-05",
        "r18conn-en2-c2-my-course-fires-04",
        "r18conn-de2-c2-menue-02",
        "r18conn-de2-c2-app-05",
        "r18conn-de2-c2-mein-kurs-feuert-04",
        "r18conn-es2-c2-menu-02",
        "r18conn-es2-c2-app-05",
        "r18conn-es2-c2-mi-curso-dispara-04",
        # ("do you take on apprentices?", "haben Sie einen Ausbildungsplatz frei?": job-ask finds them since round 12,
        # tune-jobask's lint_work_asked, and they pass)
    }
)


@pytest.mark.parametrize(
    ("language", "message"),
    class_set_cases(CLASS_FILES, "r18conn-", {**OTHER_RULES_WRONG, **second_set(SECOND_SET_MISSES)}),
)
def test_connection_class_sets(language, message):
    """Does each message of the connection class sets (the reader's work named in the writer's own words, a familiar
    opening with a shared past, a bare refusal, a message that asks and introduces nothing, and the openings about the
    writer or the ask that must fire) get exactly its labels?"""
    assert_labelled(message, fired_rules(message, language))
