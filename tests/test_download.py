"""One-click downloads: the script a button's click puts on the page, and who uses it."""

from __future__ import annotations

import base64
import json
import re

from netkit.widgets.download import FRESH_SECONDS, download_output, download_script, start_download
from netkit.widgets.reflection import PlanExport
from netkit.widgets.takehome import TakeHome


def _literals(script: str) -> list[str]:
    """The JSON string literals in a download script (the data, the type, the file name)."""
    return [json.loads(m) for m in re.findall(r'"(?:[^"\\]|\\.)*"', script)]


def test_script_carries_the_exact_bytes_type_and_name():
    """Does the script decode to the very bytes, with the given type and file name?"""
    data = bytes(range(256)) * 3
    script = download_script("plan.ics", data, "text/calendar", now=1000.0)
    literals = _literals(script)
    assert base64.b64encode(data).decode() in literals
    assert "text/calendar" in literals and "plan.ics" in literals
    assert "a.download = " in script and "a.click()" in script
    assert f"Date.now() - 1000000 > {FRESH_SECONDS * 1000}" in script


def test_a_hostile_file_name_stays_a_string():
    """Can a file name with quotes, </script> or backslashes never end the string or add markup?"""
    name = 'x"; window.__pwned=1; "</script><img src=x onerror=alert(1)>\\.zip'
    script = download_script(name, b"z", "application/zip")
    assert "</script>" not in script and "<img" not in script
    assert name in _literals(script)


def test_start_download_puts_one_script_output():
    """Does starting a download replace the output with one script (a new one per click)?"""
    output = download_output()
    start_download(output, "a.zip", b"1", "application/zip")
    first = output.outputs
    start_download(output, "a.zip", b"2", "application/zip")
    assert len(output.outputs) == 1 and output.outputs != first
    assert "application/javascript" in output.outputs[0]["data"]


def test_download_everything_starts_the_download_itself(store):
    """Does one click on 'Download everything' start the zip's download (and keep a fallback link)?"""
    widget = TakeHome(store=store, name="Ada")
    store.set("reflection.q1", "hello")
    widget._download.click()
    script = widget._starter.outputs[0]["data"]["application/javascript"]
    assert widget.archive.filename in _literals(script)
    assert base64.b64encode(widget.archive.data).decode() in _literals(script)
    assert "Not started?" in widget._link.value


def test_each_plan_button_starts_its_own_file(store):
    """Do the calendar and printable-plan buttons each start the download of their own file?"""
    import datetime as dt

    from netkit.exercises.reflection.plan.output import HTML_NAME, ICS_NAME
    from netkit.widgets import reflection as ui

    builder = ui.PlanBuilder(store=store, name="Ada")
    builder.person.value = "Ann"
    builder.first_date.value = dt.date.today()
    builder.add.click()
    export = PlanExport(store=store, name="Ada")
    for button, name in ((export.make, ICS_NAME), (export.make_plan, HTML_NAME)):
        button.click()
        assert name in _literals(export._starter.outputs[0]["data"]["application/javascript"]), name


def test_a_plan_button_makes_only_its_own_file(store, tmp_path):
    """Does the calendar button write and link the calendar alone (not the printable plan)?"""
    import datetime as dt

    from netkit.exercises.reflection.plan.output import HTML_NAME, ICS_NAME
    from netkit.widgets import reflection as ui

    builder = ui.PlanBuilder(store=store, name="Ada")
    builder.person.value = "Ann"
    builder.first_date.value = dt.date.today()
    builder.add.click()
    export = PlanExport(store=store, name="Ada")
    export.make.click()
    assert (tmp_path / ICS_NAME).exists() and not (tmp_path / HTML_NAME).exists()
    assert f"download='{ICS_NAME}'" in export.links.value and HTML_NAME not in export.links.value
