"""Measure the outreach linter against a labelled corpus of messages, rule by rule.

A corpus is a TOML file of ``[[message]]`` tables (see ``tests/fixtures/messages/corpus.toml``)::

    [[message]]
    id = "ap-alarm-owned"            # unique
    situation = "apology"            # a situation id, or "" for the general rules
    text = "…"
    expect = []                      # rule ids a coach wants raised
    may = []                         # rule ids a coach is indifferent to (optional)

Optional keys: ``relationship`` (friend, teammate, acquaintance, stranger: the recipient as the composer
would know them), ``writer`` (who wrote and labelled it), ``style`` (tags), ``source``.

Every rule not in ``expect`` or ``may`` must stay silent. Per rule: a true positive is an
expected rule that fired, a false positive a rule that fired where it must not, a false
negative an expected rule that stayed silent. Precision tells a coach how often the rule's
warning is right; recall how much of what a coach would say the linter says.

**The sealed third.** :func:`is_sealed` decides, by a fixed rule that nobody chooses (the SHA-256 of a
message's id, mod 3), which messages are kept apart in ``sealed.toml``. Tests only check that the split
follows the rule; the sealed messages are scored once, at the end of a round
(``python bench/bench_lint.py --sealed``), so the figures reported are not figures the rules were tuned to.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netkit.exercises.outreach.lint import RELATIONAL_RULES, RULES, lint

__all__ = ["CorpusMessage", "RuleScore", "Score", "is_sealed", "load_corpus", "score_corpus"]


def is_sealed(message_id: str) -> bool:
    """Is this message in the sealed third? A fixed rule on the id alone, decided before any tuning."""
    return int(hashlib.sha256(message_id.encode("utf-8")).hexdigest(), 16) % 3 == 0


@dataclass(frozen=True)
class CorpusMessage:
    """One labelled message."""

    id: str
    situation: str
    text: str
    expect: frozenset[str]
    may: frozenset[str] = frozenset()
    style: tuple[str, ...] = ()
    relationship: str = ""
    writer: str = ""


@dataclass
class RuleScore:
    """Counts for one rule, with the message ids behind each error."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    """Per-rule scores and the overall recall of expected findings."""

    rules: dict[str, RuleScore]
    messages: int

    @property
    def recall(self) -> float:
        tp = sum(r.tp for r in self.rules.values())
        fn = sum(r.fn for r in self.rules.values())
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def relational_recall(self) -> float:
        """Recall over the rules about the relationship (job asks, pressure, thanks, blame, awkward positions)."""
        tp = sum(s.tp for r, s in self.rules.items() if r in RELATIONAL_RULES)
        fn = sum(s.fn for r, s in self.rules.items() if r in RELATIONAL_RULES)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def precision(self) -> float:
        tp = sum(r.tp for r in self.rules.values())
        fp = sum(r.fp for r in self.rules.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def table(self) -> str:
        """A plain-text table: rule, expected, TP, FP, FN, precision, recall."""
        lines = [f"{'rule':18} {'expected':>8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}"]
        for rule, s in self.rules.items():
            lines.append(f"{rule:18} {s.tp + s.fn:8d} {s.tp:4d} {s.fp:4d} {s.fn:4d} {s.precision:9.2f} {s.recall:7.2f}")
        lines.append(
            f"{'all rules':18} {'':8} {'':4} {'':4} {'':4} {self.precision:9.2f} {self.recall:7.2f}"
            f"   ({self.messages} messages)"
        )
        lines.append(f"{'relational rules':18} {'':8} {'':4} {'':4} {'':4} {'':9} {self.relational_recall:7.2f}")
        return "\n".join(lines)


def _ids(value: Any, where: str) -> frozenset[str]:
    values = frozenset(value or ())
    unknown = values - set(RULES)
    if unknown:
        raise ValueError(f"{where}: unknown rule id(s) {sorted(unknown)}; known: {', '.join(RULES)}")
    return values


def load_corpus(path: str | Path) -> list[CorpusMessage]:
    """The labelled messages in a corpus file (ids unique, rule ids known)."""
    doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out, seen = [], set()
    for raw in doc.get("message", []):
        mid = str(raw["id"])
        if mid in seen:
            raise ValueError(f"{path}: message id {mid!r} is used twice")
        seen.add(mid)
        out.append(
            CorpusMessage(
                id=mid,
                situation=str(raw.get("situation", "")),
                text=str(raw["text"]),
                expect=_ids(raw.get("expect"), mid),
                may=_ids(raw.get("may"), mid),
                style=tuple(raw.get("style", ())),
                relationship=str(raw.get("relationship", "")),
                writer=str(raw.get("writer", "")),
            )
        )
    return out


def score_corpus(messages: list[CorpusMessage], language: str | None = None) -> Score:
    """Lint every message in its situation and count agreements with the labels, per rule.

    ``language``: the participant's language the messages are linted for (``corpus.de.toml`` with ``"de"``);
    None: English."""
    scores = {rule: RuleScore() for rule in RULES}
    for message in messages:
        fired = {
            f.rule
            for f in lint(
                message.text,
                message.situation or None,
                relationship=message.relationship or None,
                language=language,
            )
        }
        for rule in RULES:
            s = scores[rule]
            if rule in message.expect:
                if rule in fired:
                    s.tp += 1
                else:
                    s.fn += 1
                    s.misses.append(message.id)
            elif rule in fired and rule not in message.may:
                s.fp += 1
                s.false_positives.append(message.id)
    return Score(rules=scores, messages=len(messages))
