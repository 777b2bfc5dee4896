"""Outreach situations and message templates: parsing, the built-in and the coach's folders.

A template is written as a whole file per language: ``reconnect.j2`` is the English one, ``reconnect.de.j2`` and
``reconnect.es.j2`` the German and Spanish copies next to it (same situation, flags, fields and blocks; the title,
description and message written in the language). :func:`builtin_templates` and :func:`load_templates` take the
participant's ``language`` and give its copy of each template, else the English one (no error): a coach's own folder
works the same way, so a coach may add ``my-situation.de.j2`` beside ``my-situation.j2``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import TemplateSyntaxError

from netkit.exceptions import TemplateError
from netkit.exercises.outreach.sandbox import MessageSandbox
from netkit.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from netkit.resources import PACKAGE_DIR

__all__ = [
    "BUILTIN_FOLDER",
    "COACH_FOLDER_NAME",
    "CONTACT_KEYS",
    "ContactFields",
    "FRONT_MATTER",
    "GAP_RE",
    "LENIENT_ENV",
    "MAX_TEMPLATE_FILE",
    "MeFields",
    "OutreachTemplate",
    "STRICT_ENV",
    "Situation",
    "UNKNOWN_SITUATION",
    "builtin_templates",
    "copy_problems",
    "language_of_file",
    "load_templates",
    "parse_template",
    "situation_for",
]

#: Where the built-in templates live.
BUILTIN_FOLDER = PACKAGE_DIR / "templates" / "outreach"
#: The folder beside a workbook where a coach's own templates are looked for.
COACH_FOLDER_NAME = "outreach-templates"
FRONT_MATTER = "+++"

# Keys seen in contact records (exercise 1, LinkedIn / Google / vCard imports, hand entry).
CONTACT_KEYS: dict[str, tuple[str, ...]] = {
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
    ``known_reader``: the reader knows the writer (a connector's note, congratulations), whatever the map says.

    A situation with ``has_ask = false`` (a reconnect, congratulations, a share, a decline) demands no
    question and gets no follow-up reminders.
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
    known_reader: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


#: The linter's view of a message whose situation is not known: check the general rules.
UNKNOWN_SITUATION = Situation(id="", title="Any message", first_contact=True, has_ask=False)

_FLAGS = ("first_contact", "has_ask", "needs_connection", "needs_thanks", "apology", "about_reader", "known_reader")
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


class ContactFields(dict):
    """The ``contact`` mapping (a type of its own so a missing field can say whose it is); shared with
    :mod:`~netkit.exercises.outreach.message`, which renders with it."""


class MeFields(dict):
    """The ``me`` mapping."""


class _PlaceholderUndefined(jinja2.Undefined):
    """Renders a missing field as a visible ``[field]`` (never a silent blank)."""

    __slots__ = ()

    def __str__(self) -> str:
        owner = getattr(self, "_undefined_obj", None)
        prefix = "contact." if isinstance(owner, ContactFields) else "me." if isinstance(owner, MeFields) else ""
        return f"{_GAP}{prefix}{self._undefined_name or 'missing'}{_GAP}"

    def __getattr__(self, name: str) -> Any:
        if name[:2] == "__":
            raise AttributeError(name)
        return _PlaceholderUndefined(name=name)


_GAP = "\x00"
GAP_RE = re.compile("\x00([^\x00]*)\x00")

#: A coach's template file larger than this is refused before it is read.
MAX_TEMPLATE_FILE = 1_000_000

STRICT_ENV = MessageSandbox(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
LENIENT_ENV = MessageSandbox(undefined=_PlaceholderUndefined, autoescape=False, keep_trailing_newline=False)


# --------------------------------------------------------------------------- loading
def parse_template(text: str, *, source: str = "<template>", builtin: bool = False) -> OutreachTemplate:
    """Read one template file's text (front matter + body); raise TemplateError if broken."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    meta, end = _front_matter(lines, source)
    situation = _situation(meta, source)
    rest = lines[end + 1 :]
    offset = end + 1
    while rest and not rest[0]:  # blank lines between the front matter and the body
        rest, offset = rest[1:], offset + 1
    body = "\n".join(rest).strip("\n")
    try:
        compiled = STRICT_ENV.from_string(body)
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


def _front_matter(lines: list[str], source: str) -> tuple[dict[str, Any], int]:
    """(settings, index of the closing ``+++`` line) of the TOML block the template starts with; a missing, unclosed
    or invalid block stops with the line and how to write it."""
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
    return meta, end


def _situation(meta: dict[str, Any], source: str) -> Situation:
    """The situation the front matter declares: its id (checked), title, description and true/false flags."""
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
    return Situation(id=situation_id, title=str(title), description=str(meta.get("description", "")), **flags)


#: A translated copy's name: ``<name>.<language>.j2`` for a language netkit speaks other than English.
_COPY_RE = re.compile(
    r"^(?P<stem>.+)\.(?P<language>" + "|".join(c for c in SUPPORTED_LANGUAGES if c != DEFAULT_LANGUAGE) + r")\.j2$"
)


def language_of_file(name: str) -> tuple[str, str]:
    """(the template's name, its language) for a file name: ``reconnect.de.j2`` → ``("reconnect", "de")``,
    ``reconnect.j2`` → ``("reconnect", "")`` (English, the source)."""
    match = _COPY_RE.match(name)
    if match:
        return match.group("stem"), match.group("language")
    return name.removesuffix(".j2"), ""


