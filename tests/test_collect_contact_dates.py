"""A contact's ``last_contact`` or ``connected_on`` that is no date ("soon", "31/02", 12, a list) counts as no date, and
only that: the contact and all its other data count as usual, the same way in the participant's workbook, the network
form, the milestones and the coach's collect; the value is kept as saved until a real date replaces it (the rule of
:func:`netkit.contacts.stored_day`, kept in :attr:`netkit.contacts.Contact.unread_dates`)."""

from __future__ import annotations

import datetime as _dt
import html

import pytest
from collect_data import TODAY, assert_counted_both_ways, make_render

from netkit.coach.collect import collect
from netkit.contacts import Contact, contact_tally, contacts_from_json
from netkit.exercises.network.exercise import contact_tally_of, contacts_of
from netkit.store.schema import CONTACTS, SHARE

#: Saved dates that are no day: each counts as none and is kept as saved.
NOT_A_DATE = ["soon", "31/02", "2026-02-31", 12, 3.5, True, ["2026-10-01"], {"day": "2026-10-01"}]
FIELDS = ["last_contact", "connected_on"]


def _network(field: str, bad: object) -> list[dict]:
    """Ann: the bad date beside a real give; Bo: a real old last contact (dormant by TODAY); Cy: only the bad date,
    her own contact (no ``source``); Di: the bad date on the other field too, and a real ask."""
    other = FIELDS[1 - FIELDS.index(field)]
    return [
        {
            "id": "a",
            "name": "Ann",
            "ring": "close",
            field: bad,
            "interactions": [{"date": "2026-10-01", "kind": "call", "direction": "gave"}],
        },
        {"id": "b", "name": "Bo", "ring": "regular", "last_contact": "2024-01-01", "connected_on": "2020-05-05"},
        {"id": "c", "name": "Cy", "ring": "inner", field: bad},
        {
            "id": "d",
            "name": "Di",
            "ring": "acquaintance",
            "source": "linkedin.csv",
            field: bad,
            other: "not a day either",
            "interactions": [{"date": "2026-11-20", "kind": "message", "direction": "asked"}],
        },
    ]


@pytest.mark.parametrize("bad", NOT_A_DATE)
@pytest.mark.parametrize("field", FIELDS)
def test_the_workbook_reads_every_contact_and_keeps_the_bad_date(field, bad):
    """The participant's reading (``contacts_from_json``: the form; ``contacts_of``: the milestones): every contact
    is there with its other data, the bad date counts as none, and a save writes it back exactly as it was (it once
    dropped the contact from the milestones and stopped the form opening)."""
    stored = _network(field, bad)
    for contacts in (contacts_from_json(stored), contacts_of({CONTACTS: stored})):
        ann, bo, cy, di = contacts
        assert [c.name for c in contacts] == ["Ann", "Bo", "Cy", "Di"]
        assert (ann.last_heard, ann.gives, getattr(ann, field)) == (_dt.date(2026, 10, 1), 1, None)
        assert (bo.last_heard, bo.connected_on, bo.is_dormant(TODAY)) == (
            _dt.date(2024, 1, 1),
            _dt.date(2020, 5, 5),
            True,
        )
        assert (cy.last_heard, cy.ring, cy.unread_dates) == (None, "inner", {field: bad})
        assert (di.last_heard, di.asks, di.last_contact, di.connected_on) == (_dt.date(2026, 11, 20), 1, None, None)
        assert bo.unread_dates == {}
        for contact, saved in zip(contacts, stored):  # nothing lost by a save
            assert contact.to_dict() == saved
            assert Contact.from_dict(contact.to_dict()) == contact


@pytest.mark.parametrize("field", FIELDS)
def test_a_real_date_replaces_the_kept_value_and_blanks_are_not_kept(field):
    """A date set by anyone (the form, a merge) is what a save writes; missing, null or blank stays left out."""
    contact = Contact.from_dict({"id": "x", "name": "X", field: "soon"})
    setattr(contact, field, _dt.date(2026, 3, 4))
    assert contact.to_dict()[field] == "2026-03-04"
    for blank in (None, "", "   "):
        again = Contact.from_dict({"id": "x", "name": "X", field: blank})
        assert again.unread_dates == {} and field not in again.to_dict()


@pytest.mark.parametrize("field", FIELDS)
def test_a_merge_keeps_the_bad_date_until_the_other_record_brings_a_real_one(field):
    """Merging (an import) onto a contact with a kept value, or that contact onto another: the value goes on being
    kept; a real date from the other record replaces it."""
    kept = Contact.from_dict({"id": "x", "name": "X", field: "soon"})
    bare = Contact(name="X", id="y")
    assert bare.absorb(kept) and bare.to_dict()[field] == "soon"
    assert not kept.absorb(Contact(name="X")) and kept.to_dict()[field] == "soon"
    assert kept.absorb(Contact(name="X", **{field: _dt.date(2025, 1, 2)})) and kept.to_dict()[field] == "2025-01-02"


@pytest.mark.parametrize("bad", ["soon", "31/02", 12, ["2026-10-01"], True])
def test_logging_a_conversation_sets_a_real_last_contact_over_a_bad_one(bad):
    """The outreach exercise's "log the conversation" sets a real date: it replaces the value kept as saved (the
    text comparison it made before kept "soon" for ever, and compared a list with text)."""
    from netkit.exercises.outreach.conversation import log_conversation

    day = _dt.date(2026, 12, 3)
    later = {"id": "z", "name": "Zoe", "last_contact": "2026-12-09"}
    updated, found = log_conversation([{"id": "c", "name": "Cy", "last_contact": bad}, later], "c", day, "learnt")
    assert found and updated[0]["last_contact"] == "2026-12-03" and updated[1] is later
    again, _found = log_conversation(updated, "z", day, "learnt")
    assert again[1]["last_contact"] == "2026-12-09"  # never back


