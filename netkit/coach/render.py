"""Roster → one personalised workbook per participant (papermill + nbformat).

The coach's main job. For each participant of a roster, the workshop template gets
papermill's injected-parameters cell holding that participant's whitelisted roster fields as
exact strings (papermill's *Python* API: its command line would turn ``"0612345678"`` into a
number and ``"no"`` into ``False``). The result goes to ``OUT/<participant folder>/`` and
``OUT/manifest.json`` lists who got what.

Rules kept here:

* nothing is written until the whole roster has been read and checked;
* a workbook a participant has touched (their answers exist, or the notebook differs from
  what was rendered) is never replaced silently: :class:`TouchedWorkbookError` without
  ``update=True``; with it, the notebook is refreshed, cells the participant added are carried
  over, the old notebook is kept in ``.netkit-backups/`` and the answers are not touched;
* one participant's failure (a bad value, a cell that raises under ``execute``) does not stop
  the others, and leaves no half-written notebook;
* notebook metadata keeps no absolute path of the coach's machine;
* every path under OUT goes through :mod:`netkit.paths`' guard: a symlinked participant folder,
  notebook or ``.netkit-backups`` is refused, never followed;
* a render can be interrupted (Ctrl-C, a killed machine) or partly fail and be run again: each
  notebook's digest is appended to a journal (``OUT/.netkit-journal.jsonl``) *before* the
  notebook is replaced, and the manifest is written after the prepare step and again at the end,
  so the next render recognises every notebook it wrote and retries what failed.

papermill is imported lazily: it costs over a second to import and most commands never need it.
"""

from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from netkit import __version__
from netkit.atomic import atomic_write_json, atomic_write_text
from netkit.batch import run_each
from netkit.coach.execute import (
    EXECUTE_LOG,
    _execute_job,
    _execution_error,
    _send_kernel_noise_to,
    clean_metadata,
    printout_path,
    write_printout,
)
from netkit.coach.journal import JOURNAL, journal, journal_path, known_digests, read_journal
from netkit.coach.manifest import read_manifest
from netkit.coach.roster import Participant, Roster, read_roster
from netkit.exceptions import RenderError, TouchedWorkbookError
from netkit.kept_copies import BACKUP_FOLDER as BACKUP_FOLDER
from netkit.kept_copies import backup_of, stamped
from netkit.paths import guard_dir, guard_file, manifest_path, participant_folder
from netkit.store.answers import answers_path
from netkit.store.document import DAMAGED_GLOB

__all__ = [
    "BACKUP_FOLDER",
    "CARRIED_DEFAULTS",
    "EXECUTE_LOG",
    "INJECTED_CELL_ID",
    "JOURNAL",
    "ParticipantResult",
    "RenderReport",
    "carry_over_cells",
    "carry_over_defaults",
    "clean_metadata",
    "journal",
    "journal_path",
    "known_digests",
    "load_template",
    "personalise",
    "printout_path",
    "read_journal",
    "render",
    "sha256_file",
    "touched_reason",
    "write_printout",
]

INJECTED_CELL_ID = "injected-parameters"


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


