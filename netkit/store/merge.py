"""Merging two answers documents: per key for scalars, per item for lists of records.

One rule, used for every save (what is on disk + what this tab changed) and for every resume
(what is here + an uploaded download):

* every change carries a change time (an integer of nanoseconds, ``changes`` in the document);
  a list of records (:func:`netkit.store.schema.record_keys`) has one per item, keyed by the item's
  stable identity (:func:`netkit.store.schema.item_id`);
* a deleted item leaves a tombstone (``deleted``: identity → time), so a deletion in one tab is
  not undone by a save from another that still holds the item;
* for each key, or each item, the later change wins; an earlier change that lost is kept in
  the document's ``superseded`` list (the most recent :data:`KEEP_SUPERSEDED`), and the version
  it replaced on disk is in the backup file, so neither is gone;
* things only one side has are simply kept: two tabs adding different contacts end with both.

Documents written by an older netkit have no change times: their values count as older than
any change made since, so resuming from an old download adds what is missing and never
replaces newer work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from netkit.store.schema import CONTACTS, OUTBOX, PLAN, key_spec, keyed_items

__all__ = ["KEEP_SUPERSEDED", "MergeReport", "merge_documents"]

KEEP_SUPERSEDED = 50

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
            return "Nothing new: everything in the file was already here."
        text = "; ".join(parts)
        return text[0].upper() + text[1:] + "."


def _grouped(table: Mapping[str, int]) -> dict[str, int]:
    """Scalar keys are counted together as "answers"; record lists by their own noun."""
    out: dict[str, int] = {}
    for key, n in table.items():
        spec = key_spec(key)
        name = key if spec is not None and spec.shape == "records" else "\x00answers"
        out[name] = out.get(name, 0) + n
    return out


def _stamp(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _stamps(doc: Mapping[str, Any], section: str, key: str) -> Mapping[str, Any]:
    table = doc.get(section)
    value = table.get(key) if isinstance(table, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def merge_documents(
    base: Mapping[str, Any], incoming: Mapping[str, Any], *, report: MergeReport | None = None
) -> tuple[dict[str, Any], MergeReport]:
    """``base`` with ``incoming`` merged in (neither is changed); returns the new document and a report.

    Both are answers documents (``answers``, optional ``changes``, ``deleted``, ``superseded``).
    ``incoming`` may hold only some keys, or only some items of a list (a tab's pending changes).
    """
    report = report or MergeReport()
    answers = dict(base.get("answers") or {})
    changes = {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in (base.get("changes") or {}).items()}
    deleted = {k: dict(v) for k, v in (base.get("deleted") or {}).items() if isinstance(v, Mapping)}
    superseded = list(base.get("superseded") or [])
    in_answers = incoming.get("answers") or {}
    in_changes = incoming.get("changes") or {}
    keys = list(in_answers) + [k for k in in_changes if k not in in_answers]
    for key in keys:
        spec = key_spec(key)
        ours, theirs = answers.get(key), in_answers.get(key)
        if (
            spec is not None
            and spec.shape == "records"
            and isinstance(theirs, (list, type(None)))
            and isinstance(ours, (list, type(None)))
            and (isinstance(theirs, list) or isinstance(in_changes.get(key), Mapping))
        ):
            merged = _merge_items(key, base, incoming, ours or [], theirs or [], changes, deleted, superseded, report)
            answers[key] = merged
            continue
        here = _stamp(changes.get(key))
        there = _stamp(in_changes.get(key))
        if key not in answers and here == 0:
            if key in in_answers:
                answers[key] = theirs
                changes[key] = there or changes.get(key, 0)
                report._count(report.added, key)
        elif there > here:
            if key in in_answers:
                if answers.get(key) != theirs:
                    report._count(report.updated, key)
                answers[key] = theirs
            elif key in answers:
                del answers[key]
                report._count(report.deleted, key)
            changes[key] = there
        elif key in in_answers and answers.get(key) != theirs:
            report._count(report.kept, key)
            superseded.append({"key": key, "at": there, "value": theirs})
    doc = {
        "answers": answers,
        "changes": {k: v for k, v in changes.items() if v},
        "deleted": {k: v for k, v in deleted.items() if v},
        "superseded": superseded[-KEEP_SUPERSEDED:],
    }
    return doc, report


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
        there = _stamp(in_tombs.get(ident)) if item is None else _stamp(in_times.get(ident))
        if ident in items:
            here = _stamp(times.get(ident))
        elif ident in tombs:
            here = _stamp(tombs.get(ident))
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
        if there > here:
            if item is None:
                if ident in items:
                    del items[ident]
                    report._count(report.deleted, key)
                times.pop(ident, None)
                tombs[ident] = there
            else:
                if ident not in items:
                    order.append(ident)
                    report._count(report.added, key)
                elif items[ident] != item:
                    report._count(report.updated, key)
                    item = _join_logs(key, item, items[ident])
                items[ident] = item
                times[ident] = there
                tombs.pop(ident, None)
        elif item is not None and items.get(ident) != item:
            report._count(report.kept, key)
            superseded.append({"key": key, "id": ident, "at": there, "value": item})
            if ident in items:
                items[ident] = _join_logs(key, items[ident], item)
    changes[key] = times
    deleted[key] = tombs
    return [items[ident] for ident in dict.fromkeys(order) if ident in items]
