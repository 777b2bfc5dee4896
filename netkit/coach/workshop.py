"""One workshop, described once: a ``workshop.toml`` the coach keeps beside the roster.

Title, date, coach, country, the report's minimum group and the session details are the same for
``render``, ``guide``, ``emails``, ``lite`` and ``collect``. Typing them as flags to four commands
invites four spellings, so a coach can write them once::

    [workshop]
    title = "Networking that lasts"
    date = 2026-12-03          # a TOML date, or "2026-12-03"
    coach = "Sam Rivera"
    country = "GB"
    min_group = 5

Every command that takes these details reads the file (``--config FILE``, or ``workshop.toml`` in
the roster's folder, or in the current folder); a flag given on the command line wins over the
file, and the file wins over the built-in defaults. A ``workshop.toml`` without a ``[workshop]``
table (the composer's file in ``workbooks/`` is one) is not this file and is ignored.
Pure: reads a file, returns checked values.
"""

from __future__ import annotations

import datetime as _dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from netkit.exceptions import InputError

__all__ = ["WORKSHOP_FILE", "Workshop", "find_workshop_file", "read_workshop"]

#: The file name a coach keeps beside the roster.
WORKSHOP_FILE = "workshop.toml"

#: The most a workshop file may hold: it is a handful of lines, never a data file.
MAX_WORKSHOP_FILE = 64 * 1024


@dataclass(frozen=True)
class Workshop:
    """The details every coach command shares; ``None`` means "not set here" (the command's default applies)."""

    title: str | None = None
    date: str | None = None
    coach: str | None = None
    country: str | None = None
    min_group: int | None = None
    group_size: int | None = None
    time: str | None = None
    place: str | None = None
    format: str | None = None
    language: str | None = None

    def settings(self) -> dict[str, Any]:
        """The fields this workshop sets (everything not ``None``), by field name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


_INTEGERS = {"min_group", "group_size"}
_KNOWN = tuple(f.name for f in fields(Workshop))


def _checked(key: str, value: Any, where: str) -> str | int:
    if key in _INTEGERS:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InputError(
                f"{key} must be a whole number of at least 1, not {value!r}",
                where=where,
                fix=f"write it without quotes, e.g. {key} = 5",
            )
        return value
    if key == "date" and isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    if not isinstance(value, str):
        raise InputError(
            f"{key} must be text, not {type(value).__name__}",
            where=where,
            fix=f'put the value in quotes, e.g. {key} = "…"',
        )
    return value.strip()


def read_workshop(path: Path) -> Workshop | None:
    """The workshop described in ``path``'s ``[workshop]`` table; ``None`` when the file has no such table.

    A broken file stops with where and how to fix it (a TOML syntax error with its line, an unknown
    key with the known ones, a value of the wrong kind), never a traceback.
    """
    where = str(path)
    try:
        if path.stat().st_size > MAX_WORKSHOP_FILE:
            raise InputError(
                f"the workshop file is over {MAX_WORKSHOP_FILE // 1024} KB",
                where=where,
                fix="keep only the [workshop] table in it",
            )
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("the workshop file is not UTF-8 text", where=where, fix="save it as UTF-8") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            f"the workshop file is not valid TOML ({exc})",
            where=where,
            fix='write one setting per line, e.g. title = "Networking that lasts"',
        ) from None
    table = document.get("workshop")
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise InputError("[workshop] must be a table", where=where, fix="start the settings with a [workshop] line")
    unknown = sorted(set(table) - set(_KNOWN))
    if unknown:
        raise InputError(
            f"unknown setting {unknown[0]!r} in [workshop]",
            where=where,
            fix=f"use only: {', '.join(_KNOWN)}",
        )
    checked: dict[str, Any] = {key: _checked(key, value, f"{where}, {key}") for key, value in table.items()}
    return Workshop(**checked)


def find_workshop_file(explicit: Path | None, *, near: Path | None = None) -> Path | None:
    """The workshop file a command reads: ``explicit`` if given, else ``workshop.toml`` beside ``near``
    (the roster), else in the current folder; ``None`` when there is none."""
    if explicit is not None:
        if not explicit.is_file():
            raise InputError("the workshop file does not exist", where=explicit, fix="check the --config path")
        return explicit
    folders = ([near.parent] if near is not None else []) + [Path.cwd()]
    for folder in folders:
        candidate = folder / WORKSHOP_FILE
        if candidate.is_file():
            return candidate
    return None
