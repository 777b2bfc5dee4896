"""The one place netkit writes files: atomically, so a crash never leaves half a file.

A write goes to a temporary file in the same folder, is flushed and fsync'd, then renamed over
the target (``os.replace`` is atomic on POSIX and Windows). Readers see the old file or the new
one, never a mix. Optionally the previous version is kept as a backup first.

Only a regular file (or nothing yet) is ever replaced: a named pipe, a device, a socket or a
folder at the target (or at the end of a link there) is refused with
:class:`~netkit.exceptions.OutputPathError` before anything is written, instead of being
swapped for a regular file while the command reports "wrote ...".

:func:`atomic_write_many` gives many files the same guarantees at once (a render of thousands of
workbooks): their fsyncs run side by side in threads, which the file system commits together,
instead of one after the other at ~0.5 ms each.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from netkit.exceptions import OutputPathError

__all__ = [
    "TMP_SUFFIX",
    "atomic_write_bytes",
    "atomic_write_json",
    "atomic_write_many",
    "atomic_write_text",
    "check_writable_file",
    "special_kind",
]

#: Threads that fsync side by side in :func:`atomic_write_many` (they wait on the disk, not the CPU).
SYNC_THREADS = 16

TMP_SUFFIX = ".netkit-tmp"


def _default_mode() -> int:
    """What ``open()`` would give a new file under the current umask (``mkstemp`` always gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def special_kind(mode: int) -> str | None:
    """What a path that is not a regular file is, for a message ("a named pipe", "a device", "a socket",
    "a folder"), from its ``st_mode``; None for a regular file. Reading a pipe or a device waits for ever,
    and replacing one by a file is never what a person meant, so every reader and writer asks this."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not an ordinary file"


def check_writable_file(path: str | Path) -> None:
    """Refuse (:class:`~netkit.exceptions.OutputPathError`) when ``path`` exists and is not a regular file.

    The test follows a link, so a link to a pipe or a device is refused too; a missing path or a
    dangling link is fine (a new file is written)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    kind = special_kind(mode)
    if kind is None:
        return
    raise OutputPathError(
        f"this is {kind}, not a regular file, so netkit will not write its output here",
        where=path,
        fix="give the name of a new or ordinary file to write (for example report.html)",
    )


def atomic_write_bytes(
    path: str | Path, data: bytes, *, backup: str | Path | None = None, mode: int | None = None
) -> Path:
    """Write ``data`` to ``path`` atomically; copy the old file to ``backup`` first if given.

    The file keeps its permissions when it exists; a new one gets ``mode`` (default: what the
    umask allows, as any program writing a file would), so a coach's rendered workbooks are
    readable where the coach's other files are. Private files (answers) pass ``mode=0o600``.
    """
    path = Path(path)
    check_writable_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup is not None and path.exists():
            _atomic_copy(path, Path(backup))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)
    return path


def atomic_write_text(
    path: str | Path, text: str, *, backup: str | Path | None = None, encoding: str = "utf-8", mode: int | None = None
) -> Path:
    """Write ``text`` atomically (UTF-8 by default)."""
    return atomic_write_bytes(path, text.encode(encoding), backup=backup, mode=mode)


def atomic_write_json(
    path: str | Path, data: Any, *, backup: str | Path | None = None, compact: bool = False, mode: int | None = None
) -> Path:
    """Write ``data`` as UTF-8 JSON atomically: pretty by default, or ``compact`` (one line,
    several times faster for large data because json's C encoder does not do indentation)."""
    if compact:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return atomic_write_text(path, text + "\n", backup=backup, mode=mode)


