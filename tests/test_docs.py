"""The README documents what the kit does (sqlite-utils' test_docs habit)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from netkit.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "netkit"):
    for name, command in group.commands.items():
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")


@pytest.mark.parametrize("name,command", list(_commands(cli)), ids=lambda x: x if isinstance(x, str) else "")
def test_every_command_is_documented(name, command):
    """Is every command mentioned in the README, and does its --help have an Example?"""
    assert name in README, f"README does not mention `{name}`"
    if not isinstance(command, click.Group):
        assert "Example:" in (command.help or ""), f"`{name}` --help has no Example: block"


def test_readme_has_the_two_setup_commands():
    """Does the README give the install-and-run command and the test command?"""
    assert re.search(r"pip install [^\n]*\.[^\n]*&& netkit render --example", README)
    assert re.search(r"pip install [^\n]*\[test[^\n]*&& [^\n]*pytest", README)
