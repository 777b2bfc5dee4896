"""Every per-participant path comes from here (one template, as nbgrader's ``format_path``).

A folder name is built from the participant's name and stable id::

    FOLDER_TEMPLATE = "{slug}-{id}"      e.g. "ada-lovelace-3f9c2e1a0b"

``slug`` is a lower-case, NFKC-normalised, punctuation-free spelling of the name (unicode
letters such as CJK are kept; emoji, slashes, dots and braces are dropped), cut to 40
characters. The id suffix makes names unique case-insensitively and across NFC/NFD spellings
and means no name can become a reserved Windows device name (``CON``) or ``..``. Nobody joins
participant paths by hand.

The path guard: every command that reads or writes under an output folder goes through
:func:`guard` (or :func:`guard_dir` / :func:`guard_file`): no part of the path below the folder
may be a symbolic link and the real path must stay inside the folder's real path, so a link
planted in OUT (``.netkit-backups -> /etc``, a participant folder pointing at someone's home)
is refused with :class:`~netkit.exceptions.UnsafePathError` instead of followed. A manifest
entry's folder is found from its ``id`` (the folder ``<slug>-<id>`` directly in OUT), never
trusted as free text.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from slugify import slugify

from netkit.exceptions import RenderError, UnsafePathError

__all__ = [
    "FOLDER_TEMPLATE",
    "MANIFEST",
    "SLUG_MAX",
    "guard",
    "guard_dir",
    "guard_file",
    "manifest_folder",
    "manifest_notebook",
    "manifest_path",
    "participant_folder",
    "participant_folder_name",
    "slug",
]

FOLDER_TEMPLATE = "{slug}-{id}"
SLUG_MAX = 40
MANIFEST = "manifest.json"
_ID_RE = re.compile(r"[0-9A-Za-z]{1,64}")
_FOLDER_RE = re.compile(r"[\w-]+")
_LINK_FIX = "replace the link by a real folder or file (or remove it), then run the command again"


def _checked(base: str | Path, path: str | Path) -> os.stat_result | None:
    """:func:`guard`'s walk: the ``lstat`` of ``path`` (None if it does not exist yet)."""
    # abspath joins the working folder and folds "." and ".." as text (no link is followed), so
    # `-o .` works and anything climbing out of ``base`` fails the prefix test below.
    base_s, path_s = os.path.abspath(base), os.path.abspath(path)
    prefix = base_s.rstrip(os.sep) + os.sep
    if path_s != base_s and not path_s.startswith(prefix):
        raise UnsafePathError(
            "this path is not inside the folder it belongs to", where=path, fix=f"keep it inside {base}"
        )
    current, status = base_s, None
    for part in path_s[len(prefix) :].split(os.sep) if path_s != base_s else ():
        if part in ("..", ".", ""):
            raise UnsafePathError("this path climbs out of its folder", where=path, fix=f"keep it inside {base}")
        current = prefix + part if current == base_s else current + os.sep + part
        try:
            status = os.lstat(current)
        except (FileNotFoundError, NotADirectoryError):
            return None  # nothing below a missing part exists: nothing to follow
        if stat.S_ISLNK(status.st_mode):
            raise UnsafePathError(
                "this is a symbolic link; netkit does not follow links inside the output folder",
                where=current,
                fix=_LINK_FIX,
            )
    # No part below ``base`` is a link and none is "..": the real path is inside ``base``'s.
    return status if path_s != base_s else os.stat(base_s) if os.path.exists(base_s) else None


def guard(base: str | Path, path: str | Path) -> Path:
    """``path`` if it is ``base`` or lies under it with no symbolic link and no ``..`` on the way,
    so its real path stays inside ``base``'s real path; otherwise :class:`UnsafePathError`.

    ``path`` need not exist yet (a file about to be written): the parts that exist are checked.
    ``base`` itself may be a link (a coach's ``out`` may live elsewhere); nothing below it may.
    """
    _checked(base, path)
    return Path(path)


