"""The command line only gathers options and calls the library (papermill's own test style)."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner

from netkit.cli import EXAMPLE_DEFAULTS, cli
from netkit.coach import render as render_module
from netkit.coach.render import RenderReport
from netkit.resources import example_roster


@pytest.fixture
def runner():
    return CliRunner()


def fake_report(out):
    return RenderReport(out=Path(out), results=[], manifest=Path(out) / "manifest.json")


def test_render_passes_options_through(runner, tmp_path):
    """Are the roster, folder and flags passed to the library unchanged?"""
    roster = tmp_path / "r.csv"
    roster.write_text("Name\nAna\n")
    with mock.patch.object(render_module, "render", return_value=fake_report(tmp_path)) as call:
        result = runner.invoke(
            cli,
            [
                "render",
                str(roster),
                "-o",
                str(tmp_path / "o"),
                "--execute",
                "-j",
                "3",
                "--html",
                "--update",
                "--coach",
                "Sam",
                "-q",
            ],
        )
    assert result.exit_code == 0, result.output
    args, kwargs = call.call_args
    assert args == (roster, tmp_path / "o")
    assert kwargs == {
        "workbook": None,
        "execute": True,
        "jobs": 3,
        "html": True,
        "update": True,
        "progress": False,
        "defaults": {"coach": "Sam"},
        "columns": {},
    }


def test_example_uses_the_bundled_cohort(runner, tmp_path):
    """Does --example render the bundled fictional cohort with its embedded defaults?"""
    with mock.patch.object(render_module, "render", return_value=fake_report(tmp_path)) as call:
        result = runner.invoke(cli, ["render", "--example", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert call.call_args.args[0] == example_roster()
    assert call.call_args.kwargs["defaults"] == EXAMPLE_DEFAULTS


@pytest.mark.parametrize(
    "argv",
    [
        ["render", "-o", "x"],
        ["render", "r.csv", "--example", "-o", "x"],
        ["render", "--example", "-o", "x", "--jobs", "0"],
    ],
)
def test_usage_errors(runner, argv, tmp_path):
    """Are contradictory or missing arguments refused with a usage message?"""
    with runner.isolated_filesystem(temp_dir=tmp_path):
        Path("r.csv").write_text("Name\nA\n")
        result = runner.invoke(cli, argv)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_roster_error_is_a_message_not_a_traceback(runner, tmp_path):
    """Does a bad roster print the file, line and fix, exit 2, and write nothing?"""
    roster = tmp_path / "r.csv"
    roster.write_text("Email\nx@example.org\n")
    result = runner.invoke(cli, ["render", str(roster), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "r.csv, line 1" in result.output and "How to fix" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_example_end_to_end(runner, tmp_path):
    """Does `netkit render --example` write a manifest and one workbook per fictional participant?"""
    result = runner.invoke(cli, ["render", "--example", "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert "6 written" in result.output
    assert len(list(tmp_path.glob("*/workshop.ipynb"))) == 6


def test_failures_exit_non_zero(runner, tmp_path):
    """Does a failed participant make the command exit 1 after the summary?"""
    report = fake_report(tmp_path)
    failing = mock.Mock(status="failed", error="boom", participant=mock.Mock(name="p", line=2))
    report.results.append(failing)
    with mock.patch.object(render_module, "render", return_value=report):
        result = runner.invoke(cli, ["render", "--example", "-o", str(tmp_path)])
    assert result.exit_code == 1 and "FAILED" in result.output


def test_compose_check_detects_stale(runner, tmp_path):
    """Does `netkit compose --check` exit 1 when a workbook is out of date?"""
    import shutil

    root = Path(__file__).resolve().parent.parent
    shutil.copytree(root / "exercises", tmp_path / "exercises")
    (tmp_path / "workbooks").mkdir()
    shutil.copy(root / "workbooks" / "workshop.toml", tmp_path / "workbooks")
    spec = tmp_path / "workbooks" / "workshop.toml"
    assert runner.invoke(cli, ["compose", "--check", str(spec)]).exit_code == 1
    assert runner.invoke(cli, ["compose", str(spec)]).exit_code == 0
    assert runner.invoke(cli, ["compose", "--check", str(spec)]).exit_code == 0
