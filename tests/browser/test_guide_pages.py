"""The facilitator's kit in a real browser: the slide deck and the worksheets work offline.

Opened straight from disk (file://), as a coach would from a USB stick in a room without Wi-Fi:
every request the page makes must be the file itself (or data inside it). Screenshots go to
test-artifacts/ (the ones in docs/img/ were taken from these).
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from netkit.coach.guide import write_guide
from netkit.coach.worksheets import worksheets_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    out = tmp_path_factory.mktemp("kit")
    write_guide(out, "online-90", workshop="Networking that lasts", date="2026-12-03", coach="Sam Rivera")
    (out / "worksheets.html").write_text(
        worksheets_html(
            {
                "name": "Noor Haddad",
                "goal": "Move from teaching into learning design",
                "target_organisations": "Brightpath Learning; OpenCourse Trust",
                "workshop": "Networking that lasts",
            },
            title="Networking that lasts",
        ),
        encoding="utf-8",
    )
    return out


def screenshot(page, path):
    """What the coach sees on screen (slides are sized to the window, so no full-page capture)."""
    page.screenshot(path=str(path))


def open_offline(page, path):
    """Load a file, recording every request; return the requests that were not the file itself."""
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    url = path.as_uri()
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)
    return [u for u in requests if u.split("#")[0] != url and not u.startswith("data:")]


def test_slides_work_offline_and_step_through(kit, page, artifacts):
    """Does the deck load with no outside request, move with the keyboard and show the coach's notes?"""
    outside = open_offline(page, kit / "slides.html")
    assert outside == []
    visible = page.locator(".slide.current")
    assert "Networking that lasts" in visible.inner_text()
    total = page.locator(".slide").count()
    page.keyboard.press("ArrowRight")
    assert page.locator(".counter").inner_text() == f"2 / {total}"
    index = page.evaluate(
        "[...document.querySelectorAll('.slide')].findIndex(s => s.textContent.includes('What the linter flags'))"
    )
    assert index > 0
    page.goto(f"{(kit / 'slides.html').as_uri()}#{index + 1}")
    page.reload(wait_until="load")
    assert "job-ask" in page.locator(".slide.current").inner_text()
    page.keyboard.press("n")
    assert page.locator(".slide.current .notes").is_visible()
    screenshot(page, artifacts / "guide-slides-draft.png")
    page.keyboard.press("n")
    page.evaluate(
        "location.hash = '#' + (1 + [...document.querySelectorAll('.slide')].findIndex("
        "s => s.querySelector('svg.rings') !== null))"
    )
    page.reload(wait_until="load")
    assert page.locator(".slide.current svg.rings text", has_text="Inner circle").count() == 1
    screenshot(page, artifacts / "guide-slides-map.png")


def test_worksheets_and_run_sheet_work_offline_and_print_on_a4(kit, page, artifacts):
    """Do the worksheets and the run sheet load with no outside request and print as A4 pages?"""
    assert open_offline(page, kit / "worksheets.html") == []
    assert page.title() == "Networking that lasts"
    assert page.get_by_text("Who do you know at Brightpath Learning, OpenCourse Trust?").is_visible()
    screenshot(page, artifacts / "guide-worksheets.png")
    printed = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    assert len(printed.pages) >= 4  # a page break before each sheet
    assert round(float(printed.pages[0].mediabox.width)) == 595  # A4
    assert open_offline(page, kit / "run-sheet.html") == []
    assert page.get_by_text("Breakout rooms").first.is_visible()
    screenshot(page, artifacts / "guide-run-sheet.png")
