"""netkit.hub without a hub: user-name mapping, token hiding, the refusal rule, retries (a fake hub)."""

from __future__ import annotations

import base64
import json
import pickle
import re
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from netkit import hub as hub_module
from netkit.cli import cli
from netkit.coach.roster import participant_id
from netkit.exceptions import HubError, HubUserMappingError
from netkit.hub import (
    HubClient,
    deliver,
    delivered_users,
    delivery_decision,
    fetch_answers,
    hub_user_problem,
    map_from_csv,
    map_from_roster,
    normalise_hub_user,
    read_hub,
)

TOKEN = "tok-" + "9f" * 20


def entry(name: str, email: str = "") -> dict:
    pid = participant_id(name, email)
    return {
        "id": pid,
        "name": name,
        "folder": f"{name.split()[0].lower()}-{pid}",
        "notebooks": [f"{name.split()[0].lower()}-{pid}/workshop.ipynb"],
    }


ADA, GRACE = entry("Ada Lovelace", "ada@example.org"), entry("Grace Hopper", "grace@example.org")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------- user names
@pytest.mark.parametrize("raw, expected", [("Ada", "ada"), ("  ADA@Example.ORG ", "ada@example.org")])
def test_hub_user_names_are_lower_cased_like_jupyterhub(raw, expected):
    """Is a hub user name trimmed and lower-cased, as JupyterHub's default normalisation does?"""
    assert normalise_hub_user(raw) == expected


@pytest.mark.parametrize("name", ["", "a b", "a/b", "..", "a\tb", "a?b", "a#b", "a%2fb", "x" * 256, "a\u200bb"])
def test_invalid_hub_user_names_are_rejected(name):
    """Are empty names, spaces, slashes, URL characters and invisible characters refused?"""
    assert hub_user_problem(name) is not None


@pytest.mark.parametrize("name", ["ada", "ada.lovelace", "ada_l-1", "ada@example.org", "zoë", "ada+ws"])
def test_valid_hub_user_names_pass(name):
    """Do ordinary user names and e-mail addresses pass?"""
    assert hub_user_problem(name) is None


def test_roster_hub_user_column_maps_participants(tmp_path):
    """Does --user-from hub_user map each rendered participant to their (lower-cased) hub user?"""
    roster = write(
        tmp_path / "r.csv",
        "Name,Email,Hub user\nAda Lovelace,ada@example.org,ADA\nGrace Hopper,grace@example.org,grace\n",
    )
    assert map_from_roster(roster, [ADA, GRACE]) == {ADA["id"]: "ada", GRACE["id"]: "grace"}


def test_roster_email_maps_participants(tmp_path):
    """Does --user-from email use the whole address, lower-cased?"""
    roster = write(tmp_path / "r.csv", "Name,Email\nAda Lovelace,Ada@Example.org\nGrace Hopper,grace@example.org\n")
    ada = entry("Ada Lovelace", "Ada@Example.org")
    assert map_from_roster(roster, [ada, GRACE], user_from="email") == {
        ada["id"]: "ada@example.org",
        GRACE["id"]: "grace@example.org",
    }


def test_duplicate_hub_users_differing_only_in_case_are_refused(tmp_path):
    """Are two participants mapped to 'Ada' and 'ada' refused, naming both and the line?"""
    roster = write(
        tmp_path / "r.csv",
        "Name,Email,Hub user\nAda Lovelace,ada@example.org,Ada\nGrace Hopper,grace@example.org,ada\n",
    )
    with pytest.raises(HubUserMappingError) as err:
        map_from_roster(roster, [ADA, GRACE])
    message = err.value.message
    assert "already given to Ada Lovelace" in message and "line 3" in message and "r.csv" in message


