"""The ego map: the participant in the middle, everyone they know on rings around them.

* one ring per closeness level (inner circle nearest, dormant outermost);
* colour by sector (the most common sectors get their own colour, the rest are grey);
* dormant ties are drawn hollow, on a dashed spoke;
* up to :data:`INDIVIDUAL_LIMIT` people each get a dot and a readable label;
* a bigger network (a 30,000-connection LinkedIn export) is drawn by organisation instead:
  on each ring, the organisations with the most contacts as bubbles sized by head count,
  plus how many more there are, so the picture stays readable and quick to draw.

Functions return a :class:`matplotlib.figure.Figure` built without pyplot (no global state,
nothing displayed); :func:`figure_png` turns one into PNG bytes for a widget or a file.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import warnings
from collections import Counter, defaultdict
from typing import Sequence

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, PathPatch
from matplotlib.path import Path
from matplotlib.textpath import text_to_path

from .contacts import RINGS, Contact, normalise, ring_label

__all__ = ["INDIVIDUAL_LIMIT", "ego_map", "figure_png", "sector_colours"]

INDIVIDUAL_LIMIT = 150
RING_RADIUS = {key: float(i) for i, key in enumerate(RINGS, start=1)}
BUBBLES_PER_RING = {"inner": 10, "close": 14, "regular": 18, "acquaintance": 26, "dormant": 20}
# Colour-blind-friendly qualitative palette (Okabe–Ito plus a few extra), grey for the rest.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#332288",
           "#117733", "#882255")
OTHER_COLOUR = "#9a9a9a"
CAPTION_GAP = math.radians(26)  # empty wedge at the top of the map where the ring captions go
NO_SECTOR = "(no sector given)"
NO_ORGANISATION = "(no organisation)"


def sector_colours(contacts: Sequence[Contact]) -> dict[str, str]:
    """The most common sectors -> a distinct colour each (others and 'no sector' are grey)."""
    counts = Counter(c.sector.strip() for c in contacts if c.sector.strip())
    return {sector: PALETTE[i] for i, (sector, _) in enumerate(counts.most_common(len(PALETTE)))}


def figure_png(figure: Figure, *, dpi: int = 90) -> bytes:
    """PNG bytes of ``figure`` (Agg, no pyplot)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def _base(participant: str, figsize: float) -> tuple[Figure, object]:
    figure = Figure(figsize=(figsize, figsize), layout=None)
    ax = figure.add_axes((0.02, 0.02, 0.96, 0.92))
    ax.set_aspect("equal")
    ax.axis("off")
    outer = RING_RADIUS["dormant"] + 1.6
    ax.set_xlim(-outer, outer)
    ax.set_ylim(-outer, outer)
    for key, radius in RING_RADIUS.items():
        ax.add_patch(Circle((0, 0), radius, fill=False, lw=0.8, ls=(0, (4, 3)) if key == "dormant" else "-",
                            ec="#c8c8c8", zorder=0))
    ax.add_patch(Circle((0, 0), 0.42, fc="#2a7ab0", ec="white", zorder=5))
    # The disc fits about eight characters: the first name, which the full title repeats in full.
    centre = _short((participant or "You").split()[0] if (participant or "").strip() else "You", 9)
    ax.text(0, 0, centre, parse_math=False, ha="center", va="center", color="white",
            fontsize=9 if len(centre) <= 6 else 7, fontweight="bold", zorder=6)
    return figure, ax


