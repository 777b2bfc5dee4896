"""One participant's notebook: the workshop template with papermill's injected-parameters cell.

:func:`personalise` is papermill's Python API on one participant (its command line would turn
``"0612345678"`` into a number and ``"no"`` into ``False``; the API keeps exact strings).
:class:`WorkbookText` gives the same text, byte for byte, for a cohort of thousands at a fraction
of the cost: papermill's injection and nbformat's validating writer run once, on the first
participant, and only the two places that differ are filled in for each of the others.

papermill is imported lazily: it costs over a second to import and most commands never need it.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

import nbformat

from netkit.coach.execute import clean_metadata
from netkit.coach.roster import Participant
from netkit.exceptions import RenderError

__all__ = ["INJECTED_CELL_ID", "WorkbookText", "WorkbookTexts", "load_template", "personalise", "template_key"]

INJECTED_CELL_ID = "injected-parameters"
#: nbformat's JSON writer's settings (``nbformat.v4.nbjson``), which :class:`WorkbookText` follows.
_NB_JSON = {"indent": 1, "sort_keys": True, "separators": (",", ": "), "ensure_ascii": False}


def load_template(path: str | Path) -> nbformat.NotebookNode:
    """Read a workbook template and check it has a cell tagged ``parameters``."""
    path = Path(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise RenderError(
            "the workbook template does not exist",
            where=path,
            fix="give the path of a .ipynb file with --workbook, or leave it out",
        ) from None
    except Exception as exc:  # nbformat raises several kinds for a non-notebook
        raise RenderError(
            f"this is not a readable notebook ({exc.__class__.__name__})",
            where=path,
            fix="give a .ipynb notebook with --workbook (one that opens in JupyterLab), or leave it out",
        ) from None
    if not any("parameters" in cell.get("metadata", {}).get("tags", []) for cell in nb.cells):
        raise RenderError(
            "the template has no cell tagged 'parameters'",
            where=path,
            fix="tag the cell that sets name = … with 'parameters' (View > Cell tags in JupyterLab)",
        )
    return nb


def personalise(template: nbformat.NotebookNode, participant: Participant) -> nbformat.NotebookNode:
    """A copy of ``template`` with the participant's parameters injected by papermill."""
    from papermill.parameterize import parameterize_notebook

    nb = copy.deepcopy(template)
    nb.metadata["papermill"] = {}
    for cell in nb.cells:  # papermill reads cell.metadata.tags on every cell
        cell.metadata.setdefault("tags", [])
    kernel = nb.metadata.get("kernelspec", {}).get("name") or "python3"
    nb = parameterize_notebook(nb, participant.workbook_parameters(), kernel_name=kernel, language="python")
    for cell in nb.cells:
        if not cell.metadata["tags"]:
            del cell.metadata["tags"]
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = INJECTED_CELL_ID
            cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
    return clean_metadata(nb)


class WorkbookText:
    """The text of each participant's notebook, as ``nbformat.writes(personalise(template, p))`` gives it,
    at a fraction of the cost: a cohort's notebooks differ only in the injected cell's source and the
    parameters recorded in the metadata.

    The first participant's notebook is made the full way (papermill injects, nbformat validates and
    writes). That text is cut where the two values go; for everyone, the source comes from papermill's
    own translator and both values are encoded as nbformat's writer would. The cut is kept only if it
    gives the first participant's text back byte for byte; otherwise (a template this does not
    foresee) every notebook is made the full way.
    """

    def __init__(self, template: nbformat.NotebookNode, first: Participant) -> None:
        self.template = template
        self.kernel = template.metadata.get("kernelspec", {}).get("name") or "python3"
        self._codify = _parameters_source(self.kernel)
        self.first = personalise(template, first)
        reference = nbformat.writes(self.first)
        self._parts = self._cut(reference)
        if self._parts is not None and self._fill(first) != reference:
            self._parts = None
        self.exact = self._parts is not None  # (False: the full way for everyone)

    def text(self, participant: Participant) -> str:
        """The participant's notebook as written to disk."""
        if self._parts is None:
            return nbformat.writes(personalise(self.template, participant))
        return self._fill(participant)

    def notebook(self, participant: Participant) -> nbformat.NotebookNode:
        """What a printout needs of the participant's notebook: the cells (shared, not to be changed) and
        the metadata with their parameters."""
        metadata = copy.copy(self.first.metadata)
        metadata["papermill"] = nbformat.NotebookNode(parameters=participant.workbook_parameters())
        return nbformat.NotebookNode(self.first, cells=self.first.cells, metadata=metadata)

    def _cut(self, reference: str) -> list[tuple[str, str]] | None:
        """[(text before, indent of the value that follows)] ×2 and the text after, or None."""
        data = json.loads(reference)
        cells = [c for c in data.get("cells", []) if c.get("id") == INJECTED_CELL_ID]
        papermill = data.get("metadata", {}).get("papermill")
        if len(cells) != 1 or not isinstance(papermill, dict):
            return None
        mark = uuid.uuid4().hex
        source, parameters = json.dumps(f"source-{mark}"), json.dumps(f"parameters-{mark}")
        cells[0]["source"], papermill["parameters"] = json.loads(source), json.loads(parameters)
        text = json.dumps(data, **_NB_JSON)  # type: ignore[arg-type]
        if text.count(source) != 1 or text.count(parameters) != 1 or text.index(source) > text.index(parameters):
            return None
        head, rest = text.split(source)
        middle, tail = rest.split(parameters)
        return [(head, _indent(head)), (middle, _indent(middle)), (tail, "")]

    def _fill(self, participant: Participant) -> str:
        assert self._parts is not None
        parameters = participant.workbook_parameters()
        source = self._codify(parameters, "Parameters")
        lines = source.splitlines(True) if source else source  # nbformat's split_lines
        (head, at_source), (middle, at_parameters), (tail, _) = self._parts
        return "".join((head, _json_at(lines, at_source), middle, _json_at(parameters, at_parameters), tail))


