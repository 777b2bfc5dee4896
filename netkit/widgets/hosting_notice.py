"""Where-your-work-is notices: on mybinder.org (nothing kept) and in the browser-only site (this browser only)."""

from __future__ import annotations

from collections.abc import Mapping

import ipywidgets as widgets

from netkit import runtime
from netkit.languages import gettext_for
from netkit.workbook.browser_storage import kept_in_browser
from netkit.workbook.hosting import binder_notice_html, binder_session, browser_notice_html

__all__ = ["BinderNotice", "browser_keeps_answers"]


def browser_keeps_answers() -> bool:
    """In the browser: are the answers kept across a reload? The IndexedDB mount when the page made
    it (:func:`netkit.workbook.browser_storage.keep_in_browser`), else JupyterLite's drive."""
    kept = kept_in_browser()
    return runtime.browser_drive_mounted() if kept is None else kept


class BinderNotice(widgets.HTML):
    """Says that Binder keeps nothing, or (browser-only site) that answers stay in this browser,
    and how to take the work home; empty (and hidden) elsewhere."""

    def __init__(self, environ: Mapping[str, str] | None = None, *, in_browser: bool | None = None, language: str = ""):
        super().__init__()
        self._ = gettext_for(language)
        self.session = binder_session(environ)
        if runtime.IN_BROWSER if in_browser is None else in_browser:
            self.value = browser_notice_html(kept=browser_keeps_answers(), gettext=self._)
        elif self.session is None:
            self.layout.display = "none"
        else:
            self.value = binder_notice_html(self.session, gettext=self._)
