"""The cohort report as one self-contained HTML page (charts inlined as base64 PNGs).

Everything a participant or a roster provided (names, folder names, error messages that quote
them) goes through :func:`netkit.markup.escape`; the rest is fixed text and numbers. The page
needs no network: no scripts, no web fonts, no external images. Written through
:mod:`netkit.atomic`.
"""

from __future__ import annotations

import base64
from pathlib import Path

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
from netkit.markup import Markup, escape, escape_attr

__all__ = [
    "TABLE_CSS",
    "anonymous_group_html",
    "chart_images",
    "chart_text",
    "privacy_html",
    "progress_table_html",
    "report_html",
    "suppressed_notes_html",
    "write_report",
]

#: Styles of the progress table alone (scoped by class, safe to embed in a notebook widget).
TABLE_CSS = """
table.netkit-progress{border-collapse:collapse;width:100%;font-size:.92rem}
table.netkit-progress th,table.netkit-progress td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:middle}
table.netkit-progress .bar{background:#eee;border-radius:3px;height:.8rem;width:7rem;display:inline-block;vertical-align:middle;margin-right:.4rem}
table.netkit-progress .bar>span{display:block;height:100%;border-radius:3px;background:#3b6ea5}
table.netkit-progress .bar.done>span{background:#3a7d44}
table.netkit-progress .muted{color:#666}table.netkit-progress .problem{color:#b00020}
"""

_CSS = (
    TABLE_CSS
    + """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.muted{color:#666}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(24rem,1fr));gap:1rem}
figure{margin:0}figure img{max-width:100%;height:auto}figcaption{font-size:.85rem;color:#444}
.note{background:#f4f6f8;border-left:4px solid #3b6ea5;padding:.5rem .8rem;font-size:.9rem}
"""
)


def _bar(percent: int) -> Markup:
    cls = "bar done" if percent >= 100 else "bar"
    return Markup(
        f"<span class='{cls}' role='img' aria-label='{percent}%'><span style='width:{percent}%'></span>"
        f"</span>{percent}%"
    )


def progress_table_html(report: CohortReport) -> Markup:
    """The progress table: one row per participant, a bar per exercise (names escaped)."""
    head = "".join(f"<th>{escape(label)}</th>" for label in EXERCISES.values())
    lines = [
        f"<table class='netkit-progress'><thead><tr><th>Participant</th>{head}<th>Overall</th></tr></thead><tbody>"
    ]
    for row in report.rows:
        name = escape(row.name)
        if row.status == OPTED_OUT:
            cells = f"<td colspan='{len(EXERCISES) + 1}' class='muted'>opted out of sharing</td>"
        elif row.status == NOT_SHARING:
            cells = (
                f"<td colspan='{len(EXERCISES) + 1}' class='muted'>has not chosen to share "
                "(nothing is read until they tick “share” in their workbook)</td>"
            )
        elif row.status == PROBLEM:
            cells = (
                f"<td colspan='{len(EXERCISES) + 1}' class='problem'>could not be read, skipped: "
                f"{escape(row.problem)}</td>"
            )
        else:
            cells = ""
            for key in EXERCISES:
                todo = row.missing.get(key) or []
                title = escape_attr("to do: " + "; ".join(todo)) if todo else escape_attr("done")
                cells += f"<td title='{title}'>{_bar(row.percent.get(key, 0))}</td>"
            overall = row.overall or 0
            cells += (
                f"<td>{overall}%"
                + (" <span class='muted'>(not started)</span>" if row.status == NOT_STARTED else "")
                + "</td>"
            )
        if row.note:
            name = Markup(f"{name}<br><small class='problem'>{escape(row.note)}</small>")
        lines.append(f"<tr><td>{name}</td>{cells}</tr>")
    lines.append("</tbody></table>")
    return Markup("".join(lines))


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
    return "".join(f"<p class='note'>{escape(note)}</p>" for note in agg.suppressed().values())


