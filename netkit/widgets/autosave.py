"""Tie a widget trait to a key of the answers store: restore first, then save every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from netkit import runtime
from netkit.languages import gettext_for
from netkit.markup import escape
from netkit.store.answers import ERRORS, AnswersStore, open_store
from netkit.widgets import status as _status
from netkit.widgets.hosting_notice import browser_keeps_answers
from netkit.workbook.hosting import saved_status

__all__ = ["SaveStatus", "bind", "on_upload"]

_MISSING = object()


def bind(
    widget: widgets.Widget,
    key: str,
    *,
    store: AnswersStore | None = None,
    trait: str = "value",
    default: Any = _MISSING,
    to_json: Callable[[Any], Any] | None = None,
    from_json: Callable[[Any], Any] | None = None,
) -> widgets.Widget:
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


class SaveStatus(widgets.HTML):
    """A small line that tells the participant their answers are kept (or why not)."""

    def __init__(self, store: AnswersStore | None = None, *, language: str = ""):
        super().__init__()
        self.store = store or open_store()
        self._ = gettext_for(language)
        # The composed workshop shows a status line in every exercise: all of them say so.
        self.store.subscribe(ERRORS, self.show_error)
        if self.store.recovered:
            self.value = _status.warning(f"⚠ {escape(self.store.recovered)}")
        else:
            browser = runtime.IN_BROWSER
            ok, text = saved_status(
                self.store.path.name, in_browser=browser, kept=browser and browser_keeps_answers(), gettext=self._
            )
            self.value = _status.ok(escape(text)) if ok else _status.warning(escape(text))

    def show_error(self, exc: Exception) -> None:
        said = self._("✗ Your last change could not be saved: {error}. Keep this tab open and tell your coach.")
        self.value = _status.problem(str(escape(said)).replace("{error}", str(escape(exc))))


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
