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
from netkit.exercises.outreach.followups import NO_ASK_SITUATIONS
from netkit.exercises.outreach.lint_learned import SecondSignal
from netkit.exercises.outreach.lint_parse import (
    PHRASES,
    ParsedMessage,
    is_probably_english,
    negated,
    parse_message,
    word_count,
)
from netkit.exercises.outreach.lint_prefilter import QuickPattern
from netkit.exercises.outreach.lint_pressure import owned_by_reader, pressed_by_structure
from netkit.exercises.outreach.lint_question import asked_as_question, question_is_the_request, stated_ask
from netkit.exercises.outreach.lint_work_asked import affirmed, work_asked_of_reader
from netkit.exercises.outreach.templates import Situation
from netkit.languages import N_, gettext_for, ngettext_for

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

    ``title``: the rule in plain words (the paper checklist's line; English source, translated with
    :meth:`title_in`); ``looks_for`` and ``spares``: what it catches and what keeps it from misfiring
    (the docs table); ``languages``: the languages whose phrase data it reads (every key of
    :data:`~netkit.exercises.outreach.lint_parse.PHRASES`), or ``("*",)`` for any language: a rule never
    runs on a language it has no data for; ``situations``: where it
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

    def reads(self, language: str) -> bool:
        """Does this rule run on a draft in ``language``? Only where it has phrase data for it (``*``: any)."""
        return "*" in self.languages or language in self.languages

    def run(self, message: ParsedMessage, second: SecondSignal | None = None) -> Finding | None:
        """This rule's finding on ``message`` in the participant's language, or None (also when the rule has no
        phrase data for the draft's language). ``second``: the learned second signal, asked only where the rule
        applies and its own check said nothing."""
        if not self.reads(message.language) or not self.applies(message):
            return None
        hit = self.check(message)
        if hit is None:
            said = second.about(self.id) if second is not None else None
            return None if said is None else Finding(self.id, self.severity, said, message.gettext(self.fix))
        return Finding(self.id, hit.severity or self.severity, hit.message, hit.fix or message.gettext(self.fix))

    def title_in(self, language: str | None) -> str:
        """The rule in plain words, in ``language`` (the paper checklist's line)."""
        return gettext_for(language)(self.title)

    def as_dict(self) -> dict[str, Any]:
        """The rule as ``netkit outreach rules --json`` lists it."""
        keys = ("id", "title", "severity", "languages", "situations", "looks_for", "spares", "fix", "relational")
        return {k: list(v) if isinstance(v, tuple) else v for k, v in ((k, getattr(self, k)) for k in keys)}


_QUOTES = {"de": ("„", "“"), "es": ("«", "»")}


def _quote(text: str | re.Match, m: ParsedMessage | None = None) -> str:
    """The draft's words quoted the way the participant's language quotes (“…”, „…“, «…»)."""
    snippet = text.group(0) if isinstance(text, re.Match) else text
    left, right = _QUOTES.get(m.prior if m is not None else "en", ("“", "”"))
    return f"{left}{' '.join(snippet.split())}{right}"


# --------------------------------------------------------------------------- the checks
def _too_long(m: ParsedMessage) -> Hit | None:
    _ = m.gettext
    if m.situation.first_contact and m.count > FIRST_CONTACT_MAX:
        return Hit(
            _(
                "This first message has {count} words. People read short first messages; over {limit} words it "
                "starts to feel like work."
            ).format(count=m.count, limit=FIRST_CONTACT_MAX)
        )
    if m.situation.first_contact and m.count > FIRST_CONTACT_BETTER and m.situation.id:
        return Hit(
            _("{count} words: fine, and under {limit} would be even easier to read.").format(
                count=m.count, limit=FIRST_CONTACT_BETTER
            ),
            "info",
            _("See if a sentence about yourself can go."),
        )
    if not m.situation.first_contact and m.count > OTHER_MAX:
        return Hit(
            _("This message has {count} words; a busy reader may put it off for later.").format(count=m.count),
            fix=_("Aim for under {limit} words: what happened, what you ask or offer, thanks.").format(
                limit=OTHER_MAX // 3 * 2
            ),
        )
    return None


def _placeholder(m: ParsedMessage) -> Hit | None:
    found = m.phrases.PLACEHOLDER.search(m.body)  # each language's: Spanish quotes titles in «»
    gap = found.group(0) if found else None
    if gap is None:
        for match in P.ANGLE_PLACEHOLDER.finditer(m.raw):
            if match.group(1).split()[0].lower() not in P.HTML_TAGS:
                gap = match.group(0)
                break
    if gap is None:
        return None
    return Hit(
        m.gettext(
            "{gap} looks like a gap from a template that is still to be filled in. Sent as it is, it tells the "
            "reader this was a mass message."
        ).format(gap=_quote(gap, m))
    )


def _language_in(code: str, shown_in: str) -> str:
    """The name of language ``code`` as a reader of ``shown_in`` writes it ("German", "Deutsch", "alemán")."""
    from babel import Locale

    return str(Locale(shown_in).languages.get(code, code))


def _english_only(m: ParsedMessage) -> Hit | None:
    _ = m.gettext
    if m.language == m.prior:
        return None
    if m.language not in PHRASES:
        return Hit(
            _(
                "This message does not look like English, German or Spanish, so only the length and gap checks "
                "were run; the other checks read the phrasing of those languages and would be unreliable here."
            )
        )
    return Hit(
        _("This message looks like {language}, so it was read with the checks for {language}.").format(
            language=_language_in(m.language, m.prior)
        ),
        fix=_("If it is meant for a reader of that language, nothing to do; otherwise check the words by hand."),
    )


# Why a job ask is out of place, by situation: (message with the asking words as {quote}, fix).
_JOB_ASK_WHY = {
    "reconnect": (
        N_(
            "{quote} asks for a job or a referral in the first message after a long silence, which reads "
            "as getting in touch only because you need something."
        ),
        N_(
            "Reconnect first: catch up, show interest in them, offer something. Ask for help in a "
            "later message, once the conversation is going again."
        ),
    ),
    "reconnect-advice": (
        N_(
            "{quote} asks for a job or a referral in a message meant to ask advice after a long silence, "
            "which reads as getting in touch only because you need something."
        ),
        N_("Ask for their view on your decision; a referral, if it comes, comes later from them."),
    ),
    "client-or-collaborator": (
        N_(
            "{quote} asks for work in a first message. Someone who has not seen what you do yet "
            "cannot judge it, and a cold request for work is easy to ignore."
        ),
        N_(
            "Ask how they work with freelancers, or about one problem they have; work follows once they know "
            "what you do."
        ),
    ),
    "share-no-ask": (
        N_(
            "{quote} asks for a job or a referral in a message meant to give with no ask, which turns the gift "
            "into a transaction."
        ),
        N_("Keep this one a pure give. If you need help, write a separate message another time."),
    ),
    "congratulate": (
        N_(
            "{quote} asks for a job or a referral in a message meant to congratulate, which turns their good news "
            "into your ask."
        ),
        N_("Keep this one about them. If you need help, write a separate message another time."),
    ),
    "relayed": (
        N_("{quote} asks them to get someone who has never seen your work to refer you: two people vouching blind."),
        N_(
            "Ask for the introduction only, and let that person get to know you; a referral, if it comes, is theirs "
            "to offer."
        ),
    ),
}
_JOB_ASK_DEFAULT = (
    N_(
        "{quote} asks for a job or a referral from someone who does not know your work yet: they cannot vouch for "
        "it, and the request can feel like a burden."
    ),
    N_(
        "Ask for what they can give you now: their view, advice, or a short conversation. Saying what you are "
        "looking for is good; referrals come later, once they know you."
    ),
)


