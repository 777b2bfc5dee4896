"""Reading a render folder's answers (read-only) into a report, and the summary CSV."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from netkit.batch import run_each
from netkit.coach.collect.facts import EXERCISES, MIN_GROUP, NOT_SHARING, OPTED_OUT
from netkit.coach.collect.report import CohortReport, build_report, sharing_choice
from netkit.coach.manifest import read_manifest
from netkit.exceptions import NetkitError, RenderError
from netkit.exercises.registry import LiveSequence
from netkit.kept_copies import backup_of
from netkit.paths import guard_file, manifest_folder
from netkit.store import schema
from netkit.store.document import answers_path, read_copies, says_do_not_share

__all__ = ["CSV_HEADER", "collect", "read_manifest_entries", "read_render", "summary_rows", "write_summary_csv"]


# --------------------------------------------------------------------------- local folders
def _participant_folder(out: Path, entry: Mapping[str, Any]) -> Path:
    folder = manifest_folder(out, entry)
    if not folder.is_dir():
        raise RenderError(
            f"the folder {folder.name} is missing",
            where=out,
            fix="re-render this participant, or restore the folder from a backup",
        )
    answers = answers_path(folder)
    for copy in (answers, backup_of(answers)):
        guard_file(folder, copy)  # a linked answers file is refused, not read
    return folder


def read_manifest_entries(out: str | Path) -> list[dict]:
    """The participants listed in ``OUT/manifest.json`` (a missing or damaged manifest is a :class:`RenderError`)."""
    return read_manifest(out, required=True)["participants"]


def read_render(out: str | Path, *, progress: bool = False) -> list[tuple[dict, Any]]:
    """``(manifest entry, answers | None | error)`` for every participant of a render in ``out``."""
    out = Path(out)
    entries = read_manifest_entries(out)
    outcomes = run_each(  # inline: reading a folder is quick; a missing or damaged one is that row's problem
        lambda entry: _read_participant(_participant_folder(out, entry), entry),
        entries,
        expected=(NetkitError, OSError),
        progress=progress,
        desc="collect",
        unit="participant",
    )
    return [outcome.value if outcome.ok else (entry, outcome.exception) for entry, outcome in zip(entries, outcomes)]


def _read_participant(folder: Path, entry: dict) -> tuple[dict, Any]:
    """(entry, answers): a damaged main file is noted on the entry; a "no" in any copy holds.

    Each copy is parsed once: the main file's answers, when it parses, are the ones used (and its own "no" is
    already in them); the store's :func:`answers_from_copies` is asked only when it is missing, unreadable or
    damaged, to fall back on the backup or say why neither is usable."""
    from netkit.store.document import FILENAME, answers_from_copies, parse_document

    copies = read_copies(folder)
    main, where = copies[0][1], folder / FILENAME
    answers = None
    if isinstance(main, bytes):
        try:
            answers = dict(parse_document(main, where)["answers"])
        except ValueError as exc:
            entry = {**entry, "note": f"the answers file is damaged ({exc}); its backup was read"}
    if answers is None:
        answers, others = answers_from_copies(main, copies[1][1], where=where), copies
    else:
        others = copies[1:]  # the main file's own "no" is in its answers, read without parsing it again
    if answers is not None and (
        sharing_choice(answers) == "no" or any(says_do_not_share(data) for _name, data in others)
    ):
        answers = {**answers, schema.SHARE: False}
    return entry, answers


def collect(
    out: str | Path, *, progress: bool = False, today: _dt.date | None = None, min_group: int = MIN_GROUP
) -> CohortReport:
    """Read a render folder and build its cohort report (nothing is written)."""
    return build_report(read_render(out, progress=progress), today=today, min_group=min_group, source=str(out))


# --------------------------------------------------------------------------- CSV
CSV_HEADER = LiveSequence(  # one column per registered exercise, read at each use
    lambda: ("participant", "status", *(f"{label} %" for label in EXERCISES.values()), "overall %", "note")
)


def summary_rows(report: CohortReport) -> list[list[Any]]:
    """The progress table as rows for :data:`CSV_HEADER` (no contact, no message text)."""
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
