"""What one participant's answers say: contacts, messages, the milestones and how far they got."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from netkit.store import schema

__all__ = [
    "ANONYMOUS_NAME",
    "EXERCISES",
    "Facts",
    "MILESTONES",
    "MIN_CONTACTS",
    "MIN_GROUP",
    "Milestone",
    "OPT_OUT_KEY",
    "completion",
    "contacts_of",
    "messages_of",
    "missing_steps",
]

OPT_OUT_KEY = schema.OPT_OUT
MIN_GROUP = 3
EXERCISES = {"network": "Network map", "outreach": "Outreach", "reflection": "Reflection"}
MIN_CONTACTS = 5

#: Row statuses.
SHARED, NOT_STARTED, OPTED_OUT, NOT_SHARING, PROBLEM = "shared", "not started", "opted out", "not sharing", "problem"
ANONYMOUS_NAME = "(shared anonymously)"


# --------------------------------------------------------------------------- reading answers
def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def contacts_of(answers: Mapping[str, Any]) -> list:
    """The participant's contacts as :class:`~netkit.contacts.Contact` (unreadable ones skipped)."""
    from netkit.contacts import Contact

    contacts = []
    for item in _as_list(answers.get(schema.CONTACTS)):
        if not isinstance(item, Mapping):
            continue
        try:
            contacts.append(Contact.from_dict(dict(item)))
        except (KeyError, TypeError, ValueError):
            continue  # a hand-edited contact with a broken date: counted nowhere rather than guessed
    return contacts


def _text_of(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        for key in ("text", "body", "message"):
            if isinstance(item.get(key), str):
                return item[key]
    return ""


def _situation_of(item: Any) -> str:
    return str(item.get("situation") or "") if isinstance(item, Mapping) else ""


def messages_of(answers: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(text, situation) of every outbox message and the current draft, each text once.

    A draft still exactly as its template wrote it (``template_text``) is not the participant's
    writing yet, so it is left out.
    """
    seen: set[str] = set()
    out = []
    draft = answers.get(schema.OUTREACH_DRAFT)
    if isinstance(draft, Mapping) and _text_of(draft).strip() == str(draft.get("template_text") or "").strip():
        draft = None
    for item in [*_as_list(answers.get(schema.OUTBOX)), draft]:
        text = _text_of(item)
        if not text.strip():
            continue
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        out.append((text, _situation_of(item)))
    return out


def _confidence(answers: Mapping[str, Any]) -> tuple[int | None, int | None]:
    from netkit.exercises.reflection.confidence import level

    return level(answers.get(schema.CONFIDENCE_BEFORE)), level(answers.get(schema.CONFIDENCE_AFTER))


def _plan(answers: Mapping[str, Any]) -> list:
    from netkit.exercises.reflection.plan import plan_from_json

    entries, _problems = plan_from_json(answers.get(schema.PLAN))
    return entries


# --------------------------------------------------------------------------- completion
@dataclass
class Facts:
    """What the report needs from one participant's answers, read once (counts and objects, no output)."""

    contacts: list
    messages: list[tuple[str, str]]
    outbox: list
    plan: list
    reflection_fraction: float
    confidence: tuple[int | None, int | None]

    @classmethod
    def of(cls, answers: Mapping[str, Any]) -> Facts:
        answers = schema.migrate(answers)  # older key names are read through today's
        return cls(
            contacts=_safely(contacts_of, answers, []),
            messages=_safely(messages_of, answers, []),
            outbox=_as_list(answers.get(schema.OUTBOX)),
            plan=_safely(_plan, answers, []),
            reflection_fraction=_safely(_reflection_fraction, answers, 0.0),
            confidence=_safely(_confidence, answers, (None, None)),
        )


def _safely(read: Callable[[Mapping[str, Any]], Any], answers: Mapping[str, Any], default: Any) -> Any:
    try:
        return read(answers)
    except Exception:  # an odd hand-edited value: that part simply counts as not done
        return default


@dataclass(frozen=True)
class Milestone:
    """One step of an exercise: a label for the coach and a score in 0–1 from a participant's :class:`Facts`."""

    exercise: str
    label: str
    score: Callable[[Facts], float]


def _contacts_dated(facts: Facts) -> float:
    """Half of the participant's own contacts have a last-contact date. Imported contacts without one
    (``source`` set by an importer) are not counted: importing 300 LinkedIn connections must never take
    back a milestone the participant reached (count what they did, not what the data lacks)."""
    own = [c for c in facts.contacts if not c.source or c.last_heard is not None]
    if not own:
        return 0.0
    dated = sum(1 for c in own if c.last_heard is not None)
    return 1.0 if dated * 2 >= len(own) else 0.0


def _reflection_fraction(answers: Mapping[str, Any]) -> float:
    from netkit.exercises.reflection.prompts import answers_from_store, progress

    return progress(answers_from_store(answers)).fraction


MILESTONES: tuple[Milestone, ...] = (
    Milestone("network", "a first contact", lambda f: float(bool(f.contacts))),
    Milestone("network", f"at least {MIN_CONTACTS} people mapped", lambda f: float(len(f.contacts) >= MIN_CONTACTS)),
    Milestone("network", "last contact noted for half of them", _contacts_dated),
    Milestone("network", "a give or an ask logged", lambda f: float(any(c.gives or c.asks for c in f.contacts))),
    Milestone("outreach", "a draft started", lambda f: float(bool(f.messages))),
    Milestone("outreach", "a message in the outbox", lambda f: float(any(_text_of(m).strip() for m in f.outbox))),
    Milestone(
        "outreach",
        "a message marked as sent",
        lambda f: float(any(isinstance(m, Mapping) and m.get("sent_on") for m in f.outbox)),
    ),
    Milestone("reflection", "every reflection prompt answered", lambda f: f.reflection_fraction),
    Milestone("reflection", "a commitment in the plan", lambda f: float(bool(f.plan))),
    Milestone("reflection", "confidence rated before and after", lambda f: float(None not in f.confidence)),
)


def completion(answers: Mapping[str, Any] | Facts) -> dict[str, int]:
    """Percent done (0–100) per exercise: the mean of its milestones. Missing keys count as 0."""
    answers = answers if isinstance(answers, Facts) else Facts.of(answers)
    result = {}
    for exercise in EXERCISES:
        scores = [_safe_score(m, answers) for m in MILESTONES if m.exercise == exercise]
        result[exercise] = round(100 * sum(scores) / len(scores))
    return result


def missing_steps(answers: Mapping[str, Any] | Facts) -> dict[str, list[str]]:
    """Per exercise, the milestones not reached yet (what a coach might nudge about)."""
    answers = answers if isinstance(answers, Facts) else Facts.of(answers)
    out: dict[str, list[str]] = {exercise: [] for exercise in EXERCISES}
    for m in MILESTONES:
        if _safe_score(m, answers) < 1.0:
            out[m.exercise].append(m.label)
    return out


def _safe_score(milestone: Milestone, facts: Facts) -> float:
    try:
        return max(0.0, min(1.0, float(milestone.score(facts))))
    except Exception:  # an odd hand-edited value: that step is simply not done
        return 0.0
