"""The answers store: every answer a participant gives, persisted the moment it changes.

JupyterLab does not save widget state, Voilà never saves the notebook and Binder keeps nothing,
so the kernel itself keeps the work, in a sidecar file next to the workbook::

    <participant folder>/netkit-answers.json        the answers
    <participant folder>/netkit-answers.json.bak    the previous good version
    <participant folder>/.netkit-answers.lock       serialises writers (two tabs, two kernels)

Rules this module keeps (each has a test):

* writes are atomic (temp file + fsync + rename, see :mod:`netkit.atomic`) and keep a backup;
* saves are debounced and merge under a file lock (:mod:`netkit.store.merge`): scalars per key, lists
  of records per item with change times and remembered deletions, so two tabs or two kernels
  adding, editing and removing different items end with the union, no duplicate and no loss;
* change times come from a hybrid logical clock and each change names the version it replaced
  (:mod:`netkit.store.clock`), so a wrong clock, ahead or behind, never makes a later edit lose;
  an edit that loses to one made without seeing it is kept in ``superseded``;
* resuming from a download merges by the same rule (newer wins per item), reports what it
  took and what it kept, and keeps the state before it as a restorable copy;
* every document read has depth, size and type limits (:mod:`netkit.store.document`); a damaged
  file is recovered from the backup and *reported* (the damaged file is kept aside, never
  deleted); if the backup is bad too we stop with :class:`AnswersCorruptError`;
* a file from a newer schema is never overwritten (:class:`AnswersSchemaError`);
* everything can be exported to one file, imported back, and deleted.

Keys and shapes are declared in :mod:`netkit.store.schema`. :class:`AnswersStore` is one class: memory,
reading, events, export, resume, restore and delete are here; how its file is written (the debounce timer,
the lock, the merge with the disk, the atomic write and its backup) is the :class:`~netkit.store.saving.Saver`
it holds.
"""

from __future__ import annotations

import atexit
import os
import threading
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from netkit.atomic import atomic_write_json
from netkit.exceptions import AnswersCorruptError, AnswersError
from netkit.kept_copies import BEFORE_RESUME, kept_copy
from netkit.store.clock import DEVICE_CLOCK, HybridClock, bring_back_future_times, latest_change, wall_time
from netkit.store.document import (
    DAMAGED_GLOB,
    EXPORT_KIND,
    FILENAME,
    LOCKNAME,
    RESUME_COPY,
    answers_from_copies,
    answers_path,
    check_upload,
    json_copy,
    load_json,
)
from netkit.store.merge import MergeReport
from netkit.store.saving import Saver
from netkit.store.schema import SCHEMA, key_spec, keyed_items, migrate
from netkit.store.shapes import set_aside_bad_items

_MISSING = object()  # "no such key" (None is a value an answer may hold)

__all__ = [
    "AnswersStore",
    "ENV_FOLDER",
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
]

#: The environment variable that points a workbook at its answers folder (render sets it for execution).
ENV_FOLDER = "NETKIT_ANSWERS_DIR"
DEFAULT_DEBOUNCE = 0.4
#: The pseudo-key :meth:`AnswersStore.subscribe` uses for failed background saves.
ERRORS = "\x00errors"


def _is_records(key: str, value: Any) -> bool:
    spec = key_spec(key)
    return spec is not None and spec.shape == "records" and isinstance(value, list)


