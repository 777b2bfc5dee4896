"""One source of truth for how often to keep in touch with each ring."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from netkit import contacts
from netkit.contacts import Contact
from netkit.contacts.rhythms import CADENCES, RING_RHYTHM, cadence_for_ring, rhythms_html
from netkit.exercises.network import analysis as network
from netkit.exercises.reflection import plan

EXERCISES = Path(__file__).resolve().parent.parent / "exercises"


def test_every_ring_has_a_rhythm_and_a_reason():
    """Does each of exercise 1's rings have a default rhythm and a reason a participant can read?"""
    assert list(RING_RHYTHM) == list(contacts.RINGS)
    for rhythm in RING_RHYTHM.values():
        assert rhythm.cadence in CADENCES and len(rhythm.why) > 20


def test_weak_ties_are_not_the_rarest_rhythm():
    """Are acquaintances kept in touch more often than some closer ring, and does the reason say why?"""
    days = {ring: cadence_for_ring(ring).approx_days for ring in RING_RHYTHM}
    assert days["acquaintance"] < max(days.values())
    assert "lead" in RING_RHYTHM["acquaintance"].why


def test_exercise_1_the_plan_and_the_calendar_agree():
    """Do the contact rings, the plan's defaults and the stay-in-touch calendar all read the one source?"""
    for ring, rhythm in RING_RHYTHM.items():
        assert plan.default_cadence(ring) == rhythm.cadence
        assert contacts.RINGS[ring].cadence_label == rhythm.label
    today = dt.date(2026, 11, 24)
    people = [
        Contact(name=f"P {ring}", ring=ring, last_contact=today - dt.timedelta(days=400))
        for ring in ("inner", "close", "regular", "acquaintance")
    ]
    for reminder in network.stay_in_touch_reminders(people, today):
        ring = next(p.ring for p in people if reminder.title.endswith(p.name))
        assert reminder.rrule == cadence_for_ring(ring).rrule


def test_the_table_shows_every_ring_with_its_rhythm():
    """Does the table the notebooks show list each ring's rhythm as the source words it?"""
    html = rhythms_html({k: r.label for k, r in contacts.RINGS.items()})
    for key, rhythm in RING_RHYTHM.items():
        assert contacts.RINGS[key].label in html and rhythm.label in html


_CADENCE_WORDS = re.compile(
    r"\b(?:weekly|monthly|yearly|once a year|every (?:week|two weeks|month|two months|"
    r"three months|six months|year))\b",
    re.IGNORECASE,
)
_RING_WORDS = re.compile(r"\b(?:inner circle|acquaintances?|close contacts|regulars?|dormant)\b", re.IGNORECASE)


def test_notebooks_show_rhythms_from_the_one_source_and_never_restate_them():
    """Do both exercises display the source's table, with no markdown sentence pairing a ring with a rhythm?"""
    showing = []
    for path in sorted(EXERCISES.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            text = "".join(cell["source"])
            if cell["cell_type"] == "code" and "RhythmTable(" in text:
                showing.append(path.name)
            if cell["cell_type"] == "markdown":
                for sentence in re.split(r"(?<=[.!?])\s+", text):
                    assert not (_CADENCE_WORDS.search(sentence) and _RING_WORDS.search(sentence)), (
                        f"{path.name} states a rhythm in its own words: {sentence!r}"
                    )
    assert {"network-map.ipynb", "reflection.ipynb"} <= set(showing)


def test_each_cadence_rule_is_icalendars_recurrence_type():
    """Is every cadence's repeat rule an icalendar.vRecur whose text reads back the same?"""
    import icalendar

    for cadence in CADENCES.values():
        rule = cadence.rrule
        assert isinstance(rule, icalendar.vRecur)
        again = icalendar.vRecur.from_ical(rule.to_ical().decode())
        assert again["FREQ"] == [cadence.freq] and again.get("INTERVAL", [1]) == [cadence.interval]
