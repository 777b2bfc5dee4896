"""``netkit contacts``: import exports into a contacts file and draw the ego map.

Thin: each command gathers options and calls the library (:mod:`netkit.contacts.importers`,
:mod:`netkit.contacts`, :mod:`netkit.exercises.network.egomap`, :mod:`netkit.coach.map_png`). The contacts file is the
participant's own (third parties' personal data): keep it in their folder, never in a repository.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import click

from netkit.cli.options import FilePath
from netkit.cli_errors import friendly_errors
from netkit.terminal import printable

__all__ = ["FORMAT_CHOICES", "contacts", "export_contacts", "import_contacts", "map_contacts"]

FORMAT_CHOICES = ("auto", "linkedin", "vcard", "google", "outlook", "csv")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def contacts() -> None:
    """Import contacts (LinkedIn, vCard, Google, CSV) and draw the network map."""


@contacts.command("import")
@click.argument("file", type=FilePath(exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default="auto",
    show_default=True,
    help="What FILE is; auto looks at its content.",
)
@click.option(
    "-o",
    "--out",
    required=True,
    type=FilePath(),
    help="Contacts file to merge into (created if absent).",
)
@friendly_errors
def import_contacts(file: Path, fmt: str, out: Path) -> None:
    """Merge the contacts in FILE into OUT and print a one-line summary.

    Importing the same file again adds nobody twice. Skipped rows are listed with their
    line numbers on stderr.

    Example:

    \b
        netkit contacts import Connections.csv -o contacts.json
        netkit contacts import phone.vcf --format vcard -o contacts.json
    """
    from netkit.contacts import load_contacts_file, save_contacts_file
    from netkit.contacts.importers import import_file, plural

    known = load_contacts_file(out)
    everyone, report = import_file(file, known, format=fmt)
    save_contacts_file(out, everyone)
    for line in report.details():
        click.echo(printable(f"  {line}"), err=True)
    click.echo(printable(f"{report.summary()} → {out} now holds {plural(len(everyone), 'contact')}"))


@contacts.command("map")
@click.argument("contacts_file", type=FilePath(exists=True))
@click.option(
    "-o",
    "--out",
    required=True,
    type=FilePath(),
    help="Picture to write (.png, .svg or .pdf).",
)
@click.option("--name", default="You", show_default=True, help="Name shown in the centre.")
@click.option("--dpi", type=click.IntRange(50, 600), default=150, show_default=True)
@friendly_errors
def map_contacts(contacts_file: Path, out: Path, name: str, dpi: int) -> None:
    """Draw the ego map of CONTACTS_FILE into OUT.

    Up to 150 people are drawn one by one; a bigger network is drawn by organisation.
    An .svg is the participant's picture (real text: every script, readable by screen
    readers); a .png or .pdf is drawn with matplotlib, for slides and print.

    Example:

    \b
        netkit contacts map contacts.json -o map.svg --name "Ada"
    """
    from netkit.atomic import atomic_write_bytes
    from netkit.contacts import load_contacts_file
    from netkit.exceptions import InputError

    people = load_contacts_file(contacts_file)
    kind = out.suffix.lower().lstrip(".") or "png"
    if kind not in ("png", "svg", "pdf"):
        raise InputError(f"cannot draw a .{kind} picture", where=out, fix="name the output .png, .svg or .pdf")
    if kind == "svg":
        from netkit.exercises.network.egomap import ego_map_svg

        data = ego_map_svg(people, _dt.date.today(), participant=name).encode("utf-8")
    else:
        import io

        from netkit.coach.map_png import ego_map

        buffer = io.BytesIO()
        ego_map(people, _dt.date.today(), participant=name).savefig(buffer, format=kind, dpi=dpi)
        data = buffer.getvalue()
    atomic_write_bytes(out, data)
    click.echo(f"wrote {out} ({len(people):,} contacts)")


@contacts.command("export")
@click.argument("contacts_file", type=FilePath(exists=True))
@click.option("-o", "--out", required=True, type=FilePath(), help="CSV to write.")
@friendly_errors
def export_contacts(contacts_file: Path, out: Path) -> None:
    """Write CONTACTS_FILE as a CSV that is safe to open in a spreadsheet.

    The columns are the ones `netkit contacts import --format csv` reads back.

    Example:

    \b
        netkit contacts export contacts.json -o contacts.csv
    """
    from netkit.contacts import load_contacts_file, write_contacts_csv

    people = load_contacts_file(contacts_file)
    write_contacts_csv(out, people)
    click.echo(f"wrote {out} ({len(people):,} contacts)")
