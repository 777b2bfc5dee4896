"""Does this person share? One decision for ``netkit collect`` and ``netkit collect --hub``, from every copy.

A participant's answers live in several copies: the main file, its backup, and any damaged copy their
workbook set aside (:mod:`netkit.kept_copies`). Whoever reads them, from a folder or from a JupyterHub, hands
the copies to :func:`consent_of` (or :func:`read_consented`, which also picks the answers to count) in the
order main, backup, damaged copies, and gets the same verdict:

* the answers used are the main file's, or the backup's when the main file is missing or damaged (as the
  workbook recovers); only an explicit tick there shares (``sharing.share`` true, or the older
  ``sharing.opt_out`` false);
* a "do not share" in **any** copy wins: ``sharing.share`` false or ``sharing.opt_out`` true, wherever it
  sits in a copy that parses (a key written twice included: JSON keeps the last, this keeps the "no"), and
  found token by token in one that does not (JSON escapes decoded, any spacing), because a damaged copy is
  often the newest word of the participant;
* "hide my name" (``sharing.anonymous`` true) in any copy hides the name: the safer reading again;
* a copy that exists but cannot be read (a permission problem, a named pipe, a link leading out of the
  folder, a copy past the size cap) might hold a "no", so a "yes" does not count while it is there: the
  participant's row is a problem naming that copy (the verdict ``unreadable``).

Copies are read lazily, in order, one at a time (nothing is held but the answers used): once the
answers say "no" or were never ticked, no other copy is fetched, which spares a hub request and a file
read for every participant who does not share.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from netkit.coach.collect.decode import strict_loads
from netkit.exceptions import AnswersError, AnswersSchemaError, NetkitError
from netkit.store import schema
from netkit.store.document import BACKUP_NAME, FILENAME, MAX_BYTES, MAX_DEPTH, check_document

__all__ = ["ANONYMOUS", "Consent", "NAMED", "NO", "UNREADABLE", "UNSET", "consent_of", "read_consented"]

NAMED, ANONYMOUS, NO, UNSET, UNREADABLE = "named", "anonymous", "no", "unset", "unreadable"

#: One copy: its bytes, ``None`` (not there), an error met reading it, or answers already parsed (a mapping);
#: or a function giving one of those, called only when the copy is needed.
CopyData = bytes | None | BaseException | Mapping[str, Any]
CopySource = CopyData | Callable[[], CopyData]

_CONSENT_KEYS = (schema.SHARE, schema.OPT_OUT, schema.SHARE_ANONYMOUSLY)


@dataclass(frozen=True)
class Consent:
    """What a participant chose: ``named``, ``anonymous``, ``no``, ``unset`` or ``unreadable`` (and why)."""

    choice: str
    why: str = ""

    @property
    def shares(self) -> bool:
        """Are this participant's numbers read at all?"""
        return self.choice in (NAMED, ANONYMOUS)


# --------------------------------------------------------------------------- what one copy says
def _choice_of(answers: Mapping[str, Any]) -> str:
    """The choice the answers used make on their own (top-level keys, as the workbook saved them)."""
    if answers.get(schema.OPT_OUT) is True or answers.get(schema.SHARE) is False:
        return NO
    if answers.get(schema.SHARE) is True or answers.get(schema.OPT_OUT) is False:
        return ANONYMOUS if answers.get(schema.SHARE_ANONYMOUSLY) is True else NAMED
    return UNSET


def _flags(pairs: Iterable[tuple[str, Any]]) -> tuple[bool, bool]:
    """(says no, says anonymous) from every consent key/value pair found in a copy."""
    no = anonymous = False
    for key, value in pairs:
        if (key == schema.SHARE and value is False) or (key == schema.OPT_OUT and value is True):
            no = True
        elif key == schema.SHARE_ANONYMOUSLY and value is True:
            anonymous = True
    return no, anonymous


# A JSON string literal: read token by token, so a key quoted inside a text value is never taken for a key.
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"', re.S)
_DECODER = json.JSONDecoder()


