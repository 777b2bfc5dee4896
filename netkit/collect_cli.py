"""`netkit collect`: the cohort report from a render folder (or from a JupyterHub)."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_errors import friendly_errors
from .terminal import printable


@click.command()
@click.argument("out", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("-o", "--output", "report_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the HTML report (one self-contained file).")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the progress table as a CSV (UTF-8 with BOM, safe to open in Excel).")
@click.option("--min-group", type=click.IntRange(min=1), default=3, show_default=True,
              help="Fewest participants sharing before cohort charts are shown.")
@click.option("--title", default="Cohort report", show_default=True, help="Title of the report.")
@click.option("--hub", "hub_url", default=None,
              help="Read answers from this JupyterHub instead of OUT's folders (participants as recorded "
                   "by `netkit deliver`). The token is read from NETKIT_HUB_TOKEN, never the command line.")
@click.option("--folder", "hub_folder", default="networking-workshop", show_default=True,
              help="With --hub: the folder in each hub home holding the workbook.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@friendly_errors
def collect(out, report_path, csv_path, min_group, title, hub_url, hub_folder, quiet):
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
    """
    from .collect import build_report, read_render, write_summary_csv
    from .report_html import write_report

    if hub_url:
        pairs = _from_hub(out, hub_url, hub_folder, progress=not quiet)
    else:
        pairs = read_render(out, progress=not quiet)
    report = build_report(pairs, min_group=min_group, source=hub_url or out.name)
    write_report(report, report_path, title=title)
    for row in report.problems:
        click.echo(printable(f"Warning: skipped {row.name}: {row.problem}"), err=True)
    click.echo(printable(report.summary().split("\n")[0]))
    if report.aggregates is None:
        click.echo(f"Cohort charts need at least {min_group} participants sharing (--min-group).")
    click.echo(f"Report: {report_path}")
    if csv_path:
        click.echo(f"CSV: {write_summary_csv(report, csv_path)}")


# --------------------------------------------------------------------------- --hub
def _from_hub(out: Path, hub_url: str, folder: str, *, progress: bool) -> list[tuple[dict, object]]:
    """(manifest entry, answers | error) read from each participant's hub home."""
    from .collect import read_manifest_entries
    from .exceptions import HubError
    from .hub import HubClient, delivered_users, fetch_answers

    entries = read_manifest_entries(out)
    users = {pid: user for pid, user in delivered_users(out, hub_url).items()
             if any(e.get("id") == pid for e in entries)}
    with HubClient(hub_url) as client:
        fetched = fetch_answers(client, users, folder=folder, progress=progress)
    not_delivered = HubError("no workbook was delivered to this participant on this hub",
                             fix="run `netkit deliver` first")
    return [(entry, fetched.get(entry.get("id"), not_delivered)) for entry in entries]
