"""Text files people hand to netkit: one decoder and one CSV reader for rosters and contact exports.

A coach's roster and a participant's contacts export arrive as bytes from Excel, Google Sheets,
Numbers, Outlook, phones and LinkedIn. This module turns them into text the same way for every
caller (:mod:`netkit.coach.roster`, :mod:`netkit.contacts.importers`) so that one file is never read two ways:

* :func:`decode_text` — a byte-order mark decides (UTF-8, UTF-16, UTF-32); else UTF-32 or UTF-16
  without a BOM, recognised by their NUL bytes (:func:`unicode_form`; Excel's "Unicode text");
  else strict UTF-8; else :func:`~netkit.code_pages.guess_legacy` picks the legacy code page
  whose reading makes sense as names in one language, steered by what the file says of itself (a
  vCard's ``CHARSET`` and ``LANGUAGE``), and the result carries a warning *naming the encoding and
  why*, because a guess can be wrong.
* :func:`utf8_bytes` — the same first steps for a reader that stays on bytes (a vCard names a
  character set per property): BOM removed, UTF-16/32 re-encoded as UTF-8, the rest left for
  :func:`guess_legacy`. :func:`is_blank` names an empty or BOM-only file.
* :func:`binary_kind` — an Excel workbook, a zip, a PDF or a picture is recognised from its first
  bytes and named, so a person hears "this is an Excel workbook: save it as CSV UTF-8" instead of
  a screen of binary bytes.
* :func:`mojibake` — text already damaged upstream by a wrong decode (``JosÃ©`` for ``José``)
  is pointed out with its line, since decoding cannot repair it silently.
* :func:`find_control` — NUL and other control characters, with line and column.
* :func:`sniff_delimiter` and :func:`csv_rows` — ``,``, ``;``, tab or ``|`` chosen by which one
  gives the most rows of the same width; rows come with the line they start on, and a quote that
  is never closed (a field swallowing line breaks and delimiters) stops with the line where it
  opened.

Every failure is raised as the caller's own :class:`~netkit.exceptions.InputError` subclass
(``error=``) with the file, line and a fix.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from netkit.code_pages import (
    CANDIDATE_ENCODINGS,
    LANGUAGE_ENCODINGS,
    LEGACY_ENCODINGS,
    encoding_label,
    encoding_said,
    guess_legacy,
    implausibility,
)
from netkit.exceptions import InputError
from netkit.languages import N_, Said
from netkit.text_damage import find_control, mojibake, mojibake_warnings, refuse_control

__all__ = [
    "CANDIDATE_ENCODINGS",
    "DELIMITERS",
    "LANGUAGE_ENCODINGS",
    "LEGACY_ENCODINGS",
    "Decoded",
    "binary_kind",
    "csv_rows",
    "decode_text",
    "encoding_label",
    "find_control",
    "guess_legacy",
    "no_byte_order_mark",
    "implausibility",
    "is_blank",
    "mojibake",
    "refuse_binary",
    "refuse_control",
    "sniff_delimiter",
    "unicode_form",
    "utf8_bytes",
]

DELIMITERS = (",", ";", "\t", "|")
SAVE_AS_CSV = (
    "in Excel use File > Save As > 'CSV UTF-8'; in Numbers File > Export To > CSV; "
    "in Google Sheets File > Download > CSV"
)

#: (magic bytes at offset 0, name) — the files people pick by mistake instead of a CSV or .vcf.
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF87a", "a GIF picture"),
    (b"GIF89a", "a GIF picture"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Excel or Word file (.xls/.doc)"),
    (b"{\\rtf", "a Rich Text document (.rtf)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)


@dataclass
class Decoded:
    """Text read from bytes: the encoding used, whether it was a guess, and what to tell the person (sentences
    said in their language when shown: ``str()`` of one is the English)."""

    text: str
    encoding: str
    guessed: bool = False
    warnings: list[Said] = field(default_factory=list)


def binary_kind(data: bytes) -> str | None:
    """What kind of non-text file ``data`` is (``"an Excel workbook (.xlsx)"``), or ``None`` for text."""
    head = data[:8]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        sample = data[:4096]
        if b"xl/" in sample or (b"[Content_Types].xml" in sample and b"xl" in sample):
            return "an Excel workbook (.xlsx)"
        if b"word/" in sample:
            return "a Word document (.docx)"
        if b"Index/" in sample or b"Metadata/" in sample:
            return "a Numbers spreadsheet"
        if b"content.xml" in sample or b"mimetypeapplication/vnd.oasis" in sample:
            return "an OpenDocument spreadsheet or text (.ods/.odt)"
        return "a zip archive"
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP picture"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "a HEIC picture"
    return None


def refuse_binary(data: bytes, where: str, error: type[InputError] = InputError, *, wanted: str = "a CSV file") -> None:
    """Raise ``error`` naming the kind of file when ``data`` is a workbook, archive, PDF or picture."""
    kind = binary_kind(data)
    if kind is None:
        return
    if "Excel" in kind or "Numbers" in kind or "OpenDocument" in kind:
        fix = SAVE_AS_CSV
    elif "zip" in kind:
        fix = "unzip it first and choose the CSV or .vcf file inside (LinkedIn's export holds Connections.csv)"
    else:
        fix = f"choose {wanted} instead"
    raise error(f"this is {kind}, not {wanted}", where=where, fix=fix)


def unicode_form(data: bytes) -> tuple[str | None, int, bool]:
    """(encoding, length of its byte-order mark, guessed) when ``data`` is Unicode text of a known form.

    A byte-order mark decides (UTF-32 before UTF-16, whose mark is a prefix of UTF-32-LE's). Without
    one, UTF-32 and UTF-16 are recognised by their NUL bytes: in a text sample, three bytes of each
    four are NUL (UTF-32) or one of each two (UTF-16, Excel's "Unicode text" and Windows' address
    book); which of them tells the byte order. ``(None, 0, False)`` for anything else (UTF-8 or a
    legacy code page, decided by the caller).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom), False
    sample = data[:4000]
    if len(sample) < 4:
        return None, 0, False
    sample = sample[: len(sample) - len(sample) % 4]
    lanes = [sample[i::4].count(0) / (len(sample) / 4) for i in range(4)]
    if lanes[0] < 0.05 and min(lanes[1:]) > 0.9:
        return "utf-32-le", 0, True
    if lanes[3] < 0.05 and min(lanes[:3]) > 0.9:
        return "utf-32-be", 0, True
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le", 0, True
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be", 0, True
    return None, 0, False


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def is_blank(data: bytes) -> str | None:
    """``"empty"`` or ``"only a byte-order mark"`` when ``data`` holds no text at all, else ``None``."""
    for bom, _ in _BOMS:
        if data.startswith(bom):
            rest = data[len(bom) :]
            return "only a byte-order mark" if not rest.strip(b"\x00 \t\r\n") else None
    return "empty" if not data.strip(b"\x00 \t\r\n") else None


