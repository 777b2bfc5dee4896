"""The linter's second signal: a small linear model per language and rule, beside the rules' own checks.

The rules (:mod:`netkit.exercises.outreach.lint`) read phrases; a writer who puts a job ask, some pressure or a
blaming apology in words no phrase list holds goes unflagged. The second signal reads the same parsed message
(:class:`~netkit.exercises.outreach.lint_parse.ParsedMessage`) as a bag of features and adds a weighted vote:

* **Features** (:func:`features`): the draft's words, word pairs and pieces of words (four characters, so a form
  or compound the training never saw shares weight with the forms it did), lower-cased with accents folded
  ("Dirección" → ``direccion``), the situation and relationship, and what the parse already knows (a question,
  thanks, an apology, a refusal, each request's kind, a deadline on the reader's favour, someone senior named in a
  request, talk about work, whether the reader knows the writer). Each feature is a string hashed with a stable
  hash (:func:`zlib.crc32`, never Python's ``hash()``, which changes from run to run) into :data:`BUCKETS` slots.
* **Scores** (:func:`score`): ``bias + sum of the weights of the features present``: the decision function of a
  logistic regression trained by ``tools/train_lint_model.py`` (scikit-learn, on the training corpus only, which
  uses this module's :func:`features`, so training and use cannot drift). Pure Python, no numpy: the participant's
  install and the browser-only site run it.
* **Where it may speak** (:meth:`SecondSignal.about`): only for the rules and languages the model file has weights
  for, only where the rule's own check said nothing and the rule applies, never where the labelling calls forbid
  the rule (a job ask of a friend or teammate), and only above the rule's threshold, chosen by the training script
  out of fold (leave one training file or one tuners' test module out) at a bar of combined precision. Its finding
  is worded as a prompt to reread, because it cannot quote the words that triggered it.

The weights live in ``netkit/data/lint_model.json`` (the training files, their fingerprint, thresholds, the
out-of-fold figures and which pairs are on by default are recorded there too). **Per (language, rule) pair**: with
``NETKIT_LINT_LEARNED`` unset only the pairs the training script marked ``default`` speak (those that met its
stricter bar out of fold, decided before any blind measurement); ``=1`` turns on every pair with weights, ``=0``
turns it all off (:func:`setting`). The bench's ``--learned``, ``--no-learned`` and ``--learned-default`` set the
switch, to compare rules alone, rules plus every model, and what ships.
"""

from __future__ import annotations

import itertools
import json
import os
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from netkit.exercises.outreach.lint_parse import DECLINE_SITUATIONS, ParsedMessage
from netkit.languages import N_
from netkit.resources import PACKAGE_DIR

__all__ = [
    "BUCKETS",
    "LearnedRule",
    "MESSAGES",
    "MODEL_PATH",
    "PHRASE_FEATURES",
    "SWITCH",
    "SecondSignal",
    "active_models",
    "allowed",
    "enabled",
    "setting",
    "feature_names",
    "features",
    "load_model",
    "score",
]

#: Hash slots for features: enough that collisions among a few thousand messages' words are rare.
BUCKETS = 1 << 18
MODEL_PATH = PACKAGE_DIR / "data" / "lint_model.json"
#: The environment variable that switches the second signal: ``1`` (``true``, ``yes``, ``on``) every pair with
#: weights, ``0`` (or anything else set) none, unset (or empty) the pairs on by default.
SWITCH = "NETKIT_LINT_LEARNED"

#: What a finding of the second signal says, per rule: it has no words to quote, so it asks the writer to reread.
MESSAGES: dict[str, str] = {
    "job-ask": N_(
        "Read this again as someone who does not know your work yet: it may come across as asking them for a job, "
        "work or a referral."
    ),
    "awkward-position": N_(
        "Read this again as the reader: it may ask them to do something awkward in their position (go around their "
        "manager or a process, share something confidential, vouch for what they have not seen, or speak for you "
        "to someone senior)."
    ),
    "pressure": N_(
        "Read this again as the reader: it may come across as pressure (guilt, obligation, reproach for a silence, "
        "or your deadline put on their favour)."
    ),
    "apology-blame": N_(
        "Read this apology again as the reader: it may point at others or at bad luck instead of owning what happened."
    ),
    "curt-decline": N_(
        "Read this no again as the reader: it may come across as curt, with no thanks, wish, reason or alternative."
    ),
    "unthanked-ask": N_("Read this again as the reader: it may ask for their time without thanking them for it."),
    "no-thanks": N_("Read this again as the reader: it may not say thank you for what they did."),
}

