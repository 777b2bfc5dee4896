"""Options several commands share, declared once: the output folder, the workshop's details and country, another
workbook template, and ``--quiet``.

Each command still says in its own words what goes into the folder and where the details show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

__all__ = ["out_folder", "quiet", "workbook_template", "workshop_country", "workshop_details"]

F = TypeVar("F", bound=Callable[..., Any])


def out_folder(help: str) -> Callable[[F], F]:
    """``-o/--out FOLDER`` (required; a folder, not a file), passed as a :class:`~pathlib.Path`."""
    return click.option("-o", "--out", required=True, type=click.Path(file_okay=False, path_type=Path), help=help)


def quiet() -> Callable[[F], F]:
    """``-q/--quiet``: no progress shown (no bar on a terminal, no progress lines in a log)."""
    return click.option(
        "-q", "--quiet", is_flag=True, help="No progress: no bar on a terminal, no progress lines in a log."
    )


def workbook_template() -> Callable[[F], F]:
    """``--workbook FILE``: a workshop template other than the bundled one, passed as a :class:`~pathlib.Path`."""
    return click.option(
        "--workbook",
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
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
