"""Change times from a clock that is wrong (ahead or behind by minutes or a year) lose nothing.

Every change in the answers file carries a change time, and when two versions of one answer meet
the later one wins. A kernel, laptop or phone whose clock runs ahead writes times that a correct
clock cannot beat; these tests pin the rules that make that harmless (see docs/answers.md, "Clocks").
"""

from __future__ import annotations

import datetime as _dt
import json
import time

from netkit.store import schema
from netkit.store.answers import AnswersStore
from netkit.store.clock import MAX_SKEW, HybridClock
from netkit.store.merge import merge_documents

C = schema.CONTACTS
P = schema.PLAN
REGRET = "reflection.answers.regret"
YEAR = 365 * 24 * 3600 * 10**9
MINUTE = 60 * 10**9


def contact(ident: str, **extra) -> dict:
    return {"id": ident, "name": ident.title(), "ring": "close", **extra}


def write_doc(folder, answers: dict, changes: dict, deleted: dict | None = None) -> None:
    doc = {"schema": 2, "saved_at": "2027-12-01T00:00:00+00:00", "answers": answers, "changes": changes}
    if deleted:
        doc["deleted"] = deleted
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "netkit-answers.json").write_text(json.dumps(doc))


def on_disk(store: AnswersStore) -> dict:
    return json.loads(store.path.read_text())


def skewed(offset_ns: int) -> HybridClock:
    return HybridClock(wall=lambda: time.time_ns() + offset_ns)


# ----------------------------------------------------------------------------- a later edit here wins
def test_a_contacts_ring_saved_by_a_fast_clock_can_still_be_changed(tmp_path):
    """A contact saved by a clock a year ahead: does changing its ring here (twice) stick?"""
    write_doc(tmp_path, {C: [contact("kofi")]}, {C: {"kofi": time.time_ns() + YEAR}})
    store = AnswersStore(tmp_path, debounce=0)
    store.set(C, [contact("kofi", ring="far")])
    assert AnswersStore(tmp_path).get(C)[0]["ring"] == "far"
    again = AnswersStore(tmp_path, debounce=0)
    again.set(C, [contact("kofi", ring="middle")])
    assert AnswersStore(tmp_path).get(C)[0]["ring"] == "middle"


def test_an_answer_edited_three_times_after_a_fast_clock_keeps_the_last(tmp_path):
    """One answer saved a year ahead, then edited three times on a correct clock: is the third edit kept?"""
    write_doc(tmp_path, {REGRET: "from the fast clock"}, {REGRET: time.time_ns() + YEAR})
    for text in ("first", "second", "third"):
        store = AnswersStore(tmp_path, debounce=0)
        store.set(REGRET, text)
    assert AnswersStore(tmp_path).get(REGRET) == "third"
    # And in one kernel, without reopening.
    store = AnswersStore(tmp_path, debounce=0)
    for text in ("fourth", "fifth", "sixth"):
        store.set(REGRET, text)
    assert AnswersStore(tmp_path).get(REGRET) == "sixth"


def test_a_kernel_whose_clock_runs_behind_still_wins_with_its_later_edits(tmp_path):
    """A kernel whose clock is a year behind edits what a correct one saved: does its later edit win?"""
    AnswersStore(tmp_path, debounce=0).set(REGRET, "correct clock")
    AnswersStore(tmp_path, debounce=0).set(C, [contact("kofi")])
    slow = AnswersStore(tmp_path, debounce=0, clock=skewed(-YEAR))
    slow.set(REGRET, "slow clock, later")
    slow.set(C, [])
    reloaded = AnswersStore(tmp_path)
    assert reloaded.get(REGRET) == "slow clock, later" and reloaded.get(C) == []


def test_a_future_dated_plan_deletion_does_not_stop_adding_the_person_again(tmp_path):
    """A plan line deleted by a clock a year ahead: can the participant add that person again, and does it stay?"""
    from netkit.widgets.reflection.plan import PlanBuilder

    write_doc(tmp_path, {P: []}, {P: {}}, deleted={P: {"ama owusu": time.time_ns() + YEAR}})
    store = AnswersStore(tmp_path, debounce=0)
    builder = PlanBuilder(store=store, today=_dt.date(2026, 12, 1))
    builder.person.value = "Ama Owusu"
    builder.first_step.value = "coffee"
    builder.first_date.value = _dt.date(2026, 12, 20)
    builder._on_add()
    assert [line["person"] for line in AnswersStore(tmp_path).get(P)] == ["Ama Owusu"]


def test_a_future_dated_contact_deletion_does_not_stop_adding_it_again(tmp_path):
    """The same for a contact's tombstone (any list of records obeys one rule)."""
    write_doc(tmp_path, {C: []}, {C: {}}, deleted={C: {"kofi": time.time_ns() + YEAR}})
    AnswersStore(tmp_path, debounce=0).set(C, [contact("kofi")])
    assert [c["id"] for c in AnswersStore(tmp_path).get(C)] == ["kofi"]


