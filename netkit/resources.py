"""Where the bundled workbooks, exercises and example cohort are, installed or in a checkout.

A wheel carries ``workbooks/`` and ``exercises/`` inside the package (``netkit/_bundled``);
an editable install or a source checkout uses the folders at the project root.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEFAULT_WORKBOOK", "PACKAGE_DIR", "bundled_dir", "default_workbook", "example_roster"]

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_WORKBOOK = "workshop.ipynb"


def bundled_dir(name: str) -> Path:
    """The bundled ``workbooks`` or ``exercises`` folder."""
    inside = PACKAGE_DIR / "_bundled" / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def default_workbook(language: str = "") -> Path:
    """The workshop template ``netkit render`` uses unless given ``--workbook``; with a ``language`` other
    than English, its translation beside it (``workshop.de.ipynb``, composed by ``netkit compose``)."""
    path = bundled_dir("workbooks") / DEFAULT_WORKBOOK
    if not language or language == "en":
        return path
    return path.with_name(f"{path.stem}.{language}{path.suffix}")


def example_roster() -> Path:
    """The bundled cohort of fictional participants used by ``netkit render --example``."""
    return PACKAGE_DIR / "data" / "example-roster.csv"
