"""Dates as contact exports write them, with day-first or month-first decided once per file.

LinkedIn writes ``03 Jan 2023`` (and wrote ``1/8/18, 6:14 PM`` in 2018 and ``19-Aug-15`` before),
Outlook and Google write the computer's local format (``12/31/2020`` or ``31.12.2020``), Excel
re-saves as ISO ``2023-01-03`` or ``2023-01-03 00:00:00``. Spelled-out months are read by
``python-dateutil``; all-digit dates are read here, because ``03/04/2020`` means two different
days and the choice must be the same for every row of a file: :func:`date_order` looks at every
date in the file's column and decides (a ``31/12/2020`` anywhere settles it), and the import
report says which order was used and why.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable

from netkit.languages import N_

__all__ = ["DateOrder", "date_order", "parse_date"]

_NUMERIC = re.compile(r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})(?![\d/.\-])")
_DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})[\s\-/.]+(?P<month>[A-Za-z]{3,9})\.?[\s\-/.,]+(?P<year>\d{4}|\d{2})$")
_MONTH_DAY = re.compile(r"^(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DEFAULT_A = _dt.datetime(1904, 2, 29)
_DEFAULT_B = _dt.datetime(1999, 11, 3)


class DateOrder(str):
    """``"day-first"`` or ``"month-first"``, with ``reason`` saying how it was decided (in English; ``message`` and
    ``values`` are what it was filled from, so the import report can say it in the participant's language)."""

    reason: str = ""
    message: str = ""
    values: dict[str, str]

    @classmethod
    def make(cls, order: str, message: str, **values: str) -> DateOrder:
        value = cls(order)
        value.message, value.values = message, values
        value.reason = message.format(**values)
        return value

    @property
    def dayfirst(self) -> bool:
        return self == "day-first"


def _year(text: str) -> int:
    number = int(text)
    if len(text) <= 2:
        number += 2000 if number < 70 else 1900
    return number


@functools.lru_cache(maxsize=16384)
def parse_date(text: str, dayfirst: bool | None = None) -> _dt.date:
    """A date from any spelling above; ``ValueError`` when it is not a whole date.

    An all-digit date that fits both orders (``03/04/2020``) needs ``dayfirst``; without it the
    date is refused rather than guessed. Cached: an export repeats the same dates many times.
    """
    value = text.strip()
    match = _NUMERIC.match(value)
    if match:
        first, second, third = match.groups()
        if len(first) == 4:
            return _dt.date(int(first), int(second), int(third))
        a, b = int(first), int(second)
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif dayfirst is None:
            raise ValueError(f"{text!r} could be day-first or month-first")
        else:
            day, month = (a, b) if dayfirst else (b, a)
        return _dt.date(_year(third), month, day)
    if not value or not re.search(r"\d", value):
        raise ValueError(f"not a date: {text!r}")
    named = _DAY_MONTH.match(value) or _MONTH_DAY.match(value)
    if named and named.group("month").casefold() in _MONTHS:  # LinkedIn's 03 Jan 2023: no dateutil needed
        return _dt.date(_year(named.group("year")), _MONTHS[named.group("month").casefold()], int(named.group("day")))
    from dateutil import parser  # imported here: only spelled-out months pay for it

    try:
        one = parser.parse(value, default=_DEFAULT_A, dayfirst=bool(dayfirst))
        two = parser.parse(value, default=_DEFAULT_B, dayfirst=bool(dayfirst))
    except (ValueError, OverflowError, parser.ParserError) as exc:
        raise ValueError(f"not a date: {text!r}") from exc
    if one.date() != two.date():  # a part was missing and filled from the default
        raise ValueError(f"not a whole date (day, month and year): {text!r}")
    return one.date()


def date_order(values: Iterable[tuple[int, str]], default: str) -> DateOrder:
    """Day-first or month-first for a whole file, from (line, date text) pairs.

    A date whose first number is over 12 proves day-first, one whose second number is over 12
    proves month-first. With no proof the ``default`` for the export's maker is used, and the
    reason says it was not proven; with proof both ways the file is mixed, the default is kept,
    and only the dates that fit one order are read for sure.
    """
    day_proof = month_proof = None
    for line, text in values:
        match = _NUMERIC.match(text or "")
        if not match or len(match.group(1)) == 4:
            continue
        a, b = int(match.group(1)), int(match.group(2))
        if a > 12 >= b and day_proof is None:
            day_proof = (line, text.strip())
        elif b > 12 >= a and month_proof is None:
            month_proof = (line, text.strip())
    if day_proof and not month_proof:
        return DateOrder.make(
            "day-first",
            N_("{text} on line {line} can only be day-first"),
            text=repr(day_proof[1]),
            line=str(day_proof[0]),
        )
    if month_proof and not day_proof:
        return DateOrder.make(
            "month-first",
            N_("{text} on line {line} can only be month-first"),
            text=repr(month_proof[1]),
            line=str(month_proof[0]),
        )
    if day_proof and month_proof:
        return DateOrder.make(
            default,
            N_("the file mixes both orders ({day} on line {day_line}, {month} on line {month_line}); check the dates"),
            day=repr(day_proof[1]),
            day_line=str(day_proof[0]),
            month=repr(month_proof[1]),
            month_line=str(month_proof[0]),
        )
    return DateOrder.make(default, N_("no date in the file settles it; this is how the export's maker writes them"))
