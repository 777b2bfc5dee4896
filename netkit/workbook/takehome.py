"""Take the work home, carry on later, or delete it all.

Three things a participant can do with their own folder (and nothing outside it):

* **take home** — :func:`build_archive` packs one zip with a safe name
  (``netkit-<slug>-YYYYMMDD.zip``): the workbook(s) as they are on disk, the answers export
  (:meth:`AnswersStore.export_document`, the file that restores everything), a printable
  handout, the network map and the calendar files made fresh from the answers
  (:mod:`netkit.workbook.handout`), the other pictures, calendars and printable pages netkit wrote next to the
  workbook, and a README.txt;
* **resume** — :func:`read_upload` reads such a zip, or the bare answers export, back into an
  export document for :meth:`AnswersStore.resume_document`, which merges it (newer wins per
  item) and keeps the state before as a restorable copy. An upload is untrusted: its size,
  the number and size of the zip's members and their names are checked (no ``..``, no absolute
  paths, no zip bombs) and nothing from it is ever written to disk except the answers;
* **delete my data** — :func:`delete_my_data` removes every copy netkit keeps (the answers,
  their backup, damaged copies, checkpoints, exports, zips, pictures, calendars, printable pages).

Only top-level files of the participant's folder whose names match :data:`TAKEHOME_PATTERNS`
go into a zip, so nothing of another participant (or of the coach) can end up in it.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import io
import json
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netkit.exceptions import AnswersError
from netkit.kept_copies import BACKUP_FOLDER, DAMAGED, HUB_BACKUP_FOLDER, is_kept_copy
from netkit.languages import N_, gettext_for
from netkit.paths import slug
from netkit.store.answers import EXPORT_KIND, FILENAME, LOCKNAME, AnswersStore, MergeReport
from netkit.store.document import BACKUP_NAME, check_upload, load_json
from netkit.store.schema import PROFILE

__all__ = [
    "ARCHIVE_PREFIX",
    "Archive",
    "COPY_FOLDERS",
    "DELETE_PATTERNS",
    "EXPORT_NAME",
    "MAX_ARCHIVE_BYTES",
    "MAX_EXPORT_BYTES",
    "MAX_MEMBERS",
    "MAX_UPLOAD_BYTES",
    "README_NAME",
    "TAKEHOME_PATTERNS",
    "archive_name",
    "build_archive",
    "delete_my_data",
    "netkit_copies",
    "profile_from_export",
    "read_upload",
    "readme_text",
    "resume_from_upload",
    "takehome_files",
]

#: The answers export inside a take-home zip; the one member a resume reads.
EXPORT_NAME = "netkit-answers-export.json"
README_NAME = "README.txt"
ARCHIVE_PREFIX = "netkit-"
#: Files of a participant's folder that go home with them (top level only).
TAKEHOME_PATTERNS = ("*.ipynb", "*.ics", "*.png", "*.svg", "*.pdf", "*.html", "*.csv", "*.md", "*.txt")
#: Files netkit writes that "delete my data" removes (besides the answers store's own files).
DELETE_PATTERNS = (
    "netkit-*.zip",
    "netkit-answers-export*.json",
    "netkit-*.csv",
    "netkit-*.json",
    "*.ics",
    "*.png",
    "*.svg",
    "*.pdf",
    "*.html",
    "*.netkit-tmp",
    ".*.netkit-tmp",
)
#: Folders of copies netkit or Jupyter keep next to the workbook (netkit's own: render's, and delivery's on a hub).
COPY_FOLDERS = (".ipynb_checkpoints", BACKUP_FOLDER, HUB_BACKUP_FOLDER)

#: An upload larger than this is refused before it is read.
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
#: The answers export inside a zip may not expand beyond this.
MAX_EXPORT_BYTES = 10 * 1024 * 1024
#: A zip holding more members than this is not one of ours.
MAX_MEMBERS = 200
#: A take-home zip is refused (rather than sent through the browser) above this size.
MAX_ARCHIVE_BYTES = 40 * 1024 * 1024


@dataclass
class Archive:
    """A take-home zip, in memory: its file name, bytes and what it holds."""

    filename: str
    data: bytes
    members: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.data)


def archive_name(name: str = "", today: _dt.date | None = None) -> str:
    """``netkit-<slug>-YYYYMMDD.zip``: safe on every file system whatever the name holds."""
    today = today or _dt.date.today()
    return f"{ARCHIVE_PREFIX}{slug(name or 'participant')}-{today:%Y%m%d}.zip"


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def takehome_files(folder: str | Path) -> list[Path]:
    """The participant's files that go into the zip: top-level, known kinds, no answers internals."""
    folder = Path(folder)
    own = {FILENAME, BACKUP_NAME, LOCKNAME, EXPORT_NAME}
    found = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if not path.is_file() or path.is_symlink() or _hidden(path) or path.name in own:
            continue
        if is_kept_copy(path.name, FILENAME, DAMAGED):
            continue
        if path.name.startswith(ARCHIVE_PREFIX) and path.suffix == ".zip":
            continue
        if any(fnmatch.fnmatch(path.name.lower(), pattern) for pattern in TAKEHOME_PATTERNS):
            found.append(path)
    return found


