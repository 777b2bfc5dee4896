"""The contact model: rings, dormancy, interactions, JSON round trip, merging, CSV export."""

import datetime as dt
import json

import pytest

from netkit.contacts import (
    RINGS,
    Contact,
    contacts_csv_text,
    contacts_from_json,
    contacts_to_json,
    load_contacts_file,
    merge_contacts,
    parse_ring,
    save_contacts_file,
)
from netkit.exceptions import InputError

TODAY = dt.date(2026, 11, 24)


def test_rings_go_from_inner_circle_to_dormant_with_cadences():
    """Are the five rings ordered closest first, the closest most often, a dormant tie revived first?"""
    assert list(RINGS) == ["inner", "close", "regular", "acquaintance", "dormant"]
    cadences = [r.cadence_days for r in RINGS.values()][:4]
    assert cadences[:3] == sorted(cadences[:3])
    assert RINGS["dormant"].cadence_days is None


@pytest.mark.parametrize(
    "text, key",
    [
        ("inner", "inner"),
        ("Inner circle", "inner"),
        ("CLOSE", "close"),
        ("3", "regular"),
        ("acquaintance", "acquaintance"),
        ("lost touch", "dormant"),
        ("sometimes", None),
        ("", None),
    ],
)
def test_parse_ring_accepts_keys_labels_and_numbers(text, key):
    """Does a ring written as a key, a label or a number 1–5 become the ring key?"""
    assert parse_ring(text) == key


def test_silence_over_a_year_makes_any_ring_dormant():
    """Does a close tie silent for more than a year count as dormant, and a recent one not?"""
    assert Contact("A", ring="close", last_contact=TODAY - dt.timedelta(days=400)).is_dormant(TODAY)
    assert not Contact("B", ring="close", last_contact=TODAY - dt.timedelta(days=30)).is_dormant(TODAY)
    assert Contact("C", ring="dormant").is_dormant(TODAY)
    assert not Contact("D", ring="regular").is_dormant(TODAY)  # no date: not evidence of silence


def test_logged_interactions_move_last_heard_and_count_gives_and_asks():
    """Does logging update the last-heard date and the give/ask counts?"""
    c = Contact("A", last_contact=dt.date(2024, 1, 1))
    c.log(dt.date(2025, 6, 1), "coffee", "gave")
    c.log(dt.date(2025, 3, 1), "message", "asked")
    assert c.last_heard == dt.date(2025, 6, 1)
    assert (c.gives, c.asks) == (1, 1)
    with pytest.raises(ValueError):
        c.log(TODAY, "call", "took")


def test_json_round_trip_keeps_everything_and_drops_empty_fields():
    """Does a contact survive to_dict/from_dict, with empty fields left out of the JSON?"""
    c = Contact(
        "Zoë",
        organisation="Acme",
        ring="inner",
        emails=["z@example.org"],
        last_contact=TODAY,
        connected_on=dt.date(2020, 1, 3),
        could_offer="feedback",
    )
    c.log(TODAY, "call", "gave", "sent the article")
    data = c.to_dict()
    assert "role" not in data and data["last_contact"] == "2026-11-24"
    json.dumps(data)
    back = Contact.from_dict(data)
    assert back == c


def test_from_json_is_tolerant_of_old_or_odd_records():
    """Are unknown keys ignored, a bad ring defaulted and a nameless record dropped?"""
    people = contacts_from_json([{"name": "A", "ring": "best mates", "colour": "red"}, {"organisation": "X"}, "junk"])
    assert [(p.name, p.ring) for p in people] == [("A", "acquaintance")]
    assert contacts_from_json(None) == []


def test_merging_the_same_records_twice_adds_nobody():
    """Does merging the same people again update them instead of duplicating?"""
    first = [Contact("Ada Q", organisation="Northwind", emails=["ada@example.org"]), Contact("Bram", organisation="T")]
    merged = merge_contacts([], first)
    again = merge_contacts(
        merged.contacts,
        [Contact("Ada Q", organisation="Northwind", emails=["ada@example.org"]), Contact("Bram", organisation="T")],
    )
    assert (merged.added, again.added, again.merged, len(again.contacts)) == (2, 0, 2, 2)


def test_same_person_is_recognised_by_email_url_or_name_and_organisation():
    """Is a person matched by e-mail (any case), profile address, or name + organisation?"""
    known = [
        Contact("Ada Quill", emails=["Ada@Example.org"]),
        Contact("Bo", url="https://www.linkedin.com/in/bo/"),
        Contact("Chidi  Okon", organisation="Harbour Health"),
    ]
    incoming = [
        Contact("A. Quill", emails=["ada@example.org"]),
        Contact("Bo B", url="http://linkedin.com/in/bo"),
        Contact("chidi okon", organisation="HARBOUR HEALTH"),
        Contact("Chidi Okon", organisation="Other"),
    ]
    result = merge_contacts(known, incoming)
    assert (result.merged, result.added) == (3, 1)