def _asks_for_information(m: ParsedMessage) -> bool:
    """Does the message ask for a view, a talk or knowledge (not for the job itself)?"""
    return any(
        r.kind in ("question", "polite")
        and m.phrases.INFORMATION_ASK.search(r.sentence)
        and not m.phrases.JOB_TOPIC.search(r.sentence)
        for r in m.requests
    )


def _matches(text: str, *patterns: QuickPattern) -> Iterator[re.Match]:
    """Every match of each pattern in ``text``, pattern by pattern."""
    for pattern in patterns:
        yield from pattern.finditer(text)


#: How far before an ask the "the writer acts" check reads: "I" and up to three words ("I want to send my…") fit well
#: inside it, and a bounded look keeps one huge pasted sentence full of asks linear in its length, not quadratic.
_WRITER_WINDOW = 160


def _just_before(sentence: str, start: int) -> str:
    """The words of ``sentence`` just before ``start``: all of them in a sentence of ordinary length, else the last
    :data:`_WRITER_WINDOW` characters, cut where a word begins."""
    if start <= _WRITER_WINDOW:
        return sentence[:start]
    space = sentence.find(" ", start - _WRITER_WINDOW, start)
    return sentence[space + 1 if space >= 0 else start - _WRITER_WINDOW : start]


def _job_ask_match(m: ParsedMessage) -> re.Match | None:
    """The words that ask for a job, work or a referral for the writer, in a request (not a wish, not an offer). In a
    thank-you, words that name no job and are neither asked as a question nor ask the reader to keep the writer in
    mind ("denken Sie bitte an mich") are help offered back ("if your team ever needs a hand at an open day, count me
    in") or thanks for a good word given ("thank you for passing my portfolio")."""
    match = _job_ask_found(m)
    if match is None or not (m.situation.needs_thanks and not m.situation.has_ask):
        return match
    if m.phrase("JOB_NAMED").search(match.group(0)):
        return match
    # a match is read in the whole body or in one sentence (its string)
    sentence = m.sentences[m.where_index(match.start())] if match.string is m.body else match.string
    request = m.request_in(sentence)
    if request is None:
        return None
    kept_in_mind = request.kind == "polite" and m.phrase("REMEMBER_WRITER").search(sentence)
    return match if request.kind == "question" or kept_in_mind else None


def _job_ask_found(m: ParsedMessage) -> re.Match | None:
    """The first job ask :func:`_job_ask_match` reads, before a thank-you's offers are set aside."""
    about_work = m.about_work
    # the writer offered for an opening of the reader's side ("if a spot comes up, keep my name handy"), or, in a
    # message about work, their name carried to someone there ("it would mean a lot if my name came up") or the
    # reader's word wished for ("a word from you to the director would go a long way"): asks in any form, a wish or an
    # imperative as much as a question
    standing = (
        (m.phrase("CANDIDATE_FOR_OPENING"), m.phrase("NAME_REACHES"))
        if about_work
        else (m.phrase("CANDIDATE_FOR_OPENING"),)
    )
    for match in _matches(m.body, *standing):
        sentence = m.sentences[m.where_index(match.start())]
        if not negated(m.body, match.start(), m.phrases) and not m.phrases.OFFER_TO_READER.search(sentence):
            return match
    # the reader asked (or, in a hint, cast: "if you tell her…", "you could mention me to…") to tell someone about the
    # writer, with a job named in that sentence or the one before: a good word asked in other words
    told = m.phrase("WRITER_TOLD")
    for index in m.where(told):
        sentence = m.sentences[index]
        if not m.phrase("JOB_NAMED").search(" ".join(m.sentences[max(0, index - 1) : index + 1])):
            continue
        request = m.request_in(sentence)
        asked = request is not None and request.kind in ("question", "polite")
        for match in told.finditer(sentence):
            hinted = m.phrase("READER_HINTED").search(_just_before(sentence, match.start()))
            if (asked or hinted) and not negated(sentence, match.start(), m.phrases):
                return match
    asks = (m.phrases.JOB_REQUEST, m.phrase("ENDORSE")) if about_work else (m.phrases.JOB_REQUEST,)
    for sentence in m.having(*asks, m.phrases.JOB_TOPIC, m.phrases.VAGUE_HELP):
        request = m.request_in(sentence)
        for match in _matches(sentence, *asks):
            if request is None or request.kind == "offer":
                continue
            if not affirmed(m, sentence, match.start(), request.kind == "question"):
                continue  # "I'm not asking you to refer me"; a negative question still asks ("¿Usted no podría…?")
            if m.phrases.WRITER_DOES.search(_just_before(sentence, match.start())):
                continue  # "I want to send my application": the writer acts, nobody is asked
            return match
        for match in m.phrases.JOB_TOPIC.finditer(sentence):
            if negated(sentence, match.start(), m.phrases) or m.phrases.OFFER_TO_READER.search(sentence):
                continue
            # Saying what you want is good; it is an ask when the request in it is for the job, not information,
            # or when the wish is all the message asks ("I need a job.").
            if request is not None and request.kind == "wish" and not _asks_for_information(m):
                return match
            is_request = request is not None and request.kind in ("question", "polite")
            if is_request and not m.phrases.QUALIFYING.search(sentence):
                info = m.phrases.INFORMATION_ASK.search(sentence[match.end() :])
                if not info or m.phrases.VAGUE_HELP.search(sentence):
                    return match
    # the structure under the phrases: a request to the reader whose beneficiary is the writer and whose object is work
    return work_asked_of_reader(m)


def _job_ask(m: ParsedMessage) -> Hit | None:
    relayed = next((r for r in m.requests if r.kind == "relayed"), None)
    if relayed is not None:
        why = _JOB_ASK_WHY["relayed"]
        return Hit(m.gettext(why[0]).format(quote=_quote(relayed.sentence, m)), fix=m.gettext(why[1]))
    # with no situation chosen, a message that opens with congratulations is one
    congratulating = not m.situation.id and bool(m.phrase("CONGRATULATION").search(m.opening))
    if m.reader_knows_writer and m.situation.id not in NO_JOB_ASK_SITUATIONS and not congratulating:
        return None  # a friend or teammate who has seen your work can judge whether to refer you
    match = _job_ask_match(m)
    if match is None:
        return None
    why = _JOB_ASK_WHY.get("congratulate" if congratulating else m.situation.id, _JOB_ASK_DEFAULT)
    return Hit(m.gettext(why[0]).format(quote=_quote(match, m)), fix=m.gettext(why[1]))


