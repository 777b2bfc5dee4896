"""Where everything on the ego map goes: rings, angles, colours by sector, bubbles by organisation.

Pure data (no drawing): :func:`map_layout` turns contacts into a :class:`MapLayout` that both the
participant's SVG (:mod:`netkit.exercises.network.egomap`) and the coach's PNG (:mod:`netkit.coach.map_png`) draw, and
:func:`map_description` says the same in words.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from netkit.contacts import RINGS, Contact, normalise, ring_label
from netkit.languages import N_

__all__ = [
    "BUBBLES_PER_RING",
    "CAPTION_GAP",
    "DORMANT_LEGEND",
    "INDIVIDUAL_LIMIT",
    "LABEL_CHARS",
    "MapLayout",
    "NO_ORGANISATION",
    "Node",
    "OTHER_COLOUR",
    "OUTSIDE_LABELS_FROM",
    "PALETTE",
    "RING_INDEX",
    "map_description",
    "map_layout",
    "sector_colours",
]

INDIVIDUAL_LIMIT = 150
RING_INDEX = {key: float(i) for i, key in enumerate(RINGS, start=1)}  # ring key -> radius in ring steps
BUBBLES_PER_RING = {"inner": 10, "close": 14, "regular": 18, "acquaintance": 26, "dormant": 20}
# Colour-blind-friendly qualitative palette (Okabe–Ito plus a few extra), grey for the rest.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#332288", "#117733", "#882255")
OTHER_COLOUR = "#9a9a9a"
CAPTION_GAP = math.radians(26)  # empty wedge at the top of the map where the ring captions go
NO_ORGANISATION = N_("(no organisation)")
OUTSIDE_LABELS_FROM = 40  # with more people than this, names sit outside the outer ring
LABEL_CHARS = 22  # a label is at most about this many Latin characters wide (CJK: about half)
DORMANT_LEGEND = N_("dormant: hollow dashed dot, grey italic name (silent over a year)")


def sector_colours(contacts: Sequence[Contact]) -> dict[str, str]:
    """The most common sectors -> a distinct colour each (others and 'no sector' are grey)."""
    counts = Counter(c.sector.strip() for c in contacts if c.sector.strip())
    return {sector: PALETTE[i] for i, (sector, _) in enumerate(counts.most_common(len(PALETTE)))}


@dataclass(frozen=True)
class Node:
    """One dot on the map: a person, or an organisation's group of people on one ring."""

    angle: float  # radians, counter-clockwise from the right, as in maths
    ring: str
    colour: str
    dormant: bool
    label: str  # the full name (the drawing abbreviates it)
    detail: str  # the full text of its tooltip: name, ring, sector, dormant
    count: int = 1  # people in the group (1 for a person)
    suffix: str = ""  # drawn after the name, never cut: an organisation's " (1,234)"

    @property
    def text(self) -> str:
        return self.label + self.suffix


@dataclass
class MapLayout:
    """Where everything goes: what both drawings (SVG for participants, PNG for coaches) share."""

    title: str
    participant: str
    by_organisation: bool
    nodes: list[Node]
    ring_counts: dict[str, int]
    more: dict[str, tuple[int, int]] = field(default_factory=dict)  # ring -> (people, organisations) not drawn
    colours: dict[str, str] = field(default_factory=dict)
    has_other: bool = False
    sectors: list[tuple[str, int]] = field(default_factory=list)
    dormant: int = 0
    size: int = 0
    language: str = ""  # of the words drawn and said (title, details, captions, legend); "" is English

    @property
    def biggest(self) -> int:
        return max((n.count for n in self.nodes), default=1)


def _angle(i: int, count: int, ring_index: int) -> float:
    """Spread ``count`` items round a ring, leaving a gap at the top for the ring captions;
    alternate rings are shifted by half a step so spokes do not line up."""
    span = 2 * math.pi - CAPTION_GAP
    step = span / count
    shift = 0.5 if ring_index % 2 else 0.0
    return math.pi / 2 + CAPTION_GAP / 2 + step * ((i + 0.5 + shift) % count if count > 1 else 0.5)


def _ring_of(contact: Contact) -> str:
    return contact.ring if contact.ring in RING_INDEX else "acquaintance"


