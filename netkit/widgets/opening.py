"""The opening page widget: the Binder notice (only on Binder), the personalised card, the save status."""

from __future__ import annotations

import ipywidgets as widgets

from ..answers import AnswersStore
from ..opening import opening_html
from .binder import BinderNotice
from .binding import SaveStatus


class OpeningPage(widgets.VBox):
    """Shows whose workbook this is, that answers are saved as they type, and Binder's limits."""

    def __init__(
        self,
        *,
        store: AnswersStore | None = None,
        environ=None,
        name: str = "",
        goal: str = "",
        career_stage: str = "",
        target_sectors: str = "",
        target_organisations: str = "",
        workshop: str = "",
        workshop_date: str = "",
        coach: str = "",
    ):
        self._notice = BinderNotice(environ)
        self._card = widgets.HTML(
            opening_html(
                name=name,
                goal=goal,
                career_stage=career_stage,
                target_sectors=target_sectors,
                target_organisations=target_organisations,
                workshop=workshop,
                workshop_date=workshop_date,
                coach=coach,
            )
        )
        self._status = SaveStatus(store)
        super().__init__([self._notice, self._card, self._status])

    def _repr_mimebundle_(self, **kwargs):
        """The widget, plus the card as static HTML for the printout (``render --html``)."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is not None:
            bundle["text/html"] = self._card.value
        return bundle