def test_merge_keeps_what_the_participant_wrote_and_fills_gaps():
    """Does an import fill empty fields and add e-mails without overwriting the participant's ring or notes?"""
    mine = Contact("Ada", organisation="N", ring="inner", notes="mine", last_contact=dt.date(2025, 1, 1))
    theirs = Contact(
        "Ada",
        organisation="N",
        ring="acquaintance",
        notes="theirs",
        role="CTO",
        emails=["a@example.org"],
        last_contact=dt.date(2024, 1, 1),
        connected_on=dt.date(2019, 5, 5),
    )
    merge_contacts([mine], [theirs])
    assert (mine.ring, mine.notes, mine.role, mine.emails) == ("inner", "mine", "CTO", ["a@example.org"])
    assert mine.last_contact == dt.date(2025, 1, 1) and mine.connected_on == dt.date(2019, 5, 5)


def test_contacts_file_round_trip_and_refuses_foreign_json(tmp_path):
    """Does contacts.json read back what was saved, and is a foreign JSON refused (not overwritten)?"""
    path = tmp_path / "contacts.json"
    assert load_contacts_file(path) == []
    save_contacts_file(path, [Contact("A", id="x1")])
    assert [c.id for c in load_contacts_file(path)] == ["x1"]
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    with pytest.raises(InputError):
        load_contacts_file(other)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(InputError):
        load_contacts_file(broken)


def test_csv_export_is_safe_against_formula_injection():
    """Do cells starting with = + - @ get a leading apostrophe in the CSV export?"""
    text = contacts_csv_text(
        [Contact('=HYPERLINK("http://x")', organisation="+Acme", role="@boss", notes="-1", emails=["a@example.org"])]
    )
    row = text.splitlines()[1]
    assert row.startswith("\"'=HYPERLINK") and ",'+Acme," in row and ",'@boss," in row and row.endswith(",'-1")
    assert contacts_to_json([]) == []


@pytest.mark.parametrize(
    "email",
    [
        "-",
        "n/a",
        "N/A",
        "none",
        ".",
        "unknown",
        "x",
        "ana at example",
        "ana@",
        "@x.org",
        "ana@example",
        "a b@example.org",
    ],
)
def test_placeholders_and_malformed_emails_are_never_identity_keys(email):
    """Is a placeholder or malformed e-mail never used to decide that two records are one person?"""
    assert not any(key.startswith("email:") for key in Contact("Ana", emails=[email]).identity_keys())
    result = merge_contacts([Contact("Ana", emails=[email])], [Contact("Bo", emails=[email])])
    assert result.added == 1 and result.merged == 0


def test_name_and_organisation_never_merge_different_strong_identifiers():
    """Do two records with the same name and organisation stay apart when their profiles or e-mails differ?"""
    known = [Contact("Sam Lee", organisation="Acme", url="https://www.linkedin.com/in/sam-lee-1")]
    other_profile = Contact("Sam Lee", organisation="Acme", url="https://linkedin.com/in/sam-lee-2/")
    same_profile = Contact("Sam Lee", organisation="Acme", url="http://www.linkedin.com/in/sam-lee-1/")
    assert merge_contacts(known, [other_profile]).added == 1
    assert merge_contacts(known, [same_profile]).merged == 1
    mails = [Contact("Sam Lee", organisation="Acme", emails=["sam@acme.example"])]
    assert merge_contacts(mails, [Contact("Sam Lee", organisation="Acme", emails=["sam.lee@other.example"])]).added == 1
    assert merge_contacts(mails, [Contact("Sam Lee", organisation="Acme")]).merged == 1  # nothing says otherwise


def test_merge_result_lists_each_merge_and_why():
    """Does merging record which incoming record went into whom, from which source, and why?"""
    known = [Contact("Ada", emails=["ada@example.org"], source="vcard")]
    result = merge_contacts(known, [Contact("Ada Q.", emails=["ADA@example.org"], source="linkedin")])
    merge = result.merges[0]
    assert (merge.incoming, merge.name, merge.into, merge.into_source, merge.source, merge.reason) == (
        0,
        "Ada Q.",
        "Ada",
        "vcard",
        "linkedin",
        "same e-mail address",
    )
