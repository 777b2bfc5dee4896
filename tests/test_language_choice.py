"""Choosing a language (#25): the roster's Language column, --language on render, guide, emails and lite, and
``language`` in workshop.toml; an unsupported one stops before anything is written, naming the supported ones."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach import render as render_module
from netkit.coach.render import RenderReport
from netkit.coach.roster import WORKBOOK_FIELDS, parse_roster
from netkit.exceptions import InputError, RosterError
from netkit.languages import (
    SUPPORTED_LANGUAGES,
    language_code,
    language_name,
    locale_name,
    supported_list,
    written_date,
)

SUPPORTED = "de (Deutsch), en (English), es (español)"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("de", "de"),
        ("DE", "de"),
        (" es ", "es"),
        ("en", "en"),
        ("de-AT", "de"),
        ("es_MX", "es"),
        ("Deutsch", "de"),
        ("German", "de"),
        ("deutsch", "de"),
        ("Alemán", "de"),
        ("Spanish", "es"),
        ("Español", "es"),
        ("espanol", "es"),
        ("ESPAÑOL", "es"),
        ("Spanisch", "es"),
        ("Castellano", "es"),
        ("English", "en"),
        ("Englisch", "en"),
        ("inglés", "en"),
        ("", ""),
        (None, ""),
    ],
)
def test_codes_and_names_a_coach_writes_are_understood(text, code):
    """Is every way a sign-up sheet writes German, Spanish or English read as its code (empty: the default)?"""
    assert language_code(text) == code


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("fr", "not translated into French"),
        ("Französisch", "not translated into French"),
        ("Français", "not translated into French"),
        ("zh", "not translated into Chinese"),
        ("xx", "not a language netkit knows"),
        ("Deutsch bitte", "not a language netkit knows"),
        ("de-AT-x-very-long-private-tag", "not a language netkit knows"),
    ],
)
def test_an_unsupported_language_names_the_supported_ones(text, said):
    """Does a language netkit has no translation for stop with what it is and the supported list?"""
    with pytest.raises(InputError, match=said) as caught:
        language_code(text)
    assert SUPPORTED in caught.value.fix and "Nothing was written" in caught.value.fix


def test_the_supported_list_is_every_supported_language_in_its_own_name():
    assert supported_list() == SUPPORTED
    assert {language_name(code) for code in SUPPORTED_LANGUAGES} == {"Deutsch", "English", "español"}


@pytest.mark.parametrize(
    ("language", "country", "written"),
    [
        ("en", "", "Thursday 3 December 2026"),
        ("en", "US", "Thursday, December 3, 2026"),
        ("de", "", "Donnerstag, 3. Dezember 2026"),
        ("de", "CH", "Donnerstag, 3. Dezember 2026"),
        ("es", "", "jueves, 3 de diciembre de 2026"),
        ("es", "MX", "jueves, 3 de diciembre de 2026"),
    ],
)
def test_dates_are_written_in_the_language(language, country, written):
    """Are weekday and month in the participant's language (Babel's CLDR data), English as the kit writes it?"""
    assert written_date(dt.date(2026, 12, 3), language, country) == written


def test_austrian_german_names_january_jaenner():
    """Does the country shape the date where the language differs by region (Austria: Jänner)?"""
    assert locale_name("de", "AT") == "de_AT" and locale_name("de", "DE-BY") == "de_DE"
    assert locale_name("de", "") == "de" and locale_name("es", "ZZ") == "es"
    assert "Jänner" in written_date(dt.date(2027, 1, 7), "de", "AT")
    assert "Januar" in written_date(dt.date(2027, 1, 7), "de", "DE")


# ----------------------------------------------------------------------------- the roster
ROSTER = "Name,Sprache,Phone\nJonas Weber,Deutsch,+49 1\nLucía Pérez,es,+34 2\nAmara Okafor,,+44 3\n"


def test_the_language_column_is_a_whitelisted_workbook_field():
    """Is `language` one of the whitelisted fields, and is a German header ('Sprache') mapped onto it?"""
    assert "language" in WORKBOOK_FIELDS
    roster = parse_roster(ROSTER)
    assert [p.workbook_parameters()["language"] for p in roster.participants] == ["de", "es", ""]
    assert "Phone" in roster.ignored_columns


@pytest.mark.parametrize("header", ["Language", "language", "Lang", "Idioma", "Sprache"])
def test_language_headers(header):
    roster = parse_roster(f"Name,{header}\nAna,Spanish\n")
    assert roster.participants[0].fields["language"] == "es"


def test_a_default_language_fills_only_empty_rows():
    roster = parse_roster(ROSTER, defaults={"language": "German"})
    assert [p.fields["language"] for p in roster.participants] == ["de", "es", "de"]


def test_an_unsupported_language_in_a_row_is_a_roster_error_on_its_line():
    with pytest.raises(RosterError) as caught:
        parse_roster(ROSTER + "Zoé Martin,Français,\n", where="roster.csv")
    assert caught.value.line == 5 and caught.value.column == "language" and SUPPORTED in caught.value.fix
    with pytest.raises(RosterError, match="--language"):
        parse_roster(ROSTER, defaults={"language": "fr"})


# ----------------------------------------------------------------------------- the commands
def _render_defaults(tmp_path, *flags):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    report = RenderReport(out=tmp_path / "out", results=[], manifest=tmp_path / "out" / "manifest.json")
    with mock.patch.object(render_module, "render", return_value=report) as call:
        result = CliRunner().invoke(cli, ["render", str(tmp_path / "roster.csv"), "-o", str(tmp_path / "out"), *flags])
    assert result.exit_code == 0, result.output
    return call.call_args.kwargs["defaults"]


def test_render_language_option_and_workshop_file(tmp_path):
    """Does --language reach render as the cohort's default, as a code, and `language` in workshop.toml too?"""
    assert _render_defaults(tmp_path, "--language", "Español")["language"] == "es"
    (tmp_path / "workshop.toml").write_text('[workshop]\nlanguage = "Deutsch"\n', encoding="utf-8")
    assert _render_defaults(tmp_path)["language"] == "de"
    assert _render_defaults(tmp_path, "--language", "en")["language"] == "en"  # the flag wins over the file