def utf8_bytes(data: bytes, where: str, error: type[InputError] = InputError) -> tuple[bytes, str, bool]:
    """(bytes, encoding found, guessed): any byte-order mark removed and UTF-16/32 re-encoded as UTF-8.

    For readers that must stay on bytes (a vCard names a character set per property): every other
    byte is left as it is, for :func:`guess_legacy` or the property's own ``CHARSET`` to decode.
    The encoding is ``"utf-8"`` for bytes that are (or may be) UTF-8 and ``"8bit"`` when they are not.
    """
    encoding, bom, guessed = unicode_form(data)
    if encoding == "utf-8-sig":
        data = data[bom:]
    elif encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise error(
                f"this file starts like {encoding.upper()} text but is damaged ({exc.reason} at byte {exc.start})",
                where=where,
                fix="export it again",
            ) from None
        return text.lstrip("\ufeff").encode("utf-8"), encoding, guessed
    else:
        try:
            data[:262144].decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            encoding = "utf-8" if exc.start > min(len(data), 262144) - 4 else "8bit"
    return data, encoding, guessed


def decode_text(
    data: bytes | str,
    where: str,
    error: type[InputError] = InputError,
    *,
    wanted: str = "a CSV file",
    hints: Iterable[str] = (),
) -> Decoded:
    """Decode a file a person gave us; see the module docstring for the order of attempts.

    A binary file (workbook, zip, PDF, picture) is refused by name. Whenever the encoding is a
    guess, ``warnings`` says which one was used and how to avoid the guess next time; text that
    was already damaged by a wrong decode upstream is reported too. ``hints`` (character set or
    language names found in the file) steer the guess of a legacy code page (:func:`guess_legacy`).
    """
    if isinstance(data, str):
        text = data.removeprefix("\ufeff")
        return Decoded(text, "text", warnings=mojibake_warnings(text, where))
    refuse_binary(data, where, error, wanted=wanted)
    encoding, bom, guessed = unicode_form(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            if bom:
                raise error(
                    f"this file starts like {encoding.upper()} text but is damaged ({exc.reason} at byte {exc.start})",
                    where=where,
                    fix=SAVE_AS_CSV,
                ) from None
        else:
            text = text.lstrip("\ufeff")
            warnings = [no_byte_order_mark(where, encoding)] if guessed else []
            return Decoded(text, encoding, guessed, warnings + mojibake_warnings(text, where))
    try:
        text = data.decode("utf-8")
        return Decoded(text, "utf-8", warnings=mojibake_warnings(text, where))
    except UnicodeDecodeError as exc:
        first_bad = data[: exc.start].count(b"\n") + 1
    if b"\x00" in data[:4096]:
        raise error(
            "this is not a text file (it holds binary data)", where=where, fix=f"choose {wanted}; {SAVE_AS_CSV}"
        )
    encoding, why = guess_legacy(data, hints=hints)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding, why = "cp1252", Said.of(N_("the other readings failed"))
        text = data.decode("cp1252", errors="replace")
    warnings = [legacy_guess_note(where, encoding, first_bad, why)]
    return Decoded(text, encoding, True, warnings + mojibake_warnings(text, where))


def legacy_guess_note(where: str, encoding: str, line: int, why: Said) -> Said:
    """The note for a file read in a guessed legacy code page: which one, why, and how to avoid the guess."""
    return Said.of(
        N_(
            "{where}: read as {encoding} (a guess: the file is not UTF-8; first other byte on line {line}; "
            "{why}). Check accented names, and next time save as 'CSV UTF-8'."
        ),
        where=where,
        encoding=encoding_said(encoding),
        line=str(line),
        why=why,
    )


def no_byte_order_mark(where: str, encoding: str) -> Said:
    """The note for UTF-16/32 text read without a byte-order mark (the encoding guessed from its zero bytes)."""
    return Said.of(
        N_(
            "{where}: read as {encoding} (a guess: the file has no byte-order mark). Check the names, and next time "
            "save as 'CSV UTF-8'."
        ),
        where=where,
        encoding=encoding.upper(),
    )


def sniff_delimiter(text: str, sample_records: int = 30) -> str:
    """The delimiter (``,`` ``;`` tab ``|``) that splits the first records into the most rows of one width."""
    sample = text[:65536]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths: dict[int, int] = {}
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            for count, row in enumerate(reader):
                if count >= sample_records:
                    break
                if len(row) > 1:
                    widths[len(row)] = widths.get(len(row), 0) + 1
        except csv.Error:
            continue
        if not widths:
            continue
        width, rows = max(widths.items(), key=lambda item: (item[1], item[0]))
        score = (rows, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def csv_rows(
    text: str,
    where: str,
    error: type[InputError] = InputError,
    *,
    delimiter: str | None = None,
    header_width: int | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """(line the record starts on, cells) for each CSV record.

    A quote that is never closed makes Python's csv module swallow the rest of the file into one
    cell; a quote closed only many lines later swallows whole rows. Both stop with ``error`` naming
    the line where the quote opened. ``header_width`` (the number of columns) sharpens the second
    check: a quoted cell holding a line with that many delimiters is a swallowed row.
    """
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous = 0
    fix = (
        'a quote (") opens a cell there and is not closed where the cell ends: close it or delete it, '
        "then save the file again"
    )
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "end of data" in str(exc) or "unexpected end" in str(exc) or "EOF" in str(exc):
                raise error(
                    "a quote opened on this line is never closed, so every line after it would be read "
                    "as part of one cell",
                    where=where,
                    line=_quote_line(text, previous),
                    fix=fix,
                ) from None
            raise error(
                f"this line cannot be read as CSV ({exc})",
                where=where,
                line=previous + 1,
                fix="open the file in a spreadsheet, check that line, and save it again as CSV",
            ) from None
        start = previous + 1
        if reader.line_num - previous > 1 and header_width and header_width > 2:
            for cell in row:
                if "\n" in cell or "\r" in cell:
                    # a whole line strictly inside the cell with a row's worth of delimiters
                    swallowed = [part for part in cell.splitlines()[1:-1] if part.count(delimiter) >= header_width - 1]
                    if swallowed:
                        raise error(
                            f"a quoted cell starting on this line runs over {reader.line_num - start} "
                            "line breaks and holds whole rows",
                            where=where,
                            line=start,
                            fix=fix,
                        )
        previous = reader.line_num
        yield start, row


def _quote_line(text: str, previous: int) -> int:
    """The line of the opening quote of the unclosed cell in the record after line ``previous``."""
    lines = text.splitlines()
    for number in range(previous, len(lines)):
        if lines[number].count('"') % 2 == 1:
            return number + 1
    return previous + 1
