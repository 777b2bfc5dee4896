"""`netkit render`: roster → one personalised workbook each, safely."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import nbformat
import pytest

from netkit.coach import render as render_module
from netkit.coach.render import INJECTED_CELL_ID, render
from netkit.coach.roster import WORKBOOK_FIELDS, parse_roster
from netkit.exceptions import RenderError, RosterError, TouchedWorkbookError
from netkit.store.answers import AnswersStore

HOSTILE = {
    "name": 'Zoë "Z" O\'Brien\\ {braces} ../../etc 王小明 😀',
    "goal": "line one\nline two \"\"\" ''' \\n {{x}} $50k … $70k </script><img src=x onerror=alert(1)>",
    "career_stage": "0612345678",
    "target_sectors": "no",
    "target_organisations": "None",
    "workshop": "True",
    "workshop_date": "1e3",
    "coach": "{'a': 1}",
    "country": "DE-BY",  # checked against the holiday calendar, so a real code (kept as written: already canonical)
    "language": "de",  # checked against the supported languages (netkit.languages), so a real code
}


def roster_of(*rows: dict):
    header = list(WORKBOOK_FIELDS) + ["phone", "private_notes"]
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return parse_roster(buffer.getvalue(), where="test-roster.csv")


def injected(notebook: Path) -> dict:
    """The parameters papermill injected, read back as Python literals."""
    nb = nbformat.read(notebook, as_version=4)
    cell = next(c for c in nb.cells if c.get("id") == INJECTED_CELL_ID)
    values = {}
    for node in ast.parse(cell.source).body:
        values[node.targets[0].id] = ast.literal_eval(node.value)
    return values


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """A cohort with hostile values, rendered once for this module."""
    out = tmp_path_factory.mktemp("out")
    other = {
        "name": "Bob Secret",
        "goal": "bob-goal-xyz",
        "phone": "+44 7700 900999",
        "private_notes": "confidential-note",
    }
    roster = roster_of({**HOSTILE, "phone": "0700", "private_notes": "hidden-note"}, other)
    report = render(roster, out, progress=False)
    return out, report


def test_hostile_strings_round_trip_exactly(rendered):
    """Does every whitelisted value arrive in the notebook as the exact same string?"""
    _out, report = rendered
    values = injected(report.results[0].notebooks[0])
    assert values == HOSTILE
    assert all(isinstance(v, str) for v in values.values())


def test_no_other_participants_data_and_no_private_columns(rendered):
    """Does a workbook hold nothing of another participant and no private column?"""
    _out, report = rendered
    first = report.results[0].notebooks[0].read_text(encoding="utf-8")
    second = report.results[1].notebooks[0].read_text(encoding="utf-8")
    assert "Bob Secret" not in first and "bob-goal-xyz" not in first
    assert "O'Brien" not in second.replace("\\'", "'")
    for text in (first, second):
        assert "hidden-note" not in text and "confidential-note" not in text and "900999" not in text


def test_no_absolute_path_in_metadata(rendered):
    """Is no absolute path of the coach's machine left in the notebooks?"""
    out, report = rendered
    for result in report.results:
        text = result.notebooks[0].read_text(encoding="utf-8")
        assert str(out) not in text and str(Path.cwd()) not in text and "/tmp" not in text
        nb = nbformat.read(result.notebooks[0], as_version=4)
        assert set(nb.metadata["papermill"]) == {"parameters"}


def test_manifest_layout(rendered):
    """Does the manifest list id, name, folder and relative notebook paths per participant?"""
    out, _report = rendered
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["participants"]) == 2
    for entry in manifest["participants"]:
        assert {"id", "name", "folder", "notebooks"} <= set(entry)
        for nb in entry["notebooks"]:
            assert not Path(nb).is_absolute() and (out / nb).exists()
            assert nb.startswith(entry["folder"] + "/")


def test_notebooks_are_valid(rendered):
    """Are the written notebooks valid nbformat 4 documents?"""
    _out, report = rendered
    for result in report.results:
        nbformat.validate(nbformat.read(result.notebooks[0], as_version=4))


def test_rerender_untouched_is_unchanged(tmp_path):
    """Is re-rendering an untouched cohort a no-op rather than a refusal?"""
    roster = roster_of({"name": "Ana"})
    render(roster, tmp_path, progress=False)
    report = render(roster, tmp_path, progress=False)
    assert [r.status for r in report.results] == ["unchanged"]


