"""Exercise 1 widget: map your network — add, edit, import, and see the map and findings live.

Answers store keys:

* ``network.contacts`` — everyone, a list of contact dicts (see :class:`netkit.contacts.Contact`:
  ``id``, ``name``, ``ring`` always; other fields only when filled);
* ``network.draft`` — the contact form as typed, so nothing typed is lost before "Save contact":
  ``{"id": str | "", "name", "organisation", "role", "sector", "how_we_know", "ring",
  "last_contact": ISO date | None, "could_help_with", "could_offer"}``;
* ``network.imports`` — one summary per file imported (no personal data):
  ``{"source", "format", "imported", "merged", "skipped": [{"line", "reason"}], "warnings", "at"}``;
* ``network.summary`` — counts only (size, by ring, by sector, dormant share) for the coach's
  anonymised cohort report.

Callbacks stay fast: the table shows at most :data:`~netkit.widgets.network.view.TABLE_ROWS` rows, the picker at most
:data:`PICKER_ROWS`, and the three pictures are redrawn after a short pause
(``redraw_delay`` seconds, debounced; 0 draws at once, ``None`` only on
:meth:`NetworkMap.refresh_pictures`) rather than on every keystroke.
"""

from __future__ import annotations

import datetime as _dt
import threading
from typing import Any

import ipywidgets as widgets

from netkit.contacts import DIRECTIONS, RINGS, Contact, contacts_from_json, contacts_to_json
from netkit.contacts.importers import import_into
from netkit.date_input import maybe_date
from netkit.exceptions import NetkitError
from netkit.exercises.network.analysis import NetworkSummary, findings, parse_targets, summarise
from netkit.exercises.network.charts import reciprocity_svg, summary_svg
from netkit.exercises.network.egomap import ego_map_html
from netkit.html_pages import render_fragment
from netkit.languages import gettext_for
from netkit.markup import escape
from netkit.runtime import Scheduled, schedule
from netkit.store import schema
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets import status as _status
from netkit.widgets.autosave import SaveStatus, on_upload
from netkit.widgets.network.view import (
    FIELDS,
    NEW,
    blank_draft,
    contact_fields,
    contacts_table_html,
    draft_of,
    findings_html,
    import_help,
    import_inputs,
    interactions_html,
    log_inputs,
    matching,
    pictures_tab,
    search_index,
    unread_dates_note,
)
from netkit.widgets.status import fill, wrap

__all__ = ["CONTACTS_KEY", "DRAFT_KEY", "IMPORTS_KEY", "NetworkMap", "PICKER_ROWS", "SUMMARY_KEY"]

#: The answers key of the participant's contacts.
CONTACTS_KEY = schema.CONTACTS
#: The answers key of the contact being typed (kept until saved).
DRAFT_KEY = schema.NETWORK_DRAFT
#: The answers key of the imports made (file, date, counts).
IMPORTS_KEY = schema.NETWORK_IMPORTS
#: The answers key of the network's summary (counts the coach report reads).
SUMMARY_KEY = schema.NETWORK_SUMMARY
PICKER_ROWS = 60


