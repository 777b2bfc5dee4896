"""The answers store: every answer a participant gives, persisted the moment it changes.

JupyterLab does not save widget state, Voilà never saves the notebook and Binder keeps nothing,
so the kernel itself keeps the work, in a sidecar file next to the workbook::

    <participant folder>/netkit-answers.json        the answers
    <participant folder>/netkit-answers.json.bak    the previous good version
    <participant folder>/.netkit-answers.lock       serialises writers (two tabs, two kernels)

Rules this module keeps (each has a test):

* writes are atomic (temp file + fsync + rename, see :mod:`netkit.atomic`) and keep a backup;
* saves are debounced and merge under a file lock (:mod:`netkit.merge`): scalars per key, lists
  of records per item with change times and remembered deletions, so two tabs or two kernels
  adding, editing and removing different items end with the union, no duplicate and no loss;
* resuming from a download merges by the same rule (newer wins per item), reports what it
  took and what it kept, and keeps the state before it as a restorable copy;
* every document read has depth, size and type limits (:mod:`netkit.answers_file`); a damaged
  file is recovered from the backup and *reported* (the damaged file is kept aside, never
  deleted); if the backup is bad too we stop with :class:`AnswersCorruptError`;
* a file from a newer schema is never overwritten (:class:`AnswersSchemaError`);
* everything can be exported to one file, imported back, and deleted.

Keys and shapes are declared in :mod:`netkit.schema`.
"""

from __future__ import annotations

import atexit
import datetime as _dt
import json
import os
import secrets
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .answers_file import (
    BACKUP_SUFFIX,
    DAMAGED_GLOB,
    EXPORT_KIND,
    FILENAME,
    LOCKNAME,
    RESUME_COPY,
    answers_from_copies,
    answers_path,
    check_upload,
    parse_document,
    read_answers_readonly,
)
from .atomic import atomic_write_json
from .exceptions import AnswersCorruptError, AnswersError, AnswersSchemaError
from .merge import MergeReport, merge_documents
from .runtime import LockTimeout, Scheduled, file_lock, schedule
from .schema import SCHEMA, key_spec, keyed_items, migrate

__all__ = [
    "AnswersCorruptError",
    "AnswersError",
    "AnswersSchemaError",
    "AnswersStore",
    "BACKUP_SUFFIX",
    "ERRORS",
    "EXPORT_KIND",
    "FILENAME",
    "LOCKNAME",
    "MergeReport",
    "SCHEMA",
    "answers_from_copies",
    "answers_path",
    "forget_open_stores",
    "open_store",
    "parse_document",
    "read_answers_readonly",
]

ENV_FOLDER = "NETKIT_ANSWERS_DIR"
DEFAULT_DEBOUNCE = 0.4
LOCK_TIMEOUT = 10
#: The pseudo-key :meth:`AnswersStore.subscribe` uses for failed background saves.
ERRORS = "\x00errors"

_MISSING = object()
_clock = threading.Lock()
_last_stamp = 0


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def _stamp() -> int:
    """A change time: nanoseconds since the epoch, strictly increasing within this kernel."""
    global _last_stamp
    with _clock:
        _last_stamp = max(time.time_ns(), _last_stamp + 1)
        return _last_stamp


def _json_copy(value: Any) -> Any:
    """A deep copy through JSON: validates that ``value`` can be saved, and is several times
    faster than ``copy.deepcopy`` on large answers (30,000 contacts)."""
    return json.loads(json.dumps(value))


def _read_document(path: Path) -> dict:
    with open(path, "rb") as handle:
        return parse_document(handle.read(), path)


