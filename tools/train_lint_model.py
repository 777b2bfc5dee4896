"""Train the linter's second signal: ``python tools/train_lint_model.py [--check] [--output PATH]``.

For each language the linter reads and each rule where recall is the problem (:data:`RULES`), a logistic regression
(scikit-learn) over :func:`netkit.exercises.outreach.lint_learned.features` of two kinds of labelled source, never a
sealed or blind file:

* the TRAINING files (``bench/bench_lint.py`` ``TRAINING`` and ``TRAINING_BY_LANGUAGE``); a message whose ``may``
  holds the rule is left out of that rule's data;
* the tuners' hand-written cases, read from the parametrized tables of the test modules in :data:`TEST_MODULES`
  (:func:`table_cases`; not copied, so a case the tuners add or change is trained on at the next run): a rule a case
  must raise is a positive, a rule it must not raise a negative, and its other rules are left out (``may``), since
  a test says nothing about them. A case marked xfail is left out: it is the tuners' record of a wording measured
  once and not fixed against.

A message where the rule does not apply (``reads``, ``applies``) or the labelling calls forbid it (a job ask of a
friend) gives the model nothing: it is never asked there (the rule's own findings there still count).

**Threshold by leave-one-source-out.** Each training file is another writer or round and each test module another
tuner, so a model trained on the other sources and scored on the one left out stands for an unseen writer. Over
those out-of-fold scores the script picks the threshold at which the COMBINED output (the rule's own check, or else
the model) has the highest recall while meeting a :class:`Bar`: combined precision, the precision of the findings
the model adds, and at least so many true positives added.

**Two bars, written before any figure of round 9 was seen.** :data:`DEFAULT` (combined precision ≥ 0.95, additions
right ≥ 0.75 of the time, ≥ 3 added): when some threshold meets it, the pair (language, rule) ships with that
threshold and is ON BY DEFAULT. Otherwise :data:`SHIP` (0.92, 0.6, ≥ 2 added, the round-8 bar): the weights ship;
until round 12 they spoke only with ``NETKIT_LINT_LEARNED=1``. **Since round 12 a shipped pair is on by default
too** (:data:`ON_AT_SHIP_BAR`), decided before round 12's blind sets were written, on what two rounds of blind sets
said: the out-of-fold bar is judged against rules tuned on every source, the left-out one included, so it
undercounts what the model adds for a writer the rules never saw, and the pairs it kept off (English job-ask,
Spanish job-ask and awkward-position on round 11's sets; more on round 9's) added true findings there and not one
wrong one. Round 13 tried judging the bar, on the spent blind sets, against the rules as they
were when each set was measured (so the model's additions are counted where the rules then missed); pre-registered
against the plain bar on round 13's blind sets, it found fewer (272 true findings to 278, the same 45 wrong ones)
and was taken out (commit 58e5a22 holds it). A pair that meets neither bar gets no model. The model shipped is trained
on all sources, with the chosen threshold. Weights smaller than :data:`PRUNE` are dropped (in the folds too, so the
figures are the shipped model's kind). C and the class weights stay as they were (:data:`C`, balanced): choosing
them by how many pairs pass would bend the bar.

It writes ``netkit/data/lint_model.json``: the weights, thresholds, which pairs are on by default, the training
files, their message counts and fingerprint (``tests/test_lint_learned.py`` fails when the training files change
until this is run again), the test tables' case counts, and the out-of-fold figures of rules alone and rules + model
over all sources, on the training files and on the tables. Deterministic; about a minute on one core. ``--check``
only prints the figures. Not part of the package (scikit-learn is a test/dev dependency).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from bench_lint import MESSAGES, TRAINING, TRAINING_BY_LANGUAGE  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from netkit.exercises.outreach.lint import rule_for  # noqa: E402
from netkit.exercises.outreach.lint_corpus import RULES as ALL_RULES  # noqa: E402
from netkit.exercises.outreach.lint_corpus import CorpusMessage, RuleScore, load_corpus  # noqa: E402
from netkit.exercises.outreach.lint_learned import BUCKETS, MODEL_PATH, allowed, features  # noqa: E402
from netkit.exercises.outreach.lint_learned import MESSAGES as FINDING_WORDS  # noqa: E402
from netkit.exercises.outreach.lint_parse import ParsedMessage, parse_message  # noqa: E402

#: The rules where recall, not precision, is the problem (connection-late and no-question are left to their rules).
RULES = tuple(FINDING_WORDS)


@dataclass(frozen=True)
class Bar:
    """What a rule's model must reach out of fold, over all its sources: the combined precision (rule or model),
    the precision of the findings the model adds (the rules' precision on their own training data is near 1.00, so
    the combined floor alone would let a model spend that surplus on findings wrong more often than right) and how
    many true positives it adds (one or two could be luck)."""

    precision: float
    added_precision: float
    gain: int


#: The bar for shipping a rule's weights at all (on with NETKIT_LINT_LEARNED=1).
SHIP = Bar(precision=0.92, added_precision=0.6, gain=2)
#: The bar for a (language, rule) pair to be ON BY DEFAULT, written before any figure of this round was seen.
DEFAULT = Bar(precision=0.95, added_precision=0.75, gain=3)
#: Whether a pair that meets only the shipping bar is on by default as well (round 12; see the module's docstring).
ON_AT_SHIP_BAR = True
PRUNE = 0.1
#: The inverse regularisation strength of the logistic regression (fixed, not tuned per rule: few data).
C = 1.0
FILES_BY_LANGUAGE = {"en": TRAINING, **TRAINING_BY_LANGUAGE}
TESTS = ROOT / "tests"
#: The tuners' hand-written cases, read from their test modules' own tables (never copied): each module is one
#: more source, and a fold of its own.
TEST_MODULES = {"en": ("test_lint_relational",), "de": ("test_lint_de",), "es": ("test_lint_es",)}
#: Tables of bare texts, whose test says the rule in its body: (rule, must it fire, situation, relationship), as
#: the test lints them. Tables of (text, situation, relationship, must, must_not) and the relational sets with
#: ``expected`` and ``silent`` carry their labels and need no entry here.
TEXT_TABLES: dict[str, tuple[str, bool, str, str | None]] = {
    "test_lint_de.test_job_asks_in_every_form_are_flagged": ("job-ask", True, "informational-interview", "stranger"),
    "test_lint_de.test_saying_what_you_want_or_offering_is_not_a_job_ask": (
        "job-ask",
        False,
        "informational-interview",
        "acquaintance",
    ),
    "test_lint_de.test_pressure_of_every_kind_is_flagged": ("pressure", True, "follow-up", "acquaintance"),
    "test_lint_de.test_deadlines_on_their_own_interest_and_released_asks_are_not_pressure": (
        "pressure",
        False,
        "follow-up",
        "acquaintance",
    ),
    "test_lint_de.test_an_apology_that_points_at_others_is_flagged": ("apology-blame", True, "apology", "teammate"),
    "test_lint_de.test_an_apology_that_owns_the_cause_is_not": ("apology-blame", False, "apology", "teammate"),
    "test_lint_de.test_awkward_positions_are_flagged": ("awkward-position", True, "introduction", "friend"),
    "test_lint_de.test_honest_asks_are_not_awkward": ("awkward-position", False, "introduction", "teammate"),
    "test_lint_es.test_job_asks_of_a_stranger_are_flagged": ("job-ask", True, "informational-interview", "stranger"),
    "test_lint_es.test_asking_for_advice_is_not_a_job_ask": ("job-ask", False, "informational-interview", "stranger"),
    "test_lint_es.test_pressure_is_flagged": ("pressure", True, "", None),
    "test_lint_es.test_no_pressure_in_releases_and_news": ("pressure", False, "", None),
    "test_lint_es.test_apologies_that_blame_others_or_luck": ("apology-blame", True, "apology", None),
    "test_lint_es.test_apologies_that_own_it": ("apology-blame", False, "apology", None),
    "test_lint_es.test_awkward_positions_are_flagged": ("awkward-position", True, "introduction", "friend"),
    "test_lint_es.test_asking_how_things_work_is_not_awkward": ("awkward-position", False, "introduction", "friend"),
    "test_lint_es.test_curt_refusals_in_every_form_of_address": ("curt-decline", True, "decline-referral", "stranger"),
    "test_lint_relational.test_job_asks_in_other_forms_are_found": (
        "job-ask",
        True,
        "informational-interview",
        "stranger",
    ),
    "test_lint_relational.test_saying_what_you_want_or_asking_what_it_takes_is_not_a_job_ask": (
        "job-ask",
        False,
        "informational-interview",
        "stranger",
    ),
    "test_lint_relational.test_pressure_in_other_words_is_found": ("pressure", True, "follow-up", "acquaintance"),
    "test_lint_relational.test_kindness_and_plain_deadlines_are_not_pressure": (
        "pressure",
        False,
        "follow-up",
        "acquaintance",
    ),
    "test_lint_relational.test_blame_by_someone_else_s_act_is_found": ("apology-blame", True, "apology", "teammate"),
}
Parsed = tuple[int, CorpusMessage, ParsedMessage, list[int]]


def training_files(language: str) -> list[Path]:
    """The training files of ``language``; a sealed or blind file among them is an error, not a warning."""
    paths = [MESSAGES / name for name in FILES_BY_LANGUAGE[language]]
    for path in paths:
        if path.name.startswith("sealed"):
            raise SystemExit(f"{path.name} is sealed: it must never be training data (check bench_lint.TRAINING)")
    return paths


def fingerprint(paths: Sequence[Path]) -> str:
    """SHA-256 over the files' names and bytes, in order: it changes whenever a training file does."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass
