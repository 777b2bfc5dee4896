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

How it stays close to the cost of writing the files (a cohort of thousands): the notebooks'
text is made once (once per language: a participant whose roster ``language`` is ``de`` gets the
default workbook's German copy, ``workshop.de.ipynb``, under the same name) and filled in per participant
(:class:`~netkit.coach.personalise.WorkbookText`),
they are written in batches with one journal fsync each and their own fsyncs side by side, and OUT
is listed once (:mod:`netkit.coach.prepare`).

papermill is imported lazily: it costs over a second to import and most commands never need it.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from netkit import __version__
from netkit.atomic import atomic_write_json
from netkit.coach.execute import (
    EXECUTE_LOG,
    clean_metadata,
    execute_workbooks,
    printout_path,
    write_printout,
)
from netkit.coach.journal import JOURNAL, digest_index, journal, journal_path, known_digests, read_journal
from netkit.coach.manifest import read_manifest
from netkit.coach.personalise import INJECTED_CELL_ID, WorkbookText, WorkbookTexts, load_template, personalise
from netkit.coach.prepare import (
    BATCH,
    ParticipantResult,
    carry_over_cells,
    find_touched,
    prepare_all,
    sha256_file,
    touched_reason,
)
from netkit.coach.roster import Roster, read_roster
from netkit.exceptions import TouchedWorkbookError
from netkit.kept_copies import BACKUP_FOLDER as BACKUP_FOLDER
from netkit.paths import claim_output_folder, guard_file, manifest_path, participant_folder

__all__ = [
    "BACKUP_FOLDER",
    "BATCH",
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
    "WorkbookText",
]


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
    columns: dict[str, str] | None = None,
) -> RenderReport:
    """Render one personalised workbook per roster participant into ``out``.

    ``columns`` maps roster headers to fields (``--column``; :func:`netkit.coach.roster.map_columns`).

    Without ``workbook``, each participant gets the default workbook in their roster language (its
    translation, written under the same file name); a ``workbook`` the coach gives is everyone's.

    Raises :class:`~netkit.exceptions.NetkitError` (nothing written) for a bad roster or
    template, or when touched workbooks would be replaced without ``update``. Per-participant
    failures are reported in the returned :class:`RenderReport` instead.
    """
    out = Path(out)
    previous = read_manifest(out)
    defaults, kept = carry_over_defaults(previous, defaults or {})
    if not isinstance(roster, Roster):
        roster = read_roster(roster, defaults=defaults, columns=columns)
    template_path, templates, language_warnings = _templates(roster, workbook)
    nb_name = template_path.name
    known = digest_index(previous, read_journal(out))

    results = [ParticipantResult(p, participant_folder(out, p.name, p.id)) for p in roster.participants]
    touched, on_disk = find_touched(out, results, nb_name, known)
    if touched and not update:
        _refuse_touched(out, touched)

    claim_output_folder(out, "render")  # created, empty, or this command's own: never a foreign folder
    report = RenderReport(
        out=out,
        results=results,
        manifest=guard_file(out, manifest_path(out)),
        warnings=list(roster.warnings) + language_warnings,
        ignored_columns=list(roster.ignored_columns),
        kept=kept,
    )
    texts, updated = prepare_all(
        out, templates, nb_name, results, touched_ids={id(r) for r, _ in touched}, on_disk=on_disk, progress=progress
    )

    if execute:
        _write_manifest(out, template_path, report, previous, defaults)  # an interrupted execution keeps this
        _execute_all([r for r in results if r.status != "failed"], jobs=jobs, html=html, progress=progress)
    elif html and texts is not None:  # the worksheets need only the parameters, not an executed notebook
        _write_printouts(results, texts, updated)

    _write_manifest(out, template_path, report, previous, defaults)
    journal_path(out).unlink(missing_ok=True)  # everything it held is in the manifest now
    return report


def _templates(roster: Roster, workbook: str | Path | None) -> tuple[Path, dict, list[str]]:
    """The workbook's path, its template per roster language (``{"": template}`` when the coach gave one:
    everyone's; else the default workbook and its translations), and warnings for languages without one."""
    from netkit.resources import default_workbook

    template_path = Path(workbook) if workbook else default_workbook()
    template = load_template(template_path)
    templates, warnings = ({"": template}, []) if workbook else _language_templates(roster, template)
    return template_path, templates, warnings


def _write_printouts(results: list[ParticipantResult], texts: WorkbookTexts, updated: dict) -> None:
    """Each rendered participant's printout, from the notebook's parameters (no execution needed)."""
    for result in results:
        if result.status != "failed":
            nb = updated.get(id(result)) or texts.notebook(result.participant)
            result.printouts = [write_printout(nb, printout_path(result.notebooks[0]))]


def _refuse_touched(out: Path, touched: list) -> None:
    """Workbooks that already hold participants' work are never replaced without ``--update``: say whose."""
    names = "; ".join(f"{r.participant.name} ({reason})" for r, reason in touched)
    raise TouchedWorkbookError(
        f"{len(touched)} workbook(s) already hold participants' work, so nothing was rendered: {names}",
        where=out,
        fix="render into a new folder, or add --update to refresh the notebooks while keeping "
        "every answer and any cells participants added",
    )


def _language_templates(roster: Roster, template) -> tuple[dict, list[str]]:
    """The default workbook in each language the roster's participants have (``{"": English, "de": …}``),
    and a warning for a language whose workbook is missing (its participants get the English one).

    Only the default workbook comes in several languages: a coach's own ``--workbook`` is everyone's."""
    from netkit.languages import DEFAULT_LANGUAGE, language_name
    from netkit.resources import default_workbook

    templates = {"": template}
    warnings = []
    wanted = sorted({str(p.fields.get("language") or "") for p in roster.participants} - {"", DEFAULT_LANGUAGE})
    for language in wanted:
        path = default_workbook(language)
        if path.exists():
            templates[language] = load_template(path)
        else:
            warnings.append(
                f"there is no {language_name(language)} workbook ({path.name}), so participants with language "
                f"{language} get the English one (run `netkit compose` to make it)"
            )
    return templates, warnings


def _execute_all(results: list[ParticipantResult], *, jobs: int | None, html: bool, progress: bool) -> None:
    """Execute the prepared workbooks, each kernel in a worker process (its noise sent to the log)."""
    if not results:
        return
    log = guard_file(results[0].folder.parent, results[0].folder.parent / EXECUTE_LOG)
    outcomes = execute_workbooks(
        [(str(r.notebooks[0]), html, r.participant.id) for r in results],
        log=log,
        workers=max(1, jobs or os.cpu_count() or 1),
        progress=progress,
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
