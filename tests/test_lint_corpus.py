"""The linter measured against messages a coach labelled (tests/fixtures/messages/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netkit.exercises.outreach import builtin_templates
from netkit.exercises.outreach.lint import RULES
from netkit.exercises.outreach.lint_corpus import is_sealed, load_corpus, score_corpus
from netkit.exercises.outreach.lint_parse import RELATIONSHIPS

FOLDER = Path(__file__).parent / "fixtures" / "messages"
CORPUS = FOLDER / "corpus.toml"
HOLDOUT = FOLDER / "holdout.toml"
HOLDOUT_2 = FOLDER / "holdout2.toml"
ROUND_3 = FOLDER / "round3.toml"
TRAINING = (CORPUS, HOLDOUT, HOLDOUT_2, ROUND_3)
#: Never scored by a test: measured once per round with ``python bench/bench_lint.py --sealed``.
SEALED = FOLDER / "sealed.toml"
PRECISION_TARGET = 0.9
RECALL_TARGET = 0.9


@pytest.fixture(scope="module")
def corpus():
    """Every message the rules may be tuned against (the sealed third is not among them)."""
    return [m for path in TRAINING for m in load_corpus(path)]


def test_corpus_is_large_and_covers_every_situation_and_kind_of_writing(corpus):
    """Are there at least 80 messages, in every built-in situation, good and bad, in every kind of writing?"""
    assert len(corpus) >= 80
    situations = {t.id for t in builtin_templates()}
    assert {m.situation for m in corpus} >= situations
    for situation in situations:
        here = [m for m in corpus if m.situation == situation]
        assert any(not m.expect for m in here), f"no good {situation} message"
        assert any(m.expect for m in here), f"no {situation} message with something to fix"
    styles = {tag for m in corpus for tag in m.style}
    assert styles >= {
        "non-native",
        "one-liner",
        "long",
        "formal",
        "casual",
        "honest",
        "share",
        "freelance",
        "awkward",
        "information-question",
        "template-left",
        "relational",
        "connector",
    }


def test_every_rule_has_enough_labelled_examples_to_measure(corpus):
    """Does each rule have at least three messages that should raise it?"""
    for rule in RULES:
        assert sum(rule in m.expect for m in corpus) >= 3, rule


@pytest.mark.parametrize("path", TRAINING, ids=["corpus", "holdout", "holdout2", "round3"])
def test_each_rule_is_precise_and_the_linter_finds_what_a_coach_would(path):
    """Is every rule right at least 90% of the times it speaks, and are 90% of a coach's points raised?"""
    score = score_corpus(load_corpus(path))
    for rule, s in score.rules.items():
        assert s.precision >= PRECISION_TARGET, f"{rule}: precision {s.precision:.2f}, wrong on {s.false_positives}"
    assert score.recall >= RECALL_TARGET, {r: s.misses for r, s in score.rules.items() if s.misses}


def test_the_issue_s_disagreements_are_settled(corpus):
    """Do the messages a coach disputed in issue #14 now get the coach's verdict?"""
    by_id = {m.id: m for m in corpus}
    disputed = [
        "ap-alarm-owned",
        "sh-open-role",
        "fu-no-rush",
        "ty-priya",
        "rc-pycon",
        "ii-career-fair-juniors",
        "ii-put-me-forward",
        "ii-placeholders-curly",
        "ii-placeholders-dollar",
        "rc-placeholder-double-curly",
        "in-deadline-application",
        "in-busy-but",
        "in-skip-hr",
        "rc-awkward-confidential",
    ]
    # Messages that fell into the sealed third by the fixed rule are not scored here (see the split test below).
    score = score_corpus([by_id[i] for i in disputed if not is_sealed(i)])
    wrong = {r: s.false_positives + s.misses for r, s in score.rules.items() if s.false_positives or s.misses}
    assert wrong == {}


def test_a_corpus_with_an_unknown_rule_or_a_repeated_id_is_refused(tmp_path):
    """Is a typo in a label (or a copy-pasted id) reported rather than silently scored?"""
    bad = tmp_path / "c.toml"
    bad.write_text('[[message]]\nid = "a"\nsituation = ""\ntext = "Hi"\nexpect = ["job-asks"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="job-asks"):
        load_corpus(bad)
    bad.write_text('[[message]]\nid = "a"\ntext = "Hi"\n[[message]]\nid = "a"\ntext = "Hey"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="twice"):
        load_corpus(bad)


def test_the_sealed_third_follows_the_fixed_rule_and_no_message_is_in_both_parts():
    """Is every sealed message sealed by the rule (sha256 of its id), and every training message not?"""
    sealed_ids = [m.id for m in load_corpus(SEALED)]
    training_ids = [m.id for path in TRAINING for m in load_corpus(path)]
    assert all(is_sealed(i) for i in sealed_ids)
    assert not any(is_sealed(i) for i in training_ids)
    assert not set(sealed_ids) & set(training_ids)
    total = len(sealed_ids) + len(training_ids)
    assert total >= 250 and 0.25 <= len(sealed_ids) / total <= 0.42


def test_the_corpus_has_several_writers_and_relationships():
    """Do round 3's messages come from several writers, name known relationships, and cover new situations?"""
    messages = [m for path in (ROUND_3, SEALED) for m in load_corpus(path)]
    round_3 = [m for m in messages if m.writer]
    assert len({m.writer for m in round_3}) >= 3
    assert {m.relationship for m in messages if m.relationship} == set(RELATIONSHIPS)
    assert {"congratulate", "kind-decline", "make-introduction", "career-change", "starting-out"} <= {
        m.situation for m in round_3
    }


def test_is_sealed_is_a_fixed_rule():
    """Does the split depend on the id alone, the same on every run?"""
    assert is_sealed("r3-friend-yo-stripe") == is_sealed("r3-friend-yo-stripe")
    assert [is_sealed(f"x{i}") for i in range(30)].count(True) in range(5, 16)