class Example:
    """One labelled message of one source (a training file or a test module), parsed once, for one rule."""

    file: int
    label: bool
    rule_fired: bool
    slots: list[int]


def examples(parsed: list[Parsed], rule_id: str, language: str) -> list[Example]:
    """The rule's examples: with features where the model may be asked (the rule applies, the calls allow it, no
    ``may``); without, where it is never asked but the rule's own check still counts (a finding it raises, or an
    expected one nothing can raise: a miss for rules alone and rules + model alike)."""
    rule = rule_for(rule_id)
    out = []
    for file, labelled, m, slots in parsed:
        if rule_id in labelled.may:
            continue
        label = rule_id in labelled.expect
        if m.language != language or not (rule.reads(m.language) and rule.applies(m) and allowed(rule_id, m)):
            fired = rule.run(m) is not None
            if label or fired:
                out.append(Example(file, label, fired, []))
            continue
        out.append(Example(file, label, rule.check(m) is not None, slots))
    return out


def matrix(rows: list[Example], columns: dict[int, int] | None = None) -> csr_matrix:
    """The rows' features as a sparse 0/1 matrix: one column per hash slot, or per slot of ``columns`` (a slot
    missing from it is dropped: its weight would be zero)."""
    indptr, indices = [0], []
    for row in rows:
        if columns is None:
            indices.extend(row.slots)
        else:
            indices.extend(columns[s] for s in row.slots if s in columns)
        indptr.append(len(indices))
    width = BUCKETS if columns is None else len(columns)
    return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), width))


