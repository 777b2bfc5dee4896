"""`netkit collect`: a thin command over netkit.coach.collect (CliRunner, no kernel)."""

from __future__ import annotations

from click.testing import CliRunner
from collect_data import HOSTILE, SECRET_CONTACT, complete_answers, make_render

from netkit.cli import cli
from netkit.exceptions import HubError


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_collect_writes_report_and_csv(tmp_path):
    """Does the command write the HTML report and the CSV, and summarise on stdout?"""
    out = make_render(
        tmp_path / "out",
        [("a", "Ada", complete_answers()), ("b", "Bo", complete_answers()), ("c", HOSTILE, complete_answers())],
    )
    result = run("collect", str(out), "-o", str(tmp_path / "r.html"), "--csv", str(tmp_path / "s.csv"), "-q")
    assert result.exit_code == 0, result.output
    assert "3 participants: 3 sharing" in result.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.count("data:image/png") == 5 and HOSTILE not in html and SECRET_CONTACT not in html
    assert (tmp_path / "s.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_damaged_folder_is_a_warning_not_a_failure(tmp_path):
    """Does a corrupt or missing participant folder give a warning and exit 0?"""
    out = make_render(
        tmp_path / "out", [("a", "Ada", complete_answers()), ("b", "Bo", "corrupt"), ("c", "Cy", "missing")]
    )
    result = run("collect", str(out), "-o", str(tmp_path / "r.html"), "-q")
    assert result.exit_code == 0
    assert "Warning: skipped Bo" in result.output and "Warning: skipped Cy" in result.output
    assert "need at least 3" in result.output
    assert (tmp_path / "r.html").exists()


def test_not_a_render_folder_is_a_friendly_error(tmp_path):
    """Does a folder without manifest.json give 'Error: …' with a fix and exit 2, no traceback?"""
    result = run("collect", str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2
    assert "Error:" in result.output and "manifest.json" in result.output and "Traceback" not in result.output


def test_min_group_option(tmp_path):
    """Does --min-group 1 show charts for a single sharing participant?"""
    out = make_render(tmp_path / "out", [("a", "Ada", complete_answers())])
    run("collect", str(out), "-o", str(tmp_path / "r.html"), "--min-group", "1", "-q")
    assert "data:image/png" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_hub_reads_answers_through_fetch_answers(tmp_path, monkeypatch):
    """Does --hub read each delivered participant's answers via netkit.hub, and flag the undelivered?"""
    import importlib

    # the module where netkit.hub.read_hub, which the command calls, finds them (by module name:
    # the attribute netkit.hub.deliver is the function of that name)
    hub = importlib.import_module("netkit.hub.deliver")

    out = make_render(tmp_path / "out", [("a", "Ada", "missing"), ("b", "Bo", "missing"), ("c", "Cy", "missing")])
    calls = {}

    class FakeClient:
        def __init__(self, url):
            calls["url"] = url

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

    def fake_fetch(client, users, *, folder, progress):
        calls["users"], calls["folder"] = dict(users), folder
        return {"a": complete_answers(), "b": HubError("the server of 'bo' did not start")}

    monkeypatch.setattr(hub, "HubClient", FakeClient)
    monkeypatch.setattr(hub, "delivered_users", lambda o, url: {"a": "ada", "b": "bo", "zz": "ghost"})
    monkeypatch.setattr(hub, "fetch_answers", fake_fetch)
    result = run(
        "collect",
        str(out),
        "-o",
        str(tmp_path / "r.html"),
        "--hub",
        "https://hub.example.org",
        "-q",
        "--min-group",
        "1",
    )
    assert result.exit_code == 0, result.output
    assert calls == {
        "url": "https://hub.example.org",
        "users": {"a": "ada", "b": "bo"},
        "folder": "networking-workshop",
    }
    assert "1 sharing" in result.output
    assert "skipped Bo: the server of 'bo' did not start" in result.output
    assert "skipped Cy: no workbook was delivered" in result.output


def test_hub_without_token_is_a_friendly_error(tmp_path, monkeypatch):
    """Does --hub with no NETKIT_HUB_TOKEN say how to set it, exit 2, and never ask for it as an option?"""
    monkeypatch.delenv("NETKIT_HUB_TOKEN", raising=False)
    out = make_render(tmp_path / "out", [("a", "Ada", None)])
    result = run("collect", str(out), "-o", str(tmp_path / "r.html"), "--hub", "https://hub.example.org")
    assert result.exit_code == 2
    assert "NETKIT_HUB_TOKEN" in result.output and "Traceback" not in result.output
