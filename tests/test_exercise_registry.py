"""The exercise registry: each exercise is one declared thing, and the report, the step view, the take-home page and
the worksheets read it instead of naming exercises (so a new exercise needs no edit there)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

import netkit.exercises
from netkit.coach.collect import (
    CSV_HEADER,
    EXERCISES,
    MILESTONES,
    build_report,
    completion,
    missing_steps,
    summary_rows,
)
from netkit.coach.compose import first_heading
from netkit.coach.report_html import report_html
from netkit.coach.steps import MILESTONE_EXERCISE, Step, milestone_progress
from netkit.coach.worksheets import sheets, worksheets_html
from netkit.exercises import registry
from netkit.store import schema
from netkit.workbook.handout import handout_files, handout_html

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("new_exercise_tool", ROOT / "tools" / "new_exercise.py")
assert _spec and _spec.loader
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def test_the_three_exercises_are_found_in_workshop_order():
    assert [e.id for e in registry.exercises()] == ["network", "outreach", "reflection"]
    assert dict(EXERCISES) == {"network": "Network map", "outreach": "Outreach", "reflection": "Reflection"}
    assert len(MILESTONES) == sum(len(e.milestones) for e in registry.exercises()) == 10


@pytest.mark.parametrize("spelling", ["network", "network-map", "network-map.ipynb"])
def test_every_spelling_of_an_exercise_means_the_same_one(spelling):
    """The id, the notebook and a composed workbook's step name (rendered by earlier versions too) all resolve."""
    found = registry.exercise(spelling)
    assert found is not None and found.id == "network" and MILESTONE_EXERCISE[spelling] == "network"
    assert registry.exercise("welcome") is None and registry.exercise("") is None and registry.exercise(None) is None


@pytest.mark.parametrize("exercise", registry.exercises(), ids=lambda e: e.id)
def test_each_declaration_matches_its_notebook_and_the_schema(exercise):
    """Heading = the notebook's first heading; every key it owns is declared in the schema; it has milestones,
    a take-home section, a paper sheet and a language."""
    nb = nbformat.read(ROOT / "exercises" / exercise.notebook, as_version=4)
    assert first_heading(nb) == exercise.heading
    assert exercise.answer_keys and all(
        schema.declared(k) or k in {x.name for x in schema.KEYS} for k in exercise.answer_keys
    )
    assert exercise.milestones and exercise.takehome and exercise.worksheet and exercise.languages
    assert exercise.package == f"netkit.exercises.{exercise.id}"


@pytest.mark.parametrize("exercise", registry.exercises(), ids=lambda e: e.id)
def test_an_exercise_is_written_in_exactly_the_languages_it_declares(exercise):
    """``languages`` is true: a copy of the notebook (``<step>.<lang>.ipynb``) for each language declared but
    English, none undeclared, and every declared language one netkit speaks (its widgets and catalog exist)."""
    from netkit.coach.compose import translated_path
    from netkit.languages import SUPPORTED_LANGUAGES

    english = ROOT / "exercises" / exercise.notebook
    copies = {p.name.split(".")[-2] for p in english.parent.glob(f"{exercise.step}.*.ipynb")}
    assert set(exercise.languages) == {"en", *copies}
    assert set(exercise.languages) <= set(SUPPORTED_LANGUAGES)
    for language in exercise.languages:
        assert translated_path(english, language).is_file()


def test_no_answers_key_is_owned_by_two_exercises():
    owners: dict[str, str] = {}
    for exercise in registry.exercises():
        for key in exercise.answer_keys:
            assert owners.setdefault(key, exercise.id) == exercise.id, f"{key} owned by {owners[key]} and {exercise.id}"


def test_run_sheet_activities_match_the_guide_data():
    """Each exercise lists exactly the activities of netkit/data/guide.toml that name its notebook (or id)."""
    guide = tomllib.loads((ROOT / "netkit" / "data" / "guide.toml").read_text(encoding="utf-8"))
    for exercise in registry.exercises():
        named = {key for key, activity in guide["activities"].items() if activity.get("exercise") in exercise.names}
        assert set(exercise.activities) == named, exercise.id


def test_a_declaration_that_names_another_exercise_in_a_milestone_is_refused():
    with pytest.raises(ValueError, match="write Milestone"):
        registry.Exercise(
            "x", 9, "x.ipynb", "X", "Exercise 9 — X", milestones=(registry.Milestone("y", "done", lambda r: 1.0),)
        )
    with pytest.raises(ValueError, match="id"):
        registry.Exercise("Has Space", 9, "x.ipynb", "X", "X")


