"""Render at scale keeps every guarantee: exact notebooks, journal before replace, one failure alone, quiet logs."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from netkit import atomic
from netkit.coach import personalise as personalise_module
from netkit.coach import prepare as prepare_module
from netkit.coach import render as render_module
from netkit.coach.journal import digest_index, known_digests
from netkit.coach.render import BATCH, WorkbookText, load_template, personalise, render
from netkit.coach.roster import WORKBOOK_FIELDS, Participant, parse_roster
from netkit.resources import default_workbook

ROOT = Path(__file__).resolve().parent.parent

#: Values that test every corner of the encoding: quotes, backslashes, line breaks of every kind
#: str.splitlines knows (\r, \x0b, \x0c, \x1c, \u2028, \x85), control characters, non-BMP text, nothing.
ODD_VALUES = [
    'Zoë "Z" O\'Brien\\ {braces} 王小明 😀',
    "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\x85nine",
    "\x00\x07\x1b[31m red \t tab",
    "",
    " leading and trailing ",
    "0612345678",
    "None",
    "x" * 5000,
]


def numbered(n: int):
    return parse_roster("Name,Goal\n" + "".join(f"Person {i},goal {i}\n" for i in range(n)), where="r.csv")


def odd_participants() -> list[Participant]:
    """Participants holding the odd values in every field (made directly: a roster refuses control characters)."""
    return [
        Participant(id=f"{i:010x}", name=value or "x", fields=dict.fromkeys(WORKBOOK_FIELDS, value))
        for i, value in enumerate(ODD_VALUES)
    ] + [Participant(id="f" * 10, name="no fields")]


# --------------------------------------------------------------------------- exact notebooks
def test_workbook_text_is_papermills_and_nbformats_byte_for_byte():
    """Is each participant's text exactly nbformat.writes(personalise(...)), for every odd value?"""
    template = load_template(default_workbook())
    participants = odd_participants()
    texts = WorkbookText(template, participants[0])
    assert texts.exact  # the quick way is in use, not the fall-back
    for participant in participants:
        assert texts.text(participant) == nbformat.writes(personalise(template, participant))


def test_a_template_with_an_injected_cell_already_is_replaced_the_same_way(tmp_path):
    """Does a template that already holds papermill's injected cell (a rendered notebook used as a template)
    give the same text as papermill's own replacement of that cell?"""
    participants = odd_participants()
    template = personalise(load_template(default_workbook()), participants[3])
    texts = WorkbookText(template, participants[1])
    assert texts.exact
    for participant in participants:
        assert texts.text(participant) == nbformat.writes(personalise(template, participant))


def test_a_cut_that_does_not_give_the_first_notebook_back_falls_back_to_the_full_way(monkeypatch):
    """If the quick way would differ for the first participant (a translator it does not foresee), is every
    notebook made the full way instead of a wrong one written?"""
    monkeypatch.setattr(personalise_module, "_parameters_source", lambda kernel: lambda parameters, comment: "x = 1\n")
    template = load_template(default_workbook())
    participants = odd_participants()
    texts = WorkbookText(template, participants[0])
    assert not texts.exact
    assert texts.text(participants[2]) == nbformat.writes(personalise(template, participants[2]))


