"""The presenter deck: one self-contained HTML file a coach projects (``slides.html``).

Slides for a room: one idea per slide, a few short lines (at most 40 words on nine slides in ten,
never more than 80: ``tests/test_slides.py`` counts), and the rest in the speaker notes. Every block
of the run sheet gets a slide with its short lines (the ``slide`` of :class:`netkit.coach.run_sheets.Block`)
and, for activities, a visible countdown timer; the notes carry what to say, the steps and the exercise
notebook's own text. A fictional demo participant walks through each exercise, computed by netkit
itself (the rings of :mod:`netkit.contacts`, the real linter's verdicts on a weak and a better draft,
a plan from :mod:`netkit.exercises.reflection.plan` dated from the workshop date, on weekdays). The
role-play gets one slide per role card; "I have no network" and "I hate networking" get a slide each.

The deck is written in the run sheet's language: its texts from the language's guide data and notebooks,
the words this module adds through the catalogs, the dates through Babel; the page is
``templates/html/slides.html.j2`` (with ``slides.css`` and ``slides.js`` beside it, :mod:`netkit.html_pages`).
No CDN, no web fonts, no external images: the deck works offline from a USB stick. Arrow keys,
space or a click move on; ``N`` shows the coach's notes (what to say); a slide's timer starts when
the slide is shown (``T`` restarts it); printing gives one slide per page.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from netkit.coach.run_sheets import Block, RunSheet, default_title, exercise_cells, load_guide
from netkit.languages import DEFAULT_LANGUAGE, N_, gettext_for, short_date, written_date

__all__ = ["Slide", "activity_slide", "demo_slides", "exercise_notes", "slides_html", "visible_words"]

#: One slide: ``kind`` names its layout in ``templates/html/slides.html.j2`` ("title", "lines", "agenda",
#: "facts", "table", "map", "draft"); ``kicker``, ``notes`` (the coach's, shown with N) and ``minutes`` (a
#: countdown) are common to all, the rest is the layout's own content.
Slide = dict


def _slide(kind: str, *, kicker: str = "", notes: str = "", minutes: int = 0, **content: Any) -> Slide:
    return {"kind": kind, "kicker": kicker, "notes": notes, "minutes": minutes, **content}


def visible_words(slide_html: str) -> int:
    """How many words a slide shows on screen (its speaker notes and scripts left out)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(slide_html, "html.parser")
    for hidden in soup.select("aside.notes, script, style"):
        hidden.decompose()
    return len(soup.get_text(" ").split())


def exercise_notes(name: str, language: str | None = DEFAULT_LANGUAGE) -> str:
    """The exercise notebook's own text (its markdown cells, in ``language``'s notebook), for the speaker
    notes of its slides."""
    return "\n\n".join(exercise_cells(name, language))


def _weekdays(start: _dt.date, count: int) -> list[_dt.date]:
    """The first ``count`` weekdays after ``start``, every second one (a first step is not all on one day)."""
    from netkit.business_days import working_days

    calendar = working_days()
    return [calendar.after(start, 1 + 2 * n) for n in range(count)]


def _day(day: _dt.date, language: str) -> str:
    """A day on a slide: "Thu 3 Dec", "Do., 3. Dez.", "jue, 3 dic"."""
    if language == DEFAULT_LANGUAGE:
        return f"{day:%a} {day.day} {day:%b}"
    return short_date(day, language, weekday=True, year=False)


def demo_slides(name: str, demo: dict, day: _dt.date, language: str = DEFAULT_LANGUAGE) -> list[Slide]:
    """The demo participant's walk-through for one exercise (empty for the others); ``day``: the workshop date."""
    first = demo["name"].split()[0]
    walk_through = _DEMOS.get(name)
    return walk_through(demo, first, day, language) if walk_through else []


def _demo_welcome(demo: dict, first: str, day: _dt.date, language: str) -> list[Slide]:
    """The demo participant introduced: goal, stage and the organisations she aims at (she is fictional)."""
    _ = gettext_for(language)
    facts = [
        (_("Goal"), demo["goal"]),
        (_("Stage"), demo["career_stage"]),
        (_("Aiming at"), demo["target_organisations"]),
    ]
    return [
        _slide(
            "facts",
            title=_("Meet {name} (fictional)").format(name=demo["name"]),
            facts=facts,
            kicker=_("Demo"),
            notes=_(
                "{first} is invented; nobody from the roster appears on a slide. We walk through each "
                "exercise with her before people start on their own."
            ).format(first=first),
        )
    ]


