"""Coaching ideas made into things to do: the request card sort, career identity, audiences, new templates."""

from __future__ import annotations

import pytest

from netkit.exercises.outreach import builtin_templates, render_message
from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.practice import (
    AUDIENCES,
    HEARING_FROM_ME,
    REQUEST_CARDS,
    TOGETHER,
    audience_for_stage,
    career_identity,
    sort_cards,
    templates_for_stage,
)

ANA = {"name": "Ana Souza", "organisation": "Acme Health", "how_we_know": "the PyData meetup"}
SAM = {"name": "Sam Lee"}


@pytest.mark.parametrize("card", REQUEST_CARDS, ids=lambda c: c.id)
def test_each_card_agrees_with_the_linter(card):
    """Does the linter raise the rule an unreasonable card names, and stay quiet on a reasonable one?"""
    found = {f.rule for f in lint(card.text, card.situation, relationship=card.relationship)}
    relational = {"job-ask", "awkward-position", "pressure"}
    if card.reasonable:
        assert not found & relational, found
    else:
        assert card.rule in found


def test_the_card_sort_has_both_kinds_and_counts_right_answers():
    """Are there reasonable and unreasonable cards, and does sort_cards count only coach-agreeing choices?"""
    assert {c.reasonable for c in REQUEST_CARDS} == {True, False}
    right, results = sort_cards({c.id: c.reasonable for c in REQUEST_CARDS})
    assert right == len(REQUEST_CARDS) == len(results)
    right, _ = sort_cards({REQUEST_CARDS[0].id: not REQUEST_CARDS[0].reasonable})
    assert right == 0  # unsorted cards do not count as right


def test_career_identity_is_one_line_that_never_asks_for_a_job():
    """Is the career-identity line one sentence, and is it free of job-ask in a career-change message?"""
    line = career_identity("a ward nurse of ten years", "knows how staff use data", "health analytics")
    assert line == "A ward nurse of ten years who knows how staff use data, moving into health analytics."
    assert career_identity("") == "" and career_identity("Designer.") == "Designer."
    draft = render_message("career-change", ANA, {**SAM, "identity": line})
    assert line in draft
    assert "job-ask" not in {f.rule for f in lint(draft, "career-change")}


@pytest.mark.parametrize(
    "stage, first",
    [
        ("Student", "starting-out"),
        ("Returning after a career break", "starting-out"),
        ("New in the country", "starting-out"),
        ("Career changer", "career-change"),
        ("Freelance illustrator", "client-or-collaborator"),
        ("Senior engineer", "reconnect"),
    ],
)
def test_career_stage_decides_which_templates_come_first(stage, first):
    """Does the roster's career stage put its audience's templates first, keeping every template?"""
    ids = [t.id for t in builtin_templates()]
    ordered = templates_for_stage(stage, ids)
    assert ordered[0] == first and sorted(ordered) == sorted(ids)
    assert templates_for_stage("", ids) == ids and audience_for_stage("") is None


def test_every_audience_names_templates_that_exist():
    """Does each audience's path point at built-in templates?"""
    ids = {t.id for t in builtin_templates()}
    for audience in AUDIENCES:
        assert set(audience.first_templates) <= ids, audience.id
    assert len(HEARING_FROM_ME) >= 3 and len(TOGETHER) >= 3


def test_the_reconnect_template_asks_for_nothing():
    """Does the reconnect draft end without a question and schedule no follow-up (has_ask false)?"""
    template = next(t for t in builtin_templates() if t.id == "reconnect")
    assert not template.situation.has_ask
    assert "?" not in render_message(template, ANA, SAM, placeholders=True)


def test_the_informational_interview_does_not_put_words_in_everyones_mouth():
    """Is "I've been following your work" gone, replaced by a gap for the participant's own reason?"""
    text = render_message("informational-interview", ANA, SAM)
    assert "following your work" not in text and "in your own words" in text


def test_make_an_introduction_asks_both_sides_first():
    """Does the connector's template ask whether they'd like to meet, and promise to ask the other person too?"""
    text = render_message("make-introduction", ANA, SAM, placeholders=True)
    assert "Would you like me to introduce you?" in text and "both say yes" in text


def test_the_kind_decline_thanks_gives_a_reason_and_offers_something():
    """Does the kind-decline template thank, say why and offer something, and pass the linter?"""
    text = render_message("kind-decline", ANA, SAM, placeholders=True)
    assert "Thank you" in text and "because" in text and "offer" in text
    assert [f.rule for f in lint(text, "kind-decline") if f.severity == "warning"] == ["placeholder"]


def test_kind_decline_draft_fills_what_reason_and_offer():
    """Does the kind-decline helper write a complete, kind no that passes the linter with no warning?"""
    from netkit.exercises.outreach.practice import kind_decline_draft

    text = kind_decline_draft(
        {"name": "Arjun Rao"},
        asked="refer you",
        reason="I only recommend people whose work I've seen.",
        offer="answering two questions by email about how my team hires",
        participant={"name": "Sam Lee"},
    )
    assert text.startswith("Hi Arjun,") and "not able to refer you because I only recommend" in text
    assert "[" not in text and lint(text, "kind-decline") == []
    assert "[what they asked]" in kind_decline_draft("Arjun")
