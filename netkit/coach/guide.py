"""The facilitator's kit: run sheets, paper worksheets and a slide deck for running a workshop.

A coach needs more than workbooks to run a session: a minute-by-minute plan with what to say
and do, where people get stuck and what to watch in the live report; pages for whoever's laptop
fails; something to project. :func:`write_guide` writes all of it for one format:

* ``run-sheet.html`` / ``run-sheet.pdf`` / ``run-sheet.json`` — the plan (:func:`run_sheet`);
* ``worksheets.pdf`` — the blank paper fallback (:mod:`netkit.coach.worksheets`);
* ``slides.html`` — the presenter deck (:mod:`netkit.coach.slides`).

The content is data, not code: ``netkit/data/guide.toml``, read into run sheets by
:mod:`netkit.coach.run_sheets` (whose names this module re-exports). This module only writes the outputs.
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
from netkit.coach.run_sheets import exercise_title as exercise_title
from netkit.coach.run_sheets import heading as heading
from netkit.coach.run_sheets import load_guide as load_guide
from netkit.coach.run_sheets import run_sheet as run_sheet
from netkit.coach.slides import slides_html
from netkit.exceptions import NetkitError as NetkitError
from netkit.markup import escape

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
_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#111;max-width:54em;margin:1.5em auto;
line-height:1.4;padding:0 1em}h1{margin-bottom:.1em}.meta{color:#444}
.block{border-left:6px solid #000;padding:.2em .9em .6em;margin:1em 0;break-inside:avoid}
.block.break{border-left-style:dotted}.block.pair,.block.group{border-left-style:double;border-left-width:9px}
.time{font-weight:bold;font-variant-numeric:tabular-nums}.kind{text-transform:uppercase;font-size:.8em;
letter-spacing:.06em;border:1px solid #000;padding:0 .35em;margin-left:.4em}
h2{font-size:1.15em;margin:.3em 0}h3.session{border-bottom:2px solid #000;margin-top:1.6em}
.say{font-style:italic;border-left:3px solid #999;padding-left:.6em}dt{font-weight:bold}dd{margin:0 0 .3em 1em}
.roles{display:flex;gap:.6em}.card{border:1px solid #000;padding:.3em .6em;flex:1}.card ul{padding-left:1.1em;margin:.2em 0}
.debrief{margin-bottom:0}table.plan{border-collapse:collapse;width:100%}table.plan td,table.plan th{border:1px solid #999;padding:.2em .4em;
text-align:left}@media print{body{margin:0;max-width:none}}
"""


def _moved_html(sheet: RunSheet) -> str:
    if not sheet.moved:
        return ""
    return "<h3>Outside the room</h3><ul>" + "".join(f"<li>{escape(m)}</li>" for m in sheet.moved) + "</ul>"


def _hard_moments_html(sheet: RunSheet) -> str:
    items = "".join(f"<dt>{escape(h['title'])}</dt><dd>{escape(h['say'])}</dd>" for h in sheet.hard_moments)
    places = "".join(f"<li>{escape(c)}</li>" for c in sheet.categories)
    return (
        "<h3 class='session'>Hard moments: what to say</h3>"
        + (f"<dl>{items}</dl>" if items else "")
        + (f"<p><b>Places to look, for “I have no network”:</b></p><ul>{places}</ul>" if places else "")
    )


