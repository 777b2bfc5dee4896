"""Every exercise widget in the participant's language (#25): German (du), Spanish (tú), English unchanged.

Plain pytest through ``.value``, ``.description`` and ``.click()``. For each widget family: built with
``language="de"`` it shows German labels and messages, ``"es"`` Spanish, and with no language the English it
always showed; dates follow the language; user text is escaped in every language.
"""

from __future__ import annotations

import datetime as _dt
import inspect
import re

import pytest

from netkit.languages import gettext_for
from netkit.store.answers import AnswersStore
from netkit.widgets.hosting_notice import BinderNotice
from netkit.widgets.network import NetworkMap
from netkit.widgets.outreach import ConversationGuide, OutreachComposer, RequestCardSort
from netkit.widgets.reflection import ConfidenceCheckIn, PlanBuilder, PlanExport, ReflectionPrompts
from netkit.widgets.rhythms import RhythmTable
from netkit.widgets.start import StartPage
from netkit.widgets.steps import StepView
from netkit.widgets.takehome import TakeHome
from netkit.workbook.hosting import browser_notice_html

TODAY = _dt.date(2026, 12, 3)  # a Thursday
HOSTILE = "<img src=x onerror=alert(1)>"
STEPS = [("welcome", "Willkommen"), ("network-map", "Übung 1"), ("take-home", "Mitnehmen")]
BINDER = {"BINDER_LAUNCH_HOST": "https://mybinder.org/", "BINDER_PERSISTENT_REQUEST": "v2/gh/org/repo/HEAD"}


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(html)))


@pytest.fixture
def store(tmp_path):
    return AnswersStore(tmp_path, debounce=0)


# --------------------------------------------------------------------------- every widget takes language=
WIDGETS = [
    StepView,
    NetworkMap,
    OutreachComposer,
    ConversationGuide,
    RequestCardSort,
    ReflectionPrompts,
    PlanBuilder,
    PlanExport,
    ConfidenceCheckIn,
    TakeHome,
    StartPage,
    BinderNotice,
    RhythmTable,
]


@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: w.__name__)
def test_every_widget_takes_a_language_whose_default_is_english(widget):
    """Can a notebook pass language=language to each widget, with "" (English) when it says nothing?"""
    parameter = inspect.signature(widget).parameters.get("language")
    assert parameter is not None and parameter.default == ""


# --------------------------------------------------------------------------- step view
def test_the_step_view_in_german_spanish_and_english(store):
    de = StepView(STEPS, store=store, enabled=True, language="de")
    assert "Schritt 1 von 3: Willkommen" in de._title.value
    assert (de.back.description, de.next.description) == ("Zurück", "Weiter")
    assert "Meilensteine, die der Bericht deines Coachs zählt" in de._progress.value
    assert "Noch offen:" in de._progress.value and "(Schritt 2)" in de._progress.value
    de.next.click()
    de.next.click()
    assert "Du bist fertig: Nimm es mit." in de._done.value and "Alles herunterladen" in de._done.value
    es = StepView(STEPS, store=AnswersStore(store.folder / "es", debounce=0), enabled=True, language="es")
    assert "Paso 1 de 3" in es._title.value and (es.back.description, es.next.description) == ("Atrás", "Siguiente")
    assert "Pendiente:" in es._progress.value
    en = StepView(STEPS, store=AnswersStore(store.folder / "en", debounce=0), enabled=True)
    assert "Step 1 of 3: Willkommen" in en._title.value and (en.back.description, en.next.description) == (
        "Back",
        "Next",
    )
    assert "Milestones your coach&#39;s report counts:" in en._progress.value and "Still to do:" in en._progress.value


def test_a_step_title_is_escaped_in_every_language(store):
    view = StepView([("welcome", HOSTILE)], store=store, enabled=True, language="de")
    assert "&lt;img" in view._title.value and "<img" not in view._title.value


# --------------------------------------------------------------------------- network map
def network(store, language=""):
    return NetworkMap(name="Jonas", store=store, today=TODAY, redraw_delay=None, language=language)


