"""The outreach linter's rule helpers: sentences, requests, job asks, pressure, blame, awkward positions, about-me."""

from __future__ import annotations

import bisect
import re

from netkit.exercises.outreach import UNKNOWN_SITUATION, Situation, situation_for
from netkit.exercises.outreach.lint_phrases import (  # noqa: F401  (the bench reads some of these)
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
from netkit.exercises.outreach.lint_text import _GREETING, _QUESTION, _SENTENCE_END

__all__ = []

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
