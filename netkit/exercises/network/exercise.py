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
from netkit.markup import Markup
from netkit.profile_lists import join_list
from netkit.store import schema

__all__ = ["EXERCISE", "MAP_NAME", "MIN_CONTACTS", "contacts_of"]

#: People mapped for the "at least … people" milestone.
MIN_CONTACTS = 5
#: The map picture that goes home: opens in any browser; names in every script stay text.
MAP_NAME = "network-map.svg"


def contacts_of(answers: Mapping[str, Any]) -> list:
    """The participant's contacts as :class:`~netkit.contacts.Contact` (unreadable ones skipped)."""
    from netkit.contacts import Contact

    contacts = []
    items = answers.get(schema.CONTACTS)
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            continue
        try:
            contacts.append(Contact.from_dict(dict(item)))
        except (KeyError, TypeError, ValueError):
            continue  # a hand-edited contact with a broken date: counted nowhere rather than guessed
    return contacts


def _contacts(reading: Reading) -> list:
    return reading.get(contacts_of, [])


def _contacts_dated(reading: Reading) -> float:
    """Half of the participant's own contacts have a last-contact date. Imported contacts without one
    (``source`` set by an importer) are not counted: importing 300 LinkedIn connections must never take
    back a milestone the participant reached (count what they did, not what the data lacks)."""
    own = [c for c in _contacts(reading) if not c.source or c.last_heard is not None]
    if not own:
        return 0.0
    dated = sum(1 for c in own if c.last_heard is not None)
    return 1.0 if dated * 2 >= len(own) else 0.0


MILESTONES = (
    Milestone("network", "a first contact", lambda r: float(bool(_contacts(r)))),
    Milestone("network", f"at least {MIN_CONTACTS} people mapped", lambda r: float(len(_contacts(r)) >= MIN_CONTACTS)),
    Milestone("network", "last contact noted for half of them", _contacts_dated),
    Milestone("network", "a give or an ask logged", lambda r: float(any(c.gives or c.asks for c in _contacts(r)))),
)


def takehome(answers: Mapping[str, Any], context: TakeHomeContext) -> TakeHomePart:
    """The map, what it says, and the table of people; the map also as ``network-map.svg``."""
    from netkit.contacts import contacts_from_json, ring_label
    from netkit.exercises.network.analysis import findings, summarise
    from netkit.exercises.network.egomap import ego_map_html, ego_map_svg
    from netkit.exercises.network.egomap_layout import map_layout

    today = context.today
    contacts = contacts_from_json(answers.get(schema.CONTACTS) or [])
    if not contacts:
        return TakeHomePart("<p class='muted'>No contacts mapped yet.</p>")
    layout = map_layout(contacts, today, participant=context.name or "You")
    picture = ego_map_svg(layout)
    summary = summarise(contacts, today)
    html = str(
        render_fragment(
            "takehome/network.html.j2",
            size=summary.size,
            rings=[(ring_label(key), count) for key, count in summary.by_ring.items() if count],
            notes=findings(contacts, today, summary=summary),
            map=Markup(ego_map_html(layout)),
            contacts=[
                {
                    "name": c.name,
                    "organisation": c.organisation,
                    "ring": ring_label(c.ring),
                    "last_contact": c.last_contact or "",
                    "could_offer": c.could_offer,
                }
                for c in contacts[:300]
            ],
            more=max(0, len(contacts) - 300),
        )
    )
    return TakeHomePart(html, {MAP_NAME: picture.encode("utf-8")})


def worksheet(context: SheetContext) -> Sheet:
    """Places to look, the rings to draw on, and a table of people (hinted with the target organisations)."""
    from netkit.contacts import RINGS

    p = context.personal
    freelance = any(w in p.get("career_stage", "").lower() for w in ("freelanc", "self-employed", "independent"))
    orgs_hint = (
        "Who do you know at " + join_list(context.organisations) + "? Who might know someone there?"
        if context.organisations
        else "Who do you know at the clients you would like to work with?"
        if freelance
        else "Who do you know at the organisations you would like to work for?"
    )
    ring_hint = "; ".join(f"{ring.label}: {ring.meaning} ({ring.cadence_label})" for ring in RINGS.values())
    return Sheet(
        EXERCISE.id,
        EXERCISE.heading,
        "Start wide: former colleagues, classmates, neighbours, people from a course. Write each "
        "person's initials on the ring that fits; decide later whom to contact.",
        (
            Part(
                "list",
                "Places to look (one name for each line)",
                hint="Nobody starts from zero. New in the country, back after a break, a student? Three names "
                "today, one message this week, one new place a month where the same people meet.",
                items=tuple(context.guide.get("categories", ())),
            ),
            Part(
                "rings",
                "Your rings (you are in the middle)",
                hint=ring_hint,
                items=tuple(ring.label for ring in RINGS.values()),
            ),
            Part(
                "table",
                "People on your map",
                hint=orgs_hint,
                columns=("Name", "Organisation / sector", "Ring", "Last in touch", "I gave / I asked"),
                rows=9,
            ),
        ),
    )


EXERCISE = Exercise(
    id="network",
    order=1,
    notebook="network-map.ipynb",
    title="Network map",
    heading="Exercise 1 — Map your network",
    answer_keys=(schema.CONTACTS, schema.NETWORK_DRAFT, schema.NETWORK_IMPORTS, schema.NETWORK_SUMMARY),
    milestones=MILESTONES,
    takehome=TakeHome("My network", takehome),
    worksheet=worksheet,
    activities=("warm-up", "map", "map-gaps", "check-in", "homework-map"),
    languages=("en", "de", "es"),
)
