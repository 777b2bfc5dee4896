"""No group of one: every cohort figure needs --min-group contributors, withheld figure by figure with a note."""

from __future__ import annotations

import datetime as _dt

import pytest

from netkit.coach.collect import SHARING_FIGURES, build_report
from netkit.coach.report_html import report_html
from netkit.store import schema

TODAY = _dt.date(2026, 12, 3)


def person(
    n: int,
    *,
    contacts: int = 3,
    gives: bool = False,
    message: bool = False,
    plan: bool = False,
    confidence: bool = False,
) -> dict:
    """One sharing participant; each flag makes them a contributor to one figure."""
    items = []
    for k in range(contacts):
        item = {"id": f"p{n}c{k}", "name": f"C{k}", "ring": "close", "last_contact": "2026-11-01"}
        if gives and k == 0:
            item["interactions"] = [{"date": "2026-11-02", "kind": "message", "direction": "asked"}]
        items.append(item)
    answers = {schema.SHARE: True, schema.CONTACTS: items, schema.reflection_answer_key("regret"): "x"}
    if message:
        answers[schema.OUTBOX] = [{"id": f"m{n}", "text": "Any job openings? I need a job.", "situation": ""}]
    if plan:
        answers[schema.PLAN] = [
            {"person": "C0", "closeness": "close", "cadence": "monthly", "first_step": "", "first_date": "2026-12-10"}
        ]
    if confidence:
        answers[schema.CONFIDENCE_BEFORE], answers[schema.CONFIDENCE_AFTER] = 3, 7
    return answers


# figure → (the flag that makes a contributor, a sentence of that figure that must not appear when withheld)
FAMILIES = {
    "reciprocity": ("gives", "asked more than they gave"),
    "findings": ("message", "messages checked"),
    "commitments": ("plan", "stay-in-touch plans"),
    "confidence": ("confidence", "Confidence about reaching out rose"),
    "dormant": ("contacts", "are dormant ties"),
}


def _report(figure: str, contributors: int, *, min_group: int = 3):
    flag, _text = FAMILIES[figure]
    people = []
    for n in range(min_group):
        contributes = n < contributors
        if flag == "contacts":  # a participant with no contacts does not count in the dormant share
            people.append(person(n, contacts=3 if contributes else 0))
        else:
            people.append(person(n, **{flag: contributes}))
    return build_report(
        [({"id": f"p{n}", "name": f"P{n}"}, a) for n, a in enumerate(people)], today=TODAY, min_group=min_group
    )


@pytest.mark.parametrize("figure", sorted(FAMILIES))
@pytest.mark.parametrize("contributors", [1, 2])
def test_a_figure_from_fewer_than_min_group_is_withheld_with_a_note(figure, contributors):
    """With 3 sharing but only 1 or 2 contributing to a figure, is that figure (and only it) withheld, with a note?"""
    report = _report(figure, contributors)
    agg = report.aggregates
    assert agg is not None and agg.participants == 3
    assert not agg.shown(figure) and agg.contributors[figure] == contributors
    html = report_html(report)
    assert FAMILIES[figure][1] not in html and f"id='chart-{figure}'" not in html
    assert SHARING_FIGURES[figure] in html and f"would describe {contributors} participant(s)" in html
    assert figure in agg.suppressed() and not any(key in agg.to_json() for key in _numbers_of(figure))
    assert agg.shown("rings")  # the others stay


@pytest.mark.parametrize("figure", sorted(FAMILIES))
def test_a_figure_with_min_group_contributors_is_shown(figure):
    """With every one of 3 participants contributing, is the figure shown with its numbers?"""
    report = _report(figure, 3)
    assert report.aggregates.shown(figure) and figure not in report.aggregates.suppressed()
    html = report_html(report)
    assert FAMILIES[figure][1] in html


def test_min_group_applies_to_the_whole_report_and_each_figure():
    """With --min-group 4 and 4 sharing, is a figure from 3 of them withheld (the setting, not a fixed 3)?"""
    report = _report("commitments", 3, min_group=4)
    assert report.aggregates.min_group == 4 and not report.aggregates.shown("commitments")


def test_no_aggregates_below_min_group_sharing():
    """With fewer sharing participants than the minimum, is no cohort figure computed at all?"""
    report = build_report([({"id": "a"}, person(0, gives=True))], today=TODAY, min_group=3)
    assert report.aggregates is None and "no one's numbers" in report_html(report)


def _numbers_of(figure: str) -> tuple[str, ...]:
    return {
        "reciprocity": ("gave", "asked", "balances"),
        "findings": ("messages", "findings"),
        "commitments": ("commitments", "cadences"),
        "confidence": ("confidence_changes",),
        "dormant": ("dormant", "dormant_share"),
    }[figure]