class _Labels:
    """Many small rotated labels drawn as ONE filled path (glyph outlines cached per character).

    Drawing 150 separate ``Text`` artists costs about 0.3 s of CPU in Agg; one compound path of
    the same glyphs costs about 0.03 s and looks the same at label sizes (kerning is the only
    thing lost). Labels hold no maths: ``$`` in a name is drawn as a dollar sign.
    """

    _font = FontProperties(family="DejaVu Sans")
    _glyphs: dict[str, tuple] = {}

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
                verts, codes, width = [], [], 0.0
            verts = np.asarray(verts, dtype=float).reshape(-1, 2) / text_to_path.FONT_SCALE
            glyph = cls._glyphs[char] = (verts, np.asarray(codes, dtype=np.uint8),
                                         width / cls._font.get_size_in_points())
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
            ax.add_artist(PathPatch(Path(np.concatenate(self.vertices), np.concatenate(self.codes)),
                                    fc=colour, ec="none", lw=0, zorder=4))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _angle(i: int, count: int, ring_index: int) -> float:
    """Spread ``count`` items round a ring, leaving a gap at the top for the ring captions;
    alternate rings are shifted by half a step so spokes do not line up."""
    span = 2 * math.pi - CAPTION_GAP
    step = span / count
    shift = 0.5 if ring_index % 2 else 0.0
    return math.pi / 2 + CAPTION_GAP / 2 + step * ((i + 0.5 + shift) % count if count > 1 else 0.5)


def _points_per_unit(ax) -> float:
    """How many typographic points one data unit spans (the axes are square and fixed)."""
    width_inches = ax.get_position().width * ax.figure.get_figwidth()
    low, high = ax.get_xlim()
    return width_inches * 72 / (high - low)


def _ring_caption(ax, key: str, count: int) -> None:
    radius = RING_RADIUS[key]
    ax.text(0, radius + 0.08, f"{ring_label(key)} · {count:,}", ha="center", va="bottom", fontsize=7,
            color="#6b6b6b", zorder=1,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})


def ego_map(contacts: Sequence[Contact], today: _dt.date | None = None, *, participant: str = "You",
            individual_limit: int = INDIVIDUAL_LIMIT, figsize: float = 9.0) -> Figure:
    """The ego map of ``contacts`` (people up to ``individual_limit``, organisations beyond)."""
    today = today or _dt.date.today()
    contacts = list(contacts)
    figure, ax = _base(participant, figsize)
    colours = sector_colours(contacts)
    owner = "Your" if participant.strip() in ("", "You") else f"{participant}'s"
    if len(contacts) <= individual_limit:
        _draw_people(ax, contacts, today, colours)
        title = f"{owner} network: {len(contacts)} {'person' if len(contacts) == 1 else 'people'}"
    else:
        _draw_organisations(ax, contacts, today, colours)
        title = (f"{owner} network: {len(contacts):,} people, "
                 "shown by organisation (largest groups on each ring)")
    figure.suptitle(title, fontsize=11, y=0.985, parse_math=False)  # a name like "$50k…" stays text
    _legend(ax, colours, has_other=any(not c.sector.strip() or c.sector.strip() not in colours for c in contacts))
    return figure


def _legend(ax, colours: dict[str, str], has_other: bool) -> None:
    handles = [Line2D([], [], marker="o", ls="", color=colour, label=_short(sector, 22))
               for sector, colour in colours.items()]
    if has_other:
        handles.append(Line2D([], [], marker="o", ls="", color=OTHER_COLOUR, label="other / no sector"))
    handles.append(Line2D([], [], marker="o", ls=(0, (3, 2)), color="#777777", mfc="white",
                          label="dormant (silent > 1 year)"))
    legend = ax.legend(handles=handles, loc="lower left", fontsize=7, frameon=False, ncols=1, borderaxespad=0)
    for text in legend.get_texts():  # sector names are the participant's text, never maths
        text.set_parse_math(False)


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

    def add(self, angle: float, radius: float, colour: str, dormant: bool, label: str, *,
            fontsize: float, gap: float) -> None:
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = radius * cos, radius * sin
        self.xs.append(x)
        self.ys.append(y)
        self.edges.append(colour)
        self.faces.append("white" if dormant else colour)
        (self.dashed if dormant else self.solid).append(((0.42 * cos, 0.42 * sin), (x, y)))
        degrees = math.degrees(angle) % 360
        flip = 90 < degrees < 270  # keep text upright on the left half
        self.labels.add(label, (radius + gap) * cos, (radius + gap) * sin, degrees - 180 if flip else degrees,
                        fontsize, right=flip)

    def draw(self, ax, **scatter) -> None:
        self.labels.draw(ax)
        ax.add_collection(LineCollection(self.solid, colors="#b9c7d3", linewidths=0.6, zorder=1))
        ax.add_collection(LineCollection(self.dashed, colors="#bbbbbb", linewidths=0.6, linestyles=(0, (3, 2)),
                                         zorder=1))
        if self.xs:
            ax.scatter(self.xs, self.ys, c=self.faces, edgecolors=self.edges, linewidths=1.4, zorder=3, **scatter)


