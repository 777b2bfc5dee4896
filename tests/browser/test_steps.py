"""The workbook in Voilà, one step at a time: progress, Back / Next, the end, the keyboard, axe-core.

Every step of the composed workbook is checked with axe-core (bundled by axe-playwright-python;
nothing is fetched from a CDN): no serious or critical violation. Each step is screenshotted at a
desktop (1280 px) and a tablet (768 px) width into ``test-artifacts/steps/``. The coach's cohort
report (static HTML) gets the same axe check.
"""

from __future__ import annotations

import re
import time

import pytest

from .helpers import open_voila, screenshot, wait_for_workbook, wait_until_saved

pytestmark = pytest.mark.browser

#: One heading that belongs to each step of the workshop workbook (in order).
STEP_HEADINGS = [
    "Why spend a workshop on your network?",
    "Exercise 1 — Map your network",
    "Exercise 2 — Messages people are glad to answer",
    "Exercise 3 — From regret to a plan you can keep",
    "Take your work home",
]
#: The network map and confidence chart are still PNG widgets with no text alternative; the `svg`
#: branch of #16 redraws them as SVG with alt text. Until it lands, axe skips exactly those images.
AXE_EXCLUDE = ["img.widget-image"]


def axe_problems(page, exclude: list[str] = AXE_EXCLUDE) -> list[str]:
    """Serious and critical axe-core violations on the page (one line each, with where)."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        pytest.fail('pip install -e ".[test]" (axe-playwright-python)')
    context = {"exclude": [[selector] for selector in exclude]} if exclude else None
    results = Axe().run(page, context=context, options={"resultTypes": ["violations"]})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _header(page):
    return page.locator(".netkit-steps-header")


def _footer(page):
    """The one Back / Next pair is at the foot of the step."""
    return page.locator(".netkit-steps-footer")


def _go_to_first_step(page) -> None:
    wait_for_workbook(page)
    back = _footer(page).get_by_role("button", name="Back", exact=True)
    while back.is_enabled():
        back.click()
        page.wait_for_timeout(300)
    page.get_by_text(re.compile(r"^Step 1 of \d+")).wait_for()


def _visible(page, heading: str) -> bool:
    """Is this heading of the workbook's own text (not the step header) on screen?"""
    found = page.locator(".jp-MarkdownCell :is(h1, h2)", has_text=heading)
    return any(item.is_visible() for item in found.all())


def test_one_step_at_a_time_with_progress_and_a_clear_end(site, page, artifacts):
    """Does Voilà show one exercise at a time, with progress from the coach's milestones, Back/Next,
    a clear end, no serious axe violation on any step, and screenshots at 1280 and 768 px?"""
    open_voila(page, site, "workshop")
    _go_to_first_step(page)
    assert not page.get_by_text("Run ▸ Run All Cells").first.is_visible()  # the Lab-only hint
    shots = artifacts / "steps"
    shots.mkdir(exist_ok=True)
    count = len(STEP_HEADINGS)
    for index, heading in enumerate(STEP_HEADINGS):
        page.get_by_text(f"Step {index + 1} of {count}").wait_for()
        page.wait_for_timeout(500)  # widgets of the step lay out
        assert _visible(page, heading), heading
        for other in STEP_HEADINGS[:index] + STEP_HEADINGS[index + 1 :]:
            assert not _visible(page, other), f"{other!r} shows on step {index + 1}"
        assert re.search(r"\d+ of 10 done, \d+ to do", _header(page).inner_text())
        header = _header(page).inner_text()
        assert "Still to do: " in header or "Every milestone reached." in header  # the milestones left, named
        problems = axe_problems(page)
        assert not problems, f"step {index + 1}: " + "\n".join(problems)
        for width in (1280, 768):
            page.set_viewport_size({"width": width, "height": 900})
            screenshot(page, shots / f"step-{index + 1}-{width}.png")
        page.set_viewport_size({"width": 1280, "height": 900})
        if index < count - 1:
            _footer(page).get_by_role("button", name="Next", exact=True).click()
    assert page.get_by_text("You are done: take it home").is_visible()
    assert not _footer(page).get_by_role("button", name="Next", exact=True).is_visible()
    # one Back / Next pair on the page, never two
    assert page.get_by_role("button", name="Back", exact=True).count() == 1
    assert "Traceback" not in page.inner_text("body")


