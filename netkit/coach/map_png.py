"""The coach's ego map as a PNG or PDF file (matplotlib): what `netkit contacts map -o map.png` draws.

Participants see the SVG of :mod:`netkit.exercises.network.egomap` (real text, no numpy or matplotlib); a coach
who wants a raster picture or a PDF for a slide gets this one, drawn from the very same
:func:`netkit.exercises.network.egomap_layout.map_layout` (same rings, angles, colours, dormant marks and organisation
groups). Coach side only: nothing a participant imports loads this module.

Functions return a :class:`matplotlib.figure.Figure` built without pyplot (no global state,
nothing displayed); :func:`figure_png` turns one into PNG bytes.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import warnings
from collections.abc import Sequence
from typing import ClassVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, PathPatch
from matplotlib.path import Path
from matplotlib.textpath import text_to_path

from netkit.coach.fonts import use_glyph_fonts
from netkit.contacts import Contact, ring_label
from netkit.exercises.network.egomap_layout import INDIVIDUAL_LIMIT, OTHER_COLOUR, RING_INDEX, MapLayout, map_layout

__all__ = ["ego_map", "figure_png"]

RING_RADIUS = RING_INDEX


def figure_png(figure: Figure, *, dpi: int = 90) -> bytes:
    """PNG bytes of ``figure`` (Agg, no pyplot)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _base(participant: str, figsize: float) -> tuple[Figure, Axes]:
    figure = Figure(figsize=(figsize, figsize), layout=None)
    ax = figure.add_axes((0.02, 0.02, 0.96, 0.92))
    ax.set_aspect("equal")
    ax.axis("off")
    outer = RING_RADIUS["dormant"] + 1.6
    ax.set_xlim(-outer, outer)
    ax.set_ylim(-outer, outer)
    for key, radius in RING_RADIUS.items():
        ax.add_patch(
            Circle(
                (0, 0), radius, fill=False, lw=0.8, ls=(0, (4, 3)) if key == "dormant" else "-", ec="#c8c8c8", zorder=0
            )
        )
    ax.add_patch(Circle((0, 0), 0.42, fc="#2a7ab0", ec="white", zorder=5))
    # The disc fits about eight characters: the first name, which the full title repeats in full.
    centre = _short((participant or "You").split()[0] if (participant or "").strip() else "You", 9)
    ax.text(
        0,
        0,
        centre,
        parse_math=False,
        ha="center",
        va="center",
        color="white",
        fontsize=9 if len(centre) <= 6 else 7,
        fontweight="bold",
        zorder=6,
    )
    return figure, ax


class _Labels:
    """Many small rotated labels drawn as ONE filled path (glyph outlines cached per character).

    Drawing 150 separate ``Text`` artists costs about 0.3 s of CPU in Agg; one compound path of
    the same glyphs costs about 0.03 s and looks the same at label sizes (kerning is the only
    thing lost). Labels hold no maths: ``$`` in a name is drawn as a dollar sign.
    """

    _font = FontProperties(family="DejaVu Sans")
    _glyphs: ClassVar[dict[str, tuple]] = {}

    def __init__(self, points_per_unit: float):
        self.points_per_unit = points_per_unit
        self.vertices: list = []
        self.codes: list = []

    @classmethod
    def _glyph(cls, char: str) -> tuple:
        glyph = cls._glyphs.get(char)
        if glyph is None:
            try:
                with warnings.catch_warnings():  # a glyph the font lacks is drawn as a box, once per character
                    warnings.simplefilter("ignore", UserWarning)
                    verts, codes = text_to_path.get_text_path(cls._font, char)
                    width, _, _ = text_to_path.get_text_width_height_descent(char, cls._font, ismath=False)
            except Exception:  # a character the font machinery cannot handle: draw nothing
                verts, codes, width = np.empty((0, 2)), np.empty(0, dtype=np.uint8), 0.0
            verts = np.asarray(verts, dtype=float).reshape(-1, 2) / text_to_path.FONT_SCALE
            glyph = cls._glyphs[char] = (
                verts,
                np.asarray(codes, dtype=np.uint8),
                width / cls._font.get_size_in_points(),
            )
        return glyph

    def add(self, text: str, x: float, y: float, degrees: float, fontsize: float, *, right: bool = False) -> None:
        """``text`` starting (or ending, if ``right``) at (x, y), rotated, vertically centred."""
        verts, codes, pen = [], [], 0.0
        for char in text:
            glyph_verts, glyph_codes, advance = self._glyph(char)
            if len(glyph_verts) and len(glyph_codes):
                verts.append(glyph_verts + (pen, 0.0))
                codes.append(glyph_codes)
            pen += advance
        if not verts:
            return
        size = fontsize / self.points_per_unit
        points = np.concatenate(verts) * size
        points[:, 1] -= 0.36 * size
        if right:
            points[:, 0] -= pen * size
        angle = math.radians(degrees)
        cos, sin = math.cos(angle), math.sin(angle)
        self.vertices.append(points @ np.array([[cos, sin], [-sin, cos]]) + (x, y))
        self.codes.append(np.concatenate(codes))

    def draw(self, ax, colour: str = "#222222") -> None:
        if self.vertices:
            # add_artist, not add_patch: no data-limit update over thousands of Bézier curves
            ax.add_artist(
                PathPatch(
                    Path(np.concatenate(self.vertices), np.concatenate(self.codes)),
                    fc=colour,
                    ec="none",
                    lw=0,
                    zorder=4,
                )
            )


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _points_per_unit(ax) -> float:
    """How many typographic points one data unit spans (the axes are square and fixed)."""
    width_inches = ax.get_position().width * ax.figure.get_figwidth()
    low, high = ax.get_xlim()
    return width_inches * 72 / (high - low)


