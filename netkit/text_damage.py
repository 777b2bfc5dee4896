"""Damage in decoded text: UTF-8 already misread as Windows-1252 (mojibake) and control characters.

Decoding (:mod:`netkit.textfile`) cannot repair text that was damaged before the file was saved, so
these checks point at the line (and column) for the person to fix. :mod:`netkit.textfile`
re-exports them.
"""

from __future__ import annotations

import re
import unicodedata

from netkit.exceptions import InputError
from netkit.languages import N_, Nn_, Said

__all__ = ["BIDI_CONTROLS", "find_control", "mojibake", "mojibake_warnings", "refuse_control"]

# Two to four characters that are the Windows-1252/Latin-1 reading of one UTF-8 character.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)


def _undo_mojibake(fragment: str) -> str | None:
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = fragment.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != fragment:
            return repaired
    return None


def mojibake(text: str) -> list[tuple[int, str, str]]:
    """(line, damaged text, what it should read) for each line that holds UTF-8 read as Windows-1252."""
    found: list[tuple[int, str, str]] = []
    if not _MOJIBAKE.search(text):
        return found
    for number, line in enumerate(text.splitlines(), start=1):
        for match in _MOJIBAKE.finditer(line):
            repaired = _undo_mojibake(match.group())
            if repaired:
                found.append((number, match.group(), repaired))
                break
    return found


def mojibake_warnings(text: str, where: str) -> list[Said]:
    """The warning for a person when ``text`` holds mojibake (first damaged line, and how many more), to be said
    in their language."""
    found = mojibake(text)
    if not found:
        return []
    line, damaged, repaired = found[0]
    values = {"where": where, "line": str(line), "damaged": repr(damaged), "repaired": repr(repaired)}
    if len(found) == 1:
        message = N_(
            "{where}, line {line}: {damaged} looks like {repaired} damaged by a wrong encoding before this file was "
            "saved. Export it again from the original program as UTF-8, or fix those names."
        )
        return [Said.of(message, **values)]
    plural = Nn_(
        "{where}, line {line}: {damaged} looks like {repaired} damaged by a wrong encoding before this file was "
        "saved (and {count} more line). Export it again from the original program as UTF-8, or fix those names.",
        "{where}, line {line}: {damaged} looks like {repaired} damaged by a wrong encoding before this file was "
        "saved (and {count} more lines). Export it again from the original program as UTF-8, or fix those names.",
    )
    return [Said.of(plural, count=len(found) - 1, **values)]


#: Bidirectional embeddings, overrides and isolates: invisible, they make text display in another
#: order than it is stored ("Ada\u202egpj.exe" shows as "Adaexe.jpg"). The ordinary direction
#: marks (U+200E, U+200F, U+061C) that right-to-left names may carry are not among them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def find_control(text: str) -> tuple[int, int, str] | None:
    """(line, column, character name) of the first control character other than tab and line
    breaks, or bidirectional control (:data:`BIDI_CONTROLS`)."""
    for number, line in enumerate(text.splitlines(), start=1):
        for column, char in enumerate(line, start=1):
            if char not in "\t" and (unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS):
                if char in BIDI_CONTROLS:
                    return number, column, f"U+{ord(char):04X}, a bidirectional control"
                return number, column, "NUL" if char == "\x00" else f"U+{ord(char):04X}"
    return None


def refuse_control(text: str, where: str, error: type[InputError] = InputError) -> None:
    """Raise ``error`` with line and column when ``text`` holds NUL or another control character."""
    found = find_control(text)
    if found:
        line, column, name = found
        raise error(
            f"this line holds a control character ({name}) that cannot be part of a name or answer",
            where=where,
            line=line,
            column=column,
            fix="delete it (it is invisible in most editors: retype that cell), or export the file again",
        )
