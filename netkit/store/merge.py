"""Merging two answers documents: per key for scalars, per item for lists of records.

One rule, used for every save (what is on disk + what this tab changed) and for every resume
(what is here + an uploaded download):

* every change carries a change time (an integer of nanoseconds, ``changes`` in the document);
  a list of records (:func:`netkit.store.schema.record_keys`) has one per item, keyed by the item's
  stable identity (:func:`netkit.store.schema.item_id`);
* a deleted item leaves a tombstone (``deleted``: identity → time), so a deletion in one tab is
  not undone by a save from another that still holds the item;
* a tab's change names the version it replaced (``based``: that version's change time): a change
  made on top of the version here always replaces it, whatever the two times say, so a later edit
  on this device wins even over a time written by a clock a year ahead (:mod:`netkit.store.clock`);
* otherwise (two changes that did not see each other) the later change wins, times more than
  :data:`netkit.store.clock.MAX_SKEW` ahead of the saving machine's clock counting as that limit,
  and a tie keeps the version here;
* whichever of two such changes lost, the incoming one or the version here, is kept in the
  document's ``superseded`` list (the most recent :data:`KEEP_SUPERSEDED`), which every later save
  keeps and a download carries;
* things only one side has are simply kept: two tabs adding different contacts end with both.

Documents written by an older netkit have no change times: their values count as older than
any change made since, so resuming from an old download adds what is missing and never
replaces newer work.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from netkit.store.clock import MAX_SKEW, stamp_of
from netkit.store.schema import (
    CONTACTS,
    CURRENT_STEP,
    NETWORK_SUMMARY,
    OUTBOX,
    PLAN,
    REFLECTION_PAGE,
    Key,
    key_spec,
    keyed_items,
)

__all__ = [
    "KEEP_SUPERSEDED",
    "MergeReport",
    "NOT_KEPT",
    "merge_documents",
]

KEEP_SUPERSEDED = 500
#: Keys whose losing versions are not kept: where a page was, and counts worked out from the contacts
#: (two tabs flipping pages would otherwise fill ``superseded`` and push real edits out of it).
NOT_KEPT = frozenset({REFLECTION_PAGE, CURRENT_STEP, NETWORK_SUMMARY})

_NOUNS = {
    CONTACTS: ("contact", "contacts"),
    OUTBOX: ("outbox message", "outbox messages"),
    PLAN: ("plan line", "plan lines"),
}


def _noun(key: str, count: int) -> str:
    one, many = _NOUNS.get(key, ("answer", "answers"))
    spec = key_spec(key)
    if key not in _NOUNS and spec is not None and spec.shape == "records":
        one, many = "item", "items"
    return f"{count} {one if count == 1 else many}"


@dataclass
class MergeReport:
    """What a merge took from the incoming side, and what it kept because this side was newer."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    #: After a resume: the copy of the state before it (``AnswersStore.restore`` brings it back).
    restorable: Any = None
    #: After a resume: how many answers keys the file held.
    keys: int = 0
    #: After a resume: how many change times in the file were ahead of this computer's clock (set to now),
    #: and by how much the furthest one was ahead, in nanoseconds.
    clamped: int = 0
    ahead: int = 0

    def _count(self, table: dict[str, int], key: str) -> None:
        table[key] = table.get(key, 0) + 1

    @property
    def changed(self) -> int:
        """How many keys or items the incoming side changed here."""
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.deleted.values())

    def summary(self) -> str:
        """One sentence for the participant, e.g. "Added 3 contacts; kept 2 newer answers of yours."."""

        def listed(table: dict[str, int]) -> str:
            return ", ".join(_noun(key, n) for key, n in _grouped(table).items())

        parts = []
        if self.added:
            parts.append("added " + listed(self.added))
        if self.updated:
            parts.append("brought back newer " + listed(self.updated))
        if self.deleted:
            parts.append("removed " + listed(self.deleted) + " deleted in the newer copy")
        if self.kept:
            verb = "was" if sum(self.kept.values()) == 1 else "were"
            parts.append(f"kept {listed(self.kept)} that {verb} newer here")
        if not parts:
            text = "Nothing new: everything in the file was already here."
        else:
            text = "; ".join(parts)
            text = text[0].upper() + text[1:] + "."
        if self.clamped:
            times = "change time was" if self.clamped == 1 else "change times were"
            text += (
                f" {self.clamped} {times} ahead of this computer's clock (by up to {_duration(self.ahead)}; "
                "the device that made the file had a wrong clock), so they were set to now: "
                "your edits from now on win over them."
            )
        return text