def _words(language: str) -> tuple[Callable[[str], str], Callable[[int], str]]:
    """The ``_`` of ``language`` and how it writes a count (English as before: ``1,234``)."""
    from netkit.languages import DEFAULT_LANGUAGE, gettext_for, number

    if language in ("", DEFAULT_LANGUAGE):
        return str, lambda count: f"{count:,}"
    return gettext_for(language), lambda count: number(count, language)


def _detail(name: str, ring: str, sector: str, dormant: bool, organisation: str = "", language: str = "") -> str:
    _ = _words(language)[0]
    parts = [name, _(ring_label(ring))]
    parts += [organisation] if organisation else []
    parts += [sector] if sector else []
    return " · ".join(parts + ([_("dormant")] if dormant else []))


def map_layout(
    contacts: Sequence[Contact],
    today: _dt.date | None = None,
    *,
    participant: str = "You",
    individual_limit: int = INDIVIDUAL_LIMIT,
    language: str = "",
) -> MapLayout:
    """Place ``contacts`` on the rings: people up to ``individual_limit``, organisations beyond; the words drawn
    (title, details, captions, legend) in ``language`` (English by default, as before)."""
    today = today or _dt.date.today()
    contacts = list(contacts)
    participant = " ".join((participant or "").split())
    _ = _words(language)[0]
    owner = "" if participant in ("", "You", _("You")) else participant  # "": the participant's own ("Your")
    colours = sector_colours(contacts)
    dormant = [c.is_dormant(today) for c in contacts]
    sectors = Counter(c.sector.strip() for c in contacts if c.sector.strip()).most_common()
    ring_counts = Counter(_ring_of(c) for c in contacts)
    layout = MapLayout(
        title="",
        participant=participant,
        by_organisation=len(contacts) > individual_limit,
        nodes=[],
        ring_counts={key: ring_counts.get(key, 0) for key in RING_INDEX},
        colours=colours,
        sectors=sectors,
        dormant=sum(dormant),
        size=len(contacts),
        has_other=any(c.sector.strip() not in colours for c in contacts),
        language=language,
    )
    if layout.by_organisation:
        _place_organisations(layout, contacts, dormant, owner)
    else:
        _place_people(layout, contacts, dormant, owner)
    return layout


def _place_people(layout: MapLayout, contacts: list[Contact], dormant: list[bool], owner: str) -> None:
    """A small network: one node per person, each on a spoke of its own."""
    colours = layout.colours
    _, say = _words(layout.language)
    one = len(contacts) == 1
    if owner:
        title = _("{name}'s network: {count} person") if one else _("{name}'s network: {count} people")
    else:
        title = _("Your network: {count} person") if one else _("Your network: {count} people")
    count = str(len(contacts)) if layout.language in ("", "en") else say(len(contacts))  # English as before: no comma
    layout.title = title.replace("{count}", count).replace("{name}", owner)
    # One angle per person across all rings (grouped by sector, then ring): no two people share
    # a spoke, so labels on different rings never sit on top of each other.
    order = sorted(
        range(len(contacts)),
        key=lambda i: (
            contacts[i].sector.casefold(),
            RING_INDEX[_ring_of(contacts[i])],
            contacts[i].name.casefold(),
        ),
    )
    for slot, i in enumerate(order):
        c = contacts[i]
        sector = c.sector.strip()
        layout.nodes.append(
            Node(
                _angle(slot, len(contacts), 0),
                _ring_of(c),
                colours.get(sector, OTHER_COLOUR),
                dormant[i],
                c.name,
                _detail(c.name, _ring_of(c), sector, dormant[i], c.organisation.strip(), layout.language),
            )
        )


