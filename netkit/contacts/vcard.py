"""vCard 2.1, 3.0 and 4.0 files as phones, mail clients and address books write them.

A ``.vcf`` is read in three steps, all on bytes until a value's own character set is known:

1. **Cards.** Physical lines are split and unfolded (a line starting with a space or tab continues
   the one before; in 2.1 a quoted-printable value ending in ``=`` continues on the next line).
   ``BEGIN:VCARD`` inside a card opens a *nested* card (2.1 ``AGENT``): it is skipped with a note,
   never imported as a contact of its own. A card with no ``END:VCARD`` is reported, and the
   cards after it are still read.
2. **Properties.** Each content line is lexed by ``vobject``'s line parser (group, name,
   parameters); its value is then decoded by the property's own ``ENCODING``
   (``QUOTED-PRINTABLE``, ``BASE64``/``B``, 8bit) and ``CHARSET`` (``SHIFT_JIS`` from Japanese
   phones, ``ISO-8859-1``, ``UTF-8``…); without a ``CHARSET`` the file's encoding (UTF-8, or a
   named guess) is used. ``PHOTO``, ``LOGO``, ``SOUND`` and ``KEY`` values are never decoded or
   even held: their lines are skipped as they stream past, so a 20 MB photo costs no memory.
3. **Values.** Text is unescaped (``\\,`` ``\\;`` ``\\n`` ``\\:``) and structured values (``N``,
   ``ORG``) are split on unescaped ``;`` only, so ``FN:Mr. John Richter, James Doe Sr.`` and
   ``ORG:Company\\, The;Sales`` keep their commas. vobject's component layer is not used for
   values because it splits ``FN`` and ``ORG`` on commas and leaves ``URL`` escaped.

Lines that cannot be read are counted per card ("3 lines skipped in card 2, line 14") instead of
being logged to the terminal or a notebook cell.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from netkit.languages import N_, Said

__all__ = [
    "BINARY_PROPERTIES",
    "Card",
    "begin_kind",
    "logical_lines",
    "read_cards",
    "split_list",
    "split_structured",
    "split_unescaped",
    "unescape",
]

#: Properties whose values are pictures, sounds or keys: skipped unread, never decoded.
BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
#: A text value longer than this (after decoding) is cut, with a note: no name or note is this long.
MAX_TEXT_VALUE = 64 * 1024

_LINE = re.compile(rb"[^\r\n]*(?:\r*\n|\r)|[^\r\n]+$")  # \r\r\n: iOS 6 wrote it
_PROPERTY_START = re.compile(rb"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]")


@dataclass
class Card:
    """One card: where it starts, its decoded properties, and what could not be read."""

    line: int
    number: int
    properties: list[tuple[str, dict, str]] = field(default_factory=list)  # (NAME, params, decoded value)
    skipped_lines: list[int] = field(default_factory=list)
    notes: list[Said] = field(default_factory=list)  # said in the reader's language by the import report
    nested: int = 0
    cut_off: bool = False  # no END:VCARD: kept with what it holds, and said so

    def values(self, name: str) -> list[str]:
        """Every decoded value of property ``name`` (upper case), in file order."""
        return [value for prop, _, value in self.properties if prop == name]

    def first(self, name: str) -> str:
        return next((v for v in self.values(name) if v.strip()), "")


def unescape(value: str, version: str = "3.0") -> str:
    """A vCard text value with ``\\n``, ``\\,``, ``\\;``, ``\\:`` and ``\\\\`` turned into what they stand for.

    vCard 2.1 escapes only ``;`` (a backslash before anything else is a backslash).
    """
    if "\\" not in value:
        return value
    if version.startswith("2"):
        return value.replace("\\;", ";")
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_unescaped(value: str, separators: str = ";") -> list[str]:
    """``value`` split on the ``separators`` that are not escaped by a backslash (``a\\;b;c`` → ``a\\;b``, ``c``).

    A backslash escapes the character after it, a doubled backslash escapes itself, so ``a\\\\;b``
    is split (the ``;`` after an escaped backslash is a separator).
    """
    if "\\" not in value:
        return re.split(f"[{re.escape(separators)}]", value)
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def split_structured(value: str, version: str = "3.0") -> list[str]:
    """Components of a structured value (``N``, ``ORG``, ``ADR``): split on ``;`` not escaped, then unescaped."""
    return [unescape(part, version).strip() for part in split_unescaped(value, ";")]


def split_list(value: str, version: str = "3.0", separators: str = ",;") -> list[str]:
    """The items of a list value (``NICKNAME``, an ``EMAIL`` holding several addresses): split on
    unescaped ``separators`` only, then unescaped, so ``a\\;b@example.org`` stays one item."""
    if version.startswith("2"):
        separators = separators.replace(",", "")  # 2.1 does not escape commas: a comma is a comma
    return [item for item in (unescape(part, version).strip() for part in split_unescaped(value, separators)) if item]


def _physical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    for number, match in enumerate(_LINE.finditer(data), start=1):
        yield number, match.group().rstrip(b"\r\n")


def logical_lines(data: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """(first line, logical line, is a binary property whose value was dropped) with folds joined.

    Continuations of a PHOTO/LOGO/SOUND/KEY value are consumed without being kept; so are the
    un-indented base64 lines 2.1 writers put under such a property, up to the next property.
    """
    pending: list[bytes] = []
    start = 0
    binary = False
    quoted_printable = False
    for number, raw in _physical_lines(data):
        if pending or binary:
            if quoted_printable and pending and pending[-1].endswith(b"="):
                pending[-1] = pending[-1][:-1]  # a soft line break: the next line goes on, as it is
                pending.append(raw)
                continue
            if raw[:1] in (b" ", b"\t"):
                if not binary:
                    pending.append(raw[1:])
                continue
            if binary and raw and not _PROPERTY_START.match(raw):
                continue  # an un-indented base64 line of a 2.1 photo
        if pending or binary:
            yield start, b"".join(pending), binary
            pending, binary = [], False
        if not raw.strip():
            continue
        start = number
        head = raw.split(b":", 1)[0].upper()
        name = head.split(b";", 1)[0].rsplit(b".", 1)[-1]
        if name.decode("latin-1") in BINARY_PROPERTIES:
            binary, pending = True, [head]
            quoted_printable = False
            continue
        quoted_printable = b"QUOTED-PRINTABLE" in head
        pending = [raw]
    if pending or binary:
        yield start, b"".join(pending), binary


def _decode_value(raw: bytes, params: dict, fallback: str) -> str:
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding in ("QUOTED-PRINTABLE", "QP") or "QUOTED-PRINTABLE" in params:
        raw = quopri.decodestring(raw)
    elif encoding in ("BASE64", "B") or "BASE64" in params:
        try:
            raw = base64.b64decode(raw + b"=" * (-len(raw) % 4))
        except (binascii.Error, ValueError):
            raise ValueError("its base64 value is damaged") from None
    charset = (params.get("CHARSET") or [""])[0]
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = ""
    for codec in ([charset] if charset else []) + ["utf-8", fallback]:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode(fallback, errors="replace")


def _params(pairs: list) -> dict:
    params: dict[str, list[str]] = {}
    for pair in pairs:
        if len(pair) == 1:  # a 2.1 bare parameter (HOME, QUOTED-PRINTABLE, BASE64)
            params[pair[0].upper()] = []
        else:
            params.setdefault(pair[0].upper(), []).extend(str(v) for v in pair[1:])
    return params


def begin_kind(upper: bytes) -> str:
    """``"begin"`` for ``BEGIN:VCARD``, ``"misspelt"`` for a near miss (``BEGIN:VCAR``, ``BEGIN VCARD``,
    ``BEGN:VCARD``), ``""`` for anything else."""
    if upper == b"BEGIN:VCARD":
        return "begin"
    if len(upper) > 16 or not upper.startswith((b"BEGIN", b"BEGN", b"BEIGN", b"BGIN", b"EGIN")):
        return ""
    from difflib import SequenceMatcher

    return "misspelt" if SequenceMatcher(None, upper, b"BEGIN:VCARD").ratio() >= 0.8 else ""


def _line_parser():
    """vObject's content-line lexer, retrying once without the empty parameters (``ADR;HOME;PREF;:``) Outlook writes.

    Built once per file (the import of vobject is paid only by vCard readers, and not once per line).
    """
    from vobject.base import ParseError, parseLine

    def parse(text: str):
        try:
            return parseLine(text)
        except ParseError:
            head, colon, value = text.partition(":")
            cleaned = re.sub(r";+(?=;|$)", "", head)
            if not colon or cleaned == head:
                raise
            return parseLine(f"{cleaned}:{value}")

    return parse, ParseError


def read_cards(data: bytes, fallback: str = "utf-8") -> Iterator[Card | tuple[int, Said]]:
    """Each top-level :class:`Card`, or ``(line, reason)`` for lines that must be skipped.

    ``fallback`` is the encoding for values with no ``CHARSET`` that are not UTF-8 (the caller's
    guess for the whole file). Damaged structure is read as far as it holds a contact, with a note
    on the card: a misspelt ``BEGIN:VCARD`` (``BEGIN:VCAR``) opens a card; vCard lines with no
    ``BEGIN:VCARD`` before them, closed by an ``END:VCARD``, are a card that lost its first line; a
    card with no ``END:VCARD`` (cut off by the end of the file, or followed by the next card) keeps
    what it holds (``cut_off``).
    """
    parse, parse_error = _line_parser()
    card: Card | None = None
    depth = 0
    count = 0
    nested_start = 0
    stray: list[tuple[int, bytes, bool]] = []  # vCard lines outside any card, waiting for an END:VCARD
    for line, logical, binary in logical_lines(data):
        upper = _keyword_form(logical)
        begin = begin_kind(upper)
        if begin:
            if stray:
                yield (stray[0][0], _stray_reason(stray))
                stray = []
            if card is None:
                count += 1
                card = Card(line=line, number=count)
                depth = 1
                if begin == "misspelt":
                    card.notes.append(_misspelt_begin(line, logical))
            else:
                depth += 1
                if depth == 2:
                    card.nested += 1
                    nested_start = nested_start or line
            continue
        if upper == b"END:VCARD":
            if card is None:
                if stray:
                    count += 1
                    yield _headless_card(stray, line, count, fallback, parse, parse_error)
                    stray = []
                continue
            depth -= 1
            if depth == 0:
                yield card
                card, nested_start = None, 0
            continue
        if card is None:
            if _PROPERTY_START.match(logical.lstrip()):
                stray.append((line, logical, binary))
            continue  # text outside any card
        if depth > 1:
            continue  # inside a nested (AGENT) card
        _add_property(card, line, logical, binary, fallback, parse, parse_error)
    if stray:
        yield (stray[0][0], _stray_reason(stray))
    if card is not None:
        yield from _unfinished(card, nested_start, data, fallback)


def _misspelt_begin(line: int, logical: bytes) -> Said:
    """The note on a card whose first line is a misspelt ``BEGIN:VCARD`` (read as one anyway)."""
    return Said.of(
        N_("line {line} reads {text}, not BEGIN:VCARD; read as the start of a card"),
        line=str(line),
        text=repr(logical.strip().decode("latin-1")),
    )


def _keyword_form(logical: bytes) -> bytes:
    """A line in capitals, stripped, for the BEGIN/END tests; without a byte-order mark (exports joined with `cat`:
    each one starts with its own mark)."""
    upper = logical.strip().upper()
    if upper[:3] == b"\xef\xbb\xbf":
        upper = upper[3:].lstrip()
    return upper


def _headless_card(
    stray: list[tuple[int, bytes, bool]],
    end: int,
    number: int,
    fallback: str,
    parse: Callable,
    parse_error: type[Exception],
) -> Card:
    """The card that lost its BEGIN:VCARD line: the ``stray`` vCard lines before an END:VCARD on line ``end``."""
    card = Card(line=stray[0][0], number=number)
    card.notes.append(
        Said.of(
            N_("its BEGIN:VCARD line is missing (the card runs from line {first} to line {last}); read anyway"),
            first=str(stray[0][0]),
            last=str(end),
        )
    )
    for stray_line, stray_logical, stray_binary in stray:
        _add_property(card, stray_line, stray_logical, stray_binary, fallback, parse, parse_error)
    return card


def _unfinished(card: Card, nested_start: int, data: bytes, fallback: str) -> Iterator[Card | tuple[int, Said]]:
    """A card with no END:VCARD, kept with a note; when what looked like a nested card began on ``nested_start``,
    that was the next card, and the cards from there are read again."""
    card.cut_off = True
    if card.nested:
        card.notes.append(
            Said.of(
                N_("it has no END:VCARD (the next card starts on line {line}); kept what it holds, check it"),
                line=str(nested_start),
            )
        )
        card.nested = 0  # what looked nested is the next card, read below
        yield card
        # what looked nested was the next card: read it again from there
        rest = _offset_of_line(data, nested_start)
        for item in read_cards(data[rest:], fallback):
            if isinstance(item, Card):
                item.number += card.number
            yield _shift(item, nested_start - 1)
    else:
        card.notes.append(
            Said.of(
                N_(
                    "it is cut off at the end of the file (no END:VCARD); kept what it holds: check it, "
                    "or export the contacts again"
                )
            )
        )
        yield card


def _stray_reason(stray: list[tuple[int, bytes, bool]]) -> Said:
    """Why vCard lines outside any card were skipped, and how to get them in."""
    first, last = stray[0][0], stray[-1][0]
    span = (
        Said.of(N_("line {line}"), line=str(first))
        if last == first
        else Said.of(N_("lines {first}–{last}"), first=str(first), last=str(last))
    )
    return Said.of(
        N_(
            "{span} look like vCard lines but are outside any card (no BEGIN:VCARD before them, no END:VCARD after); "
            "skipped. Add the missing BEGIN:VCARD / END:VCARD lines and import again"
        ),
        span=span,
    )


def _add_property(
    card: Card,
    line: int,
    logical: bytes,
    binary: bool,
    fallback: str,
    parse: Callable,
    parse_error: type[Exception],
) -> None:
    """Decode one content line into ``card`` (or count it as unreadable, or note a skipped picture)."""
    if binary:
        card.notes.append(
            Said.of(
                N_("a {property} on line {line} was not read (pictures and sounds are never imported)"),
                property=logical.split(b";", 1)[0].split(b":", 1)[0].decode("latin-1").upper(),
                line=str(line),
            )
        )
        return
    try:
        name, pairs, value, _group = parse(logical.decode("latin-1"))
    except parse_error:
        card.skipped_lines.append(line)
        return
    name = name.upper()
    params = _params(pairs)
    if name == "AGENT":
        if value.strip():
            card.notes.append(Said.of(N_("the AGENT (a nested card) on line {line} was skipped"), line=str(line)))
        return
    try:
        text = _decode_value(value.encode("latin-1"), params, fallback)
    except (ValueError, UnicodeEncodeError):
        card.skipped_lines.append(line)
        return
    if len(text) > MAX_TEXT_VALUE:
        text = text[:MAX_TEXT_VALUE]
        card.notes.append(
            Said.of(
                N_("the {property} on line {line} is over {size} KB and was cut"),
                property=name,
                line=str(line),
                size=MAX_TEXT_VALUE // 1024,
            )
        )
    card.properties.append((name, params, text))


def _offset_of_line(data: bytes, line: int) -> int:
    for number, match in enumerate(_LINE.finditer(data), start=1):
        if number == line:
            return match.start()
    return len(data)


def _shift(item: Card | tuple[int, Said], by: int) -> Card | tuple[int, Said]:
    if isinstance(item, Card):
        item.line += by
        item.skipped_lines = [n + by for n in item.skipped_lines]
        return item
    return (item[0] + by, item[1])
