"""Reading a coach's roster CSV, as coaches really have it.

Sign-up sheets come from Excel, Google Forms or LibreOffice: UTF-8 with or without a BOM,
Excel's legacy Windows-1252 (decoded by :mod:`netkit.textfile`), ``,`` ``;`` or tab between fields, blank rows, stray
spaces, the
same person twice, and columns netkit must never pass on (private notes, phone numbers).

Only the fields in :data:`WORKBOOK_FIELDS` ever reach a workbook; the header names a coach
uses are mapped onto them by :func:`~netkit.coach.roster_columns.map_columns` (aliases, a sign-up
form's question words, the coach's ``--column``); the same person signing up twice is found by
e-mail or by name without accents, case or spacing, and the later submission wins. Parameter names therefore come
from this code, never from a CSV header. A problem that would make a workbook wrong (no name
column, an empty name) stops everything before anything is written, naming the file, the
line and the fix.
"""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from netkit.coach.roster_columns import (
    fold,
    map_columns,
)
from netkit.exceptions import InputError, RosterError
from netkit.languages import language_code
from netkit.textfile import csv_rows, decode_text, refuse_control, sniff_delimiter

__all__ = [
    "DELIVERY_FIELDS",
    "Participant",
    "REQUIRED_FIELDS",
    "Roster",
    "WORKBOOK_FIELDS",
    "decode_roster",
    "parse_roster",
    "participant_id",
    "participant_key",
    "read_roster",
]

#: Roster fields passed to a workbook as papermill parameters, in this order.
WORKBOOK_FIELDS = (
    "name",
    "goal",
    "career_stage",
    "target_sectors",
    "target_organisations",
    "workshop",
    "workshop_date",
    "coach",
    "country",  # the workshop's country: follow-up dates skip its public holidays (netkit.business_days)
    "language",  # the participant's language, a code of netkit.languages.SUPPORTED_LANGUAGES ("" = English)
)
#: Roster fields netkit reads but never puts into a notebook (used to deliver workbooks).
DELIVERY_FIELDS = ("email", "hub_user")
REQUIRED_FIELDS = ("name",)


@dataclass(frozen=True)
class Participant:
    """One workshop participant: whitelisted fields only, plus where they came from."""

    id: str
    name: str
    fields: dict = field(default_factory=dict)
    email: str = ""
    hub_user: str = ""
    line: int = 0

    def workbook_parameters(self) -> dict[str, str]:
        """The papermill parameters for this participant: exact strings, whitelisted names."""
        return {key: str(self.fields.get(key, "")) for key in WORKBOOK_FIELDS}


@dataclass
class Roster:
    """A parsed roster: participants in file order, and what the coach should know about it."""

    path: Path
    participants: list[Participant]
    encoding: str
    delimiter: str
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def _clean(value: str | None) -> str:
    """Strip stray spaces and invisible characters a spreadsheet leaves behind."""
    if value is None:
        return ""
    value = unicodedata.normalize("NFC", value).replace("\u00a0", " ").replace("\ufeff", "")
    return value.strip()


def participant_key(name: str, email: str = "") -> str:
    """The identity of a participant: same name (any case, NFC or NFD) and same e-mail."""
    norm = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return norm + "\x00" + email.strip().casefold()


def participant_id(name: str, email: str = "") -> str:
    """A stable id for a participant, so a re-render finds the same folder."""
    return hashlib.sha256(participant_key(name, email).encode("utf-8")).hexdigest()[:10]


def _same_name(found: tuple[int, str] | None, email: str) -> int | None:
    """The earlier row with this name, unless both rows give different e-mails (two people sharing a name)."""
    if found is None:
        return None
    index, earlier_email = found
    return index if not email or not earlier_email or email == earlier_email else None


def decode_roster(data: bytes, where: str) -> tuple[str, str, list[str]]:
    """Decode roster bytes with the shared decoder (:func:`netkit.textfile.decode_text`).

    Returns (text, encoding name, warnings); a workbook, archive, PDF or picture is refused by name.
    """
    decoded = decode_text(data, where, RosterError, wanted="a roster CSV")
    return decoded.text, decoded.encoding, [str(w) for w in decoded.warnings]  # the coach's report: English


