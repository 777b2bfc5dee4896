"""Things a participant does with the coaching ideas that are easy to only read: sort, choose, write one line.

* :data:`REQUEST_CARDS` and :func:`sort_cards` — the 5-minute "reasonable or not?" card sort. Each card is
  a request someone might send; the participant sorts it, then sees why. Every unreasonable card names the
  linter rule that catches it, and a test checks the linter agrees, so the sort also teaches what the
  linter's ``awkward-position``, ``job-ask`` and ``pressure`` warnings mean.
* :data:`HEARING_FROM_ME` — "who would enjoy hearing from me?": prompts that turn "they want to stay in
  touch too" into three names and a no-ask note (the ``reconnect`` and ``congratulate`` templates).
* :func:`career_identity` — the one-line statement of who you are and where you're heading that the
  ``career-change`` and ``starting-out`` templates put in the message (``me.identity``).
* :data:`AUDIENCES` and :func:`templates_for_stage` — paths for people starting from zero, career
  changers and freelancers; a roster's career stage decides which templates come first.
* Every text a participant reads here (the cards and their why, the audiences' labels and advice, the prompts,
  :data:`TOGETHER`) is marked with ``N_`` and shown through the participant's catalog (``gettext_for(language)``);
  the cards' English text is what the linter test reads.
* :data:`TOGETHER` — small things to do *with* someone (an event, a project), not only to ask of them.
* :func:`kind_decline_draft` — for someone who gets too many requests: a no that thanks, gives one honest
  reason and offers something small (the ``kind-decline`` template; the linter's ``curt-decline`` hint
  points here).

Pure data and functions: the widgets (``netkit.widgets.outreach``) and the worksheets read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from netkit.exercises.outreach.message import render_message
from netkit.languages import N_

__all__ = [
    "AUDIENCES",
    "HEARING_FROM_ME",
    "REQUEST_CARDS",
    "TOGETHER",
    "Audience",
    "CardResult",
    "RequestCard",
    "audience_for_stage",
    "career_identity",
    "kind_decline_draft",
    "mid_sentence",
    "sort_cards",
    "templates_for_stage",
]


@dataclass(frozen=True)
class RequestCard:
    """One card of the sort: a request, whether it is reasonable, why, and the linter rule that catches it."""

    id: str
    text: str
    relationship: str
    reasonable: bool
    why: str
    rule: str = ""
    situation: str = "introduction"


REQUEST_CARDS: tuple[RequestCard, ...] = (
    RequestCard(
        "coffee-stranger",
        N_("We met at the careers fair. Could I ask you two questions about your team's work? Thank you!"),
        "acquaintance",
        True,
        N_("Information and a little time: something anyone can give, and easy to say no to."),
    ),
    RequestCard(
        "refer-stranger",
        N_("I saw your post. Could you refer me for the analyst job at your company? Thanks."),
        "stranger",
        False,
        N_("A referral puts their name behind work they have never seen."),
        "job-ask",
        "informational-interview",
    ),
    RequestCard(
        "refer-teammate",
        N_(
            "You saw my reports every week for two years. Would you be comfortable referring me for the analyst post? "
            "If it's awkward, just say so. Thanks."
        ),
        "teammate",
        True,
        N_("They know your work first-hand, and you make a no easy."),
    ),
    RequestCard(
        "around-manager",
        N_("Could you go over your manager's head and hand my CV straight to the director? Thanks."),
        "friend",
        False,
        N_("It risks their standing with their own manager, for your sake."),
        "awkward-position",
    ),
    RequestCard(
        "salary-bands",
        N_("Could you send me the internal salary bands for your team before I negotiate? Thanks!"),
        "friend",
        False,
        N_("It asks them to share what their employer keeps private."),
        "awkward-position",
    ),
    RequestCard(
        "process-question",
        N_("Could you tell me how the hiring process works on your side, so I apply the right way? Thank you."),
        "friend",
        True,
        N_("Anyone may explain how a public process works."),
    ),
    RequestCard(
        "deadline-favour",
        N_("Could you introduce me to your head of design? I need the introduction by Thursday. Thanks."),
        "friend",
        False,
        N_("Your deadline becomes their pressure; a favour has no due date."),
        "pressure",
    ),
    RequestCard(
        "intro-with-out",
        N_(
            "Would you feel comfortable introducing me to Ana? I'd like to ask how she moved into research. "
            "Completely fine if not. Thanks!"
        ),
        "friend",
        True,
        N_("An introduction with a clear reason and an easy way out."),
    ),
    RequestCard(
        "vouch-unseen",
        N_("We've never worked together, but would you vouch for my project skills with the panel? Thanks."),
        "friend",
        False,
        N_("Their word would cover something they have not seen; both reputations are linked to it."),
        "awkward-position",
    ),
    RequestCard(
        "speak-to-ceo",
        N_("Could you mention me to your CEO and talk me up a bit? Thanks!"),
        "friend",
        False,
        N_("It spends their standing with someone senior; let them offer it if they want to."),
        "awkward-position",
    ),
    RequestCard(
        "relay-referral",
        N_("Could you introduce me to your friend at the bank and ask her to refer me? Thanks!"),
        "friend",
        False,
        N_("It asks two people to vouch blind: your friend for the ask, her friend for your work."),
        "job-ask",
    ),
    RequestCard(
        "view-on-cv",
        N_("Would you have ten minutes to tell me what you'd change in my CV for a role like yours? Thank you."),
        "acquaintance",
        True,
        N_("Their view, on their terms: a small, specific favour."),
        situation="informational-interview",
    ),
)


@dataclass(frozen=True)
class CardResult:
    """How one sorted card compares with the coach's view."""

    card: RequestCard
    chosen: bool | None
    right: bool