#: Where the labelling calls forbid a rule whatever its check says (docs/coaching.md; the corpus's judgement calls):
#: a friend or teammate may be asked for a job directly and needs no thanks for being asked; an apology that owns
#: what happened ("my fault", "no excuse") is not blame, whatever else it names; a no with a kind line is not curt.
_ALLOWED: dict[str, Callable[[ParsedMessage], bool]] = {
    "job-ask": lambda m: m.reader_may_not_know_writer,
    "unthanked-ask": lambda m: m.reader_may_not_know_writer,
    "apology-blame": lambda m: not m.owns(m.body),
    # a no with a kind line (thanks, a wish, a reason the rule reads) is what the rule spares on purpose; and only a
    # no can be curt: a draft written as a decline, or one whose words refuse (a bare "Hi!" is short, not a no)
    "curt-decline": lambda m: (
        (m.situation.id in DECLINE_SITUATIONS or m.refusal is not None)
        and not (m.thanks or m.phrases.KIND_DECLINE.search(m.body))
    ),
}


#: The rules' phrase lists whose key words (the literals every match must hold) occurring anywhere in the draft is a
#: feature: the model weighs the rules' own vocabulary with the words around it (a release after a deadline).
PHRASE_FEATURES = (
    "APOLOGY",
    "BLAME",
    "CANNOT_JUDGE",
    "CONFIDENTIAL",
    "DEADLINE",
    "GO_AROUND",
    "INFORMATION_ASK",
    "JOB_REQUEST",
    "JOB_TOPIC",
    "KIND_DECLINE",
    "OWNING",
    "PRESSURE",
    "RELEASE",
    "SENIOR",
    "SPEAK_FOR",
    "VOUCH",
)


def allowed(rule_id: str, m: ParsedMessage) -> bool:
    """May the second signal raise ``rule_id`` on ``m`` at all, by the labelling calls?"""
    return _ALLOWED.get(rule_id, lambda m: True)(m)