def test_missing_and_invalid_hub_users_are_all_listed(tmp_path):
    """Does one error list every participant without a usable hub user (nothing delivered)?"""
    roster = write(
        tmp_path / "r.csv",
        "Name,Email,Hub user\nAda Lovelace,ada@example.org,\nGrace Hopper,grace@example.org,grace hopper\n",
    )
    with pytest.raises(HubUserMappingError) as err:
        map_from_roster(roster, [ADA, GRACE])
    assert "Ada Lovelace: the hub user name is empty" in err.value.message
    assert "a space" in err.value.message and "2 problem(s)" in err.value.message


def test_skip_unmapped_leaves_out_only_the_empty_ones(tmp_path):
    """With skip_unmapped, is a participant with no hub user left out while bad names still stop us?"""
    roster = write(
        tmp_path / "r.csv", "Name,Email,Hub user\nAda Lovelace,ada@example.org,\nGrace Hopper,grace@example.org,grace\n"
    )
    assert map_from_roster(roster, [ADA, GRACE], skip_unmapped=True) == {GRACE["id"]: "grace"}
    bad = write(tmp_path / "bad.csv", "Name,Email,Hub user\nAda Lovelace,ada@example.org,a/b\n")
    with pytest.raises(HubUserMappingError):
        map_from_roster(bad, [ADA], skip_unmapped=True)


def test_email_source_needs_an_address(tmp_path):
    """Is a participant with no e-mail refused when names come from the e-mail column?"""
    roster = write(tmp_path / "r.csv", "Name,Email\nAda Lovelace,not-an-address\n")
    with pytest.raises(HubUserMappingError, match="not an e-mail address"):
        map_from_roster(roster, [entry("Ada Lovelace", "not-an-address")], user_from="email")


def test_mapping_csv_matches_by_id_folder_or_name(tmp_path):
    """Does a mapping CSV accept the participant's id, folder or name from the manifest?"""
    mapping = write(tmp_path / "m.csv", f"participant,hub_user\n{ADA['id']},ada\n{GRACE['folder']},g1\n")
    assert map_from_csv(mapping, [ADA, GRACE]) == {ADA["id"]: "ada", GRACE["id"]: "g1"}
    by_name = write(tmp_path / "n.csv", "participant;hub_user\nada  LOVELACE;ada\nGrace Hopper;grace\n")
    assert map_from_csv(by_name, [ADA, GRACE]) == {ADA["id"]: "ada", GRACE["id"]: "grace"}


def test_mapping_csv_rows_for_strangers_are_refused(tmp_path):
    """Is a row that matches no participant of the render refused with its line?"""
    mapping = write(tmp_path / "m.csv", "participant,hub_user\nAda Lovelace,ada\nNobody,x\nGrace Hopper,g\n")
    with pytest.raises(HubUserMappingError) as err:
        map_from_csv(mapping, [ADA, GRACE])
    assert err.value.line == 3 and "'Nobody' is not a participant" in err.value.message


def test_mapping_csv_needs_both_columns(tmp_path):
    """Does a mapping CSV without a hub_user column say which columns it needs?"""
    mapping = write(tmp_path / "m.csv", "participant,login\nAda Lovelace,ada\n")
    with pytest.raises(HubUserMappingError, match="'hub_user' column"):
        map_from_csv(mapping, [ADA])


def test_mapping_csv_same_participant_twice_is_refused(tmp_path):
    """Is a participant mapped on two rows refused?"""
    mapping = write(tmp_path / "m.csv", f"participant,hub_user\nAda Lovelace,ada\n{ADA['id']},ada2\n")
    with pytest.raises(HubUserMappingError, match="mapped twice"):
        map_from_csv(mapping, [ADA])


# ----------------------------------------------------------------------- the token
def test_token_comes_from_the_environment_and_is_required(monkeypatch):
    """Is a missing NETKIT_HUB_TOKEN an explained error?"""
    monkeypatch.delenv("NETKIT_HUB_TOKEN", raising=False)
    with pytest.raises(HubError, match="NETKIT_HUB_TOKEN is not set"):
        HubClient("https://hub.example.org")


