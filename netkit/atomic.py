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

TMP_SUFFIX = ".netkit-tmp"


def atomic_write_bytes(path: str | Path, data: bytes, *, backup: str | Path | None = None) -> Path:
    """Write ``data`` to ``path`` atomically; copy the old file to ``backup`` first if given."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
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


def atomic_write_text(path: str | Path, text: str, *, backup: str | Path | None = None,
                      encoding: str = "utf-8") -> Path:
    """Write ``text`` atomically (UTF-8 by default)."""
    return atomic_write_bytes(path, text.encode(encoding), backup=backup)


def atomic_write_json(path: str | Path, data: Any, *, backup: str | Path | None = None,
                      compact: bool = False) -> Path:
    """Write ``data`` as UTF-8 JSON atomically: pretty by default, or ``compact`` (one line,
    several times faster for large data because json's C encoder does not do indentation)."""
    if compact:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return atomic_write_text(path, text + "\n", backup=backup)


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
