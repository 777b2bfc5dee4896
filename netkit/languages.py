"""The participant's language: which ones netkit speaks, its translated strings, and dates written in it.

A language is a roster field like any other (``Language``: ``de``, ``es``, ``en``, or a name such as
"Deutsch", "Spanish" or "Español"), or ``--language`` / ``language = "de"`` in ``workshop.toml`` for
rows that leave it empty. :func:`language_code` turns what a coach wrote into one of
:data:`SUPPORTED_LANGUAGES`, or stops with the supported ones named, before anything is written.

Strings in Python code are translated the ecosystem's way: GNU gettext catalogs, one per language, in
``netkit/locale/<lang>/LC_MESSAGES/netkit.po``, extracted with Babel (``pybabel extract``, see
CONTRIBUTING.md, "Adding a language"). A wheel carries them compiled (``.mo``, by the build hook in
``hatch_build.py``); a source checkout that has no ``.mo`` (an editable install, ``PYTHONPATH``) compiles
the ``.po`` in memory with Babel the first time a language is asked for. Mark a string with
``_ = gettext_for(language)`` where it is shown, or with :func:`N_` where it is defined before the
language is known (a table of labels), and translate it with ``_()`` when it is shown.

Dates follow the language through Babel's CLDR data ("Donnerstag, 3. Dezember 2026", "jueves, 3 de
diciembre de 2026"); English keeps the kit's own way of writing them ("Thursday 3 December 2026").
English needs neither a catalog nor Babel: its strings are the source.
"""

from __future__ import annotations

import datetime as _dt
import functools
import gettext as _gettext
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from netkit.exceptions import InputError
from netkit.resources import PACKAGE_DIR

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LOCALE_DIR",
    "SUPPORTED_LANGUAGES",
    "N_",
    "Nn_",
    "Said",
    "catalog_path",
    "gettext_for",
    "ngettext_for",
    "language_code",
    "language_name",
    "locale_name",
    "number",
    "short_date",
    "supported_list",
    "translation",
    "written_date",
]

#: The languages netkit is translated into; the first is the source language of every string.
SUPPORTED_LANGUAGES = ("en", "de", "es")
DEFAULT_LANGUAGE = "en"
#: The gettext domain: the catalogs are ``LOCALE_DIR/<lang>/LC_MESSAGES/netkit.po`` (and ``.mo``).
DOMAIN = "netkit"
LOCALE_DIR = PACKAGE_DIR / "locale"

#: Names in each supported language's own words, used when Babel is not at hand (it always is
#: on the coach's side; see :func:`language_name`).
_NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "español"}
#: A language tag: a code, perhaps with a region or script ("de", "de-AT", "es_419", "zh-Hant-TW").
_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8}){0,2}")
#: Names people use that CLDR does not list as the language's name.
_ALSO_CALLED = {"castellano": "es", "castilian": "es", "hochdeutsch": "de", "highgerman": "de"}


def N_(message: str) -> str:  # the name gettext tools look for
    """Mark ``message`` for extraction without translating it yet (a label defined before the language is known)."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:  # pybabel: -k Nn_:1,2 (see CONTRIBUTING.md)
    """Mark a sentence with a singular and a plural form for extraction as one plural entry, without translating it
    yet (:class:`Said` picks the form by its ``count`` when it is said)."""
    return singular, plural


@dataclass(frozen=True)
class Said:
    """A sentence to say later, in whichever language the reader has: its marked message with ``{gaps}`` and the
    gaps' values.

    Made where the language is not known yet (a file's decoder, an importer), said where it is (the participant's
    import report). A count (``int``) is written as the language groups digits ("1,200", "1.200"); a value that is
    itself a :class:`Said` is said in the same language; ``message`` may be a :func:`Nn_` pair, whose form the
    language's plural rule picks by the value ``count``. ``str()`` is the English sentence."""

    message: str | tuple[str, str]
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, message: str | tuple[str, str], /, **values: object) -> Said:
        """``Said.of(N_("read as {codec}"), codec="Windows-1252")``."""
        return cls(message, tuple(values.items()))

    def in_language(self, language: str | None = "") -> str:
        """The sentence in ``language`` (English when empty or unknown)."""
        english = language in ("", None, DEFAULT_LANGUAGE)
        words = translation(language)
        values: dict[str, object] = {}
        for key, value in self.values:
            if isinstance(value, Said):
                values[key] = value.in_language(language)
            elif isinstance(value, int) and not isinstance(value, bool):
                values[key] = f"{value:,}" if english else number(value, language)
            else:
                values[key] = value
        if isinstance(self.message, tuple):
            count = dict(self.values).get("count")
            n = count if isinstance(count, int) else 0
            text = words.ngettext(*self.message, n)
        else:
            text = words.gettext(self.message)
        return text.format(**values)

    def __str__(self) -> str:
        return self.in_language(DEFAULT_LANGUAGE)


