"""The one place user text is escaped before it reaches HTML.

Everything a participant, a coach's roster or a contacts export provides is untrusted: a name
like ``<img src=x onerror=alert(1)>`` must show literally. ``escape`` also neutralises ``$`` so
that JupyterLab's and Voilà's MathJax do not turn ``$50k … $70k`` into maths.
"""

from __future__ import annotations

import base64

from markupsafe import Markup, escape as _escape

__all__ = ["Markup", "download_link", "escape", "paragraphs"]


def escape(text: object) -> Markup:
    """Return ``text`` safe to put inside HTML (``&<>"'`` and ``$`` escaped)."""
    if text is None:
        return Markup("")
    return Markup(str(_escape(str(text))).replace("$", "&#36;"))


def paragraphs(text: object) -> Markup:
    """Escape ``text`` and keep its line breaks as ``<br>``."""
    return Markup("<br>".join(str(escape(line)) for line in str(text or "").splitlines()))


def download_link(filename: str, data: bytes, mime: str = "application/zip", *, label: str | None = None,
                  button: bool = False) -> str:
    """An ``<a download>`` link carrying ``data`` as a ``data:`` URI (ipywidgets has no download
    widget; this works in JupyterLab and Voilà alike). The file name may hold a person's name,
    so it is escaped like any other user text. ``button=True`` styles the link as a button (one
    click saves the file; for a link whose data is kept current as answers change)."""
    payload = base64.b64encode(data).decode("ascii")
    text = escape(label if label is not None else f"Save {filename}")
    look = ("class='netkit-download jupyter-button widget-button mod-primary' style='display:inline-flex;"
            "align-items:center;width:auto;padding:0 12px;text-decoration:none;color:#fff'" if button
            else "class='netkit-download' style='font-weight:bold'")
    return (f"<a {look} download='{escape(filename)}' href='data:{mime};base64,{payload}'>⬇ {text}</a> "
            f"({max(1, len(data) // 1024)} KB)")
