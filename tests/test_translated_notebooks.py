"""The workbook in each language (#25): every exercise translated as a whole notebook, kept in step with the English.

A translation (``exercises/<name>.<lang>.ipynb``) has the English notebook's cells with the same ids, types, tags
and code (its parameters cell sets ``language`` to its own), and markdown written in the language. These tests fail
when someone changes the English notebook (a new cell, a new tag, other code) without the translations, and
``netkit compose`` refuses to compose an out-of-step translation into a workbook.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import nbformat
import pytest

from netkit.coach.compose import (
    compose,
    exercise_name,
    first_heading,
    read_spec,
    translated_path,
    translation_problems,
)
from netkit.exceptions import InputError
from netkit.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"
ENGLISH = [p for p in sorted(EXERCISES.glob("*.ipynb")) if exercise_name(p) == p.stem]
LANGUAGES = [code for code in SUPPORTED_LANGUAGES if code != DEFAULT_LANGUAGE]
PAIRS = [(path, language) for path in ENGLISH for language in LANGUAGES]
#: Words of each language's own that its prose can hardly do without, and English words it should not keep.
OWN_WORDS = {"de": (" du ", " und "), "es": (" tu ", " que ")}
ENGLISH_WORDS = (" the ", " you ", " and ")


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


@pytest.mark.parametrize("english, language", PAIRS, ids=lambda x: getattr(x, "stem", x))
def test_every_exercise_has_a_translation_in_step(english, language):
    """Does each exercise have its copy in each language, with the same cells (ids, types, tags, code) and
    every markdown cell translated?"""
    path = translated_path(english, language)
    assert path.exists(), f"{path.name} is missing: copy {english.name} and translate its markdown cells"
    assert translation_problems(read(english), read(path), language) == []


@pytest.mark.parametrize("english, language", PAIRS, ids=lambda x: getattr(x, "stem", x))
def test_the_prose_is_in_the_language_and_the_parameters_default_to_it(english, language):
    """Is the translated prose in the language (its common words, not the English ones), and does the notebook,
    opened on its own, run its widgets in its language?"""
    nb = read(translated_path(english, language))
    prose = " " + " ".join(" ".join(c.source.split()) for c in nb.cells if c.cell_type == "markdown").lower() + " "
    assert all(word in prose for word in OWN_WORDS[language]), prose[:200]
    outside_titles = re.sub(r"(?<!\*)\*[^*]+\*(?!\*)", "", prose)  # cited works keep their English titles
    assert not [word for word in ENGLISH_WORDS if word in outside_titles]
    parameters = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert f'language = "{language}"' in parameters.source


def test_every_translation_belongs_to_an_english_exercise_and_a_supported_language():
    """Is there no stray copy (an exercise renamed or removed in English, a language netkit does not speak)?"""
    for path in EXERCISES.glob("*.*.ipynb"):
        name = exercise_name(path)
        assert name != path.stem, f"{path.name}: {path.stem.rsplit('.', 1)[-1]!r} is not a supported language"
        assert (EXERCISES / f"{name}.ipynb").exists(), f"{path.name} translates an exercise that is gone"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_composed_workbook_in_each_language_matches_the_english_cell_for_cell(language):
    """Do the German and Spanish workbooks have the English workbook's cells, ids, tags and code (the
    parameters' language and the step titles aside), so render, the step view and collect read them alike?"""
    english = read(ROOT / "workbooks" / "workshop.ipynb")
    other = read(ROOT / "workbooks" / f"workshop.{language}.ipynb")
    assert [(c.id, c.cell_type, c.metadata) for c in other.cells] == [
        (c.id, c.cell_type, c.metadata) for c in english.cells
    ]
    differ = [c.id for c, o in zip(english.cells, other.cells) if c.cell_type == "code" and c.source != o.source]
    assert differ == ["welcome-c00", "netkit-steps"]
    assert other.metadata["netkit"]["language"] == language
    assert other.metadata["netkit"]["composed_from"] == english.metadata["netkit"]["composed_from"]


