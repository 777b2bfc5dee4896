"""The contact model: who someone is, how close we are, and what passed between us.

A :class:`Contact` is one person in the participant's network. Closeness is one of five
*rings*, chosen by the participant in plain words (no scores to invent)::

    inner         Inner circle   people you would call for advice any time
    close         Close          friends and trusted colleagues
    regular       Regular        people you see or message now and then
    acquaintance  Acquaintance   met once or twice; most LinkedIn connections
    dormant       Dormant        once close or useful, silent for a long time

How often to keep in touch with each ring comes from :mod:`netkit.rhythms` (the one source the
plan and the notebooks read too).

Someone is also *dormant* when nothing was heard from them for more than a year
(:data:`DORMANT_AFTER_DAYS`), whatever their ring: the ring says how close you were, the
dates say whether the tie is still alive.

Each contact keeps a log of :class:`Interaction` s (date, kind, and whether I *gave* something,
*asked* for something, or we just caught up), which the reciprocity analysis counts.

Contacts are third parties' personal data: they are kept only in the participant's own
folder (answers store, or a ``contacts.json`` they choose), never in a roster, the notebook
parameters or the repository.

Merging (:func:`merge_contacts`) recognises the same person by e-mail address, LinkedIn
profile address, or name + organisation, so importing the same file twice adds nobody twice.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomic import atomic_write_json
from .csvsafe import csv_text, write_csv
from .exceptions import InputError
from .rhythms import RING_RHYTHM, cadence_for_ring

__all__ = [
    "CSV_COLUMNS",
    "Contact",
    "DEFAULT_RING",
    "DIRECTIONS",
    "DORMANT_AFTER_DAYS",
    "INTERACTION_KINDS",
    "Interaction",
    "Merge",
    "MergeResult",
    "PLACEHOLDERS",
    "RINGS",
    "Ring",
    "contacts_csv_text",
    "contacts_from_json",
    "contacts_to_json",
    "is_email",
    "is_placeholder",
    "is_profile_url",
    "load_contacts_file",
    "merge_contacts",
    "new_id",
    "normalise",
    "parse_ring",
    "ring_label",
    "save_contacts_file",
    "write_contacts_csv",
]


@dataclass(frozen=True)
class Ring:
    """One closeness ring: its key (stored), label (shown) and meaning; its rhythm is :mod:`netkit.rhythms`'."""

    key: str
    label: str
    meaning: str

    @property
    def cadence_days(self) -> int | None:
        """Days between routine contacts; None for a dormant tie (revived first, not scheduled)."""
        rhythm = RING_RHYTHM.get(self.key)
        return None if rhythm is None or rhythm.revive_first else cadence_for_ring(self.key).approx_days

    @property
    def cadence_label(self) -> str:
        rhythm = RING_RHYTHM.get(self.key)
        return rhythm.label if rhythm else cadence_for_ring(self.key).label


RINGS: dict[str, Ring] = {
    ring.key: ring
    for ring in (
        Ring("inner", "Inner circle", "people you would call for advice any time"),
        Ring("close", "Close", "friends and trusted colleagues"),
        Ring("regular", "Regular", "people you see or message now and then"),
        Ring("acquaintance", "Acquaintance", "met once or twice; most LinkedIn connections"),
        Ring("dormant", "Dormant", "once close or useful, but silent for a long time"),
    )
}
DEFAULT_RING = "acquaintance"
DORMANT_AFTER_DAYS = 365

#: Whether I gave something, asked for something, or we simply kept in touch.
DIRECTIONS = {"gave": "I gave or offered something", "asked": "I asked for something", "neutral": "We caught up"}
INTERACTION_KINDS = ("message", "call", "meeting", "coffee", "event", "introduction", "other")

CONTACTS_FILE_KIND = "netkit-contacts"
CONTACTS_FILE_SCHEMA = 1

_ID_PREFIX = secrets.token_hex(3)
_ID_COUNTER = itertools.count(1)


