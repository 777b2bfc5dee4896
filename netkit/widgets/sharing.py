"""“Share my progress with my coach”: starts unticked; a second box hides the name too.

Sharing is a choice the participant makes, never a default (keys in :mod:`netkit.store.schema`):

* ``sharing.share`` is saved ``true`` only when the box is ticked, ``false`` when it is unticked
  again; ``netkit collect`` reads nothing of a participant who never ticked it;
* ``sharing.anonymous`` keeps the participant out of the coach's progress table altogether (no row,
  not even an unnamed one): their progress is shown only as a group average of at least ``--min-group``
  people, and their numbers still count in the cohort figures;
* the older ``sharing.opt_out`` is cleared when the box is ticked, so an old "no" does not
  outlive a new "yes".

The choice is saved twice in a row, so the backup file agrees with the main file: collect
treats a "do not share" in *any* copy as the answer (the safe reading), and a fresh "yes" must
not be undone by the previous version in the backup. Building the widget never writes.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from netkit.coach.collect.consent import consent_of
from netkit.languages import N_, gettext_for
from netkit.markup import Markup
from netkit.store import schema
from netkit.store.answers import AnswersStore, open_store
from netkit.widgets import status as status_style

__all__ = ["ANONYMOUS_LABEL", "EXPLANATION", "SHARE_LABEL", "SharingChoice"]

SHARE_LABEL = N_(
    "Share my progress with my coach: my name, how far I got in each exercise, and counts mixed with the group's"
)
ANONYMOUS_LABEL = N_(
    "Hide my name: share anonymously (you are left out of the coach's table; your progress only counts in a group)"
)

EXPLANATION = N_(
    "<b>What your coach sees when you share:</b> your name in the coach's progress table with how far "
    "you got in each exercise (if you tick “share anonymously” you are not in the table at all: your "
    "progress is only shown averaged with at least two other people's), and counts mixed with the "
    "rest of the group — how many people you mapped and in which rings, how many ties are dormant, how "
    "often you gave or asked, which feedback tips your messages triggered, and how many stay-in-touch "
    "commitments you made and how often. A group figure is only shown when at least three people are "
    "in it, and it only changes once at least three people's numbers changed, so comparing two reports "
    "does not show yours.<br>"
    "<b>Never shared:</b> your contacts' names, organisations or notes, the text of your messages, and "
    "your reflection answers.<br>"
    "While the box is unticked, the coach's report lists you as “not sharing” with no data at all. "
    "Your answers stay in your own folder either way; you can change your mind at any time."
)


def _status(sharing: bool, anonymous: bool, _: Callable[[str], str] = str) -> str:
    if sharing and anonymous:
        return status_style.ok(_("✓ Your progress is shared with your coach without your name."))
    if sharing:
        return status_style.ok(_("✓ Your progress is shared with your coach, with your name."))
    return status_style.muted(_("Not shared: your coach's report lists you as “not sharing”."))


class SharingChoice(widgets.VBox):
    """Two checkboxes, both unticked at first: share (``sharing.share``) and anonymously (``sharing.anonymous``),
    labelled in the participant's ``language``."""

    def __init__(self, *, store: AnswersStore | None = None, language: str = ""):
        self.store = store or open_store()
        self._ = gettext_for(language)
        saved = {key: self.store.get(key) for key in (schema.SHARE, schema.SHARE_ANONYMOUSLY, schema.OPT_OUT)}
        # the coach's collect decides with the same function, so the box shows what the coach's report will do
        sharing = consent_of([("answers", {k: v for k, v in saved.items() if v is not None})]).shares
        self.checkbox = widgets.Checkbox(
            value=sharing, description=self._(SHARE_LABEL), indent=False, layout=widgets.Layout(width="auto")
        )
        self.anonymous = widgets.Checkbox(
            value=saved.get(schema.SHARE_ANONYMOUSLY) is True,
            description=self._(ANONYMOUS_LABEL),
            indent=False,
            layout=widgets.Layout(width="auto"),
        )
        self._status = widgets.HTML(_status(self.checkbox.value, self.anonymous.value, self._))
        self.checkbox.observe(self._on_change, names="value")
        self.anonymous.observe(self._on_change, names="value")
        super().__init__(
            [
                self.checkbox,
                self.anonymous,
                self._status,
                widgets.HTML(str(Markup("<small>{}</small>").format(Markup(self._(EXPLANATION))))),
            ]
        )
        self.add_class("netkit-sharing")

    def _on_change(self, _change: dict) -> None:
        values = {schema.SHARE: bool(self.checkbox.value), schema.SHARE_ANONYMOUSLY: bool(self.anonymous.value)}
        for _copy in ("main file", "backup"):
            self.store.update(values)
            if schema.OPT_OUT in self.store and self.checkbox.value:
                self.store.delete(schema.OPT_OUT)
            self.store.flush()
        self._status.value = _status(self.checkbox.value, self.anonymous.value, self._)

    @property
    def sharing(self) -> bool:
        return bool(self.checkbox.value)