@pytest.fixture
def new_exercise(tmp_path, monkeypatch):
    """``tools/new_exercise.py gratitude-log`` in a temp tree, whose exercises package joins netkit's."""
    (tmp_path / "exercises").mkdir()
    tool.new_exercise("gratitude-log", "Thank three people", root=tmp_path)
    monkeypatch.setattr(
        netkit.exercises, "__path__", [*netkit.exercises.__path__, str(tmp_path / "netkit" / "exercises")]
    )
    registry.refresh()
    yield registry.exercise("gratitude-log")
    monkeypatch.undo()
    for name in [m for m in sys.modules if m.startswith("netkit.exercises.gratitude_log")]:
        del sys.modules[name]
    registry.refresh()


def test_a_new_exercise_appears_in_the_report_step_view_worksheets_and_take_home(new_exercise):
    """Made by the tool and found by the registry, with no edit anywhere else."""
    assert new_exercise is not None and new_exercise.order == 4 and new_exercise.heading.startswith("Exercise 4")
    done = {"gratitude-log.notes": "Thanked Kim for the intro."}
    # the coach report: a column, its percent and its missing steps
    assert completion(done)["gratitude-log"] == 100 and completion({})["gratitude-log"] == 0
    assert missing_steps({})["gratitude-log"] == ["notes written"]
    assert EXERCISES["gratitude-log"] == "Thank three people"
    report = build_report({"p1": {**done, "sharing.share": True}}, today=dt.date(2026, 12, 5), min_group=1)
    assert report.rows[0].percent["gratitude-log"] == 100
    assert "Thank three people" in report_html(report)
    assert "Thank three people %" in CSV_HEADER and len(summary_rows(report)[0]) == len(CSV_HEADER)
    # the step view, by the composed workbook's step name
    progress = milestone_progress([Step("gratitude-log", "Thank")], done)
    assert progress["gratitude-log"].done == progress["gratitude-log"].total == 1
    # the worksheets, and only where the workbook holds the exercise
    assert sheets()[-1].exercise == "gratitude-log"
    assert "Exercise 4 — Thank three people" in worksheets_html()
    assert "Exercise 4 — Thank three people" not in worksheets_html(exercises=["network-map"])
    # the take-home page, numbered after the others, user text escaped
    page = handout_html({"gratitude-log.notes": "<b>Kim</b>"}, today=dt.date(2026, 12, 5))
    assert "<h2>4. Thank three people</h2>" in page and "&lt;b&gt;Kim" in page


def test_refresh_keeps_an_exercise_still_on_the_path(new_exercise):
    assert len(registry.exercises()) == 4
    registry.refresh()
    assert "gratitude-log" in EXERCISES


def test_the_registry_is_back_to_three_after_the_temporary_one():
    assert [e.id for e in registry.exercises()] == ["network", "outreach", "reflection"]


def test_the_take_home_page_numbers_sections_in_registry_order():
    page = handout_files({}, today=dt.date(2026, 12, 5))["handout.html"].decode()
    headings = [f"<h2>{n}. {e.takehome.heading}</h2>" for n, e in enumerate(registry.exercises(), 1) if e.takehome]
    assert headings and all(h in page for h in headings)
    assert [page.index(h) for h in headings] == sorted(page.index(h) for h in headings)


def test_the_tool_refuses_an_existing_exercise_name(tmp_path):
    (tmp_path / "exercises").mkdir()
    with pytest.raises(SystemExit, match="already"):
        tool.new_exercise("outreach", "Again", root=tmp_path)
    with pytest.raises(SystemExit):
        tool.new_exercise("Network", "Capitals", root=tmp_path)


def test_compose_titles_a_new_exercise_step_with_its_declared_heading(new_exercise, tmp_path):
    """The tool's notebook has no top-level heading; the composed step view shows the declared one."""
    from netkit.coach.compose import compose, read_spec

    (tmp_path / "workbooks").mkdir()
    spec_path = tmp_path / "workbooks" / "w.toml"
    spec_path.write_text('title = "W"\nexercises = ["gratitude-log"]\n', encoding="utf-8")
    nb = compose(read_spec(spec_path))
    assert "Exercise 4 — Thank three people" in "".join(c.source for c in nb.cells if c.get("id") == "netkit-steps")
