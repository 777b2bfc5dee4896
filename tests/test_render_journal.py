"""An interrupted or partly failed render can be run again: the journal and the incremental manifest."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from netkit.coach import prepare as prepare_module
from netkit.coach import render as render_module
from netkit.coach.execute import move_stderr_to_log
from netkit.coach.render import JOURNAL, read_journal, render
from netkit.coach.roster import parse_roster

ROOT = Path(__file__).resolve().parent.parent


def roster(n: int) -> str:
    return "Name,Email\n" + "".join(f"Person {i},p{i}@example.org\n" for i in range(n))


def test_a_render_killed_half_way_can_be_run_again(tmp_path):
    """Is a render killed (SIGKILL, as a machine dying) mid-way re-run without refusing what it wrote?"""
    n = 4 * render_module.BATCH
    (tmp_path / "roster.csv").write_text(roster(n), encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "netkit.cli", "render", str(tmp_path / "roster.csv"), "-o", str(out), "-q"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    journal = out / JOURNAL
    while proc.poll() is None and not journal.exists():
        time.sleep(0.002)
    assert proc.poll() is None, "the render finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = len(list(out.glob("*/workshop.ipynb")))
    assert written < n and not (out / "manifest.json").exists()  # the journal is written first

    again = subprocess.run(
        [sys.executable, "-m", "netkit.cli", "render", str(tmp_path / "roster.csv"), "-o", str(out), "-q"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0, again.stderr
    assert f"{n} participants" in again.stdout and "failed" not in again.stdout
    assert not journal.exists()  # folded into the manifest
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(manifest["participants"]) == n


def test_a_render_interrupted_between_batches_can_be_run_again(tmp_path, monkeypatch):
    """Is a render stopped (Ctrl-C) while journalling its second batch left with the first batch written,
    no temporary file, and every notebook recognised by the next render?"""
    n = 2 * render_module.BATCH + 3
    real = prepare_module.journal_many
    calls = []

    def interrupted(out, rows):
        calls.append(len(rows))
        real(out, rows)  # journalled, then stopped before any notebook of the batch is replaced
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(prepare_module, "journal_many", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render(parse_roster(roster(n), where="r.csv"), tmp_path, progress=False)
    assert len(list(tmp_path.glob("*/workshop.ipynb"))) == render_module.BATCH
    assert not list(tmp_path.glob("*/.*netkit-tmp")) and not (tmp_path / "manifest.json").exists()
    assert len(read_journal(tmp_path)) == 2 * render_module.BATCH

    monkeypatch.undo()
    again = render(parse_roster(roster(n), where="r.csv"), tmp_path, progress=False)
    statuses = [r.status for r in again.results]
    assert statuses == ["unchanged"] * render_module.BATCH + ["written"] * (n - render_module.BATCH)
    assert not (tmp_path / JOURNAL).exists()


def test_a_failed_execution_is_recorded_and_retried(tmp_path, monkeypatch):
    """Does a participant whose execution failed (a kernel's 'address already in use') keep a
    manifest entry, so the next render retries it instead of refusing its notebook?"""

    def failing(results, **kwargs):
        for result in results:
            if result.participant.name == "Person 1":
                result.status, result.error = "failed", "a cell raised ZMQError: Address already in use"
            else:
                result.status = "executed"

    monkeypatch.setattr(render_module, "_execute_all", failing)
    report = render(parse_roster(roster(3), where="r.csv"), tmp_path, execute=True, progress=False)
    assert [r.status for r in report.results] == ["executed", "failed", "executed"]
    entry = next(
        e for e in json.loads((tmp_path / "manifest.json").read_text())["participants"] if e["name"] == "Person 1"
    )
    assert entry["status"] == "failed" and entry["sha256"]

    monkeypatch.undo()
    again = render(parse_roster(roster(3), where="r.csv"), tmp_path, progress=False)
    assert again.ok and [r.status for r in again.results] == ["unchanged"] * 3


def test_a_notebook_known_only_to_the_journal_is_recognised(tmp_path):
    """Is a notebook replaced just before the machine died (its digest only in the journal) taken as ours?"""
    first = render(parse_roster(roster(2), where="r.csv"), tmp_path, progress=False)
    notebook = first.results[0].notebooks[0]
    nb = nbformat.read(notebook, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("executed"))
    text = nbformat.writes(nb)
    render_module.journal(
        tmp_path,
        first.results[0].participant.id,
        notebook.name,
        hashlib.sha256(text.encode()).hexdigest(),
    )
    with open(tmp_path / JOURNAL, "a") as torn:
        torn.write('{"id": "torn')  # the line being written when the machine died
    notebook.write_text(text, encoding="utf-8")
    assert len(read_journal(tmp_path)) == 1
    again = render(parse_roster(roster(2), where="r.csv"), tmp_path, progress=False)
    assert again.ok and [r.status for r in again.results] == ["written", "unchanged"]


def test_an_edited_notebook_is_still_refused(tmp_path):
    """Does the journal not weaken the rule: a notebook changed by hand is still the participant's?"""
    from netkit.exceptions import TouchedWorkbookError

    first = render(parse_roster(roster(1), where="r.csv"), tmp_path, progress=False)
    first.results[0].notebooks[0].write_text(first.results[0].notebooks[0].read_text() + " ", encoding="utf-8")
    with pytest.raises(TouchedWorkbookError, match="changed after it was rendered"):
        render(parse_roster(roster(1), where="r.csv"), tmp_path, progress=False)


def test_warnings_go_to_execute_log_not_into_the_notebook(tmp_path):
    """Is a stderr output (matplotlib's missing-glyph warning, quoting a machine path) moved to execute.log?"""
    warning = "/home/coach/.venv/lib/python3.11/site-packages/netkit/egomap.py:88: UserWarning: Glyph 29579 missing\n"
    cell = nbformat.v4.new_code_cell(
        "draw()",
        outputs=[
            nbformat.v4.new_output("stream", name="stderr", text=warning),
            nbformat.v4.new_output("stream", name="stdout", text="drawn\n"),
        ],
    )
    nb = nbformat.v4.new_notebook(cells=[cell])
    log = tmp_path / "execute.log"
    assert move_stderr_to_log(nb, log, "ada-1/workshop.ipynb") == 1
    assert "/home/coach" not in nbformat.writes(nb) and "drawn" in nbformat.writes(nb)
    assert "[ada-1/workshop.ipynb, cell 1]" in log.read_text() and "Glyph 29579" in log.read_text()
