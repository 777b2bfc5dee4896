"""The linter in each language: the draft's language detected, per-language phrase data, findings in the
participant's language, and no rule on a language it has no data for (issue #25)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netkit.exercises.outreach import builtin_templates, lint_phrases
from netkit.exercises.outreach.lint import ENGLISH_ONLY_RULES, RULEBOOK, Hit, Rule, lint
from netkit.exercises.outreach.lint_corpus import is_sealed, load_corpus, score_corpus
from netkit.exercises.outreach.lint_language import LINTED_LANGUAGES, OTHER, detect_language
from netkit.exercises.outreach.lint_parse import PHRASES, parse_message
from netkit.store.answers import AnswersStore
from netkit.widgets.outreach import OutreachComposer

FOLDER = Path(__file__).parent / "fixtures" / "messages"
CORPORA = {"de": FOLDER / "corpus.de.toml", "es": FOLDER / "corpus.es.toml"}
#: The names every language's phrase data defines: the English module's patterns and sets, less its text form of
#: the HTML tag set and FAVOUR, which no rule reads.
NOT_READ = {"LANGUAGE", "HTML_TAGS_TEXT", "FAVOUR"}
PHRASE_NAMES = sorted(n for n, v in vars(lint_phrases).items() if n.isupper() and n not in NOT_READ and not callable(v))
ANY_LANGUAGE_RULES = {rule.id for rule in RULEBOOK if "*" in rule.languages}


def rules(text: str, situation: str | None = None, language: str | None = None, **kw) -> set[str]:
    return {f.rule for f in lint(text, situation, language=language, **kw)}


def words(text: str) -> list[str]:
    return parse_message(text).words


# --------------------------------------------------------------------------- the draft's language
@pytest.mark.parametrize(
    "text, prior, expected",
    [
        ("Danke!", "de", "de"),
        ("Danke!", None, "en"),  # one word is not enough to leave the participant's language
        ("Merci vielmals!", "de", "de"),  # Swiss thanks
        ("Gracias!", "es", "es"),
        ("Thanks!", "de", "de"),  # a one-word English thanks in a German workbook stays German
        ("Hallo Jens, lange nicht gesehen! Wie geht es dir bei Siemens?", None, "de"),
        ("Grüezi Frau Meier, hätten Sie nächste Woche Zeit für ein Gespräch? Merci und freundliche Grüsse", "en", "de"),
        ("Servus Lukas, hast du mal eine halbe Stunde für mich?", "es", "de"),
        ("Hola Martín, ¿tenés media hora la semana que viene? ¡Gracias!", "en", "es"),
        ("Che, ¿vos podés pasarme el contacto de Juli?", "de", "es"),
        ("Hi Ana, we met at the meetup. Could we talk next week?", "de", "en"),
        (
            "Bonjour Madame Roux, j'ai assisté à votre conférence. Auriez-vous vingt minutes ? Merci beaucoup.",
            "de",
            OTHER,
        ),
        ("Ciao Marco, ci siamo conosciuti a Milano. Potresti dedicarmi dieci minuti? Grazie mille.", "es", OTHER),
        (
            "Hoi Sanne, we hebben elkaar ontmoet op de meetup. Heb je tijd voor een kop koffie? Dank je wel!",
            "en",
            OTHER,
        ),
        ("你好，我们在会议上认识的。你下周有空聊聊吗？", "en", OTHER),
        ("Привет, Анна! Мы познакомились на конференции.", "de", OTHER),
    ],
)
def test_the_draft_s_language_is_detected_with_the_participant_s_language_as_prior(text, prior, expected):
    """Is a short draft taken to be in the participant's language unless it is clearly another one?"""
    assert detect_language(words(text), prior, text) == expected


def test_an_unknown_prior_counts_as_english():
    """Is a participant language the linter does not read (or none) the English default?"""
    assert detect_language(["okay"], "fr", "okay") == "en"
    assert detect_language([], "de", "") == "de"


# --------------------------------------------------------------------------- per-language data
@pytest.mark.parametrize("language", LINTED_LANGUAGES)
def test_every_language_s_phrase_data_defines_every_idea(language):
    """Does each language's module define every pattern the rules read, under the same name?"""
    module = PHRASES[language]
    assert language == module.LANGUAGE
    missing = [name for name in PHRASE_NAMES if not hasattr(module, name)]
    assert missing == []