#: What each kind of file in the zip is, by extension (translated where the README is written).
_DESCRIPTIONS = {
    ".ipynb": N_("your workbook (open it in JupyterLab, or on the Binder start page)"),
    ".ics": N_("calendar reminders: import into Google Calendar, Outlook or Apple Calendar"),
    ".png": N_("a picture"),
    ".svg": N_("a picture (your network map: open it in a web browser)"),
    ".pdf": N_("a printable page"),
    ".html": N_("a printable page: open in a web browser and print"),
    ".csv": N_("a table (opens in a spreadsheet)"),
}


def readme_text(name: str, members: list[str], exported_at: str, language: str = "") -> str:
    """The README.txt that explains the zip to the participant (plain text, no markup), in ``language``
    (English by default)."""
    _ = gettext_for(language)
    title = _("Your netkit workbook — taken home")
    lines = [
        title,
        "=" * len(title),
        "",
        _("For: {name}").replace("{name}", name or _("you")),
        _("Saved: {date}").replace("{date}", exported_at),
        "",
        _("What is in this file:"),
    ]
    for member in members:
        if member == EXPORT_NAME:
            text = _("ALL your answers. Keep it: it brings your work back")
        else:
            text = _(_DESCRIPTIONS.get(posixpath.splitext(member)[1].lower(), N_("a file from your workbook folder")))
        lines.append(f"  {member} — {text}")
    lines += [
        "",
        *_(
            "To carry on later: open the workshop's start page (on Binder or wherever your coach\n"
            "runs it) and upload this zip file (or the netkit-answers-export.json inside it).\n"
            "Your answers come back exactly as you left them."
        ).splitlines(),
        "",
        *_(
            "This file holds your personal notes and the names of people in your network.\nKeep it somewhere private."
        ).splitlines(),
        "",
    ]
    return "\n".join(lines)


def _language(export: dict[str, Any], language: str) -> str:
    """``language``, else the start page's profile's (as the take-home page chooses it), else English."""
    profile = export.get("answers", {}).get(PROFILE)
    return language or (str(profile.get("language") or "") if isinstance(profile, dict) else "")