def new_id() -> str:
    """A short identifier unique across imports and sessions (random per process + counter)."""
    return f"{_ID_PREFIX}{next(_ID_COUNTER):x}"


def normalise(text: str) -> str:
    """``text`` for comparisons: NFKC, case-folded, whitespace collapsed."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def parse_ring(text: Any) -> str | None:
    """The ring key for a key, a label (``"Inner circle"``) or a number 1–5; ``None`` if unknown."""
    value = normalise(str(text or "")).replace("-", " ").replace("_", " ")
    if not value:
        return None
    for number, ring in enumerate(RINGS.values(), start=1):
        if value in (ring.key, normalise(ring.label), str(number)):
            return ring.key
    aliases = {
        "inner": "inner",
        "core": "inner",
        "close friend": "close",
        "friend": "close",
        "weak": "acquaintance",
        "lost touch": "dormant",
    }
    return aliases.get(value)


def ring_label(key: str) -> str:
    """The label shown for a ring key."""
    ring = RINGS.get(key)
    return ring.label if ring else key


def _date(value: Any) -> _dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


@dataclass
class Interaction:
    """One exchange with a contact: when, how, and whether I gave, asked or just caught up."""

    date: _dt.date
    kind: str = "message"
    direction: str = "neutral"  # a key of DIRECTIONS
    note: str = ""

    def to_dict(self) -> dict:
        data = {"date": self.date.isoformat(), "kind": self.kind, "direction": self.direction}
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Interaction:
        direction = data.get("direction") or "neutral"
        return cls(
            date=_date(data["date"]),  # type: ignore[arg-type]  # a stored interaction always has a date
            kind=str(data.get("kind") or "message"),
            direction=direction if direction in DIRECTIONS else "neutral",
            note=str(data.get("note") or ""),
        )

    def key(self) -> tuple:
        return (self.date, self.kind, self.direction, self.note)


_TEXT_FIELDS = (
    "name",
    "organisation",
    "role",
    "sector",
    "how_we_know",
    "could_help_with",
    "could_offer",
    "url",
    "notes",
    "source",
)


@dataclass
class Contact:
    """One person in the participant's network.

    In JSON (the answers store key ``network.contacts`` holds a list of these) a contact is a
    dict with ``id``, ``name`` and ``ring`` always present and other fields only when not empty:
    ``organisation, role, sector, how_we_know, could_help_with, could_offer, url, notes, source``
    (strings), ``emails`` (list of strings), ``last_contact`` and ``connected_on`` (ISO dates),
    and ``interactions`` (list of ``{"date", "kind", "direction", "note"?}``).
    """

    name: str
    organisation: str = ""
    role: str = ""
    sector: str = ""
    how_we_know: str = ""
    ring: str = DEFAULT_RING
    last_contact: _dt.date | None = None
    could_help_with: str = ""
    could_offer: str = ""
    emails: list[str] = field(default_factory=list)
    url: str = ""
    connected_on: _dt.date | None = None
    notes: str = ""
    source: str = ""
    interactions: list[Interaction] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    # ------------------------------------------------------------------ facts
    @property
    def last_heard(self) -> _dt.date | None:
        """The latest of the recorded last-contact date and the logged interactions."""
        latest = self.last_contact
        for item in self.interactions:
            if latest is None or item.date > latest:
                latest = item.date
        return latest

    def silence_days(self, today: _dt.date) -> int | None:
        """Days since we were last in touch (``None`` when no date is known)."""
        heard = self.last_heard
        return None if heard is None else (today - heard).days

    def is_dormant(self, today: _dt.date) -> bool:
        """In the dormant ring, or nothing heard for more than :data:`DORMANT_AFTER_DAYS`."""
        if self.ring == "dormant":
            return True
        silence = self.silence_days(today)
        return silence is not None and silence > DORMANT_AFTER_DAYS

    @property
    def gives(self) -> int:
        return sum(1 for item in self.interactions if item.direction == "gave")

    @property
    def asks(self) -> int:
        return sum(1 for item in self.interactions if item.direction == "asked")

    def log(self, date: _dt.date, kind: str = "message", direction: str = "neutral", note: str = "") -> Interaction:
        """Add an interaction (and move the last-contact date forward if it is newer)."""
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}")
        when = _date(date)  # a date object or an ISO string (the type says date; callers pass both)
        item = Interaction(date=when, kind=kind or "message", direction=direction, note=note or "")  # type: ignore[arg-type]
        self.interactions.append(item)
        self.interactions.sort(key=lambda i: i.date)
        return item

    def identity_keys(self) -> list[str]:
        """What makes two records the same person: e-mails, profile address, name + organisation.

        Placeholders (``-``, ``n/a``, ``none``, ``.``…) and addresses that are not e-mail addresses
        are never keys: 63 people with the e-mail ``-`` are 63 people.
        """
        keys = [f"email:{email}" for email in self.strong_emails()]
        url = _normalise_url(self.url) if is_profile_url(self.url) else ""
        if url:
            keys.append(f"url:{url}")
        if self.name:
            keys.append(f"name:{normalise(self.name)}|{normalise(self.organisation)}")
        return keys

    def strong_emails(self) -> set[str]:
        """This contact's real e-mail addresses, case-folded (placeholders and malformed ones left out)."""
        return {email.strip().casefold() for email in self.emails if is_email(email)}

    # ------------------------------------------------------------------ merging
    def absorb(self, other: Contact) -> bool:
        """Fill what this contact lacks from ``other`` (what the participant wrote wins); True if changed."""
        changed = False
        for name in _TEXT_FIELDS:
            if not getattr(self, name) and getattr(other, name):
                setattr(self, name, getattr(other, name))
                changed = True
        known = {e.casefold() for e in self.emails}
        for email in other.emails:
            if email.casefold() not in known:
                self.emails.append(email)
                known.add(email.casefold())
                changed = True
        if other.last_contact and (self.last_contact is None or other.last_contact > self.last_contact):
            self.last_contact = other.last_contact
            changed = True
        if other.connected_on and (self.connected_on is None or other.connected_on < self.connected_on):
            self.connected_on = other.connected_on
            changed = True
        if other.interactions:
            seen = {item.key() for item in self.interactions}
            for item in other.interactions:
                if item.key() not in seen:
                    self.interactions.append(item)
                    seen.add(item.key())
                    changed = True
            self.interactions.sort(key=lambda i: i.date)
        return changed

    # ------------------------------------------------------------------ JSON
    def to_dict(self) -> dict:
        """A JSON-ready dict (empty fields left out to keep big networks small on disk)."""
        data: dict[str, Any] = {"id": self.id, "name": self.name, "ring": self.ring}
        for name in _TEXT_FIELDS[1:]:
            value = getattr(self, name)
            if value:
                data[name] = value
        if self.emails:
            data["emails"] = list(self.emails)
        if self.last_contact:
            data["last_contact"] = self.last_contact.isoformat()
        if self.connected_on:
            data["connected_on"] = self.connected_on.isoformat()
        if self.interactions:
            data["interactions"] = [item.to_dict() for item in self.interactions]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Contact:
        """A contact from :meth:`to_dict` output; unknown keys are ignored, bad rings become the default."""
        kwargs: dict[str, Any] = {name: str(data.get(name) or "") for name in _TEXT_FIELDS}
        emails = data.get("emails") or []
        if isinstance(emails, str):
            emails = [e.strip() for e in emails.split(";") if e.strip()]
        return cls(
            **kwargs,
            ring=parse_ring(data.get("ring")) or DEFAULT_RING,
            last_contact=_date(data.get("last_contact")),
            connected_on=_date(data.get("connected_on")),
            emails=[str(e) for e in emails],
            interactions=[Interaction.from_dict(i) for i in data.get("interactions") or []],
            id=str(data.get("id") or new_id()),
        )


