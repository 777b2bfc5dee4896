"""The participant's profile is one table: the roster, the start and welcome pages, the opening card, the personal
link and the e-mails read their fields, headers, labels and list rule from it."""

from __future__ import annotations

import pytest

from netkit.coach.roster import WORKBOOK_FIELDS, parse_roster
from netkit.coach.roster_columns import FIELD_LABELS, HEADER_ALIASES, field_name, normalise_header
from netkit.languages import SUPPORTED_LANGUAGES
from netkit.profile import PROFILE_FIELDS, PROFILE_IDS, profile_field, profile_items, profile_label
from netkit.workbook.opening import opening_html
from netkit.workbook.personal_link import LINK_FIELDS

TRANSLATED = [code for code in SUPPORTED_LANGUAGES if code not in ("", "en")]


def test_the_table_names_each_field_once_and_the_roster_passes_each_on():
    """One id per field, each a workbook parameter, and the link carries exactly the profile."""
    assert len(set(PROFILE_IDS)) == len(PROFILE_IDS) == 5
    assert set(PROFILE_IDS) <= set(WORKBOOK_FIELDS) and LINK_FIELDS == PROFILE_IDS


def test_the_roster_reads_every_header_and_alias_the_table_gives():
    """Is each field's header and each alias read as that field by the roster, and its header what --column
    takes (and what the coach's messages call it)?"""
    for field in PROFILE_FIELDS:
        assert normalise_header(field.header) == field.id and FIELD_LABELS[field.id] == field.header
        assert field_name(field.header) == field.id
        for alias in field.aliases:
            assert HEADER_ALIASES[alias] == field.id, alias
    headers = ",".join(field.aliases[-1] if field.aliases else field.header for field in PROFILE_FIELDS)
    roster = parse_roster(
        f'{headers},Email\nAda,a mentor,mid,Health; Data,"Acme, Inc.; Initech",a@x.org\n', where="r.csv"
    )
    fields = roster.participants[0].fields
    assert fields["goal"] == "a mentor" and profile_items(fields, "target_organisations") == ["Acme, Inc.", "Initech"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_label_is_translated(language):
    """Does every field have its own label in each translated language (none left in English)?"""
    for field in PROFILE_FIELDS:
        label = profile_label(field.id, language)
        assert label and label != field.label, (language, field.id)
    assert profile_label("target_sectors", "de") == "Branchen, die dich reizen"
    assert profile_label("goal", "es") == "Tu objetivo"


def test_the_opening_card_and_the_start_page_show_the_same_labels(tmp_path):
    """The opening card and the start/welcome page label each field alike, in the participant's language."""
    from netkit.widgets.start import StartPage

    for language in ("", *TRANSLATED):
        values = {field.id: f"value of {field.id}" for field in PROFILE_FIELDS}
        card = opening_html(**values, language=language)
        page = StartPage(base=tmp_path, language=language, environ={}, link="")
        for field in PROFILE_FIELDS:
            label = profile_label(field.id, language)
            assert page.fields[field.id].description == label
            if field.id != "name":  # the name is in the card's sentence
                assert f">{label}</th>" in card, (language, field.id)


def test_the_start_page_relabels_from_the_table_when_the_language_changes(tmp_path):
    from netkit.widgets.start import StartPage

    page = StartPage(base=tmp_path, environ={}, link="")
    page.language.value = "de"
    assert [w.description for w in page.fields.values()] == [profile_label(f, "de") for f in PROFILE_IDS]


def test_a_list_field_splits_by_the_one_rule_and_a_plain_one_does_not():
    assert profile_items({"target_sectors": "Health, Data"}, "target_sectors") == ["Health", "Data"]
    assert profile_items({"target_organisations": "Acme, Inc.\nInitech"}, "target_organisations") == [
        "Acme, Inc.",
        "Initech",
    ]
    assert profile_items({"goal": "  find a mentor,  then a job "}, "goal") == ["find a mentor, then a job"]
    assert profile_items({}, "goal") == [] and profile_items({"target_sectors": ["A", " B "]}, "target_sectors") == [
        "A",
        "B",
    ]


def test_an_unknown_field_is_named_with_the_known_ones():
    with pytest.raises(KeyError, match=r"'email' is not a profile field .*target_organisations"):
        profile_label("email")
    assert profile_field("goal").is_list is False
