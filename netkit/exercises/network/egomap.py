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

:func:`~netkit.exercises.network.egomap_layout.map_layout` places everything (pure
data, shared with the coach's PNG in :mod:`netkit.coach.map_png`); :func:`ego_map_svg` draws it with real text, a title
and a
description for screen readers; :func:`ego_map_html` puts the picture beside the same
summary as a list. Pure Python: no numpy, no matplotlib (the participant side runs in the
browser too).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Sequence

from netkit.contacts import Contact, ring_label
from netkit.exercises.network.egomap_layout import (
    CAPTION_GAP,
    DORMANT_LEGEND,
    INDIVIDUAL_LIMIT,
    LABEL_CHARS,
    OTHER_COLOUR,
    OUTSIDE_LABELS_FROM,
    RING_INDEX,
    MapLayout,
    Node,
    map_description,
    map_layout,
)
from netkit.html_pages import render_fragment
from netkit.markup import Markup
from netkit.svg import MUTED, Svg, abbreviate, abbreviate_name, text_width

__all__ = ["ego_map_html", "ego_map_svg"]


# --------------------------------------------------------------------------- drawing
def _sizes(layout: MapLayout) -> tuple[float, float]:
    """(font size, ring step) in user units, so labels stay legible at full width."""
    font = 15.0 if len(layout.nodes) <= 40 else 13.0
    if layout.by_organisation:
        return font, 95.0
    # the outer ring must give each person about one line of text
    return font, max(62.0, 1.2 * font * len(layout.nodes) / (5 * (2 * math.pi - CAPTION_GAP)))


def _gettext(layout: MapLayout) -> Callable[[str], str]:
    """The ``_`` of the layout's language (English: the words as they are)."""
    from netkit.languages import gettext_for

    return gettext_for(layout.language)


def _legend(svg: Svg, layout: MapLayout, x0: float, y: float, width: float, font: float) -> float:
    _ = _gettext(layout)
    items: list[tuple[str, str, bool]] = [(abbreviate(s, 180, font), c, False) for s, c in layout.colours.items()]
    if layout.has_other:
        items.append((_("other / no sector"), OTHER_COLOUR, False))
    items.append((_(DORMANT_LEGEND), "#666666", True))
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


def _layout(
    contacts: Sequence[Contact] | MapLayout,
    today: _dt.date | None,
    participant: str,
    individual_limit: int,
    language: str = "",
) -> MapLayout:
    """``contacts`` laid out (a layout already made is used as it is: the widget draws and describes one)."""
    if isinstance(contacts, MapLayout):
        return contacts
    return map_layout(contacts, today, participant=participant, individual_limit=individual_limit, language=language)


#: Where a node is drawn: (node, ring radius, dot radius, label radius, label).
Placed = tuple[Node, float, float, float, str]
#: A point on the map from (radius, angle) around the participant.
At = Callable[[float, float], tuple[float, float]]


def _labels_outside(layout: MapLayout) -> bool:
    """A dense map writes every name outside the outer ring, joined to its dot by a faint leader."""
    return not layout.by_organisation and len(layout.nodes) > OUTSIDE_LABELS_FROM


def _place(layout: MapLayout, font: float, step: float) -> list[Placed]:
    """Each node's ring radius, dot size, label radius and (abbreviated) label."""
    outside = _labels_outside(layout)
    placed = []
    for node in layout.nodes:
        radius = RING_INDEX[node.ring] * step
        dot = (
            (4 + 13 * math.sqrt(node.count / layout.biggest))
            if layout.by_organisation
            else (7.0 if len(layout.nodes) <= 60 else 5.5)
        )
        # a dense map puts every name just outside the outer ring (where each has a line's room),
        # joined to its dot by a faint leader; a small one writes the name beside the dot
        label_radius = 5 * step + 8 if outside else radius + dot + 6
        room = LABEL_CHARS * 0.58 * font - text_width(node.suffix, font)
        placed.append((node, radius, dot, label_radius, abbreviate_name(node.label, room, font) + node.suffix))
    return placed


def _reach(placed: list[Placed], step: float, font: float) -> dict[str, float]:
    """How far the drawing reaches from the centre each way: the rings, their captions, the farthest label ends."""
    outer = 5 * step + 2.2 * font
    reach = {"left": outer, "right": outer, "up": outer, "down": outer}
    for node, _, _, label_radius, label in placed:
        end = label_radius + text_width(label, font) + 1.2 * font  # estimates run short on capitals
        dx, dy = end * math.cos(node.angle), end * math.sin(node.angle)
        reach["right"], reach["left"] = max(reach["right"], dx), max(reach["left"], -dx)
        reach["up"], reach["down"] = max(reach["up"], dy), max(reach["down"], -dy)
    return reach


def _rings_and_spokes(svg: Svg, layout: MapLayout, at: At, cx: float, cy: float, step: float) -> None:
    """The five rings (the dormant one dashed) and a spoke from the centre to each node (dashed to a dormant one)."""
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


def _nodes(svg: Svg, layout: MapLayout, placed: list[Placed], at: At, font: float) -> None:
    """Each node: its dot and its label (upright on the left half), the details as its title; leaders if outside."""
    outside = _labels_outside(layout)
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


def _ring_captions(svg: Svg, layout: MapLayout, cx: float, cy: float, step: float, font: float) -> None:
    """Each ring's name and head count above it, and below it how many more a big map leaves undrawn."""
    from netkit.languages import DEFAULT_LANGUAGE, number

    _ = _gettext(layout)

    def say(count: int) -> str:
        return f"{count:,}" if layout.language in ("", DEFAULT_LANGUAGE) else number(count, layout.language)

    for key, index in RING_INDEX.items():  # captions last: drawn over the spokes, with a white halo
        svg.text(
            cx,
            cy - index * step - 5,
            f"{_(ring_label(key))} · {say(layout.ring_counts[key])}",
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
                _("+ {people} more in {organisations} organisations")
                .replace("{people}", say(people))
                .replace("{organisations}", say(organisations)),
                size=font - 1,
                colour=MUTED,
                anchor="middle",
                stroke="white",
                stroke_width=4,
                paint_order="stroke",
            )


def _participant(svg: Svg, layout: MapLayout, cx: float, cy: float, step: float, font: float) -> None:
    """The participant in the middle: the first name (the full name is in the title and tooltip)."""
    you = _gettext(layout)("You")
    first = layout.participant.split()[0] if layout.participant else you
    svg.open("g", title=layout.participant or you)
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


def ego_map_svg(
    contacts: Sequence[Contact] | MapLayout,
    today: _dt.date | None = None,
    *,
    participant: str = "You",
    individual_limit: int = INDIVIDUAL_LIMIT,
    language: str = "",
) -> str:
    """The ego map as an SVG document (a string), fluid width, with a title and description, its words in
    ``language`` (English by default; a layout already made keeps its own)."""
    layout = _layout(contacts, today, participant, individual_limit, language)
    font, step = _sizes(layout)
    placed = _place(layout, font, step)
    # the picture is as big as what is drawn: the rings, their captions, and the farthest label ends
    reach = _reach(placed, step, font)
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

    _rings_and_spokes(svg, layout, at, cx, cy, step)
    _nodes(svg, layout, placed, at, font)
    _ring_captions(svg, layout, cx, cy, step, font)
    _participant(svg, layout, cx, cy, step, font)
    bottom = _legend(svg, layout, 12, cy + reach["down"] + font, width - 24, font)
    svg.height = bottom + 12
    return svg.render()


def ego_map_html(
    contacts: Sequence[Contact] | MapLayout,
    today: _dt.date | None = None,
    *,
    participant: str = "You",
    individual_limit: int = INDIVIDUAL_LIMIT,
    language: str = "",
) -> str:
    """The map as a ``<figure>``: the SVG, then what it shows as a list (its text alternative), the list in
    ``language`` (English by default)."""
    layout = _layout(contacts, today, participant, individual_limit, language)
    return str(
        render_fragment(
            "widgets/ego_map_figure.html.j2",
            language=language,
            svg=Markup(ego_map_svg(layout)),
            lines=map_description(layout, language or layout.language),
        )
    )