def _block_html(b: Block) -> str:
    """One block of the run sheet page: its times, title and kind, what to say, the steps, role cards, the debrief
    and the notes (breakouts, co-host, chat, materials, where people get stuck, the live report)."""
    details = [
        f"<p class='say'>Say: “{escape(b.say)}”</p>" if b.say else "",
        "<ol>" + "".join(f"<li>{escape(s)}</li>" for s in b.steps) + "</ol>" if b.steps else "",
    ]
    dl = []
    if b.roles:
        details.append(
            "<div class='roles'>"
            + "".join(
                f"<div class='card'><b>{escape(r['title'])}</b><ul>"
                + "".join(f"<li>{escape(line)}</li>" for line in r["card"])
                + "</ul></div>"
                for r in b.roles
            )
            + "</div>"
        )
    if b.debrief:
        details.append(
            f"<p class='debrief'><b>Debrief ({b.debrief['minutes']} min, whole group):</b></p><ul>"
            + "".join(f"<li>{escape(q)}</li>" for q in b.debrief["questions"])
            + "</ul>"
        )
    if b.breakout:
        dl.append(f"<dt>Breakout rooms</dt><dd>{escape(b.breakout)}</dd>")
    if b.cohost:
        dl.append(f"<dt>Co-host</dt><dd>{escape(b.cohost)}</dd>")
    if b.chat:
        dl.append(f"<dt>Chat prompt</dt><dd>{escape(b.chat)}</dd>")
    if b.materials:
        dl.append(f"<dt>Materials</dt><dd>{escape('; '.join(b.materials))}</dd>")
    if b.stuck:
        dl.append(
            "<dt>Where people get stuck</dt>"
            + "".join(f"<dd>{escape(p)}{' → ' + str(escape(h)) if h else ''}</dd>" for p, h in b.stuck)
        )
    if b.watch:
        dl.append(f"<dt>In the live report</dt><dd>{escape(b.watch)}</dd>")
    exercise = (
        f" <span class='meta'>· in the workbook: {escape(exercise_title(b.exercise))}</span>"
        if b.exercise and exercise_title(b.exercise) != b.title
        else ""
    )
    return (
        f"<section class='block {escape(b.kind)}'><h2><span class='time'>{_clock(b.start)}–"
        f"{_clock(b.start + b.minutes)}</span> {escape(b.title)}<span class='kind'>{escape(b.kind)}"
        f"</span>{exercise}</h2>{''.join(details)}" + (f"<dl>{''.join(dl)}</dl>" if dl else "") + "</section>"
    )


def run_sheet_html(sheet: RunSheet) -> str:
    """The printable run sheet page."""
    overview = "".join(
        f"<tr><td>{(sheet.sessions > 1 and f'S{b.session} ') or ''}{_clock(b.start)}</td><td>{b.minutes}</td>"
        f"<td>{escape(b.kind)}</td><td>{escape(b.title)}</td></tr>"
        for b in sheet.blocks
    )
    parts, session = [], 0
    for b in sheet.blocks:
        if sheet.sessions > 1 and b.session != session:
            session = b.session
            parts.append(
                f"<h3 class='session'>Session {session}"
                + (" (two weeks after the last one)" if session > 1 else "")
                + "</h3>"
            )
        parts.append(_block_html(b))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Run sheet — {escape(sheet.title)}"
        f"</title><style>{_CSS}</style></head><body><h1>Run sheet: {escape(sheet.title)}</h1>"
        f"<p class='meta'>{escape(heading(sheet)) or 'Workshop'} · {sheet.minutes} minutes"
        + (f" in {sheet.sessions} sessions" if sheet.sessions > 1 else "")
        + f" · timed for {sheet.group_size} people</p>"
        "<table class='plan'><tr><th>Start</th><th>Min</th><th>Kind</th><th>What</th></tr>"
        f"{overview}</table>{_moved_html(sheet)}{''.join(parts)}{_hard_moments_html(sheet)}</body></html>"
    )


# --------------------------------------------------------------------------- PDF
def run_sheet_pdf(sheet: RunSheet) -> bytes:
    """The run sheet as an A4 PDF with real text."""
    from netkit.coach.pdf import FONT, new_pdf, pdf_bytes

    pdf = new_pdf(f"Run sheet — {sheet.title}")
    pdf.add_page()
    _pdf_timetable(pdf, sheet)
    pdf.ln(4)
    session = 0
    for b in sheet.blocks:
        if sheet.sessions > 1 and b.session != session:
            session = b.session
            pdf.set_font(FONT, "B", 13)
            pdf.multi_cell(pdf.epw, 8, f"Session {session}", border="B", new_x="LMARGIN", new_y="NEXT")
        _pdf_block(pdf, b)
    _pdf_hard_moments(pdf, sheet)
    return pdf_bytes(pdf)


