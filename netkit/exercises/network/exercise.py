"""Exercise 1 as one thing (:class:`~netkit.exercises.registry.Exercise`): mapping your network.

What the coach report and the step view count (a first contact, five people, when you were last in touch, a give
or an ask), the take-home section (the map, the findings, the table of people, and the map as an SVG file) and the
paper sheet (places to look, the rings, a table of people). The rest of the kit reads these through
:mod:`netkit.exercises.registry`; nothing else names this exercise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from netkit.exercises.registry import (
    Exercise,
    Milestone,
    Part,
    Reading,
    Sheet,
    SheetContext,
    TakeHome,
    TakeHomeContext,
    TakeHomePart,
)
from netkit.html_pages import render_fragment
from netkit.languages import DEFAULT_LANGUAGE, N_, gettext_for, number, short_date
from netkit.markup import Markup, escape
from netkit.profile_lists import join_list
from netkit.store import schema

__all__ = ["EXERCISE", "MAP_NAME", "MIN_CONTACTS", "contact_tally_of", "contacts_of"]

#: People mapped for the "at least … people" milestone.
MIN_CONTACTS = 5
#: The map picture that goes home: opens in any browser; names in every script stay text.
MAP_NAME = "network-map.svg"


def contacts_of(answers: Mapping[str, Any]) -> list:
    """The participant's contacts as :class:`~netkit.contacts.Contact` (unreadable ones skipped; an interaction
    without a day is skipped within its contact, and a ``last_contact`` or ``connected_on`` that is no day counts as
    none; the contact counts either way: :func:`~netkit.contacts.stored_day`)."""
    from netkit.contacts import Contact

    contacts = []
    items = answers.get(schema.CONTACTS)
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            continue
        try:
            contacts.append(Contact.from_dict(dict(item)))
        except (KeyError, TypeError, ValueError):
            continue  # a contact from_dict cannot read at all (a text where a list belongs): counted nowhere
    return contacts


def contact_tally_of(answers: Mapping[str, Any]) -> Any:
    """What the milestones count of the participant's contacts (:func:`contacts_of`), as a
    :class:`~netkit.contacts.model.ContactTally` (the coach's report reads the same counts straight from the
    stored contacts)."""
    from netkit.contacts import ContactTally

    return ContactTally.of(contacts_of(answers))


def _tally(reading: Reading) -> Any:
    """The contacts' tally, an empty one when they cannot be read (made only then: each milestone asks)."""
    tally = reading.get(contact_tally_of)
    if tally is None:
        from netkit.contacts import ContactTally

        return ContactTally()
    return tally


def _contacts_dated(reading: Reading) -> float:
    """Half of the participant's own contacts have a last-contact date. Imported contacts without one
    (``source`` set by an importer) are not counted: importing 300 LinkedIn connections must never take
    back a milestone the participant reached (count what they did, not what the data lacks)."""
    tally = _tally(reading)
    if not tally.own:
        return 0.0
    return 1.0 if tally.dated * 2 >= tally.own else 0.0


MILESTONES = (
    Milestone("network", "a first contact", lambda r: float(_tally(r).size > 0)),
    Milestone("network", f"at least {MIN_CONTACTS} people mapped", lambda r: float(_tally(r).size >= MIN_CONTACTS)),
    Milestone("network", "last contact noted for half of them", _contacts_dated),
    Milestone("network", "a give or an ask logged", lambda r: float(_tally(r).active > 0)),
)


