"""Train the linter's second signal: ``python tools/train_lint_model.py [--check] [--output PATH]``.

For each language the linter reads and each rule where recall is the problem (:data:`RULES`), a logistic regression
(scikit-learn) over :func:`netkit.exercises.outreach.lint_learned.features` of the TRAINING files only
(``bench/bench_lint.py`` ``TRAINING`` and ``TRAINING_BY_LANGUAGE``; never a sealed or blind file). A message whose
``may`` holds the rule is left out of that rule's data; so is one where the rule does not apply (``reads``,
``applies``) or the labelling calls forbid it (a job ask of a friend), since there the model is never asked.

**Threshold by leave-one-file-out.** Each training file is another writer or round, so a model trained on the other
files and scored on the one left out stands for an unseen writer. Over those out-of-fold scores the script picks the
threshold at which the COMBINED output (the rule's own check, or else the model) has the highest recall while its
precision stays at or above :data:`MIN_PRECISION` and the findings the model adds are right at least
:data:`MIN_ADDED_PRECISION` of the time; a rule whose model adds fewer than :data:`MIN_GAIN` true positives
out of fold at that precision gets no model. The model shipped is then trained on all files, with that threshold.
Weights smaller than :data:`PRUNE` are dropped (in the folds too, so the figures are the shipped model's kind).

It writes ``netkit/data/lint_model.json``: the weights, thresholds, the training files, their message counts and
fingerprint (``tests/test_lint_learned.py`` fails when the training files change until this is run again), and the
out-of-fold figures of rules alone and rules + model. Deterministic; under a minute on one core. ``--check`` only
prints the figures. Not part of the package (scikit-learn is a test/dev dependency).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from bench_lint import MESSAGES, TRAINING, TRAINING_BY_LANGUAGE  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from netkit.exercises.outreach.lint import rule_for  # noqa: E402
from netkit.exercises.outreach.lint_corpus import CorpusMessage, RuleScore, load_corpus  # noqa: E402
from netkit.exercises.outreach.lint_learned import BUCKETS, MODEL_PATH, allowed, features  # noqa: E402
from netkit.exercises.outreach.lint_learned import MESSAGES as FINDING_WORDS  # noqa: E402
from netkit.exercises.outreach.lint_parse import ParsedMessage, parse_message  # noqa: E402

#: The rules where recall, not precision, is the problem (connection-late and no-question are left to their rules).
RULES = tuple(FINDING_WORDS)
MIN_PRECISION = 0.92
#: ...and what the model adds must be right this often on its own: the rules' precision on their training files is
#: near 1.00 (they were tuned on them), so the combined floor alone would let the model spend that surplus on
#: findings that are wrong more often than right (2 right, 6 wrong for German pressure, before this floor).
MIN_ADDED_PRECISION = 0.6
#: A model must add at least this many true positives out of fold to be shipped (one could be luck).
MIN_GAIN = 2
PRUNE = 0.1
#: The inverse regularisation strength of the logistic regression (fixed, not tuned per rule: few data).
C = 1.0
FILES_BY_LANGUAGE = {"en": TRAINING, **TRAINING_BY_LANGUAGE}
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
    """One labelled message of one file, parsed once, for one rule."""

    file: int
    label: bool
    rule_fired: bool
    slots: list[int]


def examples(parsed: list[Parsed], rule_id: str, language: str) -> tuple[list[Example], int]:
    """The rule's examples (where it applies, allowed, not ``may``) and how many expected findings lie outside them
    (the rule can never raise those: they count as misses for rules alone and rules + model alike)."""
    rule = rule_for(rule_id)
    out, unreachable = [], 0
    for file, labelled, m, slots in parsed:
        if rule_id in labelled.may:
            continue
        label = rule_id in labelled.expect
        if m.language != language or not (rule.reads(m.language) and rule.applies(m) and allowed(rule_id, m)):
            # the model is never asked here; what the rule's check says is still counted
            fired = rule.run(m) is not None
            if label and not fired:
                unreachable += 1
            elif fired:
                out.append(Example(file, label, True, []))
            continue
        out.append(Example(file, label, rule.check(m) is not None, slots))
    return out, unreachable


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


def figures(rows: list[Example], fired: Sequence[bool], unreachable: int) -> RuleScore:
    tp = sum(1 for r, f in zip(rows, fired, strict=True) if f and r.label)
    fp = sum(1 for r, f in zip(rows, fired, strict=True) if f and not r.label)
    fn = sum(1 for r, f in zip(rows, fired, strict=True) if not f and r.label) + unreachable
    return RuleScore(tp, fp, fn)


def choose(rows: list[Example], oof: np.ndarray, unreachable: int) -> tuple[float, RuleScore, RuleScore]:
    """The threshold with the best combined recall at precision ≥ MIN_PRECISION, its own additions right at least
    MIN_ADDED_PRECISION of the time (the highest such threshold on a tie), the rules' figures and the combined
    figures there; ``inf`` when no threshold adds anything."""
    alone = figures(rows, [r.rule_fired for r in rows], unreachable)
    best = (float("inf"), alone)
    for t in sorted({float(s) for s, r in zip(oof, rows, strict=True) if not r.rule_fired and r.slots}, reverse=True):
        fired = [r.rule_fired or (bool(r.slots) and s >= t) for r, s in zip(rows, oof, strict=True)]
        combined = figures(rows, fired, unreachable)
        added = RuleScore(combined.tp - alone.tp, combined.fp - alone.fp, 0)
        if combined.precision >= MIN_PRECISION and added.precision >= MIN_ADDED_PRECISION and combined.tp > best[1].tp:
            best = (t, combined)
    return best[0], alone, best[1]


def parsed_corpus(language: str) -> list[Parsed]:
    """Every message of the language's training files: (file number, labels, parsed, hashed features)."""
    out = []
    for file, path in enumerate(training_files(language)):
        for labelled in load_corpus(path):
            m = parse_message(
                labelled.text,
                labelled.situation or None,
                labelled.relationship or None,
                None if language == "en" else language,
            )
            out.append((file, labelled, m, features(m)))
    return out