class NetworkMap(widgets.VBox):
    """The network-mapping exercise: a contact form, imports, a table, the ego map and findings."""

    def __init__(
        self,
        *,
        name: str = "",
        target_organisations: str = "",
        target_sectors: str = "",
        store: AnswersStore | None = None,
        today: _dt.date | None = None,
        redraw_delay: float | None = 0.6,
        language: str = "",
    ):
        self._language = language
        self._ = gettext_for(language)
        self._store = store or open_store()
        self._name = name
        self._targets = (parse_targets(target_organisations), parse_targets(target_sectors))
        self._today = today
        self._redraw_delay = redraw_delay
        self._timer: Scheduled | None = None
        self._pictures_lock = threading.Lock()
        self._removed: Contact | None = None
        self._quiet = False
        self._contacts: list[Contact] = contacts_from_json(self._store.get(CONTACTS_KEY, []))
        # What this form last loaded or saved: the store deletes only contacts removed from it, so a
        # contact another tab added meanwhile survives this form's next save (see AnswersStore.set).
        self._saved_json = contacts_to_json(self._contacts)
        self._by_id = {c.id: c for c in self._contacts}
        self._index = search_index(self._contacts)
        draft = {**blank_draft(), **(self._store.get(DRAFT_KEY) or {})}

        self._build_controls(language)
        pictures, pictures_style = pictures_tab([self._map, self._reciprocity, self._summary], language)
        self._apply_draft(draft)
        self._refresh_lists(select=draft.get("id") or NEW)
        self._note_unread_dates()  # the contact the form opens on may hold a date that is none
        self._refresh_outputs()
        if redraw_delay is not None:
            self.refresh_pictures()
        self._observe()  # only now: building the form never overwrote a saved answer
        super().__init__(self._sections(pictures, pictures_style, language))

    def _build_controls(self, language: str) -> None:
        """Every input and output of the form, not yet observed (so restoring the draft saves nothing)."""
        _ = self._
        # --- the contact form
        self._find = widgets.Text(placeholder=_("type part of a name or organisation"), description=_("Find"))
        self._picker = widgets.Dropdown(description=_("Contact"), layout=widgets.Layout(width="32em"))
        self._fields, self._ring, self._last_contact = contact_fields(language)
        self._save_button = widgets.Button(description=_("Save contact"), button_style="primary", icon="check")
        self._new_button = widgets.Button(description=_("New contact"), icon="plus")
        self._remove_button = widgets.Button(description=_("Remove"), button_style="danger", icon="trash")
        self._undo_button = widgets.Button(
            description=_("Undo remove"), icon="undo", layout=widgets.Layout(display="none")
        )
        self._message = widgets.HTML()

        # --- interaction log
        self._log_date, self._log_kind, self._log_direction, self._log_note, self._log_button = log_inputs(
            self.today, language
        )
        self._log_list = widgets.HTML()

        # --- import
        self._upload, self._format = import_inputs(language)
        self._import_report = widgets.HTML()

        # --- outputs
        self._findings = widgets.HTML()
        self._table = widgets.HTML()
        # SVG with real text (names in every script, read by screen readers), full width
        self._map, self._reciprocity, self._summary = (widgets.HTML(layout=widgets.Layout(width="100%")) for _ in "abc")

    def _observe(self) -> None:
        """Tie the inputs to their handlers: from now on, a change is the participant's."""
        for widget in (*self._fields.values(), self._ring, self._last_contact):
            widget.observe(self._on_draft_change, names="value")
        self._picker.observe(self._on_pick, names="value")
        self._find.observe(self._on_find, names="value")
        self._save_button.on_click(self._on_save)
        self._new_button.on_click(self._on_new)
        self._remove_button.on_click(self._on_remove)
        self._undo_button.on_click(self._on_undo)
        self._log_button.on_click(self._on_log)
        on_upload(self._upload, lambda data, name: self.import_bytes(data, name, self._format.value))

    def _sections(self, pictures: widgets.Widget, pictures_style: widgets.Widget, language: str) -> list:
        """The form's sections, top to bottom: save status, contact form, log, import, findings, pictures, table."""
        _ = self._
        form = widgets.VBox(
            [
                widgets.HTML(wrap("h4", _("Add or edit a contact"))),
                widgets.HBox([self._find]),
                self._picker,
                *self._fields.values(),
                self._ring,
                self._last_contact,
                widgets.HBox([self._save_button, self._new_button, self._remove_button, self._undo_button]),
                self._message,
            ]
        )
        log = widgets.VBox(
            [
                widgets.HTML(wrap("h4", _("Log an interaction with this contact"))),
                widgets.HBox([self._log_date, self._log_kind]),
                self._log_direction,
                widgets.HBox([self._log_note, self._log_button]),
                self._log_list,
            ]
        )
        upload = widgets.VBox(
            [
                widgets.HTML(import_help(language)),
                widgets.HBox([self._upload, self._format]),
                self._import_report,
            ]
        )
        table = widgets.Accordion(children=[self._table], titles=(_("Your contacts (table)"),))
        return [
            SaveStatus(self._store, language=language),
            form,
            log,
            upload,
            widgets.HTML(wrap("h4", _("What your network says"))),
            self._findings,
            pictures_style,
            pictures,
            table,
        ]

    # ------------------------------------------------------------------ state
    @property
    def today(self) -> _dt.date:
        return self._today or _dt.date.today()

    @property
    def contacts(self) -> list[Contact]:
        """The contacts as they are now (read-only use, for tests and notebooks)."""
        return list(self._contacts)

    def _draft(self) -> dict:
        data = {f: self._fields[f].value.strip() for f in FIELDS}
        data["id"] = self._picker.value or NEW
        data["ring"] = self._ring.value
        data["last_contact"] = self._last_contact.value.isoformat() if self._last_contact.value else None
        return data

    def _apply_draft(self, draft: dict) -> None:
        self._quiet = True
        try:
            for f in FIELDS:
                self._fields[f].value = str(draft.get(f) or "")
            self._ring.value = draft.get("ring") if draft.get("ring") in RINGS else "regular"
            self._last_contact.value = maybe_date(draft.get("last_contact"))
        finally:
            self._quiet = False

    def _save_contacts(self, summary: NetworkSummary) -> None:
        contacts = contacts_to_json(self._contacts)
        values = {CONTACTS_KEY: contacts, SUMMARY_KEY: summary.to_json()}
        self._store.update(values, base={CONTACTS_KEY: self._saved_json})
        self._saved_json = contacts

    # ------------------------------------------------------------------ refreshing
    def _matches(self) -> list[Contact]:
        return matching(self._index, self._find.value)

    def _refresh_lists(self, select: str | None = None) -> None:
        matches = self._matches()
        shown = matches[:PICKER_ROWS]
        keep = select if select is not None else self._picker.value
        if keep and keep in self._by_id and all(c.id != keep for c in shown):
            shown.append(self._by_id[keep])
        options = [(self._("➕ new contact"), NEW)] + [
            (f"{c.name} ({c.organisation})" if c.organisation else c.name, c.id) for c in shown
        ]
        self._quiet = True
        try:
            self._picker.options = options
            self._picker.value = keep if keep in self._by_id else NEW
        finally:
            self._quiet = False
        sectors = sorted({c.sector for c in self._contacts if c.sector} | set(self._targets[1]))
        self._fields["sector"].options = sectors[:200]
        self._table.value = contacts_table_html(matches, self.today, language=self._language)
        self._refresh_log_list()

    def _refresh_log_list(self) -> None:
        contact = self._by_id.get(self._picker.value or NEW)
        if contact is None:
            self._log_list.value = wrap("i", self._("Save the contact first, then log what passed between you."))
            return
        self._log_list.value = interactions_html(contact, self._language)

    def _refresh_outputs(self, summary: NetworkSummary | None = None) -> None:
        organisations, sectors = self._targets
        lines = findings(
            self._contacts,
            self.today,
            target_organisations=organisations,
            target_sectors=sectors,
            summary=summary,
            language=self._language,
        )
        self._findings.value = findings_html(lines)

    def refresh_pictures(self) -> None:
        """Redraw the ego map and the two charts now (the widget schedules this after changes)."""
        with self._pictures_lock:
            people = list(self._contacts)
            self._map.value = ego_map_html(
                people, self.today, participant=self._name or self._("You"), language=self._language
            )
            self._reciprocity.value = reciprocity_svg(people, language=self._language)
            self._summary.value = summary_svg(people, self.today, language=self._language)

    def _schedule_pictures(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._redraw_delay is None:
            return  # pictures only on an explicit refresh_pictures() (tests, scripted use)
        if self._redraw_delay <= 0:
            self.refresh_pictures()
            return
        self._timer = schedule(self._redraw_delay, self._redraw_in_background)

    def _redraw_in_background(self) -> None:
        try:
            self.refresh_pictures()
        except Exception as exc:  # shown, never a silent blank picture
            self._message.value = _status.problem(fill(self._("The map could not be drawn: {error}"), error=exc))

    def _changed(self, select: str | None = None) -> None:
        self._by_id = {c.id: c for c in self._contacts}
        self._index = search_index(self._contacts)
        summary = summarise(self._contacts, self.today)  # saved for the coach, and the findings' first line
        self._save_contacts(summary)
        self._refresh_lists(select=select)
        self._refresh_outputs(summary)
        self._schedule_pictures()

    def _say(self, text: str, kind: str = "ok") -> None:
        """Show ``text`` (plain, escaped here) as a status message of ``kind`` (:mod:`netkit.widgets.status`)."""
        self._message.value = _status.status(kind, escape(text))

    # ------------------------------------------------------------------ callbacks
    def _on_draft_change(self, _change: dict) -> None:
        if not self._quiet:
            self._store.set(DRAFT_KEY, self._draft())

    def _on_find(self, _change: dict) -> None:
        self._refresh_lists()

    def _on_pick(self, change: dict) -> None:
        if self._quiet:
            return
        contact = self._by_id.get(change["new"] or NEW)
        if contact is None:
            draft = blank_draft()
        else:
            draft = draft_of(contact)
        self._apply_draft(draft)
        self._store.set(DRAFT_KEY, self._draft())
        self._refresh_log_list()
        self._note_unread_dates()

    def _note_unread_dates(self, said: str = "") -> None:
        """Show ``said`` (plain), and where the picked contact holds a saved date that is no date
        (:attr:`Contact.unread_dates`), which one and how to fix it, as a warning (nothing at all: no message)."""
        contact = self._by_id.get(self._picker.value or NEW)
        note = unread_dates_note(contact, self._language) if contact is not None else ""
        if note:
            self._say(f"{said} {note}".strip(), "warning")
        elif said:
            self._say(said)
        else:
            self._message.value = ""

    def _on_save(self, _button: Any = None) -> None:
        draft = self._draft()
        if not draft["name"]:
            self._say(self._("Give the contact a name first."), "problem")
            return
        last = maybe_date(draft["last_contact"])
        contact = self._by_id.get(draft["id"])
        if contact is None:
            contact = Contact(name=draft["name"], source="by hand")
            self._contacts.append(contact)
            said = self._("Added {name}.")
        else:
            said = self._("Saved {name}.")
        for f in FIELDS:
            setattr(contact, f, draft[f])
        contact.ring, contact.last_contact = draft["ring"], last
        if last is not None:
            contact.unread_dates.pop("last_contact", None)  # a real date replaces the value kept as saved
        self._changed(select=contact.id)
        self._store.set(DRAFT_KEY, self._draft())
        self._note_unread_dates(said.replace("{name}", contact.name))

    def _on_new(self, _button: Any = None) -> None:
        self._quiet = True
        try:
            self._picker.value = NEW
        finally:
            self._quiet = False
        self._apply_draft(blank_draft())
        self._store.set(DRAFT_KEY, self._draft())
        self._refresh_log_list()
        self._message.value = ""

    def _on_remove(self, _button: Any = None) -> None:
        contact = self._by_id.get(self._picker.value or NEW)
        if contact is None:
            self._say(self._("Choose a saved contact to remove."), "problem")
            return
        self._contacts.remove(contact)
        self._removed = contact
        self._undo_button.layout.display = None
        self._changed(select=NEW)
        self._apply_draft(blank_draft())
        self._store.set(DRAFT_KEY, self._draft())
        self._say(self._("Removed {name}.").replace("{name}", contact.name), "warning")

    def _on_undo(self, _button: Any = None) -> None:
        if self._removed is None:
            return
        contact, self._removed = self._removed, None
        self._contacts.append(contact)
        self._undo_button.layout.display = "none"
        self._changed(select=contact.id)
        self._on_pick({"new": contact.id})
        self._say(self._("{name} is back.").replace("{name}", contact.name))

    def _on_log(self, _button: Any = None) -> None:
        contact = self._by_id.get(self._picker.value or NEW)
        if contact is None:
            self._say(self._("Save the contact first, then log the interaction."), "problem")
            return
        contact.log(
            self._log_date.value or self.today,
            self._log_kind.value,
            self._log_direction.value,
            self._log_note.value.strip(),
        )
        self._log_note.value = ""
        self._changed(select=contact.id)
        direction = self._(DIRECTIONS[self._log_direction.value])
        self._say(
            self._("Logged for {name}: {direction}.").replace("{name}", contact.name).replace("{direction}", direction)
        )

    def import_bytes(self, data: bytes, filename: str, format: str = "auto") -> None:
        """Merge an export's bytes into the network (what the upload button does)."""
        try:
            everyone, report = import_into(self._contacts, data, source=filename, format=format)
        except NetkitError as exc:
            self._import_report.value = _status.problem(f"✗ {escape(exc.message)}")
            return
        self._contacts = everyone
        imports = self._store.get(IMPORTS_KEY, []) or []
        imports.append({**report.to_json(), "at": _dt.datetime.now().isoformat(timespec="seconds")})
        self._store.set(IMPORTS_KEY, imports)
        self._changed()
        details = report.details(language=self._language)
        self._import_report.value = _status.ok(f"✓ {escape(report.summary(self._language))}") + (
            str(render_fragment("widgets/list.html.j2", lines=details)) if details else ""
        )
