"""tools/new_exercise.py: a new exercise gets the parameters cell every bundled one has; nothing is overwritten."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import nbformat
import pytest

from netkit.coach.compose import exercise_name

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("new_exercise", ROOT / "tools" / "new_exercise.py")
assert _spec and _spec.loader
new_exercise = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(new_exercise)


def test_a_new_exercise_is_a_valid_notebook_with_the_parameters_cell(tmp_path):
    (tmp_path / "exercises").mkdir()
    path = new_exercise.new_exercise("gratitude-log", "Thank three people", root=tmp_path)
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert [c.id for c in nb.cells] == ["c00", "c01", "c02"]
    assert nb.cells[0].metadata["tags"] == ["parameters"] and nb.cells[0].source == new_exercise.PARAMETERS
    assert nb.cells[1].source.startswith("## Thank three people")


def test_its_parameters_cell_is_the_one_every_bundled_exercise_has():
    for path in sorted((ROOT / "exercises").glob("*.ipynb")):
        if exercise_name(path) != path.stem:
            continue  # a translation: its parameters set its own language (tests/test_translated_notebooks.py)
        cells = nbformat.read(path, as_version=4).cells
        assert [c.source for c in cells if "parameters" in c.metadata.get("tags", [])] == [new_exercise.PARAMETERS]


@pytest.mark.parametrize("name", ["network-map", "../escape", "with space", ""])
def test_it_never_overwrites_and_refuses_odd_names(name):
    with pytest.raises(SystemExit):
        new_exercise.new_exercise(name, "x")
