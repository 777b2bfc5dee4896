"""The no-server site as a coach runs it in the room: a laptop's plain http, a name that is not localhost.

Served by ``python -m http.server`` and opened as ``http://room.test:PORT/`` (Chromium's
``--host-resolver-rules`` maps the name to 127.0.0.1): not a secure context, so no service worker
and no JupyterLite drive. The participant opens their personal link (``netkit links``):

* the welcome card names them without their typing anything;
* a contact and a draft message typed in the workbook come back after a reload (the browser's
  IndexedDB, :mod:`netkit.workbook.browser_storage`);
* the server's request log never holds their name or goal (the link's fragment stays in the
  browser), and nothing else does either: not one request leaves the local server.
"""

from __future__ import annotations

import sys
import time
from urllib.parse import urlsplit

import pytest

from netkit.workbook.personal_link import personal_link

from .helpers import CHROMIUM, CHROMIUM_ARGS, free_port, screenshot, serving
from .test_lite_site import (  # noqa: F401  (lite_site: the built site, a module fixture)
    KERNEL_TIMEOUT,
    lite_site,
    open_workbook_from_welcome,
    step_to,
    wait_for_workbook,
)

pytestmark = pytest.mark.browser

HOST = "room.test"
NAME = "Ada Lovelace-Nakamura 中村"
GOAL = "a mentor in fintech <b>before spring</b>"
FORM = ".jupyter-widgets :is(input, textarea, select, button) >> visible=true"


@pytest.fixture(scope="module")
def room(lite_site, tmp_path_factory):  # noqa: F811  (the fixture imported above)
    """The site on a plain http server, reached as http://room.test:PORT; yields (url, server log)."""
    port = free_port()
    log = tmp_path_factory.mktemp("room-server") / "http.log"
    command = [sys.executable, "-u", "-m", "http.server", "-b", "127.0.0.1", "-d", str(lite_site), str(port)]
    with serving(command, log, f"http://127.0.0.1:{port}/jupyter-lite.json"):
        yield f"http://{HOST}:{port}", log


@pytest.fixture(scope="module")
def room_browser(browser):
    """A Chromium of its own that resolves room.test to this machine (and nothing else), started by the
    session's Playwright (one sync Playwright per process)."""
    chromium = browser.browser_type.launch(
        executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {HOST} 127.0.0.1"]
    )
    yield chromium
    chromium.close()


def _wait_for_app(page, button: str) -> None:
    page.get_by_role("button", name=button).first.wait_for(timeout=KERNEL_TIMEOUT)
    page.wait_for_selector("body[data-netkit-ran='true']", timeout=KERNEL_TIMEOUT, state="attached")


