"""The answers store: every answer a participant gives, persisted the moment it changes.

JupyterLab does not save widget state, Voilà never saves the notebook and Binder keeps nothing,
so the kernel itself keeps the work, in a sidecar file next to the workbook::

    <participant folder>/netkit-answers.json        the answers
    <participant folder>/netkit-answers.json.bak    the previous good version
    <participant folder>/.netkit-answers.lock       serialises writers (two tabs, two kernels)

Rules this module keeps (each has a test):

* writes are atomic (temp file + fsync + rename, see :mod:`netkit.atomic`) and keep a backup;
* saves are debounced, and merge per key under a file lock, so a JupyterLab tab and a Voilà
  tab on the same workbook do not clobber each other's answers;
* a corrupt file is recovered from the backup and *reported* (the damaged file is kept
  aside, never deleted); if the backup is bad too we stop with :class:`AnswersCorruptError`;
* a file from a newer schema is never overwritten (:class:`AnswersSchemaError`);
* everything can be exported to one file, imported back, and deleted.

The store holds plain JSON values under dotted keys such as ``"network.contacts"``.
"""

from __future__ import annotations

import atexit
import datetime as _dt
import json
import os
import threading
import weakref
from pathlib import Path
from typing import Any, Callable, Iterable, Union

from .atomic import atomic_write_json
from .exceptions import AnswersCorruptError, AnswersError, AnswersSchemaError
from .runtime import LockTimeout, Scheduled, file_lock, schedule

SCHEMA = 1
FILENAME = "netkit-answers.json"
BACKUP_SUFFIX = ".bak"
LOCKNAME = ".netkit-answers.lock"
EXPORT_KIND = "netkit-answers-export"
ENV_FOLDER = "NETKIT_ANSWERS_DIR"
DEFAULT_DEBOUNCE = 0.4
#: The pseudo-key :meth:`AnswersStore.subscribe` uses for failed background saves.
ERRORS = "\x00errors"

_MISSING = object()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _json_copy(value: Any) -> Any:
    """A deep copy through JSON: validates that ``value`` can be saved, and is several times
    faster than ``copy.deepcopy`` on large answers (30,000 contacts)."""
    return json.loads(json.dumps(value))


def answers_path(folder: str | Path) -> Path:
    """The sidecar file of the workbook(s) in ``folder``."""
    return Path(folder) / FILENAME


def parse_document(raw: bytes, where: str | Path) -> dict:
    """Parse and validate one answers file's bytes; raise ValueError (damaged) or AnswersSchemaError.

    The one definition of "damaged" and "too new", shared by the store, the cohort report
    (local folders) and JupyterHub collection (bytes read over the contents API).
    """
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("answers"), dict):
        raise ValueError("no 'answers' object in it")
    schema = doc.get("schema")
    if not isinstance(schema, int):
        raise ValueError("no schema version in it")
    if schema > SCHEMA:
        raise AnswersSchemaError(
            f"these answers were saved by a newer netkit (schema {schema}; "
            f"this one reads up to {SCHEMA}), so they are left untouched",
            where=where, fix="upgrade netkit (pip install -U netkit) and reopen the workbook")
    return doc


def _read_document(path: Path) -> dict:
    return parse_document(path.read_bytes(), path)


Copy = Union[bytes, None, OSError]


def answers_from_copies(main: Copy, backup: Copy | Callable[[], Copy], *, where: str | Path) -> dict | None:
    """The answers held by a sidecar and its backup, read from anywhere, writing nothing.

    Each copy is its bytes, ``None`` when it does not exist, or the ``OSError`` met reading it;
    ``backup`` may be a function, called only when the main copy is missing or damaged (a hub
    request saved). The backup is used when the main copy is damaged, as the store recovers.
    Returns ``None`` when neither exists; raises :class:`AnswersError` when neither is usable
    and :class:`AnswersSchemaError` for a newer netkit.
    """
    damage = None
    for name, copy_ in ((FILENAME, main), (FILENAME + BACKUP_SUFFIX, backup)):
        if callable(copy_):
            copy_ = copy_()
        if copy_ is None:
            continue
        if isinstance(copy_, OSError):
            damage = damage or f"the answers file {name} cannot be read ({copy_.strerror or copy_})"
            continue
        try:
            return dict(parse_document(copy_, where)["answers"])
        except ValueError as exc:
            damage = damage or f"the answers file {name} is damaged: {exc}"
    if damage:
        raise AnswersError(damage + "; no usable backup either", where=where,
                           fix="open this participant's workbook: it recovers what it can, or ask them "
                               "for their downloaded export")
    return None


