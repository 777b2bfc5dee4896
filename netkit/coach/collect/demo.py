"""A fictional cohort with made-up answers, for demos, the coach notebook and tests."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from netkit.store import schema

__all__ = ["example_entries"]


# --------------------------------------------------------------------------- example cohort
def example_entries(today: _dt.date | None = None) -> list[tuple[dict, dict]]:
    """A fictional cohort (the bundled example roster) with made-up answers, for demos and the notebook."""
    from netkit.coach.roster import read_roster
    from netkit.resources import example_roster

    today = today or _dt.date.today()
    rings = ("inner", "close", "regular", "acquaintance", "dormant")
    cadences = ("fortnightly", "monthly", "quarterly", "half_yearly")
    pairs = []
    for n, person in enumerate(read_roster(example_roster()).participants):
        contacts = []
        for k in range(3 + 3 * n):
            heard = today - _dt.timedelta(days=20 + 90 * ((k + n) % 6))
            contact: dict[str, Any] = {
                "id": f"x{n}-{k}",
                "name": f"Contact {k}",
                "ring": rings[(k + n) % len(rings)],
                "last_contact": heard.isoformat(),
            }
            if k % 2 == 0:
                contact["interactions"] = [
                    {"date": heard.isoformat(), "kind": "message", "direction": "asked" if (k + n) % 3 else "gave"}
                ]
            contacts.append(contact)
        answers: dict[str, Any] = {schema.CONTACTS: contacts, schema.SHARE: n != 5, schema.SHARE_ANONYMOUSLY: n == 4}
        if n % 3 != 2:
            answers[schema.OUTBOX] = [
                {
                    "situation": "informational-interview",
                    "sent_on": today.isoformat() if n % 2 else None,
                    "text": "Hi, I'm looking for a job. Do you have any openings? I really need this."
                    if n % 2
                    else "Hi Sam, we met at the spring meetup. I enjoyed your talk on data teams. Could I ask you "
                    "two questions about how you moved into analytics? Thanks!",
                }
            ]
        if n >= 2:
            answers[schema.reflection_answer_key("regret")] = "Not keeping in touch."
            answers[schema.PLAN] = [
                {
                    "person": f"Contact {k}",
                    "closeness": rings[k % 4],
                    "cadence": cadences[(k + n) % 4],
                    "first_step": "",
                    "first_date": today.isoformat(),
                }
                for k in range(n)
            ]
        if n >= 3:
            answers[schema.CONFIDENCE_BEFORE] = 3 + n % 3
            answers[schema.CONFIDENCE_AFTER] = 5 + n % 4
        pairs.append(({"id": person.id, "name": person.name, "folder": ""}, answers))
    return pairs