def _released(m: ParsedMessage, sentence: str) -> bool:
    """Does ``sentence`` release the reader, with no "but" after the release taking it back ("No pressure at all, but
    if you happened to mention me…" still asks)? A language whose RELEASE_HOLDS is not defined yet (the placeholder
    does not even match an empty rest) keeps every release, as before."""
    release = m.phrases.RELEASE.search(sentence)
    holds = m.phrase("RELEASE_HOLDS")
    return bool(release and (holds.match(sentence[release.end() :]) or not holds.match("")))


#: Situations whose message asks the reader nothing (labelling call 7: a decline, a reconnect, a share): the no-ask
#: message types the follow-ups already know (``followups.NO_ASK_SITUATIONS``) but a congratulation. A "please" in one
#: is an alternative offered ("Please do try the mentoring circle"), part of the no ("Please do not send me more
#: files"), an invitation ("give me a shout when you're back") or something passed on, never the message's ask. Not a
#: thank-you or an apology, which may still ask a real favour as a statement ("Could you send me the name of the
#: printer.", "Please let me know whether Thursday still works"), nor a congratulation or an introduction made: a job
#: or a favour hidden in those is read as their ask.
_ASKS_NOTHING = NO_ASK_SITUATIONS - {"congratulate"}


def _asks_something(m: ParsedMessage) -> bool:
    """Does the message ask for something (so its ask should be a question)? Not in a situation that asks nothing
    (:data:`_ASKS_NOTHING`); else its situation asks, none was chosen, a sentence requests, or (outside a thank-you) a
    job or a good word is hinted at ("Congratulations! When you start hiring, I hope the sous chef spot goes to me")."""
    if m.situation.id in _ASKS_NOTHING:
        return False
    if m.situation.has_ask or not m.situation.id or m.requests:
        return True
    return _hinted_job_ask(m) is not None


def _hinted_job_ask(m: ParsedMessage) -> re.Match | None:
    """A job ask hinted at outside a thank-you, read as a request for no-question. English only for now: the German
    and Spanish training labels were written without that reading (a congratulation ending "denk an mich" is
    labelled job-ask alone), so their tuners decide."""
    if not m.english or (m.situation.needs_thanks and not m.situation.has_ask):
        return None
    return _job_ask_match(m)


def _hinted_awkward_ask(m: ParsedMessage) -> re.Match | None:
    """An awkward favour (a good word upstairs, a blind vouch, a leak, a way around) asked in a message with no
    question, read as a request for no-question; English only and outside a thank-you, as :func:`_hinted_job_ask`."""
    if not m.english or (m.situation.needs_thanks and not m.situation.has_ask):
        return None
    found = _awkward_kind(m)
    return found[1] if found else None


def _no_question(m: ParsedMessage) -> Hit | None:
    """The message asks for something and no question in it is the request (labelling calls 7 and 18): no question at
    all, or only a pleasantry or a tag on a statement (:mod:`lint_question`), beside a request stated."""
    # where the situation asks nothing (an apology, a thank-you, a share), only a request of the reader is an ask: the
    # writer's own plan ("I'd like to write to her myself", "I would like to call you to explain") is not; and there
    # any question still counts as the ask, as the training files label it (a congratulation's "keep me in mind, yeah?")
    plans_count = m.situation.has_ask or not m.situation.id
    if m.refusal or (m.has_question and (not plans_count or question_is_the_request(m))):
        return None
    ask = None
    for sentence in m.sentences:
        stated = stated_ask(m, sentence) if plans_count else None
        found = stated or m.phrases.ASK_PHRASE.search(sentence)
        if found and stated is None and m.has_question and asked_as_question(m, sentence):
            continue  # beside a tag or a pleasantry, "please can you give it …" is asked, its mark left off
        if found and not plans_count and not m.phrases.REQUEST.search(sentence):
            continue
        if found and m.phrase("COURTESY").search(sentence):
            continue  # "please give my best to everyone": a courtesy, not an ask
        if found and (m.situation.has_ask or not (m.phrases.OFFER_OF_HELP.search(sentence) or _released(m, sentence))):
            ask = found
            break
    # a job, a referral or a good word asked as a wish or a hint ("When you hire your first planner, I hope it is me",
    # "if my name came up, I sure wouldn't complain") is a request put as a statement, in any situation but a thank-you
    # (where "if your team ever needs a hand, count me in" offers help)
    # …and so is an awkward favour asked that way ("if my name slipped into your lunch with the chief counsel, I
    # wouldn't mind", "kindly mention my name to your head of department")
    # (beside a tag or a pleasantry only a request stated counts: the hint may be asked there, its mark left off)
    if ask is None and not m.has_question:
        ask = _hinted_job_ask(m) or _hinted_awkward_ask(m)
    # A follow-up refers back to the question of its first message: only a request stated in it counts; a message
    # that makes the introduction both sides said yes to ("so I'm introducing you") asks nothing.
    # …and a message whose only questions are a pleasantry or a tag must state its request to be asking one
    if ask is None and (
        m.has_question or not m.situation.has_ask or m.situation.needs_thanks or m.phrase("INTRODUCING").search(m.body)
    ):
        return None
    _ = m.gettext
    if ask is None:
        return Hit(_("Your request is not phrased as a question, so it is less clear what you would like them to do."))
    return Hit(
        _(
            "Your request ({quote}) is not phrased as a question, so it is less clear what you would like them to do."
        ).format(quote=_quote(ask, m))
    )


def _said_how_they_know_each_other(m: ParsedMessage) -> bool:
    """Does the opening say how the reader knows the writer (a CONNECTION phrase in its first two sentences, before
    the first request)? Read twice: from the greeting (``opening``), and past a greeting line or a name called out
    (``opening_sentences``: "Olá, perdón, ¡hola Marta!"). For an acquaintance, who may not place the writer, having
    seen their news or post ("I saw your post …") is not how they know each other: it must say more."""
    if _connection_in(m, m.opening):
        return True
    sentences = m.opening_sentences[:2]
    asked = next((i for i, s in enumerate(sentences) if m.is_request(s) and not _pleasantry(m, s)), None)
    return _connection_in(m, " ".join(sentences if asked is None else sentences[: asked + 1]))


