"""The network-mapping widget, driven like a participant would: set values, click buttons."""

import datetime as dt
from pathlib import Path

from netkit.contacts import Contact
from netkit.store.answers import AnswersStore
from netkit.widgets.network import (
    CONTACTS_KEY,
    DORMANT_MARK,
    DRAFT_KEY,
    IMPORTS_KEY,
    SUMMARY_KEY,
    NetworkMap,
    contacts_table_html,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "contacts"
TODAY = dt.date(2026, 11, 24)


def _widget(store, **kw):
    return NetworkMap(
        name="Ada",
        target_organisations="Northwind Analytics; Globex",
        target_sectors="Tech",
        store=store,
        today=TODAY,
        **{"redraw_delay": None, **kw},
    )


def _add(w, name, **fields):
    w._new_button.click()
    w._fields["name"].value = name
    for key, value in fields.items():
        if key == "ring":
            w._ring.value = value
        elif key == "last_contact":
            w._last_contact.value = value
        else:
            w._fields[key].value = value
    w._save_button.click()


def _upload(w, path):
    data = path.read_bytes()
    w._upload.value = (
        {
            "name": path.name,
            "type": "text/csv",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        },
    )


def test_building_with_nothing_saved_writes_nothing(store):
    """Does opening the exercise for the first time leave the store empty?"""
    w = _widget(store, redraw_delay=0)
    assert store.keys("network.") == []
    assert w._map.value.startswith("<figure") and "<svg" in w._map.value


def test_added_contact_is_saved_and_survives_a_restart(store):
    """Is a contact added in the form saved, and there again after a kernel restart?"""
    w = _widget(store)
    _add(w, "Pia Rautio", organisation="Northwind Analytics", ring="close", last_contact=dt.date(2026, 11, 1))
    store.flush()
    saved = AnswersStore(store.folder).get(CONTACTS_KEY)
    assert [(c["name"], c["ring"], c["last_contact"]) for c in saved] == [("Pia Rautio", "close", "2026-11-01")]
    again = _widget(AnswersStore(store.folder, debounce=0))
    assert [c.name for c in again.contacts] == ["Pia Rautio"]


def test_typing_is_kept_as_a_draft_before_saving(store):
    """Is a half-typed contact kept in network.draft and restored into the form after a restart?"""
    w = _widget(store)
    w._fields["name"].value = "Half typed"
    w._fields["could_offer"].value = "an intro"
    store.flush()
    assert store.get(DRAFT_KEY)["name"] == "Half typed"
    again = _widget(AnswersStore(store.folder, debounce=0))
    assert again._fields["name"].value == "Half typed" and again._fields["could_offer"].value == "an intro"
    assert again.contacts == []


def test_saving_without_a_name_is_refused(store):
    """Does Save with an empty name say so and add nobody?"""
    w = _widget(store)
    w._save_button.click()
    assert "name" in w._message.value and w.contacts == []


def test_picking_a_contact_fills_the_form_and_edits_update_it(store):
    """Does choosing a contact load it, and saving an edit change that contact (not add one)?"""
    w = _widget(store)
    _add(w, "Pia", role="Analyst")
    _add(w, "Quinn")
    pia = next(c for c in w.contacts if c.name == "Pia")
    w._picker.value = pia.id
    assert w._fields["role"].value == "Analyst"
    w._fields["role"].value = "Lead analyst"
    w._save_button.click()
    assert len(w.contacts) == 2 and pia.role == "Lead analyst"
    assert any(c["role"] == "Lead analyst" for c in store.get(CONTACTS_KEY))


def test_remove_and_undo(store):
    """Does Remove take the contact out of the store, and Undo bring it back?"""
    w = _widget(store)
    _add(w, "Gone soon")
    w._remove_button.click()
    assert store.get(CONTACTS_KEY) == [] and "Removed" in w._message.value
    w._undo_button.click()
    assert [c["name"] for c in store.get(CONTACTS_KEY)] == ["Gone soon"]


def test_logging_interactions_updates_reciprocity_findings(store):
    """Does logging an 'asked' interaction show up in the findings as only-asked?"""
    w = _widget(store)
    _add(w, "Taker")
    w._log_direction.value = "asked"
    w._log_button.click()
    saved = store.get(CONTACTS_KEY)[0]
    assert saved["interactions"][0]["direction"] == "asked"
    assert "Only ever asked" in w._findings.value and "Taker" in w._findings.value


def test_log_without_a_saved_contact_is_refused(store):
    """Does logging with no contact chosen explain what to do?"""
    w = _widget(store)
    w._log_button.click()
    assert "Save the contact first" in w._message.value


def test_upload_imports_merges_and_reports(store):
    """Does an uploaded LinkedIn export import, report skipped lines, and not duplicate when uploaded again?"""
    w = _widget(store)
    _upload(w, FIXTURES / "linkedin_with_notes_preamble.csv")
    assert "5 new" in w._import_report.value and "line 7" in w._import_report.value
    assert w._upload.value == ()
    _upload(w, FIXTURES / "linkedin_with_notes_preamble.csv")
    assert "0 new contacts, 5 merged" in w._import_report.value
    assert len(store.get(CONTACTS_KEY)) == 5
    imports = store.get(IMPORTS_KEY)
    assert len(imports) == 2 and "Ada" not in str(imports)
    assert store.get(SUMMARY_KEY)["size"] == 5


def test_bad_upload_shows_an_error_and_changes_nothing(store):
    """Does a file that is no export show a message and keep the contacts as they were?"""
    w = _widget(store)
    _upload(w, FIXTURES / "not_contacts.txt")
    assert "How to fix" in w._import_report.value and store.get(CONTACTS_KEY) is None


def test_targets_without_insider_appear_in_findings(store):
    """Are the participant's target organisations with nobody inside named in the findings?"""
    w = _widget(store)
    _add(w, "Insider", organisation="Northwind Analytics")
    assert "No insider yet at: Globex, Tech" in w._findings.value


def test_user_text_is_escaped_everywhere(store):
    """Is a name with HTML and dollars shown literally in the table, findings and messages?"""
    w = _widget(store)
    _add(w, "<img src=x onerror=alert(1)> $50k", ring="close")
    w._log_direction.value = "asked"
    w._log_button.click()
    for html in (w._table.value, w._findings.value, w._message.value, w._log_list.value):
        assert "<img" not in html and "$" not in html


def test_find_narrows_the_picker_and_table(store):
    """Does typing in Find narrow the picker and the table?"""
    w = _widget(store)
    _add(w, "Alpha One")
    _add(w, "Beta Two")
    w._find.value = "beta"
    assert [label for label, _ in w._picker.options][1:] == ["Beta Two"]
    assert "Alpha" not in w._table.value


def test_table_is_capped_for_big_networks():
    """Does the table show at most the cap and say how many there are?"""
    html = contacts_table_html([Contact(f"P{i}") for i in range(250)], TODAY, limit=100)
    assert html.count("<tr>") == 101 and "Showing 100 of 250" in html


def test_pictures_are_redrawn_after_a_change(store):
    """Is the map picture redrawn after adding a contact?"""
    w = _widget(store, redraw_delay=0)
    before = w._map.value
    _add(w, "Someone", ring="inner")
    assert w._map.value != before


def test_redraw_is_debounced_in_the_background(store):
    """With a delay, is the map redrawn once after a burst of changes, not inside the callback?"""
    w = NetworkMap(store=store, today=TODAY, redraw_delay=0.5)
    before = w._map.value
    _add(w, "One")
    _add(w, "Two")
    assert w._map.value == before  # not yet: the callbacks returned without drawing
    w._timer.join(10)
    assert w._map.value != before


def test_no_pictures_until_asked_when_redraw_is_off(store):
    """With redraw_delay=None, are pictures drawn only by refresh_pictures()?"""
    w = _widget(store)
    _add(w, "One")
    assert w._map.value == ""
    w.refresh_pictures()
    assert "<svg" in w._map.value and "One" in w._map.value


def test_dormant_marker_is_shown_as_a_marker_not_as_escaped_markup():
    """Does a dormant contact's row show the map's hollow dashed dot and the word "dormant" (no emoji font
    needed), as markup rather than escaped text?"""
    html = contacts_table_html([Contact("Tom <b>Becker</b>", ring="dormant")], TODAY)
    assert DORMANT_MARK in html and "dormant</span>" in html and "💤" not in html
    assert "&lt;span" not in html and "Tom &lt;b&gt;Becker&lt;/b&gt;" in html


def test_acquaintances_at_target_organisations_appear_in_findings(store):
    """Is a weak tie who works at a target organisation named, with what to ask them?"""
    w = _widget(store)
    _add(w, "Weak Tie", organisation="Globex", ring="acquaintance", last_contact=TODAY)
    assert "Acquaintances at your target organisations: Weak Tie at Globex" in w._findings.value
