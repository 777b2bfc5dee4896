"""One list rule for the profile's list fields: the same organisations on paper, in the workbook and in e-mails."""

from __future__ import annotations

import pytest

from netkit.profile import PROFILE_FIELDS, profile_items
from netkit.profile_lists import split_list


@pytest.mark.parametrize(
    "text,items",
    [
        ("Acme, Inc.; Initech", ["Acme, Inc.", "Initech"]),
        ("Acme, Inc.\nInitech", ["Acme, Inc.", "Initech"]),
        ("Khan Academy, Coursera", ["Khan Academy", "Coursera"]),
        ("Khan Academy;  Coursera ;", ["Khan Academy", "Coursera"]),
        ("  Brightpath   Learning  ", ["Brightpath Learning"]),
        ("", []),
        (None, []),
        (";;\n,", []),
        (["Acme, Inc.", " Initech "], ["Acme, Inc.", "Initech"]),
    ],
)
def test_the_one_rule(text, items):
    """Does a semicolon or line break separate items and keep commas inside names, and only commas split otherwise?"""
    assert split_list(text) == items


def test_a_joined_list_reads_back_as_the_same_items():
    """Does a list written out for a reader split back into the same items, commas inside names or not?"""
    from netkit.profile_lists import join_list

    for items in (["Acme, Inc.", "Initech"], ["Khan Academy", "Coursera"], ["One"], []):
        assert split_list(join_list(items)) == items


def test_every_reader_of_a_profile_list_agrees():
    """Do the workbook's findings, the paper worksheet and the pre-work e-mail read "Acme, Inc.; Initech" as the
    same two organisations (the paper once read three)?"""
    from netkit.coach.emails import build_email
    from netkit.coach.roster import parse_roster
    from netkit.coach.worksheets import worksheets_html
    from netkit.exercises.network.analysis import parse_targets

    text = "Acme, Inc.; Initech"
    assert parse_targets(text) == ["Acme, Inc.", "Initech"]
    roster = parse_roster(f'Name,Email,Target organisations\nAda,ada@example.org,"{text}"\n', where="r.csv")
    person = roster.participants[0]
    paper = worksheets_html(personal=person.fields)
    assert "Who do you know at Acme, Inc.; Initech?" in paper
    mail = build_email(person, "pre-work").get_body().get_content()
    assert "Acme, Inc." in mail and "Initech" in mail
    lists = {field.id for field in PROFILE_FIELDS if field.is_list}
    assert lists == {"target_sectors", "target_organisations"} and lists <= set(person.fields)
    assert profile_items(person.fields, "target_organisations") == ["Acme, Inc.", "Initech"]
