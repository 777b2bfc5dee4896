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

**Other languages.** An exercise is translated as a whole notebook beside it, ``<name>.<lang>.ipynb``
(``welcome.de.ipynb``): the same cells with the same ids, types, tags and code, the markdown written
in the language, and the parameters cell's ``language`` set to it (:func:`translation_problems` says
how a copy has fallen out of step). A description names its languages in ``[translations.<lang>]``
tables (a ``title``, ``step_titles`` and the ``how_to_start`` text in that language); each gives one
more workbook, ``<output stem>.<lang>.ipynb``, composed the same way from the translated exercises,
with the same cell ids and step tags as the English, so everything downstream reads any of them alike.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import re
import tomllib
from pathlib import Path

import nbformat

from netkit.atomic import atomic_write_text
from netkit.coach.steps import LAB_ONLY_TAG, STEP_TAG
from netkit.exceptions import InputError

__all__ = [
    "DROP_TAGS",
    "HOW_TO_START",
    "HOW_TO_START_STYLE",
    "HOW_TO_START_TEXT",
    "TRANSLATION_KEYS",
    "WorkshopSpec",
    "compose",
    "compose_text",
    "exercise_name",
    "first_heading",
    "read_spec",
    "translated_path",
    "translation_problems",
    "write_composed",
]

#: The first cell of a workbook: how to start in JupyterLab (hidden in Voilà by its own style
#: and by the step view; JupyterLab drops the <style> and puts no tag classes on cells).
HOW_TO_START_TEXT = (
    "**How to start:** the forms appear once the workbook runs. In the menu choose\n"
    "**Run ▸ Run All Cells**, then scroll down and fill them in. Everything you type is saved as you\n"
    "go; next time, run all cells again and your answers come back."
)
HOW_TO_START_STYLE = (
    "<style>.celltag_netkit-lab-only, .jp-Cell:has(.celltag_netkit-lab-only) { display: none !important; }</style>"
)
HOW_TO_START = f"{HOW_TO_START_TEXT}\n\n{HOW_TO_START_STYLE}"
#: What a ``[translations.<lang>]`` table of a workshop description may say, in that language.
TRANSLATION_KEYS = ("title", "step_titles", "how_to_start")
#: A translated exercise's name: ``welcome.de`` (the language code after the last dot).
_TRANSLATED = re.compile(r"(?P<name>.+)\.(?P<language>[a-z]{2,3})")
#: What markdown must carry over unchanged into a translation: inline code and link targets.
_KEPT_IN_MARKDOWN = re.compile(r"`[^`\n]+`|\]\([^)\s]+\)")

DROP_TAGS = {"parameters", "standalone-only"}


@dataclasses.dataclass(frozen=True)
class WorkshopSpec:
    """What a workshop workbook is made of."""

    path: Path
    title: str
    output: Path
    exercises: tuple[Path, ...]
    titles: tuple[tuple[str, str], ...] = ()
    language: str = ""  # "" for the description's own (English) workbook
    how_to_start: str = HOW_TO_START_TEXT
    translations: tuple[WorkshopSpec, ...] = ()  # one per [translations.<lang>] table

    @property
    def names(self) -> tuple[str, ...]:
        """The exercises' names (``welcome``), the same in every language."""
        return tuple(exercise_name(path) for path in self.exercises)

    def every_language(self) -> tuple[WorkshopSpec, ...]:
        """This workbook and its translations: what ``netkit compose`` writes and ``--check`` checks."""
        return (self, *self.translations)


def exercise_name(path: str | Path) -> str:
    """The exercise a notebook is, in any language: ``welcome`` for ``welcome.ipynb`` and ``welcome.de.ipynb``."""
    from netkit.languages import SUPPORTED_LANGUAGES

    stem = Path(path).stem
    match = _TRANSLATED.fullmatch(stem)
    return match["name"] if match and match["language"] in SUPPORTED_LANGUAGES else stem


def translated_path(path: str | Path, language: str) -> Path:
    """Where ``path``'s copy in ``language`` is: ``exercises/welcome.ipynb`` → ``exercises/welcome.de.ipynb``
    (``path`` itself for English or no language)."""
    from netkit.languages import DEFAULT_LANGUAGE

    path = Path(path)
    if not language or language == DEFAULT_LANGUAGE:
        return path
    return path.with_name(f"{path.stem}.{language}{path.suffix}")