def test_token_is_hidden_from_repr_str_and_pickle(monkeypatch):
    """Do repr, str and pickling of the client never reveal the token?"""
    monkeypatch.setenv("NETKIT_HUB_TOKEN", TOKEN)
    client = HubClient("https://hub.example.org/hub/")
    assert TOKEN not in repr(client) and TOKEN not in str(client) and "<hidden>" in repr(client)
    assert TOKEN not in repr(vars(client))  # httpx masks the Authorization header too
    assert client.url == "https://hub.example.org"
    with pytest.raises(TypeError):
        pickle.dumps(client)


def test_hub_address_with_credentials_is_refused(monkeypatch):
    """Is a hub URL holding a password refused, pointing to the environment variable instead?"""
    monkeypatch.setenv("NETKIT_HUB_TOKEN", TOKEN)
    with pytest.raises(HubError, match="NETKIT_HUB_TOKEN"):
        HubClient(f"https://coach:{TOKEN}@hub.example.org")
    with pytest.raises(HubError, match="not a hub address"):
        HubClient("hub.example.org")


def test_token_echoed_by_a_server_is_redacted(monkeypatch):
    """If a hub echoes the token in an error, is it blanked out of the message?"""
    monkeypatch.setenv("NETKIT_HUB_TOKEN", TOKEN)
    transport = httpx.MockTransport(lambda request: httpx.Response(403, json={"message": f"bad token {TOKEN}"}))
    client = HubClient("https://hub.example.org", transport=transport)
    with pytest.raises(HubError) as err:
        client.whoami()
    assert TOKEN not in err.value.message and "<hidden>" in err.value.message
    assert "scope" in err.value.message


def test_cli_has_no_token_option_and_never_prints_it(tmp_path, monkeypatch):
    """Does `netkit deliver` refuse a --token option and keep the token out of its output?"""
    result = CliRunner().invoke(cli, ["deliver", str(tmp_path), "--hub", "https://h", "--token", TOKEN])
    assert result.exit_code == 2 and "No such option" in result.output
    monkeypatch.setenv("NETKIT_HUB_TOKEN", TOKEN)
    result = CliRunner().invoke(cli, ["deliver", str(tmp_path), "--hub", "https://h", "--map", __file__])
    assert result.exit_code == 2 and "Error:" in result.output and "no manifest.json" in result.output
    assert TOKEN not in result.output


def test_cli_needs_exactly_one_mapping_source(tmp_path, monkeypatch):
    """Must the coach say who is who (--roster or --map, not both, not neither)?"""
    result = CliRunner().invoke(cli, ["deliver", str(tmp_path), "--hub", "https://h"])
    assert result.exit_code == 2 and "--roster" in result.output


# ----------------------------------------------------------------------- the refusal rule
@pytest.mark.parametrize(
    "hub_sha, recorded, answers, action",
    [
        (None, None, False, "write"),  # nothing there yet
        ("old", "old", False, "write"),  # our own copy, untouched
        ("new", "old", True, "unchanged"),  # already exactly this: nothing to write
        ("old", "old", True, "refuse"),  # they saved answers
        ("edited", "old", False, "refuse"),  # they changed the notebook
        ("theirs", None, False, "refuse"),  # a file we never delivered
        (None, None, True, "refuse"),  # answers but no notebook: same rule as render
    ],
)
def test_delivery_decision(hub_sha, recorded, answers, action):
    """Is a touched workbook refused, and only an untouched one of ours replaced?"""
    got, reason = delivery_decision(new_sha="new", hub_sha=hub_sha, recorded_sha=recorded, answers_on_hub=answers)
    assert got == action, reason


def test_overwrite_touched_turns_refusal_into_replace():
    """Does the explicit flag replace a touched workbook, keeping the reason?"""
    action, reason = delivery_decision(
        new_sha="n", hub_sha="e", recorded_sha="o", answers_on_hub=False, overwrite_touched=True
    )
    assert action == "replace" and "changed" in reason


