"""The coach's terminal: what render and collect tell a coach, and the printable worksheets."""

from __future__ import annotations

import re

import click
import nbformat
import pytest
from click.testing import CliRunner

from netkit.cli import cli
from netkit.cli import collect as collect_cli
from netkit.coach.render import BACKUP_FOLDER

ROSTER = (
    "Name,Email,Goal,Target organisations,Phone,Coach's private notes\n"
    "Ana Silva,ana@example.org,Find a mentor,Arup; Ørsted,+44 1,shy\n"
    "Bo Berg,bo@example.org,Change sector,,+44 2,\n"
)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return path


def test_render_lists_the_roster_columns_it_ignored(runner, roster, tmp_path):
    """Does render name the columns that never reach a workbook (as the README promises)?"""
    result = runner.invoke(cli, ["render", str(roster), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert "Ignored roster columns (never put into a workbook): Phone, Coach's private notes" in result.output


def test_rerender_keeps_workshop_date_and_coach_unless_new_ones_are_given(runner, roster, tmp_path):
    """Does a second render keep the earlier --workshop/--date/--coach, say so, and let new ones win?"""
    out = tmp_path / "out"
    first = runner.invoke(
        cli,
        [
            "render",
            str(roster),
            "-o",
            str(out),
            "-q",
            "--workshop",
            "Lasting ties",
            "--date",
            "2026-12-03",
            "--coach",
            "Sam",
        ],
    )
    assert first.exit_code == 0 and "Kept from" not in first.output
    second = runner.invoke(cli, ["render", str(roster), "-o", str(out), "-q", "--coach", "Kim"])
    assert second.exit_code == 0, second.output
    assert "Kept from the earlier render: workshop 'Lasting ties', date '2026-12-03'" in second.output
    nb = nbformat.read(next(out.glob("ana-silva-*/workshop.ipynb")), as_version=4)
    params = nb.metadata["papermill"]["parameters"]
    assert (params["workshop"], params["workshop_date"], params["coach"]) == ("Lasting ties", "2026-12-03", "Kim")


def test_update_of_an_unchanged_notebook_writes_no_backup(runner, roster, tmp_path):
    """Does --update leave no backup when the refreshed notebook is identical to the old one?"""
    out = tmp_path / "out"
    assert runner.invoke(cli, ["render", str(roster), "-o", str(out), "-q"]).exit_code == 0
    folder = next(out.glob("ana-silva-*"))
    (folder / "netkit-answers.json").write_text("{}", encoding="utf-8")  # Ana has started: a touched workbook
    result = runner.invoke(cli, ["render", str(roster), "-o", str(out), "-q", "--update"])
    assert result.exit_code == 0, result.output
    assert "unchanged" in result.output
    assert not (folder / BACKUP_FOLDER).exists()


def test_render_html_writes_personalised_worksheets_without_executing(runner, roster, tmp_path):
    """Does --html (no kernel needed) write worksheets titled like the workbook, with the person's details?"""
    out = tmp_path / "out"
    result = runner.invoke(cli, ["render", str(roster), "-o", str(out), "-q", "--html"])
    assert result.exit_code == 0, result.output
    page = next(out.glob("ana-silva-*/workshop.printout.html")).read_text(encoding="utf-8")
    assert "<title>Networking that lasts</title>" in page  # workbooks/workshop.toml's title
    assert "Ana Silva" in page and "Who do you know at Arup, Ørsted?" in page and "Bo Berg" not in page
    assert page.count("class='lines'") >= 8 and page.count("<td></td>") >= 40  # room to write
    assert "Exercise 2 — Write a message" in page


def _commands(group, prefix="netkit"):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}".split()[1:], command


@pytest.mark.parametrize("argv,command", list(_commands(cli)), ids=lambda x: " ".join(x) if isinstance(x, list) else "")
def test_help_examples_survive_copy_paste(runner, argv, command):
    """Is every example line of every command's docstring printed whole by --help (click's \\b)?"""
    examples = [
        line.strip()
        for line in (command.help or "").splitlines()
        if re.match(r"\s+(?:NETKIT_\w+=\S+\s+)?netkit ", line)
    ]
    assert examples, f"`netkit {' '.join(argv)}` has no example"
    output = runner.invoke(cli, argv + ["--help"], terminal_width=80).output
    for example in examples:
        assert example in output


def test_collect_watch_refreshes_until_ctrl_c(runner, roster, tmp_path, monkeypatch):
    """Does --watch rebuild the report each round (self-reloading) and end cleanly on Ctrl-C?"""
    out = tmp_path / "out"
    assert runner.invoke(cli, ["render", str(roster), "-o", str(out), "-q"]).exit_code == 0
    report = tmp_path / "live.html"
    rounds = []

    def fake_sleep(seconds):
        rounds.append(seconds)
        report.unlink()  # the next round must write it again
        if len(rounds) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(collect_cli, "_sleep", fake_sleep)
    result = runner.invoke(cli, ["collect", str(out), "-o", str(report), "--watch", "7"])
    assert result.exit_code == 0, result.output
    assert rounds == [7, 7, 7]
    assert "Stopped watching after 3 refresh(es)" in result.output and "Traceback" not in result.output
    assert not report.exists()  # deleted after the 3rd round, and no 4th round ran
    monkeypatch.setattr(collect_cli, "_sleep", lambda s: (_ for _ in ()).throw(KeyboardInterrupt))
    runner.invoke(cli, ["collect", str(out), "-o", str(report), "--watch", "7"])
    assert "<meta http-equiv='refresh' content='7'>" in report.read_text(encoding="utf-8")


def test_collect_watch_stops_when_the_first_refresh_fails(runner, tmp_path, monkeypatch):
    """Is a wrong folder reported at once instead of retried forever?"""
    monkeypatch.setattr(collect_cli, "_sleep", lambda s: pytest.fail("must not loop"))
    result = runner.invoke(cli, ["collect", str(tmp_path), "-o", str(tmp_path / "r.html"), "--watch", "5"])
    assert result.exit_code != 0 and "manifest" in result.output


def test_render_country_reaches_the_workbook_and_is_kept(runner, roster, tmp_path):
    """Does --country reach each workbook's parameters as a code, and stay for a later render (said so)?"""
    out = tmp_path / "out"
    first = runner.invoke(cli, ["render", str(roster), "-o", str(out), "-q", "--country", "de-by"])
    assert first.exit_code == 0, first.output
    nb = nbformat.read(next(out.glob("ana-silva-*/workshop.ipynb")), as_version=4)
    assert nb.metadata["papermill"]["parameters"]["country"] == "DE-BY"
    assert 'country = "DE-BY"' in next(c.source for c in nb.cells if c.get("id") == "injected-parameters")
    second = runner.invoke(cli, ["render", str(roster), "-o", str(out), "-q", "--coach", "Kim"])
    assert "Kept from the earlier render: country 'DE-BY' (give --country to change)" in second.output


def test_render_refuses_an_unknown_country_before_writing_anything(runner, roster, tmp_path):
    """Does --country XX stop with where and how to fix it, no traceback, and no folder written?"""
    out = tmp_path / "out"
    result = runner.invoke(cli, ["render", str(roster), "-o", str(out), "--country", "XX"])
    assert result.exit_code == 2
    assert "Invalid value for '--country'" in result.output and "'XX' is not a country" in result.output
    assert "How to fix: write a country code such as GB, DE, US" in result.output
    assert "Traceback" not in result.output and not out.exists()