def test_a_reload_comes_back_to_the_same_step(site, page):
    """After moving to step 3 and reloading, does the workbook open on step 3?"""
    open_voila(page, site, "workshop")
    _go_to_first_step(page)
    for _ in range(2):
        _footer(page).get_by_role("button", name="Next", exact=True).click()
    page.get_by_text("Step 3 of").wait_for()
    time.sleep(1.5)  # the saved step reaches the answers file (debounced)
    page.reload()
    open_voila(page, site, "workshop", navigate=False)
    wait_for_workbook(page)
    page.get_by_text("Step 3 of").wait_for()
    assert _visible(page, STEP_HEADINGS[2]) and not _visible(page, STEP_HEADINGS[0])


_FOCUSABLE = """() => [...document.querySelectorAll(
  'input:not([type=hidden]), textarea, select, button, a[href], [tabindex]:not([tabindex="-1"])')]
  .filter(e => !e.disabled && e.offsetParent !== null && e.closest('.jp-Cell'))
  .map((e, i) => { e.dataset.kbd = e.dataset.kbd || String(Math.random()); return e.dataset.kbd; })"""
_ACTIVE = """() => { const e = document.activeElement; if (!e || e === document.body) return null;
  e.dataset.kbd = e.dataset.kbd || String(Math.random());
  return {id: e.dataset.kbd, tag: e.tagName, type: e.type || '', text: (e.innerText || e.value || '').slice(0, 40),
          label: ((e.labels && e.labels[0] && e.labels[0].innerText) || '').trim()}; }"""
#: On the network map step, a contact is added with the keyboard: (field label, text, button to press).
KEYBOARD_CONTACT = ("Name", "Kim Keyboard", "Save contact")


def test_the_workbook_can_be_done_with_the_keyboard_alone(site, page):
    """Using only Tab, typing and Enter: is every control of every step reachable, can a text field
    be filled in on each step that has one (and saved), and do Next/Back work from the keyboard?"""
    open_voila(page, site, "workshop")
    _go_to_first_step(page)
    page.locator("body").click(position={"x": 2, "y": 2})  # start from the top of the page
    typed, contact_saved = [], False
    for index in range(len(STEP_HEADINGS)):
        page.get_by_text(f"Step {index + 1} of").wait_for()
        page.wait_for_timeout(500)
        wanted = set(page.evaluate(_FOCUSABLE))
        reached, filled, moved, trail = set(), False, False, []
        for _ in range(4 * len(wanted) + 40):
            page.keyboard.press("Tab")
            active = page.evaluate(_ACTIVE)
            trail.append(active)
            if active is None:
                continue
            reached.add(active["id"])
            label, name, save = KEYBOARD_CONTACT
            if index == 1 and active["label"] == label and not contact_saved:
                page.keyboard.type(name)
                continue
            if index == 1 and active["tag"] == "BUTTON" and active["text"].strip() == save and not contact_saved:
                page.keyboard.press("Enter")
                contact_saved = True
                continue
            is_text = active["tag"] == "TEXTAREA" or (active["tag"] == "INPUT" and active["type"] == "text")
            if is_text and not filled:
                text = f"keyboard step {index + 1}"
                page.keyboard.type(text)
                typed.append(text)
                filled = True
            if active["tag"] == "BUTTON" and active["text"].strip() == "Next" and wanted <= reached | {active["id"]}:
                page.keyboard.press("Enter")
                moved = True
                break
        missing = wanted - reached
        if index < len(STEP_HEADINGS) - 1:
            assert moved, f"step {index + 1}: 'Next' was never reached with Tab: {trail[-12:]}"
        assert not missing, f"step {index + 1}: {len(missing)} controls never got keyboard focus"
    assert page.get_by_text("You are done: take it home").is_visible()
    assert wait_until_saved(site.ada, typed), "nothing typed with the keyboard was saved"
    assert contact_saved and wait_until_saved(site.ada, [KEYBOARD_CONTACT[1]]), "the contact was not saved"
    assert "0 of 10 done" not in _header(page).inner_text()  # the contact counts as a milestone


def test_coach_report_has_no_serious_accessibility_violations(page, tmp_path, artifacts):
    """Does the coach's cohort report (HTML) pass axe-core with no serious or critical violation?"""
    from netkit.coach.collect import build_report, example_entries
    from netkit.coach.report_html import write_report

    path = write_report(build_report(example_entries(), min_group=1), tmp_path / "report.html")
    page.goto(path.as_uri())
    problems = axe_problems(page, exclude=[])
    screenshot(page, artifacts / "coach-report.png")
    assert not problems, "\n".join(problems)
