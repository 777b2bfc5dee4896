"""Keeping the answers in the participant's own browser (the no-server site), on any origin.

JupyterLite's file drive (``/drive``) reaches the kernel only through its service worker, and a
browser runs a service worker only in a secure context: ``https://`` or ``localhost``. Served
from a coach's laptop over plain ``http://`` on the room's Wi-Fi, the kernel would work in
memory and lose everything on a reload. IndexedDB has no such limit: it works on every origin,
in the kernel's web worker too. So the first cell of each page of the site awaits
:func:`keep_in_browser`, which mounts Emscripten's IndexedDB file system (IDBFS, through Pyodide's
``pyodide_js.FS``) at :data:`KEEP_DIR`, loads what an earlier visit saved, and points the answers
store there (``$NETKIT_ANSWERS_DIR``). With ``autoPersist`` every file closed under the mount is
copied to IndexedDB at once, so each save of the store is kept without a call from the store.

The welcome page and the workbook are two pages with two kernels: both mount the same IndexedDB
database (named after :data:`KEEP_DIR`, per site origin), so the profile typed on one is read by
the other. The service worker's drive, when there is one, stays an optimisation (it shows the
notebooks in the file browser); answers an older site left there are copied over once.

Outside the browser nothing is mounted and the answers stay next to the workbook.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path
from typing import Any

from netkit import runtime

__all__ = ["ENV_FOLDER", "KEEP_DIR", "answers_folder", "forget", "keep_in_browser", "kept_in_browser", "reload_kept"]

#: Where the answers live in the browser kernel (and the name of their IndexedDB database).
KEEP_DIR = "/home/pyodide/netkit-kept"
#: The answers store's folder variable (see :func:`netkit.store.answers.open_store`).
ENV_FOLDER = "NETKIT_ANSWERS_DIR"

#: None: not tried (not in a browser); True: mounted and loaded; False: the browser refused IndexedDB.
_state: dict[str, Any] = {"kept": None, "error": ""}


def kept_in_browser() -> bool | None:
    """True once :func:`keep_in_browser` mounted the browser's storage, False if it could not, None before."""
    return _state["kept"]


def forget() -> None:
    """Back to "not tried" (a new kernel; tests use it)."""
    _state.update(kept=None, error="")


def answers_folder() -> Path:
    """The folder the answers store uses in this kernel: the browser's storage once mounted, else here."""
    return Path(os.environ.get(ENV_FOLDER) or os.getcwd())


def _browser_fs() -> Any:
    import pyodide_js  # type: ignore[import-not-found]  # Pyodide only

    return pyodide_js.FS


async def _syncfs(fs: Any, populate: bool) -> None:
    """``FS.syncfs`` as an awaitable: ``populate=True`` loads IndexedDB into memory, False saves."""
    loop = asyncio.get_event_loop()
    done: asyncio.Future = loop.create_future()

    def finished(error: Any = None) -> None:
        if not done.done():
            done.set_result(error)

    try:
        from pyodide.ffi import create_once_callable  # type: ignore[import-not-found]

        callback: Any = create_once_callable(finished)
    except ImportError:  # a test's stand-in file system calls a Python function directly
        callback = finished
    fs.syncfs(populate, callback)
    error = await done
    if error:
        raise OSError(f"the browser's storage refused the site: {error}")


async def keep_in_browser(
    path: str = KEEP_DIR, *, fs: Any = None, in_browser: bool | None = None, drive: str | None = None
) -> bool:
    """Mount the browser's IndexedDB at ``path``, load what was kept, and keep the answers there.

    Returns True when the answers are kept in the browser (False: IndexedDB refused, e.g. storage
    blocked by the browser's settings; the answers then last until the page closes). Safe to
    await in every page and again in the same kernel. Outside a browser it does nothing and
    returns False. ``fs`` and ``in_browser`` are for tests (a stand-in for ``pyodide_js.FS``);
    ``drive`` is where an older site kept the answers (the current folder by default).
    """
    from netkit.store.document import FILENAME

    if not (runtime.IN_BROWSER if in_browser is None else in_browser):
        return False
    if _state["kept"] and os.environ.get(ENV_FOLDER) == path:
        return True
    old = Path(drive if drive is not None else os.getcwd())
    try:
        fs = fs if fs is not None else _browser_fs()
        Path(path).mkdir(parents=True, exist_ok=True)
        fs.mount(fs.filesystems.IDBFS, _options(), path)
        await _syncfs(fs, True)
    except Exception as exc:  # the browser's refusal takes many shapes (JsException, OSError, …)
        _state.update(kept=False, error=str(exc))
        return False
    here = Path(path)
    if not (here / FILENAME).exists() and (old / FILENAME).is_file() and old.resolve() != here.resolve():
        shutil.copy2(old / FILENAME, here / FILENAME)  # an older site's answers, from the drive
    os.environ[ENV_FOLDER] = path
    _state.update(kept=True, error="")
    return True


async def reload_kept(*, fs: Any = None) -> bool:
    """Load this site's IndexedDB into the mount again: what another kernel of the page kept since.

    The welcome page and the workbook started in the background are two kernels, each with its own
    copy in memory of the mounted folder; the workbook calls this (through
    :func:`netkit.coach.start.details_changed`) when the participant opens it, before they type
    anything there, so it works on the welcome page's latest details and its first save does not
    put back an older copy. False (nothing done) when nothing is mounted.
    """
    if not _state["kept"]:
        return False
    try:
        await _syncfs(fs if fs is not None else _browser_fs(), True)
    except Exception as exc:  # as in keep_in_browser: the browser's refusal takes many shapes
        _state.update(error=str(exc))
        return False
    return True


def _options() -> Any:
    """IDBFS mount options: ``autoPersist`` copies each closed file to IndexedDB at once."""
    try:
        import js  # type: ignore[import-not-found]
        from pyodide.ffi import to_js

        return to_js({"autoPersist": True}, dict_converter=js.Object.fromEntries)
    except ImportError:
        return {"autoPersist": True}
