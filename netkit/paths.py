"""Every per-participant path comes from here (one template, as nbgrader's ``format_path``).

A folder name is built from the participant's name and stable id::

    FOLDER_TEMPLATE = "{slug}-{id}"      e.g. "ada-lovelace-3f9c2e1a0b"

``slug`` is a lower-case, NFKC-normalised, punctuation-free spelling of the name (unicode
letters such as CJK are kept; emoji, slashes, dots and braces are dropped), cut to 40
characters. The id suffix makes names unique case-insensitively and across NFC/NFD spellings
and means no name can become a reserved Windows device name (``CON``) or ``..``. Nobody joins
participant paths by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from slugify import slugify

from .exceptions import RenderError

FOLDER_TEMPLATE = "{slug}-{id}"
SLUG_MAX = 40
MANIFEST = "manifest.json"


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
    folder = out / participant_folder_name(name, participant_id)
    if folder.resolve().parent != out.resolve():
        raise RenderError(f"the folder for {name!r} would leave the output folder", where=out)
    return folder


def manifest_path(out: str | Path) -> Path:
    """Where the render manifest lives."""
    return Path(out) / MANIFEST


def manifest_folder(out: str | Path, entry: Mapping[str, Any]) -> Path:
    """The participant folder a manifest entry names: a plain folder name directly inside ``out``.

    The manifest is a file on disk that anyone may edit, so ``..``, nested or absolute names
    are refused rather than followed out of the render folder.
    """
    name = entry.get("folder")
    if not isinstance(name, str) or not name or name in (".", "..") or "/" in name or "\\" in name:
        raise RenderError(f"the manifest names no usable folder for this participant ({name!r})",
                          where=manifest_path(out))
    return Path(out) / name


def manifest_notebook(out: str | Path, entry: Mapping[str, Any], relative: Any) -> Path:
    """A notebook a manifest entry lists, refused unless it sits directly in that entry's own folder.

    So a tampered manifest can never hand one participant another participant's workbook, or a
    file of the coach's machine.
    """
    folder = manifest_folder(out, entry)
    path = Path(out) / relative if isinstance(relative, str) and relative else None
    if path is None or path.resolve().parent != folder.resolve():
        raise RenderError(f"the manifest lists a notebook outside this participant's folder ({relative!r})",
                          where=manifest_path(out), fix="render again into this folder to rewrite the manifest")
    return path
