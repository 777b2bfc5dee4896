"""Follow-up dates for sent messages, and the calendar file that holds them.

Silence is not a no: people postpone or miss messages far more often than they refuse
(after Jude's *My number one career regret*). So a sent message gets gentle follow-up
dates — by default 3 and 7 business days after it was sent — until a reply is recorded.

An outbox entry (answers key ``outreach.outbox`` holds a list of them) is a dict::

    {"id": "…", "contact": "Ana Souza", "situation": "informational-interview",
     "text": "…", "created": "2026-12-03T10:15:00+00:00",
     "sent_on": "2026-12-03" | None, "replied_on": "2026-12-05" | None}
"""

from __future__ import annotations

import datetime as _dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from .calendar import Reminder, business_days_after, calendar_bytes, write_calendar

__all__ = ["DEFAULT_OFFSETS", "FollowUp", "ICS_NAME", "followup_dates", "followups", "followups_ics",
           "new_outbox_entry", "parse_day", "reminders", "write_followups"]

DEFAULT_OFFSETS = (3, 7)
ICS_NAME = "followups.ics"
CALENDAR_NAME = "netkit follow-ups"


@dataclass(frozen=True)
class FollowUp:
    """One follow-up: which message, to whom, on which day, the how-many-th."""

    entry_id: str
    contact: str
    situation: str
    day: _dt.date
    number: int
    business_days: int

    def reminder(self) -> Reminder:
        return Reminder(
            title=f"Follow up with {self.contact} (if no reply yet)",
            start=self.day,
            description=(f"{self.business_days} business days since your message ({self.situation}). "
                         "No reply is not a no: people get busy. Send one short, friendly nudge, and "
                         "thank them either way. If they already replied, delete this event."),
            uid=f"{self.entry_id}-followup-{self.number}@netkit")


def parse_day(value: Any) -> _dt.date | None:
    """A date from a date, a datetime or an ISO string; None for anything empty or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def followup_dates(sent_on: _dt.date | str, offsets: Iterable[int] = DEFAULT_OFFSETS) -> list[_dt.date]:
    """The follow-up days ``offsets`` business days after ``sent_on`` (weekends skipped)."""
    day = parse_day(sent_on)
    if day is None:
        return []
    return [business_days_after(day, n) for n in sorted(set(int(n) for n in offsets if int(n) > 0))]


def followups(outbox: Iterable[Mapping[str, Any]], offsets: Iterable[int] = DEFAULT_OFFSETS) -> list[FollowUp]:
    """Every follow-up due for sent messages that have no recorded reply, soonest first."""
    offsets = tuple(offsets)
    out = []
    for entry in outbox:
        if not isinstance(entry, Mapping) or parse_day(entry.get("replied_on")) is not None:
            continue
        sent = parse_day(entry.get("sent_on"))
        if sent is None:
            continue
        entry_id = str(entry.get("id") or f"{entry.get('contact', '')}-{sent.isoformat()}")
        for number, n in enumerate(sorted(set(o for o in offsets if o > 0)), start=1):
            out.append(FollowUp(entry_id=entry_id, contact=str(entry.get("contact") or "your contact"),
                                situation=str(entry.get("situation") or "message"),
                                day=business_days_after(sent, n), number=number, business_days=n))
    out.sort(key=lambda f: (f.day, f.contact))
    return out


def reminders(outbox: Iterable[Mapping[str, Any]], offsets: Iterable[int] = DEFAULT_OFFSETS) -> list[Reminder]:
    """The follow-ups as calendar reminders."""
    return [f.reminder() for f in followups(outbox, offsets)]


def followups_ics(outbox: Iterable[Mapping[str, Any]], offsets: Iterable[int] = DEFAULT_OFFSETS) -> bytes:
    """An .ics calendar (Google Calendar, Outlook, Apple Calendar) of the follow-ups."""
    return calendar_bytes(reminders(outbox, offsets), name=CALENDAR_NAME)


def write_followups(folder: str | Path, outbox: Iterable[Mapping[str, Any]],
                    offsets: Iterable[int] = DEFAULT_OFFSETS) -> Path:
    """Write ``followups.ics`` into the participant's folder (atomically)."""
    return write_calendar(Path(folder) / ICS_NAME, reminders(outbox, offsets), name=CALENDAR_NAME)


def new_outbox_entry(contact: str, situation: str, text: str, *, now: _dt.datetime | None = None,
                     contact_id: str | None = None) -> dict[str, Any]:
    """A fresh outbox entry (not yet sent)."""
    now = now or _dt.datetime.now(_dt.timezone.utc)
    entry = {"id": uuid.uuid4().hex[:12], "contact": contact, "situation": situation, "text": text,
             "created": now.isoformat(timespec="seconds"), "sent_on": None, "replied_on": None}
    if contact_id:
        entry["contact_id"] = contact_id
    return entry
