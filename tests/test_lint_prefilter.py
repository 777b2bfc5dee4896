"""The linter's literal pre-check (:mod:`netkit.exercises.outreach.lint_prefilter`) is sound; a broken one is caught.

A :class:`QuickPattern` skips its regular expression when none of the plain words every match must contain is in
the text, and runs only the phrases whose own words are there. That is only correct if the words are really
required: for every phrase pattern of the linter, any text the full regular expression matches must pass the
pre-check, and the quick pattern must give exactly the matches the regular expression gives. The texts are the
labelled corpus with the pattern's own matches inserted at random places (generated from the pattern by
hypothesis), in random case and with the non-ASCII letters that case-insensitive ``re`` matches to ASCII ones
(``ſ``, ``K``, ``İ``, ``ı``). The last tests break the pre-check on purpose (a literal dropped, the folding of
those letters forgotten) and check that the same property finds a text that shows it.

(``tests/test_lint_speed_oracle.py`` checks the linter's findings end to end against a snapshot.)
"""

from __future__ import annotations

import re
import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from netkit.exercises.outreach import lint, lint_parse, lint_prefilter
from netkit.exercises.outreach import lint_phrases as P
from netkit.exercises.outreach.lint_prefilter import QuickPattern, fold, phrase_pattern, quick, required_literals

MESSAGES = Path(__file__).parent / "fixtures" / "messages"


def _patterns() -> dict[str, QuickPattern]:
    """Every pre-checked pattern the linter uses, by module and name (new phrase data is covered as it comes)."""
    found: dict[str, QuickPattern] = {}
    seen: set[int] = set()
    for module in (P, lint_parse, lint):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, QuickPattern) and id(value) not in seen:
                seen.add(id(value))
                found[f"{module.__name__.rsplit('.', 1)[-1]}.{name}"] = value
    return found


PATTERNS = _patterns()


@cache
def _corpus() -> tuple[str, ...]:
    texts = []
    for path in sorted(MESSAGES.glob("*.toml")):
        texts += [m["text"] for m in tomllib.loads(path.read_text("utf-8")).get("message", [])]
    return tuple(texts)


