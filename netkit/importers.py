"""Read contacts from the exports people actually have: LinkedIn, vCard, Google, plain CSV.

Supported formats (``format=`` or detected from the content):

``linkedin``
    LinkedIn's data export ``Connections.csv``. A "Notes:" preamble of varying length stands
    before the header, so the header line is *found* (the first line naming ``First Name`` and
    ``Last Name``), never assumed at a fixed line. Columns ``First Name, Last Name, URL, Email
    Address, Company, Position, Connected On``; older exports have no ``URL``; e-mails are often
    empty; ``Connected On`` reads like ``03 Jan 2023`` (also ``03-Jan-23`` and ISO dates as
    Excel re-saves them). Rows with no name (closed or hidden profiles) are skipped and reported.
``vcard``
    ``.vcf`` files from phones, Google and Apple, vCard 3.0 and 4.0, read with ``vobject``
    (folded lines, several e-mails, UTF-8). A card cut off before ``END:VCARD`` is reported and
    skipped; the other cards are still imported.
``google``
    Google Contacts CSV (both the current "First Name / Organization Name / E-mail 1 - Value"
    header and the older "Given Name / Organization 1 - Name" one).
``csv``
    A plain CSV whose first line is a header. Only ``name`` is required; the other columns are
    optional and in any order::

        name, organisation, role, sector, how_we_know, ring, last_contact,
        could_help_with, could_offer, email, url, notes

    ``ring`` is one of inner / close / regular / acquaintance / dormant (or the labels, or
    1–5); ``last_contact`` is a date (``2024-05-31`` or ``31 May 2024``); several e-mails are
    separated by ``;``. "organization", "company", "title", "position" are accepted too.

Files may be UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252.
Every import returns an :class:`ImportReport`: what was imported, what was merged into a
contact already known, and what was skipped with its line number and why. Nothing valid is
dropped: a contact with an unreadable date is kept without the date, and a warning says so.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .contacts import Contact, merge_contacts, parse_ring
from .exceptions import ImportFormatError

__all__ = ["FORMATS", "ImportReport", "Problem", "decode", "detect_format", "import_file", "import_into",
           "parse_date", "read_export"]

FORMATS = ("linkedin", "vcard", "google", "csv")
FORMAT_NAMES = {"linkedin": "LinkedIn export", "vcard": "vCard file", "google": "Google Contacts CSV",
                "csv": "contacts CSV"}
HEADER_SEARCH_LINES = 60
PLAIN_CSV_HELP = ("use a first line naming the columns: name, organisation, role, sector, how_we_know, "
                  "ring, last_contact, could_help_with, could_offer, email, url, notes (only name is required)")


@dataclass(frozen=True)
class Problem:
    """A skipped record or a warning: the line it starts on (when known) and why."""

    line: int | None
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line else self.reason


@dataclass
class ImportReport:
    """What one import did. ``contacts`` holds what was read from the file."""

    source: str
    format: str
    contacts: list[Contact] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    imported: int = 0  # new contacts (known after merging)
    merged: int = 0  # records that matched a contact already known (or an earlier row)

    @property
    def read(self) -> int:
        return len(self.contacts)

    def summary(self) -> str:
        """One line for a person: ``Connections.csv (LinkedIn export): 120 new, 3 merged, 2 skipped (lines 7, 9)``."""
        text = (f"{Path(self.source).name} ({FORMAT_NAMES.get(self.format, self.format)}): "
                f"{self.imported} new, {self.merged} merged, {len(self.skipped)} skipped")
        lines = [str(p.line) for p in self.skipped if p.line]
        if lines:
            shown = ", ".join(lines[:8]) + (f" and {len(lines) - 8} more" if len(lines) > 8 else "")
            text += f" (line{'s' if len(lines) > 1 else ''} {shown})"
        if self.warnings:
            text += f", {len(self.warnings)} warning{'s' if len(self.warnings) > 1 else ''}"
        return text

    def details(self, limit: int = 20) -> list[str]:
        """Skipped records and warnings, one line each (at most ``limit``, then a count)."""
        items = [f"skipped {p}" for p in self.skipped] + [f"note {p}" for p in self.warnings]
        if len(items) > limit:
            items = items[:limit] + [f"… and {len(items) - limit} more"]
        return items

    def to_json(self) -> dict:
        """A JSON summary without anyone's personal data (counts and reasons only)."""
        return {"source": Path(self.source).name, "format": self.format, "imported": self.imported,
                "merged": self.merged, "skipped": [{"line": p.line, "reason": p.reason} for p in self.skipped],
                "warnings": len(self.warnings)}