def build_archive(
    store: AnswersStore,
    *,
    name: str = "",
    folder: str | Path | None = None,
    today: _dt.date | None = None,
    country: str = "",
    language: str = "",
) -> Archive:
    """Everything the participant owns in ``folder`` (default: the store's), as one zip in memory.

    ``country``: the workshop's, so the follow-up calendar skips its public holidays; ``language``: the
    participant's, for the handout page and the calendars made fresh (see :mod:`netkit.workbook.handout`).
    """
    from netkit.workbook.handout import handout_files

    folder = Path(folder) if folder is not None else store.folder
    export = store.export_document()
    fresh = handout_files(export["answers"], name=name, today=today, country=country, language=language)
    files = [path for path in takehome_files(folder) if path.name not in fresh]
    members = [EXPORT_NAME, *fresh] + [path.name for path in files] + [README_NAME]
    buffer = io.BytesIO()
    total = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(EXPORT_NAME, json.dumps(export, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        for member, data in fresh.items():  # made now from the answers, so never out of date
            zf.writestr(member, data)
        for path in files:
            total += path.stat().st_size
            if total > MAX_ARCHIVE_BYTES:
                raise AnswersError(
                    "the files in your workbook folder are too large to download at once",
                    where=path,
                    fix="ask your coach to copy the folder for you",
                )
            zf.write(path, arcname=path.name)
        zf.writestr(README_NAME, readme_text(name, members, export["exported_at"], _language(export, language)))
    return Archive(filename=archive_name(name, today), data=buffer.getvalue(), members=members)


# ------------------------------------------------------------------------------- resume
def _refuse(what: str, source: str) -> AnswersError:
    return AnswersError(
        what,
        where=source,
        fix="upload the netkit-….zip you downloaded with “Download everything”, "
        "or the netkit-answers-export.json inside it",
    )


def _safe_member(name: str) -> bool:
    """A zip member name that cannot escape a folder (zip-slip): relative, no ``..``, no drive."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name or "\x00" in name:
        return False
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    return all(part not in ("", ".", "..") for part in parts)


def read_upload(data: bytes, filename: str = "the uploaded file") -> dict:
    """The answers export held by an upload (a take-home zip or a bare export JSON).

    Raises :class:`AnswersError` saying what to upload instead for anything else: too big,
    not a zip nor JSON, a zip with unsafe member names or too many/too large members, no
    export inside.
    """
    source = filename or "the uploaded file"
    if len(data) > MAX_UPLOAD_BYTES:
        raise _refuse(
            f"the file is too large ({len(data) // (1024 * 1024)} MB; at most {MAX_UPLOAD_BYTES // (1024 * 1024)} MB)",
            source,
        )
    if data[:4] == b"PK\x03\x04":
        raw = _export_from_zip(data, source)
    elif data.lstrip()[:1] == b"{":
        raw = data
    else:
        raise _refuse("this is neither a netkit zip file nor an answers export", source)
    try:
        doc = load_json(raw)
    except ValueError as exc:
        raise _refuse(f"the answers export in it is damaged ({exc})", source) from None
    if not isinstance(doc, dict) or doc.get("kind") != EXPORT_KIND:
        raise _refuse("this is not a netkit answers export", source)
    return check_upload(doc, source)  # shape, limits and schema: refused here, before anything is written


def _export_from_zip(data: bytes, source: str) -> bytes:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _refuse("the zip file is damaged", source) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(f"the zip holds {len(infos)} files, more than a netkit download ever does", source)
        for info in infos:
            if not _safe_member(info.filename):
                raise _refuse(f"the zip holds a file with an unsafe name ({info.filename!r})", source)
        exports = [info for info in infos if posixpath.basename(info.filename) == EXPORT_NAME]
        if not exports:
            raise _refuse(f"the zip holds no {EXPORT_NAME}", source)
        info = min(exports, key=lambda i: i.filename.count("/"))
        if info.file_size > MAX_EXPORT_BYTES:
            raise _refuse("the answers export in the zip is too large", source)
        try:
            with zf.open(info) as handle:
                raw = handle.read(MAX_EXPORT_BYTES + 1)  # never trust the declared size alone
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:
            raise _refuse(f"the zip file is damaged ({exc})", source) from None
        if len(raw) > MAX_EXPORT_BYTES:
            raise _refuse("the answers export in the zip is too large", source)
        return raw


def resume_from_upload(store: AnswersStore, data: bytes, filename: str = "the uploaded file") -> MergeReport:
    """Merge an upload into ``store``, newer wins per item (see :mod:`netkit.store.merge`).

    Returns the report of what was added and what was kept; ``int(report)`` is how many answers
    keys the upload held. The state before is kept as a restorable copy (``report.restorable``).
    """
    return store.resume_document(read_upload(data, filename), source=filename or "the uploaded file")


def profile_from_export(doc: dict) -> dict[str, Any]:
    """The start-page profile saved in an export (see :mod:`netkit.coach.start`), or ``{}``."""
    profile = doc.get("answers", {}).get(PROFILE)
    return dict(profile) if isinstance(profile, dict) else {}


# ------------------------------------------------------------------------- delete my data
def netkit_copies(folder: str | Path) -> list[Path]:
    """Every file netkit (or Jupyter, for it) wrote in ``folder`` that holds the participant's work.

    The answers store's own files are handled by :meth:`AnswersStore.delete_everything`; this
    lists the rest: exports, zips, pictures, calendars, printable pages, leftover temporary files,
    and the copies in ``.ipynb_checkpoints``, ``.netkit-backups`` and (on a hub) ``netkit-backups``.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and any(fnmatch.fnmatch(path.name, p) for p in DELETE_PATTERNS):
            found.append(path)
    for name in COPY_FOLDERS:
        copies = folder / name
        if copies.is_dir() and not copies.is_symlink():
            found.extend(sorted(p for p in copies.rglob("*") if p.is_file() or p.is_symlink()))
    return found


def delete_my_data(store: AnswersStore, folder: str | Path | None = None) -> list[Path]:
    """Remove the answers and every copy netkit keeps in ``folder``; return what was removed.

    The workbook notebook itself stays (it holds the coach's text, not answers: widget values
    are never saved into it by netkit), so the page still opens, empty.
    """
    folder = Path(folder) if folder is not None else store.folder
    removed = store.delete_everything(extra=netkit_copies(folder))
    for name in COPY_FOLDERS:  # empty folders left behind go too
        copies = folder / name
        if copies.is_dir() and not copies.is_symlink():
            for sub in sorted((p for p in copies.rglob("*") if p.is_dir()), reverse=True):
                try:
                    sub.rmdir()
                except OSError:
                    pass
            try:
                copies.rmdir()
            except OSError:
                pass
    return removed
