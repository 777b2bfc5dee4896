"""Printable HTML pages from Jinja2 templates: one shared stylesheet, text escaped, words in the reader's language.

The kit writes several stand-alone pages people print or open offline: the coach's report, the worksheets,
the run sheet, the slides, the take-home page and the plan. Each is a template in
``netkit/templates/html/`` that extends ``page.html.j2``, so every page starts from the same
stylesheet (``base.css``: type, tables, print rules) and adds only its own (``<page>.css`` beside it),
and every value a template prints is escaped (autoescape is on for every template: a participant's
name or message never becomes markup). Markup the kit builds itself (an SVG map, a chart) is passed
as :class:`markupsafe.Markup`.

Words in a template are marked for translation the Jinja2 way, ``{{ _("Your plan") }}`` or
``{% trans %}…{% endtrans %}``; ``pybabel extract`` finds them (``babel.cfg``), and
:func:`render_page` renders with the catalog of the page's language (see :mod:`netkit.languages`).
Dates and numbers go through the ``date`` / ``short_date`` / ``number`` filters, which follow the
language too. One environment per language is built once and kept (templates compile once).

Pieces of a notebook widget (a table, a notice, a card) are templates too, under ``widgets/``, rendered
with :func:`render_fragment` in the participant's language. Text a widget shows inside a notebook must
also be kept away from MathJax (``$50k`` is not maths), so such templates print user text with the
``text`` filter (:func:`netkit.markup.escape`), attribute values with ``attr_text``
(:func:`netkit.markup.escape_attr`) and multi-line answers with ``paragraphs``; plain ``{{ value }}``
is still escaped, only not MathJax-proof.
"""

from __future__ import annotations

import functools
from typing import Any

import jinja2
from markupsafe import Markup

from netkit.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, number, short_date, translation, written_date
from netkit.markup import escape, escape_attr, paragraphs
from netkit.resources import PACKAGE_DIR

__all__ = ["TEMPLATE_DIR", "environment", "render_fragment", "render_page", "stylesheet"]

#: Where the page templates and their stylesheets are.
TEMPLATE_DIR = PACKAGE_DIR / "templates" / "html"


@functools.cache
def stylesheet(name: str = "base") -> Markup:
    """The stylesheet ``templates/html/<name>.css``, as markup to put inside ``<style>`` (the kit's own
    file, so it is not escaped; quotes in ``font-family`` must stay quotes)."""
    path = TEMPLATE_DIR / f"{name}.css"
    return Markup(path.read_text(encoding="utf-8"))


@functools.cache
def environment(language: str | None = DEFAULT_LANGUAGE) -> jinja2.Environment:
    """The Jinja2 environment for pages in ``language``: autoescape on, undefined names an error (a
    template that names a value the code forgot fails in the tests, not on paper), gettext installed
    with the language's catalog (new-style: ``_()`` escapes and takes ``%(name)s`` keywords), and the
    ``date``, ``short_date`` and ``number`` filters in that language, plus ``text``, ``attr_text`` and
    ``paragraphs`` (:mod:`netkit.markup`: user text escaped and kept away from MathJax)."""
    code = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(translation(code), newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(language=code, stylesheet=stylesheet)
    env.filters.update(
        date=lambda day, country="": written_date(day, code, country),
        short_date=lambda day, **options: short_date(day, code, **options),
        number=lambda value: number(value, code),
    )
    env.filters.update(text=escape, attr_text=escape_attr, paragraphs=paragraphs)
    return env


def _environment_for(language: str | None) -> jinja2.Environment:
    """The one environment of ``language``: "", None and unknown codes share English's (compiled once)."""
    return environment(language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE)


def render_page(template: str, *, language: str | None = DEFAULT_LANGUAGE, **context: Any) -> str:
    """``template`` (a file in ``templates/html/``) rendered in ``language`` with ``context``."""
    return _environment_for(language).get_template(template).render(**context)


def render_fragment(template: str, *, language: str | None = DEFAULT_LANGUAGE, **context: Any) -> Markup:
    """A piece of HTML (a widget's table, a notice, a part of a page): ``template`` rendered in ``language``
    with ``context``, as :class:`~markupsafe.Markup` so it can be put in another template or joined to
    other markup without being escaped again."""
    return Markup(_environment_for(language).get_template(template).render(**context))
