"""The Binder notice: shown (and kept) at the top of a page when the kernel runs on mybinder.org."""

from __future__ import annotations

from typing import Mapping

import ipywidgets as widgets

from ..binder import binder_notice_html, binder_session


class BinderNotice(widgets.HTML):
    """Says that Binder keeps nothing and how to take the work home; empty (and hidden) elsewhere."""

    def __init__(self, environ: Mapping[str, str] | None = None, **kwargs):
        super().__init__(**kwargs)
        self.session = binder_session(environ)
        if self.session is None:
            self.layout.display = "none"
        else:
            self.value = binder_notice_html(self.session)