def test_each_rule_lists_only_languages_it_has_data_for():
    """Does every rule that reads phrasing list exactly the languages with phrase data (or any, for mechanics)?"""
    for rule in RULEBOOK:
        assert rule.languages == ("*",) or set(rule.languages) <= set(PHRASES), rule.id
    assert set(ENGLISH_ONLY_RULES) == {r.id for r in RULEBOOK} - ANY_LANGUAGE_RULES


def test_a_rule_never_runs_on_a_language_it_has_no_data_for():
    """Does a rule with German data only stay silent on an English draft, and speak on a German one?"""
    always = Rule("t", "t", "warning", ("de",), "", "", "", "fix", lambda m: Hit("x"))
    assert always.run(parse_message("Hi Ana, could we talk next week?")) is None
    assert always.run(parse_message("Hallo Ana, hättest du nächste Woche Zeit?", language="de")) is not None


@pytest.mark.parametrize(
    "text",
    [
        # French, with a pressure phrase, a job ask and no thanks: nothing but the mechanical checks may speak
        "Bonjour Madame, je cherche un emploi. Pourriez-vous me recommander à votre directeur avant demain ? "
        "Vous me devez bien ça.",
        "Ciao [Nome], sto cercando lavoro. Potresti raccomandarmi al tuo capo entro domani? Me lo devi.",
        "你好 [名字]，我在找工作。你能在明天之前把我推荐给你的老板吗？",
        "Привет! Мне нужна работа. Порекомендуй меня своему директору до завтра, ты мне должен.",
    ],
)
@pytest.mark.parametrize("language", [None, "de", "es"])
def test_a_draft_in_another_language_gets_only_the_mechanical_checks_and_a_note(text, language):
    """Does a French, Italian, Chinese or Russian draft get the length and gap checks and a note, nothing else?"""
    found = rules(text, "informational-interview", language)
    assert "english-only" in found
    assert found <= ANY_LANGUAGE_RULES
    if "[" in text:
        assert "placeholder" in found


# --------------------------------------------------------------------------- the parsed message, regional voices
@pytest.mark.parametrize(
    "text, language",
    [
        ("Könnten Sie mir kurz Ihre Einschätzung geben?", "de"),
        ("Kannst du mir bitte Bescheid geben?", "de"),
        ("Ich wäre dir sehr dankbar, wenn du mir hilfst.", "de"),
        ("¿Podrías contarme cómo empezaste?", "es"),
        ("¿Le importaría dedicarme diez minutos?", "es"),
        ("Quería pedirte quince minutos de tu tiempo.", "es"),
        ("Che, vos podés pasarme el contacto.", "es"),
        ("Me encantaría tener una call corta contigo.", "es"),
    ],
)
def test_requests_are_recognised_in_du_sie_tu_usted_and_vos(text, language):
    """Is a polite German or Spanish ask, in every form of address, a request in the parsed message?"""
    message = parse_message(text, language=language)
    assert message.language == language
    assert message.requests and message.requests[0].kind in ("question", "polite")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Merci vielmals für alles!", "de"),
        ("Vergelt's Gott für deine Hilfe.", "de"),
        ("Vielen Dank und freundliche Grüsse", "de"),
        ("Te lo agradezco mucho.", "es"),
        ("Mil gracias por tu tiempo.", "es"),
    ],
)
def test_thanks_in_regional_variants(text, language):
    """Are Swiss, Austrian and Latin American thanks recognised?"""
    assert parse_message(text, language=language).thanks


@pytest.mark.parametrize(
    "text, language",
    [
        ("Grüezi Frau Meier,\nwir haben uns an der Messe in Basel kennengelernt.", "de"),
        ("Servus Lukas,\nwir haben uns beim Stammtisch der Wiener Entwickler kurz unterhalten.", "de"),
        ("Grüß Gott Frau Gruber,\nerinnern Sie sich noch an unseren Workshop in Linz?", "de"),
        ("Buenos días, Sra. Rojas. Vi su charla en el evento de Ruta N.", "es"),
        ("Hola Martín, nos conocimos en la meetup de Python en Palermo.", "es"),
        ("Hola Sara, vi tu post sobre networking en LinkedIn.", "es"),
        ("Hola Rocío: Manuel, de la asociación de enfermería, me dijo que llevas años en medical affairs.", "es"),
        ("Hola Agustina, Lautaro Méndez me contó que pasaste de contadora a analista de datos.", "es"),
        ("Hola, Nuria: te vi moderar la mesa de editoriales independientes en la Feria del Libro.", "es"),
        ("Hola, Regina: me encantó el mural que hicieron para el Festival de Barrio de Santa Julia.", "es"),
    ],
)
def test_the_connection_is_found_in_the_opening(text, language):
    """Is how they know each other read from the opening, after a regional greeting or a title like "Sra."?"""
    message = parse_message(text, "informational-interview", language=language)
    assert PHRASES[language].CONNECTION.search(message.opening)
    assert "connection-late" not in rules(text + " ¿?", "informational-interview", language)


