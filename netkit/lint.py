"""The outreach message linter: kind, specific feedback while a participant writes.

``lint(text, situation=None)`` returns a list of :class:`Finding`, each with a stable
``rule`` id, a ``severity`` (``warning`` or ``info``), a short explanation and a suggested
fix. The rules follow the workshop's sources (the seeds):

==================  ===============================================================
``too-long``        a first-contact message over 100 words (under 75 is better)
``job-ask``         asks for a job, a referral, work or "any openings" for oneself in a first contact
``no-question``     the ask is not phrased as a question
``connection-late`` how you know them (or who referred you) is missing from the opening
``about-me``        more words about the writer than about the reader
``pressure``        guilt, obligation or pressure ("you owe me", "I'm counting on you")
``no-thanks``       a thank-you or follow-up with no thanks in it
``apology-blame``   an apology that blames others (and does not then own it)
``awkward-position`` asks someone to go around their manager or a formal process, to vouch
                    for what they cannot judge, or to share confidential information
``placeholder``     unfilled template syntax: ``[gap]``, ``{x}``, ``{{ x }}``, ``$X$``, ``<Name>``, ``XXX``
``english-only``    the text does not look English, so the English rules were skipped (info)
==================  ===============================================================

Which rules apply depends on the situation (a :class:`~netkit.outreach.Situation` or its
id): a thank-you must thank; an apology is checked for blame; a reply declining a request
needs no question. Without a situation the general rules run.

The linter never raises on odd input: empty text, megabytes of text, HTML (tags are
stripped first) and other languages are all fine. Every pattern is compiled once, at
import; a 300-word message takes about a millisecond (see ``bench/bench_lint.py``).
"""

from __future__ import annotations

import bisect
import html as _html
import re
from dataclasses import asdict, dataclass
from typing import Any

from .outreach import UNKNOWN_SITUATION, Situation, situation_for

__all__ = [
    "ENGLISH_ONLY_RULES",
    "Finding",
    "RULES",
    "findings_as_json",
    "is_probably_english",
    "lint",
    "word_count",
]

RULES = (
    "too-long",
    "job-ask",
    "no-question",
    "connection-late",
    "about-me",
    "pressure",
    "no-thanks",
    "apology-blame",
    "awkward-position",
    "placeholder",
    "english-only",
)
ENGLISH_ONLY_RULES = (
    "job-ask",
    "no-question",
    "connection-late",
    "about-me",
    "pressure",
    "no-thanks",
    "apology-blame",
    "awkward-position",
)

FIRST_CONTACT_MAX = 100
FIRST_CONTACT_BETTER = 75
OTHER_MAX = 150
SCAN_LIMIT = 100_000


@dataclass(frozen=True)
class Finding:
    """One piece of feedback on a message."""

    rule: str
    severity: str
    message: str
    fix: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


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


from .lint_phrases import (  # noqa: E402, F401  (the bench reads some of these)
    _ANGLE_PLACEHOLDER,
    _APOLOGY,
    _ASK_PHRASE,
    _BLAME,
    _BUSY_BUT,
    _CANNOT_JUDGE,
    _CLAUSE_GREETING,
    _CLAUSE_SPLIT,
    _CONFIDENTIAL,
    _CONNECTION,
    _DEADLINE,
    _FIRST_PERSON,
    _GO_AROUND,
    _HTML_TAGS,
    _JOB_REQUEST,
    _JOB_TOPIC,
    _LEADING_LINK,
    _ME_LED,
    _NEGATION_BEFORE,
    _OFFER_OF_HELP,
    _OFFER_TO_READER,
    _OWNING,
    _PLACEHOLDER,
    _PRESSURE,
    _QUALIFYING,
    _RELEASE,
    _REPLY,
    _REQUEST,
    _SECOND_PERSON,
    _SELF_WANT,
    _SENTENCE_SPAN,
    _THANKS,
    _VOUCH,
    _rx,
)

