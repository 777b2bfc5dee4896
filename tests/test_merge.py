"""Item-level merge: two tabs, two kernels, a resume from an old download — nothing acknowledged is lost."""

from __future__ import annotations

import json
import random
import time

import pytest

from netkit.exceptions import AnswersError, AnswersSchemaError
from netkit.store import merge, schema
from netkit.store.answers import AnswersStore
from netkit.store.merge import merge_documents

C = schema.CONTACTS


def names(store_or_list) -> list[str]:
    items = store_or_list if isinstance(store_or_list, list) else store_or_list.get(C, [])
    return sorted(item["name"] for item in items)


def contact(ident: str, **extra) -> dict:
    return {"id": ident, "name": ident.title(), "ring": "close", **extra}


def test_two_tabs_adding_different_contacts_keep_both(tmp_path):
    """Do two tabs that each add a contact end with both, once each (not the last tab's list)?"""
    lab, voila = AnswersStore(tmp_path, debounce=0), AnswersStore(tmp_path, debounce=0)
    lab.set(C, lab.get(C, []) + [contact("kofi")])
    voila.set(C, voila.get(C, []) + [contact("ama")])
    assert names(AnswersStore(tmp_path)) == ["Ama", "Kofi"]
    assert names(voila) == ["Ama", "Kofi"]  # the saving tab sees the other's contact too


def test_a_stale_view_with_a_base_deletes_only_what_it_removed(tmp_path):
    """Does a form saving its own (stale) list with its base keep a contact another tab added meanwhile?"""
    first = AnswersStore(tmp_path, debounce=0)
    first.set(C, [contact("ama"), contact("kofi")])
    form_view = first.get(C)
    other = AnswersStore(tmp_path, debounce=0)
    other.set(C, other.get(C) + [contact("zoe")])
    first.flush()
    first.set(C, [c for c in form_view if c["id"] != "kofi"], base=form_view)  # the form removed Kofi
    assert names(AnswersStore(tmp_path)) == ["Ama", "Zoe"]


def test_a_deletion_is_remembered(tmp_path):
    """Is a contact deleted in one tab not brought back by another tab that still holds it?"""
    a, b = AnswersStore(tmp_path, debounce=0), AnswersStore(tmp_path, debounce=0)
    a.set(C, [contact("ama"), contact("kofi")])
    b.flush()
    b_view = AnswersStore(tmp_path, debounce=0)
    a.set(C, [contact("ama")])  # Kofi deleted here
    b_view.set("reflection.page", 2)  # the other tab saves something else, holding Kofi in memory
    b_view.set(C, b_view.get(C) + [contact("zoe")])  # and adds Zoe to its (stale) list
    assert names(AnswersStore(tmp_path)) == ["Ama", "Zoe"]
    assert "kofi" in json.loads(a.path.read_text())["deleted"][C]


def test_same_contact_edited_in_both_keeps_the_later_and_the_earlier_is_recoverable(tmp_path):
    """When two tabs edit one contact, does the later edit win, with the earlier kept in the backup or the superseded
    list?"""
    a, b = AnswersStore(tmp_path, debounce=3600), AnswersStore(tmp_path, debounce=3600)
    a.set(C, [contact("kofi")])
    a.flush()
    b = AnswersStore(tmp_path, debounce=3600)
    b.set(C, [contact("kofi", notes="earlier edit, in tab B")])  # B edits first, saves later
    a.set(C, [contact("kofi", notes="later edit, in tab A")])
    a.flush()
    b.flush()
    doc = json.loads(a.path.read_text())
    assert doc["answers"][C] == [contact("kofi", notes="later edit, in tab A")]
    assert any(s.get("value", {}).get("notes") == "earlier edit, in tab B" for s in doc["superseded"])
    # And the other order: the earlier version on disk goes to the backup when the later one is saved.
    b.set(C, [contact("kofi", notes="latest, in tab B")])
    b.flush()
    assert json.loads(b.backup_path.read_text())["answers"][C][0]["notes"] == "later edit, in tab A"


