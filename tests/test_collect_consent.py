"""Consent in one place: local collect and `collect --hub` read every copy the same way, and a "no" anywhere wins.

Each scenario is a participant folder (main file, backup, damaged copies set aside) put on disk *and* on a fake
hub; both collectors must reach the same verdict, the one :func:`netkit.coach.collect.consent_of` gives."""

from __future__ import annotations

import base64
import json
import re

import httpx
import pytest
from collect_data import complete_answers, make_render

from netkit.coach.collect import build_report, collect, consent_of
from netkit.hub import HubClient, fetch_answers
from netkit.store import schema
from netkit.store.answers import SCHEMA

MAIN, BACKUP = "netkit-answers.json", "netkit-answers.json.bak"
DAMAGED = "netkit-answers.damaged-20261201-101010-000000.json"
DAMAGED2 = "netkit-answers.damaged-20261202-101010-000000.json"


def doc(**answers) -> str:
    return json.dumps({"schema": SCHEMA, "saved_at": "2026-12-03T10:00:00+00:00", "answers": answers})


YES = doc(**complete_answers())
YES_ANON = doc(**{**complete_answers(), schema.SHARE_ANONYMOUSLY: True})
NO = doc(**{**complete_answers(), schema.SHARE: False})
OLD_NO = doc(**{**complete_answers(), schema.OPT_OUT: True})
UNSET = doc(**{k: v for k, v in complete_answers().items() if k != schema.SHARE})
TRUNCATED_NO = '{"schema": 2, "answers": {"sharing.share": false, "network.con'
TRUNCATED_OLD_NO = '{"schema": 2, "answers": {"sharing.opt_out":true,"x'
ESCAPED_NO = '{"schema": 2, "answers": {"sharing\\u002eshare" :\n false, "network.con'  # same key, json escape
DUPLICATE_NO = YES[:-2] + ', "sharing.share": false, "sharing.share": true}}'  # valid JSON: the last one wins
NEWER_NO = json.dumps({"schema": SCHEMA + 5, "answers": {schema.SHARE: False}})
TRUNCATED_ANON = '{"schema": 2, "answers": {"sharing.anonymous": true, "network.con'
CUT_IN_THE_VALUE = '{"schema": 2, "answers": {"sharing.opt_out": tr'
NOTE_QUOTING_NO = doc(**{**complete_answers(), "reflection.answers.regret": 'I typed "sharing.share": false here'})

#: (scenario, {file name: text}, expected row status, expected consent choice)
SCENARIOS = [
    ("yes in main and backup", {MAIN: YES, BACKUP: YES}, "shared", "named"),
    ("backup says no", {MAIN: YES, BACKUP: NO}, "opted out", "no"),
    ("damaged main says no, backup yes", {MAIN: TRUNCATED_NO, BACKUP: YES}, "opted out", "no"),
    ("damaged main says old no, backup yes", {MAIN: TRUNCATED_OLD_NO, BACKUP: YES}, "opted out", "no"),
    ("damaged copy says no", {MAIN: YES, BACKUP: YES, DAMAGED: TRUNCATED_NO}, "opted out", "no"),
    ("second damaged copy says no", {MAIN: YES, DAMAGED: YES, DAMAGED2: OLD_NO}, "opted out", "no"),
    ("damaged copy cut inside the value", {MAIN: YES, BACKUP: YES, DAMAGED: CUT_IN_THE_VALUE}, "opted out", "no"),
    ("damaged copy escapes the key", {MAIN: YES, BACKUP: YES, DAMAGED: ESCAPED_NO}, "opted out", "no"),
    ("damaged main escapes the key", {MAIN: ESCAPED_NO, BACKUP: YES}, "opted out", "no"),
    ("duplicate key in the main file", {MAIN: DUPLICATE_NO, BACKUP: YES}, "opted out", "no"),
    ("duplicate key in the backup", {MAIN: YES, BACKUP: DUPLICATE_NO}, "opted out", "no"),
    ("a newer netkit's copy says no", {MAIN: YES, DAMAGED: NEWER_NO}, "opted out", "no"),
    ("a note quoting the key is no choice", {MAIN: NOTE_QUOTING_NO, BACKUP: NOTE_QUOTING_NO}, "shared", "named"),
    ("main unset, damaged copy yes", {MAIN: UNSET, DAMAGED: YES}, "not sharing", "unset"),
    ("main no, damaged copy yes", {MAIN: NO, BACKUP: YES, DAMAGED: YES}, "opted out", "no"),
    ("anonymous in the backup only", {MAIN: YES, BACKUP: YES_ANON}, "anonymous", "anonymous"),
    ("anonymous in a damaged copy", {MAIN: YES, DAMAGED: TRUNCATED_ANON}, "anonymous", "anonymous"),
]


