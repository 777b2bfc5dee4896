"""What the network-mapping form shows around its widgets: the contacts table, findings, the log of
interactions, the pictures' tabs, and the form's draft (``network.draft``) as plain dicts.

No state of the form lives here, so :mod:`netkit.widgets.network` keeps only the form's behaviour;
it re-exports :data:`DORMANT_MARK`, :data:`TABLE_ROWS`, :func:`contacts_table_html` and
:func:`findings_html`.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

import ipywidgets as widgets

from netkit.contacts import DIRECTIONS, INTERACTION_KINDS, RINGS, Contact, normalise
from netkit.contacts.importers import FORMATS
from netkit.exercises.network.analysis import stay_in_touch_due
from netkit.html_pages import render_fragment
from netkit.languages import N_, gettext_for, number, short_date
from netkit.markup import Markup, escape
from netkit.widgets.status import fill, wrap

__all__ = [
    "DORMANT_MARK",
    "FIELDS",
    "FIELD_LABELS",
    "KIND_LABELS",
    "IMPORT_HELP",
    "NEW",
    "RING_ORDER",
    "TABLE_ROWS",
    "blank_draft",
    "contact_fields",
    "contacts_table_html",
    "dormant_mark",
    "draft_of",
    "import_help",
    "findings_html",
    "import_inputs",
    "interactions_html",
    "log_inputs",
    "matching",
    "pictures_tab",
    "search_index",
    "unread_dates_note",
]

#: At most this many contacts are shown in the table (the rest are counted).
TABLE_ROWS = 100
#: The picker's value (and a draft's ``id``) for a contact not saved yet.
NEW = ""
#: The contact's text fields the form edits (besides ``ring`` and ``last_contact``).
FIELDS = ("name", "organisation", "role", "sector", "how_we_know", "could_help_with", "could_offer")
RING_ORDER = {key: i for i, key in enumerate(RINGS)}
#: The contact form's labels (translated where shown).
FIELD_LABELS = {
    "name": N_("Name"),
    "organisation": N_("Organisation"),
    "role": N_("Role"),
    "sector": N_("Sector"),
    "how_we_know": N_("How we know each other"),
    "could_help_with": N_("They could help with"),
    "could_offer": N_("I could offer them"),
}
#: How an interaction happened, as the log's menu names it (the saved value stays the English key).
KIND_LABELS = {
    "message": N_("message"),
    "call": N_("call"),
    "meeting": N_("meeting"),
    "coffee": N_("coffee"),
    "event": N_("event"),
    "introduction": N_("introduction"),
    "other": N_("other"),
}
_IMPORT_HELP = N_(
    "<p>LinkedIn <code>Connections.csv</code>, "
    "a vCard (<code>.vcf</code>) from your phone, a Google Contacts CSV, "
    "or a CSV with a <code>name</code> column. Importing the same file "
    "again adds nobody twice. The file stays on this computer.</p>"
)


def import_help(language: str = "") -> str:
    """What the import accepts, in the participant's ``language`` (the kit's own HTML)."""
    _ = gettext_for(language)
    return wrap("h4", _("Import a file")) + _(_IMPORT_HELP)


def dormant_mark(language: str = "") -> str:
    """The map's dormant mark (a hollow dashed dot) and the word, so no emoji font is needed."""
    _ = gettext_for(language)
    return str(render_fragment("widgets/dormant_mark.html.j2", language=language, word=_("dormant")))


IMPORT_HELP = import_help()
#: The mark beside a dormant contact, and a hint saying what it means.
DORMANT_MARK = dormant_mark()


def _day(day: _dt.date, language: str) -> str:
    """A date in the table: ISO in English (as before), the language's short date otherwise."""
    return day.isoformat() if language in ("", "en") else short_date(day, language)


def blank_draft() -> dict:
    """An empty contact form, as ``network.draft`` stores it."""
    return {"id": NEW, **dict.fromkeys(FIELDS, ""), "ring": "regular", "last_contact": None}


