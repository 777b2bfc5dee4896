"""One reading of a day (netkit.date_input): the edge cases every caller relies on."""

from __future__ import annotations

import datetime as dt

import pytest

from netkit.date_input import NotADate, as_date, maybe_date

THU = dt.date(2026, 12, 3)


def test_parse_day_is_forgiving():
    """Are dates, datetimes and ISO strings read, and junk ignored? (was followups.parse_day)"""
    assert maybe_date("2026-12-03T10:00:00") == THU
    assert maybe_date(dt.datetime(2026, 12, 3, 10)) == THU
    assert maybe_date("") is None and maybe_date("soon") is None and maybe_date(None) is None


@pytest.mark.parametrize(
    "value",
    [
        THU,
        "2026-12-03",
        " 2026-12-03\n",
        "2026-12-03T10:15:00+00:00",
        "2026-12-03T23:30:00-11:00",
        "2026-12-03 00:00:00",  # Excel's re-saved ISO date
        dt.datetime(2026, 12, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2026, 12, 3, 0, 5, tzinfo=dt.UTC),
    ],
)
def test_every_spelling_of_the_same_day(value):
    """Do a date, a datetime (with or without a time zone) and ISO text all give the day written?"""
    assert as_date(value) == THU
    assert maybe_date(value) == THU


def test_a_datetime_with_a_time_zone_keeps_its_own_day():
    """Is an aware datetime's day its own wall-clock day, never converted (the same as its ISO text)?"""
    late = dt.datetime(2026, 12, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert as_date(late) == THU == as_date(late.isoformat())
    assert late.astimezone(dt.UTC).date() == dt.date(2026, 12, 4)  # what a conversion would have said


@pytest.mark.parametrize("value", [None, "", "   "])
def test_nothing_given_is_none(value):
    """Is an empty field 'no day', not an error, for both readings?"""
    assert as_date(value) is None and maybe_date(value) is None


@pytest.mark.parametrize("value", ["soon", "2026-13-01", "2026-02-30", "03/12/2026", "12", 20261203, 3.5, [], {}])
def test_garbage_is_a_clear_error_or_none(value):
    """Does as_date refuse what is not a day with a message saying how to write one, and maybe_date give None?"""
    with pytest.raises(NotADate, match=r"is not a date: write it as year-month-day, for example 2026-12-03"):
        as_date(value)
    assert maybe_date(value) is None


def test_the_error_is_a_value_error():
    """Do callers that catch ValueError (the contacts file reader) still catch it?"""
    assert issubclass(NotADate, ValueError)
