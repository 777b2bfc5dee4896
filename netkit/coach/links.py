"""Personal links for a whole roster: each participant's link to the no-server site, for a coach.

:func:`roster_links` pairs every participant of a roster with their link (their whitelisted
details in the fragment, see :mod:`netkit.workbook.personal_link`); :func:`write_links_csv` saves
them as a spreadsheet-safe CSV (name, e-mail, link) for a coach who sends links another way than
``netkit emails``: a chat message, a printed slip, a QR code. The e-mail address is in the table,
for the coach, and never in a link.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netkit.coach.roster import Participant, Roster, read_roster
from netkit.workbook.personal_link import personal_link

__all__ = ["PersonalLink", "roster_links", "write_links_csv"]


@dataclass(frozen=True)
class PersonalLink:
    """One participant and the link that opens their own workbook."""

    participant: Participant
    link: str


def roster_links(roster: Roster | str | Path, site_url: str) -> list[PersonalLink]:
    """Every participant's personal link to the site at ``site_url``, in roster order."""
    if not isinstance(roster, Roster):
        roster = read_roster(roster)
    return [PersonalLink(p, personal_link(site_url, p.fields)) for p in roster.participants]


def write_links_csv(links: list[PersonalLink], path: str | Path) -> Path:
    """``name,email,link`` rows, UTF-8 with BOM, formula-safe (see :mod:`netkit.csvsafe`), written atomically."""
    from netkit.csvsafe import write_csv

    return write_csv(
        path, ["name", "email", "link"], [[x.participant.name, x.participant.email, x.link] for x in links]
    )
