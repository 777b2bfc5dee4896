"""The one decoder and CSV reader shared by the roster and the contact importers."""

from __future__ import annotations

import pytest

from netkit.exceptions import ImportFormatError, RosterError
from netkit.textfile import (
    binary_kind,
    csv_rows,
    decode_text,
    find_control,
    mojibake,
    sniff_delimiter,
)


@pytest.mark.parametrize(
    "data, encoding, guessed",
    [
        ("Zoë,Łódź\n".encode(), "utf-8", False),
        (b"\xef\xbb\xbf" + "Zoë\n".encode(), "utf-8-sig", False),
        ("Zoë\n".encode("utf-16"), "utf-16", False),
        ("Zoë\n".encode("utf-32"), "utf-32", False),
        ("Zoë Ørsted,Nordlys\nAnn,B\n".encode("utf-16-le"), "utf-16-le", True),
        ("Renée Dürr,Café Lumière\n".encode("cp1252"), "cp1252", True),
    ],
)
def test_each_encoding_is_read_and_a_guess_says_so(data, encoding, guessed):
    """Is every encoding spreadsheets write read, with a warning naming the encoding exactly when it was a guess?"""
    decoded = decode_text(data, "f.csv", RosterError)
    assert decoded.encoding == encoding and decoded.guessed == guessed
    assert bool(decoded.warnings) == guessed
    if guessed:
        assert "a guess" in str(decoded.warnings[0]) and "f.csv" in str(decoded.warnings[0])
    assert "Zo" in decoded.text or "Ren" in decoded.text


def test_both_callers_get_the_same_reading_and_their_own_error_type():
    """Do the roster and the importer decode one file the same way, each raising its own error class?"""
    data = "Name\nJosé\n".encode("cp1252")
    assert decode_text(data, "r", RosterError).text == decode_text(data, "c", ImportFormatError).text
    with pytest.raises(RosterError):
        decode_text(b"%PDF-1.4\n", "r", RosterError)
    with pytest.raises(ImportFormatError):
        decode_text(b"%PDF-1.4\n", "c", ImportFormatError)


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"PK\x03\x04....xl/worksheets", "Excel"),
        (b"PK\x03\x04word/", "Word"),
        (b"GIF89a", "GIF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8", "WebP"),
        (b"Name,Goal\n", None),
    ],
)
def test_binary_files_are_named(data, kind):
    """Is a workbook, document or picture named, and text left alone?"""
    found = binary_kind(data)
    assert (found is None) if kind is None else (kind in found)


def test_mojibake_is_found_with_its_line_and_repair():
    """Is UTF-8 that was read as Windows-1252 before saving found, with what it should read?"""
    assert mojibake("name\nJosÃ© Ãlvarez\nAnn\nâ€œquotedâ€\x9d\n")[:1] == [(2, "Ã©", "é")]
    assert mojibake("José Álvarez, Ærø, façade, naïve, Ã la carte") == []


def test_control_characters_are_located():
    """Is the first NUL or control character found with its line and column, and tabs allowed?"""
    assert find_control("a\tb\nc\x00d\n") == (2, 2, "NUL")
    assert find_control("a\tb\nok\n") is None


@pytest.mark.parametrize(
    "text, delimiter",
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),
        ("a\tb\tc\n1, 2\t2\t3\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ('Notes:\n"a, b, c, d, e"\n\nx,y,z\n1,2,3\n4,5,6\n', ","),
    ],
)
def test_the_delimiter_is_the_one_giving_most_rows_of_one_width(text, delimiter):
    """Is the delimiter found even with commas inside cells or a preamble before the header?"""
    assert sniff_delimiter(text) == delimiter


def test_rows_carry_the_line_they_start_on():
    """After a quoted cell over two lines, do later rows report their real line?"""
    rows = list(csv_rows('a,b\n1,"x\ny"\n2,z\n', "f"))
    assert [line for line, _ in rows] == [1, 2, 4]


