"""The take-home handout: everything a participant did, on one printable page, and the files
that go with it — the network map picture and the calendar files — made fresh from the answers.

:func:`handout_files` is what "Download everything" adds to the take-home zip, so the zip holds
an up-to-date map, follow-up and stay-in-touch calendars, and a page to print, even if the
participant never pressed the export buttons of the separate exercises. Each exercise declares its own
section and files (``Exercise.takehome``, :mod:`netkit.exercises.registry`); this page puts them in workshop
order, numbered, in the template ``templates/html/takehome.html.j2`` (:mod:`netkit.html_pages`). Pure: answers in,
bytes out; every user string is escaped (:func:`netkit.markup.escape`).
``language`` (the participant's; English by default) is the language of every word and date on the page and in
the calendars: it reaches each exercise's section through :class:`~netkit.exercises.registry.TakeHomeContext`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from netkit.exercises import registry
from netkit.exercises.network.exercise import MAP_NAME
from netkit.exercises.outreach.exercise import FOLLOWUPS_NAME
from netkit.exercises.reflection.exercise import PLAN_CALENDAR_NAME
from netkit.html_pages import render_page
from netkit.languages import DEFAULT_LANGUAGE, gettext_for, written_date
from netkit.markup import Markup, escape_attr
from netkit.store import schema

__all__ = ["FOLLOWUPS_NAME", "HANDOUT_NAME", "MAP_NAME", "PLAN_CALENDAR_NAME", "handout_files", "handout_html"]

HANDOUT_NAME = "handout.html"


def handout_html(
    answers: Mapping[str, Any],
    *,
    name: str = "",
    today: _dt.date | None = None,
    country: str = "",
    language: str = "",
) -> str:
    """The printable page (see :func:`handout_files`, which also returns the pictures and calendars)."""
    files = handout_files(answers, name=name, today=today, country=country, language=language)
    return files[HANDOUT_NAME].decode("utf-8")


def handout_files(
    answers: Mapping[str, Any],
    *,
    name: str = "",
    today: _dt.date | None = None,
    country: str = "",
    language: str = "",
) -> dict[str, bytes]:
    """``{file name: bytes}``: the handout page, plus the map and calendar files when there is data for them.

    ``name``, ``country`` (the workshop's, for the follow-up dates) and ``language`` default to the start page's
    profile (English when it has none).
    """
    today = today or _dt.date.today()
    stored = answers.get(schema.PROFILE)
    profile = stored if isinstance(stored, Mapping) else {}
    name = name or str(profile.get("name", ""))
    language = language or str(profile.get("language", "") or "")
    _ = gettext_for(language)
    context = registry.TakeHomeContext(name, today, country or str(profile.get("country", "")), language)
    sections: list[tuple[str, Markup]] = []
    made: dict[str, bytes] = {}
    for exercise in registry.exercises():  # each exercise's own section, numbered in workshop order
        if exercise.takehome is None:
            continue
        part = exercise.takehome.build(answers, context)
        sections.append((_(exercise.takehome.heading), Markup(part.html)))  # the section escaped its own text
        made.update({file_name: data for file_name, data in part.files.items() if data})
    title = _("{name}'s networking workbook").replace("{name}", name) if name else _("My networking workbook")
    english = language in ("", DEFAULT_LANGUAGE)
    page = render_page(
        "takehome.html.j2",
        language=language or DEFAULT_LANGUAGE,
        title=escape_attr(title),  # the frame's <title>: no element may go there
        heading=title,
        printed_on=today.isoformat() if english else written_date(today, language),
        sections=sections,
    )
    return {HANDOUT_NAME: page.encode("utf-8"), **made}
