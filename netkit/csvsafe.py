"""CSV files a coach can open in Excel or LibreOffice without surprises.

Two habits, both from OWASP's *CSV Injection* advice and Excel's quirks:

* every text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
  leading ``'`` so a spreadsheet shows it as text instead of running it as a formula
  (``=HYPERLINK(…)`` in a participant's name stays a name);
* the file is UTF-8 *with* a byte-order mark, so Excel reads accents and CJK correctly.

Numbers stay numbers (``-3`` is not a formula). Files are written through :mod:`netkit.atomic`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from netkit.atomic import atomic_write_text

__all__ = ["BOM", "FORMULA_STARTS", "csv_text", "safe_cell", "write_csv"]

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """``value`` as a cell a spreadsheet shows as text (a formula-like start gets a ``'`` prefix)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> str:
    """A CSV document (no BOM) with every cell passed through :func:`safe_cell`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


def write_csv(path: str | Path, header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> Path:
    """Write a spreadsheet-safe CSV atomically, UTF-8 with BOM; return its path."""
    return atomic_write_text(path, BOM + csv_text(header, rows))