#: What people type in an e-mail column when there is none; never an identity.
PLACEHOLDERS = frozenset(
    {
        "",
        "-",
        "--",
        "---",
        ".",
        "..",
        "...",
        "_",
        "?",
        "??",
        "x",
        "xx",
        "0",
        "n/a",
        "na",
        "n.a.",
        "n.a",
        "none",
        "null",
        "nil",
        "no",
        "nope",
        "unknown",
        "not known",
        "tbd",
        "tba",
        "-/-",
        "no email",
        "no e-mail",
        "noemail",
        "email",
        "e-mail",
        "none@none.com",
    }
)
_EMAIL = re.compile(r"^[^@\s\"(),:;<>\[\\\]]+@[^@\s\"(),:;<>\[\\\]]+\.[^@\s\"(),:;<>\[\\\].]{2,}$")


def is_placeholder(value: str) -> bool:
    """True for the fillers people put in an empty cell (``-``, ``n/a``, ``none``, ``.``)."""
    text = (value or "").strip()
    return len(text) <= 16 and " ".join(text.casefold().split()) in PLACEHOLDERS


def is_email(value: str) -> bool:
    """True for a syntactically valid e-mail address (``local@domain.tld``), never for a placeholder."""
    text = (value or "").strip()
    return not is_placeholder(text) and bool(_EMAIL.match(text)) and ".." not in text


