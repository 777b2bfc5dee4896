"""A vCard file into contacts: the file's encoding, then one :class:`~netkit.contacts.Contact` per card.

:mod:`netkit.contacts.vcard` reads cards and properties; this module decides what the file's
values without a ``CHARSET`` are written in (:func:`encoding_hints`: the values themselves, and the
``CHARSET`` and ``LANGUAGE`` other cards name), and what each card is: a person (name from ``FN``,
else ``N``, else ``NICKNAME``, else an e-mail or the organisation), a contact group (skipped with a
note: its members are people with cards of their own), or nothing usable (skipped with why).
"""

from __future__ import annotations

import re

from netkit.code_pages import encoding_said, guess_legacy
from netkit.contacts.import_report import ImportReport, Problem, clean_emails, named_from_email
from netkit.contacts.model import Contact
from netkit.contacts.vcard import Card, logical_lines, read_cards, split_list, split_structured, unescape
from netkit.exceptions import ImportFormatError
from netkit.languages import N_, Nn_, Said

__all__ = ["GROUP_KINDS", "encoding_hints", "read_vcard"]


def read_vcard(data: bytes | str, report: ImportReport, unicode_encoding: str = "", guessed: bool = False) -> None:
    """Read every card of a vCard file into ``report``; the file's encoding and how it was found go in it too."""
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
                message = (
                    N_(
                        "values without a CHARSET were read as {encoding} (a guess: not UTF-8; {why}). Check accented "
                        "names, and next time export as UTF-8 (vCard 3.0 or 4.0)"
                    )
                    if unicode_encoding == "utf-8"
                    else N_(
                        "the file was read as {encoding} (a guess: not UTF-8; {why}). Check accented names, and next "
                        "time export as UTF-8 (vCard 3.0 or 4.0)"
                    )
                )
                report.warnings.append(Problem.said(None, message, encoding=encoding_said(fallback), why=why))
        report.encoding = (fallback if fallback != "utf-8" else "8bit") if unicode_encoding == "8bit" else "utf-8"
        if fallback != "utf-8" and unicode_encoding == "utf-8":
            report.encoding, report.charset_fallback = f"utf-8 (values without a CHARSET: {fallback})", fallback
    else:
        report.encoding = unicode_encoding
        if guessed:
            message = N_(
                "read as {encoding} (a guess from its zero bytes: the file has no byte-order mark); check the names"
            )
            report.warnings.append(Problem.said(None, message, encoding=encoding_said(unicode_encoding)))
    version = _vcard_version(data)
    report.layout = f"vCard {version}" if version else "vCard"
    cards = 0
    for item in read_cards(data, fallback):
        cards += 1
        if isinstance(item, tuple):
            report.skipped.append(Problem.of(*item))
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


_GROUP_PROPERTIES = frozenset({"KIND", "X-ADDRESSBOOKSERVER-KIND", "MEMBER", "X-ADDRESSBOOKSERVER-MEMBER"})


def _group_reason(card: Card) -> Said | None:
    """Why a card is a contact group rather than a person, or ``None``."""
    if not any(name in _GROUP_PROPERTIES for name, _, _ in card.properties):
        return None
    kind = (card.first("KIND") or card.first("X-ADDRESSBOOKSERVER-KIND")).strip().casefold()
    members = len(card.values("MEMBER")) + len(card.values("X-ADDRESSBOOKSERVER-MEMBER"))
    if kind in GROUP_KINDS or members:
        if members:
            return Said.of(Nn_("a contact group ({count} member)", "a contact group ({count} members)"), count=members)
        return Said.of(N_("a contact group"))
    return None


def _card_name(card: Card, version: str) -> str:
    """The formatted name (FN), else the structured name (N) in reading order; spaced once, maybe empty."""
    name = " ".join(unescape(card.first("FN"), version).split())
    if not name:
        parts = split_structured(card.first("N"), version) + [""] * 5
        family, given, additional, prefix, suffix = parts[:5]
        name = " ".join(" ".join(p for p in (prefix, given, additional, family, suffix) if p).split())
    return name


def _organisation_and_role(card: Card, version: str) -> tuple[str, str]:
    """(organisation, role): ORG's first part, and TITLE (or ROLE) with ORG's units after it in brackets."""
    org_parts = [p for p in split_structured(card.first("ORG"), version) if p]
    organisation = org_parts[0] if org_parts else ""
    role = " ".join(unescape(card.first("TITLE") or card.first("ROLE"), version).split())
    if len(org_parts) > 1:
        unit = ", ".join(org_parts[1:])
        role = f"{role} ({unit})" if role else unit
    return organisation, role