def _country(text: str, *, where: str, line: int | None = None) -> str:
    """The country setting as netkit keeps it (``DE-BY``); a RosterError on the roster's line for an unknown one."""
    from netkit.business_days import country_setting  # the holiday calendar loads only when a country is set

    try:
        return country_setting(text, where=where)
    except InputError as exc:
        raise RosterError(exc.what, where=where, line=line, column="country" if line else None, fix=exc.fix) from None


def read_roster(
    path: str | Path,
    *,
    defaults: dict[str, str] | None = None,
    columns: Mapping[str, str] | None = None,
    unclear: str = "stop",
) -> Roster:
    """Parse a roster CSV into participants, or raise :class:`RosterError` saying how to fix it.

    ``defaults`` fills fields the roster leaves empty (e.g. the workshop title and date given
    once on the command line). ``columns`` maps headers to fields where the coach said so
    (``--column "Which organisations…=Target organisations"``; see :func:`map_columns`, also for
    ``unclear``).
    """
    path = Path(path)
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RosterError(
            "the roster file does not exist", where=where, fix="check the path, or try `netkit render --example`"
        ) from None
    except IsADirectoryError:
        raise RosterError("this is a folder, not a roster CSV", where=where) from None
    text, encoding, warnings = decode_roster(data, where)
    return parse_roster(
        text,
        where=where,
        path=path,
        encoding=encoding,
        warnings=warnings,
        defaults=defaults,
        columns=columns,
        unclear=unclear,
    )


def parse_roster(
    text: str,
    *,
    where: str = "roster",
    path: Path | None = None,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
    defaults: dict[str, str] | None = None,
    columns: Mapping[str, str] | None = None,
    unclear: str = "stop",
) -> Roster:
    """Parse roster text (see :func:`read_roster`)."""
    warnings = list(warnings or [])
    refuse_control(text, where, RosterError)
    delimiter = sniff_delimiter(text)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    width = len(next(csv.reader([first_line], delimiter=delimiter), []))
    records = csv_rows(text, where, RosterError, delimiter=delimiter, header_width=width)
    header_line, header = _find_header(records, where)
    fields_at, ignored = map_columns(
        [_clean(h) for h in header], where=where, line=header_line, mapping=columns, unclear=unclear
    )
    _require_a_name_column(fields_at, header, where, header_line)
    defaults = _workshop_defaults(defaults)
    participants = _participants(records, fields_at, defaults, where, warnings)
    if not participants:
        raise RosterError(
            "the roster has a header but no participants",
            where=where,
            line=header_line,
            fix="add one row per participant under the header",
        )
    return Roster(
        path=path or Path(where),
        participants=participants,
        encoding=encoding,
        delimiter=delimiter,
        warnings=warnings,
        ignored_columns=ignored,
    )


def _participants(
    records: Iterator[tuple[int, list[str]]],
    fields_at: dict[int, str],
    defaults: dict[str, str],
    where: str,
    warnings: list[str],
) -> list[Participant]:
    """One participant per person from the rows after the header (blank rows skipped, the workshop's ``defaults``
    filling empty fields); rows without a name stop everything, naming each line."""
    people = _OnePerPerson(where, warnings)
    problems: list[str] = []
    for line, row in records:  # the rows after the header
        if not any(cell.strip() for cell in row):
            continue
        values = _row_values(row, fields_at)
        if not values["name"]:
            problems.append(f"line {line}: the name is empty")
            continue
        if values.get("country"):
            values["country"] = _country(values["country"], where=where, line=line)
        if values.get("language"):
            values["language"] = language_code(values["language"], where=where, line=line, error=RosterError)
        people.add(
            Participant(
                id=participant_id(values["name"], values.get("email", "")),
                name=values["name"],
                fields={k: values.get(k, "") or defaults.get(k, "") for k in WORKBOOK_FIELDS},
                email=values.get("email", ""),
                hub_user=values.get("hub_user", ""),
                line=line,
            )
        )
    if problems:
        first_row = int(problems[0].split()[1].rstrip(":"))
        raise RosterError(
            "some rows have no name: " + "; ".join(problems),
            where=where,
            line=first_row,
            column="name",
            fix="fill in the name on those lines, or delete the rows; nothing was written",
        )
    return people.participants


