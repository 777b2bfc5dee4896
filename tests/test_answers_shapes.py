"""Resume checks the shape of every item of every list before anything is written.

A download may be edited by hand or made by anything: a list of contacts holding a number, a text, or a
contact whose date is a number must be refused with a message saying where and how to fix it, never a
traceback later ("Download everything" builds the handout from these items).
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from netkit.exceptions import AnswersError
from netkit.store import schema
from netkit.store.answers import AnswersStore
from netkit.workbook.takehome import EXPORT_NAME, build_archive, resume_from_upload

C = schema.CONTACTS


def export(answers: dict) -> dict:
    return {"kind": "netkit-answers-export", "schema": 2, "answers": answers}


def contact(**extra) -> dict:
    return {"id": "kofi", "name": "Kofi", "ring": "close", **extra}


def zipped(doc: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(EXPORT_NAME, json.dumps(doc))
    return buffer.getvalue()


BAD = [
    (C, [1, 2], "item 1 is a number"),
    (C, ["Kofi Mensah"], "item 1 is a text"),
    (C, [contact(), [contact()]], "item 2 is a list"),
    (C, [contact(), None], "item 2 is null"),
    (C, [contact(last_contact=20261101)], "'last_contact' is 20261101, not a date"),
    (C, [contact(connected_on="soon")], "'connected_on' is \"soon\", not a date"),
    (C, [contact(name=5)], "'name' is 5, not a text"),
    (C, [contact(emails=[5])], "'emails'"),
    (C, [contact(interactions=[5])], "'interactions'"),
    (C, [contact(interactions=[{"kind": "coffee"}])], "'interactions'"),
    (C, [contact(interactions=[{"date": 3, "kind": "coffee"}])], "not a date"),
    (C, [contact(interactions="coffee")], "'interactions'"),
    (schema.PLAN, [{"person": "Ama", "first_date": 20261220}], "'first_date' is 20261220, not a date"),
    (schema.PLAN, ["Ama"], "item 1 is a text"),
    (schema.OUTBOX, [{"id": "m1", "text": "Hi", "sent_on": 5}], "'sent_on' is 5, not a date"),
    (schema.CONVERSATION_NOTES, [{"id": "n1", "date": True}], "'date' is true, not a date"),
    (schema.NETWORK_IMPORTS, [7], "item 1 is a number"),
]


@pytest.mark.parametrize("key,items,message", BAD)
def test_items_of_the_wrong_shape_are_refused_before_anything_is_written(tmp_path, key, items, message):
    """Is an upload whose list holds a non-record, or a record with a field of the wrong type, refused with a
    message naming the list, the item and the field, nothing written, and "Download everything" still working?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set(C, [contact(notes="mine")])
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    for attempt in (lambda: store.resume_document(export({key: items})), lambda: resume_from_upload(
        store, zipped(export({key: items})), "netkit-dana.zip"
    )):  # fmt: skip
        with pytest.raises(AnswersError) as refused:
            attempt()
        assert message in refused.value.what and f"'{key}'" in refused.value.what
        assert "netkit-answers-export.json" in refused.value.fix
        assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert build_archive(store, name="Dana").data[:2] == b"PK"


FIELD_VALUES = [5, 2.5, True, None, "", "text", "2026-13-45", "2026-11-02", [], ["x"], [5], {}, {"date": "x"}]


@pytest.mark.parametrize("key", [C, schema.PLAN, schema.OUTBOX, schema.CONVERSATION_NOTES])
def test_any_value_in_any_field_is_refused_or_downloads(tmp_path, key):
    """Every declared field given every kind of JSON value: either the resume refuses it with a message, or
    "Download everything" then works (never a traceback after a resume was accepted)."""
    spec = schema.key_spec(key)
    base = {C: contact(), schema.PLAN: {"person": "Ama"}, schema.OUTBOX: {"id": "m1"}}.get(key, {"id": "n1"})
    for field in spec.fields:
        for value in FIELD_VALUES:
            folder = tmp_path / f"{field}-{FIELD_VALUES.index(value)}"
            store = AnswersStore(folder, debounce=0)
            try:
                store.resume_document(export({key: [{**base, field: value}]}))
            except AnswersError:
                continue
            build_archive(store, name="Dana")