def _place_organisations(layout: MapLayout, contacts: list[Contact], dormant: list[bool], owner: str) -> None:
    """A big network: on each ring, the organisations with the most contacts as bubbles sized by head count, and how
    many more there are."""
    from netkit.languages import ngettext_for

    colours = layout.colours
    _, say = _words(layout.language)
    ngettext = ngettext_for(layout.language)  # the name pybabel extracts
    title = (
        _("{name}'s network: {count} people, shown by organisation (largest groups on each ring)")
        if owner
        else _("Your network: {count} people, shown by organisation (largest groups on each ring)")
    )
    layout.title = title.replace("{count}", say(len(contacts))).replace("{name}", owner)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    spelling: dict[str, Counter] = defaultdict(Counter)
    for i, contact in enumerate(contacts):
        key = normalise(contact.organisation)
        spelling[key][contact.organisation.strip() or _(NO_ORGANISATION)] += 1
        groups[(_ring_of(contact), key)].append(i)
    per_ring: dict[str, list[tuple[str, list[int]]]] = defaultdict(list)
    for (ring, key), members in groups.items():
        per_ring[ring].append((key, members))
    for ring_index, ring in enumerate(RING_INDEX):
        entries = sorted(per_ring.get(ring, []), key=lambda e: (-len(e[1]), e[0]))
        shown, rest = entries[: BUBBLES_PER_RING[ring]], entries[BUBBLES_PER_RING[ring] :]
        if rest:
            layout.more[ring] = (sum(len(m) for _, m in rest), len(rest))
        for i, (key, members) in enumerate(shown):
            top = Counter(contacts[m].sector.strip() for m in members if contacts[m].sector.strip()).most_common(1)
            asleep = sum(1 for m in members if dormant[m]) * 2 > len(members)
            name = spelling[key].most_common(1)[0][0]
            group = ngettext("{count} person", "{count} people", len(members))
            detail = " · ".join(
                [
                    f"{name}: {group.replace('{count}', say(len(members)))}",
                    _(ring_label(ring)),
                    *([_("mostly {sector}").replace("{sector}", top[0][0])] if top else []),
                    *([_("mostly dormant")] if asleep else []),
                ]
            )
            layout.nodes.append(
                Node(
                    _angle(i, len(shown), ring_index),
                    ring,
                    colours.get(top[0][0], OTHER_COLOUR) if top else OTHER_COLOUR,
                    asleep,
                    name,
                    detail,
                    len(members),
                    f" ({say(len(members))})",
                )
            )


def map_description(layout: MapLayout, language: str | None = None) -> list[str]:
    """What the picture shows, as plain sentences: its text alternative (and the list beside it), in ``language``
    (English by default, word for word as before; numbers written as the language writes them)."""
    from netkit.languages import DEFAULT_LANGUAGE, number, translation

    language = layout.language if language is None else language
    words = translation(language)
    _ = words.gettext
    english = language in ("", DEFAULT_LANGUAGE)

    def say(count: int) -> str:
        return f"{count:,}" if english else number(count, language)

    if not layout.size:
        return [_("The map is empty: only you, in the middle. Add contacts to place them on the rings.")]
    rings = ", ".join(
        f"{ring_label(key) if english else _(ring_label(key))} {say(count)}"
        for key, count in layout.ring_counts.items()
    )
    lines = [
        words.ngettext(
            "{count} person on five rings, closest in the middle: {rings}.",
            "{count} people on five rings, closest in the middle: {rings}.",
            layout.size,
        )
        .replace("{count}", say(layout.size))
        .replace("{rings}", rings)
    ]
    lines.append(
        _("{count} dormant (silent for over a year or marked dormant).").replace("{count}", say(layout.dormant))
        if layout.dormant
        else _("No dormant ties.")
    )
    if layout.sectors:
        sectors = ", ".join(f"{name} {say(count)}" for name, count in layout.sectors[:8])
        if len(layout.sectors) > 8:
            sectors = (
                _("{sectors}, and {count} more")
                .replace("{count}", say(len(layout.sectors) - 8))
                .replace("{sectors}", sectors)
            )
        lines.append(_("Sectors: {sectors}.").replace("{sectors}", sectors))
    if layout.by_organisation:
        groups = sorted(layout.nodes, key=lambda n: -n.count)[:5]
        lines.append(
            _("Drawn by organisation; the largest groups: {groups}.").replace(
                "{groups}", ", ".join(n.text for n in groups)
            )
        )
        hidden = sum(people for people, _count in layout.more.values())
        if hidden:
            lines.append(
                _("{count} more people in smaller organisations are counted on their rings but not drawn.").replace(
                    "{count}", say(hidden)
                )
            )
    return lines