def test_the_network_map_in_german(store):
    w = network(store, "de")
    assert w._save_button.description == "Kontakt speichern" and w._find.description == "Suchen"
    assert w._fields["how_we_know"].description == "Woher wir uns kennen"
    assert any(label.startswith("Engster Kreis — ") for label, _key in w._ring.options)
    assert ("Wir haben uns ausgetauscht", "neutral") in w._log_direction.options
    assert ("Kaffee", "coffee") in w._log_kind.options  # the saved value stays the key
    w._save_button.click()
    assert "Gib dem Kontakt zuerst einen Namen." in w._message.value
    w._fields["name"].value = HOSTILE
    w._last_contact.value = _dt.date(2026, 11, 2)
    w._save_button.click()
    assert "hinzugefügt" in w._message.value and "&lt;img" in w._message.value and "<img" not in w._message.value
    assert "Letzter Kontakt" in w._table.value and "2. Nov. 2026" in w._table.value
    w._log_button.click()
    assert "Eingetragen für" in w._message.value and "Wir haben uns ausgetauscht" in w._message.value
    assert "1-mal gegeben" not in w._log_list.value and "0-mal gegeben, 0-mal gebeten" in w._log_list.value


def test_the_network_map_in_spanish_and_english(store):
    es = network(store, "es")
    assert (
        es._save_button.description == "Guardar contacto" and "Importar un archivo" in es.children[3].children[0].value
    )
    es._remove_button.click()
    assert "Elige un contacto guardado para quitarlo." in es._message.value
    en = network(AnswersStore(store.folder / "en", debounce=0))
    assert en._save_button.description == "Save contact" and en._fields["how_we_know"].description == (
        "How we know each other"
    )
    en._fields["name"].value = "Ada"
    en._last_contact.value = _dt.date(2026, 11, 2)
    en._save_button.click()
    assert "Added Ada." in en._message.value and "2026-11-02" in en._table.value


# --------------------------------------------------------------------------- outreach
def test_the_outreach_composer_in_spanish(store):
    w = OutreachComposer(name="Lucía", store=store, today=TODAY, language="es")
    assert w.save.description == "Guardar en la bandeja de salida" and w.contact.description == "Para:"
    assert ("Otra persona (escribe su nombre)", "__typed__") in w.contact.options
    w.mark_sent.click()
    assert "Guarda primero un mensaje en tu bandeja de salida." in w.message.value
    w.contact_name.value = "Ana Souza"
    w.draft.value = "Hola Ana, ¿podemos hablar 20 minutos sobre tu trabajo en datos de salud? Gracias."
    assert "palabras" in w.word_count.value
    w.save.click()
    assert "Guardado en tu bandeja de salida" in w.message.value
    w.mark_sent.click()
    assert "Marcado como enviado el 3 dic 2026." in w.message.value
    if "Fechas de seguimiento" in w.followups.value:  # the situation asks for something
        assert re.search(r"(lun|mar|mié|jue|vie), \d+ dic 2026", w.followups.value)
        assert "Contado en días hábiles" in w.followups.value


def test_the_outreach_composer_in_german_and_english(store):
    de = OutreachComposer(name="Jonas", store=store, today=TODAY, language="de")
    assert de.mark_sent.description == "Als gesendet markieren"
    assert "1. Wem schreibst du, und warum?" in text(de.children[1].value)
    de.draft.value = "  "
    de.save.click()
    assert "Schreib zuerst deine Nachricht, dann speichere sie." in de.message.value
    en = OutreachComposer(name="Sam", store=AnswersStore(store.folder / "en", debounce=0), today=TODAY)
    assert en.mark_sent.description == "Mark as sent" and en.save.description == "Save to outbox"


def test_the_conversation_guide_and_card_sort(store):
    de = ConversationGuide(name="Jonas", store=store, today=TODAY, language="de")
    guide = de.children[0].value
    assert "Vorher: vorbereiten" in guide and "Zum Schluss: die letzten fünf Minuten" in guide
    assert "Wie sieht eine normale Woche bei Ihnen aus?" in guide and "Die Arbeit" in guide  # asked with Sie
    assert "What does a normal week" not in guide
    assert de.save.description == "Im Verlauf speichern" and de.learnt.description == "Ich habe gelernt:"
    de.save.click()
    assert "Wähle, mit wem du gesprochen hast" in de.message.value
    de.contact.value = "__typed__"
    de.contact_name.value = HOSTILE
    de.learnt.value = "Wie Teams Daten teilen"
    de.next_people.value = "Mia"
    de.save.click()
    assert "In deinen Notizen gespeichert." in de.message.value and "Schreib Mia" in de.message.value
    es = RequestCardSort(language="es")
    assert es.check.description == "Comprobar mi clasificación"
    es.check.click()
    assert "clasificadas como lo haría un coach" in es.result.value
    assert "Before: prepare" in ConversationGuide(store=store, today=TODAY).children[0].value
    en = RequestCardSort()
    en.check.click()
    assert "sorted as a coach would" in en.result.value


