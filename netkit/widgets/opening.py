"""The opening page widget: the personalised card plus the save-status line."""

from __future__ import annotations

import ipywidgets as widgets

from ..answers import AnswersStore
from ..opening import opening_html
from .binding import SaveStatus


class OpeningPage(widgets.VBox):
    """Shows whose workbook this is and that answers are saved as they type."""

    def __init__(self, *, store: AnswersStore | None = None, **params: str):
        self._card = widgets.HTML(opening_html(**params))
        self._status = SaveStatus(store)
        super().__init__([self._card, self._status])