def test_a_cohort_over_several_batches_is_rendered_exactly_and_recognised_again(tmp_path):
    """Over several batches: is every notebook the full way's text with its digest in the manifest, nothing
    left beside it (no temporary file, no journal), and a second render all unchanged?"""
    roster = numbered(2 * BATCH + 5)
    template = load_template(default_workbook())
    out = tmp_path / "out"
    report = render(roster, out, progress=False)
    assert [r.status for r in report.results] == ["written"] * len(roster.participants)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    digests = {entry["id"]: entry["sha256"]["workshop.ipynb"] for entry in manifest["participants"]}
    for result in report.results[:: BATCH // 2]:
        data = result.notebooks[0].read_bytes()
        assert data.decode("utf-8") == nbformat.writes(personalise(template, result.participant))
        assert hashlib.sha256(data).hexdigest() == digests[result.participant.id]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # nothing outside OUT
    assert not list(out.rglob("*" + atomic.TMP_SUFFIX)) and not (out / render_module.JOURNAL).exists()
    assert {p.name for p in out.iterdir()} == {r.folder.name for r in report.results} | {
        "manifest.json",
        ".netkit-output",
    }

    again = render(roster, out, progress=False)
    assert {r.status for r in again.results} == {"unchanged"}


def test_a_changed_parameter_is_rewritten_and_the_rest_left_alone(tmp_path):
    """Does a re-render after one participant's goal changed rewrite only that notebook?"""
    render(numbered(5), tmp_path, progress=False)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.glob("*/workshop.ipynb")}
    changed = parse_roster(
        "Name,Goal\n" + "".join(f"Person {i},goal {'new' if i == 2 else i}\n" for i in range(5)), where="r.csv"
    )
    report = render(changed, tmp_path, progress=False)
    assert [r.status for r in report.results] == ["unchanged", "unchanged", "written", "unchanged", "unchanged"]
    assert "goal new" in report.results[2].notebooks[0].read_text(encoding="utf-8")
    assert sum(p.stat().st_mtime_ns != t for p, t in before.items()) == 1


# --------------------------------------------------------------------------- the journal and failures
def test_a_batch_is_journalled_before_any_of_its_notebooks_exists(tmp_path, monkeypatch):
    """Is every digest of a batch in the journal (on disk) before the first of its notebooks is in place?"""
    real = prepare_module.journal_many
    seen = []

    def check(out, rows):
        seen.append(sorted(p.name for p in Path(out).glob("*/workshop.ipynb")))
        real(out, rows)

    monkeypatch.setattr(prepare_module, "journal_many", check)
    render(numbered(BATCH + 1), tmp_path, progress=False)
    assert len(seen) == 2 and seen[0] == [] and len(seen[1]) == BATCH  # the 2nd batch: only the 1st's there


def test_one_failed_write_in_a_batch_fails_that_participant_alone(tmp_path, monkeypatch):
    """Does a write that fails for one participant (disk full at the rename) leave their old notebook or
    none, no temporary file, and the rest of the batch written?"""
    real = os.replace

    def replace(src, dst):
        if "person-3-" in str(dst):
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    report = render(numbered(6), tmp_path, progress=False)
    assert [r.status for r in report.results] == ["written"] * 3 + ["failed"] + ["written"] * 2
    assert "disk is full" in report.results[3].error
    assert not list(tmp_path.rglob("*" + atomic.TMP_SUFFIX)) and not list(report.results[3].folder.glob("*.ipynb"))
    monkeypatch.undo()
    again = render(numbered(6), tmp_path, progress=False)  # retried, the others recognised
    assert [r.status for r in again.results] == ["unchanged"] * 3 + ["written"] + ["unchanged"] * 2


def test_atomic_write_many_writes_in_order_and_keeps_going(tmp_path):
    """Does atomic_write_many make missing folders, keep an existing file's mode, report each failure in place
    and run before_replace before any file is replaced?"""
    (tmp_path / "old.txt").write_text("old")
    os.chmod(tmp_path / "old.txt", 0o640)
    (tmp_path / "blocker").write_text("a file where a folder should be")
    order = []
    errors = atomic.atomic_write_many(
        [
            (tmp_path / "a" / "b" / "new.txt", b"new"),
            (tmp_path / "blocker" / "x.txt", b"x"),
            (tmp_path / "old.txt", b"2"),
        ],
        before_replace=lambda: order.append((tmp_path / "old.txt").read_text()),
    )
    assert errors[0] is None and isinstance(errors[1], OSError) and errors[2] is None
    assert order == ["old"]  # nothing replaced yet when before_replace ran
    assert (tmp_path / "a" / "b" / "new.txt").read_bytes() == b"new" and (tmp_path / "old.txt").read_text() == "2"
    assert (tmp_path / "old.txt").stat().st_mode & 0o777 == 0o640
    assert not list(tmp_path.rglob("*" + atomic.TMP_SUFFIX))


