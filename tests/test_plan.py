"""The stay-in-touch plan: cadences, due dates, validation, calendar and printable exports."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from dateutil.relativedelta import relativedelta

from netkit.contacts.rhythms import CADENCES
from netkit.exceptions import InputError, NetkitError
from netkit.exercises.reflection import plan
from netkit.exercises.reflection.plan import PlanEntry, make_entry
from netkit.reminders_ics import calendar_bytes

TODAY = dt.date(2026, 3, 10)
HOSTILE = "<img src=x onerror=alert(1)>"
MONEY = "$50k … $70k"


def entry(person="Bo", closeness="close", cadence=None, step="", first=dt.date(2026, 3, 12)):
    return make_entry(person, closeness, cadence, step, first, today=TODAY)


# ------------------------------------------------------------------ cadence rules
def test_closer_ties_get_more_frequent_cadences():
    """Do the closest rings default to more frequent contact (inner < close < regular)?"""
    days = [CADENCES[plan.default_cadence(ring)].approx_days for ring in ("inner", "close", "regular")]
    assert days == sorted(days) and len(set(days)) == 3


@pytest.mark.parametrize(
    "ring, cadence",
    [
        ("inner", "fortnightly"),
        ("close", "monthly"),
        ("regular", "quarterly"),
        ("acquaintance", "bimonthly"),
        ("dormant", "quarterly"),
    ],
)
def test_default_cadence_per_ring(ring, cadence):
    """Is each ring's default cadence the one the plan promises?"""
    assert plan.default_cadence(ring) == cadence


def test_dormant_tie_starts_with_a_revival_message():
    """Does a dormant tie get a revival message as its default first step?"""
    e = entry(closeness="dormant")
    assert e.revival and "revival" in e.first_step
    assert not entry(closeness="close").revival


@pytest.mark.parametrize(
    "value, ring",
    [
        ("inner", "inner"),
        ("Inner circle", "inner"),
        ("CLOSE", "close"),
        ("wider", "regular"),
        ("Acquaintance", "acquaintance"),
        ("lost touch", "dormant"),
        (1, "inner"),
        (5, "dormant"),
        ("2", "close"),
        ("Dormant (lost touch)", "dormant"),
        ("??", None),
        (9, None),
        (None, None),
        (True, None),
    ],
)
def test_parse_closeness_is_tolerant(value, ring):
    """Are ring keys, labels, synonyms and numbers 1–5 understood, and junk refused?"""
    assert plan.parse_closeness(value) == ring


def test_participant_can_override_the_default_cadence():
    """Does a chosen cadence (key or label) win over the ring's default?"""
    assert entry(closeness="acquaintance", cadence="weekly").cadence == "weekly"
    assert entry(closeness="inner", cadence="every month").cadence == "monthly"


# ------------------------------------------------------------------ people from exercise 1
def test_people_from_contacts_reads_tolerantly():
    """Are contacts of exercise 1 read with whatever ring field they have, skipping junk and repeats?"""
    contacts = [
        {"name": "Ana Ruiz", "ring": "inner"},
        {"name": "  Ben  Ode ", "closeness": "Close"},
        {"name": "ana ruiz", "ring": "close"},
        {"ring": "inner"},
        "not a dict",
        {"name": "Cy", "ring": 42},
        {"name": "Di", "ring": "dormant", "organisation": "X"},
    ]
    people = plan.people_from_contacts(contacts)
    assert [(p.name, p.closeness) for p in people] == [
        ("Ana Ruiz", "inner"),
        ("Ben Ode", "close"),
        ("Cy", "close"),
        ("Di", "dormant"),
    ]
    assert plan.people_from_contacts(None) == [] and plan.people_from_contacts({"a": 1}) == []


# ------------------------------------------------------------------ validation
def test_empty_name_is_refused_with_a_clear_message():
    """Is a blank name refused with a message saying what to write?"""
    with pytest.raises(InputError) as info:
        make_entry("   ", "close", None, "", dt.date(2026, 3, 12), today=TODAY)
    assert "name" in str(info.value) and "How to fix" in str(info.value)
    assert isinstance(info.value, NetkitError)


def test_date_in_the_past_is_refused():
    """Is a first date before today refused (today itself is fine)?"""
    problems = plan.entry_problems("Bo", "close", None, dt.date(2026, 3, 9), today=TODAY)
    assert len(problems) == 1 and "in the past" in problems[0] and "9 Mar 2026" in problems[0]
    assert plan.entry_problems("Bo", "close", None, TODAY, today=TODAY) == []