# ---------------------------------------------------------------------- decoding and dates
def decode(data: bytes | str, source: str = "the file") -> str:
    """Text from bytes: UTF-16 when it has a UTF-16 BOM, else UTF-8 (BOM dropped), else Windows-1252."""
    if isinstance(data, str):
        return data[1:] if data.startswith("\ufeff") else data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFormatError(f"this file looks like UTF-16 but is damaged ({exc.reason})",
                                    where=source, fix="save it again as CSV UTF-8") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ImportFormatError("this is not a text file (it holds binary data)", where=source,
                                fix="export the contacts as CSV or .vcf and import that file")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}
_DATE_SPLIT = re.compile(r"[\s\-/.,]+")


@functools.lru_cache(maxsize=8192)
def parse_date(text: str) -> _dt.date:
    """A date from ``03 Jan 2023``, ``3-Jan-23``, ``Jan 3, 2023`` or ``2023-01-03``.

    Dates written only in digits are read when only one order makes sense (``31/12/2020``);
    ambiguous ones (``03/01/2023``) are refused with ``ValueError`` rather than guessed. Cached: an export repeats the same dates many times.
    """
    value = text.strip()
    if len(value) >= 10 and value[4] == "-" and value[:4].isdigit():
        return _dt.date.fromisoformat(value[:10])
    parts = [p for p in _DATE_SPLIT.split(value) if p]
    if len(parts) == 3:
        first, second, year = parts
        if first.isdigit() and second.casefold() in _MONTHS:
            day, month = int(first), _MONTHS[second.casefold()]
        elif second.isdigit() and first.casefold() in _MONTHS:
            day, month = int(second), _MONTHS[first.casefold()]
        elif first.isdigit() and len(first) == 4 and second.isdigit() and year.isdigit():
            return _dt.date(int(first), int(second), int(year))
        elif first.isdigit() and second.isdigit() and (int(first) > 12) != (int(second) > 12):
            # only one order is a real date (31/12/2020 or 12/31/2020): no guessing needed
            day, month = (int(first), int(second)) if int(first) > 12 else (int(second), int(first))
        else:
            raise ValueError(f"not a date I can read without guessing: {text!r}")
        if not year.isdigit():
            raise ValueError(f"not a year: {year!r}")
        number = int(year)
        if len(year) == 2:
            number += 2000 if number < 70 else 1900
        return _dt.date(number, month, day)
    raise ValueError(f"not a date I can read without guessing: {text!r}")


def _date_or_warn(text: str, line: int, report: ImportReport, column: str) -> _dt.date | None:
    if not text or not text.strip():
        return None
    try:
        return parse_date(text)
    except ValueError:
        report.warnings.append(Problem(line, f"{column} {text.strip()!r} is not a date I can read "
                                             "(write it like 2023-01-31 or 31 Jan 2023); kept the contact without it"))
        return None


# ---------------------------------------------------------------------- CSV helpers
def _rows(text: str) -> Iterable[tuple[int, list[str]]]:
    """(first line number, cells) for each CSV record; quoted line breaks keep the count right."""
    reader = csv.reader(io.StringIO(text, newline=""))
    previous = 0
    try:
        for row in reader:
            yield previous + 1, row
            previous = reader.line_num
    except csv.Error as exc:
        raise ImportFormatError(f"the CSV is damaged ({exc})", line=previous + 1,
                                fix="open it in a spreadsheet and save it again as CSV UTF-8") from None


