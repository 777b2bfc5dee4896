"""Contacts CSVs of every maker, read through one table of column names.

LinkedIn, Google (old and new headers), Outlook (full and short forms), Thunderbird, Apple
Numbers/Excel (``;`` or tab) and hand-made CSVs differ only in their column names, their
preambles and their date order. So there is one reader: :func:`find_header` finds the header
line (LinkedIn puts a "Notes:" preamble before it) and names the layout; the tables of
:mod:`netkit.contacts.csv_headers` map each maker's column names, in English, German, French and
Spanish, onto a contact's fields; :func:`read_table` reads the rows, decides the date
order once for the file and fills the :class:`~netkit.contacts.import_report.ImportReport`.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from netkit.contacts.csv_headers import (
    ALIASES,
    COLUMNS,
    LOCALISED,
    describe,
    header_key,
    is_email_column,
    language,
    layout,
)
from netkit.contacts.export_dates import date_order, parse_date
from netkit.contacts.import_report import PLAIN_CSV_HELP, ImportReport, Problem, clean_emails, named_from_email
from netkit.contacts.model import Contact, parse_ring
from netkit.exceptions import ImportFormatError
from netkit.languages import N_, Nn_
from netkit.textfile import csv_rows, sniff_delimiter

__all__ = [
    "ALIASES",
    "COLUMNS",
    "LOCALISED",
    "describe",
    "find_header",
    "is_email_column",
    "language",
    "layout",
    "read_table",
]

HEADER_SEARCH_LINES = 60

#: Layouts whose maker writes numeric dates month-first (US) when nothing in the file says otherwise.
DATE_DEFAULT = {"linkedin": "month-first", "google": "month-first", "outlook": "month-first", "csv": "day-first"}


def find_header(text: str, where: str, delimiter: str | None = None) -> tuple[str, int, list[str]] | None:
    """(layout, line, column keys) of the first line within :data:`HEADER_SEARCH_LINES` that is a header."""
    delimiter = delimiter or sniff_delimiter(text)
    try:
        for line, row in csv_rows(text, where, ImportFormatError, delimiter=delimiter):
            keys = [header_key(c) for c in row]
            kind = layout(keys)
            if kind:
                return kind, line, keys
            if line > HEADER_SEARCH_LINES:
                break
    except ImportFormatError:
        return None
    return None


def _fields(keys: list[str], kind: str) -> tuple[dict[str, int], list[int], list[str]]:
    """field -> column, e-mail columns, and the columns nobody reads."""
    fields: dict[str, int] = {}
    emails: list[int] = []
    unknown: list[str] = []
    for index, key in enumerate(keys):
        target = ALIASES.get(key)
        if kind == "outlook" and key == "title":
            target = "prefix"  # Outlook's "Title" is Mr./Dr., its "Job Title" the role
        if key == "titre" and "prefix" in fields:
            target = "role"  # French Outlook's second "Titre" is the job title
        if kind == "google" and key == "name" and "first name" not in keys and "given name" not in keys:
            target = "name"
        if target == "first" and key in ("nombre", "nom") and not {"apellidos", "apellido", "prénom"} & set(keys):
            target = "name"  # a lone Spanish "Nombre" is the whole name
        if key == "nom" and "prénom" not in keys:
            target = "name"  # a lone French "Nom" is the whole name; beside "Prénom" it is the family name
        if target == "email" or is_email_column(key):
            emails.append(index)
        elif target and target not in fields:
            fields[target] = index
        elif not target and key:
            unknown.append(key)
    return fields, emails, unknown


def read_table(text: str, report: ImportReport) -> None:
    """Read every contact row of a CSV into ``report`` (see the module docstring)."""
    delimiter = sniff_delimiter(text)
    kind, header_line, keys = _header(text, report, delimiter)
    report.layout = describe(kind, keys)
    fields, email_columns, unknown = _fields(keys, kind)
    if unknown and kind == "csv":
        shown = ", ".join(repr(k) for k in unknown[:8]) + (" …" if len(unknown) > 8 else "")
        message = Nn_("{count} column netkit does not use: {columns}", "{count} columns netkit does not use: {columns}")
        report.warnings.append(Problem.said(header_line, message, count=len(unknown), columns=shown))
    records = _records(text, report, delimiter, header_line, keys, fields)
    dayfirst = _day_first(records, report, keys)
    source = report.format if report.format in ("linkedin", "google", "outlook") else "csv"
    for line, value, row in records:
        contact = _contact(value, row, line, kind, email_columns, report, dayfirst, source)
        if contact is not None:
            report.add(contact, line)
    if report.placeholder_emails:
        message = Nn_(
            "{count} placeholder e-mail (like '-' or 'n/a') ignored",
            "{count} placeholder e-mails (like '-' or 'n/a') ignored",
        )
        report.warnings.append(Problem.said(None, message, count=report.placeholder_emails))


def _header(text: str, report: ImportReport, delimiter: str) -> tuple[str, int, list[str]]:
    """(layout kind, line, column keys) of the header; none in the first lines stops with where to export from."""
    found = find_header(text, report.source, delimiter)
    if found is None:
        fix = {
            "linkedin": "choose Connections.csv from LinkedIn's data export (Settings → Data privacy)",
            "google": "export again from contacts.google.com (Export → Google CSV)",
            "outlook": "export again from Outlook (File → Open & Export → Import/Export → CSV)",
        }.get(report.format, PLAIN_CSV_HELP)
        raise ImportFormatError(
            f"no header line naming a name column found in the first {HEADER_SEARCH_LINES} "
            f"lines for a {report.format} file",
            where=report.source,
            fix=fix,
        )
    return found


def _records(
    text: str, report: ImportReport, delimiter: str, header_line: int, keys: list[str], fields: dict[str, int]
) -> list[tuple[int, dict[str, str], list[str]]]:
    """(line, the used cells by field, stripped, the whole row padded to the header) for each non-blank row."""
    rows = []
    for line, row in csv_rows(text, report.source, ImportFormatError, delimiter=delimiter, header_width=len(keys)):
        if line <= header_line or not "".join(row).strip():
            continue
        rows.append((line, row + [""] * (len(keys) - len(row))))

    names = list(fields)
    pick: Callable[[list[str]], tuple]
    if len(fields) > 1:
        pick = itemgetter(*fields.values())
    elif fields:
        only = next(iter(fields.values()))
        pick = lambda row: (row[only],)
    else:
        pick = lambda row: ()
    return [(line, dict(zip(names, map(str.strip, pick(row)))), row) for line, row in rows]


def _day_first(
    records: list[tuple[int, dict[str, str], list[str]]], report: ImportReport, keys: list[str]
) -> bool | None:
    """Whether the file's dates put the day first, decided once from all of them (``None`` when it has no dates);
    the order and why go into the report."""
    dated = [(line, value[f]) for line, value, _ in records for f in ("connected_on", "last_contact") if value.get(f)]
    if not dated:
        return None
    default = DATE_DEFAULT.get(report.format, "day-first") if language(keys) == "English" else "day-first"
    order = date_order(dated, default)
    report.date_order = str(order)
    how = Problem.said(None, N_("day-first") if order.dayfirst else N_("month-first"))
    why = Problem.said(None, order.message, **order.values)
    report.warnings.append(Problem.said(None, N_("dates read {order}: {reason}"), order=how, reason=why))
    return order.dayfirst


def _contact(
    value: dict[str, str],
    row: list[str],
    line: int,
    kind: str,
    email_columns: list[int],
    report: ImportReport,
    dayfirst: bool | None,
    source: str,
) -> Contact | None:
    """One row's contact; ``None`` (and the row in ``report.skipped``) when nothing names the person."""
    get = value.get
    name = _name(value, kind == "outlook")
    emails = clean_emails([row[i] for i in email_columns], line, report) if email_columns else []
    organisation = get("organisation", "")
    notes = get("notes", "")
    if not name and get("nickname"):
        name = " ".join(value["nickname"].split())
        message = N_("only a nickname ({name}): kept under it; add the full name")
        report.warnings.append(Problem.said(line, message, name=repr(name)))
    if not name:
        if emails:
            name, notes = named_from_email(emails, notes, line, report)
        elif organisation and kind in ("google", "outlook"):
            name = organisation
        else:
            hidden = N_("no name (LinkedIn leaves it empty for hidden or closed profiles)")
            report.skipped.append(Problem.said(line, hidden if kind == "linkedin" else N_("no name")))
            return None
    role = get("role", "")
    if get("department"):
        role = f"{role} ({value['department']})" if role else value["department"]
    return Contact(
        name=name,
        organisation=organisation,
        role=role,
        sector=get("sector", ""),
        how_we_know=get("how_we_know") or ("LinkedIn connection" if kind == "linkedin" else ""),
        ring=_ring(get("ring", ""), line, report),
        last_contact=_date(get("last_contact", ""), dayfirst, line, report, "last_contact"),
        connected_on=_date(get("connected_on", ""), dayfirst, line, report, "Connected On"),
        could_help_with=get("could_help_with", ""),
        could_offer=get("could_offer", ""),
        emails=emails,
        url=get("url", ""),
        notes=notes,
        source=source,
    )


