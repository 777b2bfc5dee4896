"""The one place netkit writes files: atomically, so a crash never leaves half a file.

A write goes to a temporary file in the same folder, is flushed and fsync'd, then renamed over
the target (``os.replace`` is atomic on POSIX and Windows). Readers see the old file or the new
one, never a mix. Optionally the previous version is kept as a backup first.

:func:`atomic_write_many` gives many files the same guarantees at once (a render of thousands of
workbooks): their fsyncs run side by side in threads, which the file system commits together,
instead of one after the other at ~0.5 ms each.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

__all__ = ["TMP_SUFFIX", "atomic_write_bytes", "atomic_write_json", "atomic_write_many", "atomic_write_text"]

#: Threads that fsync side by side in :func:`atomic_write_many` (they wait on the disk, not the CPU).
SYNC_THREADS = 16

TMP_SUFFIX = ".netkit-tmp"


def _default_mode() -> int:
    """What ``open()`` would give a new file under the current umask (``mkstemp`` always gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_bytes(
    path: str | Path, data: bytes, *, backup: str | Path | None = None, mode: int | None = None
) -> Path:
    """Write ``data`` to ``path`` atomically; copy the old file to ``backup`` first if given.

    The file keeps its permissions when it exists; a new one gets ``mode`` (default: what the
    umask allows, as any program writing a file would), so a coach's rendered workbooks are
    readable where the coach's other files are. Private files (answers) pass ``mode=0o600``.
    """
    path = Path(path)
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
    default_mode = _default_mode()
    futures = []
    temps: list[str | None] = [None] * len(files)
    errors: list[BaseException | None] = [None] * len(files)
    made: set[Path] = set()
    try:
        futures = [pool.submit(_write_temp, Path(path), data, default_mode) for path, data in files]
        if before_replace is not None:
            before_replace()
        for index, future in enumerate(futures):
            try:
                temps[index], created = future.result()
                made.update(created)
            except Exception as exc:
                errors[index] = exc
        folders: set[Path] = set()
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
            folders.add(Path(path).parent)
        folders.update(folder.parent for folder in made)
        list(pool.map(_fsync_dir, folders))
    except BaseException:
        for index, future in enumerate(futures):  # an interrupted batch: no temporary file stays behind
            if temps[index] is None and errors[index] is None and not future.cancel():
                try:
                    temps[index] = future.result()[0]
                except Exception:
                    pass
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


def _write_temp(path: Path, data: bytes, default_mode: int) -> tuple[str, list[Path]]:
    """One file of :func:`atomic_write_many`: (its fsync'd temporary file, the folders made for it)."""
    missing = []
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    made = []
    for folder in reversed(missing):
        try:
            folder.mkdir()
            made.append(folder)
        except FileExistsError:
            pass
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = default_mode
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return tmp, made


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


def _fsync_dir(folder: Path) -> None:
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
