"""`netkit guide`: the facilitator's kit for one workshop format (see :mod:`netkit.coach.guide`)."""

from __future__ import annotations

import click

from netkit.cli.options import out_folder, workshop_details, workshop_language
from netkit.cli_errors import friendly_errors

__all__ = ["FORMAT_CHOICES", "guide"]

FORMAT_CHOICES = ("room-2h", "online-90", "series-3x45")  # netkit.coach.guide.FORMATS, without importing it


@click.command()
@out_folder("Folder for the run sheet, worksheets and slides (created if needed).")
@click.option(
    "--format",
    "format_name",
    type=click.Choice(FORMAT_CHOICES),
    default="room-2h",
    show_default=True,
    help="In the room for two hours, online for 90 minutes, or three 45-minute sessions.",
)
@click.option(
    "--group-size",
    type=click.IntRange(2, 60),
    default=16,
    show_default=True,
    help="How many people will come: forming groups, share-outs and the close grow with the room, and the "
    "run sheet says what moved to pre-work or homework to keep the format's length.",
)
@workshop_details(", shown on every page.")
@workshop_language(".")
@friendly_errors
def guide(out, format_name, group_size, workshop, workshop_date, coach, language):
    """Write the facilitator's kit for running a workshop into OUT.

    run-sheet.html/.pdf/.json: the minute-by-minute plan (what to say and do, pair and group
    work, breaks, stuck points, what to watch in the live report); worksheets.pdf: blank paper
    worksheets for anyone whose laptop fails; slides.html: a presenter deck that works offline
    (arrow keys to move, N for notes). With --language de or es (or language in workshop.toml) the run
    sheet, the worksheets and the slides are in that language.

    Example:

    \b
        netkit guide -o kit/ --workshop "Networking that lasts" --date 2026-12-03 --coach "Sam Rivera"
        netkit guide -o kit-online/ --format online-90 --group-size 24
        netkit guide -o kit-de/ --language de
    """
    from netkit.coach.guide import pdf_warnings, write_guide

    for path in write_guide(
        out,
        format_name,
        workshop=workshop,
        date=workshop_date,
        coach=coach,
        group_size=group_size,
        language=language or "en",
    ):
        click.echo(f"wrote {path}")
    for warning in pdf_warnings(workshop, workshop_date, coach):
        click.echo(f"Warning: {warning}", err=True)
