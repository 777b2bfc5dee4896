"""A message from a template: the contact and participant normalised, gaps marked, limits enforced."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError, UndefinedError

from netkit.exceptions import TemplateError
from netkit.exercises.outreach.sandbox import TemplateLimitError, render_limited, template_line
from netkit.exercises.outreach.templates import (
    CONTACT_KEYS,
    GAP_RE,
    LENIENT_ENV,
    STRICT_ENV,
    ContactFields,
    MeFields,
    OutreachTemplate,
    builtin_templates,
    situation_for,
)

__all__ = [
    "connection_sentence",
    "contact_label",
    "field_label",
    "missing_fields",
    "normalise_contact",
    "normalise_participant",
    "render_message",
]


# --------------------------------------------------------------------------- people
def _first(record: Mapping[str, Any], keys: Iterable[str]) -> str:
    for key in keys:
        value = record.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return ""


_SUBJECT_START = re.compile(r"^(?:we|i|you|they)\b", re.IGNORECASE)
_NAMED_CLAUSE = re.compile(
    r"^(?:\S+\s+){1,3}?(?:introduced|connected|suggested|recommended|put\s+us|met|worked|studied)\b", re.IGNORECASE
)
_VERB_START = re.compile(
    r"^(?:met|worked|studied|volunteered|played|sang|served|shared|sat|were|went|did|grew|trained)\b", re.IGNORECASE
)
_PREPOSITION_START = re.compile(r"^(?:through|via|from|at|in|during|on|since)\b", re.IGNORECASE)
_RELATION_OF = re.compile(
    r"^(?:a\s+|an\s+)?(?:friend|colleague|cousin|sister|brother|partner|classmate|student|"
    r"neighbou?r)\s+of\s+(?P<who>.+)$",
    re.IGNORECASE,
)
_RELATION = re.compile(
    r"\b(?:colleagues?|classmates?|class\s*mates?|manager|boss|mentor|mentee|friend|neighbou?r|"
    r"team\s*mates?|flat\s*mates?|room\s*mates?|alumn\w*|students?|teacher|tutor|coach|clients?|"
    r"members?|volunteers?|intern|supervisor|peer)\b",
    re.IGNORECASE,
)


def connection_sentence(how_we_know: str) -> str:
    """How we know each other, as one sentence that reads well whatever the participant typed.

    A clause is kept as written ("We met at PyCon."); a verb gets its subject ("met at PyCon" →
    "We met at PyCon."); a relationship reads as one ("former colleague at Zendesk" → "You may
    remember me as your former colleague at Zendesk."); anything else is where we know each
    other from ("university", "PyCon 2023", "在会议上认识"). Empty in, empty out.
    """
    text = " ".join(str(how_we_know or "").split()).strip(" .;,:!?-–—")
    if not text:
        return ""
    if _SUBJECT_START.match(text):
        sentence = text
    elif _VERB_START.match(text):
        sentence = f"We {text[0].lower()}{text[1:]}"
    elif _PREPOSITION_START.match(text):
        sentence = f"We know each other {text[0].lower()}{text[1:]}"
    elif (relation := _RELATION_OF.match(text)) is not None:
        sentence = f"We know each other through {relation.group('who').removesuffix(chr(39) + 's')}"
    elif _RELATION.search(text) and not re.match(r"^(?:my|our|their|his|her)\b", text, re.IGNORECASE):
        sentence = "You may remember me as your " + re.sub(r"^(?:a|an|the|your)\s+", "", text, flags=re.IGNORECASE)
    elif _NAMED_CLAUSE.match(text):
        sentence = text
    else:
        sentence = f"We know each other from {text}"
    return sentence[0].upper() + sentence[1:] + "."


def normalise_contact(contact: Mapping[str, Any] | str | None) -> dict[str, Any]:
    """A contact as templates see it: the standard keys, empty ones left out (so they count as missing).

    Accepts exercise 1's records and common export spellings (``organization``, ``company``,
    ``First Name``…); a bare string is taken as the name.
    """
    if contact is None:
        contact = {}
    if isinstance(contact, str):
        contact = {"name": contact}
    out: dict[str, Any] = {
        k: v for k, v in contact.items() if isinstance(k, str) and k.isidentifier() and v not in (None, "")
    }
    values = {key: _first(contact, keys) for key, keys in CONTACT_KEYS.items()}
    if not values["name"]:
        values["name"] = " ".join(p for p in (values["first_name"], values["last_name"]) if p)
    if not values["first_name"] and values["name"]:
        values["first_name"] = values["name"].split()[0]
    if values["first_name"].islower():  # "ana" typed in a hurry: "Hi Ana,"
        values["first_name"] = values["first_name"][0].upper() + values["first_name"][1:]
    values["connection"] = connection_sentence(values["how_we_know"])
    for key, value in values.items():
        if value:
            out[key] = value
        else:
            out.pop(key, None)
    return out


def normalise_participant(name: str = "", goal: str = "", **extra: Any) -> dict[str, Any]:
    """The participant as templates see them (``me``)."""
    out = {k: v for k, v in extra.items() if v not in (None, "")}
    name = (name or "").strip()
    goal = (goal or "").strip()
    if name:
        out["name"] = name
        out["first_name"] = name.split()[0]
    if goal:
        out["goal"] = goal[0].lower() + goal[1:] if goal[:2].isalpha() and not goal[:2].isupper() else goal
    return out


def contact_label(contact: Mapping[str, Any]) -> str:
    """A short label for pickers: ``Name (Organisation)``."""
    c = normalise_contact(contact)
    name = c.get("name", "(no name)")
    return f"{name} ({c['organisation']})" if c.get("organisation") else name


# --------------------------------------------------------------------------- rendering
_UNDEFINED_ATTR = re.compile(r"has no attribute '([^']+)'")
_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined")


def _missing_field(exc: UndefinedError) -> str:
    text = str(exc)
    match = _UNDEFINED_ATTR.search(text) or _UNDEFINED_NAME.search(text)
    return match.group(1) if match else text


_FIELD_HELP = {
    "contact.organisation": "their organisation",
    "contact.role": "their role",
    "contact.how_we_know": "how you know them",
    "contact.connection": "how you know them",
    "contact.first_name": "their name",
    "contact.name": "their name",
    "me.first_name": "your name",
    "me.name": "your name",
    "me.goal": "your goal",
}


def field_label(name: str) -> str:
    """A template field in a participant's words: ``contact.role`` → ``their role``."""
    return _FIELD_HELP.get(name, name.split(".")[-1].replace("_", " "))


