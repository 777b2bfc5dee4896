"""Every error netkit raises on purpose, with a message a coach or participant can act on.

The tree::

    NetkitError                 anything netkit reports instead of a traceback
    ├── InputError              a file a person gave us is wrong (roster, contacts, template)
    │   ├── RosterError         the roster CSV: missing column, empty name, bad encoding
    │   ├── ImportFormatError   a contacts export we cannot read
    │   ├── PersonalLinkError   a personal link changed or cut off (in netkit.workbook.personal_link)
    │   └── HubUserMappingError     who is who on the hub: empty, invalid or duplicate hub user names
    ├── AnswersError            the answers sidecar cannot be used safely
    │   ├── AnswersCorruptError     damaged and no good backup: we stop rather than lose work
    │   └── AnswersSchemaError      written by a newer netkit: we never overwrite it
    ├── RenderError             a workbook cannot be (re)rendered
    │   └── TouchedWorkbookError    a participant already worked in it
    ├── UnsafePathError         a link, or a path leaving the folder it must stay in
    ├── OutputPathError         an output netkit will not write: the working folder, a folder of other files, a pipe
    ├── FileAccessError         the system refused to read or write a file (an OSError, explained)
    ├── TemplateError           an outreach template is broken or lacks a field
    ├── HubError                a JupyterHub reply or token cannot be used
    └── LiteBuildError          ``netkit lite`` cannot build the browser-only site (in netkit.coach.lite_packages)

Each error carries *what* was wrong, *where* (file, line, column when known) and *what to do*,
and ``str(err)`` joins them into one readable message.
"""

from __future__ import annotations

from pathlib import Path


class NetkitError(Exception):
    """Base class: an expected problem, explained to a person rather than dumped as a traceback."""

    def __init__(
        self,
        what: str,
        *,
        where: str | Path | None = None,
        line: int | None = None,
        column: str | int | None = None,
        fix: str | None = None,
    ):
        self.what = what
        self.where = str(where) if where is not None else None
        self.line = line
        self.column = column
        self.fix = fix
        super().__init__(self.message)

    @property
    def location(self) -> str:
        """``file, line N, column X`` — whatever parts are known."""
        parts = []
        if self.where:
            parts.append(self.where)
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column!r}" if isinstance(self.column, str) else f"column {self.column}")
        return ", ".join(parts)

    @property
    def message(self) -> str:
        text = f"{self.location}: {self.what}" if self.location else self.what
        if self.fix:
            text += f"\n  How to fix: {self.fix}"
        return text

    def __str__(self) -> str:
        return self.message


class InputError(NetkitError):
    """A file a person handed to netkit is not what it should be."""


class RosterError(InputError):
    """The roster CSV cannot be used as it is."""


class ImportFormatError(InputError):
    """A contacts export (LinkedIn, vCard, Google, CSV) cannot be read."""


class AnswersError(NetkitError):
    """The answers sidecar cannot be used safely."""


class AnswersCorruptError(AnswersError):
    """The answers file and its backup are both damaged; nothing is overwritten."""


class AnswersSchemaError(AnswersError):
    """The answers file was written by a newer netkit; it is left untouched."""


class RenderError(NetkitError):
    """A workbook could not be rendered."""


class TouchedWorkbookError(RenderError):
    """A participant has already worked in this workbook, so a plain render will not replace it."""


class UnsafePathError(NetkitError):
    """A path under the output folder (or a participant's folder) is a symbolic link, or its real
    location leaves the folder it must stay in: netkit neither reads nor writes through it."""


class OutputPathError(NetkitError):
    """An output path a command will not write to: the folder it runs in (or one above it), a
    folder that holds other files and is not marked as this command's own, or something that is
    not a regular file (a named pipe, a device)."""


class FileAccessError(NetkitError):
    """The operating system refused to read or write a file or folder (an :class:`OSError`)."""

    @classmethod
    def from_os_error(cls, exc: OSError) -> FileAccessError:
        """The :class:`OSError` ``exc`` said the netkit way: the path, what is wrong, what to do."""
        what, fix = _OS_ERRORS.get(exc.errno, (None, None)) if exc.errno is not None else (None, None)
        what = what or f"the system refused this ({exc.strerror or exc.__class__.__name__})"
        fix = fix or "check the path, its folder's permissions and the free disk space, then run again"
        where = exc.filename if exc.filename is not None else None
        if exc.filename2 is not None:
            where = f"{exc.filename} -> {exc.filename2}"
        return cls(what, where=where, fix=fix)


class TemplateError(NetkitError):
    """An outreach message template is broken or needs a field that is missing."""


class HubError(NetkitError):
    """A JupyterHub cannot be used as asked: unreachable, no token, a missing scope, a refused call."""


class HubUserMappingError(InputError):
    """The mapping from roster participants to JupyterHub user names is missing, invalid or ambiguous."""


import errno as _errno  # noqa: E402

__all__ = [
    "AnswersCorruptError",
    "AnswersError",
    "AnswersSchemaError",
    "FileAccessError",
    "HubError",
    "HubUserMappingError",
    "ImportFormatError",
    "InputError",
    "NetkitError",
    "OutputPathError",
    "RenderError",
    "RosterError",
    "TemplateError",
    "TouchedWorkbookError",
    "UnsafePathError",
    "describe",
]

_OS_ERRORS: dict[int, tuple[str | None, str | None]] = {
    _errno.EACCES: ("permission denied", "choose a file or folder you may write to (or read), or ask for access"),
    _errno.EPERM: ("the operation is not permitted here", "choose another file or folder, or ask for access"),
    _errno.EROFS: ("this is on a read-only file system", "write somewhere else (give another -o/--out path)"),
    _errno.EISDIR: (
        "this is a folder, but a file is expected here",
        "give a file name (for example report.html), not a folder",
    ),
    _errno.ENOTDIR: (
        "part of this path is a file, but a folder is expected there",
        "give a path whose folders are folders (move the file that is in the way)",
    ),
    _errno.ENOENT: ("there is no such file or folder", "check the path; create the folders it needs first"),
    _errno.EEXIST: ("something of this name is already there", "move it away or choose another name"),
    _errno.ENOSPC: ("the disk is full", "free some space, then run again"),
    _errno.ENAMETOOLONG: ("this path is too long", "choose a shorter file or folder name"),
    _errno.ELOOP: ("this path goes round in a loop of links", "replace the links by real folders"),
    _errno.EINVAL: ("this path or value is not valid here", "choose an ordinary file or folder name"),
}


def describe(exc: BaseException, *, brief: bool = False) -> str:
    """What a person reads about any error in a summary line: a :class:`NetkitError`'s message
    (``brief``: only what was wrong), an :class:`OSError` as a :class:`FileAccessError`, anything
    unexpected as its type and text."""
    if isinstance(exc, OSError) and not isinstance(exc, (TimeoutError, ConnectionError)):
        exc = FileAccessError.from_os_error(exc)
        return exc.message if not brief else f"{exc.location}: {exc.what}" if exc.location else exc.what
    if isinstance(exc, NetkitError):
        return exc.what if brief else exc.message
    return f"{exc.__class__.__name__}: {exc}"
