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
limits on the text it may build and the work it may do (:mod:`netkit.template_sandbox`), and
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

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError

from .exceptions import TemplateError
from .template_sandbox import MessageSandbox, TemplateLimitError, render_limited, template_line

__all__ = [
    "BUILTIN_FOLDER",
    "COACH_FOLDER_NAME",
    "OutreachTemplate",
    "Situation",
    "builtin_templates",
    "connection_sentence",
    "contact_label",
    "load_templates",
    "missing_fields",
    "normalise_contact",
    "normalise_participant",
    "parse_template",
    "render_message",
    "situation_for",
]

BUILTIN_FOLDER = Path(__file__).resolve().parent / "templates" / "outreach"
COACH_FOLDER_NAME = "outreach-templates"
FRONT_MATTER = "+++"

# Keys seen in contact records (exercise 1, LinkedIn / Google / vCard imports, hand entry).
_CONTACT_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full_name", "fullname", "display_name", "Name"),
    "first_name": ("first_name", "firstname", "given_name", "First Name", "first"),
    "last_name": ("last_name", "lastname", "family_name", "Last Name", "last"),
    "organisation": ("organisation", "organization", "company", "org", "employer", "Company"),
    "role": ("role", "position", "title", "job_title", "Position"),
    "how_we_know": ("how_we_know", "how", "context", "met", "connection", "relationship", "how_met"),
}


@dataclass(frozen=True)
class Situation:
    """What kind of message this is, which tells the linter which rules apply.

    ``first_contact``: the reader does not know you yet (short; no job ask).
    ``has_ask``: the message asks for something (phrase it as a question).
    ``needs_connection``: say how you know them in the opening.
    ``needs_thanks``: a thank-you or follow-up (must thank).
    ``apology``: an apology (take responsibility, blame nobody).
    ``about_reader``: the message should be more about the reader than the writer.
    """

    id: str
    title: str
    description: str = ""
    first_contact: bool = False
    has_ask: bool = True
    needs_connection: bool = True
    needs_thanks: bool = False
    apology: bool = False
    about_reader: bool = True

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# The linter's view of a message whose situation is not known: check the general rules.
UNKNOWN_SITUATION = Situation(id="", title="Any message", first_contact=True, has_ask=False)

_FLAGS = ("first_contact", "has_ask", "needs_connection", "needs_thanks", "apology", "about_reader")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")


@dataclass(frozen=True)
class OutreachTemplate:
    """One situation with its template body and where it came from."""

    situation: Situation
    body: str
    source: str = "<built-in>"
    builtin: bool = True
    _compiled: Any = field(default=None, compare=False, repr=False)
    #: Lines of the file before the body's first line (front matter), to report file lines.
    line_offset: int = field(default=0, compare=False)

    @property
    def id(self) -> str:
        return self.situation.id

    @property
    def title(self) -> str:
        return self.situation.title


class _ContactFields(dict):
    """The ``contact`` mapping (a type of its own so a missing field can say whose it is)."""


class _MeFields(dict):
    """The ``me`` mapping."""


class _PlaceholderUndefined(jinja2.Undefined):
    """Renders a missing field as a visible ``[field]`` (never a silent blank)."""

    __slots__ = ()

    def __str__(self) -> str:
        owner = getattr(self, "_undefined_obj", None)
        prefix = "contact." if isinstance(owner, _ContactFields) else "me." if isinstance(owner, _MeFields) else ""
        return f"{_GAP}{prefix}{self._undefined_name or 'missing'}{_GAP}"

    def __getattr__(self, name: str) -> Any:
        if name[:2] == "__":
            raise AttributeError(name)
        return _PlaceholderUndefined(name=name)


_GAP = "\x00"
_GAP_RE = re.compile("\x00([^\x00]*)\x00")

#: A coach's template file larger than this is refused before it is read.
MAX_TEMPLATE_FILE = 1_000_000

