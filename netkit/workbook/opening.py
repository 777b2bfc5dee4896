"""The personalised opening page of a workbook: who it is for, their goal, the workshop.

Pure: returns escaped HTML (every value comes from a roster or a participant, so it is
untrusted) for the widget layer to show.
"""

from __future__ import annotations

from netkit.markup import escape

__all__ = ["PLACEHOLDER_NAME", "opening_html"]

PLACEHOLDER_NAME = "Participant"


def opening_html(
    name: str = "",
    goal: str = "",
    career_stage: str = "",
    target_sectors: str = "",
    target_organisations: str = "",
    workshop: str = "",
    workshop_date: str = "",
    coach: str = "",
) -> str:
    """The opening card, with empty fields left out rather than shown blank."""
    title = escape(workshop or "Career networking workshop")
    who = escape(name or PLACEHOLDER_NAME)
    rows = [
        ("Your goal", goal),
        ("Career stage", career_stage),
        ("Sectors you are aiming at", target_sectors),
        ("Organisations you are aiming at", target_organisations),
        ("Date", workshop_date),
        ("Your coach", coach),
    ]
    items = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{escape(k)}</th><td>{escape(v)}</td></tr>"
        for k, v in rows
        if v
    )
    return (
        f"<div class='netkit-opening' style='border-left:6px solid #2a7ab0;padding:0.6em 1em'>"
        f"<h2 style='margin-top:0'>{title}</h2>"
        f"<p style='font-size:1.15em'>This workbook belongs to <b>{who}</b>.</p>"
        + (f"<table>{items}</table>" if items else "")
        + "</div>"
    )
