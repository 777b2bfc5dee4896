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
from typing import Any

from netkit.exercises import registry
from netkit.exercises.outreach.exercise import NOT_ON_PAPER, checklist_rules, template_texts
from netkit.exercises.registry import Part, Sheet, SheetContext
from netkit.html_pages import render_fragment, render_page
from netkit.languages import DEFAULT_LANGUAGE, gettext_for, written_date
from netkit.markup import Markup, escape_attr
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
    guide = load_guide(language=language)
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
    rings = [
        {
            "r": f"{step * (i + 1.6):.1f}",
            "y": f"{c - step * (i + 1.6) + 13:.1f}",
            "dash": "5 4" if i == len(labels) - 1 else "0",
            "label": label,
        }
        for i, label in reversed(list(enumerate(labels)))
    ]
    dots = []
    for n, (name, ring) in enumerate(people):
        # clockwise from 12 o'clock, keeping clear of the ring labels at the top
        angle = math.radians(40 + (n * 137.5) % 280)
        r = step * (ring + 1.1)
        x, y = c + r * math.sin(angle), c - r * math.cos(angle)
        left = x < c
        dots.append(
            {
                "x": f"{x:.1f}",
                "y": f"{y:.1f}",
                "text_x": f"{x - 8 if left else x + 8:.1f}",
                "text_y": f"{y + 4:.1f}",
                "anchor": "end" if left else "start",
                "name": name,
            }
        )
    return str(
        render_fragment(
            "worksheets_rings.svg.j2",
            size=size,
            c=c,
            aria=", ".join(labels) + " rings",
            rings=rings,
            middle=f"{step * 0.6:.1f}",
            centre=centre,
            centre_y=c + 4,
            people=dots,
        )
    )


# --------------------------------------------------------------------------- HTML
def _part_view(part: Part, gettext: Callable[[str], str] = str) -> dict[str, Any]:
    """What the template draws for one part: its words, and per kind the rings' picture, the writing space's
    height, the texts' titles and bodies, or the fields with their values."""
    values = list(part.values) + [""] * (len(part.items) - len(part.values))
    return {
        "kind": part.kind,
        "title": part.title,
        "hint": part.hint,
        "entries": part.items,
        "columns": part.columns,
        "rows": part.rows,
        "svg": Markup(rings_svg(part.items, centre=gettext("You"))) if part.kind == "rings" else "",
        "height": f"{part.lines * 1.9:.1f}",
        "texts": [(title, body) for title, _, body in (item.partition("\n") for item in part.items)],
        "fields": list(zip(part.items, values)),
    }


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
    day = _workshop_day(str(p.get("workshop_date") or ""), language)
    return render_page(
        "worksheets.html.j2",
        language=language or DEFAULT_LANGUAGE,
        title=escape_attr(title),  # the frame's <title>: no element may go there
        heading=title,
        name=str(p.get("name") or ""),
        meta=[str(x) for x in (p.get("workshop"), day, p.get("coach")) if x],
        sheets=[
            {"title": s.title, "intro": s.intro, "parts": [_part_view(part, _) for part in s.parts]}
            for s in sheets(p, language)
            if exercises is None or s.exercise == "welcome" or s.exercise in wanted
        ],
    )
