"""Write an exercise notebook from a short list of (kind, source, tags) cells.

Used by the exercise authors so cell ids are stable and readable; run it once, then edit the
notebook in JupyterLab if you like. Not part of the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from netkit.coach.roster import WORKBOOK_FIELDS

#: The parameters cell every exercise starts with: the whitelisted roster fields, all "".
PARAMETERS = "# Filled in for you by your coach's `netkit render` (or the Binder start page).\n" + "\n".join(
    f'{field} = ""' for field in WORKBOOK_FIELDS
)


def make(path: str | Path, cells: list[tuple], *, title: str = "") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    for number, (kind, source, *rest) in enumerate(cells):
        tags = rest[0] if rest else []
        cell = nbformat.v4.new_markdown_cell(source) if kind == "md" else nbformat.v4.new_code_cell(source)
        cell["id"] = f"c{number:02d}"
        if tags:
            cell.metadata["tags"] = list(tags)
        if kind == "code" and "parameters" in tags:
            cell.metadata["jupyter"] = {"source_hidden": True}
        nb.cells.append(cell)
    path = Path(__file__).resolve().parent.parent / path
    Path(path).write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    return Path(path)


if __name__ == "__main__":
    sys.exit("import make() from this module")