def anonymous_group_html(report: CohortReport) -> str:
    """The participants sharing without their name: one group line (never rows), shown from ``min_group`` up."""
    group = report.anonymous
    if not group.shown:
        return (
            "<p class='muted'>Participants who share without their name are not listed. Their progress "
            f"appears here as one group once at least {report.min_group} of them share.</p>"
        )
    parts = ", ".join(f"{escape(label)} {group.percent.get(key, 0)}%" for key, label in EXERCISES.items())
    held = " (as in the previous report: fewer than the minimum group changed since)" if group.held else ""
    return (
        f"<p id='anonymous-group'><b>{group.count} participants share without their name</b>: on average "
        f"{parts}, overall {group.overall or 0}%{held}.</p>"
    )


def privacy_html(report: CohortReport) -> str:
    """What this report hides and why (said in the report itself)."""
    held = report.aggregates.held if report.aggregates is not None else []
    names = ", ".join(SHARING_FIGURES[f].removeprefix("The ") for f in held)
    return (
        "<p class='note'><b>What this report hides.</b> Only participants who ticked “share” are counted. "
        "Those who share without their name are never a row of the table, not even an unnamed one; their "
        f"progress is only shown as a group of at least {report.min_group}. Every figure describes at least "
        f"{report.min_group} people, and changes only once at least {report.min_group} people joined, left or "
        "changed their numbers since the last report written to this file, so comparing two reports "
        "(for instance the live view's refreshes) never singles anyone out."
        + (f" Held from the previous report for that reason: {escape(names)}." if names else "")
        + "</p>"
    )


def _aggregates_html(report: CohortReport) -> str:
    agg = report.aggregates
    if agg is None:
        return (
            f"<p class='note'>Cohort charts appear once at least {report.min_group} participants share "
            "their progress, so that no one's numbers can be picked out.</p>"
        )
    parts = [
        f"<p>Over the {agg.participants} participants who share and have started. No contact's name, "
        "no organisation, no message text and no reflection answer is included.</p><div class='charts'>"
    ]
    for chart_id, title, png in chart_images(agg):
        text = chart_text(chart_id, agg)
        data = base64.b64encode(png).decode("ascii")
        parts.append(
            f"<figure id='chart-{chart_id}'><img alt='{escape_attr(text)}' src='data:image/png;base64,{data}'>"
            f"<figcaption><b>{escape(title)}.</b> {escape(text)}</figcaption></figure>"
        )
    parts.append("</div>")
    parts.append(suppressed_notes_html(agg))
    if agg.shown("confidence") and agg.confidence_changes:
        up = sum(1 for c in agg.confidence_changes if c > 0)
        parts.append(
            f"<p>Confidence about reaching out rose for {up} of {len(agg.confidence_changes)} "
            "participants who rated it before and after.</p>"
        )
    return "".join(parts)


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
    source = f" from {escape(report.source)}" if report.source else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        + (f"<meta http-equiv='refresh' content='{int(refresh)}'>" if refresh else "")
        + f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><p class='muted'>netkit collect{source}, {escape(report.generated_at)}. "
        f"{escape(counts)}.</p>"
        f"<h2>Progress</h2>{progress_table_html(report)}{anonymous_group_html(report)}"
        f"<p class='muted'>{escape(how)}</p>"
        f"<h2>The cohort</h2>{_aggregates_html(report)}{privacy_html(report)}"
        "</body></html>\n"
    )


def write_report(
    report: CohortReport, path: str | Path, *, title: str = "Cohort report", refresh: int | None = None
) -> Path:
    """Write :func:`report_html` atomically; return the path. Figures that fewer than ``min_group`` people
    changed since the last report written to ``path`` keep that report's numbers
    (:func:`netkit.coach.collect.release.release`)."""
    from netkit.coach.collect.release import release

    return atomic_write_text(path, report_html(release(report, path), title=title, refresh=refresh))
