"""The take-home handout and the files made fresh for "Download everything"."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
import zipfile

import icalendar

from netkit.store.answers import AnswersStore
from netkit.workbook.handout import FOLLOWUPS_NAME, HANDOUT_NAME, MAP_NAME, PLAN_CALENDAR_NAME, handout_files
from netkit.workbook.takehome import build_archive

TODAY = dt.date(2026, 11, 24)
HOSTILE = "<img src=x onerror=alert(1)> $50k … $70k </script>"

ANSWERS = {
    "network.contacts": [
        {"id": "c1", "name": "Kim Park", "organisation": "Acme", "ring": "close", "could_offer": HOSTILE},
        {"id": "c2", "name": HOSTILE, "organisation": "Globex", "ring": "dormant"},
    ],
    "outreach.outbox": [
        {
            "id": "m1",
            "contact": "Kim Park",
            "situation": "informational-interview",
            "text": "Hi Kim,\nWould you have 20 minutes? " + HOSTILE,
            "created": "2026-11-20T10:00:00",
            "sent_on": "2026-11-20",
            "replied_on": None,
        },
        {
            "id": "m2",
            "contact": "Lee",
            "situation": "thank-you",
            "text": "Thank you!",
            "created": "2026-11-21T10:00:00",
            "sent_on": None,
            "replied_on": None,
        },
    ],
    "reflection.answers.regret": "Not keeping in touch " + HOSTILE,
    "reflection.plan": [
        {
            "person": "Kim Park",
            "closeness": "close",
            "cadence": "monthly",
            "first_step": "Send the article",
            "first_date": "2026-11-30",
        }
    ],
    "reflection.confidence.before": 3,
    "reflection.confidence.after": 7,
}


def test_handout_holds_every_exercise_escaped():
    """Does the printable page show the network, the messages and the plan, with user text escaped?"""
    page = handout_files(ANSWERS, name="Ana <b>", today=TODAY)[HANDOUT_NAME].decode("utf-8")
    for expected in (
        "Kim Park",
        "Acme",
        "Would you have 20 minutes?",
        "Not keeping in touch",
        "Send the article",
        "before 3",
        "after 7",
        "Ana &lt;b&gt;",
        "<svg",
        "What the map shows",
    ):
        assert expected in page, expected
    assert "<img src=x" not in page and "</script>" not in page and "$50k" not in page
    assert "one nudge on 2026-11-27, then try a second person there from 2026-12-04" in page


def test_map_and_calendars_are_made_when_there_is_data():
    """Are the map SVG, the follow-up calendar and the plan calendar produced and valid?"""
    files = handout_files(ANSWERS, today=TODAY)
    assert ET.fromstring(files[MAP_NAME]).tag == "{http://www.w3.org/2000/svg}svg" and MAP_NAME.endswith(".svg")
    follow = icalendar.Calendar.from_ical(files[FOLLOWUPS_NAME])
    assert len(list(follow.walk("VEVENT"))) == 2
    plan = icalendar.Calendar.from_ical(files[PLAN_CALENDAR_NAME])
    assert any("rrule" in event for event in plan.walk("VEVENT"))


def test_empty_answers_give_only_a_friendly_page():
    """With nothing done yet, is there just a page saying so (no empty map or calendars)?"""
    files = handout_files({}, today=TODAY)
    assert set(files) == {HANDOUT_NAME}
    assert "No contacts mapped yet" in files[HANDOUT_NAME].decode("utf-8")


def test_download_everything_contains_fresh_map_calendars_and_handout(tmp_path):
    """Does the take-home zip hold the handout, map and calendars made from the current answers?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.update(ANSWERS)
    (tmp_path / MAP_NAME).write_bytes(b"stale picture")
    archive = build_archive(store, name="Ana", today=TODAY)
    with zipfile.ZipFile(io.BytesIO(archive.data)) as zf:
        names = zf.namelist()
        assert {HANDOUT_NAME, MAP_NAME, FOLLOWUPS_NAME, PLAN_CALENDAR_NAME} <= set(names)
        assert names.count(MAP_NAME) == 1
        assert zf.read(MAP_NAME).startswith(b"<svg") and b"Kim Park" in zf.read(MAP_NAME)
        assert "Kim Park" in zf.read(HANDOUT_NAME).decode("utf-8")


def test_the_follow_ups_skip_the_workshop_countrys_holidays():
    """Given the workshop's country (or the profile's), do the handout and followups.ics skip its holidays?"""
    answers = {**ANSWERS, "outreach.outbox": [{**ANSWERS["outreach.outbox"][0], "sent_on": "2026-12-23"}]}
    files = handout_files(answers, today=TODAY, country="GB")
    page = files[HANDOUT_NAME].decode()
    assert "one nudge on 2027-01-04" in page and "public holidays in the United Kingdom are skipped" in page
    events = icalendar.Calendar.from_ical(files[FOLLOWUPS_NAME]).walk("VEVENT")
    assert sorted(e.decoded("dtstart") for e in events) == [dt.date(2027, 1, 4), dt.date(2027, 1, 11)]
    from_profile = handout_files({**answers, "start.profile": {"name": "Ada", "country": "GB"}}, today=TODAY)
    assert from_profile[FOLLOWUPS_NAME].count(b"DTSTART") == 2 and b"20270104" in from_profile[FOLLOWUPS_NAME]
    plain = handout_files(answers, today=TODAY)[HANDOUT_NAME].decode()
    assert "one nudge on 2026-12-30" in plain and "no country is set" in plain
    wrong = handout_files(answers, today=TODAY, country="XX")[HANDOUT_NAME].decode()
    assert "one nudge on 2026-12-30" in wrong and "is not a country" in wrong
