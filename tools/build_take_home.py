"""Source of exercises/take-home.ipynb (run: python tools/build_take_home.py)."""

from make_notebook import PARAMETERS, make

make(
    "exercises/take-home.ipynb",
    [
        ("code", PARAMETERS, ["parameters"]),
        (
            "md",
            """## Take your work home

Everything you typed in this workbook is saved as you go, in a file next to the workbook. That
file lives where the workbook runs: on a shared server it stays, on Binder it disappears when
the session ends. Networking is a habit you keep up for months — a short list of people you get
back in touch with, month after month — so keep a copy of your plan somewhere you will find it.

- **Download everything** gives you one zip file: this workbook, all your answers, your network
  map picture, your calendar reminders and a printable page.
- **Carry on from a file** brings your answers back from that zip, here or on the workshop's
  start page in a new session.
- **Delete my data** removes your answers and every copy of them from this folder, after you
  confirm.""",
        ),
        ("code", "from netkit.widgets.takehome import TakeHome\n\nTakeHome(name=name, country=country)"),
    ],
)
