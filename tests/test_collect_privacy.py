"""A report that cannot single anyone out: no row for anonymous sharers, a group figure only from min_group up,
and figures that move only in steps of min_group people, so subtracting two reports isolates nobody."""

from __future__ import annotations

import csv
import datetime as _dt
import json
import re

from click.testing import CliRunner
from collect_data import complete_answers, make_render, partial_answers, write_answers

from netkit.coach.collect import build_report, collect, write_summary_csv
from netkit.coach.report_html import report_html, write_report
from netkit.store import schema

TODAY = _dt.date(2026, 12, 3)


def anonymous(answers: dict) -> dict:
    return {**answers, schema.SHARE_ANONYMOUSLY: True}


def network(n: int, size: int) -> dict:
    """A sharer with ``size`` contacts (distinct numbers, so a difference would show who changed)."""
    contacts = [{"id": f"{n}-{k}", "name": f"C{k}", "ring": "close", "last_contact": "2026-11-01"} for k in range(size)]
    return {schema.SHARE: True, schema.CONTACTS: contacts}


def _entries(people):
    return [({"id": pid, "name": name}, answers) for pid, name, answers in people]


def _captions(html: str) -> list[str]:
    return re.findall(r"<figcaption>(.*?)</figcaption>", html)


# --------------------------------------------------------------------------- no row for anonymous sharers
def test_an_anonymous_sharer_is_no_row_in_html_or_csv(tmp_path):
    """Is a participant sharing anonymously absent from the table, HTML and CSV (no unnamed row in roster order)?"""
    people = [
        ("a", "Ada", complete_answers()),
        ("b", "Bozidar Quill", anonymous(complete_answers())),
        ("c", "Cy", partial_answers()),
        ("d", "Di", {**complete_answers(), schema.SHARE: False}),
    ]
    report = build_report(_entries(people), today=TODAY, min_group=1)
    assert [row.name for row in report.rows] == ["Ada", "Cy", "Di"]
    assert all(row.id != "b" and row.status != "anonymous" for row in report.rows)
    html = report_html(report)
    table = html[html.index("<table") : html.index("</table>")]
    assert "anonymous" not in table.lower() and "Bozidar" not in html
    assert table.count("<tr>") == 1 + 3  # the header and three named rows
    path = write_summary_csv(report, tmp_path / "s.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert [row[0] for row in rows[1:]] == ["Ada", "Cy", "Di"]
    assert "anonym" not in path.read_text(encoding="utf-8-sig").lower()


def test_an_anonymous_sharer_who_has_not_started_is_no_row_either():
    """Is an anonymous sharer with nothing done yet left out of the table too (a 0 % row would name them)?"""
    report = build_report(_entries([("a", "Ada", complete_answers()), ("b", "Bo", anonymous({schema.SHARE: True}))]))
    assert [row.name for row in report.rows] == ["Ada"] and report.anonymous.count == 1


def test_the_anonymous_group_is_shown_only_from_min_group():
    """Is the anonymous group's progress shown only when at least min_group people share anonymously?"""
    two = [("a", "Ada", complete_answers())] + [(f"x{k}", f"X{k}", anonymous(partial_answers())) for k in range(2)]
    report = build_report(_entries(two), today=TODAY, min_group=3)
    html = report_html(report)
    assert not report.anonymous.shown and "anonymous-group" not in html
    assert "once at least 3 of them share" in html
    three = two + [("x2", "X2", anonymous(complete_answers()))]
    report = build_report(_entries(three), today=TODAY, min_group=3)
    assert report.anonymous.shown and report.anonymous.count == 3
    partial = build_report(_entries([("p", "P", partial_answers())]), min_group=1).rows[0].percent
    full = build_report(_entries([("p", "P", complete_answers())]), min_group=1).rows[0].percent
    assert report.anonymous.percent == {k: round((2 * partial[k] + full[k]) / 3) for k in full}
    assert "3 participants share without their name" in report_html(report)


def test_the_report_says_what_it_hides():
    """Does the report itself say that anonymous sharers are not listed and figures move in steps?"""
    html = report_html(build_report(_entries([("a", "Ada", complete_answers())]), min_group=3))
    assert "What this report hides" in html and "never a row of the table" in html
    assert "comparing two reports" in html


# --------------------------------------------------------------------------- no isolation by subtraction
def _cohort(out, sizes: dict[str, int]):
    people = [(pid, pid.upper(), network(k, size)) for k, (pid, size) in enumerate(sizes.items())]
    return build_report(_entries(people), today=TODAY, min_group=3)


def test_one_more_sharer_does_not_change_the_figures(tmp_path):
    """Two reports to the same file before and after one person starts sharing: are the figures the same
    (held), so that subtracting them gives nothing; and do they move once three more people changed?"""
    path = tmp_path / "report.html"
    base = {"a": 4, "b": 6, "c": 9}
    write_report(_cohort(path, base), path)
    first = path.read_text(encoding="utf-8")
    write_report(_cohort(path, {**base, "d": 13}), path)  # Dee starts sharing: 13 contacts
    second = path.read_text(encoding="utf-8")
    assert _captions(first) == _captions(second) and "19 contacts over 3 networks" in second
    assert "Held from the previous report" in second and "13" not in "".join(_captions(second))
    write_report(_cohort(path, {**base, "d": 13, "e": 2}), path)  # two changed since the figures last moved
    assert _captions(path.read_text(encoding="utf-8")) == _captions(first)
    write_report(_cohort(path, {**base, "d": 13, "e": 2, "f": 5}), path)  # three: the figures move
    third = path.read_text(encoding="utf-8")
    assert "39 contacts over 6 networks" in third and "Held from the previous report" not in third


def test_one_person_changing_their_numbers_does_not_move_the_figures(tmp_path):
    """Is one sharer adding contacts between two reports held too (the difference would be their contacts)?"""
    path = tmp_path / "report.html"
    base = {"a": 4, "b": 6, "c": 9, "d": 3}
    write_report(_cohort(path, base), path)
    first = _captions(path.read_text(encoding="utf-8"))
    write_report(_cohort(path, {**base, "a": 7}), path)
    assert _captions(path.read_text(encoding="utf-8")) == first
    write_report(_cohort(path, {**base, "a": 7, "b": 1, "c": 2}), path)
    assert _captions(path.read_text(encoding="utf-8")) != first


def test_someone_leaving_does_not_move_the_figures_either(tmp_path):
    """Is one sharer stopping held as well (before minus after would be their numbers)?"""
    path = tmp_path / "report.html"
    base = {"a": 4, "b": 6, "c": 9, "d": 3}
    write_report(_cohort(path, base), path)
    first = _captions(path.read_text(encoding="utf-8"))
    write_report(_cohort(path, {k: v for k, v in base.items() if k != "d"}), path)
    assert _captions(path.read_text(encoding="utf-8")) == first


def test_the_anonymous_group_moves_in_steps_too(tmp_path):
    """Does the anonymous group's average stay put when one more person shares anonymously?"""
    path = tmp_path / "report.html"
    people = [(f"x{k}", f"X{k}", anonymous(partial_answers())) for k in range(3)]
    write_report(build_report(_entries(people), today=TODAY, min_group=3), path)
    first = re.search(r"<p id='anonymous-group'>.*?</p>", path.read_text(encoding="utf-8")).group(0)
    people.append(("x3", "X3", anonymous(complete_answers())))
    write_report(build_report(_entries(people), today=TODAY, min_group=3), path)
    second = re.search(r"<p id='anonymous-group'>.*?</p>", path.read_text(encoding="utf-8")).group(0)
    assert "3 participants share without their name" in second and "previous report" in second
    assert first.split(":")[1][:60] == second.split(":")[1][:60]


def test_the_state_file_names_nobody(tmp_path):
    """Does the state file beside the report hold no name, id or number of anyone in clear?"""
    from netkit.coach.collect.release import state_path

    path = tmp_path / "report.html"
    write_report(_cohort(path, {"alpha": 4, "bravo": 6, "charlie": 9}), path)
    text = state_path(path).read_text(encoding="utf-8")
    assert not any(word in text.lower() for word in ("alpha", "bravo", "charlie"))
    members = json.loads(text)["figures"]["rings"]["members"]
    assert len(members) == 3 and all(re.fullmatch(r"[0-9a-f]{32}", k + v[:0]) for k, v in members.items())


def test_watch_refreshes_cannot_be_subtracted(tmp_path, monkeypatch):
    """With `collect --watch`, does one participant starting to share between two refreshes leave the
    figures unchanged (the live view is exactly the pair of reports an attacker would subtract)?"""
    from netkit.cli import cli
    from netkit.cli import collect as collect_cli

    people = [(p, p.upper(), network(k, 3 + 2 * k)) for k, p in enumerate("abc")]
    out = make_render(tmp_path / "out", people + [("d", "D", {schema.CONTACTS: []})])
    live = tmp_path / "live.html"
    captions = []

    def sleep(_seconds):
        captions.append(_captions(live.read_text(encoding="utf-8")))
        if len(captions) == 1:
            write_answers(out / "p-d", network(9, 11))  # D ticks "share" with 11 contacts
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr(collect_cli, "_sleep", sleep)
    result = CliRunner().invoke(cli, ["collect", str(out), "-o", str(live), "--watch", "5", "--min-group", "3"])
    assert result.exit_code == 0, result.output
    assert len(captions) == 2 and captions[0] == captions[1] and captions[0]


def test_the_coach_notebook_view_holds_figures_between_refreshes(tmp_path):
    """Does the coach's live widget hold its figures too when one person starts sharing between refreshes?"""
    from netkit.widgets.coach import CoachReport

    people = [(p, p.upper(), network(k, 3 + 2 * k)) for k, p in enumerate("abc")]
    out = make_render(tmp_path / "out", people + [("d", "D", {schema.CONTACTS: []})])
    widget = CoachReport(out, today=TODAY)
    before = widget.report.aggregates.contacts
    write_answers(out / "p-d", network(9, 11))
    widget.refresh()
    assert widget.report.aggregates.contacts == before and widget.report.aggregates.held
    assert collect(out, today=TODAY).aggregates.contacts == before + 11  # the unheld model itself moved


def test_a_damaged_or_odd_state_file_starts_afresh(tmp_path):
    """Is a damaged state file a fresh start, and a named pipe in its place a clear refusal (never a hang, never
    replaced)?"""
    import os
    import stat
    import threading

    from netkit.coach.collect.release import state_path
    from netkit.exceptions import OutputPathError

    path = tmp_path / "report.html"
    state_path(path).write_text("{ not json", encoding="utf-8")
    write_report(_cohort(path, {"a": 4, "b": 6, "c": 9}), path)
    assert "19 contacts over 3 networks" in path.read_text(encoding="utf-8")
    if hasattr(os, "mkfifo"):
        state_path(path).unlink()
        os.mkfifo(state_path(path))
        done = threading.Event()
        outcome: list = []

        def attempt():
            try:
                write_report(_cohort(path, {"a": 5}), path)
                outcome.append(None)
            except OutputPathError as exc:  # never replaced: the pipe is named, with the fix
                outcome.append(exc)
            done.set()

        threading.Thread(target=attempt, daemon=True).start()
        assert done.wait(20), "write_report hung on a pipe"
        assert outcome and outcome[0] is not None and "named pipe" in str(outcome[0])
        assert stat.S_ISFIFO(os.stat(state_path(path)).st_mode)  # left as it was
