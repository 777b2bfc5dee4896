"""The two small pictures next to the ego map: give-and-ask per contact, and a summary panel.

Both return a :class:`matplotlib.figure.Figure` built without pyplot (see :mod:`netkit.egomap`).
"""

from __future__ import annotations

import datetime as _dt
from typing import Sequence

from matplotlib.figure import Figure

from .contacts import RINGS, Contact
from .network import reciprocity, summarise

__all__ = ["reciprocity_chart", "summary_panel"]

GAVE_COLOUR = "#009E73"
ASKED_COLOUR = "#E69F00"
RING_COLOURS = {"inner": "#0b4f7c", "close": "#2a7ab0", "regular": "#62a3d0", "acquaintance": "#a9cbe6",
                "dormant": "#bbbbbb"}


def _empty(figure: Figure, message: str) -> Figure:
    ax = figure.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, color="#555555", wrap=True,
            parse_math=False, transform=ax.transAxes)
    return figure


def reciprocity_chart(contacts: Sequence[Contact], *, top: int = 12) -> Figure:
    """Gives (right, green) and asks (left, orange) for the most active contacts, with totals."""
    data = reciprocity(contacts)
    rows = sorted(data.per_contact, key=lambda r: (-(r[1] + r[2]), r[0].name.casefold()))[:top]
    figure = Figure(figsize=(6.4, 0.9 + 0.32 * max(len(rows), 3)), layout="constrained")
    if not rows:
        return _empty(figure, "Log a few interactions (I gave / I asked)\nto see your give-and-ask balance here.")
    ax = figure.add_subplot()
    names = [r[0].name if len(r[0].name) <= 24 else r[0].name[:23] + "…" for r in rows][::-1]
    gave = [r[1] for r in rows][::-1]
    asked = [-r[2] for r in rows][::-1]
    positions = range(len(rows))
    ax.barh(positions, gave, color=GAVE_COLOUR, label="I gave")
    ax.barh(positions, asked, color=ASKED_COLOUR, label="I asked")
    ax.set_yticks(list(positions), names, fontsize=8)
    for tick in ax.get_yticklabels():
        tick.set_parse_math(False)
    ax.axvline(0, color="#444444", lw=0.8)
    limit = max(max(gave), -min(asked), 1)
    ax.set_xlim(-limit - 0.5, limit + 0.5)
    ax.xaxis.set_major_formatter(lambda x, _: f"{abs(int(x))}" if x == int(x) else "")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel("◀ times I asked        times I gave ▶", fontsize=8)
    ax.set_title(f"Give and ask: you gave {data.gave}, asked {data.asked}\n({data.balance})", fontsize=10)
    return figure


def summary_panel(contacts: Sequence[Contact], today: _dt.date | None = None) -> Figure:
    """Network size by ring and by sector, with the size and dormant share in the title."""
    today = today or _dt.date.today()
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    if not contacts:
        return _empty(figure, "Add contacts to see your network by ring and sector.")
    summary = summarise(contacts, today, top_sectors=7)
    rings, sectors = figure.subplots(1, 2, width_ratios=(1, 1.3))
    labels = [RINGS[k].label for k in summary.by_ring]
    values = list(summary.by_ring.values())
    rings.barh(labels[::-1], values[::-1], color=[RING_COLOURS[k] for k in summary.by_ring][::-1])
    rings.set_title("By closeness", fontsize=9)
    names = [s if len(s) <= 22 else s[:21] + "…" for s in summary.by_sector][::-1]
    sectors.barh(names, list(summary.by_sector.values())[::-1], color="#62a3d0")
    sectors.set_title("By sector", fontsize=9)
    for ax in (rings, sectors):
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        for tick in ax.get_yticklabels():
            tick.set_parse_math(False)
    figure.suptitle(f"{summary.size:,} contacts in {summary.organisations:,} organisations · "
                    f"{summary.dormant_share:.0%} dormant", fontsize=10)
    return figure
