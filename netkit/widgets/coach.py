"""The coach's live view of a cohort: the progress table and the cohort charts, with a refresh button.

The same model and pictures as ``netkit collect`` (:mod:`netkit.coach.collect`,
:mod:`netkit.coach.report_html`, :mod:`netkit.coach.cohort_charts`); nothing is written anywhere. When the
folder holds no render yet, the fictional example cohort is shown instead, and said so.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import ipywidgets as widgets

from netkit.coach.collect import MIN_GROUP, CohortReport, build_report, collect, example_entries
from netkit.coach.collect.release import hold_figures
from netkit.coach.report_html import (
    chart_images,
    chart_text,
    privacy_html,
    progress_widget_html,
    suppressed_notes_html,
)
from netkit.exceptions import NetkitError
from netkit.markup import Markup, escape
from netkit.paths import manifest_path
from netkit.widgets import status as _status

__all__ = ["CoachReport"]


class CoachReport(widgets.VBox):
    """Progress table + charts of the render in ``out_folder``; Refresh re-reads every folder."""

    def __init__(
        self,
        out_folder: str | Path = "netkit-out",
        *,
        min_group: int = MIN_GROUP,
        example_if_missing: bool = True,
        today: _dt.date | None = None,
    ):
        self.min_group = min_group
        self.example_if_missing = example_if_missing
        self.today = today
        self.report: CohortReport | None = None
        #: What the last refresh showed (:mod:`netkit.coach.collect.release`): a figure moves only when at
        #: least ``min_group`` people changed since, so two refreshes cannot be subtracted to find one person.
        self._shown_state: dict | None = None
        self.folder = widgets.Text(
            value=str(out_folder), description="Render folder", layout=widgets.Layout(width="28rem")
        )
        self.refresh_button = widgets.Button(description="Refresh", icon="refresh", button_style="primary")
        self.status = widgets.HTML()
        self.table = widgets.HTML()
        self.charts = widgets.VBox()
        self.refresh_button.on_click(self.refresh)
        super().__init__(
            [
                widgets.HBox([self.folder, self.refresh_button]),
                self.status,
                self.table,
                widgets.HTML("<h3>The cohort</h3>"),
                self.charts,
            ]
        )
        self.add_class("netkit-coach")
        self.refresh()

    def _read(self) -> tuple[CohortReport, str]:
        folder = Path(self.folder.value.strip() or ".")
        if manifest_path(folder).is_file():
            return collect(folder, today=self.today, min_group=self.min_group, jobs=1), ""  # a kernel does not fork
        if not self.example_if_missing:
            raise NetkitError(
                f"there is no render in {folder} (no manifest.json)",
                fix="run `netkit render roster.csv -o FOLDER`, then type that folder here",
            )
        note = Markup(
            "There is no render in <code>{}</code> yet, so this is the fictional "
            "example cohort. Type your render folder above and press Refresh."
        ).format(escape(folder))
        return build_report(
            example_entries(self.today), today=self.today, min_group=self.min_group, source="example cohort"
        ), note

    def refresh(self, _button=None) -> None:
        """Re-read every participant folder and redraw (a problem is shown, never raised)."""
        try:
            report, note = self._read()
        except NetkitError as exc:
            self.report = None
            self.status.value = _status.problem(f"✗ {escape(exc.message)}")
            self.table.value = ""
            self.charts.children = ()
            return
        report, self._shown_state = hold_figures(report, self._shown_state)
        self.report = report
        counts = (
            f"{len(report.rows)} participants listed: {report.count('shared')} sharing, "
            f"{report.count('not started')} not started, {report.count('opted out')} opted out, "
            f"{report.count('problem')} could not be read. Read at {_dt.datetime.now():%H:%M:%S}."
        )
        self.status.value = (_status.warning(note, tag="p") if note else "") + str(
            Markup("<p>{}</p>").format(escape(counts))
        )
        self.table.value = progress_widget_html(report)
        self.charts.children = (*self._chart_widgets(report), widgets.HTML(privacy_html(report)))

    def _chart_widgets(self, report: CohortReport) -> tuple:
        agg = report.aggregates
        if agg is None:
            return (
                widgets.HTML(
                    f"Charts appear once at least {report.min_group} participants share "
                    "their progress, so that no one's numbers can be picked out."
                ),
            )
        items = []
        for chart_id, title, png in chart_images(agg):
            items.append(
                widgets.VBox(
                    [
                        widgets.Image(value=png, format="png", layout=widgets.Layout(max_width="100%")),
                        widgets.HTML(
                            str(
                                Markup("<small><b>{}.</b> {}</small>").format(
                                    escape(title), escape(chart_text(chart_id, agg))
                                )
                            )
                        ),
                    ]
                )
            )
        return (
            widgets.GridBox(
                items,
                layout=widgets.Layout(grid_template_columns="repeat(auto-fill, minmax(24rem, 1fr))", grid_gap="1rem"),
            ),
            widgets.HTML(suppressed_notes_html(agg)),
        )
