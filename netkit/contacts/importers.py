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

import re
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
from netkit.textfile import decode_text, is_blank, refuse_binary, unicode_form, utf8_bytes

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


def _read_vcard(data: bytes | str, report: ImportReport, unicode_encoding: str = "", guessed: bool = False) -> None:
    """Read every card of a vCard file into ``report``; the file's encoding and how it was found go in it too."""
    from netkit.contacts.vcard import encoding_hints, read_cards
    from netkit.textfile import encoding_label, guess_legacy

    if isinstance(data, str):
        data = data.removeprefix("\ufeff").encode("utf-8")
        unicode_encoding = unicode_encoding or "utf-8"
    fallback = "utf-8"
    if unicode_encoding in ("", "utf-8", "8bit"):
        sample, hints = encoding_hints(data)
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:
                fallback, why = guess_legacy(sample, hints=hints)
                where = "values without a CHARSET were" if unicode_encoding == "utf-8" else "the file was"
                report.warnings.append(
                    Problem(
                        None,
                        f"{where} read as {encoding_label(fallback)} (a guess: not UTF-8; {why}). "
                        "Check accented names, and next time export as UTF-8 (vCard 3.0 or 4.0)",
                    )
                )
        report.encoding = fallback if unicode_encoding == "8bit" else (unicode_encoding or "utf-8")
        if fallback != "utf-8" and unicode_encoding == "utf-8":
            report.encoding = f"utf-8 (values without a CHARSET: {fallback})"
    else:
        report.encoding = unicode_encoding
        if guessed:
            report.warnings.append(
                Problem(
                    None,
                    f"read as {encoding_label(unicode_encoding)} (a guess from its zero bytes: the file has "
                    "no byte-order mark); check the names",
                )
            )
    version = _vcard_version(data)
    report.layout = f"vCard {version}" if version else "vCard"
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


def _vcard_version(data: bytes) -> str:
    versions = sorted(set(re.findall(rb"(?im)^VERSION:\s*([0-9.]+)", data[:262144])))
    return "/".join(v.decode("ascii") for v in versions)


#: The values of ``KIND`` (4.0) and ``X-ADDRESSBOOKSERVER-KIND`` (Apple) that make a card a list of people.
GROUP_KINDS = ("group",)


def _group_reason(card) -> str | None:
    """Why a card is a contact group rather than a person, or ``None``."""
    kind = (card.first("KIND") or card.first("X-ADDRESSBOOKSERVER-KIND")).strip().casefold()
    members = len(card.values("MEMBER")) + len(card.values("X-ADDRESSBOOKSERVER-MEMBER"))
    if kind in GROUP_KINDS or members:
        return f"a contact group ({plural(members, 'member')})" if members else "a contact group"
    return None


def _card_contact(card, report: ImportReport) -> None:
    """Add the contact of one vCard to the report (or say why it was skipped)."""
    from netkit.contacts.vcard import split_list, split_structured, unescape

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
    version = card.first("VERSION").strip() or "3.0"
    group = _group_reason(card)
    if group:
        label = " ".join(unescape(card.first("FN"), version).split()) or split_structured(card.first("N"), version)[0]
        report.skipped.append(
            Problem(
                card.line,
                f"{where}{f' ({label!r})' if label else ''} is {group}, not a person: skipped "
                "(its members are imported from their own cards)",
            )
        )
        return
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
    addresses = [item for value in card.values("EMAIL") for item in split_list(value, version)]
    emails = clean_emails(addresses, card.line, report, split=False)
    notes = unescape(card.first("NOTE"), version).strip()
    if not name:
        nickname = next((n for v in card.values("NICKNAME") for n in split_list(v, version, ",")), "")
        if nickname:
            name = " ".join(nickname.split())
            report.warnings.append(
                Problem(card.line, f"{where} has only a nickname ({name!r}): kept under it; add the full name")
            )
        elif emails:
            name, notes = named_from_email(emails, notes, card.line, report, where=where)
        elif organisation:
            name = organisation
        else:
            cut = " and is cut off (no END:VCARD)" if card.cut_off else ""
            report.skipped.append(Problem(card.line, f"{where} has no name, nickname, e-mail or organisation{cut}"))
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
        _read_vcard(data, report, unicode_encoding, guessed)
        return report
    decoded = decode_text(data, source, ImportFormatError, wanted=wanted)
    if unicode_encoding not in ("", "utf-8", "8bit"):  # UTF-16/32 already re-encoded: say what the file was
        decoded.encoding, decoded.guessed = unicode_encoding, guessed
        if guessed:
            decoded.warnings.insert(
                0,
                f"{source}: read as {unicode_encoding.upper()} (a guess: the file has no byte-order mark). "
                "Check the names, and next time save as 'CSV UTF-8'.",
            )
    if format == "auto":
        try:
            format = detect_format(decoded.text, source)
        except ImportFormatError:
            _refuse_damaged_vcard(decoded.text, source)
            raise
    report = ImportReport(source=source, format=format, encoding=decoded.encoding)
    report.warnings.extend(Problem(None, w) for w in decoded.warnings)
    if format == "vcard":
        _read_vcard(data, report, unicode_encoding, guessed)
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