def test_scalars_merge_per_key_later_wins(tmp_path):
    """Do two tabs writing the same answer keep the later one, and different answers keep both?"""
    a, b = AnswersStore(tmp_path, debounce=3600), AnswersStore(tmp_path, debounce=3600)
    b.set("reflection.answers.regret", "earlier")
    a.set("reflection.answers.regret", "later")
    a.set("reflection.page", 1)
    a.flush()
    b.set("reflection.answers.offer", "from b")
    b.flush()
    assert AnswersStore(tmp_path).as_dict() == {
        "reflection.answers.regret": "later",
        "reflection.page": 1,
        "reflection.answers.offer": "from b",
    }


def test_old_files_without_ids_do_not_double_contacts(tmp_path):
    """Do two kernels opening an old file with id-less contacts keep each contact once after both save?"""
    (tmp_path / "netkit-answers.json").write_text(
        json.dumps({"schema": 1, "answers": {C: [{"name": "Kofi Mensah"}, {"name": "Ama Owusu"}]}})
    )
    a, b = AnswersStore(tmp_path, debounce=0), AnswersStore(tmp_path, debounce=0)
    a.set(C, a.get(C) + [{"name": "Zoe"}])
    b.set(C, b.get(C) + [{"name": "Yaw"}])
    assert names(AnswersStore(tmp_path)) == ["Ama Owusu", "Kofi Mensah", "Yaw", "Zoe"]


# ----------------------------------------------------------------------------- the randomised proof
def _replay(ops: list[tuple]) -> tuple[dict, dict]:
    """The state the merge rules promise: every acknowledged operation applied in the order it happened."""
    contacts: dict[str, dict] = {}
    scalars: dict[str, object] = {}
    for _n, kind, payload in sorted(ops, key=lambda op: op[0]):
        if kind in ("add", "edit"):
            contacts[payload["id"]] = payload
        elif kind == "delete":
            contacts.pop(payload, None)
        else:
            scalars[payload[0]] = payload[1]
    return contacts, scalars


def _state(answers: dict) -> tuple[dict, dict]:
    items = answers.get(C, [])
    ids = [c["id"] for c in items]
    assert len(ids) == len(set(ids)), "a contact is stored twice"
    return {c["id"]: c for c in items}, {k: v for k, v in answers.items() if k != C}


@pytest.mark.parametrize("seed", range(6))
def test_random_stores_converge_and_lose_nothing_acknowledged(tmp_path, seed):
    """N stores on one folder doing random adds, edits, deletes, saves and restarts: do all agree on the
    state the merge rules promise, and is every saved change on disk right after its save?"""
    rng = random.Random(seed)
    stores = [AnswersStore(tmp_path, debounce=3600) for _ in range(4)]
    for store in stores:
        store._schedule = lambda: None  # saves happen where this test says, so "acknowledged" is exact
    pending: list[list[tuple]] = [[] for _ in stores]
    acknowledged: list[tuple] = []
    counter = 0
    for _step in range(250):
        i = rng.randrange(len(stores))
        store = stores[i]
        view = store.get(C, [])
        roll = rng.random()
        counter += 1  # noqa: SIM113
        if roll < 0.3 or not view:
            item = {"id": f"c{counter}", "name": f"Person {counter}", "notes": ""}
            store.set(C, view + [item])
            pending[i].append((counter, "add", item))
        elif roll < 0.5:
            target = rng.choice(view)
            item = {**target, "notes": f"edit {counter}"}
            store.set(C, [item if c["id"] == target["id"] else c for c in view])
            pending[i].append((counter, "edit", item))
        elif roll < 0.65:
            target = rng.choice(view)
            store.set(C, [c for c in view if c["id"] != target["id"]])
            pending[i].append((counter, "delete", target["id"]))
        elif roll < 0.75:
            key = rng.choice(["reflection.answers.regret", "reflection.page", schema.SHARE])
            store.set(key, counter)
            pending[i].append((counter, "scalar", (key, counter)))
        elif roll < 0.95:
            store.flush()
            acknowledged += pending[i]
            pending[i] = []
            on_disk = json.loads(store.path.read_text())["answers"]
            assert _state(on_disk) == _replay(acknowledged), f"step {_step}: a saved change is missing"
        else:  # a kernel restart: what was not saved is not acknowledged
            stores[i] = AnswersStore(tmp_path, debounce=3600)
            stores[i]._schedule = lambda: None
            pending[i] = []
    for i, store in enumerate(stores):
        store.flush()
        acknowledged += pending[i]
    expected = _replay(acknowledged)
    for store in [*stores, AnswersStore(tmp_path)]:
        reloaded = AnswersStore(store.folder).as_dict()
        assert _state(reloaded) == expected


