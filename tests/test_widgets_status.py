"""One status-message style (netkit.widgets.status): every form's "saved", "could not", "careful" and notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netkit.exercises.outreach.lint import Finding
from netkit.widgets import status
from netkit.widgets.outreach.view import findings_html

WIDGETS = Path(status.__file__).parent
#: A hand-made status message: an element whose whole style is a colour (what status() is for).
HAND_MADE = re.compile(r"<(?:span|p|div|code) style=['\"]color:[^;'\"]+['\"]>")


def _contrast(hex_colour: str) -> float:
    """WCAG contrast ratio of ``hex_colour`` on white."""
    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


@pytest.mark.parametrize("kind", sorted(status.COLOURS))
def test_each_kind_has_its_class_and_a_readable_colour(kind):
    """Does every kind carry its class and inline colour, with WCAG AA contrast on white?"""
    html = status.status(kind, "<b>x</b>", tag="p")
    assert html == (f"<p class='netkit-status netkit-status-{kind}' style='color:{status.COLOURS[kind]}'><b>x</b></p>")
    assert _contrast(status.COLOURS[kind]) >= 4.5, kind


def test_an_unknown_kind_is_refused():
    with pytest.raises(KeyError):
        status.status("shouty", "x")


def test_no_form_writes_a_status_colour_by_hand():
    """Is every coloured message in netkit/widgets made by status() (one style), none typed inline?"""
    hand_made = [
        f"{path.name}: {match.group(0)}"
        for path in sorted(WIDGETS.rglob("*.py"))
        if path.name != "status.py"
        for match in HAND_MADE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not hand_made, hand_made
    assert HAND_MADE.search("f\"<span style='color:{colour}'>{escape(text)}</span>\"")  # the check can fail


def test_lint_findings_mark_their_severity_in_the_status_style():
    """Are a finding's ⚠/ℹ marks status messages of the warning and info kinds?"""
    findings = [
        Finding(rule="r1", severity="warning", message="m1", fix="f1"),
        Finding(rule="r2", severity="info", message="m2", fix="f2"),
    ]
    html = findings_html(findings)
    assert status.warning("⚠") in html and status.status("info", "ℹ") in html
