"""Charts of a cohort's anonymised aggregates (matplotlib figures, no pyplot, nothing displayed).

Each function takes :class:`netkit.coach.collect.Aggregates` and returns a
:class:`matplotlib.figure.Figure`; :func:`figure_png` turns one into PNG bytes for the HTML
report (base64) or an ``ipywidgets.Image`` in the coach notebook. Only counts are drawn; no
name or text of anyone appears in a chart.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from netkit.coach.collect import Aggregates

__all__ = [
    "CHARTS",
    "commitments_figure",
    "dormant_figure",
    "figure_png",
    "findings_figure",
    "reciprocity_figure",
    "rings_figure",
]

_SIZE = (5.6, 3.2)
_BLUE, _ORANGE, _GREEN, _GREY = "#3b6ea5", "#d9822b", "#3a7d44", "#9aa5b1"


def _figure(title: str) -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=_SIZE, dpi=100, layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=11, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig, ax


def _empty(ax, text: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=10, color="#555", transform=ax.transAxes)


def rings_figure(agg: Aggregates) -> Figure:
    """Contacts per closeness ring across the cohort, and the median network size."""
    from netkit.contacts import ring_label

    fig, ax = _figure(
        f"Network size: median {agg.median_network:g} people "
        f"(range {min(agg.network_sizes, default=0)}–{max(agg.network_sizes, default=0)})"
    )
    if not agg.contacts:
        _empty(ax, "No contacts mapped yet")
        return fig
    keys = list(agg.rings)
    ax.bar([ring_label(k) for k in keys], [agg.rings[k] for k in keys], color=_BLUE)
    ax.set_ylabel("contacts")
    ax.tick_params(axis="x", labelsize=8)
    return fig


def dormant_figure(agg: Aggregates) -> Figure:
    """Share of dormant ties: the cohort's overall share and each network's (sorted, unnamed)."""
    fig, ax = _figure(f"Dormant ties: {agg.dormant_share:.0%} of {agg.dormant_contacts} contacts")
    if not agg.dormant_shares:
        _empty(ax, "No contacts mapped yet")
        return fig
    shares = [100 * s for s in agg.dormant_shares]
    ax.bar(range(1, len(shares) + 1), shares, color=_GREY)
    ax.axhline(100 * agg.dormant_share, color=_ORANGE, linestyle="--", label="whole cohort")
    ax.set_ylim(0, 100)
    ax.set_ylabel("% of a network")
    ax.set_xlabel("networks, lowest share first")
    ax.set_xticks([])
    ax.legend(fontsize=8, frameon=False)
    return fig


def reciprocity_figure(agg: Aggregates) -> Figure:
    """Gives versus asks in total, and each participant's balance (gave minus asked), unnamed."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=_SIZE, dpi=100, layout="constrained")
    left, right = fig.subplots(1, 2, width_ratios=(1, 2))
    fig.suptitle("Reciprocity: what participants gave and asked", fontsize=11, x=0.02, ha="left")
    if not (agg.gave or agg.asked):
        _empty(left, "")
        _empty(right, "Nothing logged yet")
        return fig
    left.bar(["gave", "asked"], [agg.gave, agg.asked], color=[_GREEN, _ORANGE])
    left.set_ylabel("interactions")
    colours = [_GREEN if b > 0 else _ORANGE if b < 0 else _GREY for b in agg.balances]
    right.bar(range(1, len(agg.balances) + 1), agg.balances, color=colours)
    right.axhline(0, color="#333", linewidth=0.8)
    right.set_xticks([])
    right.set_xlabel("participants, most asking first")
    right.set_ylabel("gave − asked")
    right.yaxis.get_major_locator().set_params(integer=True)
    for ax in (left, right):
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return fig


def findings_figure(agg: Aggregates, *, top: int = 8) -> Figure:
    """How many outreach messages triggered each linter rule (warnings, by rule id)."""
    fig, ax = _figure(f"Outreach feedback: {agg.messages} messages checked")
    if not agg.findings:
        _empty(ax, "No warnings" if agg.messages else "No messages written yet")
        return fig
    items = list(agg.findings.items())[:top][::-1]
    ax.barh([rule for rule, _ in items], [count for _, count in items], color=_ORANGE)
    ax.set_xlabel("messages")
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]  # the default AutoLocator is a MaxNLocator
    return fig


def commitments_figure(agg: Aggregates) -> Figure:
    """Stay-in-touch commitments by cadence."""
    from netkit.contacts.rhythms import CADENCES

    people = len(agg.commitments_per_person)
    fig, ax = _figure(f"Commitments: {agg.commitments} people in {people} plans")
    if not agg.commitments:
        _empty(ax, "No commitments yet")
        return fig
    order = [key for key in CADENCES if key in agg.cadences] + [k for k in agg.cadences if k not in CADENCES]
    labels = [CADENCES[k].label if k in CADENCES else k for k in order]
    ax.bar(labels, [agg.cadences[k] for k in order], color=_GREEN)
    ax.set_ylabel("people")
    ax.tick_params(axis="x", labelsize=8, rotation=20)
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]  # the default AutoLocator is a MaxNLocator
    return fig


#: (id, title, figure function) in report order.
CHARTS: tuple[tuple[str, str, Callable[[Aggregates], Figure]], ...] = (
    ("rings", "Network size and rings", rings_figure),
    ("dormant", "Dormant ties", dormant_figure),
    ("reciprocity", "Reciprocity", reciprocity_figure),
    ("findings", "Most common outreach findings", findings_figure),
    ("commitments", "Commitments", commitments_figure),
)


def figure_png(fig: Figure) -> bytes:
    """PNG bytes of a figure (Agg canvas; no pyplot, no display), drawn with fonts for every
    installed script (:func:`netkit.coach.fonts.use_glyph_fonts`)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from netkit.coach.fonts import use_glyph_fonts

    FigureCanvasAgg(fig)
    use_glyph_fonts(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
