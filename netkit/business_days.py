"""Business days: Monday to Friday, minus the public holidays of the workshop's country.

Follow-up dates (:mod:`netkit.exercises.outreach.followups`) are counted in business days, so a nudge never falls
on Christmas Day or Whit Monday. Which days are public holidays comes from the ``holidays``
package (pure Python, kept up to date by its maintainers for some 250 countries and their
regions); netkit only says which country.

The country is a workshop setting (``netkit render --country``, ``netkit lite --country``, or a
``country`` column in the roster), written into each workbook as the ``country`` parameter:

=================  ===========================================================
setting            business days
=================  ===========================================================
``""`` (not set)   Monday to Friday; no public holiday is skipped (the default)
``GB``             … minus the United Kingdom's public holidays (25/26 Dec…)
``DE-BY``          … minus Germany's, and Bavaria's own (a region after a dash)
``Germany``        the same as ``DE``: a country's English name is read too
``XX``             refused by :func:`country_setting` with an :class:`InputError`
                   that says where the setting is and how to write it
=================  ===========================================================
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Container
from dataclasses import dataclass, field

from netkit.exceptions import InputError
from netkit.languages import N_

__all__ = [
    "COUNTRY_EXAMPLES",
    "COUNTRY_WHERE",
    "SETTING_WHERE",
    "WEEKENDS_ONLY",
    "WorkingDays",
    "business_days_after",
    "checked_country",
    "country_setting",
    "working_days",
]

#: The setting when no country is given: weekends are skipped, no public holiday is.
WEEKENDS_ONLY = ""
#: How to write the setting, for help texts and error messages.
COUNTRY_EXAMPLES = "a country code such as GB, DE, US or FR, with a region after a dash if you like (DE-BY, US-CA)"
#: Where the setting is when the caller names no place (the option, the roster line…).
SETTING_WHERE = N_("the workshop's country setting")
#: Where a workbook's setting is, for the forms' messages (the parameters cell ``netkit render`` fills in).
COUNTRY_WHERE = N_("The workshop's country (the line country = … in the workbook's first cell, set by your coach)")
_WEEKEND = (5, 6)  # Saturday, Sunday


@functools.cache
def _known() -> dict[str, tuple[str, str]]:
    """{code, or folded English name: (the two-letter code, the English name)} for every country ``holidays`` knows."""
    from holidays.registry import COUNTRIES

    known: dict[str, tuple[str, str]] = {}
    for class_name, alpha2, *aliases in COUNTRIES.values():  # ("UnitedKingdom", "GB", "GBR", "UK")
        name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)
        codes = [a for a in aliases if a.isupper() and len(a) <= 3]
        names = [a for a in aliases if a not in codes and not a.startswith("Holidays")]
        for key in (alpha2, *codes, *(_fold(n) for n in (class_name, *names))):
            known.setdefault(key, (alpha2, name))
    return known


def _fold(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def country_setting(text: str | None, *, where: str = SETTING_WHERE) -> str:
    """The setting ``text`` written the one way netkit keeps it (``"DE-BY"``), or ``""`` when empty.

    Raises :class:`~netkit.exceptions.InputError` naming ``where`` (the option, the roster line…)
    for a country or region the ``holidays`` package does not know, with the codes to use instead.
    """
    setting, unknown = _read_setting(text)
    if unknown is None:
        return setting
    if unknown.region:
        raise InputError(
            f"{unknown.region!r} is not a region of {_the(unknown.name)} the public-holiday calendar knows",
            where=where,
            fix=f"write {unknown.code} alone, or {unknown.code}-<region> with one of: {unknown.regions or '(none)'}",
        )
    raise InputError(
        f"{unknown.raw!r} is not a country the public-holiday calendar knows",
        where=where,
        fix=f"write {COUNTRY_EXAMPLES}; a part of a country goes after its code (England: GB-ENG); "
        "or leave it empty, and follow-ups skip weekends only",
    )


@dataclass(frozen=True)
class _Unknown:
    """What a setting named that the calendar does not know: the whole setting, or a region of a known country
    (its code, English name and the regions it has)."""

    raw: str
    region: str = ""
    code: str = ""
    name: str = ""
    regions: str = ""


def _read_setting(text: str | None) -> tuple[str, _Unknown | None]:
    """(the setting, None), or ("", what the calendar does not know)."""
    raw = " ".join(str(text or "").split())
    if not raw:
        return WEEKENDS_ONLY, None
    parts = re.split(r"\s*[-/]\s*", raw, maxsplit=1)
    country = parts[0]
    region = parts[1].strip() if len(parts) > 1 else ""
    found = _known().get(country.upper()) or _known().get(_fold(country))
    if found is None:
        return WEEKENDS_ONLY, _Unknown(raw)
    code, name = found
    if region:
        calendar = _holidays(code, "")
        regions = {r.casefold(): r for r in calendar.subdivisions}
        aliases = getattr(calendar, "subdivisions_aliases", {})  # {"California": "CA"}
        regions.update({alias.casefold(): r for alias, r in aliases.items()})
        if region.casefold() not in regions:
            return WEEKENDS_ONLY, _Unknown(raw, region, code, name, ", ".join(calendar.subdivisions))
        return f"{code}-{regions[region.casefold()]}", None
    return code, None


def _the(name: str) -> str:
    """ "the United Kingdom", "the Netherlands", but "Germany"."""
    plural = name.endswith(("Islands", "Netherlands", "Philippines", "Bahamas", "Maldives", "Emirates"))
    return f"the {name}" if plural or name.startswith(("United ", "Czech", "Dominican", "Central African")) else name


def checked_country(text: str | None, *, where: str = SETTING_WHERE, language: str = "") -> tuple[str, str]:
    """(the setting to use, a problem to show): a bad setting falls back to weekends only, with the reason.

    For forms, which must keep working on a hand-edited parameter: the message says where and how to fix it, in
    the participant's ``language`` (English by default, as :func:`country_setting` says it; the country named as
    the language names it, from Babel's CLDR data).
    """
    from netkit.languages import DEFAULT_LANGUAGE

    try:
        return country_setting(text, where=where), ""
    except InputError as exc:
        if language in ("", None, DEFAULT_LANGUAGE):
            return WEEKENDS_ONLY, f"{exc.message}\n  Until then, follow-up dates skip weekends only."
    return WEEKENDS_ONLY, _problem_in(_read_setting(text)[1] or _Unknown(str(text)), where, language)


def _problem_in(unknown: _Unknown, where: str, language: str) -> str:
    """:func:`checked_country`'s message in ``language`` (not English)."""
    from babel import Locale

    from netkit.languages import gettext_for, locale_name

    _ = gettext_for(language)
    if unknown.region:
        country = Locale.parse(locale_name(language)).territories.get(unknown.code, unknown.name)
        what = _("“{region}” is not a region of {country} that the public-holiday calendar knows").format(
            region=unknown.region, country=country
        )
        fix = _("write {code} alone, or {code}-<region> with one of: {regions}").format(
            code=unknown.code, regions=unknown.regions or _("(none)")
        )
    else:
        what = _("“{setting}” is not a country that the public-holiday calendar knows").format(setting=unknown.raw)
        fix = _(
            "write a country code such as GB, DE, US or FR, with a region after a dash if you like (DE-BY, US-CA); "
            "a part of a country goes after its code (England: GB-ENG); or leave it empty, and follow-ups skip "
            "weekends only"
        )
    return _("{where}: {what}\n  How to fix: {fix}\n  Until then, follow-up dates skip weekends only.").format(
        where=_(where) if where in (COUNTRY_WHERE, SETTING_WHERE) else where, what=what, fix=fix
    )


