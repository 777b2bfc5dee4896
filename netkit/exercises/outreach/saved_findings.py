"""The linter's warnings saved beside each message, so the cohort report need not lint every message again.

The outreach composer lints the draft as it is typed. It saves what it found with the draft and with each outbox
entry, as one record under :data:`LINTED_KEY`::

    "linted": {"warnings": ["job-ask", ...], "relationship": "teammate" | null, "language": "de" | null,
               "fingerprint": "<32 hex digits>"}

``warnings`` are the warning rule ids (sorted); ``relationship`` and ``language`` are what the lint call was given
besides the text and the situation; ``fingerprint`` (:func:`fingerprint`) is a hash of everything the findings
depend on: :data:`LINT_VERSION` (the linter's own source), the text, the situation's id and flags (what the rules
read of it), the relationship and the language.

``netkit collect`` (:func:`warnings_of`) uses the saved ids only when the fingerprint it computes for the message as
it is now is the same and the ids are a list of known warning rule ids; otherwise (an older answers file, a linter
changed since, a text edited by hand, anything malformed) it lints the message again, with the same relationship
and language. Either way the figure is what a fresh lint of every message gives. Someone who edits their own
answers file can only change the counts of their own messages, which they could equally change by editing the
text.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from netkit.exceptions import NetkitError
from netkit.exercises.outreach.templates import BUILTIN_FOLDER, UNKNOWN_SITUATION, Situation, builtin_templates

__all__ = [
    "LINTED_KEY",
    "LINT_VERSION",
    "WARNING_RULES",
    "fingerprint",
    "lint_version",
    "linted_record",
    "situation_of",
    "sources_version",
    "warning_rules",
    "warnings_of",
]

#: The field of a draft or an outbox entry that holds what the linter found (see the module's docstring).
LINTED_KEY = "linted"

_HERE = Path(__file__).resolve().parent
#: Situation fields that are words for people, never read by a rule (they differ between languages).
_DISPLAY_FIELDS = frozenset({"title", "description"})


@functools.cache
def lint_version() -> str:
    """The linter's version: :func:`sources_version` of this package's folder and the built-in templates. Read
    once per process, from the installed files (``Path(__file__).parent``, so a wheel and Pyodide work the same)."""
    return sources_version(_HERE, BUILTIN_FOLDER)


def sources_version(folder: Path, templates_folder: Path) -> str:
    """A sha256 over the source of everything that decides the linter's findings: the ``lint*.py`` modules in
    ``folder``, the situations (its ``templates.py`` and the ``*.j2`` templates of ``templates_folder``, whose front
    matter sets the flags) and this module (``saved_findings.py``, which decides what a fingerprint covers). Any
    change to one of them gives another version.

    If a file cannot be read the version is a random one, so no saved finding matches and every message is linted.
    """
    files = sorted(folder.glob("lint*.py")) + [folder / "templates.py", folder / Path(__file__).name]
    files += sorted(templates_folder.glob("*.j2"))
    digest = hashlib.sha256()
    try:
        for path in files:
            digest.update(path.name.encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    except OSError:
        return "unreadable-" + uuid.uuid4().hex
    return digest.hexdigest()


#: The linter's version (:func:`lint_version`): looked up on first use by the module's ``__getattr__``, not at import.
LINT_VERSION: str


def __getattr__(name: str) -> Any:
    """``LINT_VERSION``: :func:`lint_version`, computed on first use rather than at import."""
    if name == "LINT_VERSION":
        return lint_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _situation_key(situation: Situation) -> tuple:
    """What the rules read of a situation: its id and every flag (not its title and description)."""
    return tuple(
        (f.name, getattr(situation, f.name)) for f in dataclasses.fields(situation) if f.name not in _DISPLAY_FIELDS
    )


@functools.cache
def _builtin_situations() -> dict[str, Situation]:
    return {template.id: template.situation for template in builtin_templates()}


def situation_of(situation_id: str) -> Situation:
    """The situation ``netkit collect`` lints a message under: the built-in one with this id, or the general rules
    for an empty or unknown id (a coach's own situation, a typo)."""
    if not situation_id:
        return UNKNOWN_SITUATION
    found = _builtin_situations().get(situation_id)
    return found if found is not None else UNKNOWN_SITUATION


def fingerprint(text: str, situation: Situation | None, relationship: str | None, language: str | None) -> str:
    """A hash of everything one lint call's findings depend on (see the module's docstring): one line of JSON
    with the version, the situation, the relationship and the language (JSON escapes any line break inside it),
    then the text exactly as it is."""
    head = _head(lint_version(), situation if situation is not None else UNKNOWN_SITUATION, relationship, language)
    return hashlib.sha256(head + text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@functools.lru_cache(maxsize=1024)
def _head(version: str, situation: Situation, relationship: str | None, language: str | None) -> bytes:
    key = [list(pair) for pair in _situation_key(situation)]
    line = json.dumps([version, key, relationship, language], ensure_ascii=False)
    return line.encode("utf-8", "surrogatepass") + b"\n"


def warning_rules(findings: Iterable[Any]) -> list[str]:
    """The sorted, distinct rule ids of the warnings among ``findings`` (what the cohort figure counts)."""
    return sorted({finding.rule for finding in findings if finding.severity == "warning"})


def linted_record(
    text: str,
    situation: Situation | None,
    relationship: str | None = None,
    language: str | None = None,
    findings: Iterable[Any] | None = None,
) -> dict[str, Any]:
    """The record saved under :data:`LINTED_KEY`: ``findings`` (what ``lint`` gave for exactly these arguments; the
    composer passes the list it has just shown) or, if ``None``, a fresh lint."""
    if findings is None:
        from netkit.exercises.outreach.lint import lint

        findings = lint(text, situation, relationship=relationship, language=language)
    return {
        "warnings": warning_rules(findings),
        "relationship": relationship,
        "language": language,
        "fingerprint": fingerprint(text, situation, relationship, language),
    }


#: The linter's warning rule ids (the rules of its ``RULEBOOK`` of severity ``"warning"``), written out here so that
#: checking a saved record never imports the linter: its phrase tables cost about a second of CPU to import, in
#: every process that collects (a test holds this set to the ``RULEBOOK``).
WARNING_RULES = frozenset(
    {
        "about-me",
        "apology-blame",
        "awkward-position",
        "connection-late",
        "job-ask",
        "no-question",
        "no-thanks",
        "placeholder",
        "pressure",
        "too-long",
        "unthanked-ask",
    }
)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def warnings_of(text: str, situation_id: str, record: Any = None) -> list[str]:
    """The warning rule ids (sorted) of one message for the cohort figure: the saved ones (``record``, the
    message's :data:`LINTED_KEY` field) when its fingerprint is the message's as it is now and they are known
    warning rule ids; else a fresh lint under :func:`situation_of` with the record's relationship and language
    (none for an older message). Never raises on a malformed record: that message is simply linted again."""
    saved = record if isinstance(record, Mapping) else {}
    relationship = _text_or_none(saved.get("relationship"))
    language = _text_or_none(saved.get("language"))
    situation = situation_of(situation_id)
    ids = saved.get("warnings")
    if (
        isinstance(ids, list)
        and all(isinstance(rule, str) for rule in ids)
        and WARNING_RULES.issuperset(ids)
        and saved.get("fingerprint") == fingerprint(text, situation, relationship, language)
    ):
        return sorted(set(ids))
    from netkit.exercises.outreach.lint import lint

    try:
        return warning_rules(lint(text, situation, relationship=relationship, language=language))
    except NetkitError:  # never expected (the situation is resolved above); the general rules, as before
        return warning_rules(lint(text, None))
