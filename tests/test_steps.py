"""One step at a time: the composed workbook's steps, their progress and the step view widget."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from netkit.coach.collect import MILESTONES
from netkit.coach.compose import compose, read_spec
from netkit.coach.steps import (
    CURRENT_STEP_KEY,
    LAB_ONLY_TAG,
    STEP_TAG,
    Step,
    clamp,
    hide_others_css,
    milestone_progress,
)
from netkit.widgets.steps import StepView, in_voila

ROOT = Path(__file__).resolve().parent.parent
STEPS = [
    ("welcome", "Welcome"),
    ("network-map", "Exercise 1 — Map your network"),
    ("outreach", "Exercise 2"),
    ("reflection", "Exercise 3"),
    ("take-home", "Take it home"),
]
OUTBOX = {"outreach.outbox": [{"to": "Ann", "text": "Hello Ann", "sent_on": "2026-11-01"}]}


@pytest.fixture(scope="module")
def workbook() -> nbformat.NotebookNode:
    return compose(read_spec(ROOT / "workbooks" / "workshop.toml"))


def test_every_exercise_cell_is_tagged_with_its_step(workbook):
    """Does each exercise cell carry exactly one step tag, and do the steps come in the TOML's order?"""
    spec = read_spec(ROOT / "workbooks" / "workshop.toml")
    order = []
    for cell in workbook.cells:
        tags = [t for t in cell.metadata.get("tags", []) if t.startswith(STEP_TAG)]
        assert len(tags) <= 1
        if tags and (not order or order[-1] != tags[0]):
            order.append(tags[0])
    assert order == [STEP_TAG + p.stem for p in spec.exercises]


def test_workbook_starts_with_how_to_start_then_parameters_then_the_step_view(workbook):
    """Is the first cell the Lab-only 'Run All Cells' hint, hidden in Voilà, followed by parameters and the steps?"""
    first, params, view = workbook.cells[:3]
    assert first.cell_type == "markdown" and first.metadata["tags"] == [LAB_ONLY_TAG]
    assert "Run ▸ Run All Cells" in first.source and "celltag_netkit-lab-only" in first.source
    assert params.metadata["tags"] == ["parameters"]
    assert "StepView(" in view.source and "'take-home'" in view.source
    assert workbook.cells[-1].source == "steps.footer"


def test_step_titles_come_from_the_exercise_headings(workbook):
    """Are step titles the exercises' own top headings (or the name in words where there is none)?"""
    source = workbook.cells[2].source
    assert "Exercise 1 — Map your network" in source and "('welcome', 'Welcome')" in source


def test_css_hides_every_other_step_and_the_lab_only_cells():
    """Does the style hide every step but the current one (code and markdown cells), and the Lab-only hint?"""
    steps = [Step(name, title) for name, title in STEPS]
    css = hide_others_css(steps, 1)
    assert "celltag_netkit-step-network-map" not in css
    for name in ("welcome", "outreach", "reflection", "take-home"):
        assert f".jp-Cell.celltag_netkit-step-{name}" in css
        assert f":has(> .jp-Cell-inputWrapper .celltag_netkit-step-{name})" in css
    assert f"celltag_{LAB_ONLY_TAG}" in css


def test_progress_counts_the_coach_reports_milestones():
    """Are the step totals exactly the coach report's milestones, and do answers move them?"""
    steps = [Step(name, title) for name, title in STEPS]
    empty = milestone_progress(steps, {})
    assert sum(p.total for p in empty.values()) == len(MILESTONES)
    assert sum(p.done for p in empty.values()) == 0
    assert empty["welcome"].total == 0 and not empty["welcome"].complete
    some = milestone_progress(steps, OUTBOX)
    assert some["outreach"].done >= 2 and some["network-map"].done == 0


@pytest.mark.parametrize("saved, expected", [(3, 3), (-2, 0), (99, 4), ("x", 0), (None, 0), ("2", 2)])
def test_a_saved_step_is_clamped(saved, expected):
    """Is a stale or hand-edited saved step number made a real step?"""
    assert clamp(saved, 5) == expected


def test_voila_is_detected_from_its_environment():
    """Does the step view turn on behind Voilà (SERVER_SOFTWARE=voila/…) or NETKIT_STEPS=1, and not in Lab?"""
    assert in_voila({"SERVER_SOFTWARE": "voila/0.5.13"})
    assert in_voila({"NETKIT_STEPS": "1"})
    assert not in_voila({"JPY_SESSION_NAME": "workshop.ipynb"})


