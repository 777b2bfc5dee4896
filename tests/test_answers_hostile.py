"""Hostile answers documents: past the limits of depth, size or type they are damaged, set aside, reported."""

from __future__ import annotations

import json

import pytest
from collect_data import complete_answers, make_render

from netkit.coach.collect import collect
from netkit.exceptions import AnswersCorruptError, AnswersError
from netkit.store import document as answers_file
from netkit.store.answers import AnswersStore
from netkit.store.document import MAX_DEPTH, parse_document
from netkit.workbook.takehome import read_upload

DEEP = ('{"schema": 2, "answers": {"reflection.answers.regret": ' + "[" * 200_000 + "]" * 200_000 + "}}").encode()


def _wide_deep(levels: int) -> bytes:
    return json.dumps(
        {"schema": 2, "answers": {"network.draft": {"a": json.loads("[" * levels + "]" * levels)}}}
    ).encode()


@pytest.mark.parametrize(
    "raw,reason",
    [
        (DEEP, "nested more than"),
        (_wide_deep(MAX_DEPTH + 1), "nested more than"),
        (b'{"schema": 2, "answers": {"x": "' + b"a" * (answers_file.MAX_STRING + 1) + b'"}}', "longer than"),
        (b'{"schema": 2, "answers": []}', "not a set of key/value pairs"),
        (b'{"schema": 2, "answers": {"network.contacts": {"name": "x"}}}', "should be a list"),
        (b'{"schema": true, "answers": {}}', "no schema version"),
        (b"[1, 2]", "not a JSON object"),
        (b'\xff\xfe{"schema"', "not valid JSON"),
    ],
)
def test_documents_past_the_limits_are_damaged_not_errors(raw, reason):
    """Is each hostile document reported as damaged (ValueError naming why), never another exception?"""
    with pytest.raises(ValueError, match=reason):
        parse_document(raw, "test")


def test_too_many_keys_and_too_large(monkeypatch):
    """Are a document with too many keys, and one past the size limit, damaged?"""
    many = json.dumps({"schema": 2, "answers": {f"k{i}": 1 for i in range(answers_file.MAX_KEYS + 1)}}).encode()
    with pytest.raises(ValueError, match="more than"):
        parse_document(many, "test")
    monkeypatch.setattr(answers_file, "MAX_BYTES", 100)
    with pytest.raises(ValueError, match="larger than"):
        parse_document(b'{"schema": 2, "answers": {"x": "' + b"a" * 200 + b'"}}', "test")


def test_a_200000_level_file_falls_back_to_the_backup(tmp_path):
    """Does a 200,000-level nested answers file make the store use its good backup, keeping the file aside?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("reflection.answers.regret", "kept safe")
    store.set("reflection.page", 2)
    store.path.write_bytes(DEEP)
    reopened = AnswersStore(tmp_path)
    assert reopened.get("reflection.answers.regret") == "kept safe"
    assert "nested more than" in reopened.recovered
    assert [p.read_bytes() for p in tmp_path.glob("netkit-answers.damaged-*.json")] == [DEEP]


def test_a_deep_file_with_a_deep_backup_stops_cleanly(tmp_path):
    """With both copies nested 200,000 deep, does the store stop with its own error (no RecursionError)?"""
    (tmp_path / "netkit-answers.json").write_bytes(DEEP)
    (tmp_path / "netkit-answers.json.bak").write_bytes(DEEP)
    with pytest.raises(AnswersCorruptError, match="no usable backup"):
        AnswersStore(tmp_path)


def test_a_deep_file_written_by_another_tab_is_set_aside_at_save(tmp_path):
    """When the file turns hostile between two saves, is it kept aside and this tab's answers saved?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("reflection.page", 1)
    store.path.write_bytes(DEEP)
    store.set("reflection.answers.regret", "still saved")
    assert AnswersStore(tmp_path).as_dict() == {"reflection.page": 1, "reflection.answers.regret": "still saved"}
    assert list(tmp_path.glob("netkit-answers.damaged-*.json"))


def test_collect_lists_a_deep_file_as_damaged(tmp_path):
    """Does netkit collect list a participant whose file is nested 200,000 deep, with or without a backup?"""
    out = make_render(tmp_path / "out", [("a", "Ada", complete_answers()), ("b", "Bo", complete_answers())])
    (out / "p-a" / "netkit-answers.json").write_bytes(DEEP)
    (out / "p-b" / "netkit-answers.json.bak").write_bytes((out / "p-b" / "netkit-answers.json").read_bytes())
    (out / "p-b" / "netkit-answers.json").write_bytes(DEEP)
    rows = {row.name: row for row in collect(out, min_group=1).rows}
    assert rows["Ada"].status == "problem" and "nested more than" in rows["Ada"].problem
    assert rows["Bo"].status == "shared" and "damaged" in rows["Bo"].note and "backup" in rows["Bo"].note


@pytest.mark.parametrize(
    "raw",
    [
        b'{"kind": "netkit-answers-export", "schema": 1, "answers": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
        json.dumps(
            {
                "kind": "netkit-answers-export",
                "schema": 1,
                "answers": {"network.draft": json.loads("[" * 40 + "]" * 40)},
            }
        ).encode(),
    ],
)
def test_deep_uploads_are_refused(raw):
    """Is a deeply nested upload refused with a message (not a RecursionError)?"""
    with pytest.raises(AnswersError, match="nested"):
        read_upload(raw, "deep.json")
