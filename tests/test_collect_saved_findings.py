"""collect counts the warnings the composer saved with each message only when they still hold; its figures are
always a full re-lint's: older answers files, a newer linter, texts edited by hand and malformed records alike."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from collect_data import TODAY, complete_answers, make_render, partial_answers

from netkit.coach.collect import collect
from netkit.coach.collect import read as read_module
from netkit.coach.collect.facts import Facts
from netkit.coach.collect.figures import part_of
from netkit.exceptions import AnswersError
from netkit.exercises.outreach import saved_findings
from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.saved_findings import LINTED_KEY, fingerprint, linted_record, situation_of
from netkit.store import schema
from netkit.store.answers import AnswersStore
from netkit.store.schema import SHARE

MESSAGES = Path(__file__).parent / "fixtures" / "messages"
RELATIONSHIPS = (None, "stranger", "teammate", "friend", "acquaintance")


def _drafts() -> list[tuple[str, str, str | None]]:
    out = []
    for name, language in (("corpus.toml", None), ("corpus.de.toml", "de"), ("corpus.es.toml", "es")):
        for m in tomllib.loads((MESSAGES / name).read_text("utf-8")).get("message", []):
            out.append((m["text"], m.get("situation", ""), language))
    return out


DRAFTS = _drafts()


def _entry(n: int, k: int, *, saved: bool = True) -> dict:
    """The k-th outbox entry of participant n: a corpus draft, with the record the composer saves."""
    text, situation_id, language = DRAFTS[(7 * n + 3 * k) % len(DRAFTS)]
    relationship = RELATIONSHIPS[(n + k) % len(RELATIONSHIPS)]
    entry = {"id": f"m{n}-{k}", "contact": f"C{k}", "situation": situation_id, "text": text, "sent_on": None}
    if saved:
        entry[LINTED_KEY] = linted_record(text, situation_of(situation_id), relationship, language)
    return entry


def _participant(n: int) -> dict:
    answers = complete_answers() if n % 3 else partial_answers()
    answers[schema.OUTBOX] = [_entry(n, k, saved=n % 4 != 0) for k in range(4)]  # every fourth: an older file
    answers[SHARE] = True
    text, situation_id, language = DRAFTS[(11 * n) % len(DRAFTS)]
    answers[schema.OUTREACH_DRAFT] = {
        "text": text,
        "situation": situation_id,
        LINTED_KEY: linted_record(text, situation_of(situation_id), None, language),
    }
    return answers


def _relinted(answers: dict) -> dict:
    """The same answers with only the lint call's inputs kept: collect must lint every message itself."""
    out = copy.deepcopy(answers)
    for item in [*out.get(schema.OUTBOX, []), out.get(schema.OUTREACH_DRAFT)]:
        if isinstance(item, dict) and isinstance(item.get(LINTED_KEY), dict):
            record = item[LINTED_KEY]
            item[LINTED_KEY] = {"relationship": record.get("relationship"), "language": record.get("language")}
    return out


def _report(tmp_path, name: str, cohort: list[dict], jobs: int = 1):
    out = make_render(tmp_path / name, [(f"p{n}", f"Person {n:02d}", a) for n, a in enumerate(cohort)])
    read_module.forget()
    return collect(out, today=TODAY, min_group=1, jobs=jobs)


def _figures(report) -> tuple:
    return report.aggregates.to_json(), report.aggregates.members, [(r.name, r.status) for r in report.rows]