def _read_toml(path: Path) -> dict:
    """The workshop description's table, or an :class:`InputError` saying what is wrong with the file."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
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


def read_spec(path: str | Path, exercises_dir: str | Path | None = None) -> WorkshopSpec:
    """Read a workshop TOML file; exercise names resolve in ``exercises_dir`` (default: ../exercises)."""
    path = Path(path)
    data = _read_toml(path)
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
    spec = WorkshopSpec(
        path=path,
        title=str(data.get("title", "")),
        output=output,
        exercises=tuple(exercises),
        titles=tuple(titles.items()),
    )
    tables = data.get("translations", {})
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise InputError(
            "'translations' must hold one table per language",
            where=path,
            fix='write e.g. [translations.de] with step_titles = { welcome = "Willkommen" }',
        )
    translations = tuple(_translation(spec, code, table) for code, table in tables.items())
    return dataclasses.replace(spec, translations=translations)


def _translation(spec: WorkshopSpec, code: str, table: dict) -> WorkshopSpec:
    """The workbook in another language that ``[translations.<code>]`` asks for: its translated exercises
    (each must exist), written beside the English one as ``<stem>.<code>.ipynb``."""
    from netkit.languages import DEFAULT_LANGUAGE, language_code, language_name

    where = spec.path
    language = language_code(code, where=f"{where} [translations.{code}]")
    if language == DEFAULT_LANGUAGE or code != language:
        raise InputError(
            f"[translations.{code}] must be named by the code of a language netkit speaks besides English",
            where=where,
            fix="write e.g. [translations.de] or [translations.es]",
        )
    unknown = sorted(set(table) - set(TRANSLATION_KEYS))
    if unknown:
        raise InputError(
            f"unknown setting {unknown[0]!r} in [translations.{code}]",
            where=where,
            fix="a translation may only set " + ", ".join(TRANSLATION_KEYS),
        )
    titles = table.get("step_titles", {})
    texts = [table.get("title", ""), table.get("how_to_start", "")]
    if not isinstance(titles, dict) or not all(isinstance(v, str) for v in [*titles.values(), *texts]):
        raise InputError(
            f"[translations.{code}] must give texts: title, how_to_start, and step_titles mapping exercises to titles",
            where=where,
            fix='write e.g. step_titles = { welcome = "Willkommen" }',
        )
    untitled = [name for name, _ in spec.titles if name not in titles]
    if untitled:
        raise InputError(
            f"[translations.{code}] gives no step title for {untitled[0]!r} (the English one does)",
            where=where,
            fix=f'add it to step_titles, e.g. step_titles = {{ {untitled[0]} = "…" }}',
        )
    exercises = []
    for english in spec.exercises:
        path = translated_path(english, language)
        if not path.exists():
            raise InputError(
                f"exercise {exercise_name(english)!r} has no {language_name(language)} copy: {path.name} is missing",
                where=where,
                fix=f"copy {english.name} to {path.name} and translate its text (CONTRIBUTING.md, "
                f"'Adding a language'), or remove [translations.{code}]",
            )
        exercises.append(path)
    return WorkshopSpec(
        path=spec.path,
        title=table.get("title") or spec.title,
        output=translated_path(spec.output, language),
        exercises=tuple(exercises),
        titles=tuple(titles.items()),
        language=language,
        how_to_start=table.get("how_to_start") or spec.how_to_start,
    )


def compose(spec: WorkshopSpec) -> nbformat.NotebookNode:
    """Build the workshop notebook described by ``spec`` (in memory)."""
    first = _read_exercise(spec.exercises[0])
    nb = nbformat.v4.new_notebook(metadata=copy.deepcopy(first.metadata))
    names = spec.names
    nb.metadata["netkit"] = {
        "title": spec.title,
        "composed_from": list(names),
        "generated": "by `netkit compose`; edit the exercises, not this file",
    }
    if spec.language:
        nb.metadata["netkit"]["language"] = spec.language
    sources = [first] + [_read_exercise(path) for path in spec.exercises[1:]]
    if spec.language:
        _check_in_step(spec, sources)
    titles = dict(spec.titles)
    steps = [(name, titles.get(name) or _title_of(name, source)) for name, source in zip(names, sources)]
    nb.cells.append(
        nbformat.v4.new_markdown_cell(
            f"{spec.how_to_start}\n\n{HOW_TO_START_STYLE}", id="netkit-how-to-start", metadata={"tags": [LAB_ONLY_TAG]}
        )
    )
    for index, (name, source) in enumerate(zip(names, sources)):
        for cell in source.cells:
            tags = list(cell.get("metadata", {}).get("tags", []))
            if index > 0 and set(tags) & DROP_TAGS:
                continue
            cell = copy.deepcopy(cell)
            cell["id"] = f"{name}-{cell.get('id', len(nb.cells))}"[:64]
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
            if "parameters" not in tags:
                cell.setdefault("metadata", {})["tags"] = tags + [STEP_TAG + name]
            nb.cells.append(cell)
            if "parameters" in tags:
                nb.cells.append(
                    nbformat.v4.new_code_cell(
                        f"from netkit.widgets.steps import StepView\n\nsteps = StepView({steps!r}, language=language)\nsteps",
                        id="netkit-steps",
                    )
                )
    nb.cells.append(nbformat.v4.new_code_cell("steps.footer", id="netkit-steps-footer"))
    return nb


def _check_in_step(spec: WorkshopSpec, sources: list[nbformat.NotebookNode]) -> None:
    """Stop unless every translated exercise is in step with its English notebook (the workbooks in every
    language must have the same cells, or a participant's language would change what the coach gets back)."""
    for path, translated in zip(spec.exercises, sources):
        english_path = path.with_name(f"{exercise_name(path)}{path.suffix}")
        problems = translation_problems(_read_exercise(english_path), translated, spec.language)
        if problems:
            raise InputError(
                f"{path.name} is out of step with {english_path.name}: " + "; ".join(problems[:5]),
                where=path,
                fix="give it the English notebook's cells (same ids, tags and code) with the text in the language; "
                "see CONTRIBUTING.md, 'Adding a language'",
            )


def translation_problems(english: nbformat.NotebookNode, translated: nbformat.NotebookNode, language: str) -> list[str]:
    """How a translated notebook differs from its English one where it must not (empty when in step).

    In step means: the same cells in the same order with the same ids, types and metadata (tags, hidden
    source); code cells the same, except that the parameters cell sets ``language`` to ``language``;
    every markdown cell written anew (not left in English) with the same inline code and link targets;
    and the same notebook metadata."""
    problems = []
    ids, other_ids = [c.get("id") for c in english.cells], [c.get("id") for c in translated.cells]
    for cell_id in ids:
        if cell_id not in other_ids:
            problems.append(f"cell {cell_id!r} of the English is missing")
    for cell_id in other_ids:
        if cell_id not in ids:
            problems.append(f"cell {cell_id!r} is not in the English")
    if not problems and ids != other_ids:
        problems.append("the cells are in another order than the English")
    theirs = {c.get("id"): c for c in translated.cells}
    for cell in english.cells:
        other = theirs.get(cell.get("id"))
        if other is None:
            continue
        where = f"cell {cell.get('id')!r}"
        if other.cell_type != cell.cell_type:
            problems.append(f"{where} is {other.cell_type}, in English {cell.cell_type}")
        elif other.get("metadata", {}) != cell.get("metadata", {}):
            problems.append(f"{where} has other tags or metadata than the English")
        elif cell.cell_type == "code" and not _same_code(cell, other, language):
            expected = 'with language = "' + language + '"' if _is_parameters(cell) else "as in English"
            problems.append(f"{where}: its code must be the English code ({expected})")
        elif cell.cell_type == "markdown":
            if cell.source.strip() and other.source.strip() == cell.source.strip():
                problems.append(f"{where} is not translated (still the English text)")
            elif sorted(_KEPT_IN_MARKDOWN.findall(other.source)) != sorted(_KEPT_IN_MARKDOWN.findall(cell.source)):
                problems.append(f"{where}: its inline code or link targets differ from the English")
    if translated.metadata != english.metadata:
        problems.append("the notebook's metadata differ from the English")
    return problems


def _is_parameters(cell: nbformat.NotebookNode) -> bool:
    return "parameters" in cell.get("metadata", {}).get("tags", [])


def _same_code(english: nbformat.NotebookNode, other: nbformat.NotebookNode, language: str) -> bool:
    """Is ``other`` the English code cell, its parameters' ``language`` aside (set to ``language`` there)?"""
    if not _is_parameters(english):
        return bool(other.source == english.source)
    try:
        wanted, found = _assignments(english.source), _assignments(other.source)
    except (SyntaxError, ValueError):
        return False
    if "language" in wanted:
        wanted["language"] = language
    return list(found.items()) == list(wanted.items())


def _assignments(source: str) -> dict[str, object]:
    """A parameters cell's ``name = value`` lines as a dict, in order (comments aside)."""
    values = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            raise ValueError("not a parameters cell")
        values[node.targets[0].id] = ast.literal_eval(node.value)
    return values


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
    """Compose and write ``spec.output`` atomically (only this language's; see :meth:`WorkshopSpec.every_language`)."""
    return atomic_write_text(spec.output, compose_text(spec))
