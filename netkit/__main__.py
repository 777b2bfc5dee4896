"""``python -m netkit`` and the ``netkit`` script: the coach's command line, or one line saying what to install.

``pip install netkit`` is the participant's install: what a workbook needs and nothing more (no
papermill, matplotlib, numpy, fpdf2, httpx, click…). Every ``netkit`` command is the coach's, so
when the ``coach`` extra is missing the script says so in one line, with the command to run,
instead of an ImportError traceback from deep inside the command line.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

__all__ = ["COACH_EXTRA", "COACH_MODULES", "UNUSED_IMPORTS", "main", "missing_coach_modules", "skip_unused_imports"]

#: The command that installs what the coach's commands import.
COACH_EXTRA = 'pip install "netkit[coach]"'

#: Top-level modules the coach's commands import (one per package of the ``coach`` extra that the
#: command line needs to start or to run its main job); the participant's install has none of them.
COACH_MODULES = ("click", "papermill", "matplotlib", "numpy", "fpdf", "httpx", "tqdm", "mistune")


def missing_coach_modules() -> list[str]:
    """The coach-only modules this interpreter cannot import (checked without importing them)."""
    return [name for name in COACH_MODULES if find_spec(name) is None]


#: Optional modules that other packages import at start-up and netkit's commands never use.
#: ``rfc3987_syntax``: jsonschema (through nbformat) imports it when installed (JupyterLab's
#: ``jsonschema[format-nongpl]`` brings it) and builds a grammar for "iri" formats at import, about
#: 1 s of CPU on every command; a notebook's schema has no such format.
UNUSED_IMPORTS = ("rfc3987_syntax",)


def skip_unused_imports() -> None:
    """Mark :data:`UNUSED_IMPORTS` as absent for this process (their importers treat them as not installed).

    Only the command line does this, never ``import netkit``: a kernel or a server that imports
    netkit keeps every format check it had."""
    for name in UNUSED_IMPORTS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def main() -> None:
    """Run the coach's command line, or exit 2 with one line naming the extra to install."""
    missing = missing_coach_modules()
    if missing:
        print(
            f"netkit: the coach's commands need the coach extra ({', '.join(missing)} not installed): {COACH_EXTRA}",
            file=sys.stderr,
        )
        raise SystemExit(2)
    skip_unused_imports()
    from netkit.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
