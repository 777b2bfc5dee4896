"""HTML lives in templates (netkit/templates/html/, rendered by netkit/html_pages.py), not in Python strings.

A module that glues HTML together from strings — an f-string holding a tag, or a tag literal joined with
``+``, ``%``, ``str.format`` or ``str.join`` — is one forgotten ``escape()`` away from a participant's name
becoming markup, and its page cannot share the stylesheet or be read as a page. The kit writes HTML through
Jinja2 templates (autoescape on) or, for a one-line snippet, :class:`markupsafe.Markup`'s ``format`` /
``join`` (which escape every argument that is not already markup). A few modules keep building HTML in code,
each for a reason written below; a new one fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "netkit"

#: Modules that still build HTML in code, and why (at most five: the rest are templates).
KEPT = {
    "netkit/markup.py": "the escaping itself (the MathJax-proof span, <br> between escaped lines, the download "
    "link): the templates' text / attr_text / paragraphs filters are these functions, so they cannot be templates",
    "netkit/svg.py": "the one SVG writer: each element is written from coordinates computed in Python, every "
    "attribute and text escaped there (escape_attr); a template per element would say the same thing slower",
}

#: Modules whose HTML is moving to templates on another branch (none now); each line is removed
#: when that branch is merged (the test below fails on a line whose module no longer builds HTML in code).
BEING_MOVED: dict[str, str] = {}

#: Element names of HTML and SVG, so that "<region>" in an error message or "token=<hidden>" is not a tag.
ELEMENTS = frozenset(
    """a abbr address article aside audio b blockquote body br button canvas caption circle code col colgroup dd
    defs del desc details dfn div dl dt ellipse em fieldset figcaption figure footer form g h1 h2 h3 h4 h5 h6 head
    header hr html i iframe img input ins kbd label legend li line link main mark marker meta nav ol optgroup
    option output p path pattern polygon polyline pre progress q rect s samp script section select small source
    span strong style sub summary sup svg table tbody td text textarea tfoot th thead time title tr tspan u ul
    use var video""".split()  # noqa: SIM905 (a list of 110 one-word strings reads worse)
)
_TAG = re.compile(r"</?([a-zA-Z][\w:-]*|\x00)(?=[\s>/\x00])")


def _has_tag(text: str) -> bool:
    """Does ``text`` hold an HTML or SVG tag (``\\x00``: a value filled in, e.g. ``f"<{tag}>"``)?"""
    return any(m.group(1) == "\x00" or m.group(1).lower() in ELEMENTS for m in _TAG.finditer(text))


def _literal(node: ast.AST) -> str | None:
    """The text of a string literal or f-string (``\\x00`` for each value filled in); None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "\x00" for v in node.values)
    return None


def html_built_in(source: str) -> list[int]:
    """Lines of ``source`` where HTML is assembled from strings: an f-string with a tag in it, or a literal
    with a tag joined to something else by ``+`` / ``%``, or used as the ``format`` / ``join`` of a plain
    string. ``Markup("…").format(…)`` is not counted: it escapes what it is given."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr) and _has_tag(_literal(node) or ""):
            lines.append(node.lineno)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            if any(_has_tag(_literal(side) or "") for side in (node.left, node.right)):
                lines.append(node.lineno)
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join")
        ):
            text = _literal(node.func.value)
            if text is not None and _has_tag(text):
                lines.append(node.lineno)
    return sorted(set(lines))


def _modules_building_html() -> dict[str, list[int]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = html_built_in(path.read_text(encoding="utf-8"))
        if lines:
            found[path.relative_to(ROOT).as_posix()] = lines
    return found


def test_no_new_module_builds_html_in_code():
    """Is every module that glues HTML from strings one of the few kept (or one being moved right now)?"""
    found = _modules_building_html()
    new = {module: lines for module, lines in found.items() if module not in KEPT and module not in BEING_MOVED}
    assert not new, (
        f"HTML built from strings in {new} (module: lines). Write it as a template in netkit/templates/html/ "
        "(netkit.html_pages.render_fragment / render_page), or for one line use markupsafe.Markup(…).format(…)."
    )


def test_every_module_listed_still_builds_html_in_code():
    """Is each listed module still there and still building HTML (a module converted leaves the list)?"""
    found = _modules_building_html()
    stale = [module for module in (*KEPT, *BEING_MOVED) if module not in found]
    assert not stale, f"{stale} no longer build HTML in code: remove them from KEPT / BEING_MOVED"


def test_at_most_five_modules_keep_html_in_code_each_with_a_reason():
    assert len(KEPT) <= 5
    assert all(len(reason) > 40 for reason in KEPT.values())


@pytest.mark.parametrize(
    "source",
    [
        'x = f"<p>{name}</p>"',
        'x = "<td>" + name + "</td>"',
        "x = f\"<{tag} class='a'>{html}</{tag}>\"",
        'x = "<li>%s</li>" % name',
        'x = "<ul>{}</ul>".format(items)',
        'x = "<br>".join(lines)',
        'x = (\n    "<a href=\'"\n    f"{url}\'>go</a>"\n)',
        "x = f\"<svg viewBox='0 0 {w} {h}'>\"",
    ],
)
def test_the_detector_finds_html_glued_from_strings(source):
    assert html_built_in(source)


@pytest.mark.parametrize(
    "source",
    [
        'x = Markup("<p>{}</p>").format(name)',
        'x = Markup("<br>").join(lines)',
        'x = "<p>kept as it is</p>"',
        'x = f"token=<hidden>, url={url}"',
        'x = f"write {code} alone, or {code}-<region>"',
        'x = f"{a} < {b} and {c}>{d}"',
        'x = render_fragment("widgets/list.html.j2", lines=lines)',
    ],
)
def test_the_detector_leaves_markup_templates_and_plain_text_alone(source):
    assert html_built_in(source) == []