def test_touched_workbook_is_refused_then_updated_keeping_answers(tmp_path):
    """Is a workbook with answers refused, and with update kept with its answers and added cells?"""
    roster = roster_of({"name": "Ana", "goal": "old goal"}, {"name": "Ben"})
    first = render(roster, tmp_path, progress=False)
    ana = first.results[0]
    AnswersStore(ana.folder, debounce=0).set("reflection.regret", "precious answer")
    nb = nbformat.read(ana.notebooks[0], as_version=4)
    note = nbformat.v4.new_markdown_cell("My own notes: call Kim")
    nb.cells.insert(3, note)
    nbformat.write(nb, ana.notebooks[0])
    before = ana.notebooks[0].read_text(encoding="utf-8")

    changed = roster_of({"name": "Ana", "goal": "new goal"}, {"name": "Ben"})
    with pytest.raises(TouchedWorkbookError) as err:
        render(changed, tmp_path, progress=False)
    assert "Ana" in str(err.value) and "--update" in str(err.value)
    assert ana.notebooks[0].read_text(encoding="utf-8") == before

    report = render(changed, tmp_path, update=True, progress=False)
    assert report.results[0].status == "updated"
    assert AnswersStore(ana.folder).get("reflection.regret") == "precious answer"
    updated = nbformat.read(ana.notebooks[0], as_version=4)
    sources = [c.source for c in updated.cells]
    assert "My own notes: call Kim" in sources
    assert injected(ana.notebooks[0])["goal"] == "new goal"
    assert list((ana.folder / ".netkit-backups").glob("*.ipynb"))


def test_edited_notebook_counts_as_touched(tmp_path):
    """Does a notebook edited after rendering (no answers) block a plain re-render?"""
    roster = roster_of({"name": "Ana"})
    report = render(roster, tmp_path, progress=False)
    path = report.results[0].notebooks[0]
    path.write_text(path.read_text(encoding="utf-8").replace("Why spend", "Why I spend"), encoding="utf-8")
    with pytest.raises(TouchedWorkbookError, match="changed after it was rendered"):
        render(roster, tmp_path, progress=False)


def test_one_failure_does_not_stop_the_others(tmp_path, monkeypatch):
    """Does one participant's failure leave the others rendered and no partial file?"""
    real = render_module.WorkbookText.text

    def flaky(self, participant):
        if participant.name == "Bad":
            raise ValueError("a value that cannot be written")
        return real(self, participant)

    monkeypatch.setattr(render_module.WorkbookText, "text", flaky)
    report = render(roster_of({"name": "Ana"}, {"name": "Bad"}, {"name": "Cy"}), tmp_path, progress=False)
    assert [r.status for r in report.results] == ["written", "failed", "written"]
    assert not report.ok and "Bad" in report.summary()
    assert not list(report.results[1].folder.glob("*.ipynb"))  # (a missing folder globs to nothing)
    names = [p["name"] for p in json.loads((tmp_path / "manifest.json").read_text())["participants"]]
    assert names == ["Ana", "Cy"]


def test_bad_roster_writes_nothing(tmp_path):
    """Does a roster error stop everything before any file is written?"""
    roster_path = tmp_path / "roster.csv"
    roster_path.write_text("Name,Goal\nAna,x\n,y\n")
    with pytest.raises(RosterError):
        render(roster_path, tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()


def test_template_without_parameters_cell_is_refused(tmp_path):
    """Is a template with no 'parameters' cell refused with a fix?"""
    template = tmp_path / "t.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), template)
    with pytest.raises(RenderError, match="parameters"):
        render(roster_of({"name": "Ana"}), tmp_path / "out", workbook=template, progress=False)


def test_another_template_with_workbook(tmp_path):
    """Does --workbook render another template under its own file name?"""
    template = tmp_path / "mini.ipynb"
    cell = nbformat.v4.new_code_cell('name = ""')
    cell.metadata["tags"] = ["parameters"]
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), template)
    report = render(roster_of({"name": "Ana"}), tmp_path / "out", workbook=template, progress=False)
    assert report.results[0].notebooks[0].name == "mini.ipynb"


BOOM_TEMPLATE_CELLS = [
    ('name = ""\ngoal = ""', ["parameters"]),
    ('if name == "Boom":\n    raise RuntimeError("exploded for " + name)\nprint("hello", name)', []),
    ('import warnings\nwarnings.warn("Glyph 29579 missing from current font")', []),
]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """A three-person cohort executed once with real kernels, one of whom makes a cell raise."""
    tmp = tmp_path_factory.mktemp("exec")
    template = tmp / "boom.ipynb"
    cells = []
    for source, tags in BOOM_TEMPLATE_CELLS:
        cell = nbformat.v4.new_code_cell(source)
        if tags:
            cell.metadata["tags"] = tags
        cells.append(cell)
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, template)
    report = render(
        roster_of({"name": "Ana"}, {"name": "Boom"}, {"name": "Cy"}),
        tmp / "out",
        workbook=template,
        execute=True,
        jobs=2,
        html=True,
        progress=False,
    )
    return report


