"""Benchmark: deliver 20 workbooks to a real local JupyterHub, in parallel vs one after another.

Starts a throw-away hub on 127.0.0.1 (tests/hub/local_hub.py), renders 20 participants, then:

* cold: users do not exist yet; create them, start their servers, write the workbooks.
  ``jobs=1`` (one participant after another) on 20 fresh users, then ``jobs=20`` on 20 others;
* warm: the same 20 servers already running, a second delivery (hash checks, nothing to write),
  median of a few runs each way.

Prints seconds and the ratio sequential / parallel. Everything it starts is stopped by PID.

    python bench/bench_deliver.py [--participants 20] [--jobs 20] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hub"))

from local_hub import start_local_hub  # noqa: E402

from netkit.coach.render import render  # noqa: E402
from netkit.hub import HubClient, deliver, manifest_entries  # noqa: E402


def make_render(folder: Path, n: int) -> Path:
    roster = folder / "roster.csv"
    rows = ["Name,Email,Goal"] + [f"Participant {i:02d},p{i:02d}@example.org,Meet people" for i in range(n)]
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = folder / "out"
    report = render(roster, out, progress=False, defaults={"workshop": "Networking that lasts"})
    assert report.ok, report.summary()
    return out


def timed(out: Path, client: HubClient, mapping: dict[str, str], jobs: int) -> float:
    started = time.perf_counter()
    report = deliver(out, client, mapping, jobs=jobs, progress=False, start_timeout=180, poll=0.25)
    seconds = time.perf_counter() - started
    if not report.ok:
        raise SystemExit(report.summary())
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5, help="runs of the warm comparison")
    args = parser.parse_args()

    hub = start_local_hub(http_timeout=180)
    try:
        with tempfile.TemporaryDirectory(prefix="netkit-bench-") as tmp:
            out = make_render(Path(tmp), args.participants)
            ids = [e["id"] for e in manifest_entries(out)]
            seq_users = {pid: f"seq-{i:02d}" for i, pid in enumerate(ids)}
            par_users = {pid: f"par-{i:02d}" for i, pid in enumerate(ids)}
            with HubClient(hub.url, hub.token) as client:
                cold_seq = timed(out, client, seq_users, jobs=1)
                cold_par = timed(out, client, par_users, jobs=args.jobs)
                warm_seq = statistics.median(timed(out, client, par_users, jobs=1) for _ in range(args.repeat))
                warm_par = statistics.median(timed(out, client, par_users, jobs=args.jobs) for _ in range(args.repeat))
    finally:
        hub.stop()

    n = args.participants
    print(f"deliver to {n} participants on a local JupyterHub ({args.jobs} at once vs one after another)")
    print(
        f"  cold (create users, start servers, write): sequential {cold_seq:6.1f} s   "
        f"parallel {cold_par:6.1f} s   ratio {cold_seq / cold_par:4.1f}x"
    )
    print(
        f"  warm (servers running, re-delivery, median of {args.repeat}): sequential {warm_seq:6.2f} s   "
        f"parallel {warm_par:6.2f} s   ratio {warm_seq / warm_par:4.1f}x"
    )


if __name__ == "__main__":
    main()
