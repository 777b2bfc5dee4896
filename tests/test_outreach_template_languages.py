"""The outreach templates in German and Spanish: whole files kept in step with the English, chosen by the
participant's language, and drafts the kit's own advice would pass; the outreach exercise's other coaching texts
(cards, audiences, follow-ups) in the language; the widgets showing them."""

from __future__ import annotations

import collections
import datetime as dt
import re
import tomllib

import icalendar
import pytest

from netkit.exceptions import TemplateError
from netkit.exercises.outreach import builtin_templates, load_templates, render_message
from netkit.exercises.outreach.conversation import thank_you_draft
from netkit.exercises.outreach.followups import followups_ics
from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.message import connection_sentence, missing_fields
from netkit.exercises.outreach.practice import AUDIENCES, REQUEST_CARDS, TOGETHER, kind_decline_draft, mid_sentence
from netkit.exercises.outreach.templates import BUILTIN_FOLDER, copy_problems, language_of_file
from netkit.languages import gettext_for
from netkit.widgets.outreach import OutreachComposer
from netkit.widgets.outreach.cards import RequestCardSort
from netkit.widgets.outreach.conversation import ConversationGuide

LANGUAGES = ("de", "es")
ENGLISH = sorted(p for p in BUILTIN_FOLDER.glob("*.j2") if not language_of_file(p.name)[1])
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
GAP = re.compile(r"\[[^\[\]]+\]")
CONTACT = {
    "name": "Ana Souza",
    "organisation": "Acme Health",
    "role": "data lead",
    "how_we_know": "the PyData meetup",
}
ME = {"name": "Sam Lee", "goal": "a move into health data"}
#: Asking for a job in a message that should ask for none (the linter's job-ask, as a native writer would ask).
JOB_WORDS = {
    "de": re.compile(r"\b(?:Stelle|Stellen|Job|Jobs|Bewerbung|bewerbe\w*|einstellen|Empfehlung für mich)\b"),
    "es": re.compile(r"\b(?:empleo|vacante|contrat\w+|candidatura|postul\w+|recomiéndame|recomendarme)\b", re.I),
}
THANKS = {"de": re.compile(r"dank", re.I), "es": re.compile(r"gracias|agradec", re.I)}
ENGLISH_WORDS = re.compile(r"\b(?:the|and|you|your|would|thanks|with)\b", re.I)


def _split(path):
    text = path.read_text(encoding="utf-8")
    _start, meta, body = text.split("+++", 2)
    return tomllib.loads(meta), body.strip("\n")


def _copy(path, language):
    return path.with_name(path.name.removesuffix(".j2") + f".{language}.j2")


def test_there_are_sixteen_templates_each_with_a_german_and_a_spanish_copy_and_no_stray_copy():
    assert len(ENGLISH) == 16
    stems = {p.name.removesuffix(".j2") for p in ENGLISH}
    for path in BUILTIN_FOLDER.glob("*.j2"):
        stem, language = language_of_file(path.name)
        assert stem in stems, f"{path.name} has no English file"
    for path in ENGLISH:
        for language in LANGUAGES:
            assert _copy(path, language).is_file(), f"{_copy(path, language).name} is missing"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.stem)
def test_a_copy_keeps_the_situation_fields_blocks_and_gaps_of_its_english_file(path, language):
    meta, body = _split(path)
    copy_meta, copy_body = _split(_copy(path, language))
    # The same situation and flags; only the words are the language's own.
    assert {k: v for k, v in copy_meta.items() if k not in ("title", "description")} == {
        k: v for k, v in meta.items() if k not in ("title", "description")
    }
    assert copy_meta["title"] and copy_meta["title"] != meta["title"]
    assert copy_meta["description"] and copy_meta["description"] != meta["description"]
    # The same placeholders and blocks ({{ contact.x }}, {% if … %}), however the sentence orders them.
    tags = collections.Counter(" ".join(t.split()) for t in TAG.findall(body))
    assert collections.Counter(" ".join(t.split()) for t in TAG.findall(copy_body)) == tags
    # The same number of [gaps] for the participant to fill, written in the language.
    gaps, copy_gaps = GAP.findall(TAG.sub("", body)), GAP.findall(TAG.sub("", copy_body))
    assert len(copy_gaps) == len(gaps)
    assert not set(copy_gaps) & set(gaps)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.stem)