#: Why a job ask does not belong, per situation id ("" = any first contact): (explanation, fix).
_JOB_ASK_WHY = {
    "": (
        "asks for a job or a referral in a first message. Someone who does not know your work yet "
        "cannot vouch for it, and the request can feel like a burden.",
        "Ask for what they can give a stranger: their view, advice, or a short conversation. "
        "Referrals come later, once they know you.",
    ),
    "reconnect": (
        "asks for a job or a referral in the first message after a long silence, which reads "
        "as getting in touch only because you need something.",
        "Reconnect first: catch up, show interest in them, offer something. Ask for help in a "
        "later message, once the conversation is going again.",
    ),
    "reconnect-advice": (
        "asks for a job or a referral in a message meant to ask advice after a long silence, "
        "which reads as getting in touch only because you need something.",
        "Ask for their view on your decision; a referral, if it comes, comes later from them.",
    ),
    "client-or-collaborator": (
        "asks for work in a first message. Someone who has not seen what you do yet "
        "cannot judge it, and a cold request for work is easy to ignore.",
        "Ask how they work with freelancers, or about one problem they have; work follows once they know what you do.",
    ),
    "share-no-ask": (
        "asks for a job or a referral in a message meant to give with no ask, which turns the gift into a transaction.",
        "Keep this one a pure give. If you need help, write a separate message another time.",
    ),
}


# --------------------------------------------------------------------------- the rules
def _negated(text: str, start: int) -> bool:
    return bool(_NEGATION_BEFORE.search(text, max(0, start - 45), start))


def _opening(body: str) -> str:
    """The first two sentences after the greeting line."""
    body = _GREETING.sub("", body, count=1) if _GREETING.match(body) else body
    body = body.lstrip()
    parts = _SENTENCE_END.split(body[:2000], maxsplit=2)
    return " ".join(parts[:2])


def _quote(match: re.Match) -> str:
    snippet = " ".join(match.group(0).split())
    return f"“{snippet}”"


def _resolve(situation: Situation | str | None) -> Situation:
    if situation is None or situation == "":
        return UNKNOWN_SITUATION
    if isinstance(situation, Situation):
        return situation
    return situation_for(situation)


class _Sentences(list):
    """The sentences of a message, with a fast way to get only those where a pattern occurs.

    Each pattern is run once over the whole message (most messages hold none of a rule's
    phrases, so most rules stop there); only the sentences with a hit are read in detail.
    """

    def __init__(self, body: str):
        spans = [m for m in _SENTENCE_SPAN.finditer(body) if m.group(0).strip()]
        super().__init__(m.group(0) for m in spans)
        self._body = body
        self._starts = [m.start() for m in spans]

    def having(self, *patterns: re.Pattern) -> list[str]:
        """The sentences in which any of ``patterns`` occurs, in order."""
        hit: set[int] = set()
        for pattern in patterns:
            for match in pattern.finditer(self._body):
                index = bisect.bisect_right(self._starts, match.start()) - 1
                if index >= 0:
                    hit.add(index)
        return [self[i] for i in sorted(hit)]


def _sentences(body: str) -> _Sentences:
    return _Sentences(body)


def _is_request(sentence: str) -> bool:
    """Does this sentence ask the reader to do something (a question or a polite/direct ask)?"""
    return bool(_QUESTION.search(sentence) or _REQUEST.search(sentence))


def _asked_in(sentences: _Sentences, pattern: re.Pattern) -> re.Match | None:
    """The first match of ``pattern`` inside a request sentence that is not negated ("I'm not asking you to …")."""
    for sentence in sentences.having(pattern):
        if not _is_request(sentence):
            continue
        for match in pattern.finditer(sentence):
            if not _negated(sentence, match.start()):
                return match
    return None


def _placeholder(raw: str, body: str) -> str | None:
    """The first unfilled template gap in the message, as written."""
    found = _PLACEHOLDER.search(body)
    if found:
        return found.group(0)
    for match in _ANGLE_PLACEHOLDER.finditer(raw):
        if match.group(1).split()[0].lower() not in _HTML_TAGS:
            return match.group(0)
    return None


