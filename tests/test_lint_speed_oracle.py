"""The linter's findings, frozen: a faster linter must say exactly what the old one said.

``tests/fixtures/lint_oracle.json.xz`` (xz, not gzip: each corpus draft is stored in its own situation and again in
another, far apart in the file, and only xz's large window finds those repeats; 14 MB of JSON is 0.9 MB, where gzip
gave 2.6 MB) holds several thousand drafts — every labelled corpus message (in its own
situation and relationship, and in a few others), every built-in template rendered with and without its
gaps, the demo participant's drafts, and generated variants (case changes, no punctuation, curly quotes,
HTML, long texts, and letters that only match case-insensitively such as ``ſ``, ``K`` (Kelvin) and
``İ``) — with the findings the linter gave *before* it was made faster (issue #28). Every finding (rule,
severity, message, fix) must come back the same, in the same order.

Regenerate only from the code the snapshot is meant to freeze (``python tests/test_lint_speed_oracle.py
--write``); the inputs are stored with the findings, so the test never depends on how they were generated.
"""

from __future__ import annotations

import functools
import json
import lzma
import os
import random
import sys
import tomllib
from pathlib import Path

import pytest

from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.lint_learned import SWITCH

FIXTURE = Path(__file__).parent / "fixtures" / "lint_oracle.json.xz"
MESSAGES = Path(__file__).parent / "fixtures" / "messages"
GUIDE = Path(__file__).parent.parent / "netkit" / "data" / "guide.toml"
SITUATIONS = ("", "informational-interview", "apology", "thank-you", "reconnect", "follow-up", "decline-referral")
RELATIONSHIPS = (None, "friend", "stranger", "acquaintance", "dormant")


def _corpus() -> list[tuple[str, str, str | None]]:
    out = []
    for path in sorted(MESSAGES.glob("*.toml")):
        if "sealed" in path.name:  # measured once at the end of a round, never read by anything else
            continue
        for m in tomllib.loads(path.read_text("utf-8")).get("message", []):
            out.append((m["text"], m.get("situation", ""), m.get("relationship") or None))
    return out


def _templates() -> list[tuple[str, str, str | None]]:
    from netkit.exercises.outreach.message import render_message
    from netkit.exercises.outreach.templates import builtin_templates

    contact = {"name": "Ana Lima", "organisation": "Acme", "role": "data lead", "how_we_know": "met at PyData"}
    me = {"name": "Sam Ode", "goal": "a move into health data"}
    out = []
    for template in builtin_templates():
        out.append((render_message(template, placeholders=True), template.id, None))
        out.append((render_message(template, contact, me, placeholders=True), template.id, "stranger"))
    return out


def _demo() -> list[tuple[str, str, str | None]]:
    guide = tomllib.loads(GUIDE.read_text("utf-8"))
    found: list[tuple[str, str, str | None]] = []

    def walk(node: object, situation: str) -> None:
        if isinstance(node, dict):
            situation = node.get("draft_situation", situation)
            for key, value in node.items():
                if isinstance(value, str) and "draft" in key:
                    found.append((value, situation, None))
                else:
                    walk(value, situation)
        elif isinstance(node, list):
            for item in node:
                walk(item, situation)

    walk(guide, "")
    return found


_ODD_LETTERS = {"s": "ſ", "k": "\u212a", "i": "İ", "I": "ı"}


def _variants(base: list[tuple[str, str, str | None]], rng: random.Random) -> list[tuple[str, str, str | None]]:
    out = []
    for text, situation, relationship in rng.sample(base, min(200, len(base))):
        out.append((text.upper(), situation, relationship))
        out.append((text.lower(), situation, relationship))
        out.append((text.swapcase(), situation, relationship))
        out.append((text.replace("'", "’"), situation, relationship))
        out.append(("".join(c for c in text if c not in ".,!?;:"), situation, relationship))
        out.append(("<p>" + text.replace("\n\n", "</p><p>") + "</p>", situation, relationship))
        out.append((" ".join([text] * rng.randint(2, 5)), situation, relationship))
        odd = "".join(_ODD_LETTERS.get(c, c) if rng.random() < 0.3 else c for c in text)
        out.append((odd, situation, relationship))
        words = text.split()
        rng.shuffle(words)
        out.append((" ".join(words), situation, relationship))
    return out


def inputs() -> list[tuple[str, str, str | None]]:
    """Every draft the snapshot covers, in a fixed order."""
    rng = random.Random(28)
    corpus = _corpus()
    base = corpus + _templates() + _demo()
    out = list(base)
    for text, _situation, _relationship in corpus:
        out.append((text, rng.choice(SITUATIONS), rng.choice(RELATIONSHIPS)))
    out += _variants(base, rng)
    out += [("", "", None), ("   ", "", None), ("Hi", "", None), ("ſorry İ Kan't", "apology", None)]
    return out


def findings(text: str, situation: str, relationship: str | None) -> list[list[str]]:
    return [[f.rule, f.severity, f.message, f.fix] for f in lint(text, situation or None, relationship=relationship)]


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The snapshot freezes the rules (written with the learned second signal off); that signal's pairs on by
    default change with every retrain and are tested in test_lint_learned.py."""
    monkeypatch.setenv(SWITCH, "0")


@functools.cache
def _cases() -> list[dict]:
    """The snapshot, read once per test session (nine tests share it)."""
    return json.loads(lzma.decompress(FIXTURE.read_bytes()).decode("utf-8"))["cases"]


def test_the_snapshot_is_big_enough():
    cases = _cases()
    assert len(cases) > 2000
    assert sum(1 for c in cases if c["findings"]) > 500  # it exercises the rules, not just silence
    assert len({f[0] for c in cases for f in c["findings"]}) >= 12


@pytest.mark.parametrize("chunk", range(8))
def test_findings_are_exactly_the_snapshot(chunk):
    cases = _cases()
    wrong = []
    for i in range(chunk, len(cases), 8):
        case = cases[i]
        got = findings(case["text"], case["situation"], case["relationship"])
        if got != case["findings"]:
            wrong.append((i, case["text"][:80], case["findings"], got))
    assert not wrong, f"{len(wrong)} drafts lint differently, first: {wrong[0]}"


if __name__ == "__main__" and "--write" in sys.argv:
    os.environ[SWITCH] = "0"  # the rules alone, as the tests read them
    cases = [{"text": t, "situation": s, "relationship": r, "findings": findings(t, s, r)} for t, s, r in inputs()]
    data = (json.dumps({"cases": cases}, ensure_ascii=False, indent=0) + "\n").encode("utf-8")
    FIXTURE.write_bytes(lzma.compress(data, preset=9 | lzma.PRESET_EXTREME))  # no timestamp: same findings, same bytes
    print(f"{len(cases)} drafts, {sum(len(c['findings']) for c in cases)} findings")