def _pairs_of_damaged(text: str) -> list[tuple[str, Any]]:
    """Consent key/value pairs in a text that is not JSON (cut short, garbage in it): each string literal is
    decoded as JSON decodes it (escapes included), and a consent key followed by ``:`` has its value read."""
    found: list[tuple[str, Any]] = []
    for match in _STRING.finditer(text):
        literal = match.group(0)
        if "sharing" not in literal and "\\" not in literal:
            continue
        try:
            key = json.loads(literal)
        except ValueError:
            continue
        if key not in _CONSENT_KEYS:
            continue
        rest = text[match.end() : match.end() + 64].lstrip()
        if not rest.startswith(":"):
            continue
        value_text = rest[1:].lstrip()
        try:
            value, _end = _DECODER.raw_decode(value_text)
        except ValueError:  # cut short inside the value: "fals…" (or an old opt-out's "tr…") is still a no
            value = {("f", schema.SHARE): False, ("t", schema.OPT_OUT): True}.get((value_text[:1], key))
        found.append((key, value))
    return found


class _Copy(NamedTuple):
    """What one copy holds: its document (``None``: damaged, and why), what it says about sharing, and whether
    the document was already held to the limits (:func:`~netkit.coach.collect.decode.strict_loads`)."""

    doc: Any
    damaged: str
    says_no: bool
    says_anonymous: bool
    within_limits: bool = False


def _read_copy(data: bytes | Mapping[str, Any]) -> _Copy:
    """One copy, parsed once (again by ``json`` when it is not strict JSON, or a consent key is out of sight)."""
    if isinstance(data, Mapping):
        no, anonymous = _flags((key, data.get(key)) for key in _CONSENT_KEYS if key in data)
        return _Copy({"schema": 0, "answers": data}, "", no, anonymous)
    if len(data) > MAX_BYTES:
        return _Copy(
            None, f"it is larger than {MAX_BYTES // (1024 * 1024)} MiB", *_flags(_pairs_of_damaged(_text(data)))
        )
    try:  # strict JSON within the limits, the common case, decoded sooner; anything else json decodes and judges
        doc = strict_loads(data)
    except ValueError:
        pass
    else:
        answers = doc.get("answers") if isinstance(doc, dict) else None
        if isinstance(answers, dict) and _all_in_sight(data, doc, answers):
            return _Copy(doc, "", *_flags((key, answers[key]) for key in _CONSENT_KEYS if key in answers), True)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _Copy(None, f"not valid JSON ({exc})", *_flags(_pairs_of_damaged(_text(data))))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return _Copy(None, f"not valid JSON ({exc})", *_flags(_pairs_of_damaged(text)))
    except RecursionError:
        return _Copy(None, f"it is nested more than {MAX_DEPTH} levels deep", *_flags(_pairs_of_damaged(text)))
    answers = doc.get("answers") if isinstance(doc, dict) else None
    if isinstance(answers, dict) and _all_in_sight(data, doc, answers):
        return _Copy(doc, "", *_flags((key, answers[key]) for key in _CONSENT_KEYS if key in answers))
    # a consent key somewhere else, or written twice (JSON keeps the last): every pair, at any depth
    found: list[tuple[str, Any]] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict:
        found.extend(pair for pair in pairs if pair[0] in _CONSENT_KEYS)
        return dict(pairs)

    return _Copy(json.loads(text, object_pairs_hook=hook), "", *_flags(found))


# A key holding a \u escape: the only way to spell a consent key without its plain letters (searched in the
# bytes of a copy that parses: its quotes, backslashes and spacing are ASCII, as in its text).
_ESCAPED_KEY = re.compile(rb'\\u[0-9a-fA-F]{4}(?:[^"\\]|\\.)*"\s*:')


def _all_in_sight(raw: bytes, doc: dict, answers: dict) -> bool:
    """Is every consent key in ``raw`` (the bytes ``doc`` was parsed from) one of the answers' own keys (or a
    key of the change tables)?

    Counting ``"sharing.`` in the text (at C speed) against the keys seen proves there is no second
    one: neither a duplicate (JSON keeps only the last), nor one nested elsewhere. Only then is the
    slower walk over every pair skipped."""
    seen = sum(1 for key in answers if key.startswith("sharing."))
    for table in ("changes", "deleted"):
        if isinstance(doc.get(table), dict):
            seen += sum(1 for key in doc[table] if isinstance(key, str) and key.startswith("sharing."))
    # no backslash at all (a byte search, ≈ 0.4 µs for 32 KB), no escaped key: the regex (≈ 17 µs) only runs then
    return raw.count(b'"sharing.') == seen and not (b"\\" in raw and _ESCAPED_KEY.search(raw))


