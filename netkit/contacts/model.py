"""Contacts, rings and interactions (the model every exercise reads), and what counts as an e-mail or profile
address."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from netkit.contacts.rhythms import RING_RHYTHM, cadence_for_ring
from netkit.date_input import as_date
from netkit.languages import N_

__all__ = [
    "CONTACTS_FILE_KIND",
    "CONTACTS_FILE_SCHEMA",
    "Contact",
    "ContactFacts",
    "ContactTally",
    "DEFAULT_RING",
    "DATE_FIELDS",
    "DIRECTIONS",
    "DORMANT_AFTER_DAYS",
    "INTERACTION_KINDS",
    "Interaction",
    "PLACEHOLDERS",
    "RINGS",
    "Ring",
    "contact_facts",
    "contact_tally",
    "is_email",
    "is_placeholder",
    "is_profile_url",
    "network_counts",
    "new_id",
    "normalise",
    "parse_ring",
    "ring_label",
    "stored_day",
]


@dataclass(frozen=True)
class Ring:
    """One closeness ring: its key (stored), label (shown) and meaning; its rhythm is
    :mod:`netkit.contacts.rhythms`'."""

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


#: The five rings, closest first: key → :class:`Ring` (label and description).
RINGS: dict[str, Ring] = {
    ring.key: ring
    for ring in (
        # labels and meanings marked for the catalogs; a form translates them where shown (N_ leaves them English)
        Ring("inner", N_("Inner circle"), N_("people you would call for advice any time")),
        Ring("close", N_("Close"), N_("friends and trusted colleagues")),
        Ring("regular", N_("Regular"), N_("people you see or message now and then")),
        Ring("acquaintance", N_("Acquaintance"), N_("met once or twice; most LinkedIn connections")),
        Ring("dormant", N_("Dormant"), N_("once close or useful, but silent for a long time")),
    )
}
#: The ring a contact gets when none is chosen.
DEFAULT_RING = "acquaintance"
#: Days without news after which a tie counts as dormant, whatever its ring.
DORMANT_AFTER_DAYS = 365

#: Whether I gave something, asked for something, or we simply kept in touch.
DIRECTIONS = {
    "gave": N_("I gave or offered something"),
    "asked": N_("I asked for something"),
    "neutral": N_("We caught up"),
}
#: How an interaction happened (the saved values).
INTERACTION_KINDS = ("message", "call", "meeting", "coffee", "event", "introduction", "other")

#: The ``kind`` a ``contacts.json`` file declares, and its schema version below.
CONTACTS_FILE_KIND = "netkit-contacts"
#: The ``contacts.json`` schema version this code writes.
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


#: Every spelling :func:`parse_ring` accepts (normalised), built once: key, label, number 1–5, and a few aliases.
_RING_NAMES: dict[str, str] = {
    "inner": "inner",
    "core": "inner",
    "close friend": "close",
    "friend": "close",
    "weak": "acquaintance",
    "lost touch": "dormant",
}
for _number, _ring in enumerate(RINGS.values(), start=1):
    _RING_NAMES.update({_ring.key: _ring.key, normalise(_ring.label): _ring.key, str(_number): _ring.key})


def parse_ring(text: Any) -> str | None:
    """The ring key for a key, a label (``"Inner circle"``) or a number 1–5; ``None`` if unknown."""
    if isinstance(text, str) and text in RINGS:
        return text  # the stored form: every contact read back from the answers store
    return _RING_NAMES.get(normalise(str(text or "")).replace("-", " ").replace("_", " "))


