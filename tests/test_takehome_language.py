"""What a participant takes home and prints is in their language (#25): the take-home page and its sections, the
printable plan, and the calendar reminders, each in German and Spanish (words through the catalogs, dates from
Babel), English unchanged by default, and user text escaped in every language."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import icalendar
import pytest

from netkit.exercises.reflection.plan import make_entry, plan_html, plan_to_json, to_reminders
from netkit.exercises.reflection.plan.output import HTML_NAME, ICS_NAME, export_plan
from netkit.store import schema
from netkit.store.answers import AnswersStore
from netkit.workbook.handout import FOLLOWUPS_NAME, HANDOUT_NAME, PLAN_CALENDAR_NAME, handout_files, handout_html
from netkit.workbook.takehome import build_archive

TODAY = dt.date(2026, 11, 24)  # a Tuesday
HOSTILE = "<img src=x onerror=alert(1)> $50k </script>"
LANGUAGES = ("", "en", "de", "es")

ANSWERS = {
    "network.contacts": [
        {"id": "c1", "name": "Kim Park", "organisation": "Acme", "ring": "close", "last_contact": "2026-10-02"},
        {"id": "c2", "name": HOSTILE, "organisation": "Globex", "ring": "dormant", "could_offer": HOSTILE},
    ],
    "outreach.outbox": [
        {
            "id": "m1",
            "contact": HOSTILE,
            "situation": "informational-interview",
            "text": "Hola " + HOSTILE,
            "created": "2026-11-20T10:00:00",
            "sent_on": "2026-11-20",
            "replied_on": None,
        },
        {"id": "m2", "contact": "Lee", "situation": "thank-you", "text": "Danke!", "sent_on": None},
    ],
    "reflection.answers.regret": "Not keeping in touch " + HOSTILE,
    "reflection.plan": [
        {"person": HOSTILE, "closeness": "close", "cadence": "monthly", "first_step": "", "first_date": "2026-11-26"},
        {
            "person": "Cy",
            "closeness": "dormant",
            "cadence": "quarterly",
            "first_step": "Mi café",
            "first_date": "2026-11-30",
        },
    ],
    "reflection.confidence.before": 3,
    "reflection.confidence.after": 7,
}

#: Words and dates only the page in that language has (headings, table headers, sentences, written dates).
EXPECTED = {
    "de": [
        '<html lang="de">',
        "1. Mein Netzwerk",
        "2. Meine Nachrichten",
        "3. Vom Bedauern zum Plan",
        "Aus netkit gedruckt am Dienstag, 24. November 2026.",
        "<th>Was ich anbieten könnte</th>",
        "<th>Zuletzt Kontakt</th>",
        "2. Okt. 2026",  # the contact's last date, short and German
        "gesendet am 20. Nov. 2026",
        "noch nicht gesendet",
        "falls keine Antwort kommt, eine Erinnerung am",
        "Mein Plan, um in Kontakt zu bleiben",
        "<th>Wie oft</th>",
        "jeden Monat",
        "26. Nov. 2026",
        "Sicherheit beim Kontaktaufnehmen (1–10): vorher 3, nachher 7.",
        "Ich, Ana, bleibe mit 2 Personen in Kontakt",
    ],
    "es": [
        '<html lang="es">',
        "1. Mi red",
        "2. Mis mensajes",
        "3. Del arrepentimiento a un plan",
        "Impreso desde netkit el martes, 24 de noviembre de 2026.",
        "<th>Lo que yo podría ofrecer</th>",
        "<th>Último contacto</th>",
        "2 oct 2026",
        "enviado el 20 nov 2026",
        "aún sin enviar",
        "si no hay respuesta, un recordatorio el",
        "Mi plan para mantener el contacto",
        "<th>Con qué frecuencia</th>",
        "cada mes",
        "26 nov 2026",
        "Seguridad al contactar con gente (1–10): antes 3, después 7.",
        "Yo, Ana, mantendré el contacto con 2 personas",
    ],
}
#: The English page's own sentences, which no translated page may still show.
ENGLISH = [
    "My network",
    "My messages",
    "From regret to a plan",
    "Printed from netkit",
    "I could offer",
    "not sent yet",
    "if there is no reply",
    "My stay-in-touch plan",
    "How often",
    "Confidence about reaching out",
    "every month",
    "will stay in touch",
]


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_take_home_page_is_in_the_participants_language(language):
    """Are every heading, header, sentence and date of the take-home page in German or Spanish?"""
    page = handout_html(ANSWERS, name="Ana", today=TODAY, language=language)
    missing = [text for text in EXPECTED[language] if text not in page]
    assert not missing, missing
    left = [text for text in ENGLISH if text in page]
    assert not left, left


def test_the_english_page_is_as_before():
    """Does the page without a language (and with "en") read as it did: English words, ISO dates?"""
    page = handout_html(ANSWERS, name="Ana", today=TODAY)
    assert page == handout_html(ANSWERS, name="Ana", today=TODAY, language="en")
    for text in [
        '<html lang="en">',
        "<title>Ana&#39;s networking workbook</title>",
        "Printed from netkit on 2026-11-24. Keep it private",
        "<h2>1. My network</h2>",
        "<th>I could offer</th>",
        "<td>2026-10-02</td>",
        "sent 2026-11-20; if there is no reply, one nudge on",
        "not sent yet",
        "<h3>My stay-in-touch plan</h3>",
        "<td>2026-11-26</td>",
        "Confidence about reaching out (1–10): before 3, after 7.",
    ]:
        assert text in page, text


def test_the_profiles_language_is_used_when_none_is_given():
    """Does the page follow the language the participant chose on the start page (kept in the profile)?"""
    answers = {**ANSWERS, schema.PROFILE: {"name": "Jonas", "language": "de"}}
    page = handout_html(answers, today=TODAY)
    assert "Das Networking-Workbook von Jonas" in page and "1. Mein Netzwerk" in page
    assert "1. Mi red" in handout_html(answers, today=TODAY, language="es")  # a given language wins


@pytest.mark.parametrize("language", LANGUAGES)
def test_user_text_is_escaped_in_every_language(language):
    """Do a hostile name, contact, message, answer and plan entry stay text on every language's page?"""
    files = handout_files(ANSWERS, name=HOSTILE, today=TODAY, language=language)
    page = files[HANDOUT_NAME].decode("utf-8")
    assert "<img" not in page and "</script>" not in page and "&lt;img" in page
    plan = plan_page(language, name=HOSTILE)
    assert "<img" not in plan and "</script>" not in plan and "&lt;img" in plan


