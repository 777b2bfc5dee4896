"""Outreach situations and message templates, personalised from a contact and the participant.

Each template is a small text file: TOML front matter between ``+++`` lines describing the
situation, then a Jinja2 body::

    +++
    situation = "informational-interview"      # stable id, used by the linter and the CLI
    title = "Ask for an informational interview"
    first_contact = true                       # optional flags, see :class:`Situation`
    +++
    Hi {{ contact.first_name }}, ...

The built-in templates live in ``netkit/templates/outreach/``. A coach adds or replaces
templates by putting ``*.j2`` files in a folder (by default ``outreach-templates/`` next to
the workbook); a coach's template with the same ``situation`` id replaces the built-in one.

Templates run in Jinja2's sandbox (a template cannot reach Python internals or files) with
limits on the text it may build and the work it may do (:mod:`netkit.exercises.outreach.sandbox`), and
``StrictUndefined``: a field the template needs but the contact lacks is reported as a
:class:`~netkit.exceptions.TemplateError` naming the field and the template — never a crash,
never a silently blank gap. ``placeholders=True`` instead writes the gap as a visible
``[field]`` for the participant to fill in.

Fields a template can use:

* ``contact.name``, ``contact.first_name``, ``contact.organisation``, ``contact.role``,
  ``contact.how_we_know`` (plus any other key of the contact, as given);
* ``contact.connection``: ``how_we_know`` made into a whole sentence that reads well whatever was
  typed ("met at PyCon" → "We met at PyCon.", "former colleague at Zendesk" → "You may remember
  me as your former colleague at Zendesk.", "university" → "We know each other from
  university."): use it rather than pasting ``how_we_know`` into a sentence of your own;
* ``me.name``, ``me.first_name``, ``me.goal`` (the participant). The built-in templates never put
  ``me.goal`` (a roster's job goal) into a message: a first message asks about the reader's work.
"""

from __future__ import annotations

from netkit.exercises.outreach.message import (
    connection_sentence,
    contact_label,
    field_label,
    missing_fields,
    normalise_contact,
    normalise_participant,
    render_message,
)
from netkit.exercises.outreach.templates import (
    BUILTIN_FOLDER,
    COACH_FOLDER_NAME,
    UNKNOWN_SITUATION,
    OutreachTemplate,
    Situation,
    builtin_templates,
    load_templates,
    parse_template,
    situation_for,
)

__all__ = [
    "BUILTIN_FOLDER",
    "COACH_FOLDER_NAME",
    "OutreachTemplate",
    "Situation",
    "UNKNOWN_SITUATION",
    "builtin_templates",
    "connection_sentence",
    "contact_label",
    "conversation",
    "exercise",
    "field_label",
    "followups",
    "lint",
    "lint_parse",
    "load_templates",
    "missing_fields",
    "normalise_contact",
    "normalise_participant",
    "parse_template",
    "practice",
    "render_message",
    "saved_findings",
    "situation_for",
]