def test_a_personal_link_over_plain_http_keeps_everything(room_browser, room, artifacts):
    """Personal link on http://room.test → named welcome, contact + draft survive a reload, log clean."""
    url, log = room
    link = personal_link(url + "/", {"name": NAME, "goal": GOAL, "email": "ada@example.org"})
    context = room_browser.new_context(viewport={"width": 1280, "height": 900})
    requested: set[str] = set()
    context.on("request", lambda request: requested.add(request.url))
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(link, wait_until="commit")
        # progress with words from the first seconds, while Python starts
        page.locator("#netkit-progress").wait_for(timeout=15_000)
        assert "…" in page.locator("#netkit-progress").inner_text()
        _wait_for_app(page, "Make my workbook")
        assert page.evaluate("window.isSecureContext") is False, "the test must run without a secure context"
        assert page.evaluate("!!(navigator.serviceWorker && navigator.serviceWorker.controller)") is False
        assert page.locator("#netkit-progress").count() == 0, "the progress line stays after the page is ready"
        welcome = page.locator(".netkit-welcome-for").inner_text()
        assert NAME in welcome, welcome
        assert page.get_by_label("Your name").input_value() == NAME
        assert "Your answers stay in this browser, on this device." in page.inner_text("body")
        assert "not being kept" not in page.inner_text("body")
        screenshot(page, artifacts / "lite-room-welcome.png")
        # ready while they read: the workbook started in the hidden frame as the page opened, not when the
        # welcome page's Python had run; while the participant reads it boots (speed: bench/bench_lite.py)
        assert page.evaluate("document.body.getAttribute('data-netkit-preload-started')") == "t0"
        hidden = page.frame(name="netkit-workbook")
        hidden.wait_for_selector("body[data-netkit-ran='true']", timeout=KERNEL_TIMEOUT, state="attached")
        assert not page.locator("#netkit-preload").is_visible()
        wb = open_workbook_from_welcome(page)
        # Start showed the booted workbook: ready when pressed, its details unchanged, so not run again
        assert page.evaluate("document.body.getAttribute('data-netkit-preload-ready')") == "true"
        wb.wait_for_selector("body[data-netkit-refresh]", state="attached", timeout=60_000)
        assert wb.evaluate("document.body.getAttribute('data-netkit-refresh')") == "same"
        assert wb.locator(FORM).first.is_visible()

        wait_for_workbook(wb)
        card = wb.locator(".netkit-opening").first.inner_text()
        assert NAME in card and "Participant" not in card, card
        body = wb.inner_text("body")
        assert "saved automatically" not in body and "not being kept" not in body
        assert "Still to do: a first contact" in wb.locator(".netkit-steps-header").inner_text()
        step_to(wb, 2)
        wb.get_by_label("Name", exact=True).fill("Grace Hopper")
        wb.get_by_role("button", name="Save contact").click()
        step_to(wb, 3)
        wb.get_by_placeholder("Your message").fill("Dear Grace, may I ask you about your work?")
        wb.get_by_placeholder("Your message").press("Tab")
        time.sleep(3)  # the debounced save (0.4 s), then IndexedDB

        page.reload(wait_until="load")
        wait_for_workbook(page)
        page.get_by_placeholder("Your message").wait_for()  # back on the step they were on
        assert page.get_by_placeholder("Your message").input_value() == "Dear Grace, may I ask you about your work?"
        step_to(page, 2)
        assert "Grace Hopper" in page.inner_text("body")
        step_to(page, 1)
        assert NAME in page.locator(".netkit-opening").first.inner_text()
        assert "Still to do: a first contact" not in page.locator(".netkit-steps-header").inner_text()
        screenshot(page, artifacts / "lite-room-after-reload.png")
    finally:
        context.close()

    served = log.read_text(encoding="utf-8", errors="replace")
    assert "GET /static/pyodide/pyodide.asm.wasm" in served, "the log is not the server's request log"
    payload = urlsplit(link).fragment
    for private in (NAME, "Ada", "Lovelace", "fintech", "mentor", payload, payload[4:20], "ada@example.org"):
        assert private not in served, f"the server's log holds {private!r}"
    elsewhere = {urlsplit(u).netloc for u in requested if urlsplit(u).scheme in ("http", "https", "ws", "wss")}
    assert elsewhere == {urlsplit(url).netloc}, f"requests left the room's server: {sorted(elsewhere)}"


def test_details_corrected_while_the_workbook_boots_reach_it(room_browser, room):
    """The workbook has booted in the background with the link's details; the participant corrects their name
    on the welcome page, then presses Start: does the workbook show the corrected name (run again with the
    details kept), never the link's first one, and keep it after a reload?"""
    url, _log = room
    context = room_browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(personal_link(url + "/", {"name": "Ada Lovelace", "goal": GOAL}), wait_until="commit")
        _wait_for_app(page, "Make my workbook")
        hidden = page.frame(name="netkit-workbook")
        hidden.wait_for_selector("body[data-netkit-ran='true']", timeout=KERNEL_TIMEOUT, state="attached")
        assert "Ada Lovelace" in hidden.locator(".netkit-opening").first.inner_text()  # the link's, at first
        page.get_by_label("Your name").fill("Ada King")
        page.get_by_role("button", name="Make my workbook").click()
        page.get_by_text("Your workbook is ready, Ada King").wait_for()
        page.locator("a.netkit-workbook-link").last.click()  # the link under "Your workbook is ready"
        page.wait_for_selector("body[data-netkit-revealed='true']", state="attached", timeout=10_000)
        wb = page.frame(name="netkit-workbook")
        wb.wait_for_selector("body[data-netkit-refresh='changed']", state="attached", timeout=KERNEL_TIMEOUT)
        wait_for_workbook(wb)
        card = wb.locator(".netkit-opening").first.inner_text()
        assert "Ada King" in card and "Lovelace" not in card, card
        page.reload(wait_until="load")
        wait_for_workbook(page)
        card = page.locator(".netkit-opening").first.inner_text()
        assert "Ada King" in card and "Lovelace" not in card, card
    finally:
        context.close()
