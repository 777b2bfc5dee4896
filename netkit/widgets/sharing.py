"""“Share my anonymised progress with my coach”: one checkbox, on by default, bound to ``sharing.opt_out``.

The store keeps the *opt-out* (``sharing.opt_out``: ``true`` when the participant unticks the
box), so a workbook where nothing was ever chosen shares, and ``netkit collect`` reads one key.
Building the widget never writes: the key is saved only when the participant changes the box.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..answers import AnswersStore, open_store
from ..collect import OPT_OUT_KEY
from .binding import bind

EXPLANATION = (
    "<b>What your coach sees when you share:</b> how far you got in each exercise, and counts "
    "mixed with the rest of the group — how many people you mapped and in which rings, how many ties "
    "are dormant, how often you gave or asked, which feedback tips your messages triggered, and how many "
    "stay-in-touch commitments you made and how often.<br>"
    "<b>Never shared:</b> your contacts' names, organisations or notes, the text of your messages, and "
    "your reflection answers.<br>"
    "If you untick the box, the coach's report lists you as “opted out” with no data at all. "
    "Your answers stay in your own folder either way; you can change your mind at any time."
)


def _status(sharing: bool) -> str:
    if sharing:
        return "<span style='color:#3a7d44'>✓ Your anonymised progress is shared with your coach.</span>"
    return "<span style='color:#555'>Not shared: your coach's report lists you as “opted out”.</span>"


class SharingChoice(widgets.VBox):
    """A checkbox (ticked = share) saved, inverted, as ``sharing.opt_out``, with what is and is not shared."""

    def __init__(self, *, store: AnswersStore | None = None):
        self.store = store or open_store()
        self.checkbox = widgets.Checkbox(value=True, description="Share my anonymised progress with my coach",
                                         indent=False, layout=widgets.Layout(width="auto"))
        bind(self.checkbox, OPT_OUT_KEY, store=self.store, to_json=lambda share: not share,
             from_json=lambda opt_out: opt_out is not True)
        self._status = widgets.HTML(_status(self.checkbox.value))
        self.checkbox.observe(lambda change: setattr(self._status, "value", _status(change["new"])), names="value")
        super().__init__([self.checkbox, self._status, widgets.HTML(f"<small>{EXPLANATION}</small>")])
        self.add_class("netkit-sharing")

    @property
    def sharing(self) -> bool:
        return bool(self.checkbox.value)
