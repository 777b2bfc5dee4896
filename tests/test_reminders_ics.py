"""Calendar files import into Google Calendar and Outlook."""

from __future__ import annotations

import datetime as dt

import icalendar

from netkit.business_days import business_days_after
from netkit.reminders_ics import Reminder, calendar_bytes, write_calendar


def test_business_days_skip_weekends():
    """Are follow-ups counted in working days (Friday + 3 = Wednesday)?"""
    friday = dt.date(2026, 11, 27)
    assert business_days_after(friday, 3) == dt.date(2026, 12, 2)
    assert business_days_after(friday, 7) == dt.date(2026, 12, 8)
    assert business_days_after(friday, 0) == friday


def test_calendar_parses_back_with_rrule_and_stable_uids(tmp_path):
    """Does the .ics parse back with all-day dates, RRULE, and the same UID each time?"""
    reminders = [
        Reminder("Call Zoë <b>", dt.date(2026, 12, 1), "line\nbreak, comma; semi", {"FREQ": "MONTHLY"}),
        Reminder("Follow up", dt.date(2026, 12, 3)),
    ]
    path = write_calendar(tmp_path / "x.ics", reminders)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Call Zoë <b>", "Follow up"]
    assert events[0].decoded("dtstart") == dt.date(2026, 12, 1)
    assert str(events[0]["description"]) == "line\nbreak, comma; semi"
    assert events[0]["rrule"]["FREQ"] == ["MONTHLY"]
    assert "rrule" not in events[1]
    again = icalendar.Calendar.from_ical(calendar_bytes(reminders))
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == [str(e["uid"]) for e in events]
    assert cal["version"] == "2.0" and "PRODID" in cal
