"""Source of workbooks/start.ipynb, the Binder start page (run: python tools/build_start.py)."""

from make_notebook import make

make(
    "workbooks/start.ipynb",
    [
        (
            "md",
            """# Welcome to the networking workshop

This page makes **your own workbook**. Type your name (and, if you like, your goal) and press
**Make my workbook**; then open it with the link that appears. If you saved your work from an
earlier session, upload that file instead and carry on where you left off.

Everything you type is saved as you go, inside this session only.""",
        ),
        ("code", "from netkit.widgets.start import StartPage\n\nStartPage()"),
    ],
)
