"""Collect's light contact path (``ContactFacts``) counts exactly what full ``Contact`` objects count.

The cohort report reads ordinary networks straight from the stored dicts (:func:`contact_facts`) and falls back
to :meth:`Contact.from_dict` for the whole list as soon as one contact is unusual. Every figure and milestone must
come out the same either way, on odd networks too: rings written as labels, numbers or nonsense; 365 against
366 days of silence; dates with a time, spaces, or none; a date ``as_date`` refuses (that contact is skipped);
an interaction that is text (the whole list counts as empty); an interaction without a date; odd directions,
e-mails and sources.
"""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netkit.coach.collect.facts import Facts, contact_facts_of, progress
from netkit.coach.collect.figures import part_of
from netkit.contacts import ContactFacts, contact_facts
from netkit.store import schema

TODAY = _dt.date(2026, 12, 3)


def _day(days_ago: int) -> str:
    return (TODAY - _dt.timedelta(days=days_ago)).isoformat()


ORDINARY = [
    {"id": "1", "name": "Ana", "ring": "inner", "last_contact": _day(3), "source": ""},
    {"id": "2", "name": "Ben", "ring": "dormant"},
    {"id": "3", "name": "Cy", "ring": "regular", "last_contact": _day(365)},
    {"id": "4", "name": "Di", "ring": "close", "last_contact": _day(366), "emails": ["di@example.org"]},
    {
        "id": "5",
        "name": "Ed",
        "ring": "acquaintance",
        "source": "linkedin",
        "interactions": [
            {"date": _day(400), "kind": "call", "direction": "gave"},
            {"date": _day(10), "direction": "asked", "note": "coffee"},
            {"date": _day(20)},
        ],
    },
    {"id": "6", "name": "Flo", "ring": "close", "last_contact": _day(800), "interactions": [{"date": _day(2)}]},
]

ODD_CONTACTS = {
    "ring label": {"name": "A", "ring": "Inner circle"},
    "ring number": {"name": "A", "ring": 3},
    "ring alias": {"name": "A", "ring": "close-friend"},
    "unknown ring": {"name": "A", "ring": "best mates"},
    "ring list": {"name": "A", "ring": ["inner"]},
    "no ring": {"name": "A"},
    "date with a time": {"name": "A", "last_contact": "2025-12-01T10:15:00+00:00"},
    "date in spaces": {"name": "A", "last_contact": " 2025-12-01 "},
    "week date": {"name": "A", "last_contact": "2025-W49-1"},
    "empty date": {"name": "A", "last_contact": ""},
    "unreadable date": {"name": "A", "last_contact": "soon"},
    "number as date": {"name": "A", "last_contact": 12},
    "false as date": {"name": "A", "last_contact": False},
    "bad connected_on": {"name": "A", "connected_on": "last year"},
    "good connected_on": {"name": "A", "connected_on": "2020-01-01"},
    "interaction without date": {"name": "A", "interactions": [{"direction": "gave"}]},
    "interaction with empty date": {"name": "A", "interactions": [{"date": "", "direction": "gave"}]},
    "interaction with bad date": {"name": "A", "interactions": [{"date": "June", "direction": "asked"}]},
    "interaction as text": {"name": "A", "interactions": ["called her"]},
    "interactions as text": {"name": "A", "interactions": "called her"},
    "odd direction": {"name": "A", "interactions": [{"date": "2026-11-01", "direction": "took"}]},
    "list direction": {"name": "A", "interactions": [{"date": "2026-11-01", "direction": ["gave"]}]},
    "number direction": {"name": "A", "interactions": [{"date": "2026-11-01", "direction": 1}]},
    "emails as text": {"name": "A", "emails": "a@b.org; c@d.org"},
    "emails as number": {"name": "A", "emails": 5},
    "emails as dict": {"name": "A", "emails": {"a@b.org": 1}},
    "source as number": {"name": "A", "source": 7, "last_contact": None},
    "source as list": {"name": "A", "source": ["csv"]},
    "not a dict": "Ana from work",
    "null": None,
}


