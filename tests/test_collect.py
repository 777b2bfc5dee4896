"""The cohort report: progress per exercise, anonymised aggregates, opt-out, damaged folders."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import pytest
from collect_data import (
    HOSTILE,
    SECRET_CONTACT,
    SECRET_MESSAGE,
    SECRET_ORG,
    TODAY,
    complete_answers,
    make_render,
    partial_answers,
    write_answers,
)

from netkit.coach.collect import (
    OPT_OUT_KEY,
    build_report,
    collect,
    completion,
    example_entries,
    read_answers_readonly,
    read_render,
    summary_rows,
    write_summary_csv,
)
from netkit.coach.report_html import report_html, write_report
from netkit.exceptions import AnswersError, RenderError
from netkit.store.answers import FILENAME, SCHEMA
from netkit.store.schema import SHARE


@pytest.fixture
def cohort(tmp_path):
    return make_render(
        tmp_path / "out",
        [
            ("a1", "Ada Complete", complete_answers()),
            ("b2", "Bo Partial", partial_answers()),
            ("c3", "Cai Empty", None),
            ("d4", "Dee Corrupt", "corrupt"),
            ("e5", "Eve Missing", "missing"),
            ("f6", "Fox Private", {**complete_answers(), OPT_OUT_KEY: True}),
            ("g7", HOSTILE, {**partial_answers()}),
        ],
    )


def rows_by_name(report):
    return {row.name: row for row in report.rows}


def test_complete_answers_are_100_percent_everywhere():
    """Does a participant who reached every milestone show 100 % in each exercise?"""
    assert completion(complete_answers()) == {"network": 100, "outreach": 100, "reflection": 100}


def test_empty_answers_are_0_percent():
    """Does a participant with nothing saved (or odd values) count as 0 % done, without crashing?"""
    assert completion({}) == {"network": 0, "outreach": 0, "reflection": 0}
    odd = {
        "network.contacts": "oops",
        "outreach.outbox": {"a": 1},
        "reflection.plan": 7,
        "reflection.confidence_before": "high",
    }
    assert completion(odd) == {"network": 0, "outreach": 0, "reflection": 0}


def test_partial_answers_give_partial_percentages():
    """Do partial answers give the documented milestone fractions?"""
    # network: first contact, dated, give/ask logged — but fewer than 5 people: 3 of 4
    # reflection: 1 of 6 prompts, no plan, no confidence: (1/6)/3
    assert completion(partial_answers()) == {"network": 75, "outreach": 0, "reflection": 4}


def test_progress_table_statuses(cohort):
    """Does each kind of folder get the right status and numbers?"""
    rows = rows_by_name(collect(cohort, today=TODAY, min_group=1))
    assert rows["Ada Complete"].status == "shared" and rows["Ada Complete"].overall == 100
    assert rows["Bo Partial"].percent == {"network": 75, "outreach": 0, "reflection": 4}
    assert rows["Cai Empty"].status == "not started" and rows["Cai Empty"].overall == 0
    assert rows["Dee Corrupt"].status == "problem" and "damaged" in rows["Dee Corrupt"].problem
    assert rows["Eve Missing"].status == "problem" and "missing" in rows["Eve Missing"].problem
    assert rows["Fox Private"].status == "opted out" and rows["Fox Private"].percent == {}


def test_damaged_folder_is_reported_and_skipped_not_fatal(cohort):
    """Is a corrupt answers file reported on its row while everyone else is still read?"""
    report = collect(cohort, today=TODAY, min_group=1)
    assert {row.name for row in report.problems} == {"Dee Corrupt", "Eve Missing"}
    assert "skipped Dee Corrupt" in report.summary()
    assert report.aggregates.participants == 3  # Ada, Bo and the hostile-named one


def test_collect_writes_nothing_into_participant_folders(cohort):
    """Is reading read-only: no file created, moved or changed, even next to a damaged file?"""
    before = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in cohort.rglob("*")}
    collect(cohort, today=TODAY)
    after = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in cohort.rglob("*")}
    assert before == after


def test_damaged_file_falls_back_to_its_backup(tmp_path):
    """Is a damaged answers file read from its backup, as the workbook itself would?"""
    folder = tmp_path / "p"
    write_answers(folder, partial_answers())
    (folder / FILENAME).rename(folder / (FILENAME + ".bak"))
    (folder / FILENAME).write_text("not json", encoding="utf-8")
    assert read_answers_readonly(folder)["reflection.answers.regret"] == "not much"


def test_newer_schema_is_reported(tmp_path):
    """Is an answers file from a newer netkit reported rather than guessed at?"""
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / FILENAME).write_text(json.dumps({"schema": SCHEMA + 1, "answers": {}}), encoding="utf-8")
    with pytest.raises(AnswersError):
        read_answers_readonly(folder)
    assert read_answers_readonly(tmp_path / "nothing-here") is None


def test_manifest_folder_outside_the_render_is_refused(tmp_path):
    """Is a manifest entry pointing outside OUT (``..``) reported instead of read?"""
    (tmp_path / "secret").mkdir()
    write_answers(tmp_path / "secret", complete_answers())
    out = make_render(tmp_path / "out", [])
    (out / "manifest.json").write_text(
        json.dumps(
            {
                "participants": [
                    {"id": "x", "name": "X", "folder": ".."},
                    {"id": "y", "name": "Y", "folder": "../secret"},
                ]
            }
        )
    )
    report = collect(out, min_group=1)
    assert [row.status for row in report.rows] == ["problem", "problem"]
    assert report.aggregates is None


def test_missing_or_broken_manifest_is_a_friendly_error(tmp_path):
    """Does a folder without a (readable) manifest raise a RenderError with a fix?"""
    with pytest.raises(RenderError, match="no manifest"):
        read_render(tmp_path)
    (tmp_path / "manifest.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(RenderError, match="cannot be read"):
        read_render(tmp_path)


def test_aggregates_count_rings_dormant_reciprocity_findings_commitments(cohort):
    """Are the cohort numbers right, and the opted-out participant left out of them?"""
    agg = collect(cohort, today=TODAY, min_group=1).aggregates
    assert agg.participants == 3
    assert agg.network_sizes == [2, 2, 5]
    assert agg.contacts == 9
    assert agg.rings == {"inner": 3, "close": 3, "regular": 1, "acquaintance": 1, "dormant": 1}
    assert agg.dormant == 2  # Ed (dormant ring) and Di (silent since 2024), only in Ada's network
    assert agg.dormant_share == pytest.approx(2 / 9)
    assert (agg.gave, agg.asked) == (2 + 1 + 1, 1 + 3 + 3)
    assert agg.balances == [-2, -2, 1]
    assert agg.messages == 2
    assert agg.findings.get("job-ask") == 1
    assert agg.commitments == 2 and agg.cadences == {"fortnightly": 1, "monthly": 1}
    assert agg.confidence_changes == [3]


def test_opted_out_participant_counts_nowhere():
    """Does opting out remove a participant's data from every aggregate?"""
    base = [({"id": "a", "name": "A"}, complete_answers())]
    shared = build_report(base + [({"id": "b", "name": "B"}, complete_answers())], today=TODAY, min_group=1)
    private = build_report(
        base + [({"id": "b", "name": "B"}, {**complete_answers(), OPT_OUT_KEY: True})], today=TODAY, min_group=1
    )
    assert shared.aggregates.contacts == 10 and private.aggregates.contacts == 5
    assert private.aggregates.participants == 1