def test_step_titles_follow_the_language():
    """Are the step view's titles the translated exercises' headings (and the translated step_titles)?"""
    spec = read_spec(ROOT / "workbooks" / "workshop.toml")
    for workbook in spec.translations:
        nb = compose(workbook)
        view = next(c.source for c in nb.cells if c.id == "netkit-steps")
        for path in workbook.exercises:
            heading = first_heading(read(path))
            if heading and exercise_name(path) not in dict(workbook.titles):
                assert repr(heading) in view
        for title in dict(workbook.titles).values():
            assert repr(title) in view
        assert "Exercise" not in view and "Welcome" not in view
        assert nb.cells[0].source.startswith(workbook.how_to_start) and "How to start" not in nb.cells[0].source
    german = compose(next(s for s in spec.translations if s.language == "de"))
    assert "Übung 1 – Deine Netzwerkkarte" in german.cells[2].source
    assert (
        german.cells[0].source.startswith("**So geht's los:**") and "celltag_netkit-lab-only" in german.cells[0].source
    )


# --- the check catches what it looks for (doctored copies) -------------------------------------------------------


@pytest.fixture(scope="module")
def pair():
    english = read(EXERCISES / "outreach.ipynb")
    return english, read(EXERCISES / "outreach.de.ipynb")


def _cell(nb, cell_id):
    return next(c for c in nb.cells if c.id == cell_id)


def test_a_cell_added_to_the_english_alone_is_caught(pair):
    english, german = copy.deepcopy(pair[0]), pair[1]
    english.cells.insert(3, nbformat.v4.new_markdown_cell("## A new idea", id="c02z"))
    assert translation_problems(english, german, "de") == ["cell 'c02z' of the English is missing"]


@pytest.mark.parametrize(
    "doctor, expected",
    [
        (lambda e, t: t.cells.pop(), "cell 'c07' of the English is missing"),
        (lambda e, t: t.cells.append(nbformat.v4.new_markdown_cell("x", id="extra")), "'extra' is not in the English"),
        (lambda e, t: t.cells.insert(0, t.cells.pop(1)), "another order"),
        (lambda e, t: _cell(t, "c04").metadata.setdefault("tags", []).append("x"), "other tags"),
        (lambda e, t: _cell(e, "c04").metadata.setdefault("tags", []).append("standalone-only"), "other tags"),
        (lambda e, t: setattr(_cell(e, "c04"), "source", _cell(e, "c04").source + ", language=language)"), "code"),
        (lambda e, t: setattr(_cell(t, "c06"), "source", "ConversationGuide()"), "code"),
        (lambda e, t: setattr(_cell(t, "c00"), "source", _cell(e, "c00").source), 'language = "de"'),
        (lambda e, t: setattr(_cell(t, "c00"), "source", _cell(t, "c00").source + "\nextra = 'x'"), "code"),
        (lambda e, t: setattr(_cell(t, "c00"), "source", "import os"), "code"),
        (lambda e, t: setattr(_cell(t, "c05"), "source", _cell(e, "c05").source), "not translated"),
        (lambda e, t: setattr(_cell(e, "c05"), "source", _cell(e, "c05").source + " Run `netkit x`."), "inline code"),
        (lambda e, t: setattr(_cell(t, "c04"), "cell_type", "markdown"), "is markdown"),
        (lambda e, t: t.metadata.update(kernelspec={"name": "other"}), "metadata"),
    ],
)
def test_the_check_catches_each_way_a_copy_falls_out_of_step(pair, doctor, expected):
    english, german = copy.deepcopy(pair[0]), copy.deepcopy(pair[1])
    doctor(english, german)
    problems = translation_problems(english, german, "de")
    assert any(expected in problem for problem in problems), problems


def test_the_real_pair_is_in_step(pair):
    """(The guard tests above start from a pair that is in step.)"""
    assert translation_problems(*pair, "de") == []


# --- compose with translations -----------------------------------------------------------------------------------


def _exercise(folder: Path, name: str, cells, language: str = "") -> None:
    nb = nbformat.v4.new_notebook()
    for i, (kind, source, tags) in enumerate(cells):
        cell = nbformat.v4.new_code_cell(source) if kind == "code" else nbformat.v4.new_markdown_cell(source)
        cell["id"] = f"c{i}"
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    nbformat.write(nb, folder / (f"{name}.{language}.ipynb" if language else f"{name}.ipynb"))


