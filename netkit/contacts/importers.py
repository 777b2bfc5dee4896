"""Read contacts from the exports people actually have: LinkedIn, vCard, Google, Outlook, any CSV.

Formats (``format=`` or detected from the content; docs/exercises.md's network section has the table):

``linkedin``
    LinkedIn's ``Connections.csv``, every header generation: with or without ``URL`` and
    ``Email Address`` columns, with the "Notes:" preamble of varying length before the header
    (the header line is *found*, never assumed), dates like ``03 Jan 2023``, ``19-Aug-15`` or the
    2018 export's ``1/8/18, 6:14 PM``. Rows with no name (hidden profiles) are skipped and reported.
``vcard``
    ``.vcf`` files, vCard 2.1, 3.0 and 4.0 (:mod:`netkit.contacts.vcard`): per-property character sets and
    quoted-printable, nested cards and photos skipped, cut-off cards reported.
``google``
    Google Contacts CSV, old (``Given Name``/``E-mail 1 - Value``) and new (``First Name``/
    ``E-mail 1 - Value``/``Organization Name``) headers.
``outlook``
    Outlook's CSV export, the full form (``First Name, Middle Name, Last Name, … E-mail Address,
    Company, Job Title``) and the short one (``Name, E-mail Address, …``).
``csv``
    Any other CSV with a header naming a name column (``name``, ``full name``, ``display name``,
    or first/last name), separated by ``,`` ``;`` tab or ``|`` (Numbers and Excel exports); the
    netkit columns ``name, organisation, role, sector, how_we_know, ring, last_contact,
    could_help_with, could_offer, email, url, notes`` and common aliases (``E-mail Address``,
    ``Email``, ``Mail``, ``Primary Email``, ``Organization``, ``Company``, ``Job Title``…).

Text is decoded by :mod:`netkit.textfile` (the roster's decoder too): a guessed encoding or text
damaged upstream is reported. Dates are read day-first or month-first *per file*
(:mod:`netkit.contacts.export_dates`), and the report says which and why. A row or card with an e-mail but
no name is kept, named from the address, and flagged for the participant to add a name.
Placeholder e-mails (``-``, ``n/a``) are dropped and counted. Every import returns an
:class:`ImportReport`: new, merged (each merge with both sides and why), skipped with line and
reason, and warnings. Files over :data:`MAX_IMPORT_BYTES` are refused with a message.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from netkit.contacts.csv_columns import find_header, read_table
from netkit.contacts.export_dates import parse_date
from netkit.contacts.import_report import FORMAT_NAMES as FORMAT_NAMES
from netkit.contacts.import_report import NEEDS_NAME as NEEDS_NAME
from netkit.contacts.import_report import PLAIN_CSV_HELP
from netkit.contacts.import_report import ImportReport as ImportReport
from netkit.contacts.import_report import Problem as Problem
from netkit.contacts.import_report import plural as plural
from netkit.contacts.merge import merge_contacts
from netkit.contacts.model import Contact
from netkit.contacts.vcard_contacts import read_vcard
from netkit.exceptions import ImportFormatError
from netkit.languages import N_
from netkit.textfile import decode_text, is_blank, no_byte_order_mark, refuse_binary, unicode_form, utf8_bytes

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "MAX_IMPORT_BYTES",
    "NEEDS_NAME",
    "ImportReport",
    "Problem",
    "decode",
    "detect_format",
    "import_file",
    "import_into",
    "parse_date",
    "plural",
    "read_export",
]

FORMATS = tuple(FORMAT_NAMES)  # linkedin, vcard, google, outlook, csv
#: The largest export read (a phone's vCard with photos is rarely over 20 MB).
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def decode(data: bytes | str, source: str = "the file") -> str:
    """Text from an export's bytes (:func:`netkit.textfile.decode_text`, without its warnings)."""
    return decode_text(data, source, ImportFormatError, wanted="a contacts export (CSV or .vcf)").text


def _looks_like_vcard(data: bytes | str) -> bool:
    """Does the file start (after any byte-order mark and blank lines) with ``BEGIN:VCARD`` or a near miss?"""
    head = data[:4096]
    if isinstance(head, bytes):
        encoding, _bom, _guessed = unicode_form(head)
        head = head.decode(encoding or "latin-1", errors="ignore")
    first = head.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip().upper()
    return first.startswith("BEGIN:VCARD") or _misspelt_begin(first)


def _misspelt_begin(first_line: str) -> bool:
    from netkit.contacts.vcard import begin_kind

    return begin_kind(first_line.encode("latin-1", "replace")) == "misspelt"


def _vcard_lines(text: str) -> bool:
    """Does ``text`` hold vCard content lines (``END:VCARD``, ``VERSION:3.0``, ``FN:``) without a BEGIN?"""
    head = text[:65536].upper()
    return "END:VCARD" in head and any(key in head for key in ("\nFN", "\nN:", "\nN;", "VERSION:"))


def detect_format(text: str, filename: str = "") -> str:
    """Which of :data:`FORMATS` ``text`` is, from its content (and the file's extension)."""
    if (
        _looks_like_vcard(text)
        or (filename.lower().endswith((".vcf", ".vcard")) and "BEGIN:VCARD" in text[:4096].upper())
        or _vcard_lines(text)
    ):
        return "vcard"
    found = find_header(text, "the file")
    if found is not None:
        return found[0]
    raise ImportFormatError(
        "this does not look like a LinkedIn Connections.csv, a vCard (.vcf), a Google or Outlook CSV "
        "or a contacts CSV with a header",
        where=filename or None,
        fix=f"choose the export file itself, or for a CSV of your own {PLAIN_CSV_HELP}",
    )