def _gap(match: re.Match) -> str:
    return f"[{field_label(match.group(1))}]"


def missing_fields(
    template: OutreachTemplate | str,
    contact: Mapping[str, Any] | str | None = None,
    participant: Mapping[str, Any] | None = None,
    *,
    templates: Iterable[OutreachTemplate] | None = None,
) -> list[str]:
    """The fields ``template`` needs that are empty, in order of use (``contact.role``, ``me.goal``…)."""
    template = _find(template, templates)
    text = _render(template, contact, participant, LENIENT_ENV.from_string(template.body))
    seen: list[str] = []
    for name in GAP_RE.findall(text):
        if name not in seen:
            seen.append(name)
    return seen


def _find(template: OutreachTemplate | str, templates: Iterable[OutreachTemplate] | None) -> OutreachTemplate:
    if not isinstance(template, str):
        return template
    pool = list(templates) if templates is not None else builtin_templates()
    for candidate in pool:
        if candidate.id == template:
            return candidate
    situation_for(template, pool)  # raises the helpful error
    raise AssertionError("unreachable")


def _body_line(template: OutreachTemplate, exc: BaseException) -> int | None:
    """The line of the template's file where ``exc`` happened, when known."""
    line = template_line(exc)
    return line + template.line_offset if line is not None else None


def _render(template: OutreachTemplate, contact: Any, participant: Any, compiled: Any) -> str:
    context = {
        "contact": ContactFields(normalise_contact(contact)),
        "me": MeFields(normalise_participant(**dict(participant or {}))),
    }
    try:
        return render_limited(compiled, context)
    except UndefinedError as exc:
        if compiled.environment is STRICT_ENV:
            raise  # a missing field: render_message names it
        line = _body_line(template, exc)
        raise TemplateError(
            f"the template {template.id!r} uses something that does not exist ({exc})",
            where=template.source,
            line=line,
            fix="use only {{ contact.… }} and {{ me.… }} fields and the usual filters",
        ) from None
    except Exception as exc:  # every failure of a template's own code is the template's error
        line = _body_line(template, exc)
        if isinstance(exc, SecurityError):
            what, fix = (
                f"tried something not allowed in a template ({exc})",
                "use only {{ contact.… }} and {{ me.… }} fields",
            )
        elif isinstance(exc, (TemplateLimitError, OverflowError, MemoryError, RecursionError)):
            # OverflowError: also the sandbox's own limit (range() over MAX_RANGE items)
            what, fix = f"asks for too much ({exc})", "a message template needs no large loops or long padding"
        elif isinstance(exc, jinja2.TemplateError):
            what, fix = f"could not be filled in ({exc})", "check the template's {{ }} expressions"
        else:
            what, fix = f"failed: {exc.__class__.__name__}: {exc}", "check the expression on that line"
        raise TemplateError(f"the template {template.id!r} {what}", where=template.source, line=line, fix=fix) from None


def render_message(
    template: OutreachTemplate | str,
    contact: Mapping[str, Any] | str | None = None,
    participant: Mapping[str, Any] | None = None,
    *,
    placeholders: bool = False,
    templates: Iterable[OutreachTemplate] | None = None,
) -> str:
    """The draft message for ``template`` (an OutreachTemplate or a situation id).

    With ``placeholders=False`` (the default) a missing field raises TemplateError naming the
    field and the template; with ``placeholders=True`` it appears as ``[field]`` in the draft.
    """
    template = _find(template, templates)
    if placeholders:
        text = GAP_RE.sub(_gap, _render(template, contact, participant, LENIENT_ENV.from_string(template.body)))
    else:
        try:
            text = _render(template, contact, participant, template._compiled or STRICT_ENV.from_string(template.body))
        except UndefinedError as exc:
            names = missing_fields(template, contact, participant) or [_missing_field(exc)]
            what = ", ".join(f"{_FIELD_HELP.get(n, repr(n))} ({n})" for n in names)
            raise TemplateError(
                f"the template {template.id!r} needs {what}, which {'is' if len(names) == 1 else 'are'} empty",
                where=template.source,
                line=_body_line(template, exc),
                fix=f"fill in {', '.join(names)} for this contact (or yourself), or start from "
                "the draft with [gaps] to complete by hand",
            ) from None
    # Tidy: a field that ends in a full stop ("Acme Ltd.") meets the sentence's own; no trailing
    # spaces, at most one blank line in a row.
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