@pytest.mark.parametrize("bad", NOT_A_DATE)
@pytest.mark.parametrize("field", FIELDS)
def test_collect_and_the_milestones_count_the_network_as_the_workbook_does(field, bad):
    """The cohort report's light tally, its full reading and the milestones' tally agree: four contacts, one give,
    one ask, Bo dormant; the light way is taken (a bad date is not unusual any more)."""
    answers = {CONTACTS: _network(field, bad), SHARE: True}
    light = contact_tally(answers[CONTACTS])
    assert light is not None
    assert contact_tally_of(answers) == light
    # dated: Ann and Di by their interactions, Bo by his date; Cy, her own, has none (the bad date counts as none)
    assert (light.size, light.dated, light.own) == (4, 3, 4)
    assert_counted_both_ways(
        answers,
        light,
        (4, 1, 1, 1),
        {"inner": 1, "close": 1, "regular": 1, "acquaintance": 1, "dormant": 0},
        {"a first contact", "last contact noted for half of them", "a give or an ask logged"},
    )


def test_a_cohort_with_bad_contact_dates_is_counted(tmp_path):
    """Through ``collect`` itself: four participants, each with another bad date on another field, all counted."""
    kinds = [("last_contact", "soon"), ("connected_on", "31/02"), ("last_contact", 12), ("connected_on", ["x"])]
    people = [(str(n), f"P{n}", {CONTACTS: _network(f, bad), SHARE: True}) for n, (f, bad) in enumerate(kinds)]
    report = collect(make_render(tmp_path / "out", people), today=TODAY, min_group=3, jobs=1)
    assert [row.status for row in report.rows] == ["shared"] * 4 and not report.problems
    assert report.aggregates is not None
    assert report.aggregates.network_sizes == [4, 4, 4, 4]
    assert (report.aggregates.gave, report.aggregates.asked, report.aggregates.dormant) == (4, 4, 4)


def _form(store, stored, language=""):
    from netkit.widgets.network import CONTACTS_KEY, NetworkMap

    store.set(CONTACTS_KEY, stored)
    store.flush()
    return NetworkMap(name="Ada", store=store, today=TODAY, redraw_delay=None, language=language)


def _saved(store) -> dict:
    from netkit.widgets.network import CONTACTS_KEY

    store.flush()
    return {c["id"]: c for c in store.get(CONTACTS_KEY)}


@pytest.mark.parametrize("bad", ["soon", 12, ["2026-10-01"]])
def test_the_form_opens_shows_the_bad_last_contact_and_lets_the_participant_fix_it(store, bad):
    """The form opens (it raised ``NotADate`` before); picking Cy says which date is not one, as saved, and how to
    fix it; saving another field keeps the value; picking a day under "Last in touch" and saving replaces it."""
    stored = _network("last_contact", bad)
    form = _form(store, stored)
    assert [c.name for c in form.contacts] == ["Ann", "Bo", "Cy", "Di"]
    form._picker.value = "c"
    assert "Last in touch" in form._message.value and "not a date" in form._message.value
    assert str(bad if not isinstance(bad, list) else "2026-10-01") in form._message.value
    assert form._last_contact.value is None
    form._fields["organisation"].value = "Acme"
    form._save_button.click()
    saved = _saved(store)
    assert saved["c"]["organisation"] == "Acme" and saved["c"]["last_contact"] == bad
    assert "Saved Cy." in form._message.value and "not a date" in form._message.value  # still there, still said
    assert {key: saved[key] for key in "abd"} == {c["id"]: c for c in stored if c["id"] in "abd"}
    form._last_contact.value = _dt.date(2026, 9, 9)
    form._save_button.click()
    assert _saved(store)["c"]["last_contact"] == "2026-09-09"
    assert "not a date" not in form._message.value and "Saved Cy." in form._message.value
    form._picker.value = "b"
    assert form._message.value == ""  # a contact whose dates are fine: nothing to say


def test_the_form_keeps_a_bad_connected_on_and_says_so_in_the_participants_language(store):
    """``connected_on`` has no field in the form: the warning names it and the way to fill it in, in German too;
    logging an interaction on that contact keeps the value."""
    form = _form(store, _network("connected_on", "31/02"), language="de")
    form._picker.value = "c"
    message = form._message.value
    assert "31/02" in message and "Connected on" not in message and "not a date" not in message
    form._log_direction.value = "gave"
    form._log_button.click()
    saved = _saved(store)["c"]
    assert saved["connected_on"] == "31/02" and [i["direction"] for i in saved["interactions"]] == ["gave"]


def test_the_form_opens_on_a_draft_of_a_contact_with_a_bad_date(store):
    """A draft left on that contact: the form opens on it and says so at once."""
    from netkit.widgets.network import DRAFT_KEY

    store.set(DRAFT_KEY, {"id": "c", "name": "Cy", "ring": "inner", "last_contact": None})
    form = _form(store, _network("last_contact", "soon"))
    assert form._picker.value == "c" and '"soon"' in html.unescape(form._message.value)  # the value as saved
