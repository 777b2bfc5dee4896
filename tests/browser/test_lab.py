"""A participant in JupyterLab: answers come back after Kernel › Restart and Run All.

JupyterLab does not save widget state and typing into a widget never marks the notebook dirty,
so after a restart the widgets are rebuilt by the new kernel from the answers store.
"""

from __future__ import annotations

import json
import urllib.request

import pytest

from .conftest import typing_exercises
from .helpers import (
    assert_not_pwned,
    lab_kernel_idle,
    lab_menu,
    lab_run_all,
    open_lab,
    screenshot,
    text_fields,
    type_answers,
    wait_until_saved,
)

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=window.__pwned=1> $50k … $70k </script>"


@pytest.mark.parametrize("exercise", typing_exercises())
def test_answers_come_back_after_a_kernel_restart(site, page, artifacts, exercise):
    """After typing, Kernel › Restart Kernel then Run All Cells: is every saved answer back, literally?"""
    open_lab(page, site, exercise)
    lab_run_all(page)
    fields = text_fields(page)
    if not fields:
        pytest.fail(f"{exercise} has no text field to type into")
    typed = type_answers(page, fields, prefix=f"lab-{exercise}", hostile=HOSTILE)
    saved = wait_until_saved(site.ada, typed)
    assert saved, f"nothing typed into {exercise} reached the answers file"

    lab_menu(page, "Kernel", "Restart Kernel…")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.wait_for_selector(".jp-Dialog", state="detached")
    page.wait_for_timeout(500)
    lab_kernel_idle(page, site, exercise)
    lab_run_all(page)
    values = [field.input_value() for field in text_fields(page)]
    for text in saved:
        assert text in values, f"{text!r} was saved but not restored after a kernel restart"
    assert_not_pwned(page)
    screenshot(page, artifacts / f"lab-{exercise}.png")
    _shut_down_kernels(site)


def _shut_down_kernels(site) -> None:
    """Free the kernel's memory before the next exercise (2 cores, many kernels)."""
    with urllib.request.urlopen(f"{site.lab_url}/api/sessions", timeout=10) as response:
        sessions = json.load(response)
    for session in sessions:
        request = urllib.request.Request(f"{site.lab_url}/api/sessions/{session['id']}", method="DELETE")
        urllib.request.urlopen(request, timeout=30).close()


def test_the_workbook_says_how_to_start_and_stays_a_notebook(site, page, artifacts):
    """Opened in JupyterLab, does the workbook start with the 'Run ▸ Run All Cells' hint, and after
    running, show every exercise cell by cell with no step view (that is Voilà's)?"""
    open_lab(page, site, "workshop")
    first = page.locator(".jp-Notebook .jp-Cell").first
    assert "Run ▸ Run All Cells" in first.inner_text()
    assert first.is_visible()
    lab_run_all(page)
    assert page.locator(".netkit-steps-header").count() == 1
    assert not page.locator(".netkit-steps-header").is_visible()
    for heading in (
        "Exercise 1 — Map your network",
        "Exercise 3 — From regret to a plan you can keep",
        "Take your work home",
    ):
        headings = page.locator(".jp-MarkdownCell :is(h1, h2)", has_text=heading)
        headings.first.scroll_into_view_if_needed()
        assert headings.first.is_visible(), heading
    screenshot(page, artifacts / "lab-workshop.png")
