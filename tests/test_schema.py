"""The answers schema: every key declared once, no module spelling a key, no widget writing an undeclared one."""

from __future__ import annotations

import ast
import datetime as _dt
import inspect
import re
from pathlib import Path

import ipywidgets as widgets
import pytest

from netkit.exercises.reflection.prompts import PROMPTS
from netkit.store import schema
from netkit.store.answers import AnswersStore

ROOT = Path(__file__).resolve().parents[1]
TODAY = _dt.date(2026, 12, 3)


def _literal_keys(path: Path) -> list[tuple[int, str]]:
    """String constants in ``path`` that are answers keys (or a key family's prefix)."""
    names = {key.name for key in schema.KEYS} | set(schema.RENAMED) | {"reflection.confidence"}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
            if value in names or any(
                value.startswith(f.name) and len(value) > len(f.name) for f in schema.KEYS if f.is_family
            ):
                found.append((node.lineno, value))
    return found


def test_no_module_spells_an_answers_key():
    """Does every module outside netkit/store/schema.py take its keys from the schema rather than spelling them?"""
    offenders = []
    for path in sorted((ROOT / "netkit").rglob("*.py")):
        if path.name == "schema.py":
            continue
        offenders += [f"{path.relative_to(ROOT)}:{line}: {value!r}" for line, value in _literal_keys(path)]
    assert offenders == []


def test_every_key_has_a_shape_a_writer_and_readers():
    """Is each declared key's shape one the store knows, with who writes and who reads it?"""
    for key in schema.KEYS:
        assert key.shape in {"text", "int", "bool", "date", "record", "records"}, key
        assert key.writer and key.readers and key.about, key
        if key.shape == "records":
            assert key.name in schema.record_keys()
    assert len({key.name for key in schema.KEYS}) == len(schema.KEYS)


def test_migrations_move_old_names_and_give_stable_ids():
    """Are old key names read as today's, and an id-less contact given the same id in two kernels?"""
    old = {
        "reflection.confidence": {"before": 2, "after": "7"},
        "reflection.confidence_before": 9,
        schema.CONTACTS: [{"name": "Kofi Mensah"}, {"name": "Kofi Mensah"}, {"id": "k1", "name": "Ama"}],
    }
    first, second = schema.migrate(old), schema.migrate(old)
    assert first[schema.CONFIDENCE_BEFORE] == 2 and first[schema.CONFIDENCE_AFTER] == "7"
    assert "reflection.confidence" not in first and "reflection.confidence_before" not in first
    ids = [c["id"] for c in first[schema.CONTACTS]]
    assert ids == [c["id"] for c in second[schema.CONTACTS]] and len(set(ids)) == 3 and ids[2] == "k1"


def test_docs_table_lists_every_key():
    """Does docs/answers.md list every declared key?"""
    text = (ROOT / "docs" / "answers.md").read_text(encoding="utf-8")
    for key in schema.KEYS:
        assert f"`{key.name}" in text, key.name


