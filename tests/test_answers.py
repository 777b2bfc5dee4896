"""The answers store: nothing a participant types is lost."""

from __future__ import annotations

import json
import time

import pytest

from netkit.exceptions import AnswersCorruptError, AnswersError, AnswersSchemaError
from netkit.store import answers
from netkit.store.answers import AnswersStore, open_store


def test_set_then_reopen_restores(tmp_path):
    """Does an answer survive a kernel restart (a new store on the same folder)?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("welcome.goal", "Meet 3 designers")
    assert AnswersStore(tmp_path).get("welcome.goal") == "Meet 3 designers"


def test_get_returns_default_only_when_nothing_saved(store):
    """Is the default used only when no answer is saved, even a falsy one?"""
    assert store.get("x", "default") == "default"
    store.set("x", "")
    assert store.get("x", "default") == ""


def test_get_returns_a_copy(store):
    """Can a caller mutate what it got without changing the store behind its back?"""
    store.set("list", [1, 2])
    got = store.get("list")
    got.append(3)
    assert store.get("list") == [1, 2]


def test_debounced_save_waits_then_writes(tmp_path):
    """Are quick successive changes written once, shortly after the last one?"""
    store = AnswersStore(tmp_path, debounce=0.05)
    for text in ("H", "He", "Hel", "Hello"):
        store.set("note", text)
    assert store.pending
    deadline = time.time() + 5
    while store.pending and time.time() < deadline:
        time.sleep(0.01)
    assert json.loads(store.path.read_text())["answers"]["note"] == "Hello"


def test_write_keeps_a_backup(store):
    """Is the previous good version kept as a backup on each save?"""
    store.set("a", 1)
    store.set("a", 2)
    assert json.loads(store.backup_path.read_text())["answers"]["a"] == 1


def test_corrupt_file_recovered_from_backup_and_reported(tmp_path):
    """Is a damaged answers file recovered from the backup, reported, and kept aside?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("a", "first")
    store.set("b", "second")
    store.path.write_text('{"schema": 1, "answers": {"a": "tru')  # a crash mid-write by some other tool
    reopened = AnswersStore(tmp_path)
    assert reopened.get("a") == "first"
    assert reopened.recovered and "backup" in reopened.recovered
    assert list(tmp_path.glob("netkit-answers.damaged-*.json"))
    assert json.loads(reopened.path.read_text())["answers"]["a"] == "first"


def test_corrupt_without_backup_stops_and_writes_nothing(tmp_path):
    """With no usable backup, does the store stop rather than start empty?"""
    path = answers.answers_path(tmp_path)
    path.write_text("not json at all")
    with pytest.raises(AnswersCorruptError) as err:
        AnswersStore(tmp_path)
    assert "How to fix" in str(err.value)
    assert path.read_text() == "not json at all"


def test_newer_schema_is_never_overwritten(tmp_path):
    """Is a file from a newer netkit left untouched?"""
    path = answers.answers_path(tmp_path)
    original = json.dumps({"schema": answers.SCHEMA + 1, "answers": {"a": 1}})
    path.write_text(original)
    with pytest.raises(AnswersSchemaError):
        AnswersStore(tmp_path)
    assert path.read_text() == original


def test_two_stores_merge_per_key(tmp_path):
    """Do a Lab tab and a Voilà tab on one workbook keep each other's answers?"""
    lab = AnswersStore(tmp_path, debounce=0)
    voila = AnswersStore(tmp_path, debounce=0)
    lab.set("a", "from lab")
    voila.set("b", "from voila")
    assert AnswersStore(tmp_path).as_dict() == {"a": "from lab", "b": "from voila"}


def test_delete_key_is_saved(store, tmp_path):
    """Does deleting an answer persist, without touching other keys?"""
    store.set("a", 1)
    store.set("b", 2)
    store.delete("a")
    assert AnswersStore(tmp_path).as_dict() == {"b": 2}


def test_unserialisable_value_fails_in_the_caller(store):
    """Is a value that cannot be saved rejected at once, not lost later in a timer?"""
    with pytest.raises(TypeError):
        store.set("bad", object())
    assert "bad" not in store


def test_export_and_import_round_trip(tmp_path):
    """Can everything be exported to one file and imported into a fresh folder?"""
    source = AnswersStore(tmp_path / "a", debounce=0)
    source.set("network.contacts", [{"name": "Zoë", "note": '<b>"hi"</b>'}])
    source.set("reflection.regret", "Not keeping in touch")
    exported = source.export_to(tmp_path / "export.json")
    target = AnswersStore(tmp_path / "b", debounce=0)
    assert target.import_from(exported) == 2
    assert AnswersStore(tmp_path / "b").as_dict() == source.as_dict()


def test_import_rejects_other_files(tmp_path, store):
    """Is a file that is not a netkit export refused with a message?"""
    bogus = tmp_path / "x.json"
    bogus.write_text('{"hello": 1}')
    with pytest.raises(AnswersError, match="not a netkit answers export"):
        store.import_from(bogus)
    bogus.write_text("garbage")
    with pytest.raises(AnswersError, match="cannot read"):
        store.import_from(bogus)


