"""The outreach message linter: kind, specific feedback while a participant writes.

The linter *is* its list of rules, :data:`RULEBOOK`: each :class:`Rule` has an id, a title in plain
words, the languages it reads, the situations it applies to, a severity, a check over a
:class:`~netkit.exercises.outreach.lint_parse.ParsedMessage` and a fix. ``lint()`` parses the draft
once and asks every rule; ``netkit outreach rules``, the rule table in ``docs/coaching.md`` and the
paper checklist (:func:`checklist_items`) are all derived from the same list, and a test checks
that they agree. Adding a rule is one entry here (plus its phrases in
:mod:`~netkit.exercises.outreach.lint_phrases`).

Which rules apply depends on the situation (a thank-you must thank; an apology is checked for
blame; a decline needs no question) and on the relationship: the recipient's ring on the
participant's map, or their "how well do you know them?" choice. How you know each other belongs
in the opening only when the reader may not know you; a referral asked of a stranger is a burden,
asked of a teammate who has seen your work it is not.

The linter never raises on odd input: empty text, megabytes of text, HTML (tags are stripped
first) and other languages are all fine. Every pattern is compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from netkit.exercises.outreach import lint_phrases as P
from netkit.exercises.outreach.lint_parse import (
    ParsedMessage,
    is_probably_english,
    negated,
    parse_message,
    word_count,
)
from netkit.exercises.outreach.lint_prefilter import QuickPattern
from netkit.exercises.outreach.templates import Situation

__all__ = [
    "ENGLISH_ONLY_RULES",
    "Finding",
    "RELATIONAL_RULES",
    "RULEBOOK",
    "RULES",
    "Rule",
    "checklist_items",
    "findings_as_json",
    "is_probably_english",
    "lint",
    "rule_for",
    "rules_as_json",
    "rules_markdown",
    "word_count",
]

FIRST_CONTACT_MAX = 100
FIRST_CONTACT_BETTER = 75
OTHER_MAX = 150
#: Situations where any job ask is out of place, whoever the reader is (a silence, a gift, good news).
NO_JOB_ASK_SITUATIONS = frozenset({"reconnect", "reconnect-advice", "share-no-ask", "congratulate"})


@dataclass(frozen=True)
class Finding:
    """One piece of feedback on a message."""

    rule: str
    severity: str
    message: str
    fix: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Hit:
    """What a rule's check found: the message, and a severity or fix when they differ from the rule's own."""

    message: str
    severity: str = ""
    fix: str = ""


@dataclass(frozen=True)
class Rule:
    """One rule of the linter.

    ``title``: the rule in plain words (the paper checklist's line); ``looks_for`` and ``spares``:
    what it catches and what keeps it from misfiring (the docs table); ``languages``: ``("en",)``
    for rules that read English phrasing, ``("*",)`` for any language; ``situations``: where it
    applies, in words; ``applies``: the same as a test over the parsed message; ``relational``: it
    is about the relationship between writer and reader (measured apart); ``on_paper``: listed on
    the paper checklist.
    """

    id: str
    title: str
    severity: str
    languages: tuple[str, ...]
    situations: str
    looks_for: str
    spares: str
    fix: str
    check: Callable[[ParsedMessage], Hit | None]
    applies: Callable[[ParsedMessage], bool] = lambda m: True
    relational: bool = False
    on_paper: bool = True

    def run(self, message: ParsedMessage) -> Finding | None:
        """This rule's finding on ``message``, or None."""
        if not self.applies(message):
            return None
        hit = self.check(message)
        if hit is None:
            return None
        return Finding(self.id, hit.severity or self.severity, hit.message, hit.fix or self.fix)

    def as_dict(self) -> dict[str, Any]:
        """The rule as ``netkit outreach rules --json`` lists it."""
        keys = ("id", "title", "severity", "languages", "situations", "looks_for", "spares", "fix", "relational")
        return {k: list(v) if isinstance(v, tuple) else v for k, v in ((k, getattr(self, k)) for k in keys)}


def _quote(text: str | re.Match) -> str:
    snippet = text.group(0) if isinstance(text, re.Match) else text
    return f"“{' '.join(snippet.split())}”"


# --------------------------------------------------------------------------- the checks
def _too_long(m: ParsedMessage) -> Hit | None:
    if m.situation.first_contact and m.count > FIRST_CONTACT_MAX:
        return Hit(
            f"This first message has {m.count} words. People read short first messages; over "
            f"{FIRST_CONTACT_MAX} words it starts to feel like work."
        )
    if m.situation.first_contact and m.count > FIRST_CONTACT_BETTER and m.situation.id:
        return Hit(
            f"{m.count} words: fine, and under {FIRST_CONTACT_BETTER} would be even easier to read.",
            "info",
            "See if a sentence about yourself can go.",
        )
    if not m.situation.first_contact and m.count > OTHER_MAX:
        return Hit(
            f"This message has {m.count} words; a busy reader may put it off for later.",
            fix=f"Aim for under {OTHER_MAX // 3 * 2} words: what happened, what you ask or offer, thanks.",
        )
    return None


def _placeholder(m: ParsedMessage) -> Hit | None:
    found = P.PLACEHOLDER.search(m.body)
    gap = found.group(0) if found else None
    if gap is None:
        for match in P.ANGLE_PLACEHOLDER.finditer(m.raw):
            if match.group(1).split()[0].lower() not in P.HTML_TAGS:
                gap = match.group(0)
                break
    if gap is None:
        return None
    return Hit(
        f"“{gap}” looks like a gap from a template that is still to be filled in. Sent as it is, it tells the "
        "reader this was a mass message."
    )


def _english_only(m: ParsedMessage) -> Hit | None:
    if m.english:
        return None
    return Hit(
        "This message does not look like English, so only the length check was run; the other "
        "checks look for English phrases and would be unreliable here."
    )


_JOB_ASK_WHY = {
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
    "congratulate": (
        "asks for a job or a referral in a message meant to congratulate, which turns their good news into your ask.",
        "Keep this one about them. If you need help, write a separate message another time.",
    ),
    "relayed": (
        "asks them to get someone who has never seen your work to refer you: two people vouching blind.",
        "Ask for the introduction only, and let that person get to know you; a referral, if it comes, is theirs "
        "to offer.",
    ),
}
_JOB_ASK_DEFAULT = (
    "asks for a job or a referral from someone who does not know your work yet: they cannot vouch for it, "
    "and the request can feel like a burden.",
    "Ask for what they can give you now: their view, advice, or a short conversation. Saying what you are "
    "looking for is good; referrals come later, once they know you.",
)


# The writer as the subject just before a job phrase ("I want to send my application").
_WRITER_DOES = re.compile(r"\bi(?:'ll|'m)?\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _asks_for_information(m: ParsedMessage) -> bool:
    """Does the message ask for a view, a talk or knowledge (not for the job itself)?"""
    return any(
        r.kind in ("question", "polite") and P.INFORMATION_ASK.search(r.sentence) and not P.JOB_TOPIC.search(r.sentence)
        for r in m.requests
    )


def _job_ask_match(m: ParsedMessage) -> re.Match | None:
    """The words that ask for a job, work or a referral for the writer, in a request (not a wish, not an offer)."""
    for sentence in m.having(P.JOB_REQUEST, P.JOB_TOPIC, P.VAGUE_HELP):
        request = m.request_in(sentence)
        for match in P.JOB_REQUEST.finditer(sentence):
            if request is None or request.kind == "offer" or negated(sentence, match.start()):
                continue
            if _WRITER_DOES.search(sentence[: match.start()]):
                continue  # "I want to send my application": the writer acts, nobody is asked
            return match
        for match in P.JOB_TOPIC.finditer(sentence):
            if negated(sentence, match.start()) or P.OFFER_TO_READER.search(sentence):
                continue
            # Saying what you want is good; it is an ask when the request in it is for the job, not information,
            # or when the wish is all the message asks ("I need a job.").
            if request is not None and request.kind == "wish" and not _asks_for_information(m):
                return match
            is_request = request is not None and request.kind in ("question", "polite")
            if is_request and not P.QUALIFYING.search(sentence):
                info = P.INFORMATION_ASK.search(sentence[match.end() :])
                if not info or P.VAGUE_HELP.search(sentence):
                    return match
    return None


def _job_ask(m: ParsedMessage) -> Hit | None:
    relayed = next((r for r in m.requests if r.kind == "relayed"), None)
    if relayed is not None:
        why = _JOB_ASK_WHY["relayed"]
        return Hit(f"{_quote(relayed.sentence)} {why[0]}", fix=why[1])
    if m.reader_knows_writer and m.situation.id not in NO_JOB_ASK_SITUATIONS:
        return None  # a friend or teammate who has seen your work can judge whether to refer you
    match = _job_ask_match(m)
    if match is None:
        return None
    why = _JOB_ASK_WHY.get(m.situation.id, _JOB_ASK_DEFAULT)
    return Hit(f"{_quote(match)} {why[0]}", fix=why[1])


def _no_question(m: ParsedMessage) -> Hit | None:
    if m.has_question or m.refusal:
        return None
    ask = None
    for sentence in m.sentences:
        found = P.ASK_PHRASE.search(sentence)
        if found and (m.situation.has_ask or not (P.OFFER_OF_HELP.search(sentence) or P.RELEASE.search(sentence))):
            ask = found
            break
    # A follow-up refers back to the question of its first message: only a request stated in it counts.
    if ask is None and (not m.situation.has_ask or m.situation.needs_thanks):
        return None
    where = f" ({_quote(ask)})" if ask else ""
    return Hit(f"Your request{where} is not phrased as a question, so it is less clear what you would like them to do.")


def _connection_late(m: ParsedMessage) -> Hit | None:
    if m.refusal or P.CONNECTION.search(m.opening):
        return None
    later = P.CONNECTION.search(m.body)
    if later:
        return Hit(
            f"How you know them ({_quote(later)}) comes late. Readers who may not place you decide in the first "
            "lines whether a message is for them."
        )
    return Hit("The opening doesn't say how you know them or who suggested you get in touch.")


def _about_me(m: ParsedMessage) -> Hit | None:
    if len(P.FIRST_PERSON.findall(m.body)) <= len(P.SECOND_PERSON.findall(m.body)):
        return None
    me = you = 0
    for clause in P.CLAUSE_SPLIT.split(m.body):
        clause = P.LEADING_LINK.sub("", P.CLAUSE_GREETING.sub("", clause.strip()))
        if not clause:
            continue
        if P.ME_LED.match(clause):
            # "My teacher gave me your name", "I saw your post", "I'd appreciate it": about them, not self-talk.
            me += (
                0 if P.CONNECTION.search(clause) or P.ABOUT_THE_READER.search(clause) or P.THANKS.search(clause) else 1
            )
        elif P.SECOND_PERSON.search(clause) or P.THANKS.search(clause):
            you += 1
    if me >= 3 and me >= 2 * you:
        return Hit(
            f"{me} sentences start with I or my, and {you} {'is' if you == 1 else 'are'} about them. People "
            "answer messages that show interest in them."
        )
    return None


def _pressure(m: ParsedMessage) -> Hit | None:
    found = P.PRESSURE.search(m.body) or P.REPROACH.search(m.body)
    if found is None:
        for match in P.BUSY_BUT.finditer(m.body):
            if not P.RELEASE.search(match.group("after")):
                found = match
                break
    words = _quote(found) if found else None
    if words is None:
        deadline = next((d for d in m.deadlines if d.on_favour), None)
        words = _quote(deadline.sentence) if deadline else None
    if words is None:
        return None
    return Hit(
        f"{words} puts pressure on them. Guilt, reproach for a silence or your own deadline on their favour strains "
        "a relationship, and people are entitled to say no or to answer later."
    )


def _no_thanks(m: ParsedMessage) -> Hit | None:
    if m.thanks or not m.situation.needs_thanks:
        return None
    return Hit("This is a thank-you or follow-up message, but it doesn't say thank you.")


def _unthanked_ask(m: ParsedMessage) -> Hit | None:
    if m.thanks or m.refusal:
        return None
    if not m.situation.has_ask and m.situation.id:
        return None  # a share, a thank-you, an apology, a decline: whatever it asks is not the point
    if not m.situation.id and not any(r.kind in ("question", "polite", "relayed") for r in m.requests):
        return None
    return Hit("You ask for their time or help but never thank them for it. Someone who owes you nothing notices.")


def _apology_blame(m: ParsedMessage) -> Hit | None:
    cause = next((c for c in m.causes if not c.owned), None)
    if cause is None:
        return None
    return Hit(
        f"{_quote(cause.text)} shifts the blame. An apology that points at others reads as an excuse, "
        "and the person who vouched for you is left looking bad."
    )


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
    "senior": (
        "asks them to speak for you to someone senior. Their standing with that person is theirs to spend, "
        "and it is hard to say no to a friend.",
        "Ask whether they think it would make sense for you to contact that person yourself, and how; "
        "let them offer more if they want to.",
    ),
}


def _asked_in(m: ParsedMessage, pattern: QuickPattern) -> re.Match | None:
    for sentence in m.having(pattern):
        if not m.is_request(sentence):
            continue
        for match in pattern.finditer(sentence):
            if not negated(sentence, match.start()):
                return match
    return None


def _awkward_kind(m: ParsedMessage) -> tuple[str, re.Match] | None:
    found = _asked_in(m, P.GO_AROUND)
    if found:
        return "around", found
    found = _asked_in(m, P.CONFIDENTIAL)
    if found:
        return "confidential", found
    for i, sentence in enumerate(m.sentences):
        vouch = P.VOUCH.search(sentence)
        context = " ".join(m.sentences[max(0, i - 1) : i + 2])
        if vouch and m.is_request(sentence) and not negated(sentence, vouch.start()) and P.CANNOT_JUDGE.search(context):
            return "vouch", vouch
    for sentence in m.having(P.SPEAK_FOR):
        speak = P.SPEAK_FOR.search(sentence)
        if not (speak and m.is_request(sentence) and P.SENIOR.search(sentence)) or negated(sentence, speak.start()):
            continue
        if m.reader_may_not_know_writer and P.JOB_REQUEST.search(sentence):
            continue  # a referral asked of someone who doesn't know you: that is the job ask
        return "senior", speak
    return None


def _awkward(m: ParsedMessage) -> Hit | None:
    found = _awkward_kind(m)
    if found is None:
        return None
    kind, match = found
    why, fix = _AWKWARD_WHY[kind]
    return Hit(f"{_quote(match)} {why}", fix=fix)


def _curt_decline(m: ParsedMessage) -> Hit | None:
    if m.refusal is None or P.KIND_DECLINE.search(m.body):
        return None
    return Hit(
        f"{_quote(m.refusal)}: saying no is your right, and a short no is fine. One kind line makes it easier on "
        "someone who may have written out of worry about their job.",
    )


_EN = ("en",)
_ANY = ("*",)
RULEBOOK: tuple[Rule, ...] = (
    Rule(
        "too-long",
        "Short: under 100 words for a first contact (under 75 is better), under 150 otherwise",
        "warning",
        _ANY,
        "every situation; the limit is lower for first contacts",
        "a first-contact message over 100 words (75–100 is a hint), or any other over 150",
        "words are counted in any language; CJK characters count as half a word",
        f"Keep the connection, one line about you and one question: under {FIRST_CONTACT_BETTER} words is best.",
        _too_long,
    ),
    Rule(
        "placeholder",
        "No gaps left from a template ([name], {x}, XXX)",
        "warning",
        _ANY,
        "every situation",
        "unfilled template syntax: `[x]`, `{x}`, `{{ x }}`, `$X$`, `<Name>`, `«x»`, `*|X|*`, `XXX`",
        "amounts (`$5`), HTML tags, `[1]` notes and Markdown links are left alone",
        "Replace it with the real words (their name, the event, what they did), or delete it.",
        _placeholder,
    ),
    Rule(
        "english-only",
        "The text does not look English, so the English rules were skipped",
        "info",
        _ANY,
        "every situation",
        "a message in another language: only the length and gap checks run",
        "a short message of plain ASCII words counts as English",
        "Check by hand: connection first, a question as the ask, more about them than you, no pressure.",
        _english_only,
        on_paper=False,
    ),
    Rule(
        "job-ask",
        "No asking for a job, work or a referral from someone who doesn't know your work",
        "warning",
        _EN,
        "every situation; friends and teammates may be asked (not after a silence, nor in a gift or congratulations)",
        "asks, for oneself, for a job, work, a referral or openings from a reader who cannot yet vouch; or asks the "
        "reader to get a third person to refer you",
        "saying what you are looking for and asking for information or a talk is good; an opening offered to the "
        "reader is a share; a question about what it takes is an information question; declines and thanks are not asks",
        _JOB_ASK_DEFAULT[1],
        _job_ask,
        relational=True,
    ),
    Rule(
        "no-question",
        "The ask is one clear question",
        "warning",
        _EN,
        "messages that ask for something (not thank-yous, declines, reconnects or shares)",
        "a request phrased as a statement, or a request situation with no question at all",
        "an offer (“if I can return the favour, let me know”), a release, or a refusal is not an ask",
        "End with one clear, easy-to-answer question, e.g. “Would you be open to a 20-minute call next week?”",
        _no_question,
        applies=lambda m: m.situation.has_ask or not m.situation.id or bool(m.requests),
    ),
    Rule(
        "connection-late",
        "How you know them comes first, when they may not know you",
        "warning",
        _EN,
        "first contacts, introductions, follow-ups and reconnects to acquaintances and strangers",
        "how you know them (or who referred you) is not in the first lines",
        "friends and teammates (from the map or the “how well do you know them?” choice) need no introduction; "
        "incidental phrases (“through the portal”, a closing thank-you) are not a connection",
        "Start with the connection: “We met at …”, “Ana suggested I write to you”, “I enjoyed your talk at …”.",
        _connection_late,
        applies=lambda m: m.situation.needs_connection and m.reader_may_not_know_writer,
    ),
    Rule(
        "about-me",
        "More about them than about you",
        "warning",
        _EN,
        "messages meant to be about the reader",
        "most sentences are led by I/my, and the words say I more than you",
        "a sentence that states the connection (“my teacher gave me your name”) is not self-talk",
        "Turn one sentence about yourself into one about them: their work, their view, why you thought of them.",
        _about_me,
        applies=lambda m: m.situation.about_reader,
    ),
    Rule(
        "pressure",
        "No pressure, guilt, reproach for silence or deadlines on their favour",
        "warning",
        _EN,
        "every situation",
        "guilt, obligation, reproach for a silence, or the writer's deadline put on the reader's favour",
        "a deadline on an opportunity the reader may want is not pressure; “I know you're busy, but” followed by a "
        "release (“no rush”) is kindness",
        "Make it easy to decline or to take their time: “If it isn't a good time, no problem at all.” "
        "If you have a deadline, say so plainly and ask whether it is realistic for them.",
        _pressure,
        relational=True,
    ),
    Rule(
        "no-thanks",
        "A thank-you or follow-up says thank you",
        "warning",
        _EN,
        "thank-yous, follow-ups and kind declines",
        "a thank-you or follow-up with no thanks in it",
        "any thanks, gratitude or appreciation anywhere counts",
        "Add a specific thanks: what they did and what difference it made.",
        _no_thanks,
        applies=lambda m: m.situation.needs_thanks,
        relational=True,
    ),
    Rule(
        "unthanked-ask",
        "A request thanks them for their time",
        "warning",
        _EN,
        "any message that asks something of a stranger: someone you have never met or worked with",
        "a request for someone's time or help that never thanks them for it",
        "any thanks, gratitude or appreciation anywhere counts; refusals, offers and wishes are not requests",
        "Close with thanks for their time, whatever they decide: “Thank you for considering it.”",
        _unthanked_ask,
        applies=lambda m: (
            not m.situation.needs_thanks
            and (m.relationship == "stranger" or (m.reader_may_not_know_writer and not m.shared_past))
        ),
        relational=True,
    ),
    Rule(
        "apology-blame",
        "An apology owns what happened and blames nobody",
        "warning",
        _EN,
        "apologies, and any message that says sorry",
        "an apology that points at others (or at bad luck) and does not then own it",
        "naming a cause and then owning it (“…but that's no excuse”) is honest",
        "Say plainly what you did and that it was your responsibility; if you name the cause, own it "
        "(“…but that's no excuse”), and offer to put it right.",
        _apology_blame,
        applies=lambda m: m.apology,
        relational=True,
    ),
    Rule(
        "awkward-position",
        "No asking someone to go around their manager, leak, vouch blind or speak for you to their seniors",
        "warning",
        _EN,
        "every situation",
        "asks someone to go around a manager or process, to share what is confidential, to vouch for what they have "
        "not seen, or to speak for you to someone senior",
        "only requests count; a refusal or “I'm not asking you to go around anyone” does not",
        "Ask for what they can honestly give: how the process works, their view, an introduction.",
        _awkward,
        relational=True,
    ),
    Rule(
        "curt-decline",
        "A no with one kind line",
        "info",
        _EN,
        "refusals, in any situation",
        "a refusal (“please don't message me again”) with no thanks, wish, reason or alternative",
        "a no that thanks them, wishes them luck, gives a reason or offers something instead",
        "Add one kind line: thank them for writing, say why in a few words, or point them somewhere useful — "
        "the kind-decline template has one ready.",
        _curt_decline,
    ),
)
RULES = tuple(rule.id for rule in RULEBOOK)
#: The rules that read English phrasing (skipped, with a note, for a message in another language).
ENGLISH_ONLY_RULES = tuple(rule.id for rule in RULEBOOK if "en" in rule.languages)
#: The rules about the relationship between writer and reader (measured apart in the corpus figures).
RELATIONAL_RULES = tuple(rule.id for rule in RULEBOOK if rule.relational)
_BY_ID = {rule.id: rule for rule in RULEBOOK}


def rule_for(rule_id: str) -> Rule:
    """The rule with this id (KeyError names the known ones)."""
    try:
        return _BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"no linter rule {rule_id!r}; known: {', '.join(RULES)}") from None