def _ring_of(contact: Contact) -> str:
    return contact.ring if contact.ring in RING_RADIUS else "acquaintance"


def _draw_people(ax, contacts: list[Contact], today: _dt.date, colours: dict[str, str]) -> None:
    by_ring: dict[str, list[Contact]] = defaultdict(list)
    for contact in contacts:
        by_ring[_ring_of(contact)].append(contact)
    fontsize = 8 if len(contacts) <= 40 else 7 if len(contacts) <= 90 else 6
    spokes = _Spokes(ax)
    # One angle per person across all rings (grouped by sector, then ring): no two people share
    # a spoke, so labels on different rings never sit on top of each other.
    ring_order = {key: index for index, key in enumerate(RING_RADIUS)}
    everyone = sorted((c for members in by_ring.values() for c in members),
                      key=lambda c: (c.sector.casefold(), ring_order[_ring_of(c)], c.name.casefold()))
    slot = {id(c): i for i, c in enumerate(everyone)}
    for key, radius in RING_RADIUS.items():
        members = by_ring.get(key, [])
        _ring_caption(ax, key, len(members))
        for contact in members:
            spokes.add(_angle(slot[id(contact)], len(everyone), 0), radius,
                       colours.get(contact.sector.strip(), OTHER_COLOUR), contact.is_dormant(today),
                       _short(contact.name, 22), fontsize=fontsize, gap=0.14)
    spokes.draw(ax, s=46 if len(contacts) <= 60 else 28)


def _draw_organisations(ax, contacts: list[Contact], today: _dt.date, colours: dict[str, str]) -> None:
    groups: dict[tuple[str, str], list[Contact]] = defaultdict(list)
    spelling: dict[str, Counter] = defaultdict(Counter)
    for contact in contacts:
        key = normalise(contact.organisation)
        spelling[key][contact.organisation.strip() or NO_ORGANISATION] += 1
        groups[(_ring_of(contact), key)].append(contact)
    per_ring: dict[str, list[tuple[str, list[Contact]]]] = defaultdict(list)
    for (ring, key), members in groups.items():
        per_ring[ring].append((key, members))
    sizes: list[float] = []
    biggest = max(len(m) for m in groups.values())
    spokes = _Spokes(ax)
    for ring_index, (ring, radius) in enumerate(RING_RADIUS.items()):
        entries = sorted(per_ring.get(ring, []), key=lambda e: (-len(e[1]), e[0]))
        total = sum(len(m) for _, m in entries)
        _ring_caption(ax, ring, total)
        shown = entries[: BUBBLES_PER_RING[ring]]
        if not shown:
            continue
        rest = entries[len(shown):]
        if rest:
            ax.text(radius * math.cos(-math.pi / 2), -radius - 0.1,
                    f"+ {sum(len(m) for _, m in rest):,} more in {len(rest):,} organisations", ha="center",
                    va="top", fontsize=6.5, color="#6b6b6b", zorder=4,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
        for i, (key, members) in enumerate(shown):
            sector = Counter(c.sector.strip() for c in members if c.sector.strip()).most_common(1)
            colour = colours.get(sector[0][0], OTHER_COLOUR) if sector else OTHER_COLOUR
            dormant = sum(1 for c in members if c.is_dormant(today)) * 2 > len(members)
            name = spelling[key].most_common(1)[0][0]
            sizes.append(30 + 570 * math.sqrt(len(members) / biggest))
            spokes.add(_angle(i, len(shown), ring_index), radius, colour, dormant,
                       f"{_short(name, 20)} ({len(members):,})", fontsize=6.5, gap=0.2)
    spokes.draw(ax, s=sizes, alpha=0.85)
