"""Options several commands share, declared once: the output folder, the workshop's details and country (and the
``workshop.toml`` that holds them once for every command), another workbook template, and ``--quiet``; and
:class:`FilePath`, the type of every file argument.

Each command still says in its own words what goes into the folder and where the details show.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from netkit.atomic import special_kind
from netkit.cli_errors import friendly_errors

__all__ = [
    "WORKSHOP_PARAMETERS",
    "FilePath",
    "out_folder",
    "quiet",
    "roster_columns",
    "workbook_template",
    "workshop_country",
    "workshop_details",
    "workshop_file",
    "workshop_language",
]

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
        kind = special_kind(mode)
        if kind not in (None, "a folder"):  # a folder: click's dir_okay says so
            self.fail(f"{os.fsdecode(path)!r} is {kind}, not a file; give an ordinary file.", param, ctx)
        return path


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
        type=FilePath(exists=True),
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
            type=FilePath(),
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


def _parse_columns(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for value in values:
        header, equals, field = value.rpartition("=")
        if not equals or not header.strip() or not field.strip():
            raise click.BadParameter(
                f"{value!r} is not HEADER=FIELD.\n  How to fix: write it like "
                '--column "Which organisations would you love to work for?=Target organisations"'
            )
        mapping[header.strip()] = field.strip()
    return mapping


def roster_columns() -> Callable[[F], F]:
    """``--column "HEADER=FIELD"`` (repeatable): which roster field a column holds, passed as a dict.

    For sign-up sheets whose questions netkit cannot place by their words; ``FIELD`` ``ignore``
    leaves a column out. A header may be given by its beginning followed by ``…``.
    """
    return click.option(
        "--column",
        "columns",
        multiple=True,
        callback=_parse_columns,
        metavar="HEADER=FIELD",
        help='Which roster field a column holds, e.g. --column "Which organisations…=Target organisations" '
        "(FIELD ignore leaves it out; repeat for more columns).",
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