def _guard_kind(base: str | Path, path: str | Path, is_kind, what: str, fix: str) -> Path:
    status = _checked(base, path)
    if status is not None and not is_kind(status.st_mode):
        raise UnsafePathError(what, where=path, fix=fix)
    return Path(path)


def guard_dir(base: str | Path, path: str | Path) -> Path:
    """:func:`guard`, and ``path`` is a real folder if it exists."""
    return _guard_kind(
        base,
        path,
        stat.S_ISDIR,
        "a folder is expected here but this is a file",
        "move the file away (netkit keeps a folder of this name here)",
    )


def guard_file(base: str | Path, path: str | Path) -> Path:
    """:func:`guard`, and ``path`` is a regular file if it exists (no folder, device or pipe)."""
    return _guard_kind(
        base,
        path,
        stat.S_ISREG,
        "a regular file is expected here",
        "move this away; netkit keeps a file of this name here",
    )


def slug(name: str) -> str:
    """A file-system-safe, lower-case spelling of ``name`` (may be ``participant``)."""
    text = slugify(name, allow_unicode=True, max_length=SLUG_MAX, word_boundary=False, lowercase=True)
    text = text.strip("-_")
    return text or "participant"


def participant_folder_name(name: str, participant_id: str) -> str:
    """The folder name of a participant, from :data:`FOLDER_TEMPLATE`."""
    return FOLDER_TEMPLATE.format(slug=slug(name), id=participant_id)


def participant_folder(out: str | Path, name: str, participant_id: str) -> Path:
    """The participant's folder inside ``out``; refuses anything that would leave ``out``."""
    out = Path(out)
    folder = guard_dir(out, out / participant_folder_name(name, participant_id))
    if folder.resolve().parent != out.resolve():
        raise RenderError(f"the folder for {name!r} would leave the output folder", where=out)
    return folder


def manifest_path(out: str | Path) -> Path:
    """Where the render manifest lives."""
    return Path(out) / MANIFEST


def manifest_folder(out: str | Path, entry: Mapping[str, Any]) -> Path:
    """The participant folder of a manifest entry, found from its ``id``: ``<slug>-<id>`` directly
    inside ``out``, guarded (no link, never outside ``out``).

    The manifest is a file on disk that anyone may edit, so its ``folder`` text is only accepted
    when it is exactly such a name for the entry's own id: ``..``, nested, absolute names or
    another participant's folder are refused rather than followed.
    """
    pid, name = entry.get("id"), entry.get("folder")
    if not isinstance(pid, str) or not _ID_RE.fullmatch(pid):
        raise RenderError(
            f"the manifest holds a participant without a usable id ({pid!r})",
            where=manifest_path(out),
            fix="render again into this folder to rewrite the manifest",
        )
    if not isinstance(name, str) or not _FOLDER_RE.fullmatch(name) or not name.endswith("-" + pid):
        raise RenderError(
            f"the manifest names no usable folder for this participant ({name!r})",
            where=manifest_path(out),
            fix="render again into this folder to rewrite the manifest",
        )
    return guard_dir(out, Path(out) / name)


def manifest_notebook(out: str | Path, entry: Mapping[str, Any], relative: Any) -> Path:
    """A notebook a manifest entry lists, refused unless it sits directly in that entry's own folder.

    So a tampered manifest can never hand one participant another participant's workbook, or a
    file of the coach's machine.
    """
    folder = manifest_folder(out, entry)
    path = Path(out) / relative if isinstance(relative, str) and relative else None
    if path is None or os.path.normpath(path).rpartition(os.sep)[0] != os.path.normpath(folder):
        raise RenderError(
            f"the manifest lists a notebook outside this participant's folder ({relative!r})",
            where=manifest_path(out),
            fix="render again into this folder to rewrite the manifest",
        )
    return guard_file(folder, path)
