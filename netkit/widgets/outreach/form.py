"""Exercise 2 widget: draft an outreach message with live feedback, keep an outbox, plan follow-ups.

Answers store keys:

* ``outreach.draft`` — the message being written:
  ``{"contact": str, "contact_id": str | None, "situation": str, "text": str, "template_text": str,
  "relationship": str, "identity": str, "linted": {...}}`` (``relationship``: the "how well do you know
  them?" choice for a name typed by hand — a contact from the map brings its ring; ``identity``: the
  participant's one line of who they are, which the career-change and starting-out templates use);
  (``template_text`` is the last draft filled from a template, so an untouched draft follows a
  change of contact or situation while an edited one is never replaced without asking);
* ``outreach.outbox`` — saved messages, a list of
  ``{"id", "contact", "contact_id"?, "situation", "text", "created", "sent_on", "replied_on", "asks"?,
  "organisation"?, "linted"?}`` (dates as ISO strings or null; ``asks``: the situation asks for something,
  so a silence gets one nudge, then the suggestion of a second person at ``organisation``);
* ``linted`` (draft and entries): the linter's warnings for that text with the fingerprint of the lint call
  (:mod:`~netkit.exercises.outreach.saved_findings`), so ``netkit collect`` lints only what changed since;
* contacts are read from ``network.contacts`` (exercise 1) when present.

The follow-up calendar is also written as ``followups.ics`` next to the workbook. Its dates count
business days: weekends, and the public holidays of the workshop's ``country`` (the workbook's
parameter; an unknown one is reported in the form and weekends only are skipped).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import ipywidgets as widgets

from netkit.business_days import COUNTRY_WHERE, checked_country
from netkit.date_input import maybe_date
from netkit.exceptions import NetkitError, TemplateError
from netkit.exercises.outreach import (
    COACH_FOLDER_NAME,
    contact_label,
    field_label,
    load_templates,
    missing_fields,
    normalise_contact,
    render_message,
)
from netkit.exercises.outreach.followups import entry_asks, new_outbox_entry, write_followups
from netkit.exercises.outreach.lint import lint, word_count
from netkit.exercises.outreach.lint_parse import RELATIONSHIP_CHOICES, relationship_for
from netkit.exercises.outreach.practice import HEARING_FROM_ME, audience_for_stage, templates_for_stage
from netkit.exercises.outreach.saved_findings import LINTED_KEY, fingerprint, linted_record
from netkit.languages import gettext_for, short_date
from netkit.markup import Markup, escape
from netkit.store import schema
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets import status as _status
from netkit.widgets.autosave import SaveStatus
from netkit.widgets.outreach.view import entry_label, findings_html, followups_html
from netkit.widgets.status import fill, wrap

__all__ = ["CONTACTS_KEY", "DRAFT_KEY", "OUTBOX_KEY", "OutreachComposer", "TYPED"]

#: The answers key of the message being written.
DRAFT_KEY = schema.OUTREACH_DRAFT
#: The answers key of the messages kept (the outbox).
OUTBOX_KEY = schema.OUTBOX
CONTACTS_KEY = schema.CONTACTS
#: The contact menu's value for a recipient typed by hand rather than picked.
TYPED = "__typed__"
_NO_ASK_PROMPTED = frozenset({"reconnect", "congratulate", "share-no-ask"})


class OutreachComposer(widgets.VBox):
    """Pick a contact and a situation, edit the draft with live feedback, save, mark as sent."""

    def __init__(
        self,
        *,
        name: str = "",
        goal: str = "",
        store: AnswersStore | None = None,
        templates_folder: Any = None,
        today: _dt.date | None = None,
        country: str = "",
        career_stage: str = "",
        language: str = "",
    ):
        self._language = language
        self._ = _ = gettext_for(language)
        self._store = store or open_store()
        # The workshop's country (the workbook's parameter): follow-ups skip its public holidays.
        self._country, country_problem = checked_country(country, where=COUNTRY_WHERE, language=language)
        self._participant = {"name": name, "goal": goal}
        self._today = today
        self._note = widgets.HTML(_status.problem(escape(country_problem), tag="div") if country_problem else "")
        audience = self._choose_templates(templates_folder, career_stage)
        self._contacts = self._read_contacts()
        self._refreshing = False

        # --- widgets (values restored from the store before anything is observed)
        self._recipient_widgets(audience)
        self.about = widgets.HTML()
        self.use_template = widgets.Button(
            description=_("Start again from the template"), icon="refresh", layout={"width": "auto"}
        )
        self.draft = widgets.Textarea(
            placeholder=_("Your message"), continuous_update=True, layout={"width": "100%", "height": "14em"}
        )
        self.findings = widgets.HTML()
        self.word_count = widgets.HTML()
        self.save = widgets.Button(description=_("Save to outbox"), icon="inbox", button_style="primary")
        self.outbox = widgets.Dropdown(description=_("Outbox:"), layout={"width": "60em", "max_width": "100%"})
        self.sent_on = widgets.DatePicker(description=_("Sent on:"), value=self._now())
        self.mark_sent = widgets.Button(description=_("Mark as sent"), icon="paper-plane")
        self.mark_replied = widgets.Button(description=_("They replied"), icon="reply")
        self.message = widgets.HTML()
        self.followups = widgets.HTML()
        self.download = widgets.HTML()
        self._template_text = ""
        #: What the last lint found, as saved with the draft (``None`` when feedback was unavailable).
        self._linted: dict[str, Any] | None = None

        self._restore()
        self._refresh_outbox()
        self._refresh_followups()
        self._relint()

        self._wire()
        super().__init__(self._sections())
        self._sync_name_box()

    # ------------------------------------------------------------------ building the form
    def _choose_templates(self, templates_folder: Any, career_stage: str):
        """The templates offered, in the order the participant's career stage puts first; the audience's advice.

        The coach's folder (beside the answers) is read if there is one; a broken coach template must not stop
        the exercise, so the built-in ones are offered with a note saying why."""
        _ = self._
        folder = templates_folder if templates_folder is not None else self._store.folder / COACH_FOLDER_NAME
        try:
            self._templates = load_templates(folder, self._language)
        except NetkitError as exc:  # a broken coach template must not stop the exercise
            self._templates = load_templates(None, self._language)
            self._note.value += _status.problem(
                fill(
                    _(
                        "A template in your coach's folder could not be used, so only the built-in ones are "
                        "offered: {error}"
                    ),
                    error=exc.message,
                )
            )
        # The roster's career stage decides which templates come first (starting out, changing career, freelance).
        order = templates_for_stage(career_stage, [t.id for t in self._templates])
        self._templates.sort(key=lambda t: order.index(t.id))
        audience = audience_for_stage(career_stage)
        self._by_id = {t.id: t for t in self._templates}
        self._titles = {t.id: t.title for t in self._templates}
        return audience

    def _recipient_widgets(self, audience) -> None:
        """Section 1: who the message is for (a contact, or a typed name and how well they know them), the
        situation, their one line, and the advice for their audience."""
        _ = self._
        self.contact = widgets.Dropdown(options=self._contact_options(), description=_("To:"), layout={"width": "32em"})
        self.contact_name = widgets.Text(
            placeholder=_("Their name, e.g. Ana Souza"), description=_("Name:"), layout={"width": "32em"}
        )
        self.relationship = widgets.Dropdown(
            options=list(RELATIONSHIP_CHOICES),
            value="",
            description=_("How well do you know them?"),
            style={"description_width": "initial"},
            layout={"width": "32em"},
        )
        self.situation = widgets.Dropdown(
            options=[(t.title, t.id) for t in self._templates], description=_("Situation:"), layout={"width": "32em"}
        )
        self.identity = widgets.Text(
            placeholder=_("e.g. A ward nurse of ten years who knows how staff use data, moving into health analytics."),
            description=_("Your one line:"),
            layout={"width": "48em", "max_width": "100%"},
        )
        self.audience = widgets.HTML(
            Markup("<div style='color:#555;max-width:48em'><b>{}:</b> {}</div>").format(
                escape(_(audience.label)), escape(_(audience.advice))
            )
            if audience
            else ""
        )

    def _wire(self) -> None:
        """Every observer and button, set once the values are restored (so restoring triggers nothing)."""
        self.contact.observe(self._on_recipient, names="value")
        self.contact_name.observe(self._on_recipient, names="value")
        self.relationship.observe(self._on_relationship, names="value")
        self.identity.observe(self._on_identity, names="value")
        self.situation.observe(self._on_recipient, names="value")
        self.draft.observe(self._on_text, names="value")
        self.use_template.on_click(lambda _b: self._fill(force=True))
        self.save.on_click(self._on_save)
        self.mark_sent.on_click(self._on_mark_sent)
        self.mark_replied.on_click(self._on_replied)
        self.outbox.observe(lambda _c: self._show_selected(), names="value")
        self._store.subscribe(CONTACTS_KEY, self.refresh_contacts)

    def _sections(self) -> list[widgets.Widget]:
        """The form, top to bottom: who and why, the draft with its feedback, the outbox and follow-ups."""
        _ = self._
        return [
            self._note,
            widgets.HTML(wrap("b", _("1. Who are you writing to, and why?"))),
            self.contact,
            self.contact_name,
            self.relationship,
            self.situation,
            self.about,
            self.audience,
            self.identity,
            widgets.HTML(_("<b>2. Edit the draft</b> — suggestions update as you type.")),
            self.draft,
            self.word_count,
            self.findings,
            widgets.HBox([self.use_template, self.save]),
            widgets.HTML(wrap("b", _("3. Outbox and follow-ups"))),
            self.outbox,
            widgets.HBox([self.sent_on, self.mark_sent, self.mark_replied]),
            self.message,
            self.followups,
            self.download,
            SaveStatus(self._store, language=self._language),
        ]

    # ------------------------------------------------------------------ helpers
    def _now(self) -> _dt.date:
        return self._today or _dt.date.today()

    def _read_contacts(self) -> dict[str, dict]:
        """The contacts by their key in the dropdown (looked up on every keystroke: no scan of 30,000)."""
        records = [c for c in self._store.get(CONTACTS_KEY, []) or [] if isinstance(c, dict)]
        by_key: dict[str, dict] = {}
        for i, c in enumerate(records):
            by_key.setdefault(self._contact_key(c, i), c)
        return by_key

    def _contact_options(self) -> list[tuple[str, str]]:
        options = [(contact_label(c, self._language), key) for key, c in self._contacts.items()]
        return options + [(self._("Someone else (type their name)"), TYPED)]

    def refresh_contacts(self) -> None:
        """Offer the contacts as they are now (exercise 1 changed them), keeping the current choice and draft."""
        current = self.contact.value
        self._contacts = self._read_contacts()
        options = self._contact_options()
        self._refreshing = True
        try:
            self.contact.options = options
            self.contact.value = current if current in [value for _label, value in options] else TYPED
        finally:
            self._refreshing = False
        self._sync_name_box()

    @staticmethod
    def _contact_key(contact: dict, index: int) -> str:
        return str(contact.get("id") or f"#{index}")

    def _selected_contact(self) -> tuple[dict | str, str, str | None]:
        """(contact record or typed name, display name, contact id)."""
        if self.contact.value == TYPED:
            typed = self.contact_name.value.strip()
            return typed, typed, None
        c = self._contacts.get(self.contact.value)
        if c is not None:
            return c, normalise_contact(c).get("name", ""), c.get("id")
        return "", "", None

    def _sync_name_box(self) -> None:
        typed = self.contact.value == TYPED
        self.contact_name.layout.display = None if typed else "none"
        self.relationship.layout.display = None if typed else "none"  # a contact from the map brings its ring

    def _relationship(self) -> str | None:
        """How well the reader knows the participant: the map's ring, or the choice for a typed name."""
        if self.contact.value == TYPED:
            return self.relationship.value or None
        c = self._contacts.get(self.contact.value) or {}
        return relationship_for(str(c.get("ring") or ""), str(c.get("how_we_know") or ""))

    def _me(self) -> dict[str, str]:
        identity = " ".join(self.identity.value.split())
        return {**self._participant, **({"identity": identity} if identity else {})}

    def _restore(self) -> None:
        draft = self._store.get(DRAFT_KEY)
        if isinstance(draft, dict):
            keys = [value for _label, value in self.contact.options]
            if draft.get("contact_id") in keys:
                self.contact.value = draft["contact_id"]
            else:
                wanted = draft.get("contact") or ""
                match = [key for key, c in self._contacts.items() if normalise_contact(c).get("name") == wanted]
                if match:
                    self.contact.value = match[0]
                else:
                    self.contact.value = TYPED
                    self.contact_name.value = wanted
            if draft.get("situation") in self._by_id:
                self.situation.value = draft["situation"]
            if draft.get("relationship") in [value for _label, value in RELATIONSHIP_CHOICES]:
                self.relationship.value = draft["relationship"]
            self.identity.value = str(draft.get("identity") or "")
            self._template_text = str(draft.get("template_text") or "")
            self.draft.value = str(draft.get("text") or "")
            self._describe()
            if not self.draft.value:
                self._fill(force=True, save=False)
        elif isinstance(draft, str) and draft.strip():  # a plain-text draft (older or imported answers)
            self.draft.value = draft
            self._describe()
        else:
            self._fill(force=True, save=False)

    def _describe(self) -> None:
        template = self._by_id.get(self.situation.value)
        self.about.value = (
            Markup("<div style='color:#555;max-width:48em'>{}</div>").format(escape(template.situation.description))
            if template and template.situation.description
            else ""
        )
        if template and template.id in _NO_ASK_PROMPTED:
            # They want to stay in touch too: help pick someone who would enjoy hearing from you.
            prompts = Markup("").join(Markup("<li>{}</li>").format(escape(self._(p))) for p in HEARING_FROM_ME)
            hint = self._(
                "<b>Who would enjoy hearing from you?</b> Pick one name from these, and ask them for nothing this time."
            )
            self.about.value += Markup("<div style='color:#555;max-width:48em'>{}<ul>{}</ul></div>").format(
                Markup(hint), prompts
            )

    def _fill(self, *, force: bool = False, save: bool = True) -> None:
        """Put the template's draft in the editor (unless the participant has edited it)."""
        self._describe()
        template = self._by_id.get(self.situation.value)
        if template is None:
            return
        if not force and self.draft.value.strip() and self.draft.value != self._template_text:
            self.message.value = _status.muted(
                escape(self._("Your edited draft was kept. Click “Start again from the template” for a fresh one."))
            )
            self._relint()  # another recipient may know the participant better or less: other feedback
            self._save_draft()
            return
        contact, _name, _cid = self._selected_contact()
        me = self._me()
        try:
            text = render_message(template, contact, me, language=self._language)
            self.message.value = ""
        except TemplateError:
            text = render_message(template, contact, me, placeholders=True, language=self._language)
            missing = ", ".join(
                field_label(n, self._language) for n in missing_fields(template, contact, me, language=self._language)
            )
            said = (
                fill(
                    self._("Some details are missing, so the draft has [gaps] to fill in by hand: {missing}."),
                    missing=missing,
                )
                if missing
                else fill(self._("Some details are missing, so the draft has [gaps] to fill in by hand."))
            )
            also = escape(self._("You can also add them to the contact in exercise 1."))
            self.message.value = _status.warning(f"{said} {also}")
        self._template_text = text
        changed = self.draft.value != text
        self.draft.value = text  # observed: a change relints and saves (after construction)
        if save and not changed:  # the same text under another situation: lint for it, save the choice
            self._relint()
            self._save_draft()

    def _save_draft(self) -> None:
        _contact, name, contact_id = self._selected_contact()
        self._store.set(
            DRAFT_KEY,
            {
                "contact": name,
                "contact_id": contact_id,
                "situation": self.situation.value,
                "text": self.draft.value,
                "template_text": self._template_text,
                "relationship": self.relationship.value,
                "identity": self.identity.value,
                **({LINTED_KEY: self._linted} if self._linted is not None else {}),
            },
        )

    def _lint_arguments(self) -> tuple[Any, str | None, str | None]:
        """(situation, relationship, language): what the draft is linted with besides its text."""
        template = self._by_id.get(self.situation.value)
        return (template.situation if template else None), self._relationship(), (self._language or None)

    def _relint(self) -> None:
        text = self.draft.value
        self._linted = None
        try:
            situation, relationship, language = self._lint_arguments()
            result = lint(text, situation, relationship=relationship, language=language)
            self._linted = linted_record(text, situation, relationship, language, findings=result)
        except Exception as exc:  # feedback must never break typing
            self.findings.value = _status.muted(fill(self._("Feedback unavailable: {error}"), error=exc))
            return
        self.word_count.value = _status.muted(fill(self._("{count} words"), count=word_count(text)))
        self.findings.value = findings_html(result, self._language)

    # ------------------------------------------------------------------ events
    def _on_recipient(self, _change: dict) -> None:
        if self._refreshing:
            return
        self._sync_name_box()
        self._fill(force=False)

    def _on_relationship(self, _change: dict) -> None:
        self._relint()
        self._save_draft()

    def _on_identity(self, _change: dict) -> None:
        self._fill(force=False)  # an untouched draft takes the new line; an edited one is kept
        self._save_draft()

    def _on_text(self, _change: dict) -> None:
        self._relint()
        self._save_draft()

    def _outbox(self) -> list[dict]:
        return [e for e in self._store.get(OUTBOX_KEY, []) or [] if isinstance(e, dict)]

    def _on_save(self, _button: Any = None) -> None:
        text = self.draft.value.strip()
        _contact, name, contact_id = self._selected_contact()
        if not text:
            self.message.value = _status.warning(escape(self._("Write your message first, then save it.")))
            return
        template = self._by_id.get(self.situation.value)
        organisation = normalise_contact(_contact).get("organisation", "") if isinstance(_contact, dict) else ""
        entry = new_outbox_entry(
            name or self._("(no name)"),
            self.situation.value,
            text,
            contact_id=contact_id,
            asks=template.situation.has_ask if template else None,
            organisation=organisation,
            linted=self._linted_entry(text),
        )
        outbox = self._outbox() + [entry]
        self._store.set(OUTBOX_KEY, outbox)
        self._refresh_outbox(select=entry["id"])
        self.message.value = _status.ok(
            escape(
                self._(
                    "Saved to your outbox. Copy it into your e-mail or LinkedIn, send it, then click “Mark as sent”."
                )
            )
        )

    def _linted_entry(self, text: str) -> dict[str, Any] | None:
        """What the linter finds in the outbox entry's ``text`` (the draft without its outer spaces): the last
        lint's record when the text is the same, else a fresh lint; ``None`` if the linter fails (the cohort
        report then lints the entry itself)."""
        try:
            situation, relationship, language = self._lint_arguments()
            last = self._linted
            if last is not None and last["fingerprint"] == fingerprint(text, situation, relationship, language):
                return dict(last)
            return linted_record(text, situation, relationship, language)
        except Exception:  # saving the message matters more than saving its findings
            return None

    def _update_selected(self, **changes: Any) -> dict | None:
        outbox = self._outbox()
        for entry in outbox:
            if entry.get("id") == self.outbox.value:
                entry.update(changes)
                self._store.set(OUTBOX_KEY, outbox)
                self._refresh_outbox(select=entry["id"])
                self._refresh_followups(write=True)
                return entry
        self.message.value = _status.warning(escape(self._("Save a message to your outbox first.")))
        return None

    def _on_mark_sent(self, _button: Any = None) -> None:
        day = self.sent_on.value or self._now()
        entry = self._update_selected(sent_on=day.isoformat(), replied_on=None)
        if entry is not None:
            follow = (
                self._(
                    "If there is no reply, the dates below are for one friendly nudge, then for trying a "
                    "second person there rather than chasing."
                )
                if entry_asks(entry)
                else self._("This message asks for nothing, so there is nothing to follow up.")
            )
            when = day.isoformat() if self._language in ("", "en") else short_date(day, self._language)
            marked = fill(self._("Marked as sent on {date}."), date=when)
            self.message.value = _status.ok(f"{marked} {escape(follow)}")

    def _on_replied(self, _button: Any = None) -> None:
        entry = self._update_selected(replied_on=self._now().isoformat())
        if entry is not None:
            self.message.value = _status.ok(escape(self._("Reply noted: its follow-ups are cleared.")))

    # ------------------------------------------------------------------ views
    def _refresh_outbox(self, select: str | None = None) -> None:
        outbox = self._outbox()
        current = select or self.outbox.value
        self.outbox.options = [(entry_label(e, self._titles, self._language), e.get("id")) for e in outbox]
        ids = [e.get("id") for e in outbox]
        if current in ids:
            self.outbox.value = current
        elif ids:
            self.outbox.value = ids[-1]
        self._show_selected()

    def _show_selected(self) -> None:
        for entry in self._outbox():
            if entry.get("id") == self.outbox.value:
                sent = maybe_date(entry.get("sent_on"))
                if sent is not None:
                    self.sent_on.value = sent
                return

    def _refresh_followups(self, write: bool = False) -> None:
        outbox = self._outbox()
        self.followups.value, self.download.value = followups_html(outbox, self._country, self._language)
        if write:
            try:
                write_followups(self._store.folder, outbox, country=self._country, language=self._language)
            except OSError as exc:
                self.message.value = _status.problem(
                    fill(
                        self._(
                            "The calendar file could not be written next to your workbook ({error}); use the "
                            "download link instead."
                        ),
                        error=exc,
                    )
                )