def sort_cards(choices: Mapping[str, bool | None]) -> tuple[int, list[CardResult]]:
    """(how many were sorted as a coach would, one result per card) for ``{card id: reasonable?}``.

    A card left unsorted (missing or None) counts as not right; unknown ids are ignored.
    """
    results = []
    for card in REQUEST_CARDS:
        chosen = choices.get(card.id)
        results.append(CardResult(card, chosen, chosen is not None and bool(chosen) == card.reasonable))
    return sum(r.right for r in results), results


#: "Who would enjoy hearing from me?" — each prompt asks for one name; the note to them asks for nothing.
HEARING_FROM_ME: tuple[str, ...] = (
    N_("Who taught you something you still use, and doesn't know it?"),
    N_("Whose news (a new job, a launch, a talk) did you see and not answer?"),
    N_("Who did you enjoy working with and lose touch with when one of you moved on?"),
    N_("Who helped you once, and never heard how it turned out?"),
    N_("Who would be glad of an article, an event or a name you could pass on?"),
)

#: Things to do together, so a tie grows from shared work rather than from asks.
TOGETHER: tuple[str, ...] = (
    N_("Go to one event together and introduce each other to one person there."),
    N_("Offer to co-write a post, run a session or review something side by side."),
    N_("Join the same volunteer shift, club or study group for a month."),
    N_("Invite them along to something you are going to anyway."),
)

_SPACES = re.compile(r"\s+")


def _clause(text: str) -> str:
    return _SPACES.sub(" ", str(text or "")).strip().rstrip(".;,")


def career_identity(what_i_do: str, what_i_bring: str = "", heading_to: str = "", *, language: str = "") -> str:
    """One line of who you are: ``"A ward nurse of ten years who knows how staff use data, moving into health
    analytics."``; empty parts are left out, and the line never asks for anything (so no ``job-ask``).

    In the participant's ``language``: German joins the parts as short sentences, since a relative clause would
    need the noun's gender ("Pflegefachkraft seit zehn Jahren. Ich weiß, wie das Team Daten nutzt. Jetzt zieht es
    mich Richtung Gesundheitsanalytik."); Spanish uses "que" and "en camino hacia" ("Enfermera con diez años en
    planta que conoce cómo usa los datos el personal, en camino hacia la analítica sanitaria.")."""
    do, bring, heading = _clause(what_i_do), _clause(what_i_bring), _clause(heading_to)
    if not do:
        return ""
    line = do[0].upper() + do[1:]
    if language == "de":
        parts = [line] + ([bring[0].upper() + bring[1:]] if bring else [])
        if heading:
            parts.append(
                heading[0].upper() + heading[1:]
                if heading.lower().startswith(("jetzt", "als nächstes", "richtung", "auf dem weg", "mein ziel"))
                else f"Jetzt zieht es mich Richtung {heading}"
            )
        return ". ".join(parts) + "."
    if language == "es":
        if bring:
            line += f" {bring}" if bring.lower().startswith("que ") else f" que {mid_sentence(bring, language)}"
        if heading:
            line += (
                f", {heading}"
                if heading.lower().startswith(("en camino", "explorando", "pasando", "rumbo"))
                else f", en camino hacia {heading}"
            )
        return line + "."
    if bring:
        line += f" who {bring[0].lower()}{bring[1:]}" if not bring.lower().startswith("who ") else f" {bring}"
    if heading:
        line += (
            f", moving into {heading}" if not heading.lower().startswith(("moving", "exploring")) else f", {heading}"
        )
    return line + "."


@dataclass(frozen=True)
class Audience:
    """A path through the templates for one kind of participant, found from the roster's career stage."""

    id: str
    label: str
    advice: str
    first_templates: tuple[str, ...]
    stage_words: tuple[str, ...]


