"""The plan written next to the workbook (netkit.exercises.reflection.plan.output.export_plan), in plain pytest: no
widgets."""

from __future__ import annotations

import datetime as dt
import os

import icalendar
import pytest

from netkit.atomic import TMP_SUFFIX
from netkit.exceptions import NetkitError
from netkit.exercises.reflection.plan import make_entry, plan_to_json
from netkit.exercises.reflection.plan.output import HTML_NAME, ICS_NAME, MEDIA_TYPES, export_plan
from netkit.store import schema

TODAY = dt.date(2026, 3, 10)
HOSTILE = "<img src=x onerror=alert(1)>"


def answers(*people, **extra):
    """A workbook's answers with ``people`` in the plan (Cy a dormant tie)."""
    entries = [
        make_entry(p, "dormant" if p == "Cy" else "inner", None, "", dt.date(2026, 3, 12), today=TODAY) for p in people
    ]
    return {schema.PLAN: plan_to_json(entries), **extra}


def test_both_files_are_written_and_returned_byte_for_byte(tmp_path):
    """Does one call write the calendar and the printable plan, and return the very bytes it wrote?"""
    saved = answers(
        "Ana",
        "Cy",
        **{schema.REFLECTION_ANSWER_PREFIX + "offer": "salary data " + HOSTILE, schema.CONFIDENCE_BEFORE: 3},
    )
    done = export_plan(saved, tmp_path, TODAY, name="Ada")
    assert list(done.files) == list(MEDIA_TYPES) == [ICS_NAME, HTML_NAME]
    assert done.error is None and done.problems == [] and done.folder == tmp_path
    for file, data in done.files.items():
        assert (tmp_path / file).read_bytes() == data
    events = {str(ev["summary"]) for ev in icalendar.Calendar.from_ical(done.files[ICS_NAME]).walk("VEVENT")}
    assert {"Stay in touch: Ana", "Reconnect with Cy", "Stay in touch: Cy"} <= events
    html = done.files[HTML_NAME].decode("utf-8")
    assert "salary data &lt;img" in html and "<img" not in html
    assert "Before: <b>3</b>/10" in html and "— Ada" in html


@pytest.mark.parametrize("only, other", [(ICS_NAME, HTML_NAME), (HTML_NAME, ICS_NAME)])
def test_only_makes_that_file_alone(tmp_path, only, other):
    """Does asking for one file make and write that file only?"""
    done = export_plan(answers("Ana"), tmp_path, TODAY, only=only)
    assert list(done.files) == [only]
    assert (tmp_path / only).exists() and not (tmp_path / other).exists()


def test_an_empty_plan_writes_nothing_and_says_so(tmp_path):
    """Does an empty (or missing) plan raise a NetkitError that says what to do, with no file written?"""
    for saved in ({}, {schema.PLAN: []}):
        with pytest.raises(NetkitError, match="plan is empty"):
            export_plan(saved, tmp_path, TODAY)
    assert list(tmp_path.iterdir()) == []


def test_an_unreadable_line_is_reported_and_the_rest_exported(tmp_path):
    """Is a damaged plan line named in ``problems`` while the good lines still reach the files?"""
    saved = answers("Ana")
    saved[schema.PLAN].append({"person": "", "cadence": "never"})
    done = export_plan(saved, tmp_path, TODAY)
    assert len(done.problems) == 1 and b"Stay in touch: Ana" in done.files[ICS_NAME]


def test_an_unwritable_folder_is_reported_not_raised(tmp_path):
    """Is a folder that cannot be written to returned as ``error``, with the bytes still there to download?"""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    done = export_plan(answers("Ana"), blocker, TODAY)
    assert isinstance(done.error, OSError) and set(done.files) == {ICS_NAME, HTML_NAME}
    assert done.files[ICS_NAME].startswith(b"BEGIN:VCALENDAR")


def test_a_failed_write_keeps_the_old_copy(tmp_path, monkeypatch):
    """Is each file replaced atomically: a write that fails leaves the old copy whole and no temporary file?"""
    (tmp_path / ICS_NAME).write_bytes(b"old calendar")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    done = export_plan(answers("Ana"), tmp_path, TODAY, only=ICS_NAME)
    assert "No space left" in str(done.error)
    assert (tmp_path / ICS_NAME).read_bytes() == b"old calendar"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(TMP_SUFFIX)]
