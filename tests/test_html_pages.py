"""The printable pages' Jinja2 frame (netkit/html_pages.py): escaping, the shared stylesheet, the language."""

from __future__ import annotations

import datetime as dt

import jinja2
import pytest
from markupsafe import Markup

from netkit.html_pages import TEMPLATE_DIR, environment, render_page, stylesheet


def _page(language: str, body: str, **context) -> str:
    """A page extending the shared frame, from a string (no test template ships in the package)."""
    source = "{% extends 'page.html.j2' %}{% block body %}" + body + "{% endblock %}"
    return environment(language).from_string(source).render(title=context.pop("title", "T"), **context)


def test_every_value_is_escaped_and_kit_markup_is_not():
    html = _page("en", "<p>{{ name }}</p>{{ svg }}", name="<script>alert(1)</script>", svg=Markup("<svg></svg>"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<svg></svg>" in html


def test_the_title_is_escaped_too():
    assert "<title>A &amp; B &lt;i&gt;</title>" in _page("en", "", title="A & B <i>")


def test_every_page_carries_the_shared_stylesheet_unescaped():
    html = _page("en", "")
    assert str(stylesheet("base")) in html
    assert "'Segoe UI'" in html  # quotes in CSS stay quotes


def test_the_page_says_its_language():
    assert '<html lang="de">' in _page("de", "")
    assert '<html lang="en">' in _page("xx", "")  # an unknown language falls back to English


def test_words_follow_the_language_and_escape_their_arguments():
    body = "{{ _('Your goal') }}|{{ _('%(n)s', n='<b>') }}"
    assert "Dein Ziel|&lt;b&gt;" in _page("de", body)
    assert "Your goal|" in _page("en", body)


def test_dates_and_numbers_follow_the_language():
    body = "{{ day|date }} · {{ 30000|number }}"
    day = dt.date(2026, 12, 3)
    assert "Donnerstag, 3. Dezember 2026 · 30.000" in _page("de", body, day=day)
    assert "jueves, 3 de diciembre de 2026 · 30.000" in _page("es", body, day=day)
    assert "Thursday 3 December 2026 · 30,000" in _page("en", body, day=day)


def test_a_name_the_code_forgot_fails_loudly():
    with pytest.raises(jinja2.UndefinedError):
        _page("en", "{{ forgotten }}")


def test_render_page_reads_templates_from_the_package():
    assert (TEMPLATE_DIR / "page.html.j2").is_file()
    html = render_page("page.html.j2", language="es", title="Hola")
    assert html.startswith("<!doctype html>") and "<title>Hola</title>" in html


# --------------------------------------------------------------------------- widget pieces (render_fragment)


def test_user_text_filters_escape_and_keep_maths_delimiters_away_from_mathjax():
    """Do ``text`` / ``attr_text`` / ``paragraphs`` escape like netkit.markup (``$50k`` never becomes maths)?"""
    env = environment("en")
    html = env.from_string("<p title='{{ v|attr_text }}'>{{ v|text }}</p>{{ w|paragraphs }}").render(
        v="<b>$50k</b>", w="a\n<i>b</i>"
    )
    assert "title='&lt;b&gt;&#36;50k&lt;/b&gt;'" in html  # no element inside an attribute
    assert "<span class='tex2jax_ignore mathjax_ignore'>&lt;b&gt;&#36;50k&lt;/b&gt;</span>" in html
    assert "a<br>&lt;i&gt;b&lt;/i&gt;" in html


def test_a_fragment_is_markup_in_its_language_without_a_trailing_newline():
    from netkit.html_pages import render_fragment

    html = render_fragment("widgets/list.html.j2", language="de", lines=["<b>x</b>"])
    assert isinstance(html, Markup) and html == "<ul><li>&lt;b&gt;x&lt;/b&gt;</li></ul>"


@pytest.mark.parametrize("template", sorted(p.relative_to(TEMPLATE_DIR).as_posix() for p in TEMPLATE_DIR.rglob("*.j2")))
def test_every_template_compiles_and_says_what_it_is(template):
    """Does every template parse, and open with a comment saying what it is and what it needs?"""
    source = (TEMPLATE_DIR / template).read_text(encoding="utf-8")
    environment("en").parse(source)
    assert source.startswith("{#"), f"{template}: start with a {{# comment #}} saying what it is and its context"


def test_every_stylesheet_a_template_names_exists():
    """Does every ``stylesheet("name")`` in a template have its ``name.css`` beside the templates?"""
    import re

    for path in TEMPLATE_DIR.rglob("*.j2"):
        for name in re.findall(r"stylesheet\(\"([\w-]+)\"\)", path.read_text(encoding="utf-8")):
            assert (TEMPLATE_DIR / f"{name}.css").is_file(), f"{path.name} names {name}.css"