def _warn_skipped_lines(card: Card, report: ImportReport) -> None:
    """Say which lines of ``card`` were no vCard properties (and so were skipped)."""
    if card.skipped_lines:
        count = len(card.skipped_lines)
        report.warnings.append(
            Problem.said(
                card.skipped_lines[0],
                Nn_(
                    "{count} line skipped in card {number} (line {lines}): not vCard properties",
                    "{count} lines skipped in card {number} (lines {lines}): not vCard properties",
                ),
                count=count,
                number=str(card.number),
                lines=", ".join(map(str, card.skipped_lines[:6])) + ("…" if count > 6 else ""),
            )
        )


def _warn_nested(card: Card, report: ImportReport) -> None:
    """Say that ``card``'s nested cards (AGENT) were skipped."""
    if card.nested:
        report.warnings.append(
            Problem.said(
                card.line,
                Nn_(
                    "card {number}: {count} nested card (AGENT) skipped; import them from their own export if you "
                    "need them",
                    "card {number}: {count} nested cards (AGENT) skipped; import them from their own export if you "
                    "need them",
                ),
                number=str(card.number),
                count=card.nested,
            )
        )


def _card_contact(card: Card, report: ImportReport) -> None:
    """Add the contact of one vCard to the report (or say why it was skipped)."""
    _warn_skipped_lines(card, report)
    version = card.first("VERSION").strip() or "3.0"
    group = _group_reason(card)
    if group:
        label = " ".join(unescape(card.first("FN"), version).split()) or split_structured(card.first("N"), version)[0]
        message = (
            N_(
                "card {number} ({label}) is {group}, not a person: skipped (its members are imported from their own cards)"
            )
            if label
            else N_("card {number} is {group}, not a person: skipped (its members are imported from their own cards)")
        )
        report.skipped.append(Problem.said(card.line, message, number=str(card.number), label=repr(label), group=group))
        return
    for note in card.notes:
        report.warnings.append(Problem.said(card.line, N_("card {number}: {note}"), number=str(card.number), note=note))
    _warn_nested(card, report)
    name = _card_name(card, version)
    organisation, role = _organisation_and_role(card, version)
    addresses = [item for value in card.values("EMAIL") for item in split_list(value, version)]
    emails = clean_emails(addresses, card.line, report, split=False)
    notes = unescape(card.first("NOTE"), version).strip()
    if not name:
        nickname = next((n for v in card.values("NICKNAME") for n in split_list(v, version, ",")), "")
        if nickname:
            name = " ".join(nickname.split())
            report.warnings.append(
                Problem.said(
                    card.line,
                    N_("card {number} has only a nickname ({name}): kept under it; add the full name"),
                    number=str(card.number),
                    name=repr(name),
                )
            )
        elif emails:
            name, notes = named_from_email(emails, notes, card.line, report, card=card.number)
        elif organisation:
            name = organisation
        else:
            message = (
                N_("card {number} has no name, nickname, e-mail or organisation and is cut off (no END:VCARD)")
                if card.cut_off
                else N_("card {number} has no name, nickname, e-mail or organisation")
            )
            report.skipped.append(Problem.said(card.line, message, number=str(card.number)))
            return
    url = unescape(card.first("URL"), version).strip()
    report.add(
        Contact(name=name, organisation=organisation, role=role, emails=emails, url=url, notes=notes, source="vcard"),
        card.line,
    )


_HINT = re.compile(rb";(?:CHARSET|LANGUAGE)=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_QP_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")


def encoding_hints(data: bytes) -> tuple[bytes, list[str]]:
    """(sample, hints) for guessing the code page of a vCard file's values that name none.

    The sample is the file's first 256 KB with quoted-printable escapes turned into the bytes they
    stand for (2.1 cards hide their 8-bit names that way, in a file that is otherwise ASCII); the
    hints are the ``CHARSET`` and ``LANGUAGE`` parameters written anywhere in the file, most
    frequent first: the same phone or program wrote every card, so one card's named character set
    is the best guess for its neighbours'.
    """
    head = data[:262144]
    if b"\n" in head[-2:]:
        pass
    elif b"\n" in head:
        head = head[: head.rindex(b"\n") + 1]  # whole lines only: a cut character would read as damage
    parts = []
    for _line, logical, binary in logical_lines(head):
        property_head, _colon, value = logical.partition(b":")
        if binary or not value or (value.isascii() and b"=" not in value):
            continue
        upper = property_head.upper()
        if b"CHARSET=" in upper:
            continue  # decoded by its own character set
        if b"QUOTED-PRINTABLE" in upper:
            value = _QP_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]), value)
        if not value.isascii():
            parts.append(value)
    sample = b"\n".join(parts)
    counts: dict[str, int] = {}
    for match in _HINT.finditer(data[:262144]):
        hint = match.group(1).decode("ascii", "replace").lower()
        counts[hint] = counts.get(hint, 0) + 1
    return sample, sorted(counts, key=lambda hint: -counts[hint])
