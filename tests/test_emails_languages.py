"""E-mails in the participant's language (#25): one whole-text file per language, kept in step with the English."""

from __future__ import annotations

import email
import email.policy
import re
import string
from email.utils import getaddresses

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach.emails import EMAILS_DATA, build_email, emails_data, load_texts
from netkit.coach.roster import parse_roster
from netkit.exceptions import RosterError
from netkit.languages import SUPPORTED_LANGUAGES

TRANSLATIONS = [code for code in SUPPORTED_LANGUAGES if code != "en"]
#: Phrases a translation carries itself that English takes from netkit.contacts.advice (none: the advice is
#: translated once, in the catalogs, and every output in a language says it the same way).
ADVICE_PHRASES: set[str] = set()

COHORT = (
    "Name,Email,Goal,Target organisations,Career stage,Workshop date,Country,Language\n"
    "Jonas Weber,jonas@example.org,In die Produktentwicklung wechseln,Siemens; Zalando,Freiberufler,2026-12-03,DE,de\n"
    "Lucía Pérez,lucia@example.org,Encontrar una mentora,Telefónica,Estudiante,2026-12-03,ES,Español\n"
    "Amara Okafor,amara@example.org,Move into product design,Monzo,,2026-12-03,GB,en\n"
    "Greta Huber,greta@example.org,Wieder einsteigen,,,2026-12-03,AT,Deutsch\n"
    "Bea Lund,bea@example.org,Get back to work,,,2026-12-03,GB,\n"
)


def placeholders(text: str) -> set[str]:
    """The ``$names`` a text uses (what string.Template fills)."""
    return {m.group("named") or m.group("braced") for m in string.Template.pattern.finditer(text)} - {None}


def parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def plain(message) -> str:
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_each_translation_has_the_english_keys_and_placeholders(language):
    """Does every language file have the same kinds, keys and $placeholders as emails.toml, so none is left behind
    when the English changes (and none fills a placeholder the code never sets)?"""
    english, other = load_texts(EMAILS_DATA), load_texts(emails_data(language))
    assert set(other) == set(english)
    for table, texts in english.items():
        extra = ADVICE_PHRASES if table == "phrases" else set()
        assert set(other[table]) == set(texts) | extra, f"{language} [{table}]"
        for key, text in texts.items():
            assert placeholders(other[table][key]) == placeholders(text), f"{language} [{table}] {key}"
            assert other[table][key].strip() != text.strip() or not text.strip(" ,"), f"untranslated: {key}"


def test_the_placeholder_helper_finds_names():
    """Guard: the helper the test above relies on sees $name and ${name}, not $$."""
    assert placeholders("a $b ${c} $$d") == {"b", "c"}


def test_emails_data_names_one_file_per_language():
    """Is English emails.toml and each translation emails.<lang>.toml, and does every one exist?"""
    assert emails_data("en") == EMAILS_DATA == emails_data("")
    for code in TRANSLATIONS:
        assert emails_data(code).name == f"emails.{code}.toml" and emails_data(code).is_file()


@pytest.fixture(scope="module", params=["room-2h", "online-90", "series-3x45"])
def cohort_mail(request, tmp_path_factory):
    """Both kinds for a cohort mixing de, es and en (codes and names), written by the real command."""
    tmp = tmp_path_factory.mktemp(request.param)
    roster = tmp / "roster.csv"
    roster.write_text(COHORT, encoding="utf-8")
    place = "https://meet.example.org/abc" if request.param == "online-90" else "Room 2.14"
    for kind in ("pre-work", "follow-up"):
        result = CliRunner().invoke(
            cli,
            ["emails", str(roster), "--kind", kind, "-o", str(tmp / "mail"), "--format", request.param]
            + ["--time", "18:30", "--place", place, "--coach", "Sam Rivera", "--link", "https://kit.example.org/"],
        )
        assert result.exit_code == 0, result.output
    mails: dict[tuple[str, str], str] = {}
    for path in (tmp / "mail").glob("*.eml"):
        message = parse(path)
        address = getaddresses([message["To"]])[0][1]
        mails[(address, path.name.split(".")[-2])] = message["Subject"] + "\n" + plain(message)
    return request.param, mails


def test_each_participant_gets_the_email_in_their_language(cohort_mail):
    """Does each participant read their own language: greeting, dates with weekday and month, subject?"""
    _, mails = cohort_mail
    assert len(mails) == 10
    expect = {
        "jonas@example.org": ("Hallo Jonas,", "Donnerstag, 3. Dezember 2026", "workshop"),
        "greta@example.org": ("Hallo Greta,", "Donnerstag, 3. Dezember 2026", "workshop"),  # de_AT writes it alike
        "lucia@example.org": ("Hola, Lucía:", "jueves, 3 de diciembre de 2026", "taller"),
        "amara@example.org": ("Hello Amara,", "Thursday 3 December 2026", "workshop"),
        "bea@example.org": ("Hello Bea,", "Thursday 3 December 2026", "workshop"),
    }
    for (address, _kind), text in mails.items():
        greeting, date, word = expect[address]
        assert f"\n{greeting}\n" in text and date in text and word in text.split("\n", 1)[0].lower(), (
            address,
            text[:300],
        )


def test_no_english_is_left_in_a_translated_email_and_every_placeholder_is_filled(cohort_mail):
    """Does a German or Spanish e-mail carry none of the English sentences, and no e-mail a `$name`?"""
    _, mails = cohort_mail
    english_bits = ("You are booked", "Hello", "See you", "Your workbook", "If nobody answers", "organisations you")
    for (address, _kind), text in mails.items():
        assert not re.search(r"\$\{?[A-Za-z_]", text), (address, text)
        if address in ("jonas@example.org", "greta@example.org", "lucia@example.org"):
            for bit in english_bits:
                assert bit not in text, (address, bit)


