"""Printable PDF pages for coaches: one place that sets up fpdf2 with a Unicode font.

The run sheet and the paper worksheets are PDFs a coach prints or sends. fpdf2 (pure Python)
writes real text, not pictures of text, so the pages can be searched, copied and read aloud.
The core PDF fonts only know Latin-1, which would mangle names like "Sofía" or "Ørsted"; the
DejaVu fonts that ship inside matplotlib (already a netkit dependency) cover Latin, Greek and
Cyrillic. Pages are A4 and use black, greys and white only, so they photocopy well.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

__all__ = ["A4_WIDTH_MM", "FONT", "MARGIN_MM", "missing_glyphs", "new_pdf", "pdf_bytes", "table"]

FONT = "DejaVu"
A4_WIDTH_MM = 210
MARGIN_MM = 15


def _font_dir() -> Path:
    spec = importlib.util.find_spec("matplotlib")  # only to find the font files: no import
    assert spec is not None and spec.submodule_search_locations, "matplotlib is a dependency"
    return Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf"


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    from fontTools.ttLib import TTFont  # fpdf2 and matplotlib both depend on fontTools

    with TTFont(str(_font_dir() / "DejaVuSans.ttf"), lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_glyphs(*texts: str) -> str:
    """The characters of ``texts`` the PDF font cannot draw (CJK, emoji…), in order, once each.

    fpdf2 leaves them out of the page with only a log line; callers warn the coach instead,
    so a name that cannot be printed is never dropped silently.
    """
    covered = _covered()
    seen: dict[str, None] = {}
    for text in texts:
        for char in text or "":
            if ord(char) not in covered and not char.isspace():
                seen.setdefault(char)
    return "".join(seen)


def new_pdf(title: str):
    """An empty A4 ``fpdf.FPDF`` with the Unicode font in regular and bold, and ``title`` set."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_title(title)
    pdf.set_creator("netkit")
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=MARGIN_MM)
    fonts = _font_dir()
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    pdf.set_font(FONT, size=10)
    pdf.set_text_color(0)
    pdf.set_draw_color(0)
    return pdf


def table(pdf, columns, widths, rows, *, height: float = 8, size: float = 8.5) -> None:
    """A bordered table: a grey heading row, then ``rows`` (sequences of cell texts; empty
    strings leave room to write), starting a new page when a row would not fit."""
    pdf.set_fill_color(225)
    pdf.set_font(FONT, "B", size)
    for text, width in zip(columns, widths):
        pdf.cell(width, 6, text, border=1, fill=True)
    pdf.ln()
    pdf.set_font(FONT, size=size)
    for row in rows:
        if pdf.will_page_break(height):
            pdf.add_page()
        for text, width in zip(row, widths):
            pdf.cell(width, height, text, border=1)
        pdf.ln()


def pdf_bytes(pdf) -> bytes:
    """The finished document."""
    return bytes(pdf.output())
