"""Benchmark: netkit.batch.run_each against the hand-written loops it replaced, side by side.

Three shapes, each the old loop (as render, deliver and collect wrote it before #17) and
``run_each`` doing the same work, interleaved, median of ``--repeat`` runs:

* inline: ``--items`` trivial items (the cost is the loop itself: try/except, bar, outcomes),
  old = ``for item in tqdm(items, disable=True): try … except``, new = ``run_each(progress=False)``;
* threads: items that wait 2 ms each (a hub request), 10 workers, old = ThreadPoolExecutor +
  as_completed + a disabled tqdm bar, new = ``run_each(jobs=10)``;
* processes: 8 small items in 2 worker processes (render's shape, pool start-up included).

Prints seconds per run, the per-item overhead of run_each and the ratio new / old.

    python bench/bench_batch.py [--items 20000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

from tqdm import tqdm

from netkit.batch import run_each
from netkit.exceptions import describe


def work(n: int) -> int:
    if n % 97 == 0:
        raise ValueError(f"item {n} is bad")
    return n * 2


def wait(n: int) -> int:
    time.sleep(0.002)
    return work(n)


def old_inline(items: list[int]) -> list:
    out: list = []
    for item in tqdm(items, disable=True, leave=False):
        try:
            out.append(work(item))
        except Exception as exc:
            out.append(describe(exc))
    return out


def old_pool(items: list[int], func, executor) -> list:
    results: dict[int, object] = {}
    bar = tqdm(total=len(items), disable=True, leave=False)
    with executor as pool:
        futures = {pool.submit(func, item): i for i, item in enumerate(items)}
        for future in as_completed(futures):
            try:
                results[futures[future]] = future.result()
            except Exception as exc:
                results[futures[future]] = describe(exc)
            bar.update(1)
    bar.close()
    return [results[i] for i in range(len(items))]


def new(items: list[int], func, **kwargs) -> list:
    return [o.value if o.ok else o.error for o in run_each(func, items, **kwargs)]


def compare(name: str, old, new_, repeat: int, n: int) -> None:
    olds, news = [], []
    for _ in range(repeat):
        for runs, fn in ((olds, old), (news, new_)):
            started = time.perf_counter()
            result = fn()
            runs.append(time.perf_counter() - started)
        assert result == old(), f"{name}: run_each gave other results"
    o, m = statistics.median(olds), statistics.median(news)
    print(
        f"{name:10} old {o * 1000:9.2f} ms   run_each {m * 1000:9.2f} ms   "
        f"overhead {(m - o) / n * 1e6:+7.2f} µs/item   ratio {m / o:5.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    items = list(range(args.items))
    compare("inline", lambda: old_inline(items), lambda: new(items, work), args.repeat, len(items))
    waiting = list(range(200))
    compare(
        "threads",
        lambda: old_pool(waiting, wait, ThreadPoolExecutor(10)),
        lambda: new(waiting, wait, jobs=10),
        args.repeat,
        len(waiting),
    )
    few = list(range(8))
    compare(
        "processes",
        lambda: old_pool(few, work, ProcessPoolExecutor(2)),
        lambda: new(few, work, jobs=2, pool="processes"),
        args.repeat,
        len(few),
    )


if __name__ == "__main__":
    main()
