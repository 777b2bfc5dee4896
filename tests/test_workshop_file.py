"""One workshop, described once: ``workshop.toml`` beside the roster feeds render, guide, emails, lite and collect.

Questions asked: is the file read as the coach wrote it (a TOML date, quoted text, whole numbers); does a
broken file say where and how to fix it; is the composer's ``workbooks/workshop.toml`` (no ``[workshop]``
table) left alone; does each command take the details from the file; and does a flag still win?
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.coach import render as render_module
from netkit.coach.render import RenderReport
from netkit.coach.workshop import Workshop, find_workshop_file, read_workshop
from netkit.exceptions import InputError
from netkit.resources import PACKAGE_DIR

WORKSHOP = """\
# The workshop, once for every command.
[workshop]
title = "Networking that lasts"
date = 2026-12-03
coach = "Sam Rivera"
country = "GB"
min_group = 4
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "workshop.toml").write_text(WORKSHOP, encoding="utf-8")
    (tmp_path / "roster.csv").write_text("Name,Email\nAna Lima,ana@example.org\n", encoding="utf-8")
    return tmp_path


def test_file_is_read_as_written(folder):
    """Is a TOML date turned into the ISO text the commands take, and whole numbers kept as numbers?"""
    workshop = read_workshop(folder / "workshop.toml")
    assert workshop == Workshop(
        title="Networking that lasts", date="2026-12-03", coach="Sam Rivera", country="GB", min_group=4
    )
    assert workshop.settings()["date"] == dt.date(2026, 12, 3).isoformat()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[workshop]\ntitel = 'x'\n", "unknown setting 'titel'"),
        ("[workshop]\nmin_group = '5'\n", "whole number"),
        ("[workshop]\nmin_group = 0\n", "whole number"),
        ("[workshop]\ncoach = 3\n", "must be text"),
        ("[workshop]\ntitle = \n", "not valid TOML"),
        ("workshop = 'Networking'\n", "must be a table"),
    ],
)
def test_broken_file_says_where_and_how(tmp_path, text, said):
    path = tmp_path / "workshop.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_workshop(path)
    assert said in caught.value.what and str(path) in caught.value.message and caught.value.fix


def test_composer_file_is_not_a_workshop_file():
    """Is workbooks/workshop.toml (the composer's list of exercises) not mistaken for the coach's settings?"""
    composer = PACKAGE_DIR.parent / "workbooks" / "workshop.toml"
    assert composer.is_file() and read_workshop(composer) is None


def test_found_beside_the_roster_then_in_the_current_folder(folder, tmp_path_factory, monkeypatch):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    monkeypatch.chdir(elsewhere)
    assert find_workshop_file(None, near=folder / "roster.csv") == folder / "workshop.toml"
    assert find_workshop_file(None, near=elsewhere / "r.csv") is None
    monkeypatch.chdir(folder)
    assert find_workshop_file(None) == Path.cwd() / "workshop.toml"
    with pytest.raises(InputError, match="does not exist"):
        find_workshop_file(elsewhere / "missing.toml")


def _render_call(folder, *flags):
    report = RenderReport(out=folder / "out", results=[], manifest=folder / "out" / "manifest.json")
    with mock.patch.object(render_module, "render", return_value=report) as call:
        result = CliRunner().invoke(cli, ["render", str(folder / "roster.csv"), "-o", str(folder / "out"), *flags])
    assert result.exit_code == 0, result.output
    return call.call_args.kwargs["defaults"]


def test_render_takes_the_details_beside_the_roster(folder, monkeypatch):
    monkeypatch.chdir(folder.parent)
    assert _render_call(folder) == {
        "workshop": "Networking that lasts",
        "workshop_date": "2026-12-03",
        "coach": "Sam Rivera",
        "country": "GB",
    }


def test_a_flag_wins_over_the_file(folder):
    defaults = _render_call(folder, "--coach", "Jo Park", "--country", "DE")
    assert defaults["coach"] == "Jo Park" and defaults["country"] == "DE"
    assert defaults["workshop"] == "Networking that lasts"


def test_explicit_config_and_a_bad_value_there(folder, tmp_path_factory):
    """Is a value the flag would refuse (an unknown country) refused from the file too, naming the file?"""
    other = tmp_path_factory.mktemp("other") / "details.toml"
    other.write_text("[workshop]\ncountry = 'Atlantis'\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["render", str(folder / "roster.csv"), "-o", str(folder / "out"), "--config", str(other)]
    )
    assert result.exit_code == 2
    assert str(other) in result.output and "country" in result.output and "Traceback" not in result.output


def test_guide_writes_the_file_details_on_its_pages(folder, monkeypatch):
    """Does `netkit guide` run in the coach's folder put the file's title and coach on the run sheet?"""
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(cli, ["guide", "-o", "kit"])
    assert result.exit_code == 0, result.output
    page = (folder / "kit" / "run-sheet.html").read_text(encoding="utf-8")
    assert "Networking that lasts" in page and "Sam Rivera" in page


def test_collect_takes_the_minimum_group_and_title(folder, monkeypatch):
    """Does `netkit collect` use the file's min_group and title when no flag gives them?"""
    monkeypatch.chdir(folder)
    import netkit.cli.collect as collect_cli

    with mock.patch.object(collect_cli, "_collect_once") as once:
        result = CliRunner().invoke(cli, ["collect", str(folder), "-o", "report.html"])
    assert result.exit_code == 0, result.output
    args = once.call_args.args
    assert args[3] == 4 and args[4] == "Networking that lasts"
    with mock.patch.object(collect_cli, "_collect_once") as once:
        CliRunner().invoke(cli, ["collect", str(folder), "-o", "report.html", "--min-group", "7"])
    assert once.call_args.args[3] == 7


def test_session_details_reach_guide_and_emails(folder, monkeypatch):
    """Do the file's format, group size, time and place reach `netkit guide` and `netkit emails`?"""
    monkeypatch.chdir(folder)
    with open(folder / "workshop.toml", "a", encoding="utf-8") as file:
        file.write('format = "online-90"\ngroup_size = 24\ntime = "18:30"\nplace = "https://meet.example.org/x"\n')
    import netkit.coach.guide as guide_module

    with mock.patch.object(guide_module, "write_guide", return_value=[]) as write:
        result = CliRunner().invoke(cli, ["guide", "-o", "kit"])
    assert result.exit_code == 0, result.output
    assert write.call_args.args[1] == "online-90" and write.call_args.kwargs["group_size"] == 24
    result = CliRunner().invoke(cli, ["emails", "roster.csv", "--kind", "pre-work", "-o", "mail"])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.read_text(encoding="utf-8") for p in (folder / "mail").glob("*.eml"))
    assert "18:30" in text and "meet.example.org" in text