def _demo_network_map(demo: dict, first: str, day: _dt.date, language: str) -> list[Slide]:
    """The demo participant's map: her rings, and the one acquaintance at her targets."""
    from netkit.coach.worksheets import rings_svg
    from netkit.contacts import RINGS
    from netkit.profile_lists import split_list

    _ = gettext_for(language)
    keys = list(RINGS)
    people = [(person, keys.index(ring)) for person, ring in demo["people"]]
    svg = rings_svg([_(r.label) for r in RINGS.values()], people, centre=first)
    targets = _(" and ").join(split_list(demo["target_organisations"]))
    return [
        _slide(
            "map",
            title=_("{first}'s map").format(first=first),
            svg=Markup(svg),  # the kit's own drawing; its names are escaped by rings_svg
            points=[_("One acquaintance at her targets."), _("A dormant mentor: worth reviving.")],
            kicker=_("Demo"),
            notes=_(
                "Point at the rings: closer ties in the middle. Who does she know at {targets}? Only Leo, an "
                "acquaintance: a target organisation with almost no insider. Mr Ade, her old mentor, is dormant."
            ).format(targets=targets),
        )
    ]


def _demo_outreach(demo: dict, first: str, day: _dt.date, language: str) -> list[Slide]:
    """The demo participant's first draft, what the linter flags in it, and the draft after one edit."""
    from netkit.exercises.outreach.followups import followup_dates
    from netkit.exercises.outreach.lint import lint

    _ = gettext_for(language)
    found = lint(demo["weak_draft"], demo["draft_situation"])
    send = _weekdays(day, 1)[0]
    nudge = followup_dates(send)[0]
    return [
        _slide(
            "draft",
            title=_("{first}'s first draft").format(first=first),
            draft=demo["weak_draft"],
            kicker=_("Demo"),
            notes=_("Ask the room what they would change before showing the next slide."),
        ),
        _slide(
            "lines",
            title=_("What the linter flags"),
            lines=[f.rule for f in found] or [_("Nothing: ready to send.")],
            bold=bool(found),
            kicker=_("Demo"),
            notes=" ".join(f"{f.rule}: {f.message}" for f in found),
        ),
        _slide(
            "draft",
            title=_("…after one edit"),
            draft=demo["better_draft"],
            after=_("Send {send}; no reply by {nudge}? One nudge.").format(
                send=_day(send, language), nudge=_day(nudge, language)
            ),
            kicker=_("Demo"),
            notes=_(
                "Connection first, a question as the ask, more about Priya than about Noor. The linter has "
                "nothing left to say."
            ),
        ),
    ]


def _demo_reflection(demo: dict, first: str, day: _dt.date, language: str) -> list[Slide]:
    """The demo participant's stay-in-touch plan: three people, each with their ring's rhythm."""
    from netkit.contacts.rhythms import cadence_for_ring
    from netkit.exercises.reflection.plan import commitment_statement, make_entry

    _ = gettext_for(language)
    entries: list[Any] = []
    for (person, ring, step), start in zip(demo["plan"], _weekdays(day, len(demo["plan"]))):
        entries.append(make_entry(person, ring, cadence_for_ring(ring).key, step, start, today=day, existing=entries))
    rows = [[e.person, _(e.cadence_info.label), e.first_step, _day(e.first_date, language)] for e in entries]
    statement = commitment_statement(entries, day, demo["name"], language=language)
    return [
        _slide(
            "table",
            title=_("{first}'s plan").format(first=first),
            header=[_("Who"), _("Rhythm"), _("First step"), _("When")],
            rows=rows,
            kicker=_("Demo"),
            notes=_("Three people, not twenty; each with their ring's rhythm.") + " " + statement,
        )
    ]


#: The demo slides of each step that has them, by the step's name.
_DEMOS: dict[str, Callable[[dict, str, _dt.date, str], list[Slide]]] = {
    "welcome": _demo_welcome,
    "network-map": _demo_network_map,
    "outreach": _demo_outreach,
    "reflection": _demo_reflection,
}

#: How a slide's kicker names the kind of work, when the block's title has no "Exercise n — " of its own.
_HOW = {"pair": N_("In pairs"), "group": N_("In groups"), "solo": N_("On your own"), "break": N_("Break")}


def activity_slide(block: Block, *, more_notes: str = "", language: str = DEFAULT_LANGUAGE) -> Slide:
    """A block's slide: its title, its short lines, and a timer for anything people do (``more_notes``:
    added to the speaker notes)."""
    _ = gettext_for(language)
    how = _(_HOW[block.kind]) if block.kind in _HOW else ""
    breakout = _("Breakout rooms: {rooms}").format(rooms=block.breakout) if block.breakout else ""
    notes = " ".join(x for x in (block.say, " ".join(block.steps), breakout, more_notes) if x)
    timed = block.kind != "plenary"
    number, title = _numbered(block.title)
    return _slide(
        "lines",
        title=title,
        lines=list(block.slide),
        chat=block.chat,
        kicker=number or how,
        notes=notes,
        minutes=block.minutes - (block.debrief["minutes"] if block.debrief else 0) if timed else 0,
    )


