"""A message as the linter's rules read it: sentences, requests, third parties, deadlines, causes, relationship.

:func:`parse_message` turns a draft into a :class:`ParsedMessage` once; every rule of
:mod:`netkit.exercises.outreach.lint` then asks it questions ("what is asked, of whom, for whom?",
"may the reader not know the writer?") instead of running its own regular expressions over raw text.

* **Sentences**, and the **opening** (the first two after the greeting line; sentence by sentence, past a greeting
  line and a name called out, for the connection rule).
* **Requests**: who is asked to do what for whom. A question, a polite ask ("could you",
  "would you mind", "I'd like to", "I'd love it if you"), a statement of a wish ("I'm looking for a
  role in X") or an ask passed on to someone else ("ask her to refer me").
* **Third parties** named in requests, and whether they are senior to the reader (their manager,
  a director, the CEO).
* **Deadlines**, and whether one sits on the reader's favour.
* **Causes** named in an apology, and whether the writer owns them afterwards.
* **The relationship**: the recipient's ring from the participant's map (or the "how well do you
  know them?" choice) as one of :data:`RELATIONSHIPS`; when nobody said, the text itself may show
  it ("since we worked together"). Rules about the connection and about job asks read it.

Pure and fast: each pattern runs once over the whole message; a 300-word draft parses in about a
millisecond (``bench/bench_lint.py``).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType

from netkit.exercises.outreach import lint_phrases as P
from netkit.exercises.outreach import lint_phrases_de, lint_phrases_es
from netkit.exercises.outreach.lint_language import LINTED_LANGUAGES, detect_language
from netkit.exercises.outreach.lint_prefilter import QuickPattern
from netkit.exercises.outreach.templates import UNKNOWN_SITUATION, Situation, situation_for
from netkit.languages import gettext_for

__all__ = [
    "Cause",
    "Deadline",
    "KNOWS_THE_WRITER",
    "PHRASES",
    "ParsedMessage",
    "RELATIONSHIPS",
    "RELATIONSHIP_CHOICES",
    "Request",
    "is_probably_english",
    "negated",
    "parse_message",
    "plain_text",
    "relationship_for",
    "span_match",
    "word_count",
]

#: How well the reader knows the writer, closest first.
RELATIONSHIPS = ("friend", "teammate", "acquaintance", "stranger")
#: The relationships in which the reader knows the writer (and their work) already.
KNOWS_THE_WRITER = frozenset({"friend", "teammate"})
#: The "how well do you know them?" choice, for a recipient who is not on the participant's map.
RELATIONSHIP_CHOICES = (
    ("A friend, or someone I'm close to", "friend"),
    ("A colleague or teammate, now or before", "teammate"),
    ("We've met once or twice", "acquaintance"),
    ("We've never met", "stranger"),
    ("I'd rather not say", ""),
)
# The rings of the network map (netkit.contacts.RINGS) as relationships. A dormant tie may not remember you.
_RING_RELATIONSHIP = {
    "inner": "friend",
    "close": "friend",
    "regular": "teammate",
    "acquaintance": "acquaintance",
    "dormant": "acquaintance",
}
_COLLEAGUE = re.compile(r"\b(?:colleague|team\s*mate|coworker|co-worker|worked|manager|boss|team)\b", re.IGNORECASE)

SCAN_LIMIT = 100_000
#: A reply this short that asks nothing is read for a no put as the writer's own negated act (``SHORT_REFUSAL``).
SHORT_REPLY_WORDS = 40
#: The situations in which the writer declines (the whole message is their no).
DECLINE_SITUATIONS = frozenset({"decline-referral", "kind-decline"})
# The pattern of an idea a language has not defined yet: it never matches.
_NOTHING = QuickPattern(re.compile(r"(?!)"))
#: The phrase data of each language the linter reads (a module per language, the same names in each).
PHRASES: dict[str, ModuleType] = {"en": P, "de": lint_phrases_de, "es": lint_phrases_es}

_TAG = re.compile(
    r"<(?:script|style)\b[^>]*>.*?</(?:script|style)\s*>|<!--.*?-->|<[^<>]{0,2000}>", re.IGNORECASE | re.DOTALL
)
_BREAK_TAG = re.compile(r"<(?:br|/p|/div|/li|p|div|li)\b[^>]*>", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+|\n\s*\n")
_QUESTION = re.compile(r"[?？؟]")
# A name called out in front of the first sentence of the opening ("Diego: …", "Coni: ¿cómo va …?").
_VOCATIVE = re.compile(r"^[A-ZÄÖÜÁÉÍÓÚÑ][\w'-]+(?:\s+[A-ZÄÖÜÁÉÍÓÚÑ][\w'-]+)?\s*:\s+")
_STOPWORD_TEXT = (
    "a about after all also am an and any are as at be because been but by can could did do does for from had has "
    "have he her here him his how i if in into is it its just like me more my no not of on one or our out so some "
    "than that the their them then there these they this to up us was we were what when which who will with would "
    "you your i'm it's don't i've i'd i'll you're we're"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def relationship_for(ring: str | None = None, how_we_know: str = "") -> str | None:
    """The relationship for a ring key of the network map, or a relationship named directly; ``None`` if unknown.

    ``inner``/``close`` are friends; ``regular`` contacts are teammates (they see you at work or often);
    ``acquaintance`` and ``dormant`` ties may not place you, so they read as acquaintances. A close tie
    met at work ("former colleague") is a teammate.
    """
    key = str(ring or "").strip().lower()
    if key in RELATIONSHIPS:
        return key
    relationship = _RING_RELATIONSHIP.get(key)
    if relationship == "friend" and _COLLEAGUE.search(how_we_know or ""):
        return "teammate"
    return relationship


def plain_text(text: str) -> str:
    """Plain text from a message that may hold HTML (pasted from an e-mail client)."""
    if "<" in text and ">" in text:
        text = _BREAK_TAG.sub("\n", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("’", "'")


def word_count(text: str) -> int:
    """Words in ``text``; CJK characters count as half a word each (they are not space-separated)."""
    words = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(words)
    non_cjk = sum(1 for w in words if not _CJK.search(w))
    return non_cjk + (cjk + 1) // 2


def is_probably_english(words: list[str]) -> bool:
    """A cheap check: at least 20% of the words are common English words."""
    sample = words[:400]
    common = sum(1 for w in sample if w.lower() in _STOPWORDS)
    if common / len(sample) >= 0.2:
        return True
    return len(words) < 12 and all(w.isascii() for w in words)


#: Matches any span (:func:`span_match`).
_ANY_SPAN = re.compile(r".+", re.DOTALL)


def span_match(text: str, start: int, end: int) -> re.Match | None:
    """A match of exactly ``text[start:end]``: what a finding quotes when a check found the words by structure (a
    condition and the offer after it), not by one pattern. None for an empty span."""
    return _ANY_SPAN.match(text, start, end)


def negated(text: str, start: int, phrases: ModuleType = P) -> bool:
    """Is the phrase at ``start`` turned into its opposite by a "not"/"never" just before it?

    ``phrases``: the phrase data of the text's language (its negation words)."""
    return bool(phrases.NEGATION_BEFORE.search(text, max(0, start - 45), start))


