"""The opening page widget: the Binder notice (only on Binder), the personalised card, the save status."""

from __future__ import annotations

import ipywidgets as widgets

from netkit.store.answers import AnswersStore
from netkit.widgets.autosave import SaveStatus
from netkit.widgets.hosting_notice import BinderNotice
from netkit.workbook.opening import opening_html

__all__ = ["OpeningPage"]


class OpeningPage(widgets.VBox):
    """Shows whose workbook this is, that answers are saved as they type, and Binder's limits."""

    def __init__(self, *, store: AnswersStore | None = None, environ=None, **params: str):
        """``params`` are :func:`netkit.workbook.opening.opening_html`'s (name, goal, …, coach): a misspelt one raises
        ``TypeError`` there, so nothing is dropped silently and the card's fields are listed once. ``language``
        (one of them) also sets the save line's language."""
        self._card = widgets.HTML(opening_html(**params))  # first: a misspelt keyword raises before anything is made
        language = params.get("language", "")
        self._notice = BinderNotice(environ, language=language)
        self._status = SaveStatus(store, language=language)
        super().__init__([self._notice, self._card, self._status])

    def _repr_mimebundle_(self, **kwargs):
        """The widget, plus the card as static HTML for the printout (``render --html``)."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is not None:
            bundle["text/html"] = self._card.value
        return bundle