def _status(report, name: str) -> str:
    rows = {row.name: row for row in report.rows}
    if name in rows:
        return rows[name].status
    return "anonymous" if report.anonymous else "absent"


def _local(tmp_path, files: dict[str, str]):
    out = make_render(tmp_path / "out", [("a", "Ada", "missing")])
    folder = out / "p-a"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return collect(out, min_group=1)


class _Hub:
    """Just enough of a JupyterHub for fetch_answers: one ready user and a folder listing."""

    def __init__(self, files: dict[str, str], folder: str = "networking-workshop"):
        self.files = {f"{folder}/{name}": text.encode() for name, text in files.items()}
        self.folder = folder
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.seen.append(path)
        if path == "/hub/api/users/ada":
            return httpx.Response(200, json={"name": "ada", "servers": {"": {"ready": True}}})
        m = re.fullmatch(r"/user/ada/api/contents/(.*)", path)
        if not m:
            return httpx.Response(404)
        file = m.group(1)
        if file == self.folder:
            listing = [{"name": p.rsplit("/", 1)[1], "type": "file"} for p in self.files]
            return httpx.Response(200, json={"type": "directory", "content": listing})
        if file not in self.files:
            return httpx.Response(404, json={"message": "not found"})
        return httpx.Response(
            200, json={"type": "file", "format": "base64", "content": base64.b64encode(self.files[file]).decode()}
        )


def _hub(files: dict[str, str]):
    client = HubClient("http://hub.test", "tok-" + "ab" * 20, transport=httpx.MockTransport(_Hub(files)))
    fetched = fetch_answers(client, {"a": "ada"}, poll=0)
    return build_report([({"id": "a", "name": "Ada"}, fetched["a"])], min_group=1)


