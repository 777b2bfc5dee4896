"""What the answers store costs, side by side with another checkout's (main's): saves, opens, resumes, and how
fast the randomised merge proof runs.

    python bench/bench_answers.py                       # this checkout against /work/main
    python bench/bench_answers.py --before /work/main --saves 30 --ops 2000

Each checkout runs in its own Python process (``PYTHONPATH=<checkout>``, this same file with ``--worker``),
so each measures its own ``netkit`` whole; the two are run alternately, three rounds, on the same disk, and
the medians are printed side by side with their ratio.

* *save*: what the network map does when a participant adds one contact: ``set`` the whole list (one more
  item) and ``flush`` it (merge under the file lock, atomic write with fsync and a backup); at 150 and 30,000
  contacts.
* *edit*: the same for changing one contact's notes.
* *open*: a new store reading a file of that many contacts (a kernel restart).
* *resume*: merging a download of that many contacts into an empty folder (every check included).
* *proof*: operations per second of the randomised proof (tests/test_merge.py): 4 stores on one folder doing
  random adds, edits, deletes, answers and saves.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (150, 30_000)


def contacts(n: int, start: int = 0) -> list[dict]:
    return [
        {
            "id": f"c{k}",
            "name": f"Person {k}",
            "ring": "close",
            "organisation": f"Org {k % 17}",
            "last_contact": "2026-11-01",
            "notes": "met at the spring meetup",
        }
        for k in range(start, start + n)
    ]


def time_saves(answers, n: int, saves: int, *, edit: bool) -> list[float]:
    """Seconds per save (add one contact, or edit one, then flush) on a store already holding ``n`` contacts."""
    with tempfile.TemporaryDirectory() as folder:
        store = answers.AnswersStore(folder, debounce=0)
        current = contacts(n)
        store.set("network.contacts", current)
        store.flush()
        out = []
        for k in range(saves):
            if edit:
                current = [{**c, "notes": f"edit {k}"} if i == k % n else c for i, c in enumerate(current)]
            else:
                current = current + contacts(1, start=n + k)
            started = time.perf_counter()
            store.set("network.contacts", current)
            store.flush()
            out.append(time.perf_counter() - started)
        return out


def time_open_and_resume(answers, n: int, repeats: int = 3) -> tuple[float, float]:
    """Median seconds to open a store of ``n`` contacts, and to resume a download of them into an empty folder."""
    opened, resumed = [], []
    with tempfile.TemporaryDirectory() as folder:
        store = answers.AnswersStore(Path(folder) / "a", debounce=0)
        store.set("network.contacts", contacts(n))
        store.flush()
        export = json.loads(json.dumps(store.export_document()))
        for k in range(repeats):
            started = time.perf_counter()
            answers.AnswersStore(Path(folder) / "a", debounce=0)
            opened.append(time.perf_counter() - started)
            target = answers.AnswersStore(Path(folder) / f"b{k}", debounce=0)
            started = time.perf_counter()
            target.resume_document(export)
            resumed.append(time.perf_counter() - started)
    return statistics.median(opened), statistics.median(resumed)


def random_ops(answers, ops: int, seed: int = 1) -> float:
    """Operations per second of the randomised multi-store proof (4 stores, saves included)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        stores = [answers.AnswersStore(folder, debounce=0) for _ in range(4)]
        for store in stores:
            store._schedule = lambda: None
        started = time.perf_counter()
        for step in range(ops):
            store = rng.choice(stores)
            view = store.get("network.contacts", [])
            roll = rng.random()
            if roll < 0.3 or not view:
                store.set("network.contacts", view + [{"id": f"r{step}", "name": f"P{step}"}])
            elif roll < 0.5:
                target = rng.choice(view)["id"]
                store.set("network.contacts", [{**c, "notes": str(step)} if c["id"] == target else c for c in view])
            elif roll < 0.65:
                target = rng.choice(view)["id"]
                store.set("network.contacts", [c for c in view if c["id"] != target])
            elif roll < 0.75:
                store.set("reflection.page", step)
            else:
                store.flush()
        for store in stores:
            store.flush()
        return ops / (time.perf_counter() - started)


def worker(saves: int, ops: int) -> dict:
    """One round of every measure with the ``netkit`` this process imports; medians in seconds (ops/s for proof)."""
    from netkit.store import answers

    out: dict = {"where": str(Path(answers.__file__).parents[2]), "proof": random_ops(answers, ops)}
    for n in SIZES:
        count = saves if n < 1000 else max(3, saves // 3)
        out[f"save {n}"] = statistics.median(time_saves(answers, n, count, edit=False))
        out[f"edit {n}"] = statistics.median(time_saves(answers, n, count, edit=True))
        out[f"open {n}"], out[f"resume {n}"] = time_open_and_resume(answers, n)
    return out


def run(checkout: Path, saves: int, ops: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    command = [sys.executable, __file__, "--worker", "--saves", str(saves), "--ops", str(ops)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, default=Path("/work/main"), help="checkout to compare with")
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--ops", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.saves, args.ops)))
        return
    before: list[dict] = []
    after: list[dict] = []
    for _round in range(args.rounds):  # alternate, so disk and CPU noise hit both alike
        before.append(run(args.before, args.saves, args.ops))
        after.append(run(ROOT, args.saves, args.ops))
    print(f"before: {before[0]['where']}\nafter:  {after[0]['where']}  ({args.rounds} rounds)")
    print("best of the rounds (each round's figure a median), which other work on the machine disturbs least;")
    print("the median of the rounds in brackets")
    print(f"{'':<16}{'before':>18}{'after':>18}{'after/before':>14}")
    for name in [k for k in after[0] if k != "where"]:
        pick = max if name == "proof" else min
        b, a = pick(r[name] for r in before), pick(r[name] for r in after)
        bm = statistics.median(r[name] for r in before)
        am = statistics.median(r[name] for r in after)
        if name == "proof":
            print(f"{'proof (ops/s)':<16}{b:>10,.0f} ({bm:>5,.0f}){a:>10,.0f} ({am:>5,.0f}){a / b:>14.2f}")
        else:
            print(
                f"{name + ' (ms)':<16}{b * 1000:>10.1f} ({bm * 1000:>5.0f})"
                f"{a * 1000:>10.1f} ({am * 1000:>5.0f}){a / b:>14.2f}"
            )


if __name__ == "__main__":
    main()