def ring_label(key: str) -> str:
    """The label shown for a ring key."""
    ring = RINGS.get(key)
    return ring.label if ring else key


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
    def read(cls, data: dict) -> Interaction | None:
        """The interaction stored as ``data``, or ``None`` when its date is not a day (:func:`stored_day`:
        skipped wherever contacts are read, kept as saved in :attr:`Contact.unread`)."""
        day = stored_day(data.get("date"))  # first: an interaction without a day is not read any further
        if day is None:
            return None
        direction = data.get("direction") or "neutral"
        return cls(
            date=day,
            kind=str(data.get("kind") or "message"),
            direction=direction if direction in DIRECTIONS else "neutral",
            note=str(data.get("note") or ""),
        )

    def key(self) -> tuple:
        return (self.date, self.kind, self.direction, self.note)


#: A contact's two stored dates besides its interactions (ISO text; one that is no day is kept as saved).
DATE_FIELDS = ("last_contact", "connected_on")

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
    #: Stored interactions without a day that can be read (:func:`stored_day`), kept as saved: counted
    #: nowhere, written back by :meth:`to_dict` so that saving the contact loses nothing.
    unread: list[dict] = field(default_factory=list, repr=False)
    #: A stored ``last_contact`` or ``connected_on`` that is no day (:func:`stored_day`), by field, kept as
    #: saved: that field counts as no date, and :meth:`to_dict` writes the value back until a real date is set.
    unread_dates: dict[str, Any] = field(default_factory=dict, repr=False)

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
        when = as_date(date)  # a date object or an ISO string (the type says date; callers pass both)
        item = Interaction(
            date=when,  # type: ignore[arg-type]
            kind=kind or "message",
            direction=direction,
            note=note or "",
        )
        self.interactions.append(item)
        self.interactions.sort(key=lambda i: i.date)
        return item

    def identity_keys(self) -> list[str]:
        """What makes two records the same person: e-mails, profile address, name + organisation.

        Placeholders (``-``, ``n/a``, ``none``, ``.``…) and addresses that are not e-mail addresses
        are never keys: 63 people with the e-mail ``-`` are 63 people.
        """
        keys = [f"email:{email}" for email in self.strong_emails()]
        url = self.profile_address()
        if url:
            keys.append(f"url:{url}")
        if self.name:
            keys.append(f"name:{normalise(self.name)}|{normalise(self.organisation)}")
        return keys

    def profile_address(self) -> str:
        """This contact's profile address in the form two are compared: case-folded, without ``https://``,
        ``www.`` or a trailing slash; empty when :attr:`url` is no web address (a placeholder, a phrase)."""
        return _normalise_url(self.url) if is_profile_url(self.url) else ""

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
        for name, value in other.unread_dates.items():  # a date kept as saved is kept through a merge too
            if getattr(self, name) is None and name not in self.unread_dates:
                self.unread_dates[name] = value
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
        for name in DATE_FIELDS:  # a real date wins; otherwise a value kept as saved (unread_dates) goes back
            day = getattr(self, name)
            if day:
                data[name] = day.isoformat()
            elif name in self.unread_dates:
                data[name] = self.unread_dates[name]
        if self.interactions or self.unread:
            data["interactions"] = [item.to_dict() for item in self.interactions] + [dict(i) for i in self.unread]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Contact:
        """A contact from :meth:`to_dict` output; unknown keys are ignored, bad rings become the default, and a
        ``last_contact`` or ``connected_on`` that is no day counts as no date, kept in :attr:`unread_dates`."""
        kwargs: dict[str, Any] = {name: str(data.get(name) or "") for name in _TEXT_FIELDS}
        emails = data.get("emails") or []
        if isinstance(emails, str):
            emails = [e.strip() for e in emails.split(";") if e.strip()]
        interactions, unread = [], []
        for stored in data.get("interactions") or []:
            interaction = Interaction.read(stored)
            if interaction is None:
                unread.append(stored)  # no day: not counted, kept as saved (stored_day)
            else:
                interactions.append(interaction)
        unread_dates = {}
        for name in DATE_FIELDS:
            kwargs[name] = stored_day(data.get(name))
            if kwargs[name] is None and _is_unread_date(data.get(name)):
                unread_dates[name] = data[name]  # not a day: counts as none, kept as saved
        return cls(
            **kwargs,
            ring=parse_ring(data.get("ring")) or DEFAULT_RING,
            emails=[str(e) for e in emails],
            interactions=interactions,
            id=str(data.get("id") or new_id()),
            unread=unread,
            unread_dates=unread_dates,
        )


