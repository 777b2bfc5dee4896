"""User text with dollar signs shows literally in JupyterLab: MathJax leaves it alone."""

from __future__ import annotations

import nbformat
import pytest

from .helpers import IDLE, lab_menu, open_lab

pytestmark = pytest.mark.browser

TEXT = "$50k -> $70k"


def test_dollars_in_user_text_are_not_typeset(site, page, artifacts):
    """Does `$50k -> $70k` escaped by netkit.markup show literally, while the same text unescaped
    (the control, proving MathJax ran over the outputs) is typeset as maths?"""
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                "from IPython.display import HTML\nfrom netkit.markup import escape\n"
                f"HTML(f\"<p class='netkit-user-text'>{{escape({TEXT!r})}}</p>\")"
            ),
            nbformat.v4.new_code_cell(f"HTML(\"<p class='netkit-control'>{TEXT}</p>\")"),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    notebook = site.ada / "mathjax-check.ipynb"
    nbformat.write(nb, notebook)
    try:
        open_lab(page, site, "mathjax-check")
        lab_menu(page, "Run", "Run All Cells")
        page.wait_for_selector(".netkit-control", timeout=90_000)
        page.wait_for_selector(IDLE, timeout=90_000)
        page.wait_for_selector(".netkit-control mjx-container", timeout=60_000)  # MathJax has typeset the page
        user = page.locator(".netkit-user-text")
        assert user.locator("mjx-container").count() == 0
        assert user.inner_text().strip() == TEXT
        page.screenshot(path=str(artifacts / "mathjax-ignore.png"))
    finally:
        notebook.unlink()  # the other browser tests list Ada's folder
