"""A made-up cohort for the cohort-report tests: answers of every shape, hostile and secret strings, a render folder.

Shared by test_collect, test_collect_cli, test_widgets_coach, test_widgets_sharing and test_answers_hostile
(a helper module, so that no test module imports another)."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from netkit.exercises.reflection.prompts import PROMPTS
from netkit.store.answers import FILENAME, SCHEMA
from netkit.store.schema import SHARE

TODAY = _dt.date(2026, 12, 3)
HOSTILE = "<img src=x onerror=alert(1)>"
SECRET_CONTACT = "Zebedee Quartermaine"
SECRET_ORG = "Umbrella Secretworks"
SECRET_MESSAGE = "Dear Zeb, remember the lighthouse picnic"
SECRET_REFLECTION = "I regret the lighthouse feud"


def contact(
    name: str, ring: str = "close", *, last: str | None = "2026-11-01", gave: int = 0, asked: int = 0, **extra
) -> dict:
    data = {"id": name, "name": name, "ring": ring, **extra}
    if last:
        data["last_contact"] = last
    items = [{"date": "2026-10-01", "kind": "message", "direction": "gave"}] * gave
    items += [{"date": "2026-10-02", "kind": "message", "direction": "asked"}] * asked
    if items:
        data["interactions"] = items
    return data


def complete_answers() -> dict:
    """Every milestone of every exercise reached."""
    return {
        "network.contacts": [
            contact(SECRET_CONTACT, "inner", gave=2, organisation=SECRET_ORG, notes="owes me a favour"),
            contact("Bea", "close", asked=1),
            contact("Cy", "regular"),
            contact("Di", "acquaintance", last="2024-01-01"),  # silent > 1 year: dormant
            contact("Ed", "dormant", last=None),
        ],
        "outreach.outbox": [
            {
                "id": "m1",
                "contact": SECRET_CONTACT,
                "situation": "informational-interview",
                "text": SECRET_MESSAGE + ". Could we talk for 20 minutes next week? Thanks!",
                "sent_on": "2026-12-01",
                "replied_on": None,
            }
        ],
        "outreach.draft": {
            "text": "Hi, do you have any openings for a job? I need a referral.",
            "situation": "informational-interview",
        },
        **{f"reflection.answers.{prompt.id}": SECRET_REFLECTION for prompt in PROMPTS},
        "reflection.plan": [
            {
                "person": SECRET_CONTACT,
                "closeness": "inner",
                "cadence": "fortnightly",
                "first_step": "call",
                "first_date": "2026-12-10",
            },
            {"person": "Bea", "closeness": "close", "cadence": "monthly", "first_step": "", "first_date": "2026-12-12"},
        ],
        "reflection.confidence.before": 3,
        "reflection.confidence.after": 6,
        SHARE: True,
    }


def partial_answers() -> dict:
    return {
        "network.contacts": [contact("Fay", "close"), contact("Gil", "inner", gave=1, asked=3)],
        "reflection.answers.regret": "not much",
        SHARE: True,
    }


def write_answers(folder: Path, answers: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    doc = {"schema": SCHEMA, "saved_at": "2026-12-03T10:00:00+00:00", "answers": answers}
    (folder / FILENAME).write_text(json.dumps(doc), encoding="utf-8")


def make_render(out: Path, people: list[tuple[str, str, object]]) -> Path:
    """A render folder: manifest + one folder per (id, name, answers | 'corrupt' | 'missing' | None)."""
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for pid, name, answers in people:
        folder = out / f"p-{pid}"
        entries.append({"id": pid, "name": name, "folder": folder.name, "notebooks": [], "status": "rendered"})
        if answers == "missing":
            continue
        folder.mkdir()
        (folder / "workshop.ipynb").write_text("{}", encoding="utf-8")
        if answers == "corrupt":
            (folder / FILENAME).write_text('{"schema": 1, "answers": {"network.con', encoding="utf-8")
        elif isinstance(answers, dict):
            write_answers(folder, answers)
    (out / "manifest.json").write_text(json.dumps({"schema": 1, "participants": entries}), encoding="utf-8")
    return out


def assert_counted_both_ways(answers: dict, light, figures: tuple, by_ring: dict, reached: set[str]) -> None:
    """Collect's light tally and its full reading of ``answers`` count the network the same way: the participant's
    part has ``figures`` (size, dormant, gave, asked) and ``by_ring``, its network is ``light``, and the milestones in
    ``reached`` are not missing."""
    from netkit.coach.collect.facts import Facts, progress
    from netkit.coach.collect.figures import part_of

    for way in (True, False):
        facts = Facts.of(answers, light=way)
        part = part_of(facts, TODAY)
        assert (part.size, part.dormant, part.gave, part.asked) == figures
        assert part.by_ring == by_ring
        assert facts.network == light
        _percent, missing = progress(facts)
        assert not reached & set(missing["network"])