def _text(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


def _problem(name: str, error: BaseException) -> str:
    if isinstance(error, NetkitError):
        return error.what if name in error.what else f"{name}: {error.what}"
    if isinstance(error, OSError):
        return f"{name} cannot be read ({error.strerror or error})"
    return f"{name} cannot be read ({error})"


# --------------------------------------------------------------------------- the decision
def read_consented(copies: Iterable[tuple[str, CopySource]], *, where: str | Path) -> tuple[dict | None, Consent, str]:
    """``(answers, consent, note)`` from a participant's copies, in the order main, backup, damaged copies.

    ``answers`` are the main file's (the backup's when the main one is missing or damaged; ``None`` when
    neither exists), with the verdict written into them (``sharing.share`` false when the answer is no,
    ``sharing.anonymous`` true when any copy hides the name), so a report built from them alone agrees.
    ``note`` says when the backup had to stand in. Raises :class:`AnswersError` when copies exist but
    neither the main file nor the backup is usable, and :class:`AnswersSchemaError` for a newer netkit.
    """
    answers: dict | None = None
    base = UNSET
    no = anonymous = False
    note = damage = ""
    unreadable: list[str] = []
    for name, source in copies:
        data = source() if callable(source) else source
        if data is None:
            continue
        if isinstance(data, BaseException):
            if isinstance(data, AnswersSchemaError) and answers is None and name in (FILENAME, BACKUP_NAME):
                raise data
            unreadable.append(_problem(name, data))
            if answers is None and name in (FILENAME, BACKUP_NAME):
                damage = damage or _problem(name, data)
            continue
        doc, damaged, says_no, says_anonymous, within_limits = _read_copy(data)
        if answers is None and name in (FILENAME, BACKUP_NAME, "answers"):
            try:
                if damaged:
                    raise ValueError(damaged)
                answers = (
                    dict(data)
                    if isinstance(data, Mapping)
                    else dict(check_document(doc, where, within_limits=within_limits)["answers"])
                )
            except ValueError as exc:
                damage = damage or f"the answers file {name} is damaged ({exc})"
            else:
                base = _choice_of(answers)
                if name == BACKUP_NAME and damage:
                    note = f"{damage}; its backup was read"
        no, anonymous = no or says_no, anonymous or says_anonymous
        if no or (answers is not None and base in (NO, UNSET)):
            break  # the verdict cannot turn into a yes: nothing more is fetched
    if answers is None:
        if no:  # a copy says no: nothing else is needed (or read) to leave this participant out
            return {schema.SHARE: False}, Consent(NO), note or (f"{damage}; it says “do not share”" if damage else "")
        if damage:
            raise AnswersError(
                damage + "; no usable backup either",
                where=where,
                fix="open this participant's workbook: it recovers what it can, or ask them for their downloaded export",
            )
        return None, Consent(NO if no else UNSET), note
    if no or base == NO:
        consent = Consent(NO)
    elif base == UNSET:
        consent = Consent(UNSET)
    elif unreadable:
        raise AnswersError(
            "; ".join(unreadable) + " — it might say “do not share”, so nothing of this participant is counted",
            where=where,
            fix="remove that file from the participant's folder (or make it readable), then collect again",
        )
    else:
        consent = Consent(ANONYMOUS if anonymous or base == ANONYMOUS else NAMED)
    if consent.choice == NO:
        answers[schema.SHARE] = False
    elif consent.choice == ANONYMOUS:
        answers[schema.SHARE_ANONYMOUSLY] = True
    return answers, consent, note


def consent_of(copies: Iterable[tuple[str, CopySource]]) -> Consent:
    """Does this person share? The one decision (see the module's text), from ``(name, copy)`` pairs in the
    order main file, backup, damaged copies; a single ``("answers", mapping)`` pair decides on answers
    already read (what :func:`netkit.coach.collect.build_report` is given)."""
    try:
        _answers, consent, _note = read_consented(copies, where="answers")
    except AnswersError as exc:
        return Consent(UNREADABLE, exc.what)
    return consent