def read_answers_readonly(folder: str | Path) -> dict | None:
    """The answers saved in ``folder`` without writing anything (``None`` when none are saved).

    For the coach's side: nothing is moved or repaired (that is the participant's workbook's
    job), see :func:`answers_from_copies`.
    """
    path = answers_path(folder)

    def read(target: Path) -> Copy:
        try:
            return target.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            return exc

    return answers_from_copies(read(path), lambda: read(path.with_name(FILENAME + BACKUP_SUFFIX)), where=path)


class AnswersStore:
    """A participant's answers, loaded from and saved to the sidecar in ``folder``.

    ``get`` never touches the disk; ``set`` updates memory and schedules a debounced save;
    ``flush`` saves now. ``recovered`` holds a message when a damaged file was recovered
    from its backup, so the workbook can tell the participant.
    """

    def __init__(self, folder: str | Path, *, debounce: float = DEFAULT_DEBOUNCE):
        self.folder = Path(folder)
        self.path = answers_path(self.folder)
        self.backup_path = self.path.with_name(FILENAME + BACKUP_SUFFIX)
        self.lock_path = self.folder / LOCKNAME
        self.debounce = debounce
        self.recovered: str | None = None
        self.last_error: Exception | None = None
        self._listeners: dict[str, list[Callable[[], Any]]] = {}
        self._answers: dict[str, Any] = {}
        self._dirty: set[str] = set()
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
        self._answers = doc["answers"]

    def _recover(self, reason: str) -> None:
        """Restore from the backup, keep the damaged file aside, and say so."""
        try:
            doc = _read_document(self.backup_path)
        except FileNotFoundError:
            doc = None
        except ValueError:
            doc = None
        if doc is None:
            raise AnswersCorruptError(
                f"{reason}, and there is no usable backup ({self.backup_path.name}); "
                "nothing was changed so no answer is lost",
                where=self.path,
                fix="ask your coach: the file may be repaired by hand, or re-import an "
                    "export you downloaded earlier")
        self._answers = doc["answers"]
        kept = None
        if self.path.exists():
            stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = self.path.with_name(f"netkit-answers.damaged-{stamp}.json")
            os.replace(self.path, kept)
        self.recovered = (f"{reason}. Your answers were restored from the backup saved "
                          f"{doc.get('saved_at', 'earlier')}"
                          + (f"; the damaged file was kept as {kept.name}." if kept else "."))
        self._dirty.update(self._answers)
        self.flush()

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
    def set(self, key: str, value: Any) -> None:
        """Remember ``value`` under ``key`` and save soon (debounced)."""
        value = _json_copy(value)  # fails now, in the caller, if it cannot be saved
        with self._mutex:
            self._answers[key] = value
            self._dirty.add(key)
        self._schedule()
        self._notify(key)

    def update(self, values: dict[str, Any]) -> None:
        """Set several keys at once (one save)."""
        values = {key: _json_copy(value) for key, value in values.items()}
        with self._mutex:
            for key, value in values.items():
                self._answers[key] = value
                self._dirty.add(key)
        self._schedule()
        for key in values:
            self._notify(key)

    def delete(self, key: str) -> None:
        """Forget ``key`` (saved soon)."""
        with self._mutex:
            self._answers.pop(key, None)
            self._dirty.add(key)
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
            ref: Callable[[], Any] = weakref.WeakMethod(callback)  # type: ignore[arg-type]
        except TypeError:
            ref = lambda: callback  # noqa: E731 - plain functions are held strongly
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
            except Exception:  # noqa: BLE001 - one stale view must not break saving elsewhere
                pass

    def _schedule(self) -> None:
        with self._mutex:
            if self._timer is not None:
                self._timer.cancel()
            if self.debounce <= 0:
                self._timer = None
            else:
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
        return bool(self._dirty)

    def flush(self) -> None:
        """Save every pending change now, merging per key with what is on disk."""
        with self._mutex:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if not self._dirty:
                return
            dirty = set(self._dirty)
            try:
                with file_lock(self.lock_path, timeout=10):
                    on_disk = self._read_for_merge()
                    for key in dirty:
                        if key in self._answers:
                            on_disk[key] = self._answers[key]
                        else:
                            on_disk.pop(key, None)
                    doc = {"schema": SCHEMA, "saved_at": _now(), "answers": on_disk}
                    backup = self.backup_path if self.path.exists() else None
                    atomic_write_json(self.path, doc, backup=backup, compact=True, mode=0o600)
            except LockTimeout:
                raise AnswersError("another window kept the answers file locked for 10 s",
                                   where=self.path, fix="close other tabs of this workbook and retry") from None
            self._answers = on_disk
            self._dirty -= dirty
            self.last_error = None

    def _read_for_merge(self) -> dict[str, Any]:
        """What another tab or kernel saved meanwhile (a damaged file is kept aside, not merged)."""
        if not self.path.exists():
            return {}
        try:
            return _read_document(self.path)["answers"]
        except ValueError:
            stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            os.replace(self.path, self.path.with_name(f"netkit-answers.damaged-{stamp}.json"))
            return dict(self._answers)

    # ------------------------------------------------------ export / import / delete
    def export_document(self) -> dict:
        """Everything the participant owns in the store, as one JSON-ready document."""
        self.flush()
        return {"kind": EXPORT_KIND, "schema": SCHEMA, "exported_at": _now(),
                "answers": self.as_dict()}

    def export_to(self, path: str | Path) -> Path:
        """Write all answers to one file that :meth:`import_from` reads back."""
        return atomic_write_json(path, self.export_document())

    def import_document(self, doc: Any, *, source: str = "the uploaded file") -> int:
        """Merge an export into the store (imported values win); return how many keys."""
        if not isinstance(doc, dict) or doc.get("kind") != EXPORT_KIND or not isinstance(doc.get("answers"), dict):
            raise AnswersError("this is not a netkit answers export", where=source,
                               fix="choose the netkit-answers file you downloaded from your workbook")
        if not isinstance(doc.get("schema"), int) or doc["schema"] > SCHEMA:
            raise AnswersSchemaError(f"this export is from a newer netkit (schema {doc.get('schema')})",
                                     where=source, fix="upgrade netkit, then import again")
        self.update(doc["answers"])
        self.flush()
        return len(doc["answers"])

    def import_from(self, path: str | Path) -> int:
        """Read an export file written by :meth:`export_to` and merge it in."""
        path = Path(path)
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise AnswersError(f"cannot read this export ({exc})", where=path,
                               fix="choose the netkit-answers file you downloaded from your workbook") from None
        return self.import_document(doc, source=str(path))

    def delete_everything(self, extra: Iterable[str | Path] = ()) -> list[Path]:
        """Remove the answers, their backups, damaged copies and ``extra`` files; return what went."""
        with self._mutex:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._answers = {}
            self._dirty.clear()
            removed = []
            candidates = [self.path, self.backup_path, self.lock_path,
                          *self.folder.glob("netkit-answers.damaged-*.json"),
                          *self.folder.glob(f".{FILENAME}*"), *map(Path, extra)]
            for path in candidates:
                try:
                    path.unlink()
                    removed.append(path)
                except FileNotFoundError:
                    pass
            return removed


_LIVE_STORES: "weakref.WeakSet[AnswersStore]" = weakref.WeakSet()
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
