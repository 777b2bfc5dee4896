"""Follow-up dates for sent messages that ask for something, and the calendar file that holds them.

The rule as the kit teaches it (its one source is :mod:`netkit.contacts.advice`): people postpone or
miss messages far more often than they refuse, so **one** friendly nudge is fine, a week after
sending (:data:`NUDGE_AFTER` business days: weekends, and the public holidays of the workshop's
``country`` setting, do not count; see :mod:`netkit.business_days`). If that brings no reply
either, don't chase: a week later (:data:`MOVE_ON_AFTER`) the calendar suggests writing to a
*second person* at that organisation instead.

Only messages that ask for something get follow-ups. A thank-you, a kind decline, a no-ask reconnect,
congratulations or something shared with no ask needs no answer, and a reminder to chase the
stranger you just turned down would be the opposite of the advice. Whether a message asks is the situation's ``has_ask``
(saved on the outbox entry as ``asks``; looked up for older entries).

The calendar's words (what to do on the day) are in the participant's ``language`` (``followups(...,
language="de")``), through the catalogs like every sentence in code.

An outbox entry (answers key ``outreach.outbox`` holds a list of them) is a dict::

    {"id": "…", "contact": "Ana Souza", "situation": "informational-interview",
     "text": "…", "created": "2026-12-03T10:15:00+00:00",
     "sent_on": "2026-12-03" | None, "replied_on": "2026-12-05" | None,
     "asks": true, "organisation": "Acme"}      # the last two optional
"""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netkit.business_days import WEEKENDS_ONLY, working_days
from netkit.contacts.advice import MOVE_ON_AFTER, NUDGE_AFTER
from netkit.date_input import maybe_date
from netkit.languages import N_, gettext_for
from netkit.reminders_ics import Reminder, calendar_bytes, write_calendar

__all__ = [
    "DEFAULT_OFFSETS",
    "NO_ASK_SITUATIONS",
    "FollowUp",
    "ICS_NAME",
    "MOVE_ON_AFTER",
    "NUDGE_AFTER",
    "entry_asks",
    "followup_dates",
    "followups",
    "followups_ics",
    "new_outbox_entry",
    "reminders",
    "write_followups",
]

DEFAULT_OFFSETS = (NUDGE_AFTER, MOVE_ON_AFTER)
ICS_NAME = "followups.ics"
#: Message types that ask for nothing, whatever an older outbox entry saved: never followed up.
NO_ASK_SITUATIONS = frozenset({"reconnect", "congratulate", "share-no-ask", "kind-decline", "decline-referral"})
CALENDAR_NAME = "netkit follow-ups"
_YOUR_CONTACT = N_("your contact")


@dataclass(frozen=True)
class FollowUp:
    """One follow-up: which message, to whom, on which day; number 1 is the nudge, 2 the move-on."""

    entry_id: str
    contact: str
    situation: str
    day: _dt.date
    number: int
    business_days: int
    organisation: str = ""
    skipped: str = ""  # which days did not count, in words (WorkingDays.rule)
    language: str = ""  # the participant's: the advice and the calendar entry are written in it

    @property
    def is_nudge(self) -> bool:
        return self.number == 1

    @property
    def advice(self) -> str:
        """What to do on the day, in a participant's words (and language)."""
        _ = gettext_for(self.language)
        if self.is_nudge:
            return _(
                "No reply from {contact} yet? Send one short, friendly nudge — people miss messages "
                "far more often than they refuse — and thank them either way."
            ).format(contact=self.contact)
        if self.organisation:
            return _(
                "Still no reply from {contact} after your nudge? Don't chase: write to a second person "
                "at {organisation} instead (who else there could tell you about the work?)."
            ).format(contact=self.contact, organisation=self.organisation)
        return _(
            "Still no reply from {contact} after your nudge? Don't chase: write to a second person "
            "where they work instead (who else there could tell you about the work?)."
        ).format(contact=self.contact)

    def reminder(self) -> Reminder:
        _ = gettext_for(self.language)
        if self.is_nudge:
            title = _("Nudge {contact} (if no reply yet)").format(contact=self.contact)
        else:
            title = _("No reply from {contact}? Try a second person").format(contact=self.contact)
        since = _("{days} business days since your message ({situation})").format(
            days=self.business_days, situation=self.situation
        )
        if self.skipped:
            since = f"{since}; {self.skipped}"
        delete = _("If they already replied, delete this event.")
        return Reminder(
            title=title,
            start=self.day,
            description=f"{since}. {self.advice} {delete}",
            uid=f"{self.entry_id}-followup-{self.number}@netkit",
        )


def followup_dates(
    sent_on: _dt.date | str, offsets: Iterable[int] = DEFAULT_OFFSETS, *, country: str = WEEKENDS_ONLY
) -> list[_dt.date]:
    """The follow-up days ``offsets`` business days after ``sent_on`` (weekends and ``country``'s holidays skipped)."""
    day = maybe_date(sent_on)
    if day is None:
        return []
    calendar = working_days(country)
    return [calendar.after(day, n) for n in sorted({int(n) for n in offsets if int(n) > 0})]


