"""The blind sealed sets (``tests/fixtures/messages/sealed_blind9_{en,de,es}.toml``) are well formed.

These files were labelled blind, from the rule definitions only, to be scored ONCE at the end of a round
(``python bench/bench_lint.py --file …``). So this test checks their SHAPE and nothing else: it never runs the
linter on them, never compares a finding with a label. A test that scored them would turn them into training data.

What it checks, and why each matters for that one measurement:
* each file parses as TOML and holds ``[[message]]`` tables with the fields the corpus loader reads;
* message ids are unique across every corpus file (a clash would make two messages one in any report);
* every ``expect``/``may`` id is a rule the linter has, every situation a built-in one (or ``""`` for none),
  every relationship a value the composer offers (or left out: "not known");
* each file is big enough, has clean messages, and at least four positives for each relational rule, so the
  per-rule figures mean something;
* each header says it was written blind and never tuned against.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from netkit.cli.outreach import lint_command
from netkit.exercises.outreach import load_templates
from netkit.exercises.outreach.lint import rules_as_json

MESSAGES = Path(__file__).parent / "fixtures" / "messages"
#: The blind sets of this round, round 15 (name, fewest messages). The earlier rounds' sets are spent: they are training
#: data now (round 14's: ``round28.toml``, ``round27.de.toml``, ``round26.es.toml``; round 13's: ``round25.toml``,
#: ``round24.de/es.toml``; round 12's: ``round24.toml``, ``round23.de/es.toml``; round 11's: ``round20.toml``,
#: ``round19.de/es.toml``; round 10's: ``round17.toml``, ``round16.de/es.toml``; round 9's: ``round15.toml``/
#: ``round16.toml``, ``round14/15.de.toml``, ``round14/15.es.toml``; before them ``round13.toml``,
#: ``round12.de/es.toml``).
FRESH = {
    "en": ("sealed_blind11_en.toml", 100),
    "de": ("sealed_blind11_de.toml", 80),
    "es": ("sealed_blind11_es.toml", 80),
}
FIELDS = {"id", "writer", "situation", "relationship", "style", "text", "expect", "may"}
REQUIRED = {"id", "writer", "situation", "style", "text", "expect"}
# The rules that read the relationship (the rule list's own "relational" flag), plus the two the brief for these sets
# names with them: where the connection goes depends on who reads it, and a refusal's tone on who asked.
EXTRA_RELATIONAL = {"connection-late", "curt-decline"}
MIN_POSITIVES = 4
MIN_CLEAN_SHARE = 0.2


def rules() -> list[dict]:
    return rules_as_json()["rules"]


def relationships() -> set[str]:
    """The relationships the composer offers (the ``--relationship`` choices of ``netkit outreach lint``)."""
    (option,) = [p for p in lint_command.params if p.name == "relationship"]
    return set(option.type.choices)


def load(name: str) -> list[dict]:
    with open(MESSAGES / name, "rb") as handle:
        return tomllib.load(handle)["message"]


@pytest.fixture(params=sorted(FRESH), ids=sorted(FRESH))
def fresh(request) -> tuple[str, list[dict], int]:
    name, minimum = FRESH[request.param]
    return name, load(name), minimum


def test_every_message_has_the_fields_the_loader_reads(fresh):
    name, messages, _ = fresh
    for m in messages:
        assert m.keys() >= REQUIRED, f"{name}: {m.get('id')} lacks {REQUIRED - m.keys()}"
        assert m.keys() <= FIELDS, f"{name}: {m['id']} has unknown fields {m.keys() - FIELDS}"
        assert isinstance(m["text"], str) and m["text"].strip(), f"{name}: {m['id']} has no text"
        assert isinstance(m["style"], list) and m["style"], f"{name}: {m['id']} has no style tags"
        assert isinstance(m["expect"], list), f"{name}: {m['id']}: expect must be a list"
        assert not set(m["expect"]) & set(m.get("may", [])), f"{name}: {m['id']}: a rule both expected and 'may'"


def test_ids_are_unique_across_every_corpus_file():
    seen: Counter[str] = Counter()
    for path in sorted(MESSAGES.glob("*.toml")):
        with open(path, "rb") as handle:
            seen.update(m["id"] for m in tomllib.load(handle).get("message", []))
    assert [i for i, n in seen.items() if n > 1] == []
    fresh_ids = [m["id"] for name, _ in FRESH.values() for m in load(name)]
    assert all(i.startswith("sb-") for i in fresh_ids)


def test_labels_situations_and_relationships_are_ones_the_kit_knows(fresh):
    name, messages, _ = fresh
    rule_ids = {r["id"] for r in rules()}
    situations = {t.id for t in load_templates()} | {""}
    rings = relationships()
    for m in messages:
        labels = set(m["expect"]) | set(m.get("may", []))
        assert labels <= rule_ids, f"{name}: {m['id']} names rules the linter lacks: {labels - rule_ids}"
        assert m["situation"] in situations, f"{name}: {m['id']}: unknown situation {m['situation']!r}"
        if "relationship" in m:
            assert m["relationship"] in rings, f"{name}: {m['id']}: unknown relationship {m['relationship']!r}"
        assert "english-only" not in m["expect"], f"{name}: {m['id']}: english-only is a tool note, not a label"


def test_each_file_is_big_enough_with_clean_messages(fresh):
    name, messages, minimum = fresh
    assert len(messages) >= minimum, f"{name}: {len(messages)} messages, at least {minimum} wanted"
    clean = sum(1 for m in messages if not m["expect"])
    assert clean >= MIN_CLEAN_SHARE * len(messages), f"{name}: only {clean} messages that should get nothing"


def test_each_relational_rule_has_enough_positives(fresh):
    name, messages, _ = fresh
    relational = {r["id"] for r in rules() if r["relational"]} | EXTRA_RELATIONAL
    positives = Counter(rule for m in messages for rule in m["expect"])
    short = {rule: positives[rule] for rule in sorted(relational) if positives[rule] < MIN_POSITIVES}
    assert short == {}, f"{name}: fewer than {MIN_POSITIVES} positives for {short}"


def test_each_file_covers_every_situation_and_relationship(fresh):
    name, messages, _ = fresh
    assert {t.id for t in load_templates()} <= {m["situation"] for m in messages}
    assert relationships() <= {m["relationship"] for m in messages if "relationship" in m}
    assert any("relationship" not in m for m in messages), f"{name}: no message whose reader is not known"
    writers = Counter(m["writer"] for m in messages)
    assert len(writers) >= 5, f"{name}: only {len(writers)} writers"


def test_each_header_says_it_was_written_blind():
    for name, _ in FRESH.values():
        header = (MESSAGES / name).read_text(encoding="utf-8").split("[[message]]", 1)[0]
        assert "written blind" in header.lower() and "never tuned against" in header.lower(), name
        assert "--file" in header, f"{name}: the header should give the one command that measures it"