def test_online_and_freelance_wording_in_german_and_spanish(cohort_mail):
    """Online: nothing to bring (mitbringen / traer) and a camera; in the room: a laptop to bring; a German
    freelancer ("Freiberufler") is asked about the people who hire them, not employers."""
    format_name, mails = cohort_mail
    jonas, lucia = mails[("jonas@example.org", "pre-work")], mails[("lucia@example.org", "pre-work")]
    if format_name == "online-90":
        assert "Kamera" in jonas and "bring" not in jonas.lower() and "Videocall" in jonas
        assert "cámara" in lucia and "trae" not in lucia.lower() and "videollamada" in lucia
    else:
        assert "Bring einen geladenen Laptop" in jonas and "Trae un portátil" in lucia
    if format_name == "series-3x45":
        assert "drei Terminen à 45 Minuten" in jonas and "tres sesiones de 45 minutos" in lucia
    assert "Auftraggebende" in jonas and "arbeiten würdest oder" not in jonas
    assert "Siemens, Zalando" in jonas and "Telefónica" in lucia


def test_the_follow_up_advice_is_the_translated_one_voice(cohort_mail):
    """Does the 30-day e-mail carry the follow-up advice in the participant's language, with its goal?"""
    _, mails = cohort_mail
    from netkit.contacts.advice import FOLLOW_UP

    de, es = FOLLOW_UP.in_language("de").short, FOLLOW_UP.in_language("es").short
    assert de.startswith("Keine Antwort?") and es != FOLLOW_UP.short
    assert de in mails[("jonas@example.org", "follow-up")]
    assert "In die Produktentwicklung wechseln" in mails[("jonas@example.org", "follow-up")]
    assert es in mails[("lucia@example.org", "follow-up")]
    body = mails[("lucia@example.org", "follow-up")].split("\n", 1)[1]  # the body, not the subject
    assert body.replace(es, "").count("?") <= 3  # the e-mail's own questions (the advice may open with one)


def test_language_option_fills_rows_without_one_and_a_row_keeps_its_own(tmp_path):
    """--language de: Bea (no Language) gets German; Lucía (Español) keeps Spanish; Amara (en) keeps English."""
    roster = tmp_path / "roster.csv"
    roster.write_text(COHORT, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["emails", str(roster), "--kind", "pre-work", "-o", str(tmp_path / "mail"), "--language", "Deutsch"]
    )
    assert result.exit_code == 0, result.output
    by_address = {getaddresses([parse(p)["To"]])[0][1]: plain(parse(p)) for p in (tmp_path / "mail").glob("*.eml")}
    assert by_address["bea@example.org"].startswith("Hallo Bea,")
    assert by_address["lucia@example.org"].startswith("Hola, Lucía:")
    assert by_address["amara@example.org"].startswith("Hello Amara,")


@pytest.mark.parametrize("flag", ["fr", "Klingon", "français"])
def test_an_unsupported_language_option_stops_before_anything_is_written(tmp_path, flag):
    """Is --language fr (or a made-up name) refused with the supported ones named, and nothing written?"""
    roster = tmp_path / "roster.csv"
    roster.write_text(COHORT, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["emails", str(roster), "--kind", "pre-work", "-o", str(tmp_path / "mail"), "--language", flag]
    )
    assert result.exit_code == 2
    assert "de (Deutsch), en (English), es (español)" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "mail").exists()


def test_an_unsupported_language_in_the_roster_names_its_line(tmp_path):
    """Does a roster row with Language 'Französisch' stop with the file, line and the supported ones?"""
    roster = tmp_path / "roster.csv"
    roster.write_text(COHORT + "Zoé Martin,zoe@example.org,,,,,,Französisch\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["emails", str(roster), "--kind", "pre-work", "-o", str(tmp_path / "mail")])
    assert result.exit_code == 2, result.output
    assert "line 7" in result.output and "French" in result.output and "es (español)" in result.output
    assert not (tmp_path / "mail").exists()
    with pytest.raises(RosterError):
        parse_roster(COHORT + "Zoé Martin,zoe@example.org,,,,,,xx\n")


def test_build_email_marks_the_html_part_with_its_language():
    """Does the HTML part say lang='de' for a German participant (screen readers pronounce it right)?"""
    jonas = parse_roster(COHORT).participants[0]
    message = email.message_from_bytes(build_email(jonas, "pre-work").as_bytes(), policy=email.policy.default)
    assert "<html lang='de'>" in message.get_body(("html",)).get_content()


@pytest.mark.parametrize(
    "workshop",
    ["Networking que dura de verdad", "Café & Kontakte: Netzwerken für Rückkehrerinnen", "x" * 60 + " é " + "y" * 40],
)
@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_a_long_subject_with_accents_keeps_every_space(workshop, language):
    """Does a subject longer than one header line, with accented words, read back exactly as written?
    (Python's header folder drops the space between two encoded words; the e-mails must not.)"""
    jonas = parse_roster(COHORT).participants[0]
    message = build_email(jonas, "follow-up", workshop=workshop, language=language, texts=None)
    subject = message["Subject"]
    raw = message.as_bytes()
    assert email.message_from_bytes(raw, policy=email.policy.default)["Subject"] == str(subject)
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