@pytest.mark.parametrize("command", ["render", "guide", "emails", "lite"])
def test_every_command_refuses_an_unsupported_language_before_writing(tmp_path, command):
    """Does each of render, guide, emails and lite stop on --language fr, naming the supported ones, with nothing
    written (the output folder is never made)?"""
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    out = tmp_path / "out"
    args = {
        "render": ["render", str(tmp_path / "roster.csv")],
        "guide": ["guide"],
        "emails": ["emails", str(tmp_path / "roster.csv"), "--kind", "pre-work"],
        "lite": ["lite"],
    }[command]
    result = CliRunner().invoke(cli, [*args, "-o", str(out), "--language", "fr"])
    assert result.exit_code == 2, result.output
    assert "French" in result.output and SUPPORTED in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_an_unsupported_language_in_workshop_toml_names_the_file(tmp_path):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "workshop.toml").write_text('[workshop]\nlanguage = "fr"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(tmp_path / "roster.csv"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "workshop.toml" in result.output and SUPPORTED in result.output
    assert not (tmp_path / "out").exists()


def test_guide_passes_the_language_to_the_kit(tmp_path):
    """Does `netkit guide --language Deutsch` write the kit in German, with no note that it is English?"""
    with mock.patch("netkit.coach.guide.write_guide", return_value=[]) as write:
        result = CliRunner().invoke(cli, ["guide", "-o", str(tmp_path / "kit"), "--language", "Deutsch"])
    assert result.exit_code == 0, result.output
    assert write.call_args.kwargs["language"] == "de" and "English" not in result.output


def test_lite_passes_the_language_to_the_site(tmp_path):
    """Does `netkit lite --language es` hand the language to the site build as the workbook's default?"""
    with mock.patch("netkit.coach.lite.build_site") as build:
        build.return_value.summary.return_value = "built"
        result = CliRunner().invoke(cli, ["lite", "-o", str(tmp_path / "site"), "--language", "es"])
    assert result.exit_code == 0, result.output
    assert build.call_args.kwargs["defaults"]["language"] == "es"