def _connection_in(m: ParsedMessage, opening: str) -> bool:
    """Does this opening hold a connection phrase before its first request?"""
    # what comes after the first request is not the opening any more ("Would you have time …? I should have said: …");
    # a pleasantry of three words or fewer ("How are you?", "¿Cómo le va?") is no request, also after a greeting in
    # the same sentence ("Hi Dev, how are you? I saw your talk …")
    for sentence in m.sentences:
        words = len(m.phrases.CLAUSE_GREETING.sub("", sentence.strip()).split())
        if sentence.strip() in opening and words > 3 and m.is_request(sentence) and not _pleasantry(m, sentence):
            opening = opening[: opening.index(sentence.strip()) + len(sentence.strip())]
            break
    seen = [(s.start(), s.end() + 25) for s in m.phrases.ABOUT_THE_READER.finditer(opening)]
    for match in m.phrases.CONNECTION.finditer(opening):
        if m.relationship != "acquaintance" or not any(start <= match.start() < end for start, end in seen):
            return True
    # the time since the two last met, told around the meeting ("seit der Meisterschule nix mehr von dir gehört")
    return bool(m.phrase("TIME_SINCE_MET").search(opening))


def _pleasantry(m: ParsedMessage, sentence: str) -> bool:
    """Is ``sentence`` a pleasantry ("I hope this finds you well.", "Klk, Ramón, ¿cómo va todo?"): no request, and
    like the greeting it does not use up the opening (labelling call 8)?"""
    return bool(sentence.strip() and m.phrase("PLEASANTRY").match(sentence.strip()))


def _past_pleasantries(m: ParsedMessage) -> list[str]:
    """The opening's sentences (``opening_sentences``) from the first that is not a pleasantry on (the last one is
    kept: a message that is all pleasantry has that for its opening)."""
    sentences = m.opening_sentences
    while len(sentences) > 1 and _pleasantry(m, sentences[0]):
        sentences = sentences[1:]
    return sentences


def _opening_about_the_writer(m: ParsedMessage) -> bool:
    """Is the opening about the writer, or the ask, before it turns to the reader? Read sentence by sentence (its
    first two after the greeting and a pleasantry: ``opening_sentences``, PLEASANTRY), the first sentence that is
    about someone decides:

    * led by the reader and naming them or their doings ("Your stall had the best glazes", "You're on the panel,
      aren't you?"; not "You're at Shopify, right?", where they work asked): not late;
    * the ask (a request of the reader): late;
    * led by I, my, we or our, or the writer's wish ("würde gern …"): late (who the writer is, their situation or
      plans), unless the writer met or admires the reader's work in it ("I played Lantern Tide at the fest", "I used
      the Arewa app": ENCOUNTER) or, asking and planning nothing, names it (:func:`_met_the_readers_work`: "I buy my
      bread at your stall", "Uso su app");
    * any other sentence that names the reader's work or doings (READER_NAMED, "The Stem & Stone newsletter changed
      how I quote": ENCOUNTER), a connection, thanks them or is familiar: not late (for an acquaintance, their news
      seen, ABOUT_THE_READER, is not enough); one that speaks of the writer (I, me, my) is late.

    An opening that neither introduces the writer nor asks nor names the reader ("Pass.", "The rota is up") is not
    late: nothing stands in front of a connection."""
    p = m.phrases
    for sentence in _past_pleasantries(m)[:2]:
        text = p.LEADING_LINK.sub("", sentence)
        request = m.request_in(sentence)
        if m.phrase("READER_LED").search(text) and (request is None or m.phrase("READER_NAMED").search(text)):
            return False
        if request is not None and request.kind != "wish":
            return True
        if p.ME_LED.match(text) or m.phrase("WRITER_LED").search(text) or request is not None:
            # the writer meeting the reader's work, also as a customer of their shop or product ("I have coffee at
            # your café most Saturdays", "Uso su app de rutas"): a statement naming the reader's own work places them
            return not (m.phrase("ENCOUNTER").search(text) or (request is None and _met_the_readers_work(m, text)))
        if (
            m.phrase("READER_NAMED").search(text)
            or p.CONNECTION.search(text)
            or m.phrase("ENCOUNTER").search(text)
            or (m.relationship != "acquaintance" and p.ABOUT_THE_READER.search(text))
            or p.THANKS.search(text)
            or m.phrase("FAMILIAR").search(text)
        ):
            return False
        if p.FIRST_PERSON.search(text):
            return True
    return False


def _met_the_readers_work(m: ParsedMessage, text: str) -> bool:
    """Does the writer's own sentence name the reader's work, shop or product as something the writer has met ("I have
    coffee at your café most Saturdays", "Uso su app de rutas")? Not in a plan or a wish (WRITER_PLAN: "we could do
    great things with your routing data"), and not the reader named only as where they work (WHERE_THEY_WORK: "a
    company like yours")."""
    if m.phrase("WRITER_PLAN").search(text):
        return False
    where = m.phrase("WHERE_THEY_WORK")
    return any(not where.match(text, found.start()) for found in m.phrase("READER_NAMED").finditer(text))


def _connection_late(m: ParsedMessage) -> Hit | None:
    """The connection comes late (labelling call 8): no connection phrase in the opening, and the opening is about the
    writer or the ask before it turns to the reader (a reconnect: no shared past in the opening, TIME_SINCE_MET
    included). Not on a refusal, nor on a message with no situation that asks nothing (call 29: a reply)."""
    if m.refusal or _said_how_they_know_each_other(m):
        return None
    # With no situation chosen the text decides (labelling call 29): a message that asks nothing at all is a reply,
    # not a first contact ("Mirá, lo del canje por difusión no va conmigo.")
    if not m.situation.id and not m.requests and not m.has_question:
        return None
    # A reconnect is the writer's news by nature: only a shared past in the opening places them. Any other message is
    # late only when its opening is about the writer, or asks, before it turns to the reader.
    if not m.situation.id.startswith("reconnect") and not _opening_about_the_writer(m):
        return None
    _ = m.gettext
    later = m.phrases.CONNECTION.search(m.body)
    if later:
        return Hit(
            _(
                "How you know them ({quote}) comes late. Readers who may not place you decide in the first "
                "lines whether a message is for them."
            ).format(quote=_quote(later, m))
        )
    return Hit(_("The opening doesn't say how you know them or who suggested you get in touch."))


def _about_me(m: ParsedMessage) -> Hit | None:
    """Most sentences are led by I/my (a sentence that states the connection, is about the reader or thanks
    them is not self-talk), at least three of them, and the words say I more than you. Sentences, not clauses:
    "I run a kitchen, so I'd love to hear how your team works" is one; "I am a nurse and I want to move into
    data" is two statements about the writer (SELF_AND). Greetings and sign-offs are not sentences."""
    if len(m.phrases.FIRST_PERSON.findall(m.body)) <= len(m.phrases.SECOND_PERSON.findall(m.body)):
        return None
    statements = m.statements
    if len(statements) < 3:
        return None  # too short to be "mostly" anything
    units: list[str] = []
    self_and = getattr(m.phrases, "SELF_AND", None)
    for sentence in statements:
        # "I am a nurse and I want to move into data" says two things about the writer
        if self_and is not None and m.phrases.ME_LED.match(sentence):
            units.extend(part for part in self_and.split(sentence) if len(part.split()) >= 2)
        else:
            units.append(sentence)
    me = you = 0
    for sentence in units:
        if m.phrases.ME_LED.match(sentence):
            # "My teacher gave me your name", "I saw your post", "I'd appreciate it": about them, not self-talk.
            # …nor is the ask itself ("I need to speak to you before then, so please make time for a call").
            me += (
                0
                if m.phrases.CONNECTION.search(sentence)
                or m.phrases.ABOUT_THE_READER.search(sentence)
                or m.phrases.THANKS.search(sentence)
                or m.phrases.REQUEST.search(sentence)
                or m.phrases.ASK_PHRASE.search(sentence)
                else 1
            )
        elif m.phrases.SECOND_PERSON.search(sentence) or m.phrases.THANKS.search(sentence):
            you += 1
    if me >= 3 and 2 * me > len(units):
        ngettext = ngettext_for(m.prior)  # the name pybabel extracts
        text = ngettext(
            "{me} sentences start with I or my, and {you} is about them. People answer messages that show interest in "
            "them.",
            "{me} sentences start with I or my, and {you} are about them. People answer messages that show interest "
            "in them.",
            you,
        )
        return Hit(text.format(me=me, you=you))
    return None