def _key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().casefold().split())


def _is_linkedin_header(keys: set[str]) -> bool:
    return {"first name", "last name"} <= keys and bool(keys & {"connected on", "company", "position", "url"})


def _is_google_header(keys: set[str]) -> bool:
    return bool(keys & {"e-mail 1 - value", "organization name", "organization 1 - name", "given name",
                        "file as", "phonetic first name"})


def detect_format(text: str, filename: str = "") -> str:
    """Which of :data:`FORMATS` ``text`` is, from its content (and the file's extension)."""
    head = text.lstrip("\ufeff \t\r\n")[:200].upper()
    if head.startswith("BEGIN:VCARD") or (filename.lower().endswith((".vcf", ".vcard")) and "BEGIN:VCARD" in head):
        return "vcard"
    rows = 0
    try:
        for _, row in _rows(text):
            keys = {_key(c) for c in row}
            if _is_google_header(keys):
                return "google"
            if _is_linkedin_header(keys):
                return "linkedin"
            if "name" in keys or "full name" in keys:
                return "csv"
            rows += 1
            if rows >= HEADER_SEARCH_LINES:
                break
    except ImportFormatError:
        pass
    raise ImportFormatError(
        "this does not look like a LinkedIn Connections.csv, a vCard (.vcf), a Google Contacts CSV "
        "or a contacts CSV with a header", where=filename or None,
        fix=f"choose the export file itself, or for a CSV of your own {PLAIN_CSV_HELP}")


# ---------------------------------------------------------------------- LinkedIn
def _parse_linkedin(text: str, report: ImportReport) -> None:
    rows = _rows(text)
    columns = None
    for line, row in rows:
        keys = [_key(c) for c in row]
        if _is_linkedin_header(set(keys)):
            columns = {name: keys.index(name) if name in keys else None for name in
                       ("first name", "last name", "url", "email address", "company", "position", "connected on")}
            break
        if line > HEADER_SEARCH_LINES:
            break
    if columns is None:
        raise ImportFormatError("no header line with First Name, Last Name, Company… found in the first "
                                f"{HEADER_SEARCH_LINES} lines", where=report.source,
                                fix="choose Connections.csv from LinkedIn's data export (Settings → Data privacy)")
    first, last, url, email, company, position, connected = columns.values()
    width = max(i for i in columns.values() if i is not None) + 1
    contacts = report.contacts
    for line, row in rows:
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) < width:
            row = row + [""] * (width - len(row))
        name = f"{row[first].strip()} {row[last].strip()}".strip()
        if not name:
            report.skipped.append(Problem(line, "no name (LinkedIn leaves it empty for hidden or closed profiles)"))
            continue
        mail = row[email].strip() if email is not None else ""
        when = row[connected].strip() if connected is not None else ""
        contacts.append(Contact(
            name=name, organisation=row[company].strip() if company is not None else "",
            role=row[position].strip() if position is not None else "",
            url=row[url].strip() if url is not None else "", emails=[mail] if mail else [],
            connected_on=_date_or_warn(when, line, report, "Connected On") if when else None,
            how_we_know="LinkedIn connection", source="linkedin"))


# ---------------------------------------------------------------------- vCard
def _vcard_blocks(text: str, report: ImportReport) -> Iterable[tuple[int, str]]:
    """(first line, text) of each complete card; cut-off cards are reported as skipped."""
    start = None
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        if raw[:1] in (" ", "\t"):
            continue  # a folded continuation line
        upper = raw.strip().upper()
        if upper == "BEGIN:VCARD":
            if start is not None:
                report.skipped.append(Problem(start, "this card is cut off (no END:VCARD before the next card)"))
            start = number
        elif upper == "END:VCARD" and start is not None:
            yield start, "\r\n".join(lines[start - 1:number]) + "\r\n"
            start = None
    if start is not None:
        report.skipped.append(Problem(start, "this card is cut off at the end of the file (no END:VCARD); "
                                             "export the contacts again to get it"))


