"""The tuners' class sets as tests: each message of a class file gets exactly its labels.

A tuner writes a class of fresh messages before a fix, and a second set after it measured once; both stay as tests.
The four modules that hold them (``test_lint_connection``, ``test_lint_jobask``, ``test_lint_pressure_awkward``,
``test_lint_precision``) differ only in their files, their id prefix and which messages are strict xfails and why,
so the loading and the check live here once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netkit.exercises.outreach.lint import lint
from netkit.exercises.outreach.lint_corpus import CorpusMessage, load_corpus

MESSAGES = Path(__file__).parent / "fixtures" / "messages"
#: Why a second-set message the rules got wrong stays as it is.
SECOND_SET = "second set, measured once and not fixed against"


def class_set_cases(files: dict[str, str], prefix: str, xfails: dict[str, str]) -> list:
    """``pytest.param(language, message)`` for each message of ``files`` (language → class file) whose id starts
    with ``prefix``; an id in ``xfails`` is a strict xfail, with its reason."""
    cases = []
    for language, name in files.items():
        for message in load_corpus(MESSAGES / name):
            if not message.id.startswith(prefix):
                continue
            reason = xfails.get(message.id)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(language, message, id=message.id, marks=marks))
    return cases


def second_set(ids: frozenset[str] | set[str]) -> dict[str, str]:
    """``ids`` as xfails with :data:`SECOND_SET` as their reason."""
    return dict.fromkeys(ids, SECOND_SET)


def fired_rules(message: CorpusMessage, language: str) -> set[str]:
    """The rules the linter raises on ``message``, read as the corpus says (its situation and relationship)."""
    return {
        f.rule
        for f in lint(
            message.text, message.situation or None, relationship=message.relationship or None, language=language
        )
    }


def assert_labelled(message: CorpusMessage, fired: set[str], rules: frozenset[str] | None = None) -> None:
    """Does ``fired`` hold every expected rule (of ``rules``, when given) and nothing outside ``expect`` and ``may``?"""
    expect = message.expect if rules is None else message.expect & rules
    assert expect <= fired, f"missed {sorted(expect - fired)}"
    assert fired <= message.expect | message.may, f"wrong {sorted(fired - message.expect - message.may)}"