def test_aggregates_are_withheld_below_the_minimum_group(cohort):
    """Are charts withheld while too few participants share (one person's numbers are not anonymous)?"""
    report = collect(cohort, today=TODAY, min_group=4)
    assert report.aggregates is None
    assert "at least 4" in report_html(report)


def test_build_report_takes_an_in_memory_mapping():
    """Can a hub fetcher's {participant id: answers or error} feed the same report?"""
    report = build_report(
        {
            "p1": complete_answers(),
            "p2": AnswersError("no saved answers yet"),
            "p3": {"start.profile": {"name": "Named In Profile"}},
        },
        min_group=1,
        today=TODAY,
    )
    rows = {row.id: row for row in report.rows}
    assert rows["p1"].overall == 100
    assert rows["p2"].status == "problem" and rows["p2"].problem == "no saved answers yet"
    assert rows["p3"].name == "Named In Profile" and rows["p3"].status == "not sharing"  # never ticked "share"


def test_untouched_template_draft_is_not_counted():
    """Is a draft still exactly as the template wrote it left out (not the participant's writing yet)?"""
    template = "Hi [name], could we talk?"
    assert completion({"outreach.draft": {"text": template, "template_text": template}})["outreach"] == 0
    assert completion({"outreach.draft": {"text": template + " Thanks!", "template_text": template}})["outreach"] == 33


def test_legacy_confidence_shapes_are_read():
    """Are confidence ratings read from the widget's keys and from the other shapes exercise 3 may use?"""
    from netkit.coach.collect import Facts

    assert Facts.of({"reflection.confidence.before": 2, "reflection.confidence.after": 9}).confidence == (2, 9)
    assert Facts.of({"reflection.confidence": {"before": 4, "after": "5"}}).confidence == (4, 5)
    assert Facts.of({"reflection.confidence_before": 11}).confidence == (None, None)


def test_unknown_situation_and_odd_messages_do_not_crash():
    """Does a message with a situation id this netkit does not know still get the general rules?"""
    answers = {
        "outreach.outbox": [
            {"text": "Any job openings? Please find me a job.", "situation": "made-up"},
            "a bare string message",
            42,
            {"text": None},
        ],
        SHARE: True,
    }
    report = build_report([({"id": "x", "name": "X"}, answers)], min_group=1, today=TODAY)
    assert report.aggregates.messages == 2