def _vcard_text(card, name: str) -> str:
    item = card.contents.get(name)
    if not item:
        return ""
    value = item[0].value
    if isinstance(value, (list, tuple)):
        value = next((str(v).strip() for v in value if str(v).strip()), "")
    return str(value or "").strip()


def _parse_vcard(text: str, report: ImportReport) -> None:
    import vobject  # imported here: only vCard imports pay for it

    for line, block in _vcard_blocks(text, report):
        try:
            card = vobject.readOne(block, ignoreUnreadable=True)
        except Exception as exc:  # vobject raises several unrelated types for bad input
            report.skipped.append(Problem(line, f"this card cannot be read ({str(exc).splitlines()[0][:120]})"))
            continue
        name = _vcard_text(card, "fn")
        if not name and card.contents.get("n"):
            parts = card.n.value
            name = " ".join(p for p in (getattr(parts, "prefix", ""), getattr(parts, "given", ""),
                                        getattr(parts, "additional", ""), getattr(parts, "family", "")) if p)
            name = " ".join(str(name).split())
        organisation = _vcard_text(card, "org")
        if not name:
            if not organisation:
                report.skipped.append(Problem(line, "this card has no name"))
                continue
            name = organisation
        emails = []
        for item in card.contents.get("email", []):
            value = str(item.value or "").strip()
            if value and value.casefold() not in {e.casefold() for e in emails}:
                emails.append(value)
        report.contacts.append(Contact(
            name=name, organisation=organisation, role=_vcard_text(card, "title") or _vcard_text(card, "role"),
            emails=emails, url=_vcard_text(card, "url"), notes=_vcard_text(card, "note"), source="vcard"))


# ---------------------------------------------------------------------- Google and plain CSV
def _header(text: str, report: ImportReport, is_header) -> tuple[Iterable, list[str]]:
    rows = _rows(text)
    for line, row in rows:
        keys = [_key(c) for c in row]
        if is_header(set(keys)):
            return rows, keys
        if line > HEADER_SEARCH_LINES:
            break
    raise ImportFormatError(f"no header line found for a {FORMAT_NAMES[report.format]}", where=report.source,
                            fix=PLAIN_CSV_HELP if report.format == "csv" else
                            "export again from contacts.google.com (Export → Google CSV)")


def _parse_google(text: str, report: ImportReport) -> None:
    rows, keys = _header(text, report, _is_google_header)

    def col(*names):
        return next((keys.index(n) for n in names if n in keys), None)

    name_col = col("name")
    parts = [i for i in (col("first name", "given name"), col("middle name", "additional name"),
                         col("last name", "family name")) if i is not None]
    org, title, notes = col("organization name", "organization 1 - name"), \
        col("organization title", "organization 1 - title"), col("notes")
    email_cols = [i for i, k in enumerate(keys) if re.fullmatch(r"e-mail \d+ - value", k)]

    for line, row in rows:
        if not row or not any(c.strip() for c in row):
            continue
        row = row + [""] * (len(keys) - len(row))
        name = row[name_col].strip() if name_col is not None else ""
        if not name:
            name = " ".join(row[i].strip() for i in parts if row[i].strip())
        organisation = row[org].strip() if org is not None else ""
        if not name and organisation:
            name = organisation
        if not name:
            report.skipped.append(Problem(line, "no name"))
            continue
        emails = []
        for i in email_cols:
            for value in row[i].split(":::"):
                if value.strip() and value.strip().casefold() not in {e.casefold() for e in emails}:
                    emails.append(value.strip())
        report.contacts.append(Contact(name=name, organisation=organisation,
                                       role=row[title].strip() if title is not None else "",
                                       notes=row[notes].strip() if notes is not None else "",
                                       emails=emails, source="google"))


