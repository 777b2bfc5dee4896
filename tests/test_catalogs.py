"""Translations the ecosystem's way (#25): gettext catalogs per language, complete, none fuzzy, in step with the
code; compiled .mo files that load without Babel; coverage reported by tools/translation_coverage.py."""

from __future__ import annotations

import gettext
import importlib.util
import io
import shutil
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from netkit.languages import DEFAULT_LANGUAGE, LOCALE_DIR, SUPPORTED_LANGUAGES, catalog_path, gettext_for, translation

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [code for code in SUPPORTED_LANGUAGES if code != DEFAULT_LANGUAGE]

_spec = importlib.util.spec_from_file_location("translation_coverage", ROOT / "tools" / "translation_coverage.py")
assert _spec and _spec.loader
coverage_tool = importlib.util.module_from_spec(_spec)
sys.modules["translation_coverage"] = coverage_tool  # its dataclass looks itself up there
_spec.loader.exec_module(coverage_tool)


@pytest.fixture(scope="module")
def messages():
    """What the code marks for translation today, extracted with Babel as `pybabel extract` does."""
    return coverage_tool.source_messages()


def test_the_code_marks_the_welcome_exercise_strings(messages):
    """Guard: extraction finds the opening card, save line and sharing choice (so "complete" is not vacuous)."""
    assert {"Your goal", "This workbook belongs to {name}.", "Date"} <= set(messages)
    assert any(m.startswith("Share my progress") for m in messages)
    assert any(m.startswith("<b>What your coach sees") for m in messages)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_catalog_is_complete_and_none_is_fuzzy(language, messages):
    """Does every message the code marks have a translation in the catalog, none fuzzy, none left over, and
    every {gap} of the English kept?"""
    result = coverage_tool.coverage(language, messages=messages)
    assert not result.missing, f"run pybabel extract + update (CONTRIBUTING.md): {result.missing}"
    assert not result.untranslated, result.untranslated
    assert not result.fuzzy, result.fuzzy
    assert not result.obsolete, f"gone from the code; run pybabel update: {result.obsolete}"
    assert not result.placeholders, result.placeholders
    assert result.complete and result.percent == 100.0


def test_the_template_is_up_to_date(messages):
    """Is netkit/locale/netkit.pot (what a new translator starts from) the code's messages, no more, no less?"""
    with (LOCALE_DIR / "netkit.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    assert template == set(messages), "run the pybabel extract command in CONTRIBUTING.md"


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_catalog_declares_its_language_and_plural_rule(language):
    with open(catalog_path(language), "rb") as handle:
        catalog = read_po(handle)
    assert str(catalog.locale) == language and catalog.plural_forms.startswith("nplurals=")
    assert not catalog.fuzzy, "the header is marked fuzzy"


def _copy_catalogs(tmp_path: Path) -> Path:
    """A checkout-shaped copy (babel.cfg, the catalogs, the opening card and its labels) for the guard tests."""
    (tmp_path / "netkit" / "workbook").mkdir(parents=True)
    shutil.copy(ROOT / "babel.cfg", tmp_path)
    shutil.copytree(LOCALE_DIR, tmp_path / "netkit" / "locale")
    shutil.copy(ROOT / "netkit" / "workbook" / "opening.py", tmp_path / "netkit" / "workbook")
    shutil.copy(ROOT / "netkit" / "profile.py", tmp_path / "netkit")  # the card's field labels
    shutil.copytree(ROOT / "netkit" / "data", tmp_path / "netkit" / "data")
    return tmp_path


def test_the_check_finds_untranslated_fuzzy_missing_and_obsolete_messages(tmp_path):
    """Guard: does the coverage check fail a catalog with an empty, a fuzzy and a left-over entry, and code
    with a new string no catalog has?"""
    root = _copy_catalogs(tmp_path)
    (root / "netkit" / "workbook" / "opening.py").write_text(
        (ROOT / "netkit" / "workbook" / "opening.py").read_text(encoding="utf-8")
        + '\n\ndef _new():\n    return N_("A brand-new label")\n',
        encoding="utf-8",
    )
    po = root / "netkit" / "locale" / "de" / "LC_MESSAGES" / "netkit.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog["Your goal"].string = ""
    catalog["Date"].flags.add("fuzzy")
    catalog.add("Something the code no longer says", "Etwas")
    with po.open("wb") as handle:
        write_po(handle, catalog)
    result = coverage_tool.coverage("de", root=root, messages=coverage_tool.source_messages(root))
    assert result.untranslated == ["Your goal"] and result.fuzzy == ["Date"]
    assert result.missing == ["A brand-new label"] and "Something the code no longer says" in result.obsolete
    assert not result.complete and result.percent < 100
    report = coverage_tool.report([result])
    assert "A brand-new label" in report and "fuzzy" in report


def test_the_check_finds_a_lost_placeholder_and_an_out_of_step_email_file(tmp_path):
    root = _copy_catalogs(tmp_path)
    po = root / "netkit" / "locale" / "es" / "LC_MESSAGES" / "netkit.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog["This workbook belongs to {name}."].string = "Este cuaderno es tuyo."
    with po.open("wb") as handle:
        write_po(handle, catalog)
    emails = root / "netkit" / "data" / "emails.es.toml"
    emails.write_text(emails.read_text(encoding="utf-8").replace("$first_name", "amiga"), encoding="utf-8")
    result = coverage_tool.coverage("es", root=root, messages=coverage_tool.source_messages(root))
    assert result.placeholders == ["This workbook belongs to {name}."]
    assert any("placeholders differ" in problem for problem in result.texts)


def test_the_script_reports_every_language_and_its_check_passes(capsys):
    assert coverage_tool.main(["--check"]) == 0
    out = capsys.readouterr().out
    for language in TRANSLATED:
        assert f"\n{language} " in out and "100.0 %" in out


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_compiled_catalog_is_what_gettext_reads(language):
    """Does the .mo a wheel ships (compiled as hatch_build.py does) give the same text as the .po read in a
    checkout, through the standard library's gettext alone?"""
    with open(catalog_path(language), "rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    compiled = gettext.GNUTranslations(buffer)
    for message in catalog:
        if message.id:
            assert compiled.gettext(message.id) == gettext_for(language)(message.id) == message.string


def test_english_and_an_unknown_language_give_the_source_strings():
    assert gettext_for("en")("Your goal") == "Your goal" == gettext_for("")("Your goal")
    assert gettext_for("xx")("Your goal") == "Your goal"
    assert isinstance(translation(None), gettext.NullTranslations)


def test_the_build_hook_compiles_every_catalog(tmp_path):
    """Does hatch_build.py put one .mo per catalog into the wheel's files (and none for an editable install)?"""
    pytest.importorskip("hatchling")
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    hook = module.CompileCatalogs.__new__(module.CompileCatalogs)
    hook._BuildHookInterface__root = str(ROOT)
    hook._BuildHookInterface__target_name = "wheel"
    build_data: dict = {"force_include": {}}
    hook.initialize("standard", build_data)
    try:
        assert sorted(build_data["force_include"].values()) == [
            f"netkit/locale/{code}/LC_MESSAGES/netkit.mo" for code in sorted(TRANSLATED)
        ]
    finally:
        hook.finalize("standard", build_data, "")
