"""The participant's profile: one table of its fields, read by everything that shows, reads or asks for them.

A profile is what a roster row or the welcome page says about a participant: name, goal, career stage, the
sectors and the organisations they are aiming at. Each field is one :class:`ProfileField` in
:data:`PROFILE_FIELDS`, with

* its ``id`` (the roster field, the notebook parameter, the answers key's entry, the personal link's key);
* its ``header``: the roster column a coach writes and names with ``--column``, and ``aliases``, other headers
  meaning the same (compared after :func:`netkit.coach.roster_columns.normalise_header`);
* its ``label``: what the participant reads (the welcome and start pages, the opening card), an English msgid
  translated by :func:`profile_label` in the participant's language;
* ``is_list``: whether it holds a list, split by the one rule of :mod:`netkit.profile_lists` ("Acme, Inc.;
  Initech" is two organisations everywhere): :meth:`ProfileField.items`.

The roster (:mod:`netkit.coach.roster_columns`), the start and welcome pages (:mod:`netkit.widgets.start`),
the opening card (:mod:`netkit.workbook.opening`), the personal link and the e-mails read this table; the
worksheets and slides call :func:`profile_label` for their labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from netkit.languages import N_, gettext_for
from netkit.profile_lists import split_list

__all__ = ["PROFILE_FIELDS", "PROFILE_IDS", "ProfileField", "profile_field", "profile_items", "profile_label"]


@dataclass(frozen=True)
class ProfileField:
    """One field of the participant's profile (see the module's notes for each part)."""

    id: str
    header: str
    label: str
    aliases: tuple[str, ...] = ()
    is_list: bool = False

    def items(self, value: str | Iterable[str] | None) -> list[str]:
        """A list field's items by the one list rule (:func:`netkit.profile_lists.split_list`); a plain field's
        text, trimmed, as one item (none when empty)."""
        if self.is_list:
            return split_list(value)
        text = " ".join(str(value or "").split())
        return [text] if text else []


#: The profile's fields, in the order a form asks for them.
PROFILE_FIELDS: tuple[ProfileField, ...] = (
    ProfileField(
        "name",
        "Name",
        N_("Your name"),
        aliases=(
            "full_name",
            "participant",
            "participant_name",
            "your_name",
            "navn",
            "nom",
            "nombre_completo",
            "nom_complet",
            "vollstandiger_name",
            "teilnehmer",
            "teilnehmerin",
        ),
    ),
    ProfileField(
        "goal",
        "Goal",
        N_("Your goal"),
        aliases=("goals", "career_goal", "objective", "what_is_your_goal", "networking_goal"),
    ),
    ProfileField("career_stage", "Career stage", N_("Career stage"), aliases=("stage", "level")),
    ProfileField(
        "target_sectors",
        "Target sectors",
        N_("Sectors you are aiming at"),
        aliases=("target_sector", "sectors", "sector", "industries", "target_industries"),
        is_list=True,
    ),
    ProfileField(
        "target_organisations",
        "Target organisations",
        N_("Organisations you are aiming at"),
        aliases=(
            "target_organizations",
            "target_organisation",
            "target_organization",
            "organisations",
            "organizations",
            "target_companies",
            "companies",
        ),
        is_list=True,
    ),
)

#: The fields' ids, in order.
PROFILE_IDS: tuple[str, ...] = tuple(field.id for field in PROFILE_FIELDS)

_BY_ID = {field.id: field for field in PROFILE_FIELDS}


def profile_field(field: str) -> ProfileField:
    """The field with id ``field``; a ``KeyError`` naming the known ids for any other."""
    try:
        return _BY_ID[field]
    except KeyError:
        raise KeyError(f"{field!r} is not a profile field (one of: {', '.join(PROFILE_IDS)})") from None


def profile_label(field: str, language: str = "") -> str:
    """The label the participant reads for ``field`` in ``language`` (a code of
    :data:`netkit.languages.SUPPORTED_LANGUAGES`; empty: English): ``profile_label("target_sectors", "de")`` is
    "Branchen, die dich reizen". For worksheets, slides and any page that shows a profile."""
    return gettext_for(language)(profile_field(field).label)


def profile_items(profile: Mapping[str, object], field: str) -> list[str]:
    """The items of ``field`` in a profile (a roster row's fields, the welcome page's answers): a list field split by
    the one list rule, a plain one as its trimmed text."""
    value = profile.get(field)
    return profile_field(field).items(value if isinstance(value, str | list | tuple) else str(value or ""))