@pytest.mark.parametrize(
    ("language", "title", "revival", "calendar"),
    [
        ("", "Stay in touch: Ana", "Reconnect with Cy", "Stay in touch"),
        ("de", "In Kontakt bleiben: Ana", "Wieder Kontakt aufnehmen mit Cy", "In Kontakt bleiben"),
        ("es", "Mantener el contacto: Ana", "Retomar el contacto con Cy", "Mantener el contacto"),
    ],
)
def test_calendar_reminders_speak_the_language(language, title, revival, calendar):
    """Are the plan's calendar name, event titles and descriptions (the rhythm, the follow-up tip) translated,
    the participant's own first step kept as written and the kit's suggested one translated?"""
    entries = plan_entries()
    done = export_plan({schema.PLAN: plan_to_json(entries)}, "/nonexistent/folder", TODAY, language=language)
    parsed = icalendar.Calendar.from_ical(done.files[ICS_NAME])
    assert str(parsed["X-WR-CALNAME"]) == calendar
    events = {str(ev["SUMMARY"]): str(ev["DESCRIPTION"]) for ev in parsed.walk("VEVENT")}
    assert {title, revival} <= set(events)
    description = events[title]
    words = {
        "": ("First time:", "every two weeks", "If nobody answers"),
        "de": ("Beim ersten Mal:", "alle zwei Wochen", "Keine Antwort?"),
        "es": ("La primera vez:", "cada dos semanas", "¿No hay respuesta?"),
    }[language]
    assert all(word in description for word in words), description
    reminders = {r.title: r for r in to_reminders(entries, language)}
    assert "Mi café" in reminders[revival].description  # the participant's words, as written
    if language:  # the kit's suggested first step (stored in English) is shown in the language
        assert "Call or message" not in description


