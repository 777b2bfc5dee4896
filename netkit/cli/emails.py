"""`netkit emails`: pre-work and follow-up e-mails as .eml files (see :mod:`netkit.coach.emails`)."""

from __future__ import annotations

import click

from netkit.cli.options import FilePath, out_folder, workshop_details
from netkit.cli_errors import friendly_errors

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
@workshop_details(", for rows that leave it empty.")
@friendly_errors
def emails(roster, kind, out, sender, link, workshop, workshop_date, coach):
    """Write one e-mail per participant of ROSTER into OUT, as standard .eml files.

    Open each file in your mail client (they open as drafts) and send it from your own
    account. Each e-mail is addressed to one participant and holds nothing of anyone else.
    Rows without a usable e-mail address are listed, never guessed.

    Example:

    \b
        netkit emails roster.csv --kind pre-work -o mail/ --link https://mybinder.org/v2/gh/you/kit/HEAD
        netkit emails roster.csv --kind follow-up -o mail/ --from "Sam Rivera <sam@example.org>"
    """
    from netkit.coach.emails import write_emails

    report = write_emails(
        roster, kind, out, sender=sender, link=link, workshop=workshop, date=workshop_date, coach=coach
    )
    click.echo(report.summary())
