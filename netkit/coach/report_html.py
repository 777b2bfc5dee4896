"""The cohort report as one self-contained HTML page (charts inlined as base64 PNGs).

The page is the template ``templates/html/report.html.j2`` (:mod:`netkit.html_pages`: the shared
stylesheet plus ``report.css``); its parts (progress table, anonymous group, what it hides, withheld
figures) are templates under ``report/`` that the coach's dashboard (:mod:`netkit.widgets.coach`) shows
on their own. Everything a participant or a roster provided (names, folder names, error messages that
quote them) is printed through the ``text`` / ``attr_text`` filters (:func:`netkit.markup.escape`); the
rest is fixed text and numbers. The words stay in the coach's language (English). The page needs no
network: no scripts, no web fonts, no external images. Written through :mod:`netkit.atomic`.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from netkit.atomic import atomic_write_text
from netkit.coach.collect import (
    EXERCISES,
    NOT_SHARING,
    NOT_STARTED,
    OPTED_OUT,
    PROBLEM,
    SHARING_FIGURES,
    Aggregates,
    CohortReport,
)
from netkit.exercises.network.exercise import MIN_CONTACTS
from netkit.html_pages import render_fragment, render_page
from netkit.markup import Markup

__all__ = [
    "anonymous_group_html",
    "chart_images",
    "chart_text",
    "privacy_html",
    "progress_table_html",
    "progress_widget_html",
    "report_html",
    "suppressed_notes_html",
    "write_report",
]


def _parts(report: CohortReport) -> dict[str, Any]:
    """What the report's templates need besides ``report``: the exercises and the row statuses."""
    return {
        "report": report,
        "exercises": EXERCISES,
        "opted_out": OPTED_OUT,
        "not_sharing": NOT_SHARING,
        "problem": PROBLEM,
        "not_started": NOT_STARTED,
    }


def progress_table_html(report: CohortReport) -> Markup:
    """The progress table: one row per participant, a bar per exercise (names escaped)."""
    return render_fragment("report/progress_table.html.j2", **_parts(report))


def progress_widget_html(report: CohortReport) -> str:
    """The progress table with its styles (``progress_table.css``) and the anonymous group's line, for the coach's
    dashboard in a notebook (:mod:`netkit.widgets.coach`)."""
    return str(render_fragment("widgets/coach_table.html.j2", **_parts(report)))


def chart_text(chart_id: str, agg: Aggregates) -> str:
    """A plain-text description of a chart (its ``alt`` text and caption): the numbers it shows."""
    from netkit.contacts import ring_label

    if chart_id == "rings":
        rings = ", ".join(f"{ring_label(k)} {v}" for k, v in agg.rings.items())
        return (
            f"{agg.contacts} contacts over {len(agg.network_sizes)} networks, median size "
            f"{agg.median_network:g}. By ring: {rings}."
        )
    if chart_id == "dormant":
        return f"{agg.dormant} of {agg.dormant_contacts} contacts ({agg.dormant_share:.0%}) are dormant ties."
    if chart_id == "reciprocity":
        asking = sum(1 for b in agg.balances if b < 0)
        return (
            f"{agg.gave} gives and {agg.asked} asks logged; {asking} of {len(agg.balances)} participants "
            "who logged any have asked more than they gave."
        )
    if chart_id == "findings":
        top = ", ".join(f"{rule} ({count})" for rule, count in list(agg.findings.items())[:5]) or "none"
        return f"{agg.messages} messages checked; most common warnings: {top}."
    if chart_id == "commitments":
        return (
            f"{agg.commitments} people in {len(agg.commitments_per_person)} stay-in-touch plans; by cadence: "
            + (", ".join(f"{_cadence_label(k)} {v}" for k, v in agg.cadences.items()) or "none")
            + "."
        )
    return ""


