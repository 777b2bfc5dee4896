"""Reading a render folder's answers (read-only) into a report, and the summary CSV."""

from __future__ import annotations

import datetime as _dt
import fnmatch
import functools
import gc
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from netkit.atomic import special_kind
from netkit.batch import run_each
from netkit.coach.collect.consent import read_consented
from netkit.coach.collect.facts import EXERCISES, MIN_GROUP, NOT_SHARING, OPTED_OUT
from netkit.coach.collect.report import CohortReport, build_report, digest
from netkit.coach.manifest import read_manifest
from netkit.exceptions import AnswersError, NetkitError, RenderError
from netkit.exercises.registry import LiveSequence
from netkit.kept_copies import backup_of
from netkit.paths import manifest_folder
from netkit.store.document import BACKUP_NAME, DAMAGED_GLOB, FILENAME, MAX_BYTES, answers_path

__all__ = [
    "CSV_HEADER",
    "PARALLEL_FROM",
    "collect",
    "forget",
    "local_copies",
    "read_answers_readonly",
    "read_bounded",
    "read_manifest_entries",
    "read_render",
    "summary_rows",
    "write_summary_csv",
]


# --------------------------------------------------------------------------- local folders
def _existing(out: Path, folder: Path) -> Path:
    """``folder`` (a participant's, guarded), or the problem saying it is missing."""
    if not folder.is_dir():
        raise RenderError(
            f"the folder {folder.name} is missing",
            where=out,
            fix="re-render this participant, or restore the folder from a backup",
        )
    return folder


def read_manifest_entries(out: str | Path) -> list[dict]:
    """The participants listed in ``OUT/manifest.json`` (a missing or damaged manifest is a :class:`RenderError`)."""
    return read_manifest(out, required=True)["participants"]


#: From how many participants ``read_render`` uses a worker process per core (below, starting them costs more).
PARALLEL_FROM = 400


def read_render(
    out: str | Path, *, progress: bool = False, today: _dt.date | None = None, jobs: int | None = None
) -> list[tuple[dict, Any]]:
    """``(manifest entry, digest | error)`` for every participant of a render in ``out``: each folder's
    answers are read, judged and reduced to a :class:`~netkit.coach.collect.report.Digest` (for ``today``)
    one at a time, so a cohort of thousands never holds everyone's answers at once.

    Reading and reducing is pure computation, so a large cohort (:data:`PARALLEL_FROM` participants or
    more) is shared among worker processes, one per core (at most 4); ``jobs`` sets how many (1: none, as
    the coach's notebook view does: a kernel should not fork).
    """
    out = Path(out)
    entries = read_manifest_entries(out)
    today = today or _dt.date.today()
    first = not _SEEN  # nothing remembered: every folder is read, and signed where it is read (in the workers)
    signatures: list[tuple | None] = (
        [None] * len(entries) if first else [_signature(out, entry, today) for entry in entries]
    )
    todo = [i for i, sig in enumerate(signatures) if first or sig is None or _SEEN.get(sig) is None]
    if jobs is None:
        jobs = min(4, os.cpu_count() or 1) if len(todo) >= PARALLEL_FROM else 1
    fresh = {}
    reads = _read_entries(out, today, [entries[i] for i in todo], jobs=jobs, progress=progress, sign=first)
    for i, (sig, read) in zip(todo, reads):
        fresh[i] = read
        if first:
            signatures[i] = sig  # taken just before that folder was read, as it is above for a refresh
    seen, pairs = {}, []
    for index, (entry, sig) in enumerate(zip(entries, signatures)):
        if index in fresh:
            read = fresh[index]
            if isinstance(read, BaseException):  # the same files give the same problem: kept too
                note, result = None, read
            else:
                note, result = read[0].get("note"), read[1]
        else:
            note, result = _SEEN[sig]  # type: ignore[index]  # only a folder with a signature is remembered
        if sig is not None:
            seen[sig] = (note, result)
        pairs.append(({**entry, "note": note} if note else entry, result))
    _SEEN.clear()
    _SEEN.update(seen)  # only the folders of this render, as they are now: nothing piles up
    return pairs


#: A copy changed less than this long ago is read again next time (file times are coarser than a save).
_SETTLE_NS = 2_000_000_000

#: What the last ``read_render`` found, by folder signature (:func:`_signature`): a ``--watch`` refresh or a
#: notebook refresh reads again only the folders where a copy changed.
_SEEN: dict[tuple, tuple[Any, Any]] = {}


