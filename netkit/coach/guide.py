"""The facilitator's kit: run sheets, paper worksheets and a slide deck for running a workshop.

A coach needs more than workbooks to run a session: a minute-by-minute plan with what to say
and do, where people get stuck and what to watch in the live report; pages for whoever's laptop
fails; something to project. :func:`write_guide` writes all of it for one format:

* ``run-sheet.html`` / ``run-sheet.pdf`` / ``run-sheet.json`` — the plan (:func:`run_sheet`);
* ``worksheets.pdf`` — the blank paper fallback (:mod:`netkit.coach.worksheets`);
* ``slides.html`` — the presenter deck (:mod:`netkit.coach.slides`).

The content is data, not code: ``netkit/data/guide.toml`` (and ``guide.de.toml``, ``guide.es.toml``), read
into run sheets by :mod:`netkit.coach.run_sheets` (whose names this module re-exports). This module only writes
the outputs, in the run sheet's language: the HTML page from ``templates/html/run_sheet.html.j2``
(:mod:`netkit.html_pages`), the PDF with fpdf2, the labels of both through the catalogs.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from netkit.coach.run_sheets import DEFAULT_FORMAT as DEFAULT_FORMAT
from netkit.coach.run_sheets import DEFAULT_TITLE as DEFAULT_TITLE
from netkit.coach.run_sheets import FORMATS as FORMATS
from netkit.coach.run_sheets import GUIDE_DATA as GUIDE_DATA
from netkit.coach.run_sheets import KINDS as KINDS
from netkit.coach.run_sheets import Block as Block
from netkit.coach.run_sheets import RunSheet as RunSheet
from netkit.coach.run_sheets import default_title, kind_label
from netkit.coach.run_sheets import exercise_title as exercise_title
from netkit.coach.run_sheets import heading as heading
from netkit.coach.run_sheets import load_guide as load_guide
from netkit.coach.run_sheets import run_sheet as run_sheet
from netkit.coach.slides import slides_html
from netkit.exceptions import NetkitError as NetkitError
from netkit.languages import DEFAULT_LANGUAGE, gettext_for

if TYPE_CHECKING:
    from fpdf import FPDF

__all__ = [
    "RUN_SHEET",
    "SLIDES_HTML",
    "WORKSHEETS_PDF",
    "pdf_warnings",
    "run_sheet_html",
    "run_sheet_pdf",
    "write_guide",
]

RUN_SHEET = "run-sheet"
WORKSHEETS_PDF = "worksheets.pdf"
SLIDES_HTML = "slides.html"


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


# --------------------------------------------------------------------------- HTML
def run_sheet_html(sheet: RunSheet) -> str:
    """The printable run sheet page, in the run sheet's language (``templates/html/run_sheet.html.j2``)."""
    from netkit.html_pages import render_page

    _ = gettext_for(sheet.language)

    def in_workbook(block: Block) -> str:
        """The exercise's title beside a block whose own title is another (the run sheet names the notebook)."""
        title = exercise_title(block.exercise, sheet.language) if block.exercise else ""
        return title if title != block.title else ""

    return render_page(
        "run_sheet.html.j2",
        language=sheet.language,
        title=_("Run sheet — {title}").format(title=sheet.title),
        sheet=sheet,
        heading=heading(sheet),
        clock=_clock,
        kind=lambda key: kind_label(key, sheet.language),
        in_workbook=in_workbook,
    )


# --------------------------------------------------------------------------- PDF
def run_sheet_pdf(sheet: RunSheet) -> bytes:
    """The run sheet as an A4 PDF with real text."""
    from netkit.coach.pdf import FONT, new_pdf, pdf_bytes

    _ = gettext_for(sheet.language)
    pdf = new_pdf(_("Run sheet — {title}").format(title=sheet.title))
    pdf.add_page()
    _pdf_timetable(pdf, sheet)
    pdf.ln(4)
    session = 0
    for b in sheet.blocks:
        if sheet.sessions > 1 and b.session != session:
            session = b.session
            pdf.set_font(FONT, "B", 13)
            title = _("Session {number}").format(number=session)
            pdf.multi_cell(pdf.epw, 8, title, border="B", new_x="LMARGIN", new_y="NEXT")
        _pdf_block(pdf, b, sheet.language)
    _pdf_hard_moments(pdf, sheet)
    return pdf_bytes(pdf)


