"""The coach's live report widget: table + charts, refresh, example cohort when there is no render."""

from __future__ import annotations

import ipywidgets as widgets
from collect_data import HOSTILE, SECRET_CONTACT, complete_answers, make_render, partial_answers, write_answers

from netkit.widgets.coach import CoachReport


def test_missing_folder_shows_the_example_cohort(tmp_path):
    """With no render in the folder, does it say so and show the fictional cohort with charts?"""
    widget = CoachReport(tmp_path / "nothing-here")
    assert "no render" in widget.status.value and "example cohort" in widget.status.value
    assert "Amara Okafor" in widget.table.value
    grid = widget.charts.children[0]
    images = [box.children[0] for box in grid.children]
    assert len(images) == 5 and all(isinstance(i, widgets.Image) and i.value[:4] == b"\x89PNG" for i in images)


def test_missing_folder_without_example_is_a_message_not_an_exception(tmp_path):
    """Is a wrong folder reported in the widget (never raised) when the example is turned off?"""
    widget = CoachReport(tmp_path / "nothing-here", example_if_missing=False)
    assert "no render" in widget.status.value and widget.report is None
    assert widget.table.value == "" and widget.charts.children == ()


def test_render_folder_shows_progress_and_refresh_rereads(tmp_path):
    """Does Refresh pick up answers saved since the widget was built?"""
    out = make_render(
        tmp_path / "out", [("a", "Ada", partial_answers()), ("b", "Bo", None), ("c", HOSTILE, partial_answers())]
    )
    widget = CoachReport(out, min_group=1)
    assert [row.status for row in widget.report.rows] == ["shared", "not started", "shared"]
    write_answers(out / "p-b", complete_answers())
    widget.refresh_button.click()
    assert widget.report.rows[1].overall == 100
    assert HOSTILE not in widget.table.value and "&lt;img" in widget.table.value
    assert SECRET_CONTACT not in widget.table.value


def test_too_few_sharing_hides_charts(tmp_path):
    """Are charts replaced by an explanation while fewer than min_group participants share?"""
    out = make_render(tmp_path / "out", [("a", "Ada", partial_answers())])
    widget = CoachReport(out)
    assert "at least 3" in widget.charts.children[0].value


def test_typing_another_folder_then_refresh(tmp_path):
    """Does changing the folder field and pressing Refresh read the new render?"""
    out = make_render(tmp_path / "out", [("a", "Ada", partial_answers())])
    widget = CoachReport(tmp_path / "elsewhere")
    widget.folder.value = str(out)
    widget.refresh()
    assert [row.name for row in widget.report.rows] == ["Ada"]