def forget() -> None:
    """Forget what earlier reads found: the next :func:`read_render` reads every folder (a benchmark's
    first read; a coach never needs it, a changed copy is always read again)."""
    _SEEN.clear()


def _signature(out: Path, entry: Mapping[str, Any], today: _dt.date) -> tuple | None:
    """Every copy collect would read in a participant's folder, as (name, inode, size, change time), with
    ``today`` (the figures depend on it); ``None`` (read it, keep nothing) when a copy is a link, was
    written in the last two seconds, or the folder cannot be listed. A save replaces the file (a new
    inode), so any change shows."""
    try:
        folder = manifest_folder(out, entry)
    except (OSError, NetkitError):
        return None
    return _folder_signature(out, folder, today)


def _folder_signature(
    out: Path, folder: Path, today: _dt.date, listed: list[os.DirEntry] | None = None
) -> tuple | None:
    """:func:`_signature` of a participant's folder already found (and guarded) by ``manifest_folder`` (``listed``:
    its copies as :func:`_listed_copies` just found them; otherwise listed here)."""
    recent = time.time_ns() - _SETTLE_NS
    try:
        copies = []
        for item in _listed_copies(folder) if listed is None else listed:
            if item.is_symlink():
                return None
            status = item.stat(follow_symlinks=False)
            if max(status.st_mtime_ns, status.st_ctime_ns) > recent:
                return None  # written a moment ago: a same-size rewrite in the same clock tick would hide
            copies.append((item.name, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns))
    except (OSError, NetkitError):
        return None
    return (
        _resolved(out) if out.is_absolute() else str(out.resolve()),
        str(folder),
        today.isoformat(),
        tuple(sorted(copies)),
    )


@functools.lru_cache(maxsize=64)
def _resolved(out: Path) -> str:
    """An absolute ``out`` resolved, once per render folder and process (a signature is taken for every
    participant; a relative one is resolved each time, as the working folder may change)."""
    return str(out.resolve())


#: How many participants a worker process reads per task: handing a task over (pickling it, a round trip
#: through a pipe) costs about as much as reading a participant, so it is paid once per batch.
BATCH = 64

#: A participant's own problem: their row says it, the others are read.
_THEIR_OWN = (NetkitError, OSError)


#: What reading one participant gives: their folder's signature (``None`` unless asked for, see :func:`_signature`),
#: and ``(entry, digest)`` or their own problem.
_Read = tuple[tuple | None, tuple[dict, Any] | BaseException]


