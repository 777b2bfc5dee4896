"""How right the linter is (per rule, against a coach's labels) and how long the participant waits.

    python bench/bench_lint.py [--repeat 200] [--sealed] [--language de|es|en] [--file PATH ...]
                                [--learned|--no-learned|--learned-default]

First the labelled corpus, the part the rules may be tuned against (``corpus.toml``, ``holdout.toml``,
``holdout2.toml``, ``round3.toml`` to ``round12.toml`` in ``tests/fixtures/messages/``): precision and recall per
rule, and recall over the relational rules. ``--language de``
(or ``es``) scores that language's training corpus (``corpus.de.toml``, ``round2.de.toml``, ``round3.de.toml``,
linted for a German participant) instead, and times a German (Spanish) draft; the comparisons below stay the English
patterns'. ``--sealed`` (English) also scores
the sealed third (``sealed.toml``, chosen by a fixed rule on each message id): run it once, at the end of a round,
and report what it says. ``--file PATH`` (repeatable) scores one more labelled file on its own table, linted for the
``--language`` participant, e.g. the blind sealed sets (``tests/fixtures/messages/sealed_blind4_{en,de,es}.toml``,
labelled blind; ``--language de --file …sealed_blind4_de.toml``): these too are measured once, at the end.
``--learned`` switches every pair (language, rule) of the learned second signal on (``NETKIT_LINT_LEARNED=1``),
``--no-learned`` all of it off (``=0``) and ``--learned-default`` scores what ships (the variable unset: only the
pairs on by default), so a run with each measures what it adds, side by side (on the training files the model has
seen those messages: only a fresh or blind file tells). Without any of them the variable is left as it is.
Then the speed of linting a 300-word message:

Prints medians (ms) and ratios against the obvious alternatives:

* netkit's linter (every rule's phrases joined in one alternation, compiled once at import);
* the same rules with the patterns compiled on every call (``re.purge()`` first: a linter that
  builds its patterns per call, e.g. from a settings file, pays this on every keystroke);
* a naive phrase-by-phrase linter: each phrase of each rule searched on its own, sentence by
  sentence (the first thing one writes, and it grows with phrases × sentences).

Target (issue #4): under 20 ms median for a 300-word message.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from pathlib import Path

from netkit.exercises.outreach import lint_phrases as phrases
from netkit.exercises.outreach.lint import lint, word_count
from netkit.exercises.outreach.lint_corpus import Score, load_corpus, score_corpus
from netkit.exercises.outreach.lint_learned import SWITCH, setting

MESSAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "messages"
TRAINING = (
    "corpus.toml",
    "holdout.toml",
    "holdout2.toml",
    "round3.toml",
    "round4.toml",
    "round5.toml",
    "round6.toml",
    "round7.toml",
    "round8.toml",
    "round9.toml",
    "round10.toml",
    "round11.toml",
    "round12.toml",
    "round13.toml",
    "round14.toml",
    "round15.toml",
    "round16.toml",
    "round17.toml",
    "round18.toml",
    "round19.toml",
    "round20.toml",
    "round21.toml",
    "round22.toml",
    "round23.toml",
    "round24.toml",
    "round25.toml",
    "round26.toml",
    "round27.toml",
    "round28.toml",
    "round29.toml",
    "round30.toml",
    "round31.toml",
    "round32.toml",
)
#: The training corpus of each language the linter reads besides English (its sealed part is kept elsewhere).
TRAINING_BY_LANGUAGE = {
    language: tuple(f"{name}.{language}.toml" for name in ("corpus", *(f"round{n}" for n in range(2, last + 1))))
    for language, last in (("de", 30), ("es", 29))
}
PARAGRAPH_BY_LANGUAGE = {
    "de": (
        "Hallo Ana, wir haben uns beim PyData-Meetup in Wien im Frühling kennengelernt, als du den Vortrag über "
        "Krankenhausdaten gehalten hast. Ich denke seitdem oft daran, weil ich als Pflegekraft arbeite und jeden Tag "
        "sehe, wie sehr die Stationen von guten Informationen abhängen. Ich überlege jetzt, in die Analyse von "
        "Gesundheitsdaten zu wechseln, und würde gerne hören, wie du denselben Schritt gemacht hast, wie eine normale "
        "Woche in deinem Team aussieht und welche Fähigkeiten für dich den größten Unterschied gemacht haben. "
    ),
    "es": (
        "Hola Ana, nos conocimos en la meetup de PyData en Madrid la primavera pasada, cuando diste la charla sobre "
        "datos hospitalarios. Desde entonces pienso mucho en ella, porque trabajo como enfermera y veo cada día "
        "cuánto dependen las plantas de una buena información. Ahora estoy pensando en pasarme al análisis de datos "
        "de salud, y me encantaría saber cómo diste tú ese mismo paso, cómo es una semana normal en tu equipo y qué "
        "habilidades marcaron la mayor diferencia para ti. "
    ),
}
ENDING_BY_LANGUAGE = {
    "de": " Hättest du nächste Woche 20 Minuten für ein Gespräch? Vielen Dank, Sam",
    "es": " ¿Tendrías 20 minutos la semana que viene para una llamada? Muchas gracias, Sam",
}

PARAGRAPH = (
    "Hi Ana, we met at the PyData meetup in Lisbon last spring, when you gave the talk on hospital data. "
    "I have been thinking about it ever since, because I work as a nurse and I see every day how much "
    "the wards depend on good information. I am now exploring a move into health data analysis, and I "
    "would love to hear how you made the same move, what a normal week looks like for your team, and "
    "which skills made the biggest difference for you. "
)


def message(words: int = 300, language: str = "en") -> str:
    paragraph = PARAGRAPH_BY_LANGUAGE.get(language, PARAGRAPH)
    text = ""
    while word_count(text) < words:
        text += paragraph
    cut = text.split()[:words]
    ending = ENDING_BY_LANGUAGE.get(language, " Would you be open to a 20-minute call next week? Thank you, Sam")
    return " ".join(cut) + ending


def median_ms(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _phrases(pattern: re.Pattern) -> list[str]:
    """Split one compiled rule back into its phrase alternatives (top-level '|' only)."""
    body = pattern.pattern[len(r"\b(?:") : -len(r")\b")]
    depth, start, out = 0, 0, []
    for i, ch in enumerate(body):
        if ch == "(" and body[i - 1 : i] != "\\":
            depth += 1
        elif ch == ")" and body[i - 1 : i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
    out.append(body[start:])
    return [rf"\b(?:{p})\b" for p in out]


RULE_PATTERNS = [
    phrases.JOB_REQUEST,
    phrases.JOB_TOPIC,
    phrases.ASK_PHRASE,
    phrases.CONNECTION,
    phrases.PRESSURE,
    phrases.THANKS,
    phrases.APOLOGY,
    phrases.BLAME,
    phrases.GO_AROUND,
    phrases.CONFIDENTIAL,
    phrases.VOUCH,
    phrases.DEADLINE,
    phrases.OWNING,
]
NAIVE_PHRASES = [p for rule in RULE_PATTERNS for p in _phrases(rule)]


def naive_lint(text: str) -> list[str]:
    """Phrase by phrase, sentence by sentence, compiling as it goes (and it only finds phrases:
    no counting, opening or negation logic, so the comparison flatters it)."""
    hits = []
    sentences = re.split(r"(?<=[.!?])\s+", text)
    for phrase in NAIVE_PHRASES:
        compiled = re.compile(phrase, re.IGNORECASE)
        for sentence in sentences:
            if compiled.search(sentence):
                hits.append(phrase)
                break
    return hits


def show(score: Score, errors: bool) -> None:
    """Print ``score``'s table and, with ``errors``, the message ids behind each rule's wrong findings and misses."""
    print(score.table())
    if errors:
        for rule, s in score.rules.items():
            if s.false_positives:
                print(f"  {rule} wrong findings: {' '.join(s.false_positives)}")
            if s.misses:
                print(f"  {rule} misses: {' '.join(s.misses)}")
    print()


def arguments() -> argparse.Namespace:
    """The command line, with the second signal's switch already set from it and every --file checked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--sealed", action="store_true", help="also score the sealed third (once per round)")
    parser.add_argument(
        "--language", choices=("en", *TRAINING_BY_LANGUAGE), default="en", help="the language's corpus and draft"
    )
    parser.add_argument(
        "--file",
        dest="files",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="also score this labelled file on its own, for the --language participant (repeatable; e.g. a fresh "
        "sealed set, once per round)",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="after each table, the ids of each rule's wrong findings and misses (for the training files and "
        "--file; never for a blind set before it is spent)",
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the latency measurement")
    signal = parser.add_mutually_exclusive_group()
    signal.add_argument(
        "--learned", action="store_true", help=f"rules + every pair of the learned second signal ({SWITCH}=1)"
    )
    signal.add_argument("--no-learned", action="store_true", help=f"the rules alone ({SWITCH}=0)")
    signal.add_argument(
        "--learned-default",
        action="store_true",
        help=f"rules + the second signal's pairs that are on by default ({SWITCH} unset: what ships)",
    )
    args = parser.parse_args()
    if args.learned or args.no_learned:
        os.environ[SWITCH] = "1" if args.learned else "0"
    elif args.learned_default:
        os.environ.pop(SWITCH, None)
    for path in args.files:  # before any scoring: a typo should not cost a run of the training table
        if not path.is_file():
            parser.error(f"--file {path}: there is no such file (give the path of a labelled .toml file)")
    return args


def main() -> None:
    args = arguments()
    language = None if args.language == "en" else args.language
    files = TRAINING_BY_LANGUAGE.get(args.language, TRAINING)
    training = [m for name in files for m in load_corpus(MESSAGES / name)]
    signal = {
        "all": "rules + every pair of the learned second signal",
        "default": "rules + the second signal's pairs on by default",
        "off": "rules alone",
    }[setting()]
    print(f"Linter ({signal}) against a coach's labels: training part ({', '.join(files)}), language {args.language}")
    show(score_corpus(training, language), args.errors)
    if args.sealed and language is None:
        print("Linter against a coach's labels: SEALED third (sealed.toml)")
        show(score_corpus(load_corpus(MESSAGES / "sealed.toml")), args.errors)
    for path in args.files:
        print(f"Linter against a coach's labels: {path.name} (scored on its own, language {args.language})")
        show(score_corpus(load_corpus(path), language), args.errors)
    if len(args.files) > 1:
        print(f"Linter against a coach's labels: the {len(args.files)} files together (language {args.language})")
        show(score_corpus([m for path in args.files for m in load_corpus(path)], language), False)
    if args.no_speed:
        return
    text = message(300, args.language)
    situation = "informational-interview"
    lint(text, situation, language=language)  # warm-up: templates loaded, situation cached, catalog read

    ours = median_ms(lambda: lint(text, situation, language=language), args.repeat)

    def recompiled():
        re.purge()
        # the same work, plus rebuilding every rule's pattern (what a per-call linter pays)
        for rule in RULE_PATTERNS:
            re.compile(rule.pattern, rule.flags)
        lint(text, situation, language=language)

    per_call = median_ms(recompiled, max(20, args.repeat // 5))

    def naive():
        re.purge()
        naive_lint(text)

    naive_ms = median_ms(naive, max(20, args.repeat // 5))
    big = "word " * 200_000
    big_ms = median_ms(lambda: lint(big, situation), 5)

    print(f"300-word message ({word_count(text)} words), median of {args.repeat} runs")
    print(
        f"  netkit lint (patterns compiled once)     {ours:8.3f} ms   target < 20 ms: {'OK' if ours < 20 else 'MISSED'}"
    )
    print(f"  same rules, patterns compiled per call   {per_call:8.3f} ms   {per_call / ours:6.1f}× slower")
    print(
        f"  naive phrase-by-phrase linter            {naive_ms:8.3f} ms   {naive_ms / ours:6.1f}× slower "
        f"({len(NAIVE_PHRASES)} phrases)"
    )
    print(f"  a 200,000-word paste (worst case)        {big_ms:8.1f} ms")


if __name__ == "__main__":
    main()