SECOND = 10**9
#: Clock errors a kernel, laptop or phone may have: ahead and behind, from a second to years.
SKEWS = [0, SECOND, -SECOND, 40 * SECOND, -40 * SECOND, 600 * SECOND, -600 * SECOND, 86400 * SECOND,
         -86400 * SECOND, 400 * 86400 * SECOND, -400 * 86400 * SECOND, 3 * 365 * 86400 * SECOND]  # fmt: skip


def _accounted_for(ops: list[dict], answers: dict, superseded: list) -> None:
    """Nothing acknowledged is lost, whatever the clocks said: for each contact and each answer, of the changes
    no later change was made on top of (the *latest* ones: two tabs that did not see each other's), one is the
    saved state and every other one's value is kept in ``superseded`` (but where a page was: ``merge.NOT_KEPT``)."""
    contacts, scalars = _state(answers)
    kept = {(s["key"], s.get("id"), json.dumps(s["value"], sort_keys=True)) for s in superseded}
    by_target: dict[tuple, list[dict]] = {}
    for op in ops:
        by_target.setdefault(op["target"], []).append(op)
    for target, group in by_target.items():
        latest = [op for op in group if not any(op["n"] in other["seen"] for other in group if other is not op)]
        is_item = target[0] == C
        saved = contacts.get(target[1], None) if is_item else scalars.get(target[0], None)
        winners = [op for op in latest if op["value"] == saved]
        assert winners, f"{target}: the saved state {saved!r} is none of the latest changes {latest}"
        for op in latest:
            if op["value"] is not None and op["value"] != saved and target[0] not in merge.NOT_KEPT:
                ident = target[1] if is_item else None
                assert (target[0], ident, json.dumps(op["value"], sort_keys=True)) in kept, (
                    f"{target}: change {op['n']} lost, neither saved nor in superseded"
                )


@pytest.mark.parametrize("seed", range(6))
def test_random_stores_with_skewed_clocks_lose_nothing(tmp_path, seed):
    """The randomised proof with a wrong clock in every kernel (ahead and behind by seconds to years, changing at
    each restart): does every change a tab made on top of another's win, and is every other change either the
    saved state or kept in ``superseded``?"""
    from netkit.store.clock import HybridClock

    rng = random.Random(1000 + seed)
    nodes = iter(range(1, 10_000))

    def opened() -> AnswersStore:
        skew = rng.choice(SKEWS)
        clock = HybridClock(wall=lambda: time.time_ns() + skew, node=next(nodes))
        store = AnswersStore(tmp_path, debounce=3600, clock=clock)
        store._schedule = lambda: None
        return store

    stores = [opened() for _ in range(4)]
    synced: list[set[int]] = [set() for _ in stores]  # what each store has read: acknowledged at its last save
    pending: list[list[dict]] = [[] for _ in stores]
    acknowledged: list[dict] = []
    for counter in range(1, 251):
        i = rng.randrange(len(stores))
        store = stores[i]
        view = store.get(C, [])
        seen = synced[i] | {op["n"] for op in pending[i]}
        roll = rng.random()
        if roll < 0.3 or not view:
            item = {"id": f"c{counter}", "name": f"Person {counter}", "notes": ""}
            store.set(C, view + [item])
            op = {"target": (C, item["id"]), "value": item}
        elif roll < 0.5:
            target = rng.choice(view)
            item = {**target, "notes": f"edit {counter}"}
            store.set(C, [item if c["id"] == target["id"] else c for c in view])
            op = {"target": (C, item["id"]), "value": item}
        elif roll < 0.65:
            target = rng.choice(view)
            store.set(C, [c for c in view if c["id"] != target["id"]])
            op = {"target": (C, target["id"]), "value": None}
        elif roll < 0.75:
            key = rng.choice(["reflection.answers.regret", "reflection.page", schema.SHARE])
            store.set(key, counter)
            op = {"target": (key,), "value": counter}
        elif roll < 0.95:
            merged = store.pending  # a flush with nothing to save reads nothing: the view stays as it was
            store.flush()
            acknowledged += pending[i]
            pending[i] = []
            if merged:
                synced[i] = {op["n"] for op in acknowledged}
            doc = json.loads(store.path.read_text())
            _accounted_for(acknowledged, doc["answers"], doc.get("superseded", []))
            continue
        else:  # a kernel restart, perhaps with another wrong clock: what was not saved is not acknowledged
            stores[i] = opened()
            pending[i] = []
            synced[i] = {op["n"] for op in acknowledged}
            continue
        pending[i].append({**op, "n": counter, "seen": seen})
    for i, store in enumerate(stores):
        store.flush()
        acknowledged += pending[i]
    doc = json.loads(stores[0].path.read_text())
    _accounted_for(acknowledged, doc["answers"], doc.get("superseded", []))
    assert len(doc.get("superseded", [])) < merge.KEEP_SUPERSEDED  # nothing fell off the end of the list
    final = AnswersStore(tmp_path).as_dict()
    for store in stores:
        assert AnswersStore(store.folder).as_dict() == final  # every kernel ends with the same answers


