"""The facilitator's kit: run sheets, paper worksheets and a slide deck for running a workshop.

A coach needs more than workbooks to run a session: a minute-by-minute plan with what to say
and do, where people get stuck and what to watch in the live report; pages for whoever's laptop
fails; something to project. :func:`write_guide` writes all of it for one format:

* ``run-sheet.html`` / ``run-sheet.pdf`` / ``run-sheet.json`` — the plan (:func:`run_sheet`);
* ``worksheets.pdf`` — the blank paper fallback (:mod:`netkit.coach.worksheets`);
* ``slides.html`` — the presenter deck (:mod:`netkit.coach.slides`).

The content is data, not code: ``netkit/data/guide.toml`` holds each activity once and the
formats (``room-2h``, ``online-90``, ``series-3x45``) that arrange them. A block that belongs to
an exercise takes its title from the exercise notebook itself, so the run sheet, the slides and
the workbook use the same words. Block minutes must add up to the format's length; a data file
where they do not is refused, naming the format.
"""

from __future__ import annotations

import datetime as _dt
import json
import tomllib
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from netkit.exceptions import NetkitError
from netkit.markup import escape
from netkit.resources import PACKAGE_DIR

GUIDE_DATA = PACKAGE_DIR / "data" / "guide.toml"
KINDS = ("plenary", "solo", "pair", "group", "break")
FORMATS = ("room-2h", "online-90", "series-3x45")
DEFAULT_FORMAT = "room-2h"
DEFAULT_TITLE = "Networking workshop"  # when no --workshop is given
RUN_SHEET = "run-sheet"
WORKSHEETS_PDF = "worksheets.pdf"
SLIDES_HTML = "slides.html"


@dataclass(frozen=True)
class Block:
    """One timed block of a workshop."""

    title: str
    minutes: int
    kind: str
    exercise: str
    steps: tuple[str, ...]
    say: str = ""
    materials: tuple[str, ...] = ()
    stuck: tuple[tuple[str, str], ...] = ()
    watch: str = ""
    chat: str = ""
    breakout: str = ""
    session: int = 1
    start: int = 0  # minutes from the start of its session


@dataclass(frozen=True)
class RunSheet:
    """A workshop format, block by block, for one workshop."""

    format: str
    title: str
    minutes: int
    setting: str
    blocks: tuple[Block, ...]
    workshop: str = ""
    date: str = ""
    coach: str = ""
    sessions: int = field(default=1)

    def as_json(self) -> dict:
        """The machine-readable run sheet (``run-sheet.json``)."""
        blocks = []
        for block in self.blocks:
            data = asdict(block)
            data["exercise"] = block.exercise or None
            data["stuck"] = [{"problem": p, "help": h} for p, h in block.stuck]
            blocks.append(data)
        return {
            "format": self.format,
            "title": self.title,
            "minutes": self.minutes,
            "setting": self.setting,
            "sessions": self.sessions,
            "workshop": self.workshop,
            "date": self.date,
            "coach": self.coach,
            "blocks": blocks,
        }


@cache
def exercise_title(name: str) -> str:
    """The first heading of ``exercises/<name>.ipynb`` ("Exercise 1 — Map your network")."""
    from netkit.resources import bundled_dir

    path = bundled_dir("exercises") / f"{name}.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return name.replace("-", " ").capitalize()


def load_guide(path: str | Path = GUIDE_DATA) -> dict:
    """The guide data file, parsed (``formats`` and ``activities``)."""
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise NetkitError(f"the guide data cannot be read ({exc})", where=path) from None


