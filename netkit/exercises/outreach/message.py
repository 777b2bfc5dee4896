"""A message from a template: the contact and participant normalised, gaps marked, limits enforced.

Every function that writes words into a draft takes the participant's ``language``: the template is that
language's copy (:func:`~netkit.exercises.outreach.templates.builtin_templates`), "how we know each other" becomes a
sentence in it (:func:`connection_sentence`), and a missing field's gap is named in it ("[Organisation]").
"""

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
from netkit.languages import N_, gettext_for

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


def connection_sentence(how_we_know: str, language: str = "") -> str:
    """How we know each other, as one sentence in the participant's ``language`` that reads well whatever they typed.

    English: see :func:`_english_connection`. German and Spanish follow the same idea with their own grammar: a
    clause is kept ("Wir haben zusammen studiert.", "Coincidimos en la PyCon."); a place or a person to know each
    other through gets the verb ("aus dem Studium" → "Wir kennen uns aus dem Studium.", "de la universidad" →
    "Nos conocemos de la universidad."); a relationship reads as one ("ehemalige Kollegin bei Zendesk" →
    "Vielleicht erinnerst du dich an mich: ehemalige Kollegin bei Zendesk."); anything else is named as where we
    know each other from. Empty in, empty out.
    """
    text = " ".join(str(how_we_know or "").split()).strip(" .;,:!?-–—")
    if not text:
        return ""
    if language == "de":
        return _german_connection(text)
    if language == "es":
        return _spanish_connection(text)
    return _english_connection(text)


_DE_SUBJECT = re.compile(r"^(?:wir|ich|du|sie|ihr|man|uns)\b", re.IGNORECASE)
_DE_MET = re.compile(r"\b(?:kennengelernt|getroffen|gesehen|kennen\s+gelernt)$", re.IGNORECASE)
_DE_DID_TOGETHER = re.compile(
    r"\b(?:zusammengearbeitet|gearbeitet|studiert|gelernt|gespielt|gesungen|trainiert|gewohnt|gemacht)$", re.IGNORECASE
)
_DE_PREPOSITION = re.compile(
    r"^(?:aus|von|vom|über|bei|beim|durch|auf|in|im|seit|an|am|während|zur|zum)\b", re.IGNORECASE
)
_DE_RELATION = re.compile(
    r"(?:kolleg|kommiliton|chef|vorgesetzt|mentor|mentee|nachbar|freund|mitschüler|mitglied|teamkolleg|praktikant|"
    r"kundin|kunde|trainer|lehrer|dozent|betreuer|ehemalig|alumn)",
    re.IGNORECASE,
)
_ES_CLAUSE = re.compile(
    r"^(?:nos|yo|tú|tu\s+y\s+yo|coincidimos|trabajamos|estudiamos|fuimos|estuvimos|somos|compartimos|jugamos|"
    r"hicimos|colaboramos|conocí|te\s+conocí)\b",
    re.IGNORECASE,
)
_ES_PREPOSITION = re.compile(r"^(?:de|del|por|a\s+través\s+de|desde|durante|gracias\s+a|vía)\b", re.IGNORECASE)
_ES_IN = re.compile(r"^(?:en|en\s+el|en\s+la)\b", re.IGNORECASE)
_ES_ARTICLE = re.compile(r"^(?:el|la|un|una|tu)\s+", re.IGNORECASE)
_ES_RELATION = re.compile(
    r"(?:compañer|colega|jef[ea]|mentor|vecin|amig|profesor|cliente|alumn|exalumn|excompañer|antigu[oa]|becari|"
    r"socio|socia|tutor|entrenador)",
    re.IGNORECASE,
)


def _german_connection(text: str) -> str:
    """ "Wie wir uns kennen" in a German sentence (see :func:`connection_sentence`)."""
    if _DE_SUBJECT.match(text):
        sentence = text
    elif _DE_MET.search(text):
        sentence = f"Wir haben uns {text[0].lower()}{text[1:]}"
    elif _DE_DID_TOGETHER.search(text):
        sentence = f"Wir haben {text[0].lower()}{text[1:]}"
    elif _DE_PREPOSITION.match(text):
        sentence = f"Wir kennen uns {text[0].lower()}{text[1:]}"
    elif _DE_RELATION.search(text) and not re.match(r"^(?:mein|meine|unser|unsere)\b", text, re.IGNORECASE):
        sentence = f"Vielleicht erinnerst du dich an mich: {text}"
    else:
        sentence = f"Kurz zur Erinnerung, woher wir uns kennen: {text}"
    return sentence[0].upper() + sentence[1:] + "."


def _spanish_connection(text: str) -> str:
    """ "Cómo nos conocemos" in a Spanish sentence (see :func:`connection_sentence`)."""
    if _ES_CLAUSE.match(text):
        sentence = text
    elif _ES_IN.match(text):
        sentence = f"Nos conocimos {text[0].lower()}{text[1:]}"
    elif _ES_PREPOSITION.match(text):
        sentence = f"Nos conocemos {text[0].lower()}{text[1:]}"
    elif _ES_RELATION.search(text) and not re.match(r"^(?:mi|mis|nuestr[oa]s?)\b", text, re.IGNORECASE):
        sentence = "Quizá me recuerdes como " + _ES_ARTICLE.sub("", text)
    else:
        sentence = f"Te recuerdo de qué nos conocemos: {text}"
    return sentence[0].upper() + sentence[1:] + "."


