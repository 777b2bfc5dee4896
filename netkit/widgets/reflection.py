"""Exercise 3 widgets: regret reflection, the stay-in-touch plan, confidence check-in, exports.

Thin layers over :mod:`netkit.reflection`, :mod:`netkit.plan` and :mod:`netkit.confidence`.
Answers store keys (all JSON):

* ``reflection.answers.<prompt id>`` — one string per prompt, saved as typed
  (ids in :data:`netkit.reflection.PROMPTS`: ``regret``, ``lost_touch``, ``what_stops_me``,
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

import datetime as _dt
import weakref
from typing import Any

import ipywidgets as widgets

from .. import plan as plan_core
from .. import schema
from ..answers import AnswersStore, open_store
from ..atomic import atomic_write_bytes
from ..calendar import calendar_bytes
from ..confidence import confidence_message, confidence_svg, level
from ..exceptions import NetkitError
from ..html import download_link, escape
from ..reflection import PER_PAGE, PROMPTS, answer_key, answers_from_store, page_of, pages, progress
from . import status as _status
from .binding import SaveStatus, bind
from .download import download_output, start_download

__all__ = ["ConfidenceCheckIn", "PlanBuilder", "PlanExport", "ReflectionPrompts"]

CONTACTS_KEY = schema.CONTACTS
PAGE_KEY = schema.REFLECTION_PAGE
PLAN_KEY = schema.PLAN
DRAFT_PREFIX = schema.REFLECTION_DRAFT_PREFIX
CONFIDENCE_KEYS = {"before": schema.CONFIDENCE_BEFORE, "after": schema.CONFIDENCE_AFTER}
ICS_NAME = "stay-in-touch.ics"
HTML_NAME = "stay-in-touch-plan.html"
NOT_YET = 0


def _ok(text: str) -> str:
    return _status.ok(f"✓ {text}")


def _problem(text: str) -> str:
    return _status.problem(f"✗ {text}")


def _date_from_json(value: Any) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _date_to_json(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, _dt.date) else None


# --------------------------------------------------------------------------- prompts
class ReflectionPrompts(widgets.VBox):
    """The reflection questions, a few per page, with Back/Next and how many are answered."""

    def __init__(self, *, store: AnswersStore | None = None, per_page: int = PER_PAGE):
        self._store = store or open_store()
        self._pages = pages(PROMPTS, per_page)
        self.answers: dict[str, widgets.Textarea] = {}
        self._blocks: dict[str, widgets.VBox] = {}
        for prompt in PROMPTS:
            area = widgets.Textarea(
                placeholder="Write freely; this is for you.", layout={"width": "100%", "height": "7em"}
            )
            bind(area, answer_key(prompt.id), store=self._store)
            self.answers[prompt.id] = area
            header = widgets.HTML(
                f"<p style='margin-bottom:0.2em'><b>{escape(prompt.question)}</b></p>"
                f"<p style='color:#555;margin-top:0'><i>{escape(prompt.hint)}</i></p>"
            )
            self._blocks[prompt.id] = widgets.VBox([header, area])
        self.back = widgets.Button(description="Back", icon="arrow-left")
        self.next = widgets.Button(description="Next", icon="arrow-right")
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
                SaveStatus(self._store),
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
        self.page_label.value = f"<span style='padding:0 1em'>Page {self.page + 1} of {len(self._pages)}</span>"
        self.back.disabled = self.page == 0
        self.next.disabled = self.page == len(self._pages) - 1

    def _refresh_progress(self) -> None:
        done = progress({pid: area.value for pid, area in self.answers.items()})
        self.progress_bar.value = done.answered
        self.progress_label.value = f"<span style='padding-left:0.6em'>{escape(str(done))}</span>"


# --------------------------------------------------------------------------- plan builder
class PlanBuilder(widgets.VBox):
    """Choose people, a cadence, a first step and a date; see this month's list and the commitment."""

    def __init__(self, *, name: str = "", store: AnswersStore | None = None, today: _dt.date | None = None):
        self._store = store or open_store()
        self._name = name
        self._today = today
        self.people = plan_core.people_from_contacts(self._store.get(CONTACTS_KEY))
        self._rings = {p.name: p.closeness for p in self.people}
        self.entries, problems = plan_core.plan_from_json(self._store.get(PLAN_KEY))
        self._saved_plan = plan_core.plan_to_json(self.entries)  # what a save may delete from (AnswersStore.set)

        self.person = widgets.Combobox(
            options=[p.name for p in self.people],
            ensure_option=False,
            placeholder="Pick from your network map, or type a name",
            description="Who:",
            layout={"width": "32em"},
        )
        self.closeness = widgets.Dropdown(
            options=[(label, key) for key, (label, _) in plan_core.RINGS.items()],
            value=plan_core.DEFAULT_RING,
            description="Closeness:",
        )
        self.cadence = widgets.Dropdown(
            options=[(c.label, c.key) for c in plan_core.CADENCES.values()],
            value=plan_core.default_cadence(plan_core.DEFAULT_RING),
            description="How often:",
        )
        self.first_step = widgets.Text(description="First step:", layout={"width": "40em"})
        self.first_date = widgets.DatePicker(description="First date:", value=self._now())
        self.add = widgets.Button(description="Add to my plan", icon="plus", button_style="primary")
        self.message = widgets.HTML()
        self.rows = widgets.VBox()
        self.this_month = widgets.HTML()
        self.commitment = widgets.HTML()

        # Restore the half-typed line first, then observe (building never overwrites an answer).
        bind(self.person, DRAFT_PREFIX + "person", store=self._store)
        bind(
            self.closeness,
            DRAFT_PREFIX + "closeness",
            store=self._store,
            from_json=lambda v: v if v in plan_core.RINGS else plan_core.DEFAULT_RING,
        )
        bind(
            self.cadence,
            DRAFT_PREFIX + "cadence",
            store=self._store,
            from_json=lambda v: v if v in plan_core.CADENCES else plan_core.DEFAULT_CADENCE,
        )
        bind(self.first_step, DRAFT_PREFIX + "first_step", store=self._store)
        bind(
            self.first_date,
            DRAFT_PREFIX + "first_date",
            store=self._store,
            to_json=_date_to_json,
            from_json=_date_from_json,
        )
        self.first_step.placeholder = plan_core.default_first_step(self.closeness.value)

        self.person.observe(self._on_person, names="value")
        self.closeness.observe(self._on_closeness, names="value")
        self.add.on_click(self._on_add)
        self._store.subscribe(CONTACTS_KEY, self.refresh_people)
        if problems:
            self.message.value = _problem(" ".join(escape(p) for p in problems))
        self._refresh()
        super().__init__(
            [
                widgets.HTML(
                    "<b>Add someone to your plan</b> — closer ties get a more frequent rhythm; "
                    "change it if it does not suit you."
                ),
                self.person,
                widgets.HBox([self.closeness, self.cadence]),
                self.first_step,
                self.first_date,
                self.add,
                self.message,
                widgets.HTML("<b>Your plan</b>"),
                self.rows,
                widgets.HTML("<b>Who to contact this month</b>"),
                self.this_month,
                widgets.HTML("<b>Your commitment</b>"),
                self.commitment,
                SaveStatus(self._store),
            ]
        )

    def _now(self) -> _dt.date:
        return self._today or _dt.date.today()

    def refresh_people(self) -> None:
        """Offer the people of the network map as it is now (exercise 1 changed it)."""
        self.people = plan_core.people_from_contacts(self._store.get(CONTACTS_KEY))
        self._rings = {p.name: p.closeness for p in self.people}
        self.person.options = [p.name for p in self.people]

    def _on_person(self, change: dict) -> None:
        ring = self._rings.get(" ".join(str(change["new"]).split()))
        if ring:
            self.closeness.value = ring

    def _on_closeness(self, change: dict) -> None:
        self.cadence.value = plan_core.default_cadence(change["new"])
        self.first_step.placeholder = plan_core.default_first_step(change["new"])

    def _on_add(self, _button: Any = None) -> None:
        try:
            entry = plan_core.make_entry(
                self.person.value,
                self.closeness.value,
                self.cadence.value,
                self.first_step.value,
                self.first_date.value,
                today=self._now(),
                existing=self.entries,
            )
        except NetkitError as exc:
            self.message.value = _problem(escape(exc.what))
            return
        self.entries.append(entry)
        self._save()
        self.person.value = ""
        self.first_step.value = ""
        self.message.value = _ok(
            f"{escape(entry.person)} is in your plan: "
            f"{escape(entry.cadence_info.label)}, starting "
            f"{escape(entry.first_date.strftime('%d %b %Y'))}."
        )

    def remove(self, person: str) -> None:
        """Take ``person`` out of the plan."""
        self.entries = [e for e in self.entries if e.person != person]
        self._save()
        self.message.value = _ok(f"{escape(person)} was removed from your plan.")

    def _save(self) -> None:
        plan = plan_core.plan_to_json(self.entries)
        self._store.set(PLAN_KEY, plan, base=self._saved_plan)
        self._saved_plan = plan
        self._refresh()

    def _row(self, entry: plan_core.PlanEntry) -> widgets.HBox:
        today = self._now()
        text = (
            f"<b>{escape(entry.person)}</b> — {escape(plan_core.ring_label(entry.closeness))}, "
            f"{escape(entry.cadence_info.label)}; first: {escape(entry.first_step)} "
            f"({escape(entry.first_date.strftime('%d %b %Y'))}); next due "
            f"{escape(plan_core.next_due(entry, today).strftime('%d %b %Y'))}"
        )
        button = widgets.Button(description="Remove", icon="trash", layout={"width": "7em"})
        button.on_click(lambda _b, person=entry.person: self.remove(person))
        row = widgets.HBox([widgets.HTML(text, layout={"width": "46em"}), button])
        row.remove_button = button
        return row

    def _refresh(self) -> None:
        today = self._now()
        self.rows.children = [self._row(e) for e in self.entries] or [
            widgets.HTML(
                "<i>Nobody yet. Start with one or two people: a short list you keep beats a long one you avoid.</i>"
            )
        ]
        due = plan_core.due_this_month(self.entries, today)
        if due:
            past = " style='color:#777'"
            items = "".join(
                f"<li{past if d.past else ''}><b>{escape(d.date.strftime('%a %d %b'))}</b> — "
                f"{escape(d.person)}: {escape(d.action)}</li>"
                for d in due
            )
            self.this_month.value = f"<ul>{items}</ul>"
        else:
            self.this_month.value = "<i>Nobody is due this month.</i>"
        self.commitment.value = (
            f"<div style='border-left:4px solid #2a7ab0;padding:0.3em 0.8em'>"
            f"{escape(plan_core.commitment_statement(self.entries, today, self._name))}</div>"
        )


