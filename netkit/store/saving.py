"""Saving the answers store: debounced, under a file lock, merged with what is on disk, atomic, with a backup.

:class:`Saver` is the object an :class:`netkit.store.answers.AnswersStore` holds for its file: it knows where
the answers, their backup and the lock live, keeps the save timer (:mod:`netkit.runtime`), takes the file
lock, reads what another tab or kernel saved meanwhile (:mod:`netkit.store.merge` decides per key and per
item) and writes atomically with a backup (:mod:`netkit.atomic`). It knows nothing of the store's memory or
its listeners: the store hands it documents and gets documents back.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from netkit.atomic import atomic_write_json
from netkit.exceptions import AnswersError
from netkit.kept_copies import DAMAGED, backup_of, kept_copy
from netkit.runtime import LockTimeout, Scheduled, file_lock, schedule
from netkit.store.clock import wall_time
from netkit.store.document import LOCKNAME, answers_path, read_document
from netkit.store.merge import MergeReport, merge_documents
from netkit.store.schema import SCHEMA

__all__ = ["LOCK_TIMEOUT", "Saver", "file_identity"]

#: Seconds a save waits for another window's lock before it gives up with a message.
LOCK_TIMEOUT = 10


def file_identity(path: Path) -> tuple | None:
    """The answers file's inode, size and modification time (``None`` when absent): when it is unchanged since the
    saver read or wrote it, nobody else wrote meanwhile and a save need not read it back (see ``Saver.still_ours``)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class Saver:
    """The answers file of one folder: where it is, when it is written (after ``debounce`` seconds of quiet), and
    how (under the lock, merged with the disk, atomically, keeping the previous good version as a backup)."""

    def __init__(self, folder: Path, *, debounce: float):
        self.path = answers_path(folder)
        self.backup_path = backup_of(self.path)
        self.lock_path = folder / LOCKNAME
        self.debounce = debounce
        self.last: dict[str, Any] = {"answers": {}}  # the document last read from or written to disk
        self._identity: tuple | None = None  # file_identity of that document's file
        self._timer: Scheduled | None = None

    # ----------------------------------------------------------------- when
    def later(self, save: Callable[[], None]) -> bool:
        """Call ``save`` after ``debounce`` seconds of quiet (a new call restarts the wait); False when there is no
        debounce and the caller should save now."""
        self.cancel()
        if self.debounce <= 0:
            return False
        # The one place a save timer is made (netkit.runtime: a thread, or the asyncio loop in Pyodide).
        self._timer = schedule(self.debounce, save)
        return True

    def cancel(self) -> None:
        """Drop the save timer, if one is running."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # ----------------------------------------------------------------- reading
    def read(self, path: Path | None = None) -> dict[str, Any]:
        """The answers document at ``path`` (the answers file by default), checked (:func:`read_document`; a
        damaged one raises ``ValueError``). Reading the answers file makes it the one later saves compare with."""
        doc = read_document(path or self.path)
        if path is None:
            self.remember(doc)
        return doc

    def remember(self, doc: dict[str, Any]) -> None:
        """``doc`` is what the answers file now holds (just read, or written by this saver)."""
        self.last = doc
        self._identity = file_identity(self.path)

    def forget(self) -> None:
        """The answers file is gone (everything was deleted)."""
        self.cancel()
        self.last, self._identity = {"answers": {}}, None

    def set_aside(self) -> Path:
        """Move the damaged answers file out of the way (kept, never deleted); return where it went."""
        kept = kept_copy(self.path, DAMAGED)
        os.replace(self.path, kept)
        return kept

    def still_ours(self) -> bool:
        """Is the file on disk the one this saver last read or wrote? (Its first bytes name the revision: the
        file's inode, size and time alone can repeat when two kernels save within one clock tick.)"""
        rev = self.last.get("rev")
        if not isinstance(rev, str) or file_identity(self.path) != self._identity:
            return False
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(64)
        except OSError:
            return False
        return f'"rev":"{rev}"'.encode() in head

    def _read_for_merge(self) -> dict[str, Any]:
        """What another tab or kernel saved meanwhile (a damaged file is kept aside, not merged)."""
        if file_identity(self.path) is None:
            return {"answers": {}}
        if self.still_ours():
            return self.last  # nobody wrote since we did: no need to read and check it again
        try:
            return read_document(self.path)
        except ValueError:
            self.set_aside()
            return self.last

    # ----------------------------------------------------------------- writing
    def lock(self):
        """The one place the file lock is made (netkit.runtime: a file lock, or none in Pyodide's one process)."""
        return file_lock(self.lock_path, timeout=LOCK_TIMEOUT)

    def write(self, merged: dict[str, Any], *, backup: bool) -> dict[str, Any]:
        """Write ``merged`` as the answers file (a new revision, stamped now), keeping the previous file as the
        backup when ``backup``; return the document written. Call it holding :meth:`lock`."""
        # "rev" comes first so that still_ours can tell its own last write from the first bytes.
        doc = {
            "schema": SCHEMA,
            "rev": secrets.token_hex(8),
            "saved_at": wall_time(),
            **{k: v for k, v in merged.items() if k not in ("schema", "rev", "saved_at")},
        }
        keep = self.backup_path if backup and self.path.exists() else None
        atomic_write_json(self.path, doc, backup=keep, compact=True, mode=0o600)
        self.remember(doc)
        return doc

    def merge_and_write(
        self, incoming: dict[str, Any], *, now: int, before: Callable[[dict[str, Any]], Any] | None = None
    ) -> tuple[dict[str, Any], MergeReport, Any]:
        """Under the lock: read what is on disk, merge ``incoming`` in (change time ``now`` for what the merge
        decides), write; return (the document written, the merge's report, ``before(what was on disk)``)."""
        try:
            with self.lock():
                disk = self._read_for_merge()
                extra = before(disk) if before else None
                merged, report = merge_documents(disk, incoming, now=now)
                doc = self.write(merged, backup=True)
        except LockTimeout:
            raise AnswersError(
                f"another window kept the answers file locked for {LOCK_TIMEOUT} s",
                where=self.path,
                fix="close other tabs of this workbook and retry",
            ) from None
        return doc, report, extra
