"""Text for the coach's terminal: names come from rosters, manifests and hubs, so they may hold
escape sequences that recolour, retitle or rewrite the screen (``\\x1b]0;…``, ``\\x1b[2J``) or
control characters that hide text (``\\r``, backspace, bidi overrides).

:func:`printable` is the one helper every command's output goes through (error messages,
render summaries and refusals, collect warnings, delivery summaries).

:class:`ProgressLines` is how progress shows where nobody watches a terminal (a log file, CI, a
scheduler): a plain line now and then instead of a redrawn bar.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections.abc import Callable
from typing import TextIO

__all__ = ["LINE_EVERY_FRACTION", "LINE_EVERY_SECONDS", "ProgressLines", "is_terminal", "printable"]

#: :class:`ProgressLines` writes a line only once this much more of the work is done …
LINE_EVERY_FRACTION = 0.10
#: … and at least this many seconds have passed since its last line (or since the start).
LINE_EVERY_SECONDS = 10.0

# ESC-introduced sequences: CSI (colours, cursor moves), OSC (titles, hyperlinks; ended by BEL or
# ESC \), and the two-character forms; the C1 CSI/OSC introducers U+009B / U+009D likewise.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-Z\\-_]?"
)
# Format characters that reorder or hide what is shown (bidi embeddings, overrides, isolates).
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"), None)


def printable(text: object) -> str:
    """``text`` without terminal escape sequences, control characters or bidi overrides.

    Line breaks are kept (messages have a "How to fix" line); tabs become spaces; everything
    else of category ``Cc`` is dropped. Letters of every script and emoji are kept as they are.
    """
    text = _ESCAPES.sub("", str(text)).translate(_BIDI).replace("\t", " ").replace("\r\n", "\n")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def is_terminal(stream: TextIO | None = None) -> bool:
    """Whether ``stream`` (default: stderr, where progress goes) is a terminal someone watches."""
    stream = sys.stderr if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


class ProgressLines:
    """Progress for a log, not a screen: ``"prepare: 1500/5000 workbooks (30%)"`` on a line of its own.

    A redrawn bar (tqdm's) in a log file is a line per redraw, hundreds for a large cohort. This
    writes a line only when at least :data:`LINE_EVERY_FRACTION` more is done *and* at least
    :data:`LINE_EVERY_SECONDS` have passed since the last line: a render of a few seconds writes
    none, an hour-long execution about ten. Once it has written a line, ``close`` writes where the
    work ended (so a log never stops at "80%"). Same ``update``/``close`` as a tqdm bar.
    """

    def __init__(
        self,
        total: int,
        desc: str = "",
        unit: str = "item",
        *,
        stream: TextIO | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.total, self.desc, self.unit = total, desc, unit
        self.stream, self.clock = stream, clock
        self.done = 0
        self.lines = 0
        self._last_done = 0
        self._last_time = self._now()

    def update(self, n: int = 1) -> None:
        self.done += n
        if not self.total or (self.done - self._last_done) / self.total < LINE_EVERY_FRACTION:
            return
        now = self._now()
        if now - self._last_time >= LINE_EVERY_SECONDS:
            self._last_time = now
            self._write()

    def _now(self) -> float:
        return (self.clock or time.monotonic)()  # (looked up now, so a test can set the time)

    def close(self) -> None:
        if self.lines and self.done != self._last_done:
            self._write()

    def _write(self) -> None:
        self._last_done = self.done
        self.lines += 1
        stream = sys.stderr if self.stream is None else self.stream
        label = f"{self.desc}: " if self.desc else ""
        percent = 100 * self.done // self.total
        print(f"{label}{self.done}/{self.total} {self.unit}s ({percent}%)", file=stream, flush=True)
