"""``netkit outreach``: lint a message, list the linter's rules, list and check the outreach templates.

Thin: each command gathers options, calls :mod:`netkit.exercises.outreach.lint` or :mod:`netkit.exercises.outreach`,
and prints. Exit status: 0 when the message is fine (info notes only), 1 when there is at
least one warning, 2 when the input cannot be used (a missing file, an unknown situation,
a broken template).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from netkit.cli_errors import friendly_errors
from netkit.exceptions import InputError, TemplateError
from netkit.terminal import printable

__all__ = ["SAMPLE_CONTACT", "SAMPLE_PARTICIPANT", "lint_command", "outreach", "rules_command", "templates_command"]

SAMPLE_CONTACT = {
    "name": "Ana Souza",
    "organisation": "Acme Health",
    "role": "data lead",
    "how_we_know": "the PyData meetup",
}
SAMPLE_PARTICIPANT = {"name": "Sam Lee", "goal": "a move into health data analysis"}


@click.group()
def outreach() -> None:
    """Outreach messages: templates and the message linter."""


def _read_message(file: str) -> str:
    if file == "-":  # bytes, decoded below like a file: a pipe may carry Windows-1252 text
        data = sys.stdin.buffer.read()
    else:
        data = _read_message_file(Path(file))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _read_message_file(path: Path) -> bytes:
    if path.exists() and not path.is_file() and not path.is_dir():  # a named pipe would be waited on for ever
        raise InputError(
            "this is a named pipe or a device, not a message file",
            where=path,
            fix="give a text file holding the message",
        )
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("there is no such file", where=path, fix="check the file name") from None
    except IsADirectoryError:
        raise InputError(
            "this is a folder, not a message file", where=path, fix="give a text file holding the message"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read this file ({exc.strerror})", where=path) from None


@outreach.command("lint")
@click.argument("file", type=str)
@click.option("--json", "as_json", is_flag=True, help='Print {"findings": [...]} as JSON.')
@click.option(
    "--situation",
    metavar="NAME",
    help="The situation (see `netkit outreach templates`), e.g. thank-you; default: general rules.",
)
@click.option(
    "--templates",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    help="A coach's folder of extra templates (for its situations).",
)
@click.option(
    "--relationship",
    type=click.Choice(["friend", "teammate", "acquaintance", "stranger"]),
    help="How well the reader knows you (a ring key from your map also works in the library); default: not known.",
)
@click.option(
    "--language",
    type=click.Choice(["en", "de", "es"]),
    help="Your language: findings are written in it, and a short draft is read as written in it (default: English).",
)
@friendly_errors
def lint_command(file, as_json, situation, folder, relationship, language):
    """Check the message in FILE (use - for standard input) against the outreach rules.

    Exit status 0 when there is nothing to fix, 1 when there are warnings, 2 on a bad input.

    Example:

    \b
        netkit outreach lint draft.txt --situation informational-interview
        netkit outreach lint draft.txt --json
        netkit outreach lint draft.txt --situation introduction --relationship friend
        netkit outreach lint entwurf.txt --language de
    """
    from netkit.exercises.outreach import load_templates, situation_for
    from netkit.exercises.outreach.lint import findings_as_json, lint

    sit = situation_for(situation, load_templates(folder)) if situation else None
    findings = lint(_read_message(file), sit, relationship=relationship, language=language)
    if as_json:
        click.echo(json.dumps(findings_as_json(findings), ensure_ascii=False, indent=2))
    elif not findings:
        click.echo("No findings: the message looks good.")
    else:
        for finding in findings:
            click.echo(f"{finding.severity}: [{finding.rule}] {finding.message}")
            click.echo(f"    Try: {finding.fix}")
    if any(f.severity == "warning" for f in findings):
        sys.exit(1)


@outreach.command("rules")
@click.option("--json", "as_json", is_flag=True, help='Print {"rules": [...]} as JSON.')
@click.option("--markdown", is_flag=True, help="Print the rule table of docs/coaching.md.")
def rules_command(as_json, markdown):
    """List every rule of the message linter: id, severity, where it applies, what it looks for.

    The same list is the linter itself, the rule table in docs/coaching.md and the paper checklist.

    Example:

    \b
        netkit outreach rules
        netkit outreach rules --json
        netkit outreach rules --markdown     # the table in docs/coaching.md
    """
    from netkit.exercises.outreach.lint import RULEBOOK, rules_as_json, rules_markdown

    if markdown:
        click.echo(rules_markdown())
        return
    if as_json:
        click.echo(json.dumps(rules_as_json(), ensure_ascii=False, indent=2))
        return
    for rule in RULEBOOK:
        tags = ", ".join(filter(None, [rule.severity, "relational" if rule.relational else ""]))
        click.echo(f"{rule.id:<18} {rule.title}  ({tags})")
        click.echo(f"{'':<18} applies to: {rule.situations}")


@outreach.command("templates")
@click.option(
    "--templates",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    help="A coach's folder of *.j2 templates to check and list with the built-in ones.",
)
@click.option("--show", metavar="NAME", help="Print this situation's draft for a sample contact.")
@friendly_errors
def templates_command(folder, show):
    """List the outreach situations, checking that each template fills in.

    Every template is rendered for a sample contact; a template that needs a field no
    contact has, or that has a syntax error, is reported with its file and line.

    Example:

    \b
        netkit outreach templates
        netkit outreach templates --templates my-templates/ --show thank-you
    """
    from netkit.exercises.outreach import load_templates, render_message, situation_for

    templates = load_templates(folder)
    if show:
        situation_for(show, templates)
        click.echo(render_message(show, SAMPLE_CONTACT, SAMPLE_PARTICIPANT, templates=templates))
        return
    problems: list[TemplateError] = []
    for template in templates:
        origin = "built-in" if template.builtin else template.source
        click.echo(printable(f"{template.id:<26} {template.title}  ({origin})"))
        try:
            render_message(template, SAMPLE_CONTACT, SAMPLE_PARTICIPANT)
        except TemplateError as exc:
            problems.append(exc)
    for problem in problems:
        click.echo(printable(f"Error: {problem.message}"), err=True)
    if problems:
        sys.exit(2)
