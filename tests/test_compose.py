"""Workshop workbooks are composed from exercises, never copied by hand."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from netkit.coach.compose import compose, compose_text, read_spec
from netkit.coach.roster import WORKBOOK_FIELDS
from netkit.exceptions import InputError

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "workbooks").glob("*.toml"))
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))


WORKBOOKS = [spec for path in SPECS for spec in read_spec(path).every_language()]


@pytest.mark.parametrize("spec", WORKBOOKS, ids=lambda s: s.output.name)
def test_committed_workbook_is_up_to_date(spec):
    """Is each committed workbook, in every language its description names, exactly what `netkit compose`
    makes from its exercises?"""
    assert spec.output.exists(), f"run: netkit compose {spec.path.relative_to(ROOT)}"
    assert spec.output.read_text(encoding="utf-8") == compose_text(spec), (
        f"{spec.output.name} is out of date with its exercises: run `netkit compose`"
    )


def test_the_workshop_is_composed_in_every_language():
    """Does the bundled workshop come in every supported language (its German and Spanish workbooks)?"""
    from netkit.languages import SUPPORTED_LANGUAGES

    spec = read_spec(ROOT / "workbooks" / "workshop.toml")
    assert {s.language or "en" for s in spec.every_language()} == set(SUPPORTED_LANGUAGES)
    assert {s.output.name for s in spec.every_language()} == {
        "workshop.ipynb",
        "workshop.de.ipynb",
        "workshop.es.ipynb",
    }


def test_specs_exist():
    """Is there at least one workshop description (so the test above cannot pass vacuously)?"""
    assert SPECS


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda p: p.name)
def test_exercise_parameters_are_whitelisted(exercise):
    """Does every exercise's parameters cell set only whitelisted roster fields, as strings?"""
    import ast

    nb = nbformat.read(exercise, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, "one cell tagged 'parameters' per exercise"
    for node in ast.parse(cells[0].source).body:
        assert node.targets[0].id in WORKBOOK_FIELDS
        assert isinstance(ast.literal_eval(node.value), str)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda p: p.name)
def test_exercises_are_committed_without_outputs(exercise):
    """Are exercise notebooks committed clean (no outputs that could hold someone's data)?"""
    nb = nbformat.read(exercise, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def _exercise(folder: Path, name: str, cells) -> None:
    nb = nbformat.v4.new_notebook()
    for i, (source, tags) in enumerate(cells):
        cell = nbformat.v4.new_code_cell(source)
        cell["id"] = f"c{i}"
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    nbformat.write(nb, folder / f"{name}.ipynb")


def test_compose_drops_repeated_parameters_and_standalone_cells(tmp_path):
    """Are later exercises' parameters and standalone-only cells left out, ids kept unique?"""
    ex = tmp_path / "exercises"
    ex.mkdir()
    _exercise(ex, "one", [('name = ""', ["parameters"]), ("print(1)", [])])
    _exercise(ex, "two", [('name = ""', ["parameters"]), ("import x", ["standalone-only"]), ("print(2)", [])])
    spec_path = tmp_path / "workbooks" / "w.toml"
    spec_path.parent.mkdir()
    spec_path.write_text('title = "T"\nexercises = ["one", "two"]\n')
    nb = compose(read_spec(spec_path))
    cells = [c for c in nb.cells if not c.id.startswith("netkit-")]  # the step view's own cells
    assert [c.source for c in cells] == ['name = ""', "print(1)", "print(2)"]
    assert [c.id for c in cells] == ["one-c0", "one-c1", "two-c2"]
    assert nb.metadata["netkit"]["composed_from"] == ["one", "two"]


def test_unknown_exercise_is_a_clear_error(tmp_path):
    """Does a typo in the exercise list name the exercise and the file?"""
    (tmp_path / "exercises").mkdir()
    spec_path = tmp_path / "workbooks" / "w.toml"
    spec_path.parent.mkdir()
    spec_path.write_text('exercises = ["nope"]\n')
    with pytest.raises(InputError, match="'nope'"):
        read_spec(spec_path)


@pytest.mark.parametrize(
    "spec_bytes, exercise_text",
    [
        (b"\xff\xfe\x00binary", None),
        (b'exercises = ["one"]\noutput = 3\n', None),
        (b'exercises = ["one"]\noutput = "../../elsewhere.ipynb"\n', None),
        (b'exercises = ["one"]\n', ""),
    ],
)
def test_broken_workshop_descriptions_are_input_errors(tmp_path, spec_bytes, exercise_text):
    """Are a binary description, an output that is not a file name next to it, and an exercise that
    is not a notebook each an InputError naming the file, rather than a traceback?"""
    ex = tmp_path / "exercises"
    ex.mkdir()
    if exercise_text is None:
        _exercise(ex, "one", [('name = ""', ["parameters"])])
    else:
        (ex / "one.ipynb").write_text(exercise_text)
    spec_path = tmp_path / "workbooks" / "w.toml"
    spec_path.parent.mkdir()
    spec_path.write_bytes(spec_bytes)
    with pytest.raises(InputError):
        compose(read_spec(spec_path))
