"""The outreach message linter: kind, specific feedback while a participant writes.

``lint(text, situation=None)`` returns a list of :class:`Finding`, each with a stable
``rule`` id, a ``severity`` (``warning`` or ``info``), a short explanation and a suggested
fix. The rules follow the workshop's sources (the seeds):

==================  ===============================================================
``too-long``        a first-contact message over 100 words (under 75 is better)
``job-ask``         asks for a job, a referral or "any openings" in a first contact
``no-question``     the ask is not phrased as a question
``connection-late`` how you know them (or who referred you) is missing from the opening
``about-me``        more words about the writer than about the reader
``pressure``        guilt, obligation or pressure ("you owe me", "I'm counting on you")
``no-thanks``       a thank-you or follow-up with no thanks in it
``apology-blame``   an apology that blames others instead of taking responsibility
``placeholder``     a ``[gap]`` from the template is still to be filled in (info)
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

import html as _html
import re
from dataclasses import asdict, dataclass
from typing import Any

from .outreach import UNKNOWN_SITUATION, Situation, situation_for

__all__ = ["ENGLISH_ONLY_RULES", "Finding", "RULES", "findings_as_json", "is_probably_english", "lint", "word_count"]

RULES = ("too-long", "job-ask", "no-question", "connection-late", "about-me", "pressure", "no-thanks",
         "apology-blame", "placeholder", "english-only")
ENGLISH_ONLY_RULES = ("job-ask", "no-question", "connection-late", "about-me", "pressure", "no-thanks",
                      "apology-blame")

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
_TAG = re.compile(r"<(?:script|style)\b[^>]*>.*?</(?:script|style)\s*>|<!--.*?-->|<[^<>]{0,2000}>",
                  re.IGNORECASE | re.DOTALL)
_BREAK_TAG = re.compile(r"<(?:br|/p|/div|/li|p|div|li)\b[^>]*>", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+|\n\s*\n")
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n]{0,60}\n",
                       re.IGNORECASE)
_QUESTION = re.compile(r"[?？؟]")

_STOPWORDS = frozenset("""
a about after all also am an and any are as at be because been but by can could did do does for
from had has have he her here him his how i if in into is it its just like me more my no not of on
one or our out so some than that the their them then there these they this to up us was we were what
when which who will with would you your i'm it's don't i've i'd i'll you're we're
""".split())


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


# --------------------------------------------------------------------------- patterns
def _rx(*alternatives: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# Words just before an ask that turn it into its opposite ("I'm not asking for a job").
_NEGATION_BEFORE = re.compile(r"(?:\b(?:not|never|no|nor|without)\b|n't\b)[^.!?\n,;:]{0,40}$", re.IGNORECASE)

_JOB_ASK = _rx(
    r"(?:any|open|upcoming)\s+(?:job\s+)?(?:openings?|vacanc(?:y|ies)|positions?|roles?)",
    r"(?:job|role|position)\s+(?:openings?|opportunit(?:y|ies)|vacanc(?:y|ies))",
    r"refer(?:ral)?s?\s+(?:me|for\s+me)", r"(?:a|your)\s+referral", r"refer\s+me",
    r"(?:get|give|find|offer|land)\s+me\s+(?:a|an|the)\s+(?:job|position|role|interview)",
    r"hire\s+me", r"(?:are|is)\s+(?:you|your\s+\w+|they)\s+hiring",
    r"(?:put|say)\s+in\s+a\s+(?:good\s+)?word", r"(?:pass|forward|send)\s+(?:on\s+)?my\s+(?:cv|resume|résumé)",
    r"(?:looking|asking|searching)\s+for\s+(?:a|an)\s+(?:new\s+)?(?:job|position|role)",
    r"(?:need|want|seeking)\s+(?:a|an)\s+(?:new\s+)?(?:job|position|role)",
    r"(?:a|any)\s+job\s+(?:at|with|in)\s+(?:your|the)",
)

#: Why a job ask does not belong, per situation id ("" = any first contact): (explanation, fix).
_JOB_ASK_WHY = {
    "": ("asks for a job or a referral in a first message. Someone who does not know your work yet "
         "cannot vouch for it, and the request can feel like a burden.",
         "Ask for what they can give a stranger: their view, advice, or a short conversation. "
         "Referrals come later, once they know you."),
    "reconnect": ("asks for a job or a referral in the first message after a long silence, which reads "
                  "as getting in touch only because you need something.",
                  "Reconnect first: catch up, show interest in them, offer something. Ask for help in a "
                  "later message, once the conversation is going again."),
    "share-no-ask": ("asks for a job or a referral in a message meant to give with no ask, which turns the "
                     "gift into a transaction.",
                     "Keep this one a pure give. If you need help, write a separate message another time."),
}

_ASK_PHRASE = _rx(
    r"(?:would|could|can|will)\s+you", r"would\s+it\s+be", r"(?:are|is)\s+(?:you|there)",
    r"please", r"let\s+me\s+know", r"i\s+(?:would|'d)\s+(?:like|love)\s+to", r"i\s+(?:was|am)\s+hoping",
    r"i\s+hope\s+you\s+(?:can|could|might|will)", r"may\s+i", r"do\s+you\s+have", r"if\s+you\s+(?:could|can|have)",
    r"i\s+(?:need|want)\s+you\s+to", r"i\s+wonder(?:ed)?\s+if",
)

_CONNECTION = _rx(
    r"we\s+(?:met|worked|studied|spoke|talked|chatted|served|volunteered|were)",
    r"(?:met|meeting|spoke|speaking|talking)\s+(?:you\s+)?(?:at|in|during|on|last)",
    r"worked\s+(?:together|with\s+you|alongside)",
    r"(?:connected|introduced|referred)\s+(?:through|by|via)", r"(?:gave|passed|shared)\s+me\s+your\s+(?:name|details|email)",
    r"(?:suggested|recommended|told\s+me)\s+(?:i|that\s+i|to|you|we|reaching)", r"(?:referred|introduced|pointed)\s+me",
    r"(?:a\s+)?(?:friend|colleague|classmate|student|member|alum(?:nus|na|ni)?)\s+of", r"mutual",
    r"(?:your|the)\s+(?:talk|post|article|presentation|panel|podcast|session|workshop|book|paper)",
    r"i\s+(?:read|heard|saw|watched|attended)", r"you\s+(?:spoke|presented|wrote|posted|gave)",
    r"since\s+(?:we|our|the)", r"it'?s\s+been", r"long\s+time", r"remember", r"lost\s+touch",
    r"(?:our|the)\s+(?:time|days|years)\s+(?:at|in|together)", r"know\s+each\s+other", r"through\s+(?:the|our|my|your)",
    r"when\s+we", r"fellow", r"both\s+(?:studied|worked|went|attended)", r"vouched", r"thank\s+you\s+(?:again|for)",
)

_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b", re.IGNORECASE)

_PRESSURE = _rx(
    r"you\s+owe\s+me(?!\s+(?:nothing|no\b))", r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+counting\s+on\s+you",
    r"as\s+a\s+friend,?\s+you\s+(?:should|must|have\s+to|need\s+to|ought\s+to)",
    r"you\s+(?:have|need|ought)\s+to\s+help", r"you\s+(?:must|should)\s+help",
    r"after\s+(?:all|everything)\s+(?:i'?ve|i\s+have|i)\s+(?:done|did)", r"don'?t\s+let\s+me\s+down",
    r"(?:i|we)\s+expect\s+you\s+to", r"you\s+promised", r"the\s+least\s+you\s+(?:can|could)\s+do",
    r"you'?re\s+my\s+(?:only|last)\s+(?:hope|chance)", r"i'?ll\s+be\s+(?:very\s+|really\s+)?disappointed",
    r"you\s+(?:have|need)\s+to\s+(?:reply|answer|respond)", r"(?:reply|answer|respond)\s+(?:asap|immediately|today)",
    r"(?:i|we)\s+(?:need|want)\s+(?:an\s+)?(?:answer|reply|response)\s+(?:by|today|now|asap)",
    r"(?:i|we)\s+need\s+(?:this|it|that|(?:a|an|your|the)\s+\w+)\s+(?:by|before)\s+(?:tomorrow|tonight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end\s+of|end\s+of|next\s+week)",
    r"if\s+you\s+(?:really\s+)?(?:cared|were\s+(?:a\s+)?(?:real|true|good)\s+friend)", r"shame\s+on\s+you",
    r"you\s+(?:can'?t|cannot)\s+say\s+no", r"(?:it\s+would\s+be|that'?s)\s+(?:so\s+)?(?:selfish|rude)\s+(?:of\s+you\s+)?not\s+to",
)

_THANKS = _rx(r"thanks?", r"thank(?:ing|ful)", r"grateful", r"gratitude", r"apprecia(?:te|ted|tion|tive)",
              r"much\s+obliged", r"cheers")

_APOLOGY = _rx(r"sorry", r"apologi[sz](?:e|ed|ing)", r"apology", r"forgive\s+me", r"my\s+bad")

_BLAME = _rx(
    r"(?:not|wasn't|isn't)\s+(?:really\s+|entirely\s+|totally\s+|all\s+)?my\s+fault",
    r"(?:their|his|her|the\s+\w+'s)\s+fault", r"(?:blame|blamed)\s+(?:the|my|them|him|her|it\s+on)",
    r"(?:no\s*one|nobody)\s+(?:told|warned|showed|explained)", r"(?:they|he|she)\s+(?:should\s+have|never\s+told|didn'?t\s+tell|forgot\s+to)",
    r"(?:it|that)\s+was\s+(?:all\s+)?(?:because\s+of\s+)?(?:them|him|her|the\s+(?:manager|boss|team|client|system|traffic))",
    r"because\s+(?:of\s+)?(?:the|my|our)\s+(?:manager|boss|team|client|traffic|train|bus|system|alarm|colleagues?)",
    r"because\s+of\s+(?:them|him|her|others)", r"(?:my|the)\s+alarm\s+(?:didn't|did\s+not|failed|never)",
    r"sorry\s+(?:if|that)\s+you\s+(?:felt|feel|were|are|got)", r"sorry\s+you\s+feel", r"mistakes\s+were\s+made",
    r"i\s+was\s+set\s+up", r"(?:anyone|anybody)\s+would\s+have", r"out\s+of\s+my\s+(?:hands|control)",
)

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,80}\]")


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


def lint(text: str | None, situation: Situation | str | None = None) -> list[Finding]:
    """Feedback on a draft message; ``situation`` is a Situation, its id, or None (general rules).

    An unknown situation id raises :class:`~netkit.exceptions.TemplateError` (so a typo in
    ``--situation`` is reported, not ignored); the text itself never makes it raise.
    """
    sit = _resolve(situation)
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
        findings.append(Finding(
            "too-long", "warning",
            f"This first message has {count} words. People read short first messages; over "
            f"{FIRST_CONTACT_MAX} words it starts to feel like work.",
            f"Keep the connection, one line about you and one question: under {FIRST_CONTACT_BETTER} words "
            "is best."))
    elif sit.first_contact and count > FIRST_CONTACT_BETTER and sit is not UNKNOWN_SITUATION:
        findings.append(Finding(
            "too-long", "info", f"{count} words: fine, and under {FIRST_CONTACT_BETTER} would be even easier to read.",
            "See if a sentence about yourself can go."))
    elif not sit.first_contact and count > OTHER_MAX:
        findings.append(Finding(
            "too-long", "warning", f"This message has {count} words; a busy reader may put it off for later.",
            f"Aim for under {OTHER_MAX // 3 * 2} words: what happened, what you ask or offer, thanks."))

    placeholder = _PLACEHOLDER.search(body)
    if placeholder:
        findings.append(Finding(
            "placeholder", "info", f"There is still a gap to fill in: {placeholder.group(0)}.",
            "Replace the words in square brackets with your own."))

    if not is_probably_english(words):
        findings.append(Finding(
            "english-only", "info",
            "This message does not look like English, so only the length check was run; the other "
            "checks look for English phrases and would be unreliable here.",
            "Check by hand: connection first, a question as the ask, more about them than you, no pressure."))
        return findings

    opening = _opening(body)

    # job-ask: in a first contact (or when the situation is unknown), when reconnecting after a
    # silence, and in a message meant to give with no ask.
    why = _JOB_ASK_WHY.get(sit.id) or (_JOB_ASK_WHY[""] if sit.first_contact else None)
    if why:
        for match in _JOB_ASK.finditer(body):
            if not _negated(body, match.start()):
                findings.append(Finding("job-ask", "warning", f"{_quote(match)} {why[0]}", why[1]))
                break

    # no-question: the ask should be a question the reader can answer.
    has_question = bool(_QUESTION.search(body))
    if not has_question:
        ask = _ASK_PHRASE.search(body)
        if sit.has_ask or ask is not None:
            where = f" ({_quote(ask)})" if ask else ""
            findings.append(Finding(
                "no-question", "warning",
                f"Your request{where} is not phrased as a question, so it is less clear what you "
                "would like them to do.",
                "End with one clear, easy-to-answer question, e.g. “Would you be open to a 20-minute call "
                "next week?”"))

    # connection-late: how you know them belongs in the opening.
    if sit.needs_connection:
        if not _CONNECTION.search(opening):
            later = _CONNECTION.search(body)
            if later:
                message = (f"How you know them ({_quote(later)}) comes late. Readers decide in the first "
                           "lines whether a message is for them.")
            else:
                message = "The opening doesn't say how you know them or who suggested you get in touch."
            findings.append(Finding(
                "connection-late", "warning", message,
                "Start with the connection: “We met at …”, “Ana suggested I write to you”, “I enjoyed your talk "
                "at …”."))

    # about-me: more about the writer than the reader.
    if sit.about_reader:
        me = len(_FIRST_PERSON.findall(body))
        you = len(_SECOND_PERSON.findall(body))
        if me >= 3 and me > you:
            findings.append(Finding(
                "about-me", "warning" if me >= 2 * max(you, 1) else "info",
                f"The message talks about you ({me}× I/me/my) more than about them ({you}× you/your).",
                "Turn one sentence about yourself into one about them: their work, their view, "
                "why you thought of them."))

    # pressure: guilt, obligation or pressure.
    pressure = _PRESSURE.search(body)
    if pressure:
        findings.append(Finding(
            "pressure", "warning",
            f"{_quote(pressure)} puts pressure on them. Guilt or obligation strains a relationship, and "
            "people are entitled to say no.",
            "Make it easy to decline: “If it isn't a good time, no problem at all.”"))

    # no-thanks: a thank-you or follow-up must thank.
    if sit.needs_thanks and not _THANKS.search(body):
        findings.append(Finding(
            "no-thanks", "warning",
            "This is a thank-you or follow-up message, but it doesn't say thank you.",
            "Add a specific thanks: what they did and what difference it made."))

    # apology-blame: an apology takes responsibility.
    if sit.apology or _APOLOGY.search(body):
        blame = _BLAME.search(body)
        if blame:
            findings.append(Finding(
                "apology-blame", "warning",
                f"{_quote(blame)} shifts the blame. An apology that points at others reads as an excuse, "
                "and the person who vouched for you is left looking bad.",
                "Say plainly what you did and that it was your responsibility; explain briefly, without "
                "blaming anyone, and offer to put it right."))
    return findings


def findings_as_json(findings: list[Finding]) -> dict[str, Any]:
    """The ``--json`` shape: ``{"findings": [{rule, severity, message, fix}, …]}``."""
    return {"findings": [f.as_dict() for f in findings]}
