"""The one place netkit writes files: atomically, so a crash never leaves half a file.

A write goes to a temporary file in the same folder, is flushed and fsync'd, then renamed over
the target (``os.replace`` is atomic on POSIX and Windows). Readers see the old file or the new
one, never a mix. Optionally the previous version is kept as a backup first.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["TMP_SUFFIX", "atomic_write_bytes", "atomic_write_json", "atomic_write_text"]

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
