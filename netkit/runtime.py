"""Where the kernel runs: a normal Python process, or Pyodide in the participant's browser.

The one place where the two differ for the rest of netkit (the answers store, the network map's
redraws). In JupyterLite (Pyodide, ``sys.platform == "emscripten"``):

* there are no threads: ``threading.Timer.start()`` raises "can't start new thread", so a
  debounced call is scheduled on the kernel's asyncio loop (Pyodide's loop runs on the
  browser's timers) instead, or made at once when no loop runs;
* there is one process per browser tab and no real file locking on the browser's storage
  (filelock falls back to a soft lock with a warning, and a lock on ``/drive`` sometimes
  times out), so the "lock" is only an in-process re-entrant mutex.

The browser's storage is not only JupyterLite's drive (``/drive``, reached through its service
worker, so only over https or localhost): the no-server site keeps the answers in IndexedDB,
mounted with Emscripten's IDBFS on any origin (:mod:`netkit.workbook.browser_storage`). Each
kernel (tab) then has its own copy in memory, written back whole: the last save wins per file
across tabs, where the drive merged per file. :func:`browser_drive_mounted` only tells whether
the kernel runs in the drive.

Everywhere else it is exactly what netkit did before: a daemon :class:`threading.Timer` and a
:class:`filelock.FileLock` (two JupyterLab/Voilà kernels on one workbook are two processes).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "IN_BROWSER",
    "PYODIDE_MODULES",
    "LockTimeout",
    "Scheduled",
    "browser_drive_mounted",
    "file_lock",
    "schedule",
]

#: True when this kernel is Pyodide in a browser (JupyterLite, Voici).
IN_BROWSER = sys.platform == "emscripten"

#: Modules only a Pyodide kernel provides (imported lazily, in the browser only): no distribution
#: on PyPI installs them, so the dependency checks leave them out.
PYODIDE_MODULES = frozenset({"js", "pyodide", "pyodide_js"})


#: Where JupyterLite mounts the browser's storage in the kernel (only with its service worker).
BROWSER_DRIVE = "/drive"


def browser_drive_mounted(cwd: str | None = None) -> bool:
    """True when files written here persist in the browser (the kernel runs in JupyterLite's drive).

    Without JupyterLite's service worker (a site opened over plain ``http://`` from another
    machine) there is no drive: what the kernel writes here is in memory only and gone after a
    reload, which is why the no-server site keeps the answers in IndexedDB instead
    (:mod:`netkit.workbook.browser_storage`, any origin).
    """
    import os

    cwd = os.getcwd() if cwd is None else cwd
    return cwd == BROWSER_DRIVE or cwd.startswith(BROWSER_DRIVE + "/")


if IN_BROWSER:

    class LockTimeout(TimeoutError):
        """Never raised in the browser (there is no lock file to wait for)."""
else:
    # Importing filelock in Pyodide warns "only soft file lock is available": only import it here.
    from filelock import Timeout as LockTimeout  # type: ignore[assignment]  # one name, two definitions


class Scheduled(Protocol):
    """A call scheduled by :func:`schedule`; ``cancel()`` stops it if it has not run yet."""

    def cancel(self) -> None: ...


class _Done:
    """A call that already ran (no loop to schedule it on): nothing left to cancel."""

    def cancel(self) -> None:
        pass


def schedule(delay: float, callback: Callable[[], Any], *, in_browser: bool | None = None) -> Scheduled:
    """Call ``callback()`` once, ``delay`` seconds from now, without blocking the caller.

    A daemon thread timer in a normal process; in the browser the kernel's asyncio loop
    (``loop.call_later``), or an immediate call when no loop is running (a script, a test).
    ``in_browser`` overrides the detection (tests).
    """
    if IN_BROWSER if in_browser is None else in_browser:
        loop = _browser_loop()
        if loop is not None:
            return loop.call_later(delay, callback)
        callback()
        return _Done()
    timer = threading.Timer(delay, callback)
    timer.daemon = True
    timer.start()
    return timer


def _browser_loop() -> Any:
    """The loop to debounce on in the browser: the one running in this thread (a kernel executing
    a cell), else Pyodide's WebLoop, which runs its callbacks on the browser's timers whether or not
    it counts as "running"; None when there is neither (a script, a test)."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError:
        return None
    return loop if type(loop).__module__.startswith("pyodide") else None


_BROWSER_MUTEX = threading.RLock()


def file_lock(path: str | Path, timeout: float = 10, *, in_browser: bool | None = None):
    """A lock that serialises writers of one file: a real lock file, or none in the browser.

    Raises :class:`filelock.Timeout` after ``timeout`` seconds in a normal process. In the
    browser no lock file is created: a kernel is one single-threaded process, and a lock
    file on the browser drive cannot serialise two tabs anyway (each save still re-reads
    and merges what the other tab saved).
    """
    if IN_BROWSER if in_browser is None else in_browser:
        return _BROWSER_MUTEX  # an RLock is itself the context manager
    from filelock import FileLock

    return FileLock(str(path), timeout=timeout)