def plan_entries():
    return [
        make_entry("Ana", "inner", None, "", dt.date(2026, 11, 26), today=TODAY),
        make_entry("Cy", "dormant", None, "Mi café", dt.date(2026, 11, 27), today=TODAY),
    ]


def plan_page(language: str, name: str = "Ana") -> str:
    entries = [*plan_entries(), make_entry(HOSTILE, "outer", None, HOSTILE, dt.date(2026, 11, 25), today=TODAY)]
    return plan_html(
        entries, TODAY, name=name, confidence=(3, 7), reflections=[("Q", "A " + HOSTILE)], language=language
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            [
                '<html lang="de">',
                "Drucken oder als PDF speichern",
                "<title>Mein Plan, um in Kontakt zu bleiben</title>",
                "Erstellt am Dienstag, 24. November 2026 mit netkit.",
                "Bei wem du dich im November 2026 meldest",
                "<th>Als Nächstes fällig</th>",
                "Do., 26. Nov. 2026",
                "Vorher: <b>3</b>/10 &nbsp; Nachher: <b>7</b>/10",
                "Meine Gedanken",
                "Keine Antwort ist keine Absage",
                "Engster Kreis",
            ],
        ),
        (
            "es",
            [
                '<html lang="es">',
                "Imprimir o guardar como PDF",
                "<title>Mi plan para mantener el contacto</title>",
                "Creado el martes, 24 de noviembre de 2026 con netkit.",
                "A quién contactar en noviembre de 2026",
                "<th>Próximo contacto</th>",
                "jue, 26 nov 2026",
                "Antes: <b>3</b>/10 &nbsp; Después: <b>7</b>/10",
                "Mis reflexiones",
                "no recibir respuesta no es un rechazo",
                "Círculo íntimo",
            ],
        ),
        (
            "",
            [
                '<html lang="en">',
                "Print, or save as PDF",
                "<title>My stay-in-touch plan</title>",
                "Made on Tue 24 Nov 2026 with netkit.",
                "Who to contact in November 2026",
                "<th>Next due</th>",
                "Thu 26 Nov 2026",
                "Before: <b>3</b>/10 &nbsp; After: <b>7</b>/10",
                "My reflections",
                "no reply is not a refusal",
            ],
        ),
    ],
)
def test_the_printable_plan_speaks_the_language(language, expected):
    """Are the plan page's button, title, headings, headers, dates, month and tip in the language?"""
    page = plan_page(language)
    missing = [text for text in expected if text not in page]
    assert not missing, missing


@pytest.mark.parametrize("language", ["de", "es"])
def test_keep_in_touch_ideas_are_translated_on_every_later_date(language):
    """Do the later dates of a weekly rhythm say what to do in the language (not "Keep in touch: …")?"""
    weekly = make_entry("Jo", "inner", "weekly", "", dt.date(2026, 11, 2), today=dt.date(2026, 11, 1))
    page = plan_html([weekly], TODAY, language=language)
    assert "Keep in touch" not in page and "share an article" not in page
    assert {"de": "In Kontakt bleiben – ", "es": "Mantén el contacto: "}[language] in page


