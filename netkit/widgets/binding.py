"""Tie a widget trait to a key of the answers store: restore first, then save every change."""

from __future__ import annotations

import weakref
from typing import Any, Callable

import ipywidgets as widgets

from ..answers import AnswersStore, open_store
from ..html import escape

_MISSING = object()

#: Per store and key, the widgets to tell when another widget changed that key. The store itself
#: has no change events, and the composed workshop shows every exercise on one page: without this,
#: contacts added in exercise 1 reached exercises 2 and 3 only after a reload.
_WATCHERS: "weakref.WeakKeyDictionary[AnswersStore, dict[str, list[weakref.WeakMethod]]]" = (
    weakref.WeakKeyDictionary())


def watch(store: AnswersStore, key: str, method: Callable[[], None]) -> None:
    """Call the bound ``method()`` each time :func:`announce` is called for ``key`` of ``store``.

    Held weakly: a widget that is gone (a re-run cell) is simply no longer told.
    """
    _WATCHERS.setdefault(store, {}).setdefault(key, []).append(weakref.WeakMethod(method))


def announce(store: AnswersStore, key: str) -> None:
    """Tell the widgets watching ``key`` of ``store`` that it changed (a failing one never stops the others)."""
    refs = _WATCHERS.get(store, {}).get(key, [])
    alive = [ref for ref in refs if ref() is not None]
    refs[:] = alive
    for ref in alive:
        method = ref()
        if method is None:
            continue
        try:
            method()
        except Exception:  # noqa: BLE001 - one stale view must not break saving in another exercise
            pass


def bind(widget: widgets.Widget, key: str, *, store: AnswersStore | None = None, trait: str = "value",
         default: Any = _MISSING, to_json: Callable[[Any], Any] | None = None,
         from_json: Callable[[Any], Any] | None = None) -> widgets.Widget:
    """Restore ``widget.<trait>`` from ``key`` (or ``default``), then save each change to it.

    The order matters: restoring before observing means building a form never writes, so
    a saved answer is never replaced by a default.
    """
    store = store or open_store()
    saved = store.get(key, _MISSING)
    if saved is not _MISSING:
        setattr(widget, trait, from_json(saved) if from_json else saved)
    elif default is not _MISSING:
        setattr(widget, trait, default)

    def save(change: dict) -> None:
        store.set(key, to_json(change["new"]) if to_json else change["new"])

    widget.observe(save, names=trait)
    return widget


_STATUSES: "weakref.WeakKeyDictionary[AnswersStore, weakref.WeakSet[SaveStatus]]" = weakref.WeakKeyDictionary()


def _make_error_hook(store: AnswersStore) -> Callable[[Exception], None]:
    store_ref = weakref.ref(store)

    def show_everywhere(exc: Exception) -> None:
        target = store_ref()
        for status in list(_STATUSES.get(target, ())) if target is not None else ():
            status.show_error(exc)

    return show_everywhere


class SaveStatus(widgets.HTML):
    """A small line that tells the participant their answers are kept (or why not)."""

    def __init__(self, store: AnswersStore | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.store = store or open_store()
        # The store has one on_error hook, and the composed workshop shows a status line in every
        # exercise: all of them must say so, not only the one built last (far down the page).
        _STATUSES.setdefault(self.store, weakref.WeakSet()).add(self)
        self.store.on_error = _make_error_hook(self.store)
        if self.store.recovered:
            self.value = f"<span style='color:#a15c00'>⚠ {escape(self.store.recovered)}</span>"
        else:
            self.value = ("<span style='color:#3a7d44'>✓ Answers are saved automatically in "
                          f"{escape(self.store.path.name)} next to this workbook.</span>")

    def show_error(self, exc: Exception) -> None:
        self.value = (f"<span style='color:#b00020'>✗ Your last change could not be saved: {escape(exc)}. "
                      "Keep this tab open and tell your coach.</span>")


def on_upload(upload: widgets.FileUpload, handle: Callable[[bytes, str], None]) -> None:
    """Call ``handle(data, filename)`` for each file dropped on ``upload``, then clear it.

    Clearing keeps personal data out of the widget state (and so out of a saved notebook) and
    lets the participant upload the same file again.
    """

    def changed(change: dict) -> None:
        files = change["new"] or ()
        if not files:
            return
        for item in files:
            handle(bytes(item["content"]), str(item.get("name") or "upload"))
        upload.value = ()

    upload.observe(changed, names="value")