@pytest.mark.parametrize("files, status, _choice", [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_local_collect_honours_every_copy(tmp_path, files, status, _choice):
    """Does `netkit collect` reach the expected sharing verdict from the main file, backup and damaged copies?"""
    assert _status(_local(tmp_path, files), "Ada") == status


@pytest.mark.parametrize("files, status, _choice", [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_a_first_collect_lists_each_folder_once_and_honours_every_copy(tmp_path, files, status, _choice, monkeypatch):
    """A first collect (nothing remembered) lists a folder once, for its signature and for the copies it reads: the
    same verdict from the main file, backup and damaged copies as any other read."""
    from netkit.coach.collect import read

    listed = []
    monkeypatch.setattr(
        read, "_listed_copies", lambda folder, real=read._listed_copies: listed.append(1) or real(folder)
    )
    read.forget()
    assert _status(_local(tmp_path, files), "Ada") == status
    assert listed == [1]


@pytest.mark.parametrize("files, status, _choice", [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_hub_collect_honours_every_copy(files, status, _choice):
    """Does `collect --hub` reach the same verdict as the local collect, damaged copies on the hub included?"""
    assert _status(_hub(files), "Ada") == status


@pytest.mark.parametrize("files, _status, choice", [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_consent_of_is_the_one_decision(files, _status, choice):
    """Does the one public function give the same choice from the copies' bytes, in the readers' order?"""
    order = [MAIN, BACKUP, DAMAGED, DAMAGED2]
    copies = [(name, files[name].encode()) for name in order if name in files]
    assert consent_of(copies).choice == choice


def test_consent_of_a_plain_mapping_matches_the_report():
    """Do build_report and consent_of agree on answers given as a mapping (the hub's and the example's form)?"""
    cases = {
        "yes": {schema.SHARE: True},
        "no": {schema.SHARE: False},
        "old no": {schema.OPT_OUT: True, schema.SHARE: True},
        "old yes": {schema.OPT_OUT: False},
        "text yes": {schema.SHARE: "yes"},
        "unset": {},
    }
    expected = {"yes": "named", "no": "no", "old no": "no", "old yes": "named", "text yes": "unset", "unset": "unset"}
    for label, answers in cases.items():
        assert consent_of([("answers", answers)]).choice == expected[label], label
        row = build_report([({"name": "A"}, {**complete_answers(), schema.SHARE: None, **answers})], min_group=1)
        assert _status(row, "A") == {"named": "shared", "no": "opted out", "unset": "not sharing"}[expected[label]]


def test_a_copy_that_cannot_be_read_keeps_a_yes_from_counting():
    """Is a sharer whose other copy cannot be read (it might say no) left out, with the copy named?"""
    consent = consent_of([(MAIN, YES.encode()), (DAMAGED, PermissionError(13, "Permission denied"))])
    assert consent.choice == "unreadable" and DAMAGED in consent.why and not consent.shares
    # a "no" needs no other copy: the unreadable one does not matter then
    assert consent_of([(MAIN, NO.encode()), (DAMAGED, PermissionError(13, "Permission denied"))]).choice == "no"


def test_later_copies_are_not_read_once_the_answer_is_no():
    """Is nothing more fetched (a hub request, a file read) once a copy says no or nothing is shared?"""
    fetched = []

    def later():
        fetched.append(1)
        return YES.encode()

    assert consent_of([(MAIN, NO.encode()), (BACKUP, later)]).choice == "no"
    assert consent_of([(MAIN, UNSET.encode()), (BACKUP, later)]).choice == "unset"
    assert fetched == []


def test_the_hub_is_asked_for_no_more_than_the_verdict_needs():
    """Is a hub participant who does not share read with one request for their answers (no backup, no
    listing, no damaged copy fetched), and a sharer's damaged copies found through the folder listing?"""
    for files, listed in (({MAIN: NO, DAMAGED: YES}, False), ({MAIN: YES, DAMAGED: OLD_NO}, True)):
        fake = _Hub(files)
        client = HubClient("http://hub.test", "tok-" + "ab" * 20, transport=httpx.MockTransport(fake))
        fetched = fetch_answers(client, {"a": "ada"}, poll=0)["a"]
        assert fetched[schema.SHARE] is False
        contents = [p for p in fake.seen if "/api/contents/" in p]
        assert contents[0].endswith(MAIN)
        assert any(p.endswith("networking-workshop") for p in contents) is listed
        assert any(p.endswith(DAMAGED) for p in contents) is listed


# --------------------------------------------------------------------------- bounded reads
def _in_thread(function, seconds: float = 20.0):
    """Run ``function`` in a daemon thread; fail (instead of hanging the suite) when it does not return."""
    import threading

    result: dict = {}

    def run():
        try:
            result["value"] = function()
        except BaseException as exc:  # handed to the test
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "collect hung"
    if "error" in result:
        raise result["error"]
    return result["value"]


def _sharer(tmp_path, name: str = "Ada"):
    out = make_render(tmp_path / "out", [("a", name, complete_answers()), ("b", "Bo", complete_answers())])
    return out, out / "p-a"


def _row(report, name="Ada"):
    return {row.name: row for row in report.rows}[name]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("name", [DAMAGED, BACKUP])
def test_a_named_pipe_is_a_problem_not_a_hang(tmp_path, name):
    """Does a named pipe called like a damaged copy (or the backup) give a problem note instead of a hang?"""
    import os

    out, folder = _sharer(tmp_path)
    os.mkfifo(folder / name)
    report = _in_thread(lambda: collect(out, min_group=1))
    row = _row(report)
    assert row.status == "problem" and name in row.problem and "named pipe" in row.problem
    assert _row(report, "Bo").status == "shared"


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null"])
def test_links_to_devices_are_not_followed(tmp_path, target):
    """Are links to devices named like damaged copies refused, never read (20 links to /dev/zero held 1.3 GB)?"""
    if not __import__("os").path.exists(target):
        pytest.skip(f"no {target} here")
    out, folder = _sharer(tmp_path)
    for k in range(20):
        (folder / f"netkit-answers.damaged-2026120{k % 10}-10101{k // 10}-000000.json").symlink_to(target)
    row = _row(_in_thread(lambda: collect(out, min_group=1)))
    assert row.status == "problem" and ("outside" in row.problem or "not a regular file" in row.problem)


def test_a_link_out_of_the_folder_is_refused(tmp_path):
    """Is a damaged copy that links to a file outside the participant's folder refused, even a valid one?"""
    out, folder = _sharer(tmp_path)
    outside = tmp_path / "elsewhere.json"
    outside.write_text(YES, encoding="utf-8")
    (folder / DAMAGED).symlink_to(outside)
    row = _row(collect(out, min_group=1))
    assert row.status == "problem" and "outside" in row.problem and DAMAGED in row.problem


def test_a_link_inside_the_folder_is_read(tmp_path):
    """Is a damaged copy linking to another file of the same folder read like that file (its "no" holds)?"""
    out, folder = _sharer(tmp_path)
    (folder / "old.json").write_text(TRUNCATED_NO, encoding="utf-8")
    (folder / DAMAGED).symlink_to(folder / "old.json")
    assert _row(collect(out, min_group=1)).status == "opted out"


def test_an_oversized_copy_is_refused_before_it_is_read(tmp_path):
    """Is a copy larger than the cap refused from its size (never read into memory), with a note?"""
    import tracemalloc

    from netkit.store import document

    out, folder = _sharer(tmp_path)
    with open(folder / DAMAGED, "wb") as handle:  # sparse: large, yet takes no disk
        handle.truncate(document.MAX_BYTES + 1)
    tracemalloc.start()
    try:
        row = _row(_in_thread(lambda: collect(out, min_group=1)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert row.status == "problem" and "larger than" in row.problem and DAMAGED in row.problem
    assert peak < document.MAX_BYTES // 4


def test_a_non_sharer_with_odd_files_is_simply_not_sharing(tmp_path):
    """Is a participant who does not share left alone (nothing else of their folder is read), odd files or not?"""
    import os

    out = make_render(tmp_path / "out", [("a", "Ada", {**complete_answers(), schema.SHARE: False})])
    if hasattr(os, "mkfifo"):
        os.mkfifo(out / "p-a" / DAMAGED)
    assert _row(_in_thread(lambda: collect(out, min_group=1))).status == "opted out"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are a POSIX thing")
def test_watch_does_not_hang_on_a_named_pipe(tmp_path, monkeypatch):
    """Does `netkit collect --watch` keep refreshing (the pipe a problem line) instead of hanging?"""
    import os

    from click.testing import CliRunner

    from netkit.cli import cli
    from netkit.cli import collect as collect_cli

    out, folder = _sharer(tmp_path)
    os.mkfifo(folder / DAMAGED)
    sleeps = []

    def stop_after_two(seconds):
        sleeps.append(seconds)
        if len(sleeps) >= 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(collect_cli, "_sleep", stop_after_two)
    args = ["collect", str(out), "-o", str(tmp_path / "live.html"), "--watch", "5", "--min-group", "1"]
    result = _in_thread(lambda: CliRunner().invoke(cli, args))
    assert result.exit_code == 0, result.output
    assert "Stopped watching after 2 refresh(es)" in result.output
    assert "named pipe" in result.output
