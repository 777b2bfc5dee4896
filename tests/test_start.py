"""Tests for netkit.coach.start: a participant makes their own workbook, and carries on from a download."""

from __future__ import annotations

import json

import nbformat
import pytest

from netkit.coach.start import (
    PROFILE_KEY,
    clean_profile,
    existing_workbooks,
    make_workbook,
    participant_from_profile,
    resume,
)
from netkit.exceptions import InputError
from netkit.store.answers import AnswersStore
from netkit.workbook.takehome import build_archive


def test_profile_keeps_only_workbook_fields_and_trims():
    """Are only whitelisted fields kept, trimmed, with the name's inner spaces collapsed?"""
    profile = clean_profile({"name": "  Ada   Lovelace ", "goal": " a job\n", "email": "a@b.c", "__class__": "x"})
    assert profile["name"] == "Ada Lovelace" and profile["goal"] == "a job"
    assert "email" not in profile and "__class__" not in profile


def test_profile_needs_a_name():
    """Is an empty name refused with a message about the name field?"""
    with pytest.raises(InputError, match="name") as info:
        clean_profile({"name": "   ", "goal": "x"})
    assert info.value.column == "name"


def test_profile_refuses_a_very_long_field():
    """Is a pasted novel refused rather than put into a notebook?"""
    with pytest.raises(InputError, match="longer"):
        clean_profile({"name": "Ada", "goal": "x" * 10_000})


def test_defaults_fill_empty_fields_only():
    """Do the coach's defaults (workshop, date) fill only what the participant left empty?"""
    profile = clean_profile({"name": "Ada", "workshop": ""}, defaults={"workshop": "Networking", "name": "X"})
    assert profile["workshop"] == "Networking" and profile["name"] == "Ada"


def test_participant_id_matches_the_roster_rule():
    """Does the start page give the same id (and so the same folder) as a roster would?"""
    from netkit.coach.roster import participant_id

    assert participant_from_profile({"name": "Ada"}).id == participant_id("Ada")


def test_make_workbook_uses_the_render_code(tmp_path):
    """Is the workbook rendered with papermill's parameters cell holding the typed values exactly?"""
    result = make_workbook({"name": "Ada <img src=x>", "goal": "$50k … $70k"}, tmp_path / "my-workbook")
    nb = nbformat.read(result.notebook, as_version=4)
    assert nb.metadata.papermill.parameters["name"] == "Ada <img src=x>"
    assert nb.metadata.papermill.parameters["goal"] == "$50k … $70k"
    assert (tmp_path / "my-workbook" / "manifest.json").exists()
    assert result.folder.parent == tmp_path / "my-workbook"


def test_make_workbook_keeps_the_profile_in_the_answers(tmp_path):
    """Is the profile saved in the workbook's answers, so a take-home zip carries it?"""
    result = make_workbook({"name": "Ada", "goal": "meet people"}, tmp_path)
    assert AnswersStore(result.folder).get(PROFILE_KEY)["goal"] == "meet people"


def test_making_it_again_keeps_the_answers(tmp_path):
    """Does pressing the button twice (new goal) refresh the workbook without losing answers?"""
    first = make_workbook({"name": "Ada", "goal": "one"}, tmp_path)
    AnswersStore(first.folder, debounce=0).set("network.note", "keep me")
    second = make_workbook({"name": "Ada", "goal": "two"}, tmp_path)
    assert second.folder == first.folder
    store = AnswersStore(second.folder)
    assert store.get("network.note") == "keep me" and store.get(PROFILE_KEY)["goal"] == "two"


def test_resume_in_a_fresh_session_rebuilds_the_workbook_and_answers(tmp_path):
    """Does uploading a take-home zip in an empty session rebuild the same workbook with every answer?"""
    first = make_workbook({"name": "Ada", "goal": "meet people"}, tmp_path / "old")
    AnswersStore(first.folder, debounce=0).set("outreach.draft", "Hello </script>")
    archive = build_archive(AnswersStore(first.folder))
    result = resume(archive.data, archive.filename, tmp_path / "new")
    assert result.folder.name == first.folder.name
    assert result.restored == 2
    store = AnswersStore(result.folder)
    assert store.get("outreach.draft") == "Hello </script>"
    nb = nbformat.read(result.notebook, as_version=4)
    assert nb.metadata.papermill.parameters["goal"] == "meet people"