def fit(rows: list[Example]) -> tuple[np.ndarray, float] | None:
    """Weights over all hash slots (pruned) and bias of a logistic regression on ``rows``; None with one class.

    It is fitted on the slots that occur (a few thousand of 2**18: liblinear's time grows with the width)."""
    labels = [r.label for r in rows]
    if len(set(labels)) < 2:
        return None
    used = sorted({s for r in rows for s in r.slots})
    columns = {s: i for i, s in enumerate(used)}
    model = LogisticRegression(
        C=C, solver="liblinear", dual=True, class_weight="balanced", random_state=0, max_iter=1000
    )
    model.fit(matrix(rows, columns), labels)
    weights = np.zeros(BUCKETS)
    weights[used] = model.coef_[0]
    weights[np.abs(weights) < PRUNE] = 0.0
    return weights, float(model.intercept_[0])


def decision(rows: list[Example], fitted: tuple[np.ndarray, float]) -> np.ndarray:
    weights, bias = fitted
    return matrix(rows) @ weights + bias


def figures_dict(score: RuleScore) -> dict[str, float]:
    """A rule's counts and ratios as the model file records them."""
    return {
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
        "precision": round(score.precision, 3),
        "recall": round(score.recall, 3),
    }


def figures(rows: list[Example], fired: Sequence[bool]) -> RuleScore:
    tp = sum(1 for r, f in zip(rows, fired, strict=True) if f and r.label)
    fp = sum(1 for r, f in zip(rows, fired, strict=True) if f and not r.label)
    fn = sum(1 for r, f in zip(rows, fired, strict=True) if not f and r.label)
    return RuleScore(tp, fp, fn)


def combined_fired(rows: list[Example], oof: np.ndarray, threshold: float) -> list[bool]:
    """What rules + model raise at ``threshold``: the rule's own finding, or else the model's where it is asked."""
    return [r.rule_fired or (bool(r.slots) and s >= threshold) for r, s in zip(rows, oof, strict=True)]


def choose(rows: list[Example], oof: np.ndarray, bar: Bar) -> tuple[float, RuleScore, RuleScore]:
    """The threshold with the best combined recall that meets ``bar``'s precisions (the highest such threshold on a
    tie), the rules' figures and the combined figures there; ``inf`` when no threshold adds anything. (The bar's
    gain is the caller's to check.)"""
    alone = figures(rows, [r.rule_fired for r in rows])
    best = (float("inf"), alone)
    # a score of -inf is a row no fold could score (its fold's rows were all of one class): never a threshold
    scored = {float(s) for s, r in zip(oof, rows, strict=True) if not r.rule_fired and r.slots and np.isfinite(s)}
    for t in sorted(scored, reverse=True):
        combined = figures(rows, combined_fired(rows, oof, t))
        added = RuleScore(combined.tp - alone.tp, combined.fp - alone.fp, 0)
        if combined.precision >= bar.precision and added.precision >= bar.added_precision and combined.tp > best[1].tp:
            best = (t, combined)
    return best[0], alone, best[1]


