"""Contact lists as JSON, and who is the same person when an import is merged into a list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from netkit.contacts.model import Contact, is_profile_url
from netkit.languages import N_

__all__ = ["MATCH_REASONS", "Merge", "MergeResult", "contacts_from_json", "contacts_to_json", "merge_contacts"]


def contacts_to_json(contacts: Iterable[Contact]) -> list[dict]:
    """The list stored under ``network.contacts``."""
    return [contact.to_dict() for contact in contacts]


def contacts_from_json(data: Any) -> list[Contact]:
    """Contacts from the stored list (``None`` or nothing saved gives an empty network)."""
    return [Contact.from_dict(item) for item in data or [] if isinstance(item, dict) and item.get("name")]


#: How a key kind reads in the import report.
MATCH_REASONS = {
    "email": N_("same e-mail address"),
    "url": N_("same profile address"),
    "name": N_("same name and organisation"),
}


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
    urls = [c.profile_address() for c in (known, other) if is_profile_url(c.url)]
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