def _ring_caption(ax, key: str, count: int) -> None:
    radius = RING_RADIUS[key]
    ax.text(
        0,
        radius + 0.08,
        f"{ring_label(key)} · {count:,}",
        ha="center",
        va="bottom",
        fontsize=7,
        color="#6b6b6b",
        zorder=1,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
    )


class _Spokes:
    """Dots on the rings, each joined to the centre by a spoke (dashed when dormant) and carrying a
    rotated label: what both map styles (people, organisations) draw, collected and drawn at once."""

    def __init__(self, ax):
        self.labels = _Labels(_points_per_unit(ax))
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.faces: list[str] = []
        self.edges: list[str] = []
        self.solid: list = []
        self.dashed: list = []

    def add(
        self, angle: float, radius: float, colour: str, dormant: bool, label: str, *, fontsize: float, gap: float
    ) -> None:
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = radius * cos, radius * sin
        self.xs.append(x)
        self.ys.append(y)
        self.edges.append(colour)
        self.faces.append("white" if dormant else colour)
        (self.dashed if dormant else self.solid).append(((0.42 * cos, 0.42 * sin), (x, y)))
        degrees = math.degrees(angle) % 360
        flip = 90 < degrees < 270  # keep text upright on the left half
        self.labels.add(
            label, (radius + gap) * cos, (radius + gap) * sin, degrees - 180 if flip else degrees, fontsize, right=flip
        )

    def draw(self, ax, **scatter) -> None:
        self.labels.draw(ax)
        ax.add_collection(LineCollection(self.solid, colors="#b9c7d3", linewidths=0.6, zorder=1))
        ax.add_collection(
            LineCollection(self.dashed, colors="#bbbbbb", linewidths=0.6, linestyles=(0, (3, 2)), zorder=1)
        )
        if self.xs:
            ax.scatter(self.xs, self.ys, c=self.faces, edgecolors=self.edges, linewidths=1.4, zorder=3, **scatter)


def ego_map(
    contacts: Sequence[Contact],
    today: _dt.date | None = None,
    *,
    participant: str = "You",
    individual_limit: int = INDIVIDUAL_LIMIT,
    figsize: float = 9.0,
) -> Figure:
    """The ego map of ``contacts`` (people up to ``individual_limit``, organisations beyond)."""
    layout = map_layout(contacts, today, participant=participant, individual_limit=individual_limit)
    figure, ax = _base(participant, figsize)
    for key in RING_RADIUS:
        _ring_caption(ax, key, layout.ring_counts[key])
        if key in layout.more:
            people, organisations = layout.more[key]
            ax.text(
                0,
                -RING_RADIUS[key] - 0.1,
                f"+ {people:,} more in {organisations:,} organisations",
                ha="center",
                va="top",
                fontsize=6.5,
                color="#6b6b6b",
                zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
    spokes = _Spokes(ax)
    if layout.by_organisation:
        for node in layout.nodes:
            spokes.add(
                node.angle,
                RING_RADIUS[node.ring],
                node.colour,
                node.dormant,
                _short(node.label, 20) + node.suffix,
                fontsize=6.5,
                gap=0.2,
            )
        spokes.draw(ax, s=[30 + 570 * math.sqrt(n.count / layout.biggest) for n in layout.nodes], alpha=0.85)
    else:
        fontsize = 8 if layout.size <= 40 else 7 if layout.size <= 90 else 6
        for node in layout.nodes:
            spokes.add(
                node.angle,
                RING_RADIUS[node.ring],
                node.colour,
                node.dormant,
                _short(node.label, 22),
                fontsize=fontsize,
                gap=0.14,
            )
        spokes.draw(ax, s=46 if layout.size <= 60 else 28)
    figure.suptitle(layout.title, fontsize=11, y=0.985, parse_math=False)  # a name like "$50k…" stays text
    _legend(ax, layout)
    use_glyph_fonts(figure)  # contacts' names in any installed script, as the cohort charts draw them
    return figure


def _legend(ax, layout: MapLayout) -> None:
    handles = [
        Line2D([], [], marker="o", ls="", color=colour, label=_short(sector, 22))
        for sector, colour in layout.colours.items()
    ]
    if layout.has_other:
        handles.append(Line2D([], [], marker="o", ls="", color=OTHER_COLOUR, label="other / no sector"))
    handles.append(
        Line2D([], [], marker="o", ls=(0, (3, 2)), color="#777777", mfc="white", label="dormant (silent > 1 year)")
    )
    legend = ax.legend(handles=handles, loc="lower left", fontsize=7, frameon=False, ncols=1, borderaxespad=0)
    for text in legend.get_texts():  # sector names are the participant's text, never maths
        text.set_parse_math(False)
