"""The blank paper worksheets as an A4 PDF (black and white), the set ``netkit guide`` writes as ``worksheets.pdf``.

Drawn with fpdf2 from the same content model as the HTML page, :func:`netkit.coach.worksheets.sheets`.
Paper has to work alone: a part (a table above all) starts on a new page rather than split when it fits
on one, and a short sheet shares a page with the next instead of leaving a near-empty page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from netkit.coach.worksheets import Part, sheets
from netkit.languages import gettext_for

__all__ = ["worksheets_pdf"]


def _pdf_rings(pdf, labels: Sequence[str], centre: str = "You") -> None:
    from netkit.coach.pdf import FONT

    radius_max, step = 55, 55 / (len(labels) + 0.6)
    if pdf.will_page_break(2 * radius_max + 6):
        pdf.add_page()
    cx, cy = pdf.w / 2, pdf.get_y() + radius_max + 2
    pdf.set_font(FONT, size=8)
    for i, label in enumerate(labels):
        r = step * (i + 1.6)
        pdf.set_dash_pattern(dash=2, gap=1.5) if i == len(labels) - 1 else pdf.set_dash_pattern()
        pdf.circle(x=cx, y=cy, radius=r, style="D")
        pdf.set_xy(cx - 25, cy - r + 1)
        pdf.cell(50, 4, label, align="C")
    pdf.set_dash_pattern()
    pdf.set_fill_color(235)
    pdf.circle(x=cx, y=cy, radius=step * 0.6, style="FD")
    pdf.set_font(FONT, "B", 9)
    pdf.set_xy(cx - 10, cy - 2)
    pdf.cell(20, 4, centre, align="C")
    pdf.set_y(cy + radius_max + 4)


def _height(part: Part) -> float:
    """About how tall a part is (mm), to keep a short part, and a table, on one page with its title."""
    head = 12 + (5 if part.hint else 0) + len(part.hint) / 110 * 4.2
    if part.kind == "table":
        return head + 6 + 8 * part.rows
    if part.kind == "rings":
        return head + 2 * 55 + 6
    if part.kind == "lines":
        return head + 8 * min(part.lines, 4)  # long writing space may continue on the next page
    if part.kind == "fields":
        return head + 9 * len(part.items)
    if part.kind == "texts":
        return head + min(60.0, sum(10 + len(item) / 100 * 4.4 for item in part.items[:1]))
    return head + sum(5.5 * (1 + len(item) // 105) for item in part.items[:4])


def _pdf_part(pdf, part: Part, gettext: Callable[[str], str] = str) -> None:
    from netkit.coach.pdf import FONT, table

    width = pdf.epw
    if pdf.will_page_break(_height(part)):
        pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(width, 6, part.title, new_x="LMARGIN", new_y="NEXT")
    if part.hint:
        pdf.set_font(FONT, "I", 8.5)
        pdf.multi_cell(width, 4.2, part.hint, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9.5)
    pdf.ln(1)
    if part.kind == "rings":
        _pdf_rings(pdf, part.items, gettext("You"))
    elif part.kind == "table":
        weights = [max(len(name), 14) for name in part.columns]  # wide enough for each heading
        table(pdf, part.columns, [width * w / sum(weights) for w in weights], [[""] * len(part.columns)] * part.rows)
    elif part.kind == "list":
        for item in part.items:
            pdf.set_x(pdf.l_margin + 3)
            pdf.multi_cell(width - 3, 4.8, f"• {item}", new_x="LMARGIN", new_y="NEXT")
    elif part.kind == "texts":
        for item in part.items:
            title, _, body = item.partition("\n")
            lines = len(body) / 95 + body.count("\n") + 2
            if pdf.will_page_break(4.4 * lines + 6):
                pdf.add_page()
            pdf.set_font(FONT, "B", 9)
            pdf.multi_cell(width, 5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FONT, size=8.5)
            pdf.multi_cell(width, 4.2, body, border="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.set_font(FONT, size=9.5)
    elif part.kind == "checklist":
        for item in part.items:
            pdf.rect(pdf.l_margin, pdf.get_y() + 1, 3.5, 3.5)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(width - 6, 5.5, item, new_x="LMARGIN", new_y="NEXT")
    elif part.kind == "lines":
        for _ in range(part.lines):
            if pdf.will_page_break(8):
                pdf.add_page()
            pdf.ln(8)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + width, pdf.get_y())
    else:
        values = list(part.values) + [""] * (len(part.items) - len(part.values))
        for item, value in zip(part.items, values):
            pdf.set_font(FONT, "B", 9.5)
            label = pdf.get_string_width(item + ":") + 2
            pdf.cell(label, 9, item + ":")
            pdf.set_font(FONT, size=9.5)
            pdf.cell(width - label, 9, value, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def worksheets_pdf(
    personal: Mapping[str, str] | None = None,
    *,
    title: str = "Networking workbook — worksheets",
    subtitle: str = "",
    language: str | None = None,
) -> bytes:
    """The worksheets as an A4 PDF with real text (blank unless ``personal`` is given), their words in
    ``language`` (default: the participant's own ``language`` field, else English); the title is the caller's."""
    from netkit.coach.pdf import FONT, new_pdf, pdf_bytes

    language = str((personal or {}).get("language") or "") if language is None else language
    _ = gettext_for(language)
    pdf = new_pdf(title)
    for n, sheet in enumerate(sheets(personal, language)):
        # A sheet starts a new page unless the last one left most of its page empty (no near-empty pages).
        if n == 0 or pdf.get_y() > pdf.h / 2:
            pdf.add_page()
            pdf.set_font(FONT, size=8)
            pdf.cell(0, 4, " · ".join(x for x in (title, subtitle) if x), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(6)
        pdf.set_font(FONT, "B", 15)
        pdf.multi_cell(pdf.epw, 8, sheet.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=9.5)
        pdf.multi_cell(pdf.epw, 5, sheet.intro, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for part in sheet.parts:
            _pdf_part(pdf, part, _)
    return pdf_bytes(pdf)
