"""Source of workbooks/coach-report.ipynb (run: python tools/build_coach_report.py).

The coach's notebook, not a participant's: it is not composed from exercises (no .toml).
"""

from make_notebook import make

make(
    "workbooks/coach-report.ipynb",
    [
        (
            "code",
            "# The folder you gave to `netkit render -o` (relative to this notebook, or absolute).\n"
            'out_folder = "netkit-out"',
            ["parameters"],
        ),
        (
            "md",
            """# Cohort report

How far each participant has got, and what the group's networks look like — the same report as
`netkit collect OUT -o report.html`, live. Press **Refresh** during the workshop to re-read every
participant's saved answers (nothing is written into their folders).

- **Progress**: percent done per exercise. Hover over a bar to see the steps still open.
- **The cohort**: counts only — network size and rings, dormant ties, gives versus asks, the most
  common outreach feedback, commitments. No contact's name and no message text is ever read into
  the report, and participants who unticked *Share my anonymised progress with my coach* appear as
  “opted out”, with no data.

If the folder holds no render yet, a fictional example cohort is shown so you can see what to expect.""",
        ),
        ("code", "from netkit.widgets.coach import CoachReport\n\nCoachReport(out_folder)"),
    ],
)
