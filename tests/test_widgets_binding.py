"""Widgets are built from the store and only then observed."""

from __future__ import annotations

import ipywidgets as widgets

from netkit.store.answers import ERRORS, AnswersStore
from netkit.widgets.autosave import SaveStatus, bind
from netkit.widgets.opening import OpeningPage


def test_saved_value_wins_over_default(tmp_path):
    """Does building a form restore the saved answer instead of writing the default?"""
    AnswersStore(tmp_path, debounce=0).set("welcome.goal", "saved")
    store = AnswersStore(tmp_path, debounce=0)
    text = bind(widgets.Text(), "welcome.goal", store=store, default="default")
    assert text.value == "saved"
    assert not store.pending


def test_default_used_when_nothing_saved_and_not_written(tmp_path):
    """Is the default shown but not saved until the participant changes it?"""
    store = AnswersStore(tmp_path, debounce=0)
    text = bind(widgets.Text(), "welcome.goal", store=store, default="default")
    assert text.value == "default" and "welcome.goal" not in store
    text.value = "typed"
    assert AnswersStore(tmp_path).get("welcome.goal") == "typed"


def test_conversions(tmp_path):
    """Can a trait be stored in another JSON shape and restored?"""
    store = AnswersStore(tmp_path, debounce=0)
    sel = bind(widgets.SelectMultiple(options=["a", "b", "c"]), "k", store=store, to_json=list, from_json=tuple)
    sel.value = ("a", "c")
    assert AnswersStore(tmp_path).get("k") == ["a", "c"]
    again = bind(widgets.SelectMultiple(options=["a", "b", "c"]), "k", store=AnswersStore(tmp_path), from_json=tuple)
    assert again.value == ("a", "c")


def test_save_status_reports_recovery_and_errors(tmp_path):
    """Does the status line tell the participant about a recovery and a failed save, escaped?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("a", 1)
    store.set("a", 2)
    store.path.write_text("{broken")
    status = SaveStatus(AnswersStore(tmp_path))
    assert "restored from the backup" in status.value
    status.show_error(OSError("<b>disk</b> full"))
    assert "&lt;b&gt;disk" in status.value


def test_opening_page_builds_without_display(tmp_path):
    """Does the opening page build (no display call) with escaped, personalised text?"""
    page = OpeningPage(store=AnswersStore(tmp_path), name="<Ana>", goal="Grow")
    assert "&lt;Ana&gt;" in page.children[1].value


def test_opening_page_shows_binder_notice_only_on_binder(tmp_path):
    """Is the Binder notice visible on Binder and hidden elsewhere?"""
    on_binder = OpeningPage(store=AnswersStore(tmp_path), environ={"BINDER_LAUNCH_HOST": "https://mybinder.org/"})
    assert on_binder.children[0].layout.display != "none" and on_binder.children[0].value
    local = OpeningPage(store=AnswersStore(tmp_path), environ={})
    assert local.children[0].layout.display == "none"


def test_on_upload_hands_over_each_file_and_clears():
    """Does an upload reach the handler as bytes + name, and is the widget cleared afterwards?"""
    from netkit.widgets.autosave import on_upload

    upload = widgets.FileUpload()
    got = []
    on_upload(upload, lambda data, name: got.append((data, name)))
    upload.value = (
        {
            "name": "a.csv",
            "type": "text/csv",
            "size": 2,
            "content": memoryview(b"hi"),
            "last_modified": __import__("datetime").datetime(2026, 1, 1),
        },
    )
    assert got == [(b"hi", "a.csv")]
    assert upload.value == ()


def test_opening_page_offers_static_html_for_printouts(tmp_path):
    """Does the opening page also give its card as text/html, for the printout (render --html)?"""
    bundle = OpeningPage(store=AnswersStore(tmp_path), name="Ana <b>")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "Ana &lt;b&gt;" in bundle["text/html"]


def test_a_failed_save_is_shown_by_every_status_line_of_the_store(tmp_path):
    """The composed workshop has a save-status line in each exercise: does a failed save show in all of
    them (the one next to what the participant is typing), not only in the one built last?"""
    store = AnswersStore(tmp_path, debounce=0)
    first, second = SaveStatus(store), SaveStatus(store)
    store._notify(ERRORS, OSError("disk full"))
    for status in (first, second):
        assert "could not be saved" in status.value and "disk full" in status.value