def test_every_class_the_schema_and_its_docs_name_exists():
    """Does each writer "module (Class)" name a class that module offers, and every class docs/answers.md names
    exist in netkit? (Both once named forms renamed long before: OutreachStudio, StayInTouchPlan, …)"""
    import importlib

    for key in schema.KEYS:
        named = re.fullmatch(r"([a-z_.]+) \(([A-Z]\w+)\)", key.writer)
        if named:
            module = importlib.import_module(f"netkit.{named[1]}")
            assert isinstance(getattr(module, named[2], None), type), key.writer
    classes = {
        node.name
        for path in (ROOT / "netkit").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }
    text = (ROOT / "docs" / "answers.md").read_text(encoding="utf-8")
    words = set(re.findall(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b", text)) - {"JupyterHub", "JupyterLab"}
    assert words and words <= classes, sorted(words - classes)


# ----------------------------------------------------------------------------- walking the widgets
class RecordingStore(AnswersStore):
    """An answers store that remembers every key anyone writes."""

    written: set

    def update(self, values, **kwargs):
        self.written.update(values)
        super().update(values, **kwargs)

    def delete(self, key):
        self.written.add(key)
        super().delete(key)


def _leaves(widget):
    """The widget and everything under it, including a ``footer`` shown elsewhere on the page (the step view's)."""
    yield widget
    footer = getattr(widget, "footer", None)
    for child in [*(getattr(widget, "children", ()) or ()), *([footer] if isinstance(footer, widgets.Widget) else [])]:
        yield from _leaves(child)


def _poke(widget) -> None:
    """Give a form control a plausible value the way a participant would (errors of odd values are fine)."""
    try:
        if isinstance(widget, widgets.Checkbox):
            widget.value = not widget.value
        elif isinstance(widget, (widgets.Text, widgets.Textarea, widgets.Combobox)):
            widget.value = "Kofi Mensah"
        elif isinstance(widget, widgets.DatePicker):
            widget.value = TODAY + _dt.timedelta(days=3)
        elif isinstance(widget, (widgets.IntSlider, widgets.BoundedIntText)):
            widget.value = widget.max
        elif isinstance(  # noqa: SIM102
            widget,
            (widgets.SelectionSlider, widgets.Dropdown, widgets.ToggleButtons, widgets.RadioButtons, widgets.Select),
        ):
            if widget.options:
                widget.index = len(widget.options) - 1
    except Exception:
        pass


def _widget_classes():
    from netkit.widgets import network, opening, outreach, reflection, sharing, steps, takehome
    from netkit.widgets.outreach import conversation

    def step_view(**kwargs):
        return steps.StepView(
            [("netkit-step-network-map", "Map"), ("netkit-step-outreach", "Write")],
            environ={"NETKIT_STEPS": "1"},
            **{k: v for k, v in kwargs.items() if k != "environ"},
        )

    # (widget class, does a participant's walk through it write answers?)
    return [
        (network.NetworkMap, True),
        (outreach.OutreachComposer, True),
        (reflection.ReflectionPrompts, True),
        (reflection.PlanBuilder, True),
        (reflection.ConfidenceCheckIn, True),
        (reflection.PlanExport, False),
        (sharing.SharingChoice, True),
        (takehome.TakeHome, False),
        (opening.OpeningPage, False),
        (conversation.ConversationGuide, True),
        (step_view, True),
    ]


@pytest.mark.parametrize("cls,writes", _widget_classes(), ids=lambda c: getattr(c, "__name__", str(c)))
def test_walking_every_widget_writes_only_declared_keys(cls, writes, tmp_path, monkeypatch):
    """Setting every control and clicking every button of each widget: is every key written declared in the schema?"""
    monkeypatch.chdir(tmp_path)
    store = RecordingStore(tmp_path, debounce=0)
    store.written = set()
    store.set(schema.CONTACTS, [{"id": "c1", "name": "Ama Owusu", "ring": "close"}])
    store.written.clear()
    params = inspect.signature(cls).parameters
    kwargs = {"store": store}
    if "today" in params:
        kwargs["today"] = TODAY
    if "environ" in params:
        kwargs["environ"] = {}
    widget = cls(**kwargs)
    for _round in range(2):
        for leaf in list(_leaves(widget)):
            _poke(leaf)
        for leaf in list(_leaves(widget)):
            if isinstance(leaf, widgets.Button) and "delete" not in (leaf.description or "").lower():
                try:
                    leaf.click()
                except Exception:
                    pass
    store.flush()
    undeclared = sorted(key for key in store.written | set(store.keys()) if not schema.declared(key))
    assert undeclared == []
    assert bool(store.written) == writes, f"{cls.__name__}: the walk did not reach its controls"


def test_every_reflection_prompt_key_is_in_the_family():
    """Is each prompt's answer key declared (through the reflection.answers. family)?"""
    for prompt in PROMPTS:
        assert schema.key_spec(schema.reflection_answer_key(prompt.id)).shape == "text"
    assert re.fullmatch(r"reflection\.answers\.", schema.REFLECTION_ANSWER_PREFIX)


def test_public_names_are_listed_and_sorted():
    """Are the answers modules' public names explicit and sorted?"""
    from netkit.store import answers, merge
    from netkit.store import document as answers_file

    for module in (answers, answers_file, merge, schema):
        assert module.__all__ == sorted(module.__all__)
        assert all(hasattr(module, name) for name in module.__all__)
