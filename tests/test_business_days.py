"""Business days with the workshop country's public holidays (the `holidays` package), on real dates."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from netkit.business_days import (
    WEEKENDS_ONLY,
    business_days_after,
    checked_country,
    country_setting,
    working_days,
)
from netkit.exceptions import InputError
from netkit.exercises.outreach.followups import followup_dates, followups, followups_ics

WED_23_DEC_2026 = dt.date(2026, 12, 23)


def test_a_message_sent_before_christmas_in_gb_skips_the_bank_holidays():
    """Sent on Wed 23 Dec 2026 in GB: do 25 Dec, Boxing Day (observed Mon 28) and 1 Jan not count?"""
    assert followup_dates(WED_23_DEC_2026, country="GB") == [dt.date(2027, 1, 4), dt.date(2027, 1, 11)]
    assert working_days("GB").holiday_name(dt.date(2026, 12, 28)) == "Boxing Day (observed)"
    # The default, weekends only, is what netkit did before: 25 and 28 Dec count.
    assert followup_dates(WED_23_DEC_2026) == [dt.date(2026, 12, 30), dt.date(2027, 1, 6)]
    assert followup_dates(WED_23_DEC_2026, country="") == followup_dates(WED_23_DEC_2026, country=WEEKENDS_ONLY)


def test_whit_monday_counts_in_germany_not_in_gb():
    """Whit Monday 2027 (17 May) is a public holiday in Germany; GB's bank holiday is a fortnight later."""
    friday = dt.date(2027, 5, 14)
    assert business_days_after(friday, 1, "DE") == dt.date(2027, 5, 18)
    assert business_days_after(friday, 1, "GB") == dt.date(2027, 5, 17)
    assert working_days("DE").holiday_name(dt.date(2027, 5, 17)) == "Pentecost Monday"


def test_a_region_adds_its_own_holidays():
    """Corpus Christi (Thu 4 Jun 2026) is a holiday in Bavaria, not in Berlin nor Germany-wide."""
    wednesday = dt.date(2026, 6, 3)
    assert business_days_after(wednesday, 1, "DE-BY") == dt.date(2026, 6, 5)
    assert business_days_after(wednesday, 1, "DE-BE") == dt.date(2026, 6, 4)
    assert business_days_after(wednesday, 1, "DE") == dt.date(2026, 6, 4)


def test_thanksgiving_in_the_us():
    """Is Thanksgiving (Thu 26 Nov 2026) skipped for a US workshop?"""
    assert business_days_after(dt.date(2026, 11, 25), 1, "US") == dt.date(2026, 11, 27)
    assert business_days_after(dt.date(2026, 11, 25), 1) == dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("GB", "GB"),
        (" gb ", "GB"),
        ("UK", "GB"),
        ("GBR", "GB"),
        ("United Kingdom", "GB"),
        ("germany", "DE"),
        ("de-by", "DE-BY"),
        ("DE / BY", "DE-BY"),
        ("US-California", "US-CA"),
        ("gb-sct", "GB-SCT"),
        ("", ""),
        (None, ""),
        ("   ", ""),
    ],
)
def test_the_setting_is_kept_one_way(typed, kept):
    """Are codes in any case, three-letter codes, English names and regions kept as CODE or CODE-REGION?"""
    assert country_setting(typed) == kept


@pytest.mark.parametrize("typed, said", [("XX", "'XX' is not a country"), ("Narnia", "'Narnia' is not a country")])
def test_an_unknown_country_says_where_and_how_to_fix_it(typed, said):
    """Does an unknown code name the place it was set and say how to write one (no traceback)?"""
    with pytest.raises(InputError) as caught:
        country_setting(typed, where="--country")
    message = caught.value.message
    assert message.startswith("--country: ") and said in message
    assert "GB, DE, US" in message and "DE-BY" in message and "leave it empty" in message


def test_an_unknown_region_lists_the_ones_there_are():
    """Does a region the country lacks say which regions there are?"""
    with pytest.raises(InputError, match=r"'ZZ' is not a region of Germany") as caught:
        country_setting("DE-ZZ")
    assert "BY" in caught.value.fix and "BE" in caught.value.fix


def test_a_form_falls_back_to_weekends_only_and_says_why():
    """Does checked_country give a usable setting and the reason, for a form that must keep working?"""
    assert checked_country("de") == ("DE", "")
    setting, problem = checked_country("XX", where="the workbook's country parameter")
    assert setting == WEEKENDS_ONLY
    assert problem.startswith("the workbook's country parameter: 'XX'") and "weekends only" in problem


def test_the_rule_in_words():
    """Does the rule say which days are skipped, and that no holiday is when no country is set?"""
    assert working_days("GB").rule == "weekends and public holidays in the United Kingdom are skipped"
    assert working_days("DE-BY").rule == "weekends and public holidays in Germany (BY) are skipped"
    assert "no country is set" in working_days("").rule


def test_the_calendar_file_carries_the_holiday_dates_and_says_why():
    """Do the .ics follow-ups fall on the holiday-aware days and say which days were skipped?"""
    outbox = [
        {"id": "m1", "contact": "Ana", "situation": "informational-interview", "sent_on": "2026-12-23", "asks": True}
    ]
    assert [f.day for f in followups(outbox, country="GB")] == [dt.date(2027, 1, 4), dt.date(2027, 1, 11)]
    cal = icalendar.Calendar.from_ical(followups_ics(outbox, country="GB"))
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [dt.date(2027, 1, 4), dt.date(2027, 1, 11)]
    assert "public holidays in the United Kingdom are skipped" in str(events[0]["description"])
    plain = icalendar.Calendar.from_ical(followups_ics(outbox))
    assert "public holidays" not in str(next(iter(plain.walk("VEVENT")))["description"])
    with pytest.raises(InputError):
        followups(outbox, country="XX")