def _pressed(m: ParsedMessage) -> re.Match | None:
    """The first pressing phrase (pressure, reproach, the reader's favour promised to others) that is not part of a
    release ("please don't feel you have to reply" frees the reader; "you have to reply" presses)."""
    for match in _matches(m.body, m.phrases.PRESSURE, m.phrases.REPROACH, m.phrase("PROMISED_FOR_THEM")):
        if owned_by_reader(m, match):
            continue  # "your third request": the reader's count, not the writer's silence reproached
        around = m.phrases.RELEASE.finditer(m.body, max(0, match.start() - 40), match.end())
        if not any(_releases(m, release, match) for release in around):
            return match
    # the structure read beside the phrases: the writer's attempts counted, a silence named bare, the writer's own date
    # with what closes then or is lost after it (lint_pressure)
    return pressed_by_structure(m)


def _releases(m: ParsedMessage, release: re.Match, pressing: re.Match) -> bool:
    """Does ``release`` free the reader of ``pressing``: it overlaps it, or leads the same clause and still holds there
    (RELEASE_HOLDS: no "but" between, in "no pressure at all if this term is too busy for you")?"""
    if release.end() > pressing.start():
        return True
    return bool(m.phrase("RELEASE_HOLDS").match(m.body[release.end() : pressing.start()]))


def _pressure(m: ParsedMessage) -> Hit | None:
    found = _pressed(m)
    if found is None:
        for match in m.phrases.BUSY_BUT.finditer(m.body):
            # the release may come in the next sentence ("…could I ask how you did it? No rush at all.")
            after = match.group("after") + m.body[match.end() : match.end() + 120]
            if not m.phrases.RELEASE.search(after):
                found = match
                break
    words = _quote(found, m) if found else None
    if words is None:
        deadline = next((d for d in m.deadlines if d.on_favour), None)
        words = _quote(deadline.sentence, m) if deadline else None
    if words is None:
        return None
    return Hit(
        m.gettext(
            "{quote} puts pressure on them. Guilt, reproach for a silence or your own deadline on their favour "
            "strains a relationship, and people are entitled to say no or to answer later."
        ).format(quote=words)
    )


def _no_thanks(m: ParsedMessage) -> Hit | None:
    if m.thanks or not m.situation.needs_thanks:
        return None
    return Hit(m.gettext("This is a thank-you or follow-up message, but it doesn't say thank you."))


def _unthanked_ask(m: ParsedMessage) -> Hit | None:
    if m.thanks or m.refusal:
        return None
    if not any(r.kind in ("question", "polite", "relayed") for r in m.requests):
        return None  # only offers ("Would you like me to introduce you?") or wishes: nothing is asked of them
    return Hit(
        m.gettext("You ask for their time or help but never thank them for it. Someone who owes you nothing notices.")
    )


def _apology_blame(m: ParsedMessage) -> Hit | None:
    cause = next((c for c in m.causes if not c.owned), None)
    if cause is None:
        return None
    return Hit(
        m.gettext(
            "{quote} shifts the blame. An apology that points at others reads as an excuse, "
            "and the person who vouched for you is left looking bad."
        ).format(quote=_quote(cause.text, m))
    )


_AWKWARD_WHY = {
    "around": (
        N_(
            "{quote} asks them to step around their manager or a formal process. That puts their own standing at "
            "risk for your sake, and it is hard for a friend to refuse."
        ),
        N_(
            "Ask how the process works and whether they would feel comfortable mentioning your name within it; "
            "apply through the usual route."
        ),
    ),
    "confidential": (
        N_(
            "{quote} asks for information they may not be free to share. Even a good friend is then caught "
            "between you and their employer."
        ),
        N_(
            "Ask what anyone could be told: what the work is like, what the team values, what helped "
            "people who were hired."
        ),
    ),
    "vouch": (
        N_(
            "{quote} asks them to vouch for something they have not seen for themselves, so their word would be "
            "worth less and their reputation is put on the line."
        ),
        N_(
            "Ask for what they can honestly give: an introduction, or their view of your plan; let your work "
            "speak where they have seen it."
        ),
    ),
    "senior": (
        N_(
            "{quote} asks them to speak for you to someone senior. Their standing with that person is theirs to "
            "spend, and it is hard to say no to a friend."
        ),
        N_(
            "Ask whether they think it would make sense for you to contact that person yourself, and how; "
            "let them offer more if they want to."
        ),
    ),
}


def _asked_in(m: ParsedMessage, pattern: QuickPattern) -> re.Match | None:
    for sentence in m.having(pattern):
        if not m.is_request(sentence):
            continue
        for match in pattern.finditer(sentence):
            if not negated(sentence, match.start(), m.phrases):
                return match
    return None


def _superior_in(m: ParsedMessage, sentence: str) -> re.Match | None:
    """Someone senior to the reader named in ``sentence``: SENIOR, or the reader's own superior by another title."""
    return m.phrases.SENIOR.search(sentence) or m.phrase("READER_SUPERIOR").search(sentence)


def _wished_in(m: ParsedMessage, pattern: QuickPattern) -> re.Match | None:
    """``pattern`` in a sentence where the writer, asking nothing outright, says they wish to know it (WANT_TO_KNOW, in
    that sentence or one next to it: "I keep wondering what Segun is on now", "I know you saw the scores. I'd sleep
    better knowing where I landed"): the same ask, hinted."""
    want = m.phrase("WANT_TO_KNOW")
    for i in m.where(pattern):
        sentence = m.sentences[i]
        if not any(want.search(s) for s in (m.sentences[i - 1] if i > 0 else "", sentence, m.sentence_after(i))):
            continue
        wished = want.search(sentence)
        # the wish's own "not" ("I wouldn't say no to a peek at…") does not negate what is wished for
        after = wished.end() if wished else 0
        for match in pattern.finditer(sentence, after):
            if not negated(sentence[after:], match.start() - after, m.phrases):
                return match
    return None


