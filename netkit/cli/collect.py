"""`netkit collect`: the cohort report from a render folder (or from a JupyterHub)."""

from __future__ import annotations

import time
from pathlib import Path

import click

from netkit.cli.options import quiet, workshop_file
from netkit.cli_errors import friendly_errors
from netkit.terminal import printable

__all__ = ["collect", "watch"]


@click.command()
@click.argument("out", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "report_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the HTML report (one self-contained file).",
)
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the progress table as a CSV (UTF-8 with BOM, safe to open in Excel).",
)
@click.option(
    "--min-group",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Fewest participants sharing before cohort charts are shown.",
)
@click.option("--title", default="Cohort report", show_default=True, help="Title of the report.")
@click.option(
    "--hub",
    "hub_url",
    default=None,
    help="Read answers from this JupyterHub instead of OUT's folders (participants as recorded "
    "by `netkit deliver`). The token is read from NETKIT_HUB_TOKEN, never the command line.",
)
@click.option(
    "--folder",
    "hub_folder",
    default="networking-workshop",
    show_default=True,
    help="With --hub: the folder in each hub home holding the workbook.",
)
@click.option(
    "--watch",
    "watch_every",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Rebuild the report every N seconds during a live session, until Ctrl-C.",
)
@quiet()
@workshop_file()
@friendly_errors
def collect(out, report_path, csv_path, min_group, title, hub_url, hub_folder, watch_every, quiet):
    """Build the cohort report from the participant folders of the render in OUT.

    Reads OUT/manifest.json and each participant's saved answers (read-only). The report
    shows percent done per exercise per participant, and anonymised charts of the cohort:
    network size and rings, dormant ties, gives versus asks, the most common outreach
    feedback, and commitments. Contacts' names and message texts are never included;
    participants who opted out are listed without data. A missing or damaged folder is
    reported and skipped.

    Example:

    \b
        netkit collect out/ -o report.html --csv summary.csv
        NETKIT_HUB_TOKEN=… netkit collect out/ -o report.html --hub https://hub.example.org
        netkit collect out/ -o live.html --watch 30

    With --watch, keep live.html open in a browser and reload it to see who is where.
    """

    def refresh():
        _collect_once(
            out,
            report_path,
            csv_path,
            min_group,
            title,
            hub_url,
            hub_folder,
            quiet=quiet or watch_every is not None,
            refresh=watch_every,
        )

    if watch_every is None:
        refresh()
    else:
        watch(refresh, watch_every)


def watch(refresh, every: int) -> int:
    """Call ``refresh`` every ``every`` seconds until Ctrl-C; returns how many times it ran.

    A refresh that fails (a participant saving at that very moment, the hub briefly away) is
    reported and the next one tried; Ctrl-C ends the loop with a message instead of a traceback.
    """
    from netkit.exceptions import NetkitError

    runs = 0
    try:
        while True:
            try:
                refresh()
            except NetkitError as exc:
                if not runs:
                    raise  # the first one failing means a wrong folder or hub: say so and stop
                click.echo(f"Warning: this refresh failed: {exc}", err=True)
            runs += 1
            click.echo(f"Refreshed at {time.strftime('%H:%M:%S')}; next in {every} s (Ctrl-C to stop).")
            _sleep(every)
    except KeyboardInterrupt:
        click.echo(f"Stopped watching after {runs} refresh(es); the last report is kept.")
    return runs


_sleep = time.sleep  # tests replace it to end the loop after a fixed number of refreshes


def _collect_once(out, report_path, csv_path, min_group, title, hub_url, hub_folder, *, quiet, refresh=None):
    from netkit.coach.collect import build_report, read_render, write_summary_csv
    from netkit.coach.report_html import write_report

    if hub_url:
        from netkit.hub import read_hub

        pairs = read_hub(out, hub_url, folder=hub_folder, progress=not quiet)
    else:
        pairs = read_render(out, progress=not quiet)
    report = build_report(pairs, min_group=min_group, source=hub_url or out.name)
    write_report(report, report_path, title=title, refresh=refresh)
    for row in report.problems:
        click.echo(printable(f"Warning: skipped {row.name}: {row.problem}"), err=True)
    click.echo(printable(report.summary().split("\n")[0]))
    if report.aggregates is None:
        click.echo(f"Cohort charts need at least {min_group} participants sharing (--min-group).")
    click.echo(f"Report: {report_path}")
    if csv_path:
        click.echo(f"CSV: {write_summary_csv(report, csv_path)}")