# ----------------------------------------------------------------------- a fake hub
class FakeHub:
    """Just enough of the hub and contents REST APIs, in memory."""

    def __init__(self, *, fail_starts: dict[str, int] | None = None, scopes=None):
        self.users: dict[str, dict] = {}
        self.files: dict[tuple[str, str], bytes] = {}
        self.fail_starts = dict(fail_starts or {})
        self.starts: dict[str, int] = {}
        self.scopes = scopes if scopes is not None else ["admin:users", "servers", "access:servers"]
        self.seen_auth: set[str] = set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen_auth.add(request.headers.get("authorization", ""))
        path = request.url.path
        if path == "/hub/api/user":
            return httpx.Response(200, json={"kind": "service", "name": "netkit", "scopes": self.scopes})
        if path == "/hub/api/users" and request.method == "POST":
            for name in json.loads(request.content)["usernames"]:
                self.users.setdefault(name, {"state": "stopped"})
            return httpx.Response(201, json=[])
        m = re.fullmatch(r"/hub/api/users/([^/]+)(/server)?", path)
        if m:
            user = self.users.get(m.group(1))
            if user is None:
                return httpx.Response(404, json={"message": "no such user"})
            if m.group(2):
                self.starts[m.group(1)] = self.starts.get(m.group(1), 0) + 1
                failing = self.fail_starts.get(m.group(1), 0)
                user["state"] = "failing" if failing else "pending"
                self.fail_starts[m.group(1)] = max(0, failing - 1)
                return httpx.Response(202)
            if user["state"] == "pending":  # ready on the next look
                user["state"] = "ready"
                return httpx.Response(200, json={"name": m.group(1), "servers": {"": {"pending": "spawn"}}})
            if user["state"] == "failing":
                user["state"] = "stopped"
                return httpx.Response(200, json={"name": m.group(1), "servers": {"": {"pending": "spawn"}}})
            servers = {"": {"ready": True}} if user["state"] == "ready" else {}
            return httpx.Response(200, json={"name": m.group(1), "servers": servers})
        m = re.fullmatch(r"/user/([^/]+)/api/contents/(.*)", path)
        if m:
            user, file = m.group(1), m.group(2)
            if self.users.get(user, {}).get("state") != "ready":
                return httpx.Response(503)
            if request.method == "PUT":
                body = json.loads(request.content)
                if body["type"] == "directory":
                    self.files[(user, file)] = None
                else:
                    self.files[(user, file)] = base64.b64decode(body["content"])
                return httpx.Response(201, json={})
            if (user, file) not in self.files:
                return httpx.Response(404, json={"message": "not found"})
            data = self.files[(user, file)]
            model = {"type": "directory" if data is None else "file"}
            if data is not None and request.url.params.get("content") == "1":
                model["content"] = base64.b64encode(data).decode()
            return httpx.Response(200, json=model)
        return httpx.Response(404)


@pytest.fixture
def render_out(tmp_path):
    out = tmp_path / "out"
    entries = [ADA, GRACE]
    for e in entries:
        (out / e["folder"]).mkdir(parents=True)
        (out / e["notebooks"][0]).write_text(json.dumps({"cells": [], "who": e["name"]}))
    (out / "manifest.json").write_text(json.dumps({"participants": entries}))
    return out


def fake_client(fake: FakeHub) -> HubClient:
    return HubClient("http://hub.test", TOKEN, transport=httpx.MockTransport(fake))


def test_server_start_failure_is_retried(render_out):
    """Is a server that fails once started again, and the workbook then delivered?"""
    fake = FakeHub(fail_starts={"ada": 1})
    report = deliver(render_out, fake_client(fake), {ADA["id"]: "ada", GRACE["id"]: "grace"}, progress=False, poll=0)
    status = {r.hub_user: r for r in report.results}
    assert status["ada"].status == "delivered" and status["ada"].attempts == 2
    assert status["grace"].status == "delivered" and status["grace"].attempts == 1
    assert "attempt 2" in report.summary()
    data = (render_out / ADA["notebooks"][0]).read_bytes()
    assert fake.files[("ada", "networking-workshop/workshop.ipynb")] == data
    assert report.ok