def is_profile_url(value: str) -> bool:
    """True when ``value`` can identify someone: a web address, not a placeholder."""
    text = (value or "").strip()
    return not is_placeholder(text) and "." in text and " " not in text


def _normalise_url(url: str) -> str:
    value = url.strip().casefold()
    for prefix in ("https://", "http://"):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    if value.startswith("www."):
        value = value[4:]
    return value.rstrip("/")


def contacts_to_json(contacts: Iterable[Contact]) -> list[dict]:
    """The list stored under ``network.contacts``."""
    return [contact.to_dict() for contact in contacts]


def contacts_from_json(data: Any) -> list[Contact]:
    """Contacts from the stored list (``None`` or nothing saved gives an empty network)."""
    return [Contact.from_dict(item) for item in data or [] if isinstance(item, dict) and item.get("name")]


#: How a key kind reads in the import report.
MATCH_REASONS = {"email": "same e-mail address", "url": "same profile address", "name": "same name and organisation"}


@dataclass(frozen=True)
class Merge:
    """One record merged into a known contact: which incoming record, into whom, and why."""

    incoming: int  # position of the record in ``incoming``
    name: str
    into: str
    into_source: str
    source: str
    reason: str


@dataclass
class MergeResult:
    """The merged list, how many records were new and how many matched someone known, and each merge."""

    contacts: list[Contact]
    added: int = 0
    merged: int = 0
    merges: list[Merge] = field(default_factory=list)


class _Index:
    """identity key -> position in the contacts list, for merging 30,000 records quickly."""

    def __init__(self, contacts: list[Contact]):
        self.positions: dict[str, int] = {}
        for position, contact in enumerate(contacts):
            self.add(contact, position)

    def add(self, contact: Contact, position: int, keys: list[str] | None = None) -> None:
        for key in contact.identity_keys() if keys is None else keys:
            self.positions.setdefault(key, position)

    def find(self, contact: Contact, contacts: list[Contact], keys: list[str]) -> tuple[int, str] | None:
        """(position, key kind) of the known contact this record (with identity ``keys``) is, or ``None``."""
        for key in keys:
            position = self.positions.get(key)
            if position is None:
                continue
            kind = key.split(":", 1)[0]
            if kind == "name" and _different_people(contacts[position], contact):
                continue
            return position, kind
        return None


def _different_people(known: Contact, other: Contact) -> bool:
    """Same name and organisation, but a profile address or e-mail says they are two people."""
    urls = [_normalise_url(c.url) for c in (known, other) if is_profile_url(c.url)]
    if len(urls) == 2 and urls[0] != urls[1]:
        return True
    mine, theirs = known.strong_emails(), other.strong_emails()
    return bool(mine and theirs and not mine & theirs)


