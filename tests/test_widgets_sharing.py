"""The sharing choice: unticked at first, saved as sharing.share in every copy, honoured by collect."""

from __future__ import annotations

import json

from collect_data import complete_answers, make_render

from netkit.coach.collect import build_report, collect
from netkit.store import schema
from netkit.store.answers import AnswersStore
from netkit.widgets.sharing import ANONYMOUS_LABEL, EXPLANATION, SHARE_LABEL, SharingChoice


def test_sharing_starts_unticked_and_building_writes_nothing(store):
    """Is the box unticked on a fresh workbook, without saving anything just by being built?"""
    widget = SharingChoice(store=store)
    assert widget.checkbox.value is False and not widget.sharing and widget.anonymous.value is False
    store.flush()
    assert schema.SHARE not in store
    assert not store.path.exists()


def test_ticking_saves_share_in_main_and_backup_and_survives_a_restart(tmp_path):
    """Does ticking save sharing.share = true in both copies, restored after a kernel restart?"""
    store = AnswersStore(tmp_path, debounce=0)
    SharingChoice(store=store).checkbox.value = True
    for path in (store.path, store.backup_path):
        assert json.loads(path.read_text())["answers"][schema.SHARE] is True
    again = SharingChoice(store=AnswersStore(tmp_path, debounce=0))
    assert again.checkbox.value is True and "with your name" in again._status.value
    again.checkbox.value = False
    assert AnswersStore(tmp_path).get(schema.SHARE) is False
    assert "not sharing" in again._status.value


def test_labels_say_what_the_coach_sees(store):
    """Do the labels say the name is shown in the coach's table, and offer sharing without it?"""
    widget = SharingChoice(store=store)
    assert widget.checkbox.description == SHARE_LABEL and "my name" in SHARE_LABEL
    assert widget.anonymous.description == ANONYMOUS_LABEL and "anonymously" in ANONYMOUS_LABEL
    assert "Never shared" in EXPLANATION and "progress table" in EXPLANATION and "text of your messages" in EXPLANATION


def test_collect_honours_the_checkbox(tmp_path):
    """Does an unticked participant appear as not sharing / opted out with no data, and an anonymous one without
    name?"""
    people = [("a", "Ada", complete_answers()), ("b", "Bo", complete_answers()), ("c", "Cy", complete_answers())]
    out = make_render(tmp_path / "out", people)
    bo = SharingChoice(store=AnswersStore(out / "p-b", debounce=0))
    bo.checkbox.value = True
    bo.checkbox.value = False
    cy = SharingChoice(store=AnswersStore(out / "p-c", debounce=0))
    cy.checkbox.value = True
    cy.anonymous.value = True
    report = collect(out, min_group=1)
    rows = {row.name: row for row in report.rows}
    assert rows["Bo"].status == "opted out" and rows["Bo"].percent == {}
    assert "Cy" not in rows and len(rows) == 2 and report.anonymous.count == 1  # no row at all, not even unnamed
    assert report.aggregates.participants == 2


def test_an_old_opt_out_is_cleared_by_ticking(tmp_path):
    """Does ticking the box in a workbook that once opted out (older netkit) share from then on?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set(schema.OPT_OUT, True)
    widget = SharingChoice(store=store)
    assert widget.checkbox.value is False
    widget.checkbox.value = True
    out_answers = AnswersStore(tmp_path).as_dict()
    assert schema.OPT_OUT not in out_answers and out_answers[schema.SHARE] is True


def test_only_an_explicit_yes_shares():
    """Is an odd value (a string, null, nothing) read as not sharing?"""
    report = build_report(
        [
            ({"name": "A"}, {**complete_answers(), schema.SHARE: "yes"}),
            ({"name": "B"}, {**complete_answers(), schema.SHARE: None}),
            ({"name": "C"}, {**complete_answers(), schema.SHARE: True}),
        ],
        min_group=1,
    )
    assert [row.status for row in report.rows] == ["not sharing", "not sharing", "shared"]


def test_a_no_in_any_copy_wins(tmp_path):
    """When the main file says share but the backup or a damaged copy says no, is the participant left out?"""
    people = [("a", "Ada", complete_answers()), ("b", "Bo", complete_answers()), ("c", "Cy", complete_answers())]
    out = make_render(tmp_path / "out", people)
    main = json.loads((out / "p-a" / "netkit-answers.json").read_text())
    backup = {**main, "answers": {**main["answers"], schema.SHARE: False}}
    (out / "p-a" / "netkit-answers.json.bak").write_text(json.dumps(backup))
    # Bo's main file is damaged and set aside by his workbook; the damaged copy (unparseable) said no.
    (out / "p-b" / "netkit-answers.damaged-20261201-101010-000000.json").write_text(
        '{"schema": 2, "answers": {"sharing.share": false, "network.con'
    )
    # Cy's main file is damaged now and the older backup says yes; the damaged main said no.
    (out / "p-c" / "netkit-answers.json.bak").write_text((out / "p-c" / "netkit-answers.json").read_text())
    (out / "p-c" / "netkit-answers.json").write_text('{"schema": 2, "answers": {"sharing.opt_out": true, "x"')
    rows = {row.name: row for row in collect(out, min_group=1).rows}
    assert rows["Ada"].status == "opted out"
    assert rows["Bo"].status == "opted out"
    assert rows["Cy"].status == "opted out" and "damaged" in rows["Cy"].note