def test_server_that_never_starts_is_reported_not_fatal(render_out):
    """Does a participant whose server never starts fail alone, after a bounded number of attempts?"""
    fake = FakeHub(fail_starts={"ada": 99})
    report = deliver(
        render_out, fake_client(fake), {ADA["id"]: "ada", GRACE["id"]: "grace"}, progress=False, poll=0, attempts=3
    )
    status = {r.hub_user: r for r in report.results}
    assert status["ada"].status == "failed" and "after 3 attempt(s)" in status["ada"].reason
    assert fake.starts["ada"] == 3
    assert status["grace"].status == "delivered"
    assert not report.ok and "FAILED" in report.summary()
    assert delivered_users(render_out, "http://hub.test") == {GRACE["id"]: "grace"}


def test_second_delivery_refuses_touched_and_record_is_kept(render_out):
    """Does the record let a second delivery tell our own copy from a participant's edit?"""
    fake = FakeHub()
    mapping = {ADA["id"]: "ada", GRACE["id"]: "grace"}
    assert deliver(render_out, fake_client(fake), mapping, progress=False, poll=0).ok
    record = json.loads((render_out / "deliveries.json").read_text())
    assert TOKEN not in json.dumps(record)
    fake.files[("ada", "networking-workshop/workshop.ipynb")] = b'{"edited": true}'
    fake.files[("grace", "networking-workshop/netkit-answers.json")] = b"{}"
    for e in (ADA, GRACE):
        (render_out / e["notebooks"][0]).write_text('{"cells": [], "version": 2}')
    report = deliver(render_out, fake_client(fake), mapping, progress=False, poll=0)
    status = {r.hub_user: r for r in report.results}
    assert status["ada"].status == "refused" and "changed on the hub" in status["ada"].reason
    assert status["grace"].status == "refused" and "saved answers" in status["grace"].reason
    assert fake.files[("ada", "networking-workshop/workshop.ipynb")] == b'{"edited": true}'


def test_missing_scopes_stop_before_anything_happens(render_out):
    """Does a token without start:servers stop delivery with the scopes to ask for?"""
    fake = FakeHub(scopes=["read:users", "access:servers!user=ada"])
    with pytest.raises(HubError) as err:
        deliver(render_out, fake_client(fake), {ADA["id"]: "ada"}, progress=False, poll=0)
    assert "start:servers" in err.value.message and "access:servers" in err.value.message
    assert not fake.users


def test_group_limited_scopes_are_enough(render_out):
    """Is a role limited to the cohort's group (least privilege) accepted?"""
    fake = FakeHub(
        scopes=["read:users!group=c", "read:servers!group=c", "start:servers!group=c", "access:servers!group=c"]
    )
    fake.users["ada"] = {"state": "stopped"}
    report = deliver(render_out, fake_client(fake), {ADA["id"]: "ada", GRACE["id"]: "grace"}, progress=False, poll=0)
    status = {r.hub_user: r for r in report.results}
    assert status["ada"].status == "delivered"
    assert status["grace"].status == "failed" and "may not create users" in status["grace"].reason


def test_corrupt_delivery_record_stops_delivery(render_out):
    """Is a damaged deliveries.json refused rather than replaced (it protects participants' edits)?"""
    (render_out / "deliveries.json").write_text("{ nope")
    with pytest.raises(HubError, match="delivery record cannot be read"):
        deliver(render_out, fake_client(FakeHub()), {ADA["id"]: "ada"}, progress=False, poll=0)


