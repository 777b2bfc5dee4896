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

Which rules apply depends on the situation (a :class:`~netkit.exercises.outreach.Situation` or its
id): a thank-you must thank; an apology is checked for blame; a reply declining a request
needs no question. Without a situation the general rules run.

The linter never raises on odd input: empty text, megabytes of text, HTML (tags are
stripped first) and other languages are all fine. Every pattern is compiled once, at
import; a 300-word message takes about a millisecond (see ``bench/bench_lint.py``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from netkit.exercises.outreach import UNKNOWN_SITUATION, Situation
from netkit.exercises.outreach.lint_checks import (
    _AWKWARD_WHY,
    _JOB_ASK_WHY,
    _about_me,
    _awkward,
    _blame,
    _job_ask,
    _opening,
    _placeholder,
    _pressure,
    _quote,
    _resolve,
    _sentences,
)
from netkit.exercises.outreach.lint_phrases import (
    _APOLOGY,
    _ASK_PHRASE,
    _CONNECTION,
    _FIRST_PERSON,
    _OFFER_OF_HELP,
    _RELEASE,
    _SECOND_PERSON,
    _THANKS,
)
from netkit.exercises.outreach.lint_text import _QUESTION, _WORD, _plain, is_probably_english, word_count

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
#: The rules that read English phrasing (every rule but length, placeholders and the notice itself).
ENGLISH_ONLY_RULES = tuple(rule for rule in RULES if rule not in ("too-long", "placeholder", "english-only"))

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
