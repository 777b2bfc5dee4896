"""How often to keep in touch with each ring: the one source every exercise and file reads.

Exercise 1 (the network map, its stay-in-touch list and calendar), exercise 3 (the plan's
default rhythm) and the notebooks' tables all take the rhythm from :data:`RING_RHYTHM`, so a
participant never reads two different answers to "how often?".

    ring           rhythm              why
    inner          every two weeks     people you would call any time; a short check-in keeps it easy
    close          every month         the monthly list of people to contact (seed 004)
    regular        every three months  you see them anyway; a planned touch only fills the gaps
    acquaintance   every two months    weak ties bring news from beyond your circle, the likeliest
                                       source of new leads, and they fade fastest without a reason to talk
    dormant        one revival message, then every three months: reopen the door, then keep it open

Closer ties are not simply "more often": acquaintances come before regulars on purpose, because a
weak tie has no everyday occasion to stay alive and is where new information comes from.

Pure: no widgets. :func:`rhythms_html` is the table both notebooks show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netkit.html_pages import render_fragment
from netkit.languages import N_

if TYPE_CHECKING:
    from icalendar import vRecur

__all__ = [
    "CADENCES",
    "Cadence",
    "RING_RHYTHM",
    "Rhythm",
    "cadence_for_ring",
    "rhythms_html",
]


@dataclass(frozen=True)
class Cadence:
    """How often to get in touch: an RFC 5545 frequency and interval, and words for people."""

    key: str
    label: str
    freq: str  # "WEEKLY" or "MONTHLY"
    interval: int

    @property
    def approx_days(self) -> int:
        return 7 * self.interval if self.freq == "WEEKLY" else round(30.44 * self.interval)

    @property
    def rrule(self) -> vRecur:
        """The repeat rule as ``icalendar``'s recurrence type (``INTERVAL`` left out when it is 1)."""
        from icalendar import vRecur  # here: ~0.06 s that no form needs before a calendar is made

        return vRecur({"FREQ": self.freq, "INTERVAL": self.interval} if self.interval != 1 else {"FREQ": self.freq})


CADENCES: dict[str, Cadence] = {
    c.key: c
    for c in (
        Cadence("weekly", N_("every week"), "WEEKLY", 1),
        Cadence("fortnightly", N_("every two weeks"), "WEEKLY", 2),
        Cadence("monthly", N_("every month"), "MONTHLY", 1),
        Cadence("bimonthly", N_("every two months"), "MONTHLY", 2),
        Cadence("quarterly", N_("every three months"), "MONTHLY", 3),
        Cadence("half_yearly", N_("every six months"), "MONTHLY", 6),
    )
}


@dataclass(frozen=True)
class Rhythm:
    """A ring's default rhythm and the reason for it; ``revive_first`` for a dormant tie."""

    cadence: str
    why: str
    revive_first: bool = False

    @property
    def label(self) -> str:
        return self.label_in()

    def label_in(self, gettext: Callable[[str], str] = str) -> str:
        """The rhythm in words, in the language of ``gettext`` (English by default)."""
        label = gettext(CADENCES[self.cadence].label)
        return gettext("one revival message, then {label}").replace("{label}", label) if self.revive_first else label


RING_RHYTHM: dict[str, Rhythm] = {
    "inner": Rhythm("fortnightly", N_("people you would call any time; a short check-in keeps it easy")),
    "close": Rhythm("monthly", N_("a monthly list of people to contact, as one career coach keeps")),
    "regular": Rhythm("quarterly", N_("you see them anyway; a planned touch only fills the gaps")),
    "acquaintance": Rhythm(
        "bimonthly",
        N_(
            "weak ties bring news from outside your circle — the likeliest source "
            "of new leads — and fade fastest without a reason to talk"
        ),
    ),
    "dormant": Rhythm("quarterly", N_("reopen the door with one message, then keep it open"), revive_first=True),
}


def cadence_for_ring(ring: str) -> Cadence:
    """The default cadence of a ring key (an unknown ring gets the acquaintance rhythm)."""
    return CADENCES[RING_RHYTHM.get(ring, RING_RHYTHM["acquaintance"]).cadence]


def rhythms_html(labels: dict[str, str] | None = None, gettext: Callable[[str], str] = str) -> str:
    """The rings → rhythm table both exercises show (``labels``: ring key → label shown; ``gettext``: the
    participant's language, English by default)."""
    rows = [
        ((labels or {}).get(key, key.capitalize()), rhythm.label_in(gettext), gettext(rhythm.why))
        for key, rhythm in RING_RHYTHM.items()
    ]
    return str(render_fragment("widgets/rhythms.html.j2", rows=rows))