def _name(value: dict[str, str], outlook: bool) -> str:
    """The name column, else the name's parts joined (Outlook's title first), spaced once."""
    get = value.get
    name = get("name", "")
    if not name:
        name = " ".join(
            filter(None, (get("prefix") if outlook else "", get("first"), get("middle"), get("last"), get("suffix")))
        )
    if "  " in name or "\n" in name or "\t" in name:
        name = " ".join(name.split())
    return name


def _ring(text: str, line: int, report: ImportReport) -> str:
    """The ring a ``Ring`` cell names; acquaintance when empty, or (with a warning) when it names none."""
    if not text:
        return "acquaintance"
    ring = parse_ring(text)
    if ring is None:
        report.warnings.append(
            Problem.said(
                line,
                N_("ring {ring} is not one of inner, close, regular, acquaintance, dormant; used acquaintance"),
                ring=repr(text),
            )
        )
        return "acquaintance"
    return ring


def _date(text: str, dayfirst: bool | None, line: int, report: ImportReport, column: str):
    if not text:
        return None
    try:
        return parse_date(text, dayfirst)
    except ValueError:
        report.warnings.append(
            Problem.said(
                line,
                N_(
                    "{column} {text} is not a date I can read (write it like 2023-01-31 or 31 Jan 2023); kept the "
                    "contact without it"
                ),
                column=column,
                text=repr(text),
            )
        )
        return None
