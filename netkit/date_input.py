"""One reading of "a day", for every module handed a date, a datetime or ISO text.

The answers store keeps days as ISO text (``"2026-12-03"``), outbox entries keep a creation
time (``"2026-12-03T10:15:00+00:00"``), widgets hand over :class:`datetime.date` objects and
older answers may hold a :class:`datetime.datetime`. :func:`as_date` turns each of them into a
:class:`datetime.date` the same way everywhere:

=====================================  =====================================================
value                                  day
=====================================  =====================================================
``None``, ``""``, only spaces          ``None`` (no day given)
a :class:`~datetime.date`              itself
a :class:`~datetime.datetime`          its own calendar day (a time zone is kept, not
                                       converted: 23:30 at +02:00 is still that day)
``"2026-12-03"``                       that day
``"2026-12-03T10:15:00+00:00"``        the day written (the first ten characters; the
                                       time after them is not read, like the datetime case)
anything else (``"soon"``, ``12``)     :class:`NotADate` (a :class:`ValueError`) saying
                                       how to write a day
=====================================  =====================================================

:func:`maybe_date` is the forgiving twin for values a participant may have left half-typed:
``None`` instead of the error.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

__all__ = ["NotADate", "as_date", "maybe_date"]


class NotADate(ValueError):
    """A value that should be a day is not one (the message says how to write it)."""


def as_date(value: Any) -> _dt.date | None:
    """The day ``value`` names, ``None`` when it is empty; :class:`NotADate` for anything else (see the table)."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):  # before date: a datetime is a date too
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return _dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise NotADate(f"{value!r} is not a date: write it as year-month-day, for example 2026-12-03")


def maybe_date(value: Any) -> _dt.date | None:
    """Like :func:`as_date`, but ``None`` for a value that is not a day (a half-typed or damaged field)."""
    try:
        return as_date(value)
    except NotADate:
        return None
