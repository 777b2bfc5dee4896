"""The personalised opening page of a workbook: who it is for, their goal, the workshop.

Pure: returns escaped HTML (every value comes from a roster or a participant, so it is
untrusted) for the widget layer to show. The labels are in the participant's ``language``
(gettext, :mod:`netkit.languages`) and the workshop's date is written out in it
("Donnerstag, 3. Dezember 2026"); the participant's own words are shown as they wrote them.
"""

from __future__ import annotations

from netkit.languages import N_, gettext_for
from netkit.markup import escape
from netkit.profile import PROFILE_FIELDS

__all__ = ["PLACEHOLDER_NAME", "opening_html", "shown_date"]

PLACEHOLDER_NAME = N_("Participant")

#: The card's rows: the field, and its label (translated when shown): the profile's from its one field table, then
#: the workshop's.
_ROWS = (
    *((field.id, field.label) for field in PROFILE_FIELDS if field.id != "name"),  # the name is in the sentence
    ("workshop_date", N_("Date")),
    ("coach", N_("Your coach")),
)


def shown_date(text: str, language: str = "", country: str = "") -> str:
    """The workshop date as the participant reads it in their language ("Thursday 3 December 2026",
    "Donnerstag, 3. Dezember 2026"); text that is not a date ("early December") is kept as written."""
    from netkit.date_input import maybe_date
    from netkit.languages import written_date

    day = maybe_date(text) if text else None
    return written_date(day, language, country) if day else text


def opening_html(
    name: str = "",
    goal: str = "",
    career_stage: str = "",
    target_sectors: str = "",
    target_organisations: str = "",
    workshop: str = "",
    workshop_date: str = "",
    coach: str = "",
    country: str = "",
    language: str = "",
) -> str:
    """The opening card in ``language`` (a code of :data:`netkit.languages.SUPPORTED_LANGUAGES`; empty:
    English), with empty fields left out rather than shown blank."""
    _ = gettext_for(language)
    title = escape(workshop or _("Career networking workshop"))
    who = escape(name or _(PLACEHOLDER_NAME))
    values = {
        "goal": goal,
        "career_stage": career_stage,
        "target_sectors": target_sectors,
        "target_organisations": target_organisations,
        "workshop_date": shown_date(workshop_date, language, country),
        "coach": coach,
    }
    items = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{escape(_(label))}</th><td>{escape(values[key])}</td></tr>"
        for key, label in _ROWS
        if values[key]
    )
    # The sentence is translated whole; only the (escaped) name goes into its {name} gap.
    belongs = str(escape(_("This workbook belongs to {name}."))).replace("{name}", f"<b>{who}</b>", 1)
    return (
        f"<div class='netkit-opening' lang='{escape(language or 'en')}' "
        "style='border-left:6px solid #2a7ab0;padding:0.6em 1em'>"
        f"<h2 style='margin-top:0'>{title}</h2>"
        f"<p style='font-size:1.15em'>{belongs}</p>" + (f"<table>{items}</table>" if items else "") + "</div>"
    )
