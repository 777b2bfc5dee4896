"""Options several commands share, declared once: the output folder, the workshop's details and country (and the
``workshop.toml`` that holds them once for every command), another workbook template, and ``--quiet``.

Each command still says in its own words what goes into the folder and where the details show.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from netkit.cli_errors import friendly_errors

__all__ = [
    "WORKSHOP_PARAMETERS",
    "out_folder",
    "quiet",
    "workbook_template",
    "workshop_country",
    "workshop_details",
    "workshop_file",
    "workshop_language",
]

F = TypeVar("F", bound=Callable[..., Any])


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
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help="Another workshop template (default: the bundled workshop.ipynb).",
    )


#: Which command parameters each setting of a workshop file fills (a command fills those it has).
WORKSHOP_PARAMETERS = {
    "title": ("workshop", "title"),
    "date": ("workshop_date",),
    "coach": ("coach",),
    "country": ("country",),
    "min_group": ("min_group",),
    "group_size": ("group_size",),
    "time": ("time",),
    "place": ("place",),
    "format": ("format_name", "session_format"),
    "language": ("language",),
}


def _fill_from_workshop(ctx: click.Context, kwargs: dict[str, Any], path: Path) -> None:
    """Set each parameter the coach did not give on the command line from the workshop file at ``path``,
    checked by the parameter's own type and callback (so a bad value there reads like a bad flag)."""
    from netkit.coach.workshop import read_workshop
    from netkit.exceptions import InputError

    workshop = read_workshop(path)
    if workshop is None:
        return
    params = {param.name: param for param in ctx.command.params}
    for key, value in workshop.settings().items():
        for name in WORKSHOP_PARAMETERS[key]:
            if name not in kwargs or name not in params:
                continue
            if ctx.get_parameter_source(name) not in (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP, None):
                continue  # a flag on the command line wins over the file
            try:
                kwargs[name] = params[name].process_value(ctx, value)
            except click.BadParameter as exc:
                raise InputError(
                    f"{key} = {value!r}: {exc.message}", where=path, fix="correct it in the file"
                ) from None


def workshop_file() -> Callable[[F], F]:
    """``--config FILE``: the workshop's details read once from a ``workshop.toml`` (see :mod:`netkit.coach.workshop`).

    Without the flag, ``workshop.toml`` beside the ROSTER argument (or in the current folder) is read when it
    has a ``[workshop]`` table. Flags given on the command line win over the file."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def with_workshop(*args: Any, **kwargs: Any) -> Any:
            from netkit.coach.workshop import find_workshop_file

            explicit = kwargs.pop("config", None)
            roster = kwargs.get("roster")
            path = find_workshop_file(explicit, near=roster if isinstance(roster, Path) else None)
            if path is not None:
                _fill_from_workshop(click.get_current_context(), kwargs, path)
            return command(*args, **kwargs)

        option = click.option(
            "--config",
            type=click.Path(dir_okay=False, path_type=Path),
            default=None,
            help="The workshop's details from this TOML file's [workshop] table (default: workshop.toml beside "
            "the roster or in the current folder, if any). Flags win over the file.",
        )
        return option(friendly_errors(with_workshop))

    return decorate


def workshop_details(note: str, *, default: str | None = "") -> Callable[[F], F]:
    """``--workshop``, ``--date`` (as ``workshop_date``) and ``--coach``, and ``--config`` (:func:`workshop_file`);
    ``note`` ends each help line."""

    def decorate(command: F) -> F:
        command = workshop_file()(command)
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


def _check_language(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if not value:
        return value
    from netkit.exceptions import InputError
    from netkit.languages import language_code

    try:
        return language_code(value, where="--language")
    except InputError as exc:
        raise click.BadParameter(f"{exc.what}.\n  How to fix: {exc.fix}") from None


def workshop_language(note: str) -> Callable[[F], F]:
    """``--language CODE``: the participants' language (de, es, en, or a name such as "Deutsch"), checked as it
    is read, so an unsupported one stops before anything is written, naming the supported ones."""
    return click.option(
        "--language",
        default=None,
        callback=_check_language,
        help="The participants' language: de (Deutsch), es (español) or en (English); a roster's Language "
        f"column wins for its row (default: English){note}",
    )