def _read_entries(
    out: Path, today: _dt.date, entries: list[dict], *, jobs: int, progress: bool, sign: bool = False
) -> list[_Read]:
    """``(signature, (entry, digest) or the participant's own problem)`` for each of ``entries`` in order: inline
    (``jobs`` 1), or in batches of up to :data:`BATCH` shared among ``jobs`` worker processes. ``sign``: take
    each folder's :func:`_signature` just before reading it (a first read: the workers share that work too).
    Any other exception is a bug: raised once the others were read."""
    if jobs <= 1:
        outcomes = run_each(
            functools.partial(_read_signed, out, today, sign),
            entries,
            expected=(),
            progress=progress,
            desc="collect",
            unit="participant",
        )
        return [outcome.value for outcome in outcomes]
    # The first participant is read here, before the workers are forked: they inherit what it imported and built
    # (the decoder, the readers' modules; the linter only if their messages had to be linted again, when the
    # others' likely must be too), instead of each doing it for its own first participant.
    first, bug, rest = None, None, entries[1:]
    try:
        first = _read_signed(out, today, sign, entries[0]) if entries else None
    except Exception as exc:  # a bug: raised once the others were read, as a worker's is
        bug = exc
    size = max(1, min(BATCH, -(-len(rest) // (4 * jobs))))  # at least 4 batches a worker: they end together
    batches = [rest[start : start + size] for start in range(0, len(rest), size)]
    gc.freeze()  # what the workers inherit is left out of their collections: no copy of every page it sits on
    try:
        done = run_each(
            functools.partial(_read_batch, out, today, sign),
            batches,
            jobs=jobs,
            pool="processes",
            expected=(),
            progress=progress,
            desc=f"collect, in parts of {size} participants",
            unit="part",
        )
    finally:
        gc.unfreeze()
    if bug is not None:
        raise bug
    return ([first] if first is not None else []) + [read for outcome in done for read in outcome.value]


def _read_batch(out: Path, today: _dt.date, sign: bool, entries: list[dict]) -> list[_Read]:
    """:func:`_read_signed` for each of ``entries`` (module level: a worker process runs it)."""
    return [_read_signed(out, today, sign, entry) for entry in entries]


def _read_signed(out: Path, today: _dt.date, sign: bool, entry: dict) -> _Read:
    """The folder's signature when ``sign`` (taken first: a copy saved while it is read shows next time), and
    ``(entry, digest)`` of that manifest entry, read and reduced, or the participant's own problem in its place
    (module level: a worker process runs it)."""
    try:
        folder = manifest_folder(out, entry)  # found and guarded once, for the signature and the read
    except _THEIR_OWN as exc:
        return None, exc
    signature, listed = None, None
    if sign:  # one listing for the signature and the read (a folder that cannot be listed: read as without)
        try:
            listed = _listed_copies(folder)
        except OSError:
            pass
        else:
            signature = _folder_signature(out, folder, today, listed)
    try:
        # a folder just listed is there: not looked up again
        found = folder if listed is not None else _existing(out, folder)
        return signature, _read_participant(found, entry, today, listed)
    except _THEIR_OWN as exc:
        return signature, exc


def _listed_copies(folder: Path) -> list[os.DirEntry]:
    """The copies collect reads in ``folder`` (main file, backup, damaged copies), as one listing finds them;
    ``OSError`` when it cannot be listed."""
    with os.scandir(folder) as listing:
        return [item for item in listing if item.name in (FILENAME, BACKUP_NAME) or _is_damaged_copy(item.name)]


def _read_participant(
    folder: Path, entry: dict, today: _dt.date | None, listed: list[os.DirEntry] | None = None
) -> tuple[dict, Any]:
    """(entry, digest): every copy read through :func:`read_bounded` and judged by
    :func:`~netkit.coach.collect.consent.read_consented` (the same decision as ``collect --hub``); ``listed``: the
    copies a listing of the folder just found (:func:`local_copies`)."""
    names = None if listed is None else [item.name for item in listed]
    answers, consent, note = read_consented(local_copies(folder, names), where=folder / FILENAME)
    # answers read from a file are migrated as they are checked (check_document): not read through again; the
    # choice is the one just decided from every copy (what sharing_choice would say of these answers again)
    return ({**entry, "note": note} if note else entry), digest(
        answers, today=today, migrated=True, choice=consent.choice
    )


def read_answers_readonly(folder: str | Path) -> dict | None:
    """The answers saved in ``folder`` as collect counts them (``None`` when none are saved), writing nothing:
    every copy read bounded, the sharing choice decided by :func:`read_consented` and written into them."""
    folder = Path(folder)
    answers, _consent, _note = read_consented(local_copies(folder), where=folder / FILENAME)
    return answers


def local_copies(folder: Path, listed: Iterable[str] | None = None) -> Iterator[tuple[str, Callable[[], Any]]]:
    """``(name, read it)`` for the main file, its backup and every damaged copy of a participant's folder,
    in that order; nothing is read (the folder is not even listed) until asked. ``listed``: the names a listing of
    the folder found a moment ago (a first collect lists it for the folder's signature): the backup and the damaged
    copies are those (a copy saved since changes the signature, so the next refresh reads it); the main file is
    read whatever the listing says."""
    path = answers_path(folder)
    yield FILENAME, lambda: read_bounded(folder, path, follow_links=False)
    names = None if listed is None else set(listed)
    if names is None or BACKUP_NAME in names:
        yield BACKUP_NAME, lambda: read_bounded(folder, backup_of(path), follow_links=False)
    try:
        if names is None:
            with os.scandir(folder) as listing:  # one listing (a glob would list and match in Python per name)
                names = {item.name for item in listing}
        damaged = sorted(name for name in names if _is_damaged_copy(name))
    except OSError as exc:
        error = exc
        yield f"the folder {folder.name}", lambda: error
        return
    for name in damaged:
        yield name, functools.partial(read_bounded, folder, folder / name)


def _is_damaged_copy(name: str) -> bool:
    """Is ``name`` a damaged copy the workbook set aside? (The same test for reading and for a refresh's
    :func:`_signature`, so a refresh never misses a copy the read would take.)"""
    return fnmatch.fnmatchcase(name, DAMAGED_GLOB)


def _refused(path: Path, what: str) -> AnswersError:
    return AnswersError(
        f"{path.name} {what}; it is not read",
        where=path,
        fix="move it out of the participant's folder (netkit only reads regular files there), then collect again",
    )


def read_bounded(folder: Path, path: Path, *, limit: int = MAX_BYTES, follow_links: bool = True) -> Any:
    """The bytes of ``path`` (``None`` when it is not there), or the error saying why it is not read.

    Only a regular file is read, and only when it is no larger than ``limit``, checked before reading: a
    named pipe (which would block for ever), a device (``/dev/zero`` never ends), a socket or a folder is
    refused, and so is a link leading outside the participant's ``folder`` (or any link, without
    ``follow_links``). The file is opened without blocking and checked again once open, so swapping it
    for a pipe between the check and the read changes nothing. Never raises for a file's sake.
    """
    try:
        status = os.lstat(path)
        target: str | Path = path
        if stat.S_ISLNK(status.st_mode):
            if not follow_links:
                return _refused(path, "is a link; netkit does not follow links to answers files")
            target, base = os.path.realpath(path), os.path.realpath(folder)
            if not _inside(target, base):
                return _refused(path, "is a link leading outside the participant's folder")
            status = os.stat(target)
        problem = _not_readable(status, limit)
        if problem:
            return _refused(path, problem)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(target, flags), "rb", buffering=0) as handle:
            status = os.fstat(handle.fileno())
            problem = _not_readable(status, limit)
            if problem:
                return _refused(path, problem)
            # Sized to the file, not to the cap: read(n) sets n bytes aside before reading anything.
            data = handle.read(min(status.st_size, limit) + 1) or b""
            while len(data) > status.st_size and len(data) <= limit:  # it grew since: read on, up to the cap
                more = handle.read(min(1 << 20, limit + 1 - len(data)))
                if not more:
                    break
                data += more
        if len(data) > limit:
            return _refused(path, f"is larger than {limit // (1024 * 1024)} MiB")
        return data
    except FileNotFoundError:
        return None
    except OSError as exc:
        return exc


def _inside(target: str, base: str) -> bool:
    try:
        return os.path.commonpath([target, base]) == base
    except ValueError:  # another drive (Windows): not inside
        return False


def _not_readable(status: os.stat_result, limit: int) -> str:
    kind = special_kind(status.st_mode)
    if kind == "not an ordinary file":
        return "is not a regular file"
    if kind:
        return f"is not a regular file but {kind}"
    if status.st_size > limit:
        return f"is larger than {limit // (1024 * 1024)} MiB"
    return ""


def collect(
    out: str | Path,
    *,
    progress: bool = False,
    today: _dt.date | None = None,
    min_group: int = MIN_GROUP,
    jobs: int | None = None,
) -> CohortReport:
    """Read a render folder and build its cohort report (nothing is written; ``jobs`` as for :func:`read_render`)."""
    today = today or _dt.date.today()
    pairs = read_render(out, progress=progress, today=today, jobs=jobs)
    return build_report(pairs, today=today, min_group=min_group, source=str(out))


# --------------------------------------------------------------------------- CSV
#: The summary CSV's header: one column per registered exercise, read at each use.
CSV_HEADER = LiveSequence(
    lambda: ("participant", "status", *(f"{label} %" for label in EXERCISES.values()), "overall %", "note")
)


def summary_rows(report: CohortReport) -> list[list[Any]]:
    """The progress table as rows for :data:`CSV_HEADER` (no contact, no message text, and no one who shares
    without their name: their group's figure is only in the HTML report, held as its other figures are)."""
    rows = []
    for row in report.rows:
        percents = [row.percent.get(key, "") if row.status not in (OPTED_OUT, NOT_SHARING) else "" for key in EXERCISES]
        rows.append(
            [row.name, row.status, *percents, row.overall if row.overall is not None else "", row.problem or row.note]
        )
    return rows


def write_summary_csv(report: CohortReport, path: str | Path) -> Path:
    """The progress table as a spreadsheet-safe CSV (UTF-8 with BOM, formulas neutralised)."""
    from netkit.csvsafe import write_csv

    return write_csv(path, CSV_HEADER, summary_rows(report))