def _job_ask(sentences: _Sentences) -> re.Match | None:
    """A request for a job, work or a referral for the writer.

    Some phrases are requests wherever they stand ("refer me", "put me forward"). Words about
    openings are a request only in a sentence that asks for them for the writer (a question or an
    ask, or "I'm looking for a role"), not in one that offers the opening to the reader (a share)
    and not in a question about what it takes to be hired (an information question).
    """
    for sentence in sentences.having(_JOB_REQUEST, _JOB_TOPIC):
        for match in _JOB_REQUEST.finditer(sentence):
            if not _negated(sentence, match.start()):
                return match
        for match in _JOB_TOPIC.finditer(sentence):
            if _negated(sentence, match.start()) or _OFFER_TO_READER.search(sentence):
                continue
            wants = _SELF_WANT.search(sentence) or match.group(0).lower().startswith(
                ("looking", "asking", "searching", "need", "want", "seeking")
            )
            if wants or (_is_request(sentence) and not _QUALIFYING.search(sentence)):
                return match
    return None


def _pressure(body: str, sentences: _Sentences) -> str | None:
    """Guilt, obligation, a reproach for silence, or the sender's deadline put on the reader's favour."""
    found = _PRESSURE.search(body)
    if found:
        return _quote(found)
    for match in _BUSY_BUT.finditer(body):
        if not _RELEASE.search(match.group("after")):
            return _quote(match)
    for sentence in sentences.having(_DEADLINE):
        deadline = _DEADLINE.search(sentence)
        if not deadline or _RELEASE.search(sentence):
            continue
        # The deadline sits on something the reader is asked to do for the writer.
        if _REPLY.search(sentence) or (_is_request(sentence) and re.search(r"\b(?:me|us|my|our)\b", sentence, re.I)):
            return f"“{' '.join(sentence.split())}”"
    return None


def _blame(body: str) -> re.Match | None:
    """Blame that is not owned afterwards: naming a cause and then taking responsibility is honest."""
    for match in _BLAME.finditer(body):
        after = body[match.end() : match.end() + 160]
        owned = next((o for o in _OWNING.finditer(after) if not _negated(after, o.start())), None)
        if owned is None:
            return match
    return None


def _awkward(sentences: _Sentences) -> tuple[str, re.Match] | None:
    """What kind of awkward position a request puts its reader in, and the words that do it."""
    found = _asked_in(sentences, _GO_AROUND)
    if found:
        return "around", found
    found = _asked_in(sentences, _CONFIDENTIAL)
    if found:
        return "confidential", found
    vouching = set(sentences.having(_VOUCH))
    for i, sentence in enumerate(sentences):
        if sentence not in vouching or not _is_request(sentence):
            continue
        vouch = _VOUCH.search(sentence)
        if vouch and not _negated(sentence, vouch.start()):
            context = " ".join(sentences[max(0, i - 1) : i + 2])
            if _CANNOT_JUDGE.search(context):
                return "vouch", vouch
    return None


_AWKWARD_WHY = {
    "around": (
        "asks them to step around their manager or a formal process. That puts their own standing at "
        "risk for your sake, and it is hard for a friend to refuse.",
        "Ask how the process works and whether they would feel comfortable mentioning your name within it; "
        "apply through the usual route.",
    ),
    "confidential": (
        "asks for information they may not be free to share. Even a good friend is then caught "
        "between you and their employer.",
        "Ask what anyone could be told: what the work is like, what the team values, what helped "
        "people who were hired.",
    ),
    "vouch": (
        "asks them to vouch for something they have not seen for themselves, so their word would be worth "
        "less and their reputation is put on the line.",
        "Ask for what they can honestly give: an introduction, or their view of your plan; let your work "
        "speak where they have seen it.",
    ),
}