def _debrief_slide(block: Block, language: str) -> Slide:
    _ = gettext_for(language)
    minutes = block.debrief["minutes"] if block.debrief else 0
    return _slide(
        "lines",
        title=_("Debrief"),
        lines=block.debrief["questions"] if block.debrief else [],
        kicker=_("Everyone · {minutes} min").format(minutes=minutes),
        notes=_("A few answers from the room; thank each one."),
        minutes=minutes,
    )


def _role_slides(block: Block, language: str) -> list[Slide]:
    _ = gettext_for(language)
    return [
        _slide(
            "lines",
            title=role["title"],
            lines=role["card"],
            card=True,
            kicker=_("Role card"),
            notes=_("Show each card while groups choose roles; the cards are on worksheet 2 too."),
        )
        for role in block.roles
    ]


def _hard_moment_slides(sheet: RunSheet, ids: tuple[str, ...]) -> list[Slide]:
    _ = gettext_for(sheet.language)
    return [
        _slide("lines", title=m["title"], lines=m["slide"], kicker=_("If you are thinking…"), notes=m["say"])
        for m in sheet.hard_moments
        if m["id"] in ids and m.get("slide")
    ]


#: Between an exercise's number and its name: "Exercise 1 — Map your network", "Übung 1 – Deine Netzwerkkarte".
_NUMBER_DASH = re.compile(r" [—–] ")


def _numbered(title: str) -> tuple[str, str]:
    """A title's number and its name ("Exercise 1", "Map your network"); ``("", title)`` without a number."""
    dashes = list(_NUMBER_DASH.finditer(title))
    if not dashes:
        return "", title
    return title[: dashes[-1].start()], title[dashes[-1].end() :]


def _agenda_title(title: str) -> str:
    return _numbered(title)[1].split(":")[0]


def _agenda_slide(sheet: RunSheet, session: int) -> Slide:
    """The plan of one session (or of the day): its activities but the breaks and the welcome, their minutes in the
    notes."""
    _ = gettext_for(sheet.language)
    items = [
        _agenda_title(b.title)
        for b in sheet.blocks
        if b.session == session and b.kind not in ("break",) and b.exercise != "welcome"
    ]
    return _slide(
        "agenda",
        title=_("Today") if sheet.sessions == 1 else _("Session {number}").format(number=session),
        items=items,
        kicker=_("Plan"),
        notes=" · ".join(
            _("{title} ({minutes} min)").format(title=b.title, minutes=b.minutes)
            for b in sheet.blocks
            if b.session == session
        ),
    )


def slides_html(sheet: RunSheet, *, today: _dt.date | None = None) -> str:
    """The deck for a run sheet (:class:`netkit.coach.run_sheets.RunSheet`), in its language
    (``templates/html/slides.html.j2``); the demo is dated from the workshop date (``sheet.date``) when it is a
    date, else from ``today``."""
    from netkit.date_input import maybe_date
    from netkit.html_pages import render_page

    language = sheet.language
    _ = gettext_for(language)
    workshop_day = maybe_date(sheet.date)
    day = workshop_day or today or _dt.date.today()
    when = written_date(workshop_day, language) if workshop_day else sheet.date
    demo = load_guide(language=language)["demo"]
    title = sheet.workshop or default_title(language)
    slides = [
        _slide(
            "title",
            title=title,
            line=" · ".join(x for x in (when, sheet.coach) if x),
            kicker=_("Welcome"),
            notes=(sheet.blocks[0].say if sheet.blocks else "") + " " + sheet.title,
        )
    ]
    session, met, warmed = 0, False, False
    for block in sheet.blocks:
        if block.session != session:
            session = block.session
            slides.append(_agenda_slide(sheet, session))
        solo = block.kind == "solo" and bool(block.exercise)
        if solo and not met:
            met = True
            slides += demo_slides("welcome", demo, day, language)
        more = exercise_notes(block.exercise, language) if solo else ""
        slides.append(activity_slide(block, more_notes=more, language=language))
        if solo:
            slides += demo_slides(block.exercise, demo, day, language)
            if block.exercise == "network-map":
                slides.append(
                    _slide(
                        "lines",
                        title=_("Places to look"),
                        lines=list(sheet.categories),
                        kicker=_("Start wide"),
                        notes=_("Read the list slowly; one name for each line."),
                    )
                )
                slides += _hard_moment_slides(sheet, ("no-network",))
        if block.roles:
            slides += _role_slides(block, language)
        if block.debrief:
            slides.append(_debrief_slide(block, language))
        if block.kind in ("pair", "group") and not warmed:
            # after the first conversation, where "I hate networking" is said out loud
            warmed = True
            slides += _hard_moment_slides(sheet, ("hate-networking",))
    return render_page(
        "slides.html.j2", language=language, title=_("{title} — slides").format(title=title), slides=slides
    )
