"""The one place files are written."""

from __future__ import annotations

import os
import stat

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


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "link-to-fifo"])
def test_an_output_that_is_not_a_regular_file_is_refused(tmp_path, kind):
    """Is writing to a named pipe, a device or a folder refused with a message, leaving it as it was?"""
    from netkit.exceptions import OutputPathError

    if kind == "fifo":
        target = tmp_path / "report.html"
        os.mkfifo(target)
    elif kind == "device":  # a null device of our own: never point a write test at /dev/null itself
        target = tmp_path / "null"
        try:
            os.mknod(target, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("creating a device node needs root")
    elif kind == "folder":
        target = tmp_path / "report.html"
        target.mkdir()
    else:
        os.mkfifo(tmp_path / "pipe")
        target = tmp_path / "report.html"
        os.symlink(tmp_path / "pipe", target)
    before = os.stat(target).st_mode
    with pytest.raises(OutputPathError, match="not a regular file"):
        atomic.atomic_write_text(target, "hello")
    assert os.stat(target).st_mode == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(atomic.TMP_SUFFIX)]
