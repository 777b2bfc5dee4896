"""The paper worksheets are in the participant's language (#25): the frame, "About you" and each exercise's sheet
in German (du) and Spanish (tú), the workshop date written by Babel, English unchanged by default, and user text
escaped in every language."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from netkit.coach.worksheets import sheets, worksheets_html
from netkit.coach.worksheets_pdf import worksheets_pdf

HOSTILE = "<img src=x onerror=alert(1)> </style><script>alert(2)</script>"
PERSON = {
    "name": "Jana",
    "goal": "Ein Job in der Energiewende",
    "career_stage": "mid-career",
    "target_organisations": "Ørsted; Siemens Energy",
    "workshop": "Netzwerk",
    "workshop_date": "2026-12-03",
    "coach": "Lee",
    "country": "DE",
}

#: Words each language's sheets must show: the frame, every exercise's title, a hint with the organisations
#: filled in, a table header, the rings' centre and the workshop date from Babel.
EXPECTED = {
    "de": (
        '<html lang="de">',
        "Arbeitsblätter zum Ausdrucken",
        "Über dich",
        "Was ich mir von meinem Netzwerk wünsche:",
        "Übung 1 – Deine Netzwerkkarte",
        "Wen kennst du bei Ørsted, Siemens Energy? Wer könnte dort jemanden kennen?",
        "<th>Organisation / Branche</th>",
        "font-family='sans-serif'>Du</text>",
        "Übung 2 – Schreib eine Nachricht",
        "Gezählt werden nur Werktage: Wochenenden und gesetzliche Feiertage zählen nicht",
        "Keine Antwort? Nach etwa einer Woche eine freundliche Erinnerung",
        "Vor dem Gespräch",
        "Übung 3 – Vom Bedauern zu einem Plan, den du durchhältst",
        "Mein Vorsatz",
        "aria-label='Platz zum Schreiben'",
        "Donnerstag, 3. Dezember 2026",
    ),
    "es": (
        '<html lang="es">',
        "Hojas de trabajo para imprimir",
        "Sobre ti",
        "Lo que quiero de mi red:",
        "Ejercicio 1 — El mapa de tu red",
        "¿A quién conoces en Ørsted, Siemens Energy? ¿Quién podría conocer a alguien allí?",
        "<th>Organización / sector</th>",
        "font-family='sans-serif'>Tú</text>",
        "Ejercicio 2 — Escribe un mensaje",
        "Solo cuentan los días hábiles: no cuentan los fines de semana ni los festivos",
        "Antes de la conversación",
        "Ejercicio 3 — Del arrepentimiento a un plan que puedas cumplir",
        "Mi compromiso",
        "aria-label='espacio para escribir'",
        "jueves, 3 de diciembre de 2026",
    ),
}

#: The English words of the sheets' own frame and headings: none may be left on a translated page.
ENGLISH = (
    "About you",
    "Printable worksheets",
    "What I want from my network",
    "Exercise 1",
    "Exercise 2",
    "Exercise 3",
    "Who do you know at",
    "Places to look",
    "Your rings",
    "People on your map",
    "Check your draft",
    "Sent, and when to follow up",
    "Business days skip weekends",
    "Before the conversation",
    "Questions to choose from",
    "My commitment",
    "space to write",
    "2026-12-03",
    ">You<",
)


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_participants_worksheets_are_in_their_language(language):
    """Does the participant's own language field give them sheets in that language, dates included?"""
    page = worksheets_html({**PERSON, "language": language})
    for text in EXPECTED[language]:
        assert text in page, text
    for text in ENGLISH:
        assert text not in page, text


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_language_argument_wins_over_the_roster_field(language):
    """Does an explicit language (the coach's --language) give the same page as the participant's own field?"""
    assert worksheets_html({**PERSON, "language": "en"}, language=language) == worksheets_html(
        {**PERSON, "language": language}
    )


def test_english_is_unchanged():
    """Is the English page the same with no language, "" and "en", and still says what it said?"""
    plain = worksheets_html(PERSON)
    assert worksheets_html({**PERSON, "language": ""}) == plain == worksheets_html({**PERSON, "language": "en"})
    assert '<html lang="en">' in plain and "About you" in plain and "Exercise 1 — Map your network" in plain
    assert "2026-12-03" in plain and "Business days skip weekends (" in plain
    assert "font-family='sans-serif'>You</text>" in plain


def test_a_date_that_is_not_iso_stays_as_written():
    """Is a workshop date the roster wrote in its own words printed as it is, in every language?"""
    for language in ("", "de", "es"):
        page = worksheets_html({**PERSON, "workshop_date": "early December", "language": language})
        assert "early December" in page


@pytest.mark.parametrize("language", ["", "en", "de", "es"])
def test_hostile_text_is_escaped_in_every_language(language):
    """Are the participant's name, goal, organisations and workshop escaped, whatever the language?"""
    person = {
        **PERSON,
        "name": HOSTILE,
        "goal": HOSTILE,
        "target_organisations": HOSTILE,
        "workshop": HOSTILE,
        "coach": HOSTILE,
        "workshop_date": HOSTILE,
        "language": language,
    }
    page = worksheets_html(person, title=HOSTILE)
    assert "<img" not in page and "<script" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert len(re.findall("<style>", page)) == 1 and len(re.findall("</style>", page)) == 1


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_sheets_model_and_the_pdf_follow_the_language(language):
    """Do the content model and the A4 PDF (what `netkit guide` prints) carry the same translated words?"""
    titles = [sheet.title for sheet in sheets({"language": language})]
    assert titles[0] == {"de": "Über dich", "es": "Sobre ti"}[language]
    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(worksheets_pdf({"name": "Jana"}, language=language))).pages
    )
    text = " ".join(text.split())
    assert titles[1] in text and "Exercise 1" not in text
    assert {"de": "Du", "es": "Tú"}[language] in text


def test_the_pdf_takes_the_participants_own_language():
    """Without a language argument, does the PDF follow the participant's field, like the page?"""
    german = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(worksheets_pdf({"language": "de"}))).pages)
    assert "Über dich" in german
    english = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(worksheets_pdf())).pages)
    assert "About you" in english


def test_the_printout_render_writes_follows_the_workbooks_language(tmp_path):
    """Does `netkit render --html` print a German participant's sheets in German (their workbook's parameters)?"""
    import nbformat

    from netkit.coach.execute import printout_path, write_printout

    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"parameters": {**PERSON, "language": "de"}}
    page = write_printout(nb, printout_path(tmp_path / "workshop.ipynb")).read_text(encoding="utf-8")
    assert "Über dich" in page and "Donnerstag, 3. Dezember 2026" in page and "About you" not in page
