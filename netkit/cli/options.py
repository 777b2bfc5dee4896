"""Options several commands share, declared once: the output folder, the workshop's details and country, another
workbook template, and ``--quiet``; and :class:`FilePath`, the type of every file argument.

Each command still says in its own words what goes into the folder and where the details show.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

__all__ = ["FilePath", "out_folder", "quiet", "workbook_template", "workshop_country", "workshop_details"]

F = TypeVar("F", bound=Callable[..., Any])


class FilePath(click.Path):
    """A file argument or option (a :class:`~pathlib.Path`): a folder, a named pipe, a device or a
    socket is refused as the command line is read.

    Reading a named pipe waits for a writer that never comes, and writing "to" one would replace it
    by a regular file, so neither is ever opened; ``exists`` is click's own (the file must be there).
    """

    def __init__(self, *, exists: bool = False):
        super().__init__(dir_okay=False, exists=exists, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        try:
            mode = os.stat(path).st_mode
        except OSError:
            return path  # not there (yet): click's exists, or the command, says so
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            kind = "a named pipe" if stat.S_ISFIFO(mode) else "a device or socket"
            self.fail(f"{os.fsdecode(path)!r} is {kind}, not a file; give an ordinary file.", param, ctx)
        return path


def out_folder(help: str) -> Callable[[F], F]:
    """``-o/--out FOLDER`` (required; a folder, not a file), passed as a :class:`~pathlib.Path`."""
    return click.option("-o", "--out", required=True, type=click.Path(file_okay=False, path_type=Path), help=help)


def quiet() -> Callable[[F], F]:
    """``-q/--quiet``: no progress bar."""
    return click.option("-q", "--quiet", is_flag=True, help="No progress bar.")


def workbook_template() -> Callable[[F], F]:
    """``--workbook FILE``: a workshop template other than the bundled one, passed as a :class:`~pathlib.Path`."""
    return click.option(
        "--workbook",
        type=FilePath(exists=True),
        help="Another workshop template (default: the bundled workshop.ipynb).",
    )


def workshop_details(note: str, *, default: str | None = "") -> Callable[[F], F]:
    """``--workshop``, ``--date`` (as ``workshop_date``) and ``--coach``; ``note`` ends each help line."""

    def decorate(command: F) -> F:
        for option in reversed(
            (
                click.option("--workshop", default=default, help=f"Workshop title{note}"),
                click.option("--date", "workshop_date", default=default, help=f"Workshop date{note}"),
                click.option("--coach", default=default, help=f"Coach's name{note}"),
            )
        ):
            command = option(command)
        return command

    return decorate


def _check_country(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if not value:
        return value
    from netkit.business_days import country_setting
    from netkit.exceptions import InputError

    try:
        return country_setting(value, where="--country")
    except InputError as exc:
        raise click.BadParameter(f"{exc.what}.\n  How to fix: {exc.fix}") from None


def workshop_country(note: str) -> Callable[[F], F]:
    """``--country CODE``: the workshop's country, checked as it is read (an unknown code stops with the fix)."""
    return click.option(
        "--country",
        default=None,
        callback=_check_country,
        help="The workshop's country, e.g. GB, DE, US or DE-BY: follow-up dates skip its public holidays "
        f"(default: weekends only){note}",
    )
