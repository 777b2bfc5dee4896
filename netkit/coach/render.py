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

How it stays close to the cost of writing the files (a cohort of thousands): papermill's
injection and nbformat's validating writer run once, on the first participant, and
:class:`WorkbookText` then fills only the two places that differ (the injected cell's source,
from papermill's own translator, and the recorded parameters) into that text, after checking it
gives the first participant's notebook byte for byte; notebooks are written in batches of
:data:`BATCH` (:func:`netkit.atomic.atomic_write_many`: the batch's digests journalled with one
fsync, the notebooks' fsyncs side by side in threads); and OUT is listed once, so only a
participant whose folder is already there has it checked file by file.

papermill is imported lazily: it costs over a second to import and most commands never need it.
"""

from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import json
import os
import unicodedata
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from netkit import __version__
from netkit.atomic import SYNC_THREADS, atomic_write_json, atomic_write_many, atomic_write_text
from netkit.batch import progress_bar, run_each
from netkit.coach.execute import (
    EXECUTE_LOG,
    _execute_job,
    _execution_error,
    _send_kernel_noise_to,
    clean_metadata,
    printout_path,
    write_printout,
)
from netkit.coach.journal import (
    JOURNAL,
    digest_index,
    journal,
    journal_many,
    journal_path,
    known_digests,
    read_journal,
)
from netkit.coach.manifest import read_manifest
from netkit.coach.roster import Participant, Roster, read_roster
from netkit.exceptions import RenderError, TouchedWorkbookError, describe
from netkit.kept_copies import BACKUP_FOLDER as BACKUP_FOLDER
from netkit.kept_copies import backup_of, stamped
from netkit.paths import guard_dir, guard_file, manifest_path, participant_folder
from netkit.store.answers import answers_path
from netkit.store.document import DAMAGED_GLOB

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

INJECTED_CELL_ID = "injected-parameters"
#: Notebooks written (and journalled, and fsync'd) together: large enough that the fsyncs of a batch
#: are committed together, small enough that an interrupted render has little left to redo.
BATCH = 128
#: nbformat's JSON writer's settings (``nbformat.v4.nbjson``), which :class:`WorkbookText` follows.
_NB_JSON = {"indent": 1, "sort_keys": True, "separators": (",", ": "), "ensure_ascii": False}


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
    kept: dict[str, str] = field(default_factory=dict)  # workshop/date/coach/country carried from the last render

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


class WorkbookText:
    """The text of each participant's notebook, as ``nbformat.writes(personalise(template, p))`` gives it,
    at a fraction of the cost: a cohort's notebooks differ only in the injected cell's source and the
    parameters recorded in the metadata.

    The first participant's notebook is made the full way (papermill injects, nbformat validates and
    writes). That text is cut where the two values go; for everyone, the source comes from papermill's
    own translator and both values are encoded as nbformat's writer would. The cut is kept only if it
    gives the first participant's text back byte for byte; otherwise (a template this does not
    foresee) every notebook is made the full way.
    """

    def __init__(self, template: nbformat.NotebookNode, first: Participant) -> None:
        self.template = template
        self.kernel = template.metadata.get("kernelspec", {}).get("name") or "python3"
        self._codify = _parameters_source(self.kernel)
        self.first = personalise(template, first)
        reference = nbformat.writes(self.first)
        self._parts = self._cut(reference)
        if self._parts is not None and self._fill(first) != reference:
            self._parts = None
        self.exact = self._parts is not None  # (False: the full way for everyone)

    def text(self, participant: Participant) -> str:
        """The participant's notebook as written to disk."""
        if self._parts is None:
            return nbformat.writes(personalise(self.template, participant))
        return self._fill(participant)

    def notebook(self, participant: Participant) -> nbformat.NotebookNode:
        """What a printout needs of the participant's notebook: the cells (shared, not to be changed) and
        the metadata with their parameters."""
        metadata = copy.copy(self.first.metadata)
        metadata["papermill"] = nbformat.NotebookNode(parameters=participant.workbook_parameters())
        return nbformat.NotebookNode(self.first, cells=self.first.cells, metadata=metadata)

    def _cut(self, reference: str) -> list[tuple[str, str]] | None:
        """[(text before, indent of the value that follows)] ×2 and the text after, or None."""
        data = json.loads(reference)
        cells = [c for c in data.get("cells", []) if c.get("id") == INJECTED_CELL_ID]
        papermill = data.get("metadata", {}).get("papermill")
        if len(cells) != 1 or not isinstance(papermill, dict):
            return None
        mark = uuid.uuid4().hex
        source, parameters = json.dumps(f"source-{mark}"), json.dumps(f"parameters-{mark}")
        cells[0]["source"], papermill["parameters"] = json.loads(source), json.loads(parameters)
        text = json.dumps(data, **_NB_JSON)  # type: ignore[arg-type]
        if text.count(source) != 1 or text.count(parameters) != 1 or text.index(source) > text.index(parameters):
            return None
        head, rest = text.split(source)
        middle, tail = rest.split(parameters)
        return [(head, _indent(head)), (middle, _indent(middle)), (tail, "")]

    def _fill(self, participant: Participant) -> str:
        assert self._parts is not None
        parameters = participant.workbook_parameters()
        source = self._codify(parameters, "Parameters")
        lines = source.splitlines(True) if source else source  # nbformat's split_lines
        (head, at_source), (middle, at_parameters), (tail, _) = self._parts
        return "".join((head, _json_at(lines, at_source), middle, _json_at(parameters, at_parameters), tail))


