"""Read contacts from the exports people actually have: LinkedIn, vCard, Google, Outlook, any CSV.

Formats (``format=`` or detected from the content; the README's network section has the table):

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

from netkit.contacts import Contact, merge_contacts
from netkit.contacts.csv_columns import find_header, read_table
from netkit.contacts.export_dates import parse_date
from netkit.contacts.import_report import FORMAT_NAMES as FORMAT_NAMES
from netkit.contacts.import_report import NEEDS_NAME as NEEDS_NAME
from netkit.contacts.import_report import PLAIN_CSV_HELP, clean_emails, named_from_email
from netkit.contacts.import_report import ImportReport as ImportReport
from netkit.contacts.import_report import Problem as Problem
from netkit.contacts.import_report import plural as plural
from netkit.exceptions import ImportFormatError
from netkit.textfile import decode_text

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
    head = data[:4096]
    if isinstance(head, bytes):
        for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
            if head.startswith(bom):
                head = head.decode("utf-8-sig" if bom == b"\xef\xbb\xbf" else "utf-16", errors="ignore")
                break
        else:
            head = head.decode("latin-1")
    return head.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD")


def detect_format(text: str, filename: str = "") -> str:
    """Which of :data:`FORMATS` ``text`` is, from its content (and the file's extension)."""
    if _looks_like_vcard(text) or (
        filename.lower().endswith((".vcf", ".vcard")) and "BEGIN:VCARD" in text[:4096].upper()
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


def _read_vcard(data: bytes | str, report: ImportReport) -> None:
    from netkit.contacts.vcard import read_cards
    from netkit.textfile import _guess_encoding

    if isinstance(data, str):
        data = data.encode("utf-8")
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = decode(data, report.source).encode("utf-8")
    sample = data[:262144]
    try:
        sample.decode("utf-8")
        fallback = "utf-8"
    except UnicodeDecodeError as exc:
        fallback = "utf-8" if exc.start > len(sample) - 4 else _guess_encoding(sample)
    report.encoding = fallback
    cards = 0
    for item in read_cards(data, fallback):
        cards += 1
        if isinstance(item, tuple):
            report.skipped.append(Problem(*item))
            continue
        _card_contact(item, report)
    if not cards:
        raise ImportFormatError(
            "this file holds no vCard (no BEGIN:VCARD line)",
            where=report.source,
            fix="choose the .vcf file your phone or address book exported, or use --format auto",
        )


def _card_contact(card, report: ImportReport) -> None:
    """Add the contact of one vCard to the report (or say why it was skipped)."""
    from netkit.contacts.vcard import split_structured, unescape

    where = f"card {card.number}"
    if card.skipped_lines:
        count = len(card.skipped_lines)
        report.warnings.append(
            Problem(
                card.skipped_lines[0],
                f"{plural(count, 'line')} skipped in {where} "
                f"(line{'s' if count > 1 else ''} {', '.join(map(str, card.skipped_lines[:6]))}"
                f"{'…' if count > 6 else ''}): not vCard properties",
            )
        )
    for note in card.notes:
        report.warnings.append(Problem(card.line, f"{where}: {note}"))
    if card.nested:
        report.warnings.append(
            Problem(
                card.line,
                f"{where}: {plural(card.nested, 'nested card')} (AGENT) "
                "skipped; import them from their own export if you need them",
            )
        )
    version = card.first("VERSION").strip() or "3.0"
    name = " ".join(unescape(card.first("FN"), version).split())
    if not name:
        parts = split_structured(card.first("N"), version) + [""] * 5
        family, given, additional, prefix, suffix = parts[:5]
        name = " ".join(" ".join(p for p in (prefix, given, additional, family, suffix) if p).split())
    org_parts = [p for p in split_structured(card.first("ORG"), version) if p]
    organisation = org_parts[0] if org_parts else ""
    role = " ".join(unescape(card.first("TITLE") or card.first("ROLE"), version).split())
    if len(org_parts) > 1:
        unit = ", ".join(org_parts[1:])
        role = f"{role} ({unit})" if role else unit
    emails = clean_emails((unescape(v, version) for v in card.values("EMAIL")), card.line, report)
    notes = unescape(card.first("NOTE"), version).strip()
    if not name:
        if emails:
            name, notes = named_from_email(emails, notes, card.line, report, where=where)
        elif organisation:
            name = organisation
        else:
            report.skipped.append(Problem(card.line, f"{where} has no name, e-mail or organisation"))
            return
    url = unescape(card.first("URL"), version).strip()
    report.add(
        Contact(name=name, organisation=organisation, role=role, emails=emails, url=url, notes=notes, source="vcard"),
        card.line,
    )


def _refuse_oversize(size: int, where: str) -> None:
    if size > MAX_IMPORT_BYTES:
        raise ImportFormatError(
            f"this file is {size / 2**20:.0f} MB; netkit reads contact exports up to {MAX_IMPORT_BYTES // 2**20} MB",
            where=where,
            fix="export without photos (most phones and Outlook offer it), or split the file",
        )


def read_export(data: bytes | str, *, source: str = "the uploaded file", format: str = "auto") -> ImportReport:
    """Read every contact in an export (nothing is merged yet); problems go in the report."""
    _refuse_oversize(len(data), source)
    if format not in ("auto",) + FORMATS:
        raise ImportFormatError(
            f"unknown format {format!r}", where=source, fix=f"use one of: auto, {', '.join(FORMATS)}"
        )
    if format == "vcard" or (format == "auto" and _looks_like_vcard(data)):
        report = ImportReport(source=source, format="vcard")
        _read_vcard(data, report)
        return report
    decoded = decode_text(data, source, ImportFormatError, wanted="a contacts export (CSV or .vcf)")
    if format == "auto":
        format = detect_format(decoded.text, source)
    report = ImportReport(source=source, format=format, encoding=decoded.encoding)
    report.warnings.extend(Problem(None, w) for w in decoded.warnings)
    if format == "vcard":
        _read_vcard(data, report)
        return report
    try:
        read_table(decoded.text, report)
    except ImportFormatError as exc:
        if exc.where is None:
            exc.where = source
        raise
    return report


def import_into(
    existing: Iterable[Contact], data: bytes | str, *, source: str = "the uploaded file", format: str = "auto"
) -> tuple[list[Contact], ImportReport]:
    """Read an export and merge it into ``existing``; return everyone and the report (with every merge)."""
    report = read_export(data, source=source, format=format)
    merged = merge_contacts(existing, report.contacts)
    report.imported, report.merged = merged.added, merged.merged
    for merge in merged.merges:
        line = report.lines[merge.incoming] if merge.incoming < len(report.lines) else None
        into = f"{merge.into!r}" + (f" (from {merge.into_source})" if merge.into_source else " (entered by hand)")
        report.merges.append(
            f"line {line}: {merge.name!r} into {into}: {merge.reason}"
            if line
            else f"{merge.name!r} into {into}: {merge.reason}"
        )
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
