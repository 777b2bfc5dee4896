"""The Binder start page in Voilà, opened as mybinder.org's urlpath=voila/render/start.ipynb does."""

from __future__ import annotations

import pytest

from netkit.store.answers import AnswersStore
from netkit.workbook.takehome import build_archive

from .helpers import assert_not_pwned, screenshot, wait_for_widgets

pytestmark = pytest.mark.browser

NAME = "Cleo <img src=x onerror=window.__pwned=1> $50k … $70k"


def test_start_page_makes_a_workbook_that_opens_in_voila(site, page, artifacts):
    """Does typing a name and clicking make a workbook whose link opens it, name shown literally?"""
    page.goto(f"{site.lab_url}/voila/render/start.ipynb", wait_until="load", timeout=120_000)
    wait_for_widgets(page)
    page.get_by_label("Your name").fill(NAME)
    page.get_by_role("button", name="Make my workbook").click()
    link = page.get_by_role("link", name="Open your workbook")
    link.wait_for(timeout=60_000)
    assert_not_pwned(page)
    screenshot(page, artifacts / "voila-start-page.png")
    with page.context.expect_page() as info:
        link.click()
    workbook = info.value
    workbook.wait_for_load_state("load", timeout=120_000)
    assert "/voila/render/my-workbook/" in workbook.url
    workbook.locator(".netkit-opening").wait_for(timeout=60_000)
    assert NAME in workbook.locator(".netkit-opening").inner_text()
    assert_not_pwned(workbook)


def test_start_page_resumes_from_an_uploaded_zip(site, page, tmp_path):
    """Does uploading a take-home zip on the start page rebuild the workbook with its answers?"""
    old = AnswersStore(tmp_path, debounce=0)
    old.update({"start.profile": {"name": "Dana Resumed"}, "outreach.draft": "Hello again </script>"})
    archive = build_archive(old, name="Dana Resumed")
    upload = tmp_path / archive.filename
    upload.write_bytes(archive.data)

    page.goto(f"{site.lab_url}/voila/render/start.ipynb", wait_until="load", timeout=120_000)
    wait_for_widgets(page)
    with page.expect_file_chooser() as chooser:
        page.locator(".netkit-start .widget-upload").click()
    chooser.value.set_files(str(upload))
    page.get_by_text("answers restored").wait_for(timeout=60_000)
    folder = next((site.root / "my-workbook").glob("dana-resumed-*"))
    assert AnswersStore(folder).get("outreach.draft") == "Hello again </script>"
    assert page.get_by_label("Your name").input_value() == "Dana Resumed"
