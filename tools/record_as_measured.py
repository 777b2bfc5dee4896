"""Record what the rules found on a spent blind set when it was measured: ``python tools/record_as_measured.py``.

A blind set is measured once, at the end of a round, and then becomes training data; from then on the rules are tuned
on it, so today's rules find on it what they were fitted to find. The second signal's bar
(``tools/train_lint_model.py``) asks how much the model adds for a writer the rules never saw; on a spent blind set
the honest answer is against the rules *as they were when the set was measured*. This script runs, for each spent
set in :data:`SPENT` (training file → the commit whose rules measured it), that commit's rules alone
(``NETKIT_LINT_LEARNED=0``) over the file's messages, in a temporary ``git worktree`` of that commit, and writes
``tests/fixtures/messages/as_measured.json``: per file, the commit and each message id's findings. The commits are
the ones the CHANGELOG's "measured once" entries name. Deterministic; a minute or two.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = ROOT / "tests" / "fixtures" / "messages"
OUTPUT = MESSAGES / "as_measured.json"
#: Each spent blind set (its training name now) and the commit that measured it once: round 9's (13622cf),
#: round 10's (152c506), round 11's (a0b062b), round 12's (2e6b5a2).
SPENT = {
    "round15.toml": "13622cf",
    "round16.toml": "13622cf",
    "round14.de.toml": "13622cf",
    "round15.de.toml": "13622cf",
    "round14.es.toml": "13622cf",
    "round15.es.toml": "13622cf",
    "round17.toml": "152c506",
    "round16.de.toml": "152c506",
    "round16.es.toml": "152c506",
    "round20.toml": "a0b062b",
    "round19.de.toml": "a0b062b",
    "round19.es.toml": "a0b062b",
    "round24.toml": "2e6b5a2",
    "round23.de.toml": "2e6b5a2",
    "round23.es.toml": "2e6b5a2",
}
#: Run inside the old commit's tree: lint each message of a file (read from today's tree) with the rules alone.
_RUN = """
import json, sys, tomllib
from netkit.exercises.outreach.lint import lint
path, language = sys.argv[1], sys.argv[2]
out = {}
for m in tomllib.load(open(path, "rb")).get("message", []):
    found = lint(m["text"], m.get("situation") or None, relationship=m.get("relationship") or None,
                 language=None if language == "en" else language)
    out[m["id"]] = sorted({f.rule for f in found})
print(json.dumps(out))
"""


def language_of(name: str) -> str:
    """``round15.de.toml`` → ``de``; an English file has no language part."""
    parts = name.split(".")
    return parts[1] if len(parts) == 3 else "en"


def findings_at(commit: str, name: str) -> dict[str, list[str]]:
    """The rules' findings at ``commit`` on each message of training file ``name``, by message id."""
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree), "NETKIT_LINT_LEARNED": "0"}
            done = subprocess.run(
                [sys.executable, "-c", _RUN, str(MESSAGES / name), language_of(name)],
                cwd=scratch,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    return json.loads(done.stdout)


def main() -> None:
    record = {name: {"commit": commit, "findings": findings_at(commit, name)} for name, commit in SPENT.items()}
    OUTPUT.write_text(json.dumps(record, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {sum(len(r['findings']) for r in record.values())} messages")


if __name__ == "__main__":
    main()
