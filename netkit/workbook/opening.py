"""The personalised opening page of a workbook: who it is for, their goal, the workshop.

Pure: returns escaped HTML (every value comes from a roster or a participant, so it is
untrusted) for the widget layer to show, from the template ``widgets/opening.html.j2``
(:func:`netkit.html_pages.render_fragment`). The labels are in the participant's ``language``
(gettext, :mod:`netkit.languages`) and the workshop's date is written out in it
("Donnerstag, 3. Dezember 2026"); the participant's own words are shown as they wrote them.
"""

from __future__ import annotations

from netkit.html_pages import render_fragment
from netkit.languages import N_, gettext_for
from netkit.markup import Markup, escape
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
    title = workshop or _("Career networking workshop")
    who = name or _(PLACEHOLDER_NAME)
    values = {
        "goal": goal,
        "career_stage": career_stage,
        "target_sectors": target_sectors,
        "target_organisations": target_organisations,
        "workshop_date": shown_date(workshop_date, language, country),
        "coach": coach,
    }
    rows = [(_(label), values[key]) for key, label in _ROWS if values[key]]
    # The sentence is translated whole; only the (escaped) name goes into its {name} gap.
    belongs = escape(_("This workbook belongs to {name}.")).replace(
        "{name}", Markup("<b>{}</b>").format(escape(who)), 1
    )
    return str(
        render_fragment(
            "widgets/opening.html.j2", language=language, lang=language or "en", title=title, belongs=belongs, rows=rows
        )
    )
