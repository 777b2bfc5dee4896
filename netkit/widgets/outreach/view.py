"""What the outreach composer shows, as HTML: the linter's findings, outbox entries, follow-up dates.

Pure functions of the answers (no widget state), so :mod:`netkit.widgets.outreach` keeps only the
composer's behaviour; it re-exports :func:`findings_html`.
"""

from __future__ import annotations

from netkit.business_days import WEEKENDS_ONLY, working_days
from netkit.exercises.outreach.followups import ICS_NAME, followups, followups_ics
from netkit.exercises.outreach.lint import Finding
from netkit.markup import download_link, escape
from netkit.widgets import status as _status

__all__ = ["entry_label", "findings_html", "followups_html"]

#: A finding's severity → the status kind (colour) and the mark before it.
_SEVERITY_STYLE = {"warning": ("warning", "⚠"), "info": ("info", "ℹ")}


def findings_html(findings: list[Finding]) -> str:
    """The linter's findings as an escaped HTML list (or a short all-clear)."""
    if not findings:
        return _status.ok("✓ No suggestions: this reads well.", tag="div")
    items = []
    for f in findings:
        kind, mark = _SEVERITY_STYLE.get(f.severity, ("muted", "•"))
        items.append(
            f"<li style='margin-bottom:0.3em'>{_status.status(kind, mark)} "
            f"{escape(f.message)}<br><i>Try:</i> {escape(f.fix)} "
            f"<code style='font-size:0.8em;color:{_status.COLOURS['muted']}'>{escape(f.rule)}</code></li>"
        )
    return "<ul style='list-style:none;padding-left:0.2em'>" + "".join(items) + "</ul>"


def entry_label(entry: dict, titles: dict[str, str]) -> str:
    """One outbox entry as the dropdown names it: who, which situation, and where it stands."""
    state = "replied" if entry.get("replied_on") else (f"sent {entry['sent_on']}" if entry.get("sent_on") else "draft")
    situation = titles.get(str(entry.get("situation")), entry.get("situation"))
    return f"{entry.get('contact') or '(no name)'} — {situation} — {state}"


def followups_html(outbox: list[dict], country: str = WEEKENDS_ONLY) -> tuple[str, str]:
    """(follow-up dates as HTML, the calendar's download link) for the outbox; ``country``: a checked setting."""
    due = followups(outbox, country=country)
    if not due:
        muted = _status.muted("Follow-up dates appear here once you mark as sent a message that asks for something.")
        return muted, ""
    rows = "".join(f"<li>{escape(f.day.strftime('%a %d %b %Y'))}: {escape(f.advice)}</li>" for f in due)
    ics = followups_ics(outbox, country=country)
    link = download_link(ICS_NAME, ics, "text/calendar", label=f"Download {ICS_NAME}", button=True)
    rule = _status.muted(escape(f"Counted in business days: {working_days(country).rule}."), tag="div")
    return (
        f"<b>Follow-up dates</b><ul>{rows}</ul>{rule}",
        link + " — import it into Google Calendar, Outlook or Apple Calendar.",
    )