def template_key(participant: Participant, templates: Mapping[str, object]) -> str:
    """Which of ``templates`` (keyed by language code, ``""`` for the default) is the participant's: their
    roster language's if there is one, else the default."""
    language = str(participant.fields.get("language", "") or "")
    return language if language in templates else ""


class WorkbookTexts:
    """Each participant's notebook text from the template of their language (:func:`template_key`), with
    one :class:`WorkbookText` per template, made on that template's first participant: the cost of a
    mixed-language cohort is the cost of one language once per language used."""

    def __init__(self, templates: Mapping[str, nbformat.NotebookNode]) -> None:
        if "" not in templates:
            raise ValueError("a default template (key '') is needed")
        self.templates = templates
        self._texts: dict[str, WorkbookText] = {}

    @property
    def made(self) -> dict[str, WorkbookText]:
        """The text makers made so far, by template key: one per language used."""
        return dict(self._texts)

    def template(self, participant: Participant) -> nbformat.NotebookNode:
        """The template this participant's notebook is made from."""
        return self.templates[template_key(participant, self.templates)]

    def for_participant(self, participant: Participant) -> WorkbookText:
        """The :class:`WorkbookText` of the participant's template (made now if they are its first)."""
        key = template_key(participant, self.templates)
        texts = self._texts.get(key)
        if texts is None:
            texts = self._texts[key] = WorkbookText(self.templates[key], participant)
        return texts

    def text(self, participant: Participant) -> str:
        """The participant's notebook as written to disk."""
        return self.for_participant(participant).text(participant)

    def notebook(self, participant: Participant) -> nbformat.NotebookNode:
        """What a printout needs of the participant's notebook (see :meth:`WorkbookText.notebook`)."""
        return self.for_participant(participant).notebook(participant)


def _json_at(value: object, indent: str) -> str:
    """``value`` as nbformat's writer puts it at a line indented by ``indent``: ``json.dumps`` with indent=1.

    json's indenting encoder is written in Python; a flat list of texts (a cell's source lines) and a
    flat object of texts (the parameters) are joined here from the C encoder's strings instead, the
    same characters several times faster. Anything else takes ``json.dumps`` itself."""
    inner = indent + " "
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        items = [inner + _string(v) for v in value]
    elif isinstance(value, dict) and value and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        items = [f"{inner}{_string(k)}: {_string(v)}" for k, v in sorted(value.items())]
    else:
        return json.dumps(value, **_NB_JSON).replace("\n", "\n" + indent)  # type: ignore[arg-type]
    opening, closing = ("[", "]") if isinstance(value, list) else ("{", "}")
    return opening + "\n" + ",\n".join(items) + "\n" + indent + closing


_string = json.JSONEncoder(ensure_ascii=False).encode  # one text, as json.dumps(..., ensure_ascii=False) writes it


def _parameters_source(kernel: str) -> Callable[[dict, str], str]:
    """papermill's translator for ``kernel``'s parameters cell: ``codify(parameters, comment)``.

    papermill's Python translator tries ``import black`` on every call to format the cell with it;
    where black is not installed that failed import searches sys.path each time, most of a
    notebook's cost. Then its result is the base translator's, called directly (the first
    participant's notebook, made by papermill itself, checks it is the same)."""
    import importlib.util

    from papermill.translators import PythonTranslator, papermill_translators

    translator = papermill_translators.find_translator(kernel, "python")
    if translator is PythonTranslator and importlib.util.find_spec("black") is None:
        return super(PythonTranslator, PythonTranslator).codify
    return translator.codify


def _indent(text: str) -> str:
    """The indent of the last line of ``text`` (the line a value is written on)."""
    line = text.rsplit("\n", 1)[-1]
    return line[: len(line) - len(line.lstrip(" "))]