def _find_header(records: Iterator[tuple[int, list[str]]], where: str) -> tuple[int, list[str]]:
    """(line, cells) of the first row that is not blank: the header; ``records`` then goes on with the rows after it."""
    for header_line, row in records:
        if any(cell.strip() for cell in row):
            return header_line, row
    raise RosterError(
        "the roster is empty",
        where=where,
        fix="export the sign-up sheet with a header row (Name, Goal, …) and one row per participant",
    )


def _require_a_name_column(fields_at: dict[int, str], header: list[str], where: str, header_line: int) -> None:
    """A roster without a name column (or a first-name one) stops, listing the columns it has."""
    has_name = (
        "name" in fields_at.values() or {"_first", "_last"} <= set(fields_at.values()) or "_first" in fields_at.values()
    )
    if not has_name:
        raise RosterError(
            "there is no name column (found: " + ", ".join(repr(_clean(h)) for h in header if _clean(h)) + ")",
            where=where,
            line=header_line,
            column="name",
            fix="add a column headed 'Name' (or 'First name' and 'Last name') with each participant's name",
        )


def _workshop_defaults(defaults: dict[str, str] | None) -> dict[str, str]:
    """The workshop's values for workbook fields a row leaves empty (``--country``, ``--language``…), checked."""
    defaults = {k: v for k, v in (defaults or {}).items() if k in WORKBOOK_FIELDS and v}
    if defaults.get("country"):
        defaults["country"] = _country(defaults["country"], where="the workshop's country (--country)")
    if defaults.get("language"):
        defaults["language"] = language_code(
            defaults["language"], where="the workshop's language (--language)", error=RosterError
        )
    return defaults


def _row_values(row: list[str], fields_at: dict[int, str]) -> dict[str, str]:
    """A row's cells by field; the name whole (from the first and last name when no column gives it) and spaced
    once (empty when the row has none)."""
    values: dict[str, str] = {}
    for index, target in fields_at.items():
        values[target] = _clean(row[index]) if index < len(row) else ""
    if "name" not in values or not values["name"]:
        first, last = values.pop("_first", ""), values.pop("_last", "")
        values["name"] = " ".join(part for part in (first, last) if part)
    values.pop("_first", None)
    values.pop("_last", None)
    values["name"] = " ".join(values["name"].split())
    return values


class _OnePerPerson:
    """The roster's participants, one per person: a later row with the same e-mail, or the same name (without
    accents, case or spaces) and no different e-mail, replaces the earlier one (a sign-up sent twice), with a
    warning."""

    def __init__(self, where: str, warnings: list[str]) -> None:
        self.where, self.warnings = where, warnings
        self.participants: list[Participant] = []
        self.by_email: dict[str, int] = {}  # folded e-mail -> index in participants
        self.by_name: dict[str, tuple[int, str]] = {}  # name without accents, case or spaces -> (index, e-mail)

    def add(self, participant: Participant) -> None:
        email = participant.email.strip().casefold()
        name_key = fold(participant.name).replace(" ", "")
        same = self.by_email.get(email) if email else None
        if same is None:
            same = _same_name(self.by_name.get(name_key), email)
        if same is not None:
            earlier = self.participants[same]
            why = "the same e-mail" if email and earlier.email.strip().casefold() == email else "the same name"
            self.warnings.append(
                f"{self.where}, line {participant.line}: {participant.name!r} and line {earlier.line} "
                f"{earlier.name!r} are one person ({why}, compared without accents, case or spacing): "
                f"kept line {participant.line}, the later submission"
            )
            self.participants[same] = participant
        else:
            same = len(self.participants)
            self.participants.append(participant)
        if email:
            self.by_email[email] = same
        self.by_name[name_key] = (same, email)
