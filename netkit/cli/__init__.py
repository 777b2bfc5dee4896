"""The coach's command line: one thin function per command over the library.

Each command gathers options, calls one library function and prints its summary. Errors
netkit expects (a bad roster, a touched workbook) print as a message with a fix and exit 2,
never as a traceback. Sub-command groups for the exercises (``contacts``, ``outreach``) live
in their own modules of this package and are attached at the end of this one.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from netkit import __version__
from netkit.cli.options import (
    FilePath,
    out_folder,
    quiet,
    roster_columns,
    workbook_template,
    workshop_country,
    workshop_details,
    workshop_language,
)
from netkit.cli_errors import friendly_errors
from netkit.terminal import printable

if TYPE_CHECKING:  # the command line imports the coach's modules only when a command runs
    from netkit.coach.render import RenderReport

#: The workshop details ``netkit render --example`` fills in when none are given.
EXAMPLE_DEFAULTS = {"workshop": "Networking that lasts", "workshop_date": "2026-12-03", "coach": "Sam Rivera"}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="netkit")
def cli() -> None:
    """netkit: personalised coaching workbooks for career-networking workshops."""


@cli.command()
@click.argument("roster", required=False, type=FilePath())
@out_folder("Folder for the workbooks and manifest.json (created if needed).")
@click.option("--example", is_flag=True, help="Use the bundled cohort of fictional participants.")
@workbook_template()
@click.option("--execute", is_flag=True, help="Run every workbook with a real kernel.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Workbooks executed at once (default: number of cores).",
)
@click.option(
    "--html",
    is_flag=True,
    help="Also write each workbook's printout, WORKBOOK.printout.html: printable worksheets with the "
    "participant's details filled in and room to write by hand.",
)
@click.option(
    "--update", is_flag=True, help="Refresh workbooks participants already used, keeping their answers and added cells."
)
@workshop_details(", for rows that leave it empty (kept for later renders).", default=None)
@workshop_country(", for rows that leave it empty (kept for later renders).")
@workshop_language(", for rows that leave it empty (kept for later renders).")
@roster_columns()
@quiet()
@friendly_errors
def render(
    roster,
    out,
    example,
    workbook,
    execute,
    jobs,
    html,
    update,
    workshop,
    workshop_date,
    coach,
    country,
    language,
    columns,
    quiet,
):
    """Render one personalised workbook per participant of ROSTER into OUT.

    Only whitelisted roster columns (name, goal, career stage, target sectors and
    organisations, workshop, date, coach, country, language) reach a workbook; the other columns are
    listed and ignored. A later render into the same OUT keeps --workshop, --date, --coach, --country
    and --language unless you give new ones.

    Example:

    \b
        netkit render roster.csv -o out/ --workshop "Networking that lasts" --coach "Sam" --country GB
        netkit render --example -o out/ --execute --html
    """
    from netkit.coach.render import render as render_workbooks
    from netkit.resources import example_roster

    if example == (roster is not None):
        raise click.UsageError("give a ROSTER file or --example (not both)")
    given = {
        "workshop": workshop,
        "workshop_date": workshop_date,
        "coach": coach,
        "country": country,
        "language": language,
    }
    defaults = {**(EXAMPLE_DEFAULTS if example else {}), **{k: v for k, v in given.items() if v}}
    report = render_workbooks(
        example_roster() if example else roster,
        out,
        workbook=workbook,
        execute=execute,
        jobs=jobs,
        html=html,
        update=update,
        progress=not quiet,
        defaults=defaults,
        columns=columns,
    )
    _tell(report)
    if not report.ok:
        sys.exit(1)


def _tell(report: RenderReport) -> None:
    """What ``netkit render`` prints after a render: warnings, ignored columns, what an earlier render's
    details kept, and the summary."""
    for warning in report.warnings:
        click.echo(printable(f"Warning: {warning}"), err=True)
    if report.ignored_columns:
        click.echo(
            printable("Ignored roster columns (never put into a workbook): " + ", ".join(report.ignored_columns))
        )
    if report.kept:
        labels = {
            "workshop": "workshop",
            "workshop_date": "date",
            "coach": "coach",
            "country": "country",
            "language": "language",
        }
        click.echo(
            printable(
                "Kept from the earlier render: "
                + ", ".join(f"{labels[k]} {v!r}" for k, v in report.kept.items())
                + " (give --"
                + "/--".join(labels[k] for k in report.kept)
                + " to change)"
            )
        )
    click.echo(printable(report.summary()))


@cli.command()
@click.argument("specs", nargs=-1, type=FilePath(exists=True))
@click.option("--check", is_flag=True, help="Only check that the workbooks are up to date (exit 1 if not).")
@friendly_errors
def compose(specs, check):
    """Compose workshop workbooks from the exercise notebooks.

    SPECS are workshop descriptions (TOML); default: every workbooks/*.toml. A description's
    [translations.<lang>] tables each add its workbook in that language (workshop.de.ipynb).

    Example:

    \b
        netkit compose workbooks/workshop.toml
    """
    from netkit.coach.compose import compose_text, read_spec, write_composed
    from netkit.resources import bundled_dir

    specs = specs or tuple(sorted(bundled_dir("workbooks").glob("*.toml")))
    stale = []
    for path in specs:
        for spec in read_spec(path).every_language():  # the workbook and its [translations.<lang>]
            if check:
                current = spec.output.read_text(encoding="utf-8") if spec.output.exists() else ""
                if current != compose_text(spec):
                    stale.append(spec.output)
            else:
                click.echo(f"wrote {write_composed(spec)} from {len(spec.exercises)} exercises")
    if stale:
        click.echo("Out of date (run `netkit compose`): " + ", ".join(map(str, stale)), err=True)
        sys.exit(1)


# The exercise and coach command groups live one module each in this package; each module only
# imports click at the top, so `netkit --help` stays fast. (The modules, not their commands, are
# bound here, so that ``netkit.cli.collect`` is the module.)
from netkit.cli import collect, contacts, deliver, emails, guide, links, lite, outreach, voila  # noqa: E402

__all__ = ["EXAMPLE_DEFAULTS", "cli", "compose", "main", "render"]

for _command in (
    contacts.contacts,
    outreach.outreach,
    collect.collect,
    deliver.deliver,
    guide.guide,
    emails.emails,
    lite.lite,
    links.links,
    voila.voila,
):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="netkit")


if __name__ == "__main__":
    main()
