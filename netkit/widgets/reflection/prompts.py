"""Exercise 3 widgets: regret reflection, the stay-in-touch plan, confidence check-in, exports.

Thin layers over :mod:`netkit.exercises.reflection.prompts`, :mod:`netkit.exercises.reflection.plan` and
:mod:`netkit.exercises.reflection.confidence`.
Answers store keys (all JSON):

* ``reflection.answers.<prompt id>`` — one string per prompt, saved as typed
  (ids in :data:`netkit.exercises.reflection.prompts.PROMPTS`: ``regret``, ``lost_touch``, ``what_stops_me``,
  ``owe_apology``, ``offer``, ``younger_self``); one key per prompt so two tabs editing
  different answers merge cleanly;
* ``reflection.page`` — the prompt page last shown (int, from 0);
* ``reflection.plan`` — the plan, a list of
  ``{"person", "closeness", "cadence", "first_step", "first_date": "YYYY-MM-DD"}``;
* ``reflection.draft.person`` / ``.closeness`` / ``.cadence`` / ``.first_step`` (strings) and
  ``reflection.draft.first_date`` (ISO date or null) — the plan line being typed, not yet added;
* ``reflection.confidence.before`` / ``reflection.confidence.after`` — ints 1–10, absent
  until the participant picks a rating;
* contacts are read (never written) from ``network.contacts`` (exercise 1).

The exports are also written next to the workbook: ``stay-in-touch.ics`` and
``stay-in-touch-plan.html`` (the printable plan: the browser prints it, or saves it as a PDF).
"""

from __future__ import annotations

import ipywidgets as widgets

from netkit.exercises.reflection.prompts import PER_PAGE, PROMPTS, answer_key, page_of, pages, progress
from netkit.languages import gettext_for
from netkit.markup import Markup, escape
from netkit.store import schema
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets.autosave import SaveStatus, bind
from netkit.widgets.status import fill

__all__ = ["ReflectionPrompts"]

PAGE_KEY = schema.REFLECTION_PAGE


# --------------------------------------------------------------------------- prompts


class ReflectionPrompts(widgets.VBox):
    """The reflection questions, a few per page, with Back/Next and how many are answered."""

    def __init__(self, *, store: AnswersStore | None = None, per_page: int = PER_PAGE, language: str = ""):
        self._ = _ = gettext_for(language)
        self._store = store or open_store()
        self._pages = pages(PROMPTS, per_page)
        self.answers: dict[str, widgets.Textarea] = {}
        self._blocks: dict[str, widgets.VBox] = {}
        for prompt in PROMPTS:
            area = widgets.Textarea(
                placeholder=_("Write freely; this is for you."), layout={"width": "100%", "height": "7em"}
            )
            bind(area, answer_key(prompt.id), store=self._store)
            self.answers[prompt.id] = area
            header = widgets.HTML(
                str(
                    Markup(
                        "<p style='margin-bottom:0.2em'><b>{}</b></p><p style='color:#555;margin-top:0'><i>{}</i></p>"
                    ).format(escape(_(prompt.question)), escape(_(prompt.hint)))
                )
            )
            self._blocks[prompt.id] = widgets.VBox([header, area])
        self.back = widgets.Button(description=_("Back"), icon="arrow-left")
        self.next = widgets.Button(description=_("Next"), icon="arrow-right")
        self.page_label = widgets.HTML()
        self.progress_bar = widgets.IntProgress(min=0, max=len(PROMPTS), layout={"width": "12em"})
        self.progress_label = widgets.HTML()
        self._page_box = widgets.VBox()
        self.page = page_of(self._store.get(PAGE_KEY, 0), PROMPTS, per_page)
        self._show()
        self._refresh_progress()
        for area in self.answers.values():
            area.observe(lambda _c: self._refresh_progress(), names="value")
        self.back.on_click(lambda _b: self.go(self.page - 1))
        self.next.on_click(lambda _b: self.go(self.page + 1))
        super().__init__(
            [
                self._page_box,
                widgets.HBox([self.back, self.page_label, self.next]),
                widgets.HBox([self.progress_bar, self.progress_label]),
                SaveStatus(self._store, language=language),
            ]
        )

    def go(self, page: int) -> None:
        """Show ``page`` (clamped) and remember it."""
        page = max(0, min(page, len(self._pages) - 1))
        if page != self.page:
            self.page = page
            self._store.set(PAGE_KEY, page)
        self._show()

    def _show(self) -> None:
        self._page_box.children = [self._blocks[p.id] for p in self._pages[self.page]]
        page = fill(self._("Page {n} of {count}"), n=self.page + 1, count=len(self._pages))
        self.page_label.value = str(Markup("<span style='padding:0 1em'>{}</span>").format(Markup(page)))
        self.back.disabled = self.page == 0
        self.next.disabled = self.page == len(self._pages) - 1

    def _refresh_progress(self) -> None:
        done = progress({pid: area.value for pid, area in self.answers.items()})
        self.progress_bar.value = done.answered
        answered = fill(self._("{answered} of {total} questions answered"), answered=done.answered, total=done.total)
        self.progress_label.value = str(Markup("<span style='padding-left:0.6em'>{}</span>").format(Markup(answered)))
