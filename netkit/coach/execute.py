"""Running one rendered workbook with a real kernel (papermill), its kernel noise to ``execute.log``, and its printout.

The *printout* (``render --html``) is ``WORKBOOK.printout.html`` next to the workbook: the participant's printable
worksheets. It is not the take-home *handout* (:mod:`netkit.workbook.handout`), the page a participant downloads
themselves."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import nbformat

from netkit.atomic import atomic_write_text
from netkit.batch import Outcome, run_each
from netkit.coach.compose import first_heading
from netkit.coach.journal import journal
from netkit.exceptions import describe
from netkit.paths import guard_file

__all__ = [
    "EXECUTE_LOG",
    "OLD_PRINTOUT_SUFFIXES",
    "PRINTOUT_SUFFIX",
    "clean_metadata",
    "execute_workbook",
    "execute_workbooks",
    "move_stderr_to_log",
    "printout_path",
    "workbook_title",
    "write_printout",
]

PRINTOUT_SUFFIX = ".printout.html"
#: What the printout was called before 0.2.0 (``WORKBOOK.handout.html``): replaced when a new printout is written.
OLD_PRINTOUT_SUFFIXES = (".handout.html",)
EXECUTE_LOG = "execute.log"


def clean_metadata(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Keep only what a participant's notebook needs: no paths of the coach's machine."""
    pm = nb.metadata.get("papermill", {})
    nb.metadata["papermill"] = {"parameters": pm.get("parameters", {})}
    for key in ("input_path", "output_path", "environment_variables", "start_time", "end_time", "duration"):
        nb.metadata["papermill"].pop(key, None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    return nb


def _execute_job(job: tuple[str, bool, str]) -> dict:
    """:func:`execute_workbook` for one ``(notebook, html, participant id)`` job of the render's process
    pool (:func:`netkit.batch.run_each` calls ``func(item)``, and a module-level function pickles)."""
    return execute_workbook(*job)


def execute_workbooks(
    jobs: list[tuple[str, bool, str]], *, log: Path, workers: int, progress: bool
) -> list[Outcome[dict]]:
    """Run prepared workbooks, each ``(notebook, html, participant id)`` job with its kernel in a worker process.

    The kernels' start-up chatter goes to ``log`` (the render's :data:`EXECUTE_LOG`), not the coach's terminal; a
    cell that raised is described by the exception's name and value. One :class:`~netkit.batch.Outcome` per job, in
    the jobs' order (the value is :func:`execute_workbook`'s)."""
    return run_each(
        _execute_job,
        jobs,
        jobs=workers,
        pool="processes",
        describe=_execution_error,
        progress=progress,
        desc="execute",
        unit="workbook",
        initializer=_send_kernel_noise_to,
        initargs=(str(log),),
    )


def execute_workbook(notebook: str | Path, html: bool = False, participant_id: str | None = None) -> dict:
    """Run one prepared workbook with a real kernel in its own folder; replace it atomically.

    Runs in a worker process. On error nothing is replaced and no temporary file is left.
    Returns the new digest and any printout written. With ``participant_id`` the new digest is
    journalled (see :func:`journal`) before the notebook is replaced.
    """
    import papermill

    from netkit.store.answers import ENV_FOLDER

    os.environ.pop(ENV_FOLDER, None)  # the kernel must keep answers in the participant's own folder
    notebook = Path(notebook)
    fd, tmp = tempfile.mkstemp(prefix=f".{notebook.stem}.", suffix=".ipynb", dir=notebook.parent)
    os.close(fd)
    try:
        papermill.execute_notebook(
            str(notebook), tmp, cwd=str(notebook.parent), progress_bar=False, log_output=False, kernel_name="python3"
        )
        out = notebook.parent.parent
        nb = clean_metadata(nbformat.read(tmp, as_version=4))
        move_stderr_to_log(nb, guard_file(out, out / EXECUTE_LOG), notebook.relative_to(out).as_posix())
        text = nbformat.writes(nb)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if participant_id:
            journal(out, participant_id, notebook.name, digest)
        atomic_write_text(guard_file(out, notebook), text)
        printouts = []
        if html:
            printouts.append(str(write_printout(nb, guard_file(out, printout_path(notebook)))))
        return {"digest": digest, "printouts": printouts}
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


def move_stderr_to_log(nb: nbformat.NotebookNode, log: Path, label: str) -> int:
    """Take every ``stderr`` output (warnings such as matplotlib's missing-glyph one, which quote
    a file of the coach's machine) out of ``nb`` and append it to ``log``, marked ``label``.

    A participant's notebook and printout never show them; the coach finds them in
    ``OUT/execute.log``. Returns how many outputs were moved."""
    moved = []
    for number, cell in enumerate(nb.cells, 1):
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                moved.append(f"[{label}, cell {number}] {output.get('text', '')}".rstrip("\n") + "\n")
            else:
                kept.append(output)
        cell.outputs = kept
    if moved:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, "".join(moved).encode("utf-8", "replace"))
        finally:
            os.close(fd)
    return len(moved)


def workbook_title(nb: nbformat.NotebookNode, fallback: str = "Networking workbook") -> str:
    """The title `netkit compose` recorded, else the first top-level heading, else ``fallback``."""
    title = nb.metadata.get("netkit", {}).get("title")
    if title:
        return str(title)
    return first_heading(nb) or fallback


def printout_path(notebook: str | Path) -> Path:
    """Where the printout of ``notebook`` goes: ``WORKBOOK.printout.html`` beside it."""
    return Path(notebook).with_suffix(PRINTOUT_SUFFIX)


def write_printout(nb: nbformat.NotebookNode, path: Path) -> Path:
    """The printout: the participant's printable worksheets, their roster fields filled in and room to
    write for every form of the exercises this workbook holds (see :mod:`netkit.coach.worksheets`).

    A printout of the same workbook under its old name (``WORKBOOK.handout.html``) is removed once the
    new one is written, so a re-render leaves one printout per workbook, never a stale second copy."""
    from netkit.coach.worksheets import worksheets_html

    parameters = nb.metadata.get("papermill", {}).get("parameters", {})
    exercises = nb.metadata.get("netkit", {}).get("composed_from")
    written = atomic_write_text(
        path, worksheets_html(parameters, title=workbook_title(nb, Path(path).name.split(".")[0]), exercises=exercises)
    )
    if written.name.endswith(PRINTOUT_SUFFIX):
        stem = written.name.removesuffix(PRINTOUT_SUFFIX)
        for suffix in OLD_PRINTOUT_SUFFIXES:
            (written.parent / (stem + suffix)).unlink(missing_ok=True)
    return written


def _send_kernel_noise_to(log: str) -> None:
    """In a worker: kernels' own start-up chatter ("running over TCP without encryption",
    "KeyboardInterrupt caught in kernel" at shutdown) goes to a log file, not the coach's terminal.
    Real failures still reach the summary through papermill's exceptions."""
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 2)
    os.close(fd)


def _execution_error(exc: BaseException) -> str:
    name = getattr(exc, "ename", None)
    if name:
        return f"a cell raised {name}: {getattr(exc, 'evalue', '')}".strip()
    return describe(exc)
