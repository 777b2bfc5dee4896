"""Tests for the take-home, start-page and Binder-notice widgets, driven as a participant would."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import re
import zipfile

from netkit.coach.start import PROFILE_KEY
from netkit.store.answers import AnswersStore
from netkit.widgets.hosting_notice import BinderNotice
from netkit.widgets.start import StartPage
from netkit.widgets.takehome import TakeHome

BINDER = {"BINDER_LAUNCH_HOST": "https://mybinder.org/", "BINDER_PERSISTENT_REQUEST": "v2/gh/a/b/c"}
HOSTILE = "<img src=x onerror=window.__pwned=1> $50k … $70k </script>"


def _link_bytes(value: str) -> tuple[str, bytes]:
    name = html.unescape(re.search(r"download='([^']*)'", value).group(1))
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)'", value).group(1)
    return name, base64.b64decode(payload)


def _upload(widget, name: str, data: bytes) -> None:
    widget.value = (
        {
            "name": name,
            "type": "",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": dt.datetime(2026, 12, 3, tzinfo=dt.UTC),
        },
    )


def test_notice_hidden_off_binder_and_shown_on_it():
    """Is the Binder notice invisible on a laptop and shown (with the idle warning) on Binder?"""
    off = BinderNotice({})
    assert off.layout.display == "none" and off.value == ""
    on = BinderNotice(BINDER)
    assert on.layout.display != "none" and "10 minutes" in on.value


def test_takehome_shows_the_notice_on_binder(store):
    """Does the take-home section carry the Binder notice?"""
    assert "keeps nothing" in TakeHome(store=store, environ=BINDER).children[0].value


def test_download_gives_a_zip_with_the_answers(store):
    """Does clicking Download give a data: link to a safely named zip holding every answer?"""
    store.set("outreach.draft", HOSTILE)
    store.set(PROFILE_KEY, {"name": "Ada Lovelace"})
    widget = TakeHome(store=store, environ={})
    widget._download.click()
    name, data = _link_bytes(widget._link.value)
    assert re.fullmatch(r"netkit-ada-lovelace-\d{8}\.zip", name)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert json.loads(zf.read("netkit-answers-export.json"))["answers"]["outreach.draft"] == HOSTILE


def test_download_link_escapes_a_hostile_name(store):
    """Is a hostile participant name escaped inside the link (no markup gets through)?"""
    widget = TakeHome(store=store, name="x' onclick='alert(1)", environ={})
    widget._download.click()
    assert "onclick='alert" not in widget._link.value
    assert "<img" not in widget._link.value


def test_upload_restores_answers(store, tmp_path_factory):
    """Does uploading a downloaded zip restore the answers into this workbook's store?"""
    source = AnswersStore(tmp_path_factory.mktemp("old"), debounce=0)
    source.set("network.contacts", [{"name": "Kim"}])
    old = TakeHome(store=source, environ={})
    old._download.click()
    name, data = _link_bytes(old._link.value)
    widget = TakeHome(store=store, environ={})
    _upload(widget._upload, name, data)
    assert "1 answers restored" in widget._upload_status.value
    assert [c["name"] for c in AnswersStore(store.folder).get("network.contacts")] == ["Kim"]
    assert widget._upload.value == ()


def test_bad_upload_is_explained_not_raised(store):
    """Does a wrong file show a message (escaped) instead of a traceback?"""
    widget = TakeHome(store=store, environ={})
    _upload(widget._upload, "<b>holiday</b>.jpg", b"\xff\xd8\xff")
    assert "✗" in widget._upload_status.value
    assert "<b>holiday" not in widget._upload_status.value


def test_delete_needs_a_confirmation(store):
    """Does the first click only ask, and nothing go until the confirm button is pressed?"""
    store.set("x", 1)
    widget = TakeHome(store=store, environ={})
    widget._delete.click()
    assert widget._confirm_box.layout.display == "flex"
    assert store.path.exists()
    widget._cancel.click()
    assert store.path.exists() and widget._confirm_box.layout.display == "none"
    widget._delete.click()
    widget._confirm.click()
    assert not store.path.exists()
    assert AnswersStore(store.folder).as_dict() == {}
    assert "Deleted" in widget._delete_status.value


def test_start_page_makes_a_workbook_and_links_to_it(tmp_path):
    """Does typing a name and clicking make a workbook, with a relative link that works in Lab and Voilà?"""
    page = StartPage(base=tmp_path, environ={})
    page.fields["name"].value = HOSTILE
    page.fields["goal"].value = "meet people"
    page._make.click()
    assert page.result is not None and page.result.notebook.exists()
    href = re.search(r"href='([^']*)'", page._status.value).group(1)
    assert href.startswith("my-workbook/") and href.endswith("/workshop.ipynb")
    assert "<img" not in page._status.value and "&lt;img" in page._status.value
    assert "$" not in page._status.value


def test_start_page_without_a_name_explains(tmp_path):
    """Does clicking with no name show what to do and make nothing?"""
    page = StartPage(base=tmp_path, environ={})
    page._make.click()
    assert "name" in page._status.value and page.result is None
    assert not (tmp_path / "my-workbook").exists()


def test_start_page_resumes_from_an_upload(tmp_path):
    """Does the start page in a fresh session rebuild the workbook and restore answers from a zip?"""
    first = StartPage(base=tmp_path / "old", environ={})
    first.fields["name"].value = "Ada"
    first._make.click()
    AnswersStore(first.result.folder, debounce=0).set("reflection.regret", "silence")
    takehome = TakeHome(store=AnswersStore(first.result.folder), environ={})
    takehome._download.click()
    name, data = _link_bytes(takehome._link.value)

    fresh = StartPage(base=tmp_path / "new", environ={})
    _upload(fresh._upload, name, data)
    assert fresh.result is not None
    assert fresh.fields["name"].value == "Ada"
    assert AnswersStore(fresh.result.folder).get("reflection.regret") == "silence"
    assert "answers restored" in fresh._status.value


def test_start_page_lists_earlier_workbooks(tmp_path):
    """Does reopening the start page show links to the workbooks made earlier in the session?"""
    page = StartPage(base=tmp_path, environ={})
    page.fields["name"].value = "Ada"
    page._make.click()
    again = StartPage(base=tmp_path, environ={})
    assert "Workbook of Ada" in again._earlier.value


def test_download_follow_ups_skip_the_workshop_countrys_holidays(store):
    """Does TakeHome(country=...) put follow-up dates that skip that country's public holidays into the zip?"""
    store.set(
        "outreach.outbox",
        [{"id": "m1", "contact": "Kim", "situation": "informational-interview", "sent_on": "2026-12-23", "asks": True}],
    )
    widget = TakeHome(store=store, environ={}, country="GB")
    widget._download.click()
    _name, data = _link_bytes(widget._link.value)
    calendar = zipfile.ZipFile(io.BytesIO(data)).read("followups.ics")
    assert b"DTSTART;VALUE=DATE:20270104" in calendar and b"DTSTART;VALUE=DATE:20261230" not in calendar