_STRICT_ENV = MessageSandbox(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
_LENIENT_ENV = MessageSandbox(undefined=_PlaceholderUndefined, autoescape=False, keep_trailing_newline=False)


# --------------------------------------------------------------------------- loading
def parse_template(text: str, *, source: str = "<template>", builtin: bool = False) -> OutreachTemplate:
    """Read one template file's text (front matter + body); raise TemplateError if broken."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise TemplateError(
            "the template does not start with a '+++' front-matter block",
            where=source,
            line=1,
            fix='begin the file with +++, a line situation = "my-situation", '
            'a line title = "...", then +++ and the message',
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER)
    except StopIteration:
        raise TemplateError(
            "the front matter is never closed",
            where=source,
            line=1,
            fix="add a line with +++ after the situation and title",
        ) from None
    try:
        meta = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise TemplateError(
            f"the front matter is not valid TOML ({exc})",
            where=source,
            line=(line + 1) if line else None,
            fix='write each setting as key = "value" (text in double quotes)',
        ) from None
    situation_id = meta.get("situation")
    if not isinstance(situation_id, str) or not _ID_RE.match(situation_id):
        raise TemplateError(
            'the front matter needs situation = "an-id" (lower case letters, digits, dashes)',
            where=source,
            line=2,
            fix='add for example: situation = "thank-mentor"',
        )
    title = meta.get("title") or situation_id.replace("-", " ").capitalize()
    flags = {}
    for flag in _FLAGS:
        if flag in meta:
            if not isinstance(meta[flag], bool):
                raise TemplateError(
                    f"{flag} must be true or false",
                    where=source,
                    fix=f"write {flag} = true or {flag} = false (no quotes)",
                )
            flags[flag] = meta[flag]
    situation = Situation(id=situation_id, title=str(title), description=str(meta.get("description", "")), **flags)
    rest = lines[end + 1 :]
    offset = end + 1
    while rest and not rest[0]:  # blank lines between the front matter and the body
        rest, offset = rest[1:], offset + 1
    body = "\n".join(rest).strip("\n")
    try:
        compiled = _STRICT_ENV.from_string(body)
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"the template has a syntax error: {exc.message}",
            where=source,
            line=(exc.lineno + offset) if exc.lineno else None,
            fix="check the {{ }} and {% %} pairs on that line",
        ) from None
    return OutreachTemplate(
        situation=situation, body=body, source=source, builtin=builtin, _compiled=compiled, line_offset=offset
    )


def _read_folder(folder: Path, *, builtin: bool) -> list[OutreachTemplate]:
    templates = []
    for path in sorted(folder.glob("*.j2")):
        try:
            if path.is_file() and path.stat().st_size > MAX_TEMPLATE_FILE:
                raise TemplateError(
                    f"the template is larger than {MAX_TEMPLATE_FILE // 1000} KB",
                    where=path,
                    fix="a message template is a few lines: check this is the right file",
                )
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise TemplateError(
                "the template is not UTF-8 text", where=path, fix="save it as UTF-8 in your editor"
            ) from None
        except OSError as exc:  # a folder named *.j2, a file we may not read
            raise TemplateError(
                f"the template cannot be read ({exc.strerror or exc})",
                where=path,
                fix="make it a readable text file, or move it out of the templates folder",
            ) from None
        templates.append(
            parse_template(text, source=str(path) if not builtin else f"built-in {path.name}", builtin=builtin)
        )
    return templates


_BUILTINS: list[OutreachTemplate] | None = None


def builtin_templates() -> list[OutreachTemplate]:
    """The templates shipped with netkit, in the order they are offered."""
    global _BUILTINS
    if _BUILTINS is None:
        order = [
            "informational-interview",
            "reconnect",
            "reconnect-advice",
            "introduction",
            "thank-you",
            "thank-you-conversation",
            "follow-up",
            "share-no-ask",
            "client-or-collaborator",
            "apology",
            "decline-referral",
        ]
        found = _read_folder(BUILTIN_FOLDER, builtin=True)
        found.sort(key=lambda t: order.index(t.id) if t.id in order else len(order))
        _BUILTINS = found
    return list(_BUILTINS)


def load_templates(folder: str | Path | None = None) -> list[OutreachTemplate]:
    """Built-in templates plus a coach's ``*.j2`` files from ``folder`` (theirs win on the same id).

    A missing ``folder`` is fine (only built-ins); a broken file raises TemplateError naming it.
    """
    templates = {t.id: t for t in builtin_templates()}
    if folder is not None:
        folder = Path(folder)
        if folder.is_dir():
            seen: dict[str, str] = {}
            for template in _read_folder(folder, builtin=False):
                if template.id in seen:
                    raise TemplateError(
                        f"two templates use situation {template.id!r}",
                        where=template.source,
                        fix=f"rename the situation in this file or in {seen[template.id]}",
                    )
                seen[template.id] = template.source
                templates[template.id] = template
        elif folder.exists():
            raise TemplateError(
                "this is a file, not a folder of templates",
                where=folder,
                fix="give the folder that holds your *.j2 templates",
            )
    return list(templates.values())


def situation_for(situation_id: str | None, templates: Iterable[OutreachTemplate] | None = None) -> Situation:
    """The :class:`Situation` with this id (``None`` or "" gives the general one)."""
    if not situation_id:
        return UNKNOWN_SITUATION
    for template in templates if templates is not None else builtin_templates():
        if template.id == situation_id:
            return template.situation
    known = ", ".join(t.id for t in (templates if templates is not None else builtin_templates()))
    raise TemplateError(f"there is no situation called {situation_id!r}", fix=f"use one of: {known}")


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
    values = {key: _first(contact, keys) for key, keys in _CONTACT_KEYS.items()}
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
    text = _render(template, contact, participant, _LENIENT_ENV.from_string(template.body))
    seen: list[str] = []
    for name in _GAP_RE.findall(text):
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
        "contact": _ContactFields(normalise_contact(contact)),
        "me": _MeFields(normalise_participant(**dict(participant or {}))),
    }
    try:
        return render_limited(compiled, context)
    except UndefinedError as exc:
        if compiled.environment is _STRICT_ENV:
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
        text = _GAP_RE.sub(_gap, _render(template, contact, participant, _LENIENT_ENV.from_string(template.body)))
    else:
        try:
            text = _render(template, contact, participant, template._compiled or _STRICT_ENV.from_string(template.body))
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