def train(language: str) -> tuple[dict, dict]:
    """(models, out-of-fold report) of one language."""
    parsed = parsed_corpus(language)
    n_files = len(training_files(language))
    models, report = {}, {}
    for rule_id in RULES:
        rows, unreachable = examples(parsed, rule_id, language)
        learnable = [r for r in rows if r.slots]
        oof = np.full(len(rows), -np.inf)
        for held_out in range(n_files):
            fitted = fit([r for r in learnable if r.file != held_out])
            index = [i for i, r in enumerate(rows) if r.file == held_out and r.slots]
            if fitted is None or not index:
                continue
            oof[index] = decision([rows[i] for i in index], fitted)
        threshold, alone, combined = choose(rows, oof, unreachable)
        shipped = combined.tp - alone.tp >= MIN_GAIN
        report[rule_id] = {
            "rules_alone": figures_dict(alone),
            "rules_and_model": figures_dict(combined if shipped else alone),
            "threshold": round(threshold, 4) if shipped else None,
            "model": shipped,
            "positives": sum(r.label for r in learnable),
            "examples": len(learnable),
        }
        if not shipped:
            continue
        fitted = fit(learnable)
        assert fitted is not None
        weights, bias = fitted
        nonzero = np.flatnonzero(weights)
        models[rule_id] = {
            "bias": round(bias, 6),
            "threshold": round(threshold, 6),
            "weights": {str(int(i)): round(float(weights[i]), 4) for i in nonzero},
        }
    return models, report


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
        "min_precision": MIN_PRECISION,
        "min_added_precision": MIN_ADDED_PRECISION,
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
        }
        doc["out_of_fold"][language] = report
        if models:
            doc["models"][language] = models
        print(f"{language}: {sum(doc['training'][language]['files'].values())} messages, {len(paths)} files")
        print(f"  {'rule':17} {'alone P':>7} {'R':>5}   {'+model P':>8} {'R':>5}  threshold  weights")
        for rule_id, r in report.items():
            a, c = r["rules_alone"], r["rules_and_model"]
            size = len(models[rule_id]["weights"]) if rule_id in models else 0
            t = f"{r['threshold']:9.3f}" if r["threshold"] is not None else "  (none) "
            print(
                f"  {rule_id:17} {a['precision']:7.2f} {a['recall']:5.2f}   {c['precision']:8.2f} {c['recall']:5.2f}"
                f"  {t}  {size}"
            )
    if not args.check:
        text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output} ({len(text.encode('utf-8')) / 1024:.0f} KiB)")
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
