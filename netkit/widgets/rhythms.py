"""The rings → rhythm table, shown in exercise 1 and exercise 3 from the one source (netkit.contacts.rhythms)."""

from __future__ import annotations

import ipywidgets as widgets

from netkit.contacts import RINGS
from netkit.contacts.rhythms import rhythms_html
from netkit.languages import gettext_for

__all__ = ["RhythmTable"]


def RhythmTable(language: str = "") -> widgets.HTML:
    """How often to keep in touch with each ring, and why: the same table in every exercise, in the
    participant's ``language``."""
    _ = gettext_for(language)
    return widgets.HTML(rhythms_html({key: _(ring.label) for key, ring in RINGS.items()}, gettext=_))
