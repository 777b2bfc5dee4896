"""Start a new exercise: ``python tools/new_exercise.py NAME "Title"`` writes ``exercises/NAME.ipynb`` and the
exercise's declaration ``netkit/exercises/NAME/exercise.py`` (its :class:`~netkit.exercises.registry.Exercise`).

The declaration is what makes the exercise a thing in the code: the registry finds it, so the coach report, the
step view, the take-home page and the worksheets show it with no other edit. It starts with one answers key
(``NAME.notes``: declare it in ``netkit/store/schema.py``), one milestone, a take-home section and a paper sheet to
fill in.

The notebook it writes has what every exercise needs and nothing else: the hidden ``parameters`` cell (the roster's
whitelisted fields, filled in by ``netkit render``), a title cell and a code cell for the form, each with a readable,
stable cell id. From then on the notebook itself is the source: edit it in JupyterLab (keep the cell ids, add new ones
like ``c03b`` between two cells), then run ``netkit compose workbooks/workshop.toml``. It never overwrites a notebook.
Not part of the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from netkit.coach.roster import WORKBOOK_FIELDS
from netkit.exercises.registry import exercises

ROOT = Path(__file__).resolve().parent.parent

#: The parameters cell every exercise starts with: the whitelisted roster fields, all "".
PARAMETERS = "# Filled in for you by your coach's `netkit render` (or the Binder start page).\n" + "\n".join(
    f'{field} = ""' for field in WORKBOOK_FIELDS
)


#: The declaration a new exercise starts with (filled in by :func:`declaration`).
DECLARATION = '''"""Exercise {order}, {title}: what the rest of the kit knows about it (see netkit.exercises.registry)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from netkit.exercises.registry import (
    Exercise,
    Milestone,
    Part,
    Reading,
    Sheet,
    SheetContext,
    TakeHome,
    TakeHomeContext,
    TakeHomePart,
)
from netkit.markup import paragraphs

__all__ = ["EXERCISE", "NOTES"]

#: The answers key this exercise owns (declare it in netkit/store/schema.py KEYS too).
NOTES = "{id}.notes"


def _notes(reading: Reading) -> str:
    return str(reading.answers.get(NOTES) or "").strip()


def takehome(answers: Mapping[str, Any], context: TakeHomeContext) -> TakeHomePart:
    """This exercise's section of the take-home page (escape every user string)."""
    text = str(answers.get(NOTES) or "").strip()
    return TakeHomePart(f"<p>{{paragraphs(text)}}</p>" if text else "<p class='muted'>Nothing written here yet.</p>")


def worksheet(context: SheetContext) -> Sheet:
    """The paper version of the form, with room to write by hand."""
    intro = "What the participant does here, in one line."
    return Sheet(EXERCISE.id, EXERCISE.heading, intro, (Part("lines", "Notes", lines=8),))


EXERCISE = Exercise(
    id={id!r},
    order={order},
    notebook={notebook!r},
    title={title!r},
    heading={heading!r},
    answer_keys=(NOTES,),
    milestones=(Milestone({id!r}, "notes written", lambda r: float(bool(_notes(r)))),),
    takehome=TakeHome({title!r}, takehome),
    worksheet=worksheet,
    activities=(),  # ids of [activities.*] in netkit/data/guide.toml with exercise = {step!r}
    languages=("en",),
)
'''


def declaration(name: str, title: str, order: int) -> str:
    """The text of ``netkit/exercises/<name>/exercise.py`` for a new exercise (order: its place in the workshop)."""
    return DECLARATION.format(
        id=name,
        order=order,
        notebook=f"{name}.ipynb",
        step=name,
        title=title,
        heading=f"Exercise {order} — {title}",
    )


def new_exercise(name: str, title: str, root: Path = ROOT) -> Path:
    """Write ``exercises/<name>.ipynb`` and ``netkit/exercises/<name>/exercise.py`` under ``root``; refuse a name
    that exists (as a notebook, a package or a registered exercise's spelling) or is not a plain lower-case name."""
    if not name or Path(name).name != name or not name.replace("-", "").isalnum() or name != name.lower():
        raise SystemExit(f"{name!r}: use lower-case letters, digits and dashes only, e.g. network-map")
    path = root / "exercises" / f"{name}.ipynb"
    if path.exists():
        raise SystemExit(f"{path} exists: edit it in JupyterLab instead")
    package = root / "netkit" / "exercises" / name.replace("-", "_")
    known = exercises()
    if package.exists() or any(name in e.names for e in known):
        raise SystemExit(f"{name!r} is an exercise already ({package}): pick another name")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    parameters = nbformat.v4.new_code_cell(PARAMETERS)
    parameters.metadata["tags"] = ["parameters"]
    parameters.metadata["jupyter"] = {"source_hidden": True}
    cells = [
        parameters,
        nbformat.v4.new_markdown_cell(f"## {title}\n\nWhat the participant does here, and why, in two or three lines."),
        nbformat.v4.new_code_cell("# from netkit.widgets.<your exercise> import <YourForm>\n# <YourForm>()"),
    ]
    for number, cell in enumerate(cells):
        cell["id"] = f"c{number:02d}"
        nb.cells.append(cell)
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(f'"""{title}: the exercise\'s model (see exercise.py)."""\n', encoding="utf-8")
    order = max((e.order for e in known), default=0) + 1
    (package / "exercise.py").write_text(declaration(name, title, order), encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(new_exercise(sys.argv[1], sys.argv[2]))
