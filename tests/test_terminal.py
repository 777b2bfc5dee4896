"""Names printed to the coach's terminal carry no escape sequence or control character."""

from __future__ import annotations

import itertools

import pytest

from netkit.terminal import LINE_EVERY_SECONDS, ProgressLines, is_terminal, printable

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


# --------------------------------------------------------------------------- progress in a log
class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("total", "seconds_each", "most"),
    [
        (5000, 0.001, 0),  # a quick render: 5 s in all, not one line
        (5000, 0.01, 5),  # 50 s: a line every 10 s at most
        (200, 30.0, 10),  # a slow execution (100 min): a line every 10 % at most
        (3, 60.0, 3),  # three long items: each step is over 10 % and over 10 s
    ],
)
def test_progress_lines_come_at_most_every_10_percent_and_10_seconds(total, seconds_each, most):
    """Does ProgressLines write a line only once 10 % more is done and 10 s have passed, so a log gets a
    handful of lines whatever the cohort's size and pace?"""
    import io

    stream, clock = io.StringIO(), Clock()
    bar = ProgressLines(total, "prepare", "workbook", stream=stream, clock=clock)
    for _ in range(total):
        clock.now += seconds_each
        bar.update(1)
    bar.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == bar.lines <= most
    if most:
        assert len(lines) == most and lines[-1] == f"prepare: {total}/{total} workbooks (100%)"
    for earlier, later in itertools.pairwise(lines):
        assert int(later.split("(")[1].rstrip("%)")) - int(earlier.split("(")[1].rstrip("%)")) >= 10
    assert LINE_EVERY_SECONDS == 10


def test_is_terminal_is_false_for_a_file_or_a_closed_stream(tmp_path):
    """Is a log file, a closed stream or an object with no isatty taken as no terminal?"""
    with open(tmp_path / "log", "w") as handle:
        assert not is_terminal(handle)
    assert not is_terminal(handle)  # closed: isatty raises ValueError
    assert not is_terminal(object())  # type: ignore[arg-type]