def _duration(ns: int) -> str:
    """A rough, readable length of time: "3 minutes", "2 days", "1 year"."""
    seconds = max(ns // 1_000_000_000, 1)
    if seconds > 100 * 365 * 86400:
        return "more than 100 years"
    for unit, size in (("year", 365 * 86400), ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'' if n == 1 else 's'}"
    return "1 second"


def _grouped(table: Mapping[str, int]) -> dict[str, int]:
    """Scalar keys are counted together as "answers"; record lists by their own noun."""
    out: dict[str, int] = {}
    for key, n in table.items():
        spec = key_spec(key)
        name = key if spec is not None and spec.shape == "records" else "\x00answers"
        out[name] = out.get(name, 0) + n
    return out


def _stamps(doc: Mapping[str, Any], section: str, key: str) -> Mapping[str, Any]:
    table = doc.get(section)
    value = table.get(key) if isinstance(table, Mapping) else None
    return value if isinstance(value, Mapping) else {}


_UNSEEN = object()


class _Rule:
    """Who wins when two versions of one answer (or one item) meet: see the module and :mod:`netkit.store.clock`."""

    def __init__(self, limit: int | None):
        self.limit = limit

    def clamp(self, stamp: int) -> int:
        """A change time as compared: at most ``limit`` (a time from the future counts as the limit)."""
        return stamp if self.limit is None or stamp <= self.limit else self.limit

    def incoming_wins(self, there: int, here: int, based: Any) -> bool:
        """Does the incoming change replace the version here? Always when it was made on top of that version
        (``based`` is the time of the version its tab had read); otherwise the later (clamped) time wins,
        and a tie keeps the version here."""
        if based is not _UNSEEN and based is not None and based == here:
            return True
        return self.clamp(there) > self.clamp(here)


def merge_documents(
    base: Mapping[str, Any],
    incoming: Mapping[str, Any],
    *,
    report: MergeReport | None = None,
    now: int | None = None,
) -> tuple[dict[str, Any], MergeReport]:
    """``base`` with ``incoming`` merged in (neither is changed); returns the new document and a report.

    Both are answers documents (``answers``, optional ``changes``, ``deleted``, ``superseded``).
    ``incoming`` may hold only some keys, or only some items of a list (a tab's pending changes); a tab's
    changes also carry ``based`` (key, or key → item identity, → the change time of the version the tab
    had read, ``None`` for none): a change based on the version here wins, and a version here that loses to
    a change *not* based on it is kept in ``superseded``. ``now`` is the saving machine's wall clock in
    nanoseconds: change times more than :data:`netkit.store.clock.MAX_SKEW` ahead of it are clamped.
    """
    report = report or MergeReport()
    rule = _Rule(None if now is None else now + MAX_SKEW)
    answers = dict(base.get("answers") or {})
    changes = {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in (base.get("changes") or {}).items()}
    deleted = {k: dict(v) for k, v in (base.get("deleted") or {}).items() if isinstance(v, Mapping)}
    superseded = list(base.get("superseded") or [])
    _keep_theirs(superseded, incoming.get("superseded"))
    in_answers = incoming.get("answers") or {}
    in_changes = incoming.get("changes") or {}
    in_based = incoming.get("based")
    in_based = in_based if isinstance(in_based, Mapping) else {}
    keys = list(in_answers) + [k for k in in_changes if k not in in_answers]
    for key in keys:
        spec = key_spec(key)
        ours, theirs = answers.get(key), in_answers.get(key)
        if _by_item(spec, ours, theirs, in_changes.get(key)):
            based = in_based.get(key, _UNSEEN)
            merged = _merge_items(
                key,
                base,
                incoming,
                ours or [],
                theirs or [],
                changes,
                deleted,
                superseded,
                report,
                rule,
                based if isinstance(based, Mapping) else None,
            )
            answers[key] = merged
            continue
        _merge_value(
            key, answers, changes, superseded, in_answers, in_changes, in_based.get(key, _UNSEEN), report, rule
        )
    doc = {
        "answers": answers,
        "changes": {k: v for k, v in changes.items() if v},
        "deleted": {k: v for k, v in deleted.items() if v},
        "superseded": superseded[-KEEP_SUPERSEDED:],
    }
    return doc, report


def _by_item(spec: Key | None, ours: Any, theirs: Any, their_changes: Any) -> bool:
    """Is this key merged item by item? A records key whose two values are lists (or absent), when a list or
    per-item change times come in; anything else is merged as one value."""
    return (
        spec is not None
        and spec.shape == "records"
        and isinstance(theirs, (list, type(None)))
        and isinstance(ours, (list, type(None)))
        and (isinstance(theirs, list) or isinstance(their_changes, Mapping))
    )


def _merge_value(
    key: str,
    answers: dict[str, Any],
    changes: dict[str, Any],
    superseded: list,
    in_answers: Mapping[str, Any],
    in_changes: Mapping[str, Any],
    based: Any,
    report: MergeReport,
    rule: _Rule,
) -> None:
    """Merge one key as a whole value (``answers``, ``changes`` and ``superseded`` updated in place): the newer change
    wins; the losing version, ours or theirs, is kept in ``superseded`` unless the key is in :data:`NOT_KEPT`."""
    theirs = in_answers.get(key)
    here = stamp_of(changes.get(key))
    there = stamp_of(in_changes.get(key))
    if key not in answers and here == 0:
        if key in in_answers:
            answers[key] = theirs
            changes[key] = there or changes.get(key, 0)
            report._count(report.added, key)
    elif rule.incoming_wins(there, here, based):
        lost = based is not _UNSEEN and based != here and key in answers and key not in NOT_KEPT
        if key in in_answers:
            if answers.get(key) != theirs:
                report._count(report.updated, key)
                if lost:
                    superseded.append({"key": key, "at": here, "value": answers[key]})
            answers[key] = theirs
        elif key in answers:
            if lost:
                superseded.append({"key": key, "at": here, "value": answers[key]})
            del answers[key]
            report._count(report.deleted, key)
        changes[key] = there
    elif key in in_answers and answers.get(key) != theirs:
        report._count(report.kept, key)
        if key not in NOT_KEPT:
            superseded.append({"key": key, "at": there, "value": theirs})


def _keep_theirs(superseded: list, theirs: Any) -> None:
    """Add the incoming side's superseded edits (a resumed download's) that are not kept here yet."""
    if not isinstance(theirs, list) or not theirs:
        return
    known = {json.dumps(entry, sort_keys=True) for entry in superseded}
    for entry in theirs:
        text = json.dumps(entry, sort_keys=True)
        if isinstance(entry, dict) and text not in known:
            known.add(text)
            superseded.append(entry)


def _join_logs(key: str, winner: Any, loser: Any) -> Any:
    """``winner`` with the entries of its append-only logs (``Key.logs``) that only ``loser`` has, by date."""
    spec = key_spec(key)
    if spec is None or not spec.logs or not isinstance(winner, dict) or not isinstance(loser, dict):
        return winner
    for name in spec.logs:
        ours, theirs = winner.get(name), loser.get(name)
        if not isinstance(theirs, list) or not theirs:
            continue
        ours = ours if isinstance(ours, list) else []
        extra = [entry for entry in theirs if entry not in ours]
        if extra:
            joined = ours + extra
            joined.sort(key=lambda entry: str(entry.get("date", "")) if isinstance(entry, dict) else "")
            winner = {**winner, name: joined}
    return winner


def _take_incoming(
    key: str,
    ident: str,
    item: Any,
    there: int | None,
    items: dict[str, Any],
    order: list[str],
    times: dict,
    tombs: dict,
    report: MergeReport,
) -> None:
    """The incoming version of item ``ident`` (``None``: its deletion, at ``there``) won: it replaces this side's,
    or deletes it, and the report counts what changed (an updated item keeps both sides' logs)."""
    if item is None:
        if ident in items:
            del items[ident]
            report._count(report.deleted, key)
        times.pop(ident, None)
        tombs[ident] = there
        return
    if ident not in items:
        order.append(ident)
        report._count(report.added, key)
    elif items[ident] != item:
        report._count(report.updated, key)
        item = _join_logs(key, item, items[ident])
    items[ident] = item
    times[ident] = there
    tombs.pop(ident, None)


def _merge_items(
    key: str,
    base: Mapping[str, Any],
    incoming: Mapping[str, Any],
    ours: list,
    theirs: list,
    changes: dict,
    deleted: dict,
    superseded: list,
    report: MergeReport,
    rule: _Rule,
    based: Mapping[str, Any] | None,
) -> list:
    base_times, base_tombs = _stamps(base, "changes", key), _stamps(base, "deleted", key)
    in_times, in_tombs = _stamps(incoming, "changes", key), _stamps(incoming, "deleted", key)
    times = dict(base_times)
    tombs = dict(base_tombs)
    items: dict[str, Any] = keyed_items(key, ours)
    order: list[str] = list(items)
    arriving: list[tuple[str, Any]] = list(keyed_items(key, theirs).items())
    arriving += [(ident, None) for ident in in_tombs]
    for ident, item in arriving:
        there = stamp_of(in_tombs.get(ident)) if item is None else stamp_of(in_times.get(ident))
        if ident in items:
            here = stamp_of(times.get(ident))
        elif ident in tombs:
            here = stamp_of(tombs.get(ident))
        else:
            here = None
        if here is None:  # new to this side
            if item is not None:
                order.append(ident)
                items[ident] = item
                if there:
                    times[ident] = there
                report._count(report.added, key)
            else:
                tombs[ident] = there
            continue
        seen = _UNSEEN if based is None else based.get(ident)
        if rule.incoming_wins(there, here, seen):
            if seen is not _UNSEEN and seen != here and ident in items and items[ident] != item:
                # a version nobody on the incoming side saw loses: kept, not only in the backup
                superseded.append({"key": key, "id": ident, "at": here, "value": items[ident]})
            _take_incoming(key, ident, item, there, items, order, times, tombs, report)
        elif item is not None and items.get(ident) != item:
            report._count(report.kept, key)
            superseded.append({"key": key, "id": ident, "at": there, "value": item})
            if ident in items:
                items[ident] = _join_logs(key, items[ident], item)
    changes[key] = times
    deleted[key] = tombs
    return [items[ident] for ident in dict.fromkeys(order) if ident in items]
