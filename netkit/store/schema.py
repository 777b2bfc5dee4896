"""Every answers key, declared once: its name, its shape, who writes it and who reads it.

The answers store (:mod:`netkit.store.answers`) keeps plain JSON values under dotted keys. This module
is the only place a key is spelled: widgets, the cohort report, the take-home handout and zip, the
start page and JupyterHub collection import the constants below. A test walks every widget and
fails when one writes a key that is not declared here, and ``docs/answers.md`` is checked
against :data:`KEYS`.

Shapes (``Key.shape``):

``text`` / ``int`` / ``bool`` / ``date``
    one scalar value; merged per key (the later change wins).
``record``
    one JSON object (a half-typed form, a profile); merged per key as a whole.
``records``
    a list of JSON objects a participant adds to; merged **per item**: each item has a stable
    identity (``Key.identity``: a field such as ``"id"``, or ``None`` for the item's content),
    its own change time, and deletions are remembered (see :mod:`netkit.store.merge`).

Old key names and records without an id are mended by :func:`migrate`, here and nowhere else.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CONFIDENCE_AFTER",
    "CONFIDENCE_BEFORE",
    "CONTACTS",
    "CONVERSATION_NOTES",
    "CURRENT_STEP",
    "KEYS",
    "Key",
    "NETWORK_DRAFT",
    "NETWORK_IMPORTS",
    "NETWORK_SUMMARY",
    "OPT_OUT",
    "OUTBOX",
    "OUTREACH_DRAFT",
    "PLAN",
    "PROFILE",
    "REFLECTION_ANSWER_PREFIX",
    "REFLECTION_DRAFT_PREFIX",
    "REFLECTION_PAGE",
    "SCHEMA",
    "SHARE",
    "SHARE_ANONYMOUSLY",
    "declared",
    "item_id",
    "key_spec",
    "keyed_items",
    "migrate",
    "record_keys",
    "reflection_answer_key",
]

#: The version of the answers document (bumped when a saved shape changes; 2 added change times).
SCHEMA = 2


@dataclass(frozen=True)
class Key:
    """One answers key (or a family of keys sharing a prefix, when ``name`` ends with ``.``)."""

    name: str
    shape: str
    writer: str
    readers: tuple[str, ...]
    about: str
    fields: Mapping[str, str] = field(default_factory=dict)
    identity: str | None = None
    #: Fields of an item that are append-only logs: when two versions of the item meet, the later
    #: version wins but keeps every log entry of the earlier one (a contact's interaction log).
    logs: tuple[str, ...] = ()

    @property
    def is_family(self) -> bool:
        return self.name.endswith(".")


CONTACTS = "network.contacts"
NETWORK_DRAFT = "network.draft"
NETWORK_IMPORTS = "network.imports"
NETWORK_SUMMARY = "network.summary"
OUTREACH_DRAFT = "outreach.draft"
OUTBOX = "outreach.outbox"
REFLECTION_PAGE = "reflection.page"
REFLECTION_ANSWER_PREFIX = "reflection.answers."
REFLECTION_DRAFT_PREFIX = "reflection.draft."
PLAN = "reflection.plan"
CONFIDENCE_BEFORE = "reflection.confidence.before"
CONFIDENCE_AFTER = "reflection.confidence.after"
SHARE = "sharing.share"
SHARE_ANONYMOUSLY = "sharing.anonymous"
OPT_OUT = "sharing.opt_out"
PROFILE = "start.profile"
CONVERSATION_NOTES = "conversation.notes"
CURRENT_STEP = "workbook.step"

_CONTACT_FIELDS = {
    "id": "str",
    "name": "str",
    "ring": "str",
    "organisation": "str",
    "role": "str",
    "sector": "str",
    "how_we_know": "str",
    "could_help_with": "str",
    "could_offer": "str",
    "url": "str",
    "notes": "str",
    "source": "str",
    "emails": "list[str]",
    "last_contact": "date",
    "connected_on": "date",
    "interactions": "list[record]: date, kind, direction, note",
}

KEYS: tuple[Key, ...] = (
    Key(
        CONTACTS,
        "records",
        "widgets.network (NetworkMap)",
        ("widgets.outreach", "widgets.reflection", "collect", "handout", "takehome"),
        "the people in the participant's network, each with its interaction log",
        fields=_CONTACT_FIELDS,
        identity="id",
        logs=("interactions",),
    ),
    Key(
        NETWORK_DRAFT, "record", "widgets.network", ("widgets.network",), "the contact form being typed, kept until Add"
    ),
    Key(
        NETWORK_IMPORTS,
        "records",
        "widgets.network",
        ("widgets.network",),
        "one line per contacts file imported (counts only)",
        identity=None,
    ),
    Key(
        NETWORK_SUMMARY,
        "record",
        "widgets.network",
        ("widgets.network",),
        "counts of the network (size, rings, dormant ties) for other views",
    ),
    Key(
        OUTREACH_DRAFT,
        "record",
        "widgets.outreach (OutreachComposer)",
        ("widgets.outreach", "collect"),
        "the message being written: contact, situation, text (and `linted`, what the linter found in it)",
    ),
    Key(
        OUTBOX,
        "records",
        "widgets.outreach",
        ("widgets.outreach", "collect", "handout"),
        "messages kept in the outbox, with sent and reply dates (and `linted`, what the linter found in each)",
        fields={
            "id": "str",
            "contact": "str",
            "contact_id": "str",
            "situation": "str",
            "text": "str",
            "saved_on": "date",
            "sent_on": "date",
            "replied_on": "date",
            "linted": "record",
        },
        identity="id",
    ),
    Key(REFLECTION_PAGE, "int", "widgets.reflection", ("widgets.reflection",), "the prompt page last shown"),
    Key(
        REFLECTION_ANSWER_PREFIX,
        "text",
        "widgets.reflection (ReflectionPrompts)",
        ("reflection", "collect", "handout"),
        "one answer per reflection prompt: reflection.answers.<prompt id>",
    ),
    Key(
        REFLECTION_DRAFT_PREFIX,
        "text",
        "widgets.reflection (PlanBuilder)",
        ("widgets.reflection",),
        "the plan line being typed: person, closeness, cadence, first_step, first_date",
    ),
    Key(
        PLAN,
        "records",
        "widgets.reflection (PlanBuilder)",
        ("widgets.reflection", "collect", "handout"),
        "the stay-in-touch plan, one line per person (the person is the line's identity)",
        fields={"person": "str", "closeness": "str", "cadence": "str", "first_step": "str", "first_date": "date"},
        identity="person",
    ),
    Key(
        CONFIDENCE_BEFORE,
        "int",
        "widgets.reflection (ConfidenceCheckIn)",
        ("collect", "handout"),
        "confidence about reaching out before the workshop, 1-10",
    ),
    Key(
        CONFIDENCE_AFTER,
        "int",
        "widgets.reflection (ConfidenceCheckIn)",
        ("collect", "handout"),
        "confidence about reaching out after the workshop, 1-10",
    ),
    Key(
        SHARE,
        "bool",
        "widgets.sharing (SharingChoice)",
        ("collect", "hub"),
        "true only when the participant ticked 'share my progress with my coach'",
    ),
    Key(
        SHARE_ANONYMOUSLY,
        "bool",
        "widgets.sharing (SharingChoice)",
        ("collect",),
        "true when the participant shares without their name in the progress table",
    ),
    Key(
        OPT_OUT, "bool", "(older netkit)", ("collect",), "the old opt-out; true still means 'do not share' in any copy"
    ),
    Key(
        PROFILE,
        "record",
        "start (start page)",
        ("start", "takehome", "handout", "collect"),
        "the start-page profile: name, goal, career stage, target sectors and organisations "
        "(and the coach's workshop, date, coach and country)",
    ),
    Key(
        CONVERSATION_NOTES,
        "records",
        "widgets.outreach (ConversationGuide)",
        ("widgets.outreach",),
        "what the participant learnt in each conversation (also added to that contact's log)",
        fields={
            "id": "str",
            "contact": "str",
            "contact_id": "str",
            "date": "date",
            "learnt": "str",
            "next_step": "str",
            "next_people": "str",
        },
        identity="id",
    ),
    Key(
        CURRENT_STEP,
        "int",
        "widgets.steps (StepView)",
        ("widgets.steps",),
        "the step of the workbook shown last in Voilà, so a reload comes back to it",
    ),
)

_BY_NAME = {key.name: key for key in KEYS if not key.is_family}
_FAMILIES = tuple(key for key in KEYS if key.is_family)

#: Old key names → today's (the newer name wins when a file holds both).
RENAMED = {"reflection.confidence_before": CONFIDENCE_BEFORE, "reflection.confidence_after": CONFIDENCE_AFTER}
#: An old key holding ``{"before": n, "after": n}`` in one value.
_CONFIDENCE_BOTH = "reflection.confidence"


def reflection_answer_key(prompt_id: str) -> str:
    """The key of one reflection prompt's answer, e.g. ``reflection.answers.regret``."""
    return REFLECTION_ANSWER_PREFIX + prompt_id