def merge_contacts(existing: Iterable[Contact], incoming: Iterable[Contact]) -> MergeResult:
    """Merge ``incoming`` into ``existing``: the same person is updated, never added twice.

    A record is the same person as a known contact when they share an e-mail address, a
    profile address, or name and organisation (compared case- and accent-form-insensitively);
    a name + organisation match is not enough when the two carry different profile addresses
    or e-mails. What the participant already wrote wins; empty fields are filled, e-mails and
    interactions are united. Known contacts are updated in place; the returned list holds
    everyone, and ``merges`` says who was merged into whom and why.
    """
    result = MergeResult(contacts=list(existing))
    index = _Index(result.contacts)
    for number, contact in enumerate(incoming):
        keys = contact.identity_keys()
        found = index.find(contact, result.contacts, keys)
        if found is None:
            result.contacts.append(contact)
            index.add(contact, len(result.contacts) - 1, keys)
            result.added += 1
        else:
            position, kind = found
            target = result.contacts[position]
            result.merges.append(
                Merge(number, contact.name, target.name, target.source, contact.source, MATCH_REASONS[kind])
            )
            target.absorb(contact)
            index.add(target, position)
            result.merged += 1
    return result


# ---------------------------------------------------------------------- files
def load_contacts_file(path: str | Path) -> list[Contact]:
    """Read a ``contacts.json`` written by :func:`save_contacts_file` (missing file: empty list)."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            f"cannot read this contacts file ({exc})",
            where=path,
            fix="give a contacts.json written by `netkit contacts import`, or a new file name",
        ) from None
    if isinstance(doc, dict) and doc.get("kind") == CONTACTS_FILE_KIND and isinstance(doc.get("contacts"), list):
        if not isinstance(doc.get("schema"), int) or doc["schema"] > CONTACTS_FILE_SCHEMA:
            raise InputError(
                f"this contacts file is from a newer netkit (schema {doc.get('schema')})",
                where=path,
                fix="upgrade netkit (pip install -U netkit)",
            )
        items = doc["contacts"]
    elif isinstance(doc, list):
        items = doc
    else:
        raise InputError(
            "this JSON file is not a netkit contacts file",
            where=path,
            fix="give a contacts.json written by `netkit contacts import`, or a new file name",
        )
    try:
        return contacts_from_json(items)
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"a contact in this file is damaged ({exc})",
            where=path,
            fix="restore the file from a copy, or import your exports again into a new file",
        ) from None


def save_contacts_file(path: str | Path, contacts: Iterable[Contact]) -> Path:
    """Write contacts to ``path`` atomically, keeping the previous version as ``<name>.bak``."""
    path = Path(path)
    doc = {"kind": CONTACTS_FILE_KIND, "schema": CONTACTS_FILE_SCHEMA, "contacts": contacts_to_json(contacts)}
    return atomic_write_json(path, doc, backup=path.with_name(path.name + ".bak"))


# ---------------------------------------------------------------------- CSV export
CSV_COLUMNS = (
    "name",
    "organisation",
    "role",
    "sector",
    "how_we_know",
    "ring",
    "last_contact",
    "could_help_with",
    "could_offer",
    "email",
    "url",
    "notes",
)


def _csv_rows(contacts: Iterable[Contact]) -> Iterable[list]:
    for contact in contacts:
        row = {**contact.to_dict(), "email": "; ".join(contact.emails)}
        yield [row.get(column, "") for column in CSV_COLUMNS]


def contacts_csv_text(contacts: Iterable[Contact]) -> str:
    """Contacts as a plain CSV (the documented import header), safe to open in a spreadsheet
    (cells starting with ``= + - @``, tab or CR get a ``'``: see :mod:`netkit.csvsafe`)."""
    return csv_text(CSV_COLUMNS, _csv_rows(contacts))


def write_contacts_csv(path: str | Path, contacts: Iterable[Contact]) -> Path:
    """Write :func:`contacts_csv_text` atomically (UTF-8 with BOM so Excel reads accents)."""
    return write_csv(path, CSV_COLUMNS, _csv_rows(contacts))
