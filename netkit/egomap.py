"""The ego map: the participant in the middle, everyone they know on rings around them, as SVG.

* one ring per closeness level (inner circle nearest, dormant outermost);
* colour by sector (the most common sectors get their own colour, the rest are grey);
* dormant ties are drawn as a hollow dot with a dashed outline on a dashed spoke, their name
  in grey italics, and the legend says so in words (no emoji font needed);
* up to :data:`INDIVIDUAL_LIMIT` people each get a dot and a label (long names abbreviated,
  middle words to initials first; the full name, ring and sector are each dot's ``<title>``);
* a bigger network (a 30,000-connection LinkedIn export) is drawn by organisation instead:
  on each ring, the organisations with the most contacts as bubbles sized by head count,
  plus how many more there are, so the picture stays readable and quick to draw.

:func:`map_layout` places everything (pure data, shared with the coach's PNG in
:mod:`netkit.egomap_png`); :func:`ego_map_svg` draws it with real text, a title and a
description for screen readers; :func:`ego_map_html` puts the picture beside the same
summary as a list. Pure Python: no numpy, no matplotlib (the participant side runs in the
browser too).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .contacts import RINGS, Contact, normalise, ring_label
from .html import escape
from .svg import MUTED, Svg, abbreviate, abbreviate_name, text_width

__all__ = [
    "INDIVIDUAL_LIMIT",
    "MapLayout",
    "Node",
    "ego_map_html",
    "ego_map_svg",
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
NO_ORGANISATION = "(no organisation)"
OUTSIDE_LABELS_FROM = 40  # with more people than this, names sit outside the outer ring
LABEL_CHARS = 22  # a label is at most about this many Latin characters wide (CJK: about half)
DORMANT_LEGEND = "dormant: hollow dashed dot, grey italic name (silent over a year)"


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


def _detail(name: str, ring: str, sector: str, dormant: bool, organisation: str = "") -> str:
    parts = [name, ring_label(ring)]
    parts += [organisation] if organisation else []
    parts += [sector] if sector else []
    return " · ".join(parts + (["dormant"] if dormant else []))


def map_layout(
    contacts: Sequence[Contact],
    today: _dt.date | None = None,
    *,
    participant: str = "You",
    individual_limit: int = INDIVIDUAL_LIMIT,
) -> MapLayout:
    """Place ``contacts`` on the rings: people up to ``individual_limit``, organisations beyond."""
    today = today or _dt.date.today()
    contacts = list(contacts)
    participant = " ".join((participant or "").split())
    owner = "Your" if participant in ("", "You") else f"{participant}'s"
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
    )
    if not layout.by_organisation:
        layout.title = f"{owner} network: {len(contacts)} {'person' if len(contacts) == 1 else 'people'}"
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
                    _detail(c.name, _ring_of(c), sector, dormant[i], c.organisation.strip()),
                )
            )
        return layout
    layout.title = f"{owner} network: {len(contacts):,} people, shown by organisation (largest groups on each ring)"
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    spelling: dict[str, Counter] = defaultdict(Counter)
    for i, contact in enumerate(contacts):
        key = normalise(contact.organisation)
        spelling[key][contact.organisation.strip() or NO_ORGANISATION] += 1
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
            detail = (
                f"{name}: {len(members):,} {'person' if len(members) == 1 else 'people'} · {ring_label(ring)}"
                + (f" · mostly {top[0][0]}" if top else "")
                + (" · mostly dormant" if asleep else "")
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
                    f" ({len(members):,})",
                )
            )
    return layout


def map_description(layout: MapLayout) -> list[str]:
    """What the picture shows, as plain sentences: its text alternative (and the list beside it)."""
    if not layout.size:
        return ["The map is empty: only you, in the middle. Add contacts to place them on the rings."]
    lines = [
        f"{layout.size:,} {'person' if layout.size == 1 else 'people'} on five rings, closest in the middle: "
        + ", ".join(f"{ring_label(key)} {count:,}" for key, count in layout.ring_counts.items())
        + "."
    ]
    lines.append(
        f"{layout.dormant:,} dormant (silent for over a year or marked dormant)."
        if layout.dormant
        else "No dormant ties."
    )
    if layout.sectors:
        lines.append(
            "Sectors: "
            + ", ".join(f"{name} {count:,}" for name, count in layout.sectors[:8])
            + (f", and {len(layout.sectors) - 8} more" if len(layout.sectors) > 8 else "")
            + "."
        )
    if layout.by_organisation:
        groups = sorted(layout.nodes, key=lambda n: -n.count)[:5]
        lines.append("Drawn by organisation; the largest groups: " + ", ".join(n.text for n in groups) + ".")
        hidden = sum(people for people, _ in layout.more.values())
        if hidden:
            lines.append(f"{hidden:,} more people in smaller organisations are counted on their rings but not drawn.")
    return lines


# --------------------------------------------------------------------------- drawing
def _sizes(layout: MapLayout) -> tuple[float, float]:
    """(font size, ring step) in user units, so labels stay legible at full width."""
    font = 15.0 if len(layout.nodes) <= 40 else 13.0
    if layout.by_organisation:
        return font, 95.0
    # the outer ring must give each person about one line of text
    return font, max(62.0, 1.2 * font * len(layout.nodes) / (5 * (2 * math.pi - CAPTION_GAP)))


def _legend(svg: Svg, layout: MapLayout, x0: float, y: float, width: float, font: float) -> float:
    items: list[tuple[str, str, bool]] = [(abbreviate(s, 180, font), c, False) for s, c in layout.colours.items()]
    if layout.has_other:
        items.append(("other / no sector", OTHER_COLOUR, False))
    items.append((DORMANT_LEGEND, "#666666", True))
    x = x0
    for label, colour, hollow in items:
        needed = 24 + text_width(label, font) + 18
        if x > x0 and x + needed > x0 + width:
            x, y = x0, y + font * 1.7
        svg.add(
            "circle",
            cx=x + 8,
            cy=y,
            r=7,
            fill="white" if hollow else colour,
            stroke=colour,
            stroke_width=2.2,
            stroke_dasharray="3 2" if hollow else None,
        )
        svg.text(
            x + 22,
            y,
            label,
            size=font,
            colour=MUTED,
            dominant_baseline="central",
            font_style="italic" if hollow else None,
        )
        x += needed
    return y + font


def _wrapped(svg: Svg, x: float, y: float, text: str, width: float, size: float, **attrs) -> float:
    """``text`` centred on lines that fit ``width`` (words kept whole); returns the y below."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    for line in lines:
        svg.text(x, y + size, abbreviate(line, width, size), size=size, anchor="middle", **attrs)
        y += size * 1.3
    return y


