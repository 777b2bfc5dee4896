"""What makes a large collect quicker keeps its promises: the limits checked to the item, a participant's
figures the network rules' own, worker batches that keep each participant's problem in its row."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

import pytest
from collect_data import TODAY, complete_answers, contact, make_render, partial_answers, write_answers

from netkit.coach.collect import collect
from netkit.coach.collect import read as read_module
from netkit.coach.collect.facts import Facts, completion, missing_steps, progress
from netkit.coach.collect.figures import part_of
from netkit.exceptions import AnswersError
from netkit.exercises.network.analysis import reciprocity, summarise
from netkit.store.document import MAX_DEPTH, MAX_ITEMS, MAX_STRING, check_limits
from netkit.store.schema import SHARE


def _nested(levels: int, inner: object = None) -> object:
    value: object = [] if inner is None else inner
    for _ in range(levels - 1):
        value = [value]
    return value


@pytest.mark.parametrize(
    "wrap,extra",  # extra: the levels above the value
    [(lambda v: v, 0), (lambda v: {"answers": {"k": v}}, 2), (lambda v: [1, "x", {"a": v}], 2)],
)
def test_limits_hold_to_the_level_and_the_item(wrap, extra):
    """Is a document exactly at each limit accepted and one past it refused, wherever the value sits?"""
    check_limits(wrap(_nested(MAX_DEPTH - extra)))
    with pytest.raises(ValueError, match="nested more than"):
        check_limits(wrap(_nested(MAX_DEPTH - extra + 1)))
    with pytest.raises(ValueError, match="nested more than"):  # an empty object counts as a level too
        check_limits(wrap(_nested(MAX_DEPTH - extra + 1, {})))
    check_limits(wrap(["x"] * MAX_ITEMS))
    with pytest.raises(ValueError, match="more than"):
        check_limits(wrap(["x"] * (MAX_ITEMS + 1)))
    with pytest.raises(ValueError, match="more than"):
        check_limits(wrap({str(n): n for n in range(MAX_ITEMS + 1)}))
    check_limits(wrap(_nested(MAX_DEPTH - extra - 1, ["a" * MAX_STRING])))  # a text deep down, at the limit
    with pytest.raises(ValueError, match="longer than"):
        check_limits(wrap(_nested(MAX_DEPTH - extra - 1, ["a" * (MAX_STRING + 1)])))


ODD_NETWORK = [
    contact("A", "inner", gave=2),
    contact("B", "close", asked=3),
    contact("C", "regular", gave=1, asked=1),
    contact("D", "acquaintance", last="2024-01-01"),  # silent for over a year: dormant
    contact("E", "dormant", last=None),
    contact("F", "acquaintance", last=None, source="linkedin"),
    contact("G", "Inner circle"),  # a label for a ring
    contact("H", "no such ring", last="2025-12-02"),  # a year and a day: dormant
    contact("I", "2", last="2025-12-03"),  # exactly a year: not yet
    # a last contact that is no date: counts as none, J counts (undated; it once made J count nowhere)
    {"id": "J", "name": "J", "ring": "close", "last_contact": "soon"},
    # an interaction without a date: skipped, K counts (undated; it once made K count nowhere: stored_day)
    {"id": "K", "name": "K", "ring": "close", "interactions": [{"kind": "call"}]},
    "not a contact",
]


@pytest.mark.parametrize("contacts", [ODD_NETWORK, ODD_NETWORK[:1], [], ODD_NETWORK[3:5]])
def test_a_participants_part_is_what_the_network_rules_count(contacts):
    """Are the size, rings, dormant ties, gives and asks put into the cohort figures exactly what
    ``summarise`` and ``reciprocity`` (the participant's own view) count?"""
    facts = Facts.of({**complete_answers(), "network.contacts": contacts})
    part = part_of(facts, TODAY)
    full = Facts.of({**complete_answers(), "network.contacts": contacts}, light=False).contacts  # Contact objects
    summary, rec = summarise(full, TODAY), reciprocity(full)
    assert (part.size, part.by_ring, part.dormant) == (summary.size, summary.by_ring, summary.dormant)
    assert part.dormant_share == (round(summary.dormant_share, 3) if summary.size else None)
    assert (part.gave, part.asked) == (rec.gave, rec.asked)
    if contacts is ODD_NETWORK:
        assert part.size == 11 and part.dormant == 3 and (part.gave, part.asked) == (3, 4)


@pytest.mark.parametrize("answers", [complete_answers(), partial_answers(), {}, {"network.contacts": ODD_NETWORK}])
def test_progress_scores_once_what_completion_and_missing_steps_say(answers):
    """Does the one-pass progress agree with completion and missing steps, and with the milestones themselves?"""
    from netkit.exercises import registry

    percent, missing = progress(answers)
    assert percent == completion(answers) and missing == missing_steps(answers)
    reading = Facts.of(answers).reading
    for exercise in registry.exercises():
        reached = [m.label for m in exercise.milestones if m.score(reading) >= 1.0]
        assert set(missing[exercise.id]).isdisjoint(reached)
        assert len(missing[exercise.id]) + len(reached) == len(exercise.milestones)


@pytest.fixture
def batched_cohort(tmp_path, monkeypatch):
    """Twelve participants read by two worker processes in batches of five, with problems mid-batch."""
    monkeypatch.setattr(read_module, "BATCH", 5)
    people = [(f"p{n}", f"Person {n:02d}", complete_answers() if n % 2 else partial_answers()) for n in range(12)]
    people[3] = ("p3", "Person 03", "corrupt")
    people[6] = ("p6", "Person 06", {**complete_answers(), SHARE: False})
    people[7] = ("p7", "Person 07", "missing")
    people[8] = ("p8", "Person 08", complete_answers())  # shares: every copy is read
    out = make_render(tmp_path / "out", people)
    os.mkfifo(out / "p-p8" / "netkit-answers.damaged-20261201-101010-000000.json")  # must never hang the worker
    return out


def test_worker_batches_keep_each_participants_problem_in_its_row(batched_cohort):
    """Do batched worker processes give exactly the inline report: every participant in manifest order,
    each problem (damaged file, missing folder, a named pipe) in its own row, the rest of the batch read?"""
    inline = collect(batched_cohort, today=TODAY, min_group=1, jobs=1)
    read_module.forget()
    batched = collect(batched_cohort, today=TODAY, min_group=1, jobs=2)
    assert batched.rows == inline.rows and batched.aggregates.to_json() == inline.aggregates.to_json()
    status = {row.name: row.status for row in batched.rows}
    assert [status[f"Person {n:02d}"] for n in (3, 6, 7, 8)] == ["problem", "opted out", "problem", "problem"]
    assert "named pipe" in next(row.problem for row in batched.rows if row.name == "Person 08")
    assert status["Person 09"] == "shared" and status["Person 02"] == "shared"


def test_a_bug_in_a_worker_is_raised_not_turned_into_a_row(batched_cohort, monkeypatch):
    """Is an unexpected error while reading (a bug) raised, while a participant's own problem stays a row?"""
    real = read_module.digest

    def failing(answers, *, today=None, **options):
        if answers and answers.get("network.contacts") and len(answers["network.contacts"]) == 2:
            raise ZeroDivisionError("a bug")
        return real(answers, today=today, **options)

    monkeypatch.setattr(read_module, "digest", failing)  # worker processes are forked: they see it too
    with pytest.raises(ZeroDivisionError):
        collect(batched_cohort, today=TODAY, min_group=1, jobs=2)

    def own_problem(answers, *, today=None, **options):
        raise AnswersError("cannot be judged", where="x")

    monkeypatch.setattr(read_module, "digest", own_problem)
    report = collect(batched_cohort, today=TODAY + _dt.timedelta(days=1), min_group=1, jobs=2)
    assert len(report.rows) == 12 and all(row.status == "problem" for row in report.rows)


def test_a_first_read_signs_each_folder_where_it_is_read(batched_cohort, monkeypatch):
    """On a first read (nothing remembered) the workers sign each folder just before reading it, instead of the
    main process signing them all first: a refresh then reads nothing again, and a folder changed since is read
    again, alone."""
    monkeypatch.setattr(read_module, "_SETTLE_NS", 0)  # the files were written a moment ago
    read_module.forget()
    first = collect(batched_cohort, today=TODAY, min_group=1, jobs=2)
    calls: list[str] = []
    real = read_module.read_consented

    def counting(copies, *, where):
        calls.append(Path(where).parent.name)
        return real(copies, where=where)

    monkeypatch.setattr(read_module, "read_consented", counting)
    again = collect(batched_cohort, today=TODAY, min_group=1, jobs=1)
    assert again.rows == first.rows and calls == []
    write_answers(batched_cohort / "p-p1", {**complete_answers(), SHARE: False})
    third = collect(batched_cohort, today=TODAY, min_group=1, jobs=1)
    assert calls == ["p-p1"]
    assert next(row.status for row in third.rows if row.name == "Person 01") == "opted out"
    read_module.forget()  # and inline: the same signatures, taken one folder at a time
    calls.clear()
    collect(batched_cohort, today=TODAY, min_group=1, jobs=1)
    assert len(calls) == 11  # every folder but the missing one
    calls.clear()
    collect(batched_cohort, today=TODAY, min_group=1, jobs=1)
    assert calls == []
