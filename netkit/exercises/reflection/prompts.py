"""The guided regret reflection of exercise 3: prompts, pages of prompts, and progress.

The questions follow the seed articles, paraphrased:

* a coach's one career regret is not tending her network earlier: goodwill with many people
  that lay untapped (Jude, *My number one career regret*, seed 004);
* what holds people back is mostly fear of reaching out, and a missing reply is rarely a
  refusal — people ignore or postpone, they almost never say no (seed 004);
* when someone vouched for you and it went wrong, you owe them an explanation and an
  apology, and you take responsibility (*Networking comes with an obligation*, seed 000);
* networking runs both ways: even a beginner has something to offer (Heather Krasna,
  *Why do networking?*, seed 003; *Do's and don'ts of networking through friends at work*,
  seed 002);
* the dread of networking events, and what makes one bearable (seed 004; doing things together,
  seed 002);
* a network of your own beyond friends — in your own workplace, and where people in your field
  gather (seeds 002, 003; keep networking while happily employed, seed 001);
* being choosy about connection requests, with kindness for people who are desperate (seed 001).

Pure: no widgets. The widget layer (:mod:`netkit.widgets.reflection`) shows the prompts a
page at a time and saves each answer under ``reflection.answers.<prompt id>``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from netkit.languages import N_
from netkit.store.schema import REFLECTION_ANSWER_PREFIX

__all__ = [
    "ANSWER_KEY_PREFIX",
    "PER_PAGE",
    "PROMPTS",
    "Progress",
    "Prompt",
    "answer_key",
    "answers_from_store",
    "is_answered",
    "page_count",
    "page_of",
    "pages",
    "progress",
    "prompt_by_id",
]

ANSWER_KEY_PREFIX = REFLECTION_ANSWER_PREFIX
PER_PAGE = 3


@dataclass(frozen=True)
class Prompt:
    """One reflection question, with a short hint drawn from the seed articles."""

    id: str
    question: str
    hint: str
    source: str = ""


PROMPTS: tuple[Prompt, ...] = (
    Prompt(
        "regret",
        N_("Looking back, what do you wish you had done for your network, and when?"),
        N_(
            "A career coach says her one real career regret is not tending her network sooner: she knew "
            "many people and had their goodwill, but had never put it to use. Name yours without judging it."
        ),
        "seed 004",
    ),
    Prompt(
        "lost_touch",
        N_("Who have you lost touch with that you would like to hear from again?"),
        N_(
            "Think of former colleagues, classmates, managers, people who once helped you. Most people "
            "are as glad to stay in touch as you are, and like knowing someone thought of them."
        ),
        "seed 004",
    ),
    Prompt(
        "what_stops_me",
        N_("What stops you from reaching out? What exactly are you afraid of?"),
        N_(
            "Even people who network for a living feel nervous each time they get in touch. Remember that "
            "silence is not a no: an unanswered message is usually just ignored or postponed, so try again later."
        ),
        "seed 004",
    ),
    Prompt(
        "events",
        N_("Which networking situation do you dread most, and what one small step would make it easier?"),
        N_(
            "Plenty of people picture warm wine and a room of strangers and want to run. Small steps help: "
            "go with a question you want answered, talk to three people and leave, or join something you do "
            "together with others (a project, a volunteer shift, a study group) instead of a mingle."
        ),
        "seeds 004, 002",
    ),
    Prompt(
        "owe_apology",
        N_(
            "Is there someone who vouched for you, or helped you, whom you still owe a word — a thank-you, "
            "an update, or an apology?"
        ),
        N_(
            "When a chance someone gave you went wrong, the fair thing is to tell them what happened, take "
            "responsibility without blaming others, and do what you can to put it right. Shame makes people "
            "avoid asking anyone again; a straight apology is how you get past it."
        ),
        "seed 000",
    ),
    Prompt(
        "offer",
        N_("What can you offer the people in your network?"),
        N_(
            "Networking is two-way. Even early in a career you can pass on an article, share an update on "
            "your work, introduce two people, celebrate their news, or simply listen."
        ),
        "seeds 002, 003",
    ),
    Prompt(
        "own_network",
        N_(
            "Beyond your friends, where will you meet people in your field — inside your own workplace or "
            "course, and outside it (one place, one date)?"
        ),
        N_(
            "Friends can open doors, but a network of your own lasts longer: a colleague in another team, a "
            "professional association, a meetup, your alumni group, an online community in your field. Keep "
            "at it while things are going well, not only when you need something."
        ),
        "seeds 002, 003, 001",
    ),
    Prompt(
        "linkedin",
        N_(
            "What is your rule for connection requests: which will you accept, and how will you kindly answer the others?"
        ),
        N_(
            "Being choosy keeps your network one you can vouch for. Someone with a thin link who asks for a "
            "referral may be desperate rather than rude: a kind no with a pointer to advice helps them more."
        ),
        "seed 001",
    ),
    Prompt(
        "younger_self",
        N_("What would you tell your younger self about building a network?"),
        N_(
            "For example: start before you need anything, keep a short list and a rhythm, and let the "
            "relationship come before any favour."
        ),
        "seeds 002, 004",
    ),
)


def prompt_by_id(prompt_id: str) -> Prompt:
    """The prompt with this id (``KeyError`` names the known ids)."""
    for prompt in PROMPTS:
        if prompt.id == prompt_id:
            return prompt
    raise KeyError(f"no reflection prompt {prompt_id!r}; known: {', '.join(p.id for p in PROMPTS)}")


def answer_key(prompt_id: str) -> str:
    """The answers-store key of one prompt's answer, e.g. ``reflection.answers.regret``."""
    return ANSWER_KEY_PREFIX + prompt_id