def test_next_and_back_move_save_and_stop_at_the_ends(store):
    """Do Next/Back move one step, save it, stop at both ends, and say 'done' only on the last step?"""
    view = StepView(STEPS, store=store, enabled=True)
    assert view.current == 0 and view.back.disabled and not view.next.disabled
    assert "Step 1 of 5: Welcome" in view._title.value
    assert "0 of 10 done" in view._progress.value
    view.next.click()
    assert view.current == 1 and store.get(CURRENT_STEP_KEY) == 1
    assert "celltag_netkit-step-welcome" in view._hide.value
    assert "aria-current='step'>2. Exercise 1" in view._progress.value
    for _ in range(10):
        view.next.click()
    assert view.current == 4 and view.next.disabled and view.next.layout.display == "none"
    assert "You are done: take it home" in view._done.value
    view.back.click()
    assert view.current == 3 and view._done.value == ""


def test_one_back_next_pair_per_view_at_the_foot_of_the_step(store):
    """Is there exactly one Back and one Next button in the whole view, in the footer, none in the header?"""
    import ipywidgets as widgets

    view = StepView(STEPS, store=store, enabled=True)

    def buttons(widget):
        found = [widget] if isinstance(widget, widgets.Button) else []
        for child in getattr(widget, "children", ()):
            found += buttons(child)
        return found

    assert buttons(view) == []
    assert [b.description for b in buttons(view.footer)] == ["Back", "Next"]


def test_the_header_names_the_milestones_still_to_do(store):
    """Does the header say which milestones are left (with their step), not only how many?"""
    from netkit.coach.steps import still_to_do

    view = StepView(STEPS, store=store, enabled=True)
    assert "Still to do: a first contact <i>(step 2)</i>" in view._progress.value
    store.update(OUTBOX)
    view.next.click()
    text = view._progress.value
    assert "a message marked as sent" not in text and "a first contact" in text
    steps = [Step(name, title) for name, title in STEPS]
    left = still_to_do(steps, milestone_progress(steps, OUTBOX))
    assert len(left) == len(MILESTONES) - sum(p.done for p in milestone_progress(steps, OUTBOX).values())
    assert [label for _step, label in left][:1] == ["a first contact"]


def _contact(name: str, *, dated: bool, source: str = "") -> dict:
    contact = {"id": name, "name": name, "ring": "close"}
    if source:
        contact["source"] = source
    if dated:
        contact["last_contact"] = "2026-10-01"
    return contact


@pytest.mark.parametrize("imported", [1, 10, 300])
def test_an_import_never_takes_a_milestone_back(imported):
    """Does importing undated contacts (LinkedIn) keep every milestone the participant had reached?"""
    steps = [Step(name, title) for name, title in STEPS]
    own = [_contact(f"Own {i}", dated=i < 3) for i in range(5)]
    own[0]["interactions"] = [{"date": "2026-10-02", "kind": "message", "direction": "gave"}]
    before = milestone_progress(steps, {"network.contacts": own})
    assert before["network-map"].complete, before
    bulk = [_contact(f"Imported {i}", dated=False, source="linkedin") for i in range(imported)]
    after = milestone_progress(steps, {"network.contacts": own + bulk})
    assert after["network-map"].done >= before["network-map"].done, after


def test_undated_own_contacts_still_count():
    """Do contacts the participant typed without a date still hold the milestone back (it is not free)?"""
    steps = [Step(name, title) for name, title in STEPS]
    own = [_contact(f"Own {i}", dated=i == 0) for i in range(4)]
    assert (
        "last contact noted for half of them"
        in milestone_progress(steps, {"network.contacts": own})["network-map"].missing
    )


def test_a_reload_comes_back_to_the_saved_step(tmp_path):
    """Does a new kernel's step view open on the step the participant left?"""
    from netkit.store.answers import AnswersStore

    store = AnswersStore(tmp_path, debounce=0)
    StepView(STEPS, store=store, enabled=True).go(2)
    store.flush()
    again = StepView(STEPS, store=AnswersStore(tmp_path, debounce=0), enabled=True)
    assert again.current == 2 and "Step 3 of 5" in again._title.value


def test_progress_follows_the_answers_when_moving(store):
    """Does moving to another step recount the milestones from the latest answers?"""
    view = StepView(STEPS, store=store, enabled=True)
    store.update(OUTBOX)
    view.next.click()
    assert "0 of 10 done" not in view._progress.value


def test_in_jupyterlab_the_view_is_hidden_and_hides_nothing(store):
    """Outside Voilà, are the header and footer hidden and no cell hidden (a plain notebook)?"""
    view = StepView(STEPS, store=store, enabled=False)
    assert view.layout.display == "none" and view.footer.layout.display == "none"
    assert view._hide.value == ""