@pytest.fixture
def lint_calls(monkeypatch):
    from netkit.exercises.outreach import lint as lint_module

    calls = []
    real = lint_module.lint
    monkeypatch.setattr(lint_module, "lint", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    return calls


COHORT = [_participant(n) for n in range(16)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_saved_findings_give_a_full_relints_figures(tmp_path, jobs):
    """A cohort whose messages carry the composer's records (and some older files without): the report, in one
    process and in worker processes, is the one collect makes when it lints every message itself."""
    saved = _report(tmp_path, "saved", COHORT, jobs)
    relinted = _report(tmp_path, "relinted", [_relinted(a) for a in COHORT], jobs)
    assert _figures(saved) == _figures(relinted)
    assert saved.aggregates.messages > 60 and len(saved.aggregates.findings) > 5


def test_saved_findings_are_taken_without_linting(lint_calls):
    """The records hold: no message of a participant whose file is new is linted again (that is the saving)."""
    answers = _participant(1)
    del lint_calls[:]
    part = part_of(Facts.of(answers), TODAY)
    assert not lint_calls and len(part.rules) == 5
    assert part == part_of(Facts.of(_relinted(answers)), TODAY) and len(lint_calls) == 5


def test_the_warning_rules_written_out_are_the_linters():
    """The warning rule ids a saved record is checked against without importing the linter are its RULEBOOK's."""
    from netkit.exercises.outreach.lint import RULEBOOK

    assert frozenset(rule.id for rule in RULEBOOK if rule.severity == "warning") == saved_findings.WARNING_RULES


def test_collecting_saved_findings_never_imports_the_linter(tmp_path):
    """Every record holds: collect (in one process, and with workers) takes them without importing the linter
    (about a second of CPU per process); a record that does not hold is linted, which imports it."""
    cohort = [_participant(n) for n in range(1, 4)]  # all newer files (every fourth is an older one)
    out = make_render(tmp_path / "saved", [(f"p{n}", f"Person {n:02d}", a) for n, a in enumerate(cohort)])
    older = make_render(tmp_path / "older", [("p0", "Person 00", _participant(0))])
    script = (
        "import sys\n"
        "from netkit.coach.collect import collect\n"
        "from netkit.coach.collect.read import forget\n"
        "for out in sys.argv[1:]:\n"
        "    forget()\n"
        "    collect(out, min_group=1, jobs=1)\n"
        "    collect(out, min_group=1, jobs=2)\n"
        "    print('netkit.exercises.outreach.lint' in sys.modules)\n"
    )
    root = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", script, str(out), str(older)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": root},
    )
    assert done.stdout.split() == ["False", "True"]


def test_an_older_answers_file_is_linted_as_before(lint_calls):
    """No record at all (a file from before they were saved): every message linted under its situation, with no
    relationship and no language, exactly the figure collect made then."""
    answers = _participant(4)
    assert not any(LINTED_KEY in entry for entry in answers[schema.OUTBOX])
    del answers[schema.OUTREACH_DRAFT][LINTED_KEY]
    del lint_calls[:]
    part = part_of(Facts.of(answers), TODAY)
    expected = []
    for text, situation_id in Facts.of(answers).messages:
        try:
            found = lint(text, situation_id or None)
        except Exception:
            found = lint(text, None)
        expected.append(sorted({f.rule for f in found if f.severity == "warning"}))
    assert part.rules == expected and len(lint_calls) >= 5


def test_a_newer_linter_lints_every_saved_message_again(tmp_path, monkeypatch):
    """Records saved by another linter version: all linted again, the figures still a full re-lint's."""
    with monkeypatch.context() as patched:
        patched.setattr(saved_findings, "lint_version", lambda: "last month's linter")
        old = [_participant(n) for n in range(6)]
    for answers in old:  # what last month's linter found is not what today's finds: wrong on purpose
        for entry in answers[schema.OUTBOX]:
            if LINTED_KEY in entry:
                entry[LINTED_KEY]["warnings"] = ["pressure"]
    stale = _report(tmp_path, "stale", old)
    assert _figures(stale) == _figures(_report(tmp_path, "fresh", [_relinted(a) for a in old]))


def test_texts_edited_by_hand_are_linted_again(tmp_path):
    """Texts (and situations) changed in the file after the record was saved: their own findings are counted."""
    edited = copy.deepcopy(COHORT[:6])
    for n, answers in enumerate(edited):
        for k, entry in enumerate(answers[schema.OUTBOX]):
            if k % 2:
                entry["text"] = DRAFTS[(5 * n + k + 1) % len(DRAFTS)][0]
            elif n % 2:
                entry["situation"] = "thank-you"
    report = _report(tmp_path, "edited", edited)
    assert _figures(report) == _figures(_report(tmp_path, "fresh", [_relinted(a) for a in edited]))


