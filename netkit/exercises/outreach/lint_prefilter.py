"""A cheap literal test before each big phrase pattern of the linter: most patterns cannot match most sentences.

The linter's phrase patterns (:mod:`netkit.exercises.outreach.lint_phrases`) are case-insensitive
alternations of dozens of phrases. Python's ``re`` tries every alternative at every word boundary, so one
search over a 110-character message costs 40–100 µs even when nothing matches, and a message is searched by
some thirty of them, sentence by sentence (issue #28: the linter was ~40 % of ``netkit collect``).

Every alternative of such a pattern contains some plain words that any match must contain ("referral" in
``(?:a|your)\\s+referral``). :func:`required_literals` reads them from the pattern's own source, once, at
import; :class:`QuickPattern` then runs the regular expression only when one of them occurs in the lower-cased
text (``str.__contains__``, a few hundred nanoseconds). When none occurs the pattern cannot match, so the answer
is the same as the regular expression's, only sooner: the findings never change
(``tests/test_lint_speed_oracle.py`` holds the linter to a snapshot taken before this module existed).

The literal test must never say "absent" where ``re`` would match. Case-insensitive ``re`` also matches ``ſ``
to ``s``, ``ı``/``İ`` to ``i`` and ``K`` (Kelvin) to ``k``, which ``str.lower`` does not all do; :func:`fold`
maps those first. Anything the reader of the source is unsure of (escapes such as ``\\x41``, flags groups, a
pattern without ``re.IGNORECASE``) gives no literals, and such a pattern always runs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["QuickPattern", "fold", "phrase_pattern", "quick", "required_literals"]

# Non-ASCII letters that case-insensitive ``re`` matches to an ASCII letter (a scan of every code point finds
# exactly these; tests/test_lint_prefilter.py repeats the scan).
_RE_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})
_META = set(".^$*+?{}[]\\|()")
_NOT_LITERAL_ESCAPES = set("xuUN0123456789")


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """``text`` lower-cased the way case-insensitive ``re`` compares letters (cached: each sentence is asked
    by many patterns)."""
    if not text.isascii():
        text = text.translate(_RE_FOLDS)
    return text.lower()


class _Unsure(Exception):
    """The source uses something this reader does not follow: give no literals (the pattern always runs)."""


def _end_of_class(src: str, i: int) -> int:
    """Index just past the ``]`` closing the character class that starts at ``src[i] == '['``."""
    j = i + 1
    if j < len(src) and src[j] == "^":
        j += 1
    if j < len(src) and src[j] == "]":
        j += 1
    while j < len(src) and src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    if j >= len(src):
        raise _Unsure
    return j + 1


def _structure(src: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, groups open after it) of each character of ``src`` from ``start`` that is neither
    escaped nor inside a character class: the one walk the group and alternation scanners share."""
    depth, j = 0, start
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _end_of_class(src, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield j, c, depth
        j += 1


def _end_of_group(src: str, i: int) -> int:
    """Index of the ``)`` closing the group that starts at ``src[i] == '('``."""
    for j, c, depth in _structure(src, i):
        if c == ")" and depth == 0:
            return j
    raise _Unsure


def _quantifier(src: str, i: int) -> tuple[int, int]:
    """(the fewest repeats allowed, index after the quantifier) for what follows an atom at ``src[i]``."""
    if i >= len(src):
        return 1, i
    c = src[i]
    if c in "?*+":
        least = 1 if c == "+" else 0
        i += 1
    elif c == "{":
        found = re.match(r"\{(\d*)(,\d*)?\}", src[i:])
        if found is None:
            raise _Unsure
        least = int(found.group(1) or 0)
        i += found.end()
    else:
        return 1, i
    if i < len(src) and src[i] in "?+":  # lazy or possessive
        i += 1
    return least, i


def _split_top(src: str) -> list[str]:
    """``src`` split at the ``|`` that are not inside a group or a class."""
    parts, start = [], 0
    for j, c, depth in _structure(src):
        if c == "|" and depth == 0:
            parts.append(src[start:j])
            start = j + 1
    parts.append(src[start:])
    return parts


def _any_of(src: str) -> list[str]:
    """Literals of which every match of ``src`` contains at least one."""
    out: list[str] = []
    for branch in _split_top(src):
        for literal in _branch(branch):
            if literal not in out:
                out.append(literal)
    return out


def _branch(src: str) -> list[str]:
    """The best choice of literals for one branch (no top-level ``|``): runs of plain characters, or a group
    that must occur; the one whose shortest literal is longest."""
    candidates: list[list[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(["".join(run).lower()])
            run.clear()

    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            close_run()
            if i + 1 >= len(src) or src[i + 1] in _NOT_LITERAL_ESCAPES:
                raise _Unsure
            _, i = _quantifier(src, i + 2)
        elif c == "[":
            close_run()
            _, i = _quantifier(src, _end_of_class(src, i))
        elif c == "(":
            close_run()
            end = _end_of_group(src, i)
            inner = src[i + 1 : end]
            least, i = _quantifier(src, end + 1)
            if inner.startswith("?P<"):
                inner = inner[inner.index(">") + 1 :]
            elif inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                continue  # a lookaround or flags: it adds nothing required here
            if least >= 1:
                try:
                    candidates.append(_any_of(inner))
                except _Unsure:
                    pass  # a group with a branch of no plain words: choose among the other candidates
        elif c in ".^$":
            close_run()
            _, i = _quantifier(src, i + 1)
        elif c in _META:
            raise _Unsure  # a quantifier with nothing before it, or a stray bracket
        elif not c.isascii():
            close_run()
            _, i = _quantifier(src, i + 1)
        else:
            least, after = _quantifier(src, i + 1)
            if least == 0:
                close_run()  # an optional character is not required
            elif after > i + 1:
                run.append(c)  # repeated: required, but what follows need not come right after one copy
                close_run()
            else:
                run.append(c)
            i = after
    close_run()
    if not candidates:
        raise _Unsure
    return max(candidates, key=lambda c: (min(len(x) for x in c), -len(c)))


def required_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-cased strings of which any match of ``pattern`` contains at least one, read from its source;
    ``None`` when the source is not simple enough to be sure (or the pattern is not case-insensitive)."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE:
        return None
    try:
        literals = _any_of(pattern.pattern)
    except _Unsure:
        return None
    return tuple(literals) if literals and all(literals) else None


def _literals_of_phrase(phrase: str) -> tuple[str, ...] | None:
    """The required literals of one phrase (an alternative of a phrase pattern), or None when unsure."""
    try:
        literals = _any_of(phrase)
    except _Unsure:
        return None
    return tuple(literals) if literals and all(literals) else None


class QuickPattern:
    """A compiled pattern that skips the regular expression when none of its required literals is in the text.

    Built from *phrases* (:func:`phrase_pattern`), it goes further: only the phrases whose own literals occur in
    the text are run, each on its own (``\\b(?:phrase)\\b``, compiled the first time it is needed), and their
    matches are merged the way ``re`` runs an alternation. ``re`` tries the phrases left to right at each position
    from the left, so the whole pattern's first match is the leftmost of the phrases' first matches, the earliest
    phrase winning a tie; a phrase whose literals are absent cannot match anywhere. ``finditer`` repeats that from
    the end of each match, as ``re`` does. Phrases holding numbered groups (they would be renumbered) are run whole.

    Offers the ``re.Pattern`` methods the linter uses, with the same results; ``pattern`` and ``flags`` are the
    compiled pattern's own (the bench splits ``pattern`` back into phrases). ``literals`` (the whole pattern's),
    ``phrases`` and ``phrase_literals`` (each literal with the phrases it lets through, as bits of a mask;
    ``None`` when the phrases are not run one by one) are what the pre-check decides with: public, so that
    ``tests/test_lint_prefilter.py`` can check them against the regular expression, and show that breaking
    them is caught.
    """

    __slots__ = (
        "_chosen",
        "_each",
        "_literal_list",
        "_mask_of",
        "_table_of",
        "flags",
        "literals",
        "pattern",
        "phrase_literals",
        "phrases",
        "regex",
    )

    def __init__(self, regex: re.Pattern, phrases: tuple[str, ...] = ()) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.literals = required_literals(regex)
        self.phrases = phrases
        self._each: list[re.Pattern | None] = [None] * len(phrases)
        self._chosen: dict[int, tuple[re.Pattern, ...]] = {}  # which phrases may match -> those phrases
        each = [_literals_of_phrase(p) for p in phrases]
        numbered_group = any(re.search(r"(?<!\\)\((?!\?)", p) for p in phrases)
        usable = len(phrases) > 1 and not numbered_group and self.literals is not None
        # Each literal once, with the phrases (as bits of a mask) that it lets through.
        masks: dict[str, int] = {}
        for i, literals in enumerate(each):
            for literal in literals or ():
                masks[literal] = masks.get(literal, 0) | 1 << i
        self.phrase_literals = tuple(masks.items()) if usable and all(x is not None for x in each) else None
        self._table_of: tuple[tuple[str, int], ...] | None = None
        self._literal_list: tuple[str, ...] = ()
        self._mask_of: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"QuickPattern({self.regex!r})"

    def could_match(self, text: str) -> bool:
        """False only when no match is possible: none of the required literals is in ``text``."""
        if self.literals is None:
            return True
        return any(map(fold(text).__contains__, self.literals))

    def _present(self, text: str) -> tuple[re.Pattern, ...]:
        """The compiled phrases that may match in ``text``, in their order."""
        assert self.phrase_literals is not None
        folded = fold(text)
        table = self.phrase_literals
        if table is not self._table_of:  # made once (again only if the table is replaced)
            self._table_of, self._literal_list, self._mask_of = table, tuple(lit for lit, _ in table), dict(table)
        present, mask_of = 0, self._mask_of
        # filter with str.__contains__ tests every literal without running Python code for each (most are absent)
        for literal in filter(folded.__contains__, self._literal_list):
            present |= mask_of[literal]
        chosen = self._chosen.get(present)
        if chosen is None:
            if len(self._chosen) >= 1024:
                self._chosen.clear()
            chosen = self._chosen[present] = tuple(
                self._phrase(i) for i in range(len(self.phrases)) if present >> i & 1
            )
        return chosen

    def _phrase(self, i: int) -> re.Pattern:
        """Phrase ``i`` alone, compiled the first time it is needed."""
        regex = self._each[i]
        if regex is None:
            regex = self._each[i] = _join([self.phrases[i]], self.flags)
        return regex

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.phrase_literals is None:
            return self.regex.search(text, pos, endpos) if self.could_match(text) else None
        first = None
        for regex in self._present(text):
            found = regex.search(text, pos, endpos)
            if found is not None and (first is None or found.start() < first.start()):
                first = found
        return first

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self.could_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self.phrase_literals is None:
            return self.regex.finditer(text, pos, endpos) if self.could_match(text) else iter(())
        return self._merged(text, pos, endpos)

    def _merged(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The whole pattern's ``finditer``, from each phrase's next match (kept until it falls behind)."""
        phrases = self._present(text)
        ahead: list[re.Match[str] | None] = [regex.search(text, pos, endpos) for regex in phrases]
        while True:
            first = None
            for i, regex in enumerate(phrases):
                found = ahead[i]
                if found is not None and found.start() < pos:
                    found = ahead[i] = regex.search(text, pos, endpos)
                if found is not None and (first is None or found.start() < first.start()):
                    first = found
            if first is None:
                return
            if first.end() == first.start():
                # An empty match: ``re`` then steps on by one; let the whole pattern carry on exactly.
                yield from self.regex.finditer(text, first.start(), endpos)
                return
            yield first
            pos = first.end()

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return (
            [m.group(0) for m in self.finditer(text, pos, endpos)]
            if self.regex.groups == 0
            else (self.regex.findall(text, pos, endpos) if self.could_match(text) else [])
        )


def _join(phrases: list[str], flags: int) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", flags)


def phrase_pattern(*phrases: str) -> QuickPattern:
    """The phrases as one whole-word, case-insensitive alternation (``\\b(?:a|b|…)\\b``), with the pre-checks."""
    return QuickPattern(_join(list(phrases), re.IGNORECASE), phrases)


def quick(regex: re.Pattern) -> QuickPattern:
    """``regex`` with its literal pre-check."""
    return QuickPattern(regex)
