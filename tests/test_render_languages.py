"""`netkit render` gives each participant the workbook in their roster language (#25), and nothing else changes."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import nbformat
import pytest
from click.testing import CliRunner

from netkit import resources
from netkit.cli import cli
from netkit.coach.personalise import WorkbookTexts, load_template, personalise
from netkit.coach.render import INJECTED_CELL_ID, render
from netkit.coach.roster import parse_roster

ROOT = Path(__file__).resolve().parent.parent
HEADINGS = {
    "de": "# Übung 1 – Deine Netzwerkkarte",
    "es": "# Ejercicio 1 — El mapa de tu red",
    "en": "# Exercise 1 — Map your network",
}
ROSTER = (
    "Name,Goal,Language\n"
    "Jonas Weber,Wechsel in die Energiebranche,Deutsch\n"
    "Lucía Fernández,Encontrar mentoría,es\n"
    "Ana Silva,Move into UX research,en\n"
    "Wei Zhang,Find a mentor,\n"
)


def markdown(nb: nbformat.NotebookNode) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def structure(nb: nbformat.NotebookNode) -> list:
    """What must be the same in every language: each cell's id, type and metadata, and the code (the injected
    parameters, the exercise's default language and the step titles aside)."""
    varying = {INJECTED_CELL_ID, "welcome-c00", "netkit-steps"}
    return [
        (c.get("id"), c.cell_type, c.metadata, c.source if c.cell_type == "code" and c.get("id") not in varying else "")
        for c in nb.cells
    ]


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    """A mixed cohort (de, es, en and no language) rendered once with the default workbook."""
    out = tmp_path_factory.mktemp("out")
    report = render(parse_roster(ROSTER, where="roster.csv"), out, progress=False)
    return report, {r.participant.name: nbformat.read(r.notebooks[0], as_version=4) for r in report.results}


def test_each_participant_gets_their_languages_workbook(cohort):
    """Jonas (Deutsch) reads German, Lucía (es) Spanish, Ana (en) and Wei (none) English, and no one's
    workbook holds another language's headings."""
    report, books = cohort
    expected = {"Jonas Weber": "de", "Lucía Fernández": "es", "Ana Silva": "en", "Wei Zhang": "en"}
    for name, language in expected.items():
        text = markdown(books[name])
        assert HEADINGS[language] in text, name
        assert [h for lang, h in HEADINGS.items() if lang != language and h in text] == [], name
    assert "Übung 2 – Nachrichten, auf die man gern antwortet" in markdown(books["Jonas Weber"])
    assert "**Siguiente:**" in markdown(books["Lucía Fernández"])
    assert books["Jonas Weber"].metadata["netkit"]["language"] == "de"
    assert "language" not in books["Ana Silva"].metadata["netkit"]
    assert report.ok and not report.warnings


def test_nothing_else_changes_with_the_language(cohort):
    """Same file name, same cells (ids, types, tags, code), the participant's own parameters; the manifest
    lists everyone under the one workbook name."""
    report, books = cohort
    shapes = {name: structure(nb) for name, nb in books.items()}
    assert len({json.dumps(shape, sort_keys=True, default=str) for shape in shapes.values()}) == 1
    assert {r.notebooks[0].name for r in report.results} == {"workshop.ipynb"}
    assert {r.status for r in report.results} == {"written"}
    for result in report.results:
        injected = next(c.source for c in books[result.participant.name].cells if c.get("id") == INJECTED_CELL_ID)
        values = {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(injected).body}
        assert values == result.participant.workbook_parameters()
    manifest = json.loads(report.manifest.read_text(encoding="utf-8"))
    assert manifest["workbook"] == "workshop.ipynb" and len(manifest["participants"]) == 4


def test_each_language_text_is_papermills_own(cohort):
    """Is each participant's file exactly what papermill and nbformat make from their language's template
    (the text made once per language and filled in is not an approximation)?"""
    report, _ = cohort
    for result in report.results:
        language = result.participant.fields.get("language", "")
        template = load_template(resources.default_workbook(language if language != "en" else ""))
        expected = nbformat.writes(personalise(template, result.participant))
        assert result.notebooks[0].read_text(encoding="utf-8") == expected


