"""Text for the coach's terminal: names come from rosters, manifests and hubs, so they may hold
escape sequences that recolour, retitle or rewrite the screen (``\\x1b]0;…``, ``\\x1b[2J``) or
control characters that hide text (``\\r``, backspace, bidi overrides).

:func:`printable` is the one helper every command's output goes through (error messages,
render summaries and refusals, collect warnings, delivery summaries).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["printable"]

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
