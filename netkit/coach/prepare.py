"""Writing a cohort's notebooks into OUT: which folders hold participants' work, then every notebook.

:func:`find_touched` lists OUT once, so only a participant whose folder is already there has it
checked file by file (the first render of 5,000 makes no check per participant at all).
:func:`prepare_all` writes the notebooks in batches of :data:`BATCH`: the caller's thread makes a
batch's texts (:class:`~netkit.coach.personalise.WorkbookTexts`, one text maker per language) while a
writer thread writes the batch before it with :func:`netkit.atomic.atomic_write_many`, whose
``before_replace`` appends the batch's digests to the render journal with one fsync, before any of
its notebooks is replaced.
A touched participant's notebook (``--update``) is refreshed one by one: cells they added carried
over, the old notebook kept in ``.netkit-backups/``.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from netkit.atomic import SYNC_THREADS, atomic_write_many, atomic_write_text
from netkit.batch import progress_bar
from netkit.coach.journal import journal, journal_many
from netkit.coach.personalise import WorkbookTexts, personalise
from netkit.coach.roster import Participant
from netkit.exceptions import describe
from netkit.kept_copies import BACKUP_FOLDER, backup_of, stamped
from netkit.paths import guard_dir, guard_file
from netkit.store.answers import answers_path
from netkit.store.document import DAMAGED_GLOB

__all__ = [
    "BATCH",
    "ParticipantResult",
    "carry_over_cells",
    "find_touched",
    "prepare_all",
    "sha256_file",
    "touched_reason",
]

#: Notebooks written (and journalled, and fsync'd) together: large enough that the fsyncs of a batch
#: are committed together, small enough that an interrupted render has little left to redo.
BATCH = 128


@dataclass
class ParticipantResult:
    """What happened to one participant's workbook."""

    participant: Participant
    folder: Path
    notebooks: list[Path] = field(default_factory=list)
    status: str = "pending"  # written | unchanged | updated | executed | failed
    error: str = ""
    digests: dict[str, str] = field(default_factory=dict)
    printouts: list[Path] = field(default_factory=list)


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file's bytes: how the manifest and the journal know a notebook render wrote."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def touched_reason(notebook: Path, recorded_digest: str | set[str] | None, *, digest: str | None = None) -> str | None:
    """Why a participant's existing workbook counts as theirs now, or None if it does not.

    ``recorded_digest`` is what an earlier render wrote (one digest, or every digest the
    manifest and the journal of an interrupted render know); ``digest`` the notebook's own,
    when the caller has already read it."""
    known = {recorded_digest} if isinstance(recorded_digest, str) else set(recorded_digest or ())
    answers = answers_path(notebook.parent)
    if answers.exists() or backup_of(answers).exists() or any(notebook.parent.glob(DAMAGED_GLOB)):
        return "they have saved answers"
    if notebook.exists():
        if not known:
            return "the notebook exists but was not made by an earlier render here"
        if (digest or sha256_file(notebook)) not in known:
            return "the notebook was changed after it was rendered"
    return None


