"""`netkit emails`: pre-work and follow-up e-mails as .eml files (see :mod:`netkit.coach.emails`)."""

from __future__ import annotations

import click

from netkit.cli.options import FilePath, out_folder, roster_columns, workshop_details, workshop_language
from netkit.cli_errors import friendly_errors
from netkit.terminal import printable

__all__ = ["emails"]


@click.command()
@click.argument("roster", type=FilePath())
@click.option(
    "--kind",
    required=True,
    type=click.Choice(("pre-work", "follow-up")),
    help="pre-work: what to bring and the LinkedIn export to request now; "
    "follow-up: the 30-day check-in and how to resume the workbook.",
)
@out_folder("Folder for the .eml files (created if needed).")
@click.option("--from", "sender", default="", help='Your address, e.g. "Sam Rivera <sam@example.org>".')
@click.option("--link", default="", help="The Binder start page or hub address participants open.")
@click.option(
    "--lite-url",
    default="",
    metavar="URL",
    help="The no-server site's address (netkit lite): each e-mail gets the participant's personal link to it.",
)
@click.option("--time", default="", help='When it starts, as you would write it: "18:30" or "6.30 pm".')
@click.option("--place", default="", help="Where: the room and building, or the video-call link (online).")
@click.option(
    "--format",
    "format_name",
    type=click.Choice(("room-2h", "online-90", "series-3x45")),
    default=None,
    help="The workshop format (as for netkit guide): what to have ready differs online. "
    "Default: online when --place is a link, else in the room.",
)
@workshop_details(", for rows that leave it empty.")
@workshop_language(".")
@roster_columns()
@friendly_errors
def emails(
    roster,
    kind,
    out,
    sender,
    link,
    lite_url,
    time,
    place,
    format_name,
    workshop,
    workshop_date,
    coach,
    language,
    columns,
):
    """Write one e-mail per participant of ROSTER into OUT, as standard .eml files.

    Open each file in your mail client (they open as drafts) and send it from your own
    account. Each e-mail is addressed to one participant and holds nothing of anyone else,
    in their language (the roster's Language column, else --language, else English).
    Rows without a usable e-mail address are listed, never guessed. Roster columns netkit does
    not use are listed, as `netkit render` lists them.

    Example:

    \b
        netkit emails roster.csv --kind pre-work -o mail/ --link https://mybinder.org/v2/gh/you/kit/HEAD \\
            --date 2026-12-03 --time 18:30 --place "Room 2.14, Lyon Building"
        netkit emails roster.csv --kind pre-work -o mail/ --format online-90 --place https://meet.example.org/abc
        netkit emails roster.csv --kind pre-work -o mail/ --lite-url https://you.github.io/kit/
        netkit emails roster.csv --kind follow-up -o mail/ --from "Sam Rivera <sam@example.org>"
        netkit emails roster.csv --kind pre-work -o mail/ --language de
    """
    from netkit.coach.emails import write_emails
    from netkit.coach.roster import read_roster

    people = read_roster(roster, columns=columns)
    for warning in people.warnings:
        click.echo(printable(f"Warning: {warning}"), err=True)
    if people.ignored_columns:
        click.echo(printable("Ignored roster columns (never put into an e-mail): " + ", ".join(people.ignored_columns)))
    report = write_emails(
        people,
        kind,
        out,
        sender=sender,
        link=link,
        lite_url=lite_url,
        workshop=workshop,
        date=workshop_date,
        coach=coach,
        time=time,
        place=place,
        format_name=format_name or "",
        language=language or "",
    )
    click.echo(report.summary())