def _case_values(value: Any) -> tuple | None:
    """A parametrize value as a tuple, or None for a case marked xfail or skip: those are the tuners' record of a
    wording measured once and not fixed against (fitting it would only turn their strict xfail into a pass)."""
    if hasattr(value, "marks") and hasattr(value, "values"):  # a pytest.param(...)
        if any(mark.name in ("xfail", "skip", "skipif") for mark in value.marks):
            return None
        return tuple(value.values)
    return value if isinstance(value, tuple) else (value,)


def _labels(key: str, names: tuple[str, ...], values: tuple) -> tuple[str, str, str | None, set, set] | None:
    """(text, situation, relationship, must fire, must stay silent) of one test case, by the table's column names
    (or :data:`TEXT_TABLES` for a table of bare texts); None for a table that labels no rule the model learns."""
    case = dict(zip(names, values, strict=True))
    if {"text", "must", "must_not"} <= set(names):
        return case["text"], case["situation"] or "", case["relationship"], set(case["must"]), set(case["must_not"])
    if {"text", "expected", "silent"} <= set(names):
        expected = set(case["expected"])
        return case["text"], case["situation"], case["relationship"], expected, set(case["silent"]) - expected
    if names == ("situation", "relationship", "rule", "text"):
        return case["text"], case["situation"], case["relationship"], {case["rule"]}, set()
    if names == ("situation", "relationship", "text"):  # near-misses where every relational rule stays silent
        return case["text"], case["situation"], case["relationship"], set(), set(RULES)
    if names == ("text",) and key in TEXT_TABLES:
        rule, fires, situation, relationship = TEXT_TABLES[key]
        return case["text"], situation, relationship, {rule} if fires else set(), set() if fires else {rule}
    return None


def table_cases(module_name: str) -> list[CorpusMessage]:
    """The labelled cases of one test module's parametrized tables, as corpus messages whose unlabelled rules are
    ``may`` (a case that only says what must fire says nothing about the rest)."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    module = importlib.import_module(module_name)
    out = []
    for function_name, function in vars(module).items():
        for mark in getattr(function, "pytestmark", []) if function_name.startswith("test") else []:
            if mark.name != "parametrize":
                continue
            names = mark.args[0]
            names = tuple(n.strip() for n in names.split(",")) if isinstance(names, str) else tuple(names)
            key = f"{module_name}.{function_name}"
            for number, value in enumerate(mark.args[1], start=1):
                values = _case_values(value)
                labels = _labels(key, names, values) if values is not None and len(values) == len(names) else None
                if labels is None:
                    continue
                text, situation, relationship, must, must_not = labels
                out.append(
                    CorpusMessage(
                        id=f"{key}-{number}",
                        situation=situation or "",
                        text=text,
                        expect=frozenset(must),
                        may=frozenset(ALL_RULES) - must - must_not,
                        relationship=relationship or "",
                    )
                )
    return out


def sources(language: str) -> list[tuple[str, list[CorpusMessage]]]:
    """The language's labelled sources, one fold each: its training files, then its tuners' test modules."""
    out = [(path.name, load_corpus(path)) for path in training_files(language)]
    return out + [(f"tests/{name}.py", table_cases(name)) for name in TEST_MODULES[language]]


def parsed_corpus(language: str) -> list[Parsed]:
    """Every message of the language's sources: (source number, labels, parsed, hashed features)."""
    out = []
    for file, (_, messages) in enumerate(sources(language)):
        for labelled in messages:
            m = parse_message(
                labelled.text,
                labelled.situation or None,
                labelled.relationship or None,
                None if language == "en" else language,
            )
            out.append((file, labelled, m, features(m)))
    return out


def out_of_fold(rows: list[Example], n_sources: int) -> np.ndarray:
    """Each row's score by a model trained on the other sources (``-inf`` where the model is never asked)."""
    learnable = [r for r in rows if r.slots]
    oof = np.full(len(rows), -np.inf)
    for held_out in range(n_sources):
        index = [i for i, r in enumerate(rows) if r.file == held_out and r.slots]
        fitted = fit([r for r in learnable if r.file != held_out]) if index else None
        if fitted is not None:
            oof[index] = decision([rows[i] for i in index], fitted)
    return oof