def _read_file(path: Path, *, builtin: bool) -> OutreachTemplate:
    """One template file, refused with a clear message when it is too large, not UTF-8 or not readable."""
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
    return parse_template(text, source=str(path) if not builtin else f"built-in {path.name}", builtin=builtin)


def _read_folder(folder: Path, *, builtin: bool, language: str = "") -> list[OutreachTemplate]:
    """The folder's templates in ``language``: each name's copy in that language (``name.de.j2``) when there is
    one, else its English file (``name.j2``); a copy in another language is not read. A copy must keep its
    English file's situation, so a participant's choice and the linter's rules mean the same in every language."""
    language = "" if language == DEFAULT_LANGUAGE else language
    english: dict[str, Path] = {}
    copies: dict[str, Path] = {}
    for path in sorted(folder.glob("*.j2")):
        stem, lang = language_of_file(path.name)
        if not lang:
            english[stem] = path
        elif lang == language:
            copies[stem] = path
    templates = []
    for stem in sorted(set(english) | set(copies)):
        if stem not in copies:
            templates.append(_read_file(english[stem], builtin=builtin))
            continue
        copy = _read_file(copies[stem], builtin=builtin)
        if stem in english:
            source = _read_file(english[stem], builtin=builtin)
            if copy.id != source.id:
                raise TemplateError(
                    f"this copy is for situation {copy.id!r}, but {english[stem].name} is {source.id!r}",
                    where=copy.source,
                    line=2,
                    fix=f'write situation = "{source.id}" in the copy, as in the English file',
                )
        templates.append(copy)
    return templates


#: A template's own code ({{ … }}, {% … %}) and a [gap] the participant fills in by hand.
_TAG_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_HAND_GAP_RE = re.compile(r"\[[^\[\]]+\]")


def copy_problems(english: str, copy: str) -> list[str]:
    """What keeps a translated template file (``copy``, its text) out of step with its ``english`` text, in a
    translator's words; empty when in step.

    In step means: the same front matter apart from ``title`` and ``description`` (so the situation and its rules
    are the same), a title and description of its own, the same ``{{ fields }}`` and ``{% blocks %}`` (in any order,
    as the language's sentence needs), and as many ``[gaps]`` to fill in by hand, written anew.
    """
    try:
        (meta, _end), (copy_meta, _copy_end) = (
            _front_matter(english.splitlines(), "english"),
            _front_matter(copy.splitlines(), "copy"),
        )
    except TemplateError as exc:
        return [exc.message]
    problems = []
    for key in sorted((set(meta) | set(copy_meta)) - {"title", "description"}):
        if meta.get(key) != copy_meta.get(key):
            problems.append(f"{key} is {copy_meta.get(key)!r} in the copy but {meta.get(key)!r} in English")
    for key in ("title", "description"):
        if meta.get(key) and (not copy_meta.get(key) or copy_meta.get(key) == meta.get(key)):
            problems.append(f"the {key} is not translated")
    body, copy_body = english.split(FRONT_MATTER, 2)[-1], copy.split(FRONT_MATTER, 2)[-1]

    def tags(text: str) -> list[str]:
        return sorted(" ".join(tag.split()) for tag in _TAG_RE.findall(text))

    for tag in sorted(set(tags(body)) | set(tags(copy_body))):
        if tags(body).count(tag) != tags(copy_body).count(tag):
            problems.append(
                f"{tag} appears {tags(copy_body).count(tag)} time(s) in the copy, {tags(body).count(tag)} in English"
            )
    gaps, copy_gaps = _HAND_GAP_RE.findall(_TAG_RE.sub("", body)), _HAND_GAP_RE.findall(_TAG_RE.sub("", copy_body))
    if len(gaps) != len(copy_gaps):
        problems.append(f"the copy has {len(copy_gaps)} [gaps] to fill in, the English {len(gaps)}")
    if set(gaps) & set(copy_gaps):
        problems.append(f"gaps left in English: {', '.join(sorted(set(gaps) & set(copy_gaps)))}")
    return problems


_BUILTINS: dict[str, list[OutreachTemplate]] = {}


def builtin_templates(language: str = "") -> list[OutreachTemplate]:
    """The templates shipped with netkit, in the order they are offered, in the participant's ``language`` (its
    copy of each template; English for a language that has none)."""
    language = "" if language == DEFAULT_LANGUAGE else language
    if language not in _BUILTINS:
        order = [
            "informational-interview",
            "reconnect",
            "reconnect-advice",
            "introduction",
            "thank-you",
            "thank-you-conversation",
            "follow-up",
            "share-no-ask",
            "congratulate",
            "make-introduction",
            "career-change",
            "starting-out",
            "client-or-collaborator",
            "apology",
            "decline-referral",
            "kind-decline",
        ]
        found = _read_folder(BUILTIN_FOLDER, builtin=True, language=language)
        found.sort(key=lambda t: order.index(t.id) if t.id in order else len(order))
        _BUILTINS[language] = found
    return list(_BUILTINS[language])


def load_templates(folder: str | Path | None = None, language: str = "") -> list[OutreachTemplate]:
    """Built-in templates plus a coach's ``*.j2`` files from ``folder`` (theirs win on the same id), each in the
    participant's ``language`` when it has a copy (``name.de.j2``), else in English.

    A missing ``folder`` is fine (only built-ins); a broken file raises TemplateError naming it.
    """
    templates = {t.id: t for t in builtin_templates(language)}
    if folder is not None:
        folder = Path(folder)
        if folder.is_dir():
            seen: dict[str, str] = {}
            for template in _read_folder(folder, builtin=False, language=language):
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
