"""Text files people hand to netkit: one decoder and one CSV reader for rosters and contact exports.

A coach's roster and a participant's contacts export arrive as bytes from Excel, Google Sheets,
Numbers, Outlook, phones and LinkedIn. This module turns them into text the same way for every
caller (:mod:`netkit.coach.roster`, :mod:`netkit.contacts.importers`) so that one file is never read two ways:

* :func:`decode_text` — a byte-order mark decides (UTF-8, UTF-16, UTF-32); else strict UTF-8;
  else UTF-16 without a BOM (Excel's "Unicode text"); else ``charset-normalizer`` guesses, and
  the result carries a warning *naming the encoding*, because a guess can be wrong.
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
from collections.abc import Iterator
from dataclasses import dataclass, field

from netkit.exceptions import InputError
from netkit.text_damage import _mojibake_warnings, find_control, mojibake, refuse_control

__all__ = [
    "DELIMITERS",
    "Decoded",
    "binary_kind",
    "csv_rows",
    "decode_text",
    "find_control",
    "mojibake",
    "refuse_binary",
    "refuse_control",
    "sniff_delimiter",
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
    """Text read from bytes: the encoding used, whether it was a guess, and what to tell the person."""

    text: str
    encoding: str
    guessed: bool = False
    warnings: list[str] = field(default_factory=list)


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


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of a text sample is NUL (UTF-16 without a BOM)."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(
    data: bytes | str, where: str, error: type[InputError] = InputError, *, wanted: str = "a CSV file"
) -> Decoded:
    """Decode a file a person gave us; see the module docstring for the order of attempts.

    A binary file (workbook, zip, PDF, picture) is refused by name. Whenever the encoding is a
    guess, ``warnings`` says which one was used and how to avoid the guess next time; text that
    was already damaged by a wrong decode upstream is reported too.
    """
    if isinstance(data, str):
        text = data.removeprefix("\ufeff")
        return Decoded(text, "text", warnings=_mojibake_warnings(text, where))
    refuse_binary(data, where, error, wanted=wanted)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise error(
                    f"this file starts like {encoding.upper()} text but is damaged ({exc.reason} at byte {exc.start})",
                    where=where,
                    fix=SAVE_AS_CSV,
                ) from None
            return Decoded(text.lstrip("\ufeff"), encoding, warnings=_mojibake_warnings(text, where))
    try:
        text = data.decode("utf-8")
        return Decoded(text, "utf-8", warnings=_mojibake_warnings(text, where))
    except UnicodeDecodeError as exc:
        first_bad = data[: exc.start].count(b"\n") + 1
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            return Decoded(
                text,
                utf16,
                True,
                [
                    f"{where}: read as {utf16.upper()} (a guess: the file has no byte-order mark). "
                    "Check the names, and next time save as 'CSV UTF-8'."
                ],
            )
    if b"\x00" in data[:4096]:
        raise error(
            "this is not a text file (it holds binary data)", where=where, fix=f"choose {wanted}; {SAVE_AS_CSV}"
        )
    encoding = _guess_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "cp1252"
        text = data.decode("cp1252", errors="replace")
    label = _ENCODING_NAMES.get(encoding, encoding)
    warnings = [
        f"{where}: read as {label} (a guess: the file is not UTF-8; first other byte on line "
        f"{first_bad}). Check accented names, and next time save as 'CSV UTF-8'."
    ]
    return Decoded(text, encoding, True, warnings + _mojibake_warnings(text, where))


#: The legacy encodings spreadsheets and phones still write; guessing among fewer is guessing better.
CANDIDATE_ENCODINGS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "mac_roman",
    "cp932",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "koi8_r",
)


def _guess_encoding(data: bytes) -> str:
    """charset-normalizer's best guess among :data:`CANDIDATE_ENCODINGS`.

    On short files several code pages fit equally well (language coherence is unreliable on a few
    names); then Windows-1252 (what Excel writes on Western systems) wins when its reading is as
    free of oddities as the best one, since the other candidates read its letters as look-alikes.
    """
    from charset_normalizer import (
        from_bytes,  # imported here: only non-UTF-8 files pay for it
    )

    matches = list(from_bytes(data[:262144], cp_isolation=list(CANDIDATE_ENCODINGS)))
    if not matches:
        return "cp1252"
    best = matches[0]
    tied = [m.encoding for m in matches if m.chaos <= best.chaos]
    if "cp1252" in tied:
        return "cp1252"
    try:
        same = data.decode("cp1252") == str(best)
    except UnicodeDecodeError:
        same = False
    return "cp1252" if same else best.encoding


_ENCODING_NAMES = {
    "cp1252": "Windows-1252 (Excel's legacy encoding)",
    "latin_1": "Latin-1",
    "iso8859_1": "Latin-1",
    "mac_roman": "Mac Roman",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "shift_jis": "Shift JIS",
    "cp932": "Shift JIS (Windows)",
    "gb18030": "GB18030 (Chinese)",
    "big5": "Big5 (Chinese)",
    "euc_kr": "EUC-KR (Korean)",
}


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
