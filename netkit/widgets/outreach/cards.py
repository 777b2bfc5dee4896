"""The "reasonable or not?" card sort: twelve requests to sort in five minutes, then see why.

Each card is a request someone might send (:data:`netkit.exercises.outreach.practice.REQUEST_CARDS`); the
participant marks it reasonable or not and clicks "Check my sort". The feedback says why for each card and,
for an unreasonable one, which warning the message linter gives it, so the sort also teaches what those
warnings mean. Nothing is saved: it is a warm-up, done together in the room.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from netkit.exercises.outreach.practice import REQUEST_CARDS, sort_cards
from netkit.languages import N_, gettext_for
from netkit.markup import Markup, escape
from netkit.widgets.status import fill, fill_html

__all__ = ["RequestCardSort"]

_WHO = {
    "friend": N_("to a friend"),
    "teammate": N_("to a teammate"),
    "acquaintance": N_("to someone met once"),
    "stranger": N_("to a stranger"),
}


class RequestCardSort(widgets.VBox):
    """One toggle per card (reasonable / not reasonable), a check button, and the coach's view of each card."""

    def __init__(self, *, language: str = "") -> None:
        """``language``: the participant's; the frame, the requests and their why are shown in it (the linter
        names its rule ids as they are)."""
        self._ = _ = gettext_for(language)
        self.choices: dict[str, widgets.ToggleButtons] = {}
        rows: list[Any] = [widgets.HTML(_("<b>Reasonable or not?</b> Sort each request, then check."))]
        for card in REQUEST_CARDS:
            toggle = widgets.ToggleButtons(options=[(_("Reasonable"), True), (_("Not reasonable"), False)], value=None)
            self.choices[card.id] = toggle
            rows.append(
                widgets.HTML(
                    Markup("<div style='margin-top:.6em'><i>{}:</i> “{}”</div>").format(
                        escape(_(_WHO[card.relationship]) if card.relationship in _WHO else ""), escape(_(card.text))
                    )
                )
            )
            rows.append(toggle)
        self.check = widgets.Button(description=_("Check my sort"), icon="check", button_style="primary")
        self.result = widgets.HTML()
        self.check.on_click(self._on_check)
        super().__init__([*rows, self.check, self.result])

    def _on_check(self, _button: Any = None) -> None:
        _ = self._
        right, results = sort_cards({card_id: toggle.value for card_id, toggle in self.choices.items()})
        items = []
        for r in results:
            verdict = _("Reasonable") if r.card.reasonable else _("Not reasonable")
            mark = "✓" if r.right else ("–" if r.chosen is None else "✗")
            rule = (
                " " + fill_html(_("The linter calls this <code>{rule}</code>."), rule=r.card.rule)
                if r.card.rule
                else ""
            )
            items.append(
                Markup("<li>{} <b>{}</b>: {}{}</li>").format(mark, escape(verdict), escape(_(r.card.why)), Markup(rule))
            )
        score = fill(
            _("{right} of {total} sorted as a coach would. What matters is the why:"), right=right, total=len(results)
        )
        self.result.value = Markup("<p>{}</p><ul>{}</ul>").format(Markup(score), Markup("").join(items))