# --------------------------------------------------------------------------- reflection
def test_the_plan_writes_dates_in_the_language(store):
    de = PlanBuilder(name="Jonas", store=store, today=TODAY, language="de")
    assert de.add.description == "Zu meinem Plan hinzufügen" and de.closeness.description == "Nähe:"
    assert ("Engster Kreis", "inner") in de.closeness.options and ("jeden Monat", "monthly") in de.cadence.options
    de.person.value = "Mia"
    de.add.click()
    assert "Mia ist in deinem Plan:" in de.message.value and "Donnerstag, 3. Dezember 2026" in de.message.value
    row = de.rows.children[0].children[0].value
    assert "zuerst:" in row and "Dezember 2026" in row and de.rows.children[0].remove_button.description == "Entfernen"
    commitment = de.commitment.value
    assert "Ich, Jonas, bleibe mit einer Person in Kontakt: Mia (" in commitment and "Dezember" in commitment
    assert "Schweigen ist kein Nein" in commitment and "will" not in commitment
    assert "Schick eine kurze Nachricht" in de.rows.children[0].children[0].value  # the ring's first step, in German
    de.rows.children[0].remove_button.click()
    assert "Mia ist nicht mehr in deinem Plan." in de.message.value
    es = PlanBuilder(name="Lucía", store=AnswersStore(store.folder / "es", debounce=0), today=TODAY, language="es")
    es.person.value = "Ana"
    es.add.click()
    assert "jueves, 3 de diciembre de 2026" in es.message.value and "Ana está en tu plan" in es.message.value
    assert "Yo, Lucía, mantendré el contacto con una persona" in es.commitment.value
    en = PlanBuilder(store=AnswersStore(store.folder / "en", debounce=0), today=TODAY)
    en.person.value = "Ann"
    en.add.click()
    assert "Ann is in your plan:" in en.message.value and "03 Dec 2026" in en.message.value
    assert "I will stay in touch with one person: Ann (" in en.commitment.value


def test_prompts_confidence_and_export(tmp_path):
    de = ReflectionPrompts(store=AnswersStore(tmp_path / "de", debounce=0), language="de")
    assert "Seite 1 von" in de.page_label.value and "Fragen beantwortet" in de.progress_label.value
    assert (de.back.description, de.next.description) == ("Zurück", "Weiter")
    assert "Wenn du zurückblickst" in de._page_box.children[0].children[0].value  # the questions themselves
    assert (
        "Mirando atrás"
        in ReflectionPrompts(store=AnswersStore(tmp_path / "p", debounce=0), language="es")
        ._blocks["regret"]
        .children[0]
        .value
    )
    es = ConfidenceCheckIn(store=AnswersStore(tmp_path / "es", debounce=0), language="es")
    assert es.sliders["before"].description == "Antes:" and es.sliders["before"].options[0][0] == "todavía no"
    assert "Elige un número en «Antes»" in es.message.value
    es.sliders["before"].value = 4
    assert "Antes: 4/10." in es.message.value
    es.sliders["after"].value = 7
    assert "De 4 a 7" in es.message.value
    assert PlanExport(store=AnswersStore(tmp_path / "x", debounce=0), language="es").make.description == (
        "Descargar mi calendario (.ics)"
    )
    en = ConfidenceCheckIn(store=AnswersStore(tmp_path / "en", debounce=0))
    assert en.sliders["before"].description == "Before:" and "Choose a number" in en.message.value


# --------------------------------------------------------------------------- take-home, hosting, rhythms
def test_take_home_in_spanish_and_english(store):
    es = TakeHome(store=store, language="es", environ={})
    assert es._download.description == "Descargar todo" and es._delete.description == "Borrar mis datos…"
    es._delete.click()
    es._cancel.click()
    assert "No se borró nada." in es._delete_status.value
    assert "Llévatelo." in es.children[1].value
    en = TakeHome(store=store, environ={})
    en._delete.click()
    en._cancel.click()
    assert en._download.description == "Download everything" and "Nothing was deleted." in en._delete_status.value