# --------------------------------------------------------------------------- confidence
_SLIDERS: weakref.WeakKeyDictionary[AnswersStore, dict[str, widgets.Dropdown]] = weakref.WeakKeyDictionary()


def _confidence_slider(store: AnswersStore, moment: str) -> widgets.Dropdown:
    """One rating per store and moment, shared by every check-in widget so that views stay in step.

    A drop-down (a labelled ``<select>``), not ipywidgets' slider: the slider's handle has no
    accessible name, so a screen reader announced an unnamed "slider"."""
    sliders = _SLIDERS.setdefault(store, {})
    if moment not in sliders:
        key = CONFIDENCE_KEYS[moment]
        options = [("not yet", NOT_YET)] + [(str(i), i) for i in range(1, 11)]
        slider = widgets.Dropdown(
            options=options,
            value=NOT_YET,
            description="Before:" if moment == "before" else "After:",
            layout={"width": "16em"},
        )
        slider.value = level(store.get(key)) or NOT_YET

        def save(change: dict) -> None:
            value = level(change["new"])
            if value is None:
                store.delete(key)
            else:
                store.set(key, value)

        slider.observe(save, names="value")
        sliders[moment] = slider
    return sliders[moment]


class ConfidenceCheckIn(widgets.VBox):
    """How confident you feel about reaching out (1–10), before and after, with a small chart.

    ``moments=("before",)`` shows only the first slider (for the top of the exercise); the same
    slider appears again, in step, in a later full check-in.
    """

    def __init__(
        self,
        *,
        store: AnswersStore | None = None,
        moments: tuple[str, ...] = ("before", "after"),
        show_chart: bool = True,
    ):
        self._store = store or open_store()
        self.sliders = {m: _confidence_slider(self._store, m) for m in moments}
        self.chart = widgets.HTML(layout={"width": "100%", "max_width": "460px"}) if show_chart else None
        self.message = widgets.HTML()
        self._refresh()
        for moment in CONFIDENCE_KEYS:  # every moment, shown here or not: the message speaks of both
            _confidence_slider(self._store, moment).observe(lambda _c: self._refresh(), names="value")
        children: list[widgets.Widget] = [
            widgets.HTML(
                "How confident do you feel about getting in touch with people? (1 = I dread it, 10 = no problem)"
            ),
            *self.sliders.values(),
            self.message,
        ]
        if self.chart is not None:
            children.append(self.chart)
        super().__init__(children)

    @property
    def values(self) -> tuple[int | None, int | None]:
        return (level(self._store.get(CONFIDENCE_KEYS["before"])), level(self._store.get(CONFIDENCE_KEYS["after"])))

    def _refresh(self) -> None:
        before, after = self.values
        self.message.value = f"<i>{escape(confidence_message(before, after))}</i>"
        if self.chart is not None:
            self.chart.value = confidence_svg(before, after)