def _pdf_timetable(pdf: FPDF, sheet: RunSheet) -> None:
    """The PDF's first lines: title, workshop, length and group size, the timetable, what happens outside the room."""
    from netkit.coach.pdf import FONT, table

    _ = gettext_for(sheet.language)
    w = pdf.epw
    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(w, 8, _("Run sheet: {title}").format(title=sheet.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9.5)
    facts = (
        heading(sheet) or _("Workshop"),
        _("{minutes} minutes").format(minutes=sheet.minutes),
        _("timed for {people} people").format(people=sheet.group_size),
    )
    pdf.multi_cell(w, 5, " · ".join(facts), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    table(
        pdf,
        (_("Start"), _("Min"), _("Kind"), _("What")),
        (18, 12, 20, w - 50),
        [
            (
                _("S{session}").format(session=b.session) + f" {_clock(b.start)}"
                if sheet.sessions > 1
                else _clock(b.start),
                str(b.minutes),
                kind_label(b.kind, sheet.language),
                b.title,
            )
            for b in sheet.blocks
        ],
        height=5.5,
    )
    if sheet.moved:
        pdf.ln(2)
        pdf.set_font(FONT, size=9)
        moved = "**" + _("Outside the room:") + "** " + " ".join(sheet.moved)
        pdf.multi_cell(w, 4.6, moved, markdown=True, new_x="LMARGIN", new_y="NEXT")


def _pdf_block(pdf: FPDF, b: Block, language: str = DEFAULT_LANGUAGE) -> None:
    """One block in the PDF: its times, title and kind, what to say, the steps, role cards and notes."""
    from netkit.coach.pdf import FONT

    _ = gettext_for(language)
    w = pdf.epw
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(
        w,
        6,
        f"{_clock(b.start)}–{_clock(b.start + b.minutes)}  {b.title}  "
        + _("[{kind}, {minutes} min]").format(kind=kind_label(b.kind, language).upper(), minutes=b.minutes),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if b.say:
        pdf.set_font(FONT, "I", 9)
        pdf.multi_cell(w, 4.6, _("Say: “{words}”").format(words=b.say), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9)
    for n, step in enumerate(b.steps, 1):
        pdf.multi_cell(w, 4.6, f"{n}. {step}", new_x="LMARGIN", new_y="NEXT")
    for role in b.roles:
        pdf.multi_cell(
            w, 4.6, f"**{role['title']}:** " + " ".join(role["card"]), markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
    debrief = ""
    if b.debrief:
        debrief = _("({minutes} min)").format(minutes=b.debrief["minutes"]) + " " + " ".join(b.debrief["questions"])
    for label, text in (
        (_("Debrief"), debrief),
        (_("Breakout rooms"), b.breakout),
        (_("Co-host"), b.cohost),
        (_("Chat prompt"), b.chat),
        (_("Materials"), "; ".join(b.materials)),
        (_("Stuck"), " | ".join(f"{p} → {h}" if h else p for p, h in b.stuck)),
        (_("In the live report"), b.watch),
    ):
        if text:
            pdf.multi_cell(w, 4.6, f"**{label}:** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def _pdf_hard_moments(pdf: FPDF, sheet: RunSheet) -> None:
    """The PDF's last part: what to say at the hard moments, and the places to look."""
    from netkit.coach.pdf import FONT

    _ = gettext_for(sheet.language)
    w = pdf.epw
    if pdf.will_page_break(40):
        pdf.add_page()
    pdf.set_font(FONT, "B", 13)
    pdf.multi_cell(w, 8, _("Hard moments: what to say"), border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9)
    for moment in sheet.hard_moments:
        pdf.multi_cell(w, 4.6, f"**{moment['title']}** {moment['say']}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    if sheet.categories:
        pdf.multi_cell(
            w,
            4.6,
            "**" + _("Places to look:") + "** " + "; ".join(sheet.categories) + ".",
            markdown=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )


# --------------------------------------------------------------------------- all files
def pdf_warnings(workshop: str = "", date: str = "", coach: str = "") -> list[str]:
    """What the PDFs cannot show of the coach's own words (the HTML files show everything)."""
    from netkit.coach.pdf import missing_glyphs

    missing = missing_glyphs(workshop, date, coach)
    if not missing:
        return []
    return [
        f"the PDF font cannot draw {missing!r}, so those characters are left out of run-sheet.pdf and "
        "worksheets.pdf; run-sheet.html and slides.html show them (or print run-sheet.html to PDF "
        "from a browser)"
    ]


def write_guide(
    out: str | Path,
    format_name: str = DEFAULT_FORMAT,
    *,
    workshop: str = "",
    date: str = "",
    coach: str = "",
    group_size: int | None = None,
    language: str | None = DEFAULT_LANGUAGE,
) -> list[Path]:
    """Write the run sheet (HTML, PDF, JSON), the blank worksheets and the slides into ``out``, in
    ``language`` (see :func:`pdf_warnings` for what the PDFs may leave out)."""
    from netkit.atomic import atomic_write_bytes, atomic_write_json, atomic_write_text
    from netkit.coach.worksheets_pdf import worksheets_pdf
    from netkit.paths import claim_output_folder

    sheet = run_sheet(format_name, workshop=workshop, date=date, coach=coach, group_size=group_size, language=language)
    out = claim_output_folder(out, "guide")  # created, empty, or this command's own: never a foreign folder
    _ = gettext_for(sheet.language)
    title = workshop or default_title(sheet.language)
    return [
        atomic_write_text(out / f"{RUN_SHEET}.html", run_sheet_html(sheet)),
        atomic_write_bytes(out / f"{RUN_SHEET}.pdf", run_sheet_pdf(sheet)),
        atomic_write_json(out / f"{RUN_SHEET}.json", sheet.as_json()),
        atomic_write_bytes(
            out / WORKSHEETS_PDF,
            worksheets_pdf(
                title=_("{title} — worksheets").format(title=title), subtitle=heading(sheet), language=sheet.language
            ),
        ),
        atomic_write_text(out / SLIDES_HTML, slides_html(sheet, today=_dt.date.today())),
    ]