def _english_connection(text: str) -> str:
    """How we know each other, as one English sentence that reads well whatever the participant typed.

    A clause is kept as written ("We met at PyCon."); a verb gets its subject ("met at PyCon" →
    "We met at PyCon."); a relationship reads as one ("former colleague at Zendesk" → "You may
    remember me as your former colleague at Zendesk."); anything else is where we know each
    other from ("university", "PyCon 2023", "在会议上认识").
    """
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


def normalise_contact(contact: Mapping[str, Any] | str | None, language: str = "") -> dict[str, Any]:
    """A contact as templates see it: the standard keys, empty ones left out (so they count as missing);
    ``connection`` (how we know each other, as a sentence) is written in the participant's ``language``.

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
    values["connection"] = connection_sentence(values["how_we_know"], language)
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


def contact_label(contact: Mapping[str, Any], language: str = "") -> str:
    """A short label for pickers: ``Name (Organisation)`` (a contact with no name says so in the participant's
    ``language``)."""
    c = normalise_contact(contact)
    name = c.get("name") or gettext_for(language)(N_("(no name)"))
    return f"{name} ({c['organisation']})" if c.get("organisation") else name


# --------------------------------------------------------------------------- rendering
_UNDEFINED_ATTR = re.compile(r"has no attribute '([^']+)'")
_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined")


def _missing_field(exc: UndefinedError) -> str:
    text = str(exc)
    match = _UNDEFINED_ATTR.search(text) or _UNDEFINED_NAME.search(text)
    return match.group(1) if match else text


_FIELD_HELP = {
    "contact.organisation": N_("their organisation"),
    "contact.role": N_("their role"),
    "contact.how_we_know": N_("how you know them"),
    "contact.connection": N_("how you know them"),
    "contact.first_name": N_("their name"),
    "contact.name": N_("their name"),
    "me.first_name": N_("your name"),
    "me.name": N_("your name"),
    "me.goal": N_("your goal"),
}


def field_label(name: str, language: str = "") -> str:
    """A template field in a participant's words, in their ``language``: ``contact.role`` → ``their role``
    ("ihre Rolle", "su puesto")."""
    if name in _FIELD_HELP:
        return gettext_for(language)(_FIELD_HELP[name])
    return name.split(".")[-1].replace("_", " ")


def missing_fields(
    template: OutreachTemplate | str,
    contact: Mapping[str, Any] | str | None = None,
    participant: Mapping[str, Any] | None = None,
    *,
    templates: Iterable[OutreachTemplate] | None = None,
    language: str = "",
) -> list[str]:
    """The fields ``template`` needs that are empty, in order of use (``contact.role``, ``me.goal``…)."""
    template = _find(template, templates, language)
    text = _render(template, contact, participant, LENIENT_ENV.from_string(template.body), language)
    seen: list[str] = []
    for name in GAP_RE.findall(text):
        if name not in seen:
            seen.append(name)
    return seen


def _find(
    template: OutreachTemplate | str, templates: Iterable[OutreachTemplate] | None, language: str = ""
) -> OutreachTemplate:
    if not isinstance(template, str):
        return template
    pool = list(templates) if templates is not None else builtin_templates(language)
    for candidate in pool:
        if candidate.id == template:
            return candidate
    situation_for(template, pool)  # raises the helpful error
    raise AssertionError("unreachable")


def _body_line(template: OutreachTemplate, exc: BaseException) -> int | None:
    """The line of the template's file where ``exc`` happened, when known."""
    line = template_line(exc)
    return line + template.line_offset if line is not None else None


def _render(template: OutreachTemplate, contact: Any, participant: Any, compiled: Any, language: str = "") -> str:
    context = {
        "contact": ContactFields(normalise_contact(contact, language)),
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
    language: str = "",
) -> str:
    """The draft message for ``template`` (an OutreachTemplate or a situation id) in the participant's ``language``
    (a situation id finds that language's copy; how we know each other and the gaps are written in it).

    With ``placeholders=False`` (the default) a missing field raises TemplateError naming the
    field and the template; with ``placeholders=True`` it appears as ``[field]`` in the draft.
    """
    template = _find(template, templates, language)
    if placeholders:

        def gap(match: re.Match) -> str:
            return f"[{field_label(match.group(1), language)}]"

        text = GAP_RE.sub(
            gap, _render(template, contact, participant, LENIENT_ENV.from_string(template.body), language)
        )
    else:
        try:
            text = _render(
                template, contact, participant, template._compiled or STRICT_ENV.from_string(template.body), language
            )
        except UndefinedError as exc:
            names = missing_fields(template, contact, participant, language=language) or [_missing_field(exc)]
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