def _has_not_seen_the_work(m: ParsedMessage) -> bool:
    """Has the reader never seen the writer's work? A stranger on the map, or, when nobody said, a reader the text
    neither shows to know the writer (met, worked together) nor talks to as one who does. Not an acquaintance on the
    map: one who has met the writer may have seen enough to agree to write a letter (the context must say they have not:
    CANNOT_JUDGE)."""
    if m.says_they_know_each_other:
        return False
    if m.relationship is not None:
        return m.relationship == "stranger"
    return not (m.situation.known_reader or m.shared_past or m.familiar)


def _vouch_unseen(m: ParsedMessage, index: int, vouch: re.Match) -> bool:
    """Is the reader, who has never seen the writer's work, asked to vouch for the writer (a reference, a letter, a
    recommendation of them: VOUCH_FOR_WRITER, not a book recommended; not a referral for a job, which is the job ask)?
    Asked in that sentence, or named there and asked of the reader in the next (VOUCH_GIVEN: "a recommendation from a
    chef like you would mean the world. Could you write a few lines?")."""
    sentence = m.sentences[index]
    if not _has_not_seen_the_work(m):
        return False
    if not m.phrase("VOUCH_FOR_WRITER").match(sentence, vouch.start(), vouch.end() + 30):
        return False
    if m.phrases.JOB_REQUEST.search(sentence) and not m.phrase("QUALITY_TOLD").search(sentence):
        return False  # "recommend me to whoever is hiring": a referral, the job ask's
    if m.is_request(sentence):
        return True
    after = m.sentence_after(index)
    return m.is_request(after) and bool(m.phrase("VOUCH_GIVEN").search(after))


def _awkward_kind(m: ParsedMessage) -> tuple[str, re.Match] | None:
    """What awkward position the draft asks the reader into, and the words that ask it: going around a manager or
    a process, something confidential, a vouch for what they have not seen, or speaking for the writer to their
    seniors (the first found, in that order)."""
    found = _asked_in(m, m.phrases.GO_AROUND)
    if found:
        return "around", found
    found = _confidential_asked(m)
    if found:
        return "confidential", found
    found = _vouch_asked(m)
    if found:
        return "vouch", found
    found = _seniors_asked(m)
    if found:
        return "senior", found
    return None


def _confidential_asked(m: ParsedMessage) -> re.Match | None:
    """What is not the reader's to give (confidential papers, selection secrets, figures) asked of them or
    wished for, and the words that name it."""
    secrets = (m.phrases.CONFIDENTIAL, m.phrase("SELECTION_SECRETS"))
    found = next(filter(None, (_asked_in(m, p) for p in secrets)), None)
    found = found or next(filter(None, (_wished_in(m, p) for p in secrets)), None)
    if found:
        return found
    secret = m.phrase("SECRECY").search(m.body)
    if secret and any(r.kind in ("question", "polite") and r.for_writer for r in m.requests):
        return secret  # "…send me the figures? I won't tell anyone": it isn't theirs to give
    if secret:
        # the confidential named as a wish, with the promise of silence that shows it is asked ("it would be good to
        # know who else is on the shortlist… I won't tell anyone")
        for match in m.phrases.CONFIDENTIAL.finditer(m.body):
            if not negated(m.body, match.start(), m.phrases):
                return match
    for i in m.where(m.phrase("RESTRICTED")):
        # "can you forward me the deck? I know it was only for leads": papers whose audience is not the writer (the
        # request up to two sentences before, or just after)
        near = m.sentences[max(0, i - 2) : i + 2]
        if any((r := m.request_in(s)) is not None and m.is_request(s) and r.for_writer for s in near):
            return m.phrase("RESTRICTED").search(m.sentences[i])
    return None


def _vouch_asked(m: ParsedMessage) -> re.Match | None:
    """The reader asked to vouch for the writer when they cannot judge the work (they have not seen it, or barely
    know the writer), and the words that ask it."""
    for i, sentence in enumerate(m.sentences):
        if m.phrase("RECOMMEND_THINGS").search(sentence):
            continue  # "which courses do you recommend for someone like me?": things recommended, not the writer
        vouch = m.phrases.VOUCH.search(sentence)
        context = " ".join(m.sentences[max(0, i - 1) : i + 2])
        if (
            vouch
            and m.is_request(sentence)
            and not negated(sentence, vouch.start(), m.phrases)
            and m.phrases.CANNOT_JUDGE.search(context)
        ):
            return vouch
        vouch = vouch or m.phrase("VOUCH_WRITTEN").search(sentence)
        if vouch and not negated(sentence, vouch.start(), m.phrases) and _vouch_unseen(m, i, vouch):
            return vouch
    # the reader asked (or cast in a hint) to tell someone what the writer is worth, when they cannot judge it: the map
    # or the text says they barely know the writer, or the context says they have not seen it
    told = m.phrase("QUALITY_TOLD")
    for i in m.where(told):
        sentence = m.sentences[i]
        if m.phrase("RECOMMEND_THINGS").search(sentence):
            continue
        around = " ".join(m.sentences[max(0, i - 1) : i + 2])
        blind = m.phrases.CANNOT_JUDGE.search(around) or m.relationship in ("acquaintance", "stranger")
        for match in told.finditer(sentence):
            hinted = m.phrase("READER_HINTED").search(_just_before(sentence, match.start()))
            if blind and (hinted or m.is_request(sentence)) and not negated(sentence, match.start(), m.phrases):
                return match
    return None


def _seniors_asked(m: ParsedMessage) -> re.Match | None:
    """The reader asked to speak for the writer to their own seniors, or to whoever fills a post named, and the words
    that ask it."""
    for i, sentence in enumerate(m.sentences):
        # the reader asked to speak for the writer, or the writer's name reaching someone through them ("it would
        # mean a lot if my name came up"), which asks it in the form of a wish
        reaches = m.phrase("NAME_REACHES").search(sentence)
        speak = m.phrases.SPEAK_FOR.search(sentence) or m.phrase("CARRIED_UP").search(sentence) or reaches
        if speak is None or m.phrases.THANKS.search(sentence, speak.start(), speak.end() + 20):
            continue  # "please pass my thanks to your head of chambers": a courtesy carried up, not the writer
        # the senior person may be named just before ("you sit next to your VP, right? Could you have a word with
        # her"), up to two sentences back (a title's dot may have split the one that names them: "Deine Chefin, Frau
        # Dr. Haas"), or be whoever fills the post a good word is put in about ("when the planner job opens, put in a
        # word for me with Graham")
        before = " ".join(m.sentences[max(0, i - 2) : i])
        senior = _superior_in(m, sentence) or (i > 0 and _superior_in(m, before))
        decider = m.phrase("GOOD_WORD").search(sentence) and m.phrase("JOB_NAMED").search(sentence)
        # a hint casts the reader as the one who speaks ("if you tell her I am reliable, it will help a lot")
        hinted = m.phrase("READER_HINTED").search(_just_before(sentence, speak.start()))
        if not ((reaches or hinted or m.is_request(sentence)) and (senior or decider)) or negated(
            sentence, speak.start(), m.phrases
        ):
            continue
        if (
            senior
            and not decider
            and m.reader_may_not_know_writer
            and (m.phrases.JOB_REQUEST.search(sentence) or (m.about_work and m.phrase("ENDORSE").search(sentence)))
            and not m.phrase("LEADERSHIP").search(senior.group(0))
        ):
            continue  # a referral into the hiring process asked of someone who doesn't know you: that is the job ask
        # …but a good word with the reader's own leadership (their board, their boss, their lead), or with whoever fills
        # the post named, is both (docs/labelling.md, 5)
        return speak
    return None