def test_the_take_home_zip_and_plan_widget_pass_the_language_down(tmp_path):
    """Do "Download everything" (TakeHome) and the plan export (PlanExport) make their files in their language?"""
    from netkit.widgets.reflection.plan import PlanExport
    from netkit.widgets.takehome import TakeHome

    store = AnswersStore(tmp_path)
    for key, value in ANSWERS.items():
        store.set(key, value)
    widget = TakeHome(store=store, name="Ana", environ={}, language="es")
    widget._download.click()
    assert widget.archive is not None
    with zipfile.ZipFile(io.BytesIO(widget.archive.data)) as zf:
        page = zf.read(HANDOUT_NAME).decode("utf-8")
        calendar = icalendar.Calendar.from_ical(zf.read(PLAN_CALENDAR_NAME))
        assert FOLLOWUPS_NAME in zf.namelist()
    assert "1. Mi red" in page and "Impreso desde netkit el" in page
    assert str(calendar["X-WR-CALNAME"]) == "Mantener el contacto"
    english = build_archive(store, name="Ana", today=TODAY)
    with zipfile.ZipFile(io.BytesIO(english.data)) as zf:
        assert "1. My network" in zf.read(HANDOUT_NAME).decode("utf-8")
    export = PlanExport(store=store, today=TODAY, name="Ana", language="de")
    export.export()
    assert "Drucken oder als PDF speichern" in (tmp_path / HTML_NAME).read_text(encoding="utf-8")
    summaries = {
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical((tmp_path / ICS_NAME).read_bytes()).walk("VEVENT")
    }
    assert "Wieder Kontakt aufnehmen mit Cy" in summaries


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ("Dein netkit-Workbook – zum Mitnehmen", "Für: Ana", "ALLE deine Antworten", "Bewahr sie")),
        ("es", ("Tu cuaderno de netkit, para llevar", "Para: Ana", "TODAS tus respuestas", "lugar privado")),
        ("", ("Your netkit workbook — taken home", "For: Ana", "ALL your answers", "somewhere private")),
    ],
)
def test_the_zips_readme_speaks_the_language(language, expected):
    """Is README.txt in the zip written in the participant's language, its underline as long as its title?"""
    from netkit.workbook.takehome import readme_text

    text = readme_text(
        "Ana", ["netkit-answers-export.json", "handout.html", "stay-in-touch.ics"], "2026-11-24", language
    )
    for words in expected:
        assert words in text, words
    title, underline = text.splitlines()[:2]
    assert underline == "=" * len(title)
    if language:
        assert "What is in this file" not in text and "a printable page" not in text