def test_other_problems_are_all_listed():
    """Are a missing date, a bad date, a far date, unknown ring/cadence and a repeat each explained?"""
    assert any("Choose the date" in p for p in plan.entry_problems("Bo", today=TODAY))
    assert any("not a date" in p for p in plan.entry_problems("Bo", first_date="31/02/2026", today=TODAY))
    assert any("more than a year" in p for p in plan.entry_problems("Bo", first_date="2027-06-01", today=TODAY))
    problems = plan.entry_problems("Bo", "bestie", "hourly", "2026-03-12", today=TODAY)
    assert len(problems) == 2 and "closeness" in problems[0] and "cadence" in problems[1]
    repeat = plan.entry_problems("bo", "close", None, "2026-03-12", today=TODAY, existing=[entry()])
    assert "already in your plan" in repeat[0]
    assert any("shorten" in p for p in plan.entry_problems("x" * 200, first_date=TODAY, today=TODAY))


def test_make_entry_fills_blanks_and_tidies_spaces():
    """Do blanks get the ring's defaults, and an ISO date string become a date?"""
    e = make_entry("  Ana   Ruiz ", "", "", "  ", "2026-03-12", today=TODAY)
    assert e == PlanEntry("Ana Ruiz", "close", "monthly", plan.default_first_step("close"), dt.date(2026, 3, 12))


def test_plan_round_trips_through_json():
    """Does a plan saved as JSON come back the same?"""
    entries = [entry(), entry("Cy", "dormant", step=HOSTILE)]
    data = plan.plan_to_json(entries)
    assert data[0] == {
        "person": "Bo",
        "closeness": "close",
        "cadence": "monthly",
        "first_step": plan.default_first_step("close"),
        "first_date": "2026-03-12",
    }
    assert plan.plan_from_json(data) == (entries, [])


def test_plan_from_json_reports_unreadable_lines_and_keeps_old_dates():
    """Is a damaged saved line reported (not silently dropped), and an old date still restored?"""
    data = [
        {"person": "Old", "first_date": "2020-01-01"},
        {"person": "", "first_date": "2026-03-12"},
        {"person": "NoDate"},
        7,
    ]
    entries, problems = plan.plan_from_json(data)
    assert [e.person for e in entries] == ["Old"] and entries[0].cadence == "monthly"
    assert len(problems) == 3 and "NoDate" in problems[1]
    assert plan.plan_from_json({"x": 1})[1] and plan.plan_from_json(None) == ([], [])


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    "day, months, expected",
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2026, 11, 15), 3, dt.date(2027, 2, 15)),
        (dt.date(2026, 5, 31), -1, dt.date(2026, 4, 30)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    """Does moving by months (dateutil's relativedelta, which the plan uses directly) land on the last
    day of shorter months?"""
    assert day + relativedelta(months=months) == expected


def test_weekly_and_fortnightly_due_dates():
    """Are weekly and fortnightly ties due every 7 and 14 days from the first date?"""
    first = dt.date(2026, 3, 12)
    weekly = entry(cadence="weekly", first=first)
    fortnightly = entry(cadence="fortnightly", first=first)
    end = dt.date(2026, 4, 30)
    assert plan.due_dates(weekly, first, end)[:3] == [first, dt.date(2026, 3, 19), dt.date(2026, 3, 26)]
    assert plan.due_dates(fortnightly, first, end) == [
        first,
        dt.date(2026, 3, 26),
        dt.date(2026, 4, 9),
        dt.date(2026, 4, 23),
    ]
    assert plan.due_dates(weekly, end, first) == []


def test_monthly_tie_started_on_the_31st_is_due_every_month():
    """Does a monthly tie started on the 31st fall on the last day of short months instead of skipping them?"""
    e = make_entry("Bo", "close", "monthly", "", dt.date(2026, 3, 31), today=TODAY)
    assert plan.due_dates(e, dt.date(2026, 3, 1), dt.date(2026, 7, 31)) == [
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 31),
        dt.date(2026, 6, 30),
        dt.date(2026, 7, 31),
    ]


def test_quarterly_due_dates():
    """Is a quarterly tie due every three months?"""
    e = entry(closeness="regular", first=dt.date(2026, 3, 15))
    assert plan.due_dates(e, TODAY, dt.date(2027, 1, 1)) == [
        dt.date(2026, 3, 15),
        dt.date(2026, 6, 15),
        dt.date(2026, 9, 15),
        dt.date(2026, 12, 15),
    ]