def takehome(answers: Mapping[str, Any], context: TakeHomeContext) -> TakeHomePart:
    """The map, what it says, and the table of people; the map also as ``network-map.svg``."""
    from netkit.contacts import contacts_from_json, ring_label
    from netkit.exercises.network.analysis import findings, summarise
    from netkit.exercises.network.egomap import ego_map_html, ego_map_svg
    from netkit.exercises.network.egomap_layout import map_layout

    today = context.today
    language = context.language
    _ = gettext_for(language)
    english = language in ("", DEFAULT_LANGUAGE)
    contacts = contacts_from_json(answers.get(schema.CONTACTS) or [])
    if not contacts:
        return TakeHomePart(str(render_fragment("takehome/network.html.j2", language=language, contacts=[])))
    layout = map_layout(contacts, today, participant=context.name or _("You"), language=language)
    picture = ego_map_svg(layout)
    summary = summarise(contacts, today)
    say = str if english else (lambda count: number(count, language))

    def when(day: Any) -> str:  # ISO in English, as before; the language's short date otherwise
        return "" if day is None else str(day) if english else short_date(day, language)

    html = str(
        render_fragment(
            "takehome/network.html.j2",
            language=language,
            size=Markup("<b>{}</b>").format(say(summary.size)),
            rings=Markup(", ").join(
                Markup("{}: {}").format(escape(_(ring_label(key))), say(count))
                for key, count in summary.by_ring.items()
                if count
            ),
            notes=findings(contacts, today, summary=summary, language=language),
            map=Markup(ego_map_html(layout, language=language)),
            contacts=[
                {
                    "name": c.name,
                    "organisation": c.organisation,
                    "ring": _(ring_label(c.ring)),
                    "last_contact": when(c.last_contact),
                    "could_offer": c.could_offer,
                }
                for c in contacts[:300]
            ],
            more=say(len(contacts) - 300) if len(contacts) > 300 else "",
        )
    )
    return TakeHomePart(html, {MAP_NAME: picture.encode("utf-8")})


def worksheet(context: SheetContext) -> Sheet:
    """Places to look, the rings to draw on, and a table of people (hinted with the target organisations)."""
    from netkit.contacts import RINGS
    from netkit.contacts.rhythms import RING_RHYTHM

    p = context.personal
    _ = gettext_for(context.language)
    freelance = any(w in p.get("career_stage", "").lower() for w in ("freelanc", "self-employed", "independent"))
    orgs_hint = (
        _("Who do you know at {organisations}? Who might know someone there?").replace(
            "{organisations}", join_list(context.organisations)
        )
        if context.organisations
        else _("Who do you know at the clients you would like to work with?")
        if freelance
        else _("Who do you know at the organisations you would like to work for?")
    )
    ring_hint = "; ".join(
        _("{ring}: {meaning} ({cadence})")
        .replace("{ring}", _(ring.label))
        .replace("{meaning}", _(ring.meaning))
        .replace("{cadence}", rhythm.label_in(_) if (rhythm := RING_RHYTHM.get(ring.key)) else _(ring.cadence_label))
        for ring in RINGS.values()
    )
    return Sheet(
        EXERCISE.id,
        _(EXERCISE.heading),
        _(
            "Start wide: former colleagues, classmates, neighbours, people from a course. Write each "
            "person's initials on the ring that fits; decide later whom to contact."
        ),
        (
            Part(
                "list",
                _("Places to look (one name for each line)"),
                hint=_(
                    "Nobody starts from zero. New in the country, back after a break, a student? Three names "
                    "today, one message this week, one new place a month where the same people meet."
                ),
                items=tuple(context.guide.get("categories", ())),
            ),
            Part(
                "rings",
                _("Your rings (you are in the middle)"),
                hint=ring_hint,
                items=tuple(_(ring.label) for ring in RINGS.values()),
            ),
            Part(
                "table",
                _("People on your map"),
                hint=orgs_hint,
                columns=(_("Name"), _("Organisation / sector"), _("Ring"), _("Last in touch"), _("I gave / I asked")),
                rows=9,
            ),
        ),
    )


EXERCISE = Exercise(
    id="network",
    order=1,
    notebook="network-map.ipynb",
    title="Network map",
    heading=N_("Exercise 1 — Map your network"),
    answer_keys=(schema.CONTACTS, schema.NETWORK_DRAFT, schema.NETWORK_IMPORTS, schema.NETWORK_SUMMARY),
    milestones=MILESTONES,
    takehome=TakeHome(N_("My network"), takehome),
    worksheet=worksheet,
    activities=("warm-up", "map", "map-gaps", "check-in", "homework-map"),
    languages=("en", "de", "es"),
)
