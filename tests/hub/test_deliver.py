"""`netkit deliver` and `fetch_answers` against a real JupyterHub on 127.0.0.1."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach.render import render
from netkit.exceptions import HubError
from netkit.hub import (
    DEFAULT_FOLDER,
    HubClient,
    deliver,
    delivered_users,
    fetch_answers,
    manifest_entries,
    map_from_roster,
)
from netkit.store.answers import AnswersStore

pytestmark = pytest.mark.hub

NAMES = ("Ada Lovelace", "Grace Hopper", "Alan Turing")


def make_render(tmp_path: Path, workshop: str = "Networking that lasts") -> tuple[Path, Path, dict[str, str]]:
    """A roster with a hub_user column (unique names per test) rendered into tmp_path/out."""
    tag = secrets.token_hex(3)
    users = {name: f"{name.split()[0].lower()}-{tag}" for name in NAMES}
    lines = ["Name,Email,Hub user,Goal"]
    for name in NAMES:
        first = name.split()[0].lower()
        # Upper case on purpose: JupyterHub stores user names in lower case.
        lines.append(f"{name},{first}.{tag}@example.org,{users[name].upper()},Meet people")
    roster = tmp_path / "roster.csv"
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    report = render(roster, out, progress=False, defaults={"workshop": workshop})
    assert report.ok, report.summary()
    return roster, out, users


def workbook_on_hub(hub, user: str) -> Path:
    return hub.home(user) / DEFAULT_FOLDER / "workshop.ipynb"


def rendered(out: Path, name: str) -> bytes:
    entry = next(e for e in json.loads((out / "manifest.json").read_text())["participants"] if e["name"] == name)
    return (out / entry["notebooks"][0]).read_bytes()


@pytest.fixture(scope="module")
def cohort(hub, tmp_path_factory):
    """Three participants delivered once with `netkit deliver` (shared by the read-only tests)."""
    roster, out, users = make_render(tmp_path_factory.mktemp("cohort"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NETKIT_HUB_TOKEN", hub.token)
        result = CliRunner().invoke(cli, ["deliver", str(out), "--hub", hub.url, "--roster", str(roster), "-q"])
    return roster, out, users, result


def test_users_are_created_and_workbooks_delivered(hub, cohort):
    """Does `netkit deliver` create the hub users, start their servers and put each workbook in place?"""
    _roster, out, users, result = cohort
    assert result.exit_code == 0, result.output
    with HubClient(hub.url, hub.token) as client:
        for name, user in users.items():
            assert client.user(user) is not None
            assert client.server_state(user) == "ready"
            assert workbook_on_hub(hub, user).read_bytes() == rendered(out, name)
    assert result.output.count("DELIVERED") == 3
    record = (out / "deliveries.json").read_text()
    assert hub.token not in record and hub.token not in result.output
    assert set(delivered_users(out, hub.url).values()) == set(users.values())


def test_second_delivery_keeps_participants_edits(hub_env, tmp_path):
    """After a re-render, does a second delivery refuse touched workbooks and refresh only untouched ones?"""
    hub = hub_env
    roster, out, users = make_render(tmp_path)
    mapping = map_from_roster(roster, manifest_entries(out))
    first = deliver(out, hub.url, mapping, progress=False)
    assert first.ok, first.summary()

    ada, grace, alan = (users[n] for n in NAMES)
    # Ada edits her notebook through her own server; Grace saves answers from the workbook.
    ada_token = hub.user_token(ada)
    url = f"{hub.url}/user/{ada}/api/contents/{DEFAULT_FOLDER}/workshop.ipynb"
    headers = {"Authorization": f"token {ada_token}"}
    model = httpx.get(url, headers=headers, timeout=30).json()
    model["content"]["cells"].append(
        {"cell_type": "markdown", "metadata": {}, "source": "My own notes", "id": "ada-notes"}
    )
    assert (
        httpx.put(url, headers=headers, json={"type": "notebook", "content": model["content"]}, timeout=30).status_code
        == 200
    )
    ada_edited = workbook_on_hub(hub, ada).read_bytes()
    grace_store = AnswersStore(hub.home(grace) / DEFAULT_FOLDER, debounce=0)
    grace_store.set("reflection.regret", "I never followed up")
    grace_store.flush()
    grace_before = workbook_on_hub(hub, grace).read_bytes()

    # The coach fixes the workshop title and renders again (render --update keeps local state).
    render(roster, out, progress=False, defaults={"workshop": "Networking that lasts (v2)"}, update=True)
    second = deliver(out, hub.url, mapping, progress=False)
    status = {r.hub_user: r for r in second.results}
    assert status[ada].status == "refused" and "changed on the hub" in status[ada].reason
    assert status[grace].status == "refused" and "saved answers" in status[grace].reason
    assert status[alan].status == "delivered"
    assert workbook_on_hub(hub, ada).read_bytes() == ada_edited
    assert workbook_on_hub(hub, grace).read_bytes() == grace_before
    assert workbook_on_hub(hub, alan).read_bytes() == rendered(out, "Alan Turing")
    assert "--overwrite-touched" in second.summary()

    # Only on explicit request: replaced, with the old copy kept and the answers untouched.
    third = deliver(out, hub.url, mapping, progress=False, overwrite_touched=True)
    status = {r.hub_user: r for r in third.results}
    assert status[ada].status == "replaced"
    backups = list((hub.home(ada) / DEFAULT_FOLDER / "netkit-backups").iterdir())
    assert [b.read_bytes() for b in backups] == [ada_edited]
    assert status[alan].status == "unchanged"
    assert AnswersStore(hub.home(grace) / DEFAULT_FOLDER).get("reflection.regret") == "I never followed up"


def test_one_users_token_cannot_read_anothers_workbook(hub, cohort):
    """Can a participant's token read their own workbook but not another participant's?"""
    _roster, _out, users, _ = cohort
    ada, grace = users["Ada Lovelace"], users["Grace Hopper"]
    headers = {"Authorization": f"token {hub.user_token(ada)}"}
    own = httpx.get(f"{hub.url}/user/{ada}/api/contents/{DEFAULT_FOLDER}/workshop.ipynb", headers=headers, timeout=30)
    other = httpx.get(
        f"{hub.url}/user/{grace}/api/contents/{DEFAULT_FOLDER}/workshop.ipynb", headers=headers, timeout=30
    )
    assert own.status_code == 200
    assert other.status_code == 403


def test_collect_sees_the_answers(hub, cohort, monkeypatch):
    """Does fetch_answers read each participant's saved answers, and explain who has none?"""
    _roster, out, users, _ = cohort
    monkeypatch.setenv("NETKIT_HUB_TOKEN", hub.token)
    ada, grace = users["Ada Lovelace"], users["Grace Hopper"]
    store = AnswersStore(hub.home(ada) / DEFAULT_FOLDER, debounce=0)
    store.set("network.contacts", [{"name": "Chen", "closeness": 2}])
    store.set("outreach.draft", "Hi $50k … <b>")
    store.flush()
    # Grace's main file is damaged: the backup is used, as the store itself would.
    grace_folder = hub.home(grace) / DEFAULT_FOLDER
    good = AnswersStore(grace_folder, debounce=0)
    good.set("reflection.regret", "silence is not a no")
    good.flush()
    (grace_folder / "netkit-answers.json.bak").write_bytes((grace_folder / "netkit-answers.json").read_bytes())
    (grace_folder / "netkit-answers.json").write_text("{ broken")

    wanted = delivered_users(out, hub.url)
    answers = fetch_answers(hub.url, wanted)
    by_user = {wanted[pid]: value for pid, value in answers.items()}
    # The store gives every contact a stable id (netkit.store.schema.migrate), so two kernels never duplicate it.
    (chen,) = by_user[ada]["network.contacts"]
    assert chen.pop("id") and chen == {"name": "Chen", "closeness": 2}
    assert by_user[ada] == {"network.contacts": [chen], "outreach.draft": "Hi $50k … <b>"}
    assert by_user[grace] == {"reflection.regret": "silence is not a no"}
    assert isinstance(by_user[users["Alan Turing"]], HubError)
    assert "no saved answers" in by_user[users["Alan Turing"]].message
    assert list(answers) == list(wanted)