def _fold(word: str) -> str:
    """``word`` lower-cased with accents dropped ("Dirección" → "direccion"); ß and the like stay."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


#: The length of the word pieces (:func:`_pieces`): 4 was chosen out of fold on the training files (round 14; 3 and 5
#: added less recall): long enough to carry a stem, short enough to be shared by a word's forms.
PIECE = 4
#: The marks put around a word before it is cut into pieces, so that a piece at the word's start or end ("<empf",
#: "ung>") differs from the same letters inside it (plain text marks in a feature's name, never HTML).
WORD_START, WORD_END = "<", ">"


def _pieces(word: str) -> list[str]:
    """The :data:`PIECE`-character pieces of ``word`` with its boundaries marked ("<empf", "empf", …, "ung>").

    A writer the training never saw uses other forms of the same words ("empfehlen", "Empfehlung",
    "weiterempfehlen"; "recomiendes", "recomendación"; a second-language writer's spelling): the pieces they share
    let the model weigh a form it has not seen by the forms it has. Words shorter than a piece give none (their
    ``w:`` feature says it all)."""
    if len(word) < PIECE:
        return []
    padded = WORD_START + word + WORD_END
    return [padded[i : i + PIECE] for i in range(len(padded) - PIECE + 1)]


def feature_names(m: ParsedMessage) -> list[str]:
    """The features of a parsed draft, as readable strings (the hashed form is :func:`features`).

    ``w:`` a word, ``b:`` a pair of neighbouring words (across sentence ends too: cheap, and rarely misleading),
    ``c:`` a piece of a word (:func:`_pieces`: what a word shares with its other forms and compounds),
    ``s:``/``r:`` the situation and relationship, ``p:`` what the parse knows,
    ``f:`` a phrase list of the rules whose key words occur (:data:`PHRASE_FEATURES`)."""
    words = [_fold(w) for w in m.words]
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    out += [f"c:{piece}" for piece in sorted({p for w in set(words) for p in _pieces(w)})]
    out.append(f"s:{m.situation.id or '-'}")
    out.append(f"r:{m.relationship or '-'}")
    parse = {
        "question": m.has_question,
        "thanks": m.thanks,
        "apology": m.apology,
        "refusal": m.refusal is not None,
        "about-work": m.about_work,
        "knows": m.reader_knows_writer,
        "shared-past": m.shared_past,
        "deadline-on-favour": any(d.on_favour for d in m.deadlines),
        "senior-named": any(senior for _, senior in m.third_parties),
        # causes matter only in an apology (and finding them costs a pass over the draft)
        "owned-cause": m.apology and any(c.owned for c in m.causes),
        "unowned-cause": m.apology and any(not c.owned for c in m.causes),
    }
    out += [f"p:{name}" for name, present in parse.items() if present]
    out += sorted({f"p:request-{r.kind}" for r in m.requests})
    # the phrase lists' key words only (QuickPattern.could_match: a substring test on the folded text); running the
    # lists' expressions over the whole draft would double the linter's time
    out += [f"f:{name}" for name in PHRASE_FEATURES if m.phrase(name).could_match(m.body)]
    return out


def _slot(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % BUCKETS


def features(m: ParsedMessage) -> list[int]:
    """The hashed features of a parsed draft: sorted slot numbers, each once (a feature is present or not)."""
    return sorted({_slot(name) for name in feature_names(m)})


@dataclass(frozen=True)
class LearnedRule:
    """The model of one rule in one language: ``score = bias + Σ weights[slot]``; it fires at ``threshold``.
    ``default``: does it speak with the switch unset (the training script's choice; since round 12, every
    shipped pair)?"""

    bias: float
    threshold: float
    weights: dict[int, float] = field(default_factory=dict)
    default: bool = False


def score(model: LearnedRule, slots: list[int]) -> float:
    """The linear score of hashed features ``slots`` under ``model`` (scikit-learn's decision function)."""
    weights = model.weights
    return model.bias + sum(weights.get(s, 0.0) for s in slots)


@cache
def load_model(path: Path = MODEL_PATH) -> dict[str, dict[str, LearnedRule]]:
    """The shipped models, language → rule → :class:`LearnedRule` (empty if the file is missing)."""
    if not path.is_file():
        return {}
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {
        language: {
            rule: LearnedRule(
                float(spec["bias"]),
                float(spec["threshold"]),
                {int(k): float(v) for k, v in spec["weights"].items()},
                bool(spec.get("default", False)),
            )
            for rule, spec in rules.items()
        }
        for language, rules in doc.get("models", {}).items()
    }


def setting() -> str:
    """``"all"``, ``"default"`` or ``"off"``: what :data:`SWITCH` asks for (read at each call, so a bench can switch).

    Unset, the pairs the training script marked ``default`` speak: since round 12 every pair it ships (its figures
    out of fold met the shipping bar; tools/train_lint_model.py says why). An all-or-nothing switch kept it off
    everywhere, though Spanish recall rose 8 points on the last blind sets, because two rules lost precision there;
    per pair, a rule that pays is not held back by one that does not."""
    value = os.environ.get(SWITCH, "").strip().lower()
    if not value:
        return "default"
    return "all" if value in ("1", "true", "yes", "on") else "off"


def enabled() -> bool:
    """Does any of the second signal speak (the switch is not ``0``)?"""
    return setting() != "off"


def active_models() -> dict[str, dict[str, LearnedRule]]:
    """The shipped models that speak under the current :func:`setting`."""
    mode = setting()
    if mode == "off":
        return {}
    models = load_model()
    if mode == "all":
        return models
    if not _DEFAULTS or _DEFAULTS[0][0] is not models:  # picked once per loaded file (every draft linted asks)
        _DEFAULTS[:] = [
            (models, {lang: {r: m for r, m in rules.items() if m.default} for lang, rules in models.items()})
        ]
    return _DEFAULTS[0][1]


#: The pairs on by default, beside the loaded models they were picked from (:func:`load_model` is cached, so one).
_DEFAULTS: list[tuple[dict, dict[str, dict[str, LearnedRule]]]] = []


class SecondSignal:
    """The second signal's view of one parsed draft: its features are computed once, when a rule first asks."""

    def __init__(self, message: ParsedMessage, models: dict[str, dict[str, LearnedRule]] | None = None) -> None:
        self.message = message
        self.models = active_models() if models is None else models
        self._slots: list[int] | None = None

    def fires(self, rule_id: str) -> bool:
        """Does the model of ``rule_id`` for the draft's language score this draft at or over its threshold?
        (Call it only where the rule applies and its own check said nothing.)"""
        model = self.models.get(self.message.language, {}).get(rule_id)
        if model is None or not allowed(rule_id, self.message):
            return False
        if self._slots is None:
            self._slots = features(self.message)
        return score(model, self._slots) >= model.threshold

    def about(self, rule_id: str) -> str | None:
        """The finding's words for ``rule_id``, in the participant's language, when the model fires; else None."""
        if rule_id not in MESSAGES or not self.fires(rule_id):
            return None
        return self.message.gettext(MESSAGES[rule_id])
