"""Tests for netkit.workbook.takehome: one zip to take home, resuming from it, deleting every copy."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest

import netkit.workbook.takehome as takehome
from netkit.exceptions import AnswersError
from netkit.store.answers import AnswersStore
from netkit.workbook.takehome import (
    EXPORT_NAME,
    MAX_MEMBERS,
    README_NAME,
    archive_name,
    build_archive,
    delete_my_data,
    netkit_copies,
    read_upload,
    resume_from_upload,
    takehome_files,
)


@pytest.fixture
def folder(tmp_path):
    """A participant folder with a workbook, answers, a map, a calendar and a printout (under its pre-0.2.0 name)."""
    (tmp_path / "workshop.ipynb").write_text('{"cells": []}', encoding="utf-8")
    (tmp_path / "network-map.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "follow-ups.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    (tmp_path / "workshop.handout.html").write_text("<html></html>", encoding="utf-8")
    store = AnswersStore(tmp_path, debounce=0)
    store.set("outreach.draft", "Dear Sam, $50k … $70k </script>")
    store.set("network.contacts", [{"name": "Kim"}])
    store.flush()
    return tmp_path


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _export(answers: dict) -> bytes:
    return json.dumps({"kind": "netkit-answers-export", "schema": 1, "answers": answers}).encode()


def test_archive_name_is_safe_whatever_the_name():
    """Does a name with slashes, dots and markup still give a plain, dated file name?"""
    name = archive_name("../../Ada <img src=x>/Lovelace", dt.date(2026, 12, 3))
    assert name.startswith("netkit-") and name.endswith("-20261203.zip")
    assert "/" not in name and ".." not in name and "<" not in name


def test_archive_name_without_a_name():
    """Is there still a sensible name when the workbook has no participant name?"""
    assert archive_name("", dt.date(2026, 1, 2)) == "netkit-participant-20260102.zip"


def test_archive_holds_workbook_answers_map_calendar_handout_and_readme(folder):
    """Does the zip hold everything the issue lists, and the answers as an export?"""
    archive = build_archive(AnswersStore(folder), name="Ada")
    with zipfile.ZipFile(io.BytesIO(archive.data)) as zf:
        names = set(zf.namelist())
        export = json.loads(zf.read(EXPORT_NAME))
        readme = zf.read(README_NAME).decode("utf-8")
    assert {
        "workshop.ipynb",
        "network-map.png",
        "follow-ups.ics",
        "workshop.handout.html",
        EXPORT_NAME,
        README_NAME,
    } <= names
    assert export["answers"]["outreach.draft"] == "Dear Sam, $50k … $70k </script>"
    assert "follow-ups.ics" in readme and "upload" in readme


def test_archive_leaves_out_answers_internals_hidden_files_and_subfolders(folder):
    """Are backups, locks, damaged copies, checkpoints, earlier zips and subfolders left out?"""
    (folder / "netkit-answers.damaged-20260101-000000.json").write_text("{", encoding="utf-8")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "workshop-checkpoint.ipynb").write_text("{}", encoding="utf-8")
    (folder / "other-participant").mkdir()
    (folder / "other-participant" / "workshop.ipynb").write_text("{}", encoding="utf-8")
    (folder / "netkit-ada-20260101.zip").write_bytes(b"PK")
    (folder / "secret.key").write_text("x", encoding="utf-8")
    names = [p.name for p in takehome_files(folder)]
    assert sorted(names) == ["follow-ups.ics", "network-map.png", "workshop.handout.html", "workshop.ipynb"]
    with zipfile.ZipFile(io.BytesIO(build_archive(AnswersStore(folder)).data)) as zf:
        assert all("/" not in name for name in zf.namelist())
        assert "netkit-answers.json" not in zf.namelist()


def test_archive_includes_unsaved_answers(folder):
    """Is an answer typed a moment ago (still in the debounce window) in the download?"""
    store = AnswersStore(folder, debounce=60)
    store.set("reflection.regret", "not keeping in touch")
    archive = build_archive(store)
    with zipfile.ZipFile(io.BytesIO(archive.data)) as zf:
        assert json.loads(zf.read(EXPORT_NAME))["answers"]["reflection.regret"] == "not keeping in touch"


def test_archive_refuses_a_huge_folder(folder, monkeypatch):
    """Is a folder too big for a browser download refused with a message rather than sent?"""
    monkeypatch.setattr(takehome, "MAX_ARCHIVE_BYTES", 10)
    with pytest.raises(AnswersError, match="too large"):
        build_archive(AnswersStore(folder))


def test_round_trip_zip_restores_every_answer(folder, tmp_path_factory):
    """Does uploading the downloaded zip in a fresh folder bring back every answer exactly?"""
    archive = build_archive(AnswersStore(folder))
    fresh = AnswersStore(tmp_path_factory.mktemp("fresh"), debounce=0)
    assert resume_from_upload(fresh, archive.data, archive.filename).keys == 2
    assert AnswersStore(fresh.folder).as_dict() == AnswersStore(folder).as_dict()


def test_bare_export_json_is_accepted(store):
    """Can a participant upload just the netkit-answers-export.json?"""
    assert resume_from_upload(store, _export({"network.x": 1}), EXPORT_NAME).keys == 1
    assert AnswersStore(store.folder).get("network.x") == 1


def test_resume_from_an_older_download_keeps_newer_answers_and_adds_the_rest(store):
    """Does an older download add what is missing, while answers changed here since stay?"""
    store.set("a", "typed today")
    store.set("b", "mine")
    report = resume_from_upload(store, _export({"a": "from last week", "c": "only in the download"}), "x.json")
    assert store.get("a") == "typed today" and store.get("b") == "mine" and store.get("c") == "only in the download"
    assert report.added == {"c": 1} and report.kept == {"a": 1}
    assert report.summary() == "Added 1 answer; kept 1 answer that was newer here."


@pytest.mark.parametrize("member", ["../evil.json", "/etc/passwd", "a/../../b", "C:/x", "a\\..\\b", "./x"])
def test_zip_slip_names_are_refused(member):
    """Is a zip whose member names could escape a folder refused outright?"""
    data = _zip({member: b"x", EXPORT_NAME: _export({})})
    with pytest.raises(AnswersError, match="unsafe name"):
        read_upload(data, "evil.zip")


def test_zip_bomb_export_is_refused(monkeypatch):
    """Is an export that expands beyond the limit refused (declared size or real size)?"""
    monkeypatch.setattr(takehome, "MAX_EXPORT_BYTES", 1000)
    data = _zip({EXPORT_NAME: b'{"kind": "netkit-answers-export", "answers": {"x": "' + b"a" * 5000 + b'"}}'})
    with pytest.raises(AnswersError, match="too large"):
        read_upload(data, "bomb.zip")


def test_too_many_members_are_refused():
    """Is a zip with thousands of members (not one of ours) refused?"""
    data = _zip({f"f{i}.txt": b"" for i in range(MAX_MEMBERS + 1)})
    with pytest.raises(AnswersError, match="more than"):
        read_upload(data, "many.zip")


def test_oversized_upload_is_refused_before_reading(monkeypatch):
    """Is an upload above the size limit refused with the limit in the message?"""
    monkeypatch.setattr(takehome, "MAX_UPLOAD_BYTES", 10)
    with pytest.raises(AnswersError, match="too large"):
        read_upload(b"{" + b" " * 20 + b"}", "big.json")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"hello", "neither"),
        (b"PK\x03\x04garbage", "damaged"),
        (b"{not json", "damaged"),
        (b'{"kind": "something-else", "answers": {}}', "not a netkit"),
    ],
)
def test_wrong_uploads_say_what_to_upload(data, message):
    """Does a wrong file get a message naming the file to upload instead (not a traceback)?"""
    with pytest.raises(AnswersError, match=message) as info:
        read_upload(data, "upload.bin")
    assert "Download everything" in info.value.message


def test_zip_without_export_is_refused():
    """Is a zip with no answers export in it refused?"""
    with pytest.raises(AnswersError, match="holds no"):
        read_upload(_zip({"README.txt": b"hi"}), "x.zip")


def test_export_from_a_newer_netkit_is_refused(store):
    """Is an export from a newer schema refused rather than half-imported?"""
    doc = json.dumps({"kind": "netkit-answers-export", "schema": 99, "answers": {"a": 1}}).encode()
    with pytest.raises(AnswersError):
        resume_from_upload(store, doc, "new.json")
    assert store.as_dict() == {}


def test_delete_removes_every_copy(folder):
    """Does delete-my-data remove answers, backup, damaged copies, checkpoints, exports, zips, pictures, calendars,
    printable pages?"""
    store = AnswersStore(folder, debounce=0)
    store.set("x", 1)
    store.flush()  # second write: a backup exists
    (folder / "netkit-answers.damaged-20260101-000000.json").write_text("{", encoding="utf-8")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / "workshop-checkpoint.ipynb").write_text("{}", encoding="utf-8")
    (folder / ".netkit-backups").mkdir()
    (folder / ".netkit-backups" / "workshop.20260101.ipynb").write_text("{}", encoding="utf-8")
    (folder / "netkit-ada-20260101.zip").write_bytes(b"PK")
    (folder / "netkit-answers-export.json").write_text("{}", encoding="utf-8")
    (folder / ".netkit-answers.json.abc.netkit-tmp").write_text("{", encoding="utf-8")
    removed = delete_my_data(store)
    left = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    assert left == ["workshop.ipynb"]
    assert len(removed) >= 10
    assert AnswersStore(folder).as_dict() == {}


def test_delete_touches_nothing_outside_the_folder(folder, tmp_path_factory):
    """Are files of a neighbouring participant left alone?"""
    neighbour = tmp_path_factory.mktemp("neighbour")
    AnswersStore(neighbour, debounce=0).set("x", 1)
    (neighbour / "map.png").write_bytes(b"png")
    delete_my_data(AnswersStore(folder))
    assert (neighbour / "netkit-answers.json").exists() and (neighbour / "map.png").exists()


def test_netkit_copies_of_a_missing_folder_is_empty(tmp_path):
    """Does listing copies of a folder that does not exist simply find nothing?"""
    assert netkit_copies(tmp_path / "missing") == []