def test_contacts_and_message_texts_never_reach_html_or_csv(cohort, tmp_path):
    """Do contacts' names, organisations, notes, message and reflection texts stay out of both files?"""
    report = collect(cohort, today=TODAY, min_group=1)
    html = write_report(report, tmp_path / "r.html").read_text(encoding="utf-8")
    csv_text = write_summary_csv(report, tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    for secret in (
        SECRET_CONTACT,
        SECRET_ORG,
        "owes me a favour",
        SECRET_MESSAGE,
        "lighthouse",
        "Bea",
        "openings for a job",
    ):
        assert secret not in html
        assert secret not in csv_text
    assert "Ada Complete" in html and "Ada Complete" in csv_text  # participants' own names may appear


def test_hostile_participant_name_is_escaped(cohort):
    """Does a name like <img src=x onerror=alert(1)> show literally, never as markup?"""
    html = report_html(collect(cohort, today=TODAY, min_group=1))
    assert HOSTILE not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html


def test_report_is_self_contained_with_charts(cohort):
    """Does the report carry its five charts inline, with no external resource?"""
    html = report_html(collect(cohort, today=TODAY, min_group=1))
    assert html.count("data:image/png;base64,") == 5
    assert "http://" not in html and "https://" not in html and "<script" not in html


def test_csv_has_bom_and_neutralises_formulas(tmp_path):
    """Is the CSV UTF-8 with BOM, and is a formula-like participant name neutralised?"""
    out = make_render(
        tmp_path / "out",
        [
            ("a", '=HYPERLINK("http://evil")', partial_answers()),
            ("b", "+1 Plus", None),
            ("c", "-minus", None),
            ("d", "@at", None),
            ("e", "=1+1", None),
            ("f", "Zoë", None),
        ],
    )
    path = write_summary_csv(collect(out), tmp_path / "s.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv

    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    names = [row[0] for row in rows[1:]]
    assert names == ['\'=HYPERLINK("http://evil")', "'+1 Plus", "'-minus", "'@at", "'=1+1", "Zoë"]


def test_opted_out_row_in_csv_has_no_numbers(cohort):
    """Does an opted-out participant appear in the CSV with no data?"""
    rows = {row[0]: row for row in summary_rows(collect(cohort, today=TODAY))}
    assert rows["Fox Private"][1:] == ["opted out", "", "", "", "", ""]


def test_progress_bar_can_be_shown(cohort, capsys):
    """Does reading a cohort with progress=True still return every participant?"""
    assert len(read_render(cohort, progress=True)) == 7


def test_example_cohort_builds_a_full_report():
    """Does the bundled fictional cohort give a report with charts (used by the coach notebook)?"""
    report = build_report(example_entries(TODAY), today=TODAY)
    assert report.aggregates is not None and report.aggregates.contacts > 0
    assert report.count("opted out") == 1


def test_worker_processes_give_the_same_report_as_reading_inline(cohort):
    """Does reading with worker processes (a large cohort's default) give exactly the inline result,
    problems, notes and the sharing verdicts included?"""
    inline = collect(cohort, today=TODAY, min_group=1, jobs=1)
    parallel = collect(cohort, today=TODAY, min_group=1, jobs=2)
    assert parallel.rows == inline.rows and parallel.anonymous == inline.anonymous
    assert parallel.aggregates.to_json() == inline.aggregates.to_json()
    assert any(row.status == "problem" for row in parallel.rows)


def test_a_refresh_reads_only_the_folders_that_changed(cohort, monkeypatch):
    """Does a second collect (a --watch or notebook refresh) read again only the folders where a copy changed,
    and does a participant unticking "share" since the last refresh count as opted out at once?"""
    from netkit.coach.collect import read as read_module

    monkeypatch.setattr(read_module, "_SETTLE_NS", 0)  # the files were written a moment ago (see below)
    first = collect(cohort, today=TODAY, min_group=1, jobs=1)
    calls = []
    real = read_module.read_consented

    def counting(copies, *, where):
        calls.append(str(where))
        return real(copies, where=where)

    monkeypatch.setattr(read_module, "read_consented", counting)
    again = collect(cohort, today=TODAY, min_group=1, jobs=1)
    assert again.rows == first.rows and calls == []
    write_answers(cohort / "p-a1", {**complete_answers(), SHARE: False})  # Ada unticks "share"
    (cohort / "p-b2" / "netkit-answers.damaged-20261201-101010-000000.json").write_text('{"sharing.share": false')
    third = rows_by_name(collect(cohort, today=TODAY, min_group=1, jobs=1))
    assert third["Ada Complete"].status == "opted out" and third["Bo Partial"].status == "opted out"
    assert sorted(Path(c).parent.name for c in calls) == ["p-a1", "p-b2"]
    assert collect(cohort, today=TODAY + _dt.timedelta(days=400), min_group=1, jobs=1) and len(calls) > 2  # new day
    # a copy written within the last two seconds is read again however often (file times are coarse)
    monkeypatch.setattr(read_module, "_SETTLE_NS", 2_000_000_000)
    write_answers(cohort / "p-a1", complete_answers())
    calls.clear()
    collect(cohort, today=TODAY, min_group=1, jobs=1)
    collect(cohort, today=TODAY, min_group=1, jobs=1)
    assert [Path(c).parent.name for c in calls].count("p-a1") == 2
