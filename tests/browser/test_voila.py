"""A participant in Voilà app mode (code hidden): typing, reloading, downloading, hostile text.

Voilà never saves the notebook and every page load starts a new kernel, so whatever comes back
after a reload came back from the answers store.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import zipfile

import pytest

from netkit.store.answers import AnswersStore

from .conftest import HOSTILE_GOAL, HOSTILE_NAME, exercise_names, typing_exercises
from .helpers import (
    assert_not_pwned,
    open_voila,
    screenshot,
    text_fields,
    type_answers,
    wait_for_workbook,
    wait_until_saved,
)

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=window.__pwned=1> $50k … $70k </script>"


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_voila_lists_only_the_participants_own_workbooks(site, page, artifacts):
    """Does Ada's Voilà list her notebooks, and neither list nor serve Bo's?"""
    status, body = _get(site.voila_url + "/voila/api/contents")
    assert status == 200
    listed = {item["name"] for item in json.loads(body)["content"]}
    assert {f"{name}.ipynb" for name in exercise_names()} <= listed
    assert site.bo.name not in listed and "start.ipynb" not in listed
    for path in (f"../{site.bo.name}/welcome.ipynb", f"%2E%2E/{site.bo.name}/welcome.ipynb"):
        assert _get(f"{site.voila_url}/voila/render/{path}")[0] in (403, 404)
        assert _get(f"{site.voila_url}/voila/files/{path}")[0] in (403, 404)
        assert _get(f"{site.voila_url}/voila/api/contents/{path}")[0] in (400, 403, 404)
    # Voilà 0.5's tree is a JavaScript app that lists files from the contents API; on a loaded
    # machine its bundle takes longer than the default wait, as the other Voilà page loads do.
    page.goto(site.voila_url + "/voila/tree", wait_until="load", timeout=120_000)
    page.get_by_text("welcome.ipynb", exact=True).first.wait_for(timeout=120_000)
    text = page.inner_text("body")
    assert "bo-berg" not in text and site.bo.name not in text
    screenshot(page, artifacts / "voila-tree.png")


def test_roster_text_is_shown_literally(site, page, artifacts):
    """Is a hostile name and goal from the roster shown as text, with $ signs intact and no script run?"""
    open_voila(page, site, "welcome")
    card = page.locator(".netkit-opening")
    assert HOSTILE_NAME in card.inner_text()
    assert HOSTILE_GOAL in card.inner_text()
    assert_not_pwned(page)
    screenshot(page, artifacts / "voila-welcome.png")


@pytest.mark.parametrize("exercise", [*typing_exercises(), "network-map.de", "outreach.es"])
def test_answers_come_back_after_a_reload(site, page, artifacts, exercise):
    """Does every answer typed (hostile text included) come back, literally, after reloading the page?"""
    open_voila(page, site, exercise)
    fields = text_fields(page)
    if not fields:
        screenshot(page, artifacts / f"voila-{exercise}.png")
        pytest.fail(f"{exercise} has no text field to type into")
    typed = type_answers(page, fields, prefix=f"voila-{exercise}", hostile=HOSTILE)
    saved = wait_until_saved(site.ada, typed)
    assert saved, f"nothing typed into {exercise} reached the answers file"
    assert_not_pwned(page)

    page.reload()
    open_voila(page, site, exercise, navigate=False)
    values = [field.input_value() for field in text_fields(page)]
    for text in saved:
        assert text in values, f"{text!r} was saved but not restored after a reload"
    assert_not_pwned(page)
    screenshot(page, artifacts / f"voila-{exercise}.png")


@pytest.mark.skipif("take-home" not in exercise_names(), reason="no take-home exercise")
def test_download_everything_gives_a_zip_with_the_answers(site, page, artifacts):
    """Does one click on the Download button itself start the download of a safely named zip whose
    export holds the answers (no second link to click)?"""
    store = AnswersStore(site.ada, debounce=0)
    store.set("reflection.browser-check", HOSTILE)
    store.flush()
    open_voila(page, site, "take-home")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download everything").click()
    download = info.value
    assert download.suggested_filename.startswith("netkit-ada-img-src-x")
    assert download.suggested_filename.endswith(".zip") and "<" not in download.suggested_filename
    path = artifacts / "take-home-download.zip"
    download.save_as(path)
    with zipfile.ZipFile(path) as zf:
        export = json.loads(zf.read("netkit-answers-export.json"))
        assert "take-home.ipynb" in zf.namelist() and "README.txt" in zf.namelist()
    assert export["answers"]["reflection.browser-check"] == HOSTILE
    assert_not_pwned(page)
    screenshot(page, artifacts / "voila-take-home-download.png")


@pytest.mark.skipif("reflection" not in exercise_names(), reason="no reflection exercise")
def test_calendar_and_printable_plan_buttons_start_their_downloads(site, page):
    """Do the calendar and printable-plan buttons each start a real download with the right file name?"""
    import datetime as dt

    from netkit.exercises.reflection.plan.output import HTML_NAME, ICS_NAME
    from netkit.widgets import reflection as ui

    builder = ui.PlanBuilder(store=AnswersStore(site.ada, debounce=0), name="Ada")
    builder.person.value = "Kim Browser"
    builder.first_date.value = dt.date.today()
    builder.add.click()
    builder._store.flush()
    open_voila(page, site, "reflection")
    for label, name in (
        ("Download my calendar (.ics)", ICS_NAME),
        ("Download my printable plan (.html)", HTML_NAME),
    ):
        with page.expect_download() as info:
            page.get_by_role("button", name=label).click()
        assert info.value.suggested_filename == name
        assert "Kim Browser" in open(info.value.path(), encoding="utf-8", errors="replace").read()


@pytest.mark.skipif("take-home" not in exercise_names(), reason="no take-home exercise")
def test_delete_my_data_asks_first_then_removes_the_answers(site, page, tmp_path):
    """Does Delete ask for confirmation, and only then remove the answers file (restored afterwards)?"""
    backup = tmp_path / "answers.json"
    backup.write_bytes((site.ada / "netkit-answers.json").read_bytes()) if (
        site.ada / "netkit-answers.json"
    ).exists() else None
    AnswersStore(site.ada, debounce=0).set("delete.check", 1)
    try:
        open_voila(page, site, "take-home")
        page.get_by_role("button", name="Delete my data…").click()
        confirm = page.get_by_role("button", name="Yes, delete everything")
        confirm.wait_for()
        assert (site.ada / "netkit-answers.json").exists()
        confirm.click()
        page.get_by_text("Deleted").wait_for()
        deadline = time.monotonic() + 10
        while (site.ada / "netkit-answers.json").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not (site.ada / "netkit-answers.json").exists()
    finally:
        if backup.exists():  # other tests in this session keep their answers
            (site.ada / "netkit-answers.json").write_bytes(backup.read_bytes())


def test_the_composed_workshop_runs_in_voila(site, page, artifacts):
    """Does the whole workshop workbook — every exercise, one step at a time — run in Voilà with no error shown?"""
    open_voila(page, site, "workshop")
    wait_for_workbook(page)  # every cell has run (progressive rendering)
    # every step's text, shown or not (innerText of a hidden cell is its whole text)
    text = page.evaluate("[...document.querySelectorAll('.jp-Cell')].map(c => c.innerText).join('\\n')")
    for heading in (
        "Why spend a workshop on your network?",
        "Exercise 1",
        "Exercise 2",
        "Exercise 3",
        "Take your work home",
    ):
        assert heading in text, heading
    assert HOSTILE_NAME in page.locator(".netkit-opening").inner_text()
    assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    assert "Traceback" not in text and "Error" not in text.replace("errors", "")
    assert_not_pwned(page)
    screenshot(page, artifacts / "voila-workshop.png")


#: Visible widget labels and buttons whose text is cut off ("How we know each …", "I gave or offered so…").
_CUT_OFF = """() => [...document.querySelectorAll('.widget-label, .widget-toggle-button, button.widget-button')]
  .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
  .map(e => (e.innerText || '').trim())"""
#: Visible buttons stretched across the page (a 1,250-pixel red "Delete my data…" bar).
_STRETCHED = """() => [...document.querySelectorAll('button.widget-button')]
  .filter(b => b.offsetParent !== null && b.getBoundingClientRect().width > 600).map(b => b.innerText.trim())"""


def test_the_composed_workshop_shows_labels_and_buttons_in_full(site, page, artifacts):
    """In the whole workshop, is no label or button text cut off, and no button stretched across the page?"""
    open_voila(page, site, "workshop")
    assert page.evaluate(_CUT_OFF) == []
    assert page.evaluate(_STRETCHED) == []