def rule_report(rows: list[Example], oof: np.ndarray, n_files: int) -> tuple[float | None, bool, dict]:
    """(threshold or None, on by default?, report) of one rule: the default bar first, else the shipping bar."""
    threshold, alone, combined = choose(rows, oof, DEFAULT)
    default = combined.tp - alone.tp >= DEFAULT.gain
    if not default:
        threshold, alone, combined = choose(rows, oof, SHIP)
    shipped = combined.tp - alone.tp >= SHIP.gain
    default = default or (shipped and ON_AT_SHIP_BAR)
    fired = combined_fired(rows, oof, threshold if shipped else float("inf"))
    files = [i for i, r in enumerate(rows) if r.file < n_files]
    tables = [i for i, r in enumerate(rows) if r.file >= n_files]
    report = {
        "rules_alone": figures_dict(alone),
        "rules_and_model": figures_dict(combined if shipped else alone),
        "threshold": round(threshold, 4) if shipped else None,
        "model": shipped,
        "default": default,
        "positives": sum(r.label for r in rows if r.slots),
        "examples": sum(1 for r in rows if r.slots),
    }
    for part, index in (("files", files), ("tables", tables)):
        sub = [rows[i] for i in index]
        report[part] = {
            "rules_alone": figures_dict(figures(sub, [r.rule_fired for r in sub])),
            "rules_and_model": figures_dict(figures(sub, [fired[i] for i in index])),
        }
    return (threshold if shipped else None), default, report


def train(language: str) -> tuple[dict, dict]:
    """(models, out-of-fold report) of one language."""
    parsed = parsed_corpus(language)
    n_files = len(training_files(language))
    n_sources = n_files + len(TEST_MODULES[language])
    models, report = {}, {}
    for rule_id in RULES:
        rows = examples(parsed, rule_id, language)
        threshold, default, report[rule_id] = rule_report(rows, out_of_fold(rows, n_sources), n_files)
        if threshold is None:
            continue
        fitted = fit([r for r in rows if r.slots])
        assert fitted is not None
        weights, bias = fitted
        nonzero = np.flatnonzero(weights)
        models[rule_id] = {
            "bias": round(bias, 6),
            "threshold": round(threshold, 6),
            "default": default,
            "weights": {str(int(i)): round(float(weights[i]), 4) for i in nonzero},
        }
    return models, report


def print_report(language: str, report: dict, models: dict) -> None:
    """The language's out-of-fold figures, on its training files and on its tuners' tables."""
    print(f"  {'rule':17} {'part':6} {'alone P':>7} {'R':>5}   {'+model P':>8} {'R':>5}  threshold  default  weights")
    for rule_id, r in report.items():
        size = len(models[rule_id]["weights"]) if rule_id in models else 0
        t = f"{r['threshold']:9.3f}" if r["threshold"] is not None else "  (none) "
        for part in ("files", "tables"):
            a, c = r[part]["rules_alone"], r[part]["rules_and_model"]
            tail = f"  {t}  {'on' if r['default'] else 'off':7}  {size}" if part == "files" else ""
            print(
                f"  {rule_id:17} {part:6} {a['precision']:7.2f} {a['recall']:5.2f}   {c['precision']:8.2f} "
                f"{c['recall']:5.2f}{tail}"
            )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--check", action="store_true", help="print the out-of-fold figures, write nothing")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    doc: dict = {
        "about": "The linter's second signal (netkit/exercises/outreach/lint_learned.py), written by "
        "tools/train_lint_model.py; do not edit by hand.",
        "buckets": BUCKETS,
        "ship_bar": vars(SHIP),
        "default_bar": vars(DEFAULT),
        "prune": PRUNE,
        "C": C,
        "training": {},
        "out_of_fold": {},
        "models": {},
    }
    for language in FILES_BY_LANGUAGE:
        paths = training_files(language)
        models, report = train(language)
        doc["training"][language] = {
            "files": {p.name: len(load_corpus(p)) for p in paths},
            "fingerprint": fingerprint(paths),
            "tables": {f"tests/{name}.py": len(table_cases(name)) for name in TEST_MODULES[language]},
        }
        doc["out_of_fold"][language] = report
        if models:
            doc["models"][language] = models
        n_tables = sum(doc["training"][language]["tables"].values())
        files = sum(doc["training"][language]["files"].values())
        print(f"{language}: {files} messages in {len(paths)} files, {n_tables} test cases")
        print_report(language, report, models)
    if not args.check:
        text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output} ({len(text.encode('utf-8')) / 1024:.0f} KiB)")
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
