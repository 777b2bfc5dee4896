"""The browser-only site (`netkit lite`): JupyterLite + Pyodide in real Chromium, from a static server.

One participant, start to finish, on a site served by ``python -m http.server`` on 127.0.0.1:
the welcome page (their own details), the workbook in app mode (run on open, code hidden), a
contact, a message and a reflection typed in, a reload that brings them back from the browser's
storage, the take-home zip downloaded, and not one request to any host but the local server.

The site is ``$NETKIT_LITE_SITE`` when set (`.ci/run` builds it once with `netkit lite`),
else built here into a temporary folder (downloads cached, see :func:`netkit.coach.lite.cache_dir`).
Pyodide's kernel start is CPU-bound (tens of seconds on 2 cores): timeouts are generous, and
speed is measured in ``bench/bench_lite.py``, not here.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .helpers import free_port, screenshot, serving

pytestmark = pytest.mark.browser

KERNEL_TIMEOUT = 240_000  # ms: first kernel start in a cold browser profile, on a busy 2-core machine
HOSTILE = "Zoë <img src=x onerror=window.__pwned=1> 中村"


@pytest.fixture(scope="module")
def lite_site(tmp_path_factory, skip_or_fail) -> Path:
    """The built site: ``$NETKIT_LITE_SITE`` or a fresh build (needs npm, jupyterlite-core, PyPI or a cache)."""
    prebuilt = os.environ.get("NETKIT_LITE_SITE")
    if prebuilt:
        site = Path(prebuilt)
        if not (site / "notebooks" / "index.html").exists():
            pytest.fail(f"NETKIT_LITE_SITE={prebuilt} is not a built site (run `netkit lite -o {prebuilt}`)")
        if "'country': 'GB'" not in (site / "files" / "workshop.ipynb").read_text(encoding="utf-8"):
            pytest.fail(f"NETKIT_LITE_SITE={prebuilt} was built without `--country GB`, which this test's dates need")
        return site
    try:
        import jupyterlite_core  # noqa: F401
        import jupyterlite_pyodide_kernel  # noqa: F401
    except ImportError:
        skip_or_fail('pip install -e ".[lite]" (jupyterlite-core, jupyterlite-pyodide-kernel)')
    if shutil.which("npm") is None:
        skip_or_fail("npm (Node.js) fetches the Pyodide core")
    from netkit.coach.lite import build_site

    site = tmp_path_factory.mktemp("lite") / "site"
    build_site(
        site,
        defaults={
            "workshop": "Networking that lasts",
            "workshop_date": "2026-12-03",
            "coach": "Sam Rivera",
            "country": "GB",  # follow-up dates need the holidays wheel in the browser
        },
    )
    return site


@pytest.fixture(scope="module")
def lite_url(lite_site, tmp_path_factory):
    """A plain static server (what a coach runs on a laptop in the room) on 127.0.0.1."""
    port = free_port()
    log = tmp_path_factory.mktemp("lite-server") / "http.log"
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "http.server", "-b", "127.0.0.1", "-d", str(lite_site), str(port)]
    with serving(command, log, url + "/jupyter-lite.json"):
        yield url


def _wait_for_app(page, button: str) -> None:
    """Wait until the app mode has run the notebook and the widget ``button`` is shown."""
    page.get_by_role("button", name=button).first.wait_for(timeout=KERNEL_TIMEOUT)
    page.wait_for_selector("body[data-netkit-ran='true']", timeout=KERNEL_TIMEOUT, state="attached")


def wait_for_workbook(page) -> None:
    """Wait until the app mode has run the workbook: its step view's header says which step is shown."""
    page.wait_for_selector("body[data-netkit-ran='true']", timeout=KERNEL_TIMEOUT, state="attached")
    page.locator(".netkit-steps-header h2").wait_for(timeout=60_000)


def open_workbook_from_welcome(page):
    """Follow the welcome page's link: the workbook shows at once in the page's frame, where it has been
    starting while the participant read (``netkit-workbook``); a reload then opens it as the page itself."""
    page.locator("a.netkit-workbook-link").click()
    page.wait_for_selector("body[data-netkit-revealed='true']", state="attached", timeout=10_000)
    assert page.url.endswith("path=workshop.ipynb"), page.url  # a reload opens the workbook
    frame = page.frame(name="netkit-workbook")
    assert frame is not None and page.locator("#netkit-preload").is_visible()
    return frame


