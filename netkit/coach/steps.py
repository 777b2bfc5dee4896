"""One step at a time: the steps of a composed workbook, how far a participant is, what to hide.

A composed workbook (``netkit compose``) tags every cell of an exercise ``netkit-step-<name>``.
Voilà renders each tag as a class on the cell (``celltag_netkit-step-<name>``), so the step view
(:mod:`netkit.widgets.steps`) shows one exercise by putting a small ``<style>`` on the page that
hides the others. JupyterLab puts no such classes on cells: there the workbook stays a notebook.

Progress counts the coach report's own milestones (:data:`netkit.coach.collect.MILESTONES`), so a
participant and their coach read the same numbers. Pure: no widgets, no Jupyter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netkit.exercises.registry import LiveMapping, step_exercises
from netkit.markup import Markup
from netkit.store.schema import CURRENT_STEP

__all__ = [
    "CURRENT_STEP_KEY",
    "LAB_ONLY_TAG",
    "MILESTONE_EXERCISE",
    "STEP_TAG",
    "Step",
    "StepProgress",
    "clamp",
    "hide_others_css",
    "milestone_progress",
    "still_to_do",
]

#: Cell tag prefix of a composed workbook's steps.
STEP_TAG = "netkit-step-"
#: Cells shown only in JupyterLab (the "how to start" cell), hidden in Voilà.
LAB_ONLY_TAG = "netkit-lab-only"
#: Answers key remembering the step a participant was on (so a reload comes back there).
CURRENT_STEP_KEY = CURRENT_STEP
#: Step name (an exercise notebook's name, or any older spelling) -> the exercise id the milestones use, read from
#: the exercise registry (:mod:`netkit.exercises.registry`) at each use.
MILESTONE_EXERCISE = LiveMapping(step_exercises)


@dataclass(frozen=True)
class Step:
    """One step of a workbook: an exercise notebook's name and the title shown in the progress bar."""

    name: str
    title: str

    @property
    def tag(self) -> str:
        return STEP_TAG + self.name


@dataclass(frozen=True)
class StepProgress:
    """Milestones reached in one step (``total`` is 0 for a step with none, e.g. the welcome), and
    the labels of those still to do, in the coach report's order."""

    done: int
    total: int
    missing: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


def milestone_progress(steps: Sequence[Step], answers: Mapping[str, Any]) -> dict[str, StepProgress]:
    """Per step, how many of the coach report's milestones the answers reach."""
    from netkit.coach.collect import MILESTONES, missing_steps

    missing = missing_steps(answers)
    result = {}
    for step in steps:
        exercise = MILESTONE_EXERCISE.get(step.name)
        total = sum(1 for m in MILESTONES if m.exercise == exercise)
        left = tuple(missing.get(exercise or "", []))
        result[step.name] = StepProgress(total - len(left), total, left)
    return result


def still_to_do(steps: Sequence[Step], progress: Mapping[str, StepProgress]) -> list[tuple[Step, str]]:
    """(step, milestone label) for every milestone not reached yet, in step order: what "to do" means."""
    return [(step, label) for step in steps for label in progress[step.name].missing]


def hide_others_css(steps: Sequence[Step], current: int) -> str:
    """A ``<style>`` that hides every step's cells but ``steps[current]``'s (and the Lab-only cells).

    Code cells carry the tag class on the cell itself; markdown cells on their rendered
    content, so those are matched with ``:has``."""
    hidden = [s.tag for i, s in enumerate(steps) if i != current] + [LAB_ONLY_TAG]
    selectors = []
    for tag in hidden:
        selectors += [f".jp-Cell.celltag_{tag}", f".jp-Cell:has(> .jp-Cell-inputWrapper .celltag_{tag})"]
    css = Markup(", ".join(selectors) + " { display: none !important; }")  # the kit's own tags: CSS, not text
    return str(Markup("<style>{}</style>").format(css))


def clamp(index: Any, count: int) -> int:
    """A saved step number made safe (a hand-edited or stale value becomes the nearest real step)."""
    try:
        index = int(index)
    except (TypeError, ValueError):
        return 0
    return max(0, min(count - 1, index))