def _json_at(value: object, indent: str) -> str:
    """``value`` as nbformat's writer puts it at a line indented by ``indent``: ``json.dumps`` with indent=1.

    json's indenting encoder is written in Python; a flat list of texts (a cell's source lines) and a
    flat object of texts (the parameters) are joined here from the C encoder's strings instead, the
    same characters several times faster. Anything else takes ``json.dumps`` itself."""
    inner = indent + " "
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        items = [inner + _string(v) for v in value]
    elif isinstance(value, dict) and value and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        items = [f"{inner}{_string(k)}: {_string(v)}" for k, v in sorted(value.items())]
    else:
        return json.dumps(value, **_NB_JSON).replace("\n", "\n" + indent)  # type: ignore[arg-type]
    opening, closing = ("[", "]") if isinstance(value, list) else ("{", "}")
    return opening + "\n" + ",\n".join(items) + "\n" + indent + closing


_string = json.JSONEncoder(ensure_ascii=False).encode  # one text, as json.dumps(..., ensure_ascii=False) writes it


def _parameters_source(kernel: str) -> Callable[[dict, str], str]:
    """papermill's translator for ``kernel``'s parameters cell: ``codify(parameters, comment)``.

    papermill's Python translator tries ``import black`` on every call to format the cell with it;
    where black is not installed that failed import searches sys.path each time, most of a
    notebook's cost. Then its result is the base translator's, called directly (the first
    participant's notebook, made by papermill itself, checks it is the same)."""
    import importlib.util

    from papermill.translators import PythonTranslator, papermill_translators

    translator = papermill_translators.find_translator(kernel, "python")
    if translator is PythonTranslator and importlib.util.find_spec("black") is None:
        return super(PythonTranslator, PythonTranslator).codify
    return translator.codify


def _indent(text: str) -> str:
    """The indent of the last line of ``text`` (the line a value is written on)."""
    line = text.rsplit("\n", 1)[-1]
    return line[: len(line) - len(line.lstrip(" "))]


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
    known = digest_index(previous, read_journal(out))

    results = [ParticipantResult(p, participant_folder(out, p.name, p.id)) for p in roster.participants]
    present = _names_in(out)
    touched = []
    on_disk: dict[int, str] = {}  # id(result) -> digest of the notebook already in their folder
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
    texts = WorkbookText(template, results[0].participant) if results else None
    updated: dict[int, nbformat.NotebookNode] = {}  # the notebooks of touched participants, refreshed one by one
    bar = progress_bar(len(results), desc="prepare", unit="workbook", progress=progress and len(results) > 1)
    try:
        # The caller's thread makes a batch's texts while a writer thread writes the batch before it
        # (one batch in flight: the texts of two batches at most are held); both cores are busy.
        with ThreadPoolExecutor(SYNC_THREADS) as pool, ThreadPoolExecutor(1) as writer:
            in_flight: Future | None = None
            for start in range(0, len(results), BATCH):
                batch = results[start : start + BATCH]
                for result in batch:
                    if id(result) in touched_ids:
                        try:
                            updated[id(result)] = _prepare_one(template, nb_name, result, update=True)
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

    if execute:
        _write_manifest(out, template_path, report, previous, defaults)  # an interrupted execution keeps this
        _execute_all([r for r in results if r.status != "failed"], jobs=jobs, html=html, progress=progress)
    elif html and texts is not None:  # the worksheets need only the parameters, not an executed notebook
        for result in results:
            if result.status != "failed":
                nb = updated.get(id(result)) or texts.notebook(result.participant)
                result.printouts = [write_printout(nb, printout_path(result.notebooks[0]))]

    _write_manifest(out, template_path, report, previous, defaults)
    journal_path(out).unlink(missing_ok=True)  # everything it held is in the manifest now
    return report


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
    out: Path, texts: WorkbookText, nb_name: str, batch: list[ParticipantResult], on_disk: dict[int, str]
) -> list[tuple[ParticipantResult, Path, bytes, str]]:
    """The notebooks to write for a batch of participants (none of them touched): (result, notebook, text,
    digest). A notebook already on disk with the same digest is left alone (``unchanged``); a participant
    whose text or path fails is ``failed``, alone."""
    writes = []
    for result in batch:
        try:
            data = texts.text(result.participant).encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            target = guard_file(out, result.folder / nb_name)
            guard_dir(out, result.folder)
        except Exception as exc:  # one bad participant must not stop the cohort
            result.status, result.error = "failed", describe(exc)
            continue
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
    :func:`~netkit.atomic.atomic_write_many`; each participant's failure is their own. Returns ``size``
    (how far the progress bar moves)."""
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


CARRIED_DEFAULTS = ("workshop", "workshop_date", "coach", "country")


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
