"""Follow-up dates after a sent message, and their calendar file."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from netkit.exercises.outreach.followups import (
    entry_asks,
    followup_dates,
    followups,
    followups_ics,
    new_outbox_entry,
    write_followups,
)

THU = dt.date(2026, 12, 3)


def sent(contact="Ana Souza", day="2026-12-03", replied=None, entry_id="e1"):
    return {
        "id": entry_id,
        "contact": contact,
        "situation": "informational-interview",
        "text": "Hi",
        "created": "2026-12-03T09:00:00+00:00",
        "sent_on": day,
        "replied_on": replied,
    }


def test_follow_ups_skip_weekends():
    """Are the nudge and the move-on 5 and 10 business days later, skipping weekends?"""
    assert followup_dates(THU) == [dt.date(2026, 12, 10), dt.date(2026, 12, 17)]
    assert followup_dates("2026-12-03", offsets=(1,)) == [dt.date(2026, 12, 4)]
    assert followup_dates(dt.date(2026, 12, 4), offsets=(1,)) == [dt.date(2026, 12, 7)]  # Friday -> Monday


def test_only_sent_unanswered_messages_get_follow_ups():
    """Do drafts and replied messages get no follow-ups, and sent ones a nudge and a move-on, soonest first?"""
    outbox = [
        sent(entry_id="a", day="2026-12-07", contact="Bo"),
        sent(entry_id="b"),
        {**sent(entry_id="c"), "sent_on": None},
        sent(entry_id="d", replied="2026-12-04"),
        "garbage",
        {"sent_on": "not a date"},
    ]
    due = followups(outbox)
    assert [(f.entry_id, f.day) for f in due] == [
        ("b", dt.date(2026, 12, 10)),
        ("a", dt.date(2026, 12, 14)),
        ("b", dt.date(2026, 12, 17)),
        ("a", dt.date(2026, 12, 21)),
    ]


def test_calendar_imports_with_stable_uids():
    """Is the .ics valid, all-day, with one stable UID per follow-up (re-import updates, not duplicates)?"""
    data = followups_ics([sent()])
    cal = icalendar.Calendar.from_ical(data)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 2
    assert events[0].decoded("dtstart") == dt.date(2026, 12, 10)
    assert "Ana Souza" in str(events[0]["summary"])
    assert "one short, friendly nudge" in str(events[0]["description"])
    assert "second person" in str(events[1]["description"])
    assert [str(e["uid"]) for e in events] == ["e1-followup-1@netkit", "e1-followup-2@netkit"]
    again = icalendar.Calendar.from_ical(followups_ics([sent()]))
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == [str(e["uid"]) for e in events]


def test_write_followups_into_the_participant_folder(tmp_path):
    """Is followups.ics written into the participant's folder?"""
    path = write_followups(tmp_path, [sent()])
    assert path == tmp_path / "followups.ics"
    assert b"BEGIN:VCALENDAR" in path.read_bytes()


def test_new_outbox_entry_shape():
    """Does a new outbox entry hold the documented keys, unsent?"""
    entry = new_outbox_entry("Ana", "thank-you", "Thanks!", contact_id="c1")
    assert {"id", "contact", "situation", "text", "created", "sent_on", "replied_on", "contact_id"} == set(entry)
    assert entry["sent_on"] is None


def test_only_messages_that_ask_get_follow_ups():
    """Does a thank-you, a decline or a no-ask share get no reminder to chase, while an ask does?"""
    outbox = [
        {**sent(entry_id=s), "situation": s}
        for s in ("thank-you", "decline-referral", "share-no-ask", "informational-interview", "coach-own-gone")
    ]
    outbox.append({**sent(entry_id="flag"), "situation": "informational-interview", "asks": False})
    assert sorted({f.entry_id for f in followups(outbox)}) == ["coach-own-gone", "informational-interview"]


def test_the_second_reminder_says_try_someone_else_at_the_organisation_not_chase():
    """After one nudge, does the calendar suggest a second person at that organisation?"""
    entry = {**sent(), "organisation": "Acme"}
    nudge, move_on = followups([entry])
    assert nudge.is_nudge and "one short, friendly nudge" in nudge.advice
    assert not move_on.is_nudge and "second person at Acme" in move_on.advice and "Don't chase" in move_on.advice


@pytest.mark.parametrize("situation", ["reconnect", "congratulate", "share-no-ask", "kind-decline"])
def test_no_ask_messages_schedule_no_follow_up_even_when_an_old_entry_said_they_asked(situation):
    """Does a reconnect, congratulations, a share or a decline get no nudge, even saved with asks=True?"""
    entry = {"id": "e1", "contact": "Ana", "situation": situation, "sent_on": "2026-12-01", "asks": True}
    assert not entry_asks(entry)
    assert followups([entry]) == []
    asking = {**entry, "situation": "informational-interview"}
    assert len(followups([asking])) == 2
