"""The opt-out checkbox: sharing on by default, saved as sharing.opt_out, honoured by collect."""

from __future__ import annotations

from netkit.answers import AnswersStore
from netkit.collect import OPT_OUT_KEY, build_report, collect
from netkit.widgets.sharing import EXPLANATION, SharingChoice

from test_collect import complete_answers, make_render


def test_sharing_is_on_by_default_and_building_writes_nothing(store):
    """Is the box ticked on a fresh workbook, without saving anything just by being built?"""
    widget = SharingChoice(store=store)
    assert widget.checkbox.value is True and widget.sharing
    store.flush()
    assert OPT_OUT_KEY not in store
    assert not store.path.exists()


def test_unticking_saves_opt_out_and_survives_a_restart(tmp_path):
    """Does unticking save sharing.opt_out = true, restored after a kernel restart?"""
    store = AnswersStore(tmp_path, debounce=0)
    SharingChoice(store=store).checkbox.value = False
    store.flush()
    assert AnswersStore(tmp_path).get(OPT_OUT_KEY) is True
    again = SharingChoice(store=AnswersStore(tmp_path, debounce=0))
    assert again.checkbox.value is False
    assert "opted out" in again._status.value
    again.checkbox.value = True
    again.store.flush()
    assert AnswersStore(tmp_path).get(OPT_OUT_KEY) is False


def test_explanation_says_what_is_and_is_not_shared(store):
    """Does the widget say plainly that names and message texts are never shared?"""
    assert "Never shared" in EXPLANATION and "names" in EXPLANATION and "text of your messages" in EXPLANATION
    assert "Share my anonymised progress with my coach" == SharingChoice(store=store).checkbox.description


def test_collect_honours_the_checkbox(tmp_path):
    """Does a participant who unticked the box appear in the coach's report as opted out, with no data?"""
    out = make_render(tmp_path / "out", [("a", "Ada", complete_answers()), ("b", "Bo", complete_answers())])
    store = AnswersStore(out / "p-b", debounce=0)
    SharingChoice(store=store).checkbox.value = False
    store.flush()
    report = collect(out, min_group=1)
    rows = {row.name: row for row in report.rows}
    assert rows["Bo"].status == "opted out" and rows["Bo"].percent == {}
    assert report.aggregates.participants == 1


def test_only_a_true_opt_out_counts():
    """Is an odd value (a string, null) read as still sharing, as the box shows it?"""
    report = build_report([({"name": "A"}, {OPT_OUT_KEY: "yes", **complete_answers()}),
                           ({"name": "B"}, {OPT_OUT_KEY: None, **complete_answers()})], min_group=1)
    assert [row.status for row in report.rows] == ["shared", "shared"]
