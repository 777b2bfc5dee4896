"""What item-level merge costs a save, side by side with the store before it, and how fast the merge proof runs.

    python bench/bench_answers.py                       # 150 and 30,000 contacts, 15 saves each
    python bench/bench_answers.py --before /work/main   # the "before" store from another checkout
    python bench/bench_answers.py --saves 30 --ops 2000

A *save* is what the network map does when a participant adds one contact: ``set`` the whole
contact list (one more item) and ``flush`` it to disk (atomic write with fsync and a backup,
under the file lock). "Before" is ``netkit/store/answers.py`` of another checkout (per-key merge:
the whole list written last-writer-wins), imported from its path under another package name,
so both run in this process on the same disk, alternately. The issue's bar: after / before at
150 contacts at most 1.5.

The randomised proof (tests/test_merge.py) is timed too: 4 stores on one folder doing random
adds, edits, deletes and saves; operations per second, saves included.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_netkit(checkout: Path, name: str):
    """The ``netkit`` package of ``checkout`` imported as ``name`` (its relative imports stay inside it)."""
    init = checkout / "netkit" / "__init__.py"
    spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(init.parent)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return importlib.import_module(f"{name}.answers")


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


def time_saves(answers_module, n: int, saves: int) -> list[float]:
    """Seconds per save (set one more contact + flush) on a store already holding ``n`` contacts."""
    with tempfile.TemporaryDirectory() as folder:
        store = answers_module.AnswersStore(folder, debounce=0)
        current = contacts(n)
        store.set("network.contacts", current)
        store.flush()
        out = []
        for k in range(saves):
            current = current + contacts(1, start=n + k)
            started = time.perf_counter()
            store.set("network.contacts", current)
            store.flush()
            out.append(time.perf_counter() - started)
        return out


def random_ops(answers_module, ops: int, seed: int = 1) -> float:
    """Operations per second of the randomised multi-store proof (4 stores, saves included)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        stores = [answers_module.AnswersStore(folder, debounce=0) for _ in range(4)]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, default=Path("/work/main"), help="checkout holding the old store")
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--ops", type=int, default=1000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    after = importlib.import_module("netkit.store.answers")
    before = load_netkit(args.before, "netkit_before")
    print(f"after:  {Path(after.__file__).parent.parent}\nbefore: {Path(before.__file__).parent.parent}")
    for n in (150, 30_000):
        saves = args.saves if n < 1000 else max(3, args.saves // 3)
        old, new = [], []
        for _round in range(3):  # alternate, so disk and CPU noise hit both alike
            old += time_saves(before, n, saves)
            new += time_saves(after, n, saves)
        o, a = statistics.median(old), statistics.median(new)
        print(f"{n:>6} contacts: save before {o * 1000:8.1f} ms   after {a * 1000:8.1f} ms   after/before {a / o:4.2f}")
    print(
        f"randomised proof: {random_ops(after, args.ops):,.0f} operations/s "
        f"(4 stores, {args.ops} ops: add/edit/delete/scalar/save)"
    )


if __name__ == "__main__":
    main()
