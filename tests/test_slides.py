"""Slides for a room (#23): word limits, no workbook-interface words, timers, role cards, the demo dated
from the workshop date, the hard moments — read from slides.html as a browser would show it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from bs4 import BeautifulSoup

from netkit.coach.guide import FORMATS, run_sheet
from netkit.coach.slides import slides_html, visible_words

INTERFACE = re.compile(r"\b(below|above|tick|ticks|click|clicks|clicking)\b", re.IGNORECASE)


def deck(format_name: str, date: str = "2026-12-03", size: int = 16) -> list:
    html = slides_html(run_sheet(format_name, workshop="Lasting ties", date=date, group_size=size))
    return BeautifulSoup(html, "html.parser").select("section.slide")


def shown(slide) -> str:
    """The slide's text as projected (speaker notes left out)."""
    copy = BeautifulSoup(str(slide), "html.parser")
    for notes in copy.select("aside.notes"):
        notes.decompose()
    return " ".join(copy.get_text(" ").split())


@pytest.fixture(scope="module", params=[(f, n) for f in FORMATS for n in (6, 16, 28)], ids=str)
def slides(request):
    return request.param, deck(*request.param[:1], size=request.param[1])


def test_word_limits(slides):
    """At most 40 words on nine slides in ten, never more than 80."""
    _, found = slides
    counts = [visible_words(str(s)) for s in found]
    assert max(counts) <= 80
    assert sum(c <= 40 for c in counts) >= 0.9 * len(counts), sorted(counts)


def test_the_counter_counts_what_is_shown_not_the_notes():
    """Guard: words in the speaker notes do not count; words on the slide do."""
    slide = "<section class='slide'><h2>Two words</h2><aside class='notes'>" + "note " * 100 + "</aside></section>"
    assert visible_words(slide) == 2


def test_no_workbook_interface_words(slides):
    """No 'below', 'above', 'tick', 'click' (or 'choose above') on a projected slide."""
    _, found = slides
    for slide in found:
        assert not INTERFACE.search(shown(slide)), shown(slide)
        assert "Next:" not in shown(slide)


def test_every_activity_slide_has_a_visible_timer_of_its_working_minutes(slides):
    """Each pair, group, solo and break block gets a slide with a countdown of its minutes (without the debrief)."""
    (format_name, size), found = slides
    timers = [
        (s.find("h2").get_text(), int(s.select_one(".timer")["data-seconds"])) for s in found if s.select_one(".timer")
    ]
    for block in run_sheet(format_name, group_size=size).blocks:
        if block.kind in ("pair", "group", "solo", "break"):
            working = block.minutes - (block.debrief["minutes"] if block.debrief else 0)
            title = block.title.rpartition(" — ")[2]
            assert (title, working * 60) in timers, (title, working)


def test_role_cards_debriefs_and_hard_moments_have_slides(slides):
    """A slide per role card, a debrief slide with its questions, and 'no network' / 'hate networking' slides."""
    _, found = slides
    texts = [shown(s) for s in found]
    for role in ("Participant", "Insider", "Observer"):
        assert any(t.startswith(f"Role card {role}") for t in texts), role
    assert any("Will not discuss" in t or "will not discuss" in t for t in texts)
    assert any(t.startswith("Everyone") and "Debrief" in t and "?" in t for t in texts)
    assert any("I have no network" in t for t in texts) and any("I hate networking" in t for t in texts)
    assert any(t.startswith("Start wide Places to look") for t in texts)


def test_the_demo_is_named_plainly_and_its_map_is_shown(slides):
    _, found = slides
    texts = [shown(s) for s in found]
    assert not any("(fictional)'s" in t for t in texts)
    maps = [s for s in found if "Noor's map" in shown(s)]
    assert maps and maps[0].select_one("svg.rings") is not None


def plan_dates(found, year: int) -> list[dt.date]:
    (plan,) = [s for s in found if "Noor's plan" in shown(s)]
    cells = [td.get_text() for td in plan.select("td")]
    dates = []
    for cell in cells:
        if re.fullmatch(r"[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}", cell):
            day = dt.datetime.strptime(f"{cell} {year}", "%a %d %b %Y").date()
            dates.append(day)
    return dates


@pytest.mark.parametrize("date", ["2026-12-03", "2027-03-12", "2027-07-02"])
def test_the_demo_plan_and_draft_are_dated_from_the_workshop_on_weekdays(date):
    """Are the demo plan's first steps and the draft's send/nudge days weekdays after the workshop date,
    whatever the day the kit is generated?"""
    workshop = dt.date.fromisoformat(date)
    found = deck("room-2h", date=date)
    dates = plan_dates(found, workshop.year)
    assert len(dates) == 3
    assert all(d.weekday() < 5 and workshop < d <= workshop + dt.timedelta(days=14) for d in dates)
    (after,) = [shown(s) for s in found if "after one edit" in shown(s)]
    days = re.findall(r"[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}", after)
    sent, nudge = (dt.datetime.strptime(f"{d} {workshop.year}", "%a %d %b %Y").date() for d in days)
    assert sent.weekday() < 5 and nudge.weekday() < 5 and workshop < sent < nudge


def test_the_exercise_text_is_in_the_notes():
    """The notebook's own words are not lost: they are the solo slides' speaker notes."""
    found = deck("room-2h")
    notes = " ".join(n.get_text() for n in BeautifulSoup("".join(map(str, found)), "html.parser").select("aside.notes"))
    assert "Your network is bigger than you think" in notes and "From regret to a plan" in notes
