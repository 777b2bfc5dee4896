"""The one place files are written."""

from __future__ import annotations

import os

import pytest

from netkit import atomic


def test_write_replaces_and_leaves_no_temp(tmp_path):
    """Does an atomic write replace the file and leave no temporary file behind?"""
    target = tmp_path / "f.txt"
    atomic.atomic_write_text(target, "one")
    atomic.atomic_write_text(target, "two", backup=tmp_path / "f.bak")
    assert target.read_text() == "two"
    assert (tmp_path / "f.bak").read_text() == "one"
    assert not list(tmp_path.glob("*" + atomic.TMP_SUFFIX))


def test_failed_write_keeps_old_file(tmp_path, monkeypatch):
    """If the rename fails, is the old file intact and the temp file gone?"""
    target = tmp_path / "f.txt"
    target.write_text("old")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        atomic.atomic_write_text(target, "new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert not list(tmp_path.glob("*" + atomic.TMP_SUFFIX))


def test_fsync_is_called(tmp_path, monkeypatch):
    """Is the data fsync'd before the rename (so a power cut cannot leave an empty file)?"""
    calls = []
    real = os.fsync
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (calls.append(fd), real(fd)))
    atomic.atomic_write_bytes(tmp_path / "x", b"data")
    assert calls


def test_new_files_follow_the_umask_and_existing_keep_their_mode(tmp_path):
    """Is a new file as readable as the umask allows, and does an existing file keep its mode?"""
    old = os.umask(0o022)
    try:
        fresh = atomic.atomic_write_text(tmp_path / "new.txt", "x")
        assert fresh.stat().st_mode & 0o777 == 0o644
        private = tmp_path / "private.txt"
        private.write_text("x")
        private.chmod(0o600)
        atomic.atomic_write_text(private, "y")
        assert private.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_answers_are_private_to_their_owner(tmp_path):
    """Are participants' answers written readable by their owner only?"""
    from netkit.store.answers import AnswersStore

    store = AnswersStore(tmp_path, debounce=0)
    store.set("a", 1)
    assert store.path.stat().st_mode & 0o777 == 0o600
