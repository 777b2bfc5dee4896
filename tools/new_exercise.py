"""Start a new exercise notebook: ``python tools/new_exercise.py NAME "Title"`` writes ``exercises/NAME.ipynb``.

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

ROOT = Path(__file__).resolve().parent.parent

#: The parameters cell every exercise starts with: the whitelisted roster fields, all "".
PARAMETERS = "# Filled in for you by your coach's `netkit render` (or the Binder start page).\n" + "\n".join(
    f'{field} = ""' for field in WORKBOOK_FIELDS
)


def new_exercise(name: str, title: str, root: Path = ROOT) -> Path:
    """Write ``exercises/<name>.ipynb`` under ``root``; refuse a name that exists or is not a plain file name."""
    if not name or Path(name).name != name or not name.replace("-", "").isalnum():
        raise SystemExit(f"{name!r}: use letters, digits and dashes only, e.g. network-map")
    path = root / "exercises" / f"{name}.ipynb"
    if path.exists():
        raise SystemExit(f"{path} exists: edit it in JupyterLab instead")
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
    return path


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(new_exercise(sys.argv[1], sys.argv[2]))