def _fold(text: str) -> str:
    """Lower case without accents or spacing: "Español", "espanol" and " ESPAÑOL " are one name."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


@functools.cache
def _names() -> dict[str, str]:
    """Every name a coach may write for a supported language, folded, to its code: the codes, each
    language's own name and its name in every supported language (from Babel's CLDR data)."""
    from babel import Locale

    names: dict[str, str] = dict(_ALSO_CALLED)
    for code in SUPPORTED_LANGUAGES:
        names[code] = code
        names[_fold(_NATIVE_NAMES[code])] = code
        for shown_in in SUPPORTED_LANGUAGES:
            name = Locale(shown_in).languages.get(code)
            if name:
                names[_fold(name)] = code
    return names


def _other_language(text: str) -> str | None:
    """The English name of a language netkit does not speak, if ``text`` names one: a code ("fr"), or its name
    in English, in any supported language or in its own ("French", "Französisch", "francés", "Français")."""
    from babel import Locale, UnknownLocaleError

    english = Locale("en").languages
    tag = _TAG.fullmatch(text.strip())
    if tag and tag.group(1).lower() in english:
        return str(english[tag.group(1).lower()])
    folded = _fold(text)
    for shown_in in SUPPORTED_LANGUAGES:
        for code, name in Locale(shown_in).languages.items():
            if _fold(name) == folded:
                return str(english.get(code, name))
    for code in (str(code) for code in english if len(str(code)) == 2):
        try:
            if _fold(Locale(code).get_display_name() or "") == folded:
                return str(english[code])
        except (UnknownLocaleError, ValueError):
            continue
    return None


def language_name(code: str) -> str:
    """The language's own name ("Deutsch", "español"), as a participant choosing it would read it."""
    return _NATIVE_NAMES.get(code, code)


def supported_list() -> str:
    """The supported languages as a coach reads them in a fix: "de (Deutsch), en (English), es (español)"."""
    return ", ".join(f"{code} ({language_name(code)})" for code in sorted(SUPPORTED_LANGUAGES))


def language_code(
    text: str | None, *, where: str = "--language", line: int | None = None, error: type[InputError] = InputError
) -> str:
    """The supported language code ``text`` names, or ``""`` when it is empty (the default applies).

    Accepts a code (``de``, ``ES``), a code with a region (``de-AT``, ``es_MX``: the workbook is in
    German or Spanish; the region still shapes dates through the country), or a name in any supported
    language ("Deutsch", "German", "Alemán", "Spanish", "Español", "espanol"). Anything else stops with
    ``error`` (an :class:`~netkit.exceptions.InputError`, or a kind of it such as ``RosterError``) that
    names the supported languages: a language netkit knows but has no translation for ("fr", "French")
    is named as such.
    """
    raw = " ".join(str(text or "").split())
    if not raw:
        return ""
    tag = _TAG.fullmatch(raw)
    if tag and tag.group(1).lower() in SUPPORTED_LANGUAGES:
        return tag.group(1).lower()
    code = _names().get(_fold(raw))
    if code:
        return code
    other = _other_language(raw)
    what = (
        f"netkit is not translated into {other} ({raw!r}) yet" if other else f"{raw!r} is not a language netkit knows"
    )
    raise error(
        what,
        where=where,
        line=line,
        column="language" if line is not None else None,
        fix=f"use one of: {supported_list()}; or leave it empty for English. Nothing was written",
    )


def first_supported(*codes: str | None) -> str:
    """The first of ``codes`` netkit speaks, else English: how a page without a roster picks its language.

    The no-server welcome page and the workbook started beside it must pick the same one from the same
    details (a personal link's language, then the coach's), or the workbook would think the details it
    shows were changed meanwhile and run again.
    """
    return next((code for code in codes if code in SUPPORTED_LANGUAGES), DEFAULT_LANGUAGE)


