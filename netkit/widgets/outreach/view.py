"""What the outreach composer shows, as HTML: the linter's findings, outbox entries, follow-up dates.

Pure functions of the answers (no widget state), so :mod:`netkit.widgets.outreach` keeps only the
composer's behaviour; it re-exports :func:`findings_html`.
"""

from __future__ import annotations

from netkit.business_days import WEEKENDS_ONLY, working_days
from netkit.exercises.outreach.followups import ICS_NAME, followups, followups_ics
from netkit.exercises.outreach.lint import Finding
from netkit.html_pages import render_fragment
from netkit.languages import gettext_for, short_date
from netkit.markup import Markup, download_link, escape
from netkit.widgets import status as _status
from netkit.widgets.status import fill

__all__ = ["entry_label", "findings_html", "followups_html"]

#: A finding's severity → the status kind (colour) and the mark before it.
_SEVERITY_STYLE = {"warning": ("warning", "⚠"), "info": ("info", "ℹ")}


def findings_html(findings: list[Finding], language: str = "") -> str:
    """The linter's findings as an escaped HTML list (or a short all-clear); the findings' own words are the
    linter's, the frame is in the participant's ``language``."""
    _ = gettext_for(language)
    if not findings:
        return _status.ok(escape(_("✓ No suggestions: this reads well.")), tag="div")
    items = []
    for f in findings:
        kind, mark = _SEVERITY_STYLE.get(f.severity, ("muted", "•"))
        items.append({"mark": Markup(_status.status(kind, mark)), "message": f.message, "fix": f.fix, "rule": f.rule})
    return str(
        render_fragment(
            "widgets/outreach_findings.html.j2", items=items, try_label=_("Try:"), muted=_status.COLOURS["muted"]
        )
    )


def entry_label(entry: dict, titles: dict[str, str], language: str = "") -> str:
    """One outbox entry as the dropdown names it: who, which situation, and where it stands."""
    _ = gettext_for(language)
    if entry.get("replied_on"):
        state = _("replied")
    elif entry.get("sent_on"):
        state = _("sent {date}").replace("{date}", str(entry["sent_on"]))
    else:
        state = _("draft")
    situation = titles.get(str(entry.get("situation")), entry.get("situation"))
    return f"{entry.get('contact') or _('(no name)')} — {situation} — {state}"


def followups_html(outbox: list[dict], country: str = WEEKENDS_ONLY, language: str = "") -> tuple[str, str]:
    """(follow-up dates as HTML, the calendar's download link) for the outbox; ``country``: a checked setting.
    Dates are written in the participant's ``language``."""
    _ = gettext_for(language)
    due = followups(outbox, country=country, language=language)
    if not due:
        muted = _status.muted(
            escape(_("Follow-up dates appear here once you mark as sent a message that asks for something."))
        )
        return muted, ""
    rows = [{"date": short_date(f.day, language, weekday=True, country=country), "advice": f.advice} for f in due]
    ics = followups_ics(outbox, country=country, language=language)
    label = _("Download {file}").replace("{file}", ICS_NAME)
    link = download_link(ICS_NAME, ics, "text/calendar", label=label, button=True)
    rule = _status.muted(fill(_("Counted in business days: {rule}."), rule=working_days(country).rule), tag="div")
    return (
        str(render_fragment("widgets/followups.html.j2", heading=_("Follow-up dates"), rows=rows, rule=Markup(rule))),
        f"{link} " + fill(_("— import it into Google Calendar, Outlook or Apple Calendar.")),
    )
