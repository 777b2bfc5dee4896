"""The one rule for a profile field that holds a list ("Target organisations", "Target sectors").

A participant or a sign-up sheet writes a list as "Khan Academy; Coursera" or "Khan Academy, Coursera",
one per line in a text box, or as a JSON list. An organisation's own name may hold a comma ("Acme, Inc."),
so when the text has a semicolon or a line break, those separate the items and commas stay inside them;
only a text with neither is split on commas. The roster, the workbook's map and findings, the paper
worksheets, the e-mails and the slides all split with :func:`split_list`, so "Acme, Inc.; Initech" is two
organisations everywhere. Which fields hold a list is said by the profile's field table
(:data:`netkit.profile.PROFILE_FIELDS`, ``is_list``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["join_list", "split_list"]

_STRONG = re.compile(r"[;\n]")


def split_list(text: str | Iterable[str] | None) -> list[str]:
    """The items of a list field, trimmed, spaces collapsed, empty ones dropped, in order (duplicates kept:
    callers that need them unique fold them their own way)."""
    if not text:
        return []
    if isinstance(text, str):
        parts: Iterable[str] = _STRONG.split(text) if _STRONG.search(text) else text.split(",")
    else:
        parts = (str(item) for item in text)
    return [item for item in (" ".join(part.split()).strip(",").strip() for part in parts) if item]


def join_list(items: Iterable[str]) -> str:
    """The items as one line a reader (and :func:`split_list`) takes back as the same items: joined with
    ", ", or with "; " when an item holds a comma ("Acme, Inc.; Initech", never "Acme, Inc., Initech")."""
    items = list(items)
    return ("; " if any("," in item for item in items) else ", ").join(items)