def test_fetch_answers_returns_answers_or_errors():
    """Does fetch_answers give each participant's answers, or an error saying why not?"""
    fake = FakeHub()
    for user in ("ada", "grace"):
        fake.users[user] = {"state": "ready"}
    doc = {"schema": 1, "answers": {"reflection.regret": "x"}, "saved_at": "now"}
    fake.files[("ada", "networking-workshop/netkit-answers.json")] = json.dumps(doc).encode()
    fake.files[("grace", "networking-workshop/netkit-answers.json")] = json.dumps({**doc, "schema": 99}).encode()
    got = fetch_answers(fake_client(fake), {"p1": "ada", "p2": "grace", "p3": "nobody"}, poll=0)
    assert list(got) == ["p1", "p2", "p3"]
    assert got["p1"] == {"reflection.regret": "x"}
    assert isinstance(got["p2"], HubError) and "newer netkit" in got["p2"].message
    assert isinstance(got["p3"], HubError) and "no hub user 'nobody'" in got["p3"].message


def test_read_hub_pairs_every_manifest_entry_with_answers_or_why_not(render_out):
    """Does read_hub (what `netkit collect --hub` calls) read the delivered participants' answers
    from this hub, in manifest order, and say who was never delivered here?"""
    fake = FakeHub()
    assert deliver(render_out, fake_client(fake), {ADA["id"]: "ada"}, progress=False, poll=0).ok
    doc = {"schema": 1, "answers": {"reflection.regret": "x"}, "saved_at": "now"}
    fake.files[("ada", "networking-workshop/netkit-answers.json")] = json.dumps(doc).encode()
    pairs = read_hub(render_out, fake_client(fake))
    assert [entry["id"] for entry, _ in pairs] == [ADA["id"], GRACE["id"]]
    assert pairs[0][1] == {"reflection.regret": "x"}
    assert isinstance(pairs[1][1], HubError) and "no workbook was delivered" in pairs[1][1].message
    assert "netkit deliver" in pairs[1][1].message
    # a hub this render was never delivered to: nobody is read there
    other = HubClient("http://other.test", TOKEN, transport=httpx.MockTransport(FakeHub()))
    assert all(isinstance(answers, HubError) for _, answers in read_hub(render_out, other))


def test_public_names_are_sorted():
    """Is __all__ explicit and sorted?"""
    assert hub_module.__all__ == sorted(hub_module.__all__)
    assert all(hasattr(hub_module, name) for name in hub_module.__all__)


@pytest.mark.parametrize("notebook", ["../secret.ipynb", "/etc/hostname", "GRACE/workshop.ipynb"])
def test_manifest_notebook_outside_the_participants_folder_is_never_delivered(render_out, notebook):
    """Does a tampered manifest that points a participant at a file outside their own folder (another
    participant's workbook, a file of the coach's machine) fail that participant without sending it?"""
    (render_out.parent / "secret.ipynb").write_text('{"secret": true}')
    manifest = json.loads((render_out / "manifest.json").read_text())
    manifest["participants"][0]["notebooks"] = [notebook.replace("GRACE", GRACE["folder"])]
    (render_out / "manifest.json").write_text(json.dumps(manifest))
    fake = FakeHub()
    report = deliver(render_out, fake_client(fake), {ADA["id"]: "ada", GRACE["id"]: "grace"}, progress=False, poll=0)
    status = {r.hub_user: r for r in report.results}
    assert status["ada"].status == "failed" and "outside" in status["ada"].reason
    assert not [key for key in fake.files if key[0] == "ada" and fake.files[key] is not None]
    assert status["grace"].status == "delivered"


def test_mapping_csv_with_a_huge_cell_is_an_input_error(tmp_path):
    """Does a mapping CSV with a cell over the csv module's limit stop with the file and line, not a traceback?"""
    from netkit.exceptions import InputError

    path = write(tmp_path / "map.csv", "participant,hub_user\n" + ADA["id"] + "," + "y" * 200_000 + "\n")
    with pytest.raises(InputError) as err:
        map_from_csv(path, [ADA, GRACE])
    assert err.value.where == str(path) and err.value.line == 2