def test_next_due_skips_past_occurrences():
    """Is 'next due' the first date on or after today?"""
    e = PlanEntry("Bo", "close", "monthly", "x", dt.date(2026, 1, 5))
    assert plan.next_due(e, TODAY) == dt.date(2026, 4, 5)
    assert plan.next_due(e, dt.date(2026, 4, 5)) == dt.date(2026, 4, 5)


# ------------------------------------------------------------------ this month
def test_due_this_month_lists_people_by_date_with_what_to_do():
    """Does 'this month' list each due date of the current month, first steps first time, ideas later?"""
    entries = [
        PlanEntry("Weekly Wu", "inner", "weekly", "Call Wu", dt.date(2026, 3, 3)),
        PlanEntry("Monthly Mo", "close", "monthly", "Write Mo", dt.date(2026, 3, 20)),
        PlanEntry("Quarterly Qi", "regular", "quarterly", "Hello Qi", dt.date(2026, 4, 2)),
        PlanEntry("Old Ola", "close", "monthly", "Write Ola", dt.date(2026, 1, 25)),
    ]
    due = plan.due_this_month(entries, TODAY)
    assert [(d.person, d.date.day) for d in due] == [
        ("Weekly Wu", 3),
        ("Weekly Wu", 10),
        ("Weekly Wu", 17),
        ("Monthly Mo", 20),
        ("Weekly Wu", 24),
        ("Old Ola", 25),
        ("Weekly Wu", 31),
    ]
    assert due[0].action == "Call Wu" and due[0].first and due[0].past
    assert not due[1].past  # today is still to do
    assert due[1].action.startswith("Keep in touch:") and not due[1].first
    assert due[3].action == "Write Mo"
    assert "Quarterly Qi" not in {d.person for d in due}


def test_due_this_month_handles_december():
    """Does the month end correctly at the turn of the year?"""
    e = PlanEntry("Bo", "inner", "weekly", "x", dt.date(2026, 12, 1))
    assert [d.date.day for d in plan.due_this_month([e], dt.date(2026, 12, 20))] == [1, 8, 15, 22, 29]


# ------------------------------------------------------------------ commitment
def test_commitment_statement_names_people_dates_and_silence():
    """Does the commitment name the people, this month's dates, and that no answer is not a refusal?"""
    text = plan.commitment_statement([entry(), entry("Cy", "inner", first=dt.date(2026, 3, 11))], TODAY, "Ada")
    assert text.startswith("I, Ada, will stay in touch with 2 people: Bo (every month); Cy (every two weeks).")
    assert "Bo on Thu 12 Mar 2026" in text and "Cy on Wed 11 Mar 2026" in text
    assert "not take it as a refusal" in text


def test_commitment_statement_when_nobody_is_due_this_month():
    """With nobody due this month, does the commitment name the next step instead?"""
    text = plan.commitment_statement([entry(first=dt.date(2026, 4, 2))], TODAY)
    assert text.startswith("I will stay in touch with one person")
    assert "next step is Bo on Thu 2 Apr 2026" in text
    assert "Add at least one person" in plan.commitment_statement([], TODAY)


# ------------------------------------------------------------------ calendar
def _events(entries):
    cal = icalendar.Calendar.from_ical(calendar_bytes(plan.to_reminders(entries)))
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_rrule_per_cadence_in_the_ics_parsed_back():
    """Does every cadence come back from the .ics as the right FREQ and INTERVAL?"""
    entries = [make_entry(f"P {key}", "close", key, "", dt.date(2026, 3, 12), today=TODAY) for key in CADENCES]
    events = _events(entries)
    for key, cadence in CADENCES.items():
        rule = events[f"Stay in touch: P {key}"]["RRULE"]
        assert rule["FREQ"] == [cadence.freq] and rule["INTERVAL"] == [cadence.interval]
        assert events[f"Stay in touch: P {key}"].decoded("DTSTART") == dt.date(2026, 3, 12)


def test_month_end_rule_in_the_ics():
    """Does a monthly tie on the 31st carry the last-day-of-month rule?"""
    e = make_entry("Bo", "close", "monthly", "", dt.date(2026, 3, 31), today=TODAY)
    rule = _events([e])["Stay in touch: Bo"]["RRULE"]
    assert rule["BYMONTHDAY"] == [28, 29, 30, 31] and rule["BYSETPOS"] == [-1]
    assert plan.rrule_for("weekly", dt.date(2026, 3, 31)) == {"FREQ": "WEEKLY", "INTERVAL": 1}


