"""After exercise 2: prepare the conversation, close it well, thank within a day, note what was learnt.

Answers store keys:

* ``conversation.notes`` — a list of ``{"id", "contact", "contact_id"?, "date", "learnt", "next_people",
  "next_step"}``, one per conversation (new in issue #14);
* ``network.contacts`` (exercise 1) — the conversation is also added to the contact's log as an
  interaction (a meeting where I asked), so the network map counts it.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from typing import Any

import ipywidgets as widgets

from netkit.exercises.outreach import contact_label, normalise_contact
from netkit.exercises.outreach.conversation import (
    AFTER,
    AFTER_A_NO,
    CLOSING,
    PREPARE,
    QUESTIONS,
    THANK_YOU_SITUATION,
    VOUCHED_FOR,
    log_conversation,
    thank_you_draft,
)
from netkit.exercises.outreach.lint import lint
from netkit.html_pages import render_fragment
from netkit.languages import N_, gettext_for
from netkit.markup import escape
from netkit.store import schema
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets import status as _status
from netkit.widgets.autosave import SaveStatus
from netkit.widgets.outreach.view import findings_html
from netkit.widgets.status import fill, wrap

__all__ = ["CONTACTS_KEY", "ConversationGuide", "NOTES_KEY", "TYPED", "guide_html"]

NOTES_KEY = schema.CONVERSATION_NOTES
CONTACTS_KEY = schema.CONTACTS
TYPED = "__typed__"


def guide_html(language: str = "") -> str:
    """The guide's checklists: before, if someone vouched for you, questions by theme, closing, after, after a no
    (all in the participant's ``language``; the template ``widgets/conversation_guide.html.j2``)."""
    _ = gettext_for(language)

    def section(title: str, items=(), *, themes=(), open_: bool = False) -> dict[str, Any]:
        return {
            "title": _(title),
            "lines": [_(item) for item in items],
            "themes": [(_(theme), [_(q) for q in questions]) for theme, questions in themes],
            "open": open_,
        }

    sections = [
        section(N_("Before: prepare"), PREPARE, open_=True),
        section(N_("Someone vouched for you? Tick these off"), VOUCHED_FOR),
        section(N_("During: questions to choose from"), themes=QUESTIONS.items()),
        section(N_("Closing: the last five minutes"), CLOSING),
        section(N_("After: within a day"), AFTER),
        section(N_("If it went badly: ask again"), AFTER_A_NO),
    ]
    return str(render_fragment("widgets/conversation_guide.html.j2", language=language, sections=sections))


class ConversationGuide(widgets.VBox):
    """The guide, a thank-you draft with live feedback, and a note saved to the contact's log."""

    def __init__(
        self, *, name: str = "", store: AnswersStore | None = None, today: _dt.date | None = None, language: str = ""
    ):
        self._language = language
        self._ = _ = gettext_for(language)
        self._store = store or open_store()
        self._participant = {"name": name}
        self._today = today or _dt.date.today()
        contacts = [c for c in self._store.get(CONTACTS_KEY, []) or [] if isinstance(c, dict) and c.get("id")]
        self._contacts = {str(c["id"]): c for c in contacts}
        self._make_controls()
        self._draft = ""

        for box in (self.contact, self.contact_name, self.learnt, self.next_step):
            box.observe(self._redraft, names="value")
        self.thank_you.observe(lambda _c: self._relint(), names="value")
        self.save.on_click(self._on_save)
        self._sync_name_box()
        self._redraft()

        super().__init__(
            [
                widgets.HTML(guide_html(language)),
                widgets.HTML(wrap("b", _("After the conversation"))),
                self.contact,
                self.contact_name,
                self.day,
                self.learnt,
                self.next_step,
                self.next_people,
                widgets.HTML(_("<b>Your thank-you, to send within a day</b> — edit it into your own words.")),
                self.thank_you,
                self.findings,
                self.save,
                self.message,
                SaveStatus(self._store, language=language),
            ]
        )

    def _make_controls(self) -> None:
        """The form: whom the conversation was with, when, what was learnt, the next step, the thank-you."""
        _ = self._
        wide = {"description_width": "initial"}  # labels in full, never cut off

        self.contact = widgets.Dropdown(
            options=[(contact_label(c, self._language), cid) for cid, c in self._contacts.items()]
            + [(_("Someone else"), TYPED)],
            style=wide,
            description=_("With:"),
            layout={"width": "32em"},
        )
        self.contact_name = widgets.Text(
            style=wide, description=_("Name:"), placeholder=_("Their name"), layout={"width": "32em"}
        )
        self.day = widgets.DatePicker(style=wide, description=_("When:"), value=self._today)
        self.learnt = widgets.Textarea(
            style=wide,
            description=_("I learnt:"),
            placeholder=_("One or two things that stayed with you"),
            layout={"width": "100%", "height": "5em"},
        )
        self.next_step = widgets.Text(
            style=wide,
            description=_("I'll next:"),
            placeholder=_("e.g. rewrite my CV's summary"),
            layout={"width": "100%"},
        )
        self.next_people = widgets.Text(
            style=wide,
            description=_("Next people:"),
            placeholder=_("Who else they suggested"),
            layout={"width": "100%"},
        )
        self.thank_you = widgets.Textarea(layout={"width": "100%", "height": "10em"})
        self.findings = widgets.HTML()
        self.save = widgets.Button(description=_("Save to their log"), icon="book", button_style="primary")
        self.message = widgets.HTML()

    def _selected(self) -> tuple[dict | str, str, str | None]:
        if self.contact.value == TYPED:
            typed = self.contact_name.value.strip()
            return typed, typed, None
        record = self._contacts.get(self.contact.value, {})
        return record, normalise_contact(record).get("name", ""), self.contact.value

    def _sync_name_box(self) -> None:
        self.contact_name.layout.display = None if self.contact.value == TYPED else "none"

    def _redraft(self, _change: Any = None) -> None:
        self._sync_name_box()
        contact, _name, _cid = self._selected()
        if self.thank_you.value.strip() and self.thank_you.value != self._draft:
            return  # the participant has edited the thank-you: never overwrite their words
        self._draft = thank_you_draft(
            contact, self.learnt.value, self.next_step.value, participant=self._participant, language=self._language
        )
        if self.thank_you.value == self._draft:
            self._relint()
        else:
            self.thank_you.value = self._draft  # observed: relints

    def _relint(self) -> None:
        found = lint(self.thank_you.value, THANK_YOU_SITUATION, language=self._language or None)
        self.findings.value = findings_html(found, self._language)

    def _on_save(self, _button: Any = None) -> None:
        _contact, name, contact_id = self._selected()
        if not name or not self.learnt.value.strip():
            self.message.value = _status.warning(
                escape(self._("Choose who you talked to and note at least one thing you learnt, then save."))
            )
            return
        day = self.day.value or self._today
        note = {
            "id": uuid.uuid4().hex[:12],
            "contact": name,
            "date": day.isoformat(),
            "learnt": self.learnt.value.strip(),
            "next_step": self.next_step.value.strip(),
            "next_people": self.next_people.value.strip(),
        }
        values: dict[str, Any] = {}
        logged = False
        if contact_id:
            note["contact_id"] = contact_id
            updated, logged = log_conversation(
                self._store.get(CONTACTS_KEY, []) or [],
                contact_id,
                day,
                note["learnt"],
                note["next_people"],
                language=self._language,
            )
            if logged:
                values[CONTACTS_KEY] = updated
                self._contacts = {str(c["id"]): c for c in updated if isinstance(c, dict) and c.get("id")}
        values[NOTES_KEY] = [n for n in self._store.get(NOTES_KEY, []) or [] if isinstance(n, dict)] + [note]
        self._store.update(values)
        _ = self._
        saved = fill(
            _("Saved to your notes and to their log in your network map.") if logged else _("Saved to your notes.")
        )
        nxt = (
            " " + fill(_("Next: write to {people}, and say who suggested you."), people=note["next_people"])
            if note["next_people"]
            else ""
        )
        self.message.value = _status.ok(f"{saved}{nxt}")