def test_copy_problems_finds_nothing_in_the_shipped_copies(path, language):
    assert copy_problems(path.read_text(encoding="utf-8"), _copy(path, language).read_text(encoding="utf-8")) == []


GOOD = (BUILTIN_FOLDER / "reconnect.de.j2").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("doctored", "said"),
    [
        (GOOD.replace("has_ask = false", "has_ask = true"), "has_ask"),
        (GOOD.replace('situation = "reconnect"', 'situation = "wiederkontakt"'), "situation"),
        (GOOD.replace("has_ask = false\n", ""), "has_ask"),
        (GOOD.replace("{{ contact.connection }} ", ""), "{{ contact.connection }}"),
        (GOOD.replace("{{ me.first_name }}", "{{ me.name }}"), "{{ me.name }}"),
        (GOOD.replace("{% endif %}", ""), "{% endif %}"),
        (GOOD.replace("[was du gerade machst]", "was du gerade machst"), "[gaps]"),
        (GOOD.replace("[was du gerade machst]", "[what you are doing now]"), "gaps left in English"),
        (
            GOOD.replace(
                "Wieder Kontakt aufnehmen, wenn ihr euch aus den Augen verloren habt (ohne Bitte)",
                "Reconnect with someone you have lost touch with (no ask)",
            ),
            "title",
        ),
        ("no front matter", "front-matter"),
    ],
)
def test_copy_problems_catches_each_kind_of_drift(doctored, said):
    english = (BUILTIN_FOLDER / "reconnect.j2").read_text(encoding="utf-8")
    problems = copy_problems(english, doctored)
    assert problems and said in " ".join(problems), problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("situation", [p.stem for p in ENGLISH])