# A greeting and a short pleasantry question in one sentence ("Hi Dev, how are you?") are not the ask: the
# connection after them is still in the opening. The same sentences with the connection after the ask stay late.
GREETING_THEN_CONNECTION = [
    ("Hi Dev, how are you? I saw your talk at PyData Leeds on hospital data. Would you have 20 minutes next week?", "en"),
    ("Hello Ms Okafor, how's your week? We met at the Lagos careers fair in March. Could we talk for 15 minutes?", "en"),
    ("Hallo Jonas, wie geht's? Ich habe deinen Vortrag beim PyData-Meetup in Wien gesehen. Hättest du 20 Minuten?", "de"),
    ("Hola Facundo, ¿cómo va? Vi tu charla en el Encuentro Pyme de Rosario. ¿Tendrías 20 minutos esta semana?", "es"),
    ("Hola Romina, ¿cómo andás? Nos conocimos en la feria de vinos de Mendoza. ¿Te puedo hacer dos preguntas?", "es"),
]  # fmt: skip
ASK_THEN_CONNECTION = [
    ("Hi Dev, how are you? Would you have 20 minutes next week for a call about your team? I saw your talk at PyData Leeds.", "en"),
    ("Hallo Jonas, wie geht's? Hättest du nächste Woche 20 Minuten für ein Gespräch? Ich habe deinen Vortrag in Wien gesehen.", "de"),
    ("Hola Facundo, ¿cómo va? ¿Tendrías 20 minutos esta semana para contarme cómo trabajan? Vi tu charla en Rosario.", "es"),
]  # fmt: skip


@pytest.mark.parametrize("text, language", GREETING_THEN_CONNECTION)
def test_a_greeting_and_a_pleasantry_question_do_not_end_the_opening(text, language):
    assert "connection-late" not in rules(
        text + " Thanks!", "informational-interview", language, relationship="stranger"
    )


@pytest.mark.parametrize("text, language", ASK_THEN_CONNECTION)
def test_the_connection_after_the_ask_is_still_late(text, language):
    assert "connection-late" in rules(text, "informational-interview", language, relationship="stranger")


def test_deadlines_seniority_and_ownership_in_german_and_spanish():
    """Are a deadline on the reader's favour, a senior third party and an owned or unowned cause read in both?"""
    de = parse_message("Kannst du mich bei deinem CEO erwähnen? Ich brauche die Antwort bis Freitag.", language="de")
    assert any(senior for _, senior in de.third_parties)
    assert any(d.on_favour for d in de.deadlines)
    es = parse_message("¿Podés hablar bien de mí con tu jefa? Necesito la respuesta para el viernes.", language="es")
    assert any(senior for _, senior in es.third_parties)
    assert any(d.on_favour for d in es.deadlines)
    owned = parse_message(
        "Es tut mir leid. Der Zug hatte Verspätung, aber das ist keine Ausrede.", "apology", language="de"
    )
    assert owned.causes and all(c.owned for c in owned.causes)
    assert "pressure" in {f.rule for f in lint("Du musst ihm heute noch antworten.", language="de")}
    released = lint("Danke! Du musst nicht antworten, und du musst mir nicht helfen.", "share-no-ask", language="de")
    assert "pressure" not in {f.rule for f in released}
    blamed = parse_message("Disculpe. El metro se retrasó otra vez, no pude hacer nada.", "apology", language="es")
    assert blamed.causes and not any(c.owned for c in blamed.causes)


