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