def frame_showing(page, name: str, path: str, timeout_ms: int = 30_000):
    """The page's frame ``name`` once its address ends with ``path``: after a language is chosen the welcome page
    swaps the frame that was starting in the background, and for a moment there is none of that name."""
    for _ in range(timeout_ms // 100):
        frame = page.frame(name=name)
        if frame is not None and frame.url.split("#")[0].endswith(path):
            return frame
        page.wait_for_timeout(100)
    raise AssertionError(f"no frame {name!r} showing {path!r} after {timeout_ms} ms")


def step_to(page, number: int) -> None:
    """Show step ``number`` (1-based) of the workbook's step view with its one Back / Next pair."""
    footer = page.locator(".netkit-steps-footer")
    for _ in range(12):
        heading = page.locator(".netkit-steps-header h2").inner_text()
        current = int(heading.split()[1])
        if current == number:
            page.wait_for_timeout(300)  # the step's widgets lay out
            return
        footer.get_by_role("button", name="Next" if current < number else "Back", exact=True).click()
        page.get_by_text(f"Step {current + (1 if current < number else -1)} of").first.wait_for()
    raise AssertionError(f"step {number} was never reached")


def test_a_participant_works_offline_in_the_browser(browser, lite_url, artifacts):
    """Welcome page → workbook app → contact, message, reflection → reload restores them → zip; no other host?"""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    requested: set[str] = set()
    context.on("request", lambda request: requested.add(request.url))
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        # --- the welcome page: their own details, nothing baked into the site
        page.goto(lite_url + "/", wait_until="load")
        _wait_for_app(page, "Make my workbook")
        body = page.inner_text("body")
        assert "Your answers stay in this browser, on this device." in body
        assert "Ada" not in body
        assert page.locator(".jp-CodeCell .jp-Cell-inputWrapper:visible").count() == 0, "code is shown in app mode"
        assert page.locator("#menu-panel-wrapper").is_hidden(), "the menu bar is shown in app mode"
        page.get_by_label("Your name").fill("Ada Lovelace")
        page.get_by_role("button", name="Make my workbook").click()
        wb = open_workbook_from_welcome(page)

        # --- the workbook, as an app, one step at a time
        wait_for_workbook(wb)
        assert wb.locator(".netkit-steps-header h2").inner_text().startswith("Step 1 of 5")
        screenshot(page, artifacts / "lite-workbook-opened.png")
        card = wb.locator(".netkit-opening").first.inner_text()
        assert "Ada Lovelace" in card and "Networking that lasts" in card and "Sam Rivera" in card
        assert not wb.get_by_role("button", name="Save contact").first.is_visible()  # another step's form
        step_to(wb, 2)
        wb.get_by_label("Name", exact=True).fill(f"Grace {HOSTILE}")
        wb.get_by_role("button", name="Save contact").click()
        step_to(wb, 3)
        wb.get_by_placeholder("Your message").fill("Dear Grace, may I ask you about your work?")
        # Sent on 23 Dec 2026 in the UK: the nudge skips the bank holidays (the holidays package, in Pyodide).
        if wb.get_by_placeholder("Their name, e.g. Ana Souza").is_visible():
            wb.get_by_placeholder("Their name, e.g. Ana Souza").fill("Grace")
        wb.get_by_role("button", name="Save to outbox").click()
        wb.get_by_label("Sent on:").fill("2026-12-23")
        wb.get_by_role("button", name="Mark as sent").click()
        wb.get_by_text("public holidays in the United Kingdom are skipped").wait_for(timeout=60_000)
        assert "Mon 04 Jan 2027" in wb.inner_text("body")
        step_to(wb, 4)
        wb.get_by_placeholder("Write freely; this is for you.").first.fill("I wish I had kept in touch with Bo.")
        wb.get_by_placeholder("Write freely; this is for you.").first.press("Tab")
        time.sleep(3)  # debounced save (0.4 s) on the kernel's asyncio loop, then the drive write
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert wb.evaluate("typeof window.__pwned") == "undefined"
        screenshot(page, artifacts / "lite-workbook.png")

        # --- reload: everything comes back from the browser's storage, on the step they were on
        page.reload(wait_until="load")
        wait_for_workbook(page)
        assert page.locator(".netkit-steps-header h2").inner_text().startswith("Step 4 of 5")
        assert (
            page.get_by_placeholder("Write freely; this is for you.").first.input_value()
            == "I wish I had kept in touch with Bo."
        )
        step_to(page, 3)
        page.get_by_placeholder("Your message").wait_for()
        assert page.get_by_placeholder("Your message").input_value() == "Dear Grace, may I ask you about your work?"
        step_to(page, 2)
        assert f"Grace {HOSTILE}" in page.inner_text("body")
        step_to(page, 5)

        # --- take it home: one zip with the answers
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name="Download everything").click()
            link = page.locator(".netkit-takehome a.netkit-download").first  # not the outreach form's .ics link
            link.wait_for(timeout=120_000)
            link.click()
        path = artifacts / "lite-take-home.zip"
        info.value.save_as(path)
        with zipfile.ZipFile(path) as zf:
            export = json.loads(zf.read("netkit-answers-export.json"))
        flat = json.dumps(export["answers"], ensure_ascii=False)
        for text in (
            f"Grace {HOSTILE}",
            "Dear Grace, may I ask you about your work?",
            "I wish I had kept in touch with Bo.",
            "Ada Lovelace",
        ):
            assert json.dumps(text, ensure_ascii=False)[1:-1] in flat, text
        screenshot(page, artifacts / "lite-take-home.png")
        assert page.evaluate("typeof window.__pwned") == "undefined"

        # --- the same workbook as a notebook, for those who want the code
        page.goto(lite_url + "/notebooks/index.html?path=workshop.ipynb&code=1", wait_until="load")
        _wait_for_app(page, "Save contact")
        assert page.locator(".jp-CodeCell .jp-Cell-inputWrapper:visible").count() > 0
        assert page.locator("#menu-panel-wrapper").is_visible()
    finally:
        context.close()

    local = urlsplit(lite_url).netloc
    elsewhere = sorted(
        {urlsplit(url).netloc for url in requested if urlsplit(url).scheme in ("http", "https", "ws", "wss")} - {local}
    )
    assert elsewhere == [], f"requests left the local server: {elsewhere}"
    assert any("/static/pyodide/pyodide.asm.wasm" in url for url in requested)