def pages(prompts: Sequence[Prompt] = PROMPTS, per_page: int = PER_PAGE) -> list[tuple[Prompt, ...]]:
    """The prompts cut into pages of ``per_page`` (the last page may be shorter)."""
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    return [tuple(prompts[i : i + per_page]) for i in range(0, len(prompts), per_page)]


def page_count(prompts: Sequence[Prompt] = PROMPTS, per_page: int = PER_PAGE) -> int:
    """How many pages the prompts fill."""
    return len(pages(prompts, per_page))


def page_of(page: object, prompts: Sequence[Prompt] = PROMPTS, per_page: int = PER_PAGE) -> int:
    """A page number clamped to the pages that exist (a saved page from an older workbook, or junk, is safe)."""
    last = page_count(prompts, per_page) - 1
    try:
        number = int(page)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return max(0, min(number, last))


def is_answered(text: object) -> bool:
    """Does this answer hold anything but white space?"""
    return isinstance(text, str) and bool(text.strip())


@dataclass(frozen=True)
class Progress:
    """How many prompts have an answer."""

    answered: int
    total: int

    @property
    def done(self) -> bool:
        return self.answered >= self.total

    @property
    def fraction(self) -> float:
        return self.answered / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.answered} of {self.total} questions answered"


def progress(answers: Mapping[str, object], prompts: Sequence[Prompt] = PROMPTS) -> Progress:
    """Progress over ``answers`` keyed by prompt id (blank answers do not count)."""
    answered = sum(1 for p in prompts if is_answered(answers.get(p.id)))
    return Progress(answered, len(prompts))


def answers_from_store(saved: Mapping[str, object], prompts: Sequence[Prompt] = PROMPTS) -> dict[str, str]:
    """Prompt id → answer text, from a flat mapping of store keys (e.g. ``store.as_dict()``).

    Anything that is not text (a damaged or hand-edited value) is left out rather than shown.
    """
    out = {}
    for prompt in prompts:
        value = saved.get(answer_key(prompt.id))
        if isinstance(value, str):
            out[prompt.id] = value
    return out