@dataclass(frozen=True)
class Request:
    """One thing the message asks for: the sentence, how it asks, and who is asked.

    ``kind``: ``question`` | ``polite`` (could you, would you mind, I'd like to) | ``wish`` (a statement
    of what the writer wants) | ``relayed`` (the reader is asked to get someone else to act).
    ``of_whom``: ``reader`` or ``third-party``; ``for_writer``: the favour is for the writer.
    """

    sentence: str
    kind: str
    of_whom: str = "reader"
    for_writer: bool = True


@dataclass(frozen=True)
class Deadline:
    """A deadline in the message; ``on_favour``: it sits on something the reader is asked to do for the writer."""

    text: str
    sentence: str
    on_favour: bool


@dataclass(frozen=True)
class Cause:
    """A cause the writer names for what went wrong; ``owned``: they take responsibility for it afterwards."""

    text: str
    owned: bool


@dataclass
class ParsedMessage:
    """A draft as the rules read it. Build with :func:`parse_message`."""

    raw: str
    body: str
    words: list[str]
    count: int
    situation: Situation
    relationship: str | None
    language: str
    prior: str
    sentences: list[str] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    # ------------------------------------------------------------------ questions the rules ask
    @property
    def english(self) -> bool:
        """Is the draft in English (read with the English phrase data)?"""
        return self.language == "en"

    @property
    def gettext(self) -> Callable[[str], str]:
        """The participant's language's ``_``: findings are written in it, whatever the draft's language."""
        return gettext_for(self.prior)

    @property
    def phrases(self) -> ModuleType:
        """The phrase data of the draft's language (English's for a language the linter does not read: only its
        language-neutral patterns are used then, by the mechanical rules)."""
        return PHRASES.get(self.language, P)

    def phrase(self, name: str) -> QuickPattern:
        """The draft's language's pattern for the idea ``name``; one that never matches while that language has
        not defined it yet (a new idea reaches English first, and the other languages' data follows)."""
        return getattr(self.phrases, name, _NOTHING)

    @property
    def empty(self) -> bool:
        return not self.words

    @cached_property
    def _after_greeting(self) -> str:
        """The body with its greeting cut off and a title's dot joined to the name ("Sra. Rojas" does not end a
        sentence): where :attr:`opening` and :attr:`opening_sentences` start reading."""
        body = (
            self.phrases.GREETING.sub("", self.body, count=1) if self.phrases.GREETING.match(self.body) else self.body
        )
        title_dot = getattr(self.phrases, "TITLE_DOT", None)
        return body if title_dot is None else title_dot.sub(r"\1", body)

    @cached_property
    def opening(self) -> str:
        """The first two sentences after the greeting line (a title such as "Sra." does not end one; pleasantries of
        three words or fewer in front, "Hope you're well!", do not count as one of the two)."""
        parts = _SENTENCE_END.split(self._after_greeting.lstrip()[:2000], maxsplit=6)[:6]
        # A pleasantry in front ("Hope you're well!", "Happy new year.") does not use up one of the two sentences.
        lead = 0
        while lead < len(parts) - 1 and len(_WORD.findall(parts[lead])) <= 3:
            lead += 1
        return " ".join(parts[: lead + 2])

    @cached_property
    def opening_sentences(self) -> list[str]:
        """The first sentences after the greeting, one by one, as the connection rule reads the opening (labelling call
        8): a greeting line cut off (also a short one the language's GREETING does not know, "Olá, perdón, ¡hola
        Marta!"), and a greeting or a name called out in the first sentence ("Hi Dev, could you …", "Diego: estoy
        …"); short pleasantries in front (three words or fewer, "Hey Tanya!", "Quick one.") skipped. Up to four: the
        rule skips a longer pleasantry in front (PLEASANTRY) before it takes two."""
        body = self._after_greeting
        # a short first line that neither asks nor ends a sentence is the greeting line too
        first, newline, rest = body.lstrip().partition("\n")
        if newline and rest.strip() and len(_WORD.findall(first)) <= 5 and not first.rstrip().endswith(("?", ".")):
            body = rest
        out: list[str] = []
        for span in self.phrases.SENTENCE_SPAN.finditer(body[:2000]):
            sentence = self.phrases.CLAUSE_GREETING.sub("", span.group(0).strip())
            if not out:
                sentence = _VOCATIVE.sub("", sentence)
                if len(_WORD.findall(sentence)) <= 3:
                    continue
            if sentence:
                out.append(sentence)
            if len(out) == 4:
                break
        return out

    @cached_property
    def statements(self) -> list[str]:
        """The sentences that say something: a greeting in front is cut off ("Hi Ana, I …" → "I …"), and what is
        left with fewer than three words (a greeting line, "Thanks,", a signature) is not a sentence."""
        out = []
        for sentence in self.sentences:
            text = self.phrases.LEADING_LINK.sub("", self.phrases.CLAUSE_GREETING.sub("", sentence.strip()))
            if len(_WORD.findall(text)) >= 3:
                out.append(text)
        return out

    @cached_property
    def has_question(self) -> bool:
        return bool(_QUESTION.search(self.body))

    @cached_property
    def thanks(self) -> bool:
        return bool(self.phrases.THANKS.search(self.body))

    @cached_property
    def apology(self) -> bool:
        return self.situation.apology or bool(self.phrases.APOLOGY.search(self.body))

    @cached_property
    def refusal(self) -> re.Match | None:
        """The words that say no, when the writer is declining (a request, or more messages)."""
        for match in self.phrases.REFUSAL.finditer(self.body):
            return match
        # A message the writer chose to write as a decline says no wherever it negates (the language's
        # DECLINE_STATEMENT: "wird eh nix", "auf keinen Fall", "nehme ich Abstand")
        if self.situation.id in DECLINE_SITUATIONS:
            found = self.phrase("DECLINE_STATEMENT").search(self.body)
            if found:
                return found
        # A short reply that asks nothing can only be saying no with the writer's own negated act ("Brauch ich
        # nicht.", "Passt nicht."): read there, and only there, with the language's SHORT_REFUSAL
        asks = any(r.kind in ("question", "polite", "relayed") for r in self.requests)
        if self.count <= SHORT_REPLY_WORDS and not self.has_question and not asks:
            return self.phrase("SHORT_REFUSAL").search(self.body)
        return None

    @cached_property
    def about_work(self) -> bool:
        """Is the message about a job, work or hiring (so a good word asked for is a job ask)?"""
        return bool(self.phrase("JOB_CONTEXT").search(self.body))

    @cached_property
    def says_they_know_each_other(self) -> bool:
        """Does the text show the reader knows the writer's work ("since we worked together")?"""
        return bool(self.phrases.KNOWN_TOGETHER.search(self.body))

    @cached_property
    def shared_past(self) -> bool:
        """Does the text say the two have met, spoken or worked together (some goodwill exists)?"""
        return self.situation.id.startswith("reconnect") or bool(self.phrases.SHARED_PAST.search(self.body))

    @property
    def reader_knows_writer(self) -> bool:
        """The reader knows the writer: the map says so, or the text shows it when nobody said."""
        if self.relationship is not None:
            return self.relationship in KNOWS_THE_WRITER
        return self.situation.known_reader or self.says_they_know_each_other

    @property
    def reader_may_not_know_writer(self) -> bool:
        """The connection must be said: not a friend or teammate (or unknown, and the text doesn't show it)."""
        return not self.reader_knows_writer

    @cached_property
    def familiar(self) -> bool:
        """Does the text talk the way one talks to someone who knows the writer ("yo", "mate", "miss you")?"""
        return bool(self.phrase("FAMILIAR").search(self.body))

    @property
    def connection_unsaid_matters(self) -> bool:
        """May the reader not place the writer? Not a friend or teammate; when nobody said, not someone the text
        greets or talks to as one (a nickname, "mate", "miss you")."""
        return self.reader_may_not_know_writer and not (self.relationship is None and self.familiar)

    def where_index(self, position: int) -> int:
        """The index of the sentence that holds ``position`` of the body (0 before the first)."""
        return max(0, bisect.bisect_right(self._starts, position) - 1)

    def where(self, *patterns: QuickPattern) -> list[int]:
        """The indices of the sentences in which any of ``patterns`` occurs, in order (each pattern runs once over the
        body); an index, not the sentence, so a sentence written twice is still two places."""
        hit: set[int] = set()
        for pattern in patterns:
            for match in pattern.finditer(self.body):
                index = bisect.bisect_right(self._starts, match.start()) - 1
                if index >= 0:
                    hit.add(index)
        return sorted(hit)

    def having(self, *patterns: QuickPattern) -> list[str]:
        """The sentences in which any of ``patterns`` occurs, in order (each pattern runs once over the body)."""
        return [self.sentences[i] for i in self.where(*patterns)]

    @cached_property
    def _request_by_sentence(self) -> dict[str, Request | None]:
        return {sentence: _request_in(sentence, self.phrases) for sentence in self.sentences}

    @property
    def requests(self) -> list[Request]:
        """Who is asked to do what for whom, sentence by sentence."""
        return [r for r in self._request_by_sentence.values() if r is not None]

    def request_in(self, sentence: str) -> Request | None:
        """The request one of this message's sentences makes, if any (read once per sentence)."""
        if sentence in self._request_by_sentence:
            return self._request_by_sentence[sentence]
        return _request_in(sentence, self.phrases)

    def is_request(self, sentence: str) -> bool:
        """Does this sentence ask the reader (or, through them, someone else) to do something?"""
        request = self.request_in(sentence)
        return request is not None and request.kind != "wish"

    @cached_property
    def third_parties(self) -> list[tuple[str, bool]]:
        """(who, senior?) for people other than the reader named in requests ("your director", "her")."""
        out = []
        for request in self.requests:
            for match in self.phrases.SENIOR.finditer(request.sentence):
                out.append((match.group(0), True))
            if request.of_whom == "third-party":
                out.append((request.sentence, False))
        return out

    @cached_property
    def deadlines(self) -> list[Deadline]:
        out = []
        for index in self.where(self.phrases.DEADLINE):
            sentence = self.sentences[index]
            match = self.phrases.DEADLINE.search(sentence)
            if match is None:
                continue
            released = bool(self.phrases.RELEASE.search(sentence))
            on_reader = bool(self.phrases.REPLY.search(sentence)) or (
                self.is_request(sentence) and bool(self.phrases.FOR_ME.search(sentence))
            )
            if not on_reader:
                # asked of them in the next sentence ("I need it by Friday. Can you look at it before then?"); a release
                # after it still frees them
                after = self.sentence_after(index)
                on_reader = self.is_request(after) and bool(self.phrases.DEADLINE.search(after))
                released = released or bool(self.phrases.RELEASE.search(after))
            out.append(Deadline(match.group(0), sentence, on_favour=on_reader and not released))
        return out

    def sentence_after(self, index: int) -> str:
        """The sentence after the sentence at ``index`` in this message ("" for the last one)."""
        return self.sentences[index + 1] if 0 <= index < len(self.sentences) - 1 else ""

    def owns(self, text: str) -> bool:
        """Does ``text`` own what happened? An OWNING phrase not negated: "that was on me", not "it wasn't my
        fault"; or the writer's own duty or lapse named (OWNED_DUTY: "era responsabilidad mía", "wäre meine Aufgabe
        gewesen")."""
        owning = (*self.phrases.OWNING.finditer(text), *self.phrase("OWNED_DUTY").finditer(text))
        return any(not negated(text, o.start(), self.phrases) for o in owning)

    @cached_property
    def causes(self) -> list[Cause]:
        """Causes named for what went wrong, and whether the writer owns each one afterwards."""
        out = []
        for match in self.phrases.BLAME.finditer(self.body):
            after = self.body[match.end() : match.end() + 160]
            owned = self.owns(after)
            out.append(Cause(match.group(0), owned))
        out.extend(self._cause_after_apology())
        out.extend(self._cause_explained_away())
        return out

    def _cause_explained_away(self) -> list[Cause]:
        """An excuse told next to an apology (EXCUSE, in the apology's sentence or the one before or after it: "It was
        simply bad luck", "What with the strike…", "the hosting site must have wiped it", "If you'd put it in the
        calendar…"). Owned when the writer takes it on afterwards, as in :meth:`_cause_after_apology`."""
        excuse = self.phrase("EXCUSE")
        out = []
        for index in self.where(self.phrases.APOLOGY):
            for near in range(max(0, index - 1), min(len(self.sentences), index + 2)):
                match = excuse.search(self.sentences[near])
                if match is None or negated(self.sentences[near], match.start(), self.phrases):
                    continue
                rest = self.body[self._starts[near] + match.end() :][:400]
                owned = self.owns(rest)
                out.append(Cause(self.sentences[near].strip(), owned))
        return out

    def _cause_after_apology(self) -> list[Cause]:
        """The sentence just after an apology, when it explains it by someone or something else ("Sorry the slides
        were late. The conference wifi kept dropping."): led by a third party, something gone wrong, and no "I" or
        "we" acting before it. Owned when the writer takes it on afterwards ("…but I should have sent them earlier")."""
        lead, trouble = self.phrase("BLAME_LEAD"), self.phrase("TROUBLE")
        out = []
        for index in self.where(self.phrases.APOLOGY):
            after = self.sentence_after(index)
            if not after or not lead.search(after.strip()) or self.phrases.APOLOGY.search(after):
                continue
            wrong = trouble.search(after)
            if wrong is None or self.phrase("WRITER_SUBJECT").search(after, 0, wrong.start()):
                continue
            rest = self.body[self._starts[index + 1] :][:400]
            owned = self.owns(rest)
            out.append(Cause(after.strip(), owned))
        return out


