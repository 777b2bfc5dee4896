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

The output-folder guard: every command with ``-o FOLDER`` (render, lite, guide, emails) takes its
folder through :func:`claim_output_folder`, which writes only into a folder the command creates,
an empty one, or one it recognises as its own (the marker file :data:`OUTPUT_MARKER` naming the
command, or for a render made before the marker, its ``manifest.json``). It refuses the working
folder (``-o .``) and every folder above it, a folder holding other files, and another command's
folder (``netkit lite -o`` a copy of a render folder would otherwise replace participants'
answers). :func:`check_output_folder` is the same test without writing anything, for a command
line to stop before any work is done.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from slugify import slugify

from netkit.atomic import atomic_write_text
from netkit.exceptions import OutputPathError, RenderError, UnsafePathError

__all__ = [
    "FOLDER_TEMPLATE",
    "MANIFEST",
    "OUTPUT_KINDS",
    "OUTPUT_MARKER",
    "SLUG_MAX",
    "check_output_folder",
    "claim_output_folder",
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


# --------------------------------------------------------------------------- output folders
#: The file that marks a folder as the output folder of one netkit command.
OUTPUT_MARKER = ".netkit-output"
#: The commands that write into a folder, and what such a folder held before the marker existed
#: (every one of these names as a regular file): an older folder of that command, recognised.
OUTPUT_KINDS: dict[str, tuple[str, ...]] = {
    "render": (MANIFEST,),
    "lite": (".nojekyll", "jupyter-lite.json"),
    "guide": ("run-sheet.json", "slides.html"),
    "emails": (),
}
_NEW_FOLDER_FIX = "give the name of a new folder (netkit creates it), for example -o {example}"


def _marker_kind(folder: Path) -> str | None:
    """The command named by ``folder``'s marker; None without one; refused when it is not a plain small file."""
    marker = folder / OUTPUT_MARKER
    try:
        status = os.lstat(marker)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not stat.S_ISREG(status.st_mode) or status.st_size > 4096:
        raise OutputPathError(
            f"this folder's {OUTPUT_MARKER} is not netkit's marker file (a link, a folder or too large)",
            where=marker,
            fix=_NEW_FOLDER_FIX.format(example="out-new"),
        )
    try:
        kind = json.loads(marker.read_text(encoding="utf-8")).get("netkit")
    except (OSError, ValueError, AttributeError):
        kind = None
    return kind if isinstance(kind, str) else ""


def check_output_folder(folder: str | Path, kind: str) -> Path:
    """``folder`` if command ``kind`` may write into it; :class:`OutputPathError` otherwise. Writes nothing.

    Allowed: a folder that does not exist yet (under a parent that is a folder), an empty folder,
    or one marked as ``kind``'s own (or holding what an older ``kind`` wrote, see
    :data:`OUTPUT_KINDS`). Refused: the working folder and every folder above it (``-o .``,
    ``-o ..``, ``-o /``), whatever they hold; a file, pipe or device; another command's folder;
    and any other folder that holds something.
    """
    if kind not in OUTPUT_KINDS:
        raise ValueError(f"unknown output kind {kind!r}")
    path = Path(folder)
    example = {"render": "out", "lite": "site", "guide": "kit", "emails": "mail"}[kind]
    fix = _NEW_FOLDER_FIX.format(example=example)
    real, here = os.path.realpath(path), os.path.realpath(os.getcwd())
    if real == here or here.startswith(real.rstrip(os.sep) + os.sep):
        raise OutputPathError(
            "this is the working folder"
            + ("" if real == here else " or a folder above it")
            + "; netkit never writes its output into the folder you run it from",
            where=path,
            fix=fix,
        )
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return path  # created by claim_output_folder
    if not stat.S_ISDIR(status.st_mode):
        raise OutputPathError("this is a file, not a folder", where=path, fix=fix)
    owner = _marker_kind(path)
    if owner == kind:
        return path
    if owner:
        raise OutputPathError(
            f"this is the output folder of `netkit {owner}`, not of `netkit {kind}`, and is left as it is",
            where=path,
            fix=fix,
        )
    with os.scandir(path) as entries:
        names = {entry.name for entry in entries}
    legacy = OUTPUT_KINDS[kind]
    if not names or (legacy and all((path / name).is_file() and not (path / name).is_symlink() for name in legacy)):
        return path
    if kind == "emails" and all(name.endswith(".eml") for name in names):
        return path  # e-mails written before the marker existed: only .eml files
    if owner is None and any(all((path / n).is_file() for n in files) for files in OUTPUT_KINDS.values() if files):
        other = next(k for k, files in OUTPUT_KINDS.items() if files and all((path / n).is_file() for n in files))
        raise OutputPathError(
            f"this is the output folder of `netkit {other}`, not of `netkit {kind}`, and is left as it is",
            where=path,
            fix=fix,
        )
    raise OutputPathError(
        f"this folder holds {len(names)} file(s) or folder(s) not made by netkit {kind}; netkit writes only "
        "into a new or empty folder, or one it made",
        where=path,
        fix=fix,
    )


def claim_output_folder(folder: str | Path, kind: str) -> Path:
    """:func:`check_output_folder`, then create ``folder`` if needed and mark it as ``kind``'s own.

    The one way a command with ``-o FOLDER`` gets its folder. An :class:`OSError` (no permission,
    a read-only disk) is left to the command's edge, which says it as a file-access problem."""
    path = check_output_folder(folder, kind)
    path.mkdir(parents=True, exist_ok=True)
    marker = path / OUTPUT_MARKER
    if _marker_kind(path) != kind:
        note = "netkit writes this folder; a later run of the same command may replace what it wrote here"
        atomic_write_text(marker, json.dumps({"netkit": kind, "note": note}) + "\n")
    return path
