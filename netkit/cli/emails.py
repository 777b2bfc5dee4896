"""`netkit emails`: pre-work and follow-up e-mails as .eml files (see :mod:`netkit.coach.emails`)."""

from __future__ import annotations

from pathlib import Path

import click

from netkit.cli.options import out_folder, workshop_details
from netkit.cli_errors import friendly_errors

__all__ = ["emails"]


@click.command()
@click.argument("roster", type=click.Path(dir_okay=False, path_type=Path))
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
@workshop_details(", for rows that leave it empty.")
@friendly_errors
def emails(roster, kind, out, sender, link, lite_url, workshop, workshop_date, coach):
    """Write one e-mail per participant of ROSTER into OUT, as standard .eml files.

    Open each file in your mail client (they open as drafts) and send it from your own
    account. Each e-mail is addressed to one participant and holds nothing of anyone else.
    Rows without a usable e-mail address are listed, never guessed.

    Example:

    \b
        netkit emails roster.csv --kind pre-work -o mail/ --link https://mybinder.org/v2/gh/you/kit/HEAD
        netkit emails roster.csv --kind pre-work -o mail/ --lite-url https://you.github.io/kit/
        netkit emails roster.csv --kind follow-up -o mail/ --from "Sam Rivera <sam@example.org>"
    """
    from netkit.coach.emails import write_emails

    report = write_emails(
        roster,
        kind,
        out,
        sender=sender,
        link=link,
        lite_url=lite_url,
        workshop=workshop,
        date=workshop_date,
        coach=coach,
    )
    click.echo(report.summary())
