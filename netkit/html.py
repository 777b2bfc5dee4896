"""The one place user text is escaped before it reaches HTML.

Everything a participant, a coach's roster or a contacts export provides is untrusted: a name
like ``<img src=x onerror=alert(1)>`` must show literally. ``escape`` also neutralises ``$`` so
that JupyterLab's and Voilà's MathJax do not turn ``$50k … $70k`` into maths.
"""

from __future__ import annotations

from markupsafe import Markup, escape as _escape

__all__ = ["Markup", "escape", "paragraphs"]


def escape(text: object) -> Markup:
    """Return ``text`` safe to put inside HTML (``&<>"'`` and ``$`` escaped)."""
    if text is None:
        return Markup("")
    return Markup(str(_escape(str(text))).replace("$", "&#36;"))


def paragraphs(text: object) -> Markup:
    """Escape ``text`` and keep its line breaks as ``<br>``."""
    return Markup("<br>".join(str(escape(line)) for line in str(text or "").splitlines()))