def test_hosting_notices_in_every_language():
    de = BinderNotice(BINDER, language="de")
    assert "läuft auf mybinder.org" in de.value and "etwa 10 Minuten" in de.value and "6 Stunden" in de.value
    assert "href='https://mybinder.org/v2/gh/org/repo/HEAD'" in de.value and "eine neue Sitzung" in de.value
    hostile = BinderNotice({**BINDER, "BINDER_PERSISTENT_REQUEST": "x'><script>"}, language="es")
    assert "<script>" not in hostile.value and "una sesión nueva" in hostile.value
    assert "nicht aufbewahrt" in browser_notice_html(kept=False, gettext=gettext_for("de"))
    assert "Tus respuestas se quedan en este navegador" in browser_notice_html(gettext=gettext_for("es"))
    assert "This workbook runs on mybinder.org" in BinderNotice(BINDER).value


def test_the_rhythm_table_in_every_language():
    assert "Engster Kreis" in RhythmTable(language="de").value and "alle zwei Wochen" in RhythmTable("de").value
    assert "eine Nachricht zum Wiederaufleben, dann alle drei Monate" in RhythmTable("de").value
    assert "Círculo íntimo" in RhythmTable(language="es").value and "cada dos semanas" in RhythmTable("es").value
    assert "Inner circle" in RhythmTable().value and "every two weeks" in RhythmTable().value


# --------------------------------------------------------------------------- start page and its language choice
def test_the_start_page_speaks_the_coachs_language_and_the_participant_can_choose(tmp_path):
    page = StartPage(base=tmp_path, out="out", defaults={"language": "de"}, link="", environ={})
    assert page.language.value == "de" and page._make.description == "Mein Workbook erstellen"
    assert page.fields["name"].description == "Dein Name" and "Neu hier?" in page._new_here.value
    page.fields["name"].value = "Lucía"
    page.language.value = "es"
    assert page._make.description == "Crear mi cuaderno" and page.fields["name"].description == "Tu nombre"
    assert "¿Eres nuevo aquí?" in page._new_here.value and "Descargar todo" in page._coming_back.value
    assert page.fields["name"].value == "Lucía" and page._values()["language"] == "es"
    english = StartPage(base=tmp_path, out="out", link="", environ={})
    assert english.language.value == "en" and english._make.description == "Make my workbook"
    assert [label for label, _code in english.language.options] == ["English", "Deutsch", "español"]


def test_on_the_site_the_chosen_language_is_kept_for_the_workbook(tmp_path):
    """The no-server welcome page: the participant's choice goes into the kept profile that the workbook reads."""
    from netkit.coach.start import saved_profile

    page = StartPage(base=tmp_path, notebook="workbook.ipynb", app_link="index.html", link="", environ={})
    page.fields["name"].value = "Jonas " + HOSTILE
    page.language.value = "de"
    page.make()
    assert "Dein Workbook ist fertig" in page._status.value and "&lt;img" in page._status.value
    assert "<img" not in page._status.value
    assert saved_profile(tmp_path)["language"] == "de"
    page.language.value = "es"  # a change after the workbook is made is kept too
    assert saved_profile(tmp_path)["language"] == "es" and "Tu cuaderno está listo" in page._status.value
    again = StartPage(base=tmp_path, notebook="workbook.ipynb", app_link="index.html", link="", environ={})
    assert again.language.value == "es" and again._make.description == "Crear mi cuaderno"
    assert "Hola de nuevo" in again._for.value


def test_on_the_site_the_link_opens_the_workbook_in_the_chosen_language(tmp_path):
    """The site packs a workbook per language: the link follows the choice, also a change after Start."""
    links = {"en": "index.html?path=workshop.ipynb", "de": "index.html?path=workshop.de.ipynb"}
    page = StartPage(base=tmp_path, notebook="workshop.ipynb", app_link=links, link="", environ={})
    page.fields["name"].value = "Jonas"
    page.language.value = "de"
    page.make()
    assert "href='index.html?path=workshop.de.ipynb'" in page._status.value
    page.language.value = "es"  # no Spanish copy on this site: the English workbook, never a dead link
    assert "href='index.html?path=workshop.ipynb'" in page._status.value
    page.language.value = "en"
    assert "href='index.html?path=workshop.ipynb'" in page._status.value