def test_each_copy_renders_with_the_english_context_and_is_a_draft_the_kit_would_pass(situation, language):
    english = render_message(situation, CONTACT, ME, placeholders=True)
    text = render_message(situation, CONTACT, ME, placeholders=True, language=language)
    template = next(t for t in builtin_templates(language) if t.id == situation)
    assert text.splitlines()[0].startswith({"de": "Hallo Ana", "es": "Hola, Ana"}[language])
    assert "Sam" in text and "\x00" not in text and "{" not in text
    assert len(ENGLISH_WORDS.findall(text)) <= 1, text  # written in the language, not left in English
    # The advice the kit teaches, in any language: a question exactly where the English asks one…
    assert ("?" in text) == ("?" in english)
    # …thanks where the situation needs them, and no job ask where the situation asks for none.
    if template.situation.needs_thanks:
        assert THANKS[language].search(text), text
    explains_hiring = situation in ("decline-referral", "kind-decline")
    if (template.situation.first_contact or not template.situation.has_ask) and not explains_hiring:
        assert not JOB_WORDS[language].search(text), text
    # The kit's linter finds nothing in the copy that it does not also find in the English draft.
    warned = {f.rule for f in lint(english, template.situation) if f.severity == "warning"}
    copy_warned = {f.rule for f in lint(text, template.situation) if f.severity == "warning"}
    assert copy_warned <= warned | {"english-only"}, (copy_warned, warned)
    # Length in step with the English (the languages run a little longer, never twice as long).
    assert 0.7 * len(english.split()) <= len(text.split()) <= 1.6 * len(english.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_context_gives_gaps_named_in_the_language(language):
    text = render_message("informational-interview", {}, {}, placeholders=True, language=language)
    _ = gettext_for(language)
    assert f"[{_('their organisation')}]" in text and "[their organisation]" not in text
    assert missing_fields("informational-interview", {}, {}, language=language)[0] == "contact.first_name"
    with pytest.raises(TemplateError, match="empty"):
        render_message("informational-interview", {}, {}, language=language)


def test_templates_follow_the_language_and_fall_back_to_english_without_an_error():
    english = builtin_templates()
    assert [t.id for t in builtin_templates("de")] == [t.id for t in english] == [t.id for t in builtin_templates("es")]
    assert english[0].title == "Ask for an informational interview"  # English unchanged
    assert builtin_templates("en") == english
    assert builtin_templates("fr") == english  # no copy: English, no error
    assert builtin_templates("de")[0].title == "Um ein Informationsgespräch bitten"
    assert builtin_templates("es")[0].title == "Pedir una entrevista informativa"
    assert render_message("reconnect", CONTACT, ME, language="fr") == render_message("reconnect", CONTACT, ME)


def _write(folder, name, situation, title, body="Hi {{ contact.first_name }}, thanks. {{ me.first_name }}"):
    (folder / name).write_text(f'+++\nsituation = "{situation}"\ntitle = "{title}"\n+++\n{body}\n', encoding="utf-8")


def test_a_coachs_folder_may_hold_copies_per_language(tmp_path):
    _write(tmp_path, "thank-mentor.j2", "thank-mentor", "Thank a mentor")
    _write(tmp_path, "thank-mentor.de.j2", "thank-mentor", "Einer Mentorin danken")
    _write(tmp_path, "nur-deutsch.de.j2", "nur-deutsch", "Nur auf Deutsch")
    _write(tmp_path, "my.notes.j2", "my-notes", "Not a language copy")  # "notes" is no language
    titles = {lang: {t.id: t.title for t in load_templates(tmp_path, lang)} for lang in ("", "de", "es")}
    assert titles[""]["thank-mentor"] == "Thank a mentor" and "nur-deutsch" not in titles[""]
    assert titles["de"]["thank-mentor"] == "Einer Mentorin danken" and titles["de"]["nur-deutsch"] == "Nur auf Deutsch"
    assert titles["es"]["thank-mentor"] == "Thank a mentor"  # no Spanish copy: the English one
    assert titles["de"]["informational-interview"] == "Um ein Informationsgespräch bitten"  # built-ins too
    assert titles[""]["my-notes"] == "Not a language copy"


def test_a_copy_for_another_situation_than_its_english_file_is_refused_with_the_fix(tmp_path):
    _write(tmp_path, "thank-mentor.j2", "thank-mentor", "Thank a mentor")
    _write(tmp_path, "thank-mentor.es.j2", "agradecer", "Agradecer")
    assert load_templates(tmp_path, "de")  # a German participant never reads the Spanish copy
    with pytest.raises(TemplateError) as caught:
        load_templates(tmp_path, "es")
    assert "thank-mentor.es.j2" in str(caught.value) and 'situation = "thank-mentor"' in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "language", "sentence"),
    [
        ("auf der PyCon kennengelernt", "de", "Wir haben uns auf der PyCon kennengelernt."),
        ("aus dem Studium", "de", "Wir kennen uns aus dem Studium."),
        ("bei Zendesk zusammengearbeitet", "de", "Wir haben bei Zendesk zusammengearbeitet."),
        (
            "ehemalige Kollegin bei Zendesk",
            "de",
            "Vielleicht erinnerst du dich an mich: ehemalige Kollegin bei Zendesk.",
        ),
        ("Wir waren im selben Chor", "de", "Wir waren im selben Chor."),
        ("Uni Wien", "de", "Kurz zur Erinnerung, woher wir uns kennen: Uni Wien."),
        ("de la universidad", "es", "Nos conocemos de la universidad."),
        ("en la PyCon 2023", "es", "Nos conocimos en la PyCon 2023."),
        ("coincidimos en un curso", "es", "Coincidimos en un curso."),
        ("excompañera en Zendesk", "es", "Quizá me recuerdes como excompañera en Zendesk."),
        ("el club de lectura", "es", "Te recuerdo de qué nos conocemos: el club de lectura."),
        ("met at PyCon", "", "We met at PyCon."),
        ("  ", "de", ""),
    ],
)
def test_how_we_know_each_other_reads_as_a_sentence_in_the_language(typed, language, sentence):
    assert connection_sentence(typed, language) == sentence