def _is_unread_date(value: Any) -> bool:
    """Whether a stored date that :func:`stored_day` refuses holds something to keep (``"soon"``, ``12``, a
    list), rather than the usual ways of leaving it empty (missing, null, blank), which a save leaves out."""
    return value is not None and not (isinstance(value, str) and not value.strip())


class ContactFacts:
    """What a count needs of one contact: its ring, when we were last in touch, its ``source``, and how many gives
    and asks its interactions hold, read straight from the stored dict (no :class:`Contact`, no
    :class:`Interaction` objects, no ids). Its rules are :class:`Contact`'s own (:meth:`Contact.is_dormant`,
    :meth:`Contact.silence_days`). Made by :func:`contact_facts`, for the coach's cohort report."""

    __slots__ = ("asks", "gives", "last_heard", "ring", "source")

    def __init__(self, ring: str, last_heard: _dt.date | None, source: str, gives: int, asks: int) -> None:
        self.ring, self.last_heard, self.source, self.gives, self.asks = ring, last_heard, source, gives, asks

    silence_days = Contact.silence_days
    is_dormant = Contact.is_dormant

    @classmethod
    def of(cls, contact: Contact) -> ContactFacts:
        """What a count needs of ``contact``."""
        return cls(contact.ring, contact.last_heard, contact.source, contact.gives, contact.asks)

    def __repr__(self) -> str:
        return f"ContactFacts({self.ring!r}, {self.last_heard!r}, {self.source!r}, {self.gives}, {self.asks})"


def network_counts(contacts: Iterable[Any], today: _dt.date) -> tuple[dict[str, int], int, int, int]:
    """``(contacts per ring, dormant ties, gives, asks)`` over ``contacts`` (:class:`Contact` or
    :class:`ContactFacts`): the cohort report's network figures (:meth:`ContactTally.counts`)."""
    return ContactTally.of(contacts).counts(today)


class ContactTally:
    """What the cohort report and the network exercise's milestones read of a participant's contacts, counted in
    one pass and kept as counts (no object per contact): how many, per ring (a ring that is not one of
    :data:`RINGS` is counted in none), in the dormant ring, gives and asks, how many are the participant's own
    (not imported, or imported with a date: see the "last contact noted" milestone) and how many of those are
    dated, how many hold a give or an ask, and the last-heard date of every contact outside the dormant ring (the
    dormant figure depends on the day of the report: :meth:`counts`). Made by :meth:`of` from contacts, or by
    :func:`contact_tally` straight from the stored dicts."""

    __slots__ = ("active", "asks", "by_ring", "dated", "gives", "heard", "in_dormant_ring", "own", "size")

    def __init__(self) -> None:
        self.by_ring = dict.fromkeys(RINGS, 0)
        self.heard: list[_dt.date] = []
        self.size = self.in_dormant_ring = self.gives = self.asks = self.own = self.dated = self.active = 0

    def add(self, ring: str, heard: _dt.date | None, source: str, gives: int, asks: int) -> None:
        """Count one contact (its ring, when last heard, its ``source``, its gives and asks)."""
        self.size += 1
        if ring in self.by_ring:
            self.by_ring[ring] += 1
        if ring == "dormant":
            self.in_dormant_ring += 1
        elif heard is not None:
            self.heard.append(heard)
        if heard is not None:
            self.own += 1
            self.dated += 1
        elif not source:
            self.own += 1
        if gives or asks:
            self.gives += gives
            self.asks += asks
            self.active += 1

    def counted(
        self, size: int, in_dormant_ring: int, gives: int, asks: int, own: int, dated: int, active: int
    ) -> ContactTally:
        """This tally with these counts (:func:`contact_tally` counts in local names, then sets them here)."""
        self.size, self.in_dormant_ring, self.gives, self.asks = size, in_dormant_ring, gives, asks
        self.own, self.dated, self.active = own, dated, active
        return self

    @classmethod
    def of(cls, contacts: Iterable[Any]) -> ContactTally:
        """The tally of ``contacts`` (:class:`Contact` or :class:`ContactFacts`)."""
        tally = cls()
        for contact in contacts:
            tally.add(contact.ring, contact.last_heard, contact.source, contact.gives, contact.asks)
        return tally

    def dormant(self, today: _dt.date) -> int:
        """Dormant ties on ``today`` by :meth:`Contact.is_dormant`'s rule (the dormant ring, or nothing heard for
        more than :data:`DORMANT_AFTER_DAYS`), taken here as one date comparison per dated contact."""
        cutoff = _silent_since(today)
        if cutoff is None:
            silent = sum(1 for heard in self.heard if (today - heard).days > DORMANT_AFTER_DAYS)
        else:
            silent = sum(map(cutoff.__gt__, self.heard))  # heard < cutoff, counted at C speed
        return self.in_dormant_ring + silent

    def counts(self, today: _dt.date) -> tuple[dict[str, int], int, int, int]:
        """``(contacts per ring, dormant ties on today, gives, asks)``: the cohort report's network figures."""
        return dict(self.by_ring), self.dormant(today), self.gives, self.asks

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContactTally):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # counts that change as contacts are added

    def __repr__(self) -> str:
        return "ContactTally(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")"


