"""Run one function over many items: a worker pool, a progress bar, and each item's error caught.

Why: rendering (preparing and executing each workbook), hub delivery, reading answers back from a
hub and reading a render folder all do the same thing once per participant: run a step that may
fail for that participant alone, show the coach how far along it is, and report every
participant's outcome. :func:`run_each` does it once, so every caller has the same guarantees:

* the outcomes come back **in the order of the items**, whatever order the workers finish in;
* an **expected** error (the caller names the kinds: a hub that does not answer, a damaged file)
  becomes that item's :class:`Outcome`, with a message from ``describe``; it never stops the
  others;
* an **unexpected** error (a bug) is not hidden in an outcome, and it loses nothing either: every
  other item still runs to its end (their notebooks, journal lines and delivery records are
  written), and then the first such error is raised, with a note naming the item;
* ``KeyboardInterrupt`` is never caught: Ctrl-C stops the caller as it did before (a pool waits
  for the items already handed to it, as :mod:`concurrent.futures` does);
* ``pool="threads"`` suits work that waits (HTTP to a hub); ``pool="processes"`` work that must
  be isolated from the coach's process (a kernel per workbook, an ``initializer`` per worker).
  With threads, ``jobs=1`` or a single item runs **inline**, in the caller's thread, with no pool
  at all: tests see plain tracebacks and the browser-only site (Pyodide, which cannot start
  threads) works. A process pool is always a pool, since the caller asked for isolation;
* progress goes to stderr (:func:`progress_bar`): ``progress=False`` shows none (tqdm is not
  even imported); ``True`` draws tqdm's bar on a terminal (gone when done, ``leave=False``) and
  elsewhere (a log, CI, a scheduler) writes a plain line at most every 10 % and 10 s
  (:class:`netkit.terminal.ProgressLines`), never hundreds of redraws; ``None`` shows the bar
  on a terminal and nothing elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, Literal, TypeVar

from netkit.exceptions import describe as _describe

__all__ = ["Outcome", "progress_bar", "run_each"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(slots=True)
class Outcome(Generic[R]):
    """What one item gave: its ``value`` when :attr:`ok`, else the ``error`` message and the ``exception``."""

    value: R = None  # type: ignore[assignment]  # None only when not ok, so callers check ok, not None
    error: str | None = None
    exception: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.exception is None


class _NoBar:
    """Stands in for a tqdm bar when none is shown (so tqdm need not be imported)."""

    def update(self, _n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int, *, desc: str = "", unit: str = "item", progress: bool | None = True) -> Any:
    """Something with ``update(n)`` and ``close()`` showing how far ``total`` items are along (see the
    module's notes): tqdm's bar on a terminal, :class:`~netkit.terminal.ProgressLines` elsewhere
    when ``progress`` is True, nothing when it is False (or None off a terminal)."""
    from netkit.terminal import ProgressLines, is_terminal

    if progress is False or not total:
        return _NoBar()
    if not is_terminal():
        return ProgressLines(total, desc, unit) if progress else _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, leave=False)


def _executor(pool: str, workers: int, initializer: Callable[..., object] | None, initargs: tuple) -> Any:
    """A pool of ``workers`` processes or threads, each running ``initializer(*initargs)`` first (imported only
    when a command runs items in parallel)."""
    if pool == "processes":
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(workers, initializer=initializer, initargs=initargs)
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(workers, initializer=initializer, initargs=initargs)


def run_each(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    pool: Literal["threads", "processes"] = "threads",
    expected: tuple[type[BaseException], ...] = (Exception,),
    describe: Callable[[BaseException], str] = _describe,
    progress: bool | None = False,
    desc: str = "",
    unit: str = "item",
    initializer: Callable[..., object] | None = None,
    initargs: tuple = (),
) -> list[Outcome[R]]:
    """``func(item)`` for every item, up to ``jobs`` at once: one :class:`Outcome` per item, in order.

    ``expected`` are the exception types that are an item's own failure (by default any
    :class:`Exception`: "one participant must never stop the cohort"); their message is
    ``describe(exc)`` (by default :func:`netkit.exceptions.describe`). Any other exception is
    raised once every other item has run. With ``pool="processes"``, ``func`` and the items must
    pickle (a module-level function, plain values) and ``initializer(*initargs)`` runs in each
    worker; inline, it runs once in the caller before the first item.
    """
    items = list(items)
    outcomes: list[Outcome[R]] = [None] * len(items)  # type: ignore[list-item]  # each one set by settle()
    unexpected: list[BaseException] = []

    def settle(index: int, call: Callable[[], R]) -> None:
        try:
            outcomes[index] = Outcome(value=call())
        except expected as exc:
            outcomes[index] = Outcome(error=describe(exc), exception=exc)
        except Exception as exc:  # a bug: raised below, once the other items have run
            exc.add_note(f"(item {index + 1} of {len(items)}{' of ' + desc if desc else ''}; the others were run)")
            outcomes[index] = Outcome(error=_describe(exc), exception=exc)
            unexpected.append(exc)
        bar.update(1)

    bar = progress_bar(len(items), desc=desc, unit=unit, progress=progress)
    try:
        if pool == "threads" and (jobs <= 1 or len(items) <= 1):
            if initializer is not None and items:
                initializer(*initargs)
            for index, item in enumerate(items):
                settle(index, partial(func, item))
        elif items:
            from concurrent.futures import as_completed

            with _executor(pool, max(1, min(jobs, len(items))), initializer, initargs) as executor:
                futures = {executor.submit(func, item): index for index, item in enumerate(items)}
                for future in as_completed(futures):
                    settle(futures[future], future.result)
    finally:
        bar.close()
    if unexpected:
        raise unexpected[0]
    return outcomes
