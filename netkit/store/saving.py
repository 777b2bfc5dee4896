"""Saving the answers store: debounced, under a file lock, merged with what is on disk, atomic.

:class:`StoreSaving` is the part of :class:`netkit.store.answers.AnswersStore` that turns this
kernel's pending changes into a write: a save timer (:mod:`netkit.runtime`), the file lock, a
read of what another tab or kernel saved meanwhile (:mod:`netkit.store.merge` decides per key and per
item), and an atomic write with a backup (:mod:`netkit.atomic`).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netkit.atomic import atomic_write_json
from netkit.exceptions import AnswersError
from netkit.runtime import LockTimeout, Scheduled, file_lock, schedule
from netkit.store.clock import HybridClock, wall_time
from netkit.store.document import read_document
from netkit.store.merge import MergeReport, merge_documents
from netkit.store.schema import SCHEMA

__all__ = ["ERRORS", "LOCK_TIMEOUT", "StoreSaving", "file_identity"]

#: The pseudo-key :meth:`AnswersStore.subscribe` uses for failed background saves.
ERRORS = "\x00errors"


LOCK_TIMEOUT = 10
_MISSING = object()


def file_identity(path: Path) -> tuple | None:
    """The answers file's inode, size and modification time (``None`` when absent): when it is unchanged since this
    store read or wrote it, nobody else wrote meanwhile and the save need not read it back (see ``_still_ours``)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class StoreSaving:
    """Pending changes to disk: :meth:`flush` now, or after ``debounce`` seconds of quiet."""

    if TYPE_CHECKING:  # set by AnswersStore.__init__
        folder: Path
        path: Path
        backup_path: Path
        lock_path: Path
        debounce: float
        last_error: Exception | None
        _listeners: dict[str, list[Callable[[], Any]]]
        _doc: dict[str, Any]
        _answers: dict[str, Any]
        _dirty: dict[str, tuple[int, int | None]]
        _items: dict[str, dict[str, tuple[int, Any, int | None]]]
        clock: HybridClock
        _disk_id: tuple | None
        _mutex: threading.RLock
        _timer: Scheduled | None

        def _notify(self, key: str, *args: Any) -> None: ...
        def _adopt(self, doc: dict[str, Any]) -> None: ...
        def _set_aside(self) -> Path: ...

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _schedule(self) -> None:
        with self._mutex:
            self._cancel_timer()
            if self.debounce > 0:
                # The one place a save timer is made (netkit.runtime: a thread, or the asyncio loop in Pyodide).
                self._timer = schedule(self.debounce, self._flush_in_background)
                return
        self.flush()

    def _flush_in_background(self) -> None:
        try:
            self.flush()
        except Exception as exc:  # reported to the widgets, never lost silently
            self.last_error = exc
            self._notify(ERRORS, exc)

    @property
    def pending(self) -> bool:
        """True while some change is not yet on disk."""
        return bool(self._dirty or self._items)

    def _pending_document(self) -> dict[str, Any]:
        """This store's unsaved changes as a (partial) answers document, for :func:`merge_documents`."""
        answers = {key: self._answers[key] for key in self._dirty if key in self._answers}
        changes: dict[str, Any] = {key: t for key, (t, _based) in self._dirty.items()}
        based: dict[str, Any] = {key: seen for key, (_t, seen) in self._dirty.items()}
        deleted: dict[str, Any] = {}
        for key, items in self._items.items():
            answers[key] = [item for _t, item, _b in items.values() if item is not None]
            changes[key] = {ident: t for ident, (t, item, _b) in items.items() if item is not None}
            deleted[key] = {ident: t for ident, (t, item, _b) in items.items() if item is None}
            based[key] = {ident: seen for ident, (_t, _item, seen) in items.items()}
        return {"answers": answers, "changes": changes, "deleted": deleted, "based": based}

    def _lock(self):
        """The one place the file lock is made (netkit.runtime: a file lock, or none in Pyodide's one process)."""
        return file_lock(self.lock_path, timeout=LOCK_TIMEOUT)

    def _merge_and_write(
        self, incoming: dict[str, Any], *, before: Callable[[dict[str, Any]], Any] | None = None
    ) -> tuple[dict[str, Any], MergeReport, Any]:
        """Under the lock: read what is on disk, merge ``incoming`` in, write; return (doc, report, before(disk))."""
        try:
            with self._lock():
                disk = self._read_for_merge()
                extra = before(disk) if before else None
                merged, report = merge_documents(disk, incoming, now=self.clock.wall())
                doc = self._write(merged, backup=True)
        except LockTimeout:
            raise AnswersError(
                f"another window kept the answers file locked for {LOCK_TIMEOUT} s",
                where=self.path,
                fix="close other tabs of this workbook and retry",
            ) from None
        return doc, report, extra

    def _write(self, merged: dict[str, Any], *, backup: bool) -> dict[str, Any]:
        # "rev" comes first so that _read_for_merge can tell its own last write from the first bytes.
        doc = {
            "schema": SCHEMA,
            "rev": secrets.token_hex(8),
            "saved_at": wall_time(),
            **{k: v for k, v in merged.items() if k not in ("schema", "rev", "saved_at")},
        }
        keep = self.backup_path if backup and self.path.exists() else None
        atomic_write_json(self.path, doc, backup=keep, compact=True, mode=0o600)
        self._adopt(doc)
        return doc

    def flush(self) -> None:
        """Save every pending change now, merged with what is on disk (see :mod:`netkit.store.merge`).

        Views subscribed to a key that another tab or kernel changed meanwhile are told, so the
        contacts a second tab added show up in this tab's outreach and plan forms.
        """
        with self._mutex:
            self._cancel_timer()
            if not self.pending:
                return
            before = self._answers
            self._merge_and_write(self._pending_document())
            self._dirty.clear()
            self._items.clear()
            self.last_error = None
            arrived = self._changed_since(before)
        for key in arrived:
            self._notify(key)

    def _changed_since(self, before: dict[str, Any]) -> list[str]:
        """The keys views listen to whose value differs from ``before`` (what a save or a reload brought in)."""
        return [
            key
            for key in self._listeners
            if key != ERRORS and before.get(key, _MISSING) != self._answers.get(key, _MISSING)
        ]

    def _read_for_merge(self) -> dict[str, Any]:
        """What another tab or kernel saved meanwhile (a damaged file is kept aside, not merged)."""
        current = file_identity(self.path)
        if current is None:
            return {"answers": {}}
        if current == self._disk_id and self._still_ours():
            return self._doc  # nobody wrote since we did: no need to read and check it again
        try:
            return read_document(self.path)
        except ValueError:
            self._set_aside()
            return self._doc

    def _still_ours(self) -> bool:
        """Is the file on disk the one this store last read or wrote? (Its first bytes name the revision:
        the file's inode, size and time alone can repeat when two kernels save within one clock tick.)"""
        rev = self._doc.get("rev")
        if not isinstance(rev, str):
            return False
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(64)
        except OSError:
            return False
        return f'"rev":"{rev}"'.encode() in head
