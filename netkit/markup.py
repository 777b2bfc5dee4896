"""The one place user text is escaped before it reaches HTML.

Everything a participant, a coach's roster or a contacts export provides is untrusted: a name
like ``<img src=x onerror=alert(1)>`` must show literally.

MathJax (JupyterLab, Voilà, nbconvert's HTML) typesets ``$…$`` and ``\\(…\\)`` it finds in the
page's *text*, and an entity such as ``&#36;`` is text ``$`` again once parsed, so escaping alone
cannot stop ``$50k -> $70k`` becoming maths. :func:`escape` therefore also wraps user text that
holds ``$`` or ``\\`` in ``<span class="tex2jax_ignore mathjax_ignore">``, the class MathJax 2
and 3 skip. Text that goes into an attribute (``title=``, ``download=``, ``href=``) or into SVG
takes :func:`escape_attr` instead: no element may go there, and MathJax never reads them.
"""

from __future__ import annotations

import base64
import re

from markupsafe import Markup
from markupsafe import escape as _escape

__all__ = ["MATH_IGNORE", "Markup", "download_link", "escape", "escape_attr", "paragraphs"]

#: The class MathJax 2 (``tex2jax_ignore``) and MathJax 3 (``mathjax_ignore``) leave alone.
MATH_IGNORE = "tex2jax_ignore mathjax_ignore"
_MATH_DELIMITERS = re.compile(r"[$\\]")


def escape_attr(text: object) -> Markup:
    """``text`` safe inside an HTML attribute value or SVG text (``&<>"'`` and ``$`` escaped)."""
    if text is None:
        return Markup("")
    return Markup(str(_escape(str(text))).replace("$", "&#36;"))


def escape(text: object) -> Markup:
    """``text`` safe to put inside an HTML element: escaped, and kept away from MathJax when it
    holds a maths delimiter (``$``, ``\\``)."""
    escaped = escape_attr(text)
    if text is not None and _MATH_DELIMITERS.search(str(text)):
        return Markup(f"<span class='{MATH_IGNORE}'>{escaped}</span>")
    return escaped


def paragraphs(text: object) -> Markup:
    """Escape ``text`` and keep its line breaks as ``<br>``."""
    lines = str(text or "").splitlines()
    joined = Markup("<br>".join(str(escape_attr(line)) for line in lines))
    if _MATH_DELIMITERS.search(str(text or "")):
        return Markup(f"<span class='{MATH_IGNORE}'>{joined}</span>")
    return joined


def download_link(
    filename: str, data: bytes, mime: str = "application/zip", *, label: str | None = None, button: bool = False
) -> str:
    """An ``<a download>`` link carrying ``data`` as a ``data:`` URI (ipywidgets has no download
    widget; this works in JupyterLab and Voilà alike). The file name may hold a person's name,
    so it is escaped like any other user text. ``button=True`` styles the link as a button (one
    click saves the file; for a link whose data is kept current as answers change)."""
    payload = base64.b64encode(data).decode("ascii")
    text = escape(label if label is not None else f"Save {filename}")
    look = (
        "class='netkit-download jupyter-button widget-button mod-primary' style='display:inline-flex;"
        "align-items:center;width:auto;padding:0 12px;text-decoration:none;color:#fff'"
        if button
        else "class='netkit-download' style='font-weight:bold'"
    )
    return (
        f"<a {look} download='{escape_attr(filename)}' href='data:{mime};base64,{payload}'>⬇ {text}</a> "
        f"({max(1, len(data) // 1024)} KB)"
    )