@cache
def re_twins() -> dict[str, tuple[str, ...]]:
    """ASCII letter (lower case) → the non-ASCII characters case-insensitive ``re`` matches to it (a scan of every
    code point)."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    twins: dict[str, list[str]] = {}
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            for a in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(a, char, re.IGNORECASE):
                    twins.setdefault(a, []).append(char)
    return {a: tuple(chars) for a, chars in twins.items()}


def _variant(text: str, rnd, rate: float) -> str:
    """``text`` with some letters swapped in case or replaced by a non-ASCII twin ``re`` matches to them."""
    out = []
    for char in text:
        roll = rnd.random()
        twins = re_twins().get(char.lower()) if char.isascii() else None
        if roll < rate and twins:
            out.append(rnd.choice(twins))
        elif roll < 2 * rate:
            out.append(char.swapcase())
        else:
            out.append(char)
    return "".join(out)


@cache
def own_matches(regex: re.Pattern) -> st.SearchStrategy[str]:
    """Texts ``regex`` matches: built and validated once per regular expression (built anew at each draw,
    hypothesis parsed the whole alternation again: 85 % of this file's time, 285 → 11 s for one pattern)."""
    return st.from_regex(regex)


@st.composite
def drafts(draw, pattern: QuickPattern) -> str:
    """A corpus message (or a piece of one) with up to three of ``pattern``'s own matches inserted, then varied."""
    base = draw(st.sampled_from(_corpus()))
    start = draw(st.integers(0, max(0, len(base) - 1)))
    base = base[start : start + draw(st.integers(0, 400))]
    own = own_matches(pattern.regex)
    for inserted in draw(st.lists(own, max_size=3)):
        at = draw(st.integers(0, len(base)))
        glue = draw(st.sampled_from(("", " ", ", ", ". ", "\n")))
        base = base[:at] + glue + inserted + glue + base[at:]
    rnd = draw(st.randoms(use_true_random=False))
    return _variant(base, rnd, draw(st.sampled_from((0.0, 0.05, 0.3))))


def _spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


@cache
def _phrase_regex(phrase: str, flags: int) -> re.Pattern:
    """One phrase on its own, compiled once (``re``'s own cache holds 512 patterns, fewer than the phrases checked
    against every corpus text, so without this the corpus test spends its time recompiling)."""
    return re.compile(r"\b(?:" + phrase + r")\b", flags)


def mismatch(pattern: QuickPattern, text: str) -> str:
    """How ``pattern`` (with its pre-checks) answers differently from its own regular expression on ``text``;
    empty when it agrees in every method the linter uses and every pre-check lets a possible match through."""
    regex = pattern.regex
    anywhere = regex.search(text)
    if anywhere and not pattern.could_match(text):
        return "the pre-check says no match where the regular expression finds one"
    # A phrase pattern is ``\b(?:p1|p2|…)\b``: where one phrase matches on its own, the alternation matches at that
    # place or before it. So when the whole pattern finds nothing, no phrase can, and the phrase-by-phrase check
    # below (the costly part: one search per phrase) has nothing to find.
    if pattern.phrase_literals is not None and anywhere:
        folded = fold(text)
        allowed = 0
        for literal, mask in pattern.phrase_literals:
            if literal in folded:
                allowed |= mask
        for i, phrase in enumerate(pattern.phrases):
            if not allowed >> i & 1 and _phrase_regex(phrase, pattern.flags).search(text):
                return f"phrase {i} ({phrase!r}) matches but its pre-check let it out"
    if anywhere is None:
        # Where the regular expression finds nothing, every method of it finds nothing (``search`` scans every
        # position, so ``match``, ``finditer``, ``findall`` and a search from a later position find nothing either):
        # the pattern must say the same, without running the regular expression five more times per text.
        if pattern.search(text) or pattern.match(text) or pattern.findall(text) or next(pattern.finditer(text), None):
            return "the pattern finds a match where its regular expression finds none"
        if any(pattern.search(text, pos) for pos in (1, len(text) // 2)):
            return "the pattern finds a match from a later position where its regular expression finds none"
        return ""
    found, expected = pattern.search(text), anywhere
    if _spans([found] if found else []) != _spans([expected] if expected else []):
        return f"search: {found} instead of {expected}"
    if _spans(pattern.finditer(text)) != _spans(regex.finditer(text)):
        return "finditer differs"
    if pattern.findall(text) != regex.findall(text):
        return "findall differs"
    found, expected = pattern.match(text), regex.match(text)
    if _spans([found] if found else []) != _spans([expected] if expected else []):
        return "match differs"
    for pos in (1, len(text) // 2):
        found, expected = pattern.search(text, pos), regex.search(text, pos)
        if _spans([found] if found else []) != _spans([expected] if expected else []):
            return f"search from {pos} differs"
    return ""


def test_every_phrase_pattern_is_covered():
    assert len(PATTERNS) >= 30
    quick_ones = [name for name, p in PATTERNS.items() if p.literals is not None]
    by_phrase = [name for name, p in PATTERNS.items() if p.phrase_literals is not None]
    # the pre-check is in use: most patterns have literals, and most phrase lists are run phrase by phrase
    assert len(quick_ones) >= 0.8 * len(PATTERNS)
    assert len(by_phrase) >= 0.6 * len(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_pre_check_never_hides_a_match(name):
    pattern = PATTERNS[name]

    @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(drafts(pattern))
    def agrees(text: str) -> None:
        assert mismatch(pattern, text) == ""

    agrees()


def test_the_pre_check_holds_on_the_whole_corpus():
    for text in _corpus():
        for variant in (text, text.upper(), text.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı")):
            for name, pattern in PATTERNS.items():
                assert mismatch(pattern, variant) == "", (name, variant[:80])


def test_fold_maps_every_letter_re_matches_to_ascii():
    """The scan the module's folding relies on: every non-ASCII character case-insensitive ``re`` matches to an
    ASCII letter folds to that letter, as one character (so the text's positions stay aligned)."""
    twins = re_twins()
    assert sorted(c for chars in twins.values() for c in chars) == sorted("ſıİ\u212a")
    for letter, chars in twins.items():
        for char in chars:
            assert fold(char) == letter
            assert fold(f"x{char}y") == f"x{letter}y"
    assert fold("İSTANBUL") == "istanbul"  # str.lower alone would add a combining dot after the i


def test_unsure_sources_run_whole():
    assert required_literals(re.compile(r"\x41bc", re.IGNORECASE)) is None  # an escape this reader does not follow
    assert required_literals(re.compile(r"referral")) is None  # case-sensitive: the lower-cased test would not fit
    assert required_literals(re.compile(r"(?:a|\w+)", re.IGNORECASE)) is None  # a branch with no plain word
    assert required_literals(re.compile(r"\b(?:a|your)\s+referrals?\b", re.IGNORECASE)) == ("referral",)
    assert required_literals(re.compile(r"colou?r", re.IGNORECASE)) in (("colo",), ("r",))
    unsure = quick(re.compile(r"\x41", re.IGNORECASE))
    assert unsure.could_match("anything") and unsure.search("xA").group(0) == "A"


# --------------------------------------------------------------------------- breaking it is caught
def _caught(pattern: QuickPattern) -> str:
    """A text on which ``pattern`` disagrees with its regular expression, found by the same property."""
    return find(
        drafts(pattern),
        lambda text: bool(mismatch(pattern, text)),
        # the first text found is enough (shrinking it to the smallest would only take time)
        settings=settings(
            max_examples=3000,
            deadline=None,
            database=None,
            phases=(Phase.generate,),
            suppress_health_check=list(HealthCheck),
        ),
    )


def test_dropping_a_phrase_literal_is_caught():
    # the job-request phrases that need "referral", and a few others beside them: the whole list (hundreds of
    # phrases) makes each generated draft slow to check and the one phrase rare among them (a 600 s timeout in CI)
    needs = [p for p in P.JOB_REQUEST.phrases if "referral" in p]
    original = phrase_pattern(*needs, *[p for p in P.JOB_REQUEST.phrases if "referral" not in p][:6])
    broken = QuickPattern(original.regex, original.phrases)
    assert broken.phrase_literals is not None
    dropped = dict(broken.phrase_literals)
    assert "referral" in dropped
    broken.phrase_literals = tuple((lit, mask) for lit, mask in broken.phrase_literals if lit != "referral")
    text = _caught(broken)
    assert "referral" in fold(text)
    assert mismatch(original, text) == ""  # the real pattern gets the same text right


def test_dropping_a_whole_pattern_literal_is_caught():
    original = P.BUSY_BUT
    assert original.literals
    broken = quick(original.regex)
    broken.literals = tuple(lit for lit in original.literals if lit != original.literals[0])
    text = _caught(broken)
    assert original.literals[0] in fold(text)
    assert mismatch(original, text) == ""


def test_forgetting_the_odd_letters_is_caught(monkeypatch):
    """``str.lower`` instead of :func:`fold`: a text spelling a phrase with ``ſ``, ``K`` or ``İ`` is missed."""
    pattern = phrase_pattern(r"ask\s+for", r"keep\s+in\s+touch", r"introduce")
    monkeypatch.setattr(lint_prefilter, "fold", str.lower)
    text = _caught(pattern)
    assert any(c in text for c in "ſıİ\u212a")
    monkeypatch.undo()
    assert mismatch(pattern, text) == ""