def _refuse_oversize(size: int, where: str) -> None:
    if size > MAX_IMPORT_BYTES:
        raise ImportFormatError(
            f"this file is {size / 2**20:.0f} MB; netkit reads contact exports up to {MAX_IMPORT_BYTES // 2**20} MB",
            where=where,
            fix="export without photos (most phones and Outlook offer it), or split the file",
        )


def read_export(data: bytes | str, *, source: str = "the uploaded file", format: str = "auto") -> ImportReport:
    """Read every contact in an export (nothing is merged yet); problems go in the report.

    The report says which encoding and layout were found (``encoding``, ``layout``, and in
    :meth:`ImportReport.summary`). An empty or BOM-only file, a workbook or a picture is refused
    with a message naming it.
    """
    _refuse_oversize(len(data), source)
    if format not in ("auto",) + FORMATS:
        raise ImportFormatError(
            f"unknown format {format!r}", where=source, fix=f"use one of: auto, {', '.join(FORMATS)}"
        )
    wanted = "a contacts export (CSV or .vcf)"
    unicode_encoding, guessed = "", False
    if isinstance(data, bytes):
        refuse_binary(data, source, ImportFormatError, wanted=wanted)
        blank = is_blank(data)
        if blank:
            raise ImportFormatError(
                f"this file is {blank}" if blank == "empty" else f"this file holds {blank} and no contacts",
                where=source,
                fix="export the contacts again: the export was interrupted or saved nothing",
            )
        data, unicode_encoding, guessed = utf8_bytes(data, source, ImportFormatError)
    elif not data.strip("\ufeff \t\r\n"):
        raise ImportFormatError("this file is empty", where=source, fix="export the contacts again")
    if format == "vcard" or (format == "auto" and _looks_like_vcard(data)):
        report = ImportReport(source=source, format="vcard")
        read_vcard(data, report, unicode_encoding, guessed)
        return report
    decoded = decode_text(data, source, ImportFormatError, wanted=wanted)
    if unicode_encoding not in ("", "utf-8", "8bit"):  # UTF-16/32 already re-encoded: say what the file was
        decoded.encoding, decoded.guessed = unicode_encoding, guessed
        if guessed:
            decoded.warnings.insert(0, no_byte_order_mark(source, unicode_encoding))
    if format == "auto":
        try:
            format = detect_format(decoded.text, source)
        except ImportFormatError:
            _refuse_damaged_vcard(decoded.text, source)
            raise
    report = ImportReport(source=source, format=format, encoding=decoded.encoding)
    report.warnings.extend(Problem.of(None, w) for w in decoded.warnings)
    if format == "vcard":
        read_vcard(data, report, unicode_encoding, guessed)
        return report
    try:
        read_table(decoded.text, report)
    except ImportFormatError as exc:
        if exc.where is None:
            exc.where = source
        raise
    return report


def _refuse_damaged_vcard(text: str, source: str) -> None:
    """A specific message for a file that is a vCard but for its first line (a missing or misspelt BEGIN)."""
    lines = text.lstrip("\ufeff").splitlines()
    first = next(((n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()), (0, ""))
    if first[1].upper().startswith("BEGIN:") or _misspelt_begin(first[1].upper()):
        raise ImportFormatError(
            f"line {first[0]} reads {first[1][:40]!r}; a vCard starts with BEGIN:VCARD",
            where=source,
            line=first[0],
            fix="correct that line to BEGIN:VCARD (or export the contacts again)",
        )
    if any(line.strip().upper().startswith(("VERSION:", "FN:", "N:", "EMAIL")) for line in lines[:40]):
        raise ImportFormatError(
            "this looks like a vCard without its BEGIN:VCARD line",
            where=source,
            line=first[0],
            fix="add a line BEGIN:VCARD before each card (or export the contacts again)",
        )


def import_into(
    existing: Iterable[Contact], data: bytes | str, *, source: str = "the uploaded file", format: str = "auto"
) -> tuple[list[Contact], ImportReport]:
    """Read an export and merge it into ``existing``; return everyone and the report (with every merge)."""
    report = read_export(data, source=source, format=format)
    merged = merge_contacts(existing, report.contacts)
    report.imported, report.merged = merged.added, merged.merged
    for merge in merged.merges:
        line = report.lines[merge.incoming] if merge.incoming < len(report.lines) else None
        into = (
            Problem.said(None, N_("{name} (from {source})"), name=repr(merge.into), source=merge.into_source)
            if merge.into_source
            else Problem.said(None, N_("{name} (entered by hand)"), name=repr(merge.into))
        )
        why = Problem.said(None, merge.reason)  # one of MATCH_REASONS, marked for the catalogs there
        note = Problem.said(line, N_("{name} into {into}: {reason}"), name=repr(merge.name), into=into, reason=why)
        report.merge_notes.append(note)
        report.merges.append(str(note))
    return merged.contacts, report


def import_file(
    path: str | Path, existing: Iterable[Contact] = (), *, format: str = "auto"
) -> tuple[list[Contact], ImportReport]:
    """:func:`import_into` for a file on disk (refused before reading when over :data:`MAX_IMPORT_BYTES`)."""
    path = Path(path)
    try:
        _refuse_oversize(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(
            f"cannot read this file ({exc.strerror})",
            where=path,
            fix="check the file name and that the file is not open elsewhere",
        ) from None
    return import_into(existing, data, source=str(path), format=format)