@pytest.fixture
def workshop(tmp_path):
    """An English exercise and its German copy, and a description asking for German."""
    ex = tmp_path / "exercises"
    ex.mkdir()
    _exercise(ex, "one", [("code", 'name = ""\nlanguage = ""', ["parameters"]), ("markdown", "# Hello", [])])
    _exercise(ex, "one", [("code", 'name = ""\nlanguage = "de"', ["parameters"]), ("markdown", "# Hallo", [])], "de")
    (tmp_path / "workbooks").mkdir()
    spec = tmp_path / "workbooks" / "w.toml"
    spec.write_text('title = "T"\nexercises = ["one"]\n\n[translations.de]\ntitle = "T auf Deutsch"\n')
    return tmp_path


def test_compose_makes_each_languages_workbook_beside_the_english(workshop):
    spec = read_spec(workshop / "workbooks" / "w.toml")
    (german,) = spec.translations
    assert german.output.name == "w.de.ipynb" and german.language == "de" and german.names == ("one",)
    nb = compose(german)
    assert [c.id for c in nb.cells] == [c.id for c in compose(spec).cells]
    assert nb.metadata["netkit"]["title"] == "T auf Deutsch" and "[('one', 'Hallo')]" in nb.cells[2].source


def test_compose_refuses_a_translation_out_of_step(workshop):
    """A cell added to the English alone stops the German workbook, naming the file and what differs."""
    english = workshop / "exercises" / "one.ipynb"
    nb = read(english)
    nb.cells.append(nbformat.v4.new_markdown_cell("More", id="c9"))
    nbformat.write(nb, english)
    with pytest.raises(InputError, match=r"one\.de\.ipynb is out of step.*'c9'"):
        compose(read_spec(workshop / "workbooks" / "w.toml").translations[0])


@pytest.mark.parametrize(
    "table, message",
    [
        ("[translations.fr]\n", "French"),
        ("[translations.en]\n", "besides English"),
        ("[translations.Deutsch]\n", "code"),
        ('[translations.de]\nsubtitle = "x"\n', "unknown setting 'subtitle'"),
        ("[translations.de]\nstep_titles = 3\n", "must give texts"),
        ("translations = 3\n", "one table per language"),
    ],
)
def test_a_bad_translations_table_is_a_clear_error(workshop, table, message):
    spec = workshop / "workbooks" / "w.toml"
    spec.write_text('title = "T"\nexercises = ["one"]\n' + table)
    with pytest.raises(InputError, match=message):
        read_spec(spec)


def test_a_missing_copy_or_step_title_is_named(workshop):
    spec = workshop / "workbooks" / "w.toml"
    spec.write_text('exercises = ["one"]\n[translations.es]\n')
    with pytest.raises(InputError, match=r"no español copy: one\.es\.ipynb is missing"):
        read_spec(spec)
    spec.write_text('exercises = ["one"]\nstep_titles = { one = "One" }\n[translations.de]\n')
    with pytest.raises(InputError, match="no step title for 'one'"):
        read_spec(spec)


def test_the_coverage_script_reports_a_missing_or_out_of_step_copy(tmp_path):
    """tools/translation_coverage.py lists each exercise copy that is missing or out of step, per language."""
    import importlib.util
    import shutil
    import sys

    spec = importlib.util.spec_from_file_location("translation_coverage", ROOT / "tools" / "translation_coverage.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translation_coverage", tool)
    spec.loader.exec_module(tool)
    (tmp_path / "exercises").mkdir()
    shutil.copy(EXERCISES / "outreach.ipynb", tmp_path / "exercises")
    german = read(EXERCISES / "outreach.de.ipynb")
    german.cells.pop()
    nbformat.write(german, tmp_path / "exercises" / "outreach.de.ipynb")
    assert tool.notebook_problems("de", root=tmp_path) == ["outreach.de.ipynb: cell 'c07' of the English is missing"]
    assert tool.notebook_problems("es", root=tmp_path) == [
        "exercises/outreach.es.ipynb does not exist (copy outreach.ipynb and translate it)"
    ]
    assert tool.notebook_problems("de") == [] and tool.notebook_problems("es") == []