AUDIENCES: tuple[Audience, ...] = (
    Audience(
        "starting-from-zero",
        N_("Starting from zero (new in the country, back after a break, student)"),
        N_(
            "You have more network than you think: classmates, teachers, neighbours, people from a course. Start "
            "with one question only an insider can answer: where do people like you find their first conversations?"
        ),
        ("starting-out", "informational-interview", "thank-you-conversation", "reconnect"),
        (
            "student",
            "graduate",
            "new",
            "newcomer",
            "returner",
            "returning",
            "break",
            "relocat",
            "moved",
            "intern",
            "first job",
            "entry",
            # German and Spanish rosters
            "studium",
            "absolvent",
            "berufseinst",
            "wiedereinst",
            "elternzeit",
            "auszeit",
            "zugezogen",
            "ausbildung",
            "azubi",
            "estudiante",
            "egresad",
            "graduad",
            "recién",
            "primer empleo",
            "reincorpora",
            "pausa",
            "becari",
            "prácticas",
        ),
    ),
    Audience(
        "career-changer",
        N_("Changing career"),
        N_("Say in one line what you bring from before, then ask about the new field's work, not for a job."),
        ("career-change", "informational-interview", "reconnect-advice", "introduction"),
        (
            "chang",
            "switch",
            "pivot",
            "transition",
            "retrain",
            "moving into",
            "career move",
            "wechsel",
            "quereinst",
            "umsteig",
            "umschul",
            "neuorientier",
            "cambio",
            "transición",
            "reconversión",
            "reorient",
        ),
    ),
    Audience(
        "freelancer",
        N_("Freelance or self-employed"),
        N_(
            "Clients and collaborators come from people who know what you do: lead with them, say what you do in a "
            "few words, and ask a question, not for work."
        ),
        ("client-or-collaborator", "share-no-ask", "make-introduction", "reconnect"),
        (
            "freelanc",
            "self-employed",
            "independent",
            "contractor",
            "consultant",
            "own business",
            "founder",
            "selbstständig",
            "selbständig",
            "freiberuf",
            "gründer",
            "unternehmer",
            "autónom",
            "independiente",
            "cuenta propia",
            "emprended",
            "fundador",
            "consultor",
        ),
    ),
    Audience(
        "established",
        N_("Established in your field"),
        N_(
            "Keep the network warm while you don't need it: give, connect others, and say no kindly when asked too much."
        ),
        ("reconnect", "congratulate", "make-introduction", "share-no-ask", "kind-decline"),
        (
            "senior",
            "manager",
            "lead",
            "director",
            "experienced",
            "mid",
            "established",
            "employed",
            "leitung",
            "leiter",
            "führungskraft",
            "erfahren",
            "angestellt",
            "directiv",
            "gerente",
            "jefe",
            "jefa",
            "con experiencia",
            "emplead",
        ),
    ),
)


def audience_for_stage(stage: str) -> Audience | None:
    """The audience a roster's free-text career stage describes (``"Career changer"``, ``"Quereinsteigerin"``,
    ``"cambio de carrera"`` → career-changer), or None: the stage words cover English, German and Spanish rosters."""
    text = str(stage or "").lower()
    for audience in AUDIENCES:
        if any(word in text for word in audience.stage_words):
            return audience
    return None


def templates_for_stage(stage: str, template_ids: Iterable[str]) -> list[str]:
    """``template_ids`` reordered so the career stage's own templates come first (the rest keep their order)."""
    ids = list(template_ids)
    audience = audience_for_stage(stage)
    if audience is None:
        return ids
    first = [t for t in audience.first_templates if t in ids]
    return first + [t for t in ids if t not in first]


def kind_decline_draft(
    contact: Mapping[str, Any] | str,
    asked: str = "",
    reason: str = "",
    offer: str = "",
    *,
    participant: Mapping[str, Any] | None = None,
    language: str = "",
) -> str:
    """A kind no in the participant's ``language``: ``asked`` (what you won't do, as a verb phrase: "refer you"),
    ``reason`` and ``offer`` fill the template's gaps (left as [gaps] when empty), so the draft thanks, explains and
    gives something instead."""
    me = dict(participant or {})
    for key, value in (("asked", asked), ("reason", reason), ("offer", offer)):
        text = _clause(value)
        if text:
            me[key] = mid_sentence(text, language)
    return render_message("kind-decline", contact, me, placeholders=True, language=language)


def mid_sentence(text: str, language: str = "") -> str:
    """``text`` as it reads inside a sentence: its first letter in lower case ("Refer you" → "refer you"), except
    an acronym ("CV", "UX") and in German, where a capital starts a noun ("Lebenslauf") as often as a sentence."""
    if language == "de" or not (text[:2].isalpha() and not text[:2].isupper()):
        return text
    return text[0].lower() + text[1:]
