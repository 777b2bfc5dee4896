"""Calendar files (.ics) for follow-ups and stay-in-touch reminders, via ``icalendar``.

Events are all-day, so they land on the right day in any time zone and import into Google
Calendar, Outlook and Apple Calendar alike. A recurring reminder carries an RRULE as
``icalendar``'s recurrence type, :class:`icalendar.vRecur` (``vRecur(FREQ="MONTHLY")``,
``vRecur(FREQ="WEEKLY", INTERVAL=2)``…; a plain mapping of the same parts is turned into one).
UIDs are stable, so importing an updated file updates events instead of duplicating them.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netkit.atomic import atomic_write_bytes

__all__ = ["PRODID", "Reminder", "calendar_bytes", "write_calendar"]

PRODID = "-//netkit//coaching workbook//EN"


@dataclass(frozen=True)
class Reminder:
    """One calendar entry: an all-day event on ``start``, optionally repeating."""

    title: str
    start: _dt.date
    description: str = ""
    rrule: Mapping[str, Any] = field(default_factory=dict)  # an icalendar.vRecur, or its parts; empty: once
    uid: str = ""

    def stable_uid(self) -> str:
        if self.uid:
            return self.uid
        digest = hashlib.sha256(f"{self.title}\x00{self.start.isoformat()}".encode()).hexdigest()[:20]
        return f"{digest}@netkit"


def calendar_bytes(reminders: Iterable[Reminder], *, name: str = "netkit reminders") -> bytes:
    """An RFC 5545 calendar holding ``reminders``."""
    import icalendar  # here, not at the top: ~0.1 s that no form needs before a calendar is made

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    for reminder in reminders:
        event = icalendar.Event()
        event.add("uid", reminder.stable_uid())
        event.add("dtstamp", stamp)
        event.add("summary", reminder.title)
        event.add("dtstart", reminder.start)
        event.add("dtend", reminder.start + _dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        if reminder.description:
            event.add("description", reminder.description)
        if reminder.rrule:
            event.add("rrule", icalendar.vRecur(reminder.rrule))
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(path: str | Path, reminders: Iterable[Reminder], *, name: str = "netkit reminders") -> Path:
    """Write an .ics file atomically."""
    return atomic_write_bytes(path, calendar_bytes(reminders, name=name))