def carry_over_cells(old: nbformat.NotebookNode, new: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Put the cells a participant added to ``old`` into ``new`` after the cell they followed."""
    new_ids = [cell.get("id") for cell in new.cells]
    template_ids = set(new_ids)
    result = list(new.cells)
    anchor = None
    for cell in old.cells:
        cid = cell.get("id")
        if cid in template_ids:
            anchor = cid
            continue
        position = (next(i for i, c in enumerate(result) if c.get("id") == anchor) + 1) if anchor else 0
        result.insert(position, cell)
        anchor = cid
    new.cells = result
    return new


def find_touched(
    out: Path, results: list[ParticipantResult], nb_name: str, known: dict[tuple[str, str], set[str]]
) -> tuple[list[tuple[ParticipantResult, str]], dict[int, str]]:
    """([(result, why their workbook is theirs now)], {id(result): digest of the notebook already there}).

    ``known`` is :func:`~netkit.coach.journal.digest_index` of the last manifest and journal. Every
    path below OUT that is looked at goes through the path guard."""
    present = _names_in(out)
    touched = []
    on_disk: dict[int, str] = {}
    for result in results:
        if _folded(result.folder.name) not in present:
            continue  # nothing of theirs on disk: nothing to keep, no link to follow (checked again when written)
        notebook = guard_file(out, result.folder / nb_name)
        guard_dir(out, result.folder / BACKUP_FOLDER)
        if notebook.exists():
            on_disk[id(result)] = sha256_file(notebook)
        recorded = known.get((result.participant.id, nb_name), set())
        reason = touched_reason(notebook, recorded, digest=on_disk.get(id(result)))
        if reason:
            touched.append((result, reason))
    return touched, on_disk


def prepare_all(
    out: Path,
    templates: Mapping[str, nbformat.NotebookNode],
    nb_name: str,
    results: list[ParticipantResult],
    *,
    touched_ids: set[int],
    on_disk: dict[int, str],
    progress: bool,
) -> tuple[WorkbookTexts | None, dict[int, nbformat.NotebookNode]]:
    """Write every participant's notebook (see the module's notes); each failure is that participant's
    own (``result.status == "failed"``). ``templates`` holds the template by language (``{"": the
    default, "de": German, …}``; only ``""`` when everyone gets the same): each participant gets theirs, see
    :func:`~netkit.coach.personalise.template_key`). Returns the texts' maker (for printouts) and the
    notebooks of the touched participants, refreshed one by one."""
    texts = WorkbookTexts(templates) if results else None
    updated: dict[int, nbformat.NotebookNode] = {}
    bar = progress_bar(len(results), desc="prepare", unit="workbook", progress=progress and len(results) > 1)
    try:
        # One batch in flight: the texts of two batches at most are held, and both cores are busy.
        with ThreadPoolExecutor(SYNC_THREADS) as pool, ThreadPoolExecutor(1) as writer:
            in_flight: Future | None = None
            for start in range(0, len(results), BATCH):
                batch = results[start : start + BATCH]
                for result in batch:
                    if id(result) in touched_ids:
                        try:
                            assert texts is not None
                            updated[id(result)] = _prepare_one(
                                texts.template(result.participant), nb_name, result, update=True
                            )
                        except Exception as exc:  # one bad participant must not stop the cohort
                            result.status, result.error = "failed", describe(exc)
                assert texts is not None
                writes = _batch_texts(out, texts, nb_name, [r for r in batch if id(r) not in touched_ids], on_disk)
                if in_flight is not None:
                    bar.update(in_flight.result())
                in_flight = writer.submit(_write_batch, out, nb_name, writes, len(batch), executor=pool)
            if in_flight is not None:
                bar.update(in_flight.result())
    finally:
        bar.close()
    return texts, updated


def _folded(name: str) -> str:
    """A file name as a case-insensitive, normalisation-insensitive file system (macOS, Windows) compares it."""
    return unicodedata.normalize("NFC", name).casefold()


def _names_in(out: Path) -> set[str]:
    """The names in ``out`` (:func:`_folded`), listed once, so that participants with no folder there yet
    (all of them, the first time) need no file-by-file check."""
    try:
        with os.scandir(out) as entries:
            return {_folded(entry.name) for entry in entries}
    except (FileNotFoundError, NotADirectoryError):
        return set()


def _batch_texts(
    out: Path, texts: WorkbookTexts, nb_name: str, batch: list[ParticipantResult], on_disk: dict[int, str]
) -> list[tuple[ParticipantResult, Path, bytes, str]]:
    """The notebooks to write for a batch of participants (none of them touched): (result, notebook, text,
    digest). A notebook already on disk with the same digest is left alone (``unchanged``); a participant
    whose text fails is ``failed``, alone. (Paths are guarded by :func:`_write_batch`, just before writing.)"""
    writes = []
    for result in batch:
        target = result.folder / nb_name
        try:
            data = texts.text(result.participant).encode("utf-8")
        except Exception as exc:  # one bad participant must not stop the cohort
            result.status, result.error = "failed", describe(exc)
            continue
        digest = hashlib.sha256(data).hexdigest()
        if on_disk.get(id(result)) == digest:
            result.notebooks, result.digests, result.status = [target], {nb_name: digest}, "unchanged"
        else:
            writes.append((result, target, data, digest))
    return writes


def _write_batch(
    out: Path,
    nb_name: str,
    writes: list[tuple[ParticipantResult, Path, bytes, str]],
    size: int,
    *,
    executor: ThreadPoolExecutor,
) -> int:
    """Write a batch's notebooks: their digests journalled at once before any is replaced, the files by
    :func:`~netkit.atomic.atomic_write_many`; each participant's failure is their own. Every path goes
    through the path guard first (a link planted since OUT was checked is refused, not followed).
    Returns ``size`` (how far the progress bar moves)."""
    guarded = []
    for write in writes:
        result, target = write[0], write[1]
        try:
            guard_dir(out, result.folder)
            guard_file(out, target)
        except Exception as exc:
            result.status, result.error = "failed", describe(exc)
            continue
        guarded.append(write)
    writes = guarded
    if not writes:
        return size
    rows = [(result.participant.id, nb_name, digest) for result, _target, _data, digest in writes]
    try:
        errors = atomic_write_many(
            [(target, data) for _result, target, data, _digest in writes],
            before_replace=lambda: journal_many(out, rows),
            executor=executor,
        )
    except Exception as exc:  # the journal could not be written: nothing of the batch was replaced
        errors = [exc] * len(writes)
    for (result, target, _data, digest), error in zip(writes, errors):
        if error is None:
            result.notebooks, result.digests, result.status = [target], {nb_name: digest}, "written"
        else:
            result.status, result.error = "failed", describe(error)
    return size


def _prepare_one(template, nb_name: str, result: ParticipantResult, *, update: bool) -> nbformat.NotebookNode:
    """Write one participant's notebook (journalled first; a replaced one backed up) and return it: the way
    a touched participant's notebook is refreshed under ``update``, cells they added carried over."""
    nb = personalise(template, result.participant)
    out = result.folder.parent
    target = guard_file(out, result.folder / nb_name)
    result.folder.mkdir(parents=True, exist_ok=True)
    status = "written"
    old_text = target.read_text(encoding="utf-8") if target.exists() else None
    if old_text is not None and update:
        nb = carry_over_cells(nbformat.reads(old_text, as_version=4), nb)
        status = "updated"
    text = nbformat.writes(nb)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if text == old_text:
        status = "unchanged"  # nothing replaced, so no backup either
    else:
        if status == "updated" and old_text is not None:  # a backup only of a notebook that is replaced
            backups = guard_dir(out, result.folder / BACKUP_FOLDER)
            atomic_write_text(guard_file(out, stamped(backups / target.name)), old_text)
        journal(out, result.participant.id, nb_name, digest)
        atomic_write_text(target, text)
    result.notebooks = [target]
    result.digests = {nb_name: digest}
    result.status = status
    return nb