def contact_fields(language: str = "") -> tuple[dict[str, Any], widgets.Dropdown, widgets.DatePicker]:
    """The contact form's inputs: the text fields by name, the ring, and the last time in touch."""
    _ = gettext_for(language)
    label = {key: _(text) for key, text in FIELD_LABELS.items()}
    fields: dict[str, Any] = {
        "name": widgets.Text(description=label["name"]),
        "organisation": widgets.Text(description=label["organisation"]),
        "role": widgets.Text(description=label["role"]),
        "sector": widgets.Combobox(description=label["sector"], ensure_option=False),
        "how_we_know": widgets.Text(description=label["how_we_know"], placeholder=_("e.g. former colleague")),
        "could_help_with": widgets.Textarea(description=label["could_help_with"], rows=2),
        "could_offer": widgets.Textarea(description=label["could_offer"], rows=2),
    }
    for widget in fields.values():
        widget.style = {"description_width": "13em"}  # "How we know each other" in full
        widget.layout = widgets.Layout(width="34em")
    ring = widgets.Dropdown(
        options=[(f"{_(r.label)} — {_(r.meaning)}", r.key) for r in RINGS.values()],
        description=_("How close"),
        style={"description_width": "13em"},
        layout=widgets.Layout(width="34em"),
    )
    last_contact = widgets.DatePicker(description=_("Last in touch"), style={"description_width": "13em"})
    return fields, ring, last_contact


def log_inputs(
    today: _dt.date, language: str = ""
) -> tuple[widgets.DatePicker, widgets.Dropdown, widgets.ToggleButtons, widgets.Text, widgets.Button]:
    """The interaction log's inputs: when, how, which way it went, a note, and the button."""
    _ = gettext_for(language)
    direction = widgets.ToggleButtons(
        options=[(_(label), key) for key, label in DIRECTIONS.items()], value="neutral", style={"button_width": "auto"}
    )
    kinds = [(_(KIND_LABELS.get(kind, kind)), kind) for kind in INTERACTION_KINDS]
    return (
        widgets.DatePicker(description=_("When"), value=today),
        widgets.Dropdown(options=kinds, description=_("How")),
        direction,
        widgets.Text(description=_("Note"), placeholder=_("optional")),
        widgets.Button(description=_("Log it"), icon="pencil"),
    )


def import_inputs(language: str = "") -> tuple[widgets.FileUpload, widgets.Dropdown]:
    """The import's file picker and format choice (detected by default)."""
    _ = gettext_for(language)
    upload = widgets.FileUpload(accept=".csv,.vcf,.vcard,.txt", multiple=False, description=_("Upload export"))
    formats = [(_("detect automatically"), "auto")] + [(f, f) for f in FORMATS]
    return upload, widgets.Dropdown(options=formats, description=_("Format"))


def _display_order(contact: Contact) -> tuple[int, str]:
    return RING_ORDER.get(contact.ring, 9), contact.name.casefold()


def search_index(contacts: list[Contact]) -> list[tuple[str, Contact]]:
    """The contacts closest rings first, each with its normalised name and organisation: built once per change,
    so typing in Find neither re-sorts nor re-normalises every contact (30,000 of them) on each keystroke."""
    return [(f"{normalise(c.name)}\n{normalise(c.organisation)}", c) for c in sorted(contacts, key=_display_order)]


def matching(index: list[tuple[str, Contact]], text: str) -> list[Contact]:
    """The contacts of a :func:`search_index` whose name or organisation holds ``text`` (accents and case
    ignored), closest rings first."""
    needle = normalise(text)  # never holds a line break, so it matches within the name or the organisation
    return [c for key, c in index if needle in key]


def draft_of(contact: Contact) -> dict:
    """The form's draft for a saved contact."""
    return {
        "id": contact.id,
        **{f: getattr(contact, f) for f in FIELDS},
        "ring": contact.ring,
        "last_contact": contact.last_contact.isoformat() if contact.last_contact else None,
    }


def unread_dates_note(contact: Contact, language: str = "") -> str:
    """What the form says of a contact whose saved ``last_contact`` or ``connected_on`` is no date (plain text, empty
    when both are fine): which field, the value as saved, that it counts as no date and is kept, and how to fix
    it (the first in the form; the second has no field there, a new import of that connection fills it in)."""
    _ = gettext_for(language)
    notes = []
    if "last_contact" in contact.unread_dates:
        notes.append(
            _(
                "“Last in touch” of {name} is saved as {value}, which is not a date, so it counts as none. "
                "Pick the day under “Last in touch” and save the contact to replace it; until then it is kept as saved."
            )
        )
    if "connected_on" in contact.unread_dates:
        notes.append(
            _(
                "“Connected on” of {name} is saved as {value}, which is not a date, so it counts as none. "
                "It is kept as saved; importing your connections again can fill in the real date."
            )
        )
    values = [contact.unread_dates[key] for key in ("last_contact", "connected_on") if key in contact.unread_dates]
    return " ".join(
        note.replace("{name}", contact.name).replace("{value}", json.dumps(value, ensure_ascii=False))
        for note, value in zip(notes, values)
    )


