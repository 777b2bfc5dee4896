"""netkit outreach lint / templates, through click's CliRunner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from netkit.cli import cli
from netkit.exercises.outreach.lint import lint

GOOD = (
    "Hi Ana,\n\nWe met at the PyData meetup. Would you be open to a 20-minute call next week "
    "about your work?\n\nThanks,\nSam"
)
BAD = "Hi Bob. I am looking for a job. Please refer me. You owe me."


def run(*args, input=None):
    return CliRunner().invoke(cli, ["outreach", *args], input=input)


def test_clean_message_exits_zero(tmp_path):
    """Does a good message print an all-clear and exit 0?"""
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = run("lint", str(path), "--situation", "informational-interview")
    assert result.exit_code == 0, result.output
    assert "No findings" in result.output


def test_warnings_exit_one_and_explain(tmp_path):
    """Does a message with warnings print each rule with a fix and exit 1?"""
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    result = run("lint", str(path))
    assert result.exit_code == 1
    assert "[job-ask]" in result.output and "[pressure]" in result.output and "Try:" in result.output


def test_json_output_matches_the_library(tmp_path):
    """Does --json print {"findings": [...]} with rule, severity, message and fix, as lint() returns?"""
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    result = run("lint", str(path), "--json", "--situation", "informational-interview")
    doc = json.loads(result.output)
    assert doc["findings"] == [f.as_dict() for f in lint(BAD, "informational-interview")]
    assert {"rule", "severity", "message", "fix"} == set(doc["findings"][0])


def test_stdin_and_other_encodings(tmp_path):
    """Can the message come from stdin, or from a cp1252 file (Windows Notepad)?"""
    assert run("lint", "-", input=GOOD).exit_code == 0
    path = tmp_path / "win.txt"
    path.write_bytes(GOOD.replace("Ana", "Zoë").encode("cp1252"))
    assert run("lint", str(path)).exit_code == 0


def test_bad_inputs_are_friendly(tmp_path):
    """Do a missing file and an unknown situation give 'Error: …' and exit 2, not a traceback?"""
    result = run("lint", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "Error:" in result.output and "Traceback" not in result.output
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = run("lint", str(path), "--situation", "informational")
    assert result.exit_code == 2 and "informational-interview" in result.output


def test_templates_lists_situations_and_shows_one():
    """Does `templates` list every situation, and --show print a filled-in draft?"""
    result = run("templates")
    assert result.exit_code == 0
    assert "apology" in result.output and "decline-referral" in result.output
    shown = run("templates", "--show", "thank-you")
    assert shown.exit_code == 0 and shown.output.startswith("Hi Ana")


def test_templates_checks_a_coach_folder(tmp_path):
    """Is a coach template needing a field nobody has reported with its file, exit 2?"""
    (tmp_path / "odd.j2").write_text('+++\nsituation = "odd"\n+++\nHi {{ contact.shoe_size }}', encoding="utf-8")
    result = run("templates", "--templates", str(tmp_path))
    assert result.exit_code == 2
    assert "odd.j2" in result.output and "shoe_size" in result.output


def test_situation_from_a_coach_folder(tmp_path):
    """Can --situation name a coach's own situation?"""
    (tmp_path / "m.j2").write_text(
        '+++\nsituation = "thank-mentor"\nneeds_thanks = true\nhas_ask = false\nneeds_connection = false\n+++\nHi',
        encoding="utf-8",
    )
    path = tmp_path / "msg.txt"
    path.write_text("Hi Ana, the course went well and I passed.", encoding="utf-8")
    result = run("lint", str(path), "--situation", "thank-mentor", "--templates", str(tmp_path), "--json")
    assert [f["rule"] for f in json.loads(result.output)["findings"]] == ["no-thanks"]


def test_lint_reads_windows_1252_from_standard_input():
    """Does `lint -` read a message piped in another encoding instead of crashing?"""
    result = CliRunner().invoke(cli, ["outreach", "lint", "-"], input="Hi Zoë, we met at PyData.".encode("cp1252"))
    assert result.exit_code in (0, 1), result.output
    assert not isinstance(result.exception, UnicodeDecodeError)


def test_rules_lists_every_rule_from_the_rule_list():
    """Does `netkit outreach rules` list every rule, and --json the same ids with their fields?"""
    from netkit.exercises.outreach.lint import RULEBOOK, RULES

    result = run("rules")
    assert result.exit_code == 0, result.output
    for rule in RULEBOOK:
        assert rule.id in result.output and rule.title in result.output
    doc = json.loads(run("rules", "--json").output)
    assert [r["id"] for r in doc["rules"]] == list(RULES)
    assert {"id", "title", "severity", "languages", "situations", "fix", "relational"} <= set(doc["rules"][0])


def test_rules_markdown_is_the_docs_table():
    """Does --markdown print the table docs/coaching.md holds?"""
    from netkit.exercises.outreach.lint import rules_markdown

    assert run("rules", "--markdown").output.strip() == rules_markdown()


def test_lint_takes_the_relationship(tmp_path):
    """Does --relationship friend spare a friend the connection rule, and a bad value exit 2?"""
    path = tmp_path / "m.txt"
    path.write_text("Hi Dev, could you introduce me to your design lead? Thanks", encoding="utf-8")
    assert "connection-late" in run("lint", str(path), "--situation", "introduction").output
    result = run("lint", str(path), "--situation", "introduction", "--relationship", "friend")
    assert "connection-late" not in result.output and result.exit_code == 0, result.output
    assert run("lint", str(path), "--relationship", "cousin").exit_code == 2