def test_well_formed_items_and_old_shapes_are_accepted(tmp_path):
    """Are real exports accepted: empty fields, e-mails as one text (older imports), an outbox time stamp as the
    date, a plan line without a date, unknown extra fields?"""
    store = AnswersStore(tmp_path, debounce=0)
    doc = export(
        {
            C: [
                contact(emails="a@x.org; b@x.org", last_contact="", connected_on=None, extra={"any": "thing"}),
                contact(id="ama", name="Ama", interactions=[{"date": "2026-11-02", "kind": "coffee", "note": None}]),
            ],
            schema.OUTBOX: [{"id": "m1", "text": "Hi", "saved_on": "2026-12-03T10:15:00+00:00"}],
            schema.PLAN: [{"person": "Ama", "first_date": None}],
            schema.NETWORK_IMPORTS: [{"file": "linkedin.csv", "added": 3}],
        }
    )
    assert store.resume_document(doc).keys == 4
    build_archive(store, name="Dana")


def test_the_take_home_widget_says_why_and_download_everything_still_works(tmp_path):
    """In the workbook: does uploading a zip with a contact whose date is a number show the message (no traceback),
    and does "Download everything" then make the zip?"""
    from netkit.widgets.takehome import TakeHome

    store = AnswersStore(tmp_path, debounce=0)
    store.set(C, [contact()])
    ui = TakeHome(store=store, name="Dana")
    ui.resume(zipped(export({C: [contact(id="ama", name="Ama", last_contact=20261101)]})), "netkit-dana.zip")
    assert "✗" in ui._upload_status.value and "last_contact" in ui._upload_status.value
    assert "netkit-answers-export.json" in ui._upload_status.value
    ui._download.click()
    assert ui.archive is not None and ui.archive.data[:2] == b"PK"


def test_the_start_page_refuses_bad_items_before_making_a_folder(tmp_path):
    """Carrying on from a download on the start page: is a bad item refused before any workbook folder is made?"""
    from netkit.coach.start import resume

    with pytest.raises(AnswersError, match="not a date"):
        resume(zipped(export({C: [contact(last_contact=5)]})), "old.zip", tmp_path / "out", values={"name": "Dana"})
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "bad",
    [contact(id="ama", last_contact=20261101), contact(id="ama", interactions=[5]), 7, "Ama Owusu"],
)
def test_an_answers_file_already_holding_a_bad_item_still_downloads_everything(tmp_path, bad):
    """A file an earlier netkit's resume (or a hand edit) left a bad item in: does "Download everything" work,
    with the bad item carried aside in the zip (superseded, with why) and the zip resumable elsewhere?"""
    from netkit.widgets.takehome import TakeHome

    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "netkit-answers.json").write_text(json.dumps({"schema": 2, "answers": {C: [contact(), bad]}}))
    store = AnswersStore(tmp_path / "p", debounce=0)
    ui = TakeHome(store=store, name="Dana")
    ui._download.click()
    assert ui.archive is not None, ui._link.value
    with zipfile.ZipFile(io.BytesIO(ui.archive.data)) as zf:
        doc = json.loads(zf.read(EXPORT_NAME))
    assert doc["answers"][C] == [contact()]
    assert [(s["value"], "item 2" in s["why"]) for s in doc["superseded"]] == [(bad, True)]
    assert store.get(C) == [contact(), bad]  # the file itself is left as it is
    home = AnswersStore(tmp_path / "home", debounce=0)
    home.resume_document(doc)
    assert home.get(C) == [contact()] and json.loads(home.path.read_text())["superseded"][0]["value"] == bad
