"""docs/coaching.md: every seed idea points at something the participant does, and that thing exists."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from netkit.coach.run_sheets import load_guide
from netkit.exercises.outreach import builtin_templates, conversation, practice
from netkit.exercises.outreach.lint import RULES, rules_markdown
from netkit.exercises.reflection.prompts import PROMPTS

DOC = Path(__file__).resolve().parent.parent / "docs" / "coaching.md"
WIDGET_MODULES = ("network", "outreach", "reflection", "rhythms", "opening", "takehome", "sharing")


def coverage_rows() -> list[tuple[str, str, list[str]]]:
    text = DOC.read_text(encoding="utf-8").split("## Coverage table", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("Idea", "---"):
            rows.append((cells[0], cells[1], [w.strip() for w in cells[2].split(",") if w.strip()]))
    return rows


def _exists(where: str) -> bool:
    kind, _, name = where.partition(":")
    if kind == "rule":
        return name in RULES
    if kind == "template":
        return name in {t.id for t in builtin_templates()}
    if kind == "prompt":
        return name in {p.id for p in PROMPTS}
    if kind == "guide":
        return isinstance(getattr(conversation, name, None), (tuple, dict)) and bool(getattr(conversation, name))
    if kind == "practice":
        value = getattr(practice, name, None)
        return name in practice.__all__ and (callable(value) or bool(value))
    if kind == "activity":
        return name in load_guide().get("activities", {})
    if kind == "function":
        module, _, attr = name.rpartition(".")
        return callable(getattr(importlib.import_module(f"netkit.{module}"), attr, None))
    if kind == "widget":
        return any(hasattr(importlib.import_module(f"netkit.widgets.{m}"), name) for m in WIDGET_MODULES)
    return False


def test_every_idea_of_every_seed_is_in_the_table():
    """Are all 46 ideas of IDEAS.md (plus the ones the issue adds) listed, every seed included?"""
    rows = coverage_rows()
    assert len(rows) >= 46
    seeds = {s for _idea, seed, _where in rows for s in re.findall(r"\d{3}", seed)}
    assert seeds == {"000", "001", "002", "003", "004"}
    assert any("client" in idea.lower() for idea, _s, _w in rows)  # seed 004's freelancer


@pytest.mark.parametrize("idea, seed, where", coverage_rows(), ids=lambda v: v if isinstance(v, str) else None)
def test_each_idea_is_practised_in_something_that_exists(idea, seed, where):
    """Does each idea point at a rule, template, prompt, guide step, function or widget that exists?"""
    assert where, idea
    missing = [w for w in where if not _exists(w)]
    assert missing == [], f"{idea}: {missing}"


def test_every_rule_and_template_is_explained_or_used_in_the_doc():
    """Is every linter rule described in the rule table, and every built-in template used by some idea?"""
    text = DOC.read_text(encoding="utf-8")
    for rule in RULES:
        assert f"`{rule}`" in text, rule
    used = {w.split(":", 1)[1] for _i, _s, where in coverage_rows() for w in where if w.startswith("template:")}
    assert {t.id for t in builtin_templates()} - used == set()


def test_the_rule_table_is_generated_from_the_rule_list():
    """Does docs/coaching.md's rule table say exactly what the linter's Rule objects say?"""
    text = DOC.read_text(encoding="utf-8")
    table = text.split("<!-- rules:start -->", 1)[1].split("<!-- rules:end -->", 1)[0].strip()
    assert table == rules_markdown(), "regenerate it: netkit outreach rules --markdown"


READ_ONLY_BEFORE = (
    "Your reputation and theirs are linked",
    "When someone vouches for you, prepare and show up",
    "Shame makes people afraid to ask again; get past it",
    "Reasonable versus unreasonable requests",
    "Empathy for people who are desperate",
    "Be genuine",
    "Do things together (events, projects)",
    "Become a known quantity",
    "Spot unmet needs, even create a job",
    "Networking builds career identity",
    "Be a connector",
    "They want to stay in touch too",
)


@pytest.mark.parametrize("idea", READ_ONLY_BEFORE)
def test_the_twelve_ideas_that_were_only_read_are_now_done(idea):
    """Does each idea a coach found only *read* point at something the participant does, not prose?"""
    where = {i: w for i, _s, w in coverage_rows()}[idea]
    doing = [w for w in where if w.split(":", 1)[0] in ("template", "widget", "practice", "activity", "rule", "prompt")]
    assert doing, f"{idea}: only {where}"
