"""Who is due a message: each contact's ring rhythm from the last contact date, and the matching calendar reminders."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass

from netkit.contacts import RINGS, Contact, ring_label
from netkit.contacts.rhythms import RING_RHYTHM, cadence_for_ring
from netkit.languages import DEFAULT_LANGUAGE, gettext_for
from netkit.reminders_ics import Reminder

__all__ = ["Due", "stay_in_touch_due", "stay_in_touch_reminders"]


# ---------------------------------------------------------------------- stay in touch
@dataclass(frozen=True)
class Due:
    """When a contact is next due for a message, by their ring's cadence."""

    contact: Contact
    due: _dt.date
    overdue_days: int  # > 0 when late, <= 0 when still ahead


def stay_in_touch_due(contacts: Iterable[Contact], today: _dt.date, *, within_days: int | None = None) -> list[Due]:
    """Next due date per contact: last heard + the ring's cadence, earliest first.

    Someone with no date yet is due today if they are in the inner, close or regular ring;
    acquaintances with no date are left out (a 30,000-connection export is not a to-do list).
    Dormant-ring contacts have no routine cadence: they appear in the revival list instead.
    """
    result = []
    for contact in contacts:
        cadence = RINGS.get(contact.ring, RINGS["acquaintance"]).cadence_days
        if cadence is None:
            continue
        heard = contact.last_heard
        if heard is None:
            if contact.ring == "acquaintance":
                continue
            due = today
        else:
            due = heard + _dt.timedelta(days=cadence)
        if within_days is not None and (due - today).days > within_days:
            continue
        result.append(Due(contact, due, (today - due).days))
    result.sort(key=lambda d: (d.due, d.contact.name.casefold()))
    return result


def stay_in_touch_reminders(contacts: Iterable[Contact], today: _dt.date, *, language: str = "") -> list[Reminder]:
    """Calendar reminders (see :mod:`netkit.reminders_ics`) repeating at each contact's cadence, their title and
    description in the participant's ``language`` (English by default, word for word as before)."""
    _ = gettext_for(language)
    reminders = []
    for item in stay_in_touch_due(contacts, today):
        reminders.append(
            Reminder(
                title=_("Get in touch with {name}").format(name=item.contact.name),
                start=max(item.due, today),
                description=_("{ring}: {rhythm}.").format(
                    ring=_(ring_label(item.contact.ring)), rhythm=_rhythm(item.contact.ring, language)
                ),
                rrule=cadence_for_ring(item.contact.ring).rrule,
                uid=f"netkit-stay-in-touch-{item.contact.id}@netkit",
            )
        )
    return reminders


def _rhythm(ring: str, language: str) -> str:
    """The ring's rhythm in words ("every 3 months"): English as :attr:`Ring.cadence_label` says it, other
    languages from the catalogs."""
    if language in ("", DEFAULT_LANGUAGE):
        return RINGS.get(ring, RINGS["acquaintance"]).cadence_label
    rhythm = RING_RHYTHM.get(ring)
    gettext = gettext_for(language)
    return rhythm.label_in(gettext) if rhythm else gettext(cadence_for_ring(ring).label)
