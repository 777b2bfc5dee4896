"""The before/after confidence check-in."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from netkit.exercises.reflection.confidence import confidence_message, confidence_svg, level

NS = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    "value, expected", [(1, 1), (10, 10), ("7", 7), (0, None), (11, None), (None, None), ("x", None), (True, None)]
)
def test_level_accepts_only_one_to_ten(value, expected):
    """Is a saved value outside 1–10 (or not a number) treated as not given?"""
    assert level(value) == expected


def test_message_reacts_to_the_change():
    """Does the message tell apart more, same, less and not-yet-answered?"""
    assert "more doable" in confidence_message(3, 7)
    assert "Still 5/10" in confidence_message(5, 5)
    assert "person who feels easiest" in confidence_message(7, 4)
    assert "Come back" in confidence_message(4, None)
    assert "under “Before”" in confidence_message(None, None)


def test_chart_is_svg_with_both_bars_and_their_values_as_text():
    """Is the chart well-formed SVG with a bar for before and after, each value written as text?"""
    root = ET.fromstring(confidence_svg(3, 8))
    widths = [float(r.get("width")) for r in root.iter(f"{NS}rect")]
    assert len(widths) == 2 and widths[1] / widths[0] == pytest.approx(8 / 3)
    texts = ["".join(t.itertext()) for t in root.iter(f"{NS}text")]
    assert "3/10" in texts and "8/10" in texts
    assert root.get("role") == "img" and "more doable" in root.find(f"{NS}desc").text


def test_chart_says_not_yet_for_a_missing_after():
    """Is a missing 'after' shown as 'not yet' rather than as a zero-length bar with a number?"""
    root = ET.fromstring(confidence_svg(4, None))
    assert len(list(root.iter(f"{NS}rect"))) == 1
    assert "not yet" in ["".join(t.itertext()) for t in root.iter(f"{NS}text")]
