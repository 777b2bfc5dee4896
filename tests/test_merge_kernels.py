"""Two real kernels on one workbook, each adding contacts at the same moment: the union survives."""

from __future__ import annotations

import textwrap

import pytest
from test_answers_crash import run_in_kernels_at_once

from netkit.store import schema
from netkit.store.answers import AnswersStore

pytestmark = pytest.mark.kernel

ADD_CONTACTS = textwrap.dedent("""
    from netkit.store.answers import AnswersStore
    from netkit.contacts import Contact, contacts_from_json, contacts_to_json
    from netkit.store.schema import CONTACTS
    store = AnswersStore({folder!r}, debounce=0)
    # As the network map does: it keeps its own list and saves it whole, with the list it started from.
    mine = contacts_from_json(store.get(CONTACTS, []))
    saved = contacts_to_json(mine)
    for i in range(40):
        mine.append(Contact(name="{who} %d" % i))
        now = contacts_to_json(mine)
        store.set(CONTACTS, now, base=saved)
        saved = now
    # And one edit and one deletion of its own contacts.
    next(c for c in mine if c.name == "{who} 0").notes = "edited in {who}"
    now = contacts_to_json([c for c in mine if c.name != "{who} 1"])
    store.set(CONTACTS, now, base=saved)
""")


def test_two_kernels_adding_different_contacts_keep_the_union(tmp_path):
    """Do two kernels each adding 40 contacts at once (and editing and deleting their own) end with all of them,
    once?"""
    AnswersStore(tmp_path, debounce=0).set(schema.CONTACTS, [{"id": "seed", "name": "Kofi Mensah"}])
    run_in_kernels_at_once([ADD_CONTACTS.format(folder=str(tmp_path), who=who) for who in ("Lab", "Voila")])
    contacts = AnswersStore(tmp_path).get(schema.CONTACTS)
    names = [c["name"] for c in contacts]
    expected = {"Kofi Mensah"} | {f"{who} {i}" for who in ("Lab", "Voila") for i in range(40) if i != 1}
    assert len(names) == len(set(names)), "a contact is stored twice"
    assert set(names) - expected == set() and expected - set(names) == set()  # no loss, nothing deleted back
    notes = {c["name"]: c.get("notes") for c in contacts}
    assert notes["Lab 0"] == "edited in Lab" and notes["Voila 0"] == "edited in Voila"