def lint(
    text: str | None, situation: Situation | str | None = None, *, relationship: str | None = None
) -> list[Finding]:
    """Feedback on a draft message.

    ``situation``: a Situation, its id, or None (general rules); ``relationship``: the recipient's ring
    key from the map or one of ``friend``/``teammate``/``acquaintance``/``stranger`` (None: not known).
    An unknown situation id raises :class:`~netkit.exceptions.TemplateError` (so a typo in
    ``--situation`` is reported, not ignored); the text itself never makes it raise.
    """
    message = parse_message(text, situation, relationship)
    if message.empty:
        return []
    findings = []
    for rule in RULEBOOK:
        if not message.english and "en" in rule.languages:
            continue
        finding = rule.run(message)
        if finding is not None:
            findings.append(finding)
    return findings


def checklist_items() -> Iterator[tuple[str, str]]:
    """(rule id, plain words) for each rule about the message itself: the paper checklist's lines.

    Read from :data:`RULES` at call time, so a rule id added there is never silently dropped from paper
    (one without a :class:`Rule` yet is spelled from its id).
    """
    for rule_id in RULES:
        rule = _BY_ID.get(rule_id)
        if rule is None:
            yield rule_id, rule_id.replace("-", " ").capitalize()
        elif rule.on_paper:
            yield rule.id, rule.title


def rules_markdown() -> str:
    """The rule table of ``docs/coaching.md`` (``netkit outreach rules --markdown`` prints it; a test compares)."""
    lines = [
        "| Rule | Checklist line | Applies to | Looks for | What keeps it from misfiring |",
        "|---|---|---|---|---|",
    ]
    for rule in RULEBOOK:
        cells = [f"`{rule.id}`", rule.title, rule.situations, rule.looks_for, rule.spares]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def findings_as_json(findings: list[Finding]) -> dict[str, Any]:
    """The ``--json`` shape: ``{"findings": [{rule, severity, message, fix}, …]}``."""
    return {"findings": [f.as_dict() for f in findings]}


def rules_as_json() -> dict[str, Any]:
    """The ``netkit outreach rules --json`` shape: ``{"rules": [{id, title, severity, …}, …]}``."""
    return {"rules": [rule.as_dict() for rule in RULEBOOK]}
