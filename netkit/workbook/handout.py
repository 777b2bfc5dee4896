"""The take-home handout: everything a participant did, on one printable page, and the files
that go with it — the network map picture and the calendar files — made fresh from the answers.

:func:`handout_files` is what "Download everything" adds to the take-home zip, so the zip holds
an up-to-date map, follow-up and stay-in-touch calendars, and a page to print, even if the
participant never pressed the export buttons of the separate exercises. Pure: answers in,
bytes out; every user string goes through :func:`netkit.markup.escape`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from netkit.markup import escape, paragraphs
from netkit.reminders_ics import calendar_bytes
from netkit.store import schema

__all__ = ["FOLLOWUPS_NAME", "HANDOUT_NAME", "MAP_NAME", "PLAN_CALENDAR_NAME", "handout_files", "handout_html"]

MAP_NAME = "network-map.svg"  # opens in any browser; names in every script stay text
FOLLOWUPS_NAME = "followups.ics"
PLAN_CALENDAR_NAME = "stay-in-touch.ics"
HANDOUT_NAME = "handout.html"

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:52em;margin:2em auto;color:#222;line-height:1.45}
h1{margin-bottom:0}h2{border-bottom:2px solid #2a7ab0;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #ddd;vertical-align:top}
.muted{color:#666}.message{border-left:4px solid #ccc;padding:.3em .8em;margin:.5em 0;white-space:normal}
img{max-width:100%}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.message,tr{break-inside:avoid}}
"""


def _network(answers: Mapping[str, Any], name: str, today: _dt.date):
    from netkit.contacts import contacts_from_json, ring_label
    from netkit.exercises.network.analysis import findings, summarise
    from netkit.exercises.network.egomap import ego_map_html, ego_map_svg
    from netkit.exercises.network.egomap_layout import map_layout

    contacts = contacts_from_json(answers.get(schema.CONTACTS) or [])
    if not contacts:
        return None, "<p class='muted'>No contacts mapped yet.</p>"
    layout = map_layout(contacts, today, participant=name or "You")
    picture = ego_map_svg(layout)
    summary = summarise(contacts, today)
    rings = ", ".join(f"{escape(ring_label(key))}: {count}" for key, count in summary.by_ring.items() if count)
    notes = "".join(f"<li>{escape(line)}</li>" for line in findings(contacts, today, summary=summary))
    rows = "".join(
        f"<tr><td>{escape(c.name)}</td><td>{escape(c.organisation)}</td><td>{escape(ring_label(c.ring))}</td>"
        f"<td>{escape(c.last_contact or '')}</td><td>{escape(c.could_offer)}</td></tr>"
        for c in contacts[:300]
    )
    more = (
        f"<p class='muted'>…and {len(contacts) - 300} more (all of them are in the answers file).</p>"
        if len(contacts) > 300
        else ""
    )
    html = (
        f"<p><b>{summary.size}</b> people — {rings}.</p>"
        + (f"<ul>{notes}</ul>" if notes else "")
        + ego_map_html(layout)
        + "<table><tr><th>Name</th><th>Organisation</th><th>Ring</th><th>Last in touch</th>"
        f"<th>I could offer</th></tr>{rows}</table>{more}"
    )
    return picture.encode("utf-8"), html


def _outreach(answers: Mapping[str, Any], country: str):
    from netkit.business_days import COUNTRY_WHERE, checked_country, working_days
    from netkit.exercises.outreach import situation_for
    from netkit.exercises.outreach.followups import followups, followups_ics

    outbox = [m for m in (answers.get(schema.OUTBOX) or []) if isinstance(m, Mapping)]
    if not outbox:
        return None, "<p class='muted'>No messages in the outbox yet.</p>"
    country, problem = checked_country(country, where=COUNTRY_WHERE)
    due: dict[str, list[str]] = {}
    for item in followups(outbox, country=country):
        due.setdefault(item.entry_id, []).append(item.day.isoformat())
    blocks = []
    for message in outbox:
        try:
            title = situation_for(message.get("situation")).title
        except Exception:  # a coach's own template that is not here any more
            title = str(message.get("situation") or "Message")
        sent = message.get("sent_on")
        state = f"sent {escape(sent)}" if sent else "not sent yet"
        if message.get("replied_on"):
            state += f", they replied {escape(message['replied_on'])}"
        follow = due.get(str(message.get("id")), [])
        blocks.append(
            f"<h3>{escape(title)} — to {escape(message.get('contact', ''))}</h3>"
            f"<p class='muted'>{state}"
            + (
                f"; if there is no reply, one nudge on {escape(follow[0])}"
                + (f", then try a second person there from {escape(follow[1])}" if len(follow) > 1 else "")
                if follow
                else ""
            )
            + f"</p><div class='message'>{paragraphs(message.get('text', ''))}</div>"
        )
    ics = followups_ics(outbox, country=country) if due else None
    if due:  # which days the follow-up dates skipped, and why a country setting was not used
        blocks.append(
            f"<p class='muted'>{escape(f'Follow-up dates count business days: {working_days(country).rule}.')}</p>"
        )
    if problem:
        blocks.append(f"<p class='muted'>{escape(problem)}</p>")
    return ics, "".join(blocks)