def contacts_table_html(
    contacts: list[Contact], today: _dt.date, *, limit: int = TABLE_ROWS, language: str = ""
) -> str:
    """The contacts as an HTML table (every cell escaped), closest rings first, at most ``limit`` rows, in the
    participant's ``language`` (headers, ring names, dates and counts)."""
    _ = gettext_for(language)
    if not contacts:
        return str(Markup("<p><i>{}</i></p>").format(escape(_("No contacts yet."))))
    mark = dormant_mark(language)
    due = {d.contact.id: d for d in stay_in_touch_due(contacts[: limit * 20], today)}
    rows = []
    for c in sorted(contacts, key=_display_order)[:limit]:
        d = due.get(c.id)
        rows.append(
            {
                "name": c.name,
                "dormant": Markup(mark) if c.is_dormant(today) else "",
                "organisation": c.organisation,
                "role": c.role,
                "sector": c.sector,
                "ring": _(RINGS[c.ring].label) if c.ring in RINGS else c.ring,
                "last": _day(c.last_heard, language) if c.last_heard else "",
                "balance": f"{c.gives} / {c.asks}",
                "due": "" if d is None else (_("now") if d.overdue_days >= 0 else _day(d.due, language)),
            }
        )
    head = [
        _(h)
        for h in (
            FIELD_LABELS["name"],
            FIELD_LABELS["organisation"],
            FIELD_LABELS["role"],
            FIELD_LABELS["sector"],
            N_("Ring"),
            N_("Last contact"),
            N_("Gave / asked"),
            N_("Due"),
        )
    ]
    showing = fill(
        _("Showing {shown} of {total}; use “Find” to narrow."),
        shown=number(limit, language),
        total=number(len(contacts), language),
    )
    more = Markup(showing) if len(contacts) > limit else ""
    return str(render_fragment("widgets/contacts_table.html.j2", language=language, head=head, rows=rows, more=more))


def findings_html(lines: list[str]) -> str:
    """The findings (plain sentences from :func:`netkit.exercises.network.analysis.findings`) as an escaped list."""
    return str(render_fragment("widgets/list.html.j2", lines=lines))


def interactions_html(contact: Contact, language: str = "") -> str:
    """The give-and-ask balance and the last five interactions logged with ``contact``."""
    _ = gettext_for(language)
    items = [
        (_day(i.date, language), _(KIND_LABELS.get(i.kind, i.kind)), _(DIRECTIONS[i.direction]), i.note)
        for i in contact.interactions[-5:][::-1]
    ]
    return str(
        render_fragment(
            "widgets/interactions.html.j2",
            language=language,
            name=contact.name,
            balance=Markup(fill(_("gave {gives}, asked {asks}"), gives=contact.gives, asks=contact.asks)),
            items=items,
            nothing=Markup(fill(_("nothing logged yet."))),
        )
    )


def pictures_tab(pictures: list[widgets.HTML], language: str = "") -> tuple[widgets.Tab, widgets.HTML]:
    """The ego map, give-and-ask and summary pictures as tabs, and the style that lets the tabs grow."""
    _ = gettext_for(language)
    tab = widgets.Tab(children=pictures, layout=widgets.Layout(width="100%"))
    for i, title in enumerate((_("Ego map"), _("Give and ask"), _("Summary"))):
        tab.set_title(i, title)
    # The pictures size themselves (a viewBox at full width): a tab panel that scrolls would be a
    # region keyboard users cannot reach (axe: scrollable-region-focusable), so it grows instead.
    tab.add_class("netkit-pictures")
    style = widgets.HTML(
        "<style>.netkit-pictures .jupyter-widget-TabPanel-tabContents { overflow: visible !important; }</style>"
    )
    return tab, style
