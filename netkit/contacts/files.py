"""Contacts on disk: the ``contacts.json`` file and the CSV export.

``contacts.json`` is read through the answers files' decoder and limits
(:func:`netkit.store.document.load_json`, :func:`~netkit.store.document.check_limits`: size, nesting, list
length, text length), so a damaged or hostile file stops every command with a message, never a
``RecursionError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from netkit.atomic import atomic_write_json
from netkit.contacts.merge import contacts_from_json, contacts_to_json
from netkit.contacts.model import CONTACTS_FILE_KIND, CONTACTS_FILE_SCHEMA, Contact
from netkit.csvsafe import csv_text, write_csv
from netkit.exceptions import InputError
from netkit.kept_copies import backup_of
from netkit.store.document import MAX_BYTES, check_limits, load_json

__all__ = ["CSV_COLUMNS", "contacts_csv_text", "load_contacts_file", "save_contacts_file", "write_contacts_csv"]


# ---------------------------------------------------------------------- files
def load_contacts_file(path: str | Path) -> list[Contact]:
    """Read a ``contacts.json`` written by :func:`save_contacts_file` (missing file: empty list)."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        with open(path, "rb") as handle:
            doc = load_json(handle.read(MAX_BYTES + 1))
        check_limits(doc)
    except (OSError, ValueError) as exc:
        raise InputError(
            f"cannot read this contacts file: {exc}"[:300],
            where=path,
            fix="give a contacts.json written by `netkit contacts import` (or its backup "
            f"{backup_of(path).name}), or a new file name",
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
    return atomic_write_json(path, doc, backup=backup_of(path))


#: ---------------------------------------------------------------------- CSV export
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
