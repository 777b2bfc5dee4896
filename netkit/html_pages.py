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
"""

from __future__ import annotations

import functools
from typing import Any

import jinja2
from markupsafe import Markup

from netkit.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, number, short_date, translation, written_date
from netkit.markup import escape
from netkit.resources import PACKAGE_DIR

__all__ = ["TEMPLATE_DIR", "environment", "render_page", "stylesheet"]

#: Where the page templates and their stylesheets are.
TEMPLATE_DIR = PACKAGE_DIR / "templates" / "html"


@functools.cache
def stylesheet(name: str = "base") -> Markup:
    """The stylesheet ``templates/html/<name>.css``, as markup to put inside ``<style>`` (the kit's own
    file, so it is not escaped; quotes in ``font-family`` must stay quotes)."""
    path = TEMPLATE_DIR / f"{name}.css"
    return Markup(path.read_text(encoding="utf-8"))


def _user_text(value: Any) -> Any:
    """Every plain string a template prints goes through the kit's one escape (:func:`netkit.markup.escape`:
    also kept away from MathJax when it holds ``$`` or ``\\``); markup the kit made, numbers and dates pass."""
    return escape(value) if isinstance(value, str) and not isinstance(value, Markup) else value


@functools.cache
def environment(language: str | None = DEFAULT_LANGUAGE) -> jinja2.Environment:
    """The Jinja2 environment for pages in ``language``: autoescape on, undefined names an error (a
    template that names a value the code forgot fails in the tests, not on paper), gettext installed
    with the language's catalog (new-style: ``_()`` escapes and takes ``%(name)s`` keywords), and the
    ``date``, ``short_date`` and ``number`` filters in that language."""
    code = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=["jinja2.ext.i18n"],
        finalize=_user_text,
    )
    env.install_gettext_translations(translation(code), newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(language=code, stylesheet=stylesheet)
    env.filters.update(
        date=lambda day, country="": written_date(day, code, country),
        short_date=lambda day, **options: short_date(day, code, **options),
        number=lambda value: number(value, code),
    )
    return env


def render_page(template: str, *, language: str | None = DEFAULT_LANGUAGE, **context: Any) -> str:
    """``template`` (a file in ``templates/html/``) rendered in ``language`` with ``context``."""
    return environment(language).get_template(template).render(**context)
