"""The before/after confidence check-in."""

from __future__ import annotations

import io

import pytest
from matplotlib.figure import Figure

from netkit.confidence import confidence_figure, confidence_message, level


@pytest.mark.parametrize("value, expected", [(1, 1), (10, 10), ("7", 7), (0, None), (11, None), (None, None),
                                             ("x", None), (True, None)])
def test_level_accepts_only_one_to_ten(value, expected):
    """Is a saved value outside 1–10 (or not a number) treated as not given?"""
    assert level(value) == expected


def test_message_reacts_to_the_change():
    """Does the message tell apart more, same, less and not-yet-answered?"""
    assert "more doable" in confidence_message(3, 7)
    assert "Still 5/10" in confidence_message(5, 5)
    assert "silence is not a no" in confidence_message(7, 4)
    assert "Come back" in confidence_message(4, None)
    assert "under “Before”" in confidence_message(None, None)


def test_chart_is_a_figure_with_both_bars():
    """Is the chart a plain Figure (no pyplot) with a bar for before and after?"""
    fig = confidence_figure(3, 8)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    widths = [patch.get_width() for patch in ax.patches]
    assert widths == [3, 8]
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["3/10", "8/10"]


def test_chart_says_not_yet_for_a_missing_after():
    """Is a missing 'after' shown as 'not yet' rather than as zero?"""
    fig = confidence_figure(4, None)
    assert [t.get_text() for t in fig.axes[0].texts] == ["4/10", "not yet"]
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")
