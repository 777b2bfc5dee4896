"""The one place netkit writes files: atomically, so a crash never leaves half a file.

A write goes to a temporary file in the same folder, is flushed and fsync'd, then renamed over
the target (``os.replace`` is atomic on POSIX and Windows). Readers see the old file or the new
one, never a mix. Optionally the previous version is kept as a backup first.

Only a regular file (or nothing yet) is ever replaced: a named pipe, a device, a socket or a
folder at the target (or at the end of a link there) is refused with
:class:`~netkit.exceptions.OutputPathError` before anything is written, instead of being
swapped for a regular file while the command reports "wrote ...".
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from netkit.exceptions import OutputPathError

__all__ = ["TMP_SUFFIX", "atomic_write_bytes", "atomic_write_json", "atomic_write_text", "check_writable_file"]

TMP_SUFFIX = ".netkit-tmp"


def _default_mode() -> int:
    """What ``open()`` would give a new file under the current umask (``mkstemp`` always gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def check_writable_file(path: str | Path) -> None:
    """Refuse (:class:`~netkit.exceptions.OutputPathError`) when ``path`` exists and is not a regular file.

    The test follows a link, so a link to a pipe or a device is refused too; a missing path or a
    dangling link is fine (a new file is written)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISREG(mode):
        return
    kind = (
        "a folder"
        if stat.S_ISDIR(mode)
        else "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not an ordinary file"
    )
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