def test_dormant_tie_gets_one_revival_then_the_rhythm():
    """Is a dormant tie one non-repeating revival event, then a recurring one a cadence later?"""
    e = make_entry("Cy", "dormant", None, "", dt.date(2026, 3, 31), today=TODAY)
    events = _events([e])
    revival = events["Reconnect with Cy"]
    assert "RRULE" not in revival and revival.decoded("DTSTART") == dt.date(2026, 3, 31)
    rhythm = events["Stay in touch: Cy"]
    assert rhythm.decoded("DTSTART") == dt.date(2026, 6, 30)
    assert rhythm["RRULE"]["FREQ"] == ["MONTHLY"] and rhythm["RRULE"]["INTERVAL"] == [3]
    # The calendar and the workbook agree on the dates.
    assert plan.due_dates(e, e.first_date, dt.date(2026, 12, 31))[1:3] == [dt.date(2026, 6, 30), dt.date(2026, 9, 30)]


def test_reminder_uids_are_stable_per_person():
    """Does re-exporting a changed plan keep each person's UID (so calendars update, not duplicate)?"""
    a = plan.to_reminders([entry(first=dt.date(2026, 3, 12))])[0]
    b = plan.to_reminders([entry(cadence="weekly", first=dt.date(2026, 3, 20))])[0]
    c = plan.to_reminders([entry("Cy")])[0]
    assert a.uid == b.uid != c.uid


def test_hostile_text_survives_the_calendar_literally():
    """Does hostile or dollar text come back unchanged from the .ics?"""
    e = entry(MONEY, step=HOSTILE)
    event = _events([e])[f"Stay in touch: {MONEY}"]
    assert HOSTILE in str(event["DESCRIPTION"])


# ------------------------------------------------------------------ printable plan
def test_plan_html_escapes_hostile_text_and_dollars():
    """Is every user string escaped in the printable plan (no tag, no MathJax dollars)?"""
    entries = [entry(HOSTILE, step=MONEY), entry("Cy", step=HOSTILE)]
    html = plan.plan_html(entries, TODAY, name=HOSTILE, reflections=[("Q?", MONEY + "\n" + HOSTILE)], confidence=(3, 8))
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "$" not in html
    assert "&#36;50k … &#36;70k" in html


def test_plan_html_is_self_contained_and_printable():
    """Is the plan one HTML file with print CSS and no external resources?"""
    html = plan.plan_html([entry()], TODAY, name="Ada", confidence=(4, None))
    assert html.lower().startswith("<!doctype html>") and "@media print" in html and "@page" in html
    local = html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # a namespace name, not a download
    for external in ("<link", "<script", "src=", "http://", "https://"):
        assert external not in local
    assert "Who to contact in March 2026" in html and "Before: <b>4</b>/10" in html
    assert "My reflections" not in html  # nothing answered, no empty section


def test_plan_prints_to_pdf_from_the_browser_with_the_confidence_chart():
    """Does the printable plan offer the browser's print (hidden on paper) and hold the check-in as SVG,
    with $50k … $70k and markup kept literal?"""
    html = plan.plan_html([entry(MONEY, step=HOSTILE)], TODAY, name="Ada", confidence=(4, 7))
    assert "window.print()" in html and ".noprint { display: none; }" in html
    assert html.count("<svg") == 1 and "7/10" in html and 'role="img"' in html
    assert "&#36;" in html and "$50k" not in html and "<img" not in html


def test_the_rrule_is_icalendars_recurrence_and_dateutil_reads_its_text():
    """Is the rule an icalendar.vRecur whose text is what the .ics carries, what from_ical reads back,
    and what dateutil turns into the workbook's dates (month ends included)?"""
    e = make_entry("Bo", "close", "monthly", "", dt.date(2026, 3, 31), today=TODAY)
    rule = plan.rrule_for("monthly", e.first_date)
    assert isinstance(rule, icalendar.vRecur)
    text = rule.to_ical().decode()
    assert text == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
    assert f"RRULE:{text}\r\n" in calendar_bytes(plan.to_reminders([e])).decode()
    assert icalendar.vRecur.from_ical(text) == {
        "FREQ": ["MONTHLY"],
        "INTERVAL": [1],
        "BYMONTHDAY": [28, 29, 30, 31],
        "BYSETPOS": [-1],
    }
    assert plan.due_dates(e, e.first_date, dt.date(2026, 6, 30)) == [
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 31),
        dt.date(2026, 6, 30),
    ]
    assert plan.rrule_for("fortnightly", e.first_date).to_ical() == b"FREQ=WEEKLY;INTERVAL=2"
