"""Names printed to the coach's terminal carry no escape sequence or control character."""

from __future__ import annotations

import pytest

from netkit.terminal import printable

HOSTILE = [
    ("Eve\x1b]0;pwned\x07", "Eve"),  # retitle the terminal window
    ("\x1b[2J\x1b[HEve", "Eve"),  # clear the screen
    ("\x1b[31mRed\x1b[0m", "Red"),  # colours
    ("\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # a hidden hyperlink
    ("Ada\rMallory", "AdaMallory"),  # carriage return overwriting the line
    ("Ada\x08\x08\x08Bob", "AdaBob"),  # backspaces
    ("\u202eevil\u202c.txt", "evil.txt"),  # a bidi override
    ("\x9b31mC1\x9d0;t\x9c", "C1"),  # 8-bit CSI / OSC introducers
    ("Ada\x00Bob\x7f", "AdaBob"),  # NUL and DEL
    ("Ada\tLovelace", "Ada Lovelace"),
]


@pytest.mark.parametrize("text, shown", HOSTILE)
def test_escapes_and_controls_are_stripped(text, shown):
    """Is every escape sequence and control character removed, the readable text kept?"""
    assert printable(text) == shown


def test_every_script_and_line_breaks_are_kept():
    """Are letters of every script, emoji (with joiners) and line breaks kept as they are?"""
    text = "王小明 · Zoë · 김민준 · 👩‍👩‍👧\n  How to fix: …"
    assert printable(text) == text
