"""Figures that move only in steps of ``min_group`` people, so two reports cannot be subtracted to find one.

Every figure of a cohort report describes at least ``min_group`` participants. That alone does not stop
a reader comparing two reports: taken before and after one participant starts sharing (or adds three
contacts), their difference *is* that participant's numbers. So a figure is compared with the one the
last report written to the same place showed, and changes only when at least ``min_group`` people's part
in it changed since (joined, left, or changed their numbers); otherwise the previous numbers are shown
again, marked as held. The difference between any two successive reports then mixes at least
``min_group`` people's changes.

What the last report showed is kept in a small state file beside the output
(:func:`state_path`, ``.<report name>.netkit-figures.json``). It holds the figures that were shown and,
per figure, one keyed fingerprint per contributor (an HMAC with a random key of the file: no name, id or
number of anyone in clear). A missing or damaged state file starts afresh; a named pipe, device or
folder in its place is never read (no hang) nor replaced: the write stops with
:class:`~netkit.exceptions.OutputPathError` naming it. The coach's notebook view keeps the same state in
memory between refreshes.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import secrets
from dataclasses import replace
from pathlib import Path
from typing import Any

from netkit.atomic import atomic_write_json
from netkit.coach.collect.figures import SHARING_FIGURES, Aggregates, AnonymousGroup
from netkit.coach.collect.read import read_bounded
from netkit.coach.collect.report import CohortReport

__all__ = ["FIGURE_FIELDS", "STATE_SCHEMA", "hold_figures", "load_state", "release", "state_path"]

STATE_SCHEMA = 1

#: The attributes of :class:`Aggregates` each figure is drawn from (held or replaced together).
FIGURE_FIELDS: dict[str, tuple[str, ...]] = {
    "rings": ("network_sizes", "rings", "contacts", "participants"),
    "dormant": ("dormant", "dormant_contacts", "dormant_shares"),
    "reciprocity": ("gave", "asked", "balances"),
    "findings": ("messages", "findings"),
    "commitments": ("commitments", "commitments_per_person", "cadences"),
    "confidence": ("confidence_changes",),
}
_ANONYMOUS = "anonymous"


def state_path(output: str | Path) -> Path:
    """Where the state of the report written to ``output`` lives: a hidden file beside it."""
    output = Path(output)
    return output.with_name(f".{output.name}.netkit-figures.json")


def load_state(path: str | Path) -> dict | None:
    """The state file's content, or ``None`` when it is missing, unreadable or not one of ours (start afresh)."""
    path = Path(path)
    raw = read_bounded(path.parent, path, limit=4 * 1024 * 1024, follow_links=False)  # a pipe there never hangs
    if not isinstance(raw, bytes):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("schema") != STATE_SCHEMA or not isinstance(data.get("figures"), dict):
        return None
    if not isinstance(data.get("key"), str):
        return None
    return data


def _fingerprints(key: bytes, members: dict[str, str]) -> dict[str, str]:
    def mac(text: str) -> str:
        return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    return {mac("who:" + who): mac("what:" + who + "\0" + what) for who, what in members.items()}


def _changed(now: dict[str, str], before: dict[str, str]) -> int:
    """How many people joined, left or changed their part between two figures' fingerprints."""
    return len(now.keys() ^ before.keys()) + sum(1 for who in now.keys() & before.keys() if now[who] != before[who])


def _may_move(changed: int, min_group: int) -> bool:
    """May a figure show its current numbers? When nobody's part changed (they are the last report's) or
    at least ``min_group`` people's did."""
    return changed == 0 or changed >= min_group


def hold_figures(report: CohortReport, state: dict | None) -> tuple[CohortReport, dict]:
    """``(report as it may be shown, the new state)``: each figure is the current one when at least
    ``min_group`` people's part changed since ``state`` (or there is no state yet, or ``min_group``
    changed), and the state's figure otherwise (listed in ``held``). ``report`` is not modified."""
    min_group = max(1, report.min_group)
    if state is None or state.get("min_group") != min_group:
        state = {"schema": STATE_SCHEMA, "key": secrets.token_hex(32), "min_group": min_group, "figures": {}}
    state = copy.deepcopy(state)
    key = bytes.fromhex(state["key"])
    figures: dict[str, Any] = state["figures"]

    aggregates = report.aggregates
    if aggregates is not None:
        aggregates = replace(aggregates, contributors=dict(aggregates.contributors), held=[])
        for figure in SHARING_FIGURES:
            now = _fingerprints(key, aggregates.members.get(figure, {}))
            before = figures.get(figure)
            if before is None or _may_move(_changed(now, before.get("members", {})), min_group):
                if aggregates.shown(figure):
                    figures[figure] = {
                        "members": now,
                        "contributors": aggregates.contributors.get(figure, 0),
                        "values": {name: getattr(aggregates, name) for name in FIGURE_FIELDS.get(figure, ())},
                    }
                else:
                    figures.pop(figure, None)  # withheld now: nothing of it is shown
            else:
                _restore(aggregates, figure, before)

    group = report.anonymous
    now = _fingerprints(key, group.members)
    before = figures.get(_ANONYMOUS)
    if before is None or _may_move(_changed(now, before.get("members", {})), min_group):
        if group.shown:
            figures[_ANONYMOUS] = {"members": now, "count": group.count, "percent": group.percent}
        else:
            figures.pop(_ANONYMOUS, None)
    else:
        group = AnonymousGroup(
            count=int(before.get("count", 0)),
            percent=dict(before.get("percent", {})),
            min_group=group.min_group,
            held=True,
        )
    return replace(report, aggregates=aggregates, anonymous=group), state


def _restore(aggregates: Aggregates, figure: str, before: dict) -> None:
    """Put the previous report's numbers of ``figure`` back (they described ``min_group`` people or more)."""
    values = before.get("values") or {}
    for name in FIGURE_FIELDS.get(figure, ()):
        if name in values:
            setattr(aggregates, name, values[name])
    aggregates.contributors[figure] = int(before.get("contributors", 0))
    aggregates.held.append(figure)


def release(report: CohortReport, output: str | Path) -> CohortReport:
    """The report as it may be written to ``output`` (:func:`hold_figures` against the state beside it),
    the state updated. Call it just before writing ``output``."""
    path = state_path(output)
    shown, state = hold_figures(report, load_state(path))
    atomic_write_json(path, state, compact=True, mode=0o600)
    return shown