def test_german_keeps_the_capital_of_a_noun_inside_a_sentence():
    assert mid_sentence("Lebenslauf überarbeiten", "de") == "Lebenslauf überarbeiten"
    assert mid_sentence("Rewrite my CV", "") == "rewrite my CV" and mid_sentence("CV first", "") == "CV first"
    draft = thank_you_draft({"name": "Ana"}, "Teams suchen Leute mit SQL", "Lebenslauf überarbeiten", language="de")
    assert "Als Nächstes werde ich Lebenslauf überarbeiten" in draft and "Teams suchen Leute mit SQL." in draft
    no = kind_decline_draft("Ana", "Recomendarte", "solo recomiendo a quien conozco", "un enlace", language="es")
    assert "No puedo recomendarte porque solo recomiendo a quien conozco. Lo que sí puedo ofrecerte es un enlace." in no


@pytest.mark.parametrize("language", LANGUAGES)
def test_cards_audiences_and_together_are_in_the_catalog_of_each_language(language):
    _ = gettext_for(language)
    texts = [c.text for c in REQUEST_CARDS] + [c.why for c in REQUEST_CARDS] + list(TOGETHER)
    texts += [a.label for a in AUDIENCES] + [a.advice for a in AUDIENCES]
    for text in texts:
        assert _(text) != text, text
    assert "Could you" in REQUEST_CARDS[1].text  # the data stays English: the linter's card test reads it


def test_follow_up_calendar_in_german_and_english_unchanged():
    outbox = [
        {"id": "e1", "contact": "Ana", "situation": "informational-interview", "sent_on": "2026-12-03", "asks": True}
    ]
    events = list(icalendar.Calendar.from_ical(followups_ics(outbox, language="de")).walk("VEVENT"))
    assert str(events[0]["SUMMARY"]) == "Bei Ana nachhaken (falls noch keine Antwort)"
    assert "Arbeitstage seit deiner Nachricht" in str(events[0]["DESCRIPTION"])
    english = list(icalendar.Calendar.from_ical(followups_ics(outbox)).walk("VEVENT"))
    assert str(english[0]["SUMMARY"]) == "Nudge Ana (if no reply yet)"
    assert str(english[1]["DESCRIPTION"]).startswith("10 business days since your message (informational-interview).")
    assert str(english[1]["DESCRIPTION"]).endswith("If they already replied, delete this event.")


TODAY = dt.date(2026, 12, 3)


def test_a_german_composer_shows_german_templates_titles_and_advice(store):
    store.set("network.contacts", [dict(CONTACT, id="c1", how_we_know="aus dem Studium", ring="close")])
    w = OutreachComposer(name="Sam Lee", store=store, today=TODAY, language="de", career_stage="Quereinsteigerin")
    assert w.situation.options[0][0] == "Nach einem Feld fragen, in das du wechseln möchtest"
    assert "Beruflich umsteigen" in w.audience.value
    w.situation.value = "informational-interview"
    assert w.draft.value.startswith("Hallo Ana,") and "Wir kennen uns aus dem Studium." in w.draft.value
    assert "Ein kurzes Gespräch" in w.about.value
    w.situation.value = "reconnect"
    assert "viel zu lange her!" in w.draft.value and "Wer würde sich freuen" not in w.draft.value
    w.contact.value = "__typed__"
    w.contact_name.value = ""
    w.situation.value = "informational-interview"
    assert "[Organisation]" in w.draft.value and "Organisation" in w.message.value  # gaps named in German


def test_the_career_stage_advice_is_in_the_participants_language(store):
    w = OutreachComposer(name="Sam", store=store, today=TODAY, language="es", career_stage="freelance")
    assert "Freelance o por cuenta propia" in w.audience.value and "Los clientes" in w.audience.value
    assert w.situation.value == "client-or-collaborator" and w.draft.value.startswith("Hola, ")
    english = OutreachComposer(name="Sam", store=store, today=TODAY, career_stage="freelance")
    assert "Freelance or self-employed" in english.audience.value
    assert english.situation.options[0][0] == "Approach a potential client or collaborator"


