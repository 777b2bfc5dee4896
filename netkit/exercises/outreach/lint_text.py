"""Text handling for the outreach linter: HTML stripped, words counted, English guessed."""

from __future__ import annotations

import html as _html
import re

__all__ = ["is_probably_english", "word_count"]

# --------------------------------------------------------------------------- text handling
_TAG = re.compile(
    r"<(?:script|style)\b[^>]*>.*?</(?:script|style)\s*>|<!--.*?-->|<[^<>]{0,2000}>", re.IGNORECASE | re.DOTALL
)
_BREAK_TAG = re.compile(r"<(?:br|/p|/div|/li|p|div|li)\b[^>]*>", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+|\n\s*\n")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n]{0,60}\n", re.IGNORECASE
)
_QUESTION = re.compile(r"[?？؟]")

_STOPWORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "like",
        "me",
        "more",
        "my",
        "no",
        "not",
        "of",
        "on",
        "one",
        "or",
        "our",
        "out",
        "so",
        "some",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "up",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
        "i'm",
        "it's",
        "don't",
        "i've",
        "i'd",
        "i'll",
        "you're",
        "we're",
    ]
)


def _plain(text: str) -> str:
    """Plain text from a message that may hold HTML (pasted from an e-mail client)."""
    if "<" in text and ">" in text:
        text = _BREAK_TAG.sub("\n", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = _html.unescape(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("’", "'")


def word_count(text: str) -> int:
    """Words in ``text``; CJK characters count as half a word each (they are not space-separated)."""
    words = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(words)
    # A run of CJK characters matched as one "word" above; count its characters instead.
    non_cjk = sum(1 for w in words if not _CJK.search(w))
    return non_cjk + (cjk + 1) // 2


def is_probably_english(words: list[str]) -> bool:
    """A cheap check: at least 20% of the words are common English words."""
    sample = words[:400]
    common = sum(1 for w in sample if w.lower() in _STOPWORDS)
    if common / len(sample) >= 0.2:
        return True
    # Too short to judge by common words: plain ASCII letters are taken as English.
    return len(words) < 12 and all(w.isascii() for w in words)
