"""Translations the ecosystem's way (#25): gettext catalogs per language, complete, none fuzzy, in step with the
code; compiled .mo files that load without Babel; coverage reported by tools/translation_coverage.py."""

from __future__ import annotations

import gettext
import importlib.util
import io
import shutil
import string
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from netkit.languages import (
    DEFAULT_LANGUAGE,
    LOCALE_DIR,
    SUPPORTED_LANGUAGES,
    catalog_path,
    gettext_for,
    ngettext_for,
    translation,
)

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
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
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
        if isinstance(message.id, tuple):  # a plural entry: each form, chosen by the language's rule
            for n in (1, 2, 5, 1_000_000):
                form = message.string[gettext.c2py(catalog.plural_expr)(n)]
                assert compiled.ngettext(*message.id, n) == translation(language).ngettext(*message.id, n) == form
        elif message.id:
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


# ---------------------------------------------------------------------- a defect class: plurals chosen in English
def _english_plural_choices(source: str) -> list[int]:
    """Lines where ``source`` picks between two marked messages by comparing a count with 0 or 1
    (``_("{n} day") if n == 1 else _("{n} days")``, also with ``N_``): English's plural rule written into the
    code, wrong for every language with other forms. ``ngettext``/``Nn_`` let the catalog's rule choose."""
    import ast

    def gaps(node: ast.expr) -> set[str]:
        while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            node = node.func.value
        assert isinstance(node, ast.Call) and isinstance(node.args[0], ast.Constant)
        return {name for _, name, _, _ in string.Formatter().parse(node.args[0].value) if name}

    def marked(node: ast.expr) -> bool:
        while (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr
            in (
                "format",
                "replace",
            )
        ):
            node = node.func.value
        return (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") in ("_", "N_", "gettext")
            and bool(node.args)
            and isinstance(node.args[0], ast.Constant)
        )

    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.IfExp)
            and isinstance(node.test, ast.Compare)
            and marked(node.body)
            and marked(node.orelse)
        ):
            sides = [node.test.left, *node.test.comparators]
            same_sentence = gaps(node.body) == gaps(node.orelse) != set()  # not "Today" / "Session {n}"
            if same_sentence and any(isinstance(side, ast.Constant) and side.value in (0, 1) for side in sides):
                found.append(node.lineno)
    return found


def test_no_module_chooses_a_plural_form_by_the_english_rule():
    """Does every sentence with a count go through ngettext / Nn_ (one plural entry per sentence)?"""
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "netkit").rglob("*.py"))
        if (lines := _english_plural_choices(path.read_text(encoding="utf-8")))
    }
    assert found == {}, "use ngettext(singular, plural, n) or Nn_(singular, plural) (CONTRIBUTING.md)"


def test_the_plural_check_finds_the_pattern_and_leaves_other_choices_alone():
    assert _english_plural_choices('x = _("{n} day") if n == 1 else _("{n} days")') == [1]
    assert _english_plural_choices('x = (N_("{n} a") if 1 == len(y) else N_("{n} b"))') == [1]
    assert _english_plural_choices('x = _("{n} day").format(n=n) if n == 1 else _("{n} days").format(n=n)') == [1]
    assert _english_plural_choices('x = _("Today") if sessions == 1 else _("Session {n}")') == []  # two sentences
    assert _english_plural_choices('x = _("{n} a") if flag else _("{n} b")') == []
    assert _english_plural_choices('x = ngettext("{n} day", "{n} days", n)') == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_entries_have_every_form_the_language_needs(language):
    """Does each plural entry translate every form of the catalog's Plural-Forms (Spanish: three), so a count of a
    million is said as well as a count of two?"""
    with open(catalog_path(language), "rb") as handle:
        catalog = read_po(handle, locale=language)
    plurals = [m for m in catalog if isinstance(m.id, tuple)]
    assert len(plurals) >= 15
    for m in plurals:
        assert len(m.string) == catalog.num_plurals and all(m.string), m.id
    assert ngettext_for(language)("{count} day", "{count} days", 1) != ngettext_for(language)(
        "{count} day", "{count} days", 2
    )


def test_the_coverage_check_finds_a_missing_plural_form(tmp_path):
    """Guard: a plural entry with an empty form counts as untranslated, one that drops the count as a lost gap."""
    root = _copy_catalogs(tmp_path)
    po = root / "netkit" / "locale" / "de" / "LC_MESSAGES" / "netkit.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="de")
    catalog[("{count} day", "{count} days")].string = ("{count} Tag", "")
    catalog[("{count} year", "{count} years")].string = ("ein Jahr", "viele Jahre")
    with po.open("wb") as handle:
        write_po(handle, catalog)
    messages = coverage_tool.source_messages(ROOT)
    result = coverage_tool.coverage("de", root=root, messages=messages)
    assert "{count} day" in result.untranslated
    assert "{count} year" in result.placeholders
