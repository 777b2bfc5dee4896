"""Compose a workshop workbook from exercise notebooks, so nobody copies cells by hand.

A workshop is described by a small TOML file in ``workbooks/``::

    title = "Networking that lasts"
    output = "workshop.ipynb"
    exercises = ["welcome", "network-map", "outreach", "reflection"]

Each name is a notebook in ``exercises/``. The first exercise's cells come whole (it holds
the ``parameters`` cell); from the others, cells tagged ``parameters`` or ``standalone-only``
are left out because the workbook already has them. Outputs are cleared and cell ids are
prefixed with the exercise name, so the result is deterministic: ``tests/test_compose.py``
fails when a committed workbook is out of date with its exercises.

For the one-step-at-a-time view (:mod:`netkit.coach.steps`), every cell of an exercise is tagged
``netkit-step-<name>``; a first cell (shown only in JupyterLab) says how to start, the step
view's header comes right after the parameters, and its footer closes the workbook.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass
from pathlib import Path

import nbformat

from netkit.atomic import atomic_write_text
from netkit.coach.steps import LAB_ONLY_TAG, STEP_TAG
from netkit.exceptions import InputError

__all__ = [
    "DROP_TAGS",
    "HOW_TO_START",
    "WorkshopSpec",
    "compose",
    "compose_text",
    "first_heading",
    "read_spec",
    "write_composed",
]

#: The first cell of a workbook: how to start in JupyterLab (hidden in Voilà by its own style
#: and by the step view; JupyterLab drops the <style> and puts no tag classes on cells).
HOW_TO_START = (
    "**How to start:** the forms appear once the workbook runs. In the menu choose\n"
    "**Run ▸ Run All Cells**, then scroll down and fill them in. Everything you type is saved as you\n"
    "go; next time, run all cells again and your answers come back.\n\n"
    "<style>.celltag_netkit-lab-only, .jp-Cell:has(.celltag_netkit-lab-only) { display: none !important; }</style>"
)

DROP_TAGS = {"parameters", "standalone-only"}


@dataclass(frozen=True)
class WorkshopSpec:
    """What a workshop workbook is made of."""

    path: Path
    title: str
    output: Path
    exercises: tuple[Path, ...]
    titles: tuple[tuple[str, str], ...] = ()


def read_spec(path: str | Path, exercises_dir: str | Path | None = None) -> WorkshopSpec:
    """Read a workshop TOML file; exercise names resolve in ``exercises_dir`` (default: ../exercises)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("the workshop description does not exist", where=path) from None
    except UnicodeDecodeError:
        raise InputError(
            "the workshop description is not UTF-8 text",
            where=path,
            fix="save it as UTF-8 TOML (title = …, exercises = […])",
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"the workshop description is not valid TOML ({exc})", where=path) from None
    names = data.get("exercises")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise InputError(
            "'exercises' must be a list of exercise names",
            where=path,
            fix='write e.g. exercises = ["welcome", "network-map"]',
        )
    folder = Path(exercises_dir) if exercises_dir else path.parent.parent / "exercises"
    exercises = []
    for name in names:
        nb = folder / (name if name.endswith(".ipynb") else f"{name}.ipynb")
        if not nb.exists():
            raise InputError(
                f"exercise {name!r} is not in {folder}",
                where=path,
                fix="check the name against the notebooks in exercises/",
            )
        exercises.append(nb)
    output_name = data.get("output", path.with_suffix(".ipynb").name)
    if not isinstance(output_name, str) or Path(output_name).name != output_name or output_name in ("", ".", ".."):
        raise InputError(
            f"'output' must be a notebook file name next to the description (not {output_name!r})",
            where=path,
            fix='write e.g. output = "workshop.ipynb"',
        )
    output = path.parent / output_name
    titles = data.get("step_titles", {})
    if not isinstance(titles, dict) or not all(isinstance(v, str) for v in titles.values()):
        raise InputError(
            "'step_titles' must map exercise names to titles",
            where=path,
            fix='write e.g. step_titles = { welcome = "Welcome" }',
        )
    return WorkshopSpec(
        path=path,
        title=str(data.get("title", "")),
        output=output,
        exercises=tuple(exercises),
        titles=tuple(titles.items()),
    )


def compose(spec: WorkshopSpec) -> nbformat.NotebookNode:
    """Build the workshop notebook described by ``spec`` (in memory)."""
    first = _read_exercise(spec.exercises[0])
    nb = nbformat.v4.new_notebook(metadata=copy.deepcopy(first.metadata))
    nb.metadata["netkit"] = {
        "title": spec.title,
        "composed_from": [p.stem for p in spec.exercises],
        "generated": "by `netkit compose`; edit the exercises, not this file",
    }
    sources = [first] + [_read_exercise(path) for path in spec.exercises[1:]]
    titles = dict(spec.titles)
    steps = [
        (path.stem, titles.get(path.stem) or _title_of(path.stem, source))
        for path, source in zip(spec.exercises, sources)
    ]
    nb.cells.append(
        nbformat.v4.new_markdown_cell(HOW_TO_START, id="netkit-how-to-start", metadata={"tags": [LAB_ONLY_TAG]})
    )
    for index, (path, source) in enumerate(zip(spec.exercises, sources)):
        for cell in source.cells:
            tags = list(cell.get("metadata", {}).get("tags", []))
            if index > 0 and set(tags) & DROP_TAGS:
                continue
            cell = copy.deepcopy(cell)
            cell["id"] = f"{path.stem}-{cell.get('id', len(nb.cells))}"[:64]
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
            if "parameters" not in tags:
                cell.setdefault("metadata", {})["tags"] = tags + [STEP_TAG + path.stem]
            nb.cells.append(cell)
            if "parameters" in tags:
                nb.cells.append(
                    nbformat.v4.new_code_cell(
                        f"from netkit.widgets.steps import StepView\n\nsteps = StepView({steps!r})\nsteps",
                        id="netkit-steps",
                    )
                )
    nb.cells.append(nbformat.v4.new_code_cell("steps.footer", id="netkit-steps-footer"))
    return nb


def first_heading(nb: nbformat.NotebookNode) -> str | None:
    """The text of the notebook's first top-level (``# ``) markdown heading, or None."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return None


def _title_of(name: str, nb: nbformat.NotebookNode) -> str:
    """A step's title (unless the TOML's ``step_titles`` names one): the exercise's first top-level
    heading, else its registered heading (:mod:`netkit.exercises.registry`), else its name in words."""
    from netkit.exercises.registry import exercise

    declared = exercise(name)
    return first_heading(nb) or (declared.heading if declared else name.replace("-", " ").capitalize())


def _read_exercise(path: Path) -> nbformat.NotebookNode:
    try:
        return nbformat.read(path, as_version=4)
    except Exception as exc:  # nbformat raises several kinds for a file that is not a notebook
        raise InputError(
            f"this exercise is not a readable notebook ({exc.__class__.__name__})",
            where=path,
            fix="restore it from git, or open and save it again in JupyterLab",
        ) from None


def compose_text(spec: WorkshopSpec) -> str:
    """The composed notebook as it is written to disk."""
    return nbformat.writes(compose(spec)) + "\n"


def write_composed(spec: WorkshopSpec) -> Path:
    """Compose and write ``spec.output`` atomically."""
    return atomic_write_text(spec.output, compose_text(spec))