def catalog_path(language: str, suffix: str = ".po") -> str:
    """Where ``language``'s catalog lives: ``netkit/locale/<lang>/LC_MESSAGES/netkit.po`` (or ``.mo``)."""
    return str(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}")


@functools.cache
def translation(language: str | None) -> _gettext.NullTranslations:
    """The gettext translations for ``language`` (English, empty or unknown: the source strings).

    Reads the compiled ``.mo`` a wheel ships; a source checkout without one (or with one older than
    its ``.po``) compiles the ``.po`` in memory with Babel, so an edited catalog shows at once."""
    from pathlib import Path

    code = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    if code == DEFAULT_LANGUAGE:
        return _gettext.NullTranslations()
    po, mo = Path(catalog_path(code)), Path(catalog_path(code, ".mo"))
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return _gettext.GNUTranslations(handle)
    if not po.is_file():
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=code, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy entries are left out, as msgfmt does
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def gettext_for(language: str | None) -> Callable[[str], str]:
    """The ``_`` of ``language``: ``_ = gettext_for("de")`` then ``_("Your goal")`` gives "Dein Ziel"."""
    return translation(language).gettext


def ngettext_for(language: str | None) -> Callable[[str, str, int], str]:
    """The plural-aware ``ngettext`` of ``language``: ``ngettext_for("de")("{count} day", "{count} days", 3)``
    gives "{count} Tage". The catalog's ``Plural-Forms`` rule picks the form (Spanish has a third one, for
    round millions), so a count is never put into a sentence by an English ``== 1`` test."""
    return translation(language).ngettext


def locale_name(language: str | None, country: str = "") -> str:
    """The Babel locale for a language in a country: ``de`` in ``AT`` is ``de_AT`` (Austrian month names),
    ``es`` in ``MX`` is ``es_MX``; a country the language has no locale for keeps the language alone."""
    from babel import Locale, UnknownLocaleError

    code = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    region = country.strip().upper()[:2]
    if region.isalpha() and len(region) == 2:
        try:
            locale = Locale.parse(f"{code}_{region}")
        except (UnknownLocaleError, ValueError):
            return code
        if locale.territory == region:  # not a neighbour Babel guessed for a region it has no data for
            return str(locale)
    return code


def written_date(day: _dt.date, language: str | None = DEFAULT_LANGUAGE, country: str = "") -> str:
    """``day`` as a person writes it in ``language`` (with the weekday, for an invitation).

    English: "Thursday 3 December 2026" (US: "Thursday, December 3, 2026"); German: "Donnerstag,
    3. Dezember 2026"; Spanish: "jueves, 3 de diciembre de 2026" (Babel's full CLDR format, the way
    each language writes a date in a letter).
    """
    code = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    if code == "en":
        if country.upper().startswith("US"):
            return f"{day:%A}, {day:%B} {day.day}, {day.year}"
        return f"{day:%A} {day.day} {day:%B %Y}"
    from babel.dates import format_date

    return format_date(day, "full", locale=locale_name(code, country))


def short_date(
    day: _dt.date,
    language: str | None = DEFAULT_LANGUAGE,
    *,
    weekday: bool = False,
    year: bool = True,
    country: str = "",
) -> str:
    """``day`` short, as a form's list shows it: English keeps the kit's "03 Dec 2026" ("Thu 03 Dec" with
    ``weekday`` and without ``year``); German "3. Dez. 2026" / "Do., 3. Dez."; Spanish "3 dic 2026" /
    "jue, 3 dic" (Babel's CLDR skeletons, so each language orders and abbreviates its own way)."""
    code = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    if code == "en":
        return day.strftime(("%a " if weekday else "") + "%d %b" + (" %Y" if year else ""))
    from babel.dates import format_skeleton

    skeleton = ("y" if year else "") + "MMM" + ("E" if weekday else "") + "d"
    return str(format_skeleton(skeleton, day, locale=locale_name(code, country)))


def number(value: int | float, language: str | None = DEFAULT_LANGUAGE) -> str:
    """``value`` with the language's digit grouping: "30,000" in English, "30.000" in German and Spanish."""
    code = language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    if code == "en":
        return f"{value:,}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=code))