def test_resume_from_an_export_without_profile_uses_the_form(tmp_path):
    """Does a bare answers export (no profile) still resume, using the name typed in the form?"""
    data = json.dumps({"kind": "netkit-answers-export", "schema": 1, "answers": {"a": 1}}).encode()
    result = resume(data, "netkit-answers-export.json", tmp_path, values={"name": "Bo"})
    assert result.profile["name"] == "Bo"
    assert AnswersStore(result.folder).get("a") == 1


def test_resume_without_any_name_says_so(tmp_path):
    """Is an export with no profile and an empty form refused with the name message?"""
    data = json.dumps({"kind": "netkit-answers-export", "schema": 1, "answers": {}}).encode()
    with pytest.raises(InputError, match="name"):
        resume(data, "x.json", tmp_path)


def test_existing_workbooks_lists_what_was_made(tmp_path):
    """Does the start page find the workbooks it made earlier in this session?"""
    assert existing_workbooks(tmp_path) == []
    result = make_workbook({"name": "Ada"}, tmp_path)
    assert existing_workbooks(tmp_path) == [("Ada", result.notebook)]


# --------------------------------------------------------------------------- personal links on the welcome page


def _site_page(tmp_path, fragment: str):
    from netkit.widgets.start import StartPage

    return StartPage(
        base=tmp_path, notebook="workshop.ipynb", app_link="index.html?path=workshop.ipynb", link=fragment, environ={}
    )


def test_a_personal_link_fills_the_welcome_page_and_keeps_the_profile(tmp_path):
    """Does a link's fragment name the participant, fill the form, and keep the profile at once (first visit)?"""
    from netkit.coach.start import saved_profile
    from netkit.workbook.personal_link import encode_fragment

    fragment = encode_fragment({"name": "Ada <img src=x onerror=alert(1)>", "goal": "a mentor", "email": "a@b.c"})
    page = _site_page(tmp_path, fragment)
    assert "This workbook is for Ada &lt;img" in page._for.value and "<img" not in page._for.value
    assert page.fields["name"].value == "Ada <img src=x onerror=alert(1)>"
    assert page.fields["goal"].value == "a mentor"
    assert saved_profile(tmp_path)["name"] == "Ada <img src=x onerror=alert(1)>"  # the workbook reads it
    assert "Open your workbook" in page._for.value and "netkit-workbook-link" not in page._status.value  # one link


def test_a_corrected_name_wins_over_the_link(tmp_path):
    """Can the participant correct the link's details, and does the correction stay on the next visit?"""
    from netkit.coach.start import saved_profile
    from netkit.workbook.personal_link import encode_fragment

    fragment = encode_fragment({"name": "Ada Lovelacr"})
    page = _site_page(tmp_path, fragment)
    page.fields["name"].value = "Ada Lovelace"
    page.make()
    assert saved_profile(tmp_path)["name"] == "Ada Lovelace"
    again = _site_page(tmp_path, fragment)  # the same link, opened again: nothing is overwritten
    assert saved_profile(tmp_path)["name"] == "Ada Lovelace"
    assert "already holds the workbook of Ada Lovelace" in again._status.value


def test_a_damaged_link_says_so_and_keeps_nothing(tmp_path):
    """Is a link with a typo refused with a message (and the form left for typing), not a wrong workbook?"""
    from netkit.coach.start import saved_profile
    from netkit.workbook.personal_link import encode_fragment

    fragment = encode_fragment({"name": "Ada Lovelace"})
    broken = fragment[:-12] + ("A" if fragment[-12] != "A" else "B") + fragment[-11:]
    page = _site_page(tmp_path, broken)
    assert "typo" in page._status.value and page.fields["name"].value == ""
    assert saved_profile(tmp_path)["name"] == ""


def test_without_a_link_the_kept_details_come_back(tmp_path):
    """Does a plain visit (no fragment) fill the form from the details kept in this browser?"""
    from netkit.coach.start import keep_profile

    keep_profile({"name": "Bo", "goal": "find a mentor"}, tmp_path / "workshop.ipynb")
    page = _site_page(tmp_path, "")
    assert page.fields["goal"].value == "find a mentor" and "Welcome back, Bo" in page._for.value
