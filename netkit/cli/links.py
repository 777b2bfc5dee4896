"""`netkit links`: each participant's personal link to the no-server site (see :mod:`netkit.coach.links`)."""

from __future__ import annotations

import click

from netkit.cli.options import FilePath
from netkit.cli_errors import friendly_errors
from netkit.terminal import printable

__all__ = ["links"]


@click.command()
@click.argument("roster", type=FilePath(exists=True))
@click.option(
    "--lite-url",
    required=True,
    metavar="URL",
    help="Where the no-server site is served, e.g. https://you.github.io/kit/",
)
@click.option(
    "-o",
    "--out",
    type=FilePath(),
    default=None,
    help="Write a CSV (name, email, link) instead of printing the table.",
)
@friendly_errors
def links(roster, lite_url, out):
    """One personal link per participant of ROSTER to the no-server site (netkit lite).

    Each link opens the site's welcome page with the participant's own details (name, goal,
    career stage, sectors, organisations) filled in. They travel after the link's "#": the
    browser never sends that part to the server, and nothing personal is written into the
    site. A checksum in the link catches a typo or a cut-off link. E-mail addresses stay in the
    table, never in a link.

    \b
    Example:
        netkit links roster.csv --lite-url https://you.github.io/kit/ -o links.csv
        netkit links roster.csv --lite-url http://192.168.1.20:8000/      # the coach's laptop
    """
    from netkit.coach.links import roster_links, write_links_csv

    found = roster_links(roster, lite_url)
    if out is not None:
        write_links_csv(found, out)
        click.echo(f"{len(found)} personal links written to {out}.")
        return
    width = max((len(printable(x.participant.name)) for x in found), default=4)
    for item in found:
        click.echo(f"{printable(item.participant.name):<{width}}  {item.link}")
    click.echo(f"{len(found)} personal links.")