def _cadence_label(key: str) -> str:
    """``"half_yearly"`` → ``"every six months"`` (the words the participant chose from)."""
    from netkit.contacts.rhythms import CADENCES

    cadence = CADENCES.get(key)
    return cadence.label if cadence else key


def chart_images(agg: Aggregates) -> list[tuple[str, str, bytes]]:
    """(id, title, PNG bytes) of every cohort chart that describes at least the minimum group."""
    from netkit.coach.cohort_charts import CHARTS, figure_png

    return [(chart_id, title, figure_png(make(agg))) for chart_id, title, make in CHARTS if agg.shown(chart_id)]


def suppressed_notes_html(agg: Aggregates) -> str:
    """One note per withheld figure, saying why (no number of the figure in it)."""
    return str(render_fragment("report/suppressed_notes.html.j2", notes=list(agg.suppressed().values())))


def anonymous_group_html(report: CohortReport) -> str:
    """The participants sharing without their name: one group line (never rows), shown from ``min_group`` up."""
    return str(render_fragment("report/anonymous_group.html.j2", **_parts(report)))


def _held_names(report: CohortReport) -> str:
    """The figures held from the previous report, as the privacy note names them ("" when none is)."""
    held = report.aggregates.held if report.aggregates is not None else []
    return ", ".join(SHARING_FIGURES[f].removeprefix("The ") for f in held)


def privacy_html(report: CohortReport) -> str:
    """What this report hides and why (said in the report itself)."""
    return str(render_fragment("report/privacy.html.j2", report=report, held_names=_held_names(report)))


def _cohort_context(report: CohortReport) -> dict[str, Any]:
    """The charts (with their alt text and inlined PNG), withheld notes and confidence line of the cohort part."""
    agg = report.aggregates
    if agg is None:
        return {"charts": [], "notes": [], "confidence": None}
    charts = [
        {
            "id": chart_id,
            "title": title,
            "text": chart_text(chart_id, agg),
            "data": base64.b64encode(png).decode("ascii"),
        }
        for chart_id, title, png in chart_images(agg)
    ]
    confidence = None
    if agg.shown("confidence") and agg.confidence_changes:
        confidence = (sum(1 for c in agg.confidence_changes if c > 0), len(agg.confidence_changes))
    return {"charts": charts, "notes": list(agg.suppressed().values()), "confidence": confidence}


def report_html(report: CohortReport, *, title: str = "Cohort report", refresh: int | None = None) -> str:
    """The whole report as a standalone HTML document (reloading itself every ``refresh`` seconds,
    for the live view of `netkit collect --watch`)."""
    counts = (
        f"{len(report.rows)} participants listed · {report.count('shared')} sharing · "
        f"{report.count(NOT_STARTED)} not started · {report.count(NOT_SHARING)} not sharing · "
        f"{report.count(OPTED_OUT)} opted out · "
        f"{report.count(PROBLEM)} could not be read"
    )
    how = (
        "Percent done per exercise is the share of its steps reached. Network: a first contact, at least "
        f"{MIN_CONTACTS} people, last contact noted for half of them, a give or an ask logged. Outreach: a draft, "
        "a message in the outbox, a message marked sent. Reflection: prompts answered, a commitment, "
        "confidence rated before and after. Hover over a bar to see what is left."
    )
    return render_page(
        "report.html.j2",
        title=title,
        refresh=refresh,
        counts=counts,
        how=how,
        held_names=_held_names(report),
        **_parts(report),
        **_cohort_context(report),
    )


def write_report(
    report: CohortReport, path: str | Path, *, title: str = "Cohort report", refresh: int | None = None
) -> Path:
    """Write :func:`report_html` atomically; return the path. Figures that fewer than ``min_group`` people
    changed since the last report written to ``path`` keep that report's numbers
    (:func:`netkit.coach.collect.release.release`)."""
    from netkit.coach.collect.release import release

    return atomic_write_text(path, report_html(release(report, path), title=title, refresh=refresh))
