"""What the hostile-input guards cost, side by side with the same work unguarded.

    python bench/bench_hostile.py            # 200 participants prepared, 2,000 template renders

* render's journal and path guard: ``netkit render`` (prepare only) of 200 participants, against
  the same render with the journal write and the guard replaced by no-ops (what it did before);
* the template sandbox's limits: the eight built-in outreach templates rendered with netkit's
  limited sandbox (size checks, step counter, streamed output), against Jinja2's stock
  ``SandboxedEnvironment`` rendering the same compiled text.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from netkit import paths
from netkit.coach import render as render_module
from netkit.coach.roster import parse_roster
from netkit.exercises.outreach import builtin_templates, normalise_contact, normalise_participant
from netkit.exercises.outreach.sandbox import render_limited
from netkit.exercises.outreach.templates import ContactFields, MeFields


def roster(n: int):
    return parse_roster(
        "Name,Email,Goal\n" + "".join(f"Person {i},p{i}@example.org,goal {i}\n" for i in range(n)), where="bench.csv"
    )


def timed_render(n: int, guarded: bool) -> float:
    saved = (render_module.journal, render_module.guard_file, render_module.guard_dir, paths.guard_dir)
    if not guarded:
        render_module.journal = lambda *a, **k: None
        render_module.guard_file = render_module.guard_dir = paths.guard_dir = lambda base, path: Path(path)
    try:
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            render_module.render(roster(n), out, progress=False)
            return time.perf_counter() - started
    finally:
        render_module.journal, render_module.guard_file, render_module.guard_dir, paths.guard_dir = saved


def timed_templates(rounds: int, limited: bool) -> float:
    context = {
        "contact": ContactFields(
            normalise_contact({"name": "Kim Park", "organisation": "Acme", "role": "engineer", "how_we_know": "school"})
        ),
        "me": MeFields(normalise_participant(name="Ada Lovelace", goal="data jobs")),
    }
    stock = SandboxedEnvironment(undefined=StrictUndefined)
    compiled = [(t._compiled, stock.from_string(t.body)) for t in builtin_templates()]
    started = time.perf_counter()
    for _ in range(rounds):
        for ours, theirs in compiled:
            render_limited(ours, context) if limited else theirs.render(**context)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=250, help="rounds over the 8 built-in templates")
    args = parser.parse_args()
    timed_render(5, True)  # warm imports
    plain = statistics.median(timed_render(args.participants, False) for _ in range(3))
    guarded = statistics.median(timed_render(args.participants, True) for _ in range(3))
    print(
        f"render prepare {args.participants}: unguarded {plain:.2f} s, journal + guard {guarded:.2f} s "
        f"({guarded / plain:.2f}x)"
    )
    stock = statistics.median(timed_templates(args.rounds, False) for _ in range(3))
    limited = statistics.median(timed_templates(args.rounds, True) for _ in range(3))
    n = args.rounds * 8
    print(
        f"{n} template renders: stock sandbox {stock * 1e6 / n:.0f} µs each, limited {limited * 1e6 / n:.0f} µs each "
        f"({limited / stock:.2f}x)"
    )


if __name__ == "__main__":
    main()