def test_a_future_time_does_not_spread_to_later_edits(tmp_path):
    """After reading a time a year ahead, are the change times this kernel writes near its own clock
    (at most MAX_SKEW ahead), not a year ahead?"""
    write_doc(tmp_path, {REGRET: "x", C: [contact("kofi")]}, {REGRET: time.time_ns() + YEAR, C: {"kofi": 1}})
    store = AnswersStore(tmp_path, debounce=0)
    store.set(C, [contact("kofi", notes="edited")])
    written = on_disk(store)["changes"][C]["kofi"]
    assert written <= time.time_ns() + MAX_SKEW + MINUTE


def test_files_written_by_earlier_versions_still_load_and_merge(tmp_path):
    """A schema-1 file (no change times) and a file with plain nanosecond times (before this clock) load, and
    edits made now win over them."""
    old = tmp_path / "old"
    old.mkdir()
    (old / "netkit-answers.json").write_text(json.dumps({"schema": 1, "answers": {REGRET: "old", C: [{"name": "A"}]}}))
    store = AnswersStore(old, debounce=0)
    assert store.get(REGRET) == "old" and store.get(C)[0]["name"] == "A"
    store.set(REGRET, "new")
    assert AnswersStore(old).get(REGRET) == "new"
    plain = tmp_path / "plain"
    write_doc(plain, {REGRET: "plain", C: [contact("kofi")]}, {REGRET: time.time_ns(), C: {"kofi": time.time_ns()}})
    store = AnswersStore(plain, debounce=0)
    store.set(REGRET, "now")
    store.set(C, [contact("kofi", ring="far")])
    assert AnswersStore(plain).get(REGRET) == "now" and AnswersStore(plain).get(C)[0]["ring"] == "far"


# ----------------------------------------------------------------------------- resume
def _future_export(tmp_path) -> dict:
    phone = AnswersStore(tmp_path / "phone", debounce=0, clock=skewed(YEAR))
    phone.set(C, [contact("ama"), contact("kofi")])
    phone.set(REGRET, "from the phone")
    return json.loads(json.dumps(phone.export_document()))


def test_a_resumed_zip_from_a_fast_clock_lets_later_edits_and_deletions_win(tmp_path):
    """Resuming a download made on a phone a year ahead: do the edits and deletions made after it stick,
    and is the participant told the times were brought back to now?"""
    export = _future_export(tmp_path)
    store = AnswersStore(tmp_path / "laptop", debounce=0)
    report = store.resume_document(export)
    assert "ahead of this computer's clock" in report.summary() and report.clamped == 3
    stamps = on_disk(store)["changes"]
    assert max([stamps[REGRET], *stamps[C].values()]) <= time.time_ns() + MAX_SKEW
    # A later edit and deletion, in another kernel that never saw the resume happen.
    later = AnswersStore(tmp_path / "laptop", debounce=0)
    later.set(C, [contact("kofi", ring="far")])
    later.set(REGRET, "edited after the resume")
    reloaded = AnswersStore(tmp_path / "laptop")
    assert reloaded.get(C) == [contact("kofi", ring="far")] and reloaded.get(REGRET) == "edited after the resume"


def test_a_resume_without_future_times_says_nothing_about_clocks(tmp_path):
    """Is the clock notice only given when some time was ahead?"""
    laptop = AnswersStore(tmp_path / "a", debounce=0)
    laptop.set(C, [contact("ama")])
    report = AnswersStore(tmp_path / "b", debounce=0).resume_document(json.loads(json.dumps(laptop.export_document())))
    assert report.clamped == 0 and "clock" not in report.summary()


# ----------------------------------------------------------------------------- clamping in a merge
def test_a_merge_clamps_times_far_ahead_of_the_saving_machine():
    """Two versions nobody saw the other of, both far ahead (six minutes, two years): both count as the saving
    machine's clock + MAX_SKEW, so the later fake time does not win; the version on disk stays and the other is
    kept in superseded. Unclamped, two years ahead would have won."""
    now = time.time_ns()
    base = {"answers": {REGRET: "six minutes ahead"}, "changes": {REGRET: now + 6 * MINUTE}}
    incoming = {"answers": {REGRET: "two years ahead"}, "changes": {REGRET: now + 2 * YEAR}, "based": {REGRET: None}}
    doc, report = merge_documents(base, incoming, now=now)
    assert doc["answers"][REGRET] == "six minutes ahead" and report.kept == {REGRET: 1}
    assert [s["value"] for s in doc["superseded"]] == ["two years ahead"]
    unclamped, _ = merge_documents(base, incoming)
    assert unclamped["answers"][REGRET] == "two years ahead"