def test_the_readme_follows_the_profile_language(tmp_path):
    """Without a language, does the zip's README follow the start page's profile, like the page beside it?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set(schema.PROFILE, {"name": "Ana", "language": "es"})
    store.flush()
    with zipfile.ZipFile(io.BytesIO(build_archive(store, name="Ana", today=TODAY).data)) as zf:
        assert "Qué hay en este archivo:" in zf.read("README.txt").decode("utf-8")


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [
        ("de", "GB", "Feiertagskalender: Vereinigtes Königreich"),
        ("es", "DE-BY", "calendario de festivos: Alemania (BY)"),
        ("de", "", "da kein Land eingestellt ist"),
        ("", "GB", "weekends and public holidays in the United Kingdom are skipped"),
        ("en", "DE", "weekends and public holidays in Germany are skipped"),
    ],
)
def test_the_business_day_rule_in_the_language(language, country, expected):
    """Does the rule the take-home page and the worksheets print name the country in the language?"""
    from netkit.business_days import working_days

    assert expected in working_days(country).rule_in(language)


def test_the_take_home_messages_say_the_rule_in_the_language():
    """Is the follow-up rule under the messages in the language of the page?"""
    page = handout_html(ANSWERS, name="Ana", today=TODAY, country="DE", language="de")
    assert "Feiertagskalender: Deutschland" in page and "are skipped" not in page


NETWORK = [
    {
        "id": "c1",
        "name": "Kim",
        "organisation": "Acme",
        "sector": "Energy",
        "ring": "close",
        "last_contact": "2024-01-02",
    },
    {"id": "c2", "name": "Lee", "organisation": "Globex", "ring": "dormant", "sector": "Health"},
    {"id": "c3", "name": "Max {count}", "organisation": "Acme", "ring": "acquaintance", "last_contact": "2026-01-01"},
]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            (
                "Du hast 3 Kontakte in 2 Organisationen; 2 (67\xa0%) sind eingeschlafen",
                "früher in deinem Kreis „Nah“; seit 2 Jahren still",
                "Jetzt ist eine Nachricht fällig an: Kim, Max {count}.",
                "Was die Karte zeigt",
                "3 Personen auf fünf Kreisen, die nächsten in der Mitte: Engster Kreis 0, Nah 1",
                "Branchen: Energy 1, Health 1.",
            ),
        ),
        (
            "es",
            (
                "Tienes 3 contactos en 2 organizaciones; 2 (67\xa0%) están dormidos",
                "antes en tu círculo «Cercano»; sin contacto desde hace 2 años",
                "Toca escribirles ahora: Kim, Max {count}.",
                "Qué muestra el mapa",
                "3 personas en cinco círculos, las más cercanas en el centro: Círculo íntimo 0, Cercano 1",
                "Sectores: Energy 1, Health 1.",
            ),
        ),
    ],
)
def test_the_network_findings_and_map_caption_speak_the_language(language, expected):
    """Are the findings under the map and the map's caption on the take-home page in the language, with a name
    that looks like a gap kept as written?"""
    page = handout_html({"network.contacts": NETWORK}, name="Ana", today=TODAY, language=language)
    for text in expected:
        assert text in page, text
    for english in (
        "You have 3",
        "What the map shows",
        "people on five rings",
        "Due for a message",
        "network: 3",  # the picture's own title, captions, tooltips and legend too
        "Inner circle",
        "other / no sector",
        "hollow dashed dot",
    ):
        assert english not in page, english
    picture = re.search(r"<svg.*?</svg>", page, flags=re.S)
    assert picture is not None
    title = {"de": "Das Netzwerk von Ana: 3 Personen", "es": "La red de Ana: 3 personas"}[language]
    assert title in picture.group(0)


def test_the_network_findings_in_english_are_word_for_word_as_before():
    """Is English (default, "" and "en") the same sentences as before the catalogs?"""
    from netkit.contacts import contacts_from_json
    from netkit.exercises.network.analysis import findings
    from netkit.exercises.network.egomap_layout import map_description, map_layout

    people = contacts_from_json(NETWORK)
    lines = findings(people, TODAY)
    assert lines == findings(people, TODAY, language="en") == findings(people, TODAY, language="")
    assert lines[0] == (
        "You have 3 contacts in 2 organisations; 2 (67%) are dormant (silent for over 1 year or marked dormant)."
    )
    assert "Kim (once in your close ring; silent for 2 years)" in lines[1]
    assert lines[-1] == "Due for a message now: Kim, Max {count}."
    described = map_description(map_layout(people, TODAY, participant="Ana"))
    assert described[0].startswith("3 people on five rings, closest in the middle: Inner circle 0, Close 1")
    assert described == map_description(map_layout(people, TODAY, participant="Ana"), "en")
    from netkit.exercises.network.egomap import ego_map_svg

    picture = ego_map_svg(people, TODAY, participant="Ana")
    assert picture == ego_map_svg(people, TODAY, participant="Ana", language="en")
    assert "Ana&#39;s network: 3 people" in picture and "other / no sector" in picture and "Close · 1" in picture


def test_the_network_widget_shows_its_findings_and_caption_in_the_participants_language(tmp_path):
    """Does a German participant's network form say what their map holds in German, as the take-home page does?"""
    from netkit.widgets.network import NetworkMap

    w = NetworkMap(
        name="Ada",
        target_organisations="Globex",
        store=AnswersStore(tmp_path, debounce=0),
        today=TODAY,
        redraw_delay=None,
        language="de",
    )
    w._new_button.click()
    w._fields["name"].value = "Kim"
    w._save_button.click()
    w.refresh_pictures()
    assert "Noch niemand von innen bei: Globex" in w._findings.value and "Du hast 1 Kontakt" in w._findings.value
    assert "Was die Karte zeigt" in w._map.value and "What the map shows" not in w._map.value


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ("Sicherheit beim Kontaktaufnehmen (1–10)", "Vorher", "noch nicht")),
        ("es", ("(1–10)", "Antes", "Después")),
    ],
)
def test_the_confidence_chart_on_the_printable_plan_speaks_the_language(language, words):
    """Is the before/after chart's title, rows and 'not yet' in the plan's language (English as before)?"""
    import re as regex

    entry = make_entry("Ana", "close", first_date=TODAY, today=TODAY)
    chart = regex.search(r"<svg.*?</svg>", plan_html([entry], TODAY, confidence=(3, None), language=language), regex.S)
    assert chart is not None
    for word in words:
        assert word in chart.group(0), word
    english = regex.search(r"<svg.*?</svg>", plan_html([entry], TODAY, confidence=(3, None)), regex.S)
    assert english is not None and "Confidence about reaching out (1–10)" in english.group(0)
    assert "not yet" in english.group(0)
