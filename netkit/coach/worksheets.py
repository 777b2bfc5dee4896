"""Paper worksheets: every form of the workbook, with room to write by hand.

A workshop always has someone whose laptop, Wi-Fi or Binder session fails. They get these pages
and a pen and lose nothing: the same three exercises, the same rings, the same checklist, the
same plan. One content model (:func:`sheets`) is drawn two ways:

* :func:`netkit.coach.worksheets_pdf.worksheets_pdf` — the blank set ``netkit guide`` writes
  (``worksheets.pdf``, A4, black and white);
* :func:`worksheets_html` — a page per participant that ``netkit render --html`` writes, with
  their name, goal and target organisations filled in, and the same writing space.

Each exercise declares its own sheet (``Exercise.worksheet``, :mod:`netkit.exercises.registry`); this module adds
the "About you" page and draws them, in workshop order, so a new exercise is on paper with no edit here.
Every part is built from the exercises' own data, so paper and screen cannot drift apart: the
rings from :data:`netkit.contacts.RINGS`, the reflection questions from
:data:`netkit.exercises.reflection.prompts.PROMPTS`, the rhythms from
:data:`netkit.exercises.reflection.plan.CADENCES`, and the checklist from the linter's rule list
(:func:`netkit.exercises.outreach.lint.checklist_items`, each rule's own title), so a rule added to the
linter appears on paper too.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Mapping, Sequence

from netkit.exercises import registry
from netkit.exercises.outreach.exercise import NOT_ON_PAPER, checklist_rules, template_texts
from netkit.exercises.registry import Part, Sheet, SheetContext
from netkit.languages import DEFAULT_LANGUAGE, gettext_for, written_date
from netkit.markup import escape, escape_attr
from netkit.profile_lists import split_list

__all__ = [
    "NOT_ON_PAPER",
    "Part",
    "Sheet",
    "checklist_rules",
    "rings_svg",
    "sheets",
    "template_texts",
    "worksheets_html",
]


def sheets(personal: Mapping[str, str] | None = None, language: str | None = None) -> list[Sheet]:
    """The worksheets, blank or with a participant's roster fields (``name``, ``goal``, …), in ``language``
    (default: the participant's own ``language`` field; English when there is none)."""
    from netkit.coach.run_sheets import load_guide

    p = {k: str(v or "") for k, v in (personal or {}).items()}
    language = p.get("language", "") if language is None else language
    _ = gettext_for(language)
    guide = load_guide()
    about = Sheet(
        "welcome",
        _("About you"),
        _("Fill this in first; it is what your workbook's welcome card shows."),
        (
            Part(
                "fields",
                _("You"),
                items=(
                    _("Name"),
                    _("What I want from my network"),
                    _("Career stage"),
                    _("Sectors I am aiming at"),
                    _("Organisations I am aiming at"),
                ),
                values=(
                    p.get("name", ""),
                    p.get("goal", ""),
                    p.get("career_stage", ""),
                    p.get("target_sectors", ""),
                    p.get("target_organisations", ""),
                ),
            ),
        ),
    )
    context = SheetContext(p, guide, tuple(split_list(p.get("target_organisations", ""))), language)
    return [about, *(e.worksheet(context) for e in registry.exercises() if e.worksheet is not None)]


# --------------------------------------------------------------------------- pictures
def rings_svg(
    labels: Sequence[str], people: Sequence[tuple[str, int]] = (), *, size: int = 420, centre: str = "You"
) -> str:
    """Concentric rings (innermost first) with their labels as real text; ``people`` are
    (name, ring index) dots, for the demo participant on the slides. Black on white."""
    c, step = size / 2, (size / 2 - 10) / (len(labels) + 0.6)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {size} {size}' role='img' "
        f"aria-label='{escape_attr(', '.join(labels))} rings' class='rings' overflow='visible'>"
    ]
    for i, label in reversed(list(enumerate(labels))):
        r = step * (i + 1.6)
        parts.append(
            f"<circle cx='{c}' cy='{c}' r='{r:.1f}' fill='none' stroke='#000' stroke-width='1' "
            f"stroke-dasharray='{'5 4' if i == len(labels) - 1 else '0'}'/>"
            f"<text x='{c}' y='{c - r + 13:.1f}' text-anchor='middle' font-size='11' "
            f"font-family='sans-serif'>{escape(label)}</text>"
        )
    parts.append(
        f"<circle cx='{c}' cy='{c}' r='{step * 0.6:.1f}' fill='#eee' stroke='#000'/>"
        f"<text x='{c}' y='{c + 4}' text-anchor='middle' font-size='12' font-weight='bold' "
        f"font-family='sans-serif'>{escape(centre)}</text>"
    )
    for n, (name, ring) in enumerate(people):
        # clockwise from 12 o'clock, keeping clear of the ring labels at the top
        angle = math.radians(40 + (n * 137.5) % 280)
        r = step * (ring + 1.1)
        x, y = c + r * math.sin(angle), c - r * math.cos(angle)
        left = x < c
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='5' fill='#000'/>"
            f"<text x='{x - 8 if left else x + 8:.1f}' y='{y + 4:.1f}' font-size='11' "
            f"text-anchor='{'end' if left else 'start'}' font-family='sans-serif'>{escape(name)}</text>"
        )
    return "".join(parts) + "</svg>"