def _awkward(m: ParsedMessage) -> Hit | None:
    found = _awkward_kind(m)
    if found is None:
        return None
    kind, match = found
    why, fix = _AWKWARD_WHY[kind]
    return Hit(m.gettext(why).format(quote=_quote(match, m)), fix=m.gettext(fix))


def _curt_decline(m: ParsedMessage) -> Hit | None:
    if m.refusal is None or m.phrases.KIND_DECLINE.search(m.body):
        return None
    return Hit(
        m.gettext(
            "{quote}: saying no is your right, and a short no is fine. One kind line makes it easier on "
            "someone who may have written out of worry about their job."
        ).format(quote=_quote(m.refusal, m)),
    )


#: The rules that read phrasing run on every language with phrase data (lint_parse.PHRASES), and no other.
_READ = tuple(PHRASES)
_ANY = ("*",)
RULEBOOK: tuple[Rule, ...] = (
    Rule(
        "too-long",
        N_("Short: under 100 words for a first contact (under 75 is better), under 150 otherwise"),
        "warning",
        _ANY,
        "every situation; the limit is lower for first contacts",
        "a first-contact message over 100 words (75–100 is a hint), or any other over 150",
        "words are counted in any language; CJK characters count as half a word",
        N_("Keep the connection, one line about you and one question: under 75 words is best."),
        _too_long,
    ),
    Rule(
        "placeholder",
        N_("No gaps left from a template ([name], {x}, XXX)"),
        "warning",
        _ANY,
        "every situation",
        "unfilled template syntax: `[x]`, `{x}`, `{{ x }}`, `$X$`, `<Name>`, `«x»`, `*|X|*`, `XXX`",
        "amounts (`$5`), HTML tags, `[1]` notes and Markdown links are left alone",
        N_("Replace it with the real words (their name, the event, what they did), or delete it."),
        _placeholder,
    ),
    Rule(
        "english-only",
        N_("A draft not in the workbook's language says which checks ran"),
        "info",
        _ANY,
        "every situation",
        "a draft in another language than the participant's: German, Spanish or English is read with that "
        "language's checks; any other language gets only the length and gap checks",
        "the participant's language is a strong prior: a short draft counts as written in it unless it is clearly not",
        N_("Check by hand: connection first, a question as the ask, more about them than you, no pressure."),
        _english_only,
        on_paper=False,
    ),
    Rule(
        "job-ask",
        N_("No asking for a job, work or a referral from someone who doesn't know your work"),
        "warning",
        _READ,
        "every situation; friends and teammates may be asked (not after a silence, nor in a gift or congratulations)",
        "asks, for oneself, for a job, work, a referral or openings from a reader who cannot yet vouch; or asks the "
        "reader to get a third person to refer you; put indirectly too: a request to the reader whose object is work "
        "for the writer (a start, a shift, a place, a contract) or whether their side needs or takes on someone; or, "
        "as a statement, an opening or a need of theirs supposed and the writer then offered for it or doing the work "
        "(if you have space, I can start Monday; if your café still needs a pastry supplier, I can deliver)",
        "saying what you are looking for and asking for information or a talk is good; an opening offered to the "
        "reader is a share; a question about what it takes or how they hire is an information question; a need of "
        "theirs only supposed (if you need a designer, I know one) or met with something for them to have (I can send "
        "you the template) is no ask; help offered back in a thank-you, an apology or congratulations (if you need "
        "someone for the stall, count me in) is no ask unless it names when the writer starts; declines are not asks",
        _JOB_ASK_DEFAULT[1],
        _job_ask,
        relational=True,
    ),
    Rule(
        "no-question",
        N_("The ask is one clear question"),
        "warning",
        _READ,
        "messages that ask for something (not thank-yous, declines, reconnects or shares; a decline, a reconnect or a "
        "share whatever its wording)",
        "a request phrased as a statement (a job or an awkward favour hinted at included; the reader as actor for you: "
        "“looking forward to your reply”, “if you send me …”, a plan that hands them a task, your need of their "
        "answer by a date), or a request situation with no question at all; a short pleasantry (“How's the new "
        "job?”) or a tag (“…, right?”) is not the question the request needs",
        "an offer (“if I can return the favour, let me know”), a release, or a refusal is not an ask; where the "
        "situation asks nothing, any question counts",
        N_("End with one clear, easy-to-answer question, e.g. “Would you be open to a 20-minute call next week?”"),
        _no_question,
        applies=_asks_something,
    ),
    Rule(
        "connection-late",
        N_("How you know them comes first, when they may not know you"),
        "warning",
        _READ,
        "first contacts, introduction requests and reconnects to acquaintances and strangers (not follow-ups: "
        "the earlier message is the connection)",
        "the opening (its first two sentences after the greeting and a pleasantry) is about you (who you are, your "
        "situation or plans) or makes the ask before it says how you know them or turns to them",
        "friends and teammates (from the map or the “how well do you know them?” choice) need no introduction; the "
        "reader's own work, shop or product named in any words (“I played your game at the expo”), where you found "
        "them, a past exchange (“as promised”, “after your kind reply”), the time since a meeting named (“ages since "
        "the Hexham course”), a shared person or an honest “we haven't met” all count; so does an opening that turns "
        "to the reader or talks as to someone who knows you; a reply that neither introduces you nor asks (“Pass.”), "
        "a message with no situation that asks nothing, and a refusal need none; a greeting or a pleasantry in front does "
        "not use up the opening; incidental phrases (“through the portal”, a closing thank-you) and where they work "
        "alone (“I see you work at …”) are not a connection",
        N_("Start with the connection: “We met at …”, “Ana suggested I write to you”, “I enjoyed your talk at …”."),
        _connection_late,
        applies=lambda m: m.situation.needs_connection and m.connection_unsaid_matters,
    ),
    Rule(
        "about-me",
        N_("More about them than about you"),
        "warning",
        _READ,
        "messages meant to be about the reader",
        "most sentences (at least three) are led by I/my, and the words say I more than you; “I … and I …” is two",
        "greetings and sign-offs are not sentences; a sentence that states the connection (“my teacher gave me your "
        "name”), asks about or wishes the reader well, thanks them, or makes the ask is not self-talk",
        N_("Turn one sentence about yourself into one about them: their work, their view, why you thought of them."),
        _about_me,
        applies=lambda m: m.situation.about_reader,
    ),
    Rule(
        "pressure",
        N_("No pressure, guilt, reproach for silence or deadlines on their favour"),
        "warning",
        _READ,
        "every situation",
        "guilt (a favour claimed back, “everyone else said yes”, “you're the only one who can”), obligation (promising "
        "others the reader's help), reproach for a silence (the writer's own messages counted from the third on, a "
        "silence named bare after them, “the polite thing”), or the writer's deadline put on the reader's favour (also "
        "a date with what the writer loses after it, or with something of theirs that closes then, next to the ask)",
        "a deadline on an opportunity the reader may want is not pressure; “I know you're busy, but” followed by a "
        "release (“no rush”) is kindness; a count of the reader's own messages (“your third request”) or a silence read "
        "kindly (“surely a full inbox”) presses nobody",
        N_(
            "Make it easy to decline or to take their time: “If it isn't a good time, no problem at all.” "
            "If you have a deadline, say so plainly and ask whether it is realistic for them."
        ),
        _pressure,
        relational=True,
    ),
    Rule(
        "no-thanks",
        N_("A thank-you or follow-up says thank you"),
        "warning",
        _READ,
        "thank-yous, follow-ups and kind declines (the `kind-decline` situation; a declined referral need not thank)",
        "a thank-you or follow-up with no thanks in it",
        "any thanks, gratitude or appreciation anywhere counts",
        N_("Add a specific thanks: what they did and what difference it made."),
        _no_thanks,
        applies=lambda m: m.situation.needs_thanks,
        relational=True,
    ),
    Rule(
        "unthanked-ask",
        N_("A request thanks them for their time"),
        "warning",
        _READ,
        "any message that asks something of a stranger: someone you have never met or worked with (the map's "
        "stranger, or, when nobody said, a reader the text does not show you have met)",
        "a request for someone's time or help that never thanks them for it",
        "any thanks, gratitude or appreciation anywhere counts; refusals, offers and wishes are not requests",
        N_("Close with thanks for their time, whatever they decide: “Thank you for considering it.”"),
        _unthanked_ask,
        # not a share, a thank-you, an apology or a decline (whatever they ask is not the point): in `applies`, so
        # that the second signal is never asked there either
        applies=lambda m: (
            (m.situation.has_ask or not m.situation.id)
            and (
                (
                    not m.situation.needs_thanks
                    # the map's stranger; when nobody said, a reader the text does not show the writer has met
                    and (
                        m.relationship == "stranger"
                        or (m.relationship is None and m.reader_may_not_know_writer and not m.shared_past)
                    )
                )
                # a follow-up that asks again, to someone the map says is a stranger
                or (m.situation.needs_thanks and m.situation.has_ask and m.relationship == "stranger")
            )
        ),
        relational=True,
    ),
    Rule(
        "apology-blame",
        N_("An apology owns what happened and blames nobody"),
        "warning",
        _READ,
        "apologies, and any message that says sorry",
        "an apology that points at others (or at bad luck) and does not then own it: a cause put on someone or "
        "something else, or an excuse told next to it (“it was bad luck”, “what with the strike…”, “the site must "
        "have wiped it”, “if you'd reminded me…”)",
        "naming a cause and then owning it (“…but that's no excuse”) is honest",
        N_(
            "Say plainly what you did and that it was your responsibility; if you name the cause, own it "
            "(“…but that's no excuse”), and offer to put it right."
        ),
        _apology_blame,
        applies=lambda m: m.apology,
        relational=True,
    ),
    Rule(
        "awkward-position",
        N_("No asking someone to go around their manager, leak, vouch blind or speak for you to their seniors"),
        "warning",
        _READ,
        "every situation",
        "asks someone to go around a manager or process (or to act behind someone's back), to share what is "
        "confidential (a named colleague's pay, the other candidates' work, the panel's own papers), to vouch for what "
        "they have not seen (a stranger asked for a reference, a letter or a recommendation of you), or to carry you "
        "to someone senior (speak for you, pass on your name or CV; their standing meeting with someone counts)",
        "only requests count (and the confidential named beside a promise to keep it quiet); a refusal or “I'm not "
        "asking you to go around anyone” does not; a book or a course recommended is no vouch, a courtesy carried up "
        "(“pass my thanks to your director”) is no good word, and a referral for a job asked of a stranger is the job "
        "ask",
        N_("Ask for what they can honestly give: how the process works, their view, an introduction."),
        _awkward,
        relational=True,
    ),
    Rule(
        "curt-decline",
        N_("A no with one kind line"),
        "info",
        _READ,
        "refusals, in any situation",
        "a refusal (“please don't message me again”) with no thanks, wish, reason or alternative",
        "a no that thanks them, wishes them luck, gives a reason or offers something instead",
        N_(
            "Add one kind line: thank them for writing, say why in a few words, or point them somewhere useful — "
            "the kind-decline template has one ready."
        ),
        _curt_decline,
    ),
)
RULES = tuple(rule.id for rule in RULEBOOK)
#: The rules that read phrasing (skipped, with a note, for a message in a language they have no data for). The name
#: is from when only English was read.
ENGLISH_ONLY_RULES = tuple(rule.id for rule in RULEBOOK if "*" not in rule.languages)
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
    text: str | None,
    situation: Situation | str | None = None,
    *,
    relationship: str | None = None,
    language: str | None = None,
) -> list[Finding]:
    """Feedback on a draft message, in the participant's ``language`` (``de``, ``es``; None or ``en``: English).

    ``situation``: a Situation, its id, or None (general rules); ``relationship``: the recipient's ring
    key from the map or one of ``friend``/``teammate``/``acquaintance``/``stranger`` (None: not known).
    The draft's own language is detected, with ``language`` as a strong prior; it is read with that
    language's phrase data, or, in a language the linter does not read, only with the mechanical checks
    (length, gaps) and a note saying so.
    An unknown situation id raises :class:`~netkit.exceptions.TemplateError` (so a typo in
    ``--situation`` is reported, not ignored); the text itself never makes it raise.
    """
    message = parse_message(text, situation, relationship, language)
    if message.empty:
        return []
    findings = []
    second = SecondSignal(message)
    for rule in RULEBOOK:
        finding = rule.run(message, second)
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
        "| Rule | Checklist line | Languages | Applies to | Looks for | What keeps it from misfiring |",
        "|---|---|---|---|---|---|",
    ]
    for rule in RULEBOOK:
        languages = "any" if "*" in rule.languages else ", ".join(rule.languages)
        cells = [f"`{rule.id}`", rule.title, languages, rule.situations, rule.looks_for, rule.spares]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def findings_as_json(findings: list[Finding]) -> dict[str, Any]:
    """The ``--json`` shape: ``{"findings": [{rule, severity, message, fix}, …]}``."""
    return {"findings": [f.as_dict() for f in findings]}


def rules_as_json() -> dict[str, Any]:
    """The ``netkit outreach rules --json`` shape: ``{"rules": [{id, title, severity, …}, …]}``."""
    return {"rules": [rule.as_dict() for rule in RULEBOOK]}