BAD_RECORDS = ["pressure", 7, ["job-ask"], {"warnings": "job-ask", "fingerprint": 1}, {"warnings": [None]}]


def test_a_malformed_record_stays_in_its_participants_row(tmp_path):
    """One participant's records are malformed in every way: they are read and counted (linted again), their row is
    an ordinary one, and everyone else's part is what it was."""
    cohort = copy.deepcopy(COHORT[:6])
    for k, entry in enumerate(cohort[2][schema.OUTBOX]):
        entry[LINTED_KEY] = BAD_RECORDS[k % len(BAD_RECORDS)]
    cohort[2][schema.OUTREACH_DRAFT][LINTED_KEY] = BAD_RECORDS[-1]
    report = _report(tmp_path, "bad", cohort)
    assert [row.status for row in report.rows] == ["shared"] * 6
    assert _figures(report) == _figures(_report(tmp_path, "fresh", [_relinted(a) for a in cohort]))


def test_a_forged_record_changes_only_its_own_participants_counts(tmp_path):
    """A participant who rewrites their records by hand (list and fingerprint) changes the counts of their own
    messages, as editing the texts would; every other participant's part, and their rows, stay the same."""
    cohort = copy.deepcopy(COHORT[:6])
    for entry in cohort[1][schema.OUTBOX]:
        record = entry[LINTED_KEY]
        forged = {**record, "warnings": ["pressure"]}
        forged["fingerprint"] = fingerprint(
            entry["text"], situation_of(entry["situation"]), record["relationship"], record["language"]
        )
        entry[LINTED_KEY] = forged
    honest, forged_report = _report(tmp_path, "honest", COHORT[:6]), _report(tmp_path, "forged", cohort)
    mine = "p1"
    for figure, members in forged_report.aggregates.members.items():
        others = {key: value for key, value in members.items() if key != mine}
        assert others == {key: value for key, value in honest.aggregates.members[figure].items() if key != mine}
    assert forged_report.aggregates.members["findings"][mine] != honest.aggregates.members["findings"][mine]
    assert [(r.name, r.status) for r in forged_report.rows] == [(r.name, r.status) for r in honest.rows]


@pytest.mark.parametrize("value", ["job-ask", ["job-ask"], 3, True])
def test_a_download_whose_record_is_not_a_record_is_refused_with_a_message(tmp_path, value):
    """Resuming a download: ``linted`` must be an object (what the composer writes); anything else is refused with a
    message naming the list, the message and the field, before anything is written."""
    store = AnswersStore(tmp_path, debounce=0)
    entry = {**_entry(1, 0), LINTED_KEY: value}
    doc = {"kind": "netkit-answers-export", "schema": 2, "answers": {schema.OUTBOX: [entry]}}
    with pytest.raises(AnswersError, match="'linted'"):
        store.resume_document(doc)
    store.resume_document({**doc, "answers": {schema.OUTBOX: [_entry(1, 0)]}})
    assert store.get(schema.OUTBOX)[0][LINTED_KEY] == _entry(1, 0)[LINTED_KEY]


def test_the_limits_read_other_mappings_sequences_and_texts_as_json_ones():
    """check_limits tests JSON's exact types first (the quick path): a mapping, a list or a text of a subclass is
    still walked and held to every limit."""
    from collections import OrderedDict

    from netkit.store.document import MAX_DEPTH, MAX_ITEMS, MAX_STRING, check_limits

    class Text(str):
        pass

    class Items(list):
        pass

    deep: object = "x"
    for _ in range(MAX_DEPTH):
        deep = OrderedDict(k=deep)
    check_limits(deep["k"])
    with pytest.raises(ValueError, match="nested more than"):
        check_limits(Items([deep]))
    with pytest.raises(ValueError, match="longer than"):
        check_limits(OrderedDict(k=[Text("a" * (MAX_STRING + 1))]))
    with pytest.raises(ValueError, match="more than"):
        check_limits({"k": Items([0] * (MAX_ITEMS + 1))})
    check_limits(OrderedDict(k=Items([Text("a" * MAX_STRING)])))