def test_atomic_write_many_replaces_nothing_when_before_replace_fails(tmp_path):
    """If the journal cannot be written, is no file replaced and no temporary file left?"""
    (tmp_path / "f.txt").write_text("old")

    def fail():
        raise OSError("journal not writable")

    with pytest.raises(OSError, match="journal"):
        atomic.atomic_write_many([(tmp_path / "f.txt", b"new"), (tmp_path / "g.txt", b"new")], before_replace=fail)
    assert (tmp_path / "f.txt").read_text() == "old" and not (tmp_path / "g.txt").exists()
    assert not list(tmp_path.glob("*" + atomic.TMP_SUFFIX))


def test_the_digest_index_knows_what_known_digests_knows():
    """Does the index built once give, for every participant, what known_digests finds by scanning?"""
    manifest = {
        "participants": [
            {"id": "a", "sha256": {"w.ipynb": "1", "x.ipynb": "2"}},
            {"id": "b", "sha256": {"w.ipynb": "3"}},
            {"id": "c"},
            {"name": "no id"},
        ]
    }
    journal = {("a", "w.ipynb"): {"9"}, ("d", "w.ipynb"): {"4"}}
    index = digest_index(manifest, journal)
    for pid in "abcde":
        for nb in ("w.ipynb", "x.ipynb"):
            assert index.get((pid, nb), set()) == known_digests(manifest, journal, pid, nb)


# --------------------------------------------------------------------------- progress where nobody watches
def test_render_into_a_log_writes_at_most_a_few_progress_lines(tmp_path):
    """With stderr not a terminal (a log file, CI), does `netkit render` write a few plain lines at most, no
    bar redrawn hundreds of times, and with -q none at all?"""
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Goal\n" + "".join(f"Person {i},goal {i}\n" for i in range(300)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for extra, most in (([], 3), (["-q"], 0)):
        log = tmp_path / f"log{len(extra)}.txt"
        with log.open("wb") as handle:
            done = subprocess.run(
                [sys.executable, "-m", "netkit.cli", "render", str(roster), "-o", str(tmp_path / f"out{len(extra)}")]
                + extra,
                env=env,
                stdout=subprocess.PIPE,
                stderr=handle,
            )
        assert done.returncode == 0, log.read_text()
        text = log.read_text(encoding="utf-8")
        assert "\r" not in text and "\x1b" not in text
        assert len(text.splitlines()) <= most, text


def test_a_link_planted_during_the_render_is_refused_not_followed(tmp_path, monkeypatch):
    """Is a participant folder replaced by a link to elsewhere after OUT was checked (while the batch's texts
    are made) refused for that participant alone, with nothing written where it points?"""
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = WorkbookText.text

    def plant(self, participant):
        if participant.name == "Person 2":
            folder = next(p for p in self.planted if participant.id in p.name)
            folder.symlink_to(elsewhere, target_is_directory=True)
        return real(self, participant)

    roster = numbered(4)
    out.mkdir()
    monkeypatch.setattr(WorkbookText, "planted", [out / f"person-2-{roster.participants[2].id}"], raising=False)
    monkeypatch.setattr(WorkbookText, "text", plant)
    report = render(roster, out, progress=False)
    assert [r.status for r in report.results] == ["written", "written", "failed", "written"]
    assert "symbolic link" in report.results[2].error
    assert list(elsewhere.iterdir()) == []


def test_each_printout_holds_its_own_participant(tmp_path):
    """With --html (no execution), does each printout, made from the shared cells, show its own participant's
    fields and no one else's?"""
    roster = parse_roster("Name,Goal\nAna Alpha,goal-of-ana\nBen Beta,goal-of-ben\n", where="r.csv")
    report = render(roster, tmp_path, html=True, progress=False)
    ana, ben = (r.printouts[0].read_text(encoding="utf-8") for r in report.results)
    assert "Ana Alpha" in ana and "Ben Beta" not in ana and "goal-of-ben" not in ana
    assert "Ben Beta" in ben and "Ana Alpha" not in ben and "goal-of-ana" not in ben