# --------------------------------------------------------------------------- exports
class PlanExport(widgets.VBox):
    """Make the calendar file and the printable plan, offer them as downloads, and keep copies."""

    def __init__(self, *, name: str = "", store: AnswersStore | None = None, today: _dt.date | None = None):
        self._store = store or open_store()
        self._name = name
        self._today = today
        # One click, one download (the button starts it); the file asked for is also saved next to
        # the workbook and offered as a fallback link.
        self.make = widgets.Button(
            description="Download my calendar (.ics)", icon="calendar", button_style="primary", layout={"width": "auto"}
        )
        self.make_plan = widgets.Button(
            description="Download my printable plan (.html)", icon="print", layout={"width": "auto"}
        )
        self.links = widgets.HTML()
        self._starter = download_output()
        for button, which in ((self.make, ICS_NAME), (self.make_plan, HTML_NAME)):
            button.on_click(lambda _b, which=which: self.export(download=which))
        super().__init__(
            [
                widgets.HTML(
                    "Your plan as calendar reminders (import the <code>.ics</code> file into Google Calendar, "
                    "Outlook or Apple Calendar) and as a one-page plan to print or keep."
                ),
                widgets.HBox([self.make, self.make_plan], layout={"flex_flow": "row wrap"}),
                self.links,
                self._starter,
            ]
        )

    def export(self, _button: Any = None, *, download: str | None = None) -> None:
        """Write the two files next to the workbook, show fallback links, and start ``download``."""
        entries, problems = plan_core.plan_from_json(self._store.get(PLAN_KEY))
        if not entries:
            self.links.value = _problem("Your plan is empty: add at least one person above first.")
            return
        today = self._today or _dt.date.today()
        saved = self._store.as_dict()
        texts = answers_from_store(saved)
        reflections = [(p.question, texts.get(p.id, "")) for p in PROMPTS]
        confidence = (level(saved.get(CONFIDENCE_KEYS["before"])), level(saved.get(CONFIDENCE_KEYS["after"])))
        # Only the file asked for is made; export() with no download makes both.
        makers = {
            ICS_NAME: (lambda: calendar_bytes(plan_core.to_reminders(entries), name="Stay in touch"), "text/calendar"),
            HTML_NAME: (
                lambda: plan_core.plan_html(
                    entries, today, name=self._name, reflections=reflections, confidence=confidence
                ).encode("utf-8"),
                "text/html",
            ),
        }
        names = [download] if download in makers else list(makers)
        files = {name: makers[name][0]() for name in names}
        folder = self._store.folder
        try:
            for name, data in files.items():
                atomic_write_bytes(folder / name, data)  # the very bytes of the download
            kept = _ok(
                f"Copies were saved next to your workbook: {escape(', '.join(files))}"
                + (" (open the plan and press “Print, or save as PDF”)." if HTML_NAME in files else ".")
            )
        except OSError as exc:
            kept = _problem(
                f"The copies next to your workbook could not be saved ({escape(exc)}); use the links above."
            )
        warning = (_problem(" ".join(escape(p) for p in problems)) + "<br>") if problems else ""
        self.links.value = (
            warning
            + "".join(download_link(name, data, makers[name][1]) + "<br>" for name, data in files.items())
            + kept
        )
        if download in files:
            start_download(self._starter, download, files[download], makers[download][1])
