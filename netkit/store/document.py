"""Reading an answers document (the sidecar, its backup, a damaged copy, an upload) the safe way.

Every document netkit reads goes through :func:`parse_document`, which is the one definition
of *damaged* (not JSON, not the expected shape, past the limits below) and *too new* (a newer
schema). Limits exist because a document may come from anywhere (an upload, a hand edit, a
broken disk): past them the document is damaged, set aside and the backup used, and the coach's
report names it; nothing raises further (a 200,000-level nested file included).

=================  ==========================================================
MAX_BYTES          64 MiB for one document (30,000 contacts take about 6 MiB)
MAX_DEPTH          24 levels of nested lists/objects (answers need 7)
MAX_KEYS           5,000 answers keys
MAX_ITEMS          200,000 entries in any one list or object
MAX_STRING         8,000,000 characters in any one string
=================  ==========================================================
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from netkit.exceptions import AnswersError, AnswersSchemaError
from netkit.kept_copies import BEFORE_RESUME, DAMAGED, backup_name, backup_of, kept_copies_glob
from netkit.store.schema import SCHEMA, migrate, record_keys
from netkit.store.shapes import BadItem, check_items

__all__ = [
    "BACKUP_NAME",
    "DAMAGED_GLOB",
    "EXPORT_KIND",
    "FILENAME",
    "LOCKNAME",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_KEYS",
    "MAX_STRING",
    "RESUME_COPY",
    "answers_from_copies",
    "answers_path",
    "check_document",
    "check_limits",
    "check_upload",
    "json_copy",
    "load_json",
    "parse_document",
    "read_answers_readonly",
    "read_copies",
    "read_document",
    "says_do_not_share",
]

FILENAME = "netkit-answers.json"
BACKUP_NAME = backup_name(FILENAME)
LOCKNAME = ".netkit-answers.lock"
DAMAGED_GLOB = kept_copies_glob(FILENAME, DAMAGED)
RESUME_COPY = kept_copies_glob(FILENAME, BEFORE_RESUME)
EXPORT_KIND = "netkit-answers-export"

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 24
MAX_KEYS = 5_000
MAX_ITEMS = 200_000
MAX_STRING = 8_000_000


def answers_path(folder: str | Path) -> Path:
    """The sidecar file of the workbook(s) in ``folder``."""
    return Path(folder) / FILENAME


def check_limits(value: Any) -> None:
    """Raise ``ValueError`` when ``value`` (parsed JSON) is deeper, longer or bigger than the limits.

    Walked one level at a time, so a hostile depth costs a loop, never the interpreter's stack; each value
    is looked at once, with no (value, depth) pair built for it (a file of 150 contacts is checked in about
    0.1 ms, a fifth of the old pairwise walk: ``netkit collect`` checks every participant's file).
    """
    level = [value]
    depth = 1
    longest, widest = MAX_STRING, MAX_ITEMS
    while level:
        below: list = []
        for item in level:
            kind = type(
                item
            )  # parsed JSON holds exact types: each is told apart by identity, isinstance only for others
            if kind is str:
                if len(item) > longest:
                    raise ValueError(f"a text in it is longer than {MAX_STRING:,} characters")
                continue
            if kind is dict:
                children: Any = item.values()
            elif kind is list:
                children = item
            elif kind in _SCALARS:
                continue
            elif isinstance(item, str):  # a subclass: the same rules as the exact types, in the same order
                if len(item) > longest:
                    raise ValueError(f"a text in it is longer than {MAX_STRING:,} characters")
                continue
            elif isinstance(item, (list, dict)):
                children = item.values() if isinstance(item, dict) else item
            else:
                continue
            if depth > MAX_DEPTH:
                raise ValueError(f"it is nested more than {MAX_DEPTH} levels deep")
            if len(item) > widest:
                raise ValueError(f"a list in it has more than {MAX_ITEMS:,} entries")
            below.extend(children)
        level = below
        depth += 1


#: JSON's exact scalar types (nothing below them to walk, no length to check).
_SCALARS = frozenset({int, float, bool, type(None)})


def load_json(raw: bytes) -> Any:
    """The one decoder of an answers document's bytes (the file, its backup, an export, an upload): size and
    depth limits, BOM tolerated; anything wrong is a ``ValueError`` saying what."""
    if len(raw) > MAX_BYTES:
        raise ValueError(f"it is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from None
    except RecursionError:
        raise ValueError(f"it is nested more than {MAX_DEPTH} levels deep") from None


def read_document(path: Path) -> dict:
    """The answers document in the file ``path``, through :func:`parse_document` (damaged or too new: it raises)."""
    with open(path, "rb") as handle:
        return parse_document(handle.read(), path)


def json_copy(value: Any) -> Any:
    """A deep copy through JSON: validates that ``value`` can be saved in a document, and is several times
    faster than ``copy.deepcopy`` on large answers (30,000 contacts)."""
    return json.loads(json.dumps(value))


def parse_document(raw: bytes, where: str | Path, *, kind: str | None = None) -> dict:
    """Parse and check one answers document; raise ``ValueError`` (damaged) or :class:`AnswersSchemaError`.

    ``kind`` is :data:`EXPORT_KIND` for a download being resumed. The answers come back migrated
    to today's key names (:func:`netkit.store.schema.migrate`); ``changes``/``deleted`` (the merge's
    change times) are kept when well formed and dropped otherwise.
    """
    return check_document(load_json(raw), where, kind=kind)


class _Checked(dict):
    """A document :func:`check_document` returned; checking it again would give it back unchanged."""


def check_upload(doc: Any, source: str | Path) -> dict:
    """:func:`check_document` for a download being resumed, refusing with a message a participant can act on.

    An upload already checked (:func:`netkit.workbook.takehome.read_upload` checks before anything is written)
    is not walked a second time: on 30,000 contacts that walk is a third of a second.
    """
    if type(doc) is _Checked and doc.get("kind") == EXPORT_KIND:
        return doc
    try:
        return check_document(doc, source, kind=EXPORT_KIND)
    except BadItem as exc:
        raise AnswersError(
            f"this download cannot be resumed: {exc}",
            where=source,
            fix="open netkit-answers-export.json (inside the zip) in a text editor and correct or remove that item, "
            "then upload it again; or upload an earlier download",
        ) from None
    except ValueError as exc:
        raise AnswersError(
            f"this is not a netkit answers export you can resume from: {exc}",
            where=source,
            fix="choose the netkit-….zip or netkit-answers file you downloaded from your workbook",
        ) from None


def check_document(doc: Any, where: str | Path, *, kind: str | None = None, within_limits: bool = False) -> dict:
    """The checks of :func:`parse_document` on an already parsed document (see there; ``within_limits``: it
    came from :func:`netkit.coach.collect.decode.strict_loads`, which held it to the limits: they are not walked
    again)."""
    if not isinstance(doc, dict):
        raise ValueError("it is not a JSON object")
    if kind is not None and doc.get("kind") != kind:
        raise ValueError("it has no netkit export marker")
    answers = doc.get("answers")
    if not isinstance(answers, dict):
        raise ValueError(
            "its 'answers' are not a set of key/value pairs" if "answers" in doc else "no 'answers' object in it"
        )
    schema = doc.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ValueError("no schema version in it")
    if schema > SCHEMA:
        raise AnswersSchemaError(
            f"these answers were saved by a newer netkit (schema {schema}; "
            f"this one reads up to {SCHEMA}), so they are left untouched",
            where=where,
            fix="upgrade netkit (pip install -U netkit) and open it again",
        )
    if len(answers) > MAX_KEYS:
        raise ValueError(f"it has more than {MAX_KEYS:,} answers")
    if not within_limits:
        check_limits(doc)
    for key in record_keys():
        if key in answers and not isinstance(answers[key], list):
            raise ValueError(f"'{key}' should be a list but is a {type(answers[key]).__name__}")
    if kind == EXPORT_KIND:
        check_items(answers)  # an upload may hold anything: every item is checked before it is resumed
    out = {
        "schema": schema,
        "rev": doc.get("rev"),
        "saved_at": doc.get("saved_at") or doc.get("exported_at"),
        "answers": migrate(answers),
    }
    if kind is not None:
        out["kind"] = kind
    for section in ("changes", "deleted"):
        table = doc.get(section)
        if isinstance(table, dict):
            out[section] = {
                k: v
                for k, v in table.items()
                if isinstance(v, dict) or (isinstance(v, int) and not isinstance(v, bool))
            }
    if isinstance(doc.get("superseded"), list):
        out["superseded"] = doc["superseded"]
    return _Checked(out)


Copy = bytes | None | OSError


def answers_from_copies(main: Copy, backup: Copy | Callable[[], Copy], *, where: str | Path) -> dict | None:
    """The answers held by a sidecar and its backup, read from anywhere, writing nothing.

    Each copy is its bytes, ``None`` when it does not exist, or the ``OSError`` met reading it;
    ``backup`` may be a function, called only when the main copy is missing or damaged (a hub
    request saved). The backup is used when the main copy is damaged, as the store recovers.
    Returns ``None`` when neither exists; raises :class:`AnswersError` when neither is usable
    and :class:`AnswersSchemaError` for a newer netkit.

    Consent is read the safe way: when the answers say "share", the backup is read too, and a
    "do not share" in it wins (``sharing.share`` comes back false).
    """
    from netkit.store.schema import OPT_OUT, SHARE

    damage = None
    fetched: dict[str, Copy] = {}
    for name, copy_ in ((FILENAME, main), (BACKUP_NAME, backup)):
        if callable(copy_):
            copy_ = copy_()
        fetched[name] = copy_
        if copy_ is None:
            continue
        if isinstance(copy_, OSError):
            damage = damage or f"the answers file {name} cannot be read ({copy_.strerror or copy_})"
            continue
        try:
            answers = dict(parse_document(copy_, where)["answers"])
        except ValueError as exc:
            damage = damage or f"the answers file {name} is damaged: {exc}"
            continue
        if answers.get(SHARE) is True or answers.get(OPT_OUT) is False:
            other = fetched.get(BACKUP_NAME, backup)
            if says_do_not_share(other() if callable(other) else other):
                answers[SHARE] = False
        return answers
    if damage:
        raise AnswersError(
            damage + "; no usable backup either",
            where=where,
            fix="open this participant's workbook: it recovers what it can, or ask them for their downloaded export",
        )
    return None


def _read(target: Path) -> Copy:
    try:
        with open(target, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return exc


def read_copies(folder: str | Path) -> list[tuple[str, Copy]]:
    """``(file name, bytes | None | OSError)`` of the sidecar, its backup and every damaged copy."""
    path = answers_path(folder)
    copies = [(FILENAME, _read(path)), (BACKUP_NAME, _read(backup_of(path)))]
    try:
        damaged = sorted(Path(folder).glob(DAMAGED_GLOB))
    except OSError:
        damaged = []
    copies += [(p.name, _read(p)) for p in damaged]
    return copies


def read_answers_readonly(folder: str | Path) -> dict | None:
    """The answers saved in ``folder`` without writing anything (``None`` when none are saved).

    For the coach's side: nothing is moved or repaired (that is the participant's workbook's
    job), see :func:`answers_from_copies`.
    """
    path = answers_path(folder)
    return answers_from_copies(_read(path), lambda: _read(backup_of(path)), where=path)


# A damaged copy may not parse at all; its bytes can still say "no" (spacing as json writes it).
_NO_BYTES = re.compile(rb'"sharing\.(?:opt_out"\s*:\s*true|share"\s*:\s*false)')


def says_do_not_share(copy_: Copy) -> bool:
    """Does this copy (parsed if it can be, else searched as bytes) hold a "do not share" choice?"""
    from netkit.store.schema import OPT_OUT, SHARE

    if not isinstance(copy_, bytes):
        return False
    try:
        answers: Mapping[str, Any] = parse_document(copy_, "a copy")["answers"]
    except (ValueError, AnswersSchemaError):
        return bool(_NO_BYTES.search(copy_))
    return answers.get(OPT_OUT) is True or answers.get(SHARE) is False
