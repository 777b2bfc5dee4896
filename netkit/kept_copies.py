"""The names of the copies netkit keeps aside, and their time stamp, spelled in this one place.

Every writer and every reader of these copies (the answers store, render, hub delivery, collect,
the take-home zip, delete-my-data, the contacts file) builds or recognises the names here::

    netkit-answers.json.bak                                    the previous good version   backup_of()
    netkit-answers.damaged-20261129-220102-123456.json        a damaged file, set aside    kept_copy(DAMAGED)
    netkit-answers.before-resume-20261129-220102-123456.json  the state before a resume    kept_copy(BEFORE_RESUME)
    .netkit-backups/workshop.20261129-220102-123456.ipynb      a notebook render replaced   stamped()

The stamp (:data:`STAMP_FORMAT`) is local time, ``YYYYMMDD-HHMMSS-ffffff``: names sort in the order
the copies were made, hold no ``:`` (refused on Windows), and the microseconds keep two copies made
in the same second from overwriting each other. Nothing parses a stamp back: readers glob the
names (:func:`kept_copies_glob`) and sort them, which is the order they were made in.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
from pathlib import PurePath
from typing import TypeVar

__all__ = [
    "BACKUP_FOLDER",
    "BACKUP_SUFFIX",
    "BEFORE_RESUME",
    "DAMAGED",
    "HUB_BACKUP_FOLDER",
    "STAMP_FORMAT",
    "backup_name",
    "backup_of",
    "is_kept_copy",
    "kept_copies_glob",
    "kept_copy",
    "stamp",
    "stamped",
]

#: The previous good version of a file: ``<name>.bak`` beside it.
BACKUP_SUFFIX = ".bak"
#: The kind of a file found damaged and set aside (never deleted).
DAMAGED = "damaged"
#: The kind of the state kept just before a resume merged a download in.
BEFORE_RESUME = "before-resume"
#: Where render keeps a notebook it replaced, inside the participant's folder.
BACKUP_FOLDER = ".netkit-backups"
#: The same on a JupyterHub: not a dot-folder, because Jupyter servers refuse hidden paths by default.
HUB_BACKUP_FOLDER = "netkit-backups"
#: Local time, sortable, no colon; microseconds so copies made in one second do not collide.
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"

P = TypeVar("P", bound=PurePath)


def stamp(now: _dt.datetime | None = None) -> str:
    """The time stamp of a copy made ``now`` (default: this moment, local time)."""
    return (now or _dt.datetime.now()).strftime(STAMP_FORMAT)


def backup_name(name: str) -> str:
    """The name of the backup of the file called ``name``."""
    return name + BACKUP_SUFFIX


def backup_of(path: P) -> P:
    """The backup beside ``path`` (a local path or a hub path alike)."""
    return path.with_name(backup_name(path.name))


def _split(name: str) -> tuple[str, str]:
    stem, dot, suffix = name.rpartition(".")
    return (stem, dot + suffix) if stem else (name, "")


def kept_copy(path: P, kind: str, now: _dt.datetime | None = None) -> P:
    """Where a copy of ``path`` of ``kind`` (:data:`DAMAGED`, :data:`BEFORE_RESUME`) made ``now`` goes:
    ``<stem>.<kind>-<stamp><suffix>`` beside it, so it keeps the file's type (``.json`` stays JSON)."""
    stem, suffix = _split(path.name)
    return path.with_name(f"{stem}.{kind}-{stamp(now)}{suffix}")


def kept_copies_glob(name: str, kind: str) -> str:
    """The glob pattern matching every copy of ``kind`` of the file called ``name``."""
    stem, suffix = _split(name)
    return f"{stem}.{kind}-*{suffix}"


def is_kept_copy(name: str, of: str, kind: str) -> bool:
    """Is ``name`` a copy of ``kind`` of the file called ``of``?"""
    return fnmatch.fnmatchcase(name, kept_copies_glob(of, kind))


def stamped(path: P, now: _dt.datetime | None = None) -> P:
    """A time-stamped name for a copy of ``path``: ``<stem>.<stamp><suffix>`` (replaced notebooks)."""
    stem, suffix = _split(path.name)
    return path.with_name(f"{stem}.{stamp(now)}{suffix}")