# ----------------------------------------------------------------------------- resume
def _download(store: AnswersStore) -> dict:
    return json.loads(json.dumps(store.export_document()))


def test_resume_from_an_older_download_keeps_every_newer_item(tmp_path):
    """After resuming last week's download, are today's contacts, edits and deletions all still there?"""
    store = AnswersStore(tmp_path / "p", debounce=0)
    store.set(C, [contact("ama"), contact("kofi"), contact("old friend")])
    last_week = _download(store)
    store.set(C, [contact("ama", notes="met on Tuesday"), contact("kofi")] + [contact(f"new{n}") for n in range(20)])
    report = store.resume_document(last_week)
    got = {c["id"]: c for c in AnswersStore(store.folder).get(C)}
    assert len(got) == 22 and got["ama"]["notes"] == "met on Tuesday" and "old friend" not in got
    assert report.added == {} and report.changed == 0 and report.kept == {C: 2}  # Ama's edit, the deletion
    assert report.summary() == "Kept 2 contacts that were newer here."


def test_resume_adds_what_only_the_download_has_and_says_so(tmp_path):
    """Does resuming a download from another machine add its contacts, keep newer ones here, and say what it did?"""
    laptop = AnswersStore(tmp_path / "laptop", debounce=0)
    laptop.set(C, [contact("ama"), contact("kofi", notes="from the laptop")])
    download = _download(laptop)
    here = AnswersStore(tmp_path / "here", debounce=0)
    here.set(C, [contact("kofi", notes="typed here, later")])
    report = here.resume_document(download)
    assert {c["id"]: c.get("notes") for c in here.get(C)} == {"kofi": "typed here, later", "ama": None}
    assert report.added == {C: 1} and report.kept == {C: 1}
    assert report.summary() == "Added 1 contact; kept 1 contact that was newer here."