def _about_me(body: str) -> tuple[int, int]:
    """(clauses led by I/my, clauses that mention the reader): who the message is about."""
    me = you = 0
    for clause in _CLAUSE_SPLIT.split(body):
        clause = _LEADING_LINK.sub("", _CLAUSE_GREETING.sub("", clause.strip()))
        if not clause:
            continue
        if _ME_LED.match(clause):
            # "My teacher gave me your name", "I attended your talk": the connection, not self-talk.
            me += 0 if _CONNECTION.search(clause) else 1
        elif _SECOND_PERSON.search(clause) or _THANKS.search(clause):
            you += 1
    return me, you


def lint(text: str | None, situation: Situation | str | None = None) -> list[Finding]:
    """Feedback on a draft message; ``situation`` is a Situation, its id, or None (general rules).

    An unknown situation id raises :class:`~netkit.exceptions.TemplateError` (so a typo in
    ``--situation`` is reported, not ignored); the text itself never makes it raise.
    """
    sit = _resolve(situation)
    raw = (text or "")[:SCAN_LIMIT]
    body = _plain(text or "")
    if len(body) > SCAN_LIMIT:  # phrases are looked for in the first part; length counts it all
        count = word_count(body)
        body = body[:SCAN_LIMIT]
    else:
        count = None
    findings: list[Finding] = []
    words = _WORD.findall(body)
    if not words:
        return findings
    if count is None:
        count = word_count(body)

    # too-long: counted in any language.
    if sit.first_contact and count > FIRST_CONTACT_MAX:
        findings.append(
            Finding(
                "too-long",
                "warning",
                f"This first message has {count} words. People read short first messages; over "
                f"{FIRST_CONTACT_MAX} words it starts to feel like work.",
                f"Keep the connection, one line about you and one question: under {FIRST_CONTACT_BETTER} words "
                "is best.",
            )
        )
    elif sit.first_contact and count > FIRST_CONTACT_BETTER and sit is not UNKNOWN_SITUATION:
        findings.append(
            Finding(
                "too-long",
                "info",
                f"{count} words: fine, and under {FIRST_CONTACT_BETTER} would be even easier to read.",
                "See if a sentence about yourself can go.",
            )
        )
    elif not sit.first_contact and count > OTHER_MAX:
        findings.append(
            Finding(
                "too-long",
                "warning",
                f"This message has {count} words; a busy reader may put it off for later.",
                f"Aim for under {OTHER_MAX // 3 * 2} words: what happened, what you ask or offer, thanks.",
            )
        )

    gap = _placeholder(raw, body)
    if gap:
        findings.append(
            Finding(
                "placeholder",
                "warning",
                f"“{gap}” looks like a gap from a template that is still to be filled in. Sent as it is, it tells the "
                "reader this was a mass message.",
                "Replace it with the real words (their name, the event, what they did), or delete it.",
            )
        )

    if not is_probably_english(words):
        findings.append(
            Finding(
                "english-only",
                "info",
                "This message does not look like English, so only the length check was run; the other "
                "checks look for English phrases and would be unreliable here.",
                "Check by hand: connection first, a question as the ask, more about them than you, no pressure.",
            )
        )
        return findings

    opening = _opening(body)
    sentences = _sentences(body)

    # job-ask: in a first contact (or when the situation is unknown), when reconnecting after a
    # silence, and in a message meant to give with no ask.
    why = _JOB_ASK_WHY.get(sit.id) or (_JOB_ASK_WHY[""] if sit.first_contact else None)
    if why:
        match = _job_ask(sentences)
        if match:
            findings.append(Finding("job-ask", "warning", f"{_quote(match)} {why[0]}", why[1]))

    # no-question: the ask should be a question the reader can answer. In a message that asks
    # nothing, an offer ("if I can return the favour, let me know") is not an ask.
    if not _QUESTION.search(body):
        ask = None
        for sentence in sentences:
            found = _ASK_PHRASE.search(sentence)
            if found and (sit.has_ask or not (_OFFER_OF_HELP.search(sentence) or _RELEASE.search(sentence))):
                ask = found
                break
        if sit.has_ask or ask is not None:
            where = f" ({_quote(ask)})" if ask else ""
            findings.append(
                Finding(
                    "no-question",
                    "warning",
                    f"Your request{where} is not phrased as a question, so it is less clear what you "
                    "would like them to do.",
                    "End with one clear, easy-to-answer question, e.g. “Would you be open to a 20-minute call "
                    "next week?”",
                )
            )

    # connection-late: how you know them belongs in the opening.
    if sit.needs_connection:  # noqa: SIM102
        if not _CONNECTION.search(opening):
            later = _CONNECTION.search(body)
            if later:
                message = (
                    f"How you know them ({_quote(later)}) comes late. Readers decide in the first "
                    "lines whether a message is for them."
                )
            else:
                message = "The opening doesn't say how you know them or who suggested you get in touch."
            findings.append(
                Finding(
                    "connection-late",
                    "warning",
                    message,
                    "Start with the connection: “We met at …”, “Ana suggested I write to you”, “I enjoyed your talk "
                    "at …”.",
                )
            )

    # about-me: more sentences led by I/my than sentences about the reader.
    if sit.about_reader:
        # Both measures must agree: the words say I more than you, and most sentences are led by the writer.
        if len(_FIRST_PERSON.findall(body)) > len(_SECOND_PERSON.findall(body)):
            me, you = _about_me(body)
        else:
            me, you = 0, 0
        if me >= 3 and me >= 2 * you:
            findings.append(
                Finding(
                    "about-me",
                    "warning",
                    f"{me} sentences start with I or my, and {you} {'is' if you == 1 else 'are'} about them. People "
                    "answer messages that show interest in them.",
                    "Turn one sentence about yourself into one about them: their work, their view, "
                    "why you thought of them.",
                )
            )

    # pressure: guilt, obligation, reproach, or the writer's deadline on a favour.
    pressure = _pressure(body, sentences)
    if pressure:
        findings.append(
            Finding(
                "pressure",
                "warning",
                f"{pressure} puts pressure on them. Guilt, reproach or your own deadline on their favour strains a "
                "relationship, and people are entitled to say no or to answer later.",
                "Make it easy to decline or to take their time: “If it isn't a good time, no problem at all.” "
                "If you have a deadline, say so plainly and ask whether it is realistic for them.",
            )
        )

    # no-thanks: a thank-you or follow-up must thank.
    if sit.needs_thanks and not _THANKS.search(body):
        findings.append(
            Finding(
                "no-thanks",
                "warning",
                "This is a thank-you or follow-up message, but it doesn't say thank you.",
                "Add a specific thanks: what they did and what difference it made.",
            )
        )

    # apology-blame: an apology takes responsibility. Naming a cause is fine when it is owned.
    if sit.apology or _APOLOGY.search(body):
        blame = _blame(body)
        if blame:
            findings.append(
                Finding(
                    "apology-blame",
                    "warning",
                    f"{_quote(blame)} shifts the blame. An apology that points at others reads as an excuse, "
                    "and the person who vouched for you is left looking bad.",
                    "Say plainly what you did and that it was your responsibility; if you name the cause, own it "
                    "(“…but that's no excuse”), and offer to put it right.",
                )
            )

    # awkward-position: a request that puts the reader in a spot with their employer or their word.
    awkward = _awkward(sentences)
    if awkward:
        kind, match = awkward
        why_awkward, fix = _AWKWARD_WHY[kind]
        findings.append(Finding("awkward-position", "warning", f"{_quote(match)} {why_awkward}", fix))
    return findings


def findings_as_json(findings: list[Finding]) -> dict[str, Any]:
    """The ``--json`` shape: ``{"findings": [{rule, severity, message, fix}, …]}``."""
    return {"findings": [f.as_dict() for f in findings]}