@pytest.mark.kernel
def test_execute_runs_in_parallel_and_isolates_a_raising_cell(executed):
    """Under --execute, does a raising cell fail only that participant, leaving no temp files?"""
    statuses = {r.participant.name: r.status for r in executed.results}
    assert statuses == {"Ana": "executed", "Boom": "failed", "Cy": "executed"}
    boom = next(r for r in executed.results if r.participant.name == "Boom")
    assert "RuntimeError" in boom.error
    for result in executed.results:
        assert not [p for p in result.folder.iterdir() if p.name.startswith(".")]


@pytest.mark.kernel
def test_execute_outputs_and_printout(executed):
    """Are executed notebooks saved with outputs, no paths, and an HTML printout each?"""
    ana = next(r for r in executed.results if r.participant.name == "Ana")
    nb = nbformat.read(ana.notebooks[0], as_version=4)
    assert any("hello Ana" in "".join(o.get("text", "")) for c in nb.cells for o in c.get("outputs", []))
    assert set(nb.metadata["papermill"]) == {"parameters"}
    assert str(executed.out) not in ana.notebooks[0].read_text(encoding="utf-8")
    printout = ana.printouts[0].read_text(encoding="utf-8")  # printable worksheets (see test_coach_terminal)
    assert ana.printouts[0].name == "boom.printout.html"
    assert "<title>boom</title>" in printout and "<b>Ana</b>" in printout and "Cy" not in printout
    assert (executed.out / "execute.log").exists()  # kernels' chatter, not on the coach's terminal


@pytest.mark.kernel
def test_warnings_during_execution_reach_only_execute_log(executed):
    """Does a warning raised while executing (quoting a file of this machine) stay out of the
    notebook and the printout, and land in OUT/execute.log?"""
    ana = next(r for r in executed.results if r.participant.name == "Ana")
    for path in (ana.notebooks[0], ana.printouts[0]):
        text = path.read_text(encoding="utf-8")
        assert "UserWarning" not in text  # the warning line (the cell's source names the glyph too)
    assert "Glyph 29579" in (executed.out / "execute.log").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "[1]",
        '{"participants": "x"}',
        '{"participants": [1, "a"]}',
        '{"participants": [{"id": "a", "sha256": ["x"]}]}',
        '{"participants": [{"id": "a", "sha256": "abc"}]}',
        '{"participants": [{"id": "a", "sha256": {"workshop.ipynb": 3}}]}',
        '{"participants": [{"id": 7}]}',
        '{"participants": [{"notebooks": "a.ipynb"}]}',
        '{"participants": [{"id": "a", "printouts": "a.printout.html"}]}',
        '{"participants": [{"id": "a", "handouts": "a.handout.html"}]}',
    ],
)
def test_a_manifest_of_the_wrong_shape_is_a_render_error(tmp_path, text):
    """Is valid JSON that is not a manifest (a list, participants not a list of objects) refused
    with a RenderError before anything is written, instead of an AttributeError?"""
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    with pytest.raises(RenderError, match="manifest"):
        render(roster_of({"name": "Ada"}), tmp_path, progress=False)
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]


def test_a_printout_under_its_old_name_is_read_and_replaced(tmp_path):
    """Does a folder rendered before 0.2.0 (WORKBOOK.handout.html, a manifest entry's "handouts") still
    render, and does the new printout (WORKBOOK.printout.html, "printouts") replace the old one?"""
    report = render(roster_of({"name": "Ana"}), tmp_path, html=True, progress=False)
    printout = report.results[0].printouts[0]
    assert printout.name == report.results[0].notebooks[0].stem + ".printout.html"
    old = printout.with_name(printout.name.replace(".printout.", ".handout."))
    printout.rename(old)  # the folder as netkit 0.1 left it
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["participants"]:
        entry["handouts"] = [p.replace(".printout.", ".handout.") for p in entry.pop("printouts")]
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    report = render(roster_of({"name": "Ana"}), tmp_path, html=True, progress=False)
    assert report.results[0].printouts == [printout] and printout.exists() and not old.exists()
    (entry,) = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["participants"]
    assert entry["printouts"] == [printout.relative_to(tmp_path).as_posix()] and "handouts" not in entry


def test_a_damaged_answers_copy_counts_as_touched(tmp_path):
    """Does a kept-aside damaged answers file still protect the workbook from a plain re-render?"""
    roster = roster_of({"name": "Ana"})
    report = render(roster, tmp_path, progress=False)
    (report.results[0].folder / "netkit-answers.damaged-20260101-000000.json").write_text("{")
    with pytest.raises(TouchedWorkbookError, match="saved answers"):
        render(roster, tmp_path, progress=False)