def test_a_spanish_card_sort_shows_spanish_cards_and_why(store):
    sort = RequestCardSort(language="es")
    shown = " ".join(getattr(child, "value", "") or "" for child in sort.children if hasattr(child, "value"))
    assert "Vi su publicación" in shown and "I saw your post" not in shown
    for card in REQUEST_CARDS:
        sort.choices[card.id].value = card.reasonable
    sort.check.click()
    assert sort.result.value.startswith("<p>12 ")
    assert "Una recomendación pone su nombre" in sort.result.value and "job-ask" in sort.result.value
    english = RequestCardSort()
    english.check.click()
    assert "A referral puts their name behind work they have never seen." in english.result.value


def test_the_conversation_guide_drafts_the_thank_you_in_the_language(store):
    guide = ConversationGuide(name="Sam Lee", store=store, today=TODAY, language="de")
    guide.contact_name.value = "Ana"
    guide.learnt.value = "Das Team sucht Leute mit SQL"
    assert guide.thank_you.value.startswith("Hallo Ana,")
    assert "Am meisten hängen geblieben ist mir: Das Team sucht Leute mit SQL." in guide.thank_you.value


def test_the_coverage_script_names_a_missing_or_drifted_template_copy(tmp_path):
    import importlib.util
    import shutil
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    name = "translation_coverage"
    tool = sys.modules.get(name)
    if tool is None:
        spec = importlib.util.spec_from_file_location(name, root / "tools" / "translation_coverage.py")
        assert spec and spec.loader
        tool = importlib.util.module_from_spec(spec)
        sys.modules[name] = tool
        spec.loader.exec_module(tool)
    assert tool.template_problems("de") == [] and tool.template_problems("es") == []
    folder = tmp_path / "netkit" / "templates" / "outreach"
    folder.mkdir(parents=True)
    for stem in ("reconnect", "thank-you"):
        shutil.copy(BUILTIN_FOLDER / f"{stem}.j2", folder)
    (folder / "reconnect.de.j2").write_text(GOOD.replace("has_ask = false", "has_ask = true"), encoding="utf-8")
    problems = tool.template_problems("de", tmp_path)
    assert any("reconnect.de.j2: has_ask" in p for p in problems)
    assert any("thank-you.de.j2 does not exist" in p for p in problems)


@pytest.mark.parametrize(
    ("parts", "language", "line"),
    [
        (
            ("a ward nurse of ten years", "knows how staff use data", "health analytics"),
            "",
            "A ward nurse of ten years who knows how staff use data, moving into health analytics.",
        ),
        (
            ("Pflegefachkraft seit zehn Jahren", "ich weiß, wie das Team Daten nutzt", "Gesundheitsanalytik"),
            "de",
            "Pflegefachkraft seit zehn Jahren. Ich weiß, wie das Team Daten nutzt. "
            "Jetzt zieht es mich Richtung Gesundheitsanalytik.",
        ),
        (("Grafikerin", "", "auf dem Weg ins UX-Design"), "de", "Grafikerin. Auf dem Weg ins UX-Design."),
        (
            ("enfermera con diez años en planta", "Conoce cómo usa los datos el personal", "la analítica sanitaria"),
            "es",
            "Enfermera con diez años en planta que conoce cómo usa los datos el personal, "
            "en camino hacia la analítica sanitaria.",
        ),
        (
            ("diseñador", "que sabe de tipografía", "explorando el UX"),
            "es",
            "Diseñador que sabe de tipografía, explorando el UX.",
        ),
    ],
)
def test_the_career_identity_line_reads_in_the_language(parts, language, line):
    from netkit.exercises.outreach.practice import career_identity

    assert career_identity(*parts, language=language) == line
    text = render_message("career-change", CONTACT, dict(ME, identity=line), language=language or "")
    assert line in text