def _answers(contacts) -> dict:
    return {schema.CONTACTS: contacts, schema.SHARE: True}


def _what_counts(contacts) -> list[tuple]:
    return [(c.ring, c.last_heard, c.source, c.gives, c.asks, c.is_dormant(TODAY)) for c in contacts]


def _outcome(func, *args):
    """What ``func(*args)`` gives, or the type of what it raises (an interaction with an empty date makes the
    full path raise when a date is compared: the light path must then raise the same way)."""
    try:
        return func(*args)
    except Exception as exc:
        return type(exc)


def assert_same(answers) -> None:
    light, full = Facts.of(answers), Facts.of(answers, light=False)
    assert _outcome(_what_counts, light.contacts) == _outcome(_what_counts, full.contacts)
    assert progress(light) == progress(full)
    assert _outcome(part_of, light, TODAY) == _outcome(part_of, full, TODAY)


def test_an_ordinary_network_takes_the_light_path_and_counts_the_same():
    light = contact_facts(ORDINARY)
    assert light is not None and all(isinstance(c, ContactFacts) for c in light)
    assert [c.last_heard for c in light][-2:] == [TODAY - _dt.timedelta(days=10), TODAY - _dt.timedelta(days=2)]
    assert [c.is_dormant(TODAY) for c in light] == [False, True, False, True, False, False]
    assert [(c.gives, c.asks) for c in light][4] == (1, 1)
    assert_same(_answers(ORDINARY))
    facts = Facts.of(_answers(ORDINARY))
    assert all(isinstance(c, ContactFacts) for c in facts.contacts)


@pytest.mark.parametrize("odd", sorted(ODD_CONTACTS))
def test_an_odd_contact_among_ordinary_ones_counts_the_same(odd):
    network = [*ORDINARY[:3], ODD_CONTACTS[odd], *ORDINARY[3:]]
    assert_same(_answers(network))


def test_the_quirks_are_kept():
    bad_date = _answers([*ORDINARY, ODD_CONTACTS["unreadable date"]])
    light = contact_facts(bad_date[schema.CONTACTS])  # a date that is none is not unusual: read the light way
    assert light is not None and len(light) == len(ORDINARY) + 1 and light[-1].last_heard is None  # …and counted
    assert len(contact_facts_of(bad_date)) == len(ORDINARY) + 1
    text = _answers([*ORDINARY, ODD_CONTACTS["interaction as text"]])
    assert Facts.of(text).contacts == []  # the whole network counts as empty, as before
    assert progress(Facts.of(text))[0]["network"] == 0
    assert Facts.of(_answers("not a list")).contacts == []


_VALUES = st.sampled_from(
    [None, "", " ", "x", 0, 1, True, [], ["a"], {}, "2026-11-30", "2025-12-03", "2024-02-29T08:00", " 2026-01-05 "]
)


@st.composite
def networks(draw):
    contacts = []
    for _ in range(draw(st.integers(0, 6))):
        item = {"name": "P"}
        for key in ("ring", "last_contact", "connected_on", "source", "emails"):
            if draw(st.booleans()):
                item[key] = draw(st.one_of(_VALUES, st.sampled_from(["inner", "dormant", "Close", "4", "lost touch"])))
        if draw(st.booleans()):
            interactions = []
            for _ in range(draw(st.integers(0, 3))):
                entry = {}
                if draw(st.integers(0, 9)):
                    entry["date"] = draw(st.one_of(st.sampled_from(["2026-10-01", "2025-01-01"]), _VALUES))
                entry["direction"] = draw(st.sampled_from(["gave", "asked", "neutral", None, "", 3, ["gave"]]))
                interactions.append(entry if draw(st.integers(0, 19)) else "a call")
            item["interactions"] = interactions
        contacts.append(item if draw(st.integers(0, 19)) else draw(_VALUES))
    return contacts


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(networks())
def test_any_network_counts_the_same_either_way(network):
    assert_same(_answers(network))