def _silent_since(today: _dt.date) -> _dt.date | None:
    """The first day heard that is not a dormant silence on ``today``: heard before it, more than
    :data:`DORMANT_AFTER_DAYS` days have passed. ``None`` where the calendar has no such day (the first year:
    then each contact's silence is counted)."""
    try:
        return today - _dt.timedelta(days=DORMANT_AFTER_DAYS)
    except OverflowError:
        return None


class _Unusual(Exception):
    """A stored contact the light reading does not follow: read the whole list with :meth:`Contact.from_dict`."""


#: Plain ``YYYY-MM-DD`` texts already read by :func:`_day` (a cohort's contacts share a few hundred dates; bounded).
_DAYS: dict[Any, _dt.date] = {}  # looked up with any stored value; only text is kept


def _day(value: Any) -> _dt.date | None:
    """:func:`~netkit.date_input.as_date` of a stored value, sooner for plain ``YYYY-MM-DD`` text (each such text
    read once, :data:`_DAYS`); a value ``as_date`` refuses is :class:`_Unusual`."""
    if type(value) is str and len(value) == 10:
        day = _DAYS.get(value)
        if day is not None:
            return day
        if not value[0].isspace() and not value[-1].isspace():
            try:
                day = _dt.date.fromisoformat(value)  # what as_date does with it: nothing to strip, ten characters
            except ValueError:
                raise _Unusual from None
            if len(_DAYS) >= 4096:
                _DAYS.clear()
            _DAYS[value] = day
            return day
    try:
        return as_date(value)
    except ValueError:
        raise _Unusual from None


def contact_facts(items: list) -> list[ContactFacts] | None:
    """:class:`ContactFacts` of every stored contact in ``items`` (the answers' ``network.contacts`` list), in
    order; ``None`` as soon as one of them is unusual in any way :meth:`Contact.from_dict` would treat specially
    (not a dict, interactions that are not a list of dicts, a direction or an ``emails`` value of another type),
    so that the caller reads the list the full way instead. An interaction without a day is skipped here as there,
    and a ``last_contact`` that is no day counts as no date (:func:`stored_day`; ``connected_on`` counts in
    nothing here). For the common case the result is what ``[Contact.from_dict(item) for item in
    items]`` says about rings, dates, sources, gives and asks."""
    if _read_usual(items) is None:
        return None
    # not the cohort's path (it only counts, contact_tally): each contact read as the workbook reads it
    return [ContactFacts.of(Contact.from_dict(item)) for item in items]


