"""Exercise 3, the confidence check-in (before and after), one rating per store and moment shared by every view.
A thin layer over :mod:`netkit.exercises.reflection.confidence`."""

from __future__ import annotations

import weakref

import ipywidgets as widgets

from netkit.exercises.reflection.confidence import confidence_message, confidence_svg, level
from netkit.languages import N_, gettext_for
from netkit.markup import escape
from netkit.store import schema
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets.status import wrap

__all__ = ["CONFIDENCE_KEYS", "ConfidenceCheckIn", "NOT_YET"]

CONFIDENCE_KEYS = {"before": schema.CONFIDENCE_BEFORE, "after": schema.CONFIDENCE_AFTER}
#: A confidence not rated yet.
NOT_YET = 0
_MOMENTS = {"before": N_("Before:"), "after": N_("After:")}


# --------------------------------------------------------------------------- prompts


# --------------------------------------------------------------------------- confidence
_SLIDERS: weakref.WeakKeyDictionary[AnswersStore, dict[str, widgets.Dropdown]] = weakref.WeakKeyDictionary()


def _confidence_slider(store: AnswersStore, moment: str, language: str = "") -> widgets.Dropdown:
    """One rating per store and moment, shared by every check-in widget so that views stay in step.

    A drop-down (a labelled ``<select>``), not ipywidgets' slider: the slider's handle has no
    accessible name, so a screen reader announced an unnamed "slider"."""
    _ = gettext_for(language)
    sliders = _SLIDERS.setdefault(store, {})
    if moment in sliders and language and sliders[moment].description != _(_MOMENTS[moment]):
        slider = sliders[moment]  # the same rating, now shown in the participant's language
        slider.description = _(_MOMENTS[moment])
        slider.options = [(_("not yet"), NOT_YET)] + [(str(i), i) for i in range(1, 11)]
    if moment not in sliders:
        key = CONFIDENCE_KEYS[moment]
        options = [(_("not yet"), NOT_YET)] + [(str(i), i) for i in range(1, 11)]
        slider = widgets.Dropdown(
            options=options,
            value=NOT_YET,
            description=_(_MOMENTS[moment]),
            layout={"width": "16em"},
        )
        slider.value = level(store.get(key)) or NOT_YET

        def save(change: dict) -> None:
            value = level(change["new"])
            if value is None:
                store.delete(key)
            else:
                store.set(key, value)

        slider.observe(save, names="value")
        sliders[moment] = slider
    return sliders[moment]


class ConfidenceCheckIn(widgets.VBox):
    """How confident you feel about reaching out (1–10), before and after, with a small chart.

    ``moments=("before",)`` shows only the first slider (for the top of the exercise); the same
    slider appears again, in step, in a later full check-in.
    """

    def __init__(
        self,
        *,
        store: AnswersStore | None = None,
        moments: tuple[str, ...] = ("before", "after"),
        show_chart: bool = True,
        language: str = "",
    ):
        self._ = _ = gettext_for(language)
        self._store = store or open_store()
        self.sliders = {m: _confidence_slider(self._store, m, language) for m in moments}
        self.chart = widgets.HTML(layout={"width": "100%", "max_width": "460px"}) if show_chart else None
        self.message = widgets.HTML()
        self._refresh()
        for moment in CONFIDENCE_KEYS:  # every moment, shown here or not: the message speaks of both
            _confidence_slider(self._store, moment, language).observe(lambda _c: self._refresh(), names="value")
        children: list[widgets.Widget] = [
            widgets.HTML(
                escape(
                    _("How confident do you feel about getting in touch with people? (1 = I dread it, 10 = no problem)")
                )
            ),
            *self.sliders.values(),
            self.message,
        ]
        if self.chart is not None:
            children.append(self.chart)
        super().__init__(children)

    @property
    def values(self) -> tuple[int | None, int | None]:
        return (level(self._store.get(CONFIDENCE_KEYS["before"])), level(self._store.get(CONFIDENCE_KEYS["after"])))

    def _refresh(self) -> None:
        before, after = self.values
        self.message.value = wrap("i", confidence_message(before, after, self._))
        if self.chart is not None:
            self.chart.value = confidence_svg(before, after, self._)