def _request_in(sentence: str, P: ModuleType) -> Request | None:
    """The request a sentence makes, if any."""
    relayed = P.THIRD_PARTY_REFERRAL.search(sentence)
    if relayed and not negated(sentence, relayed.start(), P):
        return Request(sentence, "relayed", of_whom="third-party")
    if _QUESTION.search(sentence):
        offer = getattr(P, "OFFER_QUESTION", None)
        if offer is not None and offer.search(sentence):
            return Request(sentence, "offer", for_writer=False)  # "Would you like me to introduce you?"
        return Request(sentence, "question", for_writer=bool(P.FOR_ME.search(sentence)))
    if P.REQUEST.search(sentence) or P.ASK_PHRASE.search(sentence):
        offer = P.OFFER_OF_HELP.search(sentence) or P.RELEASE.search(sentence)
        return Request(sentence, "offer" if offer else "polite", for_writer=bool(P.FOR_ME.search(sentence)))
    if P.SELF_WANT.search(sentence):
        return Request(sentence, "wish")
    return None


def parse_message(
    text: str | None,
    situation: Situation | str | None = None,
    relationship: str | None = None,
    language: str | None = None,
) -> ParsedMessage:
    """Parse a draft once for every rule. ``situation``: a Situation, its id or None; ``relationship``: a ring
    key or one of :data:`RELATIONSHIPS` (``None``: not known); ``language``: the participant's language, the
    prior for detecting the draft's own (``None``: English). The draft's language decides the phrase data.

    An unknown situation id raises :class:`~netkit.exceptions.TemplateError`; the text never makes it raise.
    """
    if situation is None or situation == "":
        sit = UNKNOWN_SITUATION
    elif isinstance(situation, Situation):
        sit = situation
    else:
        sit = situation_for(situation)
    raw = (text or "")[:SCAN_LIMIT]
    body = plain_text(text or "")
    count = word_count(body) if len(body) > SCAN_LIMIT else None
    body = body[:SCAN_LIMIT]
    words = _WORD.findall(body)
    if count is None:
        # word_count(body) without finding the words a second time (they differ only for CJK text)
        count = word_count(body) if _CJK.search(body) else len(words)
    spans = [m for m in P.SENTENCE_SPAN.finditer(body) if m.group(0).strip()]
    prior = language if language in LINTED_LANGUAGES else LINTED_LANGUAGES[0]
    return ParsedMessage(
        raw=raw,
        body=body,
        words=words,
        count=count,
        situation=sit,
        relationship=relationship_for(relationship),
        language=detect_language(words, prior, body),
        prior=prior,
        sentences=[m.group(0) for m in spans],
        _starts=[m.start() for m in spans],
    )
