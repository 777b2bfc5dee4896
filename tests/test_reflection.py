"""The reflection prompts of exercise 3: ids, pages and progress."""

from __future__ import annotations

import pytest

from netkit.exercises.reflection import prompts as reflection
from netkit.exercises.reflection.prompts import (
    PROMPTS,
    Progress,
    answer_key,
    answers_from_store,
    page_of,
    pages,
    progress,
)


def test_prompts_cover_the_issue_questions():
    """Are the five questions of the issue (and the apology of seed 000) all asked?"""
    ids = [p.id for p in PROMPTS]
    assert ids[:3] == ["regret", "lost_touch", "what_stops_me"]
    assert {
        "regret",
        "lost_touch",
        "what_stops_me",
        "events",
        "offer",
        "own_network",
        "linkedin",
        "younger_self",
        "owe_apology",
    } == set(ids)
    assert len(ids) == len(set(ids))


def test_every_prompt_has_question_hint_and_source():
    """Does every prompt come with a question, a hint and the seed it paraphrases?"""
    for prompt in PROMPTS:
        assert prompt.question.strip().endswith("?")
        assert len(prompt.hint) > 40
        assert prompt.source.startswith("seed")


def test_fear_prompt_says_silence_is_not_a_no():
    """Does the 'what stops me' hint carry the seed's point that silence is not a refusal?"""
    hint = reflection.prompt_by_id("what_stops_me").hint.lower()
    assert "silence is not a no" in hint


def test_prompt_by_id_unknown_names_the_known_ids():
    """Does asking for an unknown prompt list the ones that exist?"""
    with pytest.raises(KeyError, match="regret"):
        reflection.prompt_by_id("nope")


def test_answer_keys_are_namespaced():
    """Are answers stored under reflection.answers.<id>?"""
    assert answer_key("regret") == "reflection.answers.regret"


def test_pages_hold_a_few_prompts_each_and_keep_the_order():
    """Are the prompts shown a few at a time, none lost, in order?"""
    cut = pages(PROMPTS, per_page=2)
    assert [len(p) for p in cut] == [2, 2, 2, 2, 1]
    assert [p for page in cut for p in page] == list(PROMPTS)
    assert [len(p) for p in pages(PROMPTS, per_page=4)] == [4, 4, 1]
    with pytest.raises(ValueError):
        pages(PROMPTS, per_page=0)


@pytest.mark.parametrize("saved, expected", [(0, 0), (2, 2), (99, 2), (-3, 0), ("1", 1), ("junk", 0), (None, 0)])
def test_page_of_clamps_saved_page_numbers(saved, expected):
    """Does a saved page out of range, or junk, fall back to a page that exists?"""
    assert page_of(saved) == expected


def test_progress_counts_only_real_answers():
    """Do blank or non-text answers not count as answered?"""
    answers = {"regret": "Not starting sooner", "lost_touch": "   ", "offer": 3, "younger_self": "Start early"}
    got = progress(answers)
    assert got == Progress(2, len(PROMPTS))
    assert str(got) == f"2 of {len(PROMPTS)} questions answered"
    assert not got.done
    assert progress({p.id: "x" for p in PROMPTS}).done
    assert progress({}).fraction == 0


def test_answers_from_store_reads_flat_keys_and_skips_non_text():
    """Are answers read back from store keys, ignoring damaged non-text values?"""
    saved = {"reflection.answers.regret": "A", "reflection.answers.offer": {"bad": 1}, "network.contacts": []}
    assert answers_from_store(saved) == {"regret": "A"}