# Issue 24: one decoding path — Unicode forms without a mark, blank files, legacy code pages by language ----------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_without_a_byte_order_mark_is_recognised_by_its_zero_bytes(codec):
    """Are UTF-16 and UTF-32 of either byte order read without a BOM, and is the guess said?"""
    decoded = decode_text("Name;Goal\nZoë Ørsted;Nordlys\n".encode(codec), "f.csv", RosterError)
    assert decoded.encoding == codec and decoded.guessed and "no byte-order mark" in str(decoded.warnings[0])
    assert decoded.text.startswith("Name;Goal\nZoë")


def test_utf8_bytes_strips_any_mark_and_re_encodes_utf16_for_byte_readers():
    """Does the byte-level path (vCards) give UTF-8 bytes for a BOM'd or mark-less UTF-16 file, and leave 8-bit
    bytes for the guesser, saying which it found?"""
    from netkit.textfile import utf8_bytes

    assert utf8_bytes(b"\xef\xbb\xbfBEGIN", "f") == (b"BEGIN", "utf-8-sig", False)
    assert utf8_bytes("BEGIN:VCARD é".encode("utf-16-be"), "f") == ("BEGIN:VCARD é".encode(), "utf-16-be", True)
    assert utf8_bytes("FN:Dürr\r\nORG:Café Lumière\r\n".encode("cp1252"), "f")[1] == "8bit"


@pytest.mark.parametrize(
    "data, blank",
    [
        (b"", "empty"),
        (b" \r\n", "empty"),
        (b"\xef\xbb\xbf", "only a byte-order mark"),
        (b"\xff\xfe", "only a byte-order mark"),
        (b"x", None),
    ],
)
def test_is_blank_names_empty_and_bom_only_files(data, blank):
    from netkit.textfile import is_blank

    assert is_blank(data) == blank


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Renée Dürr, Café Lumière, Nüßlebaum", "cp1252"),
        ("José García Müller Zoë", "mac_roman"),
        ("אפרים קישון, דוד לוי", "cp1255"),
        ("Віталій Кличко, Иван Петров", "cp1251"),
        ("Ευάγγελος Παπαθανασίου", "cp1253"),
        ("Piotr Iksiński, Grzegorz Brzęczyszczykiewicz", "cp1250"),
        ("محمد علي", "cp1256"),
    ],
)
def test_guess_legacy_picks_the_code_page_whose_reading_is_words(text, codec):
    """Does each code page win on its own names — Western not read as Cyrillic or Mac Roman, Hebrew not as
    Cyrillic, Polish not as Western — with a reason given?"""
    from netkit.textfile import guess_legacy

    encoding, why = guess_legacy(text.encode(codec))
    assert encoding == codec and why


def test_hints_from_the_file_decide_a_guess():
    """Does a CHARSET named in the file win when its reading makes sense, and a LANGUAGE break a tie?"""
    from netkit.textfile import guess_legacy

    data = "Jiří".encode("cp1250")  # as Windows-1252: "Jiøí", a Danish-looking word
    assert guess_legacy(data)[0] == "cp1252"
    assert guess_legacy(data, hints=["windows-1250"])[0] == "cp1250"
    assert guess_legacy(data, hints=["cs"])[0] == "cp1250"
    assert "names" in str(guess_legacy(data, hints=["windows-1250"])[1])


@pytest.mark.parametrize(
    "text, odd",
    [("Sören Täve", False), ("Sцren Tдve", True), ("JosŽ Garc’a", True), ("IksiÒski", True), ("àôøéí", True)],
)
def test_implausibility_marks_readings_that_are_not_words(text, odd):
    """Are mixed scripts, symbols inside names, odd capitals and accent-only words scored as implausible?"""
    from netkit.textfile import implausibility

    assert (implausibility(text) > 0) is odd


def test_a_guessed_csv_warning_names_the_code_page_and_why():
    """Does the warning for a guessed legacy file say which code page was used and why?"""
    decoded = decode_text("Name\nאפרים קישון\n".encode("cp1255"), "signup.csv", RosterError)
    assert decoded.encoding == "cp1255"
    assert "Windows-1255 (Hebrew)" in str(decoded.warnings[0]) and "make sense" in str(decoded.warnings[0])
