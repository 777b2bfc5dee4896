"""`netkit deliver`: put each participant's workbook into their JupyterHub home."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from netkit.cli.options import FilePath, quiet
from netkit.cli_errors import friendly_errors
from netkit.terminal import printable

__all__ = ["deliver"]


@click.command()
@click.argument("out", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option(
    "--hub",
    "hub_url",
    required=True,
    envvar="NETKIT_HUB_URL",
    show_envvar=True,
    help="The hub's address, e.g. https://hub.example.org. The token is read from the "
    "environment variable NETKIT_HUB_TOKEN, never from the command line.",
)
@click.option(
    "--roster",
    type=FilePath(exists=True),
    help="The roster the workbooks were rendered from; hub user names come from its column chosen with --user-from.",
)
@click.option(
    "--user-from",
    type=click.Choice(["hub_user", "email"]),
    default="hub_user",
    show_default=True,
    help="Roster column holding each participant's hub user name.",
)
@click.option(
    "--map",
    "map_csv",
    type=FilePath(exists=True),
    help="Instead of --roster: a CSV with columns 'participant' (id, folder or name from "
    "manifest.json) and 'hub_user'.",
)
@click.option(
    "--folder",
    default="networking-workshop",
    show_default=True,
    help="Folder in each participant's hub home that receives the workbook.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1, max=50),
    default=10,
    show_default=True,
    help="Participants handled at once (servers started in parallel; at most 50).",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0, max=10),
    default=2,
    show_default=True,
    help="Extra attempts for a server that does not start.",
)
@click.option(
    "--start-timeout",
    type=click.FloatRange(min=1),
    default=120.0,
    show_default=True,
    help="Seconds to wait for one server start.",
)
@click.option("--skip-unmapped", is_flag=True, help="Deliver to those with a hub user; list the others.")
@click.option(
    "--overwrite-touched",
    is_flag=True,
    help="Replace workbooks participants already worked in (a copy is kept in "
    "netkit-backups/ on the hub; answers are never touched).",
)
@quiet()
@friendly_errors
def deliver(
    out,
    hub_url,
    roster,
    user_from,
    map_csv,
    folder,
    jobs,
    retries,
    start_timeout,
    skip_unmapped,
    overwrite_touched,
    quiet,
):
    """Deliver the workbooks rendered into OUT to each participant's JupyterHub home.

    Creates missing hub users, starts their servers in parallel, and writes
    FOLDER/<workbook>.ipynb into each home. A workbook a participant has worked in is
    never overwritten (unless --overwrite-touched). What was delivered is recorded in
    OUT/deliveries.json, so running the command again is safe.

    Example:

    \b
        export NETKIT_HUB_TOKEN=…   # the netkit service token from your hub admin
        netkit deliver out/ --hub https://hub.example.org --roster roster.csv --user-from email
        netkit deliver out/ --hub https://hub.example.org --map hub-users.csv
    """
    from netkit.hub import HubClient, manifest_entries, map_from_csv, map_from_roster
    from netkit.hub import deliver as deliver_workbooks

    if (roster is None) == (map_csv is None):
        raise click.UsageError("say who is who on the hub: give --roster (with --user-from) or --map")
    entries = manifest_entries(out)
    if map_csv is not None:
        mapping = map_from_csv(map_csv, entries, skip_unmapped=skip_unmapped)
    else:
        mapping = map_from_roster(roster, entries, user_from=user_from, skip_unmapped=skip_unmapped)
    with HubClient(hub_url) as client:
        report = deliver_workbooks(
            out,
            client,
            mapping,
            folder=folder,
            jobs=jobs,
            attempts=retries + 1,
            start_timeout=start_timeout,
            overwrite_touched=overwrite_touched,
            progress=not quiet,
        )
    click.echo(printable(report.summary()))
    if not report.ok:
        sys.exit(1)