PLAIN_COLUMNS = {
    "name": "name", "full name": "name",
    "organisation": "organisation", "organization": "organisation", "company": "organisation", "org": "organisation",
    "role": "role", "title": "role", "position": "role", "job title": "role",
    "sector": "sector", "industry": "sector",
    "how we know": "how_we_know", "how we met": "how_we_know",
    "ring": "ring", "closeness": "ring",
    "last contact": "last_contact", "last contacted": "last_contact",
    "could help with": "could_help_with", "could offer": "could_offer",
    "email": "email", "emails": "email", "e-mail": "email", "email address": "email",
    "url": "url", "linkedin": "url", "notes": "notes", "note": "notes",
}


def _parse_plain(text: str, report: ImportReport) -> None:
    rows, keys = _header(text, report, lambda k: "name" in k or "full name" in k)
    fields: dict[str, int] = {}
    for index, key in enumerate(keys):
        known = PLAIN_COLUMNS.get(key.replace("_", " "))
        if known and known not in fields:
            fields[known] = index
        elif key:
            report.warnings.append(Problem(None, f"column {key!r} is not one netkit knows; it was ignored"))
    for line, row in rows:
        if not row or not any(c.strip() for c in row):
            continue
        row = row + [""] * (len(keys) - len(row))
        value = {name: row[index].strip() for name, index in fields.items()}
        if not value.get("name"):
            report.skipped.append(Problem(line, "no name"))
            continue
        ring = "acquaintance"
        if value.get("ring"):
            ring = parse_ring(value["ring"]) or ring
            if parse_ring(value["ring"]) is None:
                report.warnings.append(Problem(line, f"ring {value['ring']!r} is not one of inner, close, regular, "
                                                     "acquaintance, dormant; used acquaintance"))
        report.contacts.append(Contact(
            name=value["name"], organisation=value.get("organisation", ""), role=value.get("role", ""),
            sector=value.get("sector", ""), how_we_know=value.get("how_we_know", ""), ring=ring,
            last_contact=_date_or_warn(value.get("last_contact", ""), line, report, "last_contact"),
            could_help_with=value.get("could_help_with", ""), could_offer=value.get("could_offer", ""),
            emails=[e.strip() for e in value.get("email", "").split(";") if e.strip()],
            url=value.get("url", ""), notes=value.get("notes", ""), source="csv"))


_PARSERS = {"linkedin": _parse_linkedin, "vcard": _parse_vcard, "google": _parse_google, "csv": _parse_plain}


# ---------------------------------------------------------------------- entry points
def read_export(data: bytes | str, *, source: str = "the uploaded file", format: str = "auto") -> ImportReport:
    """Read every contact in an export (nothing is merged yet); problems go in the report."""
    text = decode(data, source)
    if format == "auto":
        format = detect_format(text, source)
    if format not in _PARSERS:
        raise ImportFormatError(f"unknown format {format!r}", where=source,
                                fix=f"use one of: auto, {', '.join(FORMATS)}")
    report = ImportReport(source=source, format=format)
    try:
        _PARSERS[format](text, report)
    except ImportFormatError as exc:
        if exc.where is None:
            exc.where = source
        raise
    return report


def import_into(existing: Iterable[Contact], data: bytes | str, *, source: str = "the uploaded file",
                format: str = "auto") -> tuple[list[Contact], ImportReport]:
    """Read an export and merge it into ``existing``; return everyone and the report."""
    report = read_export(data, source=source, format=format)
    merged = merge_contacts(existing, report.contacts)
    report.imported, report.merged = merged.added, merged.merged
    return merged.contacts, report


def import_file(path: str | Path, existing: Iterable[Contact] = (), *, format: str = "auto") -> tuple[list[Contact], ImportReport]:
    """:func:`import_into` for a file on disk."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read this file ({exc.strerror})", where=path,
                                fix="check the file name and that the file is not open elsewhere") from None
    return import_into(existing, data, source=str(path), format=format)