@pytest.mark.parametrize(
    ("language", "said"), [("", "Suggested: Ana"), ("de", "Empfohlen: Ana"), ("es", "Me sugirió hablar con: Ana")]
)
def test_the_log_says_who_they_suggested_in_the_language(language, said):
    from netkit.exercises.outreach.conversation import log_conversation

    contacts, found = log_conversation([{"id": "c1"}], "c1", TODAY, "SQL matters", " Ana ", language=language)
    assert found and contacts[0]["interactions"][0]["note"] == f"SQL matters. {said}"


@pytest.mark.parametrize(
    ("stage", "audience"),
    [
        ("Quereinsteigerin", "career-changer"),
        ("Berufswechsel in die IT", "career-changer"),
        ("Berufseinsteiger", "starting-from-zero"),
        ("Wiedereinstieg nach der Elternzeit", "starting-from-zero"),
        ("Freiberuflerin", "freelancer"),
        ("selbstständig", "freelancer"),
        ("Teamleiterin", "established"),
        ("Estudiante", "starting-from-zero"),
        ("recién llegada", "starting-from-zero"),
        ("cambio de carrera", "career-changer"),
        ("Autónoma", "freelancer"),
        ("trabajo por cuenta propia", "freelancer"),
        ("Jefa de proyecto", "established"),
        ("Career changer", "career-changer"),
    ],
)
def test_a_german_or_spanish_career_stage_finds_its_audience(stage, audience):
    from netkit.exercises.outreach.practice import audience_for_stage

    found = audience_for_stage(stage)
    assert found is not None and found.id == audience


@pytest.mark.parametrize(
    ("language", "title", "calendar"),
    [
        ("", "Ask for an informational interview", "Nudge Ana (if no reply yet)"),
        ("de", "Um ein Informationsgespräch bitten", "Bei Ana nachhaken (falls noch keine Antwort)"),
        ("es", "Pedir una entrevista informativa", "Recordatorio a Ana (si aún no ha respondido)"),
    ],
)
def test_the_take_home_messages_use_the_languages_templates_and_calendar(language, title, calendar):
    from netkit.exercises.outreach.exercise import takehome
    from netkit.exercises.registry import TakeHomeContext

    outbox = [
        {"id": "e1", "contact": "Ana", "situation": "informational-interview", "sent_on": "2026-12-03", "text": "Hi"}
    ]
    part = takehome({"outreach.outbox": outbox}, TakeHomeContext(name="Sam", today=TODAY, language=language))
    assert title in part.html
    if language:
        assert "Ask for an informational interview" not in part.html
    events = list(icalendar.Calendar.from_ical(part.files["followups.ics"]).walk("VEVENT"))
    assert str(events[0]["SUMMARY"]) == calendar


@pytest.mark.parametrize(
    ("language", "title", "greeting"),
    [
        ("", "Ask for an informational interview", "Hi [their name],"),
        ("de", "Um ein Informationsgespräch bitten", "Hallo Name,"),
        ("es", "Pedir una entrevista informativa", "Hola, su nombre:"),
    ],
)
def test_the_worksheet_prints_the_templates_of_its_language(language, title, greeting):
    from netkit.exercises.outreach.exercise import worksheet
    from netkit.exercises.registry import SheetContext

    guide = {"activities": {"role-play": {"roles": []}}}
    sheet = worksheet(SheetContext(personal={}, guide=guide, language=language))
    texts = next(part for part in sheet.parts if part.kind == "texts" and any(title in i for i in part.items))
    assert len(texts.items) == 16 and texts.items[0].startswith(title)
    assert greeting in texts.items[0] or f"[{gettext_for(language)('their name')}]" in texts.items[0]


def test_the_calendar_names_the_skipped_holidays_in_the_language():
    from netkit.exercises.outreach.followups import followups

    outbox = [{"id": "e1", "contact": "Ana", "situation": "informational-interview", "sent_on": "2026-12-03"}]
    assert "Deutschland" in followups(outbox, country="DE", language="de")[0].skipped
    assert followups(outbox, country="DE")[0].skipped == "weekends and public holidays in Germany are skipped"
