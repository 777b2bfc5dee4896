"""One bad date loses nothing: an interaction without a day (null, empty, not a date, another type) beside a real one
is skipped, and only it, the same way in the participant's workbook and in the coach's collect
(:func:`netkit.contacts.stored_day`, the one rule)."""

from __future__ import annotations

import datetime as _dt
import json

import pytest
from collect_data import TODAY, assert_counted_both_ways, make_render

from netkit.coach.collect import collect
from netkit.contacts import Contact, contact_tally, contacts_from_json, stored_day
from netkit.exercises.network.exercise import contacts_of
from netkit.store.answers import FILENAME
from netkit.store.schema import CONTACTS, SHARE

#: Dates an interaction may hold that are no day: each is skipped (``True`` and a dict: other types again).
NOT_A_DAY = [None, "", "   ", "not a date", 12, 3.5, True, ["2026-10-01"], {"day": "2026-10-01"}]


def _network(bad: object) -> list[dict]:
    """Ann: a real give and an undated ask; Bo: only an undated give, and an old last contact (dormant by TODAY);
    Cy: an interaction with no date key at all beside a real ask."""
    return [
        {
            "id": "a",
            "name": "Ann",
            "ring": "close",
            "interactions": [
                {"date": "2026-10-01", "kind": "call", "direction": "gave"},
                {"date": bad, "kind": "coffee", "direction": "asked", "note": "the day is lost"},
            ],
        },
        {
            "id": "b",
            "name": "Bo",
            "ring": "regular",
            "last_contact": "2024-01-01",
            "interactions": [{"date": bad, "direction": "gave"}],
        },
        {
            "id": "c",
            "name": "Cy",
            "ring": "inner",
            "interactions": [{"kind": "call"}, {"date": "2026-11-20", "kind": "message", "direction": "asked"}],
        },
    ]


@pytest.mark.parametrize("bad", NOT_A_DAY)
def test_an_interaction_without_a_day_is_skipped_by_the_one_rule(bad):
    """Does ``stored_day`` refuse each value, and accept what ``as_date`` reads as a day?"""
    assert stored_day(bad) is None
    assert stored_day("2026-10-01") == stored_day(" 2026-10-01 ") == _dt.date(2026, 10, 1)
    assert stored_day("2026-10-01T10:15:00+00:00") == _dt.date(2026, 10, 1)
    assert stored_day(_dt.date(2026, 10, 1)) == _dt.date(2026, 10, 1)


@pytest.mark.parametrize("bad", NOT_A_DAY)
def test_the_workbook_reads_the_contact_and_keeps_the_undated_interaction(bad):
    """The participant's reading (``contacts_from_json``, what the network form opens with, and ``contacts_of``, what
    the milestones count): every contact is there, the undated interaction is not counted, and a save writes it
    back as it was (it once crashed the form, or dropped the whole contact)."""
    stored = _network(bad)
    for contacts in (contacts_from_json(stored), contacts_of({CONTACTS: stored})):
        ann, bo, cy = contacts
        assert [c.name for c in contacts] == ["Ann", "Bo", "Cy"]
        assert (ann.last_heard, ann.gives, ann.asks) == (_dt.date(2026, 10, 1), 1, 0)
        assert (bo.last_heard, bo.gives, bo.asks, bo.is_dormant(TODAY)) == (_dt.date(2024, 1, 1), 0, 0, True)
        assert (cy.last_heard, cy.gives, cy.asks) == (_dt.date(2026, 11, 20), 0, 1)
        assert ann.unread == [stored[0]["interactions"][1]] and cy.unread == [{"kind": "call"}]
        for contact, saved in zip(contacts, stored):  # nothing lost by a save (read interactions first)
            again = contact.to_dict()["interactions"]
            assert sorted(map(json.dumps, again)) == sorted(map(json.dumps, saved["interactions"]))
            assert Contact.from_dict(contact.to_dict()) == contact


@pytest.mark.parametrize("bad", NOT_A_DAY)
def test_collect_counts_the_network_as_the_workbook_does(bad):
    """The cohort report's light tally and the full reading count the same, and what the workbook counts: three
    contacts, one give, one ask, Bo dormant; the "a give or an ask" milestone reached."""
    answers = {CONTACTS: _network(bad), SHARE: True}
    light = contact_tally(answers[CONTACTS])
    assert light is not None  # read the light way: an undated interaction is not unusual any more
    by_ring = {"inner": 1, "close": 1, "regular": 1, "acquaintance": 0, "dormant": 0}
    assert_counted_both_ways(answers, light, (3, 1, 1, 1), by_ring, {"a give or an ask logged"})


def test_a_cohort_with_bad_dates_is_counted_not_reported_unreadable(tmp_path):
    """Through ``collect`` itself: four participants, each with another bad date, every one shares and is counted
    (a null date beside a real one once made that participant's network count as empty)."""
    people = [(str(n), f"P{n}", {CONTACTS: _network(bad), SHARE: True}) for n, bad in enumerate([None, "", "soon", 12])]
    out = make_render(tmp_path / "out", people)
    report = collect(out, today=TODAY, min_group=3, jobs=1)
    assert [row.status for row in report.rows] == ["shared"] * 4 and not report.problems
    assert report.aggregates is not None
    assert report.aggregates.network_sizes == [3, 3, 3, 3]
    assert (report.aggregates.gave, report.aggregates.asked, report.aggregates.dormant) == (4, 4, 4)
    assert all((out / f"p-{n}" / FILENAME).exists() for n in range(4))


def test_the_network_form_opens_and_saves_without_losing_the_undated_interaction(store):
    """The workbook's network form opens a network holding "not a date" (it raised before) and null (saving raised
    before); logging on that contact saves the new interaction and keeps the undated ones as they were."""
    from netkit.widgets.network import CONTACTS_KEY, NetworkMap

    stored = _network("not a date")
    stored[1]["interactions"].append({"date": None, "direction": "neutral"})
    store.set(CONTACTS_KEY, stored)
    store.flush()
    form = NetworkMap(name="Ada", store=store, today=TODAY, redraw_delay=None)
    assert [c.name for c in form.contacts] == ["Ann", "Bo", "Cy"]
    form._picker.value = "b"
    form._log_direction.value = "asked"
    form._log_button.click()
    store.flush()
    saved = {c["id"]: c for c in store.get(CONTACTS_KEY)}
    assert {"date": "not a date", "direction": "gave"} in saved["b"]["interactions"]
    assert {"date": None, "direction": "neutral"} in saved["b"]["interactions"]
    assert [i["direction"] for i in saved["b"]["interactions"] if stored_day(i.get("date"))] == ["asked"]
    assert saved["a"]["interactions"] == stored[0]["interactions"]