def _reflection(answers: Mapping[str, Any], name: str, today: _dt.date):
    from netkit.exercises.reflection.plan import commitment_statement, due_this_month, plan_from_json, to_reminders
    from netkit.exercises.reflection.prompts import PROMPTS, answers_from_store

    written = answers_from_store(answers)
    parts = [
        f"<h3>{escape(p.question)}</h3><p>{paragraphs(written.get(p.id, ''))}</p>"
        for p in PROMPTS
        if written.get(p.id, "").strip()
    ]
    entries, problems = plan_from_json(answers.get(schema.PLAN) or [])
    ics = None
    if entries:
        ics = calendar_bytes(to_reminders(entries), name="Stay in touch")
        rows = "".join(
            f"<tr><td>{escape(e.person)}</td><td>{escape(e.cadence_info.label)}</td>"
            f"<td>{escape(e.first_step)}</td><td>{escape(e.first_date.isoformat())}</td></tr>"
            for e in entries
        )
        month = "".join(
            f"<li>{escape(d.date.isoformat())}: {escape(d.person)} — {escape(d.action)}</li>"
            for d in due_this_month(entries, today)
        )
        parts.append(
            "<h3>My stay-in-touch plan</h3><table><tr><th>Who</th><th>How often</th><th>First step</th>"
            f"<th>From</th></tr>{rows}</table>"
            + (f"<h3>This month</h3><ul>{month}</ul>" if month else "")
            + f"<p><b>{escape(commitment_statement(entries, today, name))}</b></p>"
        )
    parts += [f"<p class='muted'>{escape(problem)}</p>" for problem in problems]
    before, after = answers.get(schema.CONFIDENCE_BEFORE), answers.get(schema.CONFIDENCE_AFTER)
    if before is not None or after is not None:
        parts.append(
            f"<p>Confidence about reaching out (1–10): before {escape(before if before is not None else '–')},"
            f" after {escape(after if after is not None else '–')}.</p>"
        )
    return ics, "".join(parts) or "<p class='muted'>Nothing written here yet.</p>"


def handout_html(
    answers: Mapping[str, Any], *, name: str = "", today: _dt.date | None = None, country: str = ""
) -> str:
    """The printable page (see :func:`handout_files`, which also returns the pictures and calendars)."""
    return handout_files(answers, name=name, today=today, country=country)[HANDOUT_NAME].decode("utf-8")


def handout_files(
    answers: Mapping[str, Any], *, name: str = "", today: _dt.date | None = None, country: str = ""
) -> dict[str, bytes]:
    """``{file name: bytes}``: the handout page, plus the map and calendar files when there is data for them.

    ``name`` and ``country`` (the workshop's, for the follow-up dates) default to the start page's profile.
    """
    today = today or _dt.date.today()
    stored = answers.get(schema.PROFILE)
    profile = stored if isinstance(stored, Mapping) else {}
    name = name or str(profile.get("name", ""))
    map_svg, network = _network(answers, name, today)
    followups_ics, outreach = _outreach(answers, country or str(profile.get("country", "")))
    plan_ics, reflection = _reflection(answers, name, today)
    title = f"{name}'s networking workbook" if name else "My networking workbook"
    page = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>"
        f"<p class='muted'>Printed from netkit on {escape(today.isoformat())}. Keep it private: it names the "
        "people you know.</p>"
        f"<h2>1. My network</h2>{network}<h2>2. My messages</h2>{outreach}"
        f"<h2>3. From regret to a plan</h2>{reflection}</body></html>"
    )
    files = {HANDOUT_NAME: page.encode("utf-8")}
    for file_name, data in ((MAP_NAME, map_svg), (FOLLOWUPS_NAME, followups_ics), (PLAN_CALENDAR_NAME, plan_ics)):
        if data:
            files[file_name] = data
    return files