def test_delete_everything_removes_every_copy(tmp_path):
    """Does delete-everything remove the answers, backups, damaged copies and extra files?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("a", 1)
    store.set("a", 2)
    (tmp_path / "netkit-answers.damaged-20260101-000000.json").write_text("x")
    extra = tmp_path / "followups.ics"
    extra.write_text("BEGIN:VCALENDAR")
    store.delete_everything(extra=[extra])
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert AnswersStore(tmp_path).as_dict() == {}


def test_open_store_uses_env_folder_then_cwd(tmp_path, monkeypatch):
    """Is the store found from the notebook's folder, one per folder per kernel?"""
    monkeypatch.setenv(answers.ENV_FOLDER, str(tmp_path))
    assert open_store() is open_store()
    assert open_store().folder == tmp_path.resolve()
    monkeypatch.delenv(answers.ENV_FOLDER)
    monkeypatch.chdir(tmp_path)
    answers._OPEN.clear()
    assert open_store().folder == tmp_path.resolve()


def test_timer_errors_are_reported_not_lost(tmp_path):
    """If a background save fails, is the error kept and handed to the widget?"""
    store = AnswersStore(tmp_path / "gone", debounce=0.01)
    seen = []
    store.subscribe(answers.ERRORS, seen.append)
    (tmp_path / "gone").write_text("a file where the folder should be")
    store.set("a", 1)
    deadline = time.time() + 5
    while not seen and time.time() < deadline:
        time.sleep(0.01)
    assert seen and store.last_error is seen[0]
    assert store.get("a") == 1 and store.pending


def test_subscribers_hear_of_changes_and_a_failing_one_stops_nothing(tmp_path):
    """Are subscribers told when their key changes, and does a failing subscriber not stop the save?"""
    store = AnswersStore(tmp_path, debounce=0)
    heard = []
    store.subscribe("network.contacts", lambda: heard.append("changed"))
    store.subscribe("network.contacts", lambda: 1 / 0)
    store.set("network.contacts", [{"name": "Kim"}])
    store.update({"network.contacts": [], "other": 1})
    store.delete("network.contacts")
    store.set("unrelated", 2)
    assert heard == ["changed"] * 3
    reopened = AnswersStore(tmp_path).as_dict()
    assert reopened.pop("network.contacts", []) == []  # a list of records keeps its deletions as tombstones
    assert reopened == {"other": 1, "unrelated": 2}


def test_widgets_that_are_gone_are_no_longer_told(tmp_path):
    """Are bound methods held weakly, so a re-run cell's old widget is dropped?"""
    import gc

    class View:
        def __init__(self):
            self.count = 0

        def refresh(self):
            self.count += 1

    store = AnswersStore(tmp_path, debounce=0)
    view = View()
    store.subscribe("k", view.refresh)
    store.set("k", 1)
    assert view.count == 1
    del view
    gc.collect()
    store.set("k", 2)
    assert store._listeners["k"] == []


def test_the_store_is_one_class_that_holds_its_saver(tmp_path):
    """Is ``AnswersStore`` one class (no saving or transfer part inherited from other files), with the file side —
    where, when and how it is written — in the ``Saver`` it holds?"""
    from netkit.store.saving import Saver

    assert answers.AnswersStore.__mro__ == (answers.AnswersStore, object)
    store = answers.AnswersStore(tmp_path, debounce=0)
    saver = store._saver
    assert isinstance(saver, Saver) and (store.path, store.backup_path) == (saver.path, saver.backup_path)
    store.debounce = 5
    assert saver.debounce == 5
    store.debounce = 0
    store.set("k", 1)
    assert saver.last["answers"] == {"k": 1} and saver.still_ours()


def test_an_answers_file_written_before_the_saver_opens_and_saves_on(tmp_path):
    """Do the answers, change times and tombstones of a file (and backup) written by the store before it held a
    Saver (fixtures/answers/before-the-saver, made by that code) open unchanged, and does the next save keep that
    file as the backup?"""
    import shutil
    from pathlib import Path

    from netkit.store import schema

    old = Path(__file__).parent / "fixtures" / "answers" / "before-the-saver"
    for name in ("netkit-answers.json", "netkit-answers.json.bak"):
        shutil.copy(old / name, tmp_path / name)
    written = (tmp_path / "netkit-answers.json").read_bytes()
    store = AnswersStore(tmp_path, debounce=0)
    assert store.recovered is None and store.get("welcome.note") == "kept from before"
    assert store.get(schema.CONTACTS) == [{"id": "c1", "name": "Ada Lovelace", "ring": "inner"}]
    assert store.get(schema.CONFIDENCE_BEFORE) == 4
    store.set(schema.CONFIDENCE_AFTER, 8)
    assert (tmp_path / "netkit-answers.json.bak").read_bytes() == written
    saved = json.loads((tmp_path / "netkit-answers.json").read_text(encoding="utf-8"))
    assert "c2" in saved["deleted"][schema.CONTACTS] and saved["answers"][schema.CONFIDENCE_AFTER] == 8
    assert AnswersStore(tmp_path).get(schema.CONTACTS) == store.get(schema.CONTACTS)
