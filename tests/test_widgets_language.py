"""The welcome exercise's widgets in the participant's language (#25), driven in plain pytest through .value."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest

from netkit.coach.render import INJECTED_CELL_ID, render
from netkit.coach.roster import parse_roster
from netkit.store.answers import AnswersStore
from netkit.widgets.autosave import SaveStatus
from netkit.widgets.opening import OpeningPage
from netkit.widgets.sharing import ANONYMOUS_LABEL, EXPLANATION, SHARE_LABEL, SharingChoice

JONAS = {
    "name": "Jonas Weber",
    "goal": "In die Produktentwicklung wechseln",
    "career_stage": "Freiberufler",
    "target_sectors": "Mobilität",
    "target_organisations": "Siemens",
    "workshop": "Netzwerken, das trägt",
    "workshop_date": "2026-12-03",
    "coach": "Sam Rivera",
    "country": "DE",
}
ENGLISH_LABELS = ("Your goal", "Career stage", "Sectors you are aiming at", "Organisations you are aiming at")


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_a_german_participants_opening_card_is_german(tmp_path):
    """Does Jonas (language de) see German labels, a German date and a German save line, and no English?"""
    page = OpeningPage(store=AnswersStore(tmp_path), environ={}, language="de", **JONAS)
    card = page._repr_mimebundle_()["text/html"]
    for label in ("Dein Ziel", "Berufliche Phase", "Branchen, die dich reizen", "Organisationen, die dich reizen"):
        assert label in card
    assert "Datum" in card and "Dein Coach" in card and "Donnerstag, 3. Dezember 2026" in card
    assert "Dieses Workbook gehört <b>Jonas Weber</b>." in card and "lang='de'" in card
    assert not any(label in card for label in ENGLISH_LABELS) and "belongs to" not in card
    status = page.children[2].value
    assert "Deine Antworten werden automatisch in" in status and "gespeichert" in status
    assert JONAS["goal"] in card  # the participant's own words stay as written


def test_a_spanish_participants_opening_card_is_spanish(tmp_path):
    page = OpeningPage(
        store=AnswersStore(tmp_path), environ={}, language="es", name="Lucía", workshop_date="2026-12-03"
    )
    card = page._repr_mimebundle_()["text/html"]
    assert "Este cuaderno es de <b>Lucía</b>." in card and "jueves, 3 de diciembre de 2026" in card
    assert "Taller de networking profesional" in card and "Fecha" in card
    assert "Tus respuestas se guardan automáticamente" in page.children[2].value


def test_english_stays_as_it_was(tmp_path):
    """No language (or en): the English labels; the date is written out as the e-mails write it."""
    for language in ("", "en"):
        page = OpeningPage(store=AnswersStore(tmp_path), environ={}, language=language, name="Ana", goal="Grow")
        card = page._repr_mimebundle_()["text/html"]
        assert "This workbook belongs to <b>Ana</b>." in card and "Your goal" in card
        assert "Answers are saved automatically" in page.children[2].value
    card = OpeningPage(store=AnswersStore(tmp_path), environ={}, workshop_date="2026-12-03")._card.value
    assert "Thursday 3 December 2026" in card
    card = OpeningPage(store=AnswersStore(tmp_path), environ={}, workshop_date="early December")._card.value
    assert "early December" in card


def test_the_german_card_still_escapes_every_value(tmp_path):
    """Is a hostile name escaped inside the translated sentence (the sentence's {name} gap gets only escaped text)?"""
    hostile = "<img src=x onerror=alert(1)> {name} $5"
    card = OpeningPage(store=AnswersStore(tmp_path), environ={}, language="de", name=hostile, goal=hostile)._card.value
    assert "<img" not in card and card.count("&lt;img") == 2 and "$5" not in card


def test_a_failed_save_is_said_in_german(tmp_path):
    status = SaveStatus(AnswersStore(tmp_path), language="de")
    status.show_error(OSError("disk <full>"))
    assert "Deine letzte Änderung konnte nicht gespeichert werden" in status.value
    assert "disk &lt;full&gt;" in status.value


@pytest.mark.parametrize(
    ("language", "shared", "anonymous", "hidden"),
    [
        ("de", "Dein Fortschritt wird mit deinem Coach geteilt", "ohne deinen Namen", "Nicht geteilt"),
        ("es", "Tu progreso se comparte con tu coach, con tu nombre", "sin tu nombre", "No compartido"),
    ],
)
def test_the_sharing_choice_in_the_participants_language(tmp_path, language, shared, anonymous, hidden):
    """Are both boxes, the explanation and every status line translated, as the participant ticks and unticks?"""
    store = AnswersStore(tmp_path, debounce=0)
    choice = SharingChoice(store=store, language=language)
    english = (SHARE_LABEL, ANONYMOUS_LABEL)
    assert choice.checkbox.description not in english and choice.anonymous.description not in english
    explanation = choice.children[3].value
    assert EXPLANATION not in explanation and ("Nie geteilt" in explanation or "Nunca se comparte" in explanation)
    assert hidden in choice.children[2].value
    choice.checkbox.value = True
    assert shared in choice.children[2].value and choice.sharing
    choice.anonymous.value = True
    assert anonymous in choice.children[2].value
    choice.checkbox.value = False
    assert hidden in choice.children[2].value and store.get("sharing.share") is False


def test_a_rendered_workbook_carries_the_participants_language(tmp_path):
    """Does `netkit render` give each participant's workbook their own language as a parameter, and does the
    welcome exercise pass it to the card and the sharing choice?"""
    roster = parse_roster("Name,Language\nJonas Weber,Deutsch\nLucía Pérez,es\nAmara Okafor,\n")
    report = render(roster, tmp_path / "out", progress=False)
    languages = []
    for result in report.results:
        nb = nbformat.read(result.notebooks[0], as_version=4)
        cell = next(c for c in nb.cells if c.get("id") == INJECTED_CELL_ID)
        values = {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(cell.source).body}
        languages.append(values["language"])
        calls = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert "language=language)" in calls and "SharingChoice(language=language)" in calls
    assert languages == ["de", "es", ""]