def key_spec(name: str) -> Key | None:
    """The declaration of ``name`` (a family's for ``reflection.answers.regret``), or ``None``."""
    spec = _BY_NAME.get(name)
    if spec is not None:
        return spec
    for family in _FAMILIES:
        if name.startswith(family.name) and len(name) > len(family.name):
            return family
    return None


def declared(name: str) -> bool:
    """Is ``name`` a key this schema declares?"""
    return key_spec(name) is not None


def record_keys() -> tuple[str, ...]:
    """The keys merged per item."""
    return tuple(key.name for key in KEYS if key.shape == "records")


def _content_id(item: Any) -> str:
    text = json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "h" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def item_id(key: str, item: Any) -> str:
    """The stable identity of one item of the ``records`` key ``key``.

    Contacts and outbox messages carry an ``id``; a plan line is its person (case and spacing
    folded, as the plan itself refuses a second line for the same person); anything else, or an
    item whose id is missing, is identified by its content.
    """
    spec = _BY_NAME.get(key)
    if spec is not None and spec.identity and type(item) is dict:  # JSON objects; typing.Mapping checks are slow
        value = item.get(spec.identity)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split()).casefold() if spec.identity == "person" else value
    return _content_id(item)


def keyed_items(key: str, items: list) -> dict[str, Any]:
    """``{identity: item}`` of a list (the first of two items with one identity wins), as :func:`item_id`
    gives it; the common case, an ``id`` field, is done inline because a save of 30,000 contacts
    computes it 90,000 times."""
    spec = _BY_NAME.get(key)
    if spec is None or spec.identity != "id":
        out: dict[str, Any] = {}
        for item in items:
            out.setdefault(item_id(key, item), item)
        return out
    out = {}
    for item in items:
        value = item.get("id") if type(item) is dict else None
        ident = value if type(value) is str and value and not value.isspace() else _content_id(item)
        if ident not in out:
            out[ident] = item
    return out


def migrate(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Today's answers from any older file's: renamed keys moved, ids given to records without one.

    An id given here is derived from the record's content, so two kernels migrating the same
    old file give the same contact the same id (instead of one fresh random id each, which
    doubled every contact once both saved).
    """
    out = dict(answers)
    both = out.pop(_CONFIDENCE_BOTH, None)
    if isinstance(both, Mapping):
        for moment, name in (("before", CONFIDENCE_BEFORE), ("after", CONFIDENCE_AFTER)):
            if both.get(moment) is not None:
                out.setdefault(name, both.get(moment))
    for old, new in RENAMED.items():
        if old in out:
            value = out.pop(old)
            out.setdefault(new, value)
    for name in (CONTACTS, OUTBOX):
        items = out.get(name)
        if isinstance(items, list) and any(type(i) is dict and not i.get("id") for i in items):
            fixed, seen = [], set()
            for item in items:
                if isinstance(item, Mapping) and not item.get("id"):
                    new_id = _content_id(item)
                    while new_id in seen:
                        new_id += "x"
                    item = {**item, "id": new_id}
                if isinstance(item, Mapping):
                    seen.add(item.get("id"))
                fixed.append(item)
            out[name] = fixed
    return out