@dataclass
class RenderReport:
    """The outcome of a render: one result per participant and the manifest written."""

    out: Path
    results: list[ParticipantResult]
    manifest: Path
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)  # roster columns never put into a workbook
    kept: dict[str, str] = field(default_factory=dict)  # workshop/date/coach/country/language from the last render

    @property
    def failed(self) -> list[ParticipantResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        """A few lines a coach reads after the command finishes."""
        counts: dict[str, int] = {}
        for result in self.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        lines = [f"{len(self.results)} participants: {parts}. Manifest: {self.manifest}"]
        for result in self.failed:
            lines.append(f"  FAILED {result.participant.name} (roster line {result.participant.line}): {result.error}")
        return "\n".join(lines)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_template(path: str | Path) -> nbformat.NotebookNode:
    """Read a workbook template and check it has a cell tagged ``parameters``."""
    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise RenderError(
            "the workbook template does not exist",
            where=path,
            fix="give the path of a .ipynb file with --workbook, or leave it out",
        ) from None
    except Exception as exc:  # nbformat raises several kinds for a non-notebook
        raise RenderError(f"this is not a readable notebook ({exc.__class__.__name__})", where=path) from None
    if not any("parameters" in cell.get("metadata", {}).get("tags", []) for cell in nb.cells):
        raise RenderError(
            "the template has no cell tagged 'parameters'",
            where=path,
            fix="tag the cell that sets name = … with 'parameters' (View > Cell tags in JupyterLab)",
        )
    return nb


def personalise(template: nbformat.NotebookNode, participant: Participant) -> nbformat.NotebookNode:
    """A copy of ``template`` with the participant's parameters injected by papermill."""
    from papermill.parameterize import parameterize_notebook

    nb = copy.deepcopy(template)
    nb.metadata["papermill"] = {}
    for cell in nb.cells:  # papermill reads cell.metadata.tags on every cell
        cell.metadata.setdefault("tags", [])
    kernel = nb.metadata.get("kernelspec", {}).get("name") or "python3"
    nb = parameterize_notebook(nb, participant.workbook_parameters(), kernel_name=kernel, language="python")
    for cell in nb.cells:
        if not cell.metadata["tags"]:
            del cell.metadata["tags"]
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = INJECTED_CELL_ID
            cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
    return clean_metadata(nb)


def touched_reason(notebook: Path, recorded_digest: str | set[str] | None) -> str | None:
    """Why a participant's existing workbook counts as theirs now, or None if it does not.

    ``recorded_digest`` is what an earlier render wrote (one digest, or every digest the
    manifest and the journal of an interrupted render know)."""
    known = {recorded_digest} if isinstance(recorded_digest, str) else set(recorded_digest or ())
    answers = answers_path(notebook.parent)
    if answers.exists() or backup_of(answers).exists() or any(notebook.parent.glob(DAMAGED_GLOB)):
        return "they have saved answers"
    if notebook.exists():
        if not known:
            return "the notebook exists but was not made by an earlier render here"
        if sha256_file(notebook) not in known:
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


def render(
    roster: Roster | str | Path,
    out: str | Path,
    *,
    workbook: str | Path | None = None,
    execute: bool = False,
    jobs: int | None = None,
    html: bool = False,
    update: bool = False,
    progress: bool = True,
    defaults: dict[str, str] | None = None,
) -> RenderReport:
    """Render one personalised workbook per roster participant into ``out``.

    Raises :class:`~netkit.exceptions.NetkitError` (nothing written) for a bad roster or
    template, or when touched workbooks would be replaced without ``update``. Per-participant
    failures are reported in the returned :class:`RenderReport` instead.
    """
    from netkit.resources import default_workbook

    out = Path(out)
    previous = read_manifest(out)
    defaults, kept = carry_over_defaults(previous, defaults or {})
    if not isinstance(roster, Roster):
        roster = read_roster(roster, defaults=defaults)
    template_path = Path(workbook) if workbook else default_workbook()
    template = load_template(template_path)
    nb_name = template_path.name
    journal = read_journal(out)

    results = [ParticipantResult(p, participant_folder(out, p.name, p.id)) for p in roster.participants]
    touched = []
    for result in results:
        notebook = guard_file(out, result.folder / nb_name)
        guard_dir(out, result.folder / BACKUP_FOLDER)
        reason = touched_reason(notebook, known_digests(previous, journal, result.participant.id, nb_name))
        if reason:
            touched.append((result, reason))
    if touched and not update:
        names = "; ".join(f"{r.participant.name} ({reason})" for r, reason in touched)
        raise TouchedWorkbookError(
            f"{len(touched)} workbook(s) already hold participants' work, so nothing was rendered: {names}",
            where=out,
            fix="render into a new folder, or add --update to refresh the notebooks while keeping "
            "every answer and any cells participants added",
        )
    touched_ids = {id(r) for r, _ in touched}

    out.mkdir(parents=True, exist_ok=True)
    report = RenderReport(
        out=out,
        results=results,
        manifest=guard_file(out, manifest_path(out)),
        warnings=list(roster.warnings),
        ignored_columns=list(roster.ignored_columns),
        kept=kept,
    )
    prepared = run_each(  # inline; one bad participant must not stop the cohort
        lambda result: _prepare_one(template, nb_name, result, update=id(result) in touched_ids),
        results,
        progress=progress and len(results) > 1,
        desc="prepare",
        unit="workbook",
    )
    for result, outcome in zip(results, prepared):
        if not outcome.ok:
            result.status, result.error = "failed", outcome.error or ""

    if execute:
        _write_manifest(out, template_path, report, previous, defaults)  # an interrupted execution keeps this
        _execute_all([r for r in results if r.status != "failed"], jobs=jobs, html=html, progress=progress)
    elif html:  # the worksheets need only the parameters, not an executed notebook: the one just prepared
        for result, outcome in zip(results, prepared):
            if outcome.ok:
                result.printouts = [write_printout(outcome.value, printout_path(result.notebooks[0]))]

    _write_manifest(out, template_path, report, previous, defaults)
    journal_path(out).unlink(missing_ok=True)  # everything it held is in the manifest now
    return report


def _prepare_one(template, nb_name: str, result: ParticipantResult, *, update: bool) -> nbformat.NotebookNode:
    """Write one participant's notebook (journalled first; a replaced one backed up) and return it."""
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


def _execute_all(results: list[ParticipantResult], *, jobs: int | None, html: bool, progress: bool) -> None:
    """Execute the prepared workbooks, each kernel in a worker process (its noise sent to the log)."""
    if not results:
        return
    log = guard_file(results[0].folder.parent, results[0].folder.parent / EXECUTE_LOG)
    outcomes = run_each(
        _execute_job,
        [(str(r.notebooks[0]), html, r.participant.id) for r in results],
        jobs=max(1, jobs or os.cpu_count() or 1),
        pool="processes",
        describe=_execution_error,
        progress=progress,
        desc="execute",
        unit="workbook",
        initializer=_send_kernel_noise_to,
        initargs=(str(log),),
    )
    for result, outcome in zip(results, outcomes):
        if outcome.ok:
            result.status = "executed"
            result.digests[result.notebooks[0].name] = outcome.value["digest"]
            result.printouts = [Path(p) for p in outcome.value["printouts"]]
        else:
            result.status, result.error = "failed", outcome.error or ""


CARRIED_DEFAULTS = ("workshop", "workshop_date", "coach", "country", "language")


def carry_over_defaults(previous: dict, given: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """(defaults to use, the ones kept from the previous render's manifest) — new values win."""
    stored = previous.get("defaults")
    earlier = stored if isinstance(stored, dict) else {}
    kept = {key: str(earlier[key]) for key in CARRIED_DEFAULTS if not given.get(key) and earlier.get(key)}
    return {**{k: v for k, v in given.items() if v}, **kept}, kept


def _write_manifest(
    out: Path, template_path: Path, report: RenderReport, previous: dict, defaults: dict[str, str] | None = None
) -> None:
    entries = {}
    for entry in previous.get("participants", []):
        if entry.get("id"):
            entries[entry["id"]] = entry
    for result in report.results:
        p = result.participant
        old = entries.get(p.id, {})
        if result.status == "failed" and not old and not result.digests:
            continue
        entry = dict(old)
        entry.update({"id": p.id, "name": p.name, "folder": result.folder.name})
        if result.digests:  # written, even if its execution failed afterwards: a re-run must know it
            old_digests = old.get("sha256") if isinstance(old.get("sha256"), dict) else {}
            entry["notebooks"] = [str(nb.relative_to(out).as_posix()) for nb in result.notebooks]
            entry["sha256"] = {**old_digests, **result.digests}
            entry["printouts"] = [str(h.relative_to(out).as_posix()) for h in result.printouts]
            entry.pop("handouts", None)  # the printouts' name before 0.2.0: replaced, not kept beside
        entry["status"] = result.status
        entries[p.id] = entry
    manifest = {
        "netkit": __version__,
        "schema": 1,
        "workbook": template_path.name,
        "rendered_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "defaults": {k: v for k, v in (defaults or {}).items() if k in CARRIED_DEFAULTS and v},
        "participants": list(entries.values()),
    }
    atomic_write_json(report.manifest, manifest)