def run_sheet(
    format_name: str = DEFAULT_FORMAT, *, workshop: str = "", date: str = "", coach: str = "", data: dict | None = None
) -> RunSheet:
    """The run sheet of one format; :class:`NetkitError` if the data is inconsistent."""
    data = data if data is not None else load_guide()
    formats, activities = data.get("formats", {}), data.get("activities", {})
    if format_name not in formats:
        raise NetkitError(
            f"there is no workshop format {format_name!r}", fix="choose one of: " + ", ".join(sorted(formats))
        )
    spec = formats[format_name]
    online = spec.get("setting") == "online"
    blocks, clock, session = [], 0, 1
    for entry in spec["blocks"]:
        activity = activities.get(entry["activity"])
        if activity is None:
            raise NetkitError(
                f"format {format_name!r} names an unknown activity {entry['activity']!r}", where=GUIDE_DATA
            )
        if entry.get("session", 1) != session:
            session, clock = entry["session"], 0
        kind, exercise = activity["kind"], activity.get("exercise", "")
        if kind not in KINDS:
            raise NetkitError(
                f"activity {entry['activity']!r} has kind {kind!r}",
                where=GUIDE_DATA,
                fix="use one of: " + ", ".join(KINDS),
            )
        extra = activity.get("online", {}) if online else {}
        stuck = tuple(
            tuple(part.strip() for part in item.split("::", 1)) if "::" in item else (item, "")
            for item in activity.get("stuck", [])
        )
        blocks.append(
            Block(
                title=activity.get("title") or exercise_title(exercise),
                minutes=int(entry["minutes"]),
                kind=kind,
                exercise=exercise,
                steps=tuple(activity.get("steps", [])) + tuple(extra.get("steps", [])),
                say=activity.get("say", ""),
                materials=tuple(activity.get("materials", [])),
                stuck=stuck,
                watch=activity.get("watch", ""),
                chat=extra.get("chat", ""),
                breakout=extra.get("breakout", ""),
                session=session,
                start=clock,
            )
        )
        clock += int(entry["minutes"])
    total = sum(b.minutes for b in blocks)
    if total != spec["minutes"]:
        raise NetkitError(
            f"format {format_name!r} is {spec['minutes']} minutes but its blocks add up to {total}",
            where=GUIDE_DATA,
            fix="change the blocks' minutes so they add up",
        )
    return RunSheet(
        format=format_name,
        title=spec["title"],
        minutes=spec["minutes"],
        setting=spec["setting"],
        blocks=tuple(blocks),
        workshop=workshop,
        date=date,
        coach=coach,
        sessions=session,
    )


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def heading(sheet: RunSheet) -> str:
    """'Networking that lasts · 2026-12-03 · Sam Rivera' (what is known of it)."""
    return " · ".join(x for x in (sheet.workshop, sheet.date, sheet.coach) if x)


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
table.plan{border-collapse:collapse;width:100%}table.plan td,table.plan th{border:1px solid #999;padding:.2em .4em;
text-align:left}@media print{body{margin:0;max-width:none}}
"""


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
        details = [
            f"<p class='say'>Say: “{escape(b.say)}”</p>" if b.say else "",
            "<ol>" + "".join(f"<li>{escape(s)}</li>" for s in b.steps) + "</ol>" if b.steps else "",
        ]
        dl = []
        if b.breakout:
            dl.append(f"<dt>Breakout rooms</dt><dd>{escape(b.breakout)}</dd>")
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
        parts.append(
            f"<section class='block {escape(b.kind)}'><h2><span class='time'>{_clock(b.start)}–"
            f"{_clock(b.start + b.minutes)}</span> {escape(b.title)}<span class='kind'>{escape(b.kind)}"
            f"</span>{exercise}</h2>{''.join(details)}" + (f"<dl>{''.join(dl)}</dl>" if dl else "") + "</section>"
        )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Run sheet — {escape(sheet.title)}"
        f"</title><style>{_CSS}</style></head><body><h1>Run sheet: {escape(sheet.title)}</h1>"
        f"<p class='meta'>{escape(heading(sheet)) or 'Workshop'} · {sheet.minutes} minutes"
        + (f" in {sheet.sessions} sessions" if sheet.sessions > 1 else "")
        + "</p>"
        "<table class='plan'><tr><th>Start</th><th>Min</th><th>Kind</th><th>What</th></tr>"
        f"{overview}</table>{''.join(parts)}</body></html>"
    )


# --------------------------------------------------------------------------- PDF
def run_sheet_pdf(sheet: RunSheet) -> bytes:
    """The run sheet as an A4 PDF with real text."""
    from netkit.coach.pdf import FONT, new_pdf, pdf_bytes, table

    pdf = new_pdf(f"Run sheet — {sheet.title}")
    pdf.add_page()
    w = pdf.epw
    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(w, 8, f"Run sheet: {sheet.title}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9.5)
    pdf.multi_cell(w, 5, f"{heading(sheet) or 'Workshop'} · {sheet.minutes} minutes", new_x="LMARGIN", new_y="NEXT")
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
    pdf.ln(4)
    session = 0
    for b in sheet.blocks:
        if sheet.sessions > 1 and b.session != session:
            session = b.session
            pdf.set_font(FONT, "B", 13)
            pdf.multi_cell(w, 8, f"Session {session}", border="B", new_x="LMARGIN", new_y="NEXT")
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
        for label, text in (
            ("Breakout rooms", b.breakout),
            ("Chat prompt", b.chat),
            ("Materials", "; ".join(b.materials)),
            ("Stuck", " | ".join(f"{p} → {h}" if h else p for p, h in b.stuck)),
            ("In the live report", b.watch),
        ):
            if text:
                pdf.multi_cell(w, 4.6, f"**{label}:** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    return pdf_bytes(pdf)


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
    out: str | Path, format_name: str = DEFAULT_FORMAT, *, workshop: str = "", date: str = "", coach: str = ""
) -> list[Path]:
    """Write the run sheet (HTML, PDF, JSON), the blank worksheets and the slides into ``out``
    (see :func:`pdf_warnings` for what the PDFs may leave out)."""
    from netkit.atomic import atomic_write_bytes, atomic_write_json, atomic_write_text
    from netkit.coach.slides import slides_html
    from netkit.coach.worksheets import worksheets_pdf

    sheet = run_sheet(format_name, workshop=workshop, date=date, coach=coach)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
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