def _pdf_timetable(pdf: FPDF, sheet: RunSheet) -> None:
    """The PDF's first lines: title, workshop, length and group size, the timetable, what happens outside the room."""
    from netkit.coach.pdf import FONT, table

    w = pdf.epw
    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(w, 8, f"Run sheet: {sheet.title}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9.5)
    pdf.multi_cell(
        w,
        5,
        f"{heading(sheet) or 'Workshop'} · {sheet.minutes} minutes · timed for {sheet.group_size} people",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    table(
        pdf,
        ("Start", "Min", "Kind", "What"),
        (18, 12, 20, w - 50),
        [
            (
                f"S{b.session} {_clock(b.start)}" if sheet.sessions > 1 else _clock(b.start),
                str(b.minutes),
                b.kind,
                b.title,
            )
            for b in sheet.blocks
        ],
        height=5.5,
    )
    if sheet.moved:
        pdf.ln(2)
        pdf.set_font(FONT, size=9)
        pdf.multi_cell(
            w, 4.6, "**Outside the room:** " + " ".join(sheet.moved), markdown=True, new_x="LMARGIN", new_y="NEXT"
        )


def _pdf_block(pdf: FPDF, b: Block) -> None:
    """One block in the PDF: its times, title and kind, what to say, the steps, role cards and notes."""
    from netkit.coach.pdf import FONT

    w = pdf.epw
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(
        w,
        6,
        f"{_clock(b.start)}–{_clock(b.start + b.minutes)}  {b.title}  [{b.kind.upper()}, {b.minutes} min]",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if b.say:
        pdf.set_font(FONT, "I", 9)
        pdf.multi_cell(w, 4.6, f"Say: “{b.say}”", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9)
    for n, step in enumerate(b.steps, 1):
        pdf.multi_cell(w, 4.6, f"{n}. {step}", new_x="LMARGIN", new_y="NEXT")
    for role in b.roles:
        pdf.multi_cell(
            w, 4.6, f"**{role['title']}:** " + " ".join(role["card"]), markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
    for label, text in (
        ("Debrief", f"({b.debrief['minutes']} min) " + " ".join(b.debrief["questions"]) if b.debrief else ""),
        ("Breakout rooms", b.breakout),
        ("Co-host", b.cohost),
        ("Chat prompt", b.chat),
        ("Materials", "; ".join(b.materials)),
        ("Stuck", " | ".join(f"{p} → {h}" if h else p for p, h in b.stuck)),
        ("In the live report", b.watch),
    ):
        if text:
            pdf.multi_cell(w, 4.6, f"**{label}:** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def _pdf_hard_moments(pdf: FPDF, sheet: RunSheet) -> None:
    """The PDF's last part: what to say at the hard moments, and the places to look."""
    from netkit.coach.pdf import FONT

    w = pdf.epw
    if pdf.will_page_break(40):
        pdf.add_page()
    pdf.set_font(FONT, "B", 13)
    pdf.multi_cell(w, 8, "Hard moments: what to say", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9)
    for moment in sheet.hard_moments:
        pdf.multi_cell(w, 4.6, f"**{moment['title']}** {moment['say']}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    if sheet.categories:
        pdf.multi_cell(
            w,
            4.6,
            "**Places to look:** " + "; ".join(sheet.categories) + ".",
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
) -> list[Path]:
    """Write the run sheet (HTML, PDF, JSON), the blank worksheets and the slides into ``out``
    (see :func:`pdf_warnings` for what the PDFs may leave out)."""
    from netkit.atomic import atomic_write_bytes, atomic_write_json, atomic_write_text
    from netkit.coach.worksheets_pdf import worksheets_pdf
    from netkit.paths import claim_output_folder

    sheet = run_sheet(format_name, workshop=workshop, date=date, coach=coach, group_size=group_size)
    out = claim_output_folder(out, "guide")  # created, empty, or this command's own: never a foreign folder
    title = workshop or DEFAULT_TITLE
    return [
        atomic_write_text(out / f"{RUN_SHEET}.html", run_sheet_html(sheet)),
        atomic_write_bytes(out / f"{RUN_SHEET}.pdf", run_sheet_pdf(sheet)),
        atomic_write_json(out / f"{RUN_SHEET}.json", sheet.as_json()),
        atomic_write_bytes(
            out / WORKSHEETS_PDF, worksheets_pdf(title=f"{title} — worksheets", subtitle=heading(sheet))
        ),
        atomic_write_text(out / SLIDES_HTML, slides_html(sheet, today=_dt.date.today())),
    ]
