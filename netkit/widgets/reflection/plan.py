"""Exercise 3, the stay-in-touch plan: the builder (people, cadence, first step, date) and its exports
(calendar file, printable plan). Thin layers over :mod:`netkit.exercises.reflection.plan`; keys as in
:mod:`netkit.widgets.reflection`."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import ipywidgets as widgets

from netkit.contacts import ring_label
from netkit.contacts.rhythms import CADENCES
from netkit.date_input import maybe_date
from netkit.exceptions import NetkitError
from netkit.exercises.reflection import plan as plan_core
from netkit.exercises.reflection.plan.output import HTML_NAME, ICS_NAME, MEDIA_TYPES, export_plan
from netkit.html_pages import render_fragment
from netkit.languages import gettext_for, short_date, written_date
from netkit.markup import Markup, download_link, escape
from netkit.store import schema
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets import status as _status
from netkit.widgets.autosave import SaveStatus, bind
from netkit.widgets.download import download_output, start_download
from netkit.widgets.status import fill, wrap

__all__ = ["CONTACTS_KEY", "DRAFT_PREFIX", "PLAN_KEY", "PlanBuilder", "PlanExport"]

CONTACTS_KEY = schema.CONTACTS
PLAN_KEY = schema.PLAN
DRAFT_PREFIX = schema.REFLECTION_DRAFT_PREFIX


def _ok(text: str) -> str:
    return _status.ok(f"✓ {text}")


def _problem(text: str) -> str:
    return _status.problem(f"✗ {text}")


def _date_to_json(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, _dt.date) else None


# --------------------------------------------------------------------------- prompts


# --------------------------------------------------------------------------- plan builder
class PlanBuilder(widgets.VBox):
    """Choose people, a cadence, a first step and a date; see this month's list and the commitment."""

    def __init__(
        self, *, name: str = "", store: AnswersStore | None = None, today: _dt.date | None = None, language: str = ""
    ):
        self._language = language
        self._ = _ = gettext_for(language)
        self._store = store or open_store()
        self._name = name
        self._today = today
        self.people = plan_core.people_from_contacts(self._store.get(CONTACTS_KEY))
        self._rings = {p.name: p.closeness for p in self.people}
        self.entries, problems = plan_core.plan_from_json(self._store.get(PLAN_KEY))
        self._saved_plan = plan_core.plan_to_json(self.entries)  # what a save may delete from (AnswersStore.set)

        self._line_inputs()
        self.message = widgets.HTML()
        self.rows = widgets.VBox()
        self.this_month = widgets.HTML()
        self.commitment = widgets.HTML()

        self._restore_draft()  # first, then observe: building never overwrites an answer
        self.first_step.placeholder = self._(plan_core.default_first_step(self.closeness.value))

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
                    _(
                        "<b>Add someone to your plan</b> — each person gets their ring's rhythm from the table; "
                        "change it if it does not suit you."
                    )
                ),
                self.person,
                widgets.HBox([self.closeness, self.cadence]),
                self.first_step,
                self.first_date,
                self.add,
                self.message,
                widgets.HTML(wrap("b", _("Your plan"))),
                self.rows,
                widgets.HTML(wrap("b", _("Who to contact this month"))),
                self.this_month,
                widgets.HTML(wrap("b", _("Your commitment"))),
                self.commitment,
                SaveStatus(self._store, language=language),
            ]
        )

    def _line_inputs(self) -> None:
        """The inputs of one plan line: who, how close, how often, the first step and its date, and Add."""
        _ = self._
        self.person = widgets.Combobox(
            options=[p.name for p in self.people],
            ensure_option=False,
            placeholder=_("Pick from your network map, or type a name"),
            description=_("Who:"),
            layout={"width": "32em"},
        )
        self.closeness = widgets.Dropdown(
            options=[(_(label), key) for key, (label, _default) in plan_core.RINGS.items()],
            value=plan_core.DEFAULT_RING,
            description=_("Closeness:"),
        )
        self.cadence = widgets.Dropdown(
            options=[(_(c.label), c.key) for c in CADENCES.values()],
            value=plan_core.default_cadence(plan_core.DEFAULT_RING),
            description=_("How often:"),
        )
        self.first_step = widgets.Text(description=_("First step:"), layout={"width": "40em"})
        self.first_date = widgets.DatePicker(description=_("First date:"), value=self._now())
        self.add = widgets.Button(description=_("Add to my plan"), icon="plus", button_style="primary")

    def _restore_draft(self) -> None:
        """Tie the line's inputs to the half-typed line in the store (restored now, saved as it is typed)."""
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
            from_json=lambda v: v if v in CADENCES else plan_core.DEFAULT_CADENCE,
        )
        bind(self.first_step, DRAFT_PREFIX + "first_step", store=self._store)
        bind(
            self.first_date,
            DRAFT_PREFIX + "first_date",
            store=self._store,
            to_json=_date_to_json,
            from_json=maybe_date,
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
        self.first_step.placeholder = self._(plan_core.default_first_step(change["new"]))

    def _on_add(self, _button: Any = None) -> None:
        try:
            entry = plan_core.make_entry(
                self.person.value,
                self.closeness.value,
                self.cadence.value,
                # left empty: the ring's suggested first step, in the participant's language
                self.first_step.value.strip() or self._(plan_core.default_first_step(self.closeness.value)),
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
            fill(
                self._("{person} is in your plan: {cadence}, starting {date}."),
                person=entry.person,
                cadence=self._(entry.cadence_info.label),
                date=self._date(entry.first_date),
            )
        )

    def remove(self, person: str) -> None:
        """Take ``person`` out of the plan."""
        self.entries = [e for e in self.entries if e.person != person]
        self._save()
        self.message.value = _ok(fill(self._("{person} was removed from your plan."), person=person))

    def _save(self) -> None:
        plan = plan_core.plan_to_json(self.entries)
        self._store.set(PLAN_KEY, plan, base=self._saved_plan)
        self._saved_plan = plan
        self._refresh()

    def _date(self, day: _dt.date) -> str:
        """A date in the plan: English as before ("03 Dec 2026"), else the language's own way to write it."""
        return short_date(day, self._language) if self._language in ("", "en") else written_date(day, self._language)

    def _row(self, entry: plan_core.PlanEntry) -> widgets.HBox:
        today = self._now()
        _ = self._
        details = fill(
            _("{ring}, {cadence}; first: {step} ({date}); next due {due}"),
            ring=_(ring_label(entry.closeness)),
            cadence=_(entry.cadence_info.label),
            step=entry.first_step,
            date=self._date(entry.first_date),
            due=self._date(plan_core.next_due(entry, today)),
        )
        text = str(Markup("<b>{}</b> — {}").format(escape(entry.person), Markup(details)))
        button = widgets.Button(description=_("Remove"), icon="trash", layout={"width": "7em"})
        button.on_click(lambda _b, person=entry.person: self.remove(person))
        row = widgets.HBox([widgets.HTML(text, layout={"width": "46em"}), button])
        row.remove_button = button
        return row

    def _refresh(self) -> None:
        today = self._now()
        _ = self._
        nobody = _("Nobody yet. Start with one or two people: a short list you keep beats a long one you avoid.")
        self.rows.children = [self._row(e) for e in self.entries] or [widgets.HTML(wrap("i", nobody))]
        due = plan_core.due_this_month(self.entries, today, self._language)
        if due:
            self.this_month.value = str(
                render_fragment(
                    "widgets/plan_month.html.j2",
                    muted=_status.COLOURS["muted"],  # past days greyed in the muted status colour (AA contrast)
                    due=[
                        (d.past, short_date(d.date, self._language, weekday=True, year=False), d.person, d.action)
                        for d in due
                    ],
                )
            )
        else:
            self.this_month.value = wrap("i", _("Nobody is due this month."))
        self.commitment.value = str(
            Markup("<div style='border-left:4px solid #2a7ab0;padding:0.3em 0.8em'>{}</div>").format(
                escape(plan_core.commitment_statement(self.entries, today, self._name, self._language))
            )
        )


# --------------------------------------------------------------------------- exports
class PlanExport(widgets.VBox):
    """Make the calendar file and the printable plan, offer them as downloads, and keep copies."""

    def __init__(
        self, *, name: str = "", store: AnswersStore | None = None, today: _dt.date | None = None, language: str = ""
    ):
        self._ = _ = gettext_for(language)
        self._language = language  # the files it makes speak it too
        self._store = store or open_store()
        self._name = name
        self._today = today
        # One click, one download (the button starts it); the file asked for is also saved next to
        # the workbook and offered as a fallback link.
        self.make = widgets.Button(
            description=_("Download my calendar (.ics)"),
            icon="calendar",
            button_style="primary",
            layout={"width": "auto"},
        )
        self.make_plan = widgets.Button(
            description=_("Download my printable plan (.html)"), icon="print", layout={"width": "auto"}
        )
        self.links = widgets.HTML()
        self._starter = download_output()
        for button, which in ((self.make, ICS_NAME), (self.make_plan, HTML_NAME)):
            button.on_click(lambda _b, which=which: self.export(download=which))
        super().__init__(
            [
                widgets.HTML(
                    _(
                        "Your plan as calendar reminders (import the <code>.ics</code> file into Google Calendar, "
                        "Outlook or Apple Calendar) and as a one-page plan to print or keep."
                    )
                ),
                widgets.HBox([self.make, self.make_plan], layout={"flex_flow": "row wrap"}),
                self.links,
                self._starter,
            ]
        )

    def export(self, _button: Any = None, *, download: str | None = None) -> None:
        """Write the files next to the workbook (:func:`netkit.exercises.reflection.plan.output.export_plan`), show
        fallback links,
        and start ``download`` (only that file is made; no ``download`` makes both)."""
        try:
            done = export_plan(
                self._store.as_dict(),
                self._store.folder,
                self._today or _dt.date.today(),
                name=self._name,
                only=download,
                language=self._language,
            )
        except NetkitError as exc:
            self.links.value = _problem(escape(exc.what))
            return
        _ = self._
        if done.error is None:
            said = (
                _("Copies were saved next to your workbook: {files} (open the plan and press “Print, or save as PDF”).")
                if HTML_NAME in done.files
                else _("Copies were saved next to your workbook: {files}.")
            )
            kept = _ok(fill(said, files=", ".join(done.files)))
        else:
            kept = _problem(
                fill(
                    _("The copies next to your workbook could not be saved ({error}); use the links above."),
                    error=done.error,
                )
            )
        lines = [_problem(" ".join(escape(p) for p in done.problems))] if done.problems else []
        lines += [download_link(name, data, MEDIA_TYPES[name]) for name, data in done.files.items()]
        rows = Markup("").join(Markup("{}<br>").format(Markup(line)) for line in lines)  # each line HTML already
        self.links.value = str(rows + Markup(kept))
        if download in done.files:
            start_download(self._starter, download, done.files[download], MEDIA_TYPES[download])