def atomic_write_many(
    files: Sequence[tuple[str | Path, bytes]],
    *,
    before_replace: Callable[[], object] | None = None,
    executor: Executor | None = None,
) -> list[BaseException | None]:
    """Write every ``(path, data)`` of ``files`` atomically, as :func:`atomic_write_bytes` would; one
    result per file, in order: None when it was written, else the exception (that file is left as
    it was and its temporary file removed; the others are still written).

    The steps, each for the whole batch: every file goes to a temporary file beside it (missing
    folders are made) and is fsync'd, in ``executor``'s threads; meanwhile ``before_replace()``
    runs in the caller's thread (render appends the batch's digests to its journal there). Only
    when both are done are the temporary files renamed over their targets, and then every folder
    a rename or a new folder changed is fsync'd. So a crash at any moment leaves each target old
    or new, never partial, and no target is replaced before ``before_replace`` has returned.
    If ``before_replace`` raises, nothing is replaced and the exception propagates.
    """
    own = executor is None
    pool: Executor = ThreadPoolExecutor(SYNC_THREADS) if executor is None else executor
    umask = _umask()
    token = secrets.token_hex(4)
    temps: list[str | None] = [None] * len(files)
    errors: list[BaseException | None] = [None] * len(files)
    made: set[str] = set()
    # One job per thread, each a share of the files (a future per file costs more than its write).
    groups = [range(start, len(files), SYNC_THREADS) for start in range(min(SYNC_THREADS, len(files)))]
    futures = []
    try:
        futures = [pool.submit(_write_temps, files, group, token, umask) for group in groups]
        if before_replace is not None:
            before_replace()
        for group, future in zip(groups, futures):
            for index, (outcome, created) in zip(group, future.result()):
                if isinstance(outcome, BaseException):
                    errors[index] = outcome
                else:
                    temps[index] = outcome
                made.update(created)
        folders = _replace_temps(files, temps, errors)
        folders.update(os.path.dirname(folder) for folder in made)
        ordered = sorted(folders)
        list(pool.map(_fsync_dirs, [ordered[start::SYNC_THREADS] for start in range(SYNC_THREADS)]))
    except BaseException:
        _claim_unfinished(groups, futures, temps)
        raise
    finally:
        for tmp in temps:  # not renamed: a failed rename, or an interrupted batch
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except FileNotFoundError:
                    pass
        if own:
            pool.shutdown()
    return errors


def _replace_temps(
    files: Sequence[tuple[str | Path, bytes]], temps: list[str | None], errors: list[BaseException | None]
) -> set[str]:
    """Rename each written temporary file over its target (a failed rename is that file's error, its temporary
    file left in ``temps`` to be removed); return the folders a rename changed, to be fsync'd."""
    folders: set[str] = set()
    for index, (path, _data) in enumerate(files):
        tmp = temps[index]
        if tmp is None:
            continue
        try:
            os.replace(tmp, path)
        except Exception as exc:
            errors[index] = exc
            continue
        temps[index] = None
        folders.add(os.path.dirname(tmp))
    return folders


def _claim_unfinished(groups: list[range], futures: list, temps: list[str | None]) -> None:
    """An interrupted batch: cancel the writes not started and note the temporary files the others made, so
    none stays behind."""
    for group, future in zip(groups, futures):
        if not future.cancel():
            try:
                for index, (outcome, _created) in zip(group, future.result()):
                    if isinstance(outcome, str) and temps[index] is None:
                        temps[index] = outcome
            except Exception:
                pass


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _write_temps(
    files: Sequence[tuple[str | Path, bytes]], group: range, token: str, umask: int
) -> list[tuple[str | BaseException, list[str]]]:
    """A thread's share of :func:`atomic_write_many`: for each file, (its fsync'd temporary file or the
    exception that stopped it, the folders made for it)."""
    done: list[tuple[str | BaseException, list[str]]] = []
    for index in group:
        path, data = os.path.abspath(files[index][0]), files[index][1]
        made: list[str] = []
        try:
            check_writable_file(path)
            made = _make_folders(os.path.dirname(path))
            done.append((_write_temp(path, data, f"{token}{index}", umask), made))
        except Exception as exc:
            done.append((exc, made))
    return done


def _make_folders(folder: str) -> list[str]:
    """Make ``folder`` and any missing parent; return the ones made (their parents' entries changed)."""
    missing = []
    while not os.path.isdir(folder) and folder != os.path.dirname(folder):
        missing.append(folder)
        folder = os.path.dirname(folder)
    made = []
    for folder in reversed(missing):
        try:
            os.mkdir(folder)
            made.append(folder)
        except FileExistsError:
            pass
    return made


def _write_temp(path: str, data: bytes, unique: str, umask: int) -> str:
    """``data`` in a new, fsync'd temporary file beside ``path`` (its mode ``path``'s if it exists, else what
    the umask allows); the name is unique to this batch and file, and created exclusively."""
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        mode = 0o666 & ~umask
    folder, name = os.path.split(path)
    tmp = os.path.join(folder, f".{name}.{unique}{TMP_SUFFIX}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.chmod(tmp, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    os.close(fd)
    return tmp


def _fsync_dirs(folders: list[str]) -> None:
    for folder in folders:
        _fsync_dir(folder)


def _atomic_copy(src: Path, dst: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=TMP_SUFFIX, dir=dst.parent)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, dst)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _fsync_dir(folder: str | Path) -> None:
    """Make the rename itself durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