def entry_asks(entry: Mapping[str, Any]) -> bool:
    """Does this outbox message ask for something (so a silence is worth one nudge)?

    A no-ask message type (:data:`NO_ASK_SITUATIONS`) never does, even when saved by an older version
    that thought a reconnect asked.
    """
    if str(entry.get("situation") or "") in NO_ASK_SITUATIONS:
        return False
    if isinstance(entry.get("asks"), bool):
        return entry["asks"]
    from netkit.exceptions import TemplateError
    from netkit.exercises.outreach.templates import situation_for

    try:
        return situation_for(str(entry.get("situation") or "")).has_ask if entry.get("situation") else True
    except TemplateError:  # a coach's own situation that is not here any more: assume it asked
        return True


def followups(
    outbox: Iterable[Mapping[str, Any]],
    offsets: Iterable[int] = DEFAULT_OFFSETS,
    *,
    country: str = WEEKENDS_ONLY,
    language: str = "",
) -> list[FollowUp]:
    """The nudge and the move-on for sent messages that ask something and have no reply, soonest first.

    ``country`` is the workshop's setting (``""``: weekends only); an unknown one raises
    :class:`~netkit.exceptions.InputError` saying how to write it.
    """
    offsets = tuple(offsets)
    calendar = working_days(country)
    out = []
    for entry in outbox:
        if not isinstance(entry, Mapping) or maybe_date(entry.get("replied_on")) is not None:
            continue
        if not entry_asks(entry):
            continue
        sent = maybe_date(entry.get("sent_on"))
        if sent is None:
            continue
        entry_id = str(entry.get("id") or f"{entry.get('contact', '')}-{sent.isoformat()}")
        for number, n in enumerate(sorted({o for o in offsets if o > 0}), start=1):
            out.append(
                FollowUp(
                    entry_id=entry_id,
                    contact=str(entry.get("contact") or gettext_for(language)(_YOUR_CONTACT)),
                    situation=str(entry.get("situation") or "message"),
                    day=calendar.after(sent, n),
                    number=number,
                    business_days=n,
                    organisation=str(entry.get("organisation") or ""),
                    skipped=(calendar.rule_in(language) if language else calendar.rule) if calendar.country else "",
                    language=language,
                )
            )
    out.sort(key=lambda f: (f.day, f.contact))
    return out


def reminders(
    outbox: Iterable[Mapping[str, Any]],
    offsets: Iterable[int] = DEFAULT_OFFSETS,
    *,
    country: str = WEEKENDS_ONLY,
    language: str = "",
) -> list[Reminder]:
    """The follow-ups as calendar reminders, written in the participant's ``language``."""
    return [f.reminder() for f in followups(outbox, offsets, country=country, language=language)]


def followups_ics(
    outbox: Iterable[Mapping[str, Any]],
    offsets: Iterable[int] = DEFAULT_OFFSETS,
    *,
    country: str = WEEKENDS_ONLY,
    language: str = "",
) -> bytes:
    """An .ics calendar (Google Calendar, Outlook, Apple Calendar) of the follow-ups, in the participant's
    ``language``."""
    return calendar_bytes(reminders(outbox, offsets, country=country, language=language), name=CALENDAR_NAME)


def write_followups(
    folder: str | Path,
    outbox: Iterable[Mapping[str, Any]],
    offsets: Iterable[int] = DEFAULT_OFFSETS,
    *,
    country: str = WEEKENDS_ONLY,
    language: str = "",
) -> Path:
    """Write ``followups.ics`` into the participant's folder (atomically), in the participant's ``language``."""
    return write_calendar(
        Path(folder) / ICS_NAME, reminders(outbox, offsets, country=country, language=language), name=CALENDAR_NAME
    )


def new_outbox_entry(
    contact: str,
    situation: str,
    text: str,
    *,
    now: _dt.datetime | None = None,
    contact_id: str | None = None,
    asks: bool | None = None,
    organisation: str = "",
    linted: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A fresh outbox entry (not yet sent); ``asks``: whether the message asks for something; ``linted``: what the
    linter found in ``text`` (:func:`~netkit.exercises.outreach.saved_findings.linted_record`), kept so that the
    cohort report need not lint it again."""
    now = now or _dt.datetime.now(_dt.UTC)
    entry: dict[str, Any] = {
        "id": uuid.uuid4().hex[:12],
        "contact": contact,
        "situation": situation,
        "text": text,
        "created": now.isoformat(timespec="seconds"),
        "sent_on": None,
        "replied_on": None,
    }
    if contact_id:
        entry["contact_id"] = contact_id
    if asks is not None:
        entry["asks"] = bool(asks)
    if organisation:
        entry["organisation"] = organisation
    if linted is not None:
        entry["linted"] = linted
    return entry