def test_the_hybrid_clock_is_monotonic_and_follows_what_it_saw():
    """Does each tick come after the last one and after every (clamped) time observed, whatever the wall says?"""
    walls = iter([10 * MINUTE, 5 * MINUTE, 20 * MINUTE, 20 * MINUTE])
    clock = HybridClock(wall=lambda: next(walls), node=7)
    first = clock.now()
    second = clock.now()  # the wall went back by 5 minutes
    assert second > first
    clock.observe(second + YEAR)  # clamped: the wall (20 min) + MAX_SKEW
    third = clock.now()
    assert 20 * MINUTE + MAX_SKEW < third < second + YEAR
    assert first % 1000 == second % 1000 == third % 1000 == 7  # the node keeps two devices' ticks apart


# ----------------------------------------------------------------------------- every losing edit is recoverable
def test_a_losing_edit_on_disk_reaches_superseded_and_survives_later_saves(tmp_path):
    """Tab B edits a contact and saves; tab A, which never saw B's edit, edits it later and saves. Is B's edit
    in superseded, and still there after more saves (the backup alone is overwritten by the next save)?"""
    a = AnswersStore(tmp_path, debounce=3600)
    a.set(C, [contact("kofi")])
    a.flush()
    b = AnswersStore(tmp_path, debounce=3600)
    b.set(C, [contact("kofi", notes="B, earlier")])
    b.flush()
    a.set(C, [contact("kofi", notes="A, later")])
    a.flush()
    for n in range(3):
        a.set(REGRET, f"save {n}")
        a.flush()
    doc = on_disk(a)
    assert doc["answers"][C] == [contact("kofi", notes="A, later")]
    assert [s["value"]["notes"] for s in doc["superseded"] if s.get("id") == "kofi"] == ["B, earlier"]


def test_a_losing_scalar_and_a_deleted_edit_reach_superseded(tmp_path):
    """The same for one answer, and for an edit that a deletion from another tab (which never saw it) removed."""
    a = AnswersStore(tmp_path, debounce=3600)
    a.set(C, [contact("kofi")])
    a.set(REGRET, "first")
    a.flush()
    b = AnswersStore(tmp_path, debounce=3600)
    b.set(REGRET, "B's answer")
    b.set(C, [contact("kofi", notes="B's edit")])
    b.flush()
    a.set(REGRET, "A's answer, later")
    a.set(C, [])  # A deletes Kofi, never having seen B's edit
    a.flush()
    doc = on_disk(a)
    assert doc["answers"][REGRET] == "A's answer, later" and doc["answers"][C] == []
    values = [s["value"] for s in doc["superseded"]]
    assert "B's answer" in values and contact("kofi", notes="B's edit") in values


def test_editing_your_own_saved_version_adds_nothing_to_superseded(tmp_path):
    """One tab editing the same contact again and again is history, not a conflict: superseded stays empty."""
    store = AnswersStore(tmp_path, debounce=0)
    for n in range(5):
        store.set(C, [contact("kofi", notes=f"edit {n}")])
        store.set(REGRET, f"edit {n}")
    assert on_disk(store).get("superseded", []) == []


def test_superseded_edits_travel_in_the_download_and_come_back_on_resume(tmp_path):
    """On Binder the download is the only copy: are the superseded edits in it, and kept when it is resumed
    elsewhere (once each, even when resumed twice)?"""
    a = AnswersStore(tmp_path / "binder", debounce=3600)
    a.set(C, [contact("kofi")])
    a.flush()
    b = AnswersStore(tmp_path / "binder", debounce=3600)
    b.set(C, [contact("kofi", notes="B, earlier")])
    b.flush()
    a.set(C, [contact("kofi", notes="A, later")])
    a.flush()
    export = json.loads(json.dumps(a.export_document()))
    assert [s["value"]["notes"] for s in export["superseded"]] == ["B, earlier"]
    home = AnswersStore(tmp_path / "home", debounce=0)
    home.resume_document(export)
    home.resume_document(export)
    assert [s["value"]["notes"] for s in on_disk(home)["superseded"]] == ["B, earlier"]


def test_two_tabs_flipping_pages_do_not_fill_superseded(tmp_path):
    """Where a page was is not worth keeping: two tabs moving between pages leave superseded empty, so real edits
    are not pushed out of it."""
    a, b = AnswersStore(tmp_path, debounce=0), AnswersStore(tmp_path, debounce=0)
    for n in range(10):
        (a if n % 2 else b).set(schema.REFLECTION_PAGE, n)
        (b if n % 2 else a).set(schema.CURRENT_STEP, n)
    assert on_disk(a).get("superseded", []) == []


def test_the_clock_notice_reads_well_for_any_distance():
    """Is the notice's "by up to …" readable from seconds to absurd times (a hostile file)?"""
    from netkit.store.merge import MergeReport

    for ahead, words in ((3 * 10**9, "3 seconds"), (2 * YEAR, "2 years"), (10**40, "more than 100 years")):
        assert f"by up to {words}" in MergeReport(clamped=1, ahead=ahead).summary()