def ego_map_svg(
    contacts: Sequence[Contact] | MapLayout,
    today: _dt.date | None = None,
    *,
    participant: str = "You",
    individual_limit: int = INDIVIDUAL_LIMIT,
) -> str:
    """The ego map as an SVG document (a string), fluid width, with a title and description."""
    layout = (
        contacts
        if isinstance(contacts, MapLayout)
        else map_layout(contacts, today, participant=participant, individual_limit=individual_limit)
    )
    font, step = _sizes(layout)
    biggest = layout.biggest
    outside = not layout.by_organisation and len(layout.nodes) > OUTSIDE_LABELS_FROM
    placed = []  # (node, ring radius, dot radius, label radius, label)
    for node in layout.nodes:
        radius = RING_INDEX[node.ring] * step
        dot = (
            (4 + 13 * math.sqrt(node.count / biggest))
            if layout.by_organisation
            else (7.0 if len(layout.nodes) <= 60 else 5.5)
        )
        # a dense map puts every name just outside the outer ring (where each has a line's room),
        # joined to its dot by a faint leader; a small one writes the name beside the dot
        label_radius = 5 * step + 8 if outside else radius + dot + 6
        room = LABEL_CHARS * 0.58 * font - text_width(node.suffix, font)
        placed.append((node, radius, dot, label_radius, abbreviate_name(node.label, room, font) + node.suffix))
    # the picture is as big as what is drawn: the rings, their captions, and the farthest label ends
    outer = 5 * step + 2.2 * font
    reach = {"left": outer, "right": outer, "up": outer, "down": outer}
    for node, _, _, label_radius, label in placed:
        end = label_radius + text_width(label, font) + 1.2 * font  # estimates run short on capitals
        dx, dy = end * math.cos(node.angle), end * math.sin(node.angle)
        reach["right"], reach["left"] = max(reach["right"], dx), max(reach["left"], -dx)
        reach["up"], reach["down"] = max(reach["up"], dy), max(reach["down"], -dy)
    width = reach["left"] + reach["right"] + 20
    svg = Svg(
        width,
        10,
        title=layout.title,
        desc=" ".join(map_description(layout)),
        max_width=1200,
        css_class="netkit-picture netkit-egomap",
    )
    top = _wrapped(svg, width / 2, 6, layout.title, width - 20, font + 5, font_weight="bold")
    cx, cy = reach["left"] + 10, top + reach["up"] + 6

    def at(radius: float, angle: float) -> tuple[float, float]:
        return cx + radius * math.cos(angle), cy - radius * math.sin(angle)

    for key, index in RING_INDEX.items():
        svg.add(
            "circle",
            cx=cx,
            cy=cy,
            r=index * step,
            fill="none",
            stroke="#c8c8c8",
            stroke_width=1.2,
            stroke_dasharray="7 5" if key == "dormant" else None,
        )
    solid: list[str] = []
    dashed: list[str] = []
    for node in layout.nodes:
        (dashed if node.dormant else solid).append(
            "M{:.1f} {:.1f}L{:.1f} {:.1f}".format(
                *at(step * 0.42, node.angle), *at(RING_INDEX[node.ring] * step, node.angle)
            )
        )
    if solid:
        svg.add("path", d="".join(solid), stroke="#b9c7d3", stroke_width=1, fill="none")
    if dashed:
        svg.add("path", d="".join(dashed), stroke="#bbbbbb", stroke_width=1, stroke_dasharray="4 3", fill="none")
    leaders: list[str] = []
    for node, radius, dot, label_radius, label in placed:
        x, y = at(radius, node.angle)
        degrees = math.degrees(node.angle) % 360
        flip = 90 < degrees < 270  # keep text upright on the left half
        lx, ly = at(label_radius, node.angle)
        if outside and label_radius - radius > dot + 8:
            leaders.append(
                "M{:.1f} {:.1f}L{:.1f} {:.1f}".format(
                    *at(radius + dot + 2, node.angle), *at(label_radius - 3, node.angle)
                )
            )
        svg.open("g", title=node.detail, class_="netkit-node" + (" netkit-dormant" if node.dormant else ""))
        svg.add(
            "circle",
            cx=x,
            cy=y,
            r=dot,
            fill="white" if node.dormant else node.colour,
            fill_opacity=0.85 if layout.by_organisation and not node.dormant else None,
            stroke=node.colour,
            stroke_width=2.2,
            stroke_dasharray="3 2" if node.dormant else None,
        )
        svg.text(
            lx,
            ly,
            label,
            size=font,
            colour=MUTED if node.dormant else "#222222",
            anchor="end" if flip else "start",
            dominant_baseline="central",
            font_style="italic" if node.dormant else None,
            transform=f"rotate({-(degrees - 180 if flip else degrees):.1f} {lx:.1f} {ly:.1f})",
        )
        svg.close("g")
    if leaders:
        svg.add("path", d="".join(leaders), stroke="#d5d5d5", stroke_width=0.8, stroke_dasharray="1 2", fill="none")
    for key, index in RING_INDEX.items():  # captions last: drawn over the spokes, with a white halo
        svg.text(
            cx,
            cy - index * step - 5,
            f"{ring_label(key)} · {layout.ring_counts[key]:,}",
            size=font - 1,
            colour=MUTED,
            anchor="middle",
            stroke="white",
            stroke_width=4,
            paint_order="stroke",
            stroke_linejoin="round",
        )
        if key in layout.more:
            people, organisations = layout.more[key]
            svg.text(
                cx,
                cy + index * step + font + 2,
                f"+ {people:,} more in {organisations:,} organisations",
                size=font - 1,
                colour=MUTED,
                anchor="middle",
                stroke="white",
                stroke_width=4,
                paint_order="stroke",
            )
    # the participant in the middle: the first name (the full name is in the title and tooltip)
    first = layout.participant.split()[0] if layout.participant else "You"
    svg.open("g", title=layout.participant or "You")
    svg.add("circle", cx=cx, cy=cy, r=step * 0.42, fill="#2a7ab0", stroke="white", stroke_width=2)
    svg.text(
        cx,
        cy,
        abbreviate(first, step * 0.78, font),
        size=font,
        colour="white",
        anchor="middle",
        dominant_baseline="central",
        font_weight="bold",
    )
    svg.close("g")
    bottom = _legend(svg, layout, 12, cy + reach["down"] + font, width - 24, font)
    svg.height = bottom + 12
    return svg.render()


def ego_map_html(
    contacts: Sequence[Contact] | MapLayout,
    today: _dt.date | None = None,
    *,
    participant: str = "You",
    individual_limit: int = INDIVIDUAL_LIMIT,
) -> str:
    """The map as a ``<figure>``: the SVG, then what it shows as a list (its text alternative)."""
    layout = (
        contacts
        if isinstance(contacts, MapLayout)
        else map_layout(contacts, today, participant=participant, individual_limit=individual_limit)
    )
    items = "".join(f"<li>{escape(line)}</li>" for line in map_description(layout))
    return (
        f"<figure class='netkit-figure' style='margin:0;width:100%'>{ego_map_svg(layout)}"
        f"<figcaption><p style='margin:0.4em 0 0'><b>What the map shows</b></p>"
        f"<ul style='margin-top:0.2em'>{items}</ul></figcaption></figure>"
    )
