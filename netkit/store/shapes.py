"""The shape of every item of a list of records, checked before a download is resumed.

:mod:`netkit.store.schema` declares each list's fields and their types (``Key.fields``: ``str``,
``list[str]``, ``date``, ``record``, ``list[record]: date, …``); :func:`check_items` holds an upload's items to them.
A download may have been edited by hand or made by anything: a number or a text where a contact belongs,
or a number as a date, is refused with a message naming the list, the item and the field, before anything
is written, instead of a traceback later when the handout or the take-home zip is built from it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from netkit.date_input import as_date
from netkit.store.schema import item_id, key_spec, record_keys

__all__ = ["BadItem", "check_items", "set_aside_bad_items"]


class BadItem(ValueError):
    """An item of a list of records that is not a record, or a field of it of the wrong type (the message says
    which list, which item and which field)."""


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    return "a record"


def _is_date(value: Any) -> bool:
    try:
        as_date(value)
    except ValueError:
        return False
    return not isinstance(value, bool)


def _field_problem(name: str, kind: str, value: Any) -> str | None:
    """What is wrong with one field of an item, declared as ``kind`` (see ``Key.fields``); ``None`` if nothing."""
    if value is None:
        return None
    if kind == "date":
        return None if isinstance(value, str) and _is_date(value) else f"'{name}' is {_shown(value)}, not a date"
    if kind == "list[str]":  # older imports kept e-mails as one text, "a@x.org; b@x.org"
        if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            return None
        return f"'{name}' is {_shown(value)}, not a list of texts"
    if kind == "record":  # e.g. an outbox message's ``linted`` (read by collect, which checks it further)
        return None if type(value) is dict else f"'{name}' is {_shown(value)}, not a record"
    if kind.startswith("list[record]"):
        if not isinstance(value, list):
            return f"'{name}' is {_shown(value)}, not a list of records"
        for number, entry in enumerate(value, 1):
            if type(entry) is not dict:
                return f"'{name}' entry {number} is {_kind(entry)} ({_shown(entry)}), not a record"
            if not isinstance(entry.get("date"), str) or not _is_date(entry["date"]) or not entry["date"].strip():
                return f"'{name}' entry {number} has 'date' {_shown(entry.get('date'))}, not a date"
            for sub, text in entry.items():
                if sub != "date" and text is not None and not isinstance(text, str):
                    return f"'{name}' entry {number} has '{sub}' {_shown(text)}, not a text"
        return None
    return None if isinstance(value, str) else f"'{name}' is {_shown(value)}, not a text"


def _problems(answers: Mapping[str, Any]) -> Iterator[tuple[str, int, Any, str]]:
    """``(key, item number, item, what is wrong)`` for each item of the wrong shape, in order."""
    for key in record_keys():
        items = answers.get(key)
        if not isinstance(items, list):
            continue
        spec = key_spec(key)
        fields = spec.fields if spec is not None else {}
        texts = {name for name, kind in fields.items() if kind == "str"}
        for number, item in enumerate(items, 1):
            if type(item) is not dict:
                yield key, number, item, f"'{key}' item {number} is {_kind(item)} ({_shown(item)}), not a record"
                continue
            for name, value in item.items():
                if value is None or (type(value) is str and name in texts):
                    continue  # the common case, kept cheap: 30,000 contacts are checked on every resume
                kind = fields.get(name)
                problem = kind and _field_problem(name, kind, value)
                if problem:
                    label = next((item[k] for k in ("name", "person", "id") if isinstance(item.get(k), str)), "")
                    yield key, number, item, f"'{key}' item {number}{f' ({_shown(label)})' if label else ''}: {problem}"
                    break


def check_items(answers: Mapping[str, Any]) -> None:
    """Raise :class:`BadItem` when an item of a list of records is not a record, or one of its declared fields
    (``Key.fields``) has the wrong type: a number or a text where a record belongs, a number as a date.

    Run on every download before it is resumed, so that nothing built from the items later (the handout,
    the take-home zip, the map) meets a shape it cannot read. Fields not declared are left alone; a missing or
    empty field is fine (a record keeps only what was filled in).
    """
    for _key, _number, _item, problem in _problems(answers):
        raise BadItem(problem)


def set_aside_bad_items(answers: Mapping[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``answers`` without the items :func:`check_items` would refuse, and those items as ``superseded``
    entries (``key``, ``id``, ``value``, ``why``), so nothing is lost.

    For an answers file that already holds such items (written by an earlier netkit's resume, or edited by
    hand): the take-home zip is built from the good ones and carries the others aside, instead of failing.
    """
    bad = list(_problems(answers))
    if not bad:
        return dict(answers), []
    drop: dict[str, set[int]] = {}
    aside = []
    for key, number, item, problem in bad:
        drop.setdefault(key, set()).add(number)
        aside.append({"key": key, "id": item_id(key, item), "at": 0, "value": item, "why": problem})
    out = dict(answers)
    for key, numbers in drop.items():
        out[key] = [item for number, item in enumerate(answers[key], 1) if number not in numbers]
    return out, aside
