"""The confidence check-in of exercise 3: how sure you feel about reaching out, before and after.

Even a coach who networks for a living still dreads each first message (seed 004); naming the
feeling on a 1–10 scale before the exercise, and again after making a plan, shows whether the
plan made the first step feel smaller. Pure: the chart is SVG with real text
(:mod:`netkit.svg`), no numpy or matplotlib.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netkit.svg import Svg, bar_rows

__all__ = ["HIGH", "LOW", "confidence_message", "confidence_svg", "level"]

LOW, HIGH = 1, 10


def level(value: Any) -> int | None:
    """A saved check-in value as an int in 1–10, or ``None`` when missing or unusable."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if LOW <= number <= HIGH else None


def confidence_message(before: Any, after: Any, gettext: Callable[[str], str] = str) -> str:
    """One encouraging sentence about the change (plain text), in the language of ``gettext`` (English by
    default; :func:`netkit.languages.gettext_for`)."""
    _ = gettext
    b, a = level(before), level(after)
    if b is None and a is None:
        return _("Choose a number under “Before” to say how confident you feel about reaching out today.")
    if a is None:
        return _("Before: {before}/10. Come back to “After” once your plan is made.").replace("{before}", str(b))
    if b is None:
        return _("After: {after}/10.").replace("{after}", str(a))
    if a > b:
        said = _(
            "From {before} to {after}: the plan made reaching out feel more doable. Keep the first step small and soon."
        )
    elif a == b:
        said = _(
            "Still {after}/10. That is normal: confidence tends to grow after the first replies, "
            "not before the first message."
        )
    else:
        said = _(
            "From {before} to {after}. Thinking it through can make the fear louder for a while; "
            "start with the person who feels easiest, and keep the first message short."
        )
    return said.replace("{before}", str(b)).replace("{after}", str(a))


def confidence_svg(before: Any, after: Any, gettext: Callable[[str], str] = str) -> str:
    """A small horizontal bar chart of the before/after check-in (missing values shown as 'not yet'), its words
    in the language of ``gettext`` (English by default)."""
    _ = gettext
    b, a = level(before), level(after)
    title = _("Confidence about reaching out (1–10)")
    width, label_width = 460, 80
    svg = Svg(width, 112, title=title, desc=confidence_message(before, after, gettext), max_width=width)
    svg.text(10, 20, title, size=14, font_weight="bold")
    bar_rows(
        svg,
        0,
        34,
        label_width=label_width,
        bar_width=width - label_width - 70,
        rows=[(_("Before"), b, "#5b8db3"), (_("After"), a, "#1f5f8b")],
        maximum=HIGH,
        size=14,
        row_height=34,
        value_text=lambda v: f"{v}/10" if v is not None else _("not yet"),
    )
    return svg.render()