# --------------------------------------------------------------------------- HTML
_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#000;max-width:50em;margin:1.5em auto;
line-height:1.4}
h1{margin:0 0 .2em}h2{border-bottom:2px solid #000;padding-bottom:.15em;margin-top:1.4em}
h3{margin:1em 0 .2em;font-size:1.05em}.hint{color:#333;font-size:.92em;margin:.1em 0 .4em}
.sheet{break-before:page}.sheet:first-of-type{break-before:auto}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:.2em .4em;text-align:left;
height:1.9em;vertical-align:top}th{background:#eee;height:auto}
.lines{border:1px solid #000;background:repeating-linear-gradient(to bottom,#fff 0,#fff 1.85em,#888 1.85em,
#888 1.9em);-webkit-print-color-adjust:exact;print-color-adjust:exact}
.field{display:flex;gap:.5em;align-items:flex-end;margin:.35em 0}.field b{white-space:nowrap}
.field span{flex:1;border-bottom:1px solid #000;min-height:1.5em}
ul.check{list-style:none;padding-left:0}ul.check li::before{content:'☐ ';font-size:1.1em}
svg.rings{display:block;margin:.5em auto;max-width:24em}
.text{border:1px solid #000;padding:.2em .6em;margin:.4em 0;break-inside:avoid}.text p{white-space:pre-wrap;margin:.2em 0}
@page{size:A4;margin:14mm}@media print{body{margin:0;max-width:none}h3,tr,table,.field{break-inside:avoid}}
"""


def _part_html(part: Part, gettext: Callable[[str], str] = str) -> str:
    hint = f"<p class='hint'>{escape(part.hint)}</p>" if part.hint else ""
    head = f"<h3>{escape(part.title)}</h3>{hint}"
    if part.kind == "rings":
        return head + rings_svg(part.items, centre=gettext("You"))
    if part.kind == "table":
        cols = "".join(f"<th>{escape(c)}</th>" for c in part.columns)
        empty = "<tr>" + "<td></td>" * len(part.columns) + "</tr>"
        return head + f"<table><tr>{cols}</tr>{empty * part.rows}</table>"
    if part.kind == "checklist":
        return head + "<ul class='check'>" + "".join(f"<li>{escape(i)}</li>" for i in part.items) + "</ul>"
    if part.kind == "list":
        return head + "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in part.items) + "</ul>"
    if part.kind == "texts":
        return head + "".join(
            f"<div class='text'><b>{escape(t)}</b><p>{escape(body)}</p></div>"
            for t, _, body in (item.partition("\n") for item in part.items)
        )
    if part.kind == "lines":
        label = escape_attr(gettext("space to write"))
        return head + f"<div class='lines' style='height:{part.lines * 1.9:.1f}em' aria-label='{label}'></div>"
    values = list(part.values) + [""] * (len(part.items) - len(part.values))
    return head + "".join(
        f"<div class='field'><b>{escape(item)}:</b><span>{escape(value)}</span></div>"
        for item, value in zip(part.items, values)
    )


def _workshop_day(value: str, language: str) -> str:
    """The workshop's date as the sheet's language writes it ("Donnerstag, 3. Dezember 2026"); English, and a
    date that is not ISO (``2026-12-03``), exactly as the roster gave it."""
    if language in ("", DEFAULT_LANGUAGE):
        return value
    try:
        return written_date(_dt.date.fromisoformat(value.strip()), language)
    except ValueError:
        return value


def worksheets_html(
    personal: Mapping[str, str] | None = None,
    *,
    title: str = "Networking workbook",
    exercises: Sequence[str] | None = None,
    language: str | None = None,
) -> str:
    """One printable page of worksheets (personalised when ``personal`` holds roster fields);
    ``exercises`` limits it to the sheets of a workbook's own exercises (default: all). Its words follow
    ``language``, by default the participant's own ``language`` field (so ``netkit render --html`` prints each
    participant's sheets in their language); the title is the caller's, already in that language."""
    p = personal or {}
    language = str(p.get("language") or "") if language is None else language
    _ = gettext_for(language)
    # a workbook names its exercises by notebook (``network-map``); the sheets by exercise id
    wanted = {found.id if (found := registry.exercise(spelling)) else spelling for spelling in exercises or ()}
    name = str(p.get("name") or "")
    day = _workshop_day(str(p.get("workshop_date") or ""), language)
    meta = " · ".join(escape(x) for x in (p.get("workshop"), day, p.get("coach")) if x)
    body = "".join(
        f"<section class='sheet'><h2>{escape(s.title)}</h2><p>{escape(s.intro)}</p>"
        + "".join(_part_html(part, _) for part in s.parts)
        + "</section>"
        for s in sheets(p, language)
        if exercises is None or s.exercise == "welcome" or s.exercise in wanted
    )
    return (
        f"<!DOCTYPE html><html lang='{escape(language or DEFAULT_LANGUAGE)}'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body><h1>{escape(title)}</h1>"
        + (f"<p><b>{escape(name)}</b>{' · ' + meta if meta else ''}</p>" if name or meta else "")
        + "<p class='hint'>"
        + str(
            escape(
                _(
                    "Printable worksheets: write on them by hand if you cannot use the workbook, and copy your "
                    "answers into it later. Keep them private: they name the people you know."
                )
            )
        )
        + "</p>"
        + body
        + "</body></html>"
    )