class AnswersStore:
    """A participant's answers, loaded from and saved to the sidecar in ``folder``.

    ``get`` never touches the disk; ``set`` updates memory and schedules a debounced save;
    ``flush`` saves now, merging with whatever another tab or kernel saved meanwhile.
    ``recovered`` holds a message when a damaged file was recovered from its backup, so the
    workbook can tell the participant. Its file is written by the :class:`~netkit.store.saving.Saver` it holds
    (``path``, ``backup_path``, ``lock_path`` and ``debounce`` are the saver's).
    """

    def __init__(self, folder: str | Path, *, debounce: float = DEFAULT_DEBOUNCE, clock: HybridClock | None = None):
        self.folder = Path(folder)
        self.clock = clock or DEVICE_CLOCK  # change times (netkit.store.clock); tests pass a skewed one
        self._saver = Saver(self.folder, debounce=debounce)
        self.path, self.backup_path, self.lock_path = self._saver.path, self._saver.backup_path, self._saver.lock_path
        self.recovered: str | None = None
        self.last_error: Exception | None = None
        self.last_merge: MergeReport | None = None
        self._listeners: dict[str, list[Callable[[], Any]]] = {}
        self._answers: dict[str, Any] = {}  # what get() sees: the saver's last document plus this store's changes
        # Not yet saved: scalar key -> (change time, time of the version it replaced or None); records key ->
        # identity -> (change time, item or None for a deletion, time of the version it replaced or None).
        self._dirty: dict[str, tuple[int, int | None]] = {}
        self._items: dict[str, dict[str, tuple[int, Any, int | None]]] = {}
        self._mutex = threading.RLock()
        self._load()
        _LIVE_STORES.add(self)

    @property
    def debounce(self) -> float:
        """Seconds of quiet before a change is saved (0: at once)."""
        return self._saver.debounce

    @debounce.setter
    def debounce(self, seconds: float) -> None:
        self._saver.debounce = seconds

    # ----------------------------------------------------------------- reading
    def _load(self) -> None:
        if not self.path.exists():
            if self.backup_path.exists():
                self._recover(reason="the answers file is missing")
            return
        try:
            doc = self._saver.read()
        except ValueError as exc:
            self._recover(reason=f"the answers file is damaged: {exc}")
            return
        self._adopt(doc)

    def _adopt(self, doc: dict[str, Any]) -> None:
        """``doc`` was just read from or written to disk: it is what get() sees, until the next change."""
        self._answers = dict(doc["answers"])
        self.clock.observe(latest_change(doc))

    def _seen(self, key: str, ident: str | None = None, *, present: bool) -> int | None:
        """The change time of the version of ``key`` (or of its item ``ident``) last read from or written to
        disk: what a change made now replaces (0 for a version without one, ``None`` when there was none)."""
        if ident is None:
            stamp = (self._saver.last.get("changes") or {}).get(key)
            return stamp if isinstance(stamp, int) else (0 if present else None)
        times = (self._saver.last.get("changes") or {}).get(key)
        if present:
            stamp = times.get(ident) if isinstance(times, dict) else None
            return stamp if isinstance(stamp, int) else 0
        tombs = (self._saver.last.get("deleted") or {}).get(key)
        stamp = tombs.get(ident) if isinstance(tombs, dict) else None
        return stamp if isinstance(stamp, int) else None

    def _recover(self, reason: str) -> None:
        """Restore from the backup, keep the damaged file aside, and say so."""
        try:
            doc = self._saver.read(self.backup_path)
        except (FileNotFoundError, ValueError):
            doc = None
        if doc is None:
            raise AnswersCorruptError(
                f"{reason}, and there is no usable backup ({self.backup_path.name}); "
                "nothing was changed so no answer is lost",
                where=self.path,
                fix="ask your coach: the file may be repaired by hand, or re-import an export you downloaded earlier",
            )
        kept = self._saver.set_aside() if self.path.exists() else None
        self.recovered = (
            f"{reason}. Your answers were restored from the backup saved "
            f"{doc.get('saved_at') or 'earlier'}" + (f"; the damaged file was kept as {kept.name}." if kept else ".")
        )
        with self._saver.lock():
            self._adopt(self._saver.write(doc, backup=False))

    # ----------------------------------------------------------------- saving
    @property
    def pending(self) -> bool:
        """True while some change is not yet on disk."""
        return bool(self._dirty or self._items)

    def _schedule(self) -> None:
        """Save after the saver's debounce, or now when there is none."""
        with self._mutex:
            if self._saver.later(self._flush_in_background):
                return
        self.flush()

    def _flush_in_background(self) -> None:
        try:
            self.flush()
        except Exception as exc:  # reported to the widgets, never lost silently
            self.last_error = exc
            self._notify(ERRORS, exc)

    def flush(self) -> None:
        """Save every pending change now, merged with what is on disk (see :mod:`netkit.store.merge`).

        Views subscribed to a key that another tab or kernel changed meanwhile are told, so the
        contacts a second tab added show up in this tab's outreach and plan forms.
        """
        with self._mutex:
            self._saver.cancel()
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

    def _merge_and_write(
        self, incoming: dict[str, Any], *, before: Callable[[dict[str, Any]], Any] | None = None
    ) -> tuple[MergeReport, Any]:
        """The saver merges ``incoming`` with the disk and writes; what it wrote is what get() sees next."""
        doc, report, extra = self._saver.merge_and_write(incoming, now=self.clock.wall(), before=before)
        self._adopt(doc)
        return report, extra

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

    def _changed_since(self, before: dict[str, Any]) -> list[str]:
        """The keys views listen to whose value differs from ``before`` (what a save or a reload brought in)."""
        return [
            key
            for key in self._listeners
            if key != ERRORS and before.get(key, _MISSING) != self._answers.get(key, _MISSING)
        ]

    def reload(self) -> None:
        """Read the file again: another kernel saved it and this store has not (the no-server site's
        welcome page and workbook are two kernels of one page). Pending changes are flushed instead,
        which merges them with the file. Views of keys that changed are told."""
        with self._mutex:
            if self.pending:
                self.flush()
                return
            before = self._answers
            self._load()
            arrived = self._changed_since(before)
        for key in arrived:
            self._notify(key)

    def get(self, key: str, default: Any = None) -> Any:
        """The saved value of ``key`` (a copy), or ``default`` itself when nothing is saved."""
        with self._mutex:
            value = self._answers.get(key, _MISSING)
        return default if value is _MISSING else json_copy(value)

    def __contains__(self, key: str) -> bool:
        return key in self._answers

    def keys(self, prefix: str = "") -> list[str]:
        """Saved keys, optionally only those starting with ``prefix``."""
        with self._mutex:
            return sorted(k for k in self._answers if k.startswith(prefix))

    def as_dict(self) -> dict[str, Any]:
        """A deep copy of every answer."""
        with self._mutex:
            return json_copy(self._answers)

    # ----------------------------------------------------------------- writing
    def set(self, key: str, value: Any, *, base: list | None = None) -> None:
        """Remember ``value`` under ``key`` and save soon (debounced).

        For a list of records (see :mod:`netkit.store.schema`) the change is worked out per item:
        items new or different from what the store holds get a change time, items gone get a
        tombstone. ``base`` is the list the caller started from when it is not the store's
        current value (a form that keeps its own copy): only items in ``base`` can then be
        deleted, so an item another tab added meanwhile survives a save from a stale view.
        """
        self.update({key: value}, base={key: base} if base is not None else None)

    def update(self, values: dict[str, Any], *, base: dict[str, list] | None = None) -> None:
        """Set several keys at once (one save); ``base`` as in :meth:`set`, per key."""
        values = {key: json_copy(value) for key, value in values.items()}
        with self._mutex:
            for key, value in values.items():
                if _is_records(key, value) and isinstance(self._answers.get(key, []), list):
                    self._set_items(key, migrate({key: value})[key], (base or {}).get(key))
                else:
                    self._touch(key)
                    self._answers[key] = value
        self._schedule()
        for key in values:
            self._notify(key)

    def _touch(self, key: str) -> None:
        """A scalar ``key`` changes now: a change time, and (first change since the last save) the version
        it replaces."""
        pending = self._dirty.get(key)
        based = pending[1] if pending else self._seen(key, present=key in self._answers)
        self._dirty[key] = (self.clock.now(), based)

    def _set_items(self, key: str, new: list, base: list | None) -> None:
        """Work out what the caller changed: against ``base`` when given, else against memory.

        Each change remembers the version it replaced (its change time as last read from disk), so a later
        edit here wins over it whatever the clocks say; a form whose ``base`` shows an item other than the
        store's current one did not see that version, and its change is compared by time instead.
        """
        old = keyed_items(key, self._answers.get(key) or [])
        reference = old if base is None else keyed_items(key, base)
        known = reference.keys()
        pending = self._items.setdefault(key, {})
        now = self.clock.now()

        def based(ident: str) -> int | None:
            if ident in pending:
                return pending[ident][2]  # the first change since the last save knows what it replaced
            if base is not None and reference.get(ident, _MISSING) != old.get(ident, _MISSING):
                return None  # the form's copy is stale: it never saw the version here
            return self._seen(key, ident, present=ident in old)

        kept: dict[str, Any] = {}
        for ident, item in keyed_items(key, new).items():  # the same item twice in one list is one item
            if reference.get(ident, _MISSING) != item:
                pending[ident] = (now, item, based(ident))
            elif ident not in old and ident not in pending:
                continue  # untouched by the caller and deleted elsewhere meanwhile: stays deleted
            kept[ident] = item
        for ident in known:
            if ident not in kept:
                pending[ident] = (now, None, based(ident))
        unseen = [item for ident, item in old.items() if ident not in kept and ident not in known]
        self._answers[key] = list(kept.values()) + unseen

    def delete(self, key: str) -> None:
        """Forget ``key`` (saved soon); for a list of records, every item is deleted."""
        with self._mutex:
            if _is_records(key, self._answers.get(key)):
                self._set_items(key, [], None)  # every item gets a tombstone; the key stays, empty
            else:
                self._touch(key)
                self._answers.pop(key, None)
        self._schedule()
        self._notify(key)

    # ------------------------------------------------------ export / import / delete
    def export_document(self) -> dict:
        """Everything the participant owns in the store, as one JSON-ready document (with change times).

        An item of the wrong shape (:mod:`netkit.store.shapes`; only an older netkit or a hand edit puts one in
        the file) travels in ``superseded`` with why, not among the answers: the download, and everything
        built from it, never fails on it, and a resume of it is never refused for it.
        """
        self.flush()
        with self._mutex:
            answers, aside = set_aside_bad_items(self.as_dict())
            return {
                "kind": EXPORT_KIND,
                "schema": SCHEMA,
                "exported_at": wall_time(),
                "answers": answers,
                "changes": json_copy(self._saver.last.get("changes") or {}),
                "deleted": json_copy(self._saver.last.get("deleted") or {}),
                "superseded": json_copy(self._saver.last.get("superseded") or []) + aside,  # edits that lost, kept
            }

    def export_to(self, path: str | Path) -> Path:
        """Write all answers to one file that :meth:`import_from` reads back."""
        return atomic_write_json(path, self.export_document())

    def resume_document(self, doc: Any, *, source: str = "the uploaded file") -> MergeReport:
        """Merge a download into the store, newer wins per item; return what was added and kept.

        The document is checked completely first (shape, limits, schema, the shape of every item): a refused
        one writes nothing anywhere. Change times in it that are ahead of this computer's clock (the device
        that made it had a wrong clock) are set to now, and ``report.clamped`` says how many. The state
        before the merge is kept as ``netkit-answers.before-resume-<time>.json`` (:meth:`restore` brings
        it back); ``report.restorable`` names it.
        """
        checked = check_upload(doc, source)
        # Its times come from another device's clock: any ahead of this one's are brought back to now.
        checked, clamped, ahead = bring_back_future_times(checked, limit=self.clock.limit(), now=self.clock.now())
        with self._mutex:
            self.flush()

            def keep_copy(disk: dict[str, Any]) -> Path | None:
                if not self.path.exists():
                    return None
                copy_path = kept_copy(self.path, BEFORE_RESUME)
                atomic_write_json(copy_path, disk, compact=True, mode=0o600)
                return copy_path

            report, copy_path = self._merge_and_write(checked, before=keep_copy)
        report.restorable, report.keys = copy_path, len(checked["answers"])
        report.clamped, report.ahead = clamped, ahead
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
            doc = load_json(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise AnswersError(
                f"cannot read this export ({exc})"[:300],
                where=path,
                fix="choose the netkit-answers file you downloaded from your workbook",
            ) from None
        return self.import_document(doc, source=str(path))

    def restore(self, copy_path: str | Path) -> None:
        """Put back a copy kept before a resume (the current state goes to the backup file)."""
        copy_path = Path(copy_path)
        try:
            doc = self._saver.read(copy_path)
        except (OSError, ValueError) as exc:
            raise AnswersError(
                f"this copy cannot be restored ({exc})",
                where=copy_path,
                fix="choose a netkit-answers.before-resume file from this folder",
            ) from None
        with self._mutex:
            self.flush()
            with self._saver.lock():
                self._adopt(self._saver.write(doc, backup=True))
        for key in set(doc["answers"]):
            self._notify(key)

    def delete_everything(self, extra: Iterable[str | Path] = ()) -> list[Path]:
        """Remove the answers, their backups, damaged and pre-resume copies and ``extra`` files; return what went."""
        with self._mutex:
            self._saver.forget()
            self._answers = {}
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
