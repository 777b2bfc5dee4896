"""Change times that survive a wrong clock: a hybrid logical clock, and the limit on times from the future.

Every change in the answers file carries a change time (an integer of nanoseconds since the epoch,
as before, so files written by earlier versions read the same). The wall clock alone is not enough:
a kernel, laptop or phone whose clock runs ahead writes times that every later edit made on a correct
clock would lose to, and one whose clock runs behind would lose its own later edits. So:

* :class:`HybridClock` ticks ``max(wall clock, last tick or time seen + 1)``: every tick comes after
  the previous one and after every change time this kernel has read (:meth:`HybridClock.observe`),
  whatever the wall clock says. The last three digits of a tick are the clock's *node*, a random
  number per kernel, so two kernels never write the same time for different versions of one item.
* A time more than :data:`MAX_SKEW` ahead of the reading machine's wall clock is *clamped* when read:
  it counts as ``wall + MAX_SKEW`` when two versions are compared (:func:`netkit.store.merge.merge_documents`'s
  ``now``) and when the clock observes it, so a year-ahead time neither wins for ever nor drags this
  kernel's clock a year ahead.

:func:`bring_back_future_times` sets a resumed download's times that are ahead of this computer's clock to
now; :func:`latest_change` is what a clock observes of a document it reads.

The rule that a later edit on this device always wins does not rest on times alone: each pending change
names the time of the version it replaced (``based`` in :mod:`netkit.store.merge`), and a change made
on top of the version on disk wins whatever the two times say.
"""

from __future__ import annotations

import datetime as _dt
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "DEVICE_CLOCK",
    "HybridClock",
    "MAX_SKEW",
    "NODES",
    "bring_back_future_times",
    "latest_change",
    "stamp_of",
    "wall_time",
]

#: How far ahead of the reading machine's clock a change time may be before it is clamped (5 minutes).
MAX_SKEW = 5 * 60 * 1_000_000_000
#: A tick's last three decimal digits are its node (so ticks step by at least a microsecond).
NODES = 1000


def wall_time() -> str:
    """Now in UTC, ISO 8601 to the second: a document's ``saved_at`` and ``exported_at``, for people to read
    (merging never orders by it; it orders by the :class:`HybridClock`'s ticks)."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


class HybridClock:
    """A hybrid logical clock: ticks never go back and come after everything observed (see the module).

    ``wall`` gives the wall clock in nanoseconds (tests pass a skewed one); ``node`` is the last three
    digits of every tick (random when not given).
    """

    def __init__(self, wall: Callable[[], int] = time.time_ns, node: int | None = None):
        self.wall = wall
        self.node = secrets.randbelow(NODES) if node is None else node % NODES
        self._last = 0
        self._lock = threading.Lock()

    def now(self) -> int:
        """A new change time: after the wall clock, the previous tick and every time observed."""
        with self._lock:
            tick = max(self.wall() // NODES, self._last // NODES + 1)
            self._last = tick * NODES + self.node
            return self._last

    def limit(self) -> int:
        """The latest change time believed now: later ones are clamped to it."""
        return self.wall() + MAX_SKEW

    def observe(self, stamp: int) -> None:
        """Remember a change time read from a file, so later ticks come after it (clamped to :meth:`limit`)."""
        if not stamp:
            return
        with self._lock:
            self._last = max(self._last, min(stamp, self.wall() + MAX_SKEW))


#: The clock of this kernel, shared by every store it opens (one device, one clock).
DEVICE_CLOCK = HybridClock()


def stamp_of(value: Any) -> int:
    """A change time as read from a document: an integer, or 0 for anything else (none, or damaged)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def latest_change(doc: Mapping[str, Any]) -> int:
    """The latest change time or tombstone in ``doc`` (0 when it has none), for a clock to observe."""
    latest = 0
    for section in ("changes", "deleted"):
        table = doc.get(section)
        if not isinstance(table, Mapping):
            continue
        for value in table.values():
            if isinstance(value, Mapping):
                if value:
                    latest = max(latest, max((stamp_of(v) for v in value.values()), default=0))
            else:
                latest = max(latest, stamp_of(value))
    return latest


def bring_back_future_times(doc: Mapping[str, Any], *, limit: int, now: int) -> tuple[dict[str, Any], int, int]:
    """``doc`` with every change time and tombstone later than ``limit`` set to ``now``; also how many were,
    and how far past ``now`` the furthest one was (``doc`` itself is left alone).

    For a resumed file: its times came from another device's clock, which may run ahead; left as they
    are, they would win over every edit made here until that day comes.
    """
    count, furthest = 0, 0
    out = dict(doc)
    for section in ("changes", "deleted"):
        table = doc.get(section)
        if not isinstance(table, Mapping):
            continue
        fixed: dict[str, Any] = {}
        for key, value in table.items():
            if isinstance(value, Mapping):
                inner = dict(value)
                for ident, stamp in value.items():
                    if stamp_of(stamp) > limit:
                        count, furthest = count + 1, max(furthest, stamp - now)
                        inner[ident] = now
                fixed[key] = inner
            elif stamp_of(value) > limit:
                count, furthest = count + 1, max(furthest, value - now)
                fixed[key] = now
            else:
                fixed[key] = value
        out[section] = fixed
    return out, count, furthest
