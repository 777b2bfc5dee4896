"""A German participant in Voilà: German prose, German buttons, German linter feedback on a German draft.

The participant is rendered here (roster ``Language`` = ``de``) into a folder of their own under the
session's site, and opened through JupyterLab's Voilà extension (the session's Voilà server is rooted at
another participant's folder and must keep listing only theirs).
"""

from __future__ import annotations

import pytest

from netkit.coach.render import render
from netkit.coach.roster import parse_roster

from .conftest import EXERCISES
from .helpers import assert_not_pwned, open_voila, screenshot

pytestmark = pytest.mark.browser

ROSTER = "Name,Goal,Language\nJonas Weber <b>x</b>,Eine erste Stelle als Datenanalyst finden,Deutsch\n"


@pytest.fixture(scope="module")
def german(site):
    """Jonas's German outreach exercise, rendered once, as a path under the Lab server's root."""
    out = site.root / "de-cohort"
    roster = parse_roster(ROSTER, where="de-roster.csv")
    report = render(roster, out, workbook=EXERCISES / "outreach.de.ipynb", progress=False)
    assert report.ok, report.summary()
    return report.results[0].notebooks[0].relative_to(site.root).as_posix()


def test_a_german_participant_gets_german_buttons_and_german_feedback(site, page, german, artifacts):
    """German prose and buttons, no English button, and German feedback from the linter on a German draft."""
    page.goto(f"{site.lab_url}/voila/render/{german}", wait_until="load", timeout=120_000)
    open_voila(page, site, german, navigate=False)
    body = page.inner_text("body")
    assert "Übung 2" in body and "Nachrichten, auf die man gern antwortet" in body
    page.get_by_role("button", name="Im Postausgang speichern").wait_for()
    assert page.get_by_role("button", name="Save to outbox").count() == 0
    draft = page.get_by_placeholder("Deine Nachricht")
    draft.fill(
        "Sehr geehrte Frau Schneider,\n\nich bin auf der Suche nach einer Stelle als Datenanalyst. "
        "Könnten Sie mich bitte bei Ihrer Firma für die offene Stelle empfehlen? "
        "Ich brauche die Antwort bis Freitag.\n\nJonas"
    )
    draft.press("End")
    # the linter's feedback, in German, on the German draft (it updates as they type)
    page.get_by_text("setzt die andere Person unter Druck").first.wait_for(timeout=60_000)
    feedback = page.inner_text("body")
    assert "Beginne mit der Verbindung" in feedback
    assert "does not look like English" not in feedback and "puts pressure" not in feedback
    screenshot(page, artifacts / "voila-german-outreach.png")
    assert_not_pwned(page)
