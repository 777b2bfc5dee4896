"""The contact model: who someone is, how close we are, and what passed between us.

A :class:`Contact` is one person in the participant's network. Closeness is one of five
*rings*, chosen by the participant in plain words (no scores to invent)::

    inner         Inner circle   people you would call for advice any time
    close         Close          friends and trusted colleagues
    regular       Regular        people you see or message now and then
    acquaintance  Acquaintance   met once or twice; most LinkedIn connections
    dormant       Dormant        once close or useful, silent for a long time

How often to keep in touch with each ring comes from :mod:`netkit.contacts.rhythms` (the one source the
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

from netkit.contacts.files import (
    CSV_COLUMNS,
    contacts_csv_text,
    load_contacts_file,
    save_contacts_file,
    write_contacts_csv,
)
from netkit.contacts.merge import Merge, MergeResult, contacts_from_json, contacts_to_json, merge_contacts
from netkit.contacts.model import (
    CONTACTS_FILE_KIND,
    CONTACTS_FILE_SCHEMA,
    DEFAULT_RING,
    DIRECTIONS,
    DORMANT_AFTER_DAYS,
    INTERACTION_KINDS,
    PLACEHOLDERS,
    RINGS,
    Contact,
    ContactFacts,
    ContactTally,
    Interaction,
    Ring,
    contact_facts,
    contact_tally,
    is_email,
    is_placeholder,
    is_profile_url,
    network_counts,
    new_id,
    normalise,
    parse_ring,
    ring_label,
    stored_day,
)

__all__ = [
    "CONTACTS_FILE_KIND",
    "CONTACTS_FILE_SCHEMA",
    "CSV_COLUMNS",
    "Contact",
    "ContactFacts",
    "ContactTally",
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
    "advice",
    "contact_facts",
    "contact_tally",
    "contacts_csv_text",
    "contacts_from_json",
    "contacts_to_json",
    "importers",
    "is_email",
    "is_placeholder",
    "is_profile_url",
    "load_contacts_file",
    "merge_contacts",
    "network_counts",
    "new_id",
    "normalise",
    "parse_ring",
    "rhythms",
    "ring_label",
    "save_contacts_file",
    "stored_day",
    "write_contacts_csv",
]