def test_a_participant_who_chooses_german_gets_the_german_workbook(browser, lite_url, artifacts):
    """The welcome page's language choice: German words at once, and its link opens the German workbook
    (German prose and buttons), not the English one that was starting in the background."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(lite_url + "/", wait_until="load")
        _wait_for_app(page, "Make my workbook")
        page.locator(".netkit-language-choice select").select_option(label="Deutsch")
        page.get_by_role("button", name="Mein Workbook erstellen").wait_for()
        page.get_by_label("Dein Name").fill("Jonas Weber")
        page.get_by_role("button", name="Mein Workbook erstellen").click()
        page.locator("a.netkit-workbook-link").wait_for()
        assert page.locator("a.netkit-workbook-link").get_attribute("href").endswith("path=workshop.de.ipynb")
        page.locator("a.netkit-workbook-link").click()
        page.wait_for_selector("body[data-netkit-revealed='true']", state="attached", timeout=10_000)
        assert page.url.endswith("path=workshop.de.ipynb"), page.url
        wb = frame_showing(page, "netkit-workbook", "path=workshop.de.ipynb")
        wait_for_workbook(wb)
        assert wb.locator(".netkit-steps-header h2").inner_text().startswith("Schritt 1 von 5")
        assert "Jonas Weber" in wb.locator(".netkit-opening").first.inner_text()
        screenshot(page, artifacts / "lite-workbook-german.png")
        step_to_german = wb.locator(".netkit-steps-footer").get_by_role("button", name="Weiter", exact=True)
        step_to_german.click()
        wb.get_by_role("button", name="Kontakt speichern").first.wait_for()
    finally:
        context.close()
