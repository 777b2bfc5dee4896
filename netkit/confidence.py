"""The confidence check-in of exercise 3: how sure you feel about reaching out, before and after.

Even a coach who networks for a living still dreads each first message (seed 004); naming the
feeling on a 1–10 scale before the exercise, and again after making a plan, shows whether the
plan made the first step feel smaller. Pure: the chart is a :class:`matplotlib.figure.Figure`
built without pyplot (no global state, nothing displayed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["HIGH", "LOW", "confidence_figure", "confidence_message", "level"]

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


def confidence_message(before: Any, after: Any) -> str:
    """One encouraging sentence about the change (plain text)."""
    b, a = level(before), level(after)
    if b is None and a is None:
        return "Choose a number under “Before” to say how confident you feel about reaching out today."
    if a is None:
        return f"Before: {b}/10. Come back to “After” once your plan is made."
    if b is None:
        return f"After: {a}/10."
    if a > b:
        return f"From {b} to {a}: the plan made reaching out feel more doable. Keep the first step small and soon."
    if a == b:
        return (f"Still {a}/10. That is normal: confidence tends to grow after the first replies, "
                "not before the first message.")
    return (f"From {b} to {a}. Thinking it through can make the fear louder for a while; "
            "start with the person who feels easiest, and remember silence is not a no.")


def confidence_figure(before: Any, after: Any) -> "Figure":
    """A small horizontal bar chart of the before/after check-in (missing values shown as 'not yet')."""
    from matplotlib.figure import Figure

    b, a = level(before), level(after)
    fig = Figure(figsize=(4.2, 1.5), dpi=100)
    ax = fig.add_subplot()
    labels = ["Before", "After"]
    values = [b or 0, a or 0]
    colours = ["#9bb7cc", "#2a7ab0"]
    ax.barh(labels, values, color=colours, height=0.55)
    for y, value in enumerate((b, a)):
        text = f"{value}/10" if value is not None else "not yet"
        ax.text((value or 0) + 0.15, y, text, va="center", fontsize=9, parse_math=False)
    ax.set_xlim(0, HIGH + 1.2)
    ax.set_xticks(range(0, HIGH + 1, 2))
    ax.invert_yaxis()
    ax.set_title("Confidence about reaching out (1–10)", fontsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)
    # Fixed margins: tight_layout costs ~4x the drawing itself, and this runs on every slider move.
    fig.subplots_adjust(left=0.16, right=0.97, top=0.82, bottom=0.17)
    return fig