def _file_id(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _is_records(key: str, value: Any) -> bool:
    spec = key_spec(key)
    return spec is not None and spec.shape == "records" and isinstance(value, list)


class AnswersStore:
    """A participant's answers, loaded from and saved to the sidecar in ``folder``.

    ``get`` never touches the disk; ``set`` updates memory and schedules a debounced save;
    ``flush`` saves now, merging with whatever another tab or kernel saved meanwhile.
    ``recovered`` holds a message when a damaged file was recovered from its backup, so the
    workbook can tell the participant.
    """

    def __init__(self, folder: str | Path, *, debounce: float = DEFAULT_DEBOUNCE):
        self.folder = Path(folder)
        self.path = answers_path(self.folder)
        self.backup_path = self.path.with_name(FILENAME + BACKUP_SUFFIX)
        self.lock_path = self.folder / LOCKNAME
        self.debounce = debounce
        self.recovered: str | None = None
        self.last_error: Exception | None = None
        self.last_merge: MergeReport | None = None
        self._listeners: dict[str, list[Callable[[], Any]]] = {}
        self._doc: dict[str, Any] = {"answers": {}}  # the state last read from or written to disk
        self._answers: dict[str, Any] = {}  # what get() sees: that state plus this store's changes
        self._dirty: dict[str, int] = {}  # scalar key -> change time, not yet saved
        self._items: dict[str, dict[str, tuple[int, Any]]] = {}  # records key -> identity -> (time, item | None)
        self._disk_id: tuple | None = None
        self._mutex = threading.RLock()
        self._timer: Scheduled | None = None
        self._load()
        _LIVE_STORES.add(self)

    # ----------------------------------------------------------------- reading
    def _load(self) -> None:
        if not self.path.exists():
            if self.backup_path.exists():
                self._recover(reason="the answers file is missing")
            return
        try:
            doc = _read_document(self.path)
        except ValueError as exc:
            self._recover(reason=f"the answers file is damaged: {exc}")
            return
        self._adopt(doc)

    def _adopt(self, doc: dict[str, Any]) -> None:
        self._doc = doc
        self._answers = dict(doc["answers"])
        self._disk_id = _file_id(self.path)

    def _set_aside(self) -> Path:
        """Move the damaged main file out of the way (kept, never deleted); return where it went."""
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = self.path.with_name(DAMAGED_GLOB.replace("*", stamp))
        os.replace(self.path, kept)
        return kept

    def _recover(self, reason: str) -> None:
        """Restore from the backup, keep the damaged file aside, and say so."""
        try:
            doc = _read_document(self.backup_path)
        except (FileNotFoundError, ValueError):
            doc = None
        if doc is None:
            raise AnswersCorruptError(
                f"{reason}, and there is no usable backup ({self.backup_path.name}); "
                "nothing was changed so no answer is lost",
                where=self.path,
                fix="ask your coach: the file may be repaired by hand, or re-import an export you downloaded earlier",
            )
        kept = self._set_aside() if self.path.exists() else None
        self.recovered = (
            f"{reason}. Your answers were restored from the backup saved "
            f"{doc.get('saved_at') or 'earlier'}" + (f"; the damaged file was kept as {kept.name}." if kept else ".")
        )
        with self._lock():
            self._write(doc, backup=False)

    def get(self, key: str, default: Any = None) -> Any:
        """The saved value of ``key`` (a copy), or ``default`` itself when nothing is saved."""
        with self._mutex:
            value = self._answers.get(key, _MISSING)
        return default if value is _MISSING else _json_copy(value)

    def __contains__(self, key: str) -> bool:
        return key in self._answers

    def keys(self, prefix: str = "") -> list[str]:
        """Saved keys, optionally only those starting with ``prefix``."""
        with self._mutex:
            return sorted(k for k in self._answers if k.startswith(prefix))

    def as_dict(self) -> dict[str, Any]:
        """A deep copy of every answer."""
        with self._mutex:
            return _json_copy(self._answers)

    # ----------------------------------------------------------------- writing
    def set(self, key: str, value: Any, *, base: list | None = None) -> None:
        """Remember ``value`` under ``key`` and save soon (debounced).

        For a list of records (see :mod:`netkit.schema`) the change is worked out per item:
        items new or different from what the store holds get a change time, items gone get a
        tombstone. ``base`` is the list the caller started from when it is not the store's
        current value (a form that keeps its own copy): only items in ``base`` can then be
        deleted, so an item another tab added meanwhile survives a save from a stale view.
        """
        self.update({key: value}, base={key: base} if base is not None else None)

    def update(self, values: dict[str, Any], *, base: dict[str, list] | None = None) -> None:
        """Set several keys at once (one save); ``base`` as in :meth:`set`, per key."""
        values = {key: _json_copy(value) for key, value in values.items()}
        with self._mutex:
            for key, value in values.items():
                if _is_records(key, value) and isinstance(self._answers.get(key, []), list):
                    self._set_items(key, migrate({key: value})[key], (base or {}).get(key))
                else:
                    self._answers[key] = value
                    self._dirty[key] = _stamp()
        self._schedule()
        for key in values:
            self._notify(key)

    def _set_items(self, key: str, new: list, base: list | None) -> None:
        """Work out what the caller changed: against ``base`` when given, else against memory."""
        old = keyed_items(key, self._answers.get(key) or [])
        reference = old if base is None else keyed_items(key, base)
        known = reference.keys()
        pending = self._items.setdefault(key, {})
        now = _stamp()
        kept: dict[str, Any] = {}
        for ident, item in keyed_items(key, new).items():  # the same item twice in one list is one item
            if reference.get(ident, _MISSING) != item:
                pending[ident] = (now, item)
            elif ident not in old and ident not in pending:
                continue  # untouched by the caller and deleted elsewhere meanwhile: stays deleted
            kept[ident] = item
        for ident in known:
            if ident not in kept:
                pending[ident] = (now, None)
        unseen = [item for ident, item in old.items() if ident not in kept and ident not in known]
        self._answers[key] = list(kept.values()) + unseen

    def delete(self, key: str) -> None:
        """Forget ``key`` (saved soon); for a list of records, every item is deleted."""
        with self._mutex:
            if _is_records(key, self._answers.get(key)):
                self._set_items(key, [], None)  # every item gets a tombstone; the key stays, empty
            else:
                self._answers.pop(key, None)
                self._dirty[key] = _stamp()
        self._schedule()
        self._notify(key)

    # ----------------------------------------------------------------- events
    def subscribe(self, key: str, callback: Callable[..., Any]) -> None:
        """Call ``callback()`` after ``key`` changes (``ERRORS``: ``callback(exc)`` when a
        background save fails).

        This is how exercises on one page see each other's answers (contacts added in the
        network map are offered at once in the outreach and plan forms) and how every
        save-status line learns of a failed save. Bound methods are held weakly, so a widget
        that is gone (a re-run cell) is simply no longer told; a failing callback never stops
        the others or the save.
        """
        try:
            ref: Callable[[], Any] = weakref.WeakMethod(callback)
        except TypeError:
            ref = lambda: callback
        self._listeners.setdefault(key, []).append(ref)

    def _notify(self, key: str, *args: Any) -> None:
        refs = self._listeners.get(key)
        if not refs:
            return
        alive = [ref for ref in refs if ref() is not None]
        refs[:] = alive
        for ref in alive:
            callback = ref()
            if callback is None:
                continue
            try:
                callback(*args)
            except Exception:
                pass

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
        changes: dict[str, Any] = dict(self._dirty)
        deleted: dict[str, Any] = {}
        for key, items in self._items.items():
            answers[key] = [item for _t, item in items.values() if item is not None]
            changes[key] = {ident: t for ident, (t, item) in items.items() if item is not None}
            deleted[key] = {ident: t for ident, (t, item) in items.items() if item is None}
        return {"answers": answers, "changes": changes, "deleted": deleted}

    def _lock(self):
        """The one place the file lock is made (netkit.runtime: a file lock, or none in Pyodide's one process)."""
        return file_lock(self.lock_path, timeout=LOCK_TIMEOUT)

    def _merge_and_write(
        self, incoming: dict[str, Any], *, before: Callable[[], Any] | None = None
    ) -> tuple[dict[str, Any], MergeReport, Any]:
        """Under the lock: read what is on disk, merge ``incoming`` in, write; return (doc, report, before())."""
        try:
            with self._lock():
                disk = self._read_for_merge()
                extra = before() if before else None
                merged, report = merge_documents(disk, incoming)
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
            "saved_at": _now(),
            **{k: v for k, v in merged.items() if k not in ("schema", "rev", "saved_at")},
        }
        keep = self.backup_path if backup and self.path.exists() else None
        atomic_write_json(self.path, doc, backup=keep, compact=True, mode=0o600)
        self._adopt(doc)
        return doc

    def flush(self) -> None:
        """Save every pending change now, merged with what is on disk (see :mod:`netkit.merge`).

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
            arrived = [
                key
                for key in self._listeners
                if key != ERRORS and before.get(key, _MISSING) != self._answers.get(key, _MISSING)
            ]
        for key in arrived:
            self._notify(key)

    def _read_for_merge(self) -> dict[str, Any]:
        """What another tab or kernel saved meanwhile (a damaged file is kept aside, not merged)."""
        current = _file_id(self.path)
        if current is None:
            return {"answers": {}}
        if current == self._disk_id and self._still_ours():
            return self._doc  # nobody wrote since we did: no need to read and check it again
        try:
            return _read_document(self.path)
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

    # ------------------------------------------------------ export / import / delete
    def export_document(self) -> dict:
        """Everything the participant owns in the store, as one JSON-ready document (with change times)."""
        self.flush()
        with self._mutex:
            return {
                "kind": EXPORT_KIND,
                "schema": SCHEMA,
                "exported_at": _now(),
                "answers": self.as_dict(),
                "changes": _json_copy(self._doc.get("changes") or {}),
                "deleted": _json_copy(self._doc.get("deleted") or {}),
            }

    def export_to(self, path: str | Path) -> Path:
        """Write all answers to one file that :meth:`import_from` reads back."""
        return atomic_write_json(path, self.export_document())

    def resume_document(self, doc: Any, *, source: str = "the uploaded file") -> MergeReport:
        """Merge a download into the store, newer wins per item; return what was added and kept.

        The document is checked completely first (shape, limits, schema): a refused one writes
        nothing anywhere. The state before the merge is kept as
        ``netkit-answers.before-resume-<time>.json`` (:meth:`restore` brings it back);
        ``report.restorable`` names it.
        """
        checked = check_upload(doc, source)
        with self._mutex:
            self.flush()

            def keep_copy() -> Path | None:
                if not self.path.exists():
                    return None
                stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
                copy_path = self.path.with_name(RESUME_COPY.replace("*", stamp))
                atomic_write_json(copy_path, self._read_for_merge(), compact=True, mode=0o600)
                return copy_path

            _doc, report, copy_path = self._merge_and_write(checked, before=keep_copy)
        report.restorable, report.keys = copy_path, len(checked["answers"])
        self.last_merge = report
        for key in checked["answers"]:
            self._notify(key)
        return report

    def import_document(self, doc: Any, *, source: str = "the uploaded file") -> int:
        """Merge an export into the store (:meth:`resume_document`); return how many keys it held."""
        return self.resume_document(doc, source=source).keys

    def import_from(self, path: str | Path) -> int:
        """Read an export file written by :meth:`export_to` and merge it in."""
        path = Path(path)
        try:
            raw = path.read_bytes()
            doc = json.loads(raw.decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise AnswersError(
                f"cannot read this export ({type(exc).__name__}: {exc})"[:300],
                where=path,
                fix="choose the netkit-answers file you downloaded from your workbook",
            ) from None
        return self.import_document(doc, source=str(path))

    def restore(self, copy_path: str | Path) -> None:
        """Put back a copy kept before a resume (the current state goes to the backup file)."""
        copy_path = Path(copy_path)
        try:
            doc = _read_document(copy_path)
        except (OSError, ValueError) as exc:
            raise AnswersError(
                f"this copy cannot be restored ({exc})",
                where=copy_path,
                fix="choose a netkit-answers.before-resume file from this folder",
            ) from None
        with self._mutex:
            self.flush()
            with self._lock():
                self._write(doc, backup=True)
        for key in set(doc["answers"]):
            self._notify(key)

    def delete_everything(self, extra: Iterable[str | Path] = ()) -> list[Path]:
        """Remove the answers, their backups, damaged and pre-resume copies and ``extra`` files; return what went."""
        with self._mutex:
            self._cancel_timer()
            self._doc, self._answers, self._disk_id = {"answers": {}}, {}, None
            self._dirty.clear()
            self._items.clear()
            removed = []
            candidates = [
                self.path,
                self.backup_path,
                self.lock_path,
                *self.folder.glob(DAMAGED_GLOB),
                *self.folder.glob(RESUME_COPY),
                *self.folder.glob(f".{FILENAME}*"),
                *map(Path, extra),
            ]
            for path in candidates:
                try:
                    path.unlink()
                    removed.append(path)
                except FileNotFoundError:
                    pass
            return removed


_LIVE_STORES: weakref.WeakSet[AnswersStore] = weakref.WeakSet()
_OPEN: dict[Path, AnswersStore] = {}


def open_store(folder: str | Path | None = None, **kwargs: Any) -> AnswersStore:
    """The store of the workbook being run: one per folder per kernel.

    With no ``folder`` it is ``$NETKIT_ANSWERS_DIR`` if set, else the current directory —
    the notebook's own folder in JupyterLab, Voilà and papermill. Never an absolute path
    baked into the notebook.
    """
    if folder is None:
        folder = os.environ.get(ENV_FOLDER) or os.getcwd()
    key = Path(folder).resolve()
    store = _OPEN.get(key)
    if store is None:
        store = _OPEN[key] = AnswersStore(key, **kwargs)
    return store


def forget_open_stores() -> None:
    """Drop the per-kernel cache (tests use it to simulate a kernel restart)."""
    for store in list(_OPEN.values()):
        store.flush()
    _OPEN.clear()


@atexit.register
def _flush_all() -> None:
    for store in list(_LIVE_STORES):
        try:
            store.flush()
        except Exception:
            pass