def test_resume_keeps_a_restorable_copy(tmp_path):
    """Is the state before a resume kept as a copy that restore() brings back?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("reflection.answers.regret", "before")
    other = {"kind": "netkit-answers-export", "schema": 1, "answers": {"reflection.answers.offer": "uploaded"}}
    report = store.resume_document(other)
    assert report.restorable.exists() and report.restorable.name.startswith("netkit-answers.before-resume-")
    assert store.get("reflection.answers.offer") == "uploaded"
    store.restore(report.restorable)
    assert AnswersStore(tmp_path).as_dict() == {"reflection.answers.regret": "before"}


@pytest.mark.parametrize(
    "doc,message",
    [
        (
            {"kind": "netkit-answers-export", "schema": 1, "answers": [["network.contacts", []]]},
            "not a set of key/value",
        ),
        ({"kind": "netkit-answers-export", "schema": 1, "answers": {C: {"name": "x"}}}, "should be a list"),
        ({"kind": "netkit-answers-export", "schema": "1", "answers": {}}, "no schema version"),
        ({"kind": "something else", "schema": 1, "answers": {}}, "export marker"),
        (["not", "a", "document"], "not a JSON object"),
    ],
)
def test_wrong_shapes_are_refused_before_anything_is_written(tmp_path, doc, message):
    """Is a download of the wrong shape refused with a clear message, the folder untouched?"""
    store = AnswersStore(tmp_path / "p", debounce=0)
    store.set("reflection.page", 1)
    before = sorted(p.name for p in store.folder.iterdir())
    with pytest.raises(AnswersError, match=message):
        store.resume_document(doc)
    assert sorted(p.name for p in store.folder.iterdir()) == before


def test_newer_schema_is_refused_before_anything_is_written(tmp_path):
    """Is a download from a newer netkit refused, with no copy or change written?"""
    store = AnswersStore(tmp_path, debounce=0)
    store.set("reflection.page", 1)
    before = store.path.read_bytes()
    with pytest.raises(AnswersSchemaError):
        store.resume_document({"kind": "netkit-answers-export", "schema": schema.SCHEMA + 1, "answers": {}})
    assert store.path.read_bytes() == before and not list(tmp_path.glob("*before-resume*"))


def test_start_page_refuses_a_newer_or_list_upload_before_making_a_folder(tmp_path):
    """Does the start page refuse such uploads before any workbook folder is written?"""
    from netkit.coach.start import resume

    for doc in (
        {"kind": "netkit-answers-export", "schema": schema.SCHEMA + 1, "answers": {}},
        {"kind": "netkit-answers-export", "schema": 1, "answers": []},
    ):
        with pytest.raises(AnswersError):
            resume(json.dumps(doc).encode(), "old.json", tmp_path / "out", values={"name": "Dana"})
        assert not (tmp_path / "out").exists()


def test_merge_documents_leaves_its_inputs_alone():
    """Is merging pure: both documents unchanged afterwards?"""
    base = {"answers": {C: [contact("a")]}, "changes": {C: {"a": 5}}}
    incoming = {"answers": {C: [contact("b")]}, "changes": {C: {"b": 6}}, "deleted": {C: {"a": 7}}}
    frozen = json.dumps([base, incoming], sort_keys=True)
    doc, _report = merge_documents(base, incoming)
    assert json.dumps([base, incoming], sort_keys=True) == frozen
    assert doc["answers"][C] == [contact("b")] and doc["deleted"][C] == {"a": 7}


def test_a_stale_view_does_not_bring_back_what_another_tab_deleted(tmp_path):
    """Does a form saving a list that still holds a contact deleted in another tab leave it deleted?"""
    a = AnswersStore(tmp_path, debounce=0)
    a.set(C, [contact("ama"), contact("kofi")])
    b = AnswersStore(tmp_path, debounce=0)
    form_view = b.get(C)  # b's form loaded Ama and Kofi
    a.set(C, [contact("ama")])  # Kofi deleted in tab a
    b.set(C, form_view + [contact("zoe")], base=form_view)  # b's form adds Zoe, still holding Kofi
    assert names(AnswersStore(tmp_path)) == ["Ama", "Zoe"]
    assert names(b) == ["Ama", "Zoe"]


def test_views_hear_of_items_another_tab_saved(tmp_path):
    """When a save brings in contacts another tab added, are this tab's subscribed views told?"""
    a, b = AnswersStore(tmp_path, debounce=0), AnswersStore(tmp_path, debounce=0)
    heard = []
    a.subscribe(C, lambda: heard.append(names(a.get(C))))
    b.set(C, [contact("zoe")])
    a.set("reflection.page", 1)  # any save of tab a merges tab b's work in
    assert heard == [["Zoe"]]
    a.set("reflection.page", 2)
    assert heard == [["Zoe"]]  # nothing new arrived: nobody is told again


def test_interactions_logged_in_two_tabs_on_one_contact_are_all_kept(tmp_path):
    """When two tabs each log a different interaction with the same contact, does the contact keep both?"""
    a, b = AnswersStore(tmp_path, debounce=3600), AnswersStore(tmp_path, debounce=3600)
    a.set(C, [contact("kofi")])
    a.flush()
    b = AnswersStore(tmp_path, debounce=3600)
    gave = {"date": "2026-11-02", "kind": "coffee", "direction": "gave"}
    asked = {"date": "2026-11-05", "kind": "message", "direction": "asked"}
    b.set(C, [contact("kofi", interactions=[asked])])
    a.set(C, [contact("kofi", notes="later edit", interactions=[gave])])
    a.flush()
    b.flush()
    kofi = AnswersStore(tmp_path).get(C)[0]
    assert kofi["notes"] == "later edit" and kofi["interactions"] == [gave, asked]
