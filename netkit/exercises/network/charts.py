"""The two small pictures next to the ego map, as SVG: give-and-ask per contact, and a summary.

Real text, fluid width, a title and a description for screen readers (see :mod:`netkit.svg`);
every bar carries its number as text, so the charts read without colour. Pure Python.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from netkit.contacts import RINGS, Contact
from netkit.exercises.network.analysis import reciprocity, summarise
from netkit.svg import MUTED, Svg, abbreviate, bar_rows

__all__ = ["reciprocity_svg", "summary_svg"]

GAVE_COLOUR = "#007A5A"  # darker than Okabe–Ito green and orange: bars next to text on white
ASKED_COLOUR = "#B35900"
RING_COLOURS = {
    "inner": "#0b4f7c",
    "close": "#2a7ab0",
    "regular": "#62a3d0",
    "acquaintance": "#a9cbe6",
    "dormant": "#bbbbbb",
}
WIDTH = 720
SIZE = 14


def _empty(title: str, message: str) -> str:
    svg = Svg(WIDTH, 70, title=title, desc=message, max_width=WIDTH)
    svg.text(WIDTH / 2, 40, message, size=SIZE + 1, colour=MUTED, anchor="middle")
    return svg.render()


def reciprocity_svg(contacts: Sequence[Contact], *, top: int = 12) -> str:
    """Gives (right, green) and asks (left, orange) for the most active contacts, with totals."""
    data = reciprocity(contacts)
    title = f"Give and ask: you gave {data.gave}, asked {data.asked} ({data.balance})"
    rows = sorted(data.per_contact, key=lambda r: (-(r[1] + r[2]), r[0].name.casefold()))[:top]
    if not rows:
        return _empty("Give and ask", "Log a few interactions (I gave / I asked) to see your give-and-ask balance.")
    desc = "; ".join(f"{c.name}: gave {gave}, asked {asked}" for c, gave, asked in rows)
    row_height, label_width, top_y = 28, 200, 70
    svg = Svg(WIDTH, top_y + row_height * len(rows) + 40, title=title, desc=desc, max_width=WIDTH)
    svg.text(
        WIDTH / 2,
        22,
        f"Give and ask: you gave {data.gave}, asked {data.asked}",
        size=SIZE + 2,
        anchor="middle",
        font_weight="bold",
    )
    svg.text(WIDTH / 2, 44, f"({data.balance})", size=SIZE, colour=MUTED, anchor="middle")
    middle = label_width + (WIDTH - label_width) / 2
    half = (WIDTH - label_width) / 2 - 40
    limit = max(max(r[1] for r in rows), max(r[2] for r in rows), 1)
    for index, (contact, gave, asked) in enumerate(rows):
        y = top_y + index * row_height
        svg.open("g", title=f"{contact.name}: gave {gave}, asked {asked}")
        svg.text(
            label_width - 8,
            y + row_height / 2,
            abbreviate(contact.name, label_width - 12, SIZE),
            size=SIZE,
            anchor="end",
            dominant_baseline="central",
        )
        for value, colour, sign in ((gave, GAVE_COLOUR, 1), (asked, ASKED_COLOUR, -1)):
            if value:
                length = half * value / limit
                svg.add(
                    "rect",
                    x=middle if sign > 0 else middle - length,
                    y=y + 5,
                    width=length,
                    height=row_height - 10,
                    fill=colour,
                )
                svg.text(
                    middle + sign * (length + 5),
                    y + row_height / 2,
                    str(value),
                    size=SIZE - 1,
                    colour=MUTED,
                    anchor="start" if sign > 0 else "end",
                    dominant_baseline="central",
                )
        svg.close("g")
    bottom = top_y + row_height * len(rows)
    svg.add("line", x1=middle, y1=top_y - 4, x2=middle, y2=bottom + 2, stroke="#444444", stroke_width=1.2)
    svg.text(middle - 10, bottom + 24, "◀ times I asked", size=SIZE - 1, colour=ASKED_COLOUR, anchor="end")
    svg.text(middle + 10, bottom + 24, "times I gave ▶", size=SIZE - 1, colour=GAVE_COLOUR)
    return svg.render()


def summary_svg(contacts: Sequence[Contact], today: _dt.date | None = None) -> str:
    """Network size by ring and by sector, with the size and dormant share in the title."""
    today = today or _dt.date.today()
    if not contacts:
        return _empty("Summary", "Add contacts to see your network by ring and sector.")
    summary = summarise(contacts, today, top_sectors=7)
    title = (
        f"{summary.size:,} contacts in {summary.organisations:,} organisations · {summary.dormant_share:.0%} dormant"
    )
    rings = [(RINGS[key].label, count, RING_COLOURS[key]) for key, count in summary.by_ring.items()]
    sectors = [(name, count, "#62a3d0") for name, count in summary.by_sector.items()]
    desc = (
        "By closeness: "
        + ", ".join(f"{label} {count:,}" for label, count, _ in rings)
        + ". By sector: "
        + ", ".join(f"{label} {count:,}" for label, count, _ in sectors)
        + "."
    )
    row_height = 26
    height = 40 + 30 + row_height * len(rings) + 40 + row_height * len(sectors) + 16
    svg = Svg(WIDTH, height, title=title, desc=desc, max_width=WIDTH)
    svg.text(WIDTH / 2, 22, title, size=SIZE + 2, anchor="middle", font_weight="bold")
    y: float = 40
    for heading, rows in (("By closeness", rings), ("By sector", sectors)):
        svg.text(10, y + 20, heading, size=SIZE, font_weight="bold")
        y = (
            bar_rows(
                svg,
                0,
                y + 30,
                label_width=220,
                bar_width=WIDTH - 300,
                rows=rows,
                maximum=max(count for _, count, _ in rows),
                size=SIZE,
                row_height=row_height,
            )
            + 10
        )
    return svg.render()