@functools.lru_cache(maxsize=32)
def _holidays(code: str, region: str):
    import holidays  # here: ~0.1 s that nothing pays for before a follow-up date is asked for

    return holidays.country_holidays(code, subdiv=region or None)


@dataclass(frozen=True)
class WorkingDays:
    """Which days count as business days under one country setting (see the module's table)."""

    country: str = WEEKENDS_ONLY
    _holidays: Container[_dt.date] = field(default=(), repr=False, compare=False)

    def is_business_day(self, day: _dt.date) -> bool:
        return day.weekday() not in _WEEKEND and day not in self._holidays

    def after(self, start: _dt.date, days: int) -> _dt.date:
        """The day ``days`` business days after ``start`` (``start`` itself when ``days`` is 0 or less)."""
        current, remaining = start, days
        while remaining > 0:
            current += _dt.timedelta(days=1)
            if self.is_business_day(current):
                remaining -= 1
        return current

    def holiday_name(self, day: _dt.date) -> str:
        """The public holiday on ``day`` ("" when there is none, or no country is set)."""
        get = getattr(self._holidays, "get", None)
        return str(get(day) or "") if get else ""

    @property
    def rule(self) -> str:
        """The rule in a participant's words: "weekends and public holidays in Germany (BY) are skipped"."""
        if not self.country:
            return "weekends are skipped; no country is set, so public holidays are not"
        code, _, region = self.country.partition("-")
        name = next((n for c, n in _known().values() if c == code), code)
        return f"weekends and public holidays in {_the(name)}{f' ({region})' if region else ''} are skipped"

    def rule_in(self, language: str | None = "") -> str:
        """:attr:`rule` in ``language`` (English by default: :attr:`rule` itself); the country named as the
        language names it (Babel's CLDR data: "Vereinigtes Königreich", "Alemania")."""
        from netkit.languages import DEFAULT_LANGUAGE, gettext_for, locale_name

        if language in ("", None, DEFAULT_LANGUAGE):
            return self.rule
        _ = gettext_for(language)
        if not self.country:
            return _("weekends are skipped; no country is set, so public holidays are not")
        from babel import Locale

        code, _sep, region = self.country.partition("-")
        name = Locale.parse(locale_name(language)).territories.get(code, code)
        place = f"{name} ({region})" if region else name
        return _("weekends and public holidays are skipped (holiday calendar: {country})").replace("{country}", place)


def working_days(country: str | None = WEEKENDS_ONLY, *, where: str = SETTING_WHERE) -> WorkingDays:
    """The business-day calendar of a country setting (checked with :func:`country_setting`)."""
    setting = country_setting(country, where=where)
    if not setting:
        return WorkingDays()
    code, _, region = setting.partition("-")
    return WorkingDays(setting, _holidays(code, region))


def business_days_after(start: _dt.date, days: int, country: str | None = WEEKENDS_ONLY) -> _dt.date:
    """The date ``days`` business days after ``start``: weekends skipped, and ``country``'s public holidays."""
    return working_days(country).after(start, days)
