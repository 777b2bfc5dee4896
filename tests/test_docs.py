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


def test_every_relative_link_in_the_docs_leads_somewhere():
    """Does every relative link of the README, CONTRIBUTING and docs/ name a file that exists (the README was split
    into docs/guide.md, docs/exercises.md and docs/developers.md; a moved section must not leave a dead link)?"""
    root = Path(__file__).resolve().parent.parent
    dead = []
    for page in [root / "README.md", root / "CONTRIBUTING.md", *sorted((root / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if re.match(r"(https?:|mailto:|#)", target):
                continue
            if not (page.parent / target.split("#")[0]).exists():
                dead.append(f"{page.relative_to(root)} -> {target}")
    assert not dead, dead


def test_the_readme_is_the_newcomers_page():
    """Is the README short (what it is, the two commands, where to go next), the rest in docs/?"""
    assert len(README.splitlines()) <= 120
    for doc in ("docs/coaches.md", "docs/guide.md", "docs/exercises.md", "docs/developers.md", "CONTRIBUTING.md"):
        assert f"]({doc})" in README, doc
