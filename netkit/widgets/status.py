"""Status messages of the exercise forms, in one style each and in one place.

Every form says "saved", "could not", "careful", "for your information" or a quiet note the same way: a ``span`` (or
``p``)
with the class ``netkit-status netkit-status-<kind>`` and the colour of that kind. The colour is
also written inline, because a form's HTML is shown where no stylesheet of ours may be loaded
(JupyterLab, Voilà, Voici); all colours pass WCAG AA contrast on white (the axe tests check it).
The text passed in is HTML: escape user text first (:func:`netkit.markup.escape`).
"""

from __future__ import annotations

from netkit.markup import Markup, escape

__all__ = ["COLOURS", "fill", "fill_html", "muted", "ok", "problem", "status", "warning", "wrap"]

#: Kind → text colour.
COLOURS = {
    "ok": "#3a7d44",
    "problem": "#b00020",
    "warning": "#a15c00",
    "info": "#2a7ab0",
    "muted": "#555",
}


def status(kind: str, html: str, *, tag: str = "span") -> str:
    """``html`` as a status message of ``kind`` (a key of :data:`COLOURS`)."""
    return str(
        Markup("<{0} class='netkit-status netkit-status-{1}' style='color:{2}'>{3}</{0}>").format(
            Markup(tag), kind, COLOURS[kind], Markup(html)
        )
    )


def ok(html: str, *, tag: str = "span") -> str:
    return status("ok", html, tag=tag)


def problem(html: str, *, tag: str = "span") -> str:
    return status("problem", html, tag=tag)


def warning(html: str, *, tag: str = "span") -> str:
    return status("warning", html, tag=tag)


def muted(html: str, *, tag: str = "span") -> str:
    return status("muted", html, tag=tag)


def fill(sentence: str, **gaps: object) -> str:
    """A translated plain ``sentence`` as HTML: the sentence is escaped first, then each ``{gap}`` is filled
    with its value escaped (:func:`netkit.markup.escape`), so neither a translation nor a name can add markup
    and a translator may move the gaps. A plain ``str`` of HTML, so joining it to other HTML never escapes
    that HTML again (as ``str + Markup`` would)."""
    return str(escape(sentence).format(**{key: escape(value) for key, value in gaps.items()}))


def fill_html(html: str, **gaps: object) -> str:
    """A translated sentence that holds the kit's own markup (``<b>``, ``<i>``, ``<code>``), each ``{gap}``
    filled with its value escaped (a plain ``str`` of HTML, as :func:`fill`)."""
    return str(Markup(html).format(**{key: escape(value) for key, value in gaps.items()}))


def wrap(tag: str, text: str) -> str:
    """``text`` (plain, e.g. a translated heading) escaped inside ``<tag>…</tag>``: ``wrap("b", _("Your plan"))``
    keeps the ``_()`` call outside an f-string, where Babel's extraction (Python 3.11) cannot see it."""
    return str(Markup("<{0}>{1}</{0}>").format(Markup(tag), escape(text)))
