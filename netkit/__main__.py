"""``python -m netkit`` and the ``netkit`` script: the coach's command line, or one line saying what to install.

``pip install netkit`` is the participant's install: what a workbook needs and nothing more (no
papermill, matplotlib, numpy, fpdf2, httpx, click…). Every ``netkit`` command is the coach's, so
when the ``coach`` extra is missing the script says so in one line, with the command to run,
instead of an ImportError traceback from deep inside the command line.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

__all__ = ["COACH_EXTRA", "COACH_MODULES", "main", "missing_coach_modules"]

#: The command that installs what the coach's commands import.
COACH_EXTRA = 'pip install "netkit[coach]"'

#: Top-level modules the coach's commands import (one per package of the ``coach`` extra that the
#: command line needs to start or to run its main job); the participant's install has none of them.
COACH_MODULES = ("click", "papermill", "matplotlib", "numpy", "fpdf", "httpx", "tqdm", "mistune")


def missing_coach_modules() -> list[str]:
    """The coach-only modules this interpreter cannot import (checked without importing them)."""
    return [name for name in COACH_MODULES if find_spec(name) is None]


def main() -> None:
    """Run the coach's command line, or exit 2 with one line naming the extra to install."""
    missing = missing_coach_modules()
    if missing:
        print(
            f"netkit: the coach's commands need the coach extra ({', '.join(missing)} not installed): {COACH_EXTRA}",
            file=sys.stderr,
        )
        raise SystemExit(2)
    from netkit.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
