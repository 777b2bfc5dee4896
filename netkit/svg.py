"""The one place SVG is written: a tiny builder whose every text and attribute is escaped.

The participant's pictures (ego map, give-and-ask chart, summary, confidence check-in) are SVG
with real ``<text>``: the browser's own fonts draw every script (CJK, Arabic, emoji), screen
readers read the labels, and nothing needs numpy, matplotlib or a font file on the server, so
the same code runs in the browser-only (Pyodide) mode. Pure Python, no dependencies beyond
markupsafe (through :func:`netkit.markup.escape_attr`: plain XML escaping, never markup).

Text widths are *estimated* (a wide CJK character is 1 em, other characters about 0.58 em):
enough to size the picture and to abbreviate long labels, never used for anything exact.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable

from netkit.markup import escape_attr as escape

__all__ = ["Svg", "abbreviate", "abbreviate_name", "bar_rows", "text_width"]

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif, 'Noto Color Emoji'"
TEXT_COLOUR = "#222222"
MUTED = "#595959"  # 7:1 on white (WCAG AA for small text needs 4.5:1)


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def _attrs(attrs: dict) -> str:
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(f' {name}="{escape(_number(value) if isinstance(value, (int, float)) else value)}"')
    return "".join(out)


def _char_width(char: str) -> float:
    if unicodedata.combining(char) or char in "\u200d\ufe0f":
        return 0.0
    if unicodedata.east_asian_width(char) in "WF" or ord(char) >= 0x1F000:
        return 1.0
    return 0.58


def text_width(text: str, size: float) -> float:
    """Estimated width of ``text`` at font ``size`` (user units)."""
    return sum(_char_width(char) for char in text) * size


def abbreviate(text: str, max_width: float, size: float) -> str:
    """``text`` cut to fit ``max_width`` at ``size``, with "…"; never splits a mark or emoji sequence."""
    text = " ".join(str(text).split())
    if text_width(text, size) <= max_width:
        return text
    budget, used, end = max_width - 0.6 * size, 0.0, 0
    for index, char in enumerate(text):
        used += _char_width(char) * size
        if used > budget:
            break
        end = index + 1
    while end and (
        text[end - 1] == "\u200d"
        or (end < len(text) and (unicodedata.combining(text[end]) or text[end] in "\u200d\ufe0f"))
    ):
        end -= 1  # never leave a letter without its mark, or half an emoji sequence
    return text[:end].rstrip() + "…"


def abbreviate_name(name: str, max_width: float, size: float) -> str:
    """A person's or organisation's name fitted to ``max_width``: middle words first become initials
    ("Maximiliana Person Number 12" -> "Maximiliana P. N. 12"), so names that share a beginning stay
    distinguishable; only then is the end cut with "…"."""
    name = " ".join(str(name).split())
    words = name.split(" ")
    if text_width(name, size) > max_width and len(words) > 2:
        middle = [w[0] + "." if w[0].isalpha() else w for w in words[1:-1]]
        name = " ".join([words[0], *middle, words[-1]])
    return abbreviate(name, max_width, size)


class Svg:
    """An SVG document built element by element; :meth:`render` returns the markup.

    ``title`` and ``desc`` become the picture's accessible name and description
    (``role="img"``, ``aria-labelledby``); ``max_width`` caps the width on very wide screens,
    below which the picture fills its container (viewBox, responsive).
    """

    def __init__(
        self,
        width: float,
        height: float,
        *,
        title: str,
        desc: str = "",
        max_width: int | None = None,
        css_class: str = "netkit-picture",
    ):
        self.width, self.height = width, height
        self.title, self.desc = title, desc
        self.max_width = max_width
        self.css_class = css_class
        self.parts: list[str] = []

    def add(self, tag: str, text: str | None = None, *, title: str | None = None, **attrs) -> None:
        """One element; ``text`` (escaped) inside it, ``title`` as its tooltip/accessible name."""
        inner = (f"<title>{escape(title)}</title>" if title else "") + (str(escape(text)) if text is not None else "")
        self.parts.append(f"<{tag}{_attrs(attrs)}>{inner}</{tag}>" if inner else f"<{tag}{_attrs(attrs)}/>")

    def open(self, tag: str = "g", *, title: str | None = None, **attrs) -> None:
        self.parts.append(f"<{tag}{_attrs(attrs)}>" + (f"<title>{escape(title)}</title>" if title else ""))

    def close(self, tag: str = "g") -> None:
        self.parts.append(f"</{tag}>")

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 14,
        colour: str = TEXT_COLOUR,
        anchor: str = "start",
        title: str | None = None,
        **attrs,
    ) -> None:
        self.add(
            "text",
            text,
            title=title,
            x=x,
            y=y,
            font_size=size,
            fill=colour,
            text_anchor=None if anchor == "start" else anchor,
            **attrs,
        )

    def render(self) -> str:
        digest = hashlib.sha1("\x00".join((self.title, self.desc, *self.parts)).encode("utf-8")).hexdigest()[:10]
        ids = f"netkit-{digest}"
        style = "width:100%;height:auto;display:block" + (f";max-width:{self.max_width}px" if self.max_width else "")
        head = (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="{escape(self.css_class)} tex2jax_ignore '
            f'mathjax_ignore" viewBox="0 0 {_number(float(self.width))} {_number(float(self.height))}" '
            f'width="100%" preserveAspectRatio="xMidYMin meet" style="{style}" role="img" '
            f'aria-labelledby="{ids}-t{" " + ids + "-d" if self.desc else ""}" '
            f'font-family="{escape(FONT)}">'
            f'<title id="{ids}-t">{escape(self.title)}</title>'
            + (f'<desc id="{ids}-d">{escape(self.desc)}</desc>' if self.desc else "")
        )
        return head + "".join(self.parts) + "</svg>"


def bar_rows(
    svg: Svg,
    x: float,
    y: float,
    *,
    label_width: float,
    bar_width: float,
    rows: Iterable[tuple[str, int | None, str]],
    maximum: float,
    size: float = 14,
    row_height: float = 26,
    value_text=lambda v: f"{v:,}",
) -> float:
    """Labelled horizontal bars from (``x``, ``y``): one row per (label, value, colour).

    Long labels are abbreviated (the full label is the row's tooltip); each bar carries its
    value as text, so the chart reads without colour. Returns the y below the last row.
    """
    for label, value, colour in rows:
        short = abbreviate(label, label_width - 8, size)
        length = 0.0 if not value or maximum <= 0 else bar_width * value / maximum
        svg.open("g", title=f"{label}: {value_text(value)}")
        svg.text(x + label_width - 8, y + row_height / 2, short, size=size, anchor="end", dominant_baseline="central")
        if length:
            svg.add("rect", x=x + label_width, y=y + 4, width=length, height=row_height - 8, fill=colour)
        svg.text(
            x + label_width + length + 6,
            y + row_height / 2,
            value_text(value),
            size=size,
            colour=MUTED,
            dominant_baseline="central",
        )
        svg.close("g")
        y += row_height
    return y
