"""Every participant-facing widget string goes through gettext (#25), checked on the code itself.

Two checks on the syntax tree of every widget module (and the hosting notices):

* every ``_("…")`` / ``N_("…")`` / ``self._("…")`` call with a literal is one Babel extracts. On Python 3.11
  Babel cannot see a call written *inside* an f-string, so such a message would never reach a catalog and would
  stay English for every participant, silently;
* no English text is left outside gettext where a participant reads it: a literal with words in a widget's
  ``description=`` / ``placeholder=`` / ``tooltip=`` / ``label=``, in a tab title, in ``widgets.HTML("…")``, in a
  status line (``ok("…")``, ``_problem("…")``, ``_say("…")``…) or assigned to a widget's ``.value`` (tags,
  attributes and entities are not words; ``{gaps}`` are filled in).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "netkit" / "widgets").rglob("*.py")) + [ROOT / "netkit" / "workbook" / "hosting.py"]
#: The coach's own widget (coach.py) is the coach's view, which stays in the coach's language (English).
COACH_SIDE = {ROOT / "netkit" / "widgets" / "coach.py"}
SHOWN = [m for m in MODULES if m not in COACH_SIDE]

_spec = importlib.util.spec_from_file_location("translation_coverage", ROOT / "tools" / "translation_coverage.py")
assert _spec and _spec.loader
coverage_tool = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("translation_coverage", coverage_tool)
_spec.loader.exec_module(coverage_tool)

GETTEXT_NAMES = {"_", "N_", "gettext"}
LABEL_KEYWORDS = {"description", "placeholder", "tooltip", "label"}
STATUS_CALLS = {"ok", "problem", "warning", "muted", "_ok", "_problem", "_say", "status"}
STATUS_KINDS = {"ok", "problem", "warning", "info", "muted"}
_TAG = re.compile(r"<(style|script)\b.*?</\1>|<[^>]*>|&[#\w]+;|\{[^}]*\}", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]{2,}")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal_text(node: ast.expr) -> str | None:
    """The text a literal or f-string shows around its values (values as a blank), or None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else " " for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return None if left is None and right is None else (left or " ") + (right or " ")
    return None


def _words(node: ast.expr) -> list[str]:
    """The words a participant would read in ``node`` if it is literal text (HTML tags and entities left out)."""
    text = _literal_text(node)
    if text is None:
        return []
    return _WORD.findall(_TAG.sub(" ", text))


def gettext_literals(path: Path) -> list[tuple[int, str]]:
    """(line, message) of every gettext call with a literal in ``path``, inside f-strings too."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in GETTEXT_NAMES and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((node.lineno, arg.value))
    return found


def english_left(path: Path) -> list[str]:
    """Where ``path`` shows a participant literal words that gettext never sees."""
    left = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in GETTEXT_NAMES or name in {"escape", "_js_string"}:
                continue
            for keyword in node.keywords:
                if keyword.arg in LABEL_KEYWORDS and _words(keyword.value):
                    left.append(f"{path.name}:{node.lineno} {keyword.arg}={_words(keyword.value)}")
                if keyword.arg == "titles" and isinstance(keyword.value, ast.Tuple):
                    for item in keyword.value.elts:
                        if _words(item):
                            left.append(f"{path.name}:{node.lineno} titles={_words(item)}")
            if (name == "HTML" or name in STATUS_CALLS or name == "set_title") and node.args:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and arg.value in STATUS_KINDS:
                        continue  # status("ok", …), _say(text, "problem"): the kind, not text
                    if _words(arg):
                        left.append(f"{path.name}:{node.lineno} {name}({_words(arg)})")
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Attribute) and t.attr == "value" for t in node.targets)
            and _words(node.value)
        ):
            left.append(f"{path.name}:{node.lineno} .value = {_words(node.value)}")
    return left


@pytest.fixture(scope="module")
def extracted():
    return coverage_tool.source_messages()


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_gettext_call_reaches_the_catalogs(path, extracted):
    """Is each message the code translates one that pybabel extract finds (not hidden in an f-string)?"""
    unseen = [f"{path.name}:{line} {message!r}" for line, message in gettext_literals(path) if message not in extracted]
    assert not unseen, "move these _() calls out of f-strings (netkit.widgets.status.wrap / fill):\n" + "\n".join(
        unseen
    )


@pytest.mark.parametrize("path", SHOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_english_text_is_left_outside_gettext(path):
    """Does every label, heading and status line a participant reads go through gettext?"""
    assert not english_left(path), "\n".join(english_left(path))


def test_the_checks_find_what_they_look_for(tmp_path):
    """Guard: an English label, heading, status line, tab title and a _() inside an f-string are all caught, and
    markup-only text, a translated label and a gap-only f-string are not."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import ipywidgets as widgets\n"
        "b = widgets.Button(description='Save contact')\n"
        "h = widgets.HTML('<h4>What your network says</h4>')\n"
        "a = widgets.Accordion(children=[], titles=('Your contacts',))\n"
        "m = _status.ok('Saved.')\n"
        "w.value = f'<i>Nobody is due, {name}.</i>'\n"
        "x = f\"<b>{escape(_('Hidden in an f-string'))}</b>\"\n",
        encoding="utf-8",
    )
    found = english_left(bad)
    assert len(found) == 5, found
    assert ("Hidden in an f-string" in [m for _line, m in gettext_literals(bad)]) and len(gettext_literals(bad)) == 1
    good = tmp_path / "good.py"
    good.write_text(
        "b = widgets.Button(description=_('Save contact'), icon='check')\n"
        'h = widgets.HTML("<style>.x { overflow: visible; }</style>")\n'
        "w.value = f\"<div class='netkit-x' role='status'>{text}</div>\"\n"
        "l = widgets.Dropdown(description='🌐')\n",
        encoding="utf-8",
    )
    assert english_left(good) == []