# --------------------------------------------------------------------------- findings in the participant's language
def test_findings_are_written_in_the_participant_s_language():
    """Does a German participant read German feedback, a Spanish one Spanish, on a draft in their language?"""
    de = lint(
        "Hallo, ich suche einen Job. Kannst du mich bei Zalando empfehlen?", "informational-interview", language="de"
    )
    job = next(f for f in de if f.rule == "job-ask")
    assert "bittet" in job.message and "„" in job.message and "Empfehlung" in job.fix
    es = lint("Hola, busco trabajo. ¿Me podés recomendar en tu empresa?", "informational-interview", language="es")
    job = next(f for f in es if f.rule == "job-ask")
    assert "pide" in job.message and "«" in job.message and "recomendaciones" in job.fix


def test_a_draft_in_another_linted_language_is_read_with_its_data_and_says_so():
    """Is a German draft in an English workbook read with the German checks, with a note in English?"""
    found = lint("Hallo, ich suche einen Job. Kannst du mich bei Zalando empfehlen?", "informational-interview")
    by_rule = {f.rule: f for f in found}
    assert "job-ask" in by_rule and "German" in by_rule["english-only"].message
    assert "asks for a job" in by_rule["job-ask"].message


def test_english_behaviour_is_unchanged_without_a_language():
    """Does an English draft with no language get exactly the English findings, no note?"""
    found = rules("Hi, I'm looking for a job in product management. Can you refer me at Spotify? Thanks")
    assert found == {"job-ask", "connection-late"} or found == {"job-ask", "connection-late", "about-me"}
    assert "english-only" not in found


def test_rule_titles_are_translated():
    """Is every rule's title (the paper checklist's line) translated into German and Spanish?"""
    for rule in RULEBOOK:
        assert rule.title_in("de") != rule.title, rule.id
        assert rule.title_in("es") != rule.title, rule.id
        assert rule.title_in(None) == rule.title


def test_the_composer_lints_in_the_workbook_s_language(tmp_path):
    """Does the German composer give German feedback on a German draft?"""
    store = AnswersStore(tmp_path / "answers.json")
    w = OutreachComposer(name="Sam", goal="Datenanalyse", store=store, today=dt.date(2026, 12, 3), language="de")
    w.draft.value = "Hallo Jonas, lange nicht gesehen! Ich suche einen Job. Kannst du mich bei deiner Firma empfehlen?"
    assert "bittet" in w.findings.value


# --------------------------------------------------------------------------- the training corpora
@pytest.mark.parametrize("language", sorted(CORPORA))
def test_each_language_s_corpus_is_varied_and_the_linter_meets_its_targets(language):
    """≥ 55 messages from several regional voices, every reading rule exemplified; precision ≥ 0.9 per rule and
    recall ≥ 0.8 overall on the training corpus (the sealed sets are measured once, by the lead, elsewhere)."""
    messages = load_corpus(CORPORA[language])
    assert len(messages) >= 55
    assert len({m.writer for m in messages}) >= 3
    assert {m.situation for m in messages} >= {t.id for t in builtin_templates()}
    assert {m.relationship for m in messages if m.relationship} == {"friend", "teammate", "acquaintance", "stranger"}
    assert {"formal", "casual", "one-liner", "long", "relational"} <= {tag for m in messages for tag in m.style}
    for rule in RULEBOOK:
        if rule.id != "english-only":
            assert sum(rule.id in m.expect for m in messages) >= 2, (language, rule.id)
    score = score_corpus(messages, language)
    for rule, s in score.rules.items():
        assert s.precision >= 0.9, f"{rule}: precision {s.precision:.2f}, wrong on {s.false_positives}"
    assert score.recall >= 0.8, {r: s.misses for r, s in score.rules.items() if s.misses}


def test_no_language_corpus_is_named_sealed():
    """Are the training corpora kept apart from any sealed set by name (the sealed sets are never read here)?"""
    assert not any("sealed" in path.name for path in CORPORA.values())
    assert is_sealed("x") in (True, False)


def test_the_command_line_lints_in_the_chosen_language():
    """Does `netkit outreach lint --language es` write Spanish findings, and refuse a language it does not speak?"""
    from click.testing import CliRunner

    from netkit.cli import cli

    draft = "Hola, busco trabajo. ¿Me podés recomendar en tu empresa?"
    args = ["outreach", "lint", "-", "--situation", "informational-interview"]
    result = CliRunner().invoke(cli, [*args, "--language", "es"], input=draft)
    assert result.exit_code == 1 and "[job-ask] «busco trabajo» pide" in result.output
    assert CliRunner().invoke(cli, [*args, "--language", "fr"], input=draft).exit_code == 2
