"""The worksheets, the take-home page and the printable plan come from Jinja2 templates on the shared frame (#27):
the shared stylesheet plus each page's own, one escape for user text (MathJax-safe, as before), and no markup a
participant could add in any language."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from netkit.coach.worksheets import worksheets_html
from netkit.exercises.reflection.plan import make_entry, plan_html
from netkit.html_pages import TEMPLATE_DIR, stylesheet
from netkit.workbook.handout import handout_html

TODAY = dt.date(2026, 11, 24)
HOSTILE = "<img src=x onerror=alert(1)> $50k \\(x\\) ' \" </style>"


def _plan(language: str, name: str = HOSTILE) -> str:
    entry = make_entry(name, "close", first_step="say " + HOSTILE, first_date=TODAY, today=TODAY)
    return plan_html([entry], TODAY, name=name, reflections=[("Q?", HOSTILE)], confidence=(3, 8), language=language)


def _handout(language: str) -> str:
    answers = {
        "network.contacts": [{"id": "c1", "name": HOSTILE, "organisation": HOSTILE, "ring": "close"}],
        "outreach.outbox": [{"id": "m1", "contact": HOSTILE, "situation": "thank-you", "text": HOSTILE}],
        "reflection.answers": {"regret": HOSTILE},
    }
    return handout_html(answers, name=HOSTILE, today=TODAY, language=language)


PAGES = {
    "worksheets": lambda language: worksheets_html(
        {"name": HOSTILE, "goal": HOSTILE, "workshop": HOSTILE, "language": language}, title=HOSTILE
    ),
    "takehome": _handout,
    "plan": _plan,
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_each_page_is_a_template_with_the_shared_and_its_own_stylesheet(page):
    """Is the page its template in templates/html, carrying base.css and <page>.css (once each)?"""
    assert (TEMPLATE_DIR / f"{page}.html.j2").is_file() and (TEMPLATE_DIR / f"{page}.css").is_file()
    html = PAGES[page]("en")
    assert html.lower().startswith("<!doctype html>")
    assert html.count(str(stylesheet("base"))) == 1 and html.count(str(stylesheet(page))) == 1


@pytest.mark.parametrize("language", ["", "en", "de", "es"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_user_text_never_becomes_markup_or_maths(page, language):
    """Is every participant string escaped, its $ and \\( kept away from MathJax, in every language?"""
    html = PAGES[page](language)
    assert "<img" not in html and "$50k" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&#36;50k" in html
    assert html.count("</style>") == 1  # a name cannot close the stylesheet
    assert "mathjax_ignore" in html


#: What the paper pages' templates print without the text filter: the kit's own markup and numbers.
KIT_MARKUP = {"chart", "part.svg", "map", "html", "part_body(part)", "loop.index", "part.height", "size", "rings"}


@pytest.mark.parametrize(
    "template",
    [
        "plan.html.j2",
        "worksheets.html.j2",
        "takehome.html.j2",
        "takehome/network.html.j2",
        "takehome/messages.html.j2",
        "takehome/reflection.html.j2",
    ],
)
def test_every_value_a_paper_template_prints_goes_through_the_kits_escape(template):
    """Does each {{ value }} use the text / paragraphs filter (MathJax-safe), unless it is the kit's own words
    (_()) or markup? (Autoescape alone would let "$50k" become maths in a notebook.)"""
    source = (TEMPLATE_DIR / template).read_text(encoding="utf-8")
    for expression in re.findall(r"{{-?\s*(.*?)\s*-?}}", source):
        if expression.startswith(("_(", "stylesheet(")) or expression in KIT_MARKUP:
            assert "|text" in expression or ".replace(" not in expression or "_(" in expression, expression
            continue
        assert "|text" in expression or "|paragraphs" in expression, f"{template}: {{{{ {expression} }}}}"


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_templates_words_come_from_the_catalogs(language):
    """Are the templates' own words translated (the same msgids the code used before)?"""
    words = {
        "de": ("Drucken oder als PDF speichern", "Die ganze Liste", "Arbeitsblätter zum Ausdrucken", "Kreis"),
        "es": ("Imprimir o guardar como PDF", "La lista completa", "Hojas de trabajo para imprimir", "Círculo"),
    }[language]
    html = PAGES["plan"](language) + PAGES["worksheets"](language) + PAGES["takehome"](language)
    for word in words:
        assert word in html, word


def test_the_rings_picture_is_a_template_and_puts_no_element_in_its_text():
    """Are ring labels, the centre and the slides' demo names escaped for SVG (no <span>, no markup), with one
    ring, one label and one dot each?"""
    from netkit.coach.worksheets import rings_svg

    svg = rings_svg(["Inner", HOSTILE], [(HOSTILE, 0), ("Bo", 1)], centre=HOSTILE)
    assert (TEMPLATE_DIR / "worksheets_rings.svg.j2").is_file()
    assert svg.startswith("<svg ") and svg.endswith("</svg>")
    assert "<img" not in svg and "<span" not in svg and "$50k" not in svg and "&lt;img" in svg
    assert svg.count("<circle") == 2 + 1 + 2 and svg.count("<text") == 2 + 1 + 2