def test_the_text_is_made_once_per_language_used():
    """One text maker per template actually used, made on that language's first participant."""
    roster = parse_roster(ROSTER, where="roster.csv")
    templates = {"": load_template(resources.default_workbook()), "de": load_template(resources.default_workbook("de"))}
    texts = WorkbookTexts(templates)
    for participant in roster.participants:
        texts.text(participant)
    assert set(texts.made) == {"", "de"}  # Lucía (es, no template given) gets the default
    assert texts.template(roster.participants[2]) is templates[""]
    assert texts.made["de"].exact and texts.made[""].exact
    with pytest.raises(ValueError):
        WorkbookTexts({"de": templates["de"]})


def test_a_coachs_own_workbook_is_everyones(tmp_path):
    """With --workbook the coach's notebook goes to everyone, whatever their language."""
    own = tmp_path / "mine.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell('name = ""\nlanguage = ""', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_markdown_cell("# Our own workbook"),
    ]
    nbformat.write(nb, own)
    report = render(parse_roster(ROSTER, where="roster.csv"), tmp_path / "out", workbook=own, progress=False)
    for result in report.results:
        assert result.notebooks[0].name == "mine.ipynb"
        assert "# Our own workbook" in result.notebooks[0].read_text(encoding="utf-8")


def test_a_language_whose_workbook_is_missing_gets_english_with_a_warning(tmp_path, monkeypatch):
    """A supported language without its composed workbook (not yet made) is said, not silently English."""
    real = resources.default_workbook
    monkeypatch.setattr(
        resources, "default_workbook", lambda language="": real() if language != "es" else tmp_path / "gone.ipynb"
    )
    report = render(parse_roster(ROSTER, where="roster.csv"), tmp_path / "out", progress=False)
    assert report.ok
    assert [w for w in report.warnings if "no español workbook (gone.ipynb)" in w and "netkit compose" in w]
    lucia = next(r for r in report.results if r.participant.name == "Lucía Fernández")
    assert HEADINGS["en"] in lucia.notebooks[0].read_text(encoding="utf-8")


def test_update_moves_a_participant_to_their_new_language_keeping_their_cells(tmp_path):
    """Rendered in English, a participant adds a cell; the coach sets their language to de and renders with
    --update: the German workbook, with their cell carried over after the one it followed."""
    out = tmp_path / "out"
    render(parse_roster("Name,Language\nAna Silva,en\n", where="r.csv"), out, progress=False)
    path = next(out.glob("*/workshop.ipynb"))
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(5, nbformat.v4.new_markdown_cell("My own note", id="mine"))
    nbformat.write(nb, path)
    report = render(parse_roster("Name,Language\nAna Silva,de\n", where="r.csv"), out, update=True, progress=False)
    assert [r.status for r in report.results] == ["updated"]
    again = nbformat.read(path, as_version=4)
    assert HEADINGS["de"] in markdown(again)
    ids = [c.get("id") for c in again.cells]
    assert ids[ids.index("mine") - 1] == nb.cells[4].get("id")


def test_the_command_line_language_gives_everyone_without_one_that_workbook(tmp_path):
    """`netkit render --language es` fills the rows that leave Language empty; a row's own value wins."""
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Language\nAna Silva,\nJonas Weber,de\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(roster), "-o", str(out), "--language", "es", "-q"])
    assert result.exit_code == 0, result.output
    texts = {p.parent.name.split("-")[0]: p.read_text(encoding="utf-8") for p in out.glob("*/workshop.ipynb")}
    assert len(texts) == 2
    ana = next(t for folder, t in texts.items() if "ana" in folder.lower())
    jonas = next(t for folder, t in texts.items() if "jonas" in folder.lower())
    assert HEADINGS["es"] in ana and HEADINGS["de"] in jonas