def contact_tally(items: list) -> ContactTally | None:
    """The :class:`ContactTally` of the stored contacts in ``items``, read as :func:`contact_facts` reads them
    (``None`` under the same condition: read them the full way), in one pass with no object per contact."""
    return _read_usual(items)


def _read_usual(items: list) -> ContactTally | None:
    """The tally of ``items`` (:func:`contact_facts`), ``None`` at the first unusual contact: one loop (750,000 contacts
    at 5,000 participants), interactions inline, dates looked up; a ``source`` read for its truth only (that of
    ``str(source or "")``), the dormant ring's count taken from ``by_ring`` (every ring counted is one of RINGS)."""
    tally = ContactTally()
    by_ring, heard, days = tally.by_ring, tally.heard, _DAYS
    all_gives = all_asks = undated_own = dated = active = 0
    try:
        for item in items:
            if type(item) is not dict:
                return None
            ring = item.get("ring")
            if type(ring) is not str or ring not in by_ring:  # by_ring's keys are RINGS
                ring = parse_ring(ring) or DEFAULT_RING
            latest = item.get("last_contact")
            if latest is not None:  # None: no date (what as_date says), without a call
                try:
                    latest = days[latest]  # a text read before (most are)
                except (KeyError, TypeError):
                    latest = stored_day(latest)  # no day: counts as no date, as in Contact.from_dict
            emails = item.get("emails")
            if emails and not isinstance(emails, (list, str)):
                return None
            gives = asks = 0
            interactions = item.get("interactions")
            if interactions:
                if type(interactions) is not list:
                    return None
                for interaction in interactions:  # Interaction.read's rules
                    if type(interaction) is not dict:
                        return None
                    when = interaction.get("date")
                    try:
                        when = days[when]
                    except (KeyError, TypeError):
                        when = stored_day(when)
                        if when is None:
                            continue  # no day that can be read: skipped, as Contact.from_dict skips it
                    direction = interaction.get("direction")
                    if direction == "gave":
                        gives += 1
                    elif direction == "asked":
                        asks += 1
                    elif direction is not None and type(direction) is not str:
                        return None
                    if latest is None or when > latest:
                        latest = when
                if gives or asks:
                    all_gives, all_asks, active = all_gives + gives, all_asks + asks, active + 1
            by_ring[ring] += 1
            if latest is not None:
                dated += 1
                if ring != "dormant":
                    heard.append(latest)
            elif not item.get("source"):
                undated_own += 1
    except _Unusual:
        return None
    return tally.counted(len(items), by_ring["dormant"], all_gives, all_asks, dated + undated_own, dated, active)


def stored_day(value: Any) -> _dt.date | None:
    """The day of a stored date (an interaction's ``date``, a contact's ``last_contact`` or ``connected_on``;
    :func:`~netkit.date_input.as_date`), or ``None`` when it has none that can be read: missing, null, empty, not a
    date (``"soon"``) or another type (``12``, a list).

    The one rule for an interaction without a day, wherever contacts are read (:meth:`Interaction.read`, so
    :meth:`Contact.from_dict`, the participant's workbook and the milestones; the cohort report's light reading,
    :func:`contact_tally`): that interaction is skipped, counted nowhere (no last-heard date, no give or ask),
    while its contact and the contact's other interactions count as usual. A hand-edited or half-saved date
    once made a whole contact (or network) unreadable. The interaction itself is kept as saved
    (:attr:`Contact.unread`), so a save loses nothing. A contact's ``last_contact`` and ``connected_on`` follow the
    same rule: no day, no date (the contact counts as usual), kept as saved in :attr:`Contact.unread_dates`."""
    try:
        return _day(value)
    except _Unusual:
        return None


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