def test_a_server_that_fails_to_start_is_retried_and_reported(hub_env, tmp_path):
    """Is a participant whose server cannot start retried, then reported, while the others get theirs?"""
    hub = hub_env
    roster, out, users = make_render(tmp_path)
    broken = users["Alan Turing"]
    hub.homes.joinpath(broken).write_text("not a folder: the spawner cannot start here")
    with HubClient(hub.url, hub.token) as client:  # the others are up already: only the broken one waits
        for name in ("Ada Lovelace", "Grace Hopper"):
            client.create_user(users[name])
            client.start_server(users[name])
        for name in ("Ada Lovelace", "Grace Hopper"):
            assert client.ensure_server(users[name], timeout=60) <= 1
    # The spawner's preexec fails; the hub only notices after its http_timeout, so the
    # client-side start timeout (short here) is what bounds each attempt.
    report = deliver(
        out,
        hub.url,
        map_from_roster(roster, manifest_entries(out)),
        progress=False,
        attempts=2,
        start_timeout=3,
        poll=0.2,
    )
    status = {r.hub_user: r for r in report.results}
    assert status[broken].status == "failed"
    assert "after 2 attempt(s)" in status[broken].reason
    assert status[users["Ada Lovelace"]].status == "delivered"
    assert status[users["Grace Hopper"]].status == "delivered"
    assert not report.ok
    assert "FAILED" in report.summary() and "again" in report.summary()


def test_token_without_the_scopes_is_explained(hub, tmp_path, monkeypatch):
    """Does a participant's own token (no delivery scopes) stop with a message naming the missing scopes?"""
    roster, out, users = make_render(tmp_path)
    user = users["Ada Lovelace"]
    with HubClient(hub.url, hub.token) as client:
        client.create_user(user)
    monkeypatch.setenv("NETKIT_HUB_TOKEN", hub.user_token(user))
    result = CliRunner().invoke(cli, ["deliver", str(out), "--hub", hub.url, "--roster", str(roster), "-q"])
    assert result.exit_code == 2
    assert "lacks the scope" in result.output and "start:servers" in result.output
